"""Writing layout results back onto the nodes (DESIGN.md, the Python API).

A node's ``layout`` is a :class:`~colosseum.geometry.BoxGeometry`: the
border box of its principal box and that box's used margins, borders and
paddings. A node whose content was split (an inline box over several lines,
or a box cut by block-in-inline splitting, CSS 2.1 §9.2.1.1) has one
fragment per piece, and its border box is their union (what a browser's
``getBoundingClientRect()`` gives). Nodes that generate no box get None.
"""

from __future__ import annotations

import struct

from ..geometry import BoxGeometry, Edges, Rect, layout_geometry
from .boxes import Box, InlineBox

_FOUR_DOUBLES = struct.Struct("4d")
_TWELVE_DOUBLES = struct.Struct("12d")


class _EdgesCache:
    """The :class:`Edges` of the boxes written, one object per distinct set of
    four values (boxes styled alike share it; Edges are immutable). Keyed by
    the values' exact bits, so that ``-0.0`` stays apart from ``0.0``."""

    def __init__(self):
        self.known: dict = {}
        self.boxes: dict = {}

    def of(self, box) -> tuple[Edges, Edges, Edges]:
        """The box's margin, border and padding edges."""
        try:
            key = _TWELVE_DOUBLES.pack(
                box.margin_top,
                box.margin_right,
                box.margin_bottom,
                box.margin_left,
                box.border_top,
                box.border_right,
                box.border_bottom,
                box.border_left,
                box.padding_top,
                box.padding_right,
                box.padding_bottom,
                box.padding_left,
            )
        except struct.error:  # not numbers: let Edges say what is wrong
            return self.margin(box), self.border(box), self.padding(box)
        found = self.boxes.get(key)
        if found is None:
            found = self.boxes[key] = (self.margin(box), self.border(box), self.padding(box))
        return found

    def margin(self, box) -> Edges:
        return self._get(box.margin_top, box.margin_right, box.margin_bottom, box.margin_left)

    def border(self, box) -> Edges:
        return self._get(box.border_top, box.border_right, box.border_bottom, box.border_left)

    def padding(self, box) -> Edges:
        return self._get(box.padding_top, box.padding_right, box.padding_bottom, box.padding_left)

    def _get(self, top, right, bottom, left) -> Edges:
        try:
            key = _FOUR_DOUBLES.pack(top, right, bottom, left)
        except struct.error:  # not numbers: let Edges say what is wrong
            return Edges(top, right, bottom, left)
        edges = self.known.get(key)
        if edges is None:
            edges = self.known[key] = Edges(top, right, bottom, left)
        return edges


def _text_rects(fragments) -> list[Rect]:
    """One rectangle per line for a text box: inline layout may cut a text
    box's run on one line into several fragments (at break opportunities,
    for justification); consecutive ones on the same line are one piece."""
    rects: list[Rect] = []
    for fragment in fragments:
        rect = Rect(fragment.x, fragment.y, fragment.width, fragment.height)
        last = rects[-1] if rects else None
        if (
            last is not None
            and abs(last.y - rect.y) < 1e-9
            and abs(last.height - rect.height) < 1e-9
            and abs(last.right - rect.x) < 1e-6
        ):
            rects[-1] = last.union(rect)
        else:
            rects.append(rect)
    return rects


def node_rects(boxes) -> list[Rect]:
    """The border boxes of a node's boxes and fragments, in order."""
    rects = []
    for box in boxes:
        fragments = box.fragments
        if fragments is None:
            rects.append(box.border_box())
        elif fragments and not hasattr(fragments[0], "border_box"):
            rects.extend(_text_rects(fragments))
        else:
            rects.extend(fragment.border_box() for fragment in fragments)
    return rects


def boxes_by_node(root_box) -> tuple[dict[int, Box], dict[int, list], bool]:
    """id(node) -> the node's box, for the nodes that generated one box;
    id(node) -> its boxes in tree order, for the nodes that generated more;
    and whether the tree holds inline boxes."""
    single: dict = {}
    several: dict = {}
    inlines = False
    stack = [root_box] if root_box is not None else []
    while stack:  # tree order, as Box.descendants
        box = stack.pop()
        node = box.node
        if node is not None:
            key = id(node)
            if key in several:
                several[key].append(box)
            elif key in single:
                several[key] = [single.pop(key), box]
            else:
                single[key] = box
        if not inlines and isinstance(box, InlineBox):
            inlines = True
        if box.children:
            stack.extend(reversed(box.children))
    return single, several, inlines


def blocks_inside_inlines(root_box, single, several) -> dict[int, list[Rect]]:
    """CSS 2.1 §9.2.1.1: an inline box broken around a block-level box is
    reported by browsers with the anonymous block box wrapping that block
    (the containing block's full width over the block's border box height)
    as part of its rectangle. id(inline node) -> those rectangles, for the
    inline and its inline ancestors up to the block container."""
    extra: dict[int, list[Rect]] = {}
    for parent in root_box.descendants() if root_box is not None else ():
        for child in parent.children:
            if child.node is None or not child.is_block_level or not child.is_in_flow:
                continue
            node = getattr(child.node, "parent", None)
            rect = Rect(parent.content_x, child.border_box_y, parent.width, child.border_height)
            while node is not None and any(
                isinstance(box, InlineBox)
                for box in several.get(id(node)) or (single.get(id(node)),)
            ):
                extra.setdefault(id(node), []).append(rect)
                node = getattr(node, "parent", None)
    return extra


def write_layout(root, root_box) -> None:
    """Set ``node.layout`` on every node under ``root``."""
    single, several, inlines = boxes_by_node(root_box)
    split_blocks = blocks_inside_inlines(root_box, single, several) if inlines else {}
    edges = _EdgesCache()
    stack = [root]
    while stack:
        node = stack.pop()
        children = getattr(node, "children", None)
        if children:
            stack.extend(children)
        key = id(node)
        box = single.get(key)
        if box is not None and box.fragments is None and key not in split_blocks:
            margin, border, padding = edges.of(box)
            geometry = layout_geometry(box.border_box(), margin, border, padding)
        elif box is not None or key in several:
            geometry = _split_geometry(several.get(key) or [box], split_blocks.get(key), edges)
        else:
            geometry = None
        try:
            node.layout = geometry
        except AttributeError:  # a host node that does not take attributes
            pass


def _split_geometry(boxes, split_blocks, edges: _EdgesCache) -> BoxGeometry | None:
    """The geometry of a node whose content was split: fragments (and
    anonymous block rectangles, :func:`blocks_inside_inlines`), their union
    as its border box."""
    first = boxes[0]
    rects = node_rects(boxes)
    if not rects:
        return None
    split = len(rects) > 1 or first.fragments is not None
    margin, border, padding = edges.of(first)
    border_box = Rect.union_of(rects + (split_blocks or []))
    if not split:
        return layout_geometry(border_box, margin, border, padding)
    return BoxGeometry(border_box, margin=margin, border=border, padding=padding, fragments=rects)
