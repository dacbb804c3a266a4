"""Block layout: CSS 2.1 §10.1, §10.3.3, §10.4, §10.5, §10.6.3, §10.6.7, §10.7
and css-sizing-3 box-sizing, on small box-only trees; expected geometry is
worked out by hand from the spec's equations."""

from __future__ import annotations

import pytest

from colosseum import CSS, Node, layout
from colosseum.html import Document
from colosseum.layout.boxes import BlockBox
from colosseum.layout.generation import build_box_tree


def block(*children, **style):
    style.setdefault("display", "block")
    return Node(style=CSS(**style), children=list(children))


def run(root, width=800, height=600):
    layout(root, width, height)
    return root


def rect(node):
    box = node.layout.border_box
    return (box.x, box.y, box.width, box.height)


# -- §10.1 the initial containing block ------------------------------------------------


def test_root_fills_the_initial_containing_block_width():
    root = run(block(block(height=30)), width=640, height=480)
    assert rect(root) == (0, 0, 640, 30)


def test_root_percentage_height_refers_to_the_viewport():
    root = run(block(height="50%"), width=640, height=480)
    assert rect(root) == (0, 0, 640, 240)


def test_root_margins_offset_it():
    root = run(block(block(height=10), margin="10px 20px", padding=5))
    assert rect(root) == (20, 10, 800 - 40, 20)
    assert rect(root.children[0]) == (25, 15, 750, 10)


# -- §10.3.3 widths and margins --------------------------------------------------------


def test_auto_width_fills_the_containing_block_less_edges():
    child = block(margin="0 10px 0 30px", padding="0 5px", border="2px solid", height=10)
    run(block(child, width=500))
    # 500 = 30 + 2 + 5 + width + 5 + 2 + 10
    assert child.layout.content_box.width == 446
    assert rect(child) == (30, 0, 460, 14)


def test_auto_margins_center():
    child = block(width=200, padding="0 10px", border="5px solid", margin="0 auto", height=10)
    run(block(child, width=500))
    assert child.layout.margin.left == child.layout.margin.right == 135
    assert rect(child)[0] == 135


def test_one_auto_margin_takes_the_rest():
    child = block(width=150, margin_left="auto", height=10)
    run(block(child, width=500))
    assert rect(child)[0] == 350


@pytest.mark.parametrize(
    ("direction", "x", "right"), [("ltr", 20, 500 - 20 - 600), ("rtl", -120, 20)]
)
def test_too_wide_block_is_over_constrained(direction, x, right):
    child = block(width=600, margin="0 20px", height=10)
    run(block(block(child, width=500, direction=direction)))
    assert rect(child)[0] == x
    assert child.layout.margin.right == right


def test_auto_margins_of_a_too_wide_block_are_zero():
    child = block(width=600, margin="0 auto", height=10)
    run(block(child, width=500))
    assert rect(child)[0] == 0
    assert child.layout.margin.right == -100


def test_rtl_one_auto_margin():
    child = block(width=100, margin_right="auto", margin_left="30px", height=10)
    run(block(block(child, width=500, direction="rtl")))
    assert rect(child)[0] == 30


def test_percentage_width_margins_and_paddings_refer_to_containing_width():
    child = block(width="50%", margin_left="10%", padding_top="5%", height=10)
    run(block(child, width=400))
    assert rect(child) == (40, 0, 200, 30)


# -- §10.4 min-width and max-width; box-sizing -----------------------------------------


def test_max_width_then_min_width():
    a = block(max_width=100, height=10)
    b = block(width=50, min_width=120, height=10)
    c = block(max_width=100, min_width=150, height=10)  # min wins
    run(block(a, b, c, width=500))
    assert rect(a)[2] == 100
    assert rect(b)[2] == 120
    assert rect(c)[2] == 150


def test_max_width_with_auto_margins_centers_the_clamped_box():
    child = block(max_width=100, margin="0 auto", height=10)
    run(block(child, width=500))
    assert rect(child)[:3] == (200, 0, 100)


def test_border_box_sizing_on_width_height_and_limits():
    a = block(box_sizing="border-box", width=100, height=50, padding=10, border="5px solid")
    b = block(box_sizing="border-box", max_width=60, min_height=40, padding=10)
    run(block(a, b, width=500))
    assert rect(a) == (0, 0, 100, 50)
    assert a.layout.content_box.width == 70
    assert rect(b) == (0, 50, 60, 40)


# -- §10.5 / §10.6.3 heights -----------------------------------------------------------


def test_percentage_height_against_auto_height_parent_is_auto():
    child = block(block(height=20), height="50%")
    run(block(block(child)))
    assert rect(child)[3] == 20


def test_percentage_height_against_definite_parent():
    child = block(height="25%")
    run(block(block(child, height=200)))
    assert rect(child)[3] == 50


def test_percentage_heights_chain_from_the_root():
    child = block(height="50%")
    body = block(child, height="100%", margin=0)
    root = run(block(body, height="100%"), height=400)
    assert rect(root)[3] == 400
    assert rect(body)[3] == 400
    assert rect(child)[3] == 200


def test_min_and_max_height_min_wins():
    a = block(height=10, min_height=30)
    b = block(block(height=100), max_height=40)
    c = block(height=10, max_height=5, min_height=20)
    run(block(a, b, c))
    assert [rect(n)[3] for n in (a, b, c)] == [30, 40, 20]
    assert rect(c)[1] == 70


def test_auto_height_ignores_floats_and_absolutes():
    parent = block(
        block(height=30),
        block(float="left", width=10, height=100),
        block(position="absolute", height=300),
    )
    after = block(height=5)
    run(block(parent, after))
    assert rect(parent)[3] == 30
    assert rect(after)[1] == 30


@pytest.mark.parametrize("style", [{"overflow": "hidden"}, {"display": "flow-root"}])
def test_bfc_root_auto_height_includes_floats(style):
    parent = block(block(height=30), block(float="left", width=10, height=100), **style)
    run(block(parent))
    assert rect(parent)[3] == 30 + 100  # the float goes below the first child


def test_root_auto_height_includes_floats():
    root = run(block(block(height=30), block(float="right", width=10, height=70, margin=5)))
    assert rect(root)[3] == 30 + 5 + 70 + 5


# -- out-of-flow children and other boxes ----------------------------------------------


def test_absolute_child_static_position_follows_the_flow():
    abspos = block(position="absolute", width=10, height=10)
    parent = block(block(height=25), abspos, block(height=5), padding=3)
    run(block(parent, margin_top=7))
    assert rect(abspos)[:2] == (3, 7 + 3 + 25)


def test_relative_offset_applied_after_layout():
    child = block(position="relative", top=10, left=5, height=20)
    after = block(height=5)
    run(block(child, after))
    assert rect(child)[:2] == (5, 10)
    assert rect(after)[1] == 20


def test_every_table_part_gets_geometry():
    # Table layout proper is tested in test_layout_tables.py.
    doc = Document.from_string(
        "<table style='border-spacing:0'><caption>c</caption><col><tr><td>"
        "<div style='width:40px;height:12px'></div></td></tr></table>"
    )
    doc.layout(800, 600)
    div = doc.select("div")[0]
    assert div.layout.border_box.height == 12
    for node in doc.select("table, tr, td, col"):
        assert node.layout is not None


def test_deep_tree_lays_out():
    node = leaf = block(height=3)
    for _ in range(3000):
        node = block(node, margin_top=1)
    root = run(block(node))
    # The 3,000 top margins collapse into one 1px margin inside the root.
    assert rect(root)[3] == 4
    assert rect(node)[1] == rect(leaf)[1] == 1


def test_box_tree_stays_block_boxes_after_layout():
    root = block(block(height=3))
    box = build_box_tree(root)
    assert isinstance(box, BlockBox)


def test_percentages_are_truncated_to_layout_units():
    child = block(width="33.3333%", height=10)
    run(block(block(child, width=300)))
    assert rect(child)[2] == 99.984375


def test_empty_list_item_with_outside_marker_is_one_line_high():
    doc = Document.from_string(
        "<style>body { margin: 0; font: 20px/1 Ahem } ul { margin: 0 }</style>"
        "<ul><li id=a></li><li id=b style='list-style: none'></li></ul>"
    )
    doc.layout(800, 600)
    a, b = doc.select("li")
    assert a.layout.border_box.height == 20
    assert b.layout.border_box.height == 0


def test_negative_calc_width_is_zero():
    child = block(width="calc(10% - 50px)", height="calc(10px - 20px)")
    run(block(block(child, width=100)))
    assert rect(child)[2:] == (0, 0)


def test_outside_marker_taller_than_first_line_pushes_the_block_down():
    # css-lists-3 §3.1: the marker sits on the baseline of the first line of
    # the item's first block; it may not rise above that block's top edge.
    # Marker: 30px Ahem, line-height 1 -> 24px above its baseline. Block:
    # 10px Ahem, line-height 1 -> baseline 8px below its top: pushed 16px.
    doc = Document.from_string(
        "<style>body { margin: 0; font: 30px/1 Ahem } ol { margin: 0 }</style>"
        "<ol><li id=i><div id=d style='font-size: 10px'>X</div><div id=e>Y</div></li>"
        "<li id=j><div id=k style='font-size: 40px'>X</div></li></ol>"
    )
    doc.layout(800, 600)
    item, first, second = (doc.select(s)[0] for s in ("#i", "#d", "#e"))
    assert first.layout.border_box.y == 16
    assert second.layout.border_box.y == 16 + 10
    assert item.layout.border_box.height == 16 + 10 + 30
    # A first line taller than the marker's ascent: nothing moves.
    other, block = doc.select("#j")[0], doc.select("#k")[0]
    assert block.layout.border_box.y == other.layout.border_box.y == 56
    assert other.layout.border_box.height == 40


def test_inline_level_abspos_among_blocks_starts_beside_a_float():
    # CSS 2.1 §10.3.7: the static position is where the box would be in the
    # flow: an inline-level box would start a line, and §9.5 shortens line
    # boxes beside floats. A block-level one keeps the content edge.
    doc = Document.from_string(
        "<style>body { margin: 0; font: 20px/1 Ahem } div { width: 200px }"
        ".f { float: left; width: 35px; height: 30px } .a { position: absolute }</style>"
        "<div><span class=f></span></div>"
        "<div><span class=a id=s>X</span></div>"
        "<div><div class=a id=b>X</div></div>"
    )
    doc.layout(800, 600)
    inline, block_level = doc.select("#s")[0], doc.select("#b")[0]
    assert (inline.layout.border_box.x, inline.layout.border_box.y) == (35, 0)
    assert (block_level.layout.border_box.x, block_level.layout.border_box.y) == (0, 0)
