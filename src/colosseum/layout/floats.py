"""The floats of a block formatting context: CSS 2.1 §9.5.

A :class:`FloatContext` belongs to one block formatting context. It places
each float by the nine rules of §9.5.1, answers the space left beside the
floats for line boxes and for block formatting context roots (§9.5), and the
position below them for ``clear`` (§9.5.2).

Coordinates are absolute, like every box's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .lines import defer_translate
from .used import clamp_width, horizontal_extras, is_auto, resolve


class PlacedFloat:
    """A float's margin box once placed, and the side it floats to."""

    __slots__ = ("bottom", "box", "left", "right", "side", "top")

    def __init__(self, box, side: str):
        self.box = box
        self.side = side
        self.left = box.x
        self.top = box.y
        self.right = box.x + box.margin_width
        # A negative bottom margin larger than the float's border box leaves
        # an empty margin box, at its top (as Chromium does for clearance).
        self.bottom = max(self.top, box.y + box.margin_height)

    def overlaps(self, top: float, bottom: float) -> bool:
        """Whether this float's margin box is beside the band [top, bottom)
        (a zero-height band is beside the floats it touches from above)."""
        if self.bottom <= self.top:  # an empty margin box is beside nothing
            return False
        if bottom <= top:
            return self.top <= top < self.bottom
        return self.top < bottom and self.bottom > top


class FloatContext:
    """The floats placed so far in one block formatting context.

    Floats are kept in placement order, which is also the order of their
    tops (§9.5.1 rule 5: a float is no higher than an earlier one), so a
    query looks only at the floats whose top is within the tallest float's
    height above the band: linear layout however many floats there are.
    """

    def __init__(self):
        self.floats: list[PlacedFloat] = []
        self._tops: list[float] = []
        self._tallest = 0.0
        self._lowest: dict[str, float] = {}

    # -- queries --------------------------------------------------------------------

    def beside(self, top: float, height: float) -> list[PlacedFloat]:
        """The floats beside the band [top, top + height)."""
        if not self.floats:
            return []
        bottom = top + height
        tops = self._tops
        end = bisect_left(tops, bottom) if height > 0 else bisect_right(tops, top)
        start = bisect_left(tops, top - self._tallest)
        return [placed for placed in self.floats[start:end] if placed.overlaps(top, bottom)]

    def band(self, top: float, height: float, left: float, right: float) -> tuple[float, float]:
        """The horizontal extent left between ``left`` and ``right`` (a
        containing block's content edges) for a box or line box occupying
        [top, top + height), beside the floats next to it (CSS 2.1 §9.5:
        line boxes are shortened; §9.5 block formatting context roots must
        not overlap floats' margin boxes)."""
        for placed in self.beside(top, height):
            if placed.side == "left":
                left = max(left, placed.right)
            else:
                right = min(right, placed.left)
        return left, right

    def is_clear(self, top: float, height: float) -> bool:
        """Whether no float is beside the band [top, top + height)."""
        return not self.beside(top, height)

    def next_bottom(self, top: float, height: float = 0.0) -> float | None:
        """The nearest bottom edge, below ``top``, of a float beside the band
        [top, top + height): where a line box or box that did not fit
        beside the floats tries again. None when no float is beside it."""
        bottoms = [placed.bottom for placed in self.beside(top, height) if placed.bottom > top]
        return min(bottoms) if bottoms else None

    def clearance_edge(self, clear: str) -> float | None:
        """CSS 2.1 §9.5.2: the bottom outer edge of the lowest float that
        ``clear`` (left, right or both) must be placed below, or None when
        there is no such float."""
        sides = {"left": ("left",), "right": ("right",), "both": ("left", "right")}.get(clear, ())
        bottoms = [self._lowest[side] for side in sides if side in self._lowest]
        return max(bottoms) if bottoms else None

    def lowest_bottom(self) -> float | None:
        """The bottom margin edge of the lowest float (CSS 2.1 §10.6.7:
        floats count in the auto height of a block formatting context root)."""
        return max(self._lowest.values(), default=None)

    def record(self, placed: PlacedFloat) -> None:
        """Add a placed float."""
        self.floats.append(placed)
        self._tops.append(placed.top)
        self._tallest = max(self._tallest, placed.bottom - placed.top)
        lowest = self._lowest.get(placed.side)
        if lowest is None or placed.bottom > lowest:
            self._lowest[placed.side] = placed.bottom

    # -- placement ------------------------------------------------------------------

    def place(self, box, top: float, left: float, right: float) -> None:
        """Place the laid-out float ``box`` (its margin box anywhere) by the
        rules of CSS 2.1 §9.5.1, no higher than ``top`` (rules 4 and 6:
        the top of its containing block, or of the line box it would be
        in), between the containing block's content edges ``left`` and
        ``right`` (rules 1, 3 and 7), then record it.

        Rule 5: no higher than the top of an earlier float. Rules 2, 3 and
        7: beside the earlier floats it is next to, or below them; rule 8:
        as high as possible, rule 9: as far left (right) as possible. A
        float too wide for its containing block goes where no other float
        is beside it, overflowing on the side it does not float to.
        """
        side = box.style["float"]
        clear = box.style["clear"]
        if clear != "none":  # §9.5.2: below the earlier floats it clears
            edge = self.clearance_edge(clear)
            if edge is not None:
                top = max(top, edge)
        if self.floats:
            top = max(top, self.floats[-1].top)
        width = box.margin_width
        height = box.margin_height
        while True:
            band_left, band_right = self.band(top, height, left, right)
            if band_right - band_left >= width or self.is_clear(top, height):
                break
            below = self.next_bottom(top, height)
            if below is None:
                break
            top = below
        x = band_left if side == "left" else band_right - width
        defer_translate(box, x - box.x, top - box.y)
        self.record(PlacedFloat(box, side))


def place_beside_floats(floats, box, top, left, right, direction, stretch, lay_out) -> None:
    """CSS 2.1 §9.5: the border box of a block formatting context root, a
    table or a block-level replaced box in normal flow must not overlap the
    margin box of a float in its formatting context. Beside floats the box
    keeps its margins from its containing block's edges (``left``,
    ``right``) but its border box starts past the floats; an ``auto`` width
    (``stretch``) narrows to the space left, a box that does not fit moves
    down past the next float bottom. ``top`` is the box's top border edge
    without floats; ``lay_out(x, y, width)`` lays the box out with its
    margin box at (x, y) and its content ``width``. The space is checked
    again over the height the box gets (and the box laid out again if it
    is narrower there). Like Chromium, a stretched box fits wherever its
    min-width does (its contents may overflow)."""
    natural_x, natural_width = box.x, box.width
    extras = horizontal_extras(box)
    # The specified margins (not those the §10.3.3 equation adjusted).
    start_margin = resolve(box.style["margin-left"], right - left, auto=0.0)
    end_margin = resolve(box.style["margin-right"], right - left, auto=0.0)
    guess = 0.0
    for _ in range(2 * len(floats.floats) + 4):
        band = floats.band(top, guess, left, right)
        if band[0] <= left and band[1] >= right:
            x, width = natural_x, natural_width
        else:
            # The space beside the floats. Margins may overlap the floats;
            # where no space is left at all, a box with an auto width and no
            # margins still goes there, with no width (as in Chromium).
            start = max(band[0], left + start_margin)
            end = min(band[1], right - end_margin)
            width = needed = natural_width
            if stretch:
                width = clamp_width(box, max(0.0, end - start - extras), right - left)
                needed = clamp_width(box, 0.0, right - left)  # not its min-content
            needed += extras
            fits = needed <= end - start + 1e-7
            if not fits and end <= start and (stretch or needed <= 0):
                fits = start_margin <= 0 and end_margin <= 0
            below = floats.next_bottom(top, guess)
            if not fits and below is not None:
                top = below
                continue
            x = _border_start(box, start, end, width + extras, direction) - box.margin_left
        lay_out(x, top - box.margin_top, width)
        height = box.border_height
        if height > guess and floats.band(top, height, left, right) != band:
            guess = height
            continue
        return
    lay_out(natural_x, top - box.margin_top, natural_width)  # pragma: no cover - a safety net


def _border_start(box, start: float, end: float, border_width: float, direction: str) -> float:
    """Where the border box goes in the space [start, end] beside floats:
    ``auto`` margins share the free space (like browsers, centering in the
    space left by the floats, CSS 2.1 §10.3.3), else it starts at the
    containing block's start side."""
    free = end - start - border_width
    left_auto = is_auto(box.style["margin-left"])
    right_auto = is_auto(box.style["margin-right"])
    if free > 0 and left_auto and right_auto:
        return start + free / 2
    if free > 0 and left_auto:
        return start + free
    if free > 0 and right_auto:
        return start
    return end - border_width if direction == "rtl" else start
