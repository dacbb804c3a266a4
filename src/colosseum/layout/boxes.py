"""The box tree: CSS 2.1 §9.2 and css-display-3 §2.

Box generation (:mod:`colosseum.layout.generation`) turns styled nodes into
these boxes; the formatting contexts lay them out. A box keeps the node it
was generated for (``None`` for an anonymous box) and its computed style
(an anonymous box's style inherits from its parent box's, CSS 2.1 §9.2.1.1).

The classes say what a box is to its formatting context:

- :class:`BlockBox`: a block-level block container (``block``,
  ``flow-root``, ``list-item``), or an anonymous one;
- :class:`InlineBox`: an inline box taking part in an inline formatting
  context, whose content may be split over lines; when block-in-inline
  splitting cuts it (§9.2.1.1), each part is its own ``InlineBox`` for the
  same node, flagged ``is_first`` / ``is_last``;
- :class:`TextBox`: a run of text from one text node;
- :class:`LineBreakBox`: a forced line break (the HTML ``br`` element);
- :class:`InlineBlockBox`: an atomic inline-level block container;
- :class:`ReplacedBox`: a replaced element (an image, or a host's leaf
  sized by its ``measure`` callback), block- or inline-level;
- :class:`FlexBox` and :class:`GridBox`: flex and grid containers;
- :class:`TableWrapperBox` and the table boxes of CSS 2.1 §17.2;
- :class:`MarkerBox`: a list item's marker (css-lists-3 §3).
"""

from __future__ import annotations

from ..geometry import Rect, layout_rect
from ..style import ComputedStyle

_EDGE_SLOTS = tuple(
    f"{edge}_{side}"
    for edge in ("margin", "border", "padding")
    for side in ("top", "right", "bottom", "left")
)


class Placed:
    """Used geometry, written by layout (all CSS px, viewport origin):

    - ``x``, ``y``: the top left corner of the margin box;
    - ``width``, ``height``: the content box's size;
    - ``margin_top`` ... ``padding_left``: the used margins, border widths
      and paddings (a split inline's fragments have zeros on the sides where
      it was split).

    Boxes, and the fragments of inline boxes split over lines, are placed.
    """

    __slots__ = ("height", "width", "x", "y", *_EDGE_SLOTS)

    def reset_geometry(self) -> None:
        self.x = self.y = self.width = self.height = 0.0
        self.margin_top = self.margin_right = self.margin_bottom = self.margin_left = 0.0
        self.border_top = self.border_right = self.border_bottom = self.border_left = 0.0
        self.padding_top = self.padding_right = self.padding_bottom = self.padding_left = 0.0

    # -- the four boxes of CSS 2.1 §8.1 ---------------------------------------------

    @property
    def border_box_x(self) -> float:
        return self.x + self.margin_left

    @property
    def border_box_y(self) -> float:
        return self.y + self.margin_top

    @property
    def content_x(self) -> float:
        return self.x + self.margin_left + self.border_left + self.padding_left

    @property
    def content_y(self) -> float:
        return self.y + self.margin_top + self.border_top + self.padding_top

    @property
    def border_width(self) -> float:
        """The border box's width."""
        return (
            self.width
            + self.padding_left
            + self.padding_right
            + self.border_left
            + self.border_right
        )

    @property
    def border_height(self) -> float:
        return (
            self.height
            + self.padding_top
            + self.padding_bottom
            + self.border_top
            + self.border_bottom
        )

    @property
    def margin_width(self) -> float:
        return self.border_width + self.margin_left + self.margin_right

    @property
    def margin_height(self) -> float:
        return self.border_height + self.margin_top + self.margin_bottom

    def margin_box(self) -> Rect:
        return layout_rect(
            self.x, self.y, max(self.margin_width, 0.0), max(self.margin_height, 0.0)
        )

    def border_box(self) -> Rect:
        return layout_rect(
            self.border_box_x, self.border_box_y, self.border_width, self.border_height
        )

    def padding_box(self) -> Rect:
        return layout_rect(
            self.border_box_x + self.border_left,
            self.border_box_y + self.border_top,
            self.width + self.padding_left + self.padding_right,
            self.height + self.padding_top + self.padding_bottom,
        )

    def content_box(self) -> Rect:
        return layout_rect(self.content_x, self.content_y, self.width, self.height)


class Box(Placed):
    """A box: its node, its computed style and its child boxes.

    After layout a box carries its used geometry (:class:`Placed`); block
    containers whose content is inline also hold their ``lines``
    (:class:`~colosseum.layout.lines.LineBox`), and inline and text boxes
    their ``fragments`` (one per line they appear on). During layout,
    ``shift`` is None or an (dx, dy) that every box below this one has yet
    to move by (:func:`~colosseum.layout.lines.defer_translate`).
    """

    __slots__ = (
        "children",
        "fragments",
        "is_first",
        "is_last",
        "lines",
        "node",
        "shift",
        "style",
    )

    def __init__(self, node, style: ComputedStyle, children: list | None = None):
        self.reset_geometry()
        self.shift = None
        self.lines = None
        self.fragments = None
        self.node = node
        self.style = style
        self.children = [] if children is None else children
        self.is_first = True  # the first (or only) box generated for its node
        self.is_last = True  # the last (or only) box generated for its node

    @property
    def is_anonymous(self) -> bool:
        return self.node is None

    @property
    def is_block_level(self) -> bool:
        return self.style["display"].outer == "block"

    @property
    def is_inline_level(self) -> bool:
        return self.style["display"].outer == "inline"

    @property
    def is_floated(self) -> bool:
        """CSS 2.1 §9.5; ``float`` does not apply to absolutely positioned
        boxes, nor to flex and grid items (css-flexbox-1 §4, css-grid-1 §6.1)."""
        if self.style["float"] == "none" or self.is_absolutely_positioned:
            return False
        container = self.style.box_parent_display
        return container is None or container.inner not in ("flex", "grid")

    @property
    def is_absolutely_positioned(self) -> bool:
        return self.style["position"] in ("absolute", "fixed")

    @property
    def is_in_flow(self) -> bool:
        return not (self.is_floated or self.is_absolutely_positioned)

    def descendants(self):
        """This box and every box below it, in tree order (iteratively)."""
        stack = [self]
        while stack:
            box = stack.pop()
            yield box
            stack.extend(reversed(box.children))

    def copy_with(self, children: list) -> Box:
        """A box for the same node and style, holding ``children``: one part
        of a box that block-in-inline splitting cut in pieces."""
        clone = type(self).__new__(type(self))
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if hasattr(self, name):
                    setattr(clone, name, getattr(self, name))
        clone.children = children
        return clone

    def __repr__(self) -> str:
        name = type(self).__name__
        if self.node is None:
            return f"<{name} anonymous>"
        tag = getattr(self.node, "tag", None) or type(self.node).__name__
        return f"<{name} {tag}>"


class BlockContainer(Box):
    """A box whose content is either only block-level boxes or an inline
    formatting context (CSS 2.1 §9.2.1)."""

    __slots__ = ()

    @property
    def establishes_inline_context(self) -> bool:
        """True when the children are inline-level (CSS 2.1 §9.2.1.1: after
        generation, a block container never mixes the two, except that a
        list item's ``outside`` :class:`MarkerBox` may precede block-level
        children: it goes beside the first line box found below them)."""
        return not any(child.is_block_level and child.is_in_flow for child in self.children)


class BlockBox(BlockContainer):
    """A block-level block container, or an anonymous block box."""

    __slots__ = ()


class InlineBox(Box):
    """A non-replaced inline box (``display: inline``)."""

    __slots__ = ()


class TextBox(Box):
    """A run of text; ``text`` is the node's text, before white-space
    processing (done by the inline formatting context)."""

    __slots__ = ("text",)

    def __init__(self, node, style: ComputedStyle, text: str):
        super().__init__(node, style)
        self.text = text

    @property
    def is_block_level(self) -> bool:
        return False

    @property
    def is_inline_level(self) -> bool:
        return True

    @property
    def is_floated(self) -> bool:
        return False

    @property
    def is_absolutely_positioned(self) -> bool:
        return False

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 20 else self.text[:17] + "..."
        return f"<TextBox {shown!r}>"


class LineBreakBox(TextBox):
    """A forced line break (HTML §15.3.8: ``br`` breaks the line)."""

    __slots__ = ()

    def __init__(self, node, style: ComputedStyle):
        super().__init__(node, style, "\n")


class InlineBlockBox(BlockContainer):
    """An inline-level block container (``inline-block``): atomic inline."""

    __slots__ = ()


class ReplacedBox(Box):
    """A replaced element, or a host leaf with a ``measure`` callback.

    ``intrinsic_width``, ``intrinsic_height`` and ``intrinsic_ratio`` come
    from the image (None when it has none); ``measure`` is the host's
    callback, asked for a size under given constraints.
    """

    __slots__ = ("intrinsic_height", "intrinsic_ratio", "intrinsic_width", "measure")

    def __init__(self, node, style, *, width=None, height=None, ratio=None, measure=None):
        super().__init__(node, style)
        self.intrinsic_width = width
        self.intrinsic_height = height
        if ratio is None and width and height:
            ratio = width / height
        self.intrinsic_ratio = ratio
        self.measure = measure

    @property
    def is_inline_level(self) -> bool:
        """css-display-3 §2.4: a replaced element with an internal table
        display is treated as ``inline``."""
        return self.style["display"].outer != "block"


class FlexBox(Box):
    """A flex container (``flex`` or ``inline-flex``); children are flex items."""

    __slots__ = ()


class GridBox(Box):
    """A grid container (``grid`` or ``inline-grid``); children are grid items."""

    __slots__ = ()


class MarkerBox(Box):
    """A list item's ``::marker`` box (css-lists-3 §3.1): ``outside`` markers
    sit before the first line box, ``inside`` ones start it. An ``outside``
    marker is the item's first child even when the other children are
    block-level (it is not wrapped in an anonymous block box of its own)."""

    __slots__ = ("outside",)

    def __init__(self, node, style, children, outside: bool):
        super().__init__(node, style, children)
        self.outside = outside

    @property
    def is_block_level(self) -> bool:
        return False

    @property
    def is_inline_level(self) -> bool:
        return True


class TableWrapperBox(BlockContainer):
    """The table wrapper box (CSS 2.1 §17.4): the table box and its captions."""

    __slots__ = ()


class TableBox(Box):
    """The table grid box (``table`` / ``inline-table``, inside its wrapper)."""

    __slots__ = ()


class TableRowGroupBox(Box):
    """``table-row-group``, ``table-header-group`` or ``table-footer-group``."""

    __slots__ = ()


class TableRowBox(Box):
    """A table row; after table layout, ``baseline`` is the distance from
    its top to its baseline (CSS 2.1 §17.5.3), None when no cell of it
    aligns by baseline."""

    __slots__ = ("baseline",)

    def __init__(self, node, style: ComputedStyle, children: list | None = None):
        super().__init__(node, style, children)
        self.baseline = None


class TableCellBox(BlockContainer):
    """A table cell: a block container (CSS 2.1 §17.5). After table layout,
    ``table_layers`` holds the boxes whose backgrounds show below it
    (§17.5.1), lowest first: the column group and column it starts in, its
    row group and its row (None where there is none)."""

    __slots__ = ("table_layers",)

    def __init__(self, node, style: ComputedStyle, children: list | None = None):
        super().__init__(node, style, children)
        self.table_layers = ()


class TableColumnGroupBox(Box):
    __slots__ = ()


class TableColumnBox(Box):
    __slots__ = ()


class TableCaptionBox(BlockContainer):
    """A caption: a block-level block container beside the table box in
    its wrapper (CSS 2.1 §17.4)."""

    __slots__ = ()

    @property
    def is_block_level(self) -> bool:
        return True
