"""Computed values: CSS 2.1 §6.1.2 and §6.2, css-cascade-4 §4.4.

``compute_style(declared, parent)`` turns a node's declared :class:`CSS`
and its parent's :class:`ComputedStyle` into the node's own computed style:

- inherited properties take the parent's computed value unless declared,
  the others their initial value (CSS 2.1 §6.2);
- ``inherit``, ``initial``, ``unset`` (and ``revert``/``revert-layer``,
  which act as ``unset`` outside a cascade of origins) as css-cascade-4 §7.3;
- logical insets map to physical ones by ``direction`` (css-logical-1 §4,
  horizontal writing mode), later declarations winning;
- ``font-size`` keywords, percentages and ``em`` resolve against the parent's
  font size (css-fonts-4 §2.5), and every other length becomes px: ``em``
  and ``ex``/``ch`` against the element's own font size, ``rem`` against the
  root's, viewport units against the viewport, absolute units by their ratio;
- percentages (and ``calc()`` with percentages) stay for layout to resolve,
  but a percentage ``line-height`` becomes a length (CSS 2.1 §10.8.1);
- border widths: keywords become lengths, a width is 0 when the style is
  ``none`` or ``hidden`` (CSS 2.1 §8.5.1), and widths snap to whole device
  pixels as browsers do (a width under 1px becomes 1px, others are floored);
  ``outline-width`` too, against ``outline-style`` (css-ui-4 §3.2);
- ``display`` is blockified for floats, absolutely positioned boxes, the
  root and children of flex and grid containers, and ``float`` becomes
  ``none`` for absolutely positioned boxes (CSS 2.1 §9.7, css-display-3
  §2.7);
- ``overflow-x``/``-y``: ``visible``/``clip`` paired with a scrolling value
  become ``auto``/``hidden`` (css-overflow-3 §3.1);
- a math function is clamped to the property's range once it folds to a
  number or length, and rounded where only an integer is allowed
  (css-values-4 §10.12);
- ``justify-items: legacy`` takes an inherited ``legacy`` value or becomes
  ``normal`` (css-align-3 §7.1); ``match-parent`` in ``text-align`` and
  ``text-align-last`` inherits with ``start``/``end`` resolved by the
  parent's direction (css-text-3 §7.1, §6.3).

Reading a computed value is a dictionary lookup: layout never parses.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping

from .calc import Calc
from .declaration import CSS
from .display import Display
from .grammar import Alt, IntegerType, LengthType, Named, NumberType, PercentageType
from .grid_properties import GridAutoFlow, GridLine, TemplateAreas
from .parser import canonical_name
from .properties import PROPERTIES, SHORTHANDS
from .values import (
    ABSOLUTE_UNITS,
    CSS_WIDE_KEYWORDS,
    Angle,
    Color,
    Flex,
    FunctionValue,
    Length,
    Number,
    Percentage,
    Ratio,
    String,
    Url,
    ValueList,
)

MEDIUM_FONT_SIZE = 16.0  # css-fonts-4 §2.5: the initial font size, in px
# Absolute-size keywords as factors of medium. css-fonts-4 §2.5.1 gives its
# scaling factors (3/5, 3/4, 8/9, 1, 6/5, 3/2, 2, 3) as guidelines only;
# browsers use the legacy table of HTML font sizes, which for a 16px medium is
# 9, 10, 13, 16, 18, 24, 32 and 48px (what getComputedStyle reports).
ABSOLUTE_SIZE_FACTORS = {
    "xx-small": 9 / 16,
    "x-small": 10 / 16,
    "small": 13 / 16,
    "medium": 1.0,
    "large": 18 / 16,
    "x-large": 24 / 16,
    "xx-large": 32 / 16,
    "xxx-large": 48 / 16,
}
RELATIVE_SIZE_RATIO = 1.2  # css-fonts-4 §2.5: "larger"/"smaller" scale by this ratio
BORDER_WIDTH_KEYWORDS = {"thin": 1.0, "medium": 3.0, "thick": 5.0}  # css-backgrounds-3 §3.3
FONT_WEIGHT_KEYWORDS = {"normal": 400, "bold": 700}

INHERITED = tuple(name for name, entry in PROPERTIES.items() if entry.inherited)
_SIDES = ("top", "right", "bottom", "left")


def default_font_ratios(family, font_size) -> tuple[float, float]:
    """The x-height and ``0`` advance of the first available font, as fractions
    of the em. Without font metrics, css-values-4 §6.1.1 allows 0.5em for
    both; the test font Ahem has an x-height of 0.8em and square 1em glyphs."""
    first = family[0] if family else ""
    if isinstance(first, str) and first.lower() == "ahem":
        return 0.8, 1.0
    return 0.5, 0.5


class ComputedStyle(Mapping):
    """A node's computed style: a read-only mapping from CSS property names
    to computed values, with attribute access using underscores
    (``computed.font_size``). Every value prints as CSS.
    """

    __slots__ = (
        "_box_parent_display",
        "_child_base",
        "_derived",
        "_medium",
        "_original_display",
        "_rem",
        "_values",
    )

    def __init__(
        self,
        values: dict,
        box_parent_display: Display | None = None,
        rem: float = MEDIUM_FONT_SIZE,
    ):
        self._values = values
        self._child_base = None  # see :meth:`child_base`
        self._derived = None  # see :meth:`derived`
        self._box_parent_display = box_parent_display
        self._rem = rem  # the root element's font size, for rem (css-values-4 §6.1.1)
        self._medium = True  # the font size is the user agent's medium (see _default_size)
        self._original_display = None  # see :attr:`original_display`

    def __getitem__(self, name: str):
        # The hot path of layout: a longhand by its CSS or underscore name.
        try:
            return self._values[_UNDERSCORED.get(name, name)]
        except (KeyError, TypeError):
            return self._lookup(name)

    def _lookup(self, name):
        """Any other name: canonicalized, a logical property or a shorthand."""
        values = self._values
        css_name = canonical_name(name)
        if css_name in values:
            return values[css_name]
        logical = PROPERTIES[css_name].logical if css_name in PROPERTIES else None
        if logical is not None:
            return values[logical[0] if values["direction"] == "ltr" else logical[1]]
        entry = SHORTHANDS[css_name]
        return entry.serialize({n: values[n] for n in entry.longhands})

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name.replace("_", "-")]
        except KeyError:
            pass
        try:
            return self[name]
        except ValueError as error:
            raise AttributeError(str(error)) from None

    def __setattr__(self, name, value):
        if name in ComputedStyle.__slots__:
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("computed styles are read-only")

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        if isinstance(other, ComputedStyle):
            return self._values == other._values
        return NotImplemented

    __hash__ = None

    def __str__(self) -> str:
        return "; ".join(f"{name}: {value}" for name, value in self._values.items())

    def __repr__(self) -> str:
        return f"<ComputedStyle {len(self._values)} properties>"

    def child_base(self) -> dict:
        """The starting values of a child's computed style: initial values,
        with this style's values for the inherited properties (CSS 2.1
        §6.2). Made once per parent; each child copies it."""
        base = self._child_base
        if base is None:
            base = dict(INITIAL)
            values = self._values
            for name in INHERITED:
                base[name] = values[name]
            self._child_base = base
        return base

    def derived(self, compute: Callable):
        """``compute(self)``, computed once per style: for layout, values
        derived from this style alone (its used edges when they are all
        lengths...). Styles are immutable, so the result stays true."""
        cache = self._derived
        if cache is None:
            cache = self._derived = {}
        value = cache.get(compute, cache)
        if value is cache:
            value = cache[compute] = compute(self)
        return value

    @property
    def original_display(self) -> Display:
        """``display`` before blockification (CSS 2.1 §9.7, css-display-3
        §2.7). The static position of an absolutely positioned box is where
        its box would be with ``position: static`` (CSS 2.1 §10.3.7,
        css-position-3 §4.1), which depends on whether it was inline-level."""
        return self._original_display or self._values["display"]

    @property
    def box_parent_display(self) -> Display | None:
        """The display of the box this element's box is placed in: its parent's,
        or for a ``display: contents`` parent, the nearest box ancestor's."""
        return self._box_parent_display

    @property
    def font_size_px(self) -> float:
        return self._values["font-size"].value


class _Context:
    """What length conversion needs for one element."""

    __slots__ = ("ch", "ex", "font_size", "rem", "viewport")

    def __init__(self, font_size, rem, viewport, ratios):
        self.font_size = font_size
        self.rem = rem
        self.viewport = viewport
        self.ex = ratios[0] * font_size
        self.ch = ratios[1] * font_size

    def length(self, length: Length):
        unit = length.unit
        if unit == "px":
            return length
        factor = ABSOLUTE_UNITS.get(unit)
        if factor is None:
            if unit == "em":
                factor = self.font_size
            elif unit == "rem":
                factor = self.rem
            elif unit == "ex":
                factor = self.ex
            elif unit == "ch":
                factor = self.ch
            elif self.viewport is None:
                return length
            else:
                width, height = self.viewport
                factor = {
                    "vw": width,
                    "vh": height,
                    "vmin": min(width, height),
                    "vmax": max(width, height),
                }[unit] / 100
        return Length(length.value * factor, "px")

    def absolute(self, value):
        """``value`` with every length in px (percentages untouched)."""
        kind = type(value)
        if kind is Length:
            return value if value.unit == "px" else self.length(value)
        if kind in _PLAIN_TYPES:
            return value
        if isinstance(value, Calc):
            return value.map_leaves(
                lambda leaf: self.length(leaf) if isinstance(leaf, Length) else leaf
            )
        if isinstance(value, str | int | float | Percentage | Number):
            return value
        if isinstance(value, ValueList):
            return type(value)(self.absolute(item) for item in value)
        if isinstance(value, tuple):
            return tuple(self.absolute(item) for item in value)
        if isinstance(value, FunctionValue):
            return FunctionValue(value.name, tuple(self.absolute(a) for a in value.arguments))
        if dataclasses.is_dataclass(value):
            changes = {}
            for field in dataclasses.fields(value):
                item = getattr(value, field.name)
                converted = self.absolute(item)
                if converted is not item:
                    changes[field.name] = converted
            return dataclasses.replace(value, **changes) if changes else value
        return value


# Value types that hold no length, which computing leaves as they are.
_PLAIN_TYPES = frozenset(
    {
        str,
        int,
        float,
        Number,
        Percentage,
        Display,
        Color,
        String,
        Url,
        Ratio,
        Angle,
        Flex,
        GridLine,
        GridAutoFlow,
        TemplateAreas,
    }
)


def _initial_computed() -> dict:
    context = _Context(MEDIUM_FONT_SIZE, MEDIUM_FONT_SIZE, None, (0.5, 0.5))
    values = {
        name: context.absolute(entry.initial)
        for name, entry in PROPERTIES.items()
        if entry.logical is None  # logical properties compute into physical ones
    }
    values["font-size"] = Length(MEDIUM_FONT_SIZE)
    # css-fonts-4 §2.2: font-weight computes to a number ('normal' is 400).
    values["font-weight"] = Number(FONT_WEIGHT_KEYWORDS["normal"])
    values["word-spacing"] = Length(0.0)  # css-text-3 §9.1: 'normal' computes to zero
    for side in _SIDES:
        # 'medium' (CSS 2.1 §8.5.1); _border_widths gives 0 while the style is none.
        values[f"border-{side}-width"] = Length(BORDER_WIDTH_KEYWORDS["medium"])
    values["outline-width"] = Length(BORDER_WIDTH_KEYWORDS["medium"])  # css-ui-4 §3.2
    return values


INITIAL = _initial_computed()
#: Underscore spellings of the longhands (``flex_grow``) to their CSS names.
_UNDERSCORED = {name.replace("-", "_"): name for name in INITIAL if "-" in name}


def compute_style(
    declared: CSS | None,
    parent: ComputedStyle | None = None,
    *,
    root: ComputedStyle | None = None,
    viewport: tuple[float, float] | None = None,
    is_root: bool | None = None,
    font_ratios: Callable = default_font_ratios,
) -> ComputedStyle:
    """The computed style of an element.

    ``declared`` is its cascaded declarations (a :class:`CSS`, or None);
    ``parent`` the parent element's computed style (None for the root);
    ``root`` the root element's computed style, for ``rem`` (defaults to the
    parent chain's root when omitted: pass it for speed); ``viewport`` the
    (width, height) for viewport units, which stay unresolved without it;
    ``is_root`` defaults to ``parent is None``; ``font_ratios(font_family,
    font_size)`` gives the x-height and ``ch`` advance as fractions of the em.
    """
    if is_root is None:
        is_root = parent is None
    parent_values = INITIAL if parent is None else parent._values
    values = dict(INITIAL if parent is None else parent.child_base())
    declarations = _physical(declared, parent_values) if declared else {}

    # CSS-wide keywords and font-size come first: other lengths depend on it.
    specified = {}
    for name, value in declarations.items():
        if isinstance(value, str) and value in CSS_WIDE_KEYWORDS:
            if value == "initial" or (value != "inherit" and not PROPERTIES[name].inherited):
                values[name] = INITIAL[name]
            else:
                values[name] = parent_values[name]
        else:
            specified[name] = value

    parent_font_size = parent_values["font-size"].value
    if root is not None:
        root_font_size = root._values["font-size"].value
    elif parent is not None:
        root_font_size = parent._rem
    else:
        root_font_size = MEDIUM_FONT_SIZE
    if "font-size" in specified:
        values["font-size"] = _font_size(
            specified.pop("font-size"),
            parent_font_size,
            MEDIUM_FONT_SIZE if is_root else root_font_size,
            viewport,
            font_ratios(parent_values["font-family"], parent_font_size),
        )
    if "font-weight" in specified:
        values["font-weight"] = _font_weight(specified.pop("font-weight"), parent_values)
    if "font-family" in specified:  # ex and ch use the element's own first available font
        values["font-family"] = specified.pop("font-family")
    medium = _is_medium(declarations.get("font-size"), parent)
    if medium:
        values["font-size"] = Length(_medium_size(values["font-family"]))
    font_size = values["font-size"].value
    context = _Context(
        font_size,
        font_size if is_root else root_font_size,
        viewport,
        font_ratios(values["font-family"], font_size),
    )
    for name, value in specified.items():
        if type(value) is Calc:
            values[name] = _range_checked(name, context.absolute(value))
        else:
            values[name] = context.absolute(value)

    _line_height(values, font_size)
    _border_widths(values)
    original_display = values["display"]
    _display(values, parent, is_root)
    _overflow(values)
    if values["word-spacing"] == "normal":
        values["word-spacing"] = Length(0.0)  # css-text-3 §9.1: 'normal' computes to zero
    if values["color"] == "currentcolor":
        values["color"] = parent_values["color"]
    if values["justify-items"] == "legacy":
        # css-align-3 §7.1: a lone legacy computes to an inherited legacy value, else normal.
        inherited = "normal" if parent is None else parent_values["justify-items"]
        values["justify-items"] = inherited if inherited.startswith("legacy") else "normal"
    for name in ("text-align", "text-align-last"):
        if values[name] == "match-parent":
            # css-text-3 §7.1, §6.3: inherit, start/end resolved by the parent's direction.
            inherited, rtl = parent_values[name], parent_values["direction"] == "rtl"
            sides = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}
            values[name] = sides.get(inherited, inherited)
    opacity = values["opacity"]
    if isinstance(opacity, Percentage):
        values["opacity"] = Number(min(max(opacity.value / 100, 0.0), 1.0))
    elif isinstance(opacity, Number) and not 0 <= opacity <= 1:
        values["opacity"] = Number(min(max(opacity, 0.0), 1.0))

    if parent is None:
        box_parent_display = None
    elif parent._values["display"].is_contents:
        box_parent_display = parent._box_parent_display
    else:
        box_parent_display = parent._values["display"]
    style = ComputedStyle(values, box_parent_display, font_size if is_root else root_font_size)
    style._medium = medium
    if original_display != values["display"]:
        style._original_display = original_display
    return style


# Browsers' default size for the generic family monospace when the font size
# is the medium keyword (HTML §15.3.4 renders code, pre, kbd... in monospace;
# Chromium and Firefox both use 13px there, 16px for other families).
MONOSPACE_MEDIUM_FONT_SIZE = 13.0


def _is_medium(declared, parent: ComputedStyle | None) -> bool:
    """Whether an element's font size is the ``medium`` keyword's: declared
    as ``medium`` (or ``initial``), or inherited from a parent whose was."""
    if declared is None or declared in ("inherit", "unset", "revert", "revert-layer"):
        return True if parent is None else parent._medium
    return declared in ("medium", "initial")


def _medium_size(family) -> float:
    """css-fonts-4 §2.5: the absolute-size keywords refer to a user agent
    table; like browsers, ``medium`` is 13px for ``font-family: monospace``
    alone and 16px otherwise."""
    if len(family) == 1 and family[0] == "monospace":
        return MONOSPACE_MEDIUM_FONT_SIZE
    return MEDIUM_FONT_SIZE


def _numeric_ranges() -> dict:
    """For each property, the numeric types its value may be at the top level
    (``"length"``, ``"number"``, ``"integer"``) with their ranges."""
    ranges = {}
    for name, entry in PROPERTIES.items():
        found, pending = {}, [entry.grammar]
        while pending:
            grammar = pending.pop()
            if isinstance(grammar, Named):
                pending.append(grammar.definition)
            elif isinstance(grammar, Alt):
                pending.extend(grammar.options)
            elif isinstance(grammar, LengthType):
                found.setdefault("length", (grammar.minimum, grammar.maximum))
                if grammar.percentages:
                    found.setdefault("percentage", (grammar.minimum, grammar.maximum))
            elif isinstance(grammar, PercentageType):
                found.setdefault("percentage", (grammar.minimum, grammar.maximum))
            elif isinstance(grammar, IntegerType):
                found.setdefault("integer", (grammar.minimum, grammar.maximum))
            elif isinstance(grammar, NumberType):
                found.setdefault("number", (grammar.minimum, grammar.maximum))
        if found:
            ranges[name] = found
    return ranges


_NUMERIC_RANGES = _numeric_ranges()


def _clamp(number: float, bounds) -> float:
    low, high = bounds
    if low is not None and number < low:
        return low
    if high is not None and number > high:
        return high
    return number


def _range_checked(name: str, value):
    """css-values-4 §10.12: the value of a math function is clamped to the
    range the property allows, as far as it is known at computed-value time,
    and rounded to the nearest integer where only an <integer> is allowed."""
    ranges = _NUMERIC_RANGES.get(name, {})
    if isinstance(value, Length) and value.unit == "px" and "length" in ranges:
        return Length(float(_clamp(value.value, ranges["length"])))
    if isinstance(value, Percentage) and "percentage" in ranges:
        return Percentage(float(_clamp(value.value, ranges["percentage"])))
    if isinstance(value, Number):
        if "integer" in ranges and "number" not in ranges:
            return int(_clamp(math.floor(value + 0.5), ranges["integer"]))
        if "number" in ranges:
            return Number(_clamp(value, ranges["number"]))
    return value


_LOGICAL = frozenset(name for name, entry in PROPERTIES.items() if entry.logical)


def _physical(declared: CSS, parent_values) -> dict:
    """Declared values with logical properties mapped to physical ones
    (css-logical-1 §4), in declaration order so that the later one wins."""
    if _LOGICAL.isdisjoint(declared._declared):
        return declared._declared
    items = declared.items()
    direction = declared._declared.get("direction")
    if direction is None or direction in CSS_WIDE_KEYWORDS:
        direction = parent_values["direction"] if direction != "initial" else "ltr"
    result = {}
    for name, value in items:
        mapping = PROPERTIES[name].logical
        if mapping is not None:
            name = mapping[0] if direction == "ltr" else mapping[1]
            result.pop(name, None)
        result[name] = value
    return result


def _font_size(value, parent_size, rem, viewport, parent_ratios) -> Length:
    """css-fonts-4 §2.5: keywords, percentages and em against the parent's size."""
    if isinstance(value, str):
        if value in ABSOLUTE_SIZE_FACTORS:
            return Length(MEDIUM_FONT_SIZE * ABSOLUTE_SIZE_FACTORS[value])
        if value == "larger":
            return Length(parent_size * RELATIVE_SIZE_RATIO)
        if value == "smaller":
            return Length(parent_size / RELATIVE_SIZE_RATIO)
        return Length(parent_size)  # math: no math-depth scaling without math-depth
    context = _Context(parent_size, rem, viewport, parent_ratios)
    if isinstance(value, Percentage):
        return Length(value.of(parent_size))
    result = context.absolute(value)
    if isinstance(result, Calc):
        if result.type == "length" and viewport is None and not result.has_percentage:
            return result  # pragma: no cover - viewport units without a viewport
        result = Length(
            result.evaluate(
                lambda leaf: leaf.of(parent_size) if isinstance(leaf, Percentage) else leaf.value
            )
        )
    if isinstance(result, Length) and result.unit == "px":
        return Length(max(result.value, 0.0))
    return result


def _font_weight(value, parent_values) -> Number:
    """css-fonts-4 §2.2: keywords to numbers; bolder and lighter from the
    parent's weight by the table of §2.2.1."""
    if isinstance(value, Calc):
        return Number(min(max(value.evaluate(float), 1.0), 1000.0))
    if not isinstance(value, str):
        return Number(value)
    if value in FONT_WEIGHT_KEYWORDS:
        return Number(FONT_WEIGHT_KEYWORDS[value])
    inherited = float(parent_values["font-weight"])
    if value == "bolder":
        result = 400 if inherited < 350 else 700 if inherited < 550 else 900
        return Number(max(result, inherited))
    if inherited < 100:
        return Number(inherited)
    result = 100 if inherited < 550 else 400 if inherited < 750 else 700
    return Number(min(result, inherited))


def _line_height(values, font_size) -> None:
    """CSS 2.1 §10.8.1: a percentage line-height computes to a length."""
    value = values["line-height"]
    if isinstance(value, Percentage):
        values["line-height"] = Length(value.of(font_size))
    elif isinstance(value, Calc):
        if value.type == "number":
            values["line-height"] = Number(value.evaluate(float))
        elif value.has_percentage:
            height = value.evaluate(
                lambda leaf: leaf.of(font_size) if isinstance(leaf, Percentage) else leaf.value
            )
            values["line-height"] = Length(max(height, 0.0))  # css-values-4 §10.12


def snap_border_width(width: float) -> float:
    """Browsers draw borders in whole device pixels: a positive width under
    one pixel becomes one pixel, others are floored (at 1 device px per CSS px)."""
    if width <= 0:
        return 0.0
    return 1.0 if width < 1 else float(math.floor(width))


def _border_widths(values) -> None:
    for side in _SIDES:
        _line_width(values, f"border-{side}-width", f"border-{side}-style")
    # css-ui-4 §3.2: outline-width computes like a border width ("0 if the
    # outline style is none").
    _line_width(values, "outline-width", "outline-style")


def _line_width(values, name: str, style: str) -> None:
    if values[style] in ("none", "hidden"):
        values[name] = Length(0.0)
        return
    width = values[name]
    if isinstance(width, str):
        values[name] = Length(BORDER_WIDTH_KEYWORDS[width])
    elif isinstance(width, Calc):
        values[name] = Length(snap_border_width(width.evaluate(lambda leaf: leaf.value)))
    elif isinstance(width, Length) and width.unit == "px":
        values[name] = Length(snap_border_width(width.value))


def _display(values, parent: ComputedStyle | None, is_root: bool) -> None:
    """CSS 2.1 §9.7 and css-display-3 §2.7 blockification."""
    display: Display = values["display"]
    if display.is_none:
        return
    position = values["position"]
    if position in ("absolute", "fixed"):
        values["float"] = "none"
        values["display"] = display.blockified()
        return
    if is_root:
        values["display"] = (
            Display("block", "flow") if display.is_contents else display.blockified()
        )
        return
    if values["float"] != "none":
        values["display"] = display.blockified()
        return
    if parent is not None and not display.is_contents:
        container = parent._values["display"]
        if container.is_contents:
            container = parent._box_parent_display
        if container is not None and container.inner in ("flex", "grid"):
            values["display"] = display.blockified()


def _overflow(values) -> None:
    """css-overflow-3 §3.1: visible/clip cannot pair with a scrolling value."""
    x, y = values["overflow-x"], values["overflow-y"]
    scrolling = {"hidden", "scroll", "auto"}
    if (x in scrolling) != (y in scrolling):
        fix = {"visible": "auto", "clip": "hidden"}
        values["overflow-x"] = fix.get(x, x)
        values["overflow-y"] = fix.get(y, y)
