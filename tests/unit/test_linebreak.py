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


# -- UAX #14 (Unicode 15.1/16) rules ------------------------------------------------------


def test_uax14_lb1_keeps_the_aksara_classes():
    assert resolved_class("\u1b13") == "AK"  # BALINESE LETTER KA
    assert resolved_class("\u1b44") == "VI"  # BALINESE ADEG ADEG (virama)
    assert resolved_class("\u1bc0") == "AS"  # BATAK LETTER A
    assert resolved_class("\u1bf2") == "VF"  # BATAK PANGOLAT
    assert resolved_class("\U00011003") == "AP"  # BRAHMI SIGN JIHVAMULIYA


def test_uax14_lb15a_initial_quote_after_space():
    # A Pi quotation mark after a space keeps the spaces after it and what follows.
    assert pieces("x \u201c hello") == ["x ", "\u201c hello"]
    assert pieces("\u00ab  foo") == ["\u00ab  foo"]  # at the start of the text


def test_uax14_lb15a_lb15b_french_guillemets():
    assert pieces("\u00ab foo \u00bb") == ["\u00ab foo \u00bb"]
    text = "il dit \u00ab bonjour \u00bb et part"
    assert pieces(text) == ["il ", "dit ", "\u00ab bonjour \u00bb ", "et ", "part"]


def test_uax14_lb15a_quote_after_a_letter_is_not_initial():
    # German „…“: the closing “ is Pi but follows a letter, so a line may break
    # after its space; „ is OP (LB14 keeps it on the next word).
    assert pieces("\u201eHallo\u201c sagte er") == ["\u201eHallo\u201c ", "sagte ", "er"]
    assert pieces("er sagte \u201e Hallo") == ["er ", "sagte ", "\u201e Hallo"]


def test_uax14_lb15b_final_quote_after_space():
    assert pieces("x \u00bb y") == ["x \u00bb ", "y"]  # SP after it
    assert pieces("foo \u201d") == ["foo \u201d"]  # end of text
    assert pieces("foo \u201d.") == ["foo \u201d."]  # IS after it


def test_uax14_lb15b_final_quote_before_a_letter_breaks_after_space():
    # Swedish ”…” opens with a Pf mark: it is not followed by a closer here.
    text = "han sa \u201dhej\u201d d\u00e5"
    assert pieces(text) == ["han ", "sa ", "\u201dhej\u201d ", "d\u00e5"]


def test_uax14_lb15c_break_before_a_number_starting_with_a_separator():
    assert pieces("subtract .5") == ["subtract ", ".5"]
    assert pieces("x ,25 y") == ["x ", ",25 ", "y"]


def test_uax14_lb15d_no_break_before_other_infix_separators():
    assert pieces("a .b") == ["a .b"]
    assert pieces("3 .") == ["3 ."]
    assert pieces("( .5") == ["( .5"]  # LB14 comes first


def test_uax14_lb19_ascii_quotes_stick():
    assert pieces('\u4e2d"\u6587"\u4e2d') == ['\u4e2d"\u6587"\u4e2d']
    assert pieces('say "hi" now') == ["say ", '"hi" ', "now"]


def test_uax14_lb19a_quotes_between_east_asian_characters():
    # A Pi mark may break from a preceding ideograph when an ideograph
    # follows it, a Pf mark from a following one when an ideograph precedes it.
    text = "\u4e2d\u201c\u6587\u201d\u4e2d"
    assert pieces(text) == ["\u4e2d", "\u201c\u6587\u201d", "\u4e2d"]


def test_uax14_lb19a_quotes_next_to_other_characters_stick():
    assert pieces("\u4e2d\u201ca\u201d\u4e2d") == ["\u4e2d\u201ca\u201d\u4e2d"]
    assert pieces("a\u201c\u6587") == ["a\u201c\u6587"]
    assert pieces("\u4e2d\u201c") == ["\u4e2d\u201c"]  # end of text


def test_uax14_lb20a_word_initial_hyphen_stays_on_its_word():
    assert pieces("a -b c") == ["a ", "-b ", "c"]
    assert pieces("-foo") == ["-foo"]
    assert pieces("x \u2010foo") == ["x ", "\u2010foo"]  # U+2010 HYPHEN (BA)
    assert pieces("co-operate") == ["co-", "operate"]  # not word-initial


def test_uax14_lb21a_hebrew_hyphen():
    # A hyphen after a Hebrew letter stays on it, unless a Hebrew letter follows.
    assert pieces("\u05d0-a") == ["\u05d0-a"]
    assert pieces("\u05d0\u2010a") == ["\u05d0\u2010a"]
    assert pieces("\u05d0-\u05d1") == ["\u05d0-", "\u05d1"]


def test_uax14_lb28a_balinese_virama_joins_syllables():
    # KA ADEG-ADEG KA: a conjunct, one orthographic syllable.
    assert pieces("\u1b13\u1b44\u1b13") == ["\u1b13\u1b44\u1b13"]
    # Javanese KA PANGKON KA.
    assert pieces("\ua98f\ua9c0\ua98f") == ["\ua98f\ua9c0\ua98f"]


def test_uax14_lb28a_breaks_between_orthographic_syllables():
    assert pieces("\u1b13\u1b13") == ["\u1b13", "\u1b13"]
    # KA + vowel sign ULU (a combining mark, LB9), then KA.
    assert pieces("\u1b13\u1b36\u1b13") == ["\u1b13\u1b36", "\u1b13"]
    assert pieces("\u1b13\u1b13\u1b44\u1b13") == ["\u1b13", "\u1b13\u1b44\u1b13"]


def test_uax14_lb28a_final_consonant_and_pre_base_repha():
    # Batak A A PANGOLAT: no break before an aksara that a final consonant follows.
    assert pieces("\u1bc0\u1bc0\u1bf2") == ["\u1bc0\u1bc0\u1bf2"]
    assert pieces("\u1bc0\u1bc0") == ["\u1bc0", "\u1bc0"]
    # Brahmi JIHVAMULIYA (AP) before KA.
    assert pieces("\U00011003\U00011013") == ["\U00011003\U00011013"]


def test_uax14_lb28a_dotted_circle_is_an_aksara():
    assert pieces("\u25cc\u1b44\u1b13") == ["\u25cc\u1b44\u1b13"]
    assert pieces("\u25cc\u1b13") == ["\u25cc", "\u1b13"]


def test_uax14_lb30_parentheses_after_letters():
    assert pieces("a(b)c") == ["a(b)c"]
    assert pieces("a\uff08b") == ["a", "\uff08b"]  # fullwidth opening parenthesis
