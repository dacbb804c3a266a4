"""The Unicode Bidirectional Algorithm (colosseum.text.bidi, UAX #9) and
its use for 'direction' and 'unicode-bidi' in inline layout (CSS 2.1
§9.10, §8.6)."""

from __future__ import annotations

import pytest

from colosseum.html import Document
from colosseum.text.bidi import (
    LRO,
    PDF,
    PDI,
    RLE,
    RLI,
    RLO,
    embedding_levels,
    first_strong_level,
    needs_bidi,
    paragraph_level,
    reorder,
    split_paragraphs,
    trailing_whitespace_levels,
)

ALEF, BET, GIMEL = "\u05d0", "\u05d1", "\u05d2"


def visual(text: str, base=None) -> str:
    levels = embedding_levels(text, base)
    return "".join(text[i] for i in reorder(levels))


def test_paragraph_level_from_first_strong_character():
    assert paragraph_level("123 abc") == 0
    assert paragraph_level(f"123 {ALEF}bc") == 1
    assert paragraph_level(f"{RLI}{ALEF}{PDI} abc") == 0  # isolates are skipped


def test_uax9_p1_paragraphs_end_after_each_paragraph_separator():
    assert split_paragraphs("ab\ncd\u2029ef") == [(0, 3), (3, 6), (6, 8)]
    assert split_paragraphs("a\r\nb") == [(0, 3), (3, 4)]  # CR LF is one separator
    assert split_paragraphs("ab\n") == [(0, 3)]
    assert split_paragraphs("") == [(0, 0)]
    assert split_paragraphs("a\tb\u2028c") == [(0, 5)]  # S and WS do not end paragraphs


def test_uax9_p2_p3_first_strong_level_skips_isolates_and_stops_at_the_paragraph_end():
    assert first_strong_level("12 .") is None
    assert first_strong_level(f"{RLI}{ALEF}{PDI}.") is None
    assert first_strong_level("1a") == 0
    assert first_strong_level(f"1{ALEF}") == 1
    assert first_strong_level(f".\n{ALEF}") is None


def test_uax9_p1_each_paragraph_is_resolved_on_its_own():
    # P2-P3 per paragraph: the first is right to left, the second left to right.
    assert embedding_levels(f"{ALEF}\nab") == [1, 1, 0, 0]
    # The neutral after the separator sees the paragraph start (sos L), not the
    # alef before the separator: it takes level 0, not 1.
    assert embedding_levels(f"{ALEF}\n.{BET}", 0) == [1, 0, 0, 1]
    # X8: an embedding ends with its paragraph.
    assert embedding_levels(f"{RLE}ab\ncd", 0)[4:] == [0, 0]


def test_hebrew_run_in_latin_text_is_reversed():
    assert embedding_levels(f"ab {ALEF}{BET} c") == [0, 0, 0, 1, 1, 0, 0]
    assert visual(f"ab {ALEF}{BET} c") == f"ab {BET}{ALEF} c"


def test_latin_in_rtl_paragraph_gets_level_two():
    assert embedding_levels("ab cd", 1) == [2, 2, 2, 2, 2]
    assert visual(f"{ALEF} ab {BET}", 1) == f"{BET} ab {ALEF}"


def test_numbers_after_arabic_letters_are_arabic_numbers():
    # W2: EN after AL becomes AN; I1: AN at an even level goes up by two.
    assert embedding_levels("\u0627 12", 0)[2:] == [2, 2]


def test_neutrals_between_different_directions_take_the_embedding_direction():
    assert embedding_levels(f"a {ALEF}", 0) == [0, 0, 1]
    assert embedding_levels(f"a {ALEF}", 1) == [2, 1, 1]


def test_overrides_and_embeddings():
    assert visual(f"{RLO}abc{PDF} d", 0).replace(RLO, "").replace(PDF, "") == "cba d"
    levels = embedding_levels(f"{RLO}abc{PDF}d", 0)
    assert levels[1:4] == [1, 1, 1] and levels[5] == 0
    assert embedding_levels(f"{LRO}{ALEF}{BET}{PDF}", 1)[1:3] == [2, 2]
    assert embedding_levels(f"{RLE}ab{PDF}", 0)[1:3] == [2, 2]


def test_reorder_reverses_from_highest_level():
    assert reorder([0, 0, 1, 1, 2, 2, 1, 0]) == [0, 1, 6, 4, 5, 3, 2, 7]
    assert reorder([]) == []


def test_trailing_whitespace_goes_to_paragraph_level():
    assert trailing_whitespace_levels("ab  ", [1, 1, 1, 1], 0) == [1, 1, 0, 0]


def test_needs_bidi():
    assert not needs_bidi("plain ascii text, 123")
    assert needs_bidi(f"x{ALEF}")


# -- in layout ----------------------------------------------------------------------------

BASE = "<!DOCTYPE html><style>body { margin: 0; font: 20px/1 Ahem }</style><body>%s"


def lay_out(body: str) -> Document:
    document = Document.from_string(BASE % body)
    document.layout(800, 600)
    return document


def x_of(document, selector: str) -> float:
    return document.select(selector)[0].layout.border_box.x


def test_rtl_paragraph_aligns_right_and_keeps_latin_order():
    doc = lay_out(
        '<div style="width: 300px; direction: rtl"><span id="a">XX</span> '
        '<span id="b">X</span></div>'
    )
    # "XX X" is one left-to-right run (level 2) at the right: 300 - 80 = 220.
    assert x_of(doc, "#a") == 220
    assert x_of(doc, "#b") == 280


def test_bidi_override_reverses_boxes():
    doc = lay_out(
        '<div style="width: 300px"><span style="unicode-bidi: bidi-override; direction: rtl">'
        '<span id="a">X</span><span id="b">XX</span></span></div>'
    )
    assert x_of(doc, "#a") == 40
    assert x_of(doc, "#b") == 0


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_inline_edges_follow_direction_when_split(direction):
    # A box split over two lines: in rtl its first fragment has the right padding,
    # the last the left one (CSS 2.1 §8.6).
    doc = lay_out(
        f'<div style="width: 100px; direction: {direction}; text-align: left">'
        f'<span id="s" style="padding: 0 20px 0 0; direction: {direction}">XX XXXX</span></div>'
    )
    fragments = doc.select("#s")[0].layout.fragments
    first, last = fragments[0], fragments[-1]
    if direction == "ltr":
        assert (first.width, last.width) == (40, 100)
    else:
        assert (first.width, last.width) == (60, 80)
    assert first.x == 0


def test_paired_brackets_n0():
    # Inside the brackets only L, the embedding direction is R and the text before them
    # is R: the brackets take the embedding direction (level 1), "b" stays at 2.
    assert embedding_levels(f"{ALEF}(b)c", 1) == [1, 1, 2, 1, 2]
    # Inside only R in an L paragraph, L before: the brackets stay L.
    assert embedding_levels(f"ab({ALEF}{BET})", 0) == [0, 0, 0, 1, 1, 0]
    # Inside only R, R before: the brackets follow the R context.
    assert embedding_levels(f"{ALEF} ({BET}) ", 0)[2:5] == [1, 1, 1]


# -- bidi paragraphs (CSS 2.1 §9.10, css-writing-modes-3 §2.4) ------------------------------


def test_css21_9_10_br_ends_the_bidi_paragraph():
    # After the <br> a new paragraph starts: the two dots see its start (L), not
    # the alef before the break, and stay left to right before the bet.
    doc = lay_out(
        f'<div style="width: 300px">X{ALEF}<br><span id="a">.</span><span id="b">.</span>'
        f"{BET}</div>"
    )
    assert (x_of(doc, "#a"), x_of(doc, "#b")) == (0, 20)


def test_css21_9_10_preserved_line_feed_ends_the_bidi_paragraph():
    doc = lay_out(
        f'<div style="width: 300px; white-space: pre">X{ALEF}\n'
        f'<span id="a">.</span><span id="b">.</span>{BET}</div>'
    )
    assert (x_of(doc, "#a"), x_of(doc, "#b")) == (0, 20)


def test_css_writing_modes_3_2_4_embedding_is_reopened_after_a_paragraph_break():
    # §2.4 "Paragraph Breaks Within Embeddings": the rtl embedding goes on after the
    # <br>, so the two dots of line 2 are at level 1 and read right to left.
    doc = lay_out(
        '<div style="width: 300px"><span style="unicode-bidi: embed; direction: rtl">X<br>'
        '<span id="a">.</span><span id="b">.</span></span></div>'
    )
    assert (x_of(doc, "#a"), x_of(doc, "#b")) == (20, 0)


def test_css_writing_modes_3_2_4_plaintext_inline_direction_per_isolated_sequence():
    # The isolate reopened after the <br> takes its direction from the alef (rtl):
    # the dot after it goes to its left.
    doc = lay_out(
        '<div style="width: 300px"><span style="unicode-bidi: plaintext">a.<br>'
        f'<span id="a">{ALEF}</span><span id="b">.</span></span></div>'
    )
    assert (x_of(doc, "#a"), x_of(doc, "#b")) == (20, 0)
