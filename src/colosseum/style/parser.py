"""From CSS text (or a Python value) to typed values, with clear errors.

css-syntax-3 tokenizes the text (through tinycss2); the property's grammar
builds the value. CSS-wide keywords (css-cascade-4 §7.3) are accepted by
every property and kept as the lowercase keyword string.
"""

from __future__ import annotations

import difflib
import math
import reprlib
import sys
from functools import lru_cache

import tinycss2

from .grammar import NoMatch, strip_tokens
from .registry import PROPERTIES, SHORTHANDS
from .values import CSS_WIDE_KEYWORDS, format_number

# Legacy names that are aliases of current properties (css-align-3 §8.4,
# css-text-3 §5.5 word-wrap).
ALIASES = {
    "grid-gap": "gap",
    "grid-row-gap": "row-gap",
    "grid-column-gap": "column-gap",
    "word-wrap": "overflow-wrap",
}
MAX_VALUE_LENGTH = 100_000  # characters; longer values are refused outright


def tokenize(text: str) -> list:
    """Component values of ``text`` without whitespace and comments."""
    tokens = tinycss2.parse_component_value_list(text)
    _clamp_numbers(tokens)
    return strip_tokens(tokens)


def _clamp_numbers(tokens) -> None:
    """A number too large for a double (``1e400``) becomes the largest one:
    css-values-4 §5 converts a value outside the supported range to the
    closest supported value. Nested blocks and functions included."""
    pending = [tokens]
    while pending:
        for token in pending.pop():
            kind = token.type
            if kind in ("number", "percentage", "dimension"):
                if math.isinf(token.value):
                    token.value = math.copysign(sys.float_info.max, token.value)
            elif kind == "function":
                pending.append(token.arguments)
            elif kind.endswith("block"):
                pending.append(token.content)


def canonical_name(name: str) -> str:
    """The CSS name for ``name`` (``flex_grow`` or ``flex-grow``), or raise
    ValueError suggesting the closest known property."""
    if not isinstance(name, str):
        raise ValueError(f"Property names are strings, not {name!r}")
    css_name = name.replace("_", "-").lower()
    if css_name in PROPERTIES or css_name in SHORTHANDS:
        return css_name
    if css_name in ALIASES:
        return ALIASES[css_name]
    known = [*PROPERTIES, *SHORTHANDS]
    close = difflib.get_close_matches(css_name, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(f"Unknown CSS property {name!r}{hint}")


def grammar_text(name: str) -> str:
    entry = PROPERTIES.get(name) or SHORTHANDS[name]
    return str(entry.grammar)


class InvalidValue(ValueError):
    """A value that a property's grammar does not accept; the message (built
    only when shown) names the property, the value and the grammar."""

    def __init__(self, name: str, value):
        super().__init__(name, value)
        self.name = name
        self.value = value

    def __str__(self) -> str:
        text = str(self.value)
        shown = self.value if len(text) <= 80 else text[:77] + "..."
        return (
            f"Invalid value {shown!r} for {self.name}: expected {grammar_text(self.name)}"
            " | inherit | initial | unset"
        )


_invalid = InvalidValue


def _css_wide(tokens) -> str | None:
    if len(tokens) == 1 and tokens[0].type == "ident":
        word = tokens[0].lower_value
        if word in CSS_WIDE_KEYWORDS:
            return word
    return None


def parse_text(name: str, text: str) -> dict:
    """Parse ``text`` as the value of property ``name`` (canonical CSS name).

    Returns ``{longhand: value}``: one entry for a longhand, every longhand
    of a shorthand (the dict is shared: do not modify it). Raises ValueError
    naming the property, the value and the grammar when the text is not valid.
    """
    result = _parse_text_cached(name, text)
    if isinstance(result, ValueError):
        raise type(result)(*result.args)  # a fresh exception: no shared traceback
    return result


@lru_cache(maxsize=8192)
def _parse_text_cached(name: str, text: str) -> dict | ValueError:
    try:
        return _parse_text(name, text)
    except ValueError as error:
        return error


def _parse_text(name: str, text: str) -> dict:
    if len(text) > MAX_VALUE_LENGTH:  # refused unread; the message names the grammar too
        raise _invalid(name, text)
    tokens = tokenize(text)
    if not tokens:
        raise _invalid(name, text)
    wide = _css_wide(tokens)
    entry = PROPERTIES.get(name)
    if entry is not None:
        if wide is not None:
            return {name: wide}
        try:
            return {name: entry.grammar.parse(tokens)}
        except (NoMatch, RecursionError):
            raise _invalid(name, text) from None
    entry = SHORTHANDS[name]
    if wide is not None:
        return dict.fromkeys(entry.longhands, wide)
    try:
        return entry.expand(entry.grammar.parse(tokens))
    except (ValueError, RecursionError):
        raise _invalid(name, text) from None


def _python_text(value, numbers_as_px: bool) -> str:
    """CSS text for a Python value: numbers, typed values and sequences."""
    if isinstance(value, bool) or value is None:
        raise TypeError
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise TypeError
        return format_number(value) + ("px" if numbers_as_px else "")
    if isinstance(value, list | tuple):
        if not value:
            raise TypeError
        return " ".join(_python_text(item, numbers_as_px) for item in value)
    return str(value)


def parse_python(name: str, value) -> dict:
    """Parse a Python value for property ``name``.

    Strings are CSS text. A number is tried first as a CSS ``<number>`` (so
    ``flex_grow=1`` and ``line_height=1.5`` are numbers) and then as a length
    in px (``width=10`` is ``10px``). Typed values print as CSS and are
    parsed again; a list or tuple is its items separated by spaces, or for
    strings that only make sense as a comma-separated list (``font_family=
    ["Ahem", "serif"]``), by commas.
    """
    if isinstance(value, str):
        return parse_text(name, value)
    if isinstance(value, int | float | list | tuple) and not isinstance(value, bool):
        try:
            bare = _python_text(value, numbers_as_px=False)
        except TypeError:
            raise _invalid(name, value) from None
        except RecursionError:  # a list nested too deeply, or containing itself
            raise _invalid(name, reprlib.repr(value)) from None
        candidates = [bare, _python_text(value, numbers_as_px=True)]
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            candidates.insert(0, ", ".join(value))  # a comma list such as font_family
        for text in candidates:
            try:
                return parse_text(name, text)
            except ValueError:
                pass
        raise _invalid(name, value)
    if value is None or isinstance(value, bool):
        raise _invalid(name, value)
    return parse_text(name, str(value))
