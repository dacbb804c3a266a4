"""How much work moving laid-out boxes takes in deep trees. A float, an
inline-block or an absolutely positioned box is laid out, then moved to
its place (CSS 2.1 §9.5.1, §10.8, §10.6.4) with everything inside it; in a
chain of such boxes, moving each level's subtree at once would move the
innermost boxes once per level. Moves are deferred and applied in one
walk, so the boxes moved stay linear in the depth. Counted, never timed."""

import pytest

from colosseum import CSS, Node, layout
from colosseum.layout import block, floats, inline_build, lines, margins, position

DEPTH = 300


@pytest.fixture
def moved(monkeypatch):
    """The boxes moved during a layout, one entry per box and move, and
    the boxes walked over to apply pending moves."""
    moved = []
    move_one = lines._move_one

    def counting_move_one(item, dx, dy):
        moved.append(item)
        move_one(item, dx, dy)

    def counting_translate(box, dx, dy):
        moved.extend(box.descendants())
        lines.translate(box, dx, dy)

    def counting_settle_shifts(box):
        moved.extend(box.descendants())
        lines.settle_shifts(box)

    monkeypatch.setattr(lines, "_move_one", counting_move_one)
    for module in (block, floats, inline_build, margins, position):
        if hasattr(module, "translate"):
            monkeypatch.setattr(module, "translate", counting_translate)
        if hasattr(module, "settle_shifts"):
            monkeypatch.setattr(module, "settle_shifts", counting_settle_shifts)
    return moved


def chain(**style) -> tuple[Node, Node]:
    """``DEPTH - 1`` nested boxes styled ``style`` around a 10px square."""
    node = innermost = Node(style=CSS(width=10, height=10))
    for _ in range(DEPTH - 1):
        node = Node(style=CSS(**style), children=[node])
    return node, innermost


def test_nested_floats_css21_9_5_1(moved):
    # Rules 4 and 8: each float at its containing block's top left, inside
    # 1px of padding.
    root, innermost = chain(float="left", padding=1)
    layout(root, 800, 600)
    assert (innermost.layout.border_box.x, innermost.layout.border_box.y) == (299, 299)
    assert len(moved) <= 5 * DEPTH


def test_nested_inline_blocks_css21_10_8(moved):
    root, innermost = chain(display="inline-block", padding=1)
    layout(root, 800, 600)
    assert innermost.layout.border_box.x == DEPTH - 1
    assert len(moved) <= 5 * DEPTH


def test_nested_absolutely_positioned_boxes_css21_10_3_7_and_10_6_4(moved):
    # Each box 2px right of and 1px below its containing block's padding
    # box, the one above it; the square at the content edge of the last.
    root, innermost = chain(position="absolute", left=2, top=1, padding=1)
    layout(root, 800, 600)
    levels = DEPTH - 1
    assert innermost.layout.border_box.x == 2 * levels + 1
    assert innermost.layout.border_box.y == levels + 1
    assert len(moved) <= 5 * DEPTH
