"""The SVG backend: a display list as an SVG 1.1 document (no dependency).

The output is deterministic text: numbers print with at most three
decimals, clip paths are numbered in order. ``shape-rendering="crispEdges"``
asks viewers not to anti-alias, as the raster backend does not.
"""

from __future__ import annotations

import base64
import math
from bisect import bisect_left
from itertools import pairwise
from xml.sax.saxutils import quoteattr

from .gradients import straight
from .ops import DrawGradient, DrawImage, FillPath, FillRect, PopClip, PopLayer, PushClip, PushLayer


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _fill(color) -> str:
    red, green, blue, alpha = color
    text = f'fill="rgb({red},{green},{blue})"'
    if alpha < 1:
        text += f' fill-opacity="{_number(alpha)}"'
    return text


def _path_data(polygons) -> str:
    parts = []
    for polygon in polygons:
        points = " L".join(f"{_number(x)} {_number(y)}" for x, y in polygon)
        parts.append(f"M{points} Z")
    return " ".join(parts)


def _image_href(image) -> str:
    data = image.png_bytes() if hasattr(image, "png_bytes") else b""
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


# Stops standing for a non-linear transition: at least this many per
# segment, and one every this many px, up to the maximum.
_SAMPLES, _SAMPLE_STEP, _MAX_SAMPLES = 16, 2.0, 256


def _breakpoints(shading, low: float, high: float) -> list[float]:
    """The stop positions in [low, high] (repeated, for a repeating
    gradient), with ``low`` and ``high``."""
    positions = shading.positions
    found = {low, high}
    period = positions[-1] - positions[0]
    if shading.repeating and period > 0:
        base = positions[0] + math.floor((low - positions[0]) / period) * period
        while base <= high:
            found.update(
                base + p - positions[0] for p in positions if low < base + p - positions[0] < high
            )
            base += period
    else:
        found.update(p for p in positions if low < p < high)
    return sorted(found)


def _nonlinear(shading, t: float) -> bool:
    """Whether the segment of the gradient line holding ``t`` needs
    sampling: SVG interpolates linearly without premultiplying, so a hint or
    two different opacities does (css-images-3 §3.5.2)."""
    positions, colors = shading.positions, shading.colors
    period = positions[-1] - positions[0]
    if shading.repeating and period > 0:
        t = positions[0] + (t - positions[0]) % period
    index = bisect_left(positions, t)
    if index == 0 or index == len(positions):
        return False
    return shading.hints[index - 1] is not None or colors[index - 1][3] != colors[index][3]


def _gradient_stops(shading, low: float, high: float) -> list[tuple[float, tuple]]:
    """SVG stops (position, straight RGBA bytes) drawing the gradient line
    from ``low`` to ``high`` exactly where it is linear: each breakpoint
    twice, with the colors before and after it (equal offsets make a sharp
    edge), and non-linear segments sampled."""
    points = _breakpoints(shading, low, high)
    stops = [(low, straight(shading.color_at(low, after=True)))]
    for start, end in pairwise(points):
        if _nonlinear(shading, (start + end) / 2):
            count = min(_MAX_SAMPLES, max(_SAMPLES, math.ceil((end - start) / _SAMPLE_STEP)))
            for step in range(1, count):
                t = start + (end - start) * step / count
                stops.append((t, straight(shading.color_at(t))))
        stops.append((end, straight(shading.color_at(end))))
        if end < high:
            stops.append((end, straight(shading.color_at(end, after=True))))
    return stops


def _gradient(op, number: int, indent: str) -> list[str]:
    """A gradient box as a rect filled with an SVG gradient in user space:
    a ``linearGradient`` from the first stop to the last, or a
    ``radialGradient`` scaled vertically into the ending shape's ellipse
    (css-images-3 §3.1, §3.2); ``pad`` continues the end colors, and
    ``repeat`` repeats the stops (§3.4)."""
    shading = op.shading
    box = f'x="{_number(op.x)}" y="{_number(op.y)}" width="{_number(op.width)}" ' + (
        f'height="{_number(op.height)}"'
    )
    solid = shading.solid
    if solid is not None:
        red, green, blue, alpha = straight(solid)
        return [f"{indent}<rect {box} {_fill((red, green, blue, alpha / 255))}/>"]
    positions = shading.positions
    spread = "repeat" if shading.repeating else "pad"
    start_x, start_y = op.x + shading.start[0], op.y + shading.start[1]
    if shading.radial:  # the ray from the centre: [0, last stop], or one period
        low = 0.0
        high = positions[-1] - positions[0] if shading.repeating else max(positions[-1], 0.0)
        if high <= 0:  # all stops at or before the centre: the last color
            low, high, spread = 0.0, 1.0, "pad"
        scale = shading.scale or 1e-9
        element = (
            f'radialGradient id="gradient{number}" gradientUnits="userSpaceOnUse" '
            f'cx="0" cy="0" r="{_number(high)}" gradientTransform="matrix(1 0 0 '
            f'{1 / scale:.6g} {_number(start_x)} {_number(start_y)})"'
        )
    else:
        low, high = positions[0], positions[-1]
        if high <= low:  # every stop at one position: a sharp edge there
            low, high = low - 1, high + 1
        dx, dy = shading.direction
        element = (
            f'linearGradient id="gradient{number}" gradientUnits="userSpaceOnUse" '
            f'x1="{_number(start_x + dx * low)}" y1="{_number(start_y + dy * low)}" '
            f'x2="{_number(start_x + dx * high)}" y2="{_number(start_y + dy * high)}"'
        )
    lines = [f'{indent}<{element} spreadMethod="{spread}">']
    for position, (red, green, blue, alpha) in _gradient_stops(shading, low, high):
        offset = f"{(position - low) / (high - low):.6f}".rstrip("0").rstrip(".")
        opacity = "" if alpha == 255 else f' stop-opacity="{_number(alpha / 255)}"'
        lines.append(
            f'{indent}  <stop offset="{offset or 0}" stop-color="rgb({red},{green},{blue})"'
            f"{opacity}/>"
        )
    lines.append(f"{indent}</{element.split()[0]}>")
    lines.append(f'{indent}<rect {box} fill="url(#gradient{number})"/>')
    return lines


def to_svg(display_list, width: float, height: float) -> str:
    """An SVG document of ``width`` x ``height`` CSS px, white canvas."""
    w, h = _number(width), _number(height)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" shape-rendering="crispEdges">',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="rgb(255,255,255)"/>',
    ]
    clips = gradients = 0
    depth = 0  # open <g> elements
    for op in display_list:
        kind = type(op)
        indent = "  " * (depth + 1)
        if kind is FillRect:
            lines.append(
                f'{indent}<rect x="{_number(op.x)}" y="{_number(op.y)}" '
                f'width="{_number(op.width)}" height="{_number(op.height)}" {_fill(op.color)}/>'
            )
        elif kind is FillPath:
            lines.append(
                f'{indent}<path d="{_path_data(op.polygons)}" fill-rule="nonzero" '
                f"{_fill(op.color)}/>"
            )
        elif kind is DrawImage:
            href = quoteattr(_image_href(op.image))
            lines.append(
                f'{indent}<image x="{_number(op.x)}" y="{_number(op.y)}" '
                f'width="{_number(op.width)}" height="{_number(op.height)}" '
                f'preserveAspectRatio="none" xlink:href={href}/>'
            )
        elif kind is DrawGradient:
            gradients += 1
            lines.extend(_gradient(op, gradients, indent))
        elif kind is PushClip:
            clips += 1
            lines.append(
                f'{indent}<clipPath id="clip{clips}"><rect x="{_number(op.x)}" '
                f'y="{_number(op.y)}" width="{_number(op.width)}" '
                f'height="{_number(op.height)}"/></clipPath>'
            )
            lines.append(f'{indent}<g clip-path="url(#clip{clips})">')
            depth += 1
        elif kind is PushLayer:
            lines.append(f'{indent}<g opacity="{_number(op.opacity)}">')
            depth += 1
        elif kind in (PopClip, PopLayer) and depth:
            depth -= 1
            lines.append("  " * (depth + 1) + "</g>")
    while depth:
        depth -= 1
        lines.append("  " * (depth + 1) + "</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"
