"""Output geometry: rectangles, edge widths and the per-node box record.

Layout produces a :class:`BoxGeometry` for every node that generates a box, and
stores it in ``node.layout``. All coordinates are absolute CSS px measured from
the viewport's top-left corner; x grows to the right and y grows downwards.

CSS 2.1 §8.1 (Box dimensions) describes a box as four nested areas. From the
inside out: the *content* area, surrounded by *padding*, then *border*, then
*margin*. Each area's perimeter is an edge (content edge, padding edge, border
edge, margin edge) and the rectangle it encloses is that area's box. A
:class:`BoxGeometry` stores the border box and the three sets of edge widths,
and derives the other three boxes from them, so they can never disagree.

All three classes are immutable and compare by value.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["BoxGeometry", "Edges", "Rect"]


def _number(owner: str, name: str, value: object) -> float:
    """Return ``value`` as a float, or raise ValueError naming the field."""
    if type(value) is not float:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(
                f"{owner}.{name} must be a number of CSS px, got {value!r} "
                f"of type {type(value).__name__}"
            )
        value = float(value)
    if value != value:
        raise ValueError(f"{owner}.{name} must be a number of CSS px, got NaN")
    return value


def _format(value: float) -> str:
    """A short spelling of a px value for reprs: ``10`` rather than ``10.0``."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True, slots=True)
class Edges:
    """The widths of a box's four sides: a margin, a border or a padding.

    Values are CSS px, in the CSS shorthand order top, right, bottom, left.
    Margins may be negative; border and padding widths produced by layout
    never are.
    """

    top: float
    right: float
    bottom: float
    left: float

    def __post_init__(self) -> None:
        for name in ("top", "right", "bottom", "left"):
            object.__setattr__(self, name, _number("Edges", name, getattr(self, name)))

    @classmethod
    def zero(cls) -> Edges:
        """Edges that are all 0: a box side without margin, border or padding."""
        return _ZERO_EDGES

    @property
    def horizontal(self) -> float:
        """The sum of the left and right widths."""
        return self.left + self.right

    @property
    def vertical(self) -> float:
        """The sum of the top and bottom widths."""
        return self.top + self.bottom

    def __repr__(self) -> str:
        return (
            f"Edges(top={_format(self.top)}, right={_format(self.right)}, "
            f"bottom={_format(self.bottom)}, left={_format(self.left)})"
        )


_ZERO_EDGES = Edges(0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in CSS px: ``Rect(x, y, width, height)``.

    ``(x, y)`` is the top-left corner. Width and height are never negative or
    NaN; a rectangle may be empty (zero width or height). A Rect unpacks like a
    tuple: ``x, y, width, height = rect``.
    """

    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        for name in ("x", "y", "width", "height"):
            object.__setattr__(self, name, _number("Rect", name, getattr(self, name)))
        if self.width < 0 or self.height < 0:
            raise ValueError(
                f"Rect width and height must not be negative, got width={self.width!r}, "
                f"height={self.height!r}"
            )

    @property
    def left(self) -> float:
        """The x coordinate of the left side (same as ``x``)."""
        return self.x

    @property
    def top(self) -> float:
        """The y coordinate of the top side (same as ``y``)."""
        return self.y

    @property
    def right(self) -> float:
        """The x coordinate of the right side: ``x + width``."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y coordinate of the bottom side: ``y + height``."""
        return self.y + self.height

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y
        yield self.width
        yield self.height

    def translate(self, dx: float, dy: float) -> Rect:
        """This rectangle moved by ``dx`` to the right and ``dy`` down."""
        return Rect(self.x + dx, self.y + dy, self.width, self.height)

    def inflate(self, edges: Edges) -> Rect:
        """This rectangle grown outwards on each side by the matching edge width.

        Negative widths (negative margins) shrink it instead; the size is
        clamped at 0, so the result is never a negative-sized rectangle.
        """
        _check_edges("inflate", edges)
        return Rect(
            self.x - edges.left,
            self.y - edges.top,
            max(0.0, self.width + edges.horizontal),
            max(0.0, self.height + edges.vertical),
        )

    def deflate(self, edges: Edges) -> Rect:
        """This rectangle shrunk inwards on each side by the matching edge width.

        When the edges are wider than the rectangle, the width or height is
        clamped at 0 rather than going negative.
        """
        _check_edges("deflate", edges)
        return Rect(
            self.x + edges.left,
            self.y + edges.top,
            max(0.0, self.width - edges.horizontal),
            max(0.0, self.height - edges.vertical),
        )

    def union(self, other: Rect) -> Rect:
        """The smallest rectangle containing both this one and ``other``.

        Empty rectangles count too: their position still extends the result.
        """
        if not isinstance(other, Rect):
            raise ValueError(f"Rect.union needs a Rect, got {other!r}")
        left = min(self.x, other.x)
        top = min(self.y, other.y)
        return Rect(
            left,
            top,
            max(self.right, other.right) - left,
            max(self.bottom, other.bottom) - top,
        )

    @classmethod
    def union_of(cls, rects: Iterable[Rect]) -> Rect:
        """The bounding box of one or more rectangles (see :meth:`union`).

        Raises ValueError when ``rects`` is empty, since an empty set of
        rectangles has no position.
        """
        result: Rect | None = None
        for rect in rects:
            if not isinstance(rect, Rect):
                raise ValueError(f"Rect.union_of needs Rect objects, got {rect!r}")
            result = rect if result is None else result.union(rect)
        if result is None:
            raise ValueError("Rect.union_of needs at least one Rect, got none")
        return result

    def __repr__(self) -> str:
        return (
            f"Rect(x={_format(self.x)}, y={_format(self.y)}, "
            f"width={_format(self.width)}, height={_format(self.height)})"
        )


_new = object.__new__
_SET_X, _SET_Y = Rect.x.__set__, Rect.y.__set__  # type: ignore[attr-defined]
_SET_WIDTH, _SET_HEIGHT = Rect.width.__set__, Rect.height.__set__  # type: ignore[attr-defined]


def layout_rect(x: float, y: float, width: float, height: float) -> Rect:
    """A :class:`Rect` of values layout computed (real numbers), made without
    the constructor's per-field checks; a negative size or a NaN still goes
    through them, to fail as the constructor does."""
    if not (width >= 0 and height >= 0 and x == x and y == y):
        return Rect(x, y, width, height)
    rect = _new(Rect)
    _SET_X(rect, float(x))
    _SET_Y(rect, float(y))
    _SET_WIDTH(rect, float(width))
    _SET_HEIGHT(rect, float(height))
    return rect


def layout_geometry(border_box: Rect, margin: Edges, border: Edges, padding: Edges) -> BoxGeometry:
    """A :class:`BoxGeometry` of a Rect and Edges that layout made, without
    the constructor's type checks (one fragment, the border box)."""
    geometry = _new(BoxGeometry)
    geometry._border_box = border_box
    geometry._margin = margin
    geometry._border = border
    geometry._padding = padding
    geometry._fragments = (border_box,)
    return geometry


def _check_edges(method: str, edges: object) -> None:
    if not isinstance(edges, Edges):
        raise ValueError(f"Rect.{method} needs an Edges, got {edges!r}")


class BoxGeometry:
    """The laid-out geometry of one node's principal box; ``node.layout`` holds it.

    ``BoxGeometry(border_box, margin=None, border=None, padding=None,
    fragments=None)``: ``border_box`` is a :class:`Rect`; the three edge
    arguments are :class:`Edges` (all zero when omitted); ``fragments`` is a
    sequence of Rects, one per fragment, for an inline box broken across lines.
    When omitted, the box has the single fragment ``(border_box,)``.

    The four areas follow CSS 2.1 §8.1 (Box dimensions):

    - ``border_box``: stored;
    - ``padding_box``: the border box deflated by the border widths;
    - ``content_box``: the padding box deflated by the padding widths;
    - ``margin_box``: the border box inflated by the margin widths.

    Derived boxes are clamped to a size of at least 0.
    """

    __slots__ = ("_border", "_border_box", "_fragments", "_margin", "_padding")

    def __init__(
        self,
        border_box: Rect,
        margin: Edges | None = None,
        border: Edges | None = None,
        padding: Edges | None = None,
        fragments: Iterable[Rect] | None = None,
    ) -> None:
        if not isinstance(border_box, Rect):
            raise ValueError(f"BoxGeometry border_box must be a Rect, got {border_box!r}")
        self._border_box = border_box
        self._margin = _edges_argument("margin", margin)
        self._border = _edges_argument("border", border)
        self._padding = _edges_argument("padding", padding)
        if fragments is None:
            self._fragments: tuple[Rect, ...] = (border_box,)
        else:
            if isinstance(fragments, Rect):
                raise ValueError(
                    "BoxGeometry fragments must be a sequence of Rects, got a single Rect; "
                    "wrap it in a tuple"
                )
            self._fragments = tuple(fragments)
            for fragment in self._fragments:
                if not isinstance(fragment, Rect):
                    raise ValueError(f"BoxGeometry fragments must all be Rects, got {fragment!r}")
            if not self._fragments:
                raise ValueError("BoxGeometry fragments must hold at least one Rect")

    @property
    def border_box(self) -> Rect:
        """The rectangle enclosed by the border edge."""
        return self._border_box

    @property
    def padding_box(self) -> Rect:
        """The rectangle enclosed by the padding edge (inside the border)."""
        return self._border_box.deflate(self._border)

    @property
    def content_box(self) -> Rect:
        """The rectangle enclosed by the content edge (inside the padding)."""
        return self._border_box.deflate(self._border).deflate(self._padding)

    @property
    def margin_box(self) -> Rect:
        """The rectangle enclosed by the margin edge (outside the border)."""
        return self._border_box.inflate(self._margin)

    @property
    def margin(self) -> Edges:
        """The used margin widths."""
        return self._margin

    @property
    def border(self) -> Edges:
        """The used border widths."""
        return self._border

    @property
    def padding(self) -> Edges:
        """The used padding widths."""
        return self._padding

    @property
    def fragments(self) -> tuple[Rect, ...]:
        """One border-box Rect per fragment; ``(border_box,)`` for an unbroken box."""
        return self._fragments

    def _key(self) -> tuple[object, ...]:
        return (self._border_box, self._margin, self._border, self._padding, self._fragments)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BoxGeometry):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        parts = [repr(self._border_box)]
        for name in ("margin", "border", "padding"):
            edges = getattr(self, name)
            if edges != _ZERO_EDGES:
                parts.append(f"{name}={edges!r}")
        if self._fragments != (self._border_box,):
            parts.append(f"fragments={self._fragments!r}")
        return f"BoxGeometry({', '.join(parts)})"


def _edges_argument(name: str, value: Edges | None) -> Edges:
    if value is None:
        return _ZERO_EDGES
    if not isinstance(value, Edges):
        raise ValueError(f"BoxGeometry {name} must be an Edges, got {value!r}")
    return value
