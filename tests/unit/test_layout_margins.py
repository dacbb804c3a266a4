"""CSS 2.1 §8.3.1 collapsing margins, through block layout.

Each test builds a small box-only tree and checks border boxes computed by
hand from the spec's rules. The root element is a block formatting context
root, so its own margins never collapse with its children's; most tests put
the boxes under test in a wrapper to see margins collapse with it.
"""

from __future__ import annotations

import pytest

from colosseum import CSS, Node, layout
from colosseum.layout.margins import Flow, collapse


def block(*children, **style):
    style.setdefault("display", "block")
    return Node(style=CSS(**style), children=list(children))


def run(root, width=800, height=600):
    layout(root, width, height)
    return root


def top(node) -> float:
    return node.layout.border_box.y


def bottom(node) -> float:
    box = node.layout.border_box
    return box.y + box.height


# -- the arithmetic --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("margins", "expected"),
    [
        ([20, 30], 30),
        ([20, -5], 15),
        ([-10, -20], -20),
        ([30, -8, 5, -2], 22),
        ([], 0),
        ([0, -4], -4),
    ],
)
def test_collapse_is_max_positive_plus_min_negative(margins, expected):
    assert collapse(margins) == expected
    flow = Flow(None, 100.0)
    for margin in margins:
        flow.add_margin(margin)
    assert flow.collapsed == expected
    assert flow.position() == 100 + expected


# -- siblings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_bottom", "second_top", "gap"),
    [(20, 30, 30), (30, 20, 30), (20, -5, 15), (-10, -20, -20), (0, 0, 0)],
)
def test_sibling_margins_collapse(first_bottom, second_top, gap):
    a = block(height=40, margin_bottom=first_bottom)
    b = block(height=10, margin_top=second_top)
    run(block(block(height=5), a, b))
    assert top(a) == 5
    assert top(b) == bottom(a) + gap


def test_three_adjoining_margins_through_an_empty_box():
    a = block(height=10, margin_bottom=10)
    empty = block(margin_top=30, margin_bottom=-8)
    b = block(height=10, margin_top=5)
    run(block(block(height=1), a, empty, b))
    # max(10, 30, 5) + min(-8) = 22
    assert top(b) == bottom(a) + 22


def test_display_none_sibling_does_not_separate_margins():
    a = block(height=10, margin_bottom=20)
    hidden = block(display="none", height=50)
    b = block(height=10, margin_top=15)
    run(block(block(height=1), a, hidden, b))
    assert top(b) == bottom(a) + 20
    assert hidden.layout is None


# -- parent and first child ------------------------------------------------------------


def test_parent_and_first_child_top_margins_collapse():
    child = block(height=30, margin_top=25)
    parent = block(child, margin_top=10)
    run(block(block(height=2), parent))
    assert top(parent) == 2 + 25
    assert top(child) == top(parent)
    assert parent.layout.border_box.height == 30


@pytest.mark.parametrize(
    "separator",
    [
        {"padding_top": 1},
        {"border_top": "3px solid"},
        {"overflow": "hidden"},
        {"display": "flow-root"},
    ],
)
def test_top_border_padding_or_bfc_root_separates_parent_and_child(separator):
    child = block(height=30, margin_top=25)
    parent = block(child, margin_top=10, **separator)
    run(block(block(height=2), parent))
    assert top(parent) == 2 + 10
    inner_top = parent.layout.content_box.y
    assert top(child) == inner_top + 25


def test_negative_first_child_margin_collapses_with_parent():
    child = block(height=10, margin_top=-15)
    parent = block(child, margin_top=10)
    run(block(block(height=50), parent))
    assert top(parent) == 50 - 5
    assert top(child) == 45


def test_nested_three_levels_top_margins():
    c = block(height=10, margin_top=30)
    b = block(c, margin_top=5)
    a = block(b, margin_top=20)
    run(block(block(height=1), a))
    assert top(a) == top(b) == top(c) == 31


def test_root_margins_do_not_collapse_with_children():
    child = block(height=10, margin_top=20)
    root = run(block(child, margin_top=10))
    assert top(root) == 10
    assert top(child) == 30


# -- parent and last child -------------------------------------------------------------


def test_parent_and_last_child_bottom_margins_collapse():
    child = block(height=20, margin_bottom=30)
    parent = block(child, margin_bottom=10)
    after = block(height=10)
    run(block(parent, after))
    assert parent.layout.border_box.height == 20
    assert top(after) == bottom(child) + 30


@pytest.mark.parametrize(
    ("style", "parent_height", "gap"),
    [
        ({"height": 50}, 50, 10),  # a height that is not auto
        ({"min_height": 50}, 50, 10),  # min-height changing the auto height
        ({"max_height": 10}, 10, 10),  # so does max-height
        ({"min_height": 0}, 20, 30),  # nothing in the way
        ({"padding_bottom": 4}, 20 + 30 + 4, 10),
        ({"border_bottom": "2px solid"}, 20 + 30 + 2, 10),
    ],
)
def test_what_keeps_last_child_bottom_margin_inside(style, parent_height, gap):
    child = block(height=20, margin_bottom=30)
    parent = block(child, margin_bottom=10, **style)
    after = block(height=10)
    run(block(parent, after))
    assert parent.layout.border_box.height == parent_height
    assert top(after) == bottom(parent) + gap


def test_last_child_margin_through_parent_to_sibling():
    child = block(height=20, margin_bottom=40)
    parent = block(child, margin_bottom=-10)
    sibling = block(height=10, margin_top=15)
    run(block(block(height=3), parent, sibling))
    assert top(sibling) == bottom(child) + 40 - 10


# -- collapsing through ----------------------------------------------------------------


def test_empty_box_collapses_through_and_its_position():
    a = block(height=10, margin_bottom=10)
    empty = block(margin_top=20, margin_bottom=5)
    b = block(height=10)
    run(block(block(height=1), a, empty, b))
    assert top(b) == bottom(a) + 20
    # As if it had a bottom border: its top margin collapses with the one above.
    assert top(empty) == bottom(a) + 20
    assert empty.layout.border_box.height == 0


def test_empty_first_child_takes_its_parents_top_border_edge():
    empty = block(margin_top=10, margin_bottom=10)
    b = block(height=10, margin_top=30)
    parent = block(empty, b)
    run(block(block(height=4), parent))
    assert top(parent) == 4 + 30
    assert top(empty) == top(parent)
    assert top(b) == top(parent)


@pytest.mark.parametrize(
    "style",
    [{"height": 1}, {"min_height": 1}, {"padding_top": 1}, {"border_bottom": "1px solid"}],
)
def test_what_stops_a_box_collapsing_through(style):
    a = block(height=10, margin_bottom=10)
    box = block(margin_top=20, margin_bottom=20, **style)
    b = block(height=10, margin_top=5)
    run(block(block(height=1), a, box, b))
    assert top(box) == bottom(a) + 20
    assert top(b) == bottom(box) + 20


def test_height_zero_box_collapses_through():
    a = block(height=10, margin_bottom=10)
    box = block(height=0, margin_top=20, margin_bottom=25)
    b = block(height=10, margin_top=5)
    run(block(block(height=1), a, box, b))
    assert top(b) == bottom(a) + 25


def test_nested_empty_boxes_collapse_through_each_other():
    inner = block(margin_top=-4, margin_bottom=12)
    outer = block(inner, margin_top=6)
    a = block(height=10)
    b = block(height=10, margin_top=3)
    run(block(a, outer, b))
    assert top(b) == bottom(a) + 12 - 4


def test_empty_box_with_only_an_absolute_child_collapses_through():
    a = block(height=10, margin_bottom=10)
    box = block(block(position="absolute", width=5, height=5), margin_top=20)
    b = block(height=10)
    run(block(block(height=1), a, box, b))
    assert top(b) == bottom(a) + 20
    assert box.layout.border_box.height == 0


# -- clearance and min-height (CSS 2.1 §8.3.1, as Chromium reads it) ---------------------


def test_cleared_box_collapsed_through_does_not_collapse_with_parent_bottom():
    floated = block(float="left", width=40, height=40)
    cleared = block(clear="left", margin="10px 0")
    parent = block(floated, cleared, margin_bottom=20)
    after = block(height=10)
    run(block(block(border="1px solid"), parent, after))
    # The parent's content reaches the cleared box's top border edge (the
    # float's bottom); its bottom margin is not joined by the cleared box's.
    assert top(cleared) == top(parent) + 40
    assert parent.layout.border_box.height == 40
    assert top(after) == bottom(parent) + 20


def test_min_height_that_grows_the_box_keeps_last_child_margin_out():
    child = block(height=20, margin="25px 0")
    parent = block(child, margin="10px 0", min_height=30)
    after = block(height=10, margin_top=10)
    run(block(block(height=1), parent, after))
    assert top(parent) == top(child) == 1 + 25
    assert parent.layout.border_box.height == 30
    assert top(after) == bottom(parent) + 10


def test_float_after_margin_goes_below_it():
    a = block(height=20, margin_bottom=20)
    floated = block(float="left", width=10, height=10)
    b = block(height=20, margin_top=30)
    run(block(block(a, floated, b, border="1px solid")))
    assert top(floated) == bottom(a) + 20
    assert top(b) == bottom(a) + 30


def test_float_in_block_waiting_for_margins_goes_to_its_top():
    floated = block(float="left", width=10, height=10)
    b = block(height=20, margin_top=25)
    wrapper = block(floated, b, margin_top=10)
    run(block(block(height=1), wrapper))
    assert top(wrapper) == top(floated) == top(b) == 1 + 25


def test_float_in_collapsed_through_block():
    floated = block(float="left", width=10, height=10)
    wrapper = block(floated, margin_top=10)
    b = block(height=20, margin_top=25)
    run(block(block(height=1), wrapper, b))
    # The wrapper is collapsed through; its top border edge is where it
    # would be with a bottom border (below its own 10px margin).
    assert top(wrapper) == top(floated) == 1 + 10
    assert top(b) == 1 + 25
