"""Line height and vertical alignment: CSS 2.1 §10.8, §10.6.1.

Ahem at 20px: ascent 16px, descent 4px (A + D = 20px, Chromium's rounded
metrics), x-height 16px. In each test the expected positions follow from
the rules: half-leading (L - (A + D)) / 2 above and below each inline box,
the strut of the block container, ``vertical-align`` offsets.
"""

from __future__ import annotations

import pytest

from colosseum.html import Document
from colosseum.layout.baselines import first_baseline, last_baseline
from colosseum.layout.inline_vertical import layout_units_half

BASE = "<!DOCTYPE html><style>body { margin: 0; font: 20px Ahem } %s</style><body>%s"


def lay_out(body: str, css: str = "") -> Document:
    document = Document.from_string(BASE % (css, body))
    document.layout(800, 600)
    return document


def rect(document: Document, selector: str):
    box = document.select(selector)[0].layout.border_box
    return (box.x, box.y, box.width, box.height)


def test_line_height_normal_for_ahem_is_one_em():
    doc = lay_out('<div id="d">x</div>')
    assert rect(doc, "#d")[3] == 20


@pytest.mark.parametrize(
    ("value", "height", "text_top"),
    [
        ("40px", 40, 10),  # half-leading (40 - 20) / 2 = 10
        ("2", 40, 10),  # a number times the font size
        ("150%", 30, 5),
        ("25px", 25, 2),  # odd leading: 2px above, 3px below (floored, as Chromium)
    ],
)
def test_line_height_values_and_half_leading(value, height, text_top):
    doc = lay_out(f'<div id="d" style="line-height: {value}"><span id="s">x</span></div>')
    assert rect(doc, "#d")[3] == height
    assert rect(doc, "#s")[1] == text_top


def test_strut_counts_even_when_text_is_smaller():
    # The 10px span alone would need 10px; the 20px strut keeps the line at 20px.
    doc = lay_out('<div id="d" style="line-height: 1"><span style="font-size: 10px">x</span></div>')
    assert rect(doc, "#d")[3] == 20


def test_tall_inline_line_height_grows_line():
    doc = lay_out(
        '<div id="d" style="line-height: 1">a<span id="s" style="line-height: 60px">b</span></div>'
    )
    # The span's inline box is 60px tall centred on its 20px content area: 20px half leading.
    assert rect(doc, "#d")[3] == 60
    assert rect(doc, "#s")[1] == 20


@pytest.mark.parametrize(
    ("align", "y"),
    [
        ("baseline", 0),
        ("super", -8),  # raised by font-size / 3 + 1 = 7.67 (layout units: 7.65625)
        ("sub", 5),  # lowered by font-size / 5 + 1 = 5
        ("10px", -10),
        ("50%", -10),  # of the span's own line-height (20px)
    ],
)
def test_vertical_align_shifts_relative_to_parent_baseline(align, y):
    doc = lay_out(
        f'<div style="line-height: 1">a<span id="s" style="vertical-align: {align}">b</span>'
        '<span id="r">c</span></div>'
    )
    shift = rect(doc, "#s")[1] - rect(doc, "#r")[1]
    if align == "super":
        assert shift == pytest.approx(-7.65625)
    else:
        assert shift == y


def test_vertical_align_text_top_and_text_bottom():
    doc = lay_out(
        '<div style="line-height: 1"><span id="r">a</span>'
        '<span id="t" style="vertical-align: text-top; font-size: 10px">b</span>'
        '<span id="b" style="vertical-align: text-bottom; font-size: 10px">c</span></div>'
    )
    top = rect(doc, "#r")[1]
    assert rect(doc, "#t")[1] == top  # 10px span's top on the parent's content top
    assert rect(doc, "#b")[1] + 10 == top + 20  # bottom on the parent's content bottom


def test_vertical_align_middle_uses_half_the_parent_x_height():
    doc = lay_out(
        '<div style="line-height: 1"><span id="r">a</span><span id="i" style="display: '
        'inline-block; width: 10px; height: 10px; vertical-align: middle"></span></div>'
    )
    baseline = rect(doc, "#r")[1] + 16
    # Midpoint at baseline - x-height / 2 = baseline - 8: top at baseline - 13.
    assert rect(doc, "#i")[1] == baseline - 13


def test_vertical_align_top_and_bottom_align_with_line_box():
    doc = lay_out(
        '<div id="d" style="line-height: 1"><span id="r">a</span>'
        '<span id="t" style="display: inline-block; height: 50px; width: 5px; '
        'vertical-align: top"></span>'
        '<span id="b" style="display: inline-block; height: 30px; width: 5px; '
        'vertical-align: bottom"></span></div>'
    )
    # The top-aligned box makes the line 50px tall (extending it downwards).
    assert rect(doc, "#d")[3] == 50
    assert rect(doc, "#t")[1] == 0
    assert rect(doc, "#b")[1] == 20
    assert rect(doc, "#r")[1] == 0


def test_replaced_bottom_margin_edge_on_baseline():
    doc = lay_out(
        '<div id="d" style="line-height: 1"><span id="r">a</span>'
        '<img id="i" style="width: 10px; height: 30px; margin-bottom: 2px" '
        'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>'
    )
    # The image's 32px above the baseline: the baseline 32px down, the strut below it.
    assert rect(doc, "#i")[1] == 0
    assert rect(doc, "#r")[1] == 32 - 16
    assert rect(doc, "#d")[3] == 32 + 4


def test_baselines_of_a_block_with_lines():
    doc = lay_out('<div id="d" style="line-height: 30px">a<br>b</div>')
    node = doc.select("#d")[0]
    box = _box_of(doc, node)
    assert first_baseline(box) == 5 + 16
    assert last_baseline(box) == 30 + 5 + 16


def _box_of(document, node):
    from colosseum.layout import layout

    root = layout(document.root, 800, 600)
    return next(b for b in root.descendants() if b.node is node)


def test_half_leading_split():
    assert layout_units_half(5) == 2
    assert layout_units_half(-5) == -3
    assert layout_units_half(4) == 2


def test_nested_top_and_bottom_align_against_parent_baseline():
    # Chromium: a top-aligned box inside a lowered span puts its top at the span's
    # baseline minus the line's other ascent (16px); bottom: plus the descent (8px).
    doc = lay_out(
        '<div style="line-height: 1"><span>X</span><span id="p" style="vertical-align: -30px">'
        'X<span id="t" style="vertical-align: top; font-size: 10px">X</span></span></div>'
        '<div style="line-height: 1"><span style="font-size: 40px">X</span>'
        '<span id="q" style="vertical-align: 15px">X<span id="b" style="vertical-align: '
        'bottom; font-size: 10px">X</span></span></div>'
    )
    assert rect(doc, "#t")[1] == rect(doc, "#p")[1] == 30
    q_baseline = rect(doc, "#q")[1] + 16
    assert rect(doc, "#b")[1] + 10 == q_baseline + 8
