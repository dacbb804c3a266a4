"""Baselines of laid-out boxes: CSS 2.1 §10.8.1 (the baseline of an
``inline-block``), css-align-3 §9 (first and last baselines of boxes),
css-flexbox-1 §8.5, CSS 2.1 §17.5.3 (tables use their first row).

A box's first (last) baseline is the baseline of its first (last) line box
in normal flow, searched depth first through its in-flow block-level
descendants; None when it has none. Line boxes that are empty (zero height,
CSS 2.1 §9.4.2) are never stored, so they never count.
"""

from __future__ import annotations

from .boxes import (
    BlockContainer,
    FlexBox,
    GridBox,
    ReplacedBox,
    TableBox,
    TableRowBox,
    TableWrapperBox,
)

__all__ = ["atomic_baseline", "first_baseline", "last_baseline"]


def _candidates(box) -> list:
    """The children of ``box`` whose line boxes are ``box``'s: in-flow,
    not replaced (floats and absolutely positioned boxes do not count). A
    table wrapper's baseline is its table box's (its first row's, CSS 2.1
    §10.8.1, §17.5.3; captions do not count); a row's baseline is a line
    ``baseline`` of its own (:mod:`.table_layout`)."""
    if isinstance(box, TableWrapperBox):
        return [child for child in box.children if isinstance(child, TableBox)]
    return [
        child
        for child in box.children
        if child.is_in_flow and not isinstance(child, ReplacedBox) and not child.is_inline_level
    ]


def _search(box, last: bool) -> float | None:
    """Depth first, in order (reversed for the last baseline), without
    recursion so that deep trees are fine."""
    if not box.lines and not box.children:
        return None
    stack = [(box, 0.0)]  # with the vertical shift still pending above it
    while stack:
        current, dy = stack.pop()
        lines = current.lines
        if lines:
            if not last:
                baseline = lines[0].baseline
            else:
                # A flex line offers a last baseline of its own (css-flexbox-1 §8.5).
                baseline = getattr(lines[-1], "last_baseline", lines[-1].baseline)
            return baseline + dy if dy else baseline
        if type(current) is TableRowBox and current.baseline is not None:
            return current.y + current.baseline + dy
        if current.shift is not None:
            dy += current.shift[1]
        children = _candidates(current)
        if not last:
            children.reverse()
        stack.extend((child, dy) for child in children)
    return None


def first_baseline(box) -> float | None:
    """The absolute y of ``box``'s first baseline (css-align-3 §9.1), None
    when it has no line box in normal flow."""
    return _search(box, last=False)


def last_baseline(box) -> float | None:
    """The absolute y of ``box``'s last baseline (css-align-3 §9.1), None
    when it has no line box in normal flow."""
    return _search(box, last=True)


def _clips(style) -> bool:
    return style["overflow_x"] != "visible" or style["overflow_y"] != "visible"


def atomic_baseline(box) -> float:
    """The distance from the top of an atomic inline's margin box to the
    baseline it aligns by (CSS 2.1 §10.8.1): an ``inline-block``'s last line
    box, or its bottom margin edge when it has none or when its 'overflow'
    is not ``visible``; a replaced element's bottom margin edge; an inline
    flex, grid or table box's first baseline (css-flexbox-1 §8.5, CSS 2.1
    §17.5.3), else its bottom margin edge."""
    bottom = box.margin_height
    if isinstance(box, ReplacedBox):
        return bottom
    if isinstance(box, (FlexBox, GridBox, TableWrapperBox)):
        baseline = first_baseline(box)
    elif isinstance(box, BlockContainer):
        if _clips(box.style):
            return bottom
        baseline = last_baseline(box)
    else:
        baseline = first_baseline(box)
    if baseline is None:
        return bottom
    return baseline - box.y
