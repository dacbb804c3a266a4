"""Border painting: every style, per-side colors, diagonal corners."""

import pytest
from test_paint_helpers import BLUE, LIME, RED, WHITE, YELLOW, block, paint

from colosseum.paint import FillPath, FillRect
from colosseum.paint.borders import darker, dash_positions

pytest.importorskip("PIL")


def bordered(**properties):
    """A 20x20 content box with its border box at (10, 10)."""
    box = block(10, 10, 20, 20, **properties)
    return block(0, 0, 100, 100, [box])


def test_solid_one_color_border_is_four_rectangles():
    ops, image = paint(bordered(border="5px solid blue"))
    rects = [op for op in ops if isinstance(op, FillRect)]
    assert len(rects) == 4 and not any(isinstance(op, FillPath) for op in ops)
    assert {(op.x, op.y, op.width, op.height) for op in rects} == {
        (10, 10, 30, 5),
        (10, 35, 30, 5),
        (10, 15, 5, 20),
        (35, 15, 5, 20),
    }
    assert image.getpixel((10, 10)) == BLUE
    assert image.getpixel((39, 39)) == BLUE
    assert image.getpixel((15, 15)) == WHITE
    assert image.getpixel((40, 40)) == WHITE


def test_corners_split_on_the_diagonal_between_colors():
    _ops, image = paint(
        bordered(border="10px solid", border_top_color="red", border_left_color="lime",
                 border_right_color="lime", border_bottom_color="lime")
    )  # fmt: skip
    # The top left corner (10..20, 10..20): red above the diagonal, lime below.
    assert image.getpixel((18, 11)) == RED
    assert image.getpixel((11, 18)) == LIME
    assert image.getpixel((45, 11)) == RED  # top right corner
    assert image.getpixel((48, 18)) == LIME
    assert image.getpixel((30, 45)) == LIME
    # Every pixel of the corner belongs to exactly one side: no gap, no white.
    corner = {image.getpixel((x, y)) for x in range(10, 20) for y in range(10, 20)}
    assert corner == {RED, LIME}


def test_sides_with_zero_width_or_none_style_are_not_painted():
    ops, image = paint(bordered(border_top="4px solid red", border_left="4px none blue"))
    assert image.getpixel((20, 11)) == RED
    assert image.getpixel((11, 20)) == WHITE
    assert len(ops) == 1


@pytest.mark.parametrize("style", ["dashed", "dotted"])
def test_dashed_and_dotted_leave_gaps(style):
    _, image = paint(bordered(border=f"2px {style} blue"), 100, 100)
    top = [image.getpixel((x, 10)) for x in range(10, 34)]
    assert top[0] == BLUE and top[-1] == BLUE  # starts and ends with a dash
    assert WHITE in top and BLUE in top
    left = [image.getpixel((10, y)) for y in range(12, 32)]
    assert WHITE in left and BLUE in left


def test_dash_positions():
    assert dash_positions(30, 6, 6) == [(0.0, 6), (12.0, 6), (24.0, 6)]
    assert dash_positions(5, 6, 6) == [(0.0, 5)]
    positions = dash_positions(40, 3, 3)
    assert positions[0] == (0.0, 3) and positions[-1][0] + 3 == pytest.approx(40)


def test_double_border_has_a_gap():
    _, image = paint(bordered(border="6px double blue"))
    column = [image.getpixel((25, y)) for y in range(10, 16)]
    assert column == [BLUE, BLUE, WHITE, WHITE, BLUE, BLUE]


def test_thin_double_border_is_solid():
    _, image = paint(bordered(border="2px double blue"))
    assert [image.getpixel((25, y)) for y in (10, 11)] == [BLUE, BLUE]


def test_inset_and_outset_darken_opposite_sides():
    dark = darker((0, 0, 255, 1.0))[:3]
    _, image = paint(bordered(border="4px inset blue"))
    assert image.getpixel((25, 11)) == dark  # top
    assert image.getpixel((11, 25)) == dark  # left
    assert image.getpixel((25, 37)) == BLUE  # bottom
    _, image = paint(bordered(border="4px outset blue"))
    assert image.getpixel((25, 11)) == BLUE
    assert image.getpixel((37, 25)) == dark  # right


def test_groove_and_ridge_have_two_halves():
    dark = darker((255, 255, 0, 1.0))[:3]
    _, image = paint(bordered(border="4px groove yellow"))
    assert [image.getpixel((25, y)) for y in range(10, 14)] == [dark, dark, YELLOW, YELLOW]
    # the bottom side: the inner half (next to the padding) dark, the outer one light
    assert [image.getpixel((25, y)) for y in range(34, 38)] == [dark, dark, YELLOW, YELLOW]
    _, image = paint(bordered(border="4px ridge yellow"))
    assert [image.getpixel((25, y)) for y in range(10, 14)] == [YELLOW, YELLOW, dark, dark]


def test_darker():
    assert darker((0, 0, 0, 1.0)) == (84, 84, 84, 1.0)
    red, green, blue, alpha = darker((255, 255, 255, 0.5))
    assert red == green == blue < 255 and alpha == 0.5


def test_border_color_defaults_to_current_color():
    _, image = paint(bordered(border="3px solid", color="lime"))
    assert image.getpixel((11, 11)) == LIME


def test_translucent_border_blends():
    _, image = paint(bordered(border="4px solid rgba(0, 0, 255, 0.5)"))
    red, green, blue = image.getpixel((25, 11))
    assert red == green and 120 < red < 135 and blue == 255


def test_wide_dotted_borders_have_round_dots():
    ops, image = paint(bordered(border="8px dotted blue"))
    assert any(isinstance(op, FillPath) for op in ops)
    # the first dot of the top side: a circle of diameter 8 at 10..18 x 10..18
    assert image.getpixel((14, 14)) == BLUE
    assert image.getpixel((10, 14)) == BLUE  # the middle of its left edge
    assert image.getpixel((10, 10)) == WHITE  # its corner is outside the circle
    ops, _ = paint(bordered(border="2px dotted blue"))
    assert not any(isinstance(op, FillPath) for op in ops)  # thin dots are squares
