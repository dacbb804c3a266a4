"""The SVG backend: a display list as an SVG 1.1 document (no dependency).

The output is deterministic text: numbers print with at most three
decimals, clip paths are numbered in order. ``shape-rendering="crispEdges"``
asks viewers not to anti-alias, as the raster backend does not.
"""

from __future__ import annotations

import base64
from xml.sax.saxutils import quoteattr

from .ops import DrawImage, FillPath, FillRect, PopClip, PopLayer, PushClip, PushLayer


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


def to_svg(display_list, width: float, height: float) -> str:
    """An SVG document of ``width`` x ``height`` CSS px, white canvas."""
    w, h = _number(width), _number(height)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" shape-rendering="crispEdges">',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="rgb(255,255,255)"/>',
    ]
    clips = 0
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
