"""Absolute, fixed and relative positioning: CSS 2.1 §9.4.3, §10.1, §10.3.7,
§10.3.8, §10.6.4, §10.6.5.

The first tests drive :mod:`colosseum.layout.position` with hand-built boxes
(the contents of a non-replaced box are "laid out" by a stand-in for
``block.layout_contents`` that gives an auto height of 37px, and
shrink-to-fit uses preferred widths of 40px minimum / 120px maximum); the
last ones lay out whole trees once the block layout exists. Every expected
number is worked out by hand from the constraint equations.
"""

import sys
import types

import pytest

from colosseum import CSS, Node
from colosseum.geometry import Rect
from colosseum.layout import intrinsic, position
from colosseum.layout.boxes import BlockBox, InlineBox, ReplacedBox
from colosseum.layout.context import LayoutContext
from colosseum.layout.lines import InlineFragment, settle_shifts
from colosseum.style import compute_style

CB = Rect(10, 20, 400, 300)  # a containing block's padding box
CONTENT_HEIGHT = 37.0
MIN_CONTENT, MAX_CONTENT = 40.0, 120.0


@pytest.fixture
def stand_ins(monkeypatch):
    """Stand-ins for block.layout_contents and intrinsic.shrink_to_fit."""
    calls = []

    def layout_contents(ctx, box, height, cb_height):
        calls.append((box, height, cb_height, box.x, box.y))
        box.height = CONTENT_HEIGHT if height is None else height

    def shrink_to_fit(ctx, box, available):
        return min(max(MIN_CONTENT, available), MAX_CONTENT)

    fake = types.ModuleType("colosseum.layout.block")
    fake.layout_contents = layout_contents
    monkeypatch.setitem(sys.modules, "colosseum.layout.block", fake)
    monkeypatch.setattr(intrinsic, "shrink_to_fit", shrink_to_fit)
    monkeypatch.setattr(intrinsic, "intrinsic_sizes", lambda ctx, box: (MIN_CONTENT, MAX_CONTENT))
    return calls


def absolute(x=0.0, y=0.0, children=(), **style):
    """An absolutely positioned block box whose static position is (x, y)."""
    box = BlockBox(None, compute_style(CSS(position="absolute", **style)), list(children))
    box.x, box.y = x, y
    return box


def laid_out(box, cb=CB):
    position.layout_absolute(LayoutContext(), box, cb)
    return box


# -- §10.3.7 widths and horizontal positions ---------------------------------------


def test_all_auto_uses_the_static_position_and_shrink_to_fit(stand_ins):
    # left = static 50 - 10 = 40; available = 400 - 40 = 360 -> max-content 120.
    box = laid_out(absolute(50, 70))
    assert (box.x, box.width) == (50, 120)
    # Height from content at the static top.
    assert (box.y, box.height) == (70, CONTENT_HEIGHT)


def test_shrink_to_fit_in_the_space_left_of_right(stand_ins):
    # Rule 1: left and width auto; available = 400 - 350 = 50 -> 50; left solved:
    # 400 - 350 - 50 = 0.
    box = laid_out(absolute(right=350))
    assert (box.x, box.width) == (10, 50)


def test_shrink_to_fit_never_below_the_minimum(stand_ins):
    # Rule 3: available = 400 - 380 = 20 < min-content 40.
    box = laid_out(absolute(left=380))
    assert (box.x, box.width) == (10 + 380, 40)


def test_left_and_right_stretch_an_auto_width(stand_ins):
    # Rule 5: width = 400 - 30 - 50 - (2 + 4) borders - (3 + 3) paddings = 308.
    box = laid_out(absolute(left=30, right=50, border="2px solid", border_right_width=4, padding=3))
    assert box.width == 308
    assert box.x == 10 + 30
    assert box.border_box().width == 308 + 6 + 6


def test_right_alone_positions_a_specified_width(stand_ins):
    # Rule 4: left = 400 - 100 - 10 (margin-left) - 20 = 270.
    box = laid_out(absolute(width=100, right=20, margin_left=10))
    assert box.x == 10 + 270
    assert box.border_box_x == 10 + 280


def test_left_and_right_auto_with_width_use_the_static_position(stand_ins):
    box = laid_out(absolute(123, 0, width=100))
    assert box.x == 123


def test_auto_margins_center_horizontally(stand_ins):
    # 400 - 0 - 0 - 100 = 300 shared: 150 each.
    box = laid_out(absolute(left=0, right=0, width=100, margin="0 auto"))
    assert (box.margin_left, box.margin_right) == (150, 150)
    assert box.border_box_x == 10 + 150


def test_negative_auto_margins_set_margin_left_to_zero_in_ltr(stand_ins):
    # 400 - 100 - 100 - 300 = -100 < 0: margin-left 0, margin-right -100.
    box = laid_out(absolute(left=100, right=100, width=300, margin="0 auto"))
    assert (box.margin_left, box.margin_right) == (0, -100)
    rtl = laid_out(absolute(left=100, right=100, width=300, margin="0 auto", direction="rtl"))
    assert (rtl.margin_left, rtl.margin_right) == (-100, 0)


def test_one_auto_margin_takes_the_rest(stand_ins):
    box = laid_out(absolute(left=10, right=20, width=100, margin_left="auto"))
    assert box.margin_left == 400 - 10 - 20 - 100


def test_over_constrained_ignores_right_in_ltr_and_left_in_rtl(stand_ins):
    box = laid_out(absolute(left=10, right=10, width=100))
    assert box.x == 10 + 10
    rtl = laid_out(absolute(left=10, right=10, width=100, direction="rtl"))
    assert rtl.x == 10 + 400 - 10 - 100


def test_max_width_applies_to_a_stretched_width_and_margins_then_center(stand_ins):
    # Rule 5 gives 400; max-width 200 is then used as the width, and the
    # equation has no auto left: margins auto share 200.
    box = laid_out(absolute(left=0, right=0, max_width=200, margin="0 auto"))
    assert box.width == 200
    assert box.margin_left == 100


def test_min_width_wins(stand_ins):
    box = laid_out(absolute(left=0, width=10, min_width=60, max_width=30))
    assert box.width == 60


def test_intrinsic_width_keywords(stand_ins):
    assert laid_out(absolute(width="min-content")).width == MIN_CONTENT
    assert laid_out(absolute(left=0, right=0, width="max-content")).width == MAX_CONTENT
    # fit-content is shrink-to-fit even with both insets set: 400 - 350 = 50.
    assert laid_out(absolute(left=300, right=50, width="fit-content")).width == 50
    # fit-content(100px) on width is not supported by Chromium: auto (stretched).
    assert laid_out(absolute(left=0, right=0, width="fit-content(100px)")).width == 400
    # Not stretched: auto margins then center it (400 - 120 = 280 shared).
    box = laid_out(absolute(left=0, right=0, width="max-content", margin="0 auto"))
    assert box.margin_left == 140


def test_percentages_refer_to_the_containing_block(stand_ins):
    box = laid_out(absolute(left="25%", width="50%", top="10%", height="50%"))
    assert (box.x, box.width) == (10 + 100, 200)
    assert (box.y, box.height) == (20 + 30, 150)


def test_border_box_sizing(stand_ins):
    box = laid_out(absolute(left=0, width=100, padding=10, box_sizing="border-box"))
    assert box.width == 80


# -- §10.6.4 heights and vertical positions ----------------------------------------


def test_top_and_bottom_give_the_height(stand_ins):
    box = laid_out(absolute(top=10, bottom=40, margin="5px"))
    # 300 - 10 - 40 - 5 - 5 = 240, passed to layout_contents as the used height.
    assert box.height == 240
    assert stand_ins[-1][1:3] == (240, 300)
    assert box.y == 20 + 10


def test_bottom_alone_positions_a_content_height(stand_ins):
    # Rule 1: top = 300 - 37 - 20 = 243; contents were laid out first.
    box = laid_out(absolute(bottom=20))
    assert box.y == 20 + 300 - 20 - CONTENT_HEIGHT


def test_auto_margins_center_vertically(stand_ins):
    box = laid_out(absolute(top=0, bottom=0, height=100, margin="auto 0"))
    assert (box.margin_top, box.margin_bottom) == (100, 100)
    assert box.border_box_y == 20 + 100


def test_vertical_negative_auto_margins_stay_equal(stand_ins):
    box = laid_out(absolute(top=100, bottom=100, height=300, margin="auto 0"))
    assert (box.margin_top, box.margin_bottom) == (-100, -100)


def test_over_constrained_vertically_ignores_bottom(stand_ins):
    box = laid_out(absolute(top=5, bottom=5, height=50))
    assert box.y == 20 + 5


def test_top_and_height_auto_with_static_top(stand_ins):
    box = laid_out(absolute(0, 99))
    assert box.y == 99
    assert stand_ins[-1][1] is None


def test_max_height_on_a_stretched_height(stand_ins):
    box = laid_out(absolute(top=0, bottom=0, max_height=100, margin="auto 0"))
    assert box.height == 100
    assert box.margin_top == 100


def test_contents_moved_with_the_box(stand_ins):
    child = BlockBox(None, compute_style(CSS()))
    box = absolute(children=[child], bottom=0)
    laid_out(box)
    # The stand-in leaves the child where it was: it moves with its parent
    # (once the moves pending below the box are applied).
    settle_shifts(box)
    assert child.y == box.y - 0


def test_containing_block_direction_settles_over_constraint(stand_ins):
    # The box's own rtl does not matter: the containing block is ltr.
    box = absolute(left=10, right=10, width=100, direction="rtl")
    position.layout_absolute(LayoutContext(), box, CB, cb_direction="ltr")
    assert box.x == 10 + 10


def test_rtl_static_position_is_a_right_edge(stand_ins):
    # A block-level static position at the rtl parent's left content edge
    # stands for its right content edge (x 30 + width 200 = 230): right =
    # 410 - 230 = 180; shrink-to-fit in 400 - 180 = 220 -> 120; x = 230 - 120.
    parent = BlockBox(None, compute_style(CSS(direction="rtl")))
    parent.x, parent.width = 30, 200
    box = absolute(30, 0)
    position.layout_absolute(LayoutContext(), box, CB, cb_direction="rtl", parent=parent)
    assert (box.x, box.width) == (230 - 120, 120)
    # Elsewhere (a point in an rtl line) the static position is the right edge.
    other = absolute(100, 0, width=50)
    position.layout_absolute(LayoutContext(), other, CB, cb_direction="rtl", parent=parent)
    assert other.x == 100 - 50


# -- aspect-ratio (css-sizing-4 §2) -------------------------------------------------


def test_aspect_ratio_gives_the_height_from_the_width(stand_ins):
    box = laid_out(absolute(width=100, aspect_ratio="2 / 1"))
    assert box.height == 50
    # Stretched by left and right; top and bottom do not stretch it then.
    box = laid_out(absolute(inset=0, aspect_ratio="2 / 1"))
    assert (box.width, box.height) == (400, 200)


def test_aspect_ratio_height_is_no_less_than_the_content(stand_ins):
    # 20 / 2 = 10 < the content's 37 (min-height: auto); min-height: 0 allows 10.
    assert laid_out(absolute(width=20, aspect_ratio="2")).height == CONTENT_HEIGHT
    assert laid_out(absolute(width=20, aspect_ratio="2", min_height=0)).height == 10


def test_aspect_ratio_gives_the_width_from_a_stretched_height(stand_ins):
    # top/bottom stretch the height to 300; width 600; right 0: x = 410 - 600.
    box = laid_out(absolute(top=0, bottom=0, right=0, aspect_ratio="2 / 1"))
    assert (box.width, box.height, box.x) == (600, 300, 10 + 400 - 600)


def test_aspect_ratio_applies_to_the_box_sizing_box(stand_ins):
    # Border box 100 x 50: content 80 x 30 (no content floor with min-height 0).
    box = absolute(width=100, padding=10, box_sizing="border-box", aspect_ratio="2", min_height=0)
    assert (laid_out(box).width, box.height) == (80, 30)


# -- §10.3.8 / §10.6.5 replaced ----------------------------------------------------


def replaced(x=0.0, y=0.0, **style):
    box = ReplacedBox(None, compute_style(CSS(position="absolute", **style)), width=40, height=20)
    box.x, box.y = x, y
    return box


def test_replaced_uses_its_natural_size_at_the_static_position():
    box = laid_out(replaced(33, 44))
    assert (box.x, box.y, box.width, box.height) == (33, 44, 40, 20)


def test_replaced_right_and_bottom():
    box = laid_out(replaced(right=10, bottom=10))
    assert (box.x, box.y) == (10 + 400 - 10 - 40, 20 + 300 - 10 - 20)


def test_replaced_auto_margins_center_both_ways():
    box = laid_out(replaced(left=0, right=0, top=0, bottom=0, margin="auto"))
    assert (box.margin_left, box.margin_top) == ((400 - 40) / 2, (300 - 20) / 2)


def test_replaced_is_not_stretched_by_left_and_right():
    box = laid_out(replaced(left=0, right=0))
    assert box.width == 40


def test_replaced_with_only_a_ratio_fills_the_inset_modified_containing_block():
    box = ReplacedBox(None, compute_style(CSS(position="absolute", left=20)), ratio=2.0)
    laid_out(box)
    assert (box.width, box.height) == (380, 190)
    # Both insets auto: from the static position (x 110, 100 into the block).
    box = ReplacedBox(None, compute_style(CSS(position="absolute")), ratio=2.0)
    box.x = 110
    laid_out(box)
    assert (box.x, box.width, box.height) == (110, 300, 150)


# -- containing blocks and queues (§10.1) ------------------------------------------


def test_containing_block_of_an_inline_box_spans_its_fragments():
    inline = InlineBox(None, compute_style(CSS(position="relative")))
    first, last = InlineFragment(inline), InlineFragment(inline)
    first.x, first.y, first.width, first.height, first.padding_left = 100, 0, 50, 20, 4
    last.x, last.y, last.width, last.height, last.padding_right = 0, 20, 30, 20, 6
    inline.fragments = [first, last]
    rect = position.containing_block_rect(LayoutContext(), inline)
    # From the first fragment's padding-box left (100) to the last one's right
    # (36): a negative width is empty.
    assert rect == Rect(100, 0, 0, 40)
    last.x = 200
    assert position.containing_block_rect(LayoutContext(), inline) == Rect(100, 0, 136, 40)


def test_scope_lays_out_queued_boxes_against_the_padding_box(stand_ins):
    ctx = LayoutContext()
    inner = absolute(left=0, top=0)
    outer = BlockBox(None, compute_style(CSS(position="relative")), [inner])
    outer.x, outer.y, outer.margin_left, outer.border_left, outer.border_top = 5, 6, 7, 2, 3
    outer.width, outer.height = 100, 50
    with position.containing_block_scope(ctx, outer):
        with position.containing_block_scope(ctx, outer):  # re-entrant
            position.register_absolute(ctx, inner)
        assert inner.x == 0  # not yet: the outer scope is the owner
    assert (inner.x, inner.y) == (5 + 7 + 2, 6 + 3)
    assert ctx.absolute_layers == [[]]


def test_static_boxes_open_no_scope_and_the_icb_is_the_fallback(stand_ins):
    ctx = LayoutContext(viewport=(640, 480))
    box = absolute(right=0, bottom=0, width=10, height=10)
    root = BlockBox(None, compute_style(CSS()), [box])
    with position.containing_block_scope(ctx, root):
        position.register_absolute(ctx, box)
    assert ctx.absolute_layers == [[box]]
    position.layout_initial_absolutes(ctx, root)
    assert (box.x, box.y) == (630, 470)


def test_a_positioned_inline_that_opened_no_scope_is_still_found(stand_ins):
    ctx = LayoutContext()
    box = absolute(left=0, top=0)
    inline = InlineBox(None, compute_style(CSS(position="relative")), [box])
    fragment = InlineFragment(inline)
    fragment.x, fragment.y, fragment.width, fragment.height = 50, 60, 10, 10
    inline.fragments = [fragment]
    root = BlockBox(None, compute_style(CSS()), [inline])
    position.register_absolute(ctx, box)
    position.layout_initial_absolutes(ctx, root)
    assert (box.x, box.y) == (50, 60)


def test_an_inline_scope_hands_its_boxes_to_the_enclosing_one(stand_ins):
    ctx = LayoutContext()
    box = absolute(left=0, top=0)
    inline = InlineBox(None, compute_style(CSS(position="relative")), [box])
    holder = BlockBox(None, compute_style(CSS(position="relative")), [inline])
    holder.width, holder.height = 300, 100
    with position.containing_block_scope(ctx, holder):
        with position.containing_block_scope(ctx, inline):
            position.register_absolute(ctx, box)
        assert ctx.absolute_layers[-1] == [box]
        # The line boxes are done: the inline box's fragment is final.
        fragment = InlineFragment(inline)
        fragment.x, fragment.y, fragment.width, fragment.height = 70, 80, 10, 10
        inline.fragments = [fragment]
    assert (box.x, box.y) == (70, 80)


def test_fixed_boxes_use_the_viewport(stand_ins):
    ctx = LayoutContext(viewport=(300, 200))
    box = absolute(right=0, width=10)
    box.style = compute_style(CSS(position="fixed", right=0, width=10))
    parent = BlockBox(None, compute_style(CSS(position="relative")), [box])
    with position.containing_block_scope(ctx, parent):
        position.register_absolute(ctx, box)
    assert ctx.fixed == [box]
    position.layout_initial_absolutes(ctx, parent)
    assert box.x == 290


def test_unqueued_absolutes_are_laid_out_at_the_end(stand_ins):
    ctx = LayoutContext()
    box = absolute(3, 4, width=10)
    root = BlockBox(None, compute_style(CSS()), [box])
    position.layout_initial_absolutes(ctx, root)
    assert (box.x, box.y, box.width) == (3, 4, 10)


def test_solve_axis_cases():
    assert position.solve_axis(10, 100, 7, None, None, None, 5) == (7, 0, 5)
    assert position.solve_axis(10, 100, 7, None, 20, 1, 2) == (100 - 20 - 2 - 10 - 1, 1, 2)
    assert position.solve_axis(10, 100, 7, 30, 20, None, None) == (30, 20, 20)
    assert position.solve_axis(10, 100, 7, 30, 20, 1, 2, start_wins=False) == (67, 1, 2)


# -- relative positioning (§9.4.3) -------------------------------------------------


def style(**declarations):
    return compute_style(CSS(position="relative", **declarations))


def test_relative_offsets():
    offset = position.relative_offset
    assert offset(style(), 100, 100, "ltr") == (0, 0)
    assert offset(style(left=10, top=5), 100, 100, "ltr") == (10, 5)
    assert offset(style(right=10, bottom=5), 100, 100, "ltr") == (-10, -5)
    assert offset(style(left=10, right=30, top=1, bottom=2), 100, 100, "ltr") == (10, 1)
    assert offset(style(left=10, right=30), 100, 100, "rtl") == (-30, 0)
    assert offset(style(left="10%", top="10%"), 200, 50, "ltr") == (20, 5)
    # A percentage of an indefinite height is auto.
    assert offset(style(top="10%", bottom=3), 200, None, "ltr") == (0, -3)


def test_apply_relative_offsets_moves_the_subtree_but_not_fixed_boxes():
    fixed = BlockBox(None, compute_style(CSS(position="fixed", top=0)))
    child = BlockBox(None, compute_style(CSS()))
    moved = BlockBox(None, style(left=10, top="50%"), [child, fixed])
    root = BlockBox(None, compute_style(CSS(height=200)), [moved])
    root.width, root.height = 300, 200
    position.apply_relative_offsets(root)
    assert (moved.x, moved.y) == (10, 100)
    assert (child.x, child.y) == (10, 100)
    # Placed by 'top' against the viewport: only its static x moved.
    assert (fixed.x, fixed.y) == (10, 0)


def test_blocks_that_split_a_relative_inline_move_with_it():
    # CSS 2.1 §9.2.1.1: <span style="position: relative; left: 5px"><div>.
    from colosseum.layout.generation import build_box_tree

    block = Node(style=CSS(display="block", height=10))
    span = Node(style=CSS(position="relative", left=5, top=2), children=[block])
    root = Node(style=CSS(display="block"), children=[span])
    root_box = build_box_tree(root)
    block_box = next(box for box in root_box.descendants() if box.node is block)
    parts = [box for box in root_box.descendants() if box.node is span]
    assert len(parts) == 2 and not any(block_box in part.children for part in parts)
    position.apply_relative_offsets(root_box, viewport=(800, 600))
    assert (block_box.x, block_box.y) == (5, 2)


def test_sticky_boxes_are_not_offset():
    sticky = BlockBox(None, compute_style(CSS(position="sticky", top=10)))
    root = BlockBox(None, compute_style(CSS()), [sticky])
    position.apply_relative_offsets(root, viewport=(800, 600))
    assert (sticky.x, sticky.y) == (0, 0)


# -- whole trees (once block layout exists) ----------------------------------------


def test_absolute_in_relative_through_layout():
    pytest.importorskip("colosseum.layout.block")
    from colosseum.layout import layout

    target = Node(style=CSS(position="absolute", right=10, bottom="10%", width=50, height=20))
    holder = Node(
        style=CSS(
            display="block",
            position="relative",
            margin=20,
            padding=5,
            border="1px solid",
            height=100,
        ),
        children=[target],
    )
    root = Node(
        style=CSS(width=400), children=[Node(style=CSS(display="block", height=30)), holder]
    )
    layout(root, 800, 600)
    # holder's padding box: x 20 + 1 = 21, width 400 - 40 - 2 = 358; y 30 + 20 + 1 = 51,
    # height 110.  right 10: x = 21 + 358 - 10 - 50; bottom 11: y = 51 + 110 - 11 - 20.
    assert target.layout.border_box == Rect(21 + 358 - 60, 51 + 110 - 31, 50, 20)


def test_relative_offset_through_layout():
    pytest.importorskip("colosseum.layout.block")
    from colosseum.layout import layout

    moved = Node(style=CSS(display="block", position="relative", left=7, bottom=3, height=10))
    root = Node(style=CSS(width=400), children=[Node(style=CSS(display="block", height=30)), moved])
    layout(root, 800, 600)
    assert moved.layout.border_box == Rect(7, 27, 400, 10)


def test_an_absolutely_positioned_root_is_placed_in_the_initial_containing_block():
    pytest.importorskip("colosseum.layout.block")
    from colosseum.layout import layout

    root = Node(style=CSS(position="absolute", left=50, top=40, width="50%", border="10px solid"))
    layout(root, 800, 600)
    # CSS 2.1 §10.1 item 2 / §10.3.7: 50% of the 800px initial containing block.
    assert root.layout.border_box == Rect(50, 40, 420, 20)


def _document(body: str):
    pytest.importorskip("colosseum.layout.block")
    from colosseum.html import Document

    document = Document.from_string(
        f'<html><body style="margin: 0; font: 10px/1 Ahem">{body}</body></html>'
    )
    document.layout(800, 600)
    return {node.id: node.layout for node in document.root.iter_elements() if node.id}


def test_relative_inline_over_two_lines_is_the_containing_block():
    boxes = _document(
        '<div style="width: 200px">XX <span id="s" style="position: relative; left: 3px;'
        ' padding: 0 5px">XXX XXXXXXXXXXXXXXXX X<span id="a" style="position: absolute;'
        ' right: 0; bottom: 0; width: 4px; height: 4px"></span></span></div>'
    )
    # Line 1: "XX " then the span from x 30; line 2: 16 + 2 glyphs + padding 5 = 185.
    # Containing block (§10.1 4.1): x 30 (first fragment's padding box) to 185
    # (last one's), y 0 to 20; then the span's relative offset moves both by 3.
    assert boxes["a"].border_box == Rect(185 - 4 + 3, 20 - 4, 4, 4)
    assert boxes["s"].fragments[1] == Rect(3, 10, 185, 10)


def test_rtl_static_position_through_layout():
    boxes = _document(
        '<div style="direction: rtl; width: 200px; height: 50px; position: relative">'
        '<div id="a" style="position: absolute; width: 30px; height: 10px"></div>'
        '<div id="b" style="position: absolute; left: 10px; right: 10px; width: 30px;'
        ' height: 10px"></div></div>'
    )
    # The hypothetical box's right edge is the block's right content edge.
    assert boxes["a"].border_box == Rect(170, 0, 30, 10)
    # Over-constrained in an rtl containing block: 'left' is ignored.
    assert boxes["b"].border_box == Rect(200 - 10 - 30, 0, 30, 10)


def test_fixed_box_ignores_relative_offsets_of_its_ancestors():
    boxes = _document(
        '<div style="position: relative; left: 10px; top: 20px; height: 40px">'
        '<div id="f" style="position: fixed; top: 5px; width: 10px; height: 10px"></div></div>'
    )
    # x: its static position (which moved with the div); y: 'top' from the viewport.
    assert boxes["f"].border_box == Rect(10, 5, 10, 10)
