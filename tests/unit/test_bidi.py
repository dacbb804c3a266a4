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
    needs_bidi,
    paragraph_level,
    reorder,
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
