"""Colors: every syntax of css-color-4, and what is not a color.

Expected channel values are worked out from the specification: hex digits
(§5.2), rgb() percentages scaled to 255 and clamping (§5.1), the HSL to RGB
conversion (§7.1, checked against the standard library's ``colorsys`` for
generated values), the named color table (§6.1).
"""

import colorsys
import math

import pytest
from grammar_strategies import color_text
from hypothesis import given, settings
from hypothesis import strategies as st

from colosseum.style.colors import NAMED_COLORS, TRANSPARENT, parse_color
from colosseum.style.parser import parse_text, tokenize
from colosseum.style.values import Color


def color(text):
    tokens = tokenize(text)
    assert len(tokens) == 1, text
    return parse_color(tokens[0])


def assert_color(text, red, green, blue, alpha=1.0):
    value = color(text)
    assert isinstance(value, Color), text
    for got, wanted in zip(
        (value.red, value.green, value.blue, value.alpha), (red, green, blue, alpha), strict=True
    ):
        assert math.isclose(got, wanted, rel_tol=1e-9, abs_tol=1e-9), (text, value)


# -- hex colors (§5.2) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#f00", (255, 0, 0, 1)),
        ("#F00", (255, 0, 0, 1)),
        ("#abc", (0xAA, 0xBB, 0xCC, 1)),
        ("#f008", (255, 0, 0, 0x88 / 255)),
        ("#ff0000", (255, 0, 0, 1)),
        ("#FfA07a", (0xFF, 0xA0, 0x7A, 1)),
        ("#ff000080", (255, 0, 0, 0x80 / 255)),
        ("#00000000", (0, 0, 0, 0)),
        ("#123", (0x11, 0x22, 0x33, 1)),
    ],
)
def test_hex_colors(text, expected):
    assert_color(text, *expected)


@pytest.mark.parametrize("text", ["#", "#f", "#ff", "#fffff", "#fffffff", "#fffffffff", "#ggg",
                                  "#12345g", "#-12"])  # fmt: skip
def test_hex_colors_need_3_4_6_or_8_hex_digits(text):
    assert color(text) is None


# -- rgb() and rgba() (§5.1) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rgb(255, 0, 0)", (255, 0, 0, 1)),
        ("rgb(255,128,0)", (255, 128, 0, 1)),
        ("rgba(255, 0, 0, 0.5)", (255, 0, 0, 0.5)),
        ("rgb(255, 0, 0, 0.5)", (255, 0, 0, 0.5)),  # rgb() and rgba() share a grammar
        ("rgba(255, 0, 0)", (255, 0, 0, 1)),
        ("rgb(100%, 0%, 50%)", (255, 0, 127.5, 1)),
        ("rgb(100%, 0%, 0%, 50%)", (255, 0, 0, 0.5)),
        ("rgb(127.5, 0.5, 1e2)", (127.5, 0.5, 100, 1)),
        # Modern syntax: spaces, "/ alpha", numbers and percentages may mix.
        ("rgb(255 0 0)", (255, 0, 0, 1)),
        ("rgb(255 0 0 / 0.25)", (255, 0, 0, 0.25)),
        ("rgb(255 0 0/25%)", (255, 0, 0, 0.25)),
        ("rgba(0 0 0 / 0)", (0, 0, 0, 0)),
        ("rgb(100% 0 50%)", (255, 0, 127.5, 1)),
        ("RGB( 1 2 3 )", (1, 2, 3, 1)),
        ("rgb(/**/1 2 3/**/)", (1, 2, 3, 1)),
        # Out-of-range values are clamped, not invalid.
        ("rgb(300, -20, 256)", (255, 0, 255, 1)),
        ("rgb(200%, -5%, 0%)", (255, 0, 0, 1)),
        ("rgb(0 0 0 / 2)", (0, 0, 0, 1)),
        ("rgb(0 0 0 / -1)", (0, 0, 0, 0)),
        ("rgb(0 0 0 / 150%)", (0, 0, 0, 1)),
    ],
)
def test_rgb(text, expected):
    assert_color(text, *expected)


@pytest.mark.parametrize(
    "text",
    [
        "rgb(1 2)",
        "rgb(1, 2)",
        "rgb()",
        "rgb(100%, 0, 0)",  # legacy syntax: all numbers or all percentages
        "rgb(255, 50%, 0)",
        "rgb(1, 2 3)",
        "rgb(1 2 3 0.5)",
        "rgb(1, 2, 3 / 0.5)",
        "rgb(1 2 3 /)",
        "rgb(1 2 3 / 0.5 / 1)",
        "rgb(1,,2,3)",
        "rgb(,1,2,3)",
        "rgb(1,2,3,)",
        "rgb(1, 2, 3, 4, 5)",
        "rgb(1deg, 2, 3)",
        "rgb(1px 2 3)",
        "rgb(red 0 0)",
        "rgb(1 2 3 / red)",
        'rgb("1" 2 3)',
        "rgb(1 2 3 4)",
        "rgbx(1 2 3)",
        "rgb[1 2 3]",
    ],
)
def test_invalid_rgb(text):
    tokens = tokenize(text)
    assert len(tokens) != 1 or parse_color(tokens[0]) is None
    with pytest.raises(ValueError, match="for color"):
        parse_text("color", text)


# -- hsl() and hsla() (§7) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hsl(0, 100%, 50%)", (255, 0, 0)),
        ("hsl(120, 100%, 50%)", (0, 255, 0)),
        ("hsl(240, 100%, 50%)", (0, 0, 255)),
        ("hsl(120 100% 25%)", (0, 127.5, 0)),
        ("hsl(0, 0%, 50%)", (127.5, 127.5, 127.5)),
        ("hsl(0, 100%, 100%)", (255, 255, 255)),
        ("hsl(0, 100%, 0%)", (0, 0, 0)),
        # Hue units (css-values-4 §7.1) and wrapping: hue is an angle mod 360deg.
        ("hsl(120deg, 100%, 50%)", (0, 255, 0)),
        ("hsl(0.5turn 100% 50%)", (0, 255, 255)),
        ("hsl(200grad 100% 50%)", (0, 255, 255)),
        (f"hsl({math.pi}rad 100% 50%)", (0, 255, 255)),
        ("hsl(-120, 100%, 50%)", (0, 0, 255)),
        ("hsl(480, 100%, 50%)", (0, 255, 0)),
        ("hsl(-1turn 100% 50%)", (255, 0, 0)),
        # Saturation and lightness are clamped to 0%..100%.
        ("hsl(0, 150%, 50%)", (255, 0, 0)),
        ("hsl(0, 100%, 150%)", (255, 255, 255)),
        ("hsl(0, -10%, 50%)", (127.5, 127.5, 127.5)),
        # Modern syntax: numbers for saturation and lightness.
        ("hsl(120 100 50)", (0, 255, 0)),
        ("HSL(120 100% 50)", (0, 255, 0)),
    ],
)
def test_hsl(text, expected):
    assert_color(text, *expected)


@pytest.mark.parametrize(
    ("text", "alpha"),
    [("hsla(120, 100%, 50%, 0.5)", 0.5), ("hsl(120 100% 50% / 25%)", 0.25),
     ("hsla(120 100% 50%)", 1.0), ("hsl(120, 100%, 50%, 0)", 0.0)],
)  # fmt: skip
def test_hsl_alpha(text, alpha):
    assert_color(text, 0, 255, 0, alpha)


@pytest.mark.parametrize(
    "text",
    [
        "hsl(120, 100, 50)",  # legacy syntax: percentages
        "hsl(120, 100%)",
        "hsl(120 100% 50% 1)",
        "hsl(120, 100% 50%)",
        "hsl(1px 50% 50%)",
        "hsl(120%, 50%, 50%)",
        "hsl(120 50% 50% /)",
        "hsl(red 50% 50%)",
        "hsl()",
    ],
)
def test_invalid_hsl(text):
    assert color(text) is None


@settings(max_examples=200, deadline=None)
@given(
    hue=st.floats(-720, 720),
    saturation=st.floats(0, 100),
    lightness=st.floats(0, 100),
    unit=st.sampled_from(["", "deg", "turn", "grad", "rad"]),
)
def test_hsl_matches_the_standard_conversion(hue, saturation, lightness, unit):
    """§7.1: HSL to sRGB, against the standard library's HLS conversion."""
    per_degree = {"": 1, "deg": 1, "turn": 1 / 360, "grad": 400 / 360, "rad": math.pi / 180}
    written = hue * per_degree[unit]
    value = color(f"hsl({written!r}{unit} {saturation!r}% {lightness!r}%)")
    red, green, blue = colorsys.hls_to_rgb((hue % 360) / 360, lightness / 100, saturation / 100)
    for got, wanted in zip((value.red, value.green, value.blue), (red, green, blue), strict=True):
        assert math.isclose(got, wanted * 255, abs_tol=1e-6)


# -- named colors and keywords (§6) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "hex_value"),
    [
        ("black", "#000000"),
        ("white", "#ffffff"),
        ("red", "#ff0000"),
        ("lime", "#00ff00"),
        ("green", "#008000"),
        ("blue", "#0000ff"),
        ("navy", "#000080"),
        ("orange", "#ffa500"),
        ("rebeccapurple", "#663399"),
        ("gray", "#808080"),
        ("grey", "#808080"),
        ("darkslategray", "#2f4f4f"),
        ("darkslategrey", "#2f4f4f"),
        ("lightgoldenrodyellow", "#fafad2"),
        ("cornflowerblue", "#6495ed"),
        ("aqua", "#00ffff"),
        ("cyan", "#00ffff"),
        ("fuchsia", "#ff00ff"),
        ("magenta", "#ff00ff"),
        ("silver", "#c0c0c0"),
    ],
)
def test_named_colors(name, hex_value):
    assert color(name) == color(hex_value)
    assert color(name.upper()) == color(hex_value)  # ASCII case-insensitive
    assert color(name.title()) == color(hex_value)


def test_the_named_color_table():
    """§6.1 lists 148 named colors (transparent and currentcolor apart)."""
    assert len(NAMED_COLORS) == 148
    assert all(name == name.lower() for name in NAMED_COLORS)
    assert "transparent" not in NAMED_COLORS
    for hex_value in NAMED_COLORS.values():
        assert isinstance(color(hex_value), Color)
    for gray in ("gray", "darkgray", "dimgray", "lightgray", "slategray", "lightslategray",
                 "darkslategray"):  # fmt: skip
        assert NAMED_COLORS[gray] == NAMED_COLORS[gray.replace("gray", "grey")]


def test_transparent_and_currentcolor():
    """§6.3: transparent is rgba(0, 0, 0, 0); §6.4: currentcolor stays a keyword."""
    assert color("transparent") == TRANSPARENT == Color(0, 0, 0, 0)
    assert color("TRANSPARENT") == TRANSPARENT
    assert color("currentcolor") == "currentcolor"
    assert color("currentColor") == "currentcolor"
    assert str(TRANSPARENT) == "rgba(0, 0, 0, 0)"


@pytest.mark.parametrize("text", ["none", "bogus", "inherit", "redd", "1", "10px", '"red"',
                                  "url(red)", "grey50", "rebecca-purple"])  # fmt: skip
def test_other_values_are_not_colors(text):
    assert color(text) is None


# -- serialization (CSSOM) --------------------------------------------------------------------


def test_colors_serialize_as_rgb_or_rgba():
    assert str(color("#f00")) == "rgb(255, 0, 0)"
    assert str(color("rgba(0, 0, 255, 0.5)")) == "rgba(0, 0, 255, 0.5)"
    assert str(color("hsl(120 100% 25%)")) == "rgb(0, 127.5, 0)"


@settings(max_examples=200, deadline=None)
@given(text=color_text())
def test_every_syntax_parses_and_serializes_back_equal(text):
    value = color(text)
    assert value is not None, text
    if isinstance(value, Color):
        assert 0 <= value.alpha <= 1
        assert all(0 <= channel <= 255 for channel in (value.red, value.green, value.blue))
    assert color(str(value)) == value
    assert parse_text("color", text) == {"color": value}


# -- css-color-4 features not supported yet ---------------------------------------------------


@pytest.mark.xfail(reason="css-color-4 §4.4 'none' components are not supported")
def test_none_components():
    assert_color("rgb(none 0 0)", 0, 0, 0)


@pytest.mark.xfail(reason="math functions in color components are not supported")
def test_math_functions_in_components():
    assert_color("rgb(calc(255) 0 0)", 255, 0, 0)
