"""Painting gradients: css-images-3 §3.

A gradient has no natural dimensions (§3): it is drawn into a *gradient
box*, its concrete object size, which for a background is the tile size
(css-backgrounds-3 §3.9). :func:`shade` resolves a computed gradient value
for one gradient box into a :class:`Shading`: the gradient line (§3.1.1)
and the color stops at their used positions after the "fixup" of §3.5.3.
``Shading.color_at(t)`` is then the color of the gradient line at ``t`` px
from its starting point (§3.5.2 "Coloring the Gradient Line"), and the
backends paint each device pixel with the color at its centre projected on
the gradient line, with no dithering.

Colors are interpolated in premultiplied sRGB (§3.5.2), so a transition
to ``transparent`` keeps the hue. Where several stops share a position the
color changes abruptly there (§3.5.2); the color exactly at that position
is the one before the change, as a rectangle's bottom and right edges
cover the pixels whose centres lie on them (:mod:`colosseum.paint.raster`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..style.calc import Calc
from ..style.gradients import ColorHint, RadialGradient
from ..style.values import Angle, Length, Percentage
from .ops import rgba

# §3.4: a repeating gradient whose period is shorter than this (in px, one
# device pixel) is painted in its average color.
MIN_PERIOD = 1.0
_SIDE_ANGLES = {"top": 0.0, "right": 90.0, "bottom": 180.0, "left": 270.0}
# Exact unit vectors for the sides, so that vertical and horizontal gradients
# depend on one coordinate only.
_AXIS_VECTORS = {0.0: (0.0, -1.0), 90.0: (1.0, 0.0), 180.0: (0.0, 1.0), 270.0: (-1.0, 0.0)}


@dataclass(frozen=True, slots=True)
class Shading:
    """A gradient resolved for one gradient box.

    ``start``: the starting point of the gradient line, relative to the
    top left corner of the gradient box; ``direction``: its unit vector;
    ``positions``: the used stop positions in px along the line, ascending;
    ``colors``: the stops' premultiplied colors ``(r * a, g * a, b * a, a)``
    (channels 0-255, alpha 0-1); ``hints``: for each stop after the first,
    the position of the transition hint before it, or None;
    ``repeating``: repeat the stops along the line (§3.4).
    """

    start: tuple[float, float]
    direction: tuple[float, float] | None
    positions: tuple[float, ...]
    colors: tuple[tuple[float, float, float, float], ...]
    hints: tuple
    repeating: bool = False
    scale: float = 1.0
    uniform: tuple[float, float, float, float] | None = None

    @property
    def radial(self) -> bool:
        """A radial gradient (§3.2): ``start`` is its centre, and ``scale``
        the ratio of the horizontal to the vertical radius of its ending
        shape; a linear one (§3.1) has a ``direction``."""
        return self.direction is None

    def line_position(self, x: float, y: float) -> float:
        """The position on the gradient line of the point (x, y) of the
        gradient box. Linear: where the line through it perpendicular to the
        gradient line meets it (§3.1.1); radial: where the ellipse through
        it, concentric and similar to the ending shape, meets the gradient
        ray (§3.2.2)."""
        if self.direction is None:
            return math.hypot(x - self.start[0], (y - self.start[1]) * self.scale)
        return (x - self.start[0]) * self.direction[0] + (y - self.start[1]) * self.direction[1]

    @property
    def solid(self) -> tuple[float, float, float, float] | None:
        """The premultiplied color of a gradient that is one color
        everywhere (its stops all one color), or None. §3.4: a repeating
        gradient whose first and last stops are at the same position is the
        average color of the same stops evenly spaced, and one whose
        stops repeat more often than the device pixels can show is its
        average color."""
        if self.uniform is not None:
            return self.uniform
        if all(color == self.colors[0] for color in self.colors):
            return self.colors[0]
        if self.repeating:
            period = self.positions[-1] - self.positions[0]
            if period <= 0:
                return _average(self.colors, range(len(self.colors)))
            if period < MIN_PERIOD:  # too fine for the device pixels
                return _average(self.colors, self.positions)
        return None

    def color_at(self, t: float, after: bool = False) -> tuple[float, float, float, float]:
        """The premultiplied color of the gradient line at position ``t``
        (§3.5.2 and, for repeating gradients, §3.4); where the color changes
        abruptly at ``t``, the one before the change, or with ``after`` the
        one after it."""
        positions = self.positions
        first, last = positions[0], positions[-1]
        if self.repeating and last > first:
            offset = (t - first) % (last - first)
            t = last if offset == 0 and t != first and not after else first + offset
        index = (bisect_right if after else bisect_left)(positions, t)
        if index == 0:
            return self.colors[0]
        if index == len(positions):
            return self.colors[-1]
        low, high = positions[index - 1], positions[index]
        weight = (t - low) / (high - low)
        hint = self.hints[index - 1]
        if hint is not None:
            weight = _hinted(weight, (hint - low) / (high - low))
        before, after = self.colors[index - 1], self.colors[index]
        return tuple(a + (b - a) * weight for a, b in zip(before, after, strict=True))


def _hinted(weight: float, hint: float) -> float:
    """§3.5.2 "interpolate with a color hint": the color weighting at P is
    P ** log_H(0.5) for a hint at H (both as fractions of the segment)."""
    if weight <= 0:
        return 0.0
    if hint <= 0:
        return 1.0
    if hint >= 1:
        return 0.0 if weight < 1 else 1.0
    return weight ** (math.log(0.5) / math.log(hint))


def _average(colors, positions) -> tuple[float, float, float, float]:
    """§3.4 "find the average color of a gradient": each adjacent pair of
    stops weighs half their distance over the total length, for each."""
    positions = list(positions)
    total = positions[-1] - positions[0]
    result = [0.0, 0.0, 0.0, 0.0]
    for index in range(len(colors) - 1):
        weight = (positions[index + 1] - positions[index]) / 2 / total
        for channel in range(4):
            result[channel] += (colors[index][channel] + colors[index + 1][channel]) * weight
    return tuple(result)


def straight(color) -> tuple[int, int, int, int]:
    """A premultiplied color as straight RGBA bytes (0-255)."""
    red, green, blue, alpha = color
    if alpha <= 0:
        return (0, 0, 0, 0)
    return (
        min(255, max(0, int(red / alpha + 0.5))),
        min(255, max(0, int(green / alpha + 0.5))),
        min(255, max(0, int(blue / alpha + 0.5))),
        min(255, max(0, int(alpha * 255 + 0.5))),
    )


def pixel_bytes(shading: Shading, left: float, top: float, width: int, height: int) -> bytes:
    """The straight RGBA bytes of ``width`` x ``height`` device pixels, row
    by row, the first pixel's centre at (``left``, ``top``) in the gradient
    box: each pixel the color of the gradient line where its centre
    projects (§3.1.1), exactly, without dithering."""
    solid = shading.solid
    if solid is not None:
        return bytes(straight(solid)) * (width * height)
    cache: dict[float, bytes] = {}

    def color(t: float) -> bytes:
        found = cache.get(t)
        if found is None:
            found = cache[t] = bytes(straight(shading.color_at(t)))
        return found

    if shading.radial:
        position = shading.line_position
        return b"".join(
            color(position(left + i, top + j)) for j in range(height) for i in range(width)
        )
    (start_x, start_y), (dx, dy) = shading.start, shading.direction
    across = [(left + i - start_x) * dx for i in range(width)]
    if dy == 0:  # a horizontal gradient: every row is the same
        return b"".join(color(t) for t in across) * height
    rows = []
    for j in range(height):
        down = (top + j - start_y) * dy
        if dx == 0:  # a vertical gradient: one color a row
            rows.append(color(down) * width)
        else:
            rows.append(b"".join([color(a + down) for a in across]))
    return b"".join(rows)


# -- the gradient line: css-images-3 §3.1.1 -----------------------------------------------


def gradient_angle(direction, width: float, height: float) -> float:
    """The angle of the gradient line in degrees, 0 pointing up and
    clockwise (§3.1.1). ``to`` a side is 0, 90, 180 or 270deg; ``to`` a
    corner points into that corner's quadrant, perpendicular to the line
    through the two neighbouring corners (the "magic corners" rule)."""
    if isinstance(direction, Angle):
        return direction.to_degrees() % 360.0
    if isinstance(direction, Calc):
        return direction.evaluate(lambda leaf: leaf.to_degrees()) % 360.0
    words = direction.split()[1:]
    if len(words) == 1:
        return _SIDE_ANGLES[words[0]]
    horizontal, vertical = words
    # `to right top`: perpendicular to the diagonal from the top left to the
    # bottom right corner, along (width, height): the vector (height, -width),
    # whose angle from the vertical is atan(height / width).
    angle = math.degrees(math.atan2(height, width))
    if vertical == "bottom":
        angle = 180.0 - angle
    return angle if horizontal == "right" else (360.0 - angle) % 360.0


def gradient_line(angle: float, width: float, height: float):
    """The starting point (relative to the gradient box), the unit vector
    and the length of the gradient line at ``angle`` through the centre of
    a ``width`` x ``height`` box; its length is abs(W sin A) + abs(H cos A)."""
    direction = _AXIS_VECTORS.get(round(angle, 9) % 360.0)  # 0.25turn, pi/2 rad ...
    if direction is None:
        radians = math.radians(angle)
        direction = (math.sin(radians), -math.cos(radians))
    length = abs(width * direction[0]) + abs(height * direction[1])
    start = (width / 2 - direction[0] * length / 2, height / 2 - direction[1] * length / 2)
    return start, direction, length


# -- color stops: css-images-3 §3.5.3 "Color Stop Fixup" -------------------------------


def _position(value, length: float) -> float:
    """A length-percentage along the gradient line, percentages of its length."""
    if isinstance(value, Percentage):
        return value.value * length / 100
    if isinstance(value, Length):
        return float(value.value)
    return value.evaluate(
        lambda leaf: leaf.of(length) if isinstance(leaf, Percentage) else leaf.value
    )


def _entries(stops, length: float, current_color) -> list:
    """The stop list with two-position stops split into two stops
    (css-images-4 §3.5.1) and positions in px: ``[color or None, position
    or None]`` items, a None color for a hint."""
    entries = []
    for stop in stops:
        if isinstance(stop, ColorHint):
            entries.append([None, _position(stop.position, length)])
            continue
        color = rgba(stop.color, current_color) or (0, 0, 0, 0.0)
        red, green, blue, alpha = color
        premultiplied = (red * alpha, green * alpha, blue * alpha, alpha)
        positions = [_position(p, length) for p in stop.positions] or [None]
        entries.extend([premultiplied, p] for p in positions)
    return entries


def fix_up(entries: list, length: float) -> None:
    """§3.5.3, in order: 1. a first stop without a position is at 0%; 2. a
    last one at 100%; 3. a stop or hint before a larger position earlier in
    the list moves up to it; 4. runs of stops without positions are spaced
    evenly between the positioned stops around them."""
    if entries[0][1] is None:
        entries[0][1] = 0.0
    if entries[-1][1] is None:
        entries[-1][1] = length
    largest = -math.inf
    for entry in entries:
        if entry[1] is not None:
            largest = max(largest, entry[1])
            entry[1] = largest
    index = 0
    while index < len(entries):
        if entries[index][1] is not None:
            index += 1
            continue
        end = index
        while entries[end][1] is None:
            end += 1
        before, after = entries[index - 1][1], entries[end][1]
        count = end - index + 1
        for step, entry in enumerate(entries[index:end], start=1):
            entry[1] = before + (after - before) * step / count
        index = end


def _stops(entries) -> tuple[tuple, tuple, tuple]:
    """The positions and colors of the fixed-up stops, and for each stop
    after the first the position of the hint before it (or None)."""
    positions, colors, hints, hint = [], [], [], None
    for color, position in entries:
        if color is None:
            hint = position
            continue
        if colors:
            hints.append(hint)
        hint = None
        positions.append(position)
        colors.append(color)
    return tuple(positions), tuple(colors), tuple(hints)


def shade(gradient, width: float, height: float, current_color=None) -> Shading:
    """The :class:`Shading` of a computed gradient value (a
    :class:`~colosseum.style.gradients.LinearGradient` or
    :class:`~colosseum.style.gradients.RadialGradient`) in a ``width`` x
    ``height`` gradient box; ``current_color`` resolves ``currentcolor``."""
    if isinstance(gradient, RadialGradient):
        return _shade_radial(gradient, width, height, current_color)
    angle = gradient_angle(gradient.direction, width, height)
    start, direction, length = gradient_line(angle, width, height)
    entries = _entries(gradient.stops, length, current_color)
    fix_up(entries, length)
    positions, colors, hints = _stops(entries)
    return Shading(start, direction, positions, colors, hints, gradient.repeating)


# -- radial gradients: css-images-3 §3.2 --------------------------------------------------


def _offset(value, extent: float) -> float:
    """An offset or radius: percentages of ``extent``."""
    return _position(value, extent)


def ending_shape(gradient: RadialGradient, width: float, height: float):
    """The centre (cx, cy) and the horizontal and vertical radii of the
    ending shape (§3.2.1). The extent keywords treat the sides of the
    gradient box as infinite lines; for an ellipse, ``closest-corner`` and
    ``farthest-corner`` keep the aspect ratio of ``closest-side`` and
    ``farthest-side``, scaled to pass through the corner."""
    x_offset, y_offset = gradient.position
    cx, cy = _offset(x_offset, width), _offset(y_offset, height)
    size = gradient.size
    if not isinstance(size, str):
        if gradient.shape == "circle":
            radius = max(0.0, _offset(size, 0.0))
            return (cx, cy), radius, radius
        rx, ry = (
            max(0.0, _offset(v, extent)) for v, extent in zip(size, (width, height), strict=True)
        )
        return (cx, cy), rx, ry
    pick = min if size.startswith("closest") else max
    sides = pick(abs(cx), abs(width - cx)), pick(abs(cy), abs(height - cy))
    if size.endswith("side"):
        if gradient.shape == "circle":
            return (cx, cy), pick(sides), pick(sides)
        return (cx, cy), sides[0], sides[1]
    corners = [(x - cx, y - cy) for x in (0.0, width) for y in (0.0, height)]
    corner = pick(corners, key=lambda c: math.hypot(*c))
    if gradient.shape == "circle":
        radius = math.hypot(*corner)
        return (cx, cy), radius, radius
    if sides[1] == 0:
        return (cx, cy), sides[0], 0.0
    ratio = sides[0] / sides[1]  # rx / ry of the side ellipse
    ry = math.hypot(corner[0] / ratio, corner[1]) if ratio else abs(corner[1])
    return (cx, cy), ry * ratio, ry


def _shade_radial(gradient: RadialGradient, width, height, current_color) -> Shading:
    """The gradient ray starts at the centre and goes right, its ending
    point on the ending shape, so percentages are of the horizontal radius
    (§3.2.2). Degenerate ending shapes (§3.2.3): a circle of zero radius
    stays a circle; an ellipse of zero width is as if very narrow and very
    tall (the color depends on the horizontal distance only, percentages
    resolve to 0); one of zero height, as if very wide and very flat, is
    the color of the last stop, or the average color when repeating."""
    centre, rx, ry = ending_shape(gradient, width, height)
    if gradient.shape == "circle":
        scale = 1.0
    else:
        scale = 0.0 if rx == 0 or ry == 0 else rx / ry
    entries = _entries(gradient.stops, rx, current_color)
    fix_up(entries, rx)
    positions, colors, hints = _stops(entries)
    uniform = None
    if gradient.shape != "circle" and rx > 0 and ry == 0:
        if gradient.repeating and positions[-1] > positions[0]:
            uniform = _average(colors, positions)
        else:
            uniform = colors[-1]
    return Shading(centre, None, positions, colors, hints, gradient.repeating, scale, uniform)


__all__ = [
    "Shading",
    "ending_shape",
    "fix_up",
    "gradient_angle",
    "gradient_line",
    "pixel_bytes",
    "shade",
    "straight",
]
