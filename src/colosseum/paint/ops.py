"""The drawing operations of a display list.

A :class:`DisplayList` is a list of operations in painting order (CSS 2.1
Appendix E): later operations paint over earlier ones. Coordinates are CSS
px in the viewport's coordinate space; colors are ``(red, green, blue,
alpha)`` tuples with integer channels 0-255 and an alpha from 0 to 1.

- :class:`FillRect`: an axis-aligned rectangle filled with a color;
- :class:`FillPath`: closed polygons filled with a color by the nonzero
  winding rule (border sides with diagonal corners, glyph outlines);
- :class:`DrawImage`: a decoded image scaled into a rectangle;
- :class:`DrawGradient`: a gradient (css-images-3 §3) filling its gradient box;
- :class:`PushClip` / :class:`PopClip`: clip what is between them to a
  rectangle (nested clips intersect);
- :class:`PushLayer` / :class:`PopLayer`: paint what is between them as a
  group, then composite it with an opacity (css-color-4 §11.2).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Color = tuple[int, int, int, float]


@dataclass(frozen=True, slots=True)
class FillRect:
    x: float
    y: float
    width: float
    height: float
    color: Color


@dataclass(frozen=True, slots=True)
class FillPath:
    """``polygons``: a tuple of closed polygons, each a tuple of (x, y)
    points; filled together with the nonzero winding rule."""

    polygons: tuple
    color: Color


@dataclass(frozen=True, slots=True)
class DrawImage:
    """``image``: a :class:`colosseum.paint.images.DecodedImage`, drawn
    scaled to ``width`` x ``height`` at (x, y)."""

    x: float
    y: float
    width: float
    height: float
    image: object


@dataclass(frozen=True, slots=True)
class DrawGradient:
    """``shading``: a :class:`colosseum.paint.gradients.Shading`, painted
    into the gradient box ``width`` x ``height`` at (x, y)."""

    x: float
    y: float
    width: float
    height: float
    shading: object


@dataclass(frozen=True, slots=True)
class PushClip:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class PopClip:
    """Ends the clip of the matching :class:`PushClip`."""


@dataclass(frozen=True, slots=True)
class PushLayer:
    opacity: float


@dataclass(frozen=True, slots=True)
class PopLayer:
    """Ends the group of the matching :class:`PushLayer`."""


class DisplayList(list):
    """The drawing operations of a page, in painting order."""

    __slots__ = ()

    def fill_rect(self, x: float, y: float, width: float, height: float, color) -> None:
        """Add a rectangle, unless it is empty, not finite, or its color is
        transparent."""
        if width > 0 and height > 0 and color is not None and color[3] > 0:
            if all(map(math.isfinite, (x, y, width, height))):
                self.append(FillRect(x, y, width, height, color))

    def fill_path(self, polygons, color) -> None:
        """Add polygons (dropping degenerate or non-finite ones)."""
        if color is None or color[3] <= 0:
            return
        polygons = tuple(
            tuple(polygon)
            for polygon in polygons
            if len(polygon) >= 3 and all(math.isfinite(x) and math.isfinite(y) for x, y in polygon)
        )
        if polygons:
            self.append(FillPath(polygons, color))

    def __repr__(self) -> str:
        return f"<DisplayList {len(self)} ops>"


def rgba(value, current=None) -> Color | None:
    """A computed color (:class:`colosseum.style.values.Color`, or the
    keyword ``currentcolor`` resolved to ``current``) as an op color; None
    for values that are not colors."""
    if isinstance(value, str):
        if value.lower() == "currentcolor" and current is not None:
            return rgba(current)
        if value.lower() == "transparent":
            return (0, 0, 0, 0.0)
        return None
    try:
        channels = (value.red, value.green, value.blue)
        alpha = float(value.alpha)
    except AttributeError:
        return None
    red, green, blue = (min(255, max(0, int(channel + 0.5))) for channel in channels)
    return (red, green, blue, min(1.0, max(0.0, alpha)))
