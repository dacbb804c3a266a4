"""Box model, visual formatting, sizing, positioning and table properties.

CSS 2.1 chapters 8 to 11 and 17 with the later refinements browsers follow:
css-box-4, css-sizing-3 (intrinsic size keywords, ``box-sizing``,
``aspect-ratio``), css-position-3 (``sticky``, ``inset``), css-display-3
(two-value ``display``), css-overflow-3 (``overflow-x``/``-y``, ``clip``).
"""

from __future__ import annotations

from .calc import Calc
from .display import display_grammar
from .grammar import (
    AnyOrder,
    ColorType,
    Function,
    IntegerType,
    Keywords,
    LengthType,
    Literal,
    Map,
    Named,
    NumberType,
    Optional,
    PercentageType,
    Sequence,
    length_percentage,
)
from .registry import longhand, ref
from .shorthands import any_order, pair, sides
from .values import FunctionValue, Number, Ratio, SpaceList

SIDES = ("top", "right", "bottom", "left")

display_property = longhand(
    "display",
    display_grammar(),
    "inline",
    spec="css-display-3 §2 (CSS 2.1 §9.2.4)",
)
longhand(
    "position",
    Keywords("static", "relative", "absolute", "fixed", "sticky"),
    "static",
    spec="css-position-3 §2 (CSS 2.1 §9.3.1)",
)
longhand(
    "float",
    Keywords("left", "right", "none", "inline-start", "inline-end"),
    "none",
    spec="CSS 2.1 §9.5.1 (css-logical-1 §2.2 for inline-start/-end)",
    applies_to="all elements; no effect on absolutely positioned boxes",
)
longhand(
    "clear",
    Keywords("none", "left", "right", "both", "inline-start", "inline-end"),
    "none",
    spec="CSS 2.1 §9.5.2",
    applies_to="block-level elements",
)

# -- insets (CSS 2.1 §9.3.2, css-position-3 §3) ---------------------------------
INSET = length_percentage() | Keywords("auto")
for side in SIDES:
    longhand(
        side,
        INSET,
        "auto",
        spec="css-position-3 §3.1 (CSS 2.1 §9.3.2)",
        percentages=f"the containing block's {'height' if side in ('top', 'bottom') else 'width'}",
        applies_to="positioned elements",
    )
for axis, (start, end) in (("block", ("top", "bottom")), ("inline", ("left", "right"))):
    longhand(
        f"inset-{axis}-start",
        INSET,
        "auto",
        spec="css-position-3 §3.1",
        percentages="the containing block's size in that axis",
        applies_to="positioned elements",
        logical=(start, start) if axis == "block" else (start, end),
    )
    longhand(
        f"inset-{axis}-end",
        INSET,
        "auto",
        spec="css-position-3 §3.1",
        percentages="the containing block's size in that axis",
        applies_to="positioned elements",
        logical=(end, end) if axis == "block" else (end, start),
    )
sides("inset", SIDES, INSET, spec="css-position-3 §3.2")
pair("inset-block", ("inset-block-start", "inset-block-end"), INSET, spec="css-position-3 §3.2")
pair("inset-inline", ("inset-inline-start", "inset-inline-end"), INSET, spec="css-position-3 §3.2")

# -- sizes (CSS 2.1 §10.2 to §10.7, css-sizing-3 §3 and §4) ----------------------
FIT_CONTENT_FUNCTION = Function(
    "fit-content",
    length_percentage(0),
    lambda value: FunctionValue("fit-content", (value,)),
)
INTRINSIC = Keywords("min-content", "max-content", "fit-content", "stretch") | FIT_CONTENT_FUNCTION
SIZE = length_percentage(0) | Keywords("auto") | INTRINSIC
MIN_SIZE = length_percentage(0) | Keywords("auto") | INTRINSIC
MAX_SIZE = length_percentage(0) | Keywords("none") | INTRINSIC
for dimension, basis in (("width", "width"), ("height", "height")):
    applies = "all elements but non-replaced inline elements, table rows, and row groups"
    longhand(
        dimension,
        SIZE,
        "auto",
        spec="css-sizing-3 §3.1 (CSS 2.1 §10.2, §10.5)",
        percentages=f"the containing block's {basis}",
        applies_to=applies,
    )
    longhand(
        f"min-{dimension}",
        MIN_SIZE,
        "auto",
        spec="css-sizing-3 §3.2 (CSS 2.1 §10.4, §10.7)",
        percentages=f"the containing block's {basis}",
        applies_to=applies,
    )
    longhand(
        f"max-{dimension}",
        MAX_SIZE,
        "none",
        spec="css-sizing-3 §3.3 (CSS 2.1 §10.4, §10.7)",
        percentages=f"the containing block's {basis}",
        applies_to=applies,
    )
longhand(
    "box-sizing",
    Keywords("content-box", "border-box"),
    "content-box",
    spec="css-sizing-3 §3.5 (css-ui-3 §3.1)",
    applies_to="all elements that accept width or height",
)


def _ratio_number(value) -> float:
    """A ``<number [0,∞]>`` of a ratio as a float: a math function (which
    has no units left to resolve) is evaluated and clamped into the range
    (css-values-4 §10.12)."""
    if isinstance(value, Calc):
        return max(0.0, value.evaluate(float))
    return float(value)


def _ratio(values):
    width, rest = values
    height = Number(1) if rest is None else rest[1]
    return Ratio(_ratio_number(width), _ratio_number(height))


RATIO = Named(
    "<ratio>",
    Map(Sequence(NumberType(0), Optional(Sequence(Literal("/"), NumberType(0)))), _ratio),
)


def _aspect_ratio(values):
    auto, ratio = values
    if auto and ratio:
        return SpaceList(("auto", ratio))
    return auto or ratio


longhand(
    "aspect-ratio",
    Map(AnyOrder(Keywords("auto"), RATIO), _aspect_ratio),
    "auto",
    spec="css-sizing-4 §2.1",
    applies_to="all elements except inline boxes and internal ruby or table boxes",
)

# -- margins, padding, borders (CSS 2.1 chapter 8) --------------------------------
MARGIN = length_percentage() | Keywords("auto")
PADDING = length_percentage(0)
for side in SIDES:
    longhand(
        f"margin-{side}",
        MARGIN,
        "0",
        spec="CSS 2.1 §8.3 (css-box-4 §3)",
        percentages="the containing block's width",
        applies_to="all elements except internal table elements other than captions",
    )
for side in SIDES:
    longhand(
        f"padding-{side}",
        PADDING,
        "0",
        spec="CSS 2.1 §8.4 (css-box-4 §4)",
        percentages="the containing block's width",
        applies_to="all elements except table-row-group, table-header-group, "
        "table-footer-group, table-row, table-column-group and table-column",
    )
sides("margin", tuple(f"margin-{s}" for s in SIDES), MARGIN, spec="CSS 2.1 §8.3")
sides("padding", tuple(f"padding-{s}" for s in SIDES), PADDING, spec="CSS 2.1 §8.4")

LINE_WIDTH = Named("<line-width>", LengthType(0) | Keywords("thin", "medium", "thick"))
LINE_STYLE = Named(
    "<line-style>",
    Keywords(
        "none",
        "hidden",
        "dotted",
        "dashed",
        "solid",
        "double",
        "groove",
        "ridge",
        "inset",
        "outset",
    ),
)
for side in SIDES:
    longhand(f"border-{side}-width", LINE_WIDTH, "medium", spec="CSS 2.1 §8.5.1")
for side in SIDES:
    longhand(f"border-{side}-style", LINE_STYLE, "none", spec="CSS 2.1 §8.5.3")
for side in SIDES:
    longhand(f"border-{side}-color", ColorType(), "currentcolor", spec="CSS 2.1 §8.5.2")
for part in ("width", "style", "color"):
    sides(
        f"border-{part}",
        tuple(f"border-{s}-{part}" for s in SIDES),
        ref(f"border-top-{part}"),
        spec=f"CSS 2.1 §8.5.{ {'width': 1, 'style': 3, 'color': 2}[part] }",
    )
for side in SIDES:
    any_order(
        f"border-{side}",
        tuple(f"border-{side}-{part}" for part in ("width", "style", "color")),
        spec="CSS 2.1 §8.5.4",
    )


def _register_border():
    from .registry import PROPERTIES, shorthand
    from .shorthands import common_wide_keyword

    longhands = tuple(f"border-{s}-{p}" for s in SIDES for p in ("width", "style", "color"))
    parts = ("width", "style", "color")
    grammar = AnyOrder(LINE_WIDTH, LINE_STYLE, ColorType())

    def expand(values):
        result = {}
        for part, value in zip(parts, values, strict=True):
            for side in SIDES:
                name = f"border-{side}-{part}"
                result[name] = PROPERTIES[name].initial if value is None else value
        return result

    def serialize(values):
        wide = common_wide_keyword(values, longhands)
        if wide is not None:
            return wide or None
        chosen = []
        for part in parts:
            side_values = {values[f"border-{side}-{part}"] for side in SIDES}
            if len(side_values) != 1:
                return None
            value = side_values.pop()
            if value != PROPERTIES[f"border-top-{part}"].initial:
                chosen.append(str(value))
        return " ".join(chosen) or "none"  # the shortest of the initial components

    shorthand(
        "border", longhands, grammar, spec="CSS 2.1 §8.5.4", expand=expand, serialize=serialize
    )


_register_border()

# -- visual effects (CSS 2.1 chapter 11, css-overflow-3) --------------------------
OVERFLOW = Keywords("visible", "hidden", "clip", "scroll", "auto")
for axis in ("x", "y"):
    longhand(
        f"overflow-{axis}",
        OVERFLOW,
        "visible",
        spec="css-overflow-3 §3.1 (CSS 2.1 §11.1.1)",
        applies_to="block containers, flex containers and grid containers",
    )
pair("overflow", ("overflow-x", "overflow-y"), OVERFLOW, spec="css-overflow-3 §3.2")
longhand(
    "visibility",
    Keywords("visible", "hidden", "collapse"),
    "visible",
    spec="CSS 2.1 §11.2",
    inherited=True,
)
longhand(
    "z-index",
    Keywords("auto") | IntegerType(),
    "auto",
    spec="CSS 2.1 §9.9.1",
    applies_to="positioned elements, flex items and grid items",
)
longhand(
    "opacity",
    Named("<alpha-value>", NumberType() | PercentageType()),
    "1",
    spec="css-color-4 §11.2",
)

# -- colors and backgrounds (CSS 2.1 §14) -----------------------------------------
longhand("color", ColorType(), "black", spec="css-color-4 §3.1 (CSS 2.1 §14.1)", inherited=True)
longhand("background-color", ColorType(), "transparent", spec="CSS 2.1 §14.2.1")

# -- tables (CSS 2.1 chapter 17) --------------------------------------------------
longhand(
    "table-layout",
    Keywords("auto", "fixed"),
    "auto",
    spec="CSS 2.1 §17.5.2",
    applies_to="table and inline-table elements",
)
longhand(
    "border-collapse",
    Keywords("collapse", "separate"),
    "separate",
    spec="CSS 2.1 §17.6",
    inherited=True,
    applies_to="table and inline-table elements",
)
longhand(
    "border-spacing",
    Map(
        Sequence(LengthType(0), Optional(LengthType(0))),
        lambda v: SpaceList(x for x in v if x is not None),
    ),
    "0",
    spec="CSS 2.1 §17.6.1",
    inherited=True,
    applies_to="table and inline-table elements",
)
longhand(
    "caption-side",
    Keywords("top", "bottom"),
    "top",
    spec="CSS 2.1 §17.4.1",
    inherited=True,
    applies_to="table-caption elements",
)
longhand(
    "empty-cells",
    Keywords("show", "hide"),
    "show",
    spec="CSS 2.1 §17.6.1.1",
    inherited=True,
    applies_to="table-cell elements",
)
