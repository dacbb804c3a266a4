"""Intrinsic sizes (css-sizing-3 §5) and shrink-to-fit (CSS 2.1 §10.3.5) of
box-only trees, computed by hand."""

from __future__ import annotations

import pytest

from colosseum import CSS, Node
from colosseum.layout.context import LayoutContext
from colosseum.layout.generation import build_box_tree
from colosseum.layout.intrinsic import intrinsic_contribution, intrinsic_sizes, shrink_to_fit


def block(*children, **style):
    style.setdefault("display", "block")
    return Node(style=CSS(**style), children=list(children))


def boxes(root):
    return LayoutContext(), build_box_tree(root)


def test_block_children_give_the_largest_contribution():
    ctx, box = boxes(block(block(width=100), block(width=60, margin_left=50), block()))
    assert intrinsic_sizes(ctx, box) == (110, 110)


def test_contribution_adds_borders_paddings_and_margins():
    ctx, box = boxes(
        block(
            block(
                width=100,
                padding="0 5px",
                border_left="3px solid",
                border_right="3px solid",
                margin="0 7px",
            )
        )
    )
    child = box.children[0]
    assert intrinsic_contribution(ctx, child, "min") == 100 + 10 + 6 + 14
    assert intrinsic_contribution(ctx, child, "max") == 130


def test_border_box_width_contribution():
    ctx, box = boxes(block(block(width=100, padding=10, box_sizing="border-box")))
    assert intrinsic_contribution(ctx, box.children[0], "max") == 100


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ({"max_width": 40}, 40),
        ({"min_width": 300}, 300),
        ({"min_width": 300, "max_width": 40}, 300),  # min wins
        ({"width": "50%"}, 120),  # a percentage of an indefinite width: auto
        ({"padding_left": "10%"}, 120),  # percentage paddings count as 0
    ],
)
def test_contribution_limits_and_percentages(style, expected):
    ctx, box = boxes(block(block(block(width=120), **style)))
    assert intrinsic_contribution(ctx, box.children[0], "max") == expected


def test_adjacent_floats_add_up_in_max_content():
    ctx, box = boxes(
        block(
            block(float="left", width=50),
            block(float="left", width=70),
            block(float="right", width=20),
            block(width=100),
            block(float="left", width=30),
        )
    )
    assert intrinsic_sizes(ctx, box) == (100, 140)


def test_clear_starts_a_new_row_of_floats():
    ctx, box = boxes(
        block(block(float="left", width=50), block(float="left", width=70, clear="left"))
    )
    assert intrinsic_sizes(ctx, box) == (70, 70)


def test_absolute_children_do_not_contribute():
    ctx, box = boxes(block(block(position="absolute", width=500), block(width=10)))
    assert intrinsic_sizes(ctx, box) == (10, 10)


def test_sizes_are_cached_per_box():
    ctx, box = boxes(block(block(width=10)))
    first = intrinsic_sizes(ctx, box)
    box.children[0].style = None  # would fail if measured again
    assert intrinsic_sizes(ctx, box) is first


@pytest.mark.parametrize(("available", "expected"), [(500, 200), (150, 150), (50, 100)])
def test_shrink_to_fit(available, expected):
    ctx, box = boxes(block(block(float="left", width=100), block(float="left", width=100)))
    assert intrinsic_sizes(ctx, box) == (100, 200)
    assert shrink_to_fit(ctx, box, available) == expected
