"""Used widths and heights of replaced elements: CSS 2.1 §10.3.2, §10.6.2
and the constraint table of §10.4, with css-sizing-3 ``box-sizing`` and
css-sizing-4 §2 ``aspect-ratio``.

A :class:`~colosseum.layout.boxes.ReplacedBox` may have a natural width, a
natural height and a natural ratio (an image), any of them missing (an SVG
with only a ratio, a broken image...), or a host ``measure`` callback
(a GUI toolkit's leaf widget) asked for its size under the constraints at
hand. :func:`replaced_size` gives the used content width and height; it is
called for block-level, inline-level, floated and absolutely positioned
replaced boxes alike (CSS 2.1 §10.3.2, §10.3.4, §10.3.6, §10.3.8 all defer
to the same rules), by whoever places the box.

Borders and paddings are read from the style here (percentages of the
containing block's width), so the box's used edges need not be set yet.
"""

from __future__ import annotations

import math

from ..style.values import Ratio
from .used import border_width, percentage_depends, resolve

DEFAULT_WIDTH = 300.0  # CSS 2.1 §10.3.2: the width of the 300 x 150 default object
DEFAULT_HEIGHT = 150.0  # CSS 2.1 §10.6.2


class Constraints:
    """What the box's style asks of its content box: the specified width
    and height (None for ``auto``, or a percentage of an indefinite size),
    min/max sizes, and the edges that box-sizing converts through."""

    def __init__(self, style, cb_width: float | None, cb_height: float | None):
        self.style = style
        self.extra_width = _extras(style, ("left", "right"), cb_width)
        self.extra_height = _extras(style, ("top", "bottom"), cb_width)
        self.border_box = style["box_sizing"] == "border-box"
        self.width = self.size("width", cb_width, self.extra_width)
        self.height = self.size("height", cb_height, self.extra_height)
        self.min_width = self.size("min_width", cb_width, self.extra_width) or 0.0
        self.min_height = self.size("min_height", cb_height, self.extra_height) or 0.0
        max_width = self.size("max_width", cb_width, self.extra_width)
        max_height = self.size("max_height", cb_height, self.extra_height)
        # CSS 2.1 §10.4 / §10.7: min wins over max.
        self.max_width = math.inf if max_width is None else max(max_width, self.min_width)
        self.max_height = math.inf if max_height is None else max(max_height, self.min_height)
        self.margins = sum(
            resolve(style[f"margin_{side}"], cb_width, auto=0.0) or 0.0
            for side in ("left", "right")
        )

    def size(self, name: str, reference: float | None, extras: float) -> float | None:
        """A ``width``-family property as a content-box size, None when it
        does not constrain (``auto``, ``none``, intrinsic keywords, or a
        percentage of an indefinite size: CSS 2.1 §10.5 "computes to auto")."""
        value = resolve(self.style[name], reference)
        if value is None:
            return None
        if self.border_box:
            value -= extras
        return max(0.0, value)

    def clamp_width(self, width: float) -> float:
        return max(self.min_width, min(width, self.max_width))

    def clamp_height(self, height: float) -> float:
        return max(self.min_height, min(height, self.max_height))


def constraints_of(box, cb_width: float | None, cb_height: float | None) -> Constraints:
    """The box's :class:`Constraints` in a ``cb_width`` x ``cb_height``
    containing block; made once per style when none of its values is a
    percentage (read-only, shared)."""
    shared = box.style.derived(_shared_constraints)
    return shared if shared is not None else Constraints(box.style, cb_width, cb_height)


_REFERRING = (
    *("width", "height", "min_width", "min_height", "max_width", "max_height"),
    *(f"padding_{side}" for side in ("top", "right", "bottom", "left")),
    "margin_left",
    "margin_right",
)


def _shared_constraints(style) -> Constraints | None:
    if any(percentage_depends(style[name]) for name in _REFERRING):
        return None
    return Constraints(style, None, None)


def _extras(style, sides, cb_width: float | None) -> float:
    """Borders and paddings on two sides (CSS 2.1 §8.4: padding percentages
    refer to the containing block's width)."""
    total = 0.0
    for side in sides:
        total += border_width(style, side)
        total += resolve(style[f"padding_{side}"], cb_width, auto=0.0) or 0.0
    return total


class Natural:
    """The natural (intrinsic) dimensions of a replaced box: width, height,
    and ratio (width / height), each None when the box has none."""

    def __init__(self, width=None, height=None, ratio=None):
        self.width = width
        self.height = height
        self.ratio = ratio if ratio else None  # a zero ratio is no ratio
        # Borders and paddings across and down when the ratio is that of the
        # border box (an ``aspect-ratio`` with ``box-sizing: border-box``).
        self.extras = (0.0, 0.0)

    def height_for(self, width: float) -> float:
        """The content height that the ratio gives a content width."""
        across, down = self.extras
        return max(0.0, (width + across) / self.ratio - down)

    def width_for(self, height: float) -> float:
        across, down = self.extras
        return max(0.0, (height + down) * self.ratio - across)


def natural_dimensions(ctx, box, constraints: Constraints, cb_width, cb_height) -> Natural:
    """The box's natural dimensions: its image's, or those its host's
    ``measure`` callback gives for the space available (the specified size
    when there is one, else the containing block's size less margins,
    borders and paddings, or infinity when indefinite); css-sizing-4 §2.1:
    ``aspect-ratio`` replaces the natural ratio (``auto && <ratio>``: only
    when there is none)."""
    measure = getattr(box, "measure", None)
    if measure is not None:
        available_width = constraints.width
        if available_width is None:
            available_width = _available(cb_width, constraints.margins + constraints.extra_width)
        available_height = constraints.height
        if available_height is None:
            available_height = _available(cb_height, constraints.extra_height)
        width, height = ctx.measure(box, available_width, available_height)
        natural = Natural(max(0.0, float(width)), max(0.0, float(height)))
    else:
        natural = Natural(box.intrinsic_width, box.intrinsic_height, box.intrinsic_ratio)
    preferred = preferred_aspect_ratio(constraints.style, natural.ratio)
    if preferred is not None:
        natural.ratio = preferred
        if constraints.border_box:  # css-sizing-4 §2.1: the box-sizing box's ratio
            natural.extras = (constraints.extra_width, constraints.extra_height)
    return natural


def _available(size: float | None, used: float) -> float:
    return math.inf if size is None else max(0.0, size - used)


def preferred_aspect_ratio(style, natural_ratio: float | None) -> float | None:
    """css-sizing-4 §2.1 ``aspect-ratio``: ``<ratio>`` is the preferred
    ratio; ``auto && <ratio>`` uses the natural ratio when there is one;
    ``auto`` (or a degenerate ratio) leaves the natural ratio."""
    try:
        value = style["aspect_ratio"]
    except (KeyError, ValueError):
        return None
    if isinstance(value, Ratio):
        return None if value.degenerate else value.width / value.height
    if isinstance(value, str):
        return None
    ratio = next((item for item in value if isinstance(item, Ratio)), None)
    if natural_ratio or ratio is None or ratio.degenerate:
        return None
    return ratio.width / ratio.height


def default_object_width(ctx) -> float:
    """CSS 2.1 §10.3.2: 300px, or, when that is too wide for the device,
    the width of the largest 2:1 rectangle that fits it."""
    viewport_width, viewport_height = ctx.viewport
    if DEFAULT_WIDTH <= viewport_width or viewport_width <= 0:
        return DEFAULT_WIDTH
    return min(viewport_width, 2 * viewport_height) if viewport_height > 0 else viewport_width


def default_object_height(ctx) -> float:
    """CSS 2.1 §10.6.2: the height of the largest 2:1 rectangle no taller
    than 150px and no wider than the device."""
    viewport_width = ctx.viewport[0]
    if viewport_width <= 0:
        return DEFAULT_HEIGHT
    return min(DEFAULT_HEIGHT, viewport_width / 2)


def auto_width(ctx, natural: Natural, height: float | None, stretch: float | None) -> float:
    """CSS 2.1 §10.3.2 for ``width: auto``, given the used height when
    ``height`` is not auto (or None): the natural width; else the height
    times the ratio; else, with only a ratio, the containing block's width
    (the constraint equation of §10.3.3, ``stretch``); else 300px."""
    if height is not None and natural.ratio is not None:
        return natural.width_for(height)
    if natural.width is not None:
        return natural.width
    if natural.height is not None and natural.ratio is not None:
        return natural.width_for(natural.height)
    if natural.ratio is not None and stretch is not None:
        return stretch
    return default_object_width(ctx)


def auto_height(ctx, natural: Natural, width: float) -> float:
    """CSS 2.1 §10.6.2 for ``height: auto`` once the used width is known:
    the width divided by the ratio, else the natural height, else 150px."""
    if natural.ratio is not None:
        return natural.height_for(width)
    if natural.height is not None:
        return natural.height
    return default_object_height(ctx)


def replaced_size(ctx, box, cb_width: float | None, cb_height: float | None, *, insets=0.0):
    """CSS 2.1 §10.3.2, §10.6.2 and §10.4: the used ``(content width,
    content height)`` of the replaced ``box`` in a containing block of
    ``cb_width`` x ``cb_height`` (either None when indefinite: percentages
    of it then act as ``auto``). ``insets``: what an absolutely positioned
    box's ``left`` and ``right`` take from the width that a box with only
    a ratio fills (css-position-3 §4: its inset-modified containing block)."""
    constraints = constraints_of(box, cb_width, cb_height)
    natural = natural_dimensions(ctx, box, constraints, cb_width, cb_height)
    width, height = constraints.width, constraints.height
    if width is None and height is None:
        stretch = None
        if cb_width is not None:
            used = constraints.margins + constraints.extra_width + insets
            stretch = max(0.0, cb_width - used)
        width = auto_width(ctx, natural, None, stretch)
        if natural.ratio is not None:
            return constrain_with_ratio(constraints, width, natural.height_for(width))
        height = auto_height(ctx, natural, width)
        return constraints.clamp_width(width), constraints.clamp_height(height)
    if height is None:
        width = constraints.clamp_width(width)
        return width, constraints.clamp_height(auto_height(ctx, natural, width))
    height = constraints.clamp_height(height)
    if width is None:
        width = auto_width(ctx, natural, height, None)
    return constraints.clamp_width(width), height


def constrain_with_ratio(c: Constraints, w: float, h: float) -> tuple[float, float]:
    """CSS 2.1 §10.4, the table for replaced elements with an intrinsic
    ratio whose ``width`` and ``height`` are both ``auto``: the tentative
    size (w, h) is scaled to honour min/max-width and min/max-height while
    keeping its ratio where it can."""
    if w <= 0 or h <= 0:
        return c.clamp_width(w), c.clamp_height(h)
    too_wide, too_narrow = w > c.max_width, w < c.min_width
    too_tall, too_short = h > c.max_height, h < c.min_height
    if too_wide and too_tall:
        if c.max_width / w <= c.max_height / h:
            return c.max_width, max(c.min_height, c.max_width * h / w)
        return max(c.min_width, c.max_height * w / h), c.max_height
    if too_narrow and too_short:
        if c.min_width / w <= c.min_height / h:
            return min(c.max_width, c.min_height * w / h), c.min_height
        return c.min_width, min(c.max_height, c.min_width * h / w)
    if too_narrow and too_tall:
        return c.min_width, c.max_height
    if too_wide and too_short:
        return c.max_width, c.min_height
    if too_wide:
        return c.max_width, max(c.max_width * h / w, c.min_height)
    if too_narrow:
        return c.min_width, min(c.min_width * h / w, c.max_height)
    if too_tall:
        return max(c.max_height * w / h, c.min_width), c.max_height
    if too_short:
        return min(c.min_height * w / h, c.max_width), c.min_height
    return w, h
