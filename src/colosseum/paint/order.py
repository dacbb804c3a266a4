"""The painting order of CSS 2.1 Appendix E (§E.2), and the stacking
contexts of §9.9.1.

:func:`stacking_layers` builds the tree of stacking contexts: each
:class:`Layer` holds the stacking contexts formed by its positioned
descendants, split by ``z-index`` (negative, zero, positive), and its
positioned descendants with ``z-index: auto`` (which paint "as if they
created a stacking context", but whose own positioned descendants belong
to the enclosing stacking context). :class:`Painter` then paints a layer
in the steps of §E.2:

1. the root's background over the whole canvas (§14.2);
2. the box's background and border;
3. child stacking contexts with negative z-index, most negative first;
4. the backgrounds and borders of the in-flow, non-positioned, block-level
   descendants, in tree order;
5. the non-positioned floats, each painted as if it created a stacking
   context (its positioned descendants belong to the enclosing one);
6. (an inline box forming a stacking context) its fragments, line by line;
7. the content of the box and its in-flow block-level descendants: the
   replaced content of block-level replaced boxes, and for each line box
   its items in order: inline boxes' backgrounds and borders, then their
   text (underline, overline, the glyphs, line-through), atomic inlines
   (inline-blocks, inline replaced elements, flex items) painted as if they
   created a stacking context;
8. positioned descendants with z-index auto or 0, in tree order;
9. child stacking contexts with positive z-index, smallest first.

Stacking contexts are formed by the root, positioned boxes with an integer
``z-index`` (and ``fixed``/``sticky`` ones, css-position-3 §6), flex and
grid items with an integer ``z-index`` (css-flexbox-1 §4.3), and boxes with
``opacity`` below 1 (css-color-4 §11.2), which paint as a group.

Outlines (CSS 2.1 §18.4, when the style model has them) are drawn right
after their element's content (the "optionally, the outline" of steps
7.2.1 and 7.3); cells with ``empty-cells: hide`` and no content have no
background or border (§17.6.1.1).

``overflow`` other than ``visible`` clips a box's content to its padding
box (CSS 2.1 §11.1.1), but for the root and for an HTML ``body`` whose
overflow went to the viewport; absolutely positioned descendants are clipped only by the
boxes that are their containing block or contain it. ``clip: rect()``
clips an absolutely positioned box and everything inside it to a region of
its border box (§11.1.2).
"""

from __future__ import annotations

from ..layout.boxes import (
    Box,
    FlexBox,
    GridBox,
    InlineBox,
    LineBreakBox,
    MarkerBox,
    ReplacedBox,
    TableCellBox,
    TableColumnBox,
    TableColumnGroupBox,
    TableRowBox,
    TableRowGroupBox,
    TextBox,
)
from ..layout.lines import InlineFragment, TextFragment
from ..style.values import FunctionValue
from .backgrounds import paint_background, painting_area
from .borders import SIDES, paint_border
from .ops import DisplayList, DrawImage, PopClip, PopLayer, PushClip, PushLayer, rgba
from .style_values import length, number, value
from .text import TextPainter, decoration_of

_FAR = 1e7  # the extent of an unclipped axis


# -- what a box is to painting -------------------------------------------------------------


def is_positioned(box) -> bool:
    return value(box.style, "position", "static") != "static"


def z_index(box) -> int | None:
    z = value(box.style, "z-index", "auto")
    return z if isinstance(z, int) and not isinstance(z, bool) else None


def is_container_item(box) -> bool:
    """A flex or grid item."""
    parent = getattr(box.style, "box_parent_display", None)
    return parent is not None and getattr(parent, "inner", None) in ("flex", "grid")


def opacity(box) -> float:
    return min(1.0, max(0.0, number(value(box.style, "opacity"), 1.0)))


def creates_stacking_context(box) -> bool:
    """CSS 2.1 §9.9.1, css-position-3 §6, css-flexbox-1 §4.3, css-color-4 §11.2."""
    if isinstance(box, TextBox):
        return False
    position = value(box.style, "position", "static")
    z = z_index(box)
    if position in ("fixed", "sticky"):
        return True
    if z is not None and (position != "static" or is_container_item(box)):
        return True
    return opacity(box) < 1


def painted_elsewhere(box) -> bool:
    """Painted in a step of its own (8 and 3/9), not with the flow."""
    return not isinstance(box, TextBox) and (is_positioned(box) or creates_stacking_context(box))


def is_inline_content(box) -> bool:
    return isinstance(box, TextBox | InlineBox | MarkerBox) or box.is_inline_level


def is_atomic_inline(box) -> bool:
    return box.is_inline_level and not isinstance(box, TextBox | InlineBox | MarkerBox)


def is_visible(style) -> bool:
    return value(style, "visibility", "visible") == "visible"


def hidden_empty_cell(box) -> bool:
    """CSS 2.1 §17.6.1.1: with ``empty-cells: hide`` in the separated
    borders model, a cell with no visible content (nothing but collapsible
    white space) has no background and no border."""
    if not isinstance(box, TableCellBox) or value(box.style, "empty-cells") != "hide":
        return False
    if value(box.style, "border-collapse") == "collapse":
        return False
    for child in box.children:
        if not isinstance(child, TextBox):
            return False
        if isinstance(child, LineBreakBox) or child.text.strip(" \t\n\r\f"):
            return False
        if value(child.style, "white-space") in ("pre", "pre-wrap", "break-spaces"):
            return False
    return True


def content_clip(box, unclipped=frozenset()):
    """The clip rectangle for a box's content (its padding box, per axis),
    or None when its overflow is visible or applies to the viewport (the
    ids in ``unclipped``: the root, and an HTML body whose overflow the
    viewport took, CSS 2.1 §11.1.1)."""
    if id(box) in unclipped or isinstance(box, TextBox | InlineBox | MarkerBox):
        return None
    clip_x = value(box.style, "overflow-x", "visible") != "visible"
    clip_y = value(box.style, "overflow-y", "visible") != "visible"
    if not (clip_x or clip_y):
        return None
    x, y, width, height = painting_area(box, "padding-box")
    if not clip_x:
        x, width = -_FAR, 2 * _FAR
    if not clip_y:
        y, height = -_FAR, 2 * _FAR
    return (x, y, width, height)


def clip_property_rect(box):
    """CSS 2.1 §11.1.2: the clipping region ``clip: rect(top, right, bottom,
    left)`` gives an absolutely positioned box, as (x, y, width, height):
    offsets from its border box's top left corner, ``auto`` standing for
    that edge of the border box; None for ``clip: auto`` or another box. A
    region whose right is left of its left (or bottom above its top) is
    empty."""
    clip = value(box.style, "clip", "auto")
    if not isinstance(clip, FunctionValue) or not box.is_absolutely_positioned:
        return None
    top, right, bottom, left = (
        None if offset == "auto" else length(offset) for offset in clip.arguments
    )
    x, y = box.border_box_x, box.border_box_y
    left = 0.0 if left is None else left
    top = 0.0 if top is None else top
    right = box.border_width if right is None else right
    bottom = box.border_height if bottom is None else bottom
    return (x + left, y + top, max(0.0, right - left), max(0.0, bottom - top))


# -- stacking contexts ----------------------------------------------------------------------


class Layer:
    """A stacking context (``real``), or a positioned box with ``z-index:
    auto`` painted like one. ``clips``: the clip rectangles of the boxes
    between the enclosing stacking context (included) and this box."""

    __slots__ = ("box", "clips", "negative", "positive", "real", "zero")

    def __init__(self, box: Box, real: bool, clips=()):
        self.box = box
        self.real = real
        self.clips = tuple(clips)
        self.negative: list[Layer] = []
        self.zero: list[Layer] = []
        self.positive: list[Layer] = []

    def add(self, layer: Layer) -> None:
        z = z_index(layer.box) or 0
        (self.negative if z < 0 else self.positive if z > 0 else self.zero).append(layer)

    def __repr__(self) -> str:
        return f"<Layer {self.box!r} {'real' if self.real else 'auto'}>"


def stacking_layers(root: Box, unclipped=None) -> Layer:
    """The root stacking context with its tree of descendant layers."""
    if unclipped is None:
        unclipped = viewport_overflow_boxes(root)
    layer = Layer(root, True)
    _collect(root, layer, (None, False, None), unclipped)
    return layer


def viewport_overflow_boxes(root: Box) -> frozenset:
    """The ids of the boxes whose ``overflow`` applies to the viewport, not
    to themselves (CSS 2.1 §11.1.1): the root, and in an HTML document whose
    root has ``overflow: visible``, the ``body``."""
    ids = {id(root)}
    visible = all(value(root.style, f"overflow-{a}", "visible") == "visible" for a in "xy")
    if visible and _tag(root) == "html":
        ids.update(id(child) for child in root.children if _tag(child) == "body")
    return frozenset(ids)


# The clip chain is a linked list from a box up to its stacking context's
# box: (clip rectangle or None, positioned, parent link), None at the end.


def _clips(chain) -> tuple:
    rects = []
    while chain is not None:
        rect, _, chain = chain
        if rect is not None:
            rects.append(rect)
    return tuple(reversed(rects))


def _absolute_chain(chain, fixed: bool):
    """The part of the clip chain that clips an absolutely positioned box:
    the boxes up to its containing block (the last positioned one)."""
    if fixed:
        return None
    while chain is not None and not chain[1]:
        chain = chain[2]
    return chain


def _collect(box: Box, layer: Layer, chain, unclipped) -> None:
    for child in box.children:
        if isinstance(child, TextBox):
            continue
        position = value(child.style, "position", "static")
        child_chain = chain
        if position in ("absolute", "fixed"):
            child_chain = _absolute_chain(chain, position == "fixed")
        rect, positioned = content_clip(child, unclipped), position != "static"
        own = clip_property_rect(child) if positioned else None
        if own is not None:
            # The region clips the box itself and everything inside it.
            child_chain = (own, False, child_chain)
        if creates_stacking_context(child):
            sub = Layer(child, True, _clips(child_chain))
            layer.add(sub)
            _collect(child, sub, (rect, positioned, None), unclipped)
        else:
            if positioned:
                layer.zero.append(Layer(child, False, _clips(child_chain)))
            _collect(child, layer, (rect, positioned, child_chain), unclipped)


# -- the painter ---------------------------------------------------------------------------


class Painter:
    """Paints a laid-out box tree into a :class:`DisplayList`."""

    def __init__(self, ops: DisplayList, measurer, images):
        self.ops = ops
        self.images = images
        self.text = TextPainter(ops, measurer)
        self.root = None
        self.unclipped: frozenset = frozenset()
        self.skip_background: set[int] = set()
        self.painted_markers: set[int] = set()

    # -- clips and groups ---------------------------------------------------------------

    def push_clip(self, rect) -> None:
        self.ops.append(PushClip(*rect))

    def pop_clip(self) -> None:
        if self.ops and isinstance(self.ops[-1], PushClip):
            self.ops.pop()  # nothing was painted inside
        else:
            self.ops.append(PopClip())

    # -- entry points -------------------------------------------------------------------

    def paint_root(self, root: Box, viewport) -> None:
        """Step 1 (the canvas), then the root stacking context."""
        self.root = root
        self.unclipped = viewport_overflow_boxes(root)
        self.canvas(root, viewport)
        self.paint_layer(stacking_layers(root, self.unclipped))

    def canvas(self, root: Box, viewport) -> None:
        """CSS 2.1 §14.2: the root's background covers the canvas; in an
        HTML document whose root background is transparent with no image,
        the ``body`` element's is used instead (and not painted again)."""
        source = root
        if _is_transparent(root.style) and _tag(root) == "html":
            body = next((c for c in root.children if _tag(c) == "body"), None)
            if body is not None:
                source = body
        self.skip_background.update({id(root), id(source)})
        right = max(float(viewport[0]), root.x + root.margin_width)
        bottom = max(float(viewport[1]), root.y + root.margin_height)
        origin = painting_area(root, "padding-box")
        paint_background(self.ops, root, source.style, self.images, (0, 0, right, bottom), origin)

    # -- stacking contexts (steps 2 to 9) -------------------------------------------------

    def paint_layer(self, layer: Layer) -> None:
        box = layer.box
        for rect in layer.clips:
            self.push_clip(rect)
        group = layer.real and opacity(box) < 1
        if group:
            self.ops.append(PushLayer(opacity(box)))
        inline = isinstance(box, InlineBox | MarkerBox)
        if not inline:
            self.box_decorations(box)  # step 2
        for sub in sorted(layer.negative, key=lambda item: z_index(item.box)):
            self.paint_layer(sub)  # step 3
        if inline:
            self.inline_box(box)  # step 6
        else:
            self.flow(box)  # steps 4, 5 and 7
        for sub in layer.zero:
            self.paint_layer(sub)  # step 8
        for sub in sorted(layer.positive, key=lambda item: z_index(item.box)):
            self.paint_layer(sub)  # step 9
        if group:
            if isinstance(self.ops[-1], PushLayer):
                self.ops.pop()
            else:
                self.ops.append(PopLayer())
        for _ in layer.clips:
            self.pop_clip()

    def paint_as_context(self, box: Box) -> None:
        """A float, inline-block or flex item: painted as if it created a
        stacking context (its positioned descendants are not in it)."""
        self.paint_layer(Layer(box, False))

    def flow(self, box: Box) -> None:
        """Steps 4, 5 and 7 for the descendants of a stacking context's box."""
        clip = content_clip(box, self.unclipped)
        if clip is not None:
            self.push_clip(clip)
        own = decoration_of(box.style)
        self.block_backgrounds(box)
        self.floats(box)
        self.content(box, (own,) if own else ())
        if clip is not None:
            self.pop_clip()
        self.outline(box, box.style)

    def inline_box(self, box: Box) -> None:
        """Step 6: an inline box forming a stacking context, fragment by
        fragment (each as in step 7.2.1)."""
        own = decoration_of(box.style)
        for fragment in box.fragments or ():
            if isinstance(fragment, InlineFragment):
                self.inline_fragment(fragment, (own,) if own else ())

    # -- step 4 --------------------------------------------------------------------------

    def flow_blocks(self, box: Box) -> list:
        """The in-flow, non-positioned, block-level children of a box (none
        for a flex or grid container: its items paint as atomic boxes)."""
        if isinstance(box, FlexBox | GridBox | ReplacedBox):
            return []
        return [
            child
            for child in box.children
            if not is_inline_content(child)
            and not child.is_floated
            and not painted_elsewhere(child)
            and not isinstance(child, TableColumnBox | TableColumnGroupBox)
        ]

    def block_backgrounds(self, box: Box) -> None:
        for child in self.flow_blocks(box):
            self.box_decorations(child)
            clip = content_clip(child, self.unclipped)
            if clip is not None:
                self.push_clip(clip)
            self.block_backgrounds(child)
            if clip is not None:
                self.pop_clip()

    # -- step 5 --------------------------------------------------------------------------

    def floats(self, box: Box) -> None:
        if isinstance(box, FlexBox | GridBox | ReplacedBox):
            return
        for child in box.children:
            if isinstance(child, TextBox) or painted_elsewhere(child):
                continue
            if child.is_floated:
                self.paint_as_context(child)
            elif not is_atomic_inline(child):
                clip = content_clip(child, self.unclipped)
                if clip is not None:
                    self.push_clip(clip)
                self.floats(child)
                if clip is not None:
                    self.pop_clip()

    # -- step 7 --------------------------------------------------------------------------

    def content(self, box: Box, decorations: tuple) -> None:
        if isinstance(box, ReplacedBox):
            self.replaced_content(box)
        elif isinstance(box, FlexBox | GridBox):
            items = [child for child in box.children if not painted_elsewhere(child)]
            items.sort(key=lambda item: number(value(item.style, "order"), 0))
            for item in items:
                if not isinstance(item, TextBox):
                    self.paint_as_context(item)
        elif box.lines:
            for line in box.lines:
                for item in line.items:
                    self.line_item(item, decorations)
        else:
            for child in self.flow_blocks(box):
                own = decoration_of(child.style)
                clip = content_clip(child, self.unclipped)
                if clip is not None:
                    self.push_clip(clip)
                self.content(child, (*decorations, own) if own else decorations)
                if clip is not None:
                    self.pop_clip()
                self.outline(child, child.style)
        self.loose_markers(box, decorations)

    def line_item(self, item, decorations: tuple) -> None:
        """Step 7.2.1 for one item of a line box."""
        if isinstance(item, TextFragment):
            if is_visible(item.style):
                self.text.paint_fragment(item, decorations)
        elif isinstance(item, InlineFragment):
            if painted_elsewhere(item.box):
                return
            own = decoration_of(item.box.style)
            self.inline_fragment(item, (*decorations, own) if own else decorations)
        elif isinstance(item, Box):
            if painted_elsewhere(item) or item.is_floated:
                return
            if isinstance(item, MarkerBox):
                self.painted_markers.add(id(item))
            if isinstance(item, ReplacedBox):
                self.box_decorations(item)
                self.replaced_content(item)
                self.outline(item, item.style)
            else:
                self.paint_as_context(item)

    def inline_fragment(self, fragment: InlineFragment, decorations: tuple) -> None:
        box = fragment.box
        if isinstance(box, MarkerBox):
            self.painted_markers.add(id(box))
        if is_visible(box.style):
            paint_background(self.ops, fragment, box.style, self.images)
            self.border(fragment, box.style)
        for item in fragment.items:
            self.line_item(item, decorations)
        self.outline(fragment, box.style)

    def loose_markers(self, box: Box, decorations: tuple) -> None:
        """A list item's outside marker that inline layout placed without
        putting it in a line box: its own fragments, lines or text."""
        for child in box.children:
            if not isinstance(child, MarkerBox) or id(child) in self.painted_markers:
                continue
            self.painted_markers.add(id(child))
            if child.fragments:
                for fragment in child.fragments:
                    self.inline_fragment(fragment, decorations)
            elif child.lines:
                self.content(child, decorations)
            else:
                for part in child.children:
                    for fragment in part.fragments or ():
                        self.line_item(fragment, decorations)
                    if isinstance(part, ReplacedBox) and part.fragments is None:
                        self.line_item(part, decorations)

    # -- one box -------------------------------------------------------------------------

    def box_decorations(self, box: Box) -> None:
        """A box's background and border (step 2 / step 4). Row groups and
        rows paint nothing themselves (CSS 2.1 §17.6.1: no borders in the
        separated borders model; their backgrounds show through cells)."""
        if isinstance(box, TextBox | TableRowGroupBox | TableRowBox):
            return
        if not is_visible(box.style) or hidden_empty_cell(box):
            return
        if isinstance(box, TableCellBox):
            self.table_layers(box)
        if id(box) not in self.skip_background:
            paint_background(self.ops, box, box.style, self.images)
        self.border(box, box.style)

    def table_layers(self, cell: TableCellBox) -> None:
        """CSS 2.1 §17.5.1 table layers: below a cell, the backgrounds of the
        column group and column it starts in, then of its row group and
        row, each positioned on its own box but covering only the cell's
        area (so the spacing between cells shows the table's background)."""
        layers = [part for part in cell.table_layers if part is not None and is_visible(part.style)]
        if not layers:
            return
        self.push_clip(painting_area(cell, "border-box"))
        for part in layers:
            paint_background(self.ops, part, part.style, self.images)
        self.pop_clip()

    def border(self, placed, style) -> None:
        widths = (placed.border_top, placed.border_right, placed.border_bottom, placed.border_left)
        if not any(width > 0 for width in widths):
            return
        rect = painting_area(placed, "border-box")
        styles = tuple(value(style, f"border-{side}-style", "none") for side in SIDES)
        current = value(style, "color")
        colors = tuple(rgba(value(style, f"border-{side}-color"), current) for side in SIDES)
        paint_border(self.ops, rect, widths, styles, colors)

    def outline(self, placed, style) -> None:
        """CSS 2.1 §18.4 outlines, drawn after the element's content (E.2
        step 7.2.1 and 7.3 "optionally, the outline"), outside the border
        box by ``outline-offset``; ``auto`` draws solid, ``invert`` (and
        ``currentcolor``) the element's color. Read only when the style model
        has the outline properties."""
        outline_style = value(style, "outline-style", "none")
        width = length(value(style, "outline-width"), 0.0)
        if outline_style in ("none", "hidden") or width <= 0 or not is_visible(style):
            return
        outline_style = "solid" if outline_style == "auto" else outline_style
        color = value(style, "outline-color")
        color = rgba(
            value(style, "color") if color in (None, "invert") else color, value(style, "color")
        )
        grow = width + length(value(style, "outline-offset"), 0.0)
        x, y, w, h = painting_area(placed, "border-box")
        rect = (x - grow, y - grow, w + 2 * grow, h + 2 * grow)
        paint_border(self.ops, rect, (width,) * 4, (outline_style,) * 4, (color,) * 4)

    def replaced_content(self, box: ReplacedBox) -> None:
        """The image of a replaced box, scaled to its content box."""
        if self.images is None or not is_visible(box.style):
            return
        image = self.images.for_node(box.node)
        if image is None or box.width <= 0 or box.height <= 0:
            return
        self.ops.append(DrawImage(box.content_x, box.content_y, box.width, box.height, image))


def _tag(box) -> str | None:
    node = getattr(box, "node", None)
    return getattr(node, "tag", None) if node is not None else None


def _is_transparent(style) -> bool:
    color = rgba(value(style, "background-color"), value(style, "color"))
    image = value(style, "background-image", "none")
    return (color is None or color[3] == 0) and (image in (None, "none"))


__all__ = ["Layer", "Painter", "creates_stacking_context", "stacking_layers"]
