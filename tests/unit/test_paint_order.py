"""The painter's display list: CSS 2.1 Appendix E painting order, stacking
contexts, the canvas background, visibility, overflow clipping, opacity."""

import pytest
from test_paint_helpers import (
    BLACK,
    BLUE,
    GREEN,
    LIME,
    RED,
    WHITE,
    YELLOW,
    block,
    inline_in_line,
    paint,
    text_line,
)

from colosseum.paint import FillRect, PopClip, PopLayer, PushClip, PushLayer
from colosseum.paint.order import creates_stacking_context, stacking_layers

pytest.importorskip("PIL")


def colors(ops):
    """The colors of the rectangles and paths, in painting order."""
    return [op.color[:3] for op in ops if hasattr(op, "color")]


def test_empty_tree_paints_nothing():
    ops, image = paint(None)
    assert ops == []
    assert image.getpixel((50, 50)) == WHITE


def test_root_background_covers_the_canvas():
    root = block(10, 10, 30, 30, background_color="yellow")
    ops, image = paint(root)
    assert ops[0] == FillRect(0, 0, 100.0, 100.0, (255, 255, 0, 1.0))
    assert image.getpixel((0, 0)) == YELLOW
    assert image.getpixel((99, 99)) == YELLOW
    assert len([op for op in ops if op.color[:3] == YELLOW]) == 1  # not painted again


def test_block_backgrounds_then_floats_then_inline_content_then_positioned():
    """E.2 steps 4, 5, 7, 8: a positioned box paints over a float, which
    paints over a block's background and under the block's text."""
    positioned = block(30, 30, 20, 20, background_color="black", position="relative")
    floated = block(20, 20, 20, 20, background_color="lime", float="left")
    inner = block(0, 0, 60, 60, background_color="red")
    text_line(inner, "X", 35, 43, size=10, color="blue")  # a 10px square at 35,35
    root = block(0, 0, 100, 100, [inner, floated, positioned])
    ops, image = paint(root)
    assert colors(ops) == [RED, LIME, BLUE, BLACK]
    assert image.getpixel((10, 10)) == RED
    assert image.getpixel((22, 22)) == LIME
    assert image.getpixel((32, 32)) == BLACK
    assert image.getpixel((45, 36)) == BLACK  # the text is under the positioned box
    assert image.getpixel((36, 36)) == BLACK
    root.children[2] = block(30, 30, 20, 20, background_color="black")
    ops, image = paint(root)
    assert colors(ops) == [RED, BLACK, LIME, BLUE]  # a block's background: step 4


def test_z_index_order():
    """Negative z-index below the in-flow blocks, positive above z-index
    auto/0 (in tree order), z-index order then tree order."""
    first = block(0, 0, 10, 10, background_color="#010101", position="absolute", z_index=2)
    second = block(0, 0, 10, 10, background_color="#020202", position="absolute", z_index=1)
    third = block(0, 0, 10, 10, background_color="#030303", position="absolute", z_index=-1)
    fourth = block(0, 0, 10, 10, background_color="#040404", position="absolute")
    fifth = block(0, 0, 10, 10, background_color="#050505", position="relative", z_index=0)
    sixth = block(0, 0, 10, 10, background_color="#060606", position="absolute", z_index=1)
    flow = block(0, 0, 10, 10, background_color="#070707")
    root = block(0, 0, 100, 100, [first, second, third, fourth, fifth, sixth, flow])
    ops, _ = paint(root)
    order = [op.color[0] for op in ops]
    assert order == [3, 7, 4, 5, 2, 6, 1]


def test_positioned_descendants_of_a_float_belong_to_the_parent_context():
    """E.2 step 5: a float paints as if it created a stacking context, but
    its positioned descendants paint with the enclosing context's (step 8),
    after the inline content."""
    positioned = block(0, 0, 10, 10, background_color="black", position="relative")
    floated = block(0, 0, 20, 20, [positioned], background_color="lime", float="left")
    paragraph = block(0, 0, 100, 20)
    text_line(paragraph, "X", 0, 8, size=10, color="blue")
    root = block(0, 0, 100, 100, [floated, paragraph])
    ops, image = paint(root)
    assert colors(ops) == [LIME, BLUE, BLACK]
    assert image.getpixel((5, 5)) == BLACK


def test_stacking_context_contains_its_positioned_descendants():
    """A z-index:1 context paints all its content above a z-index:auto
    positioned sibling painted later in tree order... only when its z is
    higher; its own descendants with z-index 5 stay inside it."""
    inner = block(0, 0, 10, 10, background_color="#0000ff", position="absolute", z_index=5)
    context = block(0, 0, 20, 20, [inner], background_color="lime", position="relative", z_index=1)
    above = block(0, 0, 20, 20, background_color="red", position="relative", z_index=2)
    root = block(0, 0, 100, 100, [context, above])
    ops, image = paint(root)
    assert colors(ops) == [LIME, BLUE, RED]
    assert image.getpixel((5, 5)) == RED
    layer = stacking_layers(root)
    assert [sub.box for sub in layer.positive] == [context, above]
    assert [sub.box for sub in layer.positive[0].positive] == [inner]


def test_stacking_context_creation():
    assert creates_stacking_context(block(0, 0, 1, 1, position="relative", z_index=0))
    assert not creates_stacking_context(block(0, 0, 1, 1, position="relative"))
    assert not creates_stacking_context(block(0, 0, 1, 1, z_index=3))  # not positioned
    assert creates_stacking_context(block(0, 0, 1, 1, position="fixed"))
    assert creates_stacking_context(block(0, 0, 1, 1, opacity=0.5))


def test_opacity_paints_a_group():
    child = block(0, 0, 10, 10, background_color="blue")
    group = block(0, 0, 20, 20, [child], background_color="red", opacity=0.5)
    root = block(0, 0, 100, 100, [group], background_color="white")
    ops, image = paint(root)
    kinds = [type(op) for op in ops]
    assert kinds == [FillRect, PushLayer, FillRect, FillRect, PopLayer]
    assert ops[1].opacity == 0.5
    assert image.getpixel((5, 5)) == image.getpixel((6, 6)) != BLUE  # the group, then blended
    assert image.getpixel((50, 50)) == WHITE
    # opacity: 0.5 blends as a color with alpha 0.5 does
    reference = block(0, 0, 100, 100, [block(0, 0, 20, 20, background_color="rgba(255,0,0,.5)")])
    _, expected = paint(reference)
    assert image.getpixel((15, 15)) == expected.getpixel((15, 15)) == (255, 127, 127)


def test_html_root_takes_the_body_background():
    from colosseum.html.tree import Element

    body = block(8, 8, 84, 20, background_color="lime")
    body.node = Element("body")
    root = block(0, 0, 100, 36, [body])
    root.node = Element("html")
    ops, image = paint(root)
    assert image.getpixel((99, 99)) == LIME
    assert colors(ops) == [LIME]  # the body does not paint it again
    root.style = block(0, 0, 1, 1, background_color="yellow").style
    ops, image = paint(root)
    assert image.getpixel((99, 99)) == YELLOW
    assert image.getpixel((10, 10)) == LIME


def test_visibility_hidden():
    child = block(10, 10, 10, 10, background_color="lime", visibility="visible")
    hidden = block(0, 0, 50, 50, [child], background_color="red", visibility="hidden")
    text_line(hidden, "X", 30, 38, color="red", visibility="hidden")  # inherited
    root = block(0, 0, 100, 100, [hidden])
    ops, image = paint(root)
    assert colors(ops) == [LIME]
    assert image.getpixel((5, 5)) == WHITE
    assert image.getpixel((15, 15)) == LIME


def test_overflow_hidden_clips_descendants_to_the_padding_box():
    child = block(0, 0, 50, 50, background_color="lime")
    text_line(child, "XX", 15, 23, size=10, color="blue")
    clipping = block(10, 10, 20, 20, [child], overflow="hidden", border="2px solid black")
    root = block(0, 0, 100, 100, [clipping])
    ops, image = paint(root)
    assert image.getpixel((5, 5)) == WHITE
    assert image.getpixel((11, 11)) == BLACK  # its own border is not clipped
    assert image.getpixel((12, 12)) == LIME  # the padding box's corner
    assert image.getpixel((31, 31)) == LIME
    assert image.getpixel((32, 20)) == BLACK
    assert image.getpixel((40, 40)) == WHITE
    assert image.getpixel((31, 16)) == BLUE
    assert image.getpixel((34, 16)) == WHITE
    assert any(isinstance(op, PushClip) for op in ops)
    assert sum(isinstance(op, PushClip) for op in ops) == sum(isinstance(op, PopClip) for op in ops)


def test_overflow_x_only_clips_horizontally():
    child = block(0, 0, 60, 60, background_color="lime")
    clipping = block(10, 10, 20, 20, [child], overflow_x="clip", overflow_y="visible")
    _, image = paint(block(0, 0, 100, 100, [clipping]))
    assert image.getpixel((5, 50)) == WHITE
    assert image.getpixel((20, 50)) == LIME  # below the box: not clipped vertically
    assert image.getpixel((40, 20)) == WHITE


def test_absolute_descendant_clipped_only_inside_its_containing_block():
    loose = block(0, 0, 60, 60, background_color="lime", position="absolute")
    clipping = block(10, 10, 20, 20, [loose], overflow="hidden")
    _, image = paint(block(0, 0, 100, 100, [clipping]))
    assert image.getpixel((50, 50)) == LIME  # its containing block is the root's
    held = block(0, 0, 60, 60, background_color="lime", position="absolute")
    clipping = block(10, 10, 20, 20, [held], overflow="hidden", position="relative")
    _, image = paint(block(0, 0, 100, 100, [clipping]))
    assert image.getpixel((50, 50)) == WHITE
    assert image.getpixel((20, 20)) == LIME


def test_clip_rect_clips_an_absolutely_positioned_box_and_its_content_css21_11_1_2():
    """rect(top, right, bottom, left): offsets from the border box's top
    left corner; ``auto`` is that edge of the border box. The region clips
    the box itself and its descendants, positioned ones included."""
    inner = block(10, 10, 60, 60, background_color="lime", position="absolute")
    child = block(10, 10, 60, 60, background_color="blue")
    clipped = block(
        10, 10, 60, 60, [child, inner], background_color="red", position="absolute",
        clip="rect(5px, auto, 30px, 10px)",
    )  # fmt: skip
    _, image = paint(block(0, 0, 100, 100, [clipped]))
    assert image.getpixel((25, 20)) == LIME  # inside: x 20-70, y 15-40
    assert image.getpixel((65, 35)) == LIME
    assert image.getpixel((15, 20)) == WHITE  # left of the region
    assert image.getpixel((40, 12)) == WHITE  # above it
    assert image.getpixel((40, 45)) == WHITE  # below it
    assert image.getpixel((72, 20)) == WHITE  # right of the border box


def test_clip_rect_with_crossed_edges_clips_everything_and_needs_absolute_position():
    crossed = block(10, 10, 40, 40, background_color="lime", position="absolute",
                    clip="rect(20px, 10px, 30px, 30px)")  # fmt: skip
    _, image = paint(block(0, 0, 100, 100, [crossed]))
    assert image.getpixel((30, 30)) == WHITE
    relative = block(10, 10, 40, 40, background_color="lime", position="relative",
                     clip="rect(0, 5px, 5px, 0)")  # fmt: skip
    _, image = paint(block(0, 0, 100, 100, [relative]))
    assert image.getpixel((30, 30)) == LIME  # clip applies to absolutely positioned boxes


def test_inline_box_background_border_and_text():
    paragraph = block(0, 0, 100, 100)
    span, fragment = inline_in_line(
        paragraph,
        10,
        10,
        20,
        10,
        border=2,
        background_color="lime",
        border_style="solid",
        border_color="blue",
        border_width="2px",
    )
    text = text_line(paragraph, "X", 0, 0)  # a second line, moved into the fragment:
    paragraph.lines.pop()
    text.fragments[0].x, text.fragments[0].y, text.fragments[0].baseline = 12, 12, 20
    fragment.items.append(text.fragments[0])
    ops, image = paint(block(0, 0, 100, 100, [paragraph]))
    assert colors(ops) == [LIME, BLUE, BLUE, BLUE, BLUE, BLACK]
    assert image.getpixel((10, 10)) == BLUE  # border box corner
    assert image.getpixel((20, 15)) == BLACK  # the text is over the background
    assert image.getpixel((25, 15)) == LIME
    assert span.fragments == [fragment]


def test_relatively_positioned_inline_paints_in_step_8():
    paragraph = block(0, 0, 100, 100)
    inline_in_line(paragraph, 0, 0, 20, 10, background_color="lime", position="relative")
    after = block(0, 0, 30, 30, background_color="red", float="left")
    ops, image = paint(block(0, 0, 100, 100, [paragraph, after]))
    assert colors(ops) == [RED, LIME]
    assert image.getpixel((5, 5)) == LIME


def test_green_over_red_positioned_reftest_pattern():
    """The usual reftest shape: red under, green over, nothing red shows."""
    red = block(0, 0, 50, 50, background_color="red")
    green = block(0, 0, 50, 50, background_color="green", position="absolute", z_index=-1)
    root = block(0, 0, 100, 100, [red, green], background_color="white")
    _, image = paint(root)
    assert image.getpixel((25, 25)) == RED  # negative z-index: under in-flow blocks
    green = block(0, 0, 50, 50, background_color="green", position="absolute")
    root = block(0, 0, 100, 100, [red, green], background_color="white")
    _, image = paint(root)
    assert image.getpixel((25, 25)) == GREEN


def test_outline_is_drawn_outside_the_border_box_after_the_content():
    from colosseum.style.values import Length

    extra = {
        "outline-style": "solid",
        "outline-width": Length(3),
        "outline-color": block(0, 0, 1, 1, color="blue").style["color"],
        "outline-offset": Length(2),
    }
    child = block(0, 0, 60, 60, background_color="lime")
    outlined = block(20, 20, 20, 20, [child], extra=extra, overflow="hidden")
    ops, image = paint(block(0, 0, 100, 100, [outlined]))
    assert colors(ops)[-1] == BLUE  # after the content
    assert image.getpixel((15, 15)) == BLUE  # 20 - 2 - 3 = 15 to 18
    assert image.getpixel((17, 30)) == BLUE
    assert image.getpixel((18, 30)) == WHITE  # the offset gap
    assert image.getpixel((30, 30)) == LIME
    assert image.getpixel((44, 44)) == BLUE
    assert image.getpixel((45, 45)) == WHITE


def test_background_clip_padding_box():
    extra = {"background-clip": "padding-box"}
    box = block(10, 10, 10, 10, extra=extra, background_color="lime", border="5px dashed blue")
    _, image = paint(block(0, 0, 100, 100, [box]))
    assert image.getpixel((16, 16)) == LIME
    assert image.getpixel((12, 22)) in (WHITE, BLUE)  # the border area has no background
    assert {image.getpixel((x, 12)) for x in range(10, 35)} == {WHITE, BLUE}


def test_deep_trees_paint():
    box = block(0, 0, 10, 10, background_color="lime")
    for _ in range(3000):
        box = block(0, 0, 10, 10, [box])
    _, image = paint(box)
    assert image.getpixel((5, 5)) == LIME


def test_empty_cells_hide():
    from test_paint_helpers import place, style

    from colosseum.layout.boxes import TableCellBox, TextBox

    def cell(text):
        box = TableCellBox(None, style(empty_cells="hide", background_color="lime"))
        box.children = [TextBox(None, style(), text)]
        return place(box, 0, 0, 10, 10)

    _, image = paint(block(0, 0, 100, 100, [cell(" \n ")]))
    assert image.getpixel((5, 5)) == WHITE
    _, image = paint(block(0, 0, 100, 100, [cell(" x ")]))
    assert image.getpixel((5, 5)) == LIME


def test_flex_items_paint_in_order_modified_document_order():
    from test_paint_helpers import place

    from colosseum.layout.boxes import BlockBox, FlexBox
    from colosseum.style import CSS, compute_style

    parent = compute_style(CSS(display="flex"), None)

    def item(color, **properties):
        box = BlockBox(None, compute_style(CSS(background_color=color, **properties), parent))
        return place(box, 0, 0, 20, 20)

    container = place(FlexBox(None, parent), 0, 0, 100, 20)
    container.children = [item("red"), item("lime", order=1), item("blue", order=-1)]
    ops, image = paint(block(0, 0, 100, 100, [container]))
    assert colors(ops) == [BLUE, RED, LIME]
    assert image.getpixel((5, 5)) == LIME
    # z-index makes a flex item a stacking context even though it is not positioned
    container.children = [item("red", z_index=1), item("lime")]
    ops, image = paint(block(0, 0, 100, 100, [container]))
    assert colors(ops) == [LIME, RED]
