"""Backgrounds: CSS 2.1 §14.2, css-backgrounds-3 §3.

``background-color`` fills the background painting area: the border box,
or the padding or content box per ``background-clip`` (css-backgrounds-3
§3.7). Background images are drawn above it, the first layer on top
(§3.1), each positioned in the padding box (``background-origin``, §3.8)
by ``background-position`` (§3.6), sized by ``background-size`` (§3.9)
and repeated by ``background-repeat`` (§3.4), clipped to the painting area.
A gradient (css-images-3 §3) is an image without natural dimensions: its
tile, the gradient box, is the positioning area unless ``background-size``
says otherwise, and it repeats like any image.

The style model may not have the image properties yet; they are read
when present (see :mod:`colosseum.paint.style_values`), with these
computed values: ``background-image`` ``none``, a
:class:`~colosseum.style.values.Url`, a
:class:`~colosseum.style.gradients.LinearGradient`,
:class:`~colosseum.style.gradients.RadialGradient` or a list of them
(comma-separated layers); ``background-repeat`` a keyword or a pair of keywords per layer;
``background-position`` a pair (x, y) of lengths, percentages or
keywords (``left``/``center``/``right``, ``top``/``bottom``);
``background-size`` ``auto``, ``cover``, ``contain`` or a pair of lengths,
percentages or ``auto``.
"""

from __future__ import annotations

import math

from ..style.calc import Calc
from ..style.gradients import LinearGradient, RadialGradient
from ..style.values import Length, Percentage, Url, ValueList
from .gradients import shade
from .ops import DisplayList, DrawGradient, DrawImage, PopClip, PushClip, rgba
from .style_values import value

_KEYWORD_POSITIONS = {"left": 0.0, "top": 0.0, "center": 50.0, "right": 100.0, "bottom": 100.0}
_MAX_TILES = 10_000
GRADIENTS = (LinearGradient, RadialGradient)


def painting_area(placed, clip: str):
    """The (x, y, width, height) of the border, padding or content box of
    a box or inline fragment for a ``background-clip`` value."""
    if clip == "content-box":
        rect = placed.content_box()
    elif clip == "padding-box":
        rect = placed.padding_box()
    else:
        rect = placed.border_box()
    return (rect.x, rect.y, rect.width, rect.height)


def paint_background(ops: DisplayList, placed, style, images, area=None, origin=None) -> None:
    """The background of a box (or inline fragment) ``placed``: its color,
    then its images. ``area`` overrides the painting area and ``origin``
    the positioning area (the canvas, for the root's background, §14.2).
    ``images`` loads the URL images (None: only gradients are painted)."""
    color = rgba(value(style, "background-color"), value(style, "color"))
    transparent = color is None or color[3] == 0
    layers = image_layers(style)
    if transparent and not layers:
        return
    clip = layer_keyword(value(style, "background-clip"), 0, "border-box")
    if area is None:
        area = painting_area(placed, clip)
    ops.fill_rect(*area, color)
    if origin is None:
        origin_box = layer_keyword(value(style, "background-origin"), 0, "padding-box")
        origin = painting_area(placed, origin_box)
    for index in reversed(range(len(layers))):
        layer = layers[index]
        if isinstance(layer, GRADIENTS):
            paint_image_layer(ops, style, index, layer, area, origin)
        elif layer and images is not None:
            image = images.load(layer)
            if image is not None:
                paint_image_layer(ops, style, index, image, area, origin)


def image_layers(style) -> list:
    """The background image layers, first (topmost) first: a URL, a
    gradient (css-images-3 §3), or an empty string for ``none``, so that
    indexes match the other per-layer properties; empty without images."""
    computed = value(style, "background-image")
    if computed is None or computed == "none":
        return []
    items = list(computed) if isinstance(computed, ValueList | list | tuple) else [computed]
    layers = [
        item.value if isinstance(item, Url) else item if isinstance(item, GRADIENTS) else ""
        for item in items
    ]
    return layers if any(layers) else []


def layer_keyword(computed, index: int, default: str) -> str:
    """A per-layer keyword property's value for layer ``index``."""
    if computed is None:
        return default
    if isinstance(computed, ValueList | list | tuple) and computed:
        if all(isinstance(item, str) for item in computed) and len(computed) <= 2:
            if "," not in getattr(computed, "separator", ","):
                return " ".join(computed)
        item = computed[min(index, len(computed) - 1)]
        return " ".join(item) if isinstance(item, ValueList | list | tuple) else str(item)
    return str(computed)


def _layer_value(computed, index: int):
    """A per-layer value (a comma list holds one entry per layer)."""
    if isinstance(computed, ValueList) and getattr(computed, "separator", " ") == ", ":
        return computed[min(index, len(computed) - 1)]
    return computed


def tile_size(style, index, image, area_width, area_height) -> tuple[float, float]:
    """css-backgrounds-3 §3.9: the size of one image tile. An image without
    natural dimensions, a gradient (css-images-3 §3), takes the missing
    dimensions from the positioning area, and ``cover``/``contain`` make
    it the size of the area (css-images-3 §5.3)."""
    size = _layer_value(value(style, "background-size"), index)
    if isinstance(image, GRADIENTS):
        natural_w = natural_h = None
    else:
        natural_w, natural_h = float(image.width), float(image.height)
        if natural_w <= 0 or natural_h <= 0:
            return natural_w, natural_h
    if size in ("cover", "contain"):
        if natural_w is None:
            return area_width, area_height
        scales = (area_width / natural_w, area_height / natural_h)
        scale = max(scales) if size == "cover" else min(scales)
        return natural_w * scale, natural_h * scale
    if size in (None, "auto"):
        parts = ["auto", "auto"]
    else:
        parts = list(size) if isinstance(size, ValueList | list | tuple) else [size, "auto"]
    if len(parts) == 1:
        parts.append("auto")
    width = _resolve(parts[0], area_width)
    height = _resolve(parts[1], area_height)
    if natural_w is None:
        return (area_width if width is None else width), (area_height if height is None else height)
    if width is None and height is None:
        return natural_w, natural_h
    if width is None:
        width = height * natural_w / natural_h
    if height is None:
        height = width * natural_h / natural_w
    return width, height


def _resolve(computed, reference: float) -> float | None:
    if isinstance(computed, Length):
        return float(computed.value)
    if isinstance(computed, Percentage):
        return computed.value * reference / 100
    if isinstance(computed, Calc):  # calc(100% - 10px): "right 10px" (§3.6)
        return computed.evaluate(
            lambda leaf: leaf.of(reference) if isinstance(leaf, Percentage) else leaf.value
        )
    return None


def tile_origin(style, index, origin, tile) -> tuple[float, float]:
    """css-backgrounds-3 §3.6: where one tile's top left corner goes; a
    percentage aligns that point of the tile with that point of the area."""
    position = _layer_value(value(style, "background-position"), index)
    parts = list(position) if isinstance(position, ValueList | list | tuple) else []
    while len(parts) < 2:
        parts.append(Percentage(0.0) if not parts else Percentage(50.0))
    result = []
    for axis, part in enumerate(parts[:2]):
        start, extent = origin[axis], origin[axis + 2]
        if isinstance(part, str):
            part = Percentage(_KEYWORD_POSITIONS.get(part, 0.0))
        if isinstance(part, Percentage):
            result.append(start + (extent - tile[axis]) * part.value / 100)
        elif isinstance(part, Calc):  # its percentage is of the area minus the tile
            result.append(start + _resolve(part, extent - tile[axis]))
        else:
            result.append(start + (_resolve(part, extent) or 0.0))
    return result[0], result[1]


def paint_image_layer(ops, style, index, image, area, origin) -> None:
    """Draw one background image layer, tiled across the painting area."""
    width, height = tile_size(style, index, image, origin[2], origin[3])
    if width <= 0 or height <= 0 or area[2] <= 0 or area[3] <= 0:
        return
    x, y = tile_origin(style, index, origin, (width, height))
    repeat = layer_keyword(value(style, "background-repeat"), index, "repeat").split()
    repeat_x = repeat[0] in ("repeat", "repeat-x", "space", "round")
    repeat_y = (repeat[-1] if len(repeat) > 1 else repeat[0]) in ("repeat", "repeat-y")
    repeat_y = repeat_y or (len(repeat) > 1 and repeat[1] in ("space", "round"))
    if repeat == ["repeat-x"]:
        repeat_y = False
    if repeat == ["repeat-y"]:
        repeat_x, repeat_y = False, True
    xs = _tile_starts(x, width, area[0], area[2]) if repeat_x else [x]
    ys = _tile_starts(y, height, area[1], area[3]) if repeat_y else [y]
    if len(xs) * len(ys) > _MAX_TILES:
        return
    if isinstance(image, GRADIENTS):
        shading = shade(image, width, height, value(style, "color"))
        tiles = [DrawGradient(left, top, width, height, shading) for top in ys for left in xs]
    else:
        tiles = [DrawImage(left, top, width, height, image) for top in ys for left in xs]
    ops.append(PushClip(*area))
    ops.extend(tiles)
    ops.append(PopClip())


def _tile_starts(position: float, size: float, start: float, extent: float) -> list[float]:
    """Tile positions covering [start, start + extent] in steps of ``size``
    through ``position``."""
    first = position - math.ceil((position - start) / size) * size
    starts = []
    current = first
    while current < start + extent:
        starts.append(current)
        current += size
    return starts
