"""Flex layout: css-flexbox-1 §9, the flex layout algorithm, step by step.

:func:`layout_flex_container` lays out the items of a flex container whose
position, edges and content width its caller has set (and its height, when
definite); :func:`flex_intrinsic_sizes` gives its min-content and
max-content widths (§9.9, in :mod:`.flex_intrinsic`).

The steps:

1. anonymous flex items: done by box generation (:mod:`.generation`);
2. available main and cross space: :class:`~.flex_items.FlexEnv`;
3. flex base size and hypothetical main size: :mod:`.flex_items`;
4. the container's main size: :func:`determine_main_size`;
5. collecting items into flex lines: :func:`collect_flex_lines`;
6. resolving flexible lengths (§9.7): :func:`resolve_flexible_lengths`;
7. hypothetical cross sizes: :func:`determine_hypothetical_cross_size`;
8. flex line cross sizes: :func:`calculate_line_cross_size`;
9. ``align-content: stretch``: :func:`stretch_lines`;
10. ``visibility: collapse``: :func:`run_flex_algorithm` (a second round);
11. used cross sizes (stretch): :func:`determine_used_cross_size`;
12. main-axis alignment: :mod:`.flex_align`;
13-14. cross-axis auto margins and ``align-self``: :mod:`.flex_align`;
15. the container's cross size: :func:`determine_container_cross_size`;
16. ``align-content``: :mod:`.flex_align`.
"""

from __future__ import annotations

from .boxes import TextBox
from .flex_align import (
    BASELINE_MODES,
    align_flex_lines,
    align_items_in_cross_axis,
    distribute_main_free_space,
    item_baselines,
    place_absolute_children,
    place_items,
    record_container_baselines,
)
from .flex_items import (
    FlexEnv,
    FlexItem,
    ItemStyle,
    clamp_main,
    cross_size_through_ratio,
    definite_cross_size,
    determine_flex_base_size,
    ensure_layout,
    is_stretched,
    layout_at_main_size,
    sizing_width,
    stretched_cross_size,
)
from .used import clamp_height

__all__ = ["flex_intrinsic_sizes", "layout_flex_container"]


class FlexLine:
    """A flex line (css-flexbox-1 §6): its items in order, its cross size
    and its offset from the container's cross-start content edge."""

    __slots__ = ("cross", "items", "position")

    def __init__(self, items: list):
        self.items = items
        self.cross = 0.0
        self.position = 0.0

    def __repr__(self) -> str:
        return f"<FlexLine {len(self.items)} items cross={self.cross:g}>"


def flex_items(env: FlexEnv) -> list[FlexItem]:
    """The container's flex items in ``order``-modified document order
    (css-flexbox-1 §5.4): its in-flow children (generation already wrapped
    text runs in anonymous items)."""
    items = []
    for child in env.box.children:
        if not isinstance(child, TextBox):
            facts = child.style.derived(ItemStyle)
            if not facts.absolute:
                items.append(FlexItem(env, child, facts))
    if any(item.facts.order for item in items):
        items.sort(key=_order)
    return items


def _order(item: FlexItem) -> int:
    return item.facts.order


def layout_flex_container(ctx, box, height, cb_height) -> None:
    """css-flexbox-1 §9: lay out the items of the flex container ``box``
    (content width final; ``height`` its content height, None when auto;
    ``cb_height`` its containing block's height for its own min/max-height
    percentages) and set ``box.height`` when it is auto."""
    env = FlexEnv(ctx, box, box.width, height)
    items = flex_items(env)
    lines = run_flex_algorithm(env, items, height, cb_height) if items else []
    if height is not None:
        box.height = height
    elif env.axes.row:
        box.height = determine_container_cross_size(env, lines, cb_height)  # step 15
    else:
        box.height = env.inner_main if items else _clamp_container_height(box, 0.0, cb_height)
    env.inner_cross = box.height if env.axes.row else box.width
    align_flex_lines(env, lines)  # step 16
    place_items(env, lines)
    record_container_baselines(env, lines)
    place_absolute_children(env)


def run_flex_algorithm(env: FlexEnv, items: list[FlexItem], height, cb_height) -> list[FlexLine]:
    """Steps 3 to 14 of css-flexbox-1 §9, with step 10 (collapsed items)
    restarting the layout with struts in place of the collapsed items."""
    for item in items:
        determine_flex_base_size(env, item)  # step 3
    collapsed = [item for item in items if item.collapsed]
    for item in collapsed:
        item.collapsed = False  # the first round lays them out as usual
    lines = _lines_and_cross_sizes(env, items, height, cb_height)
    if collapsed:
        # Step 10: note each collapsed item's strut size, restart.
        for line in lines:
            for item in line.items:
                if item in collapsed:
                    item.strut = line.cross
                    item.collapsed = True
        env.inner_main = env.width_base if env.axes.row else env.height_base
        lines = _lines_and_cross_sizes(env, items, height, cb_height)
    for line in lines:
        determine_used_cross_size(env, line)  # step 11
    for line in lines:
        distribute_main_free_space(env, line)  # step 12
        align_items_in_cross_axis(env, line)  # steps 13 and 14
    return lines


def _lines_and_cross_sizes(env, items, height, cb_height) -> list[FlexLine]:
    """Steps 4 to 9 for one round of the algorithm (collapsed items are
    flagged in the second round only)."""
    env.inner_main = determine_main_size(env, items, height, cb_height)  # step 4
    lines = collect_flex_lines(env, items)  # step 5
    for line in lines:
        resolve_flexible_lengths(env, line)  # step 6
        for item in line.items:
            determine_hypothetical_cross_size(env, item)  # step 7
    for line in lines:
        calculate_line_cross_size(env, line)  # step 8
    stretch_lines(env, lines, height, cb_height)  # step 9
    return lines


def _visible(line: FlexLine) -> list[FlexItem]:
    return [item for item in line.items if not item.collapsed]


# -- §9.2 step 4, §9.3 -------------------------------------------------------------------


def _clamp_container_height(box, height: float, cb_height) -> float:
    """CSS 2.1 §10.7 on the container's auto content height."""
    return max(0.0, clamp_height(box, height, cb_height))


def determine_main_size(env: FlexEnv, items, height, cb_height) -> float:
    """css-flexbox-1 §9.2 step 4: a row container's main size is its width;
    a column container's is its height, or when that is auto its max-content
    size (the sum of its items' outer hypothetical main sizes, all on one
    line), clamped by min/max-height."""
    if env.axes.row:
        return env.box.width
    if height is not None:
        return height
    total = _outer_hypothetical_sum(env, items)
    clamped = _clamp_container_height(env.box, total, cb_height)
    if env.axes.single_line or clamped >= total:
        return clamped
    # A multi-line column held in by its max-height: its lines break there,
    # and it is as tall as its longest line (as Chromium does).
    env.inner_main = clamped
    longest = max(
        _outer_hypothetical_sum(env, line.items) for line in collect_flex_lines(env, items)
    )
    return _clamp_container_height(env.box, longest, cb_height)


def _outer_hypothetical_sum(env: FlexEnv, items) -> float:
    """The items' outer hypothetical main sizes and the gaps between them
    (collapsed items count for nothing)."""
    total = 0.0
    count = 0
    for item in items:
        if item.collapsed:
            continue
        total += item.outer_main(item.hypo_main)
        count += 1
    return total + env.main_gap * max(0, count - 1)


def collect_flex_lines(env: FlexEnv, items: list[FlexItem]) -> list[FlexLine]:
    """css-flexbox-1 §9.3 step 5: a single-line container puts every item
    on one line; otherwise items are collected until the next one's outer
    hypothetical main size (with the main gap) would not fit the inner main
    size (a first item that does not fit gets a line of its own). In the
    second round of step 10, collapsed items count as zero-sized."""
    if env.axes.single_line:
        return [FlexLine(list(items))]
    lines: list[FlexLine] = []
    current: list[FlexItem] = []
    used = 0.0
    for item in items:
        if item.collapsed:
            outer = 0.0
        else:
            outer = item.outer_main(item.hypo_main)
        gap = env.main_gap if current else 0.0
        if current and used + gap + outer > env.inner_main + 1e-7:
            lines.append(FlexLine(current))
            current, used, gap = [], 0.0, 0.0
        current.append(item)
        used += gap + outer
    if current:
        lines.append(FlexLine(current))
    return lines


# -- §9.7 Resolving flexible lengths ------------------------------------------------------


def resolve_flexible_lengths(env: FlexEnv, line: FlexLine) -> None:
    """css-flexbox-1 §9.7: the used main size of each item of the line."""
    items = _visible(line)
    for item in line.items:
        if item.collapsed:
            item.main = item.target = 0.0
    if not items:
        return
    outer_extras = [item.outer_main(0.0) for item in items]
    available = env.inner_main - env.main_gap * (len(items) - 1)
    # 1. Determine the used flex factor.
    hypothetical = sum(outer_extras)
    for item in items:
        hypothetical += item.hypo_main
    growing = hypothetical < available
    # 2-3. Target main sizes; size inflexible items.
    unfrozen = []
    for item in items:
        base = item.base
        if (
            (item.grow if growing else item.shrink) == 0
            or (growing and base > item.hypo_main)
            or (not growing and base < item.hypo_main)
        ):
            item.frozen = True
            item.target = item.hypo_main
        else:
            item.frozen = False
            item.target = base
            unfrozen.append(item)
    # 4. Initial free space.
    initial_free = _remaining_free_space(items, outer_extras, available)
    # 5. Loop.
    while unfrozen:
        free = _remaining_free_space(items, outer_extras, available)
        factor_sum = sum(item.grow if growing else item.shrink for item in unfrozen)
        if factor_sum < 1:
            scaled = initial_free * factor_sum
            if abs(scaled) < abs(free):
                free = scaled
        if free:
            _distribute_free_space(unfrozen, free, growing)
        total_violation = _fix_min_max_violations(unfrozen)
        _freeze_over_flexed_items(unfrozen, total_violation)
        unfrozen = [item for item in unfrozen if not item.frozen]
    # 6. Used main sizes.
    for item in items:
        item.main = item.target


def _remaining_free_space(items, outer_extras, available: float) -> float:
    """§9.7 step 4 / 5b: the inner main size minus the items' outer target
    (frozen) or flex base (unfrozen) sizes."""
    used = 0.0
    for item, extra in zip(items, outer_extras, strict=True):
        used += (item.target if item.frozen else item.base) + extra
    return available - used


def _distribute_free_space(unfrozen, free: float, growing: bool) -> None:
    """§9.7 step 5c: in proportion to the flex grow factors, or to the
    scaled flex shrink factors (shrink factor x inner flex base size)."""
    if growing:
        total = sum(item.grow for item in unfrozen)
        for item in unfrozen:
            item.target = item.base + free * item.grow / total if total else item.base
        return
    scaled = [item.shrink * item.base for item in unfrozen]
    total = sum(scaled)
    for item, factor in zip(unfrozen, scaled, strict=True):
        item.target = item.base - abs(free) * factor / total if total else item.base


def _fix_min_max_violations(unfrozen) -> float:
    """§9.7 step 5d: clamp each unfrozen target by the min and max main sizes
    (content box floored at zero); returns the total violation."""
    total = 0.0
    for item in unfrozen:
        clamped = clamp_main(item, item.target)
        item.violation = clamped - item.target
        total += item.violation
        item.target = clamped
    return total


def _freeze_over_flexed_items(unfrozen, total_violation: float) -> None:
    """§9.7 step 5e: zero freezes every item, a positive total the items with
    min violations, a negative one those with max violations."""
    for item in unfrozen:
        if (
            abs(total_violation) < 1e-9
            or (total_violation > 0 and item.violation > 0)
            or (total_violation < 0 and item.violation < 0)
        ):
            item.frozen = True


# -- §9.4 Cross size determination --------------------------------------------------------


def determine_hypothetical_cross_size(env: FlexEnv, item: FlexItem) -> None:
    """css-flexbox-1 §9.4 step 7: lay the item out as an in-flow block-level
    box at its used main size, ``auto`` cross size as ``fit-content``
    (an item stretched in a single-line container with a definite cross
    size has that size already, §9.8 rule 3)."""
    if item.collapsed:
        return
    cross = definite_cross_size(env, item)
    if cross is None:
        cross = cross_size_through_ratio(env, item)
    if env.axes.row:
        ensure_layout(env, item, item.main, cross)
        item.hypo_cross = item.box.height
    else:
        width = sizing_width(env, item) if cross is None else cross
        layout_at_main_size(env, item, width)
        item.hypo_cross = width
    item.cross = item.hypo_cross
    # §8.3, §9.4 step 8.1: an item with align-self baseline or last baseline
    # and no auto cross-axis margin takes part in baseline alignment.
    group = BASELINE_MODES.get(item.align)
    if group is not None and not item.auto_cross:
        item.group = group
        item.baseline = item_baselines(env, item)


def calculate_line_cross_size(env: FlexEnv, line: FlexLine) -> None:
    """css-flexbox-1 §9.4 step 8: a single-line container with a definite
    cross size gives its line its inner cross size; otherwise the line is as
    tall as the baseline-aligned items (largest ascent plus largest descent,
    per baseline group) and the largest outer hypothetical cross size of
    the others; a single line is clamped by the container's min/max cross
    size."""
    axes = env.axes
    if axes.single_line and env.inner_cross is not None:
        line.cross = env.inner_cross
        return
    size = 0.0
    groups: dict[str, list[float]] = {}
    for item in _visible(line):
        outer = item.outer_cross(item.hypo_cross)
        mode = item.group
        if mode is None:
            size = max(size, outer)
            continue
        before = item.baseline[0 if mode == "first" else 1]
        above, below = groups.setdefault(mode, [0.0, 0.0])
        groups[mode] = [max(above, before), max(below, outer - before)]
    for above, below in groups.values():
        size = max(size, above + below)
    for item in line.items:
        if item.collapsed:
            size = max(size, item.strut)
    if axes.single_line:
        if axes.row:
            size = _clamp_container_height(env.box, size, env.height_base)
        else:
            from .used import clamp_width

            size = max(0.0, clamp_width(env.box, size, env.width_base))
    line.cross = size


def stretch_lines(env: FlexEnv, lines: list[FlexLine], height, cb_height) -> None:
    """css-flexbox-1 §9.4 step 9: with a definite cross size and
    ``align-content: stretch`` (or ``normal``), lines grow equally to fill
    the container's inner cross size."""
    if env.axes.single_line or not lines:
        return
    if env.box.style["align_content"] not in ("stretch", "normal"):
        return
    inner_cross = env.inner_cross
    if inner_cross is None:
        inner_cross = _definite_after_clamping(env, lines, cb_height)
        if inner_cross is None:
            return
    total = sum(line.cross for line in lines) + env.cross_gap * (len(lines) - 1)
    free = inner_cross - total
    if free > 0:
        for line in lines:
            line.cross += free / len(lines)


def _definite_after_clamping(env: FlexEnv, lines, cb_height):
    """An auto-height row container whose min-height raises its height
    above its lines' still stretches them (its height is known before its
    lines are aligned)."""
    if not env.axes.row:
        return None
    total = sum(line.cross for line in lines) + env.cross_gap * (len(lines) - 1)
    clamped = _clamp_container_height(env.box, total, cb_height)
    return clamped if clamped > total else None


def determine_used_cross_size(env: FlexEnv, line: FlexLine) -> None:
    """css-flexbox-1 §9.4 step 11: a stretched item's outer cross size is
    the line's (clamped by its min/max cross size), and its contents are
    laid out again at that definite size; other items keep their
    hypothetical cross size."""
    for item in _visible(line):
        if not is_stretched(env, item):
            continue
        cross = stretched_cross_size(env, item, line.cross)
        if env.axes.row:
            ensure_layout(env, item, item.main, cross)
        else:
            layout_at_main_size(env, item, cross)
        item.cross = cross  # (stretched, so not baseline-aligned)


def determine_container_cross_size(env: FlexEnv, lines, cb_height) -> float:
    """css-flexbox-1 §9.6 step 15 for an auto-height row container: the sum
    of the lines' cross sizes and the gaps between them, clamped by
    min/max-height."""
    total = sum(line.cross for line in lines) + env.cross_gap * max(0, len(lines) - 1)
    return _clamp_container_height(env.box, total, cb_height)


def flex_intrinsic_sizes(ctx, box) -> tuple[float, float]:
    """css-flexbox-1 §9.9: the flex container's min-content and max-content
    content widths."""
    from .flex_intrinsic import intrinsic_widths

    return intrinsic_widths(ctx, box)
