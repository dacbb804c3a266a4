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

``radial-gradient()`` and ``repeating-radial-gradient()`` (§3.2, §3.4) are
parsed into a :class:`RadialGradient` value in the same way: its ending
shape (``circle`` or ``ellipse``, the default of §3.2.1 filled in), its
size (a ``<radial-extent>`` keyword, one length for a circle or two
length-percentages for an ellipse), its centre (a
:data:`~colosseum.style.background_properties.BG_POSITION` pair of offsets,
``center`` when omitted) and its color stop list.
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
    Lazy,
    LengthType,
    Literal,
    Map,
    Named,
    NumberType,
    Optional,
    Repeat,
    Sequence,
    length_percentage,
)
from .values import Angle, Color, Number, Percentage, SpaceList

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


CENTER = SpaceList((Percentage(50.0), Percentage(50.0)))
DEFAULT_EXTENT = "farthest-corner"  # §3.2.1: "If omitted it defaults to farthest-corner"


@dataclass(frozen=True, slots=True)
class RadialGradient:
    """``radial-gradient()`` or, with ``repeating``,
    ``repeating-radial-gradient()`` (css-images-3 §3.2, §3.4).

    ``shape``: ``"circle"`` or ``"ellipse"``; ``size``: a
    ``<radial-extent>`` keyword, a length (the radius of a circle) or a
    :class:`~colosseum.style.values.SpaceList` of two length-percentages
    (the horizontal and vertical radii of an ellipse); ``position``: the
    centre, a pair of offsets from the top left corner of the gradient box;
    ``stops``: as for :class:`LinearGradient`.
    """

    shape: str
    size: object
    position: SpaceList
    stops: tuple
    repeating: bool = False

    @property
    def function_name(self) -> str:
        return "repeating-radial-gradient" if self.repeating else "radial-gradient"

    def __str__(self) -> str:
        """Defaults are left out: ``ellipse`` (the default unless the size is
        one length, and then invalid), ``circle`` with one length,
        ``farthest-corner`` and ``at center``."""
        ending = []
        if self.shape == "circle" and isinstance(self.size, str):
            ending.append("circle")
        if self.size != DEFAULT_EXTENT:
            ending.append(str(self.size))
        if self.position != CENTER:
            ending.append(f"at {self.position}")
        parts = [str(stop) for stop in self.stops]
        if ending:
            parts.insert(0, " ".join(ending))
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


# -- grammar: css-images-3 §3.2.1 ---------------------------------------------------------


def _position():
    from .background_properties import BG_POSITION  # it imports this module

    return BG_POSITION


RADIAL_SHAPE = Named("<radial-shape>", Keywords("circle", "ellipse"))
RADIAL_EXTENT = Named(
    "<radial-extent>",
    Keywords("closest-corner", "closest-side", "farthest-corner", "farthest-side"),
)
RADIAL_SIZE = Named(
    "<radial-size>",
    RADIAL_EXTENT | Map(Repeat(length_percentage(0), 2, 2), SpaceList) | LengthType(0),
)


def _ending_shape(values):
    """The shape, size and centre before the comma (§3.2.1): the shape
    defaults to a circle for one length and to an ellipse otherwise; a
    circle takes no two radii and an ellipse no single length."""
    ending, at = values[0], values[1]
    if ending is None and at is None:
        raise ValueError("a comma with nothing before it")
    shape, size = ending or (None, None)
    size = DEFAULT_EXTENT if size is None else size
    one_length = not isinstance(size, str | SpaceList)
    if shape is None:
        shape = "circle" if one_length else "ellipse"
    if (shape == "circle" and isinstance(size, SpaceList)) or (shape == "ellipse" and one_length):
        raise ValueError(f"{shape} does not take {size}")
    return shape, size, CENTER if at is None else at[1]


RADIAL_GRADIENT_SYNTAX = Named(
    "<radial-gradient-syntax>",
    Sequence(
        Optional(
            Map(
                Sequence(
                    Optional(AnyOrder(RADIAL_SHAPE, RADIAL_SIZE)),
                    Optional(Sequence(Keywords("at"), Lazy(_position, "<position>"))),
                    Literal(","),
                ),
                _ending_shape,
            )
        ),
        COLOR_STOP_LIST,
    ),
)


def _radial(repeating: bool):
    def build(values) -> RadialGradient:
        ending, stops = values
        shape, size, position = ending or ("ellipse", DEFAULT_EXTENT, CENTER)
        return RadialGradient(shape, size, position, stops, repeating)

    return build


GRADIENT = Named(
    "<gradient>",
    Function("linear-gradient", LINEAR_GRADIENT_SYNTAX, _linear(False))
    | Function("repeating-linear-gradient", LINEAR_GRADIENT_SYNTAX, _linear(True))
    | Function("radial-gradient", RADIAL_GRADIENT_SYNTAX, _radial(False))
    | Function("repeating-radial-gradient", RADIAL_GRADIENT_SYNTAX, _radial(True)),
)

__all__ = [
    "COLOR_STOP_LIST",
    "GRADIENT",
    "ColorHint",
    "ColorStop",
    "LinearGradient",
    "RadialGradient",
]
