"""Gradients: the ``<gradient>`` images of css-images-3 §3.

``linear-gradient()`` and ``repeating-linear-gradient()`` (§3.1, §3.4) are
parsed from tinycss2 function tokens into a :class:`LinearGradient` value:

- the direction (§3.1.1 "linear-gradient() syntax") is an
  :class:`~colosseum.style.values.Angle` (a unitless ``0`` is ``0deg``), a
  ``calc()`` of angles, or the keywords ``to <side-or-corner>`` kept as the
  text ``"to left top"``, horizontal keyword first as the grammar
  ``[ left | right ] || [ top | bottom ]`` writes them; omitted, it is
  ``to bottom``;
- the color stop list (§3.5.1 "Color Stop Lists") is a tuple of
  :class:`ColorStop` (a color and zero, one or two positions: css-images-4
  §3.5.1 allows two, "equivalent to two color stops with the same color")
  and :class:`ColorHint` (a transition hint: a lone position between two
  stops).

The values are immutable and hashable and print back as CSS. Their
computed value (css-images-3 §2 "a computed <image> is the specified value
with any <url>s, <color>s, and <length>s computed") comes from the generic
computing of dataclass fields in :mod:`colosseum.style.computed`: lengths
become px, percentages stay. Positions are resolved against the gradient
line, and the stops fixed up (§3.5.3), when painting
(:mod:`colosseum.paint.gradients`), because the length of the gradient line
depends on the size of the gradient box.

Radial gradients are not supported: a value using ``radial-gradient()`` or
``repeating-radial-gradient()`` is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass

from .calc import Calc
from .grammar import (
    AngleType,
    AnyOrder,
    ColorType,
    Function,
    Keywords,
    Literal,
    Map,
    Named,
    NumberType,
    Optional,
    Repeat,
    Sequence,
    length_percentage,
)
from .values import Angle, Color, Number

# §3.1.1: the direction "may be omitted; if so, it defaults to to bottom".
DEFAULT_DIRECTION = "to bottom"


@dataclass(frozen=True, slots=True)
class ColorStop:
    """A color stop (css-images-3 §3.5.1 ``<linear-color-stop>``): a color
    (a :class:`~colosseum.style.values.Color` or ``"currentcolor"``) and
    its positions (``<length-percentage>``s, none to two)."""

    color: Color | str
    positions: tuple = ()

    def __str__(self) -> str:
        return " ".join([str(self.color), *(str(p) for p in self.positions)])


@dataclass(frozen=True, slots=True)
class ColorHint:
    """A color transition hint (css-images-3 §3.5.1 ``<linear-color-hint>``):
    where the halfway color between the stops around it is."""

    position: object

    def __str__(self) -> str:
        return str(self.position)


@dataclass(frozen=True, slots=True)
class LinearGradient:
    """``linear-gradient()`` or, with ``repeating``,
    ``repeating-linear-gradient()`` (css-images-3 §3.1, §3.4).

    ``direction``: an :class:`~colosseum.style.values.Angle`, a ``calc()``
    angle, or ``"to <side-or-corner>"``; ``stops``: the color stop list, a
    tuple of :class:`ColorStop` and :class:`ColorHint`, beginning and
    ending with a stop and with no two hints in a row.
    """

    direction: Angle | Calc | str
    stops: tuple
    repeating: bool = False

    @property
    def function_name(self) -> str:
        return "repeating-linear-gradient" if self.repeating else "linear-gradient"

    def __str__(self) -> str:
        parts = [str(stop) for stop in self.stops]
        if self.direction != DEFAULT_DIRECTION:
            parts.insert(0, str(self.direction))
        return f"{self.function_name}({', '.join(parts)})"


# -- grammar: css-images-3 §3.1.1 and §3.5.1 -------------------------------------------


def _zero(value) -> Angle:
    """``<zero>``: a literal unitless 0 stands for ``0deg`` (§3.1.1 "The unit
    identifier may be omitted if the <angle> is zero")."""
    if type(value) is not Number or value != 0:
        raise ValueError("only a literal 0 may omit the angle unit")
    return Angle(0.0)


def _side_or_corner(values) -> str:
    _to, (horizontal, vertical) = values
    return " ".join(["to", *(word for word in (horizontal, vertical) if word)])


SIDE_OR_CORNER = Named(
    "<side-or-corner>", AnyOrder(Keywords("left", "right"), Keywords("top", "bottom"))
)
DIRECTION = (
    AngleType()
    | Named("<zero>", Map(NumberType(0, 0), _zero))
    | Map(Sequence(Keywords("to"), SIDE_OR_CORNER), _side_or_corner)
)
_POSITION = length_percentage()
COLOR_STOP = Named(
    "<linear-color-stop>",
    Map(Sequence(ColorType(), Repeat(_POSITION, 0, 2)), lambda v: ColorStop(v[0], tuple(v[1]))),
)
COLOR_HINT = Named("<linear-color-hint>", Map(_POSITION, ColorHint))


def _stop_list(values) -> tuple:
    """The stops and hints of ``<linear-color-stop> , [ <linear-color-hint>?
    , <linear-color-stop> ]#?`` in order."""
    first, rest = values
    stops = [first]
    for _comma, hint, stop in rest:
        if hint is not None:
            stops.append(hint[0])
        stops.append(stop)
    return tuple(stops)


COLOR_STOP_LIST = Named(
    "<color-stop-list>",
    Map(
        Sequence(
            COLOR_STOP,
            Repeat(
                Sequence(Literal(","), Optional(Sequence(COLOR_HINT, Literal(","))), COLOR_STOP),
                0,
            ),
        ),
        _stop_list,
    ),
)
LINEAR_GRADIENT_SYNTAX = Named(
    "<linear-gradient-syntax>",
    Sequence(Optional(Sequence(DIRECTION, Literal(","))), COLOR_STOP_LIST),
)


def _linear(repeating: bool):
    def build(values) -> LinearGradient:
        direction, stops = values
        return LinearGradient(
            DEFAULT_DIRECTION if direction is None else direction[0], stops, repeating
        )

    return build


GRADIENT = Named(
    "<gradient>",
    Function("linear-gradient", LINEAR_GRADIENT_SYNTAX, _linear(False))
    | Function("repeating-linear-gradient", LINEAR_GRADIENT_SYNTAX, _linear(True)),
)

__all__ = [
    "COLOR_STOP_LIST",
    "GRADIENT",
    "ColorHint",
    "ColorStop",
    "LinearGradient",
]
