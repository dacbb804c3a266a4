"""The SVG backend: a display list as an SVG 1.1 document (no dependency).

The output is deterministic text: numbers print with at most three
decimals, clip paths are numbered in order. ``shape-rendering="crispEdges"``
asks viewers not to anti-alias, as the raster backend does not.
"""

from __future__ import annotations

import base64
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


_HINT_SAMPLES = 16  # stops per segment standing for a non-linear transition


def _gradient_stops(shading) -> list[tuple[float, tuple]]:
    """The shading's stops as SVG stops: (position, straight RGBA bytes).
    SVG interpolates colors linearly and without premultiplying, so a
    segment with a transition hint, or between two different opacities, is
    sampled into several stops (css-images-3 §3.5.2)."""
    positions, colors = shading.positions, shading.colors
    stops = [(positions[0], straight(colors[0]))]
    for index in range(1, len(positions)):
        low, high = positions[index - 1], positions[index]
        nonlinear = shading.hints[index - 1] is not None or colors[index - 1][3] != colors[index][3]
        if nonlinear and high > low:
            for step in range(1, _HINT_SAMPLES):
                t = low + (high - low) * step / _HINT_SAMPLES
                stops.append((t, straight(shading.color_at(t))))
        stops.append((high, straight(colors[index])))
    return stops


def _gradient(op, number: int, indent: str) -> list[str]:
    """A gradient box as a rect filled with an SVG ``linearGradient`` in
    user space, from the first stop to the last; ``pad`` continues the end
    colors, ``repeat`` repeats the stops (css-images-3 §3.4)."""
    shading = op.shading
    box = f'x="{_number(op.x)}" y="{_number(op.y)}" width="{_number(op.width)}" ' + (
        f'height="{_number(op.height)}"'
    )
    solid = shading.solid
    if solid is not None:
        red, green, blue, alpha = straight(solid)
        return [f"{indent}<rect {box} {_fill((red, green, blue, alpha / 255))}/>"]
    stops = _gradient_stops(shading)
    first, last = stops[0][0], stops[-1][0]
    if last <= first:  # every stop at one position: a sharp edge there
        first, last = first - 1, last + 1
    (start_x, start_y), (dx, dy) = shading.start, shading.direction
    x1, y1 = op.x + start_x + dx * first, op.y + start_y + dy * first
    x2, y2 = op.x + start_x + dx * last, op.y + start_y + dy * last
    spread = "repeat" if shading.repeating else "pad"
    lines = [
        f'{indent}<linearGradient id="gradient{number}" gradientUnits="userSpaceOnUse" '
        f'x1="{_number(x1)}" y1="{_number(y1)}" x2="{_number(x2)}" y2="{_number(y2)}" '
        f'spreadMethod="{spread}">'
    ]
    for position, (red, green, blue, alpha) in stops:
        offset = f"{(position - first) / (last - first):.6f}".rstrip("0").rstrip(".")
        opacity = "" if alpha == 255 else f' stop-opacity="{_number(alpha / 255)}"'
        lines.append(
            f'{indent}  <stop offset="{offset or 0}" stop-color="rgb({red},{green},{blue})"'
            f"{opacity}/>"
        )
    lines.append(f"{indent}</linearGradient>")
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
