"""Gradient values: parsing, serialization and computed values of
``linear-gradient()``, ``radial-gradient()`` and their repeating forms
(css-images-3 §3), each expectation from the specification text or example
named in the test's docstring."""

import pytest

from colosseum.html import Document
from colosseum.style import CSS, compute_style
from colosseum.style.gradients import ColorHint, ColorStop, LinearGradient, RadialGradient
from colosseum.style.values import Angle, Color, Length, Percentage, SpaceList

RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)


def image(text: str):
    return CSS(background_image=text).background_image


def printed(text: str) -> str:
    return str(image(text))


def rejected(text: str) -> bool:
    try:
        image(text)
    except ValueError:
        return True
    return False


# -- linear-gradient(): §3.1.1 -------------------------------------------------------------


def test_css_images_3_3_1_1_default_direction_is_to_bottom():
    """§3.1.1: the first argument "may be omitted; if so, it defaults to
    ''to bottom''"; the default is left out when printing."""
    value = image("linear-gradient(red, blue)")
    assert value == LinearGradient("to bottom", (ColorStop(RED), ColorStop(BLUE)))
    assert image("linear-gradient(to bottom, red, blue)") == value
    assert str(value) == "linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))"
    assert hash(value) == hash(image("linear-gradient(red, blue)"))


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("45deg", Angle(45.0)),
        ("100grad", Angle(100.0, "grad")),
        ("1.5rad", Angle(1.5, "rad")),
        ("0.25turn", Angle(0.25, "turn")),
        ("-90deg", Angle(-90.0)),
        ("0", Angle(0.0)),  # "The unit identifier may be omitted if the <angle> is zero"
        ("to top", "to top"),
        ("to right", "to right"),
        ("to top right", "to right top"),  # grammar order: [left | right] || [top | bottom]
        ("TO Bottom LEFT", "to left bottom"),
    ],
)
def test_css_images_3_3_1_1_directions(text, direction):
    assert image(f"linear-gradient({text}, red, blue)").direction == direction


def test_css_images_3_3_1_1_calc_angle():
    value = image("linear-gradient(calc(1turn - 90deg), red, blue)")
    assert str(value).startswith("linear-gradient(calc(")
    assert image(str(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        "linear-gradient()",
        "linear-gradient(red blue)",
        "linear-gradient(45deg)",  # a color stop list has at least one stop
        "linear-gradient(1, red, blue)",  # only a zero may omit the unit
        "linear-gradient(45px, red, blue)",
        "linear-gradient(to, red, blue)",
        "linear-gradient(to left right, red, blue)",
        "linear-gradient(to top bottom, red, blue)",
        "linear-gradient(to center, red, blue)",
        "linear-gradient(45deg red, blue)",
        "linear-gradient(red, blue,)",
        "linear-gradient(, red, blue)",
        "linear-gradient(10%, red, blue)",  # a hint is only between two stops
        "linear-gradient(red, blue, 10%)",
        "linear-gradient(red, 10%, 20%, blue)",  # no two hints in a row
        "linear-gradient(red 1px 2px 3px, blue)",  # at most two positions
        "linear-gradient(10% red, blue)",  # the color comes first
        "linear-gradient(red 10deg, blue)",
        "linear-gradient(bogus, blue)",
        "linear-gradient(to bottom, red, blue), ",
        "conic-gradient(red, blue)",
    ],
)
def test_css_images_3_3_1_1_invalid_linear_gradients(text):
    assert rejected(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("linear-gradient(yellow, blue)", "linear-gradient(rgb(255, 255, 0), rgb(0, 0, 255))"),
        (
            "linear-gradient(180deg, yellow, blue)",
            "linear-gradient(180deg, rgb(255, 255, 0), rgb(0, 0, 255))",
        ),
        (
            "linear-gradient(to top right, red, white, blue)",
            "linear-gradient(to right top, rgb(255, 0, 0), rgb(255, 255, 255), rgb(0, 0, 255))",
        ),
        (
            "linear-gradient(yellow, blue 20%, #0f0)",
            "linear-gradient(rgb(255, 255, 0), rgb(0, 0, 255) 20%, rgb(0, 255, 0))",
        ),
        (
            "repeating-linear-gradient(red 10px, blue 50px)",
            "repeating-linear-gradient(rgb(255, 0, 0) 10px, rgb(0, 0, 255) 50px)",
        ),
        (
            "linear-gradient(red 0 25%, 40%, blue calc(50% + 1em))",
            "linear-gradient(rgb(255, 0, 0) 0px 25%, 40%, rgb(0, 0, 255) calc(50% + 1em))",
        ),
        (
            "LINEAR-GRADIENT(currentColor, transparent)",
            "linear-gradient(currentcolor, rgba(0, 0, 0, 0))",
        ),
    ],
)
def test_css_images_3_3_1_examples_print_back(text, expected):
    """The examples of §3.1.2 and §3.4; the printed text parses back to
    the same value."""
    assert printed(text) == expected
    assert image(expected) == image(text)


def test_css_images_3_3_5_1_color_stops_and_hints():
    """§3.5.1 ``<linear-color-stop> , [ <linear-color-hint>? , <linear-color-stop> ]#?``,
    with css-images-4's two positions a stop."""
    value = image("linear-gradient(red 10px 20%, 30%, blue)")
    assert value.stops == (
        ColorStop(RED, (Length(10.0), Percentage(20.0))),
        ColorHint(Percentage(30.0)),
        ColorStop(BLUE),
    )
    assert image("linear-gradient(red)").stops == (ColorStop(RED),)


# -- radial-gradient(): §3.2.1 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shape", "size", "position"),
    [
        ("red, blue", "ellipse", "farthest-corner", "50% 50%"),
        ("circle, red, blue", "circle", "farthest-corner", "50% 50%"),
        ("10px, red, blue", "circle", "10px", "50% 50%"),  # one length: a circle
        ("10px 20%, red, blue", "ellipse", "10px 20%", "50% 50%"),
        ("5em circle at top left, red, blue", "circle", "5em", "0% 0%"),
        ("closest-side at 20px 30px, red, blue", "ellipse", "closest-side", "20px 30px"),
        ("ellipse farthest-side, red, blue", "ellipse", "farthest-side", "50% 50%"),
        ("at right 10px bottom, red, blue", "ellipse", "farthest-corner", "calc(100% - 10px) 100%"),
        ("closest-corner circle, red, blue", "circle", "closest-corner", "50% 50%"),
    ],
)
def test_css_images_3_3_2_1_radial_gradient_syntax(text, shape, size, position):
    """§3.2.1: "If <radial-shape> is omitted, the ending shape defaults to
    a circle if the <radial-size> is a single <length>, and to an ellipse
    otherwise"; the size defaults to farthest-corner, the centre to center."""
    value = image(f"radial-gradient({text})")
    assert isinstance(value, RadialGradient)
    assert (value.shape, str(value.size), str(value.position)) == (shape, size, position)
    assert image(str(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        "radial-gradient(, red, blue)",
        "radial-gradient(circle 10px 20px, red, blue)",  # a circle has one radius
        "radial-gradient(circle 10%, red, blue)",  # "Percentages are not allowed here"
        "radial-gradient(ellipse 10px, red, blue)",
        "radial-gradient(10%, red, blue)",
        "radial-gradient(-10px, red, blue)",  # "Negative values are invalid"
        "radial-gradient(10px -20px, red, blue)",
        "radial-gradient(circle ellipse, red, blue)",
        "radial-gradient(at, red, blue)",
        "radial-gradient(circle at, red, blue)",
        "radial-gradient(at center circle, red, blue)",
        "radial-gradient(to top, red, blue)",
        "radial-gradient(45deg, red, blue)",
        "repeating-radial-gradient()",
    ],
)
def test_css_images_3_3_2_1_invalid_radial_gradients(text):
    assert rejected(text), text


def test_css_images_3_3_2_1_radial_defaults_are_left_out_when_printing():
    assert printed("radial-gradient(ellipse farthest-corner at center, red, blue)") == (
        "radial-gradient(rgb(255, 0, 0), rgb(0, 0, 255))"
    )
    assert printed("radial-gradient(circle 10px at 50% 50%, red, blue)") == (
        "radial-gradient(10px, rgb(255, 0, 0), rgb(0, 0, 255))"
    )
    assert printed("repeating-radial-gradient(circle at 1px 2px, red, blue)") == (
        "repeating-radial-gradient(circle at 1px 2px, rgb(255, 0, 0), rgb(0, 0, 255))"
    )


# -- computed values, the cascade, the Python API ----------------------------------------


def test_css_images_3_2_computed_gradient_has_absolute_lengths():
    """§2: "A computed <image> value is the specified value with any
    <url>s, <color>s, and <length>s computed"; percentages stay."""
    declared = CSS.from_string(
        "font-size: 10px; background-image: linear-gradient(red 1em, 50%, blue calc(2em + 10%)),"
        " radial-gradient(2em 50% at 1em 3em, red, blue 1in)"
    )
    linear, radial = compute_style(declared)["background-image"]
    assert (
        str(linear) == "linear-gradient(rgb(255, 0, 0) 10px, 50%, rgb(0, 0, 255) calc(10% + 20px))"
    )
    assert radial.size == SpaceList((Length(20.0), Percentage(50.0)))
    assert radial.position == SpaceList((Length(10.0), Length(30.0)))
    assert radial.stops[-1].positions == (Length(96.0),)


def test_background_shorthand_takes_gradients():
    """css-backgrounds-3 §3.10: <bg-image> is <image>, so a gradient is a layer."""
    declared = CSS.from_string(
        "background: linear-gradient(to bottom, green 0, green 25px, red 25px) no-repeat, yellow"
    )
    assert str(declared["background-image"]) == (
        "linear-gradient(rgb(0, 128, 0) 0px, rgb(0, 128, 0) 25px, rgb(255, 0, 0) 25px), none"
    )
    assert str(declared["background-color"]) == "rgb(255, 255, 0)"
    assert str(declared["background"]).startswith("linear-gradient(")


def test_python_api_names_property_value_and_grammar():
    with pytest.raises(ValueError, match=r"background-image.*<bg-image>") as raised:
        CSS(background_image="linear-gradient(red blue)")
    assert "linear-gradient(red blue)" in str(raised.value)


def test_stylesheet_drops_an_invalid_gradient_declaration_with_a_warning():
    document = Document.from_string(
        "<style>p { background-image: url(a.png); background-image: linear-gradient(1, red) }"
        "</style><p>x"
    )
    assert str(document.select("p")[0].computed["background-image"]) == 'url("a.png")'
    assert any("linear-gradient" in warning.message for warning in document.warnings)
