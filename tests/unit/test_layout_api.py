"""The layout entry points and their outputs (DESIGN.md: the Python API, the
JSON geometry dump, the ``colosseum layout`` command)."""

import json

import pytest

from colosseum import CSS, Node, Text
from colosseum.cli import main
from colosseum.geometry import Rect
from colosseum.html import Document
from colosseum.layout import layout
from colosseum.layout.boxes import BlockBox
from colosseum.layout.lines import LineBox, TextFragment, translate
from colosseum.style import compute_style


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), "800", True, None])
def test_layout_rejects_a_bad_viewport(value):
    with pytest.raises(ValueError, match="width"):
        layout(Node(), width=value)
    with pytest.raises(ValueError, match="height"):
        layout(Node(), height=value)


def test_layout_writes_geometry_on_every_node():
    hidden = Node(style=CSS(display="none"), children=[Node()])
    first = Node(style=CSS(display="block", height=30, margin=5))
    root = Node(style=CSS(width=200, padding=10), children=[first, hidden])
    root_box = layout(root, 800, 600)
    assert root_box.node is root
    assert root.layout.border_box == Rect(0, 0, 220, 60)
    assert root.layout.content_box == Rect(10, 10, 200, 40)
    assert first.layout.border_box == Rect(15, 15, 190, 30)
    assert first.layout.margin_box == Rect(10, 10, 200, 40)
    assert hidden.layout is None
    assert hidden.children[0].layout is None


def test_layout_of_a_root_with_display_none():
    root = Node(style=CSS(display="none"), children=[Node()])
    assert layout(root) is None
    assert root.layout is None


def test_relayout_after_a_change_equals_a_fresh_layout():
    child = Node(style=CSS(display="block", height=10))
    root = Node(style=CSS(width=300), children=[child])
    layout(root)
    child.style = CSS(display="block", height=50)
    layout(root)
    fresh_child = Node(style=CSS(display="block", height=50))
    fresh = Node(style=CSS(width=300), children=[fresh_child])
    layout(fresh)
    assert child.layout == fresh_child.layout
    assert root.layout == fresh.layout


def test_translate_moves_boxes_lines_and_fragments():
    style = compute_style(CSS(), None)
    inner = BlockBox(None, style)
    outer = BlockBox(None, style, [inner])
    outer.lines = [LineBox(0, 0, 100, 20, 16)]
    fragment = TextFragment(inner, "x", 1, 2, 3, 4, 5)
    inner.fragments = [fragment]
    translate(outer, 10, 20)
    assert (outer.x, outer.y, inner.x, inner.y) == (10, 20, 10, 20)
    assert (outer.lines[0].y, outer.lines[0].baseline) == (20, 36)
    assert (fragment.x, fragment.y, fragment.baseline) == (11, 22, 25)


PAGE = """<!DOCTYPE html>
<html><head><title>t</title><style>body { margin: 0 } div { height: 10px }</style></head>
<body><div id="a"></div><p class="x" style="margin: 0; height: 5px"></p><div></div>
<section style="display: none"><div></div></section><span style="display: contents"></span>
<script>ignored()</script><br></body></html>"""


def test_geometry_dump_paths_and_rendered_flags():
    document = Document.from_string(PAGE)
    document.layout(800, 600)
    dump = document.geometry()
    assert dump["viewport"] == [800, 600]
    root = dump["root"]
    assert root["path"] == "html" and [c["path"] for c in root["children"]] == ["body"]
    body = root["children"][0]
    paths = [child["path"] for child in body["children"]]
    assert paths == ["body/div[1]", "body/p[1]", "body/div[2]", "body/section[1]", "body/span[1]"]
    first, paragraph, second, section, span = body["children"]
    assert (first["id"], first["class"], first["y"], first["height"]) == ("a", "", 0, 10)
    assert (paragraph["class"], paragraph["y"], paragraph["height"]) == ("x", 10, 5)
    assert (second["y"], second["width"]) == (15, 800)
    assert section["rendered"] is False and section["children"][0]["rendered"] is False
    assert span["rendered"] is False
    assert "rendered" not in first


def test_geometry_lays_out_on_demand_and_after_a_new_viewport():
    document = Document.from_string(PAGE)
    assert document.geometry()["root"]["width"] == 800
    document.layout(500, 400)
    assert document.geometry()["root"]["width"] == 500


def test_host_text_nodes_get_fragments():
    text = Text("abc", style=CSS(font_family="Ahem", font_size=10))
    root = Node(style=CSS(width=100), children=[text])
    layout(root)
    assert text.layout.border_box.width == 30
    assert len(text.layout.fragments) == 1


def test_cli_layout_json(capsys, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["layout", str(path), "--json", "--width", "640"]) == 0
    dump = json.loads(capsys.readouterr().out)
    assert dump["viewport"] == [640, 600]
    assert dump["root"]["children"][0]["children"][0]["width"] == 640


def test_cli_layout_prints_the_box_tree(capsys, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["layout", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("BlockBox html 0,0 800x")
    assert lines[1].startswith("  BlockBox body 0,0 800x")
    assert "    BlockBox div#a 0,0 800x10" in lines
    assert "    BlockBox p 0,10 800x5" in lines


def test_cli_layout_rejects_a_bad_size(capsys, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["layout", str(path), "--width", "-3"]) == 2
    assert "invalid size" in capsys.readouterr().err


def test_a_text_node_has_one_fragment_per_line():
    """DESIGN.md: ``fragments`` holds one rectangle per line a text or
    inline box is split over (Ahem 10px: every glyph 10px square)."""
    text = Text("aa bb cc dd")
    root = Node(style=CSS(width=55, font="10px/1 Ahem"), children=[text])
    layout(root)
    assert text.layout.fragments == (Rect(0, 0, 50, 10), Rect(0, 10, 50, 10))
    assert text.layout.border_box == Rect(0, 0, 50, 20)


def test_an_inline_split_by_a_block_covers_the_anonymous_block():
    """CSS 2.1 §9.2.1.1: an inline box broken around a block-level box is
    reported with the anonymous block box holding that block, as
    ``getBoundingClientRect()`` does."""
    document = Document.from_string(
        "<body style='margin: 0; font: 10px/1 Ahem'><div style='width: 200px'>"
        "<span>x<div style='width: 50px; height: 30px'></div>y</span></div>"
    )
    document.layout(800, 600)
    [span] = document.select("span")
    assert span.layout.border_box == Rect(0, 0, 200, 50)
    assert span.layout.fragments == (Rect(0, 0, 10, 10), Rect(0, 40, 10, 10))


@pytest.mark.parametrize("display", ["inline-block", "inline", "block"])
def test_ten_thousand_nested_boxes_lay_out(display):
    """Deep trees lay out (or fail with a clear error, never RecursionError);
    atomic inlines recurse through several formatting contexts per level."""
    leaf = Text("x", style=CSS(font="10px/1 Ahem"))
    node = leaf
    for _ in range(10_000):
        node = Node(style=CSS(display=display), children=[node])
    root = Node(style=CSS(display="block", font="10px/1 Ahem"), children=[node])
    layout(root, 800, 600)
    assert leaf.layout.border_box == Rect(0, 0, 10, 10)


def test_a_tree_deeper_than_the_limit_is_refused():
    from colosseum.layout import TreeTooDeepError
    from colosseum.layout.deep import call_deep

    with pytest.raises(TreeTooDeepError, match="levels deep"):
        call_deep(10**6, lambda: None)
