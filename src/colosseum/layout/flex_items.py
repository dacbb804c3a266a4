"""Flex items and the axes of a flex container: css-flexbox-1 §2 (the main
and cross axes), §4.5 (automatic minimum size), §7.3.3 (``flex-basis``) and
§9.2 step 3 (flex base size and hypothetical main size, cases A to E).

Colosseum has horizontal writing modes only, so a ``row`` container's main
axis is horizontal (its inline axis) and a ``column`` container's main axis
is vertical (its block axis). Sizes are content-box sizes unless a name says
``outer`` (margin box).
"""

from __future__ import annotations

from ..style.values import FunctionValue, Length, Ratio, SpaceList
from . import block, intrinsic
from .boxes import BlockBox, InlineBlockBox, ReplacedBox
from .used import clamp_height, clamp_width, percentage_depends, resolve, resolve_edges

INF = float("inf")
#: Boxes whose layout with no children at a definite height only sets it.
_EMPTY_LAYOUT = (BlockBox, InlineBlockBox)
_SCROLL = frozenset({"hidden", "scroll", "auto"})
_CONTENT_KEYWORDS = frozenset({"content", "max-content", "min-content"})


class FlexAxes:
    """css-flexbox-1 §5.1, §5.2: which physical side is main-start and
    cross-start. ``main_reverse``: main-start is on the right (row) or at the
    bottom (column); ``cross_reverse``: cross-start is at the bottom (row) or
    on the right (column). ``direction: rtl`` puts a row's main-start and a
    column's cross-start on the right. Made once per style (read-only,
    shared by the containers styled alike)."""

    __slots__ = (
        "_cross_sides",
        "_main_sides",
        "cross_reverse",
        "cross_size",
        "direction_reverse",
        "main_reverse",
        "main_size",
        "max_main",
        "min_main",
        "row",
        "rtl",
        "single_line",
        "wrap_reverse",
    )

    def __init__(self, style):
        direction = style["flex_direction"]
        wrap = style["flex_wrap"]
        self.row = direction in ("row", "row-reverse")
        self.rtl = style["direction"] == "rtl"
        self.direction_reverse = direction.endswith("reverse")
        self.single_line = wrap == "nowrap"
        self.wrap_reverse = wrap == "wrap-reverse"
        if self.row:
            self.main_reverse = self.direction_reverse != self.rtl
            self.cross_reverse = self.wrap_reverse
        else:
            self.main_reverse = self.direction_reverse
            self.cross_reverse = self.wrap_reverse != self.rtl
        #: The size properties of the main and cross axes.
        self.main_size, self.cross_size = ("width", "height") if self.row else ("height", "width")
        self.min_main, self.max_main = f"min_{self.main_size}", f"max_{self.main_size}"
        low, high = ("left", "right") if self.row else ("top", "bottom")
        self._main_sides = (high, low) if self.main_reverse else (low, high)
        low, high = ("top", "bottom") if self.row else ("left", "right")
        self._cross_sides = (high, low) if self.cross_reverse else (low, high)

    def main_sides(self) -> tuple[str, str]:
        """(main-start side, main-end side), physical."""
        return self._main_sides

    def cross_sides(self) -> tuple[str, str]:
        return self._cross_sides


class FlexEnv:
    """The flex container being laid out (css-flexbox-1 §9.2 step 2): its
    axes, its definite inner main and cross sizes (None when indefinite),
    the percentage bases of its items, and the sizing constraint (None, or
    ``"min"`` / ``"max"`` under a min-/max-content constraint)."""

    __slots__ = (
        "axes",
        "box",
        "constraint",
        "cross_base",
        "cross_gap",
        "ctx",
        "height_base",
        "inner_cross",
        "inner_main",
        "main_base",
        "main_gap",
        "width_base",
    )

    def __init__(self, ctx, box, width_base, height_base, constraint=None):
        self.ctx = ctx
        self.box = box
        self.axes = box.style.derived(FlexAxes)  # found once per style
        self.width_base = width_base
        self.height_base = height_base
        self.constraint = constraint
        row = self.axes.row
        self.inner_main = width_base if row else height_base
        self.inner_cross = height_base if row else width_base
        #: What percentages of main and cross sizes refer to.
        self.main_base, self.cross_base = self.inner_main, self.inner_cross
        # css-align-3 §8.1: row-gap and column-gap, percentages of the content
        # box in that axis (zero against an indefinite size); ``normal`` is 0.
        column_gap = resolve(box.style["column_gap"], width_base, auto=0.0) or 0.0
        row_gap = resolve(box.style["row_gap"], height_base, auto=0.0) or 0.0
        self.main_gap, self.cross_gap = (column_gap, row_gap) if row else (row_gap, column_gap)


class FlexItem:
    """One flex item and the sizes the algorithm finds for it."""

    __slots__ = (
        "_content_heights",
        "_definite_cross",
        "align",
        "auto_cross",
        "auto_margins",
        "base",
        "baseline",
        "basis_definite",
        "box",
        "collapsed",
        "cross",
        "cross_extras",
        "cross_position",
        "cross_terms",
        "facts",
        "frozen",
        "group",
        "grow",
        "hypo_cross",
        "hypo_main",
        "laid_out",
        "layout_margins",
        "main",
        "main_extras",
        "main_position",
        "main_terms",
        "max_main",
        "min_bound",
        "min_env",
        "min_main",
        "ratio",
        "row",
        "shrink",
        "strut",
        "target",
        "violation",
    )

    def __init__(self, env: FlexEnv, box, facts: ItemStyle | None = None):
        self.box = box
        # §4.2: percentage margins and paddings refer to the container's width.
        resolve_edges(box, env.width_base if env.width_base is not None else 0.0)
        if facts is None:
            facts = box.style.derived(ItemStyle)
        self.facts = facts
        self.auto_margins = autos = facts.auto_margins
        self.grow, self.shrink, self.collapsed = facts.grow, facts.shrink, facts.collapsed
        align = facts.align_self
        if align == "auto":
            align = env.box.style.derived(_align_items)
        self.align = align
        axes = env.axes
        self.row = axes.row
        self.auto_cross = bool(autos) and any(side in autos for side in axes._cross_sides)
        self.ratio = preferred_aspect_ratio(box) if isinstance(box, ReplacedBox) else facts.ratio
        horizontal = box.border_left + box.padding_left + box.padding_right + box.border_right
        vertical = box.border_top + box.padding_top + box.padding_bottom + box.border_bottom
        if axes.row:
            self.main_extras, self.cross_extras = horizontal, vertical
            self.main_terms, self.cross_terms = facts.width, facts.height
        else:
            self.main_extras, self.cross_extras = vertical, horizontal
            self.main_terms, self.cross_terms = facts.height, facts.width
        self.strut = self.main = self.cross = 0.0
        self.min_main, self.max_main = 0.0, INF
        self.baseline = self.group = self._definite_cross = self.laid_out = None
        self._content_heights = None
        self.layout_margins = (0.0, 0.0)
        # Set by the steps that find them before anything reads them: base,
        # hypo_main, basis_definite (§9.2 step 3, with min_bound and min_env
        # when the automatic minimum size waits, see clamp_main), target,
        # frozen and violation (§9.7), hypo_cross (step 7), main_position and
        # cross_position (steps 12 to 14).

    # -- outer sizes -----------------------------------------------------------------

    def outer_main(self, inner: float) -> float:
        """The outer (margin box) main size of an inner main size ``inner``."""
        box = self.box
        if self.row:
            return inner + self.main_extras + box.margin_left + box.margin_right
        return inner + self.main_extras + box.margin_top + box.margin_bottom

    def outer_cross(self, inner: float) -> float:
        """The outer cross size of an inner cross size ``inner``."""
        box = self.box
        if self.row:
            return inner + self.cross_extras + box.margin_top + box.margin_bottom
        return inner + self.cross_extras + box.margin_left + box.margin_right

    def __repr__(self) -> str:
        return f"<FlexItem {self.box!r} main={self.main:g} cross={self.cross:g}>"


class ItemStyle:
    """What a flex item's style says whatever its container's size, read
    once per style (a container's items are made again each time it is
    sized or laid out): its auto margins, flex factors, ``order`` and
    ``align-self``, whether it is collapsed, absolutely positioned or a
    scroll container, its ``aspect-ratio`` (a replaced box adds its natural
    ratio), its ``flex-basis`` per axis and its size properties: per axis,
    the terms (:func:`size_term`) of its size, min and max size."""

    __slots__ = (
        "absolute",
        "align_self",
        "auto_margins",
        "auto_ratio",
        "collapsed",
        "grow",
        "height",
        "height_basis",
        "keywords",
        "order",
        "ratio",
        "scroll",
        "shrink",
        "width",
        "width_basis",
    )

    def __init__(self, style):
        self.auto_margins = frozenset(
            side for side in ("top", "right", "bottom", "left") if style[f"margin_{side}"] == "auto"
        )
        self.grow = float(style["flex_grow"])
        self.shrink = float(style["flex_shrink"])
        self.collapsed = style["visibility"] == "collapse"
        self.absolute = style["position"] in ("absolute", "fixed")
        self.order = style["order"]
        self.align_self = _normal_as_stretch(style["align_self"])
        aspect_ratio = style["aspect_ratio"]
        self.ratio = _style_ratio(aspect_ratio)
        #: ``auto`` or ``auto && <ratio>``: a natural ratio comes first.
        self.auto_ratio = not isinstance(aspect_ratio, Ratio)
        self.scroll = style["overflow_x"] in _SCROLL or style["overflow_y"] in _SCROLL
        border_box = style["box_sizing"] == "border-box"
        #: The keyword values (auto, none, min-content...) of the size properties.
        self.keywords = {}
        terms = {}
        for name in _SIZE_PROPERTIES:
            value = style[name]
            terms[name] = term = size_term(value, border_box)
            if term is None:
                self.keywords[name] = value
        self.width = (terms["width"], terms["min_width"], terms["max_width"])
        self.height = (terms["height"], terms["min_height"], terms["max_height"])
        basis = style["flex_basis"]
        self.width_basis = _basis_term(style["width"] if basis == "auto" else basis, border_box)
        self.height_basis = _basis_term(style["height"] if basis == "auto" else basis, border_box)


_SIZE_PROPERTIES = ("width", "height", "min_width", "min_height", "max_width", "max_height")


def size_term(value, border_box: bool):
    """A size property's value as a term for :func:`sized`: None for a
    keyword (auto, none, min-content...), else (value, whether
    ``box-sizing`` is ``border-box``, whether the value is already px)."""
    kind = type(value)
    if kind is str:
        return None
    if kind is Length:
        return (value.value, border_box, True)
    return (value, border_box, False)


def sized(term, base, extras: float):
    """The content-box size a :func:`size_term` gives against the percentage
    ``base`` (None when indefinite), or None (a keyword, or a percentage of
    an indefinite size). ``extras``: the borders and paddings of the axis,
    taken off a ``border-box`` size (not floored at zero: §9.2 step 3
    takes the flex base size as it comes)."""
    if term is None:
        return None
    value, border_box, fixed = term
    if not fixed:
        value = resolve(value, base)
        if value is None:
            return None
    return value - extras if border_box else value


def _basis_term(basis, border_box: bool):
    """css-flexbox-1 §7.3.3: a flex basis (``auto`` already replaced by the
    main size property) as a content keyword (``content``,
    ``min-content``, ``max-content``, ``fit-content``) or a
    :func:`size_term`: other keywords (``auto``) are ``content``."""
    if isinstance(basis, str):
        if basis in _CONTENT_KEYWORDS:
            return basis
        return "fit-content" if basis == "fit-content" else "content"
    if isinstance(basis, FunctionValue):
        return "fit-content"
    return size_term(basis, border_box)


def _style_ratio(value):
    """``aspect-ratio`` as width / height for a box without a natural ratio."""
    if isinstance(value, SpaceList):  # auto && <ratio>
        value = value[1]
    if isinstance(value, Ratio):
        return None if value.degenerate else value.width / value.height
    return None


def _normal_as_stretch(value: str) -> str:
    return "stretch" if value == "normal" else value


def _align_items(style) -> str:
    return _normal_as_stretch(style["align_items"])


# -- sizes from properties ----------------------------------------------------------------


def clamp_cross(env: FlexEnv, item: FlexItem, size: float) -> float:
    """An inner cross size clamped by the item's min and max cross sizes
    (CSS 2.1 §10.4, §10.7), floored at zero."""
    _, minimum, maximum = item.cross_terms
    if maximum is not None:
        maximum = sized(maximum, env.cross_base, item.cross_extras)
        if maximum is not None:
            size = min(size, maximum)
    if minimum is not None:
        minimum = sized(minimum, env.cross_base, item.cross_extras)
        if minimum is not None:
            size = max(size, minimum)
    return max(size, 0.0)


def align_self(env: FlexEnv, box) -> str:
    """css-flexbox-1 §8.3: ``auto`` defers to the container's ``align-items``;
    ``normal`` behaves as ``stretch`` for flex items (css-align-3 §6.1)."""
    value = box.style.derived(ItemStyle).align_self
    return env.box.style.derived(_align_items) if value == "auto" else value


def is_stretched(env: FlexEnv, item: FlexItem) -> bool:
    """css-flexbox-1 §8.3 ``stretch``: the cross size property computes to
    ``auto`` and neither cross-axis margin is ``auto``."""
    return (
        item.align == "stretch"
        and item.facts.keywords.get(env.axes.cross_size) == "auto"
        and not item.auto_cross
    )


def stretched_cross_size(env: FlexEnv, item: FlexItem, line_cross: float) -> float:
    """css-flexbox-1 §9.4 step 11: the inner cross size that makes the outer
    cross size the line's, clamped by the min and max cross sizes."""
    return clamp_cross(env, item, line_cross - item.outer_cross(0.0))


def definite_cross_size(env: FlexEnv, item: FlexItem):
    """The item's inner cross size when it is definite before layout: a
    definite cross size property, or css-flexbox-1 §9.8 rule 3 (a stretched
    item of a single-line container with a definite cross size). Kept on the
    item for the container's inner cross size it was found with."""
    inner_cross = env.inner_cross
    known = item._definite_cross
    if known is not None and known[0] == inner_cross:
        return known[1]
    size = _definite_cross_size(env, item)
    item._definite_cross = (inner_cross, size)
    return size


def _definite_cross_size(env: FlexEnv, item: FlexItem):
    size = sized(item.cross_terms[0], env.cross_base, item.cross_extras)
    if size is not None:
        return clamp_cross(env, item, size)
    if env.axes.single_line and env.inner_cross is not None and is_stretched(env, item):
        return stretched_cross_size(env, item, env.inner_cross)
    return None


def cross_size_through_ratio(env: FlexEnv, item: FlexItem):
    """css-sizing-4 §2.2: an item with a preferred aspect ratio and an auto
    cross size (not stretched) gets its cross size from its used main size
    through the ratio, clamped by its min/max cross sizes; None otherwise."""
    ratio = item.ratio
    if not ratio:
        return None
    keywords = item.facts.keywords
    if keywords.get(env.axes.cross_size) != "auto" or is_stretched(env, item):
        return None
    main = max(0.0, item.main)
    size = main / ratio if env.axes.row else main * ratio
    box = item.box
    if not isinstance(box, ReplacedBox) and keywords.get(f"min_{env.axes.cross_size}") == "auto":
        if not item.facts.scroll:
            # css-sizing-4 §2.2: the automatic minimum size in the
            # ratio-dependent axis is the content size.
            if env.axes.row:
                size = max(size, height_for_width(env, item, main))
            else:
                size = max(size, width_contents(env, item)[0])
    return clamp_cross(env, item, size)


def preferred_aspect_ratio(box):
    """css-sizing-4 §2: width / height from ``aspect-ratio``, or a replaced
    element's natural ratio (``auto``, or ``auto && <ratio>`` when it has
    one); None when there is none."""
    facts = box.style.derived(ItemStyle)
    if not isinstance(box, ReplacedBox):
        return facts.ratio
    if facts.auto_ratio:  # auto, or auto && <ratio>: the natural ratio first
        return box.intrinsic_ratio or facts.ratio
    return facts.ratio


# -- content sizes ----------------------------------------------------------------------


def replaced_size(ctx, box, width=None, height=None) -> tuple[float, float]:
    """The content size of a replaced item (CSS 2.1 §10.3.2, §10.6.2) when
    its width or height is given (or neither): through its ratio, its
    natural sizes, or its host's ``measure`` callback (asked with the given
    width, or an unbounded one, for its max-content size; once per
    constraints, :meth:`~.context.LayoutContext.measure`)."""
    ratio = preferred_aspect_ratio(box)
    measure = getattr(box, "measure", None)
    if width is not None and height is not None:
        return width, height
    if width is not None:
        if ratio:
            return width, width / ratio
        if measure is not None:
            return width, float(ctx.measure(box, width, INF)[1])
        natural = box.intrinsic_height if isinstance(box, ReplacedBox) else None
        return width, float(natural if natural is not None else 150.0)
    if height is not None:
        if ratio:
            return height * ratio, height
        if measure is not None:
            return float(ctx.measure(box, INF, height)[0]), height
        natural = box.intrinsic_width if isinstance(box, ReplacedBox) else None
        return float(natural if natural is not None else 300.0), height
    if measure is not None:
        measured = ctx.measure(box, INF, INF)
        return float(measured[0]), float(measured[1])
    natural_w, natural_h = box.intrinsic_width, box.intrinsic_height
    if natural_w is not None and natural_h is not None:
        return float(natural_w), float(natural_h)
    if natural_w is not None:
        return float(natural_w), natural_w / ratio if ratio else 150.0
    if natural_h is not None:
        return natural_h * ratio if ratio else 300.0, float(natural_h)
    return 300.0, 300.0 / ratio if ratio else 150.0


def width_contents(env: FlexEnv, item: FlexItem, height=None) -> tuple[float, float]:
    """The item's min-content and max-content content widths (css-sizing-3
    §5.1); for a replaced item, through its ratio when its height is
    definite, its ``measure`` callback asked with a zero and an unbounded
    width otherwise."""
    box = item.box
    if isinstance(box, ReplacedBox):
        if height is not None:
            width = replaced_size(env.ctx, box, height=height)[0]
            return width, width
        measure = getattr(box, "measure", None)
        if measure is not None:
            ctx = env.ctx
            return float(ctx.measure(box, 0.0, INF)[0]), float(ctx.measure(box, INF, INF)[0])
        width = replaced_size(env.ctx, box)[0]
        return width, width
    return intrinsic.intrinsic_sizes(env.ctx, box)


def height_for_width(env: FlexEnv, item: FlexItem, width: float) -> float:
    """The content height of the item laid out at a content ``width`` with an
    ``auto`` height: its min-content and max-content block size
    (css-sizing-3 §5.1: for block containers they are the same)."""
    box = item.box
    if isinstance(box, ReplacedBox):
        return replaced_size(env.ctx, box, width=width)[1]
    known = item._content_heights
    if known is None:
        known = item._content_heights = {}
    cached = known.get(width)
    if cached is None:
        ensure_layout(env, item, width, None)
        cached = known[width] = box.height
    return cached


def fit_content_width(env: FlexEnv, item: FlexItem) -> float:
    """css-sizing-3 §5.1 ``fit-content`` inline size in the container's
    available space, clamped by min/max-width."""
    minimum, maximum = width_contents(env, item)
    if env.width_base is None:
        available = maximum
    else:
        outer = item.box.margin_left + item.box.margin_right + item.box.border_left
        outer += item.box.padding_left + item.box.padding_right + item.box.border_right
        available = env.width_base - outer
    return max(0.0, clamp_width(item.box, min(max(minimum, available), maximum), env.width_base))


def sizing_width(env: FlexEnv, item: FlexItem) -> float:
    """css-flexbox-1 §9.2 step 3 E: the content width an item of a column
    container is laid out at to find its height: its definite cross size,
    else ``fit-content``."""
    definite = definite_cross_size(env, item)
    return definite if definite is not None else fit_content_width(env, item)


def main_content_size(env: FlexEnv, item: FlexItem, which: str) -> float:
    """The item's min-content (``"min"``), max-content (``"max"``) or
    fit-content (``"fit"``) inner main size. css-sizing-4 §2: an item with
    a preferred aspect ratio and a definite cross size has the size its
    ratio gives for both."""
    cross = definite_cross_size(env, item)
    ratio = item.ratio
    if ratio and cross is not None:
        return _through_ratio(env, ratio, cross)
    if not env.axes.row:
        width = sizing_width(env, item)
        if ratio:  # §9.2 step 3 E: the fit-content cross size through the ratio
            return width / ratio
        return height_for_width(env, item, width)
    minimum, maximum = width_contents(env, item, cross)
    if which == "min":
        return minimum
    if which == "max" or env.inner_main is None:
        return maximum
    available = env.inner_main - item.outer_main(0.0)
    return min(max(minimum, available), maximum)


def layout_item(env: FlexEnv, item: FlexItem, width: float, height) -> None:
    """Lay out the item's contents at content ``width`` (``height`` None for
    ``auto``) with its margin box at the container's content origin."""
    box = item.box
    box.x, box.y = env.box.content_x, env.box.content_y
    box.width = width
    item.layout_margins = (box.margin_left, box.margin_top)
    if height is None and isinstance(box, ReplacedBox):
        natural = replaced_size(env.ctx, box, width=width)[1]
        height = max(0.0, clamp_height(box, natural, env.height_base))
    block.layout_contents(env.ctx, box, height, env.height_base)
    if height is not None:
        box.height = height
    item.laid_out = (width, height, box.height)


def ensure_layout(env: FlexEnv, item: FlexItem, width: float, height) -> None:
    """Lay the item out at content ``width`` and ``height`` (None: auto)
    unless its last layout gives the same result: the same width, and the
    same height argument, or an auto height that came out at ``height``
    with no percentage height inside that a definite height would
    resolve. An empty block container laid out again at the same width
    only takes the definite height it is given (as its layout would)."""
    last = item.laid_out
    if last is not None and last[0] == width:
        if last[1] == height:
            return
        if height is not None and last[1] is None and last[2] == height:
            if not _percentage_heights_inside(env.ctx, item.box):
                return
        box = item.box
        if height is not None and not box.children and type(box) in _EMPTY_LAYOUT:
            if box.style["position"] == "static":
                box.height = height
                item.laid_out = (width, height, height)
                return
    layout_item(env, item, width, height)


def layout_at_main_size(env: FlexEnv, item: FlexItem, width: float) -> None:
    """Lay out an item of a column container at its used main size (its
    height). css-flexbox-1 §9.8 rules 1 and 2: that size is definite (for
    percentages inside) when the container's main size or the item's flex
    basis is definite; otherwise the contents are laid out with an auto
    height and the box then takes its used main size."""
    if env.height_base is not None or item.basis_definite:
        ensure_layout(env, item, width, item.main)
        return
    ensure_layout(env, item, width, None)
    item.box.height = item.main


def _percentage_heights_inside(ctx, box) -> bool:
    """Whether a box below ``box`` has a height, min-height or max-height
    that depends on its containing block's height (a percentage). Found
    once per box and layout run (``ctx.percentage_heights``), bottom up, so
    that asking at every level of a deep tree stays linear."""
    cache = ctx.percentage_heights
    found = cache.get(box)
    if found is not None:
        return found
    stack = [(box, False)]
    while stack:
        current, children_done = stack.pop()
        if children_done:
            found = False
            for child in current.children:
                if cache[child] or _has_percentage_height(child):
                    found = True
                    break
            cache[current] = found
        elif current not in cache:
            stack.append((current, True))
            for child in current.children:
                if child not in cache:
                    stack.append((child, False))
    return cache[box]


def _has_percentage_height(box) -> bool:
    style = box.style
    return style is not None and style.derived(_percentage_height)


def _percentage_height(style) -> bool:
    return any(percentage_depends(style[name]) for name in ("height", "min_height", "max_height"))


# -- flex base size and hypothetical main size (§9.2 step 3) ----------------------------


def used_flex_basis(env: FlexEnv, item: FlexItem):
    """css-flexbox-1 §7.3.3: the used flex basis, as an inner length, or a
    content keyword: ``auto`` uses the main size property, and a value that
    would make ``width`` behave as ``auto`` (an indefinite percentage)
    becomes ``content``; ``fit-content`` and the intrinsic keywords size by
    content (:func:`_basis_term`)."""
    basis = item.facts.width_basis if env.axes.row else item.facts.height_basis
    if type(basis) is str:
        return basis
    value = sized(basis, env.main_base, item.main_extras)
    return "content" if value is None else value


def determine_flex_base_size(env: FlexEnv, item: FlexItem) -> None:
    """css-flexbox-1 §9.2 step 3: the flex base size (cases A to E) and the
    hypothetical main size (the base size clamped by the used min and max
    main sizes, content box floored at zero)."""
    item.base = base = flex_base_size(env, item)
    item.max_main = used_max_main(env, item)
    bound = _automatic_minimum_bound(env, item)
    if bound is not None:
        # Found only when a size below the bound is clamped (see clamp_main).
        item.min_main, item.min_bound, item.min_env = None, bound, env
    else:
        item.min_main = used_min_main(env, item)
    item.hypo_main = clamp_main(item, base)


def _automatic_minimum_bound(env: FlexEnv, item: FlexItem):
    """A size the item's automatic minimum size (§4.5) cannot exceed, found
    without its contents, or None (also when the min main size is not
    ``auto``): its specified size suggestion when it has one (the content-
    based minimum is the smaller of that and another); else a flex base size
    from its min-, fit- or max-content size (§9.2 step 3 C and E), which is at
    least its min-content size, the content size suggestion, when no aspect
    ratio or replaced content changes that suggestion."""
    if item.facts.keywords.get(env.axes.min_main) != "auto":
        return None
    specified = specified_size_suggestion(env, item)
    if specified is not None:
        return specified
    if item.basis_definite or item.ratio or isinstance(item.box, ReplacedBox):
        return None
    return item.base


def flex_base_size(env: FlexEnv, item: FlexItem) -> float:
    """css-flexbox-1 §9.2 step 3, cases A to E: the item's flex base size
    (and whether its flex basis is definite, ``item.basis_definite``)."""
    basis = used_flex_basis(env, item)
    item.basis_definite = type(basis) is not str
    if item.basis_definite:  # A: a definite flex basis
        return basis
    ratio = item.ratio
    cross = definite_cross_size(env, item) if ratio else None
    if basis == "content" and cross is not None:  # B: through the aspect ratio
        return cross * ratio if env.axes.row else cross / ratio
    if env.constraint is not None:  # C: under the container's constraint
        return main_content_size(env, item, env.constraint)
    # D concerns orthogonal flows (no vertical writing modes here).
    # E: sized into the available space, content as max-content.
    return main_content_size(env, item, _BASIS_CONTENT.get(basis, "max"))


_BASIS_CONTENT = {"min-content": "min", "fit-content": "fit"}


def clamp_main(item: FlexItem, size: float) -> float:
    """Clamp by the max then the min main size (min wins), floored at 0. An
    automatic minimum size not found yet is at most ``min_bound`` and at
    most the max main size: it is found when ``size`` is below that bound."""
    capped = min(size, item.max_main)
    minimum = item.min_main
    if minimum is None:
        if size >= item.min_bound:
            return max(0.0, capped)
        minimum = item.min_main = automatic_minimum_size(item.min_env, item)
    return max(0.0, max(capped, minimum))


def _main_limit(env: FlexEnv, item: FlexItem, term, name: str):
    """The content-box size a min or max main size property gives (its
    intrinsic keywords through the item's content), or None."""
    if term is not None:
        return sized(term, env.main_base, item.main_extras)
    value = item.facts.keywords[name]
    if value in ("min-content", "max-content", "fit-content"):
        return main_content_size(env, item, value[:3])
    return None


def used_max_main(env: FlexEnv, item: FlexItem) -> float:
    """The used max main size: ``none`` (and an indefinite percentage) is
    infinite."""
    size = _main_limit(env, item, item.main_terms[2], env.axes.max_main)
    return INF if size is None else max(0.0, size)


def used_min_main(env: FlexEnv, item: FlexItem) -> float:
    """The used min main size: ``auto`` is the automatic minimum size (§4.5)."""
    term = item.main_terms[1]
    if term is None and item.facts.keywords[env.axes.min_main] == "auto":
        return automatic_minimum_size(env, item)
    size = _main_limit(env, item, term, env.axes.min_main)
    return 0.0 if size is None else max(0.0, size)


def automatic_minimum_size(env: FlexEnv, item: FlexItem) -> float:
    """css-flexbox-1 §4.5: zero for a scroll container, else the
    content-based minimum size: the smaller of the specified size
    suggestion and the content size suggestion, or (replaced items) of the
    transferred size suggestion and the content size suggestion, or the
    content size suggestion; clamped by a definite max main size."""
    if item.facts.scroll:
        return 0.0
    content = content_size_suggestion(env, item)
    specified = specified_size_suggestion(env, item)
    if specified is not None:
        size = min(specified, content)
    else:
        transferred = transferred_size_suggestion(env, item)
        if transferred is not None and isinstance(item.box, ReplacedBox):
            size = min(transferred, content)
        else:
            size = content
    return max(0.0, min(size, item.max_main))


def specified_size_suggestion(env: FlexEnv, item: FlexItem):
    """§4.5: the preferred main size, if definite."""
    size = sized(item.main_terms[0], env.main_base, item.main_extras)
    return None if size is None else max(0.0, size)


def _cross_limits(env: FlexEnv, item: FlexItem):
    _, minimum, maximum = item.cross_terms
    base, extras = env.cross_base, item.cross_extras
    return sized(minimum, base, extras), sized(maximum, base, extras)


def _through_ratio(env: FlexEnv, ratio: float, cross: float) -> float:
    return cross * ratio if env.axes.row else cross / ratio


def transferred_size_suggestion(env: FlexEnv, item: FlexItem):
    """§4.5: a definite preferred cross size, clamped by the min and max
    cross sizes, converted through the preferred aspect ratio."""
    ratio = item.ratio
    if not ratio:
        return None
    cross = sized(item.cross_terms[0], env.cross_base, item.cross_extras)
    if cross is None:
        return None
    minimum, maximum = _cross_limits(env, item)
    if maximum is not None:
        cross = min(cross, maximum)
    if minimum is not None:
        cross = max(cross, minimum)
    return _through_ratio(env, ratio, max(cross, 0.0))


def content_size_suggestion(env: FlexEnv, item: FlexItem) -> float:
    """§4.5: the min-content main size, clamped (items with a preferred
    aspect ratio) by the definite min and max cross sizes converted through
    the ratio. The min-content size of a replaced item with a definite
    preferred main size is that size (CSS 2.1 §10.3.2 / §10.6.2: its used
    size does not depend on its contents)."""
    size = None
    if isinstance(item.box, ReplacedBox):
        size = specified_size_suggestion(env, item)
    if size is None:
        size = main_content_size(env, item, "min")
    ratio = item.ratio
    if ratio:
        minimum, maximum = _cross_limits(env, item)
        if maximum is not None:
            size = min(size, _through_ratio(env, ratio, maximum))
        if minimum is not None:
            size = max(size, _through_ratio(env, ratio, minimum))
    return size
