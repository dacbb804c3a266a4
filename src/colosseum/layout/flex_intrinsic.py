"""Flex container intrinsic sizes: css-flexbox-1 §9.9.

Colosseum's containers are sized in their width only (heights come from
layout), so a row container needs its intrinsic *main* sizes (§9.9.1) and a
column container its intrinsic *cross* sizes (§9.9.2). Auto margins count
as zero (§9.9).
"""

from __future__ import annotations

from . import intrinsic
from .boxes import TextBox
from .flex_items import (
    INF,
    FlexAxes,
    FlexEnv,
    FlexItem,
    ItemStyle,
    clamp_main,
    determine_flex_base_size,
    flex_base_size,
    sized,
    width_contents,
)

#: Whether a row container's intrinsic main sizes use the flex fractions of
#: §9.9.1. Browsers (Chromium among them) do not implement that part yet:
#: they sum the items' contributions of §9.9.3, which is what Colosseum
#: does by default so that shrink-to-fit flex containers match them.
FLEX_FRACTIONS = False


def intrinsic_widths(ctx, box) -> tuple[float, float]:
    """The flex container's (min-content, max-content) content widths."""
    axes = box.style.derived(FlexAxes)
    if axes.row:
        minimum, maximum = intrinsic_main_sizes(ctx, box, ("min", "max"), FLEX_FRACTIONS)
        return minimum, maximum
    if axes.single_line or _definite_height(box) is None:
        return _largest_contributions(ctx, box)
    return intrinsic_cross_size(ctx, box, "min"), intrinsic_cross_size(ctx, box, "max")


def _largest_contributions(ctx, box) -> tuple[float, float]:
    """§9.9.2 for a container whose items make one line: its items' largest
    min-content and largest max-content contributions (collapsed items
    left out)."""
    minimum = maximum = 0.0
    for child in box.children:
        if isinstance(child, TextBox):
            continue
        facts = child.style.derived(ItemStyle)
        if facts.absolute or facts.collapsed:
            continue
        item_min, item_max = intrinsic.intrinsic_contributions(ctx, child)
        minimum = max(minimum, item_min)
        maximum = max(maximum, item_max)
    return minimum, maximum


def _items(env: FlexEnv) -> list[FlexItem]:
    from .flex import flex_items

    return [item for item in flex_items(env) if not item.collapsed]


def intrinsic_main_size(ctx, box, which: str, flex_fractions: bool = True) -> float:
    """css-flexbox-1 §9.9.1: the max-content main size is the smallest size
    that keeps each item's max-content contribution insofar as its
    flexibility allows: each item's flex fraction (its contribution minus
    its outer flex base size, divided by its grow factor floored at 1, or
    by its scaled shrink factor with the shrink factor floored at 1), the
    largest fraction of the (single, infinite) line applied to every item
    and clamped by its min/max main size, summed. The min-content size is
    the same with min-content contributions, except that a multi-line
    container takes its largest min-content contribution. Without
    ``flex_fractions`` (what browsers do) the line's size is the sum of the
    items' contributions (§9.9.3)."""
    return intrinsic_main_sizes(ctx, box, (which,), flex_fractions)[0]


def intrinsic_main_sizes(ctx, box, kinds, flex_fractions: bool = True) -> list[float]:
    """:func:`intrinsic_main_size` for each of ``kinds`` (``"min"``,
    ``"max"``), the items made once: their used min and max main sizes do
    not depend on the sizing constraint, only their flex base sizes do."""
    env = FlexEnv(ctx, box, None, None, constraint=kinds[0])
    items = _items(env)
    if not items:
        return [0.0 for _ in kinds]
    sizes = []
    for index, which in enumerate(kinds):
        env.constraint = which
        contributions = []
        for item in items:
            if index == 0:
                determine_flex_base_size(env, item)
            else:
                item.base = flex_base_size(env, item)
                item.hypo_main = clamp_main(item, item.base)
            contributions.append(item_main_contribution(env, item, which))
        sizes.append(_line_main_size(env, items, contributions, which, flex_fractions))
    return sizes


def _line_main_size(env, items, contributions, which: str, flex_fractions: bool) -> float:
    """The main size of the container's single infinite line, from its
    items' contributions (see :func:`intrinsic_main_size`)."""
    if which == "min" and not env.axes.single_line:
        return max(contributions)
    if not flex_fractions:
        total = sum(max(0.0, contribution) for contribution in contributions)
        return total + env.main_gap * (len(items) - 1)
    fractions = []
    for item, contribution in zip(items, contributions, strict=True):
        outer_base = item.outer_main(item.base)
        difference = contribution - outer_base
        if difference > 0:
            fractions.append(difference / max(item.grow, 1.0))
        elif difference < 0:
            scaled = max(item.shrink, 1.0) * item.base
            fractions.append(difference / scaled if scaled > 0 else -INF)
        else:
            fractions.append(0.0)
    chosen = max(fractions)
    if chosen == -INF:
        chosen = 0.0
    total = 0.0
    for item in items:
        if chosen > 0:
            size = item.base + item.grow * chosen
        else:
            size = item.base + item.shrink * item.base * chosen
        # An item's negative outer size does not make the container smaller
        # (as Chromium does: negative margins floored at zero).
        total += max(0.0, item.outer_main(clamp_main(item, size)))
    return total + env.main_gap * (len(items) - 1)


def item_main_contribution(env: FlexEnv, item: FlexItem, which: str) -> float:
    """css-flexbox-1 §9.9.3: the larger of the item's outer min-/max-content
    size and its outer preferred size (when not auto), clamped by its flex
    base size as a maximum when it cannot grow and as a minimum when it
    cannot shrink, then by its min/max main size (outer sizes)."""
    outer_extras = item.outer_main(0.0)
    minimum, maximum = width_contents(env, item)
    size = minimum if which == "min" else maximum
    preferred = sized(item.main_terms[0], None, item.main_extras)
    if preferred is not None:
        size = max(size, preferred)
    if item.grow == 0:
        size = min(size, item.base)
    if item.shrink == 0:
        size = max(size, item.base)
    return clamp_main(item, size) + outer_extras


def intrinsic_cross_size(ctx, box, which: str) -> float:
    """css-flexbox-1 §9.9.2: the min-/max-content cross size of a single-line
    container is its items' largest min-/max-content contribution. A
    multi-line column container is laid out with that largest contribution
    as its available cross space: its size is the sum of its lines' cross
    sizes (with the gaps between them), its lines broken at its definite
    height (with none, all its items make one line)."""
    env = FlexEnv(ctx, box, None, None, constraint=which)
    items = _items(env)
    largest = 0.0
    for item in items:
        largest = max(largest, intrinsic.intrinsic_contribution(ctx, item.box, which))
    main = _definite_height(box)
    if env.axes.single_line or main is None or not items:
        return largest
    return _column_wrap_cross_size(ctx, box, largest, main)


def _definite_height(box):
    """The container's content height when its ``height`` (or, for an auto
    height, its ``max-height``) is a length, else None."""
    from .used import clamp_height, content_height_from, resolve

    height = resolve(box.style["height"], None)
    if height is None:
        height = resolve(box.style["max_height"], None)
        if height is None:
            return None
    return max(0.0, clamp_height(box, content_height_from(box, height), None))


def _column_wrap_cross_size(ctx, box, available: float, main: float) -> float:
    """§9.9.2 for ``flex-flow: column wrap``: the items sized with
    ``available`` cross space, collected into lines of ``main`` length;
    the sum of the lines' largest outer cross sizes and the cross gaps."""
    from .flex import collect_flex_lines
    from .flex_items import sizing_width

    env = FlexEnv(ctx, box, available, main)
    items = _items(env)
    for item in items:
        determine_flex_base_size(env, item)
    lines = collect_flex_lines(env, items)
    total = env.cross_gap * (len(lines) - 1)
    for line in lines:
        total += max(
            (item.outer_cross(sizing_width(env, item)) for item in line.items),
            default=0.0,
        )
    return total
