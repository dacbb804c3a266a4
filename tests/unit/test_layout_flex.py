"""Flex layout (css-flexbox-1 §9): expected geometry computed by hand from
the specification, through the public API (``layout`` on ``Node`` trees)."""

import pytest

from colosseum import CSS, Node, Text
from colosseum.geometry import Rect
from colosseum.layout import flex_items, layout
from colosseum.layout.context import LayoutContext
from colosseum.layout.flex import flex_intrinsic_sizes
from colosseum.layout.flex_align import distribute, resolve_position
from colosseum.layout.flex_intrinsic import intrinsic_main_size
from colosseum.layout.flex_items import FlexAxes
from colosseum.layout.generation import build_box_tree
from colosseum.style import compute_style


def flex(children, **style):
    style.setdefault("display", "flex")
    return Node(style=CSS(**style), children=children)


def item(**style):
    return Node(style=CSS(**style))


def boxes(container):
    return [child.layout.border_box for child in container.children]


def lay(container, width=800, height=600):
    """Lay ``container`` out as the only child of a zero-margin root."""
    root = Node(style=CSS(margin=0), children=[container])
    layout(root, width, height)
    return container


def ahem(text, **style):
    style.setdefault("font_family", "Ahem")
    style.setdefault("font_size", 10)
    style.setdefault("line_height", 1)
    return Node(style=CSS(**style), children=[Text(text)])


# -- §9.7 Resolving flexible lengths -----------------------------------------------------


def test_grow_shares_free_space_by_grow_factor():
    # 300 - 20 = 280 free; grow 1:2:1 -> 70, 140, 20 + 70.
    container = lay(
        flex(
            [item(flex_grow=1), item(flex_grow=2), item(flex_grow=1, width=20)],
            width=300,
            height=40,
        )
    )
    assert boxes(container) == [
        Rect(0, 0, 70, 40),
        Rect(70, 0, 140, 40),
        Rect(210, 0, 90, 40),
    ]


def test_max_violation_freezes_and_redistributes():
    # Bases 50, 50, 0: free 200; 1:3:1 -> 90, 170, 40; the second is
    # clamped to 80 (total violation -90 < 0: freeze it); the remaining free
    # space 300 - 50 - 80 - 0 = 170 is shared 1:1 -> 135 and 85.
    container = lay(
        flex(
            [
                item(flex="1 0 50px"),
                item(flex="3 0 50px", max_width=80),
                item(flex="1 0 0"),
            ],
            width=300,
            height=40,
        )
    )
    assert [b.width for b in boxes(container)] == [135, 80, 85]


def test_min_violation_freezes_when_growing():
    # Bases 0: free 200 -> 66.67 each; clamped to 10, 20 and 150: the total
    # violation is -56.67 - 46.67 + 83.33 < 0, so the max violators freeze;
    # the third then takes the remaining 170.
    container = lay(
        flex(
            [
                item(flex_grow=1, max_width=10),
                item(flex_grow=1, max_width=20),
                item(flex_grow=1, min_width=150),
            ],
            width=200,
            height=40,
        )
    )
    assert [b.width for b in boxes(container)] == [10, 20, 170]


def test_shrink_by_scaled_shrink_factor():
    # 400 of bases in 200: overflow 200; scaled factors 100, 200, 200
    # (shrink 2 x 100) -> shrink by 40, 80, 80.
    container = lay(
        flex(
            [item(flex="0 1 100px"), item(flex="0 1 200px"), item(flex="0 2 100px")],
            width=200,
            height=40,
        )
    )
    assert [b.width for b in boxes(container)] == [60, 120, 20]


def test_shrink_min_violation():
    # Bases 150, 150, 50 in 200: overflow 150; scaled 150:150 -> 75 each:
    # 75 < min 120, freeze at 120; then 200 - 120 - 50 = 30 for the second.
    container = lay(
        flex(
            [item(flex="0 1 150px", min_width=120), item(flex="0 1 150px"), item(flex="0 0 50px")],
            width=200,
            height=40,
        )
    )
    assert [b.width for b in boxes(container)] == [120, 30, 50]


def test_flex_factors_summing_below_one_take_that_fraction():
    # Free space 200, factors .2 + .3 = .5 < 1: only 100 is distributed.
    container = lay(flex([item(flex=".2 0 50px"), item(flex=".3 0 50px")], width=300, height=40))
    assert [b.width for b in boxes(container)] == [90, 110]


def test_border_box_basis_may_give_a_negative_inner_base():
    # flex-basis 0 with border-box and 20px padding: the outer base is 0
    # (inner -20); the hypothetical size floors the content at 0.
    container = lay(
        flex(
            [
                item(flex="1 1 0", box_sizing="border-box", padding_left=20),
                item(flex="1 1 0"),
            ],
            width=220,
            height=10,
        )
    )
    # Growing (outer hypothetical sizes 20 + 0 < 220); the initial free
    # space uses the flex base sizes: 220 - (-20 + 20) - 0 = 220, 110 each:
    # the first's inner size is -20 + 110 = 90, its border box 110.
    assert [b.width for b in boxes(container)] == [110, 110]


def test_percentage_flex_basis():
    container = lay(flex([item(flex="0 0 25%"), item(flex="0 0 10%", padding=5)], width=400))
    assert [b.width for b in boxes(container)] == [100, 50]


# -- §4.5 automatic minimum size -----------------------------------------------------------


def test_automatic_minimum_size_is_the_min_content_size():
    container = lay(
        flex([ahem("XXXX XX", flex="0 1 100px"), ahem("X", flex="0 1 100px")], width=60)
    )
    # The first cannot go below its min-content width 40: bases 100, 100 in
    # 60: 140 overflow -> 30 each; the first is frozen at 40, the second
    # gets 20.
    assert [b.width for b in boxes(container)] == [40, 20]


def test_scroll_containers_have_no_automatic_minimum():
    container = lay(
        flex(
            [ahem("XXXX", flex="0 1 100px", overflow="hidden"), ahem("X", flex="0 1 100px")],
            width=60,
        )
    )
    assert [b.width for b in boxes(container)] == [30, 30]


def test_specified_size_suggestion_caps_the_minimum():
    container = lay(
        flex([ahem("XXXX", flex="0 1 100px", width=20), ahem("X", flex="0 0 50px")], width=60)
    )
    assert [b.width for b in boxes(container)] == [20, 50]


# -- §9.5 main-axis alignment -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "xs"),
    [
        ("flex-start", [0, 30, 80]),
        ("flex-end", [100, 130, 180]),
        ("center", [50, 80, 130]),
        ("space-between", [0, 80, 180]),
        ("space-around", [100 / 6, 100 / 6 + 30 + 100 / 3, 100 / 6 + 80 + 200 / 3]),
        ("space-evenly", [25, 80, 155]),
        ("start", [0, 30, 80]),
        ("end", [100, 130, 180]),
        ("left", [0, 30, 80]),
        ("right", [100, 130, 180]),
    ],
)
def test_justify_content(value, xs):
    container = lay(
        flex(
            [item(width=30), item(width=50), item(width=20)],
            width=200,
            height=10,
            justify_content=value,
        )
    )
    assert [b.x for b in boxes(container)] == pytest.approx(xs)


def test_justify_content_in_row_reverse_and_rtl():
    items = [item(width=30), item(width=50)]
    reverse = lay(flex(items, width=200, height=10, flex_direction="row-reverse"))
    assert [b.x for b in boxes(reverse)] == [170, 120]
    rtl = lay(flex([item(width=30), item(width=50)], width=200, height=10, direction="rtl"))
    assert [b.x for b in boxes(rtl)] == [170, 120]
    both = lay(
        flex(
            [item(width=30), item(width=50)],
            width=200,
            height=10,
            direction="rtl",
            flex_direction="row-reverse",
        )
    )
    assert [b.x for b in boxes(both)] == [0, 30]
    # left / right are physical whatever the direction.
    right = lay(
        flex(
            [item(width=30), item(width=50)],
            width=200,
            height=10,
            direction="rtl",
            justify_content="left",
        )
    )
    assert [b.x for b in boxes(right)] == [50, 0]


def test_single_item_distribution_fallbacks():
    between = lay(flex([item(width=40)], width=200, height=10, justify_content="space-between"))
    around = lay(flex([item(width=40)], width=200, height=10, justify_content="space-around"))
    assert boxes(between)[0].x == 0
    assert boxes(around)[0].x == 80


def test_main_axis_auto_margins_take_the_free_space():
    container = lay(
        flex(
            [item(width=30), item(width=30, margin_left="auto"), item(width=20)],
            width=200,
            height=10,
            justify_content="center",
        )
    )
    assert [b.x for b in boxes(container)] == [0, 150, 180]
    assert container.children[1].layout.margin.left == 120


def test_overflowing_auto_margins_are_zero():
    container = lay(
        flex(
            [item(flex="none", width=80, margin_left="auto"), item(flex="none", width=60)],
            width=100,
            height=10,
        )
    )
    assert [b.x for b in boxes(container)] == [0, 80]


def test_main_gap_separates_items():
    container = lay(
        flex([item(flex_grow=1), item(flex_grow=1), item(flex_grow=2)], width=100, column_gap="10%")
    )
    # 100 - 2 x 10 = 80 for items: 20, 20, 40.
    assert [(b.x, b.width) for b in boxes(container)] == [(0, 20), (30, 20), (60, 40)]


# -- §9.4 / §9.6 cross axis ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "ys", "heights"),
    [
        ("flex-start", [0, 0, 5], [20, 0, 0]),
        ("flex-end", [40, 60, 60], [20, 0, 0]),
        ("center", [20, 30, 32.5], [20, 0, 0]),
        ("stretch", [0, 0, 5], [20, 60, 40]),
        ("normal", [0, 0, 5], [20, 60, 40]),
    ],
)
def test_align_items(value, ys, heights):
    container = lay(
        flex(
            [
                item(width=30, height=20),
                item(width=30),
                item(width=30, max_height=40, margin_top=5),
            ],
            width=200,
            height=60,
            align_items=value,
        )
    )
    assert [b.y for b in boxes(container)] == ys
    assert [b.height for b in boxes(container)] == heights


def test_cross_axis_auto_margins():
    container = lay(
        flex(
            [
                item(width=20, height=20, margin_top="auto"),
                item(width=20, height=20, margin="auto"),
                item(width=20, height=80, margin_top="auto", align_self="flex-end"),
            ],
            width=200,
            height=60,
        )
    )
    assert [b.y for b in boxes(container)] == [40, 20, 0]
    # margin: auto also takes the main-axis free space (140, both sides).
    assert [b.x for b in boxes(container)] == [0, 90, 180]


def test_auto_height_single_line_is_its_largest_item():
    container = lay(
        flex([item(width=20, height=50), item(width=20, margin_top=10), item(width=20)], width=200)
    )
    assert container.layout.border_box.height == 50
    assert [b.height for b in boxes(container)] == [50, 40, 50]


def test_stretched_item_percentages_resolve():
    inner = item(display="block", height="50%")
    lay(flex([Node(style=CSS(width=50), children=[inner])], width=200, height=80))
    assert inner.layout.border_box.height == 40


def test_baseline_alignment():
    container = lay(
        flex(
            [ahem("X", font_size=20), ahem("X", padding_top=15), ahem("X", font_size=30)],
            width=300,
            align_items="baseline",
        )
    )
    # Baselines from the margin box top: 16, 15 + 8 = 23, 24. Shared 24.
    assert [b.y for b in boxes(container)] == [8, 1, 0]
    assert container.layout.border_box.height == 30


# -- §9.3 lines, §9.6 align-content ----------------------------------------------------------


def test_wrap_collects_lines_and_stretches_them():
    container = lay(
        flex(
            [
                item(width=40, height=10),
                item(width=40, height=20),
                item(width=40, height=15),
                item(width=120, height=10),
            ],
            width=100,
            height=120,
            flex_wrap="wrap",
        )
    )
    # Lines 20, 15, 10 = 45; 75 free stretches each by 25: 45, 40, 35.
    assert [(b.x, b.y) for b in boxes(container)] == [(0, 0), (40, 0), (0, 45), (0, 85)]


@pytest.mark.parametrize(
    ("value", "ys"),
    [
        ("flex-start", [0, 20]),
        ("flex-end", [70, 90]),
        ("center", [35, 55]),
        ("space-between", [0, 90]),
        ("space-around", [17.5, 72.5]),
        ("space-evenly", [70 / 3, 140 / 3 + 20]),
    ],
)
def test_align_content(value, ys):
    container = lay(
        flex(
            [item(width=60, height=20), item(width=60, height=10)],
            width=100,
            height=100,
            flex_wrap="wrap",
            align_content=value,
        )
    )
    assert [b.y for b in boxes(container)] == pytest.approx(ys)


def test_wrap_reverse_stacks_lines_from_the_bottom():
    container = lay(
        flex(
            [item(width=60, height=20), item(width=60, height=10)],
            width=100,
            height=100,
            flex_wrap="wrap-reverse",
            align_content="flex-start",
        )
    )
    assert [b.y for b in boxes(container)] == [80, 70]


def test_cross_gap_between_lines():
    container = lay(
        flex(
            [item(width=30, height=10) for _ in range(4)],
            width=100,
            flex_wrap="wrap",
            gap="10px 20px",
        )
    )
    assert [(b.x, b.y) for b in boxes(container)] == [(0, 0), (50, 0), (0, 20), (50, 20)]
    assert container.layout.border_box.height == 30


def test_order_modified_document_order():
    container = lay(
        flex(
            [item(width=10, order=2), item(width=20, order=-1), item(width=30)],
            width=200,
            height=10,
        )
    )
    assert [b.x for b in boxes(container)] == [50, 0, 20]


# -- column containers --------------------------------------------------------------------


def test_column_with_auto_height_sums_its_items():
    container = lay(
        flex(
            [item(height=20), ahem("XX XX", width=20), item(height=10, margin=5)],
            width=100,
            flex_direction="column",
        )
    )
    assert container.layout.border_box.height == 20 + 20 + 20
    assert boxes(container) == [Rect(0, 0, 100, 20), Rect(0, 20, 20, 20), Rect(5, 45, 90, 10)]


def test_column_reverse_grows_from_the_bottom_and_rtl_crosses_from_the_right():
    container = lay(
        flex(
            [item(height=20, width=30), item(flex_grow=1, width=40)],
            width=100,
            height=100,
            flex_direction="column-reverse",
            direction="rtl",
        )
    )
    assert boxes(container) == [Rect(70, 80, 30, 20), Rect(60, 0, 40, 80)]


# -- §9.9 intrinsic sizes, §4.1 absolute children, §8.5 baselines ----------------------------


def test_row_container_max_content_width():
    container = lay(
        flex([ahem("XX XX"), item(width=30), ahem("XXX", margin="0 5px")], float="left")
    )
    assert container.layout.border_box.width == 50 + 30 + 40


def intrinsic(container):
    """flex_intrinsic_sizes of ``container``'s box (css-flexbox-1 §9.9)."""
    box = build_box_tree(container)
    return flex_intrinsic_sizes(LayoutContext(), box)


def test_multi_line_min_content_width_is_the_largest_contribution():
    single = flex([ahem("XX XXXX"), ahem("XXX X")])
    multi = flex([ahem("XX XXXX"), ahem("XXX X")], flex_wrap="wrap")
    assert intrinsic(single) == (40 + 30, 70 + 50)
    assert intrinsic(multi) == (40, 70 + 50)


def test_column_container_intrinsic_widths_are_the_largest_contributions():
    column = flex([ahem("XX XXXX"), ahem("XXX X", padding=5)], flex_direction="column")
    assert intrinsic(column) == (40, 70)


def test_flex_fraction_of_a_growing_item():
    # §9.9.1: basis 0, max-content 40, grow 1 -> fraction 40; the other item
    # (basis 10, grow 1, contribution 10) -> fraction 0; chosen 40: 0 + 40
    # and 10 + 40 = 90. Browsers sum the contributions instead: 40 + 10.
    container = flex([ahem("XXXX", flex="1 1 0"), item(flex="1 1 10px", width=10)])
    box = build_box_tree(container)
    ctx = LayoutContext()
    assert intrinsic_main_size(ctx, box, "max", flex_fractions=True) == 90
    assert intrinsic_main_size(ctx, box, "max", flex_fractions=False) == 50
    assert intrinsic(container) == (50, 50)


def test_inflexible_items_contribute_their_flex_base_size():
    # §9.9.3: an item that can neither grow nor shrink contributes its flex
    # base size (50) whatever its content (80), unless its automatic minimum
    # size (§4.5: 80) raises it; one that may shrink but not grow
    # contributes at most its base size.
    items = [ahem("XXXXXXXX", flex="0 0 50px", min_width=0), ahem("XX", flex="0 1 100px")]
    assert intrinsic(flex(items)) == (50 + 20, 50 + 20)
    items = [ahem("XXXXXXXX", flex="0 0 50px"), ahem("XX", flex="0 1 100px")]
    assert intrinsic(flex(items)) == (80 + 20, 80 + 20)


def test_absolute_child_static_position():
    abspos = item(position="absolute", width=30, height=10)
    container = lay(
        flex(
            [item(width=40, height=20), abspos],
            width=200,
            height=60,
            position="relative",
            justify_content="flex-end",
            align_items="center",
        )
    )
    assert abspos.layout.border_box == Rect(170, 25, 30, 10)
    assert boxes(container)[0] == Rect(160, 20, 40, 20)


def test_container_baseline_is_its_first_lines():
    outer = flex(
        [
            flex([ahem("X", font_size=20)], width=50),
            ahem("X", font_size=40),
        ],
        width=300,
        align_items="baseline",
    )
    lay(outer)
    inner, text = outer.children
    # The inner container's baseline is its item's: 16 below its top;
    # the big text's is 32: the inner container moves down 16.
    assert inner.layout.border_box.y == 16
    assert text.layout.border_box.y == 0


# -- step 10: visibility collapse; measure callbacks -------------------------------------------


def test_collapsed_item_leaves_a_strut():
    container = lay(
        flex(
            [item(width=30, height=50, visibility="collapse"), item(width=30), item(width=40)],
            width=200,
        )
    )
    assert container.layout.border_box.height == 50
    assert [b.x for b in boxes(container)[1:]] == [0, 30]
    assert [b.height for b in boxes(container)[1:]] == [50, 50]


def test_measured_leaf_is_asked_for_its_sizes():
    calls = []

    def measure(width, height):
        calls.append((width, height))
        if width == float("inf"):
            return 120.0, 10.0
        return width, 1200 / max(width, 1)

    leaf = Node(style=CSS(), measure=measure)
    container = lay(flex([leaf, item(width=40)], width=100, align_items="flex-start"))
    # Max-content 120 shrinks to 60 (its min-content: measure(0, inf) -> 0 x
    # 1200 -> the leaf may shrink to 0); 60 wide it is 20 tall.
    assert leaf.layout.border_box.width == pytest.approx(100 * 120 / 160)
    assert calls
    assert container.layout.border_box.height == pytest.approx(leaf.layout.border_box.height)


def test_replaced_item_flex_base_size_through_aspect_ratio():
    # §9.2 step 3 B: content basis, a ratio (2/1) and a definite cross size
    # (height 30) -> base size 60.
    container = lay(flex([item(aspect_ratio="2 / 1", height=30)], width=300, height=30))
    assert boxes(container)[0].width == 60


def test_column_wrap_container_is_as_wide_as_its_lines():
    # §9.9.2: items sized with the largest contribution (50) as available
    # space, broken into lines at the definite height 100: 60 + 60 > 100,
    # so three lines of 30, 50 and 20.
    items = [item(height=60, width=30), item(height=60, width=50), item(height=60, width=20)]
    column = flex(items, flex_direction="column", flex_wrap="wrap", height=100)
    assert intrinsic(column) == (100, 100)
    single = flex(
        [item(height=60, width=30), item(height=60, width=50)], flex_direction="column", height=100
    )
    assert intrinsic(single) == (50, 50)


def test_cross_size_follows_the_main_size_through_the_aspect_ratio():
    container = lay(
        flex(
            [item(aspect_ratio="2", width=60), item(aspect_ratio="1 / 2", flex="0 0 20px")],
            width=300,
            align_items="flex-start",
        )
    )
    assert [(b.width, b.height) for b in boxes(container)] == [(60, 30), (20, 40)]
    column = lay(
        flex(
            [item(aspect_ratio="2", height=60)],
            width=300,
            flex_direction="column",
            align_items="flex-start",
        )
    )
    assert boxes(column)[0] == Rect(0, 0, 120, 60)


def test_stretched_item_is_laid_out_again_for_percentages_inside():
    # The line is 50 tall (its tallest item); the second item's auto height
    # is 0, then 50 stretched: its child's 50% resolves against 50.
    inner = item(display="block", height="50%")
    lay(flex([item(width=10, height=50), Node(children=[inner])], width=100))
    assert inner.layout.border_box.height == 25


def test_absolute_child_static_position_in_rtl():
    abspos = item(position="absolute", width=30, height=10)
    lay(flex([abspos], width=200, height=60, position="relative", direction="rtl"))
    assert abspos.layout.border_box == Rect(170, 0, 30, 10)


def test_measured_leaf_in_a_column_is_asked_for_its_height_at_its_width():
    def measure(width, height):
        return (80.0, 10.0) if width == float("inf") else (width, 800 / max(width, 1))

    leaf = Node(style=CSS(), measure=measure)
    container = lay(flex([leaf], width=40, flex_direction="column"))
    assert leaf.layout.border_box == Rect(0, 0, 40, 20)
    assert container.layout.border_box.height == 20


def test_nested_flex_layout_is_not_exponential(monkeypatch):
    # Each level lays out its items a bounded number of times, not a number
    # that multiplies with the nesting depth.
    def nest(depth, direction):
        if depth == 0:
            return ahem("XX XXX")
        other = "column" if direction == "row" else "row"
        return flex(
            [nest(depth - 1, other), nest(depth - 1, other)],
            flex_direction=direction,
            flex_grow=1,
        )

    calls = []
    original = flex_items.layout_item

    def counting(env, item_, width, height):
        calls.append(1)
        original(env, item_, width, height)

    monkeypatch.setattr(flex_items, "layout_item", counting)
    lay(nest(6, "row"))
    # 126 items (2 + 4 + ... + 64): at most three layouts each.
    assert len(calls) <= 3 * 126


# -- the pieces: axes and alignment arithmetic ------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "wrap", "rtl", "main", "cross"),
    [
        ("row", "nowrap", False, ("left", "right"), ("top", "bottom")),
        ("row", "wrap-reverse", True, ("right", "left"), ("bottom", "top")),
        ("row-reverse", "wrap", False, ("right", "left"), ("top", "bottom")),
        ("row-reverse", "wrap", True, ("left", "right"), ("top", "bottom")),
        ("column", "wrap", True, ("top", "bottom"), ("right", "left")),
        ("column-reverse", "wrap-reverse", False, ("bottom", "top"), ("right", "left")),
        ("column-reverse", "wrap-reverse", True, ("bottom", "top"), ("left", "right")),
    ],
)
def test_axes_sides(direction, wrap, rtl, main, cross):
    style = compute_style(
        CSS(
            display="flex",
            flex_direction=direction,
            flex_wrap=wrap,
            direction="rtl" if rtl else "ltr",
        ),
        None,
    )
    axes = FlexAxes(style)
    assert axes.main_sides() == main
    assert axes.cross_sides() == cross


@pytest.mark.parametrize(
    ("value", "free", "count", "expected"),
    [
        ("space-between", 90, 4, (0, 30)),
        ("space-between", -10, 4, (0, 0)),
        ("space-around", 80, 4, (10, 20)),
        ("space-around", -10, 4, (0, 0)),  # safe center: start
        ("space-evenly", 100, 4, (20, 20)),
        ("center", -10, 2, (-5, 0)),
        ("safe center", -10, 2, (0, 0)),
        ("flex-end", 30, 2, (30, 0)),
        ("end", 30, 2, (30, 0)),
        ("stretch", 30, 2, (0, 0)),
        ("normal", 30, 2, (0, 0)),
    ],
)
def test_content_distribution(value, free, count, expected):
    assert distribute(value, free, count, False) == expected


def test_positions_flip_with_the_writing_mode_start():
    # In a row-reverse container flex-start is the writing mode's end side:
    # start / end name the other sides; left / right are physical.
    assert resolve_position("start", 40, flipped=True) == 40
    assert resolve_position("flex-start", 40, flipped=True) == 0
    assert resolve_position("left", 40, flipped=True, left_is_start=False) == 40
    assert resolve_position("right", 40, flipped=False, left_is_start=None) == 0
    assert resolve_position("safe end", -5, flipped=False) == 0


def test_multi_line_column_held_in_by_max_height_is_its_longest_line():
    # Lines break at max-height 100 (60 | 60): the auto height is the
    # longest line, 60, and the container is two columns wide.
    container = lay(
        flex(
            [item(height=60, width=10), item(height=60, width=20)],
            flex_direction="column",
            flex_wrap="wrap",
            max_height=100,
            width=100,
            align_content="flex-start",
        )
    )
    assert container.layout.border_box.height == 60
    assert [(b.x, b.y) for b in boxes(container)] == [(0, 0), (10, 0)]


def test_self_start_follows_the_items_own_direction():
    # Column: the cross axis is the inline axis, so an rtl item's self-start
    # is the right side.
    container = lay(
        flex(
            [
                item(height=10, width=20, align_self="self-start", direction="rtl"),
                item(height=10, width=20, align_self="start", direction="rtl"),
            ],
            flex_direction="column",
            width=50,
        )
    )
    assert [b.x for b in boxes(container)] == [30, 0]


def test_flexed_main_size_is_definite_only_with_a_definite_basis_or_container():
    # §9.8 rules 1-2, column with an auto height: the first item's basis is
    # content (indefinite), so its child's 50% height behaves as auto; the
    # second's basis is 60px, so 50% of it resolves.
    loose = item(display="block", height="50%", width=10)
    fixed = item(display="block", height="50%", width=10)
    lay(
        flex(
            [
                Node(style=CSS(flex="none"), children=[item(display="block", height=20), loose]),
                Node(style=CSS(flex="0 0 60px"), children=[fixed]),
            ],
            flex_direction="column",
            width=100,
        )
    )
    assert loose.layout.border_box.height == 0
    assert fixed.layout.border_box.height == 30


def test_absolute_child_centered_with_its_content_height():
    abspos = ahem("XX XXX", position="absolute")
    lay(
        flex(
            [abspos],
            width=200,
            height=40,
            position="relative",
            justify_content="center",
            align_items="center",
        )
    )
    # Shrink-to-fit: 60 wide, one line 10 tall: centered at (70, 15).
    assert abspos.layout.border_box == Rect(70, 15, 60, 10)


def _image(natural_width, natural_height, **style):
    node = Node(style=CSS(**style))
    node.replaced = True
    node.intrinsic_width, node.intrinsic_height = natural_width, natural_height
    node.intrinsic_ratio = natural_width / natural_height
    return node


@pytest.mark.parametrize("natural", [60, 150])
def test_replaced_item_with_a_definite_width_does_not_shrink_below_it(natural):
    # §4.5: the min-content size of an image with width: 100px is 100px
    # (whatever its natural size), so its content-based minimum size,
    # min(specified 100, content 100), keeps it 100 wide in a 10px container.
    image = _image(natural, natural, width=100)
    lay(flex([image], width=10))
    assert image.layout.border_box == Rect(0, 0, 100, 100)


def test_replaced_item_without_a_definite_width_shrinks_to_its_natural_width():
    # §4.5: no specified size suggestion: the content size suggestion (the
    # natural width, 60) is the automatic minimum.
    image = _image(60, 30, flex_basis=200)
    lay(flex([image], width=10, align_items="flex-start"))
    assert image.layout.border_box == Rect(0, 0, 60, 30)
