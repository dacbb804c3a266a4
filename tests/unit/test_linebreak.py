"""UAX #14 line breaking with the css-text-3 §5 tailorings
(colosseum.text.linebreak), and its effect on inline layout."""

from __future__ import annotations

from itertools import pairwise

import pytest

from colosseum.html import Document
from colosseum.text.linebreak import (
    line_break_class,
    line_break_opportunities,
    resolved_class,
)


def pieces(text: str, **options) -> list[str]:
    """``text`` cut at its break opportunities."""
    cuts = [0, *line_break_opportunities(text, **options), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if b > a]


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("a", "AL"),
        (" ", "SP"),
        ("\u4e00", "ID"),
        ("(", "OP"),
        (")", "CP"),
        ("-", "HY"),
        ("\u00a0", "GL"),
        ("\u3001", "CL"),
        ("1", "NU"),
        ("\u200b", "ZW"),
        ("\ufffc", "CB"),
        ("\u05d0", "HL"),
        ("\u0e01", "SA"),
    ],
)
def test_line_break_property_table(char, name):
    assert line_break_class(char) == name


def test_resolved_classes_lb1():
    assert resolved_class("\u0e01") == "AL"  # SA, not a mark
    assert resolved_class("\u0e31") == "CM"  # SA, a combining mark
    assert resolved_class("\u3041") == "ID"  # CJ: small hiragana, normal line-break
    assert resolved_class("\u3041", line_break="strict") == "NS"
    assert resolved_class("\U000e0001") in ("AL", "CM")  # unassigned/format -> not a crash


def test_breaks_after_spaces_not_before():
    assert pieces("hello world  foo") == ["hello ", "world  ", "foo"]


def test_hyphens_and_punctuation():
    assert pieces("co-operate") == ["co-", "operate"]
    assert pieces("(hello) world.") == ["(hello) ", "world."]
    assert pieces("$100 dollars") == ["$100 ", "dollars"]


def test_no_break_at_glue():
    assert pieces("a\u00a0b c") == ["a\u00a0b ", "c"]


def test_ideographs_break_anywhere_but_not_before_closing_punctuation():
    assert pieces("日本語、テスト") == ["日", "本", "語、", "テ", "ス", "ト"]


def test_objects_have_opportunities_around_them():
    assert pieces("x\ufffcy") == ["x", "\ufffc", "y"]


def test_word_break_break_all_and_keep_all():
    assert pieces("abc def", word_break="break-all") == ["a", "b", "c ", "d", "e", "f"]
    assert pieces("日本語 テスト", word_break="keep-all") == ["日本語 ", "テスト"]


def test_line_break_anywhere():
    assert pieces("a-b", line_break="anywhere") == ["a", "-", "b"]


def test_mandatory_breaks():
    assert line_break_opportunities("a\nb") == [2]


def test_zero_width_space_is_an_opportunity():
    assert pieces("ab\u200bcd") == ["ab\u200b", "cd"]


def test_regional_indicators_pair():
    flags = "\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea"  # FR DE
    assert pieces(flags) == [flags[:2], flags[2:]]


# -- in layout --------------------------------------------------------------------------

BASE = "<!DOCTYPE html><style>body { margin: 0; font: 20px/1 Ahem }</style><body>%s"


def lines_of(body: str) -> float:
    document = Document.from_string(BASE % body)
    document.layout(800, 600)
    return document.select("#d")[0].layout.border_box.height / 20


def test_cjk_text_wraps_between_ideographs():
    assert lines_of('<div id="d" style="width: 60px">日本語日本語日本</div>') == 3


def test_keep_all_keeps_cjk_together():
    assert lines_of('<div id="d" style="width: 60px; word-break: keep-all">日本語日本</div>') == 1


def test_break_all_breaks_latin_words():
    assert lines_of('<div id="d" style="width: 60px; word-break: break-all">abcdefgh</div>') == 3


@pytest.mark.parametrize("value", ["anywhere", "break-word"])
def test_overflow_wrap_breaks_overlong_words(value):
    assert lines_of(f'<div id="d" style="width: 60px; overflow-wrap: {value}">abcdefgh</div>') == 3


def test_nowrap_suppresses_opportunities():
    assert lines_of('<div id="d" style="width: 60px; white-space: nowrap">ab cd ef</div>') == 1


def test_chromium_tailorings_of_hyphen_and_solidus():
    assert pieces("XXX-1234") == ["XXX-", "1234"]  # a hyphen after a letter
    assert pieces("a -12") == ["a ", "-12"]  # a minus sign stays on its number
    assert pieces("XXX/XXXX") == ["XXX/XXXX"]
