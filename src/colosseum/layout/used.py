"""Used values: computed lengths, percentages and ``calc()`` resolved against
a reference length (CSS 2.1 §6.1.3, css-values-4 §10).

Computed lengths are already absolute (px); percentages and math functions
holding percentages wait for layout to know what they refer to.
"""

from __future__ import annotations

from ..style.calc import Calc
from ..style.values import Length, Number, Percentage

AUTO = "auto"


def resolve(value, reference: float | None, *, auto=None):
    """The used px value of a computed length-percentage.

    ``reference`` is what percentages refer to; when it is None (an
    indefinite reference) a percentage, or a ``calc()`` holding one,
    resolves to ``auto`` (CSS 2.1 §10.5: a percentage height against an
    auto-height containing block "computes to auto"). Keywords (``auto``,
    ``none``, ``normal`` ...) resolve to ``auto``.
    """
    kind = type(value)
    if kind is Length:
        return value.value
    if kind is str:  # a keyword: auto, none, normal...
        return auto
    if isinstance(value, Length):
        return value.value
    if isinstance(value, Percentage):
        return auto if reference is None else layout_unit(reference * value.value / 100)
    if isinstance(value, Calc):
        if reference is None and value.has_percentage:
            return auto
        return layout_unit(value.evaluate(lambda leaf: _leaf(leaf, reference)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return auto


def layout_unit(value: float) -> float:
    """``value`` truncated to a multiple of 1/64 px, as Chromium stores the
    result of a percentage (its LayoutUnit), so that percentages give the
    geometry browsers give (33.3333% of 300px is 99.984375px)."""
    return int(value * 64) / 64


def _leaf(leaf, reference):
    if isinstance(leaf, Length):
        return leaf.value
    if isinstance(leaf, Percentage):
        return reference * leaf.value / 100
    if isinstance(leaf, Number):
        return float(leaf)
    raise ValueError(f"cannot resolve {leaf!r} as a length")


def is_auto(value) -> bool:
    return isinstance(value, str) and value == AUTO


def percentage_depends(value) -> bool:
    """True when ``value`` is a percentage or a ``calc()`` holding one."""
    return isinstance(value, Percentage) or (isinstance(value, Calc) and value.has_percentage)


def border_width(style, side: str) -> float:
    """CSS 2.1 §8.5.1: the used border width is 0 when the style is
    ``none`` or ``hidden`` (the computed value already says so)."""
    return style[f"border-{side}-width"].value


_EDGE_NAMES = tuple(
    (
        f"border_{side}",
        f"border-{side}-width",
        f"padding_{side}",
        f"padding-{side}",
        f"margin_{side}",
        f"margin-{side}",
    )
    for side in ("top", "right", "bottom", "left")
)


def resolve_edges(box, containing_width: float | None) -> None:
    """Set ``box``'s used borders and paddings, and its margins with ``auto``
    resolved to 0; percentages of margins and paddings refer to the
    containing block's width (CSS 2.1 §8.3, §8.4). Callers that give auto
    margins another meaning (§10.3.3, §10.3.7, §10.6.4) overwrite them.

    Edges given in px alone do not depend on the containing block: they are
    found once per style (False when some do depend on it)."""
    fixed = box.style.derived(_fixed_edges)
    if fixed:
        (
            box.border_top,
            box.padding_top,
            box.margin_top,
            box.border_right,
            box.padding_right,
            box.margin_right,
            box.border_bottom,
            box.padding_bottom,
            box.margin_bottom,
            box.border_left,
            box.padding_left,
            box.margin_left,
        ) = fixed
        return
    style = box.style
    for border, border_name, padding, padding_name, margin, margin_name in _EDGE_NAMES:
        setattr(box, border, style[border_name].value)
        value = style[padding_name]
        if type(value) is not Length:
            value = resolve(value, containing_width, auto=0.0)
        else:
            value = value.value
        setattr(box, padding, value)
        value = style[margin_name]
        if type(value) is not Length:
            value = resolve(value, containing_width, auto=0.0)
        else:
            value = value.value
        setattr(box, margin, value)


def _fixed_edges(style):
    """The used edges of :func:`resolve_edges` in its order (top, right,
    bottom, left; border, padding, margin each) when every margin and
    padding is a length or ``auto``, else False."""
    values = []
    for _, border_name, _, padding_name, _, margin_name in _EDGE_NAMES:
        values.append(style[border_name].value)
        for name in (padding_name, margin_name):
            value = style[name]
            if type(value) is Length:
                values.append(value.value)
            elif type(value) is str:  # auto
                values.append(0.0)
            else:
                return False
    return tuple(values)


def horizontal_extras(box) -> float:
    """Borders and paddings left and right (the box's used values)."""
    return box.border_left + box.padding_left + box.padding_right + box.border_right


def vertical_extras(box) -> float:
    return box.border_top + box.padding_top + box.padding_bottom + box.border_bottom


def content_width_from(box, value: float) -> float:
    """css-box-sizing (css-sizing-3 §4.1): a used ``width``-family value as a
    content-box width, given ``box-sizing`` and the box's used edges."""
    if box.style["box-sizing"] == "border-box":
        return max(0.0, value - horizontal_extras(box))
    return value


def content_height_from(box, value: float) -> float:
    if box.style["box-sizing"] == "border-box":
        return max(0.0, value - vertical_extras(box))
    return value


def used_width_property(box, name: str, containing_width: float | None):
    """The content-box width given by ``width``/``min-width``/``max-width``
    (``name``), or ``auto``/None when it does not constrain: ``auto`` for
    width and min-width ``auto``, None for ``max-width: none``."""
    value = resolve(box.style[name], containing_width)
    if value is None:
        return None
    # A calc() can be negative; the used size is never (css-values-4 §10.12).
    return content_width_from(box, max(0.0, value))


def used_height_property(box, name: str, containing_height: float | None):
    value = resolve(box.style[name], containing_height)
    if value is None:
        return None
    return content_height_from(box, max(0.0, value))


def clamp_width(box, width: float, containing_width: float | None) -> float:
    """CSS 2.1 §10.4 for a tentative content width: max-width, then
    min-width (min wins)."""
    maximum = used_width_property(box, "max-width", containing_width)
    if maximum is not None:
        width = min(width, maximum)
    minimum = used_width_property(box, "min-width", containing_width)
    if minimum is not None:
        width = max(width, minimum)
    return width


def clamp_height(box, height: float, containing_height: float | None) -> float:
    """CSS 2.1 §10.7: max-height, then min-height; percentages against an
    indefinite containing height do not constrain."""
    maximum = used_height_property(box, "max-height", containing_height)
    if maximum is not None:
        height = min(height, maximum)
    minimum = used_height_property(box, "min-height", containing_height)
    if minimum is not None:
        height = max(height, minimum)
    return height


def solve_block_widths(box, cb_width: float, direction: str = "ltr", width=AUTO) -> None:
    """CSS 2.1 §10.3.3 (and §10.3.4 for block-level replaced boxes): the used
    ``width``, ``margin-left`` and ``margin-right`` of a block-level box in
    normal flow, from ``margin-left + border-left + padding-left + width +
    padding-right + border-right + margin-right = cb_width``, then §10.4:
    the tentative width is redone with ``max-width``, then ``min-width``
    (min wins). ``direction`` is the containing block's: when the equation
    is over-constrained, ``margin-right`` (ltr) or ``margin-left`` (rtl)
    takes the rest. ``width`` is a content width that replaces the computed
    ``width`` (a replaced box's used width), or ``auto`` to read it.

    The box's edges are already resolved (:func:`resolve_edges`, auto
    margins as 0); sets ``box.width``, ``box.margin_left``,
    ``box.margin_right``.
    """
    if width is AUTO:
        width = used_width_property(box, "width", cb_width)
    tentative = _solve_widths(box, cb_width, direction, width)
    clamped = clamp_width(box, tentative, cb_width)
    if clamped != tentative:
        _solve_widths(box, cb_width, direction, clamped)


def _solve_widths(box, cb_width: float, direction: str, width) -> float:
    """One pass of the §10.3.3 rules for a given width (None: auto)."""
    style = box.style
    left_auto = is_auto(style["margin-left"])
    right_auto = is_auto(style["margin-right"])
    left = 0.0 if left_auto else box.margin_left
    right = 0.0 if right_auto else box.margin_right
    extras = horizontal_extras(box)
    if width is None:
        # "If 'width' is set to 'auto', any other 'auto' values become '0' and
        # 'width' follows from the resulting equality" (never below 0).
        width = max(0.0, cb_width - left - right - extras)
    else:
        rest = cb_width - left - right - extras - width
        if rest >= 0 and left_auto and right_auto:
            left = right = rest / 2
            left_auto = right_auto = False
        elif rest >= 0 and left_auto:
            left, left_auto = rest, False
        elif rest >= 0 and right_auto:
            right, right_auto = rest, False
    # Over-constrained (or auto margins treated as 0 when too wide): the
    # margin at the end of the containing block's direction gives way.
    if direction == "rtl":
        left = cb_width - right - extras - width
    else:
        right = cb_width - left - extras - width
    box.width = width
    box.margin_left = left
    box.margin_right = right
    return width


def height_property(box, cb_height: float | None) -> float | None:
    """CSS 2.1 §10.5 / §10.6.3: the content height given by ``height``, or
    None when it is ``auto`` (a percentage of an indefinite containing block
    height is ``auto``)."""
    return used_height_property(box, "height", cb_height)


def min_height(box, cb_height: float | None) -> float:
    """The used ``min-height`` as a content height (``auto`` is 0 for block
    boxes, css-sizing-3 §4.5)."""
    value = used_height_property(box, "min-height", cb_height)
    return 0.0 if value is None else value
