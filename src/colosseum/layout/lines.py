"""Line boxes and the fragments that inline layout places in them
(CSS 2.1 §9.4.2, §10.8).

A block container whose content is inline holds ``lines``: a list of
:class:`LineBox`, top to bottom. Each line box holds, in visual order (left
to right), its items:

- :class:`TextFragment`: a piece of one text box's text on this line;
- :class:`InlineFragment`: the part of an inline box on this line, with its
  own items (a box split over three lines has three fragments; only the
  first has the left margin, border and padding, only the last the right
  ones, in ``direction: ltr``);
- atomic inline-level boxes themselves (inline-blocks, inline replaced
  elements, inline flex containers, outside and inside markers...), placed
  like any box.

Text and inline boxes list their fragments in ``box.fragments``, in logical
order, so a node's geometry is the union of its fragments' border boxes.
"""

from __future__ import annotations

from .boxes import Box, Placed


class LineBox:
    """A line box: its rectangle and its baseline (an absolute y)."""

    __slots__ = ("baseline", "height", "items", "width", "x", "y")

    def __init__(self, x: float, y: float, width: float, height: float, baseline: float):
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.baseline = baseline
        self.items: list = []

    def __repr__(self) -> str:
        size = f"{self.width:g}x{self.height:g}"
        return f"<LineBox {self.x:g},{self.y:g} {size} {len(self.items)} items>"


class TextFragment:
    """Part of a text box's text on one line, after white-space processing.

    ``x`` and ``y`` are the top left of its content area (CSS 2.1 §10.6.1:
    ascent above the baseline, descent below it), ``width`` its advance,
    ``height`` ascent + descent, ``baseline`` the absolute y of its
    baseline; ``style`` is its text box's computed style.
    """

    __slots__ = ("baseline", "box", "height", "text", "width", "x", "y")

    def __init__(self, box, text: str, x: float, y: float, width: float, height: float, baseline):
        self.box = box
        self.text = text
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.baseline = baseline

    @property
    def style(self):
        return self.box.style

    def __repr__(self) -> str:
        return f"<TextFragment {self.text!r} {self.x:g},{self.y:g} {self.width:g}x{self.height:g}>"


class InlineFragment(Placed):
    """The part of an inline box on one line. Its content area (``width`` x
    ``height``, CSS 2.1 §10.6.1) holds the fragment's items."""

    __slots__ = ("baseline", "box", "items")

    def __init__(self, box):
        self.reset_geometry()
        self.box = box
        self.items: list = []
        self.baseline = 0.0

    @property
    def style(self):
        return self.box.style

    def __repr__(self) -> str:
        return (
            f"<InlineFragment of {self.box!r} {self.x:g},{self.y:g} {self.width:g}x{self.height:g}>"
        )


def _move_one(item, dx: float, dy: float) -> None:
    """Move one box or fragment with its line boxes and fragments."""
    item.x += dx
    item.y += dy
    if item.lines:
        for line in item.lines:
            line.x += dx
            line.y += dy
            line.baseline += dy
    if item.fragments:
        for fragment in item.fragments:
            fragment.x += dx
            fragment.y += dy
            fragment.baseline += dy


def defer_translate(box: Box, dx: float, dy: float) -> None:
    """:func:`translate`, with the boxes below ``box`` moved later: ``box``
    (its line boxes and fragments) moves now, its descendants when
    :func:`settle_shifts` runs over them. A subtree moved again and again as
    the containers around it are laid out (nested flex items) is then walked
    once, not once per level (nested flex items, floats, inline-blocks,
    absolutely positioned boxes). Code reading the geometry of boxes below
    one with a pending ``shift`` adds it (:mod:`.baselines`), or settles
    the boxes on its path first (:func:`push_shift`); laying a box's
    contents out anew drops its shift (``block.layout_contents``)."""
    if not dx and not dy:
        return
    _move_one(box, dx, dy)
    if box.children:
        shift = box.shift
        box.shift = (dx, dy) if shift is None else (shift[0] + dx, shift[1] + dy)


def push_shift(box: Box) -> None:
    """Apply ``box``'s pending shift one level down: its children move now,
    their own children later (a step of :func:`settle_shifts`, for code that
    reads the geometry of a few boxes on a path down the tree)."""
    shift = box.shift
    if shift is not None:
        box.shift = None
        for child in box.children:
            defer_translate(child, shift[0], shift[1])


def settle_shifts(box: Box) -> None:
    """Apply the pending shifts below ``box`` (see :func:`defer_translate`)."""
    stack: list = [(box, 0.0, 0.0)]
    while stack:
        item, dx, dy = stack.pop()
        if dx or dy:
            _move_one(item, dx, dy)
        shift = item.shift
        if shift is not None:
            item.shift = None
            dx += shift[0]
            dy += shift[1]
        if item.children:
            stack.extend((child, dx, dy) for child in item.children)


def translate(box: Box, dx: float, dy: float) -> None:
    """Move ``box`` and everything laid out inside it by (dx, dy).

    Walks the box tree: each box, its line boxes and its fragments move
    once. An absolutely positioned box not yet laid out sits at its static
    position, so that position moves along with the boxes around it.
    """
    if not dx and not dy:
        return
    stack: list = [box]
    while stack:
        item = stack.pop()
        _move_one(item, dx, dy)
        stack.extend(item.children)
