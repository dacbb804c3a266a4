"""The raster backend: a display list to a Pillow image.

One CSS px is one device pixel. Nothing is anti-aliased, so the same
display list gives the same pixels on every machine, and a test and its
reference that place the same shapes give identical images.

Coverage rule: a pixel (i, j) is covered by a shape when its centre
(i + 0.5, j + 0.5) is inside it, a left or top edge excluded and a right
or bottom edge included. For a rectangle from x0 to x1 this covers the
pixels from ``floor(x0 + 0.5)`` to ``floor(x1 + 0.5) - 1``: its edges snap
to device pixels by rounding (half up). Polygons (border corners, glyph
outlines) are filled by scanlines through the pixel centres with the
nonzero winding rule, with the same rule, so two shapes sharing an edge
never both cover, nor both miss, a pixel along it.

Colors with alpha blend over what is below; ``PushLayer``/``PopLayer``
groups are composited with their opacity; clips intersect.
"""

from __future__ import annotations

import math

from .gradients import pixel_bytes
from .ops import DrawGradient, DrawImage, FillPath, FillRect, PopClip, PopLayer, PushClip, PushLayer

_LIMIT = 1 << 30  # device pixels: beyond any canvas


def snap(coordinate: float) -> int:
    """The device pixel edge a CSS px coordinate snaps to (infinities and
    NaN clamp to far outside the canvas)."""
    if not math.isfinite(coordinate):
        return -_LIMIT if coordinate < 0 or coordinate != coordinate else _LIMIT
    return max(-_LIMIT, min(_LIMIT, math.floor(coordinate + 0.5)))


class Rasterizer:
    """Draws ops onto an RGB Pillow image."""

    def __init__(self, width: int, height: int, background=(255, 255, 255)):
        from PIL import Image, ImageDraw

        self.image = Image.new("RGB", (width, height), background)
        self._draw_module = ImageDraw
        self.draw = ImageDraw.Draw(self.image, "RGBA")
        self.clips = [(0, 0, width, height)]
        self.layers = []
        self._scaled = {}  # scaled images, for repeated background tiles

    @property
    def clip(self):
        return self.clips[-1]

    def run(self, ops) -> None:
        for op in ops:
            kind = type(op)
            if kind is FillRect:
                self.fill_rect(op)
            elif kind is FillPath:
                self.fill_path(op.polygons, op.color)
            elif kind is DrawImage:
                self.draw_image(op)
            elif kind is DrawGradient:
                self.draw_gradient(op)
            elif kind is PushClip:
                x0, y0, x1, y1 = self.clip
                self.clips.append(
                    (
                        max(x0, snap(op.x)),
                        max(y0, snap(op.y)),
                        min(x1, snap(op.x + op.width)),
                        min(y1, snap(op.y + op.height)),
                    )
                )
            elif kind is PopClip:
                if len(self.clips) > 1:
                    self.clips.pop()
            elif kind is PushLayer:
                self.layers.append((self.image.copy(), op.opacity))
            elif kind is PopLayer and self.layers:
                self.pop_layer()

    # -- shapes ---------------------------------------------------------------------------

    def _span(self, x0: int, y0: int, x1: int, y1: int, color) -> None:
        """Fill device pixels [x0, x1) x [y0, y1), clipped."""
        cx0, cy0, cx1, cy1 = self.clip
        x0, y0, x1, y1 = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
        if x0 < x1 and y0 < y1:
            red, green, blue, alpha = color
            fill = (red, green, blue, int(alpha * 255 + 0.5))
            self.draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=fill)

    def fill_rect(self, op: FillRect) -> None:
        self._span(snap(op.x), snap(op.y), snap(op.x + op.width), snap(op.y + op.height), op.color)

    def fill_path(self, polygons, color) -> None:
        """Scanline fill with the nonzero winding rule (module docstring)."""
        edges = []
        for polygon in polygons:
            count = len(polygon)
            for index in range(count):
                (xa, ya), (xb, yb) = polygon[index], polygon[(index + 1) % count]
                if ya == yb:
                    continue
                direction = 1 if yb > ya else -1
                if (ya, xa) > (yb, xb):
                    xa, ya, xb, yb = xb, yb, xa, ya
                edges.append((ya, yb, xa, (xb - xa) / (yb - ya), direction))
        if not edges:
            return
        edges.sort()
        _cx0, cy0, _cx1, cy1 = self.clip
        first = max(cy0, snap(edges[0][0]))
        last = min(cy1, snap(max(edge[1] for edge in edges)))
        previous, start, active, waiting = None, first, [], 0
        for row in range(first, last):
            centre = row + 0.5
            while waiting < len(edges) and edges[waiting][0] < centre:
                active.append(edges[waiting])
                waiting += 1
            active = [edge for edge in active if edge[1] >= centre]
            spans = self._row_spans(active, centre)
            if spans != previous:
                if previous:
                    for x0, x1 in previous:
                        self._span(x0, start, x1, row, color)
                previous, start = spans, row
        if previous:
            for x0, x1 in previous:
                self._span(x0, start, x1, last, color)

    @staticmethod
    def _row_spans(edges, centre: float) -> list:
        """The covered pixel spans [x0, x1) of one row, from the edges that
        cross its centre line."""
        crossings = sorted(
            (xa + (centre - ya) * slope, direction) for ya, yb, xa, slope, direction in edges
        )
        spans, winding, begin = [], 0, 0.0
        for x, direction in crossings:
            if winding == 0:
                begin = x
            winding += direction
            if winding == 0:
                x0, x1 = snap(begin), snap(x)
                if x0 < x1:
                    if spans and spans[-1][1] >= x0:
                        spans[-1] = (spans[-1][0], max(x1, spans[-1][1]))
                    else:
                        spans.append((x0, x1))
        return spans

    # -- images and layers -----------------------------------------------------------------

    def draw_image(self, op: DrawImage) -> None:
        from PIL import Image

        x0, y0 = snap(op.x), snap(op.y)
        x1, y1 = snap(op.x + op.width), snap(op.y + op.height)
        if x1 <= x0 or y1 <= y0:
            return
        cx0, cy0, cx1, cy1 = self.clip
        left, top, right, bottom = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
        if left >= right or top >= bottom:
            return
        pixels = op.image.pixels
        # Only the visible part is scaled (nearest neighbour, the same samples
        # as scaling the whole image then cropping).
        scale_x = pixels.width / (x1 - x0)
        scale_y = pixels.height / (y1 - y0)
        source = (
            (left - x0) * scale_x,
            (top - y0) * scale_y,
            (right - x0) * scale_x,
            (bottom - y0) * scale_y,
        )
        key = (id(pixels), right - left, bottom - top, source)
        scaled = self._scaled.get(key)
        if scaled is None:
            scaled = pixels.resize((right - left, bottom - top), Image.Resampling.NEAREST, source)
            if len(self._scaled) > 256:
                self._scaled.clear()
            self._scaled[key] = scaled
        pixels = scaled
        region = self.image.crop((left, top, right, bottom)).convert("RGBA")
        region.alpha_composite(pixels)
        self.image.paste(region.convert("RGB"), (left, top))

    def draw_gradient(self, op: DrawGradient) -> None:
        """Paint a gradient box: the pixels a rectangle there would cover,
        each with the gradient's color at its centre."""
        from PIL import Image

        x0, y0 = snap(op.x), snap(op.y)
        x1, y1 = snap(op.x + op.width), snap(op.y + op.height)
        cx0, cy0, cx1, cy1 = self.clip
        left, top, right, bottom = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
        if left >= right or top >= bottom:
            return
        size = (right - left, bottom - top)
        centre = (left + 0.5 - op.x, top + 0.5 - op.y)
        key = (op.shading, centre, size)  # repeated tiles share their pixels
        pixels = self._scaled.get(key)
        if pixels is None:
            data = pixel_bytes(op.shading, centre[0], centre[1], *size)
            pixels = Image.frombytes("RGBA", size, data)
            if len(self._scaled) > 256:
                self._scaled.clear()
            self._scaled[key] = pixels
        region = self.image.crop((left, top, right, bottom)).convert("RGBA")
        region.alpha_composite(pixels)
        self.image.paste(region.convert("RGB"), (left, top))

    def pop_layer(self) -> None:
        """Composite a group: what was painted since its PushLayer, over what
        was below, with the group's opacity (the same blend as a color with
        that alpha, so ``opacity: 0.5`` matches ``rgba(..., 0.5)``)."""
        from PIL import Image

        below, alpha = self.layers.pop()
        mask = Image.new("L", below.size, int(alpha * 255 + 0.5))
        below.paste(self.image, (0, 0), mask)
        self.image.paste(below, (0, 0))


def to_image(display_list, width: float, height: float):
    """Paint a display list on a white ``width`` x ``height`` RGB image
    (sizes in CSS px, rounded to whole pixels)."""
    rasterizer = Rasterizer(max(0, snap(width)), max(0, snap(height)))
    rasterizer.run(display_list)
    return rasterizer.image
