"""Inline formatting contexts: line boxes (CSS 2.1 §9.4.2), white space
(§16.6), text-indent (§16.1), text-align (§16.2), spacing (§16.4), floats
beside and inside lines (§9.5).

Everything is in Ahem (every glyph 1em wide, ascent .8em, descent .2em;
at 20px Chromium's rounded ascent/descent are 16px/4px), with
``line-height: 1`` unless a test says otherwise, so each expected number is
a short hand computation given in the comments.
"""

from __future__ import annotations

import pytest

from colosseum.html import Document
from colosseum.layout import layout as layout_tree
from colosseum.layout.context import LayoutContext
from colosseum.layout.generation import build_box_tree
from colosseum.layout.inline import inline_intrinsic_sizes

BASE = "<!DOCTYPE html><style>body { margin: 0; font: 20px/1 Ahem } %s</style><body>%s"


def lay_out(body: str, css: str = "", width: int = 800) -> Document:
    document = Document.from_string(BASE % (css, body))
    document.layout(width, 600)
    return document


def rect(document: Document, selector: str):
    box = document.select(selector)[0].layout.border_box
    return (box.x, box.y, box.width, box.height)


def fragments(document: Document, selector: str):
    geometry = document.select(selector)[0].layout
    rects = geometry.fragments or (geometry.border_box,)
    return [(r.x, r.y, r.width, r.height) for r in rects]


# -- line boxes and breaking ----------------------------------------------------------


def test_words_wrap_at_spaces():
    # 100px holds five 20px glyphs: "aaa bb" (6 glyphs) does not fit, "aaa" ends line 1.
    doc = lay_out('<div id="d" style="width: 100px">aaa bb c dddd</div>')
    assert rect(doc, "#d") == (0, 0, 100, 60)  # "aaa" / "bb c" / "dddd"


def test_trailing_space_does_not_count_for_fit():
    # "aaaaa " is 120px with its space, but the space at the end of a line is removed.
    doc = lay_out('<div id="d" style="width: 100px"><span id="s">aaaaa</span> bb</div>')
    assert rect(doc, "#d")[3] == 40
    assert rect(doc, "#s") == (0, 0, 100, 20)


def test_overlong_word_overflows_on_its_own_line():
    doc = lay_out('<div id="d" style="width: 50px">a <span id="s">bbbbb</span> c</div>')
    assert rect(doc, "#s") == (0, 20, 100, 20)
    assert rect(doc, "#d")[3] == 60


def test_split_inline_edges_only_on_first_and_last_fragment():
    # Line 1: "aa " then the span's left edge (2 + 5) and "bb" = 40 + 20 + 7 + 40 = 107
    # > 100, so the span starts line 2: 7 + "bb" (40); " cc" does not fit (+60 + 7 = 114).
    doc = lay_out(
        '<div style="width: 100px">aa <span id="s">bb cc</span></div>',
        "#s { border: 2px solid; padding: 0 5px }",
    )
    assert fragments(doc, "#s") == [(0, 18, 47, 24), (0, 38, 47, 24)]


def test_forced_break_and_empty_line_from_br():
    doc = lay_out('<div id="d">a<br><br>b</div>')
    assert rect(doc, "#d")[3] == 60  # "a", an empty line holding only a <br>, "b"


def test_collapsible_space_only_lines_take_no_height():
    doc = lay_out('<div id="d">   <span id="s">  </span>   </div>')
    assert rect(doc, "#d")[3] == 0
    assert rect(doc, "#s") == (0, 0, 0, 0)


def test_empty_inline_with_horizontal_padding_makes_a_line():
    doc = lay_out('<div id="d"><span id="s" style="padding-left: 3px"></span></div>')
    assert rect(doc, "#d")[3] == 20
    assert rect(doc, "#s") == (0, 0, 3, 20)


def test_empty_inline_with_only_vertical_padding_is_empty():
    doc = lay_out('<div id="d"><span id="s" style="padding: 10px 0"></span></div>')
    assert rect(doc, "#d")[3] == 0


@pytest.mark.parametrize(
    ("white_space", "height", "width"),
    [
        ("normal", 40, 100),  # "aa bb" / "cc"
        ("nowrap", 20, 160),  # "aa bb cc" on one line, overflowing
        ("pre", 40, 120),  # the line feed breaks, both spaces stay: "aa  bb" / "cc"
        ("pre-line", 40, 100),  # spaces collapse, the line feed breaks: "aa bb" / "cc"
    ],
)
def test_white_space_values(white_space, height, width):
    doc = lay_out(
        f'<div id="d" style="width: 100px; white-space: {white_space}">'
        '<span id="s">aa  bb\ncc</span></div>'
    )
    assert rect(doc, "#d")[3] == height
    assert rect(doc, "#s")[2] == width


def test_pre_keeps_leading_spaces():
    doc = lay_out('<div style="white-space: pre"><span id="s">  a</span></div>')
    assert rect(doc, "#s") == (0, 0, 60, 20)


# -- text-indent, text-align, spacing ---------------------------------------------------


def test_text_indent_only_on_first_line():
    doc = lay_out(
        '<div style="width: 100px; text-indent: 40px">'
        '<span id="a">aa</span> <span id="b">bb</span></div>'
    )
    assert rect(doc, "#a") == (40, 0, 40, 20)
    assert rect(doc, "#b") == (0, 20, 40, 20)


def test_text_indent_percentage_of_containing_block_width():
    doc = lay_out('<div style="width: 200px; text-indent: 10%"><span id="a">a</span></div>')
    assert rect(doc, "#a")[0] == 20


@pytest.mark.parametrize(
    ("align", "x"), [("left", 0), ("right", 60), ("center", 30), ("end", 60), ("start", 0)]
)
def test_text_align(align, x):
    doc = lay_out(f'<div style="width: 100px; text-align: {align}"><span id="a">aa</span></div>')
    assert rect(doc, "#a")[0] == x


def test_justify_distributes_space_except_on_last_line():
    # Line 1 "a b c" is 100px in 130px ("a b c d" is 140): 30px over two spaces.
    doc = lay_out(
        '<div style="width: 130px; text-align: justify">'
        '<span id="a">a</span> <span id="b">b</span> <span id="c">c</span> '
        '<span id="d">d</span> <span id="e">e</span></div>'
    )
    assert rect(doc, "#b")[0] == 55  # a (20) + space (20 + 15)
    assert rect(doc, "#c")[0] == 110
    assert rect(doc, "#d")[0] == 0
    assert rect(doc, "#e")[0] == 40  # last line: not justified


def test_letter_and_word_spacing():
    doc = lay_out(
        '<div><span id="s" style="letter-spacing: 2px; word-spacing: 5px">ab cd</span></div>'
    )
    # 5 characters x (20 + 2) + one space x 5.
    assert rect(doc, "#s")[2] == 115


# -- floats and line boxes --------------------------------------------------------------


def test_lines_are_shortened_by_floats():
    doc = lay_out(
        '<div style="width: 100px"><div id="f" style="float: left; width: 40px; height: 30px">'
        '</div><span id="a">aa</span> <span id="b">bb</span> <span id="c">cc</span></div>'
    )
    assert rect(doc, "#a") == (40, 0, 40, 20)  # beside the float: 60px wide
    assert rect(doc, "#b") == (40, 20, 40, 20)  # the float still reaches y = 30
    assert rect(doc, "#c") == (0, 40, 40, 20)


def test_line_moves_below_float_when_nothing_fits():
    doc = lay_out(
        '<div style="width: 100px"><div style="float: left; width: 60px; height: 50px"></div>'
        '<span id="a">aaa</span></div>'
    )
    assert rect(doc, "#a") == (0, 50, 60, 20)


def test_float_in_line_goes_on_current_line_when_it_fits():
    doc = lay_out(
        '<div style="width: 200px"><span id="a">aa</span>'
        '<div id="f" style="float: right; width: 50px; height: 10px"></div></div>'
    )
    assert rect(doc, "#f") == (150, 0, 50, 10)


def test_float_in_line_goes_below_when_it_does_not_fit():
    # "aaaaaaaa" fills 160 of 200px: the 50px float goes below the line.
    doc = lay_out(
        '<div style="width: 200px"><span id="a">aaaaaaaa</span>'
        '<div id="f" style="float: left; width: 50px; height: 10px"></div></div>'
    )
    assert rect(doc, "#f") == (0, 20, 50, 10)
    assert rect(doc, "#a") == (0, 0, 160, 20)


def test_float_at_line_start_pushes_the_text():
    doc = lay_out(
        '<div style="width: 200px"><div id="f" style="float: left; width: 50px; height: 10px">'
        '</div><span id="a">aa</span></div>'
    )
    assert rect(doc, "#a") == (50, 0, 40, 20)


# -- atomic inlines ---------------------------------------------------------------------


def test_inline_block_sits_on_baseline_of_its_last_line():
    # The inline-block's two lines put its baseline 16 + 20 = 36px below its top; the
    # line's baseline is then 36px down, the strut's top at 36 - 16 = 20.
    doc = lay_out(
        '<div id="d"><span id="t">x</span><span id="ib" style="display: inline-block">'
        "a<br>b</span></div>"
    )
    assert rect(doc, "#ib") == (20, 0, 20, 40)
    assert rect(doc, "#t") == (0, 20, 20, 20)
    assert rect(doc, "#d")[3] == 40


def test_inline_block_with_overflow_uses_bottom_margin_edge():
    doc = lay_out(
        '<div id="d"><span id="t">x</span><span id="ib" style="display: inline-block; '
        'overflow: hidden; height: 30px; margin-bottom: 5px">a</span></div>'
    )
    # Bottom margin edge on the baseline: its top is 35px above the baseline.
    baseline = 35
    assert rect(doc, "#ib")[1] == baseline - 35
    assert rect(doc, "#t")[1] == baseline - 16
    assert rect(doc, "#d")[3] == baseline + 4


def test_atomic_inlines_wrap_like_words():
    doc = lay_out(
        '<div style="width: 100px">'
        '<span id="a" style="display: inline-block; width: 60px; height: 10px"></span>'
        '<span id="b" style="display: inline-block; width: 60px; height: 10px"></span></div>'
    )
    assert rect(doc, "#a")[0] == 0
    assert rect(doc, "#b")[0] == 0
    assert rect(doc, "#b")[1] > rect(doc, "#a")[1]


# -- intrinsic sizes --------------------------------------------------------------------


def _intrinsic(html: str):
    document = Document.from_string(BASE % ("", html))
    node = document.select("#d")[0]
    ctx = LayoutContext(viewport=(800, 600))
    root = build_box_tree(document.root, ctx.viewport)
    box = next(b for b in root.descendants() if b.node is node)
    return inline_intrinsic_sizes(ctx, box)


def test_intrinsic_sizes_of_text():
    assert _intrinsic('<div id="d">aa bbbb c<br>ddddddddd</div>') == (180, 180)
    assert _intrinsic('<div id="d">aa bbbb c</div>') == (80, 180)


def test_intrinsic_sizes_count_inline_edges_and_indent():
    html = '<div id="d" style="text-indent: 10px">a <span style="padding: 0 7px">bb</span></div>'
    # min: the span's "bb" with its paddings (54) vs the indented "a" (30); max: 10 + 40 + 54.
    assert _intrinsic(html) == (54, 104)


def test_intrinsic_min_content_with_overflow_wrap_anywhere():
    assert _intrinsic('<div id="d" style="overflow-wrap: anywhere">aaaa</div>') == (20, 80)


def test_layout_is_repeatable():
    document = Document.from_string(BASE % ("", '<div style="width: 90px">aa bb cc dd</div>'))
    root = layout_tree(document.root, 800, 600)
    first = [(line.y, line.height) for line in root.children[0].children[0].lines]
    root = layout_tree(document.root, 800, 600)
    assert [(line.y, line.height) for line in root.children[0].children[0].lines] == first


# -- more line breaking -----------------------------------------------------------------


def test_break_spaces_wrap_after_each_space():
    # "XXXX" + one space fill 100px; the other three spaces go to line 2 before "X".
    doc = lay_out(
        '<div style="width: 100px; white-space: break-spaces"><span>XXXX</span>'
        '<span>    </span><span id="x">X</span></div>'
    )
    assert rect(doc, "#x") == (60, 20, 20, 20)


def test_wbr_is_a_break_opportunity():
    doc = lay_out('<div id="d" style="width: 100px"><span>XXXX<wbr>XXX</span></div>')
    assert rect(doc, "#d")[3] == 40


def test_soft_hyphen_breaks_and_shows_a_hyphen():
    doc = lay_out('<div style="width: 100px"><span id="s">XX&shy;XXXX</span></div>')
    # "XX-" (60px) on line 1, "XXXX" (80px) on line 2.
    assert fragments(doc, "#s") == [(0, 0, 60, 20), (0, 20, 80, 20)]
    doc = lay_out('<div id="d" style="width: 100px; hyphens: none"><span>XX&shy;XXXX</span></div>')
    assert rect(doc, "#d")[3] == 20


def test_atomic_inline_may_break_after_no_break_space():
    doc = lay_out(
        '<div style="width: 100px"><span>XXXX&nbsp;</span>'
        '<span id="i" style="display: inline-block; width: 40px; height: 10px"></span></div>'
    )
    assert rect(doc, "#i")[:2] == (0, 26)  # on line 2, bottom on its baseline (36)


def test_nowrap_container_keeps_atomic_inlines_together():
    doc = lay_out(
        '<div id="d" style="width: 50px; white-space: nowrap">'
        '<span style="display: inline-block; width: 40px; white-space: normal"></span>'
        '<span id="b" style="display: inline-block; width: 40px; white-space: normal"></span>'
        "</div>"
    )
    assert rect(doc, "#b")[0] == 40


def test_pre_wrap_trailing_spaces_count_at_paragraph_end_when_they_fit():
    # css-text-3 §4.1.2: they conditionally hang: "XX  " is centred as 80px.
    doc = lay_out(
        '<div style="width: 100px; white-space: pre-wrap; text-align: center">'
        '<span id="s">XX  </span></div>'
    )
    assert rect(doc, "#s") == (10, 0, 80, 20)


def test_tab_stops_every_eight_spaces():
    doc = lay_out('<div style="white-space: pre"><span id="s">X\tX</span></div>')
    assert rect(doc, "#s")[2] == 8 * 20 + 20


# -- out-of-flow boxes and markers -------------------------------------------------------


def test_absolute_box_static_position_in_line():
    doc = lay_out(
        '<div style="position: relative; width: 300px"><span>XX</span>'
        '<span id="a" style="position: absolute">Y</span><span>X</span></div>'
    )
    assert rect(doc, "#a")[:2] == (40, 0)


def test_outside_marker_sits_left_of_first_line_on_its_baseline():
    document = Document.from_string(
        BASE % ("ul { margin: 0; padding-left: 100px }", '<ul><li id="li">XX</li></ul>')
    )
    root = layout_tree(document.root, 800, 600)
    item = next(b for b in root.descendants() if b.node is document.select("#li")[0])
    marker = item.children[0]
    assert marker.x + marker.margin_width <= item.content_x
    assert marker.lines[0].baseline == item.lines[0].baseline == 16


def test_intrinsic_sizes_with_atomic_inlines():
    html = (
        '<div id="d">aa <span style="display: inline-block; width: 70px"></span> b'
        '<span style="display: inline-block; width: 30px; margin-left: 5px"></span></div>'
    )
    # min: the widest piece is the 70px box (css-text-3 §5.1: atomic inlines break from
    # the "b" before them); max: everything on one line, the 30px box with its margin.
    assert _intrinsic(html) == (70, 40 + 20 + 70 + 20 + 20 + 35)


def test_intrinsic_min_content_with_word_break_break_word():
    assert _intrinsic('<div id="d" style="word-break: break-word">aaaa</div>') == (20, 80)


def test_intrinsic_break_word_does_not_change_min_content():
    assert _intrinsic('<div id="d" style="overflow-wrap: break-word">aaaa</div>') == (80, 80)


# -- what the geometry reports (Chromium's getBoundingClientRect) --------------------------


def test_float_inside_a_word_goes_on_the_line_when_the_text_before_it_fits():
    # "XXXXXXX" (140px) + the 50px float fit in 200px: the float is placed on this line,
    # though the whole word (180px) then overflows beside it.
    doc = lay_out(
        '<div id="d" style="width: 200px">XXXXXXX'
        '<span id="f" style="float: left; width: 50px; height: 30px"></span>XX</div>'
    )
    assert rect(doc, "#f") == (0, 0, 50, 30)
    assert rect(doc, "#d")[3] == 20


def test_trailing_space_does_not_count_beside_a_float():
    # "XXXX " + a 120px float: 80 + 120 = 200 fits; the rest goes beside and below it.
    doc = lay_out(
        '<div id="d" style="width: 200px">XXXX '
        '<span id="f" style="float: left; width: 120px; height: 30px"></span>XX XXXX</div>'
    )
    assert rect(doc, "#f") == (0, 0, 120, 30)
    assert rect(doc, "#d")[3] == 60


def test_culled_inline_covers_its_content_on_each_line():
    # A span without edges, background or own font reports its text, and for an
    # atomic inline inside it the atomic's width over the span's own content area.
    doc = lay_out(
        '<div style="width: 100px">XXXX <span id="s">XX<img id="i" '
        'style="width: 10px; height: 30px" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        "</span></div>"
    )
    # Line 2: baseline 30px below its top (the image), the span's content area 16px up.
    assert rect(doc, "#i") == (40, 20, 10, 30)
    assert rect(doc, "#s") == (0, 34, 50, 20)


def test_empty_inline_on_a_line_keeps_a_zero_width_content_area():
    doc = lay_out('<div>XX<span id="e"></span>XX</div>')
    assert rect(doc, "#e") == (40, 0, 0, 20)


def test_inline_box_starting_with_a_trimmed_space_starts_on_the_next_line():
    doc = lay_out('<div style="width: 100px"><span>XXXX</span><span id="s">    XXX   </span></div>')
    assert rect(doc, "#s") == (0, 20, 60, 20)


def test_text_advances_round_up_to_layout_units():
    # Text is measured in fixed point, the size truncated to 1/64 px (16.65625px), and
    # fragments are sized in 1/64 px, rounding up (Chromium 156: 16.65625).
    doc = lay_out('<div><span id="s" style="font-size: 16.667px">X</span></div>')
    assert rect(doc, "#s")[2] == 1066 / 64
    # At 13px a 1000-unit glyph scales by 54,526/65,536 per unit: 13 + 1/65,536 px,
    # rounded up to 13 + 1/64.
    doc = lay_out('<div><span id="s" style="font-size: 13px">X</span></div>')
    assert rect(doc, "#s")[2] == 13 + 1 / 64


def test_line_fit_allows_one_layout_unit_css21_9_4_2():
    # Ten 16px glyphs in one text are 160.0003px, rounded up to 160 + 1/64: they fit a
    # 160px line, which holds content reaching up to 1/64 px past its width.
    doc = lay_out('<div id="d" style="width: 160px; font-size: 16px">XXXXX XXXX</div>')
    assert rect(doc, "#d")[3] == 16  # one line
    # 149.99px is 1/64 px narrower than what ten 15px glyphs (150.001px) need.
    doc = lay_out('<div id="d" style="width: 149.99px; font-size: 15px">XXXXX XXXX</div>')
    assert rect(doc, "#d")[3] == 30  # two lines


def test_line_fit_rounds_each_box_text_css21_9_4_2():
    # Split over three boxes, each text is rounded up on its own: 80 + 16 + 64 px, each
    # + 1/64, is 3/64 px too wide for the 160px line, so the last word wraps.
    doc = lay_out(
        '<div id="d" style="width: 160px; font-size: 16px">'
        '<span>XXXXX</span> <span id="w">XXXX</span></div>'
    )
    assert rect(doc, "#d")[3] == 32
    assert rect(doc, "#w")[:2] == (0, 16)


def test_capitalize_full_titlecase_mapping_css_text_3_2_1():
    # css-text-3 §2.1: 'capitalize' titlecases with the full case mappings, so a word's
    # leading "ß" becomes "Ss", one glyph more (Chromium 156 keeps "ß": our Chromium
    # fixture for this paragraph was dropped for that reason; Firefox expands it).
    doc = lay_out('<div><span id="s" style="text-transform: capitalize">ßx ab</span></div>')
    assert rect(doc, "#s")[2] == 6 * 20


def test_line_taller_than_its_strut_is_shortened_by_floats_it_reaches():
    # The 60px inline-block makes the line reach the float (y 30-80): beside it only
    # 100px are left, so "XXXXX" goes to the next line, at y = 64.
    doc = lay_out(
        '<div style="width: 200px; display: flow-root"><div style="height: 30px"></div>'
        '<div style="float: right; width: 100px; height: 50px"></div>'
        '<div style="margin-top: -30px">XX<span style="display: inline-block; width: 20px; '
        'height: 60px"></span> <span id="w">XXXXX</span></div></div>'
    )
    assert rect(doc, "#w") == (0, 64, 100, 20)


# -- text-align-last (css-text-3 §6.3) --------------------------------------------------

# "a b c d e" in 130px: line 1 "a b c" (100px, "a b c d" is 140), line 2 "d e" (60px).
FIVE_WORDS = (
    '<span id="a">a</span> <span id="b">b</span> <span id="c">c</span> '
    '<span id="d">d</span> <span id="e">e</span>'
)


def test_text_align_last_justify_stretches_the_last_line():
    doc = lay_out(
        f'<div style="width: 130px; text-align: justify; text-align-last: justify">'
        f"{FIVE_WORDS}</div>"
    )
    assert rect(doc, "#b")[0] == 55  # line 1: 30px over two spaces, as text-align says
    assert rect(doc, "#d")[0] == 0
    assert rect(doc, "#e")[0] == 110  # line 2: 70px free, all of it in its one space


@pytest.mark.parametrize(
    ("align", "align_last", "first", "last"),
    [
        ("left", "right", 0, 70),  # 130 - 60 on the last line only
        ("left", "end", 0, 70),
        ("left", "center", 0, 35),
        ("right", "left", 30, 0),  # line 1 has 30px free
        ("right", "start", 30, 0),
        ("center", "auto", 15, 35),  # auto: as text-align
        ("justify", "auto", 0, 0),  # auto with justify: start
        ("justify", "center", 0, 35),
        ("justify-all", "auto", 0, 0),  # css-text-3 §6.1: the last line is justified too
    ],
)
def test_text_align_last_aligns_only_the_last_line(align, align_last, first, last):
    doc = lay_out(
        f'<div style="width: 130px; text-align: {align}; text-align-last: {align_last}">'
        f"{FIVE_WORDS}</div>"
    )
    assert rect(doc, "#a")[0] == first
    assert rect(doc, "#d")[0] == last
    if align.startswith("justify"):
        assert rect(doc, "#c")[0] == 110  # line 1 justified: it ends at the right edge
    if align == "justify-all":
        assert rect(doc, "#e")[0] == 110


def test_text_align_last_applies_before_a_forced_break():
    # Line 1 "a" ends with <br>: aligned by text-align-last (right: x = 100 - 20).
    # Line 2 "bb cc" wraps: aligned by text-align (left). Line 3 "dd" is the last line.
    doc = lay_out(
        '<div style="width: 100px; text-align-last: right"><span id="a">a</span><br>'
        '<span id="b">bb</span> cc <span id="d">dd</span></div>'
    )
    assert rect(doc, "#a") == (80, 0, 20, 20)
    assert rect(doc, "#b") == (0, 20, 40, 20)  # "bb cc" is 100px: it fills line 2
    assert rect(doc, "#d") == (60, 40, 40, 20)


def test_text_align_last_justify_before_a_forced_break():
    # "a b" before the <br> is justified too: 100 - 60 = 40px more in its space.
    doc = lay_out(
        '<div style="width: 100px; text-align-last: justify">'
        '<span id="a">a</span> <span id="b">b</span><br>c</div>'
    )
    assert rect(doc, "#a")[0] == 0
    assert rect(doc, "#b")[0] == 80


def test_text_align_last_start_and_end_follow_direction():
    doc = lay_out(
        '<div style="width: 100px; direction: rtl; text-align-last: start">'
        '<span id="a">aa</span></div>'
        '<div style="width: 100px; direction: rtl; text-align-last: end">'
        '<span id="b">aa</span></div>'
    )
    assert rect(doc, "#a")[0] == 60
    assert rect(doc, "#b")[0] == 0


# -- css-text-3 §8.3: the line box's inline base direction ------------------------------

# Strong right-to-left characters: the RIGHT-TO-LEFT MARK advances 0 in every
# font; Hebrew letters, which Ahem lacks, take a system font's advance.
RLM = "\u200f"


def test_css_text_3_line_base_direction_plaintext_per_paragraph():
    # Each bidi paragraph (ended by <br> or a preserved line feed) takes its own
    # direction from its first strong character: rtl lines start on the right.
    doc = lay_out(
        f'<div style="width: 100px; unicode-bidi: plaintext">{RLM}<span id="a">XX</span><br>'
        '<span id="b">XX</span></div>'
        '<div style="width: 100px; unicode-bidi: plaintext; white-space: pre">'
        f'<span id="c">XX</span>\n{RLM}<span id="d">XX</span></div>'
    )
    assert rect(doc, "#a") == (60, 0, 40, 20)
    assert rect(doc, "#b") == (0, 20, 40, 20)
    assert rect(doc, "#c") == (0, 40, 40, 20)
    assert rect(doc, "#d") == (60, 60, 40, 20)


def test_css_text_3_line_base_direction_plaintext_neutral_paragraph_follows_the_line_before():
    # Paragraphs without a strong character take the direction of the line box
    # before; the first line box that of the container. (Chromium 156 makes them
    # left to right instead.)
    doc = lay_out(
        f'<div style="width: 100px; unicode-bidi: plaintext">{RLM}<br>'
        '<span id="a">..</span><br><span id="b">..</span></div>'
        '<div style="width: 100px; unicode-bidi: plaintext; direction: rtl">'
        '<span id="c">..</span><br><span id="d">XX</span><br><span id="e">..</span></div>'
    )
    assert rect(doc, "#a")[0] == 60
    assert rect(doc, "#b")[0] == 60
    assert rect(doc, "#c")[0] == 60
    assert rect(doc, "#d")[0] == 0
    assert rect(doc, "#e")[0] == 0


def test_css_text_3_line_base_direction_sides_of_text_indent_and_text_align():
    # The rtl line's indent is on its right; its end is its left.
    doc = lay_out(
        '<div style="width: 100px; unicode-bidi: plaintext; text-indent: 20px">'
        f'{RLM}<span id="a">XX</span></div>'
        '<div style="width: 100px; unicode-bidi: plaintext; text-align: end">'
        f'{RLM}<span id="b">XX</span><br><span id="c">XX</span></div>'
    )
    assert rect(doc, "#a")[0] == 40  # 100 - 20 - 40
    assert rect(doc, "#b")[0] == 0
    assert rect(doc, "#c")[0] == 60


def test_css_text_3_line_base_direction_without_plaintext_is_the_containers():
    doc = lay_out(
        f'<div style="width: 100px; direction: rtl"><span id="a">XX</span><br>{RLM}</div>'
        f'<div style="width: 100px">{RLM}<span id="b">XX</span></div>'
    )
    assert rect(doc, "#a")[0] == 60
    assert rect(doc, "#b")[0] == 0


def test_html_dir_auto_pre_is_plaintext():
    # HTML §15.3.5: pre[dir=auto] has unicode-bidi: plaintext, each line its direction.
    doc = lay_out(
        '<pre dir="auto" style="width: 100px; margin: 0; font: inherit">'
        f'{RLM}<span id="a">XX</span>\n<span id="b">XX</span></pre>'
    )
    assert rect(doc, "#a")[0] == 60
    assert rect(doc, "#b")[0] == 0


def test_css_text_3_overflowing_line_is_start_aligned_in_rtl():
    # css-text-3 §6.1: content too wide for the line overflows its end edge,
    # the left one in an rtl line, whatever 'text-align' says.
    doc = lay_out(
        '<div style="width: 100px; direction: rtl"><span id="a">XXXXXXX</span></div>'
        '<div style="width: 100px; direction: rtl; text-align: left">'
        '<span id="b">XXXXXXX</span></div>'
        '<div style="width: 100px; text-align: right"><span id="c">XXXXXXX</span></div>'
    )
    assert rect(doc, "#a")[0] == -40
    assert rect(doc, "#b")[0] == -40
    assert rect(doc, "#c")[0] == 0


def test_text_align_last_is_inherited():
    doc = lay_out(
        '<div style="width: 100px; text-align-last: center">'
        '<p style="margin: 0"><span id="a">aa</span></p></div>'
    )
    assert rect(doc, "#a")[0] == 30


def test_text_align_last_match_parent_resolves_start_by_the_parents_direction():
    # The parent's start is its right side (rtl): the ltr child's last line goes right.
    doc = lay_out(
        '<div style="direction: rtl; text-align-last: start; width: 100px">'
        '<div style="direction: ltr; text-align-last: match-parent">'
        '<span id="a">aa</span></div></div>'
    )
    assert rect(doc, "#a")[0] == 60
