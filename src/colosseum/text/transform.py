"""'text-transform': css-text-3 §2.1 (CSS 2.1 §16.5).

Order of operations
-------------------
css-text-3 §2.1.2: "Text transformation happens after Phase I but before
Phase II" of white space processing. So layout runs
``colosseum.text.whitespace.process_white_space`` first, then this module on
each run's processed text, then phase II (``trim_line``) and line breaking on
the transformed text. One consequence, as the spec notes: ``full-width`` only
turns spaces that survived phase I into U+3000 IDEOGRAPHIC SPACE; the spaces
phase I collapsed away are gone by then. (The transformed U+3000 is no longer
a collapsible space but an "other space separator", which hangs at the end of
a line instead of being removed.) Within one value the transforms apply in the
order §2.1.2 gives: the case transform, then ``full-width``, then
``full-size-kana``.

Language
--------
The transforms are language-insensitive: ``language`` is accepted for the
future, but no language-specific rules (Turkish and Azeri dotted/dotless i,
Lithuanian dot retention, Greek accent removal in uppercase, Dutch "IJ") are
applied; §2.1.1 asks for those only when the content language is known. The
language-independent full case mappings of the Unicode Default Case
Algorithms, conditional ones included (Final_Sigma), are Python's ``str.upper``,
``str.lower`` and ``str.title``: "ß" uppercases to "SS", "ΟΔΟΣ" lowercases to
"οδος" with a final sigma, "İ" lowercases to "i̇" (i and U+0307).

Words, for ``capitalize``
-------------------------
§2.1.1 leaves what a "word" is to the UA (UAX #29 suggested). Here each
character is one of:

- a *letter unit*: general category L* or N*. The first one of a word is put
  in titlecase if it is lowercase (``str.title``: "ǆ" → "ǅ", "ß" → "Ss",
  "ﬁ" → "Fi"); a number counts as the word's first letter unit too, so "3rd"
  stays "3rd" and "x1y" becomes "X1y".
- *word-internal*: combining marks (M*), format characters (Cf, such as the
  soft hyphen, joiners and bidi controls) except U+200B ZERO WIDTH SPACE,
  connector punctuation (Pc: "foo_bar" → "Foo_bar"), and the apostrophes and
  middle dots UAX #29 lists as MidLetter/MidNumLet inside words (U+0027,
  U+2019, U+00B7, U+0387, U+05F4, U+2027, U+FE13, U+FE55, U+FF07): "don't" →
  "Don't", "l·l" → "L·l". They neither start nor end a word; at a word's start
  they are skipped ("'quoted'" → "'Quoted'").
- an *ideograph*: a Lo character of East Asian Width Wide or Fullwidth that is
  not Hangul (Han, kana, ...): a word by itself, as UAX #29 makes it, so in
  "中a" the "a" starts a new word.
- everything else *separates* words: white space and other Z*, ZWSP, other
  punctuation ("hello-world" → "Hello-World", "a.b" → "A.B"), symbols,
  controls, and atomic inlines.

This matches Chromium on all of the above except that Chromium leaves "ß" and
"ﬁ" alone where the Unicode titlecase mapping gives "Ss" and "Fi". Inline box
boundaries are no word boundaries (§2.1.1): :func:`transform_runs` carries the
word state from run to run, and :func:`apply_text_transform` takes the text
before the run as ``previous``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "FULL_SIZE_KANA",
    "FULL_WIDTH",
    "TEXT_TRANSFORM_KEYWORDS",
    "TextTransform",
    "apply_text_transform",
    "capitalize",
    "full_size_kana",
    "full_width",
    "parse_text_transform",
    "transform_runs",
]

CASE_KEYWORDS = ("capitalize", "uppercase", "lowercase")
TEXT_TRANSFORM_KEYWORDS = ("none", *CASE_KEYWORDS, "full-width", "full-size-kana")
_GRAMMAR = "none | [capitalize | uppercase | lowercase] || full-width || full-size-kana"


class TextTransform(NamedTuple):
    """A parsed 'text-transform' value."""

    case: str | None = None  # "capitalize", "uppercase", "lowercase" or None
    full_width: bool = False
    full_size_kana: bool = False

    @property
    def is_none(self) -> bool:
        return self.case is None and not self.full_width and not self.full_size_kana


_NONE = TextTransform()


@lru_cache(maxsize=64)
def _parse(keywords: tuple[str, ...]) -> TextTransform:
    if keywords == ("none",):
        return _NONE
    case = None
    width = kana = False
    for keyword in keywords:
        if keyword in CASE_KEYWORDS and case is None:
            case = keyword
        elif keyword == "full-width" and not width:
            width = True
        elif keyword == "full-size-kana" and not kana:
            kana = True
        else:
            raise ValueError(
                f"Invalid value {' '.join(keywords)!r} for text-transform: expected {_GRAMMAR}"
            )
    if not keywords:
        raise ValueError(f"Invalid value '' for text-transform: expected {_GRAMMAR}")
    return TextTransform(case, width, kana)


def parse_text_transform(value: str | Iterable[str] | TextTransform | None) -> TextTransform:
    """A 'text-transform' value as a :class:`TextTransform`: a string of
    keywords (``"uppercase full-width"``), an iterable of keywords, a
    :class:`TextTransform`, or ``None`` for ``none``. Raises ``ValueError``
    for anything outside css-text-3's grammar."""
    if value is None:
        return _NONE
    if isinstance(value, TextTransform):
        return value
    if isinstance(value, str):
        keywords = tuple(value.lower().split())
    else:
        keywords = tuple(str.lower(keyword) for keyword in value)
    return _parse(keywords)


# -- full-width (css-text-3 §2.1.1, UAX #11, UAX #44) ----------------------------------------


def _full_width_table() -> dict[int, int]:
    """Code points with a ``<narrow>`` decomposition map to it; the decomposition
    of each ``<wide>`` code point maps back to that code point. All of them are
    U+3000 and the Halfwidth and Fullwidth Forms block (a test checks this
    against the whole of Unicode)."""
    table = {}
    for cp in (0x3000, *range(0xFF00, 0xFFF0)):
        tag, _, mapping = unicodedata.decomposition(chr(cp)).partition(" ")
        if tag == "<narrow>":
            table[cp] = int(mapping, 16)
        elif tag == "<wide>":
            table[int(mapping, 16)] = cp
    return table


#: ``str.translate`` table to full-width forms: U+0020 → U+3000, U+0021-007E →
#: U+FF01-FF5E, ¢£¬¯¦¥₩ and ⦅⦆ to their fullwidth forms, halfwidth katakana,
#: Hangul and symbols to their ordinary forms.
FULL_WIDTH: dict[int, int] = _full_width_table()

#: css-text-3 Appendix G: small kana to full-size kana.
FULL_SIZE_KANA: dict[int, int] = {
    # Hiragana
    0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A,
    0x3095: 0x304B, 0x3096: 0x3051, 0x3063: 0x3064, 0x3083: 0x3084, 0x3085: 0x3086,
    0x3087: 0x3088, 0x308E: 0x308F,
    # Katakana
    0x30A1: 0x30A2, 0x30A3: 0x30A4, 0x30A5: 0x30A6, 0x30A7: 0x30A8, 0x30A9: 0x30AA,
    0x30F5: 0x30AB, 0x31F0: 0x30AF, 0x30F6: 0x30B1, 0x31F1: 0x30B7, 0x31F2: 0x30B9,
    0x30C3: 0x30C4, 0x31F3: 0x30C8, 0x31F4: 0x30CC, 0x31F5: 0x30CF, 0x31F6: 0x30D2,
    0x31F7: 0x30D5, 0x31F8: 0x30D8, 0x31F9: 0x30DB, 0x31FA: 0x30E0, 0x30E3: 0x30E4,
    0x30E5: 0x30E6, 0x30E7: 0x30E8, 0x31FB: 0x30E9, 0x31FC: 0x30EA, 0x31FD: 0x30EB,
    0x31FE: 0x30EC, 0x31FF: 0x30ED, 0x30EE: 0x30EF,
    # Halfwidth katakana
    0xFF67: 0xFF71, 0xFF68: 0xFF72, 0xFF69: 0xFF73, 0xFF6A: 0xFF74, 0xFF6B: 0xFF75,
    0xFF6F: 0xFF82, 0xFF6C: 0xFF94, 0xFF6D: 0xFF95, 0xFF6E: 0xFF96,
}  # fmt: skip


def full_width(text: str) -> str:
    """css-text-3 §2.1 ``full-width``: each character to its full-width form, if any.

    A mapping per code point: halfwidth "ｶﾞ" becomes "カ" and U+3099 COMBINING
    VOICED SOUND MARK, not precomposed "ガ" (no normalization is asked for)."""
    return text.translate(FULL_WIDTH)


def full_size_kana(text: str) -> str:
    """css-text-3 §2.1 ``full-size-kana``: small kana to full-size (Appendix G).
    Halfwidth small kana become halfwidth full-size kana."""
    return text.translate(FULL_SIZE_KANA)


# -- capitalize -------------------------------------------------------------------------------

_LETTER, _INTERNAL, _IDEOGRAPH, _SEPARATOR = range(4)
_MID_LETTER = frozenset("'\u2019\u00b7\u0387\u05f4\u2027\ufe13\ufe55\uff07")
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))


@lru_cache(maxsize=4096)
def _word_class(char: str) -> int:
    category = unicodedata.category(char)
    major = category[0]
    if major == "L":
        if (
            category == "Lo"
            and unicodedata.east_asian_width(char) in ("W", "F")
            and not any(low <= ord(char) <= high for low, high in _HANGUL_RANGES)
        ):
            return _IDEOGRAPH
        return _LETTER
    if major == "N":
        return _LETTER
    if major == "M" or category == "Pc" or char in _MID_LETTER:
        return _INTERNAL
    if category == "Cf" and char != "\u200b":
        return _INTERNAL
    return _SEPARATOR


def _letter_seen(text: str, seen: bool) -> bool:
    """The word state after ``text``, given the state ``seen`` before it: whether
    the word that ``text`` ends in already has its first letter unit."""
    for char in reversed(text):
        cls = _word_class(char)
        if cls == _LETTER:
            return True
        if cls != _INTERNAL:
            return False
    return seen


def _capitalize(text: str, seen: bool) -> tuple[str, bool]:
    out = []
    append = out.append
    for char in text:
        cls = _word_class(char)
        if cls == _LETTER:
            if not seen:
                seen = True
                if char.islower():
                    char = char.title()
        elif cls != _INTERNAL:
            seen = False
        append(char)
    return "".join(out), seen


def capitalize(text: str, previous: str = "") -> str:
    """css-text-3 §2.1 ``capitalize``: the first letter unit of each word, if
    lowercase, in titlecase; other characters unaffected. ``previous`` is the
    text before ``text`` in the same inline formatting context (its last word
    may continue into ``text``). See the module docstring for "word"."""
    return _capitalize(text, _letter_seen(previous, False))[0]


# -- the property -------------------------------------------------------------------------------


def _apply(text: str, transform: TextTransform, seen: bool) -> tuple[str, bool]:
    after = seen
    if transform.case == "uppercase":
        text = text.upper()
    elif transform.case == "lowercase":
        text = text.lower()
    elif transform.case == "capitalize":
        text, after = _capitalize(text, seen)
    if transform.case != "capitalize":
        after = _letter_seen(text, seen)
    if transform.full_width:
        text = text.translate(FULL_WIDTH)
    if transform.full_size_kana:
        text = text.translate(FULL_SIZE_KANA)
    return text, after


def apply_text_transform(
    text: str,
    value: str | Iterable[str] | TextTransform | None,
    language: str | None = None,
    *,
    previous: str = "",
) -> str:
    """css-text-3 §2.1: ``text`` with the 'text-transform' ``value`` applied
    (``"none"``, ``"uppercase"``, ``"capitalize full-width"``, ...), in the
    §2.1.2 order: case, then full-width, then full-size-kana.

    Call it on phase I output (see the module docstring). ``previous`` is the
    text before ``text`` in the inline formatting context, so that
    ``capitalize`` does not start a word at an inline box boundary.
    ``language`` is accepted but not used: the transforms are
    language-insensitive.
    """
    transform = parse_text_transform(value)
    if transform.is_none or not text:
        return text
    seen = _letter_seen(previous, False) if transform.case == "capitalize" else False
    return _apply(text, transform, seen)[0]


def transform_runs(
    runs: Sequence[tuple[str | None, str | Iterable[str] | TextTransform | None]],
    language: str | None = None,
) -> list[str | None]:
    """'text-transform' over the runs ``(text, value)`` of one inline
    formatting context, in order (each run with its own computed value),
    carrying the ``capitalize`` word state across runs: inline box boundaries
    are no word boundaries (§2.1.1). ``None`` texts (atomic inlines) stay
    ``None`` and separate words."""
    out: list[str | None] = []
    seen = False
    for text, value in runs:
        if text is None:
            out.append(None)
            seen = False
            continue
        transform = parse_text_transform(value)
        if transform.is_none:
            out.append(text)
            seen = _letter_seen(text, seen)
        else:
            result, seen = _apply(text, transform, seen)
            out.append(result)
    return out
