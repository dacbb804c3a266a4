"""Block layout: CSS 2.1 §9.4.1 (block formatting contexts), §10.1 (the
initial containing block), §10.3.3-§10.3.5 (widths), §10.6.3 and §10.6.7
(heights), §8.3.1 (collapsing margins, with :mod:`.margins`) and §9.5 (floats,
with :mod:`.floats`).

Entry points (the contract of the layout modules):

- :func:`layout_root`: the root box in the initial containing block;
- :func:`layout_contents`: the contents of a box that establishes an
  independent formatting context, once its caller has sized it across;
- :func:`layout_atomic`: an atomic inline-level box, its margin box at (0, 0);
- :func:`layout_float`: a float, sized and placed in its float context.

Inside a block formatting context, in-flow block-level boxes are laid out
top to bottom with a :class:`~.margins.Flow` cursor that collapses their
vertical margins. Inline content goes to :mod:`.inline`, flex containers to
:mod:`.flex`, table wrapper boxes to :mod:`.table_layout`; grid containers
are laid out as block flow for now (their children stacked like blocks).
"""

from __future__ import annotations

from contextlib import nullcontext

from .boxes import (
    BlockContainer,
    FlexBox,
    GridBox,
    InlineBlockBox,
    InlineBox,
    LineBreakBox,
    MarkerBox,
    ReplacedBox,
    TableBox,
    TableCaptionBox,
    TableCellBox,
    TableColumnBox,
    TableColumnGroupBox,
    TableWrapperBox,
    TextBox,
)
from .floats import FloatContext, place_beside_floats
from .generation import is_collapsible_space
from .inline_build import was_block_level
from .intrinsic import has_inline_content, shrink_to_fit
from .lines import settle_shifts, translate
from .margins import Flow, PendingBlock, PendingFloat, PendingStatic, collapse
from .used import (
    clamp_height,
    clamp_width,
    height_property,
    horizontal_extras,
    min_height,
    resolve,
    resolve_edges,
    solve_block_widths,
    used_width_property,
)

# -- the entry points ------------------------------------------------------------------


def layout_root(ctx, root_box) -> None:
    """CSS 2.1 §10.1: the initial containing block has the viewport's size
    and its origin at (0, 0); the root box is a block-level box in it
    (§9.2.1: whatever its display, it is blockified) that establishes a
    block formatting context, so its margins collapse with nothing
    (§8.3.1). Percentage heights of the root refer to the viewport. Then
    the absolutely positioned boxes of the initial containing block and the
    fixed ones (:mod:`.position`), then relative offsets (§9.4.3)."""
    width, height = ctx.viewport
    root_box.x = root_box.y = 0.0
    resolve_edges(root_box, width)
    direction = root_box.style["direction"]
    fixed = None
    if isinstance(root_box, ReplacedBox):
        used_width, fixed = replaced_size(ctx, root_box, width, height)
        solve_block_widths(root_box, width, direction, used_width)
    elif isinstance(root_box, TableWrapperBox):
        solve_block_widths(root_box, width, direction, _table_width(ctx, root_box, width))
    else:
        solve_block_widths(root_box, width, direction)
        fixed = _fixed_height(root_box, height)
    root_box.x = 0.0
    layout_contents(ctx, root_box, fixed, height)
    settle_shifts(root_box)
    position = _position()
    if position is not None:
        absolutes, offsets = position.scan_positioned(root_box)
        position.layout_initial_absolutes(ctx, root_box, absolutes)
        if ctx.absolutes_done:  # laying them out may have deferred moves
            settle_shifts(root_box)
        position.apply_relative_offsets(root_box, ctx.viewport, offsets)


def layout_contents(
    ctx, box, height: float | None, cb_height: float | None, *, percentage_base=None
) -> None:
    """Lay out the contents of ``box``, which establishes an independent
    formatting context (a block formatting context root, a flex container,
    an atomic inline, a float, an absolutely positioned box, a table
    part...). Its position, edges and content width are set; ``height`` is
    its used content height when the caller fixed it, else None: the
    §10.6.7 auto height (floats included), then §10.7 min/max-height.
    ``cb_height`` is its containing block's height when definite.
    Sets ``box.height``. Its children are laid out anew, where it is now: a
    move still pending for them is dropped (:func:`~.lines.defer_translate`).
    ``percentage_base``: with an auto ``height``, what percentage heights of
    a block container's children refer to, when definite (a table cell's
    specified height, CSS 2.1 §17.5.3)."""
    box.shift = None
    if box.style["position"] == "static":
        _layout_contents(ctx, box, height, cb_height, percentage_base)
        return
    with _scope(ctx, box):
        _layout_contents(ctx, box, height, cb_height, percentage_base)


def _layout_contents(ctx, box, height, cb_height, percentage_base=None) -> None:
    if isinstance(box, FlexBox):
        from . import flex

        flex.layout_flex_container(ctx, box, height, cb_height)
    elif isinstance(box, ReplacedBox):
        if height is not None:
            box.height = height
    elif isinstance(box, TableWrapperBox):
        from .table_layout import layout_table_wrapper

        layout_table_wrapper(ctx, box, height, cb_height)
    else:
        _layout_formatting_context_root(ctx, box, height, cb_height, percentage_base)


def layout_atomic(ctx, box, cb_width: float, cb_height: float | None) -> None:
    """An atomic inline-level box (CSS 2.1 §10.3.9 / §10.6.6 inline-block,
    §10.3.2 / §10.6.2 inline replaced, and inline flex, grid and table
    boxes): ``auto`` margins are 0, an ``auto`` width is shrink-to-fit
    (§10.3.5), an ``auto`` height that of its contents. Its margin box is
    laid out at (0, 0): the inline formatting context moves it."""
    _layout_shrink_to_fit_box(ctx, box, cb_width, cb_height)


def layout_float(ctx, box, cb_width, cb_height, floats, top, left, right) -> None:
    """CSS 2.1 §10.3.5 / §10.6.6 (§10.3.6 for replaced floats): size and lay
    out the float ``box``, then place it by the rules of §9.5.1 in
    ``floats`` no higher than ``top``, between ``left`` and ``right`` (its
    containing block's content edges)."""
    _layout_shrink_to_fit_box(ctx, box, cb_width, cb_height)
    floats.place(box, top, left, right)


# -- sizing boxes that are not stretched -----------------------------------------------


def _layout_shrink_to_fit_box(ctx, box, cb_width, cb_height) -> None:
    """Widths and heights of floats and atomic inlines (CSS 2.1 §10.3.2,
    §10.3.5, §10.3.9, §10.6.2, §10.6.6): auto margins are 0; the margin box
    is laid out at (0, 0)."""
    resolve_edges(box, cb_width)
    box.x = box.y = 0.0
    if isinstance(box, ReplacedBox):
        box.width, height = replaced_size(ctx, box, cb_width, cb_height)
        layout_contents(ctx, box, height, cb_height)
        return
    if isinstance(box, TableWrapperBox):
        box.width = _table_width(ctx, box, cb_width)
    else:
        width = used_width_property(box, "width", cb_width)
        if width is None:
            available = cb_width - box.margin_left - box.margin_right - horizontal_extras(box)
            width = shrink_to_fit(ctx, box, max(0.0, available))
        box.width = clamp_width(box, width, cb_width)
    layout_contents(ctx, box, _fixed_height(box, cb_height), cb_height)


def _table_width(ctx, box, cb_width) -> float:
    """A table wrapper box's content width (CSS 2.1 §17.4, §17.5.2): its
    table box's border-box width (:mod:`.table_layout`)."""
    from .table_layout import table_wrapper_width

    return table_wrapper_width(ctx, box, cb_width)


def _fixed_height(box, cb_height) -> float | None:
    """CSS 2.1 §10.5, §10.7: the used content height when ``height`` is
    definite (min/max applied), else None."""
    height = height_property(box, cb_height)
    if height is None:
        return None
    return clamp_height(box, height, cb_height)


# -- formatting context roots ----------------------------------------------------------


def establishes_bfc(box) -> bool:
    """CSS 2.1 §9.4.1 (and css-display-3 §2.3): floats, absolutely
    positioned boxes, block containers that are not block boxes
    (inline-blocks, table cells, table captions), block boxes with
    ``overflow`` other than ``visible`` or ``display: flow-root``, flex and
    grid items, and boxes of other formatting contexts (flex, grid, table)
    are laid out independently: their margins never collapse with their
    children's and floats outside do not enter them."""
    if isinstance(box, (InlineBlockBox, TableCellBox, TableCaptionBox, FlexBox, GridBox)):
        return True
    if isinstance(box, (TableWrapperBox, TableBox, ReplacedBox)):
        return True
    style = box.style
    if style["overflow-x"] != "visible" or style["overflow-y"] != "visible":
        return True
    if style["display"].inner == "flow-root":
        return True
    if style["float"] != "none" or style["position"] in ("absolute", "fixed"):
        return True
    parent = style.box_parent_display
    return parent is not None and parent.inner in ("flex", "grid")


def _layout_formatting_context_root(ctx, box, height, cb_height, percentage_base=None) -> None:
    """CSS 2.1 §10.6.7: a block formatting context root's contents, with
    floats of its own. Its auto height runs to the bottom margin edge of
    its last in-flow child (margins do not collapse through it) or the
    bottom of its last line box, and further down to the bottom margin
    edge of its lowest float."""
    if not box.children:  # empty: its auto content height is 0
        box.height = clamp_height(box, 0.0, cb_height) if height is None else height
        return
    flow = Flow(FloatContext(), box.content_y)
    layout_children(ctx, box, flow, None, percentage_base if height is None else height)
    bottom = flow.resolve()
    lowest = flow.floats.lowest_bottom()
    if lowest is not None and lowest > bottom:
        bottom = lowest
    if height is None:
        height = clamp_height(box, max(0.0, bottom - box.content_y), cb_height)
    box.height = height


# -- the children of a block container -------------------------------------------------


def layout_children(ctx, box, flow: Flow, slot, cb_height) -> None:
    """Lay out the children of ``box`` (positioned, sized across) in the
    block formatting context of ``flow``. ``slot`` is the box's
    :class:`~.margins.PendingBlock` while its top border edge waits for
    collapsed margins (None once known). ``cb_height``: the box's content
    height if definite (what percentage heights inside refer to)."""
    children = box.children
    if not children:
        return
    if isinstance(box, BlockContainer) and has_inline_content(box):
        _layout_inline_children(ctx, box, flow, slot, cb_height)
        return
    marker = None
    marker_checked = False
    for child in children:
        style = child.style
        if style["position"] in ("absolute", "fixed") and not isinstance(child, TextBox):
            _static_position(ctx, child, box, flow)
        elif style["float"] != "none" and child.is_floated:
            _block_level_float(ctx, child, box, flow, cb_height)
        elif isinstance(child, MarkerBox):
            marker = child
        elif isinstance(child, TextBox):
            continue  # collapsible white space between table parts
        elif isinstance(child, (TableColumnBox, TableColumnGroupBox)):
            _empty_box(child, box, flow)
        else:
            layout_block_level(ctx, child, box, flow, slot, cb_height)
            if marker is not None and child.is_in_flow and not marker_checked:
                marker_checked = True
                _make_room_for_marker(ctx, box, child, marker, flow)
    if marker is not None:
        if all(child is marker or not child.is_in_flow for child in children):
            _marker_line(ctx, box, flow, slot)
        place_outside_marker(ctx, box, marker)


def _make_room_for_marker(ctx, item, child, marker, flow: Flow) -> None:
    """css-lists-3 §3.1: an outside marker sits on the baseline of the first
    line box of the item's first in-flow child (or of a block inside it).
    Like Chromium, which puts the marker in that line, the marker may not
    rise above the child's top border edge: when the marker's ascent (its
    font's ascent plus half its leading, CSS 2.1 §10.8.1) exceeds the
    distance from that edge down to the line's baseline, the child and
    everything after it move down by the difference."""
    from .inline_vertical import FontBox, layout_units_half

    if not marker.outside or not marker.children:
        return
    holder = _first_line_holder(item)
    if holder is None or not holder.lines:
        return
    font = FontBox(ctx.measurer, marker.style)
    leading = font.line_height - (font.ascent + font.descent)
    above = font.ascent + layout_units_half(leading)
    shift = above - (holder.lines[0].baseline - child.border_box_y)
    if shift > 0:
        translate(child, 0.0, shift)
        flow.base += shift


def _marker_line(ctx, box, flow: Flow, slot) -> None:
    """A list item with an outside marker and no in-flow content: like
    Chromium, the marker still needs a line, so the item is one line high
    (the line height of its strut, CSS 2.1 §10.8.1)."""
    from .inline_vertical import FontBox

    if slot is not None and slot.y is None:
        flow.resolve()
    flow.restart(box.content_y + FontBox(ctx.measurer, box.style).line_height)


def _layout_inline_children(ctx, box, flow: Flow, slot, cb_height) -> None:
    """CSS 2.1 §9.4.2: the content is an inline formatting context. Line
    boxes separate margins (§8.3.1), so a box that gets some has its top
    border edge settled first; one whose content makes no line boxes
    (collapsible white space, empty inline boxes, out-of-flow boxes only,
    §9.4.2) stays transparent to margin collapsing."""
    from . import inline

    if has_line_content(box):
        if slot is not None and slot.y is None:
            flow.resolve()
        height = inline.layout_inline_content(ctx, box, flow.floats, cb_height)
        flow.restart(box.content_y + height)
        return
    if any(not isinstance(child, TextBox) for child in box.children):
        inline.layout_inline_content(ctx, box, flow.floats, cb_height)
    else:
        box.lines = []


def has_line_content(box) -> bool:
    """CSS 2.1 §9.4.2: whether inline content makes line boxes that count:
    text other than collapsible white space, a forced break, an inline box
    with non-zero horizontal margins, borders or paddings, or an atomic
    inline (outside markers and out-of-flow boxes do not count)."""
    stack = list(box.children)
    while stack:
        child = stack.pop()
        if isinstance(child, TextBox):
            if isinstance(child, LineBreakBox) or not is_collapsible_space(child):
                return True
        elif not child.is_in_flow:
            continue
        elif isinstance(child, MarkerBox):
            if not child.outside:
                return True
        elif isinstance(child, InlineBox):
            if _has_inline_edges(child):
                return True
            stack.extend(child.children)
        else:
            return True
    return False


def _has_inline_edges(box) -> bool:
    style = box.style
    for side in ("left", "right"):
        if style[f"border-{side}-width"].value:
            return True
        for name in (f"padding-{side}", f"margin-{side}"):
            if resolve(style[name], 100.0, auto=0.0):
                return True
    return False


def _empty_box(child, parent, flow: Flow) -> None:
    """Table columns and column groups: no size (they only carry styles)."""
    child.reset_geometry()
    child.x = parent.content_x
    child.y = flow.position()


def _static_position(ctx, box, parent, flow: Flow) -> None:
    """CSS 2.1 §10.3.7 / §10.6.4: the static position of an absolutely
    positioned box among blocks: the containing block's start edge, below
    the margins collapsed so far (where the collapsed margins settle, when
    they are still pending). Queued for its containing block
    (:mod:`.position`).

    A box that was inline-level before it was blockified would have started
    a line there: §9.5 line boxes are shortened by the floats beside them,
    so (like Chromium) its static position is the start of the space the
    floats leave at that height (``ltr``)."""
    line = None
    if parent.style["direction"] != "rtl" and not was_block_level(box):
        line = (parent.content_x, parent.content_x + parent.width)
    box.x = parent.content_x
    static = PendingStatic(box, line)
    static.settle(flow, flow.position())
    if flow.pending:
        flow.pending.append(static)
    position = _position()
    if position is not None:
        position.register_absolute(ctx, box)


def _block_level_float(ctx, box, parent, flow: Flow, cb_height) -> None:
    """CSS 2.1 §9.5.1 for a float among blocks: its outer top goes to the
    current position in the flow, below the margins met so far (as Chromium
    does: they are not collapsed into nothing). In a block whose top border
    edge waits for collapsing margins, it waits too: it goes to the top of
    its containing block once that is known."""
    left = parent.content_x
    right = left + parent.width
    _layout_shrink_to_fit_box(ctx, box, parent.width, cb_height)
    if flow.pending:
        flow.pending.append(PendingFloat(box, left, right))
    else:
        flow.floats.place(box, flow.position(), left, right)


# -- block-level boxes in a block formatting context -----------------------------------


def layout_block_level(ctx, box, parent, flow: Flow, parent_slot, cb_height) -> None:
    """An in-flow block-level ``box``, child of ``parent``, in ``flow``
    (laid out anew: a move pending below it is dropped)."""
    box.shift = None
    cb_width = parent.width
    direction = parent.style["direction"]
    resolve_edges(box, cb_width)
    box.x = parent.content_x
    if isinstance(box, ReplacedBox):
        width, height = replaced_size(ctx, box, cb_width, cb_height)
        solve_block_widths(box, cb_width, direction, width)
        _layout_independent_block(ctx, box, parent, flow, height, cb_height, stretch=False)
    elif isinstance(box, TableWrapperBox):
        solve_block_widths(box, cb_width, direction, _table_width(ctx, box, cb_width))
        fixed = _fixed_height(box, cb_height)
        _layout_independent_block(ctx, box, parent, flow, fixed, cb_height, stretch=False)
    elif establishes_bfc(box):
        solve_block_widths(box, cb_width, direction)
        stretch = used_width_property(box, "width", cb_width) is None
        fixed = _fixed_height(box, cb_height)
        _layout_independent_block(ctx, box, parent, flow, fixed, cb_height, stretch=stretch)
    else:
        solve_block_widths(box, cb_width, direction)
        with _scope(ctx, box):
            _layout_flow_block(ctx, box, flow, parent_slot, cb_height)


def _layout_flow_block(ctx, box, flow: Flow, parent_slot, cb_height) -> None:
    """CSS 2.1 §10.6.3 with §8.3.1: a block box in its parent's block
    formatting context. Its top margin collapses with what is above it and,
    without top border and padding, with its first child's; its top border
    edge is known once something separates the margins."""
    fixed = _fixed_height(box, cb_height)
    cleared = apply_clearance(box, flow)
    flow.add_margin(box.margin_top)
    slot = None
    mark = len(flow.pending)
    if box.border_top or box.padding_top:
        box.y = flow.resolve() - box.margin_top
        flow.restart(box.content_y)
    else:
        box.y = flow.position() - box.margin_top  # tentative
        slot = PendingBlock(box)
        flow.pending.append(slot)
    layout_children(ctx, box, flow, slot, fixed)
    if slot is None or slot.y is not None:
        _end_settled_block(box, flow, fixed, cb_height)
    else:
        _end_unsettled_block(box, flow, fixed, cb_height, mark, parent_slot, cleared)


def _end_settled_block(box, flow: Flow, fixed, cb_height) -> None:
    """CSS 2.1 §10.6.3: the height of a block whose top border edge is
    known. With ``auto`` height and no bottom border or padding, its last
    child's bottom margin collapses with its own (§8.3.1) and the content
    ends at that child's bottom border edge; otherwise at the bottom margin
    edge of the last child. Like Chromium, a min-height or max-height that
    changes the auto height keeps the margins apart."""
    content_top = box.content_y
    below = box.padding_bottom + box.border_bottom
    if fixed is None and not below:
        if flow.floor is not None:
            # §8.3.1: margins collapsed through a box with clearance stay
            # apart from this box's bottom margin; its content ends there.
            natural = flow.floor - content_top
            flow.settle(0, flow.position())
        else:
            natural = flow.base - content_top
        height = clamp_height(box, natural, cb_height)
        if height == natural and flow.floor is None:
            box.height = max(0.0, natural)
            flow.add_margin(box.margin_bottom)
            return
        # A min-height or max-height changed the auto height: like Chromium,
        # the last child's bottom margin no longer collapses with this box's
        # (nor counts inside it).
        flow.settle(0, flow.position())
        box.height = max(0.0, height)
        flow.restart(content_top + box.height, box.margin_bottom)
        return
    # The margins inside end here (floats waiting for them are placed).
    bottom = flow.resolve()
    if fixed is None:
        fixed = clamp_height(box, max(0.0, bottom - content_top), cb_height)
    box.height = fixed
    flow.restart(content_top + fixed + below, box.margin_bottom)


def _end_unsettled_block(box, flow: Flow, fixed, cb_height, mark, parent_slot, cleared) -> None:
    """A block whose children all collapsed through (or that has none).
    With no height, min-height, bottom border or padding, its own margins
    collapse through it too (§8.3.1); its top border edge is its parent's
    when its margins collapse with the parent's top margin, else where it
    would be with a non-zero bottom border. Otherwise its top border edge
    goes below all the margins collapsed so far."""
    height = fixed if fixed is not None else clamp_height(box, 0.0, cb_height)
    below = box.padding_bottom + box.border_bottom
    if height <= 0 and not below and not min_height(box, cb_height):
        box.height = 0.0
        if parent_slot is None or parent_slot.y is not None:
            flow.settle(mark, flow.position())
        if cleared:
            # §8.3.1: its margins collapse with the following siblings' (from
            # where its top margin starts, below the clearance).
            edge = flow.position()
            flow.restart(edge - box.margin_top, box.margin_top)
            flow.floor = edge
        elif flow.floor is not None:
            flow.floor = flow.position()
        flow.add_margin(box.margin_bottom)
        return
    flow.resolve()
    box.height = max(0.0, height)
    flow.restart(box.content_y + box.height + below, box.margin_bottom)


def _layout_independent_block(ctx, box, parent, flow: Flow, fixed, cb_height, stretch) -> None:
    """An in-flow block-level box that establishes an independent formatting
    context (CSS 2.1 §9.4.1) or is replaced (§10.3.4, §10.6.2): its margins
    collapse with its siblings' but not its children's, and its border box
    stays clear of the floats' margin boxes (§9.5), moving down or getting
    narrower beside them. Like Chromium, a box moved down past floats no
    longer has its top margin collapsing with the margins above it (they
    settle without it, as with clearance)."""
    apply_clearance(box, flow)
    above = flow.strut()
    flow.add_margin(box.margin_top)
    left = parent.content_x
    right = left + parent.width
    direction = parent.style["direction"]

    def lay_out(x: float, y: float, width: float) -> None:
        box.x, box.y, box.width = x, y, width
        layout_contents(ctx, box, fixed, cb_height)

    if any(isinstance(item, PendingFloat) for item in flow.pending):
        flow.resolve()  # the floats it must avoid get their place first
    top = flow.position()
    if not flow.floats.floats:
        lay_out(box.x, top - box.margin_top, box.width)
    else:
        place_beside_floats(flow.floats, box, top, left, right, direction, stretch, lay_out)
    border_top = box.y + box.margin_top
    if border_top > top and flow.pending:
        flow.settle(0, flow.base + collapse(above))
    flow.settle(0, top)
    flow.restart(border_top + box.border_height, box.margin_bottom)


# -- clearance -------------------------------------------------------------------------


def apply_clearance(box, flow: Flow) -> bool:
    """CSS 2.1 §9.5.2: a box with ``clear`` first gets its hypothetical top
    border edge (its top margin collapsing as if it had no clearance, as if
    it had a bottom border); if that is not below the floats to clear,
    clearance is introduced: the margins above collapse without the box's,
    and its top border edge goes level with the bottom outer edge of the
    lowest float to clear. Returns whether the box has clearance."""
    clear = box.style["clear"]
    if clear == "none":
        return False
    sides = ("left", "right") if clear == "both" else (clear,)
    chain = top_margin_chain(box)
    base, strut = flow.base, flow.strut()
    hypothetical = base + collapse([*strut, *chain])
    adjoining = any(
        isinstance(item, PendingFloat) and item.box.style["float"] in sides for item in flow.pending
    )
    if adjoining:
        # Floats whose place waits for the same margins: they are placed
        # (without this box's margin) and, as in Chromium, cleared.
        flow.resolve()
    edge = flow.floats.clearance_edge(clear)
    if edge is None or (hypothetical >= edge and not adjoining):
        return False
    flow.resolve()
    flow.restart(edge - box.margin_top)
    flow.forced = edge
    return True


def top_margin_chain(box) -> list[float]:
    """The top margins that collapse with ``box``'s (CSS 2.1 §8.3.1: its
    own, its first in-flow child's when no top border or padding separates
    them and the child has no clearance, and so on down)."""
    margins = [box.margin_top]
    current = box
    while (
        isinstance(current, BlockContainer)
        and not establishes_bfc(current)
        and not _has_top_edge(current, box.width)
        and not current.establishes_inline_context
    ):
        first = next((c for c in current.children if c.is_in_flow and c.is_block_level), None)
        if first is None or first.style["clear"] != "none":
            break
        margins.append(resolve(first.style["margin-top"], box.width, auto=0.0))
        current = first
    return margins


def _has_top_edge(box, width: float) -> bool:
    style = box.style
    return bool(style["border-top-width"].value or resolve(style["padding-top"], width, auto=0.0))


# -- list markers ----------------------------------------------------------------------


def place_outside_marker(ctx, item, marker) -> None:
    """css-lists-3 §3.1: an ``outside`` marker of a list item whose children
    are blocks goes beside the item's first line box (found in its first
    in-flow descendants); :mod:`.inline` places it there when it offers a
    way to. Without a line box it gets no size, at the item's content top
    left corner."""
    try:
        from .inline_markers import place_outside_marker as place
    except ImportError:  # pragma: no cover - while inline layout is written
        place = None
    if place is not None:
        holder = _first_line_holder(item)
        place(ctx, marker, item, holder.lines if holder is not None else None)
        return
    marker.reset_geometry()
    marker.x = item.content_x
    marker.y = item.content_y
    for child in marker.descendants():
        if child is not marker:
            child.reset_geometry()
            child.x, child.y = marker.x, marker.y


def _first_line_holder(box):
    """The first in-flow block container below ``box`` holding line boxes."""
    for child in box.children:
        if not child.is_in_flow or isinstance(child, (MarkerBox, TextBox)):
            continue
        if child.lines:
            return child
        if isinstance(child, BlockContainer) and not establishes_bfc(child):
            found = _first_line_holder(child)
            if found is not None:
                return found
        return None
    return None


# -- helpers ---------------------------------------------------------------------------


def replaced_size(ctx, box, cb_width, cb_height):
    from .replaced import replaced_size as size

    return size(ctx, box, cb_width, cb_height)


def _position():
    """The positioned layout module (:mod:`.position`), imported lazily."""
    try:
        from . import position
    except ImportError:  # pragma: no cover - while it is being written
        return None
    return position


def _scope(ctx, box):
    """``position.containing_block_scope`` for a positioned box (CSS 2.1
    §10.1 item 4), else a no-op."""
    if box.style["position"] == "static":
        return nullcontext()
    position = _position()
    if position is None:  # pragma: no cover
        return nullcontext()
    return position.containing_block_scope(ctx, box)


__all__ = [
    "establishes_bfc",
    "layout_atomic",
    "layout_contents",
    "layout_float",
    "layout_root",
]
