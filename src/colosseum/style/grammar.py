"""Value grammars: the CSS value definition syntax as Python objects.

css-values-4 §2 defines how property grammars are written: component types
(``<length>``), keywords, juxtaposition, ``&&``, ``||``, ``|``, brackets and
multipliers (``?``, ``*``, ``+``, ``#``, ``{A,B}``). Each grammar object here
is one of those constructs. It matches a list of tinycss2 component values
(whitespace and comments removed) and builds the typed value, and its
``str()`` is the definition text, so error messages and the property
reference are written from the same object that parses.

Matching backtracks: ``match(tokens, index)`` yields every ``(value,
next_index)`` a construct can produce, longest first; a property value is
the first match that consumes all the tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import colors
from .calc import MATH_FUNCTIONS, NUMBER, PERCENTAGE, Calc, CalcError, parse_math_function
from .values import (
    ANGLE_UNITS,
    CSS_WIDE_KEYWORDS,
    LENGTH_UNITS,
    Angle,
    Flex,
    Ident,
    Length,
    Number,
    Percentage,
    String,
    Url,
    format_number,
)

# Precedence of combinators, loosest first (css-values-4 §2.2).
ALT, ANY_ORDER, ALL_ORDER, SEQUENCE, ATOM = range(5)


class NoMatch(ValueError):
    """Raised when tokens do not match a grammar."""


class Grammar:
    """Base class: a construct of the value definition syntax."""

    precedence = ATOM

    def match(self, tokens: list, index: int) -> Iterator[tuple[object, int]]:
        raise NotImplementedError  # pragma: no cover - every subclass defines it

    def parse(self, tokens: list):
        """The value of ``tokens`` as a whole, or raise :class:`NoMatch`."""
        for value, end in self.match(tokens, 0):
            if end == len(tokens):
                return value
        raise NoMatch(self)

    def describe(self, parent_precedence: int = ALT) -> str:
        text = str(self)
        return f"[ {text} ]" if self.precedence < parent_precedence else text

    def __or__(self, other: Grammar) -> Alt:
        return Alt(self, other)


# -- component types ---------------------------------------------------------


def _range_text(minimum, maximum, unit=""):
    if minimum is None and maximum is None:
        return ""
    low = "-∞" if minimum is None else format_number(minimum) + (unit if minimum else "")
    high = "∞" if maximum is None else format_number(maximum) + unit
    return f" [{low},{high}]"


class Keywords(Grammar):
    """One of a fixed set of keywords (ASCII case-insensitive); the value is
    the keyword in lowercase."""

    def __init__(self, *words: str):
        self.words = tuple(words)
        self._set = frozenset(words)

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "ident" and token.lower_value in self._set:
                yield token.lower_value, index + 1

    @property
    def precedence(self):
        return ALT if len(self.words) > 1 else ATOM

    def __str__(self):
        return " | ".join(self.words)


class _Numeric(Grammar):
    """Shared range checking for numeric component types."""

    def __init__(self, minimum=None, maximum=None):
        self.minimum = minimum
        self.maximum = maximum

    def in_range(self, number: float) -> bool:
        return (self.minimum is None or number >= self.minimum) and (
            self.maximum is None or number <= self.maximum
        )

    def _math(self, token, percentages):
        if token.type == "function" and token.lower_name in MATH_FUNCTIONS:
            try:
                return parse_math_function(token, percentages)
            except CalcError:
                return None
        return None


class NumberType(_Numeric):
    """``<number>``, optionally with a range."""

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "number" and self.in_range(token.value):
                yield Number(token.value), index + 1
            else:
                value = self._math(token, False)
                if value is not None and value.type == NUMBER:
                    yield value, index + 1

    def __str__(self):
        return "<number" + _range_text(self.minimum, self.maximum) + ">"


class IntegerType(_Numeric):
    """``<integer>``, optionally with a range; the value is an ``int``."""

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "number" and token.is_integer and self.in_range(token.int_value):
                yield token.int_value, index + 1
            else:
                value = self._math(token, False)
                if value is not None and value.type == NUMBER:
                    yield value, index + 1

    def __str__(self):
        return "<integer" + _range_text(self.minimum, self.maximum) + ">"


class LengthType(_Numeric):
    """``<length>`` or, with ``percentages``, ``<length-percentage>``.

    A unitless zero is a length (css-values-4 §6). Math functions are accepted
    whatever the range: css-values-4 §10.12 clamps them when they are used.
    """

    def __init__(self, minimum=None, maximum=None, percentages=False):
        super().__init__(minimum, maximum)
        self.percentages = percentages

    def match(self, tokens, index):
        if index >= len(tokens):
            return
        token = tokens[index]
        kind = token.type
        if kind == "dimension":
            unit = token.lower_unit
            if unit in LENGTH_UNITS and self.in_range(token.value):
                yield Length(token.value, unit), index + 1
        elif kind == "number":
            if token.value == 0 and self.in_range(0):
                yield Length(0.0, "px"), index + 1
        elif kind == "percentage":
            if self.percentages and self.in_range(token.value):
                yield Percentage(token.value), index + 1
        else:
            value = self._math(token, self.percentages)
            if value is not None and value.type in ("length", PERCENTAGE):
                yield value, index + 1

    def __str__(self):
        name = "length-percentage" if self.percentages else "length"
        return f"<{name}{_range_text(self.minimum, self.maximum)}>"


def length_percentage(minimum=None) -> LengthType:
    return LengthType(minimum, percentages=True)


class PercentageType(_Numeric):
    """``<percentage>``."""

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "percentage" and self.in_range(token.value):
                yield Percentage(token.value), index + 1
            else:
                value = self._math(token, True)
                if value is not None and value.type == PERCENTAGE:
                    yield value, index + 1

    def __str__(self):
        return "<percentage" + _range_text(self.minimum, self.maximum) + ">"


class AngleType(_Numeric):
    """``<angle>`` (css-values-4 §7.1); bounds are in degrees."""

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "dimension" and token.lower_unit in ANGLE_UNITS:
                angle = Angle(token.value, token.lower_unit)
                if self.in_range(angle.to_degrees()):
                    yield angle, index + 1
            elif token.type == "number" and token.value == 0:
                # Unitless zero angles are allowed only for legacy syntax; not here.
                return
            else:
                value = self._math(token, False)
                if value is not None and value.type == "angle":
                    yield value, index + 1

    def __str__(self):
        return "<angle" + _range_text(self.minimum, self.maximum, "deg") + ">"


class FlexType(_Numeric):
    """``<flex>``: a dimension in ``fr`` (css-grid-1 §7.2.4), non-negative."""

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "dimension" and token.lower_unit == "fr" and token.value >= 0:
                yield Flex(token.value), index + 1

    def __str__(self):
        return "<flex>"


class StringType(Grammar):
    """``<string>``."""

    def match(self, tokens, index):
        if index < len(tokens) and tokens[index].type == "string":
            yield String(tokens[index].value), index + 1

    def __str__(self):
        return "<string>"


class UrlType(Grammar):
    """``<url>``: ``url(...)`` unquoted or with a string argument."""

    def match(self, tokens, index):
        if index >= len(tokens):
            return
        token = tokens[index]
        if token.type == "url":
            yield Url(token.value), index + 1
        elif token.type == "function" and token.lower_name in ("url", "src"):
            arguments = [t for t in token.arguments if t.type not in ("whitespace", "comment")]
            if len(arguments) == 1 and arguments[0].type == "string":
                yield Url(arguments[0].value), index + 1

    def __str__(self):
        return "<url>"


class ColorType(Grammar):
    """``<color>`` (css-color-4): named colors, hex, rgb()/rgba(), hsl()/hsla(),
    ``transparent`` and ``currentcolor`` (kept as that keyword)."""

    def match(self, tokens, index):
        if index < len(tokens):
            value = colors.parse_color(tokens[index])
            if value is not None:
                yield value, index + 1

    def __str__(self):
        return "<color>"


class CustomIdent(Grammar):
    """``<custom-ident>`` (css-values-4 §4.2): any identifier but the
    CSS-wide keywords, ``default`` and the listed reserved words. Case is
    kept; the value is an :class:`~colosseum.style.values.Ident`, which
    prints escaped where needed."""

    def __init__(self, *excluded: str, label: str = "custom-ident"):
        self.excluded = frozenset(excluded) | CSS_WIDE_KEYWORDS | {"default"}
        self.label = label

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "ident" and token.lower_value not in self.excluded:
                yield Ident(token.value), index + 1

    def __str__(self):
        return f"<{self.label}>"


class Literal(Grammar):
    """A delimiter such as ``/`` or ``,``; its value is the character."""

    def __init__(self, char: str):
        self.char = char

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "literal" and token.value == self.char:
                yield self.char, index + 1

    def __str__(self):
        return self.char


class Function(Grammar):
    """A function ``name( <arguments> )`` whose arguments match ``inner``;
    the value is ``build(value of inner)``."""

    def __init__(self, name: str, inner: Grammar, build: Callable | None = None):
        self.name = name
        self.inner = inner
        self.build = build

    def match(self, tokens, index):
        if index < len(tokens):
            token = tokens[index]
            if token.type == "function" and token.lower_name == self.name:
                arguments = strip_tokens(token.arguments)
                try:
                    value = self.inner.parse(arguments)
                except NoMatch:
                    return
                yield (self.build(value) if self.build else value), index + 1

    def __str__(self):
        return f"{self.name}( {self.inner} )"


# -- combinators -------------------------------------------------------------


class Alt(Grammar):
    """``A | B``: exactly one of the alternatives."""

    precedence = ALT

    def __init__(self, *options: Grammar):
        flat = []
        for option in options:
            flat.extend(option.options if isinstance(option, Alt) else (option,))
        self.options = tuple(flat)

    def match(self, tokens, index):
        for option in self.options:
            yield from option.match(tokens, index)

    def __str__(self):
        return " | ".join(o.describe(ALT + 1) for o in self.options)


class Sequence(Grammar):
    """``A B C``: each in order. The value is a tuple of the items' values."""

    precedence = SEQUENCE

    def __init__(self, *items: Grammar):
        self.items = items

    def match(self, tokens, index):
        yield from self._match_from(tokens, index, 0, ())

    def _match_from(self, tokens, index, position, values):
        if position == len(self.items):
            yield values, index
            return
        for value, end in self.items[position].match(tokens, index):
            yield from self._match_from(tokens, end, position + 1, (*values, value))

    def __str__(self):
        return " ".join(item.describe(SEQUENCE + 1) for item in self.items)


class AnyOrder(Grammar):
    """``A || B``: one or more of the items, each at most once, in any order.
    The value is a tuple with ``None`` for absent items."""

    precedence = ANY_ORDER
    required = False

    def __init__(self, *items: Grammar):
        self.items = items

    def match(self, tokens, index):
        empty = (None,) * len(self.items)
        for values, end in self._match_rest(tokens, index, empty, frozenset()):
            if self.required and any(
                value is None and not isinstance(item, Optional)
                for item, value in zip(self.items, values, strict=True)
            ):
                continue
            if end > index:
                yield values, end

    def _match_rest(self, tokens, index, values, used):
        for position, item in enumerate(self.items):
            if position in used:
                continue
            for value, end in item.match(tokens, index):
                if end == index:
                    continue
                updated = (*values[:position], value, *values[position + 1 :])
                yield from self._match_rest(tokens, end, updated, used | {position})
        yield values, index

    def __str__(self):
        return " || ".join(item.describe(ANY_ORDER + 1) for item in self.items)


class AllOrder(AnyOrder):
    """``A && B``: every item, in any order."""

    precedence = ALL_ORDER
    required = True

    def __str__(self):
        return " && ".join(item.describe(ALL_ORDER + 1) for item in self.items)


class Optional(Grammar):
    """``A?``: the value is ``None`` when absent."""

    def __init__(self, item: Grammar):
        self.item = item

    def match(self, tokens, index):
        yield from self.item.match(tokens, index)
        yield None, index

    def __str__(self):
        return self.item.describe(ATOM) + "?"


class Repeat(Grammar):
    """``A+``, ``A*``, ``A{m,n}`` and, with ``comma``, ``A#``.

    The value is a tuple of the items' values. Each repetition takes the
    item's first match (no backtracking into an earlier repetition), and
    counts are tried longest first; the property grammars need no more, and it
    keeps matching linear in the number of tokens.
    """

    def __init__(self, item: Grammar, minimum: int = 1, maximum: int | None = None, comma=False):
        self.item = item
        self.minimum = minimum
        self.maximum = maximum
        self.comma = comma

    def match(self, tokens, index):
        values, ends = [], [index]
        position = index
        while self.maximum is None or len(values) < self.maximum:
            start = position
            if values and self.comma:
                if not (start < len(tokens) and tokens[start].type == "literal"):
                    break
                if tokens[start].value != ",":
                    break
                start += 1
            found = next((m for m in self.item.match(tokens, start) if m[1] > start), None)
            if found is None:
                break
            values.append(found[0])
            position = found[1]
            ends.append(position)
        for count in range(len(values), self.minimum - 1, -1):
            yield tuple(values[:count]), ends[count]

    def __str__(self):
        inner = self.item.describe(ATOM)
        bounds = (self.minimum, self.maximum)
        upper = "" if self.maximum is None else self.maximum
        if self.comma:
            return inner + ("#" if bounds == (1, None) else f"#{{{self.minimum},{upper}}}")
        if bounds == (1, None):
            return inner + "+"
        if bounds == (0, None):
            return inner + "*"
        if self.minimum == self.maximum:
            return inner + f"{{{self.minimum}}}"
        return inner + f"{{{self.minimum},{upper}}}"


class Map(Grammar):
    """``item`` whose value is transformed by ``build``; when ``build``
    raises ValueError the match is rejected (for checks the syntax can't say)."""

    def __init__(self, item: Grammar, build: Callable):
        self.item = item
        self.build = build

    @property
    def precedence(self):
        return self.item.precedence

    def match(self, tokens, index):
        for value, end in self.item.match(tokens, index):
            try:
                built = self.build(value)
            except ValueError:
                continue
            yield built, end

    def __str__(self):
        return str(self.item)


class Named(Grammar):
    """A named production such as ``<track-list>`` or ``<'flex-basis'>``:
    prints as its name; ``definition`` is the grammar it stands for."""

    def __init__(self, name: str, definition: Grammar | None = None):
        self.name = name
        self.definition = definition

    def match(self, tokens, index):
        return self.definition.match(tokens, index)

    def __str__(self):
        return self.name


class Lazy(Grammar):
    """A grammar built on first use, for productions that refer to each
    other (such as a shorthand to its longhands' grammars)."""

    def __init__(self, factory: Callable[[], Grammar], name: str):
        self.factory = factory
        self.name = name
        self._grammar = None

    @property
    def grammar(self) -> Grammar:
        if self._grammar is None:
            self._grammar = self.factory()
        return self._grammar

    def match(self, tokens, index):
        return self.grammar.match(tokens, index)

    def __str__(self):
        return self.name


# -- tokens ----------------------------------------------------------------


def strip_tokens(tokens) -> list:
    """Component values with whitespace and comments removed."""
    return [t for t in tokens if t.type not in ("whitespace", "comment")]


__all__ = [
    "AllOrder",
    "Alt",
    "AngleType",
    "AnyOrder",
    "Calc",
    "ColorType",
    "CustomIdent",
    "FlexType",
    "Function",
    "Grammar",
    "IntegerType",
    "Keywords",
    "Lazy",
    "LengthType",
    "Literal",
    "Map",
    "Named",
    "NoMatch",
    "NumberType",
    "Optional",
    "PercentageType",
    "Repeat",
    "Sequence",
    "StringType",
    "UrlType",
    "length_percentage",
    "strip_tokens",
]
