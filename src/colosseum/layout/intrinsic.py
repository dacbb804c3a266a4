"""Intrinsic sizes: css-sizing-3 §5 (min-content and max-content widths) and
the shrink-to-fit width of CSS 2.1 §10.3.5.

:func:`intrinsic_sizes` gives a box's content-box min-content and
max-content widths from its contents; :func:`intrinsic_contribution` adds
what the box itself says (its ``width``, ``min-width``, ``max-width``,
borders, paddings and margins) to give its margin-box contribution to its
parent's intrinsic size. Results are cached in ``ctx.intrinsic`` (each box
is measured once per layout run, so intrinsic sizing is linear).
"""

from __future__ import annotations

from .boxes import (
    BlockContainer,
    FlexBox,
    MarkerBox,
    ReplacedBox,
    TableColumnBox,
    TableColumnGroupBox,
    TableWrapperBox,
    TextBox,
)
from .used import is_auto, resolve


def intrinsic_sizes(ctx, box) -> tuple[float, float]:
    """css-sizing-3 §5.1: the (min-content, max-content) widths of ``box``'s
    content box, from its contents alone."""
    cached = ctx.intrinsic.get(box)
    if cached is None:
        cached = ctx.intrinsic[box] = _content_sizes(ctx, box)
    return cached


def _content_sizes(ctx, box) -> tuple[float, float]:
    if isinstance(box, ReplacedBox):
        return _replaced_sizes(ctx, box)
    if isinstance(box, FlexBox):
        from . import flex

        return flex.flex_intrinsic_sizes(ctx, box)
    if isinstance(box, (TableColumnBox, TableColumnGroupBox)):
        return 0.0, 0.0
    if isinstance(box, TableWrapperBox):
        from . import table_layout

        return table_layout.wrapper_intrinsic_sizes(ctx, box)
    if isinstance(box, BlockContainer) and has_inline_content(box):
        from . import inline

        return inline.inline_intrinsic_sizes(ctx, box)
    return block_intrinsic_sizes(ctx, box)


def has_inline_content(box) -> bool:
    """Whether a block container's children form an inline formatting
    context (CSS 2.1 §9.2.1.1): inline-level children in flow. A block
    holding only floats and absolutely positioned boxes is laid out as block
    flow (the box tree does not say whether an absolutely positioned box was
    inline-level before it was blockified, so its static position is that of
    a block: Chromium's choice for an originally block-level box)."""
    return box.establishes_inline_context and any(
        child.is_in_flow and not (type(child) is MarkerBox and child.outside)
        for child in box.children
    )


def _replaced_sizes(ctx, box) -> tuple[float, float]:
    """A replaced box's content width sized with no containing block
    (css-sizing-3 §5.1: min-content = max-content = its natural width, or
    the size its ratio and height give)."""
    from .replaced import replaced_size

    width, _ = replaced_size(ctx, box, None, None)
    return width, width


def block_intrinsic_sizes(ctx, box) -> tuple[float, float]:
    """css-sizing-3 §5.1 for a block container with block-level children:
    the largest contribution of its in-flow children; floats next to each
    other add up (a left and a right float share a line, as do floats in a
    row until an in-flow block or a ``clear`` starts a new row), and a
    formatting context root after floats goes beside them (CSS 2.1 §9.5)."""
    minimum = maximum = 0.0
    row = {"left": 0.0, "right": 0.0}
    for child in box.children:
        if isinstance(child, (TextBox, MarkerBox)) or child.is_absolutely_positioned:
            continue
        child_min, child_max = intrinsic_contributions(ctx, child)
        minimum = max(minimum, child_min)
        clear = child.style["clear"]
        if clear in ("left", "both"):
            row["left"] = 0.0
        if clear in ("right", "both"):
            row["right"] = 0.0
        if child.is_floated:
            row[child.style["float"]] = row.get(child.style["float"], 0.0) + child_max
            maximum = max(maximum, row["left"] + row["right"])
        else:
            if _beside_floats(child):
                # A formatting context root goes beside the floats before it.
                child_max += row["left"] + row["right"]
            row = {"left": 0.0, "right": 0.0}
            maximum = max(maximum, child_max)
    return minimum, max(minimum, maximum)


def intrinsic_contribution(ctx, box, kind: str) -> float:
    """css-sizing-3 §5.2: the margin-box width ``box`` contributes to its
    parent's min-content (``kind == "min"``) or max-content size: its
    ``width`` when definite, else its intrinsic size, clamped by
    ``min-width`` / ``max-width``, plus borders, paddings and margins.
    Percentages (against the indefinite size being computed) count as
    ``auto`` for sizes and as 0 for paddings and margins."""
    minimum, maximum = intrinsic_contributions(ctx, box)
    return minimum if kind == "min" else maximum


def intrinsic_contributions(ctx, box) -> tuple[float, float]:
    """The min-content and max-content contributions of ``box``
    (:func:`intrinsic_contribution`), found once per box and layout run
    (``ctx.contributions``)."""
    cached = ctx.contributions.get(box)
    if cached is None:
        cached = ctx.contributions[box] = _contributions(ctx, box)
    return cached


def _contributions(ctx, box) -> tuple[float, float]:
    if isinstance(box, TextBox):
        return 0.0, 0.0
    extras, content, limit, floor = box.style.derived(_contribution_terms)
    if content is None:
        contents = intrinsic_sizes(ctx, box)
    else:
        contents = (content, content)
    result = []
    for content in contents:
        if limit is not None:
            content = min(content, limit)
        if floor is not None:
            content = max(content, floor)
        result.append(max(0.0, content) + extras)
    return result[0], result[1]


def _contribution_terms(style) -> tuple:
    """What a box's style adds to its contributions: its horizontal
    borders, paddings and margins, and its width, max-width and min-width
    as content widths (None when they do not apply)."""
    extras = 0.0
    for side in ("left", "right"):
        extras += style[f"border-{side}-width"].value
        extras += resolve(style[f"padding-{side}"], None, auto=0.0)
        extras += resolve(style[f"margin-{side}"], None, auto=0.0)
    names = ("width", "max-width", "min-width")
    return (extras, *(_specified_width(style, name) for name in names))


def _beside_floats(box) -> bool:
    from .block import establishes_bfc

    return establishes_bfc(box)


def _specified_width(style, name: str) -> float | None:
    """A ``width``-family property as a content width when it is a length
    (box-sizing applied with percentage paddings as 0), else None."""
    value = style[name]
    if is_auto(value):
        return None
    used = resolve(value, None)
    if used is None:
        return None
    if style["box-sizing"] == "border-box":
        extras = 0.0
        for side in ("left", "right"):
            extras += style[f"border-{side}-width"].value
            extras += resolve(style[f"padding-{side}"], None, auto=0.0)
        return max(0.0, used - extras)
    return used


def shrink_to_fit(ctx, box, available: float) -> float:
    """CSS 2.1 §10.3.5: ``min(max(preferred minimum width, available width),
    preferred width)``, as a content width; ``available`` is the content
    width left in the containing block."""
    minimum, maximum = intrinsic_sizes(ctx, box)
    return max(0.0, min(max(minimum, available), maximum))
