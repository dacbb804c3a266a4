"""From CSS text (or a Python value) to typed values, with clear errors.

css-syntax-3 tokenizes the text (through tinycss2); the property's grammar
builds the value. CSS-wide keywords (css-cascade-4 §7.3) are accepted by
every property and kept as the lowercase keyword string.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

import tinycss2

from .grammar import NoMatch, strip_tokens
from .registry import PROPERTIES, SHORTHANDS
from .values import CSS_WIDE_KEYWORDS, format_number

MAX_VALUE_LENGTH = 100_000  # characters; longer values are refused outright


def tokenize(text: str) -> list:
    """Component values of ``text`` without whitespace and comments."""
    return strip_tokens(tinycss2.parse_component_value_list(text))


def canonical_name(name: str) -> str:
    """The CSS name for ``name`` (``flex_grow`` or ``flex-grow``), or raise
    ValueError suggesting the closest known property."""
    if not isinstance(name, str):
        raise ValueError(f"Property names are strings, not {name!r}")
    css_name = name.replace("_", "-").lower()
    if css_name in PROPERTIES or css_name in SHORTHANDS:
        return css_name
    known = [*PROPERTIES, *SHORTHANDS]
    close = difflib.get_close_matches(css_name, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(f"Unknown CSS property {name!r}{hint}")


def grammar_text(name: str) -> str:
    entry = PROPERTIES.get(name) or SHORTHANDS[name]
    return str(entry.grammar)


def _invalid(name: str, value) -> ValueError:
    shown = value if len(str(value)) <= 80 else str(value)[:77] + "..."
    return ValueError(
        f"Invalid value {shown!r} for {name}: expected {grammar_text(name)}"
        " | inherit | initial | unset"
    )


def _css_wide(tokens) -> str | None:
    if len(tokens) == 1 and tokens[0].type == "ident":
        word = tokens[0].lower_value
        if word in CSS_WIDE_KEYWORDS:
            return word
    return None


@lru_cache(maxsize=8192)
def parse_text(name: str, text: str) -> dict:
    """Parse ``text`` as the value of property ``name`` (canonical CSS name).

    Returns ``{longhand: value}``: one entry for a longhand, every longhand
    of a shorthand. Raises ValueError naming the property, the value and the
    grammar when the text is not valid.
    """
    if len(text) > MAX_VALUE_LENGTH:
        raise ValueError(f"Invalid value for {name}: longer than {MAX_VALUE_LENGTH} characters")
    tokens = tokenize(text)
    if not tokens:
        raise ValueError(f"Invalid value {text!r} for {name}: the value is empty")
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
    except (NoMatch, RecursionError):
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
    parsed again; a list or tuple is its items separated by spaces.
    """
    if isinstance(value, str):
        return parse_text(name, value)
    if isinstance(value, int | float | list | tuple) and not isinstance(value, bool):
        try:
            bare = _python_text(value, numbers_as_px=False)
        except TypeError:
            raise _invalid(name, value) from None
        try:
            return parse_text(name, bare)
        except ValueError:
            pass
        try:
            return parse_text(name, _python_text(value, numbers_as_px=True))
        except ValueError:
            raise _invalid(name, value) from None
    if value is None or isinstance(value, bool):
        raise _invalid(name, value)
    return parse_text(name, str(value))
