"""Positioning schemes: absolute and fixed positioning (CSS 2.1 §9.6,
§10.3.7, §10.3.8, §10.6.4, §10.6.5), their containing blocks (§10.1), and
relative positioning (§9.4.3).

Absolutely positioned boxes are laid out after their containing block:

- the flow code gives each one its static position (``box.x``/``box.y``:
  where its margin box would have been in normal flow, the "hypothetical
  box" of §10.3.7 / §10.6.4) and queues it with :func:`register_absolute`;
- every positioned box (``position`` other than ``static``) is laid out
  inside :func:`containing_block_scope`, which opens a queue for the
  absolutes found in it and, once the box's size is final, lays them out
  against its padding box (§10.1 item 4);
- :func:`layout_initial_absolutes` lays out the rest against the initial
  containing block, and fixed boxes against the viewport (§10.1 items 2-3).

Until an absolute box is laid out, :func:`~.lines.translate` moves its
static position along with the boxes around it. When the queue of a scope
is drained, the box tree below the scope's box is searched for each queued
box's nearest positioned ancestor, so that a positioned box that opened no
scope of its own (an inline box, whose fragments are final only once its
line boxes are) is still its descendants' containing block.

Relative offsets (§9.4.3) are applied last, by :func:`apply_relative_offsets`,
which moves each relatively positioned box with everything in it (in one
walk of the tree, each box moved once by the sum of its ancestors' offsets).
"""

from __future__ import annotations

from contextlib import contextmanager

from ..geometry import Rect
from .boxes import (
    BlockContainer,
    Box,
    InlineBox,
    ReplacedBox,
    TableRowBox,
    TableRowGroupBox,
    TextBox,
)
from .lines import defer_translate, push_shift
from .used import (
    clamp_height,
    clamp_width,
    horizontal_extras,
    resolve,
    resolve_edges,
    used_height_property,
    used_width_property,
    vertical_extras,
)

__all__ = [
    "apply_relative_offsets",
    "containing_block_rect",
    "containing_block_scope",
    "layout_absolute",
    "layout_initial_absolutes",
    "register_absolute",
    "relative_offset",
    "solve_axis",
]


def is_positioned(box) -> bool:
    """CSS 2.1 §9.3.1: a positioned box has ``position`` other than ``static``."""
    return isinstance(box, Box) and box.style["position"] != "static"


class Layer(list):
    """The absolutely positioned boxes queued while ``owner`` (a positioned
    box) is being laid out."""

    __slots__ = ("owner",)

    def __init__(self, owner):
        super().__init__()
        self.owner = owner


# -- queueing -------------------------------------------------------------------------


def register_absolute(ctx, box) -> None:
    """Queue the absolutely positioned ``box``, at its static position, for
    its containing block (CSS 2.1 §10.1): the innermost positioned box being
    laid out, else the initial containing block; the viewport for
    ``position: fixed``."""
    if box.style["position"] == "fixed":
        ctx.fixed.append(box)
    else:
        ctx.absolute_layers[-1].append(box)


@contextmanager
def containing_block_scope(ctx, box):
    """Wrap the layout of the positioned ``box`` (CSS 2.1 §10.1 item 4): the
    absolutes met meanwhile are laid out when the box's size is known, on
    exit, against its padding box. Re-entrant: a scope for the box already
    innermost does nothing. An inline box's absolutes are handed to the
    enclosing scope (its fragments move until its line boxes are done)."""
    top = ctx.absolute_layers[-1]
    if not is_positioned(box) or getattr(top, "owner", None) is box:
        yield
        return
    layer = Layer(box)
    ctx.absolute_layers.append(layer)
    try:
        yield
        if isinstance(box, InlineBox):
            ctx.absolute_layers[-2].extend(layer)
        else:
            drain_layer(ctx, layer, box)
    finally:
        if ctx.absolute_layers and ctx.absolute_layers[-1] is layer:
            ctx.absolute_layers.pop()


def layout_initial_absolutes(ctx, root_box, absolutes=None) -> None:
    """CSS 2.1 §10.1 items 2 and 3, for ``block.layout_root`` once the root
    box is laid out: the absolutes queued for the initial containing block
    (and for positioned boxes that opened no scope), then the fixed ones
    (against the viewport), until none is left; then any absolutely
    positioned box that flow code never queued, at its current position.
    An absolutely positioned root box (laid out by block layout as a block)
    is laid out again by §10.3.7 / §10.6.4 in the initial containing block.
    ``absolutes``: the tree's absolutely positioned boxes when the caller
    has them (:func:`scan_positioned`)."""
    done = ctx.absolutes_done
    if root_box is not None and root_box.is_absolutely_positioned and id(root_box) not in done:
        # An absolutely positioned root: its containing block is the initial
        # one (its static position the origin); laid out again as such.
        root_box.x = root_box.y = 0.0
        layout_absolute(ctx, root_box, viewport_rect(ctx))
    _drain_initial(ctx, root_box)
    if root_box is None:
        return
    if absolutes is None:
        absolutes = scan_positioned(root_box)[0]
    missed = [box for box in absolutes if box is not root_box and id(box) not in done]
    for box in missed:
        if id(box) not in done:  # laying out one may lay out others
            register_absolute(ctx, box)
            _drain_initial(ctx, root_box)


def _drain_initial(ctx, root_box) -> None:
    bottom = ctx.absolute_layers[0]
    while bottom or ctx.fixed:
        drain_layer(ctx, bottom, root_box)
        fixed = _unique(ctx.fixed)
        ctx.fixed.clear()
        lay_out_found(ctx, root_box, fixed, viewport=True)


def viewport_rect(ctx) -> Rect:
    """The initial containing block and the viewport: (0, 0) and its size."""
    return Rect(0.0, 0.0, *ctx.viewport)


def _unique(boxes: list) -> list:
    """Each box once (a box laid out twice, as for measuring, is queued twice)."""
    seen: dict[int, object] = {}
    for box in boxes:
        seen[id(box)] = box
    return list(seen.values())


def drain_layer(ctx, layer: list, owner) -> None:
    """Lay out the boxes queued in ``layer`` (and those queued while doing so)
    in tree order, each against its containing block: the nearest positioned
    box on its path from ``owner``, else the initial containing block."""
    while layer:
        queued = _unique(layer)
        layer.clear()
        lay_out_found(ctx, owner, queued)


def lay_out_found(ctx, owner, boxes: list, *, viewport: bool = False) -> None:
    """Lay out ``boxes``, found below ``owner``, in tree order against their
    containing blocks (the viewport for fixed boxes, ``viewport``); the
    direction of the containing block (the root's for the initial one)
    settles over-constraint, the parent's gives the static position."""
    found = find_containing_blocks(owner, boxes)
    for box in found.order:
        block = None if viewport else found.blocks[id(box)]
        holder = block if block is not None else owner
        direction = holder.style["direction"] if holder is not None else "ltr"
        rect = containing_block_rect(ctx, block)
        layout_absolute(ctx, box, rect, cb_direction=direction, parent=found.parents.get(id(box)))


class Found:
    """What :func:`find_containing_blocks` finds: the boxes in tree order,
    and by id their containing block boxes (None: the initial containing
    block) and parent boxes."""

    __slots__ = ("blocks", "order", "parents")

    def __init__(self):
        self.order: list = []
        self.blocks: dict[int, object] = {}
        self.parents: dict[int, object] = {}


def find_containing_blocks(owner, targets: list) -> Found:
    """CSS 2.1 §10.1 item 4: for each box in ``targets`` (found below
    ``owner`` in the box tree), its nearest positioned ancestor, or None
    (the initial containing block), and its parent. Targets not found come
    last, with ``owner`` (if positioned) as containing block. The pending
    moves (:func:`~.lines.defer_translate`) of the boxes on the way are
    applied, so that static positions and containing blocks are in place."""
    wanted = {id(box): box for box in targets}
    found = Found()
    if owner is not None:
        push_shift(owner)
        # Most are the owner's own children: found without a walk.
        children = {id(child) for child in owner.children}
        for key, box in wanted.items():
            if key in children:
                found.blocks[key] = owner if is_positioned(owner) else None
                found.parents[key] = owner
                found.order.append(box)
        stack = [(owner, None, None)] if len(found.order) < len(wanted) else []
        while stack and len(found.order) < len(wanted):
            box, nearest, parent = stack.pop()
            if id(box) in wanted and box is not owner and id(box) not in found.blocks:
                found.blocks[id(box)] = nearest
                found.parents[id(box)] = parent
                found.order.append(box)
            below = box if is_positioned(box) else nearest
            push_shift(box)
            stack.extend((child, below, box) for child in reversed(box.children))
    fallback = owner if is_positioned(owner) else None
    for key, box in wanted.items():
        if key not in found.blocks:
            found.blocks[key] = fallback
            found.order.append(box)
    return found


def containing_block_rect(ctx, box) -> Rect:
    """CSS 2.1 §10.1: the rectangle a containing block box gives: its
    padding box; for an inline box (item 4.1), from the top left of its
    first fragment's padding box to the bottom right of its last one's
    (``direction: ltr``; the reverse for ``rtl``); None -> the initial
    containing block."""
    if box is None:
        return viewport_rect(ctx)
    if isinstance(box, InlineBox) and box.fragments:
        first, last = box.fragments[0].padding_box(), box.fragments[-1].padding_box()
        if box.style["direction"] == "rtl":
            first, last = last, first
        top = min(first.y, last.y)
        bottom = max(first.y + first.height, last.y + last.height)
        right = last.x + last.width
        return Rect(first.x, top, max(0.0, right - first.x), bottom - top)
    return box.padding_box()


# -- absolute positioning ------------------------------------------------------------


class Placement:
    """The containing block of an absolutely positioned box and what the
    constraint equations need besides the box's style: the containing
    block's direction (over-constrained cases, negative auto margins) and,
    when the static position is given by its right edge (a block-level
    box in a ``direction: rtl`` block, CSS 2.1 §10.3.7), the distance from
    the containing block's right edge to it."""

    __slots__ = ("ltr", "rect", "static_right")

    def __init__(self, rect: Rect, ltr: bool, static_right: float | None = None):
        self.rect = rect
        self.ltr = ltr
        self.static_right = static_right


def static_right(box, parent, rect: Rect) -> float | None:
    """CSS 2.1 §10.3.7: when the block holding the static position is
    ``rtl``, ``right`` (not ``left``) takes the static position: the
    distance from the containing block's right edge to the hypothetical
    box's right margin edge. Block layout gives a block-level hypothetical
    box the parent's left content edge (not knowing its width): its right
    edge is then the parent's right content edge; inline layout gives the
    point in the line where the box would start and flex layout the sized
    box's start edge: its right edge in ``rtl``.
    None when the static position is a left edge (``ltr``)."""
    if parent is None or parent.style["direction"] != "rtl":
        return None
    edge = box.x
    if isinstance(parent, BlockContainer) and abs(box.x - parent.content_x) < 1e-6:
        edge = parent.content_x + parent.width
    return rect.x + rect.width - edge


def layout_absolute(ctx, box, cb_rect: Rect, *, cb_direction=None, parent=None) -> None:
    """Lay out the absolutely positioned ``box`` (at its static position)
    in the containing block ``cb_rect``: CSS 2.1 §10.3.7 and §10.6.4 for a
    non-replaced box, §10.3.8 and §10.6.5 for a replaced one.
    ``cb_direction``: the containing block's ``direction`` (default: the
    box's own); ``parent``: the box's parent box, when known."""
    ctx.absolutes_done.add(id(box))
    direction = cb_direction if cb_direction is not None else box.style["direction"]
    placement = Placement(cb_rect, direction != "rtl", static_right(box, parent, cb_rect))
    if isinstance(box, ReplacedBox):
        layout_absolute_replaced(ctx, box, placement)
    else:
        with containing_block_scope(ctx, box):
            layout_absolute_non_replaced(ctx, box, placement)


def _insets(box, cb_rect: Rect):
    """Used ``left``, ``right``, ``top``, ``bottom`` (None for ``auto``);
    percentages refer to the containing block's width or height."""
    style = box.style
    return (
        resolve(style["left"], cb_rect.width),
        resolve(style["right"], cb_rect.width),
        resolve(style["top"], cb_rect.height),
        resolve(style["bottom"], cb_rect.height),
    )


def _auto_margins(box, sides) -> tuple[bool, bool]:
    return tuple(box.style[f"margin_{side}"] == "auto" for side in sides)


def solve_axis(
    size: float,
    available: float,
    static: float,
    start: float | None,
    end: float | None,
    margin_start: float | None,
    margin_end: float | None,
    *,
    start_wins: bool = True,
    clamp_negative: bool = False,
) -> tuple[float, float, float]:
    """The constraint equation of CSS 2.1 §10.3.7 / §10.6.4 once the size
    (``size``: the margin box less the margins, i.e. borders, paddings and
    content) is known: ``start + margin_start + size + margin_end + end =
    available``. Returns (start, margin_start, margin_end); margins and
    insets are None for ``auto``.

    - both insets auto: ``start`` is the static position, auto margins 0;
    - one inset auto: auto margins are 0 and that inset takes the rest;
    - neither auto: two auto margins share the rest equally (horizontally,
      ``clamp_negative``, §10.3.7: when that makes them negative, the start
      margin, or the end one unless ``start_wins``, is 0 and the other takes
      the rest), one auto margin takes it, and when no margin is auto the
      equation is over-constrained and the end inset (``start_wins``, e.g.
      ``right`` in ``direction: ltr``), or else the start one, is ignored.
    """
    if start is None or end is None:
        margin_start = margin_start or 0.0
        margin_end = margin_end or 0.0
        if start is None and end is None:
            start = static
        elif start is None:
            start = available - end - margin_end - size - margin_start
        return start, margin_start, margin_end
    rest = available - start - end - size
    if margin_start is None and margin_end is None:
        half = rest / 2
        if clamp_negative and half < 0:
            if start_wins:
                return start, 0.0, rest
            return start, rest, 0.0
        return start, half, half
    if margin_start is None:
        return start, rest - margin_end, margin_end
    if margin_end is None:
        return start, margin_start, rest - margin_start
    if not start_wins:
        start = available - end - margin_end - size - margin_start
    return start, margin_start, margin_end


def _margins(box, sides, auto_flags):
    return tuple(
        None if auto else getattr(box, f"margin_{side}")
        for side, auto in zip(sides, auto_flags, strict=True)
    )


def absolute_width(ctx, box, placement: Placement, left, right) -> float:
    """CSS 2.1 §10.3.7 the used content width of a non-replaced absolute box
    (edges resolved): the specified width; for ``width: auto``, the rest
    of the containing block when ``left`` and ``right`` are both set (rule
    5), else the shrink-to-fit width in the space that ``left`` (or the
    static position) or ``right`` leaves (rules 1 and 3); then §10.4
    max-width and min-width, the clamped value being used as the width."""
    cb_rect = placement.rect
    width = used_width_property(box, "width", cb_rect.width)
    if width is None:
        margins = box.margin_left + box.margin_right  # auto margins are 0 here
        space = cb_rect.width - margins - horizontal_extras(box)
        keyword = box.style["width"]
        if left is not None and right is not None and not _is_keyword(keyword):
            width = max(0.0, space - left - right)
        else:
            if left is None and right is None:
                if placement.static_right is not None:
                    right = placement.static_right
                else:
                    left = box.x - cb_rect.x
            available = max(0.0, space - (left or 0.0) - (right or 0.0))
            width = content_based_width(ctx, box, keyword, available)
    return clamp_width(box, width, cb_rect.width)


def _is_keyword(value) -> bool:
    return value in ("min-content", "max-content", "fit-content")


def content_based_width(ctx, box, keyword, available: float) -> float:
    """CSS 2.1 §10.3.5 shrink-to-fit in ``available`` for ``auto`` and
    ``fit-content``; css-sizing-3 §3.1 ``min-content`` and ``max-content``.
    (``fit-content(<length-percentage>)``, which Chromium does not support
    on ``width``, acts as ``auto``.)"""
    from .intrinsic import intrinsic_sizes, shrink_to_fit  # written concurrently

    if keyword in ("min-content", "max-content"):
        minimum, maximum = intrinsic_sizes(ctx, box)
        return minimum if keyword == "min-content" else maximum
    return shrink_to_fit(ctx, box, available)


def absolute_height(box, cb_rect: Rect, top, bottom) -> float | None:
    """CSS 2.1 §10.6.4 the used content height of a non-replaced absolute
    box when it does not depend on its content: the specified height, or
    with ``top`` and ``bottom`` set, the rest of the containing block (rule
    5), clamped by §10.7 max/min-height; None when it is based on the
    content (rules 1 and 3, and all three auto)."""
    height = used_height_property(box, "height", cb_rect.height)
    if height is None:
        if top is None or bottom is None:
            return None
        margins = box.margin_top + box.margin_bottom  # auto margins are 0 here
        height = max(0.0, cb_rect.height - top - bottom - margins - vertical_extras(box))
    return clamp_height(box, height, cb_rect.height)


def place_horizontally(box, placement: Placement, left, right) -> None:
    """Solve §10.3.7 / §10.3.8 for the margins and the position once the
    width is known; the containing block's ``direction`` settles
    over-constraint and negative auto margins. In ``rtl``, ``right`` takes
    the static position when both insets are ``auto``."""
    cb_rect = placement.rect
    sides = ("left", "right")
    margin_left, margin_right = _margins(box, sides, _auto_margins(box, sides))
    if left is None and right is None and placement.static_right is not None:
        right = placement.static_right
    start, margin_left, margin_right = solve_axis(
        box.border_width,
        cb_rect.width,
        box.x - cb_rect.x,
        left,
        right,
        margin_left,
        margin_right,
        start_wins=placement.ltr,
        clamp_negative=True,
    )
    box.margin_left, box.margin_right = margin_left, margin_right
    box.x = cb_rect.x + start


def place_vertically(box, cb_rect: Rect, top, bottom) -> float:
    """Solve §10.6.4 / §10.6.5 once the height is known (over-constrained:
    ``bottom`` is ignored); returns the y the margin box moves to."""
    sides = ("top", "bottom")
    margin_top, margin_bottom = _margins(box, sides, _auto_margins(box, sides))
    start, margin_top, margin_bottom = solve_axis(
        box.border_height,
        cb_rect.height,
        box.y - cb_rect.y,
        top,
        bottom,
        margin_top,
        margin_bottom,
    )
    box.margin_top, box.margin_bottom = margin_top, margin_bottom
    return cb_rect.y + start


def layout_absolute_non_replaced(ctx, box, placement: Placement) -> None:
    """CSS 2.1 §10.3.7 then §10.6.4: width and horizontal position, then
    the contents (block.layout_contents, with the height fixed unless it
    depends on the content), then the vertical position. With a preferred
    aspect ratio (css-sizing-4 §2), an ``auto`` size follows the other."""
    from .replaced import preferred_aspect_ratio

    cb_rect = placement.rect
    resolve_edges(box, cb_rect.width)  # auto margins 0 for now; solved below
    left, right, top, bottom = _insets(box, cb_rect)
    ratio = preferred_aspect_ratio(box.style, None)
    height = absolute_height(box, cb_rect, top, bottom)
    width_from_ratio = (
        ratio is not None
        and height is not None
        and used_width_property(box, "width", cb_rect.width) is None
        and (left is None or right is None)
    )
    if width_from_ratio:
        box.width = clamp_width(box, ratio_width(box, height, ratio), cb_rect.width)
    else:
        box.width = absolute_width(ctx, box, placement, left, right)
    static_y = box.y
    place_horizontally(box, placement, left, right)
    if ratio is not None and not width_from_ratio and _auto_height(box, cb_rect):
        height = clamp_height(box, ratio_height(box, box.width, ratio), cb_rect.height)
        _layout_with_ratio_height(ctx, box, height, cb_rect.height)
    else:
        _layout_contents(ctx, box, height, cb_rect.height)
    box.y = static_y  # the contents were laid out from here
    defer_translate(box, 0.0, place_vertically(box, cb_rect, top, bottom) - static_y)


def _layout_contents(ctx, box, height: float | None, cb_height: float) -> None:
    from .block import layout_contents  # written concurrently: import lazily

    layout_contents(ctx, box, height, cb_height)
    if height is not None:
        box.height = height


def _auto_height(box, cb_rect: Rect) -> bool:
    return used_height_property(box, "height", cb_rect.height) is None


def _layout_with_ratio_height(ctx, box, height: float, cb_height: float) -> None:
    """css-sizing-4 §2.2: a height from the aspect ratio, but (with
    ``min-height: auto``, the automatic minimum size) no less than the
    content's height: the contents are laid out at auto height first."""
    if box.style["min_height"] != "auto":
        _layout_contents(ctx, box, height, cb_height)
        return
    _layout_contents(ctx, box, None, cb_height)
    if box.height < height:
        _layout_contents(ctx, box, height, cb_height)


def ratio_height(box, width: float, ratio: float) -> float:
    """css-sizing-4 §2.1: the content height for a content width through
    ``ratio``, which applies to the box ``box-sizing`` names."""
    if box.style["box_sizing"] == "border-box":
        return max(0.0, (width + horizontal_extras(box)) / ratio - vertical_extras(box))
    return width / ratio


def ratio_width(box, height: float, ratio: float) -> float:
    if box.style["box_sizing"] == "border-box":
        return max(0.0, (height + vertical_extras(box)) * ratio - horizontal_extras(box))
    return height * ratio


def inset_sum(box, placement: Placement, left, right) -> float:
    """css-position-3 §4.1: what ``left`` and ``right`` take from the
    containing block's width (its inset-modified containing block); with
    both ``auto``, the static position stands for the start one."""
    if left is None and right is None:
        if placement.static_right is not None:
            return placement.static_right
        return box.x - placement.rect.x
    return (left or 0.0) + (right or 0.0)


def layout_absolute_replaced(ctx, box, placement: Placement) -> None:
    """CSS 2.1 §10.3.8 and §10.6.5: the size of §10.3.2 / §10.6.2 (with
    §10.4), then the margins and position from the constraint equations."""
    from .replaced import replaced_size

    cb_rect = placement.rect
    resolve_edges(box, cb_rect.width)
    left, right, top, bottom = _insets(box, cb_rect)
    insets = inset_sum(box, placement, left, right)
    box.width, box.height = replaced_size(ctx, box, cb_rect.width, cb_rect.height, insets=insets)
    place_horizontally(box, placement, left, right)
    box.y = place_vertically(box, cb_rect, top, bottom)


# -- relative positioning ------------------------------------------------------------


def relative_offset(style, cb_width: float, cb_height: float | None, cb_direction: str):
    """CSS 2.1 §9.4.3: the (dx, dy) of a relatively positioned box.
    ``left``/``right``: auto/auto is 0, one auto takes the other's opposite,
    both set is over-constrained and ``left`` wins when the containing
    block's ``direction`` is ltr (``right`` when rtl); ``top``/``bottom``
    likewise, ``top`` winning. Percentages refer to the containing block's
    size; a percentage ``top``/``bottom`` of an auto-height containing
    block acts as ``auto`` (§9.3.2)."""
    left = resolve(style["left"], cb_width)
    right = resolve(style["right"], cb_width)
    top = resolve(style["top"], cb_height)
    bottom = resolve(style["bottom"], cb_height)
    if left is not None and (right is None or cb_direction != "rtl"):
        dx = left
    else:
        dx = -right if right is not None else 0.0
    if top is not None:
        dy = top
    else:
        dy = -bottom if bottom is not None else 0.0
    return dx, dy


_PASS_THROUGH = (InlineBox, TableRowBox, TableRowGroupBox)


def _definite_height(box, cb_height: float | None) -> float | None:
    """The box's content height when percentages of it are resolvable
    (CSS 2.1 §10.5): its height is specified (and not a percentage of an
    indefinite height), or it is absolutely positioned with ``top`` and
    ``bottom`` set."""
    style = box.style
    if resolve(style["height"], cb_height) is not None:
        return box.height
    if box.is_absolutely_positioned and style["top"] != "auto" and style["bottom"] != "auto":
        return box.height
    return None


def apply_relative_offsets(
    root_box, viewport: tuple[float, float] | None = None, offsets: bool | None = None
) -> None:
    """CSS 2.1 §9.4.3, after all layout: move each ``position: relative``
    box (blocks, inline boxes with their fragments, atomic inlines, floats)
    by its offset, with everything laid out in it. Each box's containing
    block is its nearest block container ancestor's content box (the
    initial containing block, ``viewport``, for the root; when it is not
    given the root's margin box width is used, with an indefinite height).
    §9.2.1.1: a block-level box that split a relatively positioned inline
    box moves with it. ``position: sticky`` boxes stay where normal flow
    put them. ``offsets``: whether a box of the tree is relatively
    positioned or fixed, when the caller knows (:func:`scan_positioned`)."""
    if root_box is None:
        return
    if offsets is None:
        offsets = scan_positioned(root_box)[1]
    if not offsets:
        return
    if viewport is None:
        icb = (root_box.margin_width, None)
    else:
        icb = (float(viewport[0]), float(viewport[1]))
    split = split_relative_inlines(root_box)
    # One walk, each box moved once by the sum of its ancestors' offsets.
    stack = [(root_box, icb[0], icb[1], root_box.style["direction"], None, 0.0, 0.0)]
    while stack:
        box, cb_width, cb_height, cb_direction, container, dx, dy = stack.pop()
        if isinstance(box, TextBox):
            _shift(box, dx, dy)
            continue
        if box.style["position"] == "fixed":
            dx, dy = _fixed_shift(box.style, dx, dy)
        elif box.style["position"] == "relative":
            ddx, ddy = relative_offset(box.style, cb_width, cb_height, cb_direction)
            dx, dy = dx + ddx, dy + ddy
        if split and box.is_block_level and container is not None:
            for inline in enclosing_split_inlines(box, container, split):
                ddx, ddy = relative_offset(inline.style, cb_width, cb_height, cb_direction)
                dx, dy = dx + ddx, dy + ddy
        _shift(box, dx, dy)
        if box.node is not None:
            container = box.node
        if isinstance(box, _PASS_THROUGH):
            child_cb = (cb_width, cb_height, cb_direction, container, dx, dy)
        else:
            height = _definite_height(box, cb_height)
            child_cb = (box.width, height, box.style["direction"], container, dx, dy)
        stack.extend((child, *child_cb) for child in box.children)


def scan_positioned(root_box) -> tuple[list, bool]:
    """One walk of the tree: its absolutely positioned boxes in tree order,
    and whether a box is relatively positioned or fixed (when none is,
    :func:`apply_relative_offsets` moves nothing)."""
    absolutes = []
    offsets = False
    stack = [root_box]
    while stack:
        box = stack.pop()
        kind = box.style["position"]
        if kind != "static":
            if kind in ("absolute", "fixed"):
                absolutes.append(box)
            if kind in ("relative", "fixed") and not isinstance(box, TextBox):
                offsets = True
        children = box.children
        if children:
            stack.extend(reversed(children))
    return absolutes, offsets


def _fixed_shift(style, dx: float, dy: float) -> tuple[float, float]:
    """A fixed-position box's containing block is the viewport: the offsets
    of the boxes around it do not move it, except in an axis where its
    static position (which moved with them) placed it."""
    if style["left"] != "auto" or style["right"] != "auto":
        dx = 0.0
    if style["top"] != "auto" or style["bottom"] != "auto":
        dy = 0.0
    return dx, dy


def _shift(item, dx: float, dy: float) -> None:
    """Move one box with its own line boxes and fragments (not its
    children): :func:`~.lines.translate` for a single level."""
    if not dx and not dy:
        return
    item.x += dx
    item.y += dy
    for line in item.lines or ():
        line.x += dx
        line.y += dy
        line.baseline += dy
    for fragment in item.fragments or ():
        fragment.x += dx
        fragment.y += dy
        fragment.baseline += dy


def split_relative_inlines(root_box) -> dict:
    """id(node) -> one part of each relatively positioned inline box that
    block-in-inline splitting cut (CSS 2.1 §9.2.1.1)."""
    return {
        id(box.node): box
        for box in root_box.descendants()
        if isinstance(box, InlineBox)
        and not (box.is_first and box.is_last)
        and box.style["position"] == "relative"
    }


def enclosing_split_inlines(box, container, split: dict) -> list:
    """The split relative inline boxes whose nodes hold ``box``'s node,
    below the node of its nearest box-tree ancestor with a node
    (``container``): their offsets move the block-level ``box`` too."""
    found = []
    node = getattr(box.node, "parent", None)
    while node is not None and node is not container:
        if id(node) in split:
            found.append(split[id(node)])
        node = getattr(node, "parent", None)
    return found
