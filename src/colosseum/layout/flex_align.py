"""Flex alignment: css-flexbox-1 §8 and §9.5 / §9.6 (steps 12 to 16), the
container's baselines (§8.5), placing the items, and the static position of
absolutely positioned children (§4.1).

Positions are found along the axes first: ``item.main_position`` is the
distance from the line's main-start edge to the item's main-start margin
edge, ``item.cross_position`` from the line's cross-start edge to the
item's cross-start margin edge, ``line.position`` from the container's
cross-start content edge to the line's; :func:`place_items` maps them onto
the page.
"""

from __future__ import annotations

from . import baselines
from .flex_items import align_self
from .lines import LineBox, defer_translate

# css-align-3 §5.3: the fallback alignment of the distributed values
# (Chromium too: space-around no longer overflows on both sides as
# css-flexbox-1 §8.2 says).
_DISTRIBUTION_FALLBACK = {
    "space-between": "flex-start",
    "space-around": "safe center",
    "space-evenly": "safe center",
    "stretch": "flex-start",
    "normal": "flex-start",
}


def _visible(line):
    return [item for item in line.items if not item.collapsed]


def _split(value: str) -> tuple[bool, str]:
    """(safe, keyword) of an alignment value (``"safe center"``)."""
    split = _SPLIT.get(value)
    if split is None:
        words = value.split()
        split = _SPLIT[value] = (words[0] == "safe", words[-1])
    return split


_SPLIT: dict = {}  # the few alignment values seen, split once


def resolve_position(value: str, free: float, flipped: bool, left_is_start=None) -> float:
    """The offset of the alignment subject in its container for a
    <content-position> / <self-position> keyword (css-align-3 §4.2, §4.3):
    ``flipped`` says that the flex-start side is the writing mode's end
    side; ``left_is_start`` whether ``left`` means flex-start (None when
    ``left``/``right`` do not apply: they behave as ``start``). ``safe``
    alignment of an overflowing subject falls back to ``start``."""
    safe, keyword = _split(value)
    if safe and free < 0:
        keyword = "start"
    if keyword in ("left", "right"):
        if left_is_start is None:
            keyword = "start"
        else:
            keyword = "flex-start" if (keyword == "left") == left_is_start else "flex-end"
    if keyword in ("start", "self-start", "baseline"):
        keyword = "flex-end" if flipped else "flex-start"
    elif keyword in ("end", "self-end"):
        keyword = "flex-start" if flipped else "flex-end"
    if keyword == "flex-end":
        return free
    if keyword == "center":
        return free / 2
    return 0.0


def distribute(value: str, free: float, count: int, flipped: bool, left_is_start=None):
    """css-align-3 §5 content distribution (``justify-content``,
    ``align-content``) of ``free`` space among ``count`` subjects: the offset
    of the first and the extra space between two neighbours."""
    _, keyword = _split(value)
    if count == 0:
        return 0.0, 0.0
    if keyword in ("space-between", "space-around", "space-evenly") and free > 0:
        if keyword == "space-between" and count > 1:
            return 0.0, free / (count - 1)
        if keyword == "space-around":
            return free / count / 2, free / count
        if keyword == "space-evenly":
            return free / (count + 1), free / (count + 1)
    if keyword in _DISTRIBUTION_FALLBACK:
        value = _DISTRIBUTION_FALLBACK[keyword]
    return resolve_position(value, free, flipped, left_is_start), 0.0


#: ``align-self`` values that take part in baseline alignment, and which baseline.
BASELINE_MODES = {"baseline": "first", "last baseline": "last"}


# -- §9.5 Main-axis alignment --------------------------------------------------------------


def distribute_main_free_space(env, line) -> None:
    """css-flexbox-1 §9.5 step 12: positive free space goes to the main-axis
    ``auto`` margins of the line equally (else they are zero), then the
    items are aligned per ``justify-content``, with the main gap between
    neighbours."""
    axes = env.axes
    items = _visible(line)
    used = env.main_gap * max(0, len(items) - 1)
    for item in items:
        used += item.outer_main(item.main)
    free = env.inner_main - used
    if free > 0:
        sides = axes.main_sides()
        autos = [(item, side) for item in items for side in sides if side in item.auto_margins]
        for item, side in autos:
            setattr(item.box, f"margin_{side}", free / len(autos))
        if autos:
            free = 0.0
    left_is_start = (not axes.main_reverse) if axes.row else None
    offset, between = distribute(
        env.box.style["justify_content"],
        free,
        len(items),
        axes.direction_reverse,
        left_is_start,
    )
    position = offset
    for item in line.items:
        item.main_position = position
        if not item.collapsed:
            position += item.outer_main(item.main) + env.main_gap + between


# -- §9.6 Cross-axis alignment -------------------------------------------------------------


def align_items_in_cross_axis(env, line) -> None:
    """css-flexbox-1 §9.6 steps 13 and 14: cross-axis auto margins take the
    space left in the line; other items are aligned per ``align-self``
    (baseline-aligned items share their line's baseline)."""
    axes = env.axes
    items = _visible(line)
    shared = _shared_baselines(env, items)
    for item in items:
        outer = item.outer_cross(item.cross)
        free = line.cross - outer
        if item.auto_cross:
            resolve_cross_auto_margins(env, item, free)
            item.cross_position = 0.0
            continue
        value = item.align
        mode = item.group
        if mode is not None:
            item.cross_position = _baseline_position(env, item, mode, shared[mode], free)
        elif value == "last baseline":
            item.cross_position = resolve_position("safe self-end", free, axes.wrap_reverse)
        else:
            item.cross_position = resolve_position(value, free, _flipped(env, item, value))
    for item in line.items:
        if item.collapsed:
            item.cross_position = 0.0


def _flipped(env, item, value: str) -> bool:
    """Whether the cross-start side is the end side of the writing mode
    that ``start`` / ``end`` refer to: the container's, or for
    ``self-start`` / ``self-end`` the item's own (css-align-3 §4.3), whose
    ``direction`` matters when the cross axis is the inline axis."""
    axes = env.axes
    if not value.endswith(("self-start", "self-end")) or axes.row:
        return axes.wrap_reverse
    cross_start_right = axes.cross_reverse
    return cross_start_right != (item.box.style["direction"] == "rtl")


def resolve_cross_auto_margins(env, item, free: float) -> None:
    """css-flexbox-1 §9.6 step 13: positive space is shared by the auto
    margins; otherwise an auto block-start / inline-start margin is zero and
    the opposite margin makes the outer cross size the line's."""
    low, high = ("top", "bottom") if env.axes.row else ("left", "right")
    if not env.axes.row and env.axes.rtl:
        low, high = high, low  # the inline-start side
    autos = [side for side in (low, high) if side in item.auto_margins]
    if free > 0:
        for side in autos:
            setattr(item.box, f"margin_{side}", free / len(autos))
        return
    if low in item.auto_margins:
        setattr(item.box, f"margin_{low}", 0.0)
    current = getattr(item.box, f"margin_{high}")
    setattr(item.box, f"margin_{high}", current + free)


def _shared_baselines(env, items) -> dict:
    """For each baseline-sharing group of the line (first / last baseline),
    the largest distance from an item's baseline to its margin box top and
    to its margin box bottom."""
    groups = {"first": [0.0, 0.0], "last": [0.0, 0.0]}
    for item in items:
        mode = item.group
        if mode is None:
            continue
        outer = item.outer_cross(item.cross)
        before = item.baseline[0 if mode == "first" else 1]
        group = groups[mode]
        group[0] = max(group[0], before)
        group[1] = max(group[1], outer - before)
    return groups


def _baseline_position(env, item, mode: str, group, free: float) -> float:
    """css-flexbox-1 §8.3 ``baseline``: the item whose baseline is farthest
    from its cross-start margin edge is flush with the line's cross-start
    edge (``last baseline``: farthest from the cross-end edge, flush with
    the cross-end edge); the others line their baselines up with it."""
    outer = item.outer_cross(item.cross)
    before = item.baseline[0 if mode == "first" else 1]
    after = outer - before
    above, below = group
    if mode == "first":
        if env.axes.cross_reverse:  # cross-start is at the bottom
            return below - after
        return above - before
    if env.axes.cross_reverse:
        return free - (above - before)
    return free - (below - after)


def item_baselines(env, item):
    """The item's first and last baselines as distances from its margin
    box's top, or (column containers) left edge. In a row container they
    are its text's (css-align-3 §9.1: a box without one gets one
    synthesized from its border box's bottom edge); in a column container,
    whose cross axis is the items' inline axis, the baseline is synthesized
    from the border box's left edge (as Chromium does)."""
    box = item.box
    if not env.axes.row:
        return box.margin_left, box.margin_left
    synthesized = box.margin_top + box.border_height
    first = _baseline(box, last=False)
    last = _baseline(box, last=True)
    return (
        synthesized if first is None else first - box.y,
        synthesized if last is None else last - box.y,
    )


# -- §9.6 step 16: align-content -------------------------------------------------------------


def align_flex_lines(env, lines) -> None:
    """css-flexbox-1 §9.6 step 16: the lines of a multi-line container are
    packed per ``align-content``, with the cross gap between them; a
    single-line container's line fills it (``align-content`` does not
    apply)."""
    if not lines:
        return
    if env.axes.single_line:
        lines[0].position = 0.0
        return
    total = sum(line.cross for line in lines) + env.cross_gap * (len(lines) - 1)
    free = env.inner_cross - total
    offset, between = distribute(
        env.box.style["align_content"], free, len(lines), env.axes.wrap_reverse
    )
    position = offset
    for line in lines:
        line.position = position
        position += line.cross + env.cross_gap + between


# -- placing ------------------------------------------------------------------------------------


def place_items(env, lines) -> None:
    """Move each laid-out item to its place: main and cross positions turned
    into page coordinates, main-start / cross-start on the side the
    container's ``flex-direction``, ``flex-wrap`` and ``direction`` say."""
    axes = env.axes
    row, main_reverse, cross_reverse = axes.row, axes.main_reverse, axes.cross_reverse
    inner_main = env.inner_main
    inner_cross = env.inner_cross
    left, top = env.box.content_x, env.box.content_y
    for line in lines:
        for item in line.items:
            main = item.main_position
            cross = line.position + item.cross_position
            if main_reverse:
                main = inner_main - main - item.outer_main(0.0 if item.collapsed else item.main)
            if cross_reverse:
                cross = inner_cross - cross - item.outer_cross(item.cross)
            if row:
                _move(item, left + main, top + cross)
            else:
                _move(item, left + cross, top + main)


def _move(item, x: float, y: float) -> None:
    """Put the item's margin box at (x, y), with its contents where its
    margins (auto ones resolved after its layout) now put its content box."""
    box = item.box
    left, top = item.layout_margins
    shift_x = box.margin_left - left
    shift_y = box.margin_top - top
    defer_translate(box, x - box.x + shift_x, y - box.y + shift_y)
    box.x -= shift_x
    box.y -= shift_y
    item.layout_margins = (box.margin_left, box.margin_top)


# -- §8.5 Flex container baselines -------------------------------------------------------------


class FlexLineBox(LineBox):
    """A flex line as a line box with no items (``box.lines`` of a flex
    container): its rectangle, and ``baseline`` / ``last_baseline``, the
    baselines the container offers from it (css-flexbox-1 §8.5). Moved by
    :func:`~colosseum.layout.lines.translate` like any line box."""

    __slots__ = ("_last_offset",)

    def __init__(self, x, y, width, height, first: float, last: float):
        super().__init__(x, y, width, height, first)
        self._last_offset = last - y

    @property
    def last_baseline(self) -> float:
        return self.y + self._last_offset


def record_container_baselines(env, lines) -> None:
    """css-flexbox-1 §8.5: each flex line becomes a :class:`FlexLineBox` in
    ``box.lines`` (None without items), carrying its first and last
    baselines: the shared baseline of its items that take part in (first /
    last) baseline alignment, else the baseline of its startmost / endmost
    item (in a column container, whose cross axis is the inline axis: the
    startmost / endmost item of the container); items without a baseline
    get one synthesized from their border box's bottom edge."""
    box = env.box
    records = []
    for line in lines:
        items = _visible(line)
        if not items:
            continue
        first = last = None
        for item in items:
            mode = item.group
            if mode == "first" and first is None:
                first = _item_baseline(item.box, last=False)
            elif mode == "last":
                last = _item_baseline(item.box, last=True)
        # The startmost / endmost item: in a column-reverse container the
        # one at the top / bottom (as Chromium does), else first / last.
        start, end = (
            (items[-1], items[0])
            if env.axes.main_reverse and not env.axes.row
            else (
                items[0],
                items[-1],
            )
        )
        if first is None:
            first = _item_baseline(start.box, last=False)
        if last is None:
            last = _item_baseline(end.box, last=True)
        rect = _line_rect(env, line)
        records.append(FlexLineBox(*rect, first, last))
    box.lines = records or None


def _baseline(box, last: bool):
    """The box's first or last baseline (an absolute y) or None
    (:mod:`.baselines`)."""
    return baselines.last_baseline(box) if last else baselines.first_baseline(box)


def _item_baseline(box, last: bool) -> float:
    value = _baseline(box, last)
    if value is None:
        return box.border_box_y + box.border_height
    return value


def _line_rect(env, line):
    """The line's rectangle on the page (x, y, width, height)."""
    axes = env.axes
    box = env.box
    cross = line.position
    if axes.cross_reverse:
        cross = env.inner_cross - cross - line.cross
    if axes.row:
        return box.content_x, box.content_y + cross, box.width, line.cross
    return box.content_x + cross, box.content_y, line.cross, env.inner_main


# -- §4.1 Absolutely-positioned flex children ---------------------------------------------------


def place_absolute_children(env) -> None:
    """css-flexbox-1 §4.1: an absolutely positioned child's static position
    is where it would be as the sole flex item of the container, both taken
    as fixed-size boxes (auto margins as zero, ``stretch`` as
    ``flex-start``): ``justify-content`` in the main axis, ``align-self`` in
    the cross axis. Its static position is queued with it for its
    containing block (:func:`~.position.register_absolute`)."""
    box = env.box
    children = [
        child
        for child in box.children
        if getattr(child, "is_absolutely_positioned", False) and child.style is not None
    ]
    if not children:
        return
    from . import position
    from .used import resolve_edges

    axes = env.axes
    inner_main = box.width if axes.row else box.height
    inner_cross = box.height if axes.row else box.width
    for child in children:
        resolve_edges(child, box.width)
        width, height = _static_size(env, child)
        outer_main, outer_cross = (width, height) if axes.row else (height, width)
        main_free = inner_main - outer_main
        cross_free = inner_cross - outer_cross
        left_is_start = (not axes.main_reverse) if axes.row else None
        main, _ = distribute(
            box.style["justify_content"], main_free, 1, axes.direction_reverse, left_is_start
        )
        value = align_self(env, child)
        value = "flex-start" if value in ("stretch", "baseline") else value
        if value == "last baseline":
            value = "safe self-end"
        cross = resolve_position(value, cross_free, axes.wrap_reverse)
        if axes.main_reverse:
            main = main_free - main
        if axes.cross_reverse:
            cross = cross_free - cross
        x, y = (main, cross) if axes.row else (cross, main)
        if axes.rtl:
            # position.py reads an rtl static position as the right margin
            # edge of the hypothetical box (CSS 2.1 §10.3.7).
            x += width
        child.x = box.content_x + x
        child.y = box.content_y + y
        position.register_absolute(env.ctx, child)


def _static_size(env, child) -> tuple[float, float]:
    """The margin box size of an absolutely positioned child, as far as it
    is known before its own layout: its definite width (else its
    shrink-to-fit width in the container) and its definite height (else
    the height of its contents at that width)."""
    from . import intrinsic
    from .used import horizontal_extras, resolve, vertical_extras

    box = env.box
    style = child.style
    extras_w = horizontal_extras(child) + child.margin_left + child.margin_right
    extras_h = vertical_extras(child) + child.margin_top + child.margin_bottom
    width = resolve(style["width"], box.width)
    if width is None:
        minimum, maximum = intrinsic.intrinsic_sizes(env.ctx, child)
        width = min(max(minimum, box.width - extras_w), maximum)
    elif style["box_sizing"] == "border-box":
        width -= horizontal_extras(child)
    height = resolve(style["height"], box.height)
    if height is None:
        height = _auto_height(env, child, max(0.0, width))
    elif style["box_sizing"] == "border-box":
        height -= vertical_extras(child)
    return max(0.0, width) + extras_w, max(0.0, height) + extras_h


def _auto_height(env, child, width: float) -> float:
    """The auto content height of an absolutely positioned child laid out at
    ``width`` (a trial: :mod:`.position` lays it out again in its
    containing block)."""
    from . import block
    from .boxes import ReplacedBox
    from .flex_items import replaced_size

    if isinstance(child, ReplacedBox):
        return replaced_size(env.ctx, child, width=width)[1]
    child.x, child.y = env.box.content_x, env.box.content_y
    child.width = width
    block.layout_contents(env.ctx, child, None, env.box.height)
    return child.height
