"""'text-transform' (css-text-3 §2.1, CSS 2.1 §16.5): colosseum.text.transform.

Expected outputs come from the specification text, its examples and the
Unicode data it points to; each test names the section it checks.
"""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colosseum.style.values import Ident
from colosseum.text.transform import (
    FULL_SIZE_KANA,
    FULL_WIDTH,
    TextTransform,
    apply_text_transform,
    capitalize,
    full_size_kana,
    full_width,
    parse_text_transform,
    transform_runs,
)
from colosseum.text.whitespace import process_white_space


def test_none_changes_nothing_css_text_3_2_1():
    """§2.1 none: "No effects"."""
    text = "Mixed CASE ß ｱ ぁ text"
    assert apply_text_transform(text, "none") == text
    assert apply_text_transform(text, None) == text
    assert apply_text_transform(text, Ident("none")) == text


# -- parsing -------------------------------------------------------------------------------


def test_parse_grammar_css_text_3_2_1():
    """Value: none | [capitalize | uppercase | lowercase] || full-width || full-size-kana."""
    assert parse_text_transform("none") == TextTransform()
    assert parse_text_transform("uppercase") == TextTransform("uppercase")
    assert parse_text_transform("full-size-kana full-width capitalize") == TextTransform(
        "capitalize", True, True
    )
    assert parse_text_transform(["FULL-WIDTH"]) == TextTransform(None, True)
    for bad in ("", "none uppercase", "uppercase lowercase", "full-width full-width", "small"):
        with pytest.raises(ValueError, match="text-transform"):
            parse_text_transform(bad)


# -- case transforms (css-text-3 §2.1, §2.1.1) ---------------------------------------------------


def test_uppercase_full_case_mapping_css_text_3_2_1_1():
    """§2.1.1: "The UA must use the full case mappings for Unicode characters",
    so ß becomes SS, ŉ becomes U+02BC N, ﬁ becomes FI."""
    assert apply_text_transform("straße", "uppercase") == "STRASSE"
    assert apply_text_transform("ŉ ﬁ ǆ", "uppercase") == "\u02bcN FI Ǆ"
    assert apply_text_transform("hello, world! 123", "uppercase") == "HELLO, WORLD! 123"
    assert apply_text_transform("中文 かな", "uppercase") == "中文 かな"  # unicase scripts


def test_lowercase_full_and_conditional_mappings_css_text_3_2_1_1():
    """§2.1.1: full case mappings "including any conditional casing rules":
    Final_Sigma gives ς at the end of a word; İ lowercases to i + U+0307."""
    assert apply_text_transform("HELLO World", "lowercase") == "hello world"
    assert apply_text_transform("ΟΔΟΣ ΣΟΦΟΣ.", "lowercase") == "οδος σοφος."
    assert apply_text_transform("İ", "lowercase") == "i\u0307"


def test_case_transforms_are_language_insensitive():
    """§2.1.1 applies language-specific rules (SpecialCasing.txt) only for a
    known content language; Colosseum applies none, whatever the language:
    Turkish I/i map as in other languages (no dotless i, U+0131, or dotted I, U+0130)."""
    assert apply_text_transform("i", "uppercase", language="tr") == "I"
    assert apply_text_transform("I", "lowercase", language="tr") == "i"
    assert apply_text_transform("ijs", "capitalize", language="nl") == "Ijs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello world", "Hello World"),
        ("don't stop", "Don't Stop"),  # apostrophe inside a word
        ("don\u2019t", "Don\u2019t"),
        ("o'neil", "O'neil"),
        ("hello-world", "Hello-World"),  # hyphen separates words
        ("foo_bar", "Foo_bar"),  # connector punctuation joins
        ("a.b", "A.B"),
        ("(abc) [def]", "(Abc) [Def]"),  # the first *letter* unit, after punctuation
        ("«abc» ¿qué?", "«Abc» ¿Qué?"),
        ("'quoted' \"double\"", "'Quoted' \"Double\""),
        ("3rd place", "3rd Place"),  # a number is the word's first letter unit
        ("x1y 1x", "X1y 1x"),
        ("e\u0301a", "E\u0301a"),  # a combining mark belongs to its letter
        ("ex\u00adample", "Ex\u00adample"),  # soft hyphen inside a word
        ("a\u00a0b a\u3000b a\u200bb", "A\u00a0B A\u3000B A\u200bB"),
        ("中a", "中A"),  # an ideograph is a word by itself
        ("ALREADY Upper", "ALREADY Upper"),  # other characters unaffected
        ("mIXED", "MIXED"),
    ],
)
def test_capitalize_words_css_text_3_2_1(text, expected):
    """§2.1 capitalize: "Puts the first typographic letter unit of each word,
    if lowercase, in titlecase; other characters are unaffected"; a
    typographic letter unit is of general category Letter or Number (§1.3)."""
    assert apply_text_transform(text, "capitalize") == expected


def test_capitalize_uses_titlecase_css_text_3_2_1():
    """§2.1: titlecase, not uppercase (ǆ → ǅ), with full mappings (ß → Ss,
    ﬁ → Fi); a titlecase or uppercase letter is not lowercase, so stays."""
    assert capitalize("ǆemal") == "ǅemal"
    assert capitalize("ßa") == "Ssa"
    assert capitalize("ﬁsh") == "Fish"
    assert capitalize("ǅa Ǆa") == "ǅa Ǆa"
    assert capitalize("ʰa") == "ʰa"  # a modifier letter without a titlecase form


def test_capitalize_ignores_inline_boundaries_css_text_3_2_1_1():
    """§2.1.1: "inline element boundaries must not introduce a 'text-transform'
    word boundary"."""
    runs = [("a", "capitalize"), ("bc d", "capitalize"), ("ef x ", "capitalize"), ("yz", None)]
    assert transform_runs(runs) == ["A", "bc D", "ef X ", "yz"]
    assert transform_runs([("3", None), ("rd", "capitalize")]) == ["3", "rd"]
    assert transform_runs([("don'", "none"), ("t", "capitalize")]) == ["don'", "t"]
    assert transform_runs([("'", "none"), ("t", "capitalize")]) == ["'", "T"]
    assert transform_runs([("a", "none"), (None, "none"), ("b", "capitalize")]) == [
        "a",
        None,
        "B",
    ]
    assert apply_text_transform("bc", "capitalize", previous="a") == "bc"
    assert apply_text_transform("bc", "capitalize", previous="a ") == "Bc"
    assert capitalize("bc", previous="x\u0301") == "bc"


# -- full-width and full-size-kana (css-text-3 §2.1, §2.1.1, Appendix G) --------------------


def test_full_width_ascii_and_space_css_text_3_2_1_1():
    """§2.1.1: full-width maps back from the <wide> decompositions: U+0021-007E
    to U+FF01-FF5E and the space to U+3000 IDEOGRAPHIC SPACE."""
    ascii_ = "".join(chr(cp) for cp in range(0x21, 0x7F))
    assert full_width(ascii_) == "".join(chr(cp) for cp in range(0xFF01, 0xFF5F))
    assert apply_text_transform("AB 12", "full-width") == "\uff21\uff22\u3000\uff11\uff12"
    assert full_width("¢£¬¯¦¥₩⦅⦆") == "\uffe0\uffe1\uffe2\uffe3\uffe4\uffe5\uffe6\uff5f\uff60"


def test_full_width_narrow_forms_css_text_3_2_1_1():
    """§2.1.1: a <narrow> code point maps to its decomposition: halfwidth
    katakana, Hangul and symbols to their ordinary forms; per code point, so a
    halfwidth voiced mark becomes the combining one (no normalization)."""
    assert full_width("ｱｶﾞ") == "アカ\u3099"
    assert full_width("\uffa1\uff61\uffe8") == "\u3131\u3002\u2502"


def test_full_width_leaves_the_rest_alone():
    """§2.1: "If a character does not have a corresponding full-width form, it
    is left as is"."""
    text = "\t\n\u00a0中文あア\uff21é"
    assert full_width(text) == text


def test_full_width_table_is_all_of_unicode_wide_and_narrow():
    """The table built from U+3000 and the Halfwidth and Fullwidth Forms block
    covers every <wide> and <narrow> decomposition in the Unicode database."""
    expected = {}
    for cp in range(0x110000):
        tag, _, mapping = unicodedata.decomposition(chr(cp)).partition(" ")
        if tag == "<narrow>":
            expected[cp] = int(mapping, 16)
        elif tag == "<wide>":
            expected[int(mapping, 16)] = cp
    assert expected == FULL_WIDTH


def test_full_size_kana_appendix_g():
    """Appendix G: every small kana maps to its full-size kana; the example of
    §2.1: じゅう reads じゆう."""
    assert len(FULL_SIZE_KANA) == 49  # the rows of the table
    assert apply_text_transform("じゅう", "full-size-kana") == "じゆう"
    assert full_size_kana("ぁぃぅぇぉゕゖっゃゅょゎ") == "あいうえおかけつやゆよわ"
    assert full_size_kana("ァィゥェォヵㇰヶㇱㇲッㇳㇴㇵㇶㇷㇸㇹㇺャュョㇻㇼㇽㇾㇿヮ") == (
        "アイウエオカクケシスツトヌハヒフヘホムヤユヨラリルレロワ"
    )
    assert full_size_kana("ｧｨｩｪｫｯｬｭｮ") == "ｱｲｳｴｵﾂﾔﾕﾖ"  # halfwidth stays halfwidth
    for small, large in FULL_SIZE_KANA.items():
        assert unicodedata.name(chr(large)) in unicodedata.name(chr(small)).replace("SMALL ", "")
    assert full_size_kana("あア漢a") == "あア漢a"


def test_order_of_operations_css_text_3_2_1_2():
    """§2.1.2: capitalize/uppercase/lowercase, then full-width, then
    full-size-kana."""
    assert apply_text_transform("ß", "full-width uppercase") == "\uff33\uff33"
    assert apply_text_transform("ｧ", "full-size-kana") == "ｱ"
    assert apply_text_transform("ｧ", "full-size-kana full-width") == "ア"
    assert (
        apply_text_transform("ab cd", "capitalize full-width") == "\uff21\uff42\u3000\uff23\uff44"
    )


def test_transform_after_white_space_phase_1_css_text_3_2_1_2():
    """§2.1.2: "Text transformation happens after Phase I but before Phase II.
    This means that full-width only transforms spaces (U+0020) to U+3000
    IDEOGRAPHIC SPACE within preserved white space"; spaces collapsed away in
    phase I are gone by then."""
    (normal,) = process_white_space([("a   b", "normal")])
    assert apply_text_transform(normal.text, "full-width") == "\uff41\u3000\uff42"
    (pre_wrap,) = process_white_space([("a   b", "pre-wrap")])
    assert apply_text_transform(pre_wrap.text, "full-width") == "\uff41\u3000\u3000\u3000\uff42"


# -- properties ----------------------------------------------------------------------------------

_TEXT = st.text(
    st.sampled_from(list("abcXYZß'\u2019-_. 3\u0301\u00ad中かァｧｶﾞ\u3000\u00a0éǆﬁ")), max_size=16
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_width_and_kana_are_idempotent_and_length_preserving(text):
    """full-width and full-size-kana map code point to code point."""
    for value in ("full-width", "full-size-kana", "full-width full-size-kana"):
        once = apply_text_transform(text, value)
        assert len(once) == len(text)
        assert apply_text_transform(once, value) == once


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, st.sampled_from(["capitalize", "uppercase", "full-width", "none"]))
def test_inline_boundaries_change_nothing(first, second, value):
    """Transforming two runs equals transforming their concatenation (§2.1.1:
    inline boundaries are no word boundaries). Lowercase is left out: Python's
    Final_Sigma context does not see across runs."""
    runs = transform_runs([(first, value), (second, value)])
    assert runs[0] + runs[1] == apply_text_transform(first + second, value)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("abcXYZ'-_. 3")), max_size=20))
def test_capitalize_only_uppercases_word_starts(text):
    """For ASCII, capitalize changes letters only to uppercase, only at the
    start of a word, and is idempotent."""
    out = capitalize(text)
    assert out.lower() == text.lower()
    assert capitalize(out) == out
    for index, (before, after) in enumerate(zip(text, out, strict=True)):
        if before != after:
            assert after == before.upper()
            assert index == 0 or not text[index - 1].isalnum()
