"""Used sizes of replaced elements: CSS 2.1 §10.3.2, §10.6.2, the §10.4
constraint table, box-sizing and css-sizing-4 ``aspect-ratio``.

Every expected value is worked out by hand from the rules cited.
"""

import pytest

from colosseum import CSS, Node
from colosseum.layout.boxes import ReplacedBox
from colosseum.layout.context import LayoutContext
from colosseum.layout.replaced import constrain_with_ratio, replaced_size
from colosseum.style import compute_style


def image(natural_width=None, natural_height=None, ratio=None, measure=None, **style):
    """A replaced box with the given natural size and ratio and style."""
    return ReplacedBox(
        None,
        compute_style(CSS(**style)),
        width=natural_width,
        height=natural_height,
        ratio=ratio,
        measure=measure,
    )


def size(box, cb_width=800.0, cb_height=None, viewport=(800, 600)):
    return replaced_size(LayoutContext(viewport=viewport), box, cb_width, cb_height)


# -- §10.3.2 / §10.6.2 --------------------------------------------------------------


def test_natural_size_is_used_when_width_and_height_are_auto():
    assert size(image(40, 30)) == (40, 30)


def test_specified_width_scales_the_height_by_the_ratio():
    # §10.6.2: height = used width / ratio = 100 / (40/30) = 75.
    assert size(image(40, 30, width=100)) == pytest.approx((100, 75))


def test_specified_height_scales_the_width_by_the_ratio():
    # §10.3.2: width = used height * ratio = 60 * 4/3 = 80.
    assert size(image(40, 30, height=60)) == pytest.approx((80, 60))


def test_both_specified_ignore_the_ratio():
    assert size(image(40, 30, width=10, height=90)) == (10, 90)


def test_no_natural_size_gives_300_by_150():
    assert size(image()) == (300, 150)


def test_natural_width_only_gives_the_default_height():
    assert size(image(natural_width=70)) == (70, 150)


def test_ratio_only_fills_the_containing_block_width():
    # §10.3.2: width from the §10.3.3 equation: 500 - 2*10 margins - 2*5 padding
    # = 470; height = 470 / 2.
    box = image(ratio=2.0, margin="10px", padding="5px")
    assert size(box, cb_width=500) == pytest.approx((470, 235))


def test_natural_height_and_ratio_give_the_width():
    assert size(image(natural_height=50, ratio=3.0)) == pytest.approx((150, 50))


def test_the_default_object_fits_a_narrow_device():
    # §10.3.2: 300px is too wide for a 200px device: the largest 2:1 rectangle
    # fitting it is 200 wide; §10.6.2: height min(150, 200/2) = 100.
    assert size(image(), cb_width=200, viewport=(200, 600)) == (200, 100)


def test_percentage_width_refers_to_the_containing_block():
    assert size(image(40, 20, width="50%"), cb_width=300) == pytest.approx((150, 75))


def test_percentage_height_of_an_indefinite_height_is_auto():
    # §10.5: computes to auto, so the natural size is used.
    assert size(image(40, 20, height="50%"), cb_height=None) == (40, 20)
    assert size(image(40, 20, height="50%"), cb_height=100) == pytest.approx((100, 50))


def test_border_box_sizing_subtracts_borders_and_paddings():
    # content width = 100 - 2*10 padding - 2*5 border = 70; height = 70 / 2.
    box = image(40, 20, width=100, box_sizing="border-box", padding="10px", border="5px solid")
    assert size(box) == pytest.approx((70, 35))


# -- §10.4 ---------------------------------------------------------------------------


def test_max_width_scales_an_auto_sized_image_down():
    # Table row "w > max-width": (max-width, max(max-width * h/w, min-height)).
    assert size(image(200, 100, max_width=50)) == pytest.approx((50, 25))


def test_min_height_scales_an_auto_sized_image_up():
    # "h < min-height": (min(min-height * w/h, max-width), min-height).
    assert size(image(200, 100, min_height=300)) == pytest.approx((600, 300))
    assert size(image(200, 100, min_height=300, max_width=400)) == pytest.approx((400, 300))


def test_min_width_wins_over_max_height():
    # "(w < min-width) and (h > max-height)": (min-width, max-height).
    assert size(image(100, 100, min_width=200, max_height=50)) == (200, 50)


def test_constraint_table_both_too_large():
    # 400x200 under max 100x100: max-width/w = .25 <= max-height/h = .5:
    # (max-width, max(min-height, max-width * h/w)) = (100, 50).
    assert size(image(400, 200, max_width=100, max_height=100)) == pytest.approx((100, 50))
    # 200x400: .5 > .25: (max(min-width, max-height * w/h), max-height) = (50, 100).
    assert size(image(200, 400, max_width=100, max_height=100)) == pytest.approx((50, 100))


def test_constraint_table_both_too_small():
    # 10x20 under min 40x100: min-width/w = 4 <= min-height/h = 5:
    # (min(max-width, min-height * w/h), min-height) = (50, 100).
    assert size(image(10, 20, min_width=40, min_height=100)) == pytest.approx((50, 100))


def test_constraint_table_returns_the_size_when_nothing_is_violated():
    box = image(10, 10)
    from colosseum.layout.replaced import Constraints

    assert constrain_with_ratio(Constraints(box.style, 800, None), 30, 20) == (30, 20)


def test_specified_width_is_clamped_then_the_height_follows():
    assert size(image(40, 20, width=300, max_width=100)) == pytest.approx((100, 50))


def test_min_width_clamps_a_specified_width_without_ratio_change_in_height():
    # width 30 -> min-width 60; height from the ratio 60/2 = 30, then max-height 20.
    assert size(image(40, 20, width=30, min_width=60, max_height=20)) == pytest.approx((60, 20))


# -- aspect-ratio (css-sizing-4 §2.1) -----------------------------------------------


def test_aspect_ratio_replaces_the_natural_ratio():
    assert size(image(40, 20, width=100, aspect_ratio="1 / 1")) == pytest.approx((100, 100))


def test_auto_aspect_ratio_prefers_the_natural_ratio():
    assert size(image(40, 20, width=100, aspect_ratio="auto 1/1")) == pytest.approx((100, 50))
    assert size(image(width=100, aspect_ratio="auto 4/1")) == pytest.approx((100, 25))


def test_aspect_ratio_applies_to_the_border_box_with_border_box_sizing():
    # Border box 100 x 100; content 80 x 80 (10px padding around).
    box = image(40, 20, width=100, aspect_ratio="1", padding=10, box_sizing="border-box")
    assert size(box) == pytest.approx((80, 80))
    # A natural ratio is the content box's: 80 / 2 = 40.
    box = image(40, 20, width=100, aspect_ratio="auto 1", padding=10, box_sizing="border-box")
    assert size(box) == pytest.approx((80, 40))


# -- measure callbacks ---------------------------------------------------------------


def test_measure_gives_the_natural_size():
    calls = []

    def measure(width, height):
        calls.append((width, height))
        return 80, 20

    assert size(image(measure=measure, padding="5px"), cb_width=300) == (80, 20)
    # Offered the containing block's width less the paddings; height indefinite.
    assert calls == [(290, float("inf"))]


def test_measure_is_offered_the_specified_width():
    def measure(width, height):
        return width, 1000 / width  # text that wraps: narrower is taller

    assert size(image(measure=measure, width=50)) == (50, 20)


def test_measured_node_through_layout_api():
    pytest.importorskip("colosseum.layout.block")
    from colosseum.layout import layout

    leaf = Node(style=CSS(display="block"), measure=lambda w, h: (120, 30))
    root = Node(style=CSS(width=400), children=[leaf])
    layout(root, 800, 600)
    assert (leaf.layout.border_box.width, leaf.layout.border_box.height) == (120, 30)


def test_percentage_sizes_follow_each_containing_block_with_a_shared_style():
    """CSS 2.1 §10.2: a percentage width refers to the containing block's
    width, whichever box shares the style (constraints are made once per
    style only when no value refers to the containing block)."""
    style = compute_style(CSS(width="50%", padding="10%"))
    box = ReplacedBox(None, style, width=40, height=20)
    # padding: 10% of 400 = 40 a side; width: 200; height through the ratio 2.
    assert size(box, cb_width=400.0) == pytest.approx((200, 100))
    assert size(box, cb_width=200.0) == pytest.approx((100, 50))
    fixed = image(40, 20, width=60, padding=5)
    assert size(fixed, cb_width=400.0) == size(fixed, cb_width=100.0) == pytest.approx((60, 30))
