"""The predefined counter styles of css-counter-styles-3 §6 and §7, for
``counter()``, ``counters()`` and list markers.

A value outside a style's range, or a style this module does not define,
falls back to ``decimal`` (css-counter-styles-3 §3.1.5 ``fallback``).
"""

from __future__ import annotations

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_GREEK = "αβγδεζηθικλμνξοπρστυφχψω"  # css-counter-styles-3 §6.1 lower-greek
# css-counter-styles-3 §6.2: upper-armenian's 36 letters run U+0531 to U+0554,
# worth 1-9, 10-90, 100-900 and 1000-9000 in turn.
_ARMENIAN = tuple(
    ((index % 9 + 1) * 10 ** (index // 9), chr(0x531 + index)) for index in range(35, -1, -1)
)
# css-counter-styles-3 §6.1 georgian: 37 letters worth 1-9, 10-90, 100-900,
# 1000-9000 and 10000 (U+10E3 is not among them; U+10F5 is 10000).
_GEORGIAN_LETTERS = "აბგდევზჱთიკლმნჲოპჟრსტჳფქღყშჩცძწჭხჴჯჰჵ"
_GEORGIAN = tuple(
    ((index % 9 + 1) * 10 ** (index // 9), letter)
    for index, letter in reversed(list(enumerate(_GEORGIAN_LETTERS)))
)
_SYMBOLS = {
    "disc": "\u2022",
    "circle": "\u25e6",
    "square": "\u25aa",
    "disclosure-open": "\u25be",
    "disclosure-closed": "\u25b8",
}


def _alphabetic(value: int, letters: str) -> str | None:
    """css-counter-styles-3 §3.1.1 alphabetic system (range 1 to infinity)."""
    if value < 1:
        return None
    out = []
    while value:
        value -= 1
        out.append(letters[value % len(letters)])
        value //= len(letters)
    return "".join(reversed(out))


def _additive(value: int, table, maximum: int) -> str | None:
    """css-counter-styles-3 §3.1.7 additive system, within 1..maximum."""
    if not 1 <= value <= maximum:
        return None
    out = []
    for weight, symbol in table:
        while value >= weight:
            out.append(symbol)
            value -= weight
    return "".join(out)


def _roman(value: int) -> str | None:
    return _additive(value, _ROMAN, 3999)


def format_counter(value: int, style: str) -> str:
    """The representation of ``value`` in counter style ``style``."""
    if style == "none":
        return ""
    if style in _SYMBOLS:
        return _SYMBOLS[style]
    text = None
    if style in ("lower-roman", "upper-roman"):
        text = _roman(value)
        if text is not None and style == "lower-roman":
            text = text.lower()
    elif style in ("lower-alpha", "lower-latin"):
        text = _alphabetic(value, _LATIN)
    elif style in ("upper-alpha", "upper-latin"):
        text = _alphabetic(value, _LATIN.upper())
    elif style == "lower-greek":
        text = _alphabetic(value, _GREEK)
    elif style in ("armenian", "upper-armenian"):
        text = _additive(value, _ARMENIAN, 9999)
    elif style == "lower-armenian":
        text = _additive(value, _ARMENIAN, 9999)
        text = None if text is None else text.lower()
    elif style == "georgian":
        text = _additive(value, _GEORGIAN, 19999)
    elif style == "decimal-leading-zero":
        # pad: 2 "0", where the negative sign counts towards the two
        # (css-counter-styles-3 §3.6 pad): -5 is "-5".
        text = f"0{value}" if 0 <= value <= 9 else str(value)
    if text is None:
        text = str(value)
    return text


def marker_text(value: int, style: str) -> str:
    """The text of a list marker: the counter representation with the
    style's suffix (". " for numeric and alphabetic styles, a space after a
    symbol; css-counter-styles-3 §3.3)."""
    if style == "none":
        return ""
    if style in _SYMBOLS:
        return _SYMBOLS[style] + " "
    return format_counter(value, style) + ". "
