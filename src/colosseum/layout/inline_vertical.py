"""Line height and vertical alignment: CSS 2.1 §10.8 (with §10.6.1 for the
content area of inline boxes).

Each line box is built from a tree of :class:`Aligned` boxes: the root
inline box (the block container's strut, §10.8.1), the inline boxes and
the atomic inline-level boxes on the line. Each has an ascent and a
descent around its baseline: for an inline box A' and D', its font's
ascent and descent plus half the leading (``line-height`` minus A + D)
above and below (§10.8.1); for an atomic box, its margin box above and
below its baseline. ``vertical-align`` places each baseline relative to its
parent's; ``top`` and ``bottom`` align whole subtrees with the line box
once its height is known from the rest (§10.8.2).

Fonts' ascents and descents are rounded to whole pixels as Chromium does
(:meth:`~colosseum.text.metrics.FontMetrics.rounded`), so content areas and
``line-height: normal`` agree with the reference browser.
"""

from __future__ import annotations

import math

from ..style.values import Length, Number
from .used import layout_unit, resolve


def layout_units_half(value: float) -> float:
    """The part of the leading ``value`` that goes above the glyphs: half of
    it, floored to a whole pixel, as Chromium splits it (the rest goes
    below)."""
    return float(math.floor(value / 2))


class FontBox:
    """The rounded metrics and line height of a style (cached per style)."""

    __slots__ = ("ascent", "descent", "font_size", "line_height", "x_height")

    def __init__(self, measurer, style):
        metrics = measurer.metrics(style).rounded()
        self.ascent = metrics.ascent
        self.descent = metrics.descent
        self.x_height = metrics.x_height
        self.font_size = style["font_size"].value
        self.line_height = used_line_height(style, metrics)


def used_line_height(style, metrics) -> float:
    """CSS 2.1 §10.8.1 'line-height': ``normal`` is the font's ascent,
    descent and line gap (rounded, as Chromium sums them); a number times
    the font size; a length (percentages are computed to lengths)."""
    value = style["line_height"]
    if isinstance(value, str):  # normal
        return metrics.ascent + metrics.descent + metrics.line_gap
    if isinstance(value, Length):
        return value.value
    if isinstance(value, Number):
        return float(value) * style["font_size"].value
    return resolve(value, style["font_size"].value, auto=0.0)


class Aligned:
    """A box on a line for §10.8: its ascent/descent above/below its
    baseline (``above``, ``below``, leading included), its baseline
    ``shift`` relative to its anchor, and what it is.

    ``anchor`` is the root state, or a state aligned ``top``/``bottom``
    (which anchors its own subtree)."""

    __slots__ = (
        "above",
        "align",
        "anchor",
        "baseline",
        "below",
        "box",
        "children",
        "font",
        "fragment",
        "parent",
        "shift",
    )

    def __init__(self, box, font: FontBox | None, parent: Aligned | None, fragment=None):
        self.box = box
        self.font = font
        self.parent = parent
        self.fragment = fragment
        self.children: list = []
        self.align = "baseline"
        self.shift = 0.0
        self.above = 0.0
        self.below = 0.0
        self.anchor = self
        self.baseline = 0.0  # absolute, once the line is placed
        if parent is not None:
            parent.children.append(self)

    def set_inline_extent(self) -> None:
        """CSS 2.1 §10.8.1: A' = A + L/2 - (A + D)/2 above the baseline, D'
        below: half the leading on each side."""
        font = self.font
        leading = font.line_height - (font.ascent + font.descent)
        half = layout_units_half(leading)
        self.above = font.ascent + half
        self.below = font.descent + leading - half


def baseline_shift(state: Aligned) -> float:
    """CSS 2.1 §10.8.1 'vertical-align': where ``state``'s baseline is
    relative to its parent's (positive is down). ``top``/``bottom`` are
    placed later (:func:`place_line`)."""
    parent = state.parent
    pfont = parent.font
    value = state.box.style["vertical_align"]
    if isinstance(value, str):
        if value == "baseline":
            return 0.0
        if value == "sub":
            return layout_unit(pfont.font_size / 5 + 1)
        if value == "super":
            return -layout_unit(pfont.font_size / 3 + 1)
        if value == "text-top":
            return -pfont.ascent + state.above
        if value == "text-bottom":
            return pfont.descent - state.below
        if value == "middle":
            # Chromium: the x-height rounded up to a layout unit, halved (truncated).
            half_x_height = (math.ceil(pfont.x_height * 64) // 2) / 64
            return -half_x_height + layout_unit((state.above - state.below) / 2)
        return 0.0  # top, bottom
    line_height = state.font.line_height if state.font is not None else 0.0
    raised = resolve(value, line_height, auto=0.0)
    return -layout_unit(raised)


def align_states(states: list[Aligned]) -> None:
    """Resolve each state's ``shift`` relative to its anchor, parents first.

    A ``top``/``bottom`` box directly in the root anchors its own subtree,
    placed against the line box by :func:`place_line`. One nested in an
    inline box is aligned as Chromium does: against its parent's baseline
    moved by the ascent (descent) of the rest of its parent's group, see
    :func:`_align_nested`."""
    nested = []
    for state in states:
        parent = state.parent
        if parent is None:
            continue
        value = state.box.style["vertical_align"]
        if value in ("top", "bottom") and parent.parent is None:
            state.align = value
            state.anchor = state
            state.shift = 0.0
            continue
        state.anchor = parent.anchor
        if value in ("top", "bottom"):
            state.align = value
            nested.append(state)
            state.shift = parent.shift
        else:
            state.shift = parent.shift + baseline_shift(state)
    if nested:
        _align_nested(states, nested)


def _align_nested(states: list[Aligned], nested: list[Aligned]) -> None:
    """``vertical-align: top | bottom`` on a box inside an inline box:
    Chromium puts its top (bottom) at its parent's baseline minus (plus) the
    ascent (descent) of the other boxes of the line (its anchor's group)."""
    inside: set[int] = set()
    for state in states:
        if id(state) in inside or state in nested:
            inside.add(id(state))
        elif state.parent is not None and id(state.parent) in inside:
            inside.add(id(state))
    others = [s for s in states if id(s) not in inside]
    offsets: dict[int, float] = {}
    for state in nested:
        group = [s for s in others if s.anchor is state.anchor]
        if state.align == "top":
            ascent = max(s.above - s.shift for s in group)
            offsets[id(state)] = -ascent + state.above
        else:
            descent = max(s.shift + s.below for s in group)
            offsets[id(state)] = descent - state.below
    for state in states:  # parents first: move each nested subtree with its root
        parent = state.parent
        if parent is None or state.anchor is state:
            continue
        if id(state) in offsets:
            state.shift = parent.shift + offsets[id(state)]
        elif id(state) in inside:
            state.shift = parent.shift + baseline_shift(state)


def place_line(states: list[Aligned], top: float) -> tuple[float, float]:
    """CSS 2.1 §10.8: the line box's height and its baseline, the line box
    starting at ``top``; sets every state's absolute ``baseline``.

    The root's subtree (the strut included) gives the height; then each
    subtree aligned ``top`` or ``bottom`` may grow the line box downwards or
    upwards (in order), and is placed against its edge."""
    root = states[0]
    extents: dict[int, list[float]] = {}
    for state in states:
        extent = extents.setdefault(id(state.anchor), [math.inf, -math.inf])
        extent[0] = min(extent[0], state.shift - state.above)
        extent[1] = max(extent[1], state.shift + state.below)
    line_top, line_bottom = extents[id(root)]
    for state in states:
        if state.anchor is state and state is not root:
            low, high = extents[id(state)]
            if state.align == "top":
                line_bottom = max(line_bottom, line_top + high - low)
            else:
                line_top = min(line_top, line_bottom - (high - low))
    height = line_bottom - line_top
    baseline = top - line_top
    for state in states:
        if state.anchor is state and state is not root:
            low, high = extents[id(state)]
            anchor_baseline = top - low if state.align == "top" else top + height - high
            state.baseline = anchor_baseline
        elif state.anchor is root:
            state.baseline = baseline + state.shift
    for state in states:
        anchor = state.anchor
        if anchor is not root and anchor is not state:
            state.baseline = anchor.baseline + state.shift
    return height, baseline
