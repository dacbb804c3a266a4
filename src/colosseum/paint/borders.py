"""Borders: CSS 2.1 §8.5.3 border styles, css-backgrounds-3 §4.

A border is painted side by side; where two sides of different colors or
styles meet, the corner is split along the diagonal from the border box's
corner to the padding box's corner (css-backgrounds-3 §4.4: "the
transition between [colors] ... the angle is proportional to the ratio of
the border widths"), which makes each side a trapezoid.

Styles:

- ``solid``: the side's trapezoid;
- ``double``: two bands, the outer ``floor((w + 1) / 3)`` px and the inner
  as wide, with the rest a gap between them (``solid`` under 3px);
- ``dashed`` and ``dotted``: dashes three times as long as the border is
  wide, or dots as long as it is wide (round from 3px on, as browsers draw
  them; square under), spaced so that the side starts and ends with one;
  the top and bottom sides own the corners;
- ``groove`` and ``ridge``: the outer and inner halves in a darker and the
  specified color; ``inset`` and ``outset``: the top and left sides darker
  (``inset``) or the bottom and right ones (``outset``). The darker shade
  scales the channels by ``(v - 0.33) / v`` where v is the brightest channel
  (black becomes ``rgb(84, 84, 84)``), as browsers darken border colors.
"""

from __future__ import annotations

import math

from .ops import DisplayList

SIDES = ("top", "right", "bottom", "left")
_DARKENED_BLACK = (84, 84, 84)
#: Dotted borders at least this wide have round dots (thinner: squares).
ROUND_DOTS = 3


def darker(color):
    """The darker shade of a color for groove, ridge, inset and outset."""
    red, green, blue, alpha = color
    brightest = max(red, green, blue) / 255
    if brightest == 0:
        return (*_DARKENED_BLACK, alpha)
    factor = max(0.0, (brightest - 0.33) / brightest)
    return (int(red * factor), int(green * factor), int(blue * factor), alpha)


def paint_border(ops: DisplayList, rect, widths, styles, colors) -> None:
    """Paint the border of a border box ``rect`` (x, y, width, height) with
    per-side ``widths``, ``styles`` and ``colors`` (top, right, bottom,
    left; colors as op colors)."""
    _x, _y, width, height = rect
    visible = [
        widths[i] > 0 and styles[i] not in ("none", "hidden") and colors[i] is not None
        for i in range(4)
    ]
    if not any(visible) or width <= 0 or height <= 0:
        return
    shown = [colors[i] for i in range(4) if visible[i]]
    if all(styles[i] == "solid" for i in range(4) if visible[i]) and all(
        color == shown[0] for color in shown
    ):
        _solid_rectangles(
            ops, rect, [w if v else 0 for w, v in zip(widths, visible, strict=False)], shown[0]
        )
        return
    for index, side in enumerate(SIDES):
        if visible[index]:
            _paint_side(ops, side, rect, widths, styles[index], colors[index])


def _solid_rectangles(ops, rect, widths, color) -> None:
    """A one-color solid border as (up to) four rectangles."""
    x, y, width, height = rect
    top, right, bottom, left = widths
    ops.fill_rect(x, y, width, top, color)
    ops.fill_rect(x, y + height - bottom, width, bottom, color)
    ops.fill_rect(x, y + top, left, height - top - bottom, color)
    ops.fill_rect(x + width - right, y + top, right, height - top - bottom, color)


def _inset(rect, widths, fraction):
    """The rectangle (x0, y0, x1, y1) ``fraction`` of the way from the border
    edge to the padding edge."""
    x, y, width, height = rect
    top, right, bottom, left = widths
    return (
        x + left * fraction,
        y + top * fraction,
        x + width - right * fraction,
        y + height - bottom * fraction,
    )


def side_polygon(side: str, outer, inner):
    """The trapezoid of one side between two nested rectangles (x0, y0, x1,
    y1): the corners are split along their diagonals."""
    ox0, oy0, ox1, oy1 = outer
    ix0, iy0, ix1, iy1 = inner
    if side == "top":
        return ((ox0, oy0), (ox1, oy0), (ix1, iy0), (ix0, iy0))
    if side == "right":
        return ((ox1, oy0), (ox1, oy1), (ix1, iy1), (ix1, iy0))
    if side == "bottom":
        return ((ox1, oy1), (ox0, oy1), (ix0, iy1), (ix1, iy1))
    return ((ox0, oy1), (ox0, oy0), (ix0, iy0), (ix0, iy1))


def _band(ops, side, rect, widths, start, end, color) -> None:
    """The part of a side between two fractions of the border width."""
    polygon = side_polygon(side, _inset(rect, widths, start), _inset(rect, widths, end))
    ops.fill_path([polygon], color)


def _paint_side(ops, side, rect, widths, style, color) -> None:
    index = SIDES.index(side)
    width = widths[index]
    if style == "double" and width >= 3:
        outer = math.floor((width + 1) / 3)
        _band(ops, side, rect, widths, 0.0, outer / width, color)
        _band(ops, side, rect, widths, 1 - outer / width, 1.0, color)
    elif style in ("groove", "ridge"):
        first, second = darker(color), color
        if (style == "groove") != (side in ("top", "left")):
            first, second = second, first
        _band(ops, side, rect, widths, 0.0, 0.5, first)
        _band(ops, side, rect, widths, 0.5, 1.0, second)
    elif style in ("inset", "outset"):
        dark = (style == "inset") == (side in ("top", "left"))
        _band(ops, side, rect, widths, 0.0, 1.0, darker(color) if dark else color)
    elif style in ("dashed", "dotted"):
        _dashes(ops, side, rect, widths, style, color)
    else:  # solid, and double too thin for two lines
        _band(ops, side, rect, widths, 0.0, 1.0, color)


def _dashes(ops, side, rect, widths, style, color) -> None:
    """Dashes or dots along one side (see the module docstring)."""
    x, y, width, height = rect
    top, right, bottom, left = widths
    thickness = widths[SIDES.index(side)]
    if side in ("top", "bottom"):
        start, length = x, width
    else:
        start, length = y + top, height - top - bottom
    if length <= 0:
        return
    dash = thickness * (3 if style == "dashed" else 1)
    round_dots = style == "dotted" and thickness >= ROUND_DOTS
    dots = []
    for offset, size in dash_positions(length, dash, dash):
        position = start + offset
        if side == "top":
            piece = (position, y, size, top)
        elif side == "bottom":
            piece = (position, y + height - bottom, size, bottom)
        elif side == "left":
            piece = (x, position, left, size)
        else:
            piece = (x + width - right, position, right, size)
        if round_dots and size == dash:
            dots.append(_circle(piece[0] + piece[2] / 2, piece[1] + piece[3] / 2, thickness / 2))
        else:
            ops.fill_rect(*piece, color)
    ops.fill_path(dots, color)


def _circle(cx: float, cy: float, radius: float, steps: int = 32):
    """A circle as a polygon of ``steps`` sides."""
    return tuple(
        (
            cx + radius * math.cos(2 * math.pi * index / steps),
            cy + radius * math.sin(2 * math.pi * index / steps),
        )
        for index in range(steps)
    )


def dash_positions(length: float, dash: float, gap: float) -> list[tuple[float, float]]:
    """(offset, size) of the dashes along a side of ``length``: as many
    ``dash``-long dashes as fit with gaps of about ``gap``, the first at 0
    and the last ending at ``length`` (one dash over the whole side when
    only one fits)."""
    if dash <= 0 or length <= dash:
        return [(0.0, length)]
    count = max(1, math.floor((length + gap) / (dash + gap)))
    if count == 1:
        return [(0.0, length)]
    space = (length - count * dash) / (count - 1)
    return [(index * (dash + space), dash) for index in range(count)]
