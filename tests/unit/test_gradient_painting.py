"""Painting gradients (css-images-3 §3): the gradient line, color stop
fixup, interpolation, repetition, background tiling, and both backends."""

import math

import pytest
from test_paint_helpers import BLUE, GREEN, RED, WHITE, YELLOW, block, paint

from colosseum.html import Document
from colosseum.paint import DisplayList, DrawGradient, FillRect, render_document, to_image, to_svg
from colosseum.paint.gradients import (
    ending_shape,
    fix_up,
    gradient_angle,
    gradient_line,
    shade,
    straight,
)
from colosseum.style import CSS, compute_style

pytest.importorskip("PIL.Image")


def gradient(text: str, font_size: str = "16px"):
    """The computed value of a gradient."""
    declared = CSS.from_string(f"font-size: {font_size}; background-image: {text}")
    return compute_style(declared)["background-image"]


def shading(text: str, width: float = 100, height: float = 100, color=None):
    return shade(gradient(text), width, height, color)


def colors_at(text: str, *positions, width: float = 100, height: float = 100):
    result = shading(text, width, height)
    return [straight(result.color_at(t)) for t in positions]


# -- the gradient line: §3.1.1 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "angle"),
    [("to top", 0.0), ("to right", 90.0), ("to bottom", 180.0), ("to left", 270.0)],
)
def test_css_images_3_3_1_1_side_keywords(direction, angle):
    """ "If the argument is to top, to right, to bottom, or to left, the
    angle of the gradient line is 0deg, 90deg, 180deg, or 270deg"."""
    assert gradient_angle(direction, 200, 100) == angle


def test_css_images_3_3_1_1_corner_keywords_magic_angle():
    """ "the gradient line must be angled such that it points into the same
    quadrant as the specified corner, and is perpendicular to a line
    intersecting the two neighboring corners": the 50% point's
    perpendicular passes through both of them (the corner example)."""
    width, height = 200, 100
    for corner, neighbours in [
        ("to right top", ((0, 0), (200, 100))),
        ("to left top", ((200, 0), (0, 100))),
        ("to right bottom", ((200, 0), (0, 100))),
        ("to left bottom", ((0, 0), (200, 100))),
    ]:
        result = shading(f"linear-gradient({corner}, red, white, blue)", width, height)
        half = (result.positions[0] + result.positions[-1]) / 2
        for x, y in neighbours:
            assert result.line_position(x, y) == pytest.approx(half), corner
        # The gradient is red exactly in the corner it starts from.
        start = (0 if "right" in corner else 200, 100 if "top" in corner else 0)
        assert result.line_position(*start) == pytest.approx(0.0, abs=1e-9)
    assert gradient_angle("to right top", 100, 100) == pytest.approx(45.0)
    assert gradient_angle("to left bottom", 100, 100) == pytest.approx(225.0)


def test_css_images_3_3_1_1_gradient_line_length():
    """The length of the gradient line is abs(W sin A) + abs(H cos A), and the
    colors are exactly the end colors at the corners (the 45deg example)."""
    start, direction, length = gradient_line(45.0, 200, 100)
    assert length == pytest.approx(
        200 * math.sin(math.radians(45)) + 100 * math.cos(math.radians(45))
    )
    result = shading("linear-gradient(45deg, white, black)", 200, 100)
    assert result.line_position(0, 100) == pytest.approx(0.0, abs=1e-9)  # bottom left: white
    assert result.line_position(200, 0) == pytest.approx(length)  # top right: black
    assert start == pytest.approx((100 - direction[0] * length / 2, 50 - direction[1] * length / 2))


def test_css_images_3_3_1_1_angles_in_every_unit_agree():
    texts = ("90deg", "100grad", f"{math.pi / 2}rad", "0.25turn", "calc(0.5turn - 90deg)")
    angles = {
        round(gradient_angle(gradient(f"linear-gradient({t}, red, blue)").direction, 1, 1), 9)
        for t in texts
    }
    assert angles == {90.0}
    assert gradient_angle(gradient("linear-gradient(-90deg, red, blue)").direction, 1, 1) == 270.0
    # A right angle in any unit is exactly horizontal: one color a column.
    for text in texts:
        angle = gradient_angle(gradient(f"linear-gradient({text}, red, blue)").direction, 1, 1)
        assert gradient_line(angle, 10, 10)[1] == (1.0, 0.0), text


# -- color stops: §3.5.3 fixup --------------------------------------------------------------


@pytest.mark.parametrize(
    ("stops", "expected"),
    [
        # The seven examples of §3.5.3 on a 100px gradient line.
        ("red, white 20%, blue", [0, 20, 100]),
        ("red 40%, white, black, blue", [40, 60, 80, 100]),
        ("red -50%, white, blue", [-50, 25, 100]),
        ("red -50px, white, blue", [-50, 25, 100]),
        ("red 20px, white 0px, blue 40px", [20, 20, 40]),
        ("red, white -50%, black 150%, blue", [0, 0, 150, 150]),
        ("red 80px, white 0px, black, blue 100px", [80, 80, 90, 100]),
        # css-images-4: a stop with two positions is two stops.
        ("red 10px 30px, blue", [10, 30, 100]),
        # A hint is moved like a stop, and counts for later stops.
        ("red 50px, 20px, blue 10px", [50, 50]),
    ],
)
def test_css_images_3_3_5_3_color_stop_fixup(stops, expected):
    result = shading(f"linear-gradient({stops})")
    assert list(result.positions) == pytest.approx(expected)


def test_css_images_3_3_5_3_fixup_steps_in_order():
    entries = [[(0,), None], [(1,), 30.0], [None, 10.0], [(2,), None], [(3,), None], [(4,), 90.0]]
    fix_up(entries, 200.0)
    assert [position for _, position in entries] == [0.0, 30.0, 30.0, 50.0, 70.0, 90.0]


# -- coloring the gradient line: §3.5.2 ------------------------------------------------------


def test_css_images_3_3_5_2_before_after_and_between_stops():
    text = "linear-gradient(red 20px, blue 60px)"
    assert colors_at(text, -10, 20, 40, 60, 500) == [
        (255, 0, 0, 255),
        (255, 0, 0, 255),
        (128, 0, 128, 255),  # half way: a 50% blend
        (0, 0, 255, 255),
        (0, 0, 255, 255),
    ]


def test_css_images_3_3_5_2_premultiplied_interpolation():
    """ "with the interpolation taking place in premultiplied RGBA space": from
    red to transparent (black) the color stays red while it fades."""
    assert colors_at("linear-gradient(red, transparent)", 50, 75) == [
        (255, 0, 0, 128),
        (255, 0, 0, 64),
    ]
    # Non-premultiplied interpolation would give a dark grey here.
    red, green, blue, alpha = colors_at("linear-gradient(90deg, red, transparent, blue)", 25)[0]
    assert (red, green, blue) == (255, 0, 0) and alpha == 128


def test_css_images_3_3_5_2_transition_hint():
    """A hint is where the 50% blend is; halfway, interpolation is linear;
    elsewhere the weight at P is P ** log_H(0.5)."""
    hinted = "linear-gradient(black, 20%, white)"
    assert colors_at(hinted, 20)[0][:3] == (128, 128, 128)
    weight = 0.6 ** (math.log(0.5) / math.log(0.2))
    assert colors_at(hinted, 60)[0][0] == int(255 * weight + 0.5)
    assert colors_at("linear-gradient(black, 50%, white)", 30) == colors_at(
        "linear-gradient(black, white)", 30
    )


def test_css_images_3_3_5_2_coincident_stops_change_abruptly():
    """Stops at one position give an infinitesimal transition: the color
    exactly there is the earlier one (as a rectangle's bottom edge covers
    the pixel centred on it), just after it the later one."""
    result = shading("linear-gradient(green 50px, red 50px)")
    assert straight(result.color_at(50)) == (0, 128, 0, 255)
    assert straight(result.color_at(50, after=True)) == (255, 0, 0, 255)
    assert straight(result.color_at(50.001)) == (255, 0, 0, 255)


# -- repeating gradients: §3.4 --------------------------------------------------------------


def test_css_images_3_3_4_repeating_linear_gradient():
    """ "repeating-linear-gradient(red 10px, blue 50px) is equivalent to
    linear-gradient(..., red -30px, blue 10px, red 10px, blue 50px, red
    50px, blue 90px, ...)"."""
    result = shading("repeating-linear-gradient(red 10px, blue 50px)")
    for t in (-30.0, 10.0, 50.0, 90.0):
        assert straight(result.color_at(t, after=True)) == (255, 0, 0, 255), t
    assert straight(result.color_at(50.0)) == (0, 0, 255, 255)
    for t in (-12.5, 15.0, 33.0, 61.0):
        assert result.color_at(t) == pytest.approx(result.color_at(t + 40.0))
        assert result.color_at(t) == pytest.approx(result.color_at(t - 120.0))


def test_css_images_3_3_4_zero_length_repeating_gradient_is_its_average_color():
    """ "repeating-linear-gradient(red 0px, white 0px, blue 0px)" renders as a
    solid image equal to rgb(75%, 50%, 75%)."""
    result = shading("repeating-linear-gradient(red 0px, white 0px, blue 0px)")
    assert straight(result.solid) == (191, 128, 191, 255)
    # "repeating-linear-gradient(red 0px, white .1px, blue .2px) would render
    # the same" on a device that cannot show stops 1/10th of a pixel apart.
    fine = shading("repeating-linear-gradient(red 0px, white .1px, blue .2px)")
    assert straight(fine.solid) == (191, 128, 191, 255)
    assert shading("repeating-linear-gradient(red 0px, white 1px, blue 2px)").solid is None


# -- radial gradients: §3.2 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "radii"),
    [
        ("radial-gradient(closest-side at 20px 30px, red, blue)", (20, 30)),
        ("radial-gradient(farthest-side at 20px 30px, red, blue)", (180, 70)),
        ("radial-gradient(closest-side circle at 20px 30px, red, blue)", (20, 20)),
        ("radial-gradient(farthest-side circle at 20px 30px, red, blue)", (180, 180)),
        (
            "radial-gradient(closest-corner circle at 20px 30px, red, blue)",
            (math.hypot(20, 30),) * 2,
        ),
        (
            "radial-gradient(farthest-corner circle at 20px 30px, red, blue)",
            (math.hypot(180, 70),) * 2,
        ),
        ("radial-gradient(20px 30px at 20px 30px, red, blue)", (20, 30)),
        ("radial-gradient(10% 50%, red, blue)", (20, 50)),
        ("radial-gradient(1em, red, blue)", (16, 16)),
    ],
)
def test_css_images_3_3_2_1_ending_shape_sizes(text, radii):
    """§3.2.1 <radial-size> on a 200px x 100px gradient box."""
    _centre, rx, ry = ending_shape(gradient(text), 200, 100)
    assert (rx, ry) == pytest.approx(radii)


def test_css_images_3_3_2_1_corner_ellipses_keep_the_side_aspect_ratio():
    """closest-corner / farthest-corner ellipses: "the ending shape is given
    the same aspect-ratio it would have if closest-side [farthest-side] were
    specified", and pass through the corner."""
    for extent, side_ratio, corner in (
        ("closest-corner", 20 / 30, (20, 30)),
        ("farthest-corner", 180 / 70, (180, 70)),
    ):
        text = f"radial-gradient({extent} at 20px 30px, red, blue)"
        (cx, cy), rx, ry = ending_shape(gradient(text), 200, 100)
        assert rx / ry == pytest.approx(side_ratio)
        assert (corner[0] / rx) ** 2 + (corner[1] / ry) ** 2 == pytest.approx(1.0)
    # The default ending shape passes through the farthest corner.
    (cx, cy), rx, ry = ending_shape(gradient("radial-gradient(red, blue)"), 200, 100)
    assert (cx, cy) == (100, 50) and rx / ry == pytest.approx(2.0)
    assert (100 / rx) ** 2 + (50 / ry) ** 2 == pytest.approx(1.0)


def test_css_images_3_3_2_2_color_of_a_point_is_its_ellipse():
    """ "the unique ellipse passing through that point with the same center,
    orientation, and ratio ... as the ending-shape": percentages are of the
    horizontal radius, the ray going right."""
    result = shading("radial-gradient(40px 20px at 50px 50px, red, blue)")
    assert result.positions == (0.0, 40.0)
    assert result.line_position(90, 50) == pytest.approx(40.0)
    assert result.line_position(50, 70) == pytest.approx(40.0)
    assert result.line_position(50, 60) == pytest.approx(20.0)


def test_css_images_3_3_2_2_stops_before_the_centre_affect_it():
    """ "radial-gradient(red -50px, yellow 100px)" is #f50 in the centre."""
    result = shading("radial-gradient(red -50px, yellow 100px)")
    red, green, blue, _alpha = straight(result.color_at(result.line_position(50, 50)))
    assert (red, green, blue) == (255, 85, 0)


def test_css_images_3_3_2_3_degenerate_radial_gradients():
    """A zero-width ending shape varies horizontally only, percentages at
    0px; a zero-height one is the last color (the average if repeating)."""
    narrow = shading("radial-gradient(0 50px at 50px 50px, red, blue 10px)")
    assert narrow.positions == (0.0, 10.0)
    assert narrow.line_position(55, 0) == pytest.approx(5.0)
    flat = shading("radial-gradient(50px 0, red, blue)")
    assert straight(flat.solid) == (0, 0, 255, 255)
    repeating = shading("repeating-radial-gradient(50px 0, red, blue 10px)")
    assert straight(repeating.solid) == (128, 0, 128, 255)
    dot = shading("radial-gradient(circle closest-side at 0 0, red, blue 10px)")
    assert dot.line_position(3, 4) == pytest.approx(5.0)  # still a circle


# -- painting: backgrounds and backends ------------------------------------------------------


def test_css_images_3_3_gradient_pixels_match_rectangles():
    """Each pixel takes the color at its centre, and hard stops cover the
    same pixels as rectangles with those edges, at any fractional position
    (this is what the css-flexbox-1 reftests compare)."""
    text = "linear-gradient(green 0 25px, red 25px 75px, green 75px)"
    for x, y in ((0, 0), (0.5, 0.5), (1.3, 0.7), (0.25, 2.75)):
        result = shading(text, 20, 100)
        ops = DisplayList([DrawGradient(x, y, 20, 100, result)])
        rects = DisplayList(
            [
                FillRect(x, y, 20, 25, (0, 128, 0, 1.0)),
                FillRect(x, y + 25, 20, 50, (255, 0, 0, 1.0)),
                FillRect(x, y + 75, 20, 25, (0, 128, 0, 1.0)),
            ]
        )
        assert to_image(ops, 24, 110).tobytes() == to_image(rects, 24, 110).tobytes(), (x, y)


def test_css_images_3_3_pixel_centres_on_a_diagonal():
    ops = DisplayList(
        [
            DrawGradient(
                0, 0, 4, 4, shading("linear-gradient(to right bottom, red 50%, blue 50%)", 4, 4)
            )
        ]
    )
    image = to_image(ops, 4, 4)
    assert [image.getpixel((i, 3 - i)) for i in range(4)] == [RED] * 4  # on the 50% line
    assert image.getpixel((3, 3)) == BLUE
    assert image.getpixel((0, 0)) == RED


def test_background_gradient_fills_the_positioning_area_and_repeats():
    """css-images-3 §3: the gradient box is the concrete object size, here
    the padding box; with background-repeat it tiles into the border box."""
    box = block(
        0, 0, 20, 20,
        background_image="linear-gradient(red 50%, blue 50%)",
        border="5px solid transparent",
    )  # fmt: skip
    _ops, image = paint(block(0, 0, 40, 40, [box]), 40, 40)
    assert image.getpixel((10, 5)) == RED  # the padding box's top half
    assert image.getpixel((10, 14)) == RED
    assert image.getpixel((10, 15)) == BLUE
    assert image.getpixel((10, 24)) == BLUE
    assert image.getpixel((10, 26)) == RED  # the next tile, in the bottom border
    assert image.getpixel((10, 2)) == BLUE  # the tile above, in the top border


@pytest.mark.parametrize(
    ("size", "tile"),
    [
        ("auto", (20, 20)),
        ("cover", (20, 20)),  # no natural ratio: the constraint rectangle
        ("contain", (20, 20)),
        ("10px", (10, 20)),  # the missing dimension from the positioning area
        ("auto 5px", (20, 5)),
        ("50% 25%", (10, 5)),
    ],
)
def test_css_backgrounds_3_3_9_gradient_tile_size(size, tile):
    box = block(
        0, 0, 20, 20,
        background_image="linear-gradient(red, blue)",
        background_size=size,
        background_repeat="no-repeat",
    )  # fmt: skip
    ops, _ = paint(block(0, 0, 40, 40, [box]), 40, 40)
    drawn = [op for op in ops if isinstance(op, DrawGradient)]
    assert [(op.width, op.height) for op in drawn] == [tile]


def test_background_gradient_tiles_with_size_and_position():
    box = block(
        0, 0, 20, 20,
        background_image="linear-gradient(to right, yellow 50%, green 50%)",
        background_size="4px 4px",
        background_position="1px 0",
    )  # fmt: skip
    ops, image = paint(block(0, 0, 40, 40, [box]), 40, 40)
    assert len([op for op in ops if isinstance(op, DrawGradient)]) == 6 * 5
    assert [image.getpixel((x, 7)) for x in range(7)] == [
        GREEN, YELLOW, YELLOW, GREEN, GREEN, YELLOW, YELLOW,
    ]  # fmt: skip


def test_gradient_layers_paint_over_the_color_first_layer_on_top():
    box = block(
        0, 0, 20, 20,
        background="linear-gradient(transparent 50%, blue 50%), "
        "linear-gradient(to right, red 50%, transparent 50%) yellow",
    )  # fmt: skip
    _, image = paint(block(0, 0, 40, 40, [box]), 40, 40)
    assert image.getpixel((2, 2)) == RED
    assert image.getpixel((15, 2)) == YELLOW
    assert image.getpixel((2, 15)) == BLUE
    assert image.getpixel((30, 30)) == WHITE


def test_currentcolor_stops_use_the_element_color():
    box = block(
        0, 0, 10, 10, color="blue", background_image="linear-gradient(currentcolor, currentcolor)"
    )
    _, image = paint(block(0, 0, 20, 20, [box]), 20, 20)
    assert image.getpixel((5, 5)) == BLUE


def test_css_flexbox_reftest_background_renders_the_stripes():
    """The background of the css-flexbox-1 align-content tests."""
    document = Document.from_string(
        "<style>body { margin: 0 } div { width: 300px; height: 100px; background: "
        "linear-gradient(to bottom, green 0, green 25px, red 25px, red 75px, green 75px, "
        "green 100px) }</style><div></div>"
    )
    image = render_document(document, 300, 120)
    assert [image.getpixel((150, y)) for y in (0, 24, 25, 74, 75, 99, 100)] == [
        GREEN, GREEN, RED, RED, GREEN, GREEN, WHITE,
    ]  # fmt: skip


def test_svg_backend_writes_linear_and_radial_gradients():
    ops = DisplayList(
        [
            DrawGradient(
                10,
                20,
                100,
                50,
                shading("repeating-linear-gradient(to right, red 10px, blue 30px)", 100, 50),
            ),
            DrawGradient(
                0,
                0,
                100,
                50,
                shading("radial-gradient(40px 20px at 50px 25px, red, blue 50%)", 100, 50),
            ),
            DrawGradient(0, 0, 10, 10, shading("linear-gradient(green 10%, green)", 10, 10)),
        ]
    )
    svg = to_svg(ops, 120, 80)
    assert (
        '<linearGradient id="gradient1" gradientUnits="userSpaceOnUse" x1="20" y1="45" '
        'x2="40" y2="45" spreadMethod="repeat">' in svg
    )
    assert '<stop offset="0" stop-color="rgb(255,0,0)"/>' in svg
    assert '<stop offset="1" stop-color="rgb(0,0,255)"/>' in svg
    assert '<rect x="10" y="20" width="100" height="50" fill="url(#gradient1)"/>' in svg
    assert (
        '<radialGradient id="gradient2" gradientUnits="userSpaceOnUse" cx="0" cy="0" r="20" '
        'gradientTransform="matrix(1 0 0 0.5 50 25)" spreadMethod="pad">' in svg
    )
    assert '<rect x="0" y="0" width="10" height="10" fill="rgb(0,128,0)"/>' in svg
    assert to_svg(ops, 120, 80) == svg


def _svg_stops(text: str) -> list[str]:
    drawn = DrawGradient(0, 0, 100, 100, shading(text, 100, 100))
    svg = to_svg(DisplayList([drawn]), 100, 100)
    return [line.strip() for line in svg.splitlines() if "<stop" in line]


def test_svg_backend_sharp_edges_and_sampled_hints():
    assert _svg_stops("linear-gradient(red, red 40%, blue 40%, blue)") == [
        '<stop offset="0" stop-color="rgb(255,0,0)"/>',
        '<stop offset="0.4" stop-color="rgb(255,0,0)"/>',
        '<stop offset="0.4" stop-color="rgb(0,0,255)"/>',
        '<stop offset="1" stop-color="rgb(0,0,255)"/>',
    ]
    # Every stop at one position: a sharp edge between the two colors.
    assert _svg_stops("linear-gradient(red 30px, blue 30px)") == [
        '<stop offset="0" stop-color="rgb(255,0,0)"/>',
        '<stop offset="0.5" stop-color="rgb(255,0,0)"/>',
        '<stop offset="0.5" stop-color="rgb(0,0,255)"/>',
        '<stop offset="1" stop-color="rgb(0,0,255)"/>',
    ]
    # A hint makes the transition non-linear: it is sampled, and its
    # halfway color is at the hint.
    hinted = _svg_stops("linear-gradient(black, 20%, white)")
    assert len(hinted) > 16
    assert '<stop offset="0.2" stop-color="rgb(128,128,128)"/>' in hinted
