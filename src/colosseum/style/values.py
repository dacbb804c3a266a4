"""Typed CSS values.

Every value the style model produces is one of these types, or a plain
lowercase ``str`` for a keyword, or a plain ``int`` for an ``<integer>``.
Each prints (``str()``) as CSS text that parses back to an equal value
(css-values-4 §2 "Value Definition Syntax" and CSSOM serialization rules).

The types are immutable and hashable, so declared and computed styles can
share them freely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# css-values-4 §6.2 Absolute lengths: the canonical unit is px, 1in = 96px.
ABSOLUTE_UNITS = {
    "px": 1.0,
    "in": 96.0,
    "cm": 96.0 / 2.54,
    "mm": 96.0 / 25.4,
    "q": 96.0 / 101.6,
    "pt": 96.0 / 72.0,
    "pc": 16.0,
}
# css-values-4 §6.1.1 Font-relative lengths.
FONT_RELATIVE_UNITS = frozenset({"em", "rem", "ex", "ch"})
# css-values-4 §6.1.2 Viewport-percentage lengths.
VIEWPORT_UNITS = frozenset({"vw", "vh", "vmin", "vmax"})
LENGTH_UNITS = frozenset(ABSOLUTE_UNITS) | FONT_RELATIVE_UNITS | VIEWPORT_UNITS

# css-values-4 §7.1 Angle units, as a fraction of a full turn expressed in degrees.
ANGLE_UNITS = {"deg": 1.0, "grad": 0.9, "rad": 180.0 / math.pi, "turn": 360.0}


def format_number(value: float) -> str:
    """Serialize a number as CSS text that parses back to the same float.

    Integral values print without a fractional part; others use the shortest
    representation that round-trips (``repr``), which is valid CSS syntax
    (css-syntax-3 §4.3.12 accepts exponents).
    """
    if isinstance(value, int):  # exact, however large (an <integer>, or a Python int)
        return str(int(value))
    if value != value or value in (math.inf, -math.inf):  # pragma: no cover - guarded by parsers
        raise ValueError(f"{float(value)!r} is not a finite CSS number")
    if value == int(value) and abs(value) < 1e15:
        text = str(int(value))
        return "0" if text == "-0" else text
    return repr(float(value))


class Ident(str):
    """A ``<custom-ident>`` (css-values-4 §4.2), case kept: equal to the plain
    ``str``, and prints escaped where needed (CSSOM "serialize an
    identifier") so that it reads back as the same identifier."""

    __slots__ = ()

    def __str__(self) -> str:
        return serialize_identifier(self)


class Number(float):
    """A CSS ``<number>``: a float that prints as CSS (``1`` not ``1.0``)."""

    __slots__ = ()

    def __str__(self) -> str:
        return format_number(self)

    def __repr__(self) -> str:
        return f"Number({format_number(self)})"


@dataclass(frozen=True, slots=True)
class Length:
    """A CSS ``<length>``: a number and a unit (lowercase, one of LENGTH_UNITS)."""

    value: float
    unit: str = "px"

    def __str__(self) -> str:
        return format_number(self.value) + self.unit

    @property
    def is_absolute(self) -> bool:
        return self.unit in ABSOLUTE_UNITS

    def to_px(self) -> float:
        """The length in px; only for absolute units (css-values-4 §6.2)."""
        try:
            return self.value * ABSOLUTE_UNITS[self.unit]
        except KeyError:
            raise ValueError(f"{self} is not an absolute length") from None


def px(value: float) -> Length:
    """Shorthand for ``Length(value, "px")``."""
    return Length(float(value), "px")


@dataclass(frozen=True, slots=True)
class Percentage:
    """A CSS ``<percentage>``, kept unresolved until layout knows its basis."""

    value: float

    def __str__(self) -> str:
        return format_number(self.value) + "%"

    def of(self, basis: float) -> float:
        return self.value * basis / 100.0


@dataclass(frozen=True, slots=True)
class Angle:
    """A CSS ``<angle>`` (css-values-4 §7.1)."""

    value: float
    unit: str = "deg"

    def __str__(self) -> str:
        return format_number(self.value) + self.unit

    def to_degrees(self) -> float:
        return self.value * ANGLE_UNITS[self.unit]


@dataclass(frozen=True, slots=True)
class Flex:
    """A CSS ``<flex>`` track size such as ``1fr`` (css-grid-1 §7.2.4)."""

    value: float

    def __str__(self) -> str:
        return format_number(self.value) + "fr"


@dataclass(frozen=True, slots=True)
class String:
    """A CSS ``<string>``; ``value`` is the unescaped text."""

    value: str

    def __str__(self) -> str:
        return serialize_string(self.value)


@dataclass(frozen=True, slots=True)
class Url:
    """A CSS ``<url>``; ``value`` is the URL text as written (unresolved)."""

    value: str

    def __str__(self) -> str:
        return f"url({serialize_string(self.value)})"


@dataclass(frozen=True, slots=True)
class Ratio:
    """A CSS ``<ratio>`` (css-values-4 §5.6): ``width / height``."""

    width: float
    height: float = 1.0

    def __str__(self) -> str:
        return f"{format_number(self.width)} / {format_number(self.height)}"

    @property
    def degenerate(self) -> bool:
        """A ratio with a zero component is degenerate (css-values-4 §5.6)."""
        return self.width == 0 or self.height == 0


@dataclass(frozen=True, slots=True)
class Color:
    """An sRGB color; channels 0-255 (floats allowed), alpha 0-1.

    Prints as CSSOM serializes sRGB colors: ``rgb(r, g, b)`` when opaque,
    ``rgba(r, g, b, a)`` otherwise.
    """

    red: float
    green: float
    blue: float
    alpha: float = 1.0

    def __str__(self) -> str:
        channels = ", ".join(format_number(c) for c in (self.red, self.green, self.blue))
        if self.alpha == 1:
            return f"rgb({channels})"
        return f"rgba({channels}, {format_number(self.alpha)})"


@dataclass(frozen=True, slots=True)
class FunctionValue:
    """A function-notation value with positional arguments.

    Used for ``fit-content(<length-percentage>)``, and in ``content`` for
    ``attr()``, ``counter()`` and ``counters()``.
    """

    name: str
    arguments: tuple

    def __str__(self) -> str:
        return f"{self.name}({', '.join(str(a) for a in self.arguments)})"


class ValueList(tuple):
    """A sequence of values (a multiplier ``+``, ``#`` or a fixed series).

    ``separator`` is what prints between items: ``" "`` or ``", "``.
    """

    __slots__ = ()
    separator = " "

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({tuple.__repr__(self)})"

    def __eq__(self, other):
        return type(self) is type(other) and tuple.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self), tuple(self)))


class SpaceList(ValueList):
    """Values separated by spaces (``a b c``)."""

    __slots__ = ()
    separator = " "


class CommaList(ValueList):
    """Values separated by commas (``a, b, c``)."""

    __slots__ = ()
    separator = ", "


class FontFamilyList(CommaList):
    """The ``font-family`` list; items are family names (``str``) or
    :class:`String` for a quoted name that equals a generic family keyword.
    Unquoted identifiers print bare when they are valid identifiers, and other
    names print quoted (CSS Fonts §3.1)."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(
            str(name) if isinstance(name, String) else serialize_family_name(name) for name in self
        )


# css-fonts-4 §2.1 generic font families.
GENERIC_FAMILIES = frozenset(
    {
        "serif", "sans-serif", "cursive", "fantasy", "monospace", "system-ui", "math",
        "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded",
    }
)  # fmt: skip


def serialize_family_name(name: str) -> str:
    """A family name (or a generic family keyword, kept as a plain ``str``)
    as identifiers when they read back as the same name (CSS 2.1 §15.3.1: no
    word a CSS-wide keyword or ``default``, no generic keyword first);
    otherwise as a string. A family
    *named* like a generic keyword is a :class:`String` and prints quoted."""
    parts = name.split(" ")
    lowered = [part.lower() for part in parts]
    if (
        all(is_identifier(part) for part in parts)
        and not any(word in CSS_WIDE_KEYWORDS or word == "default" for word in lowered)
        and not (len(parts) > 1 and lowered[0] in GENERIC_FAMILIES)
    ):
        return name
    return serialize_string(name)


CSS_WIDE_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})


def is_identifier(text: str) -> bool:
    """True when ``text`` can be written as a CSS identifier without escapes."""
    if not text:
        return False
    start = 1 if text[0] == "-" else 0
    if start == len(text):
        return False
    first = text[start]
    if not (first.isalpha() or first == "_" or first == "-" or ord(first) > 0x7F):
        return False
    if first == "-" and start == 1:
        pass  # "--custom" is a valid identifier
    return all(c.isalnum() or c in "-_" or ord(c) > 0x7F for c in text[start:])


def serialize_string(text: str) -> str:
    """CSSOM "serialize a string": double quotes, escaping quote, backslash
    and control characters."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == "\0":
            out.append("\ufffd")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\{code:x} ")
        elif char in '"\\':
            out.append("\\" + char)
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def serialize_identifier(text: str) -> str:
    """CSSOM "serialize an identifier" (used for custom idents)."""
    out = []
    for index, char in enumerate(text):
        code = ord(char)
        if char == "\0":
            out.append("\ufffd")
        elif (
            code < 0x20
            or code == 0x7F
            or (char.isdigit() and (index == 0 or (index == 1 and text[0] == "-")))
        ):
            out.append(f"\\{code:x} ")
        elif index == 0 and char == "-" and len(text) == 1:
            out.append("\\-")
        elif code > 0x7F or char.isalnum() or char in "-_":
            out.append(char)
        else:
            out.append("\\" + char)
    return "".join(out)
