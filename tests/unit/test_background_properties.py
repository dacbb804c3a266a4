"""The background longhands and the ``background`` shorthand: CSS 2.1
§14.2.1 and css-backgrounds-3 §3, each expectation from the specification
text or example named in the test's docstring."""

import base64
import io

import pytest

from colosseum.html import Document
from colosseum.paint import render_document
from colosseum.style import CSS, PROPERTIES, compute_style
from colosseum.style.values import CommaList, Url

LAYERED = (
    "background-image",
    "background-position",
    "background-size",
    "background-repeat",
    "background-attachment",
    "background-origin",
    "background-clip",
)


def expand(text: str) -> dict:
    """The declared longhands of ``text``, each printed as CSS."""
    return {name: str(value) for name, value in CSS.from_string(text).items()}


def rejected(text: str) -> bool:
    try:
        CSS.from_string(text)
    except ValueError:
        return True
    return False


def position(text: str) -> str:
    return expand(f"background-position: {text}")["background-position"]


# -- longhands --------------------------------------------------------------------------


def test_initial_values_css_backgrounds_3():
    """css-backgrounds-3 §3.2 to §3.9 property tables."""
    initial = {name: str(PROPERTIES[name].initial) for name in ("background-color", *LAYERED)}
    assert initial == {
        "background-color": "rgba(0, 0, 0, 0)",  # transparent
        "background-image": "none",
        "background-position": "0% 0%",
        "background-size": "auto",
        "background-repeat": "repeat",
        "background-attachment": "scroll",
        "background-origin": "padding-box",
        "background-clip": "border-box",
    }
    assert not any(PROPERTIES[name].inherited for name in LAYERED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CSS 2.1 §14.2.1 background-position examples.
        ("right top", "100% 0%"),
        ("top center", "50% 0%"),
        ("center", "50% 50%"),
        ("bottom", "50% 100%"),
        ("100% 100%", "100% 100%"),
        ("2cm 2cm", "2cm 2cm"),
        # CSS 2.1: "If only one value is specified, the second value is assumed to be 'center'."
        ("10px", "10px 50%"),
        ("left", "0% 50%"),
        ("top", "50% 0%"),
        # css-backgrounds-3 §3.6 examples (the offsets from the top left corner).
        ("left 10px top 15px", "10px 15px"),
        ("left top", "0% 0%"),
        ("10px 15px", "10px 15px"),
        ("left 15px", "0% 15px"),
        ("10px top", "10px 0%"),
        ("left top 15px", "0% 15px"),
        ("left 10px top", "10px 0%"),
        ("top 15px left", "0% 15px"),
        ("center left", "0% 50%"),
        # Offsets from the right or bottom edge.
        ("right 10px bottom 20px", "calc(100% - 10px) calc(100% - 20px)"),
        ("right 20% bottom 5%", "80% 95%"),
        ("bottom 1em center", "50% calc(100% - 1em)"),
    ],
)
def test_background_position_syntaxes(text, expected):
    assert position(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "top 10px",  # an offset needs a keyword for the other axis too
        "left left",
        "top bottom",
        "10px left",  # a length first is horizontal: then a vertical component
        "left 10px 20px",
        "center 10px top",  # center takes no offset
        "left 10px top 15px 1px",
        "red",
    ],
)
def test_background_position_invalid(text):
    assert rejected(f"background-position: {text}")


def test_background_position_computes_to_lengths_and_percentages():
    """css-backgrounds-3 §3.6 computed value: "a pair of offsets (horizontal
    and vertical) from the top left origin each given as a combination of an
    absolute length and a percentage"."""
    style = compute_style(
        CSS.from_string("font-size: 10px; background-position: right 2em top 1em")
    )
    assert str(style["background-position"]) == "calc(100% - 20px) 10px"


def test_background_image_layers():
    assert CSS(background_image="url(a.png)").background_image == Url("a.png")
    value = CSS(background_image="url(a.png), none, url('b c.png')").background_image
    assert value == CommaList((Url("a.png"), "none", Url("b c.png")))
    assert str(value) == 'url("a.png"), none, url("b c.png")'
    for text in ("url(a.png),", ", none", "url(a.png) url(b.png)", "conic-gradient(red, blue)"):
        assert rejected(f"background-image: {text}"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # css-backgrounds-3 §3.4: "repeat-x: Computes to repeat no-repeat" and back.
        ("repeat no-repeat", "repeat-x"),
        ("no-repeat repeat", "repeat-y"),
        ("space space", "space"),
        ("round space", "round space"),
        ("repeat-x, no-repeat", "repeat-x, no-repeat"),
    ],
)
def test_background_repeat_shortest_form(text, expected):
    assert expand(f"background-repeat: {text}")["background-repeat"] == expected


def test_background_repeat_invalid():
    for text in ("repeat-x repeat", "repeat repeat repeat", "repeat-y no-repeat"):
        assert rejected(f"background-repeat: {text}"), text


def test_background_size():
    """css-backgrounds-3 §3.9: "If only one value is given the second is
    assumed to be auto"; negative sizes are invalid."""
    size = lambda text: expand(f"background-size: {text}")["background-size"]  # noqa: E731
    assert size("10px auto") == "10px"
    assert size("auto auto") == "auto"
    assert size("auto 50%") == "auto 50%"
    assert size("cover, contain, 1px 2px") == "cover, contain, 1px 2px"
    for text in ("-1px", "cover auto", "1px 2px 3px"):
        assert rejected(f"background-size: {text}"), text
    computed = compute_style(CSS.from_string("font-size: 10px; background-size: 2em 3em"))
    assert str(computed["background-size"]) == "20px 30px"


def test_attachment_clip_and_origin_keywords():
    style = CSS.from_string(
        "background-attachment: fixed, local; background-clip: content-box;"
        " background-origin: border-box"
    )
    assert str(style.background_attachment) == "fixed, local"
    assert style.background_clip == "content-box"
    assert style.background_origin == "border-box"
    assert rejected("background-clip: margin-box")


# -- the shorthand ------------------------------------------------------------------------


def test_background_color_alone_css21_example():
    """CSS 2.1 §14.2.1: "BODY { background: red }" sets the color, the other
    longhands to their initial values."""
    values = expand("background: green")
    assert values["background-color"] == "rgb(0, 128, 0)"
    assert all(values[name] == str(PROPERTIES[name].initial) for name in LAYERED)


def test_background_any_order_css21_example():
    """CSS 2.1 §14.2.1: P { background: url("chess.png") gray 50% repeat fixed }."""
    values = expand('background: url("chess.png") gray 50% repeat fixed')
    assert values == {
        "background-color": "rgb(128, 128, 128)",
        "background-image": 'url("chess.png")',
        "background-position": "50% 50%",
        "background-size": "auto",
        "background-repeat": "repeat",
        "background-attachment": "fixed",
        "background-origin": "padding-box",
        "background-clip": "border-box",
    }


def test_background_resets_omitted_longhands():
    style = CSS.from_string("background-size: 10px; background-image: url(a); background: red")
    assert style.background_size == "auto"
    assert style.background_image == "none"


def test_background_position_and_size():
    """css-backgrounds-3 §3.10: <bg-position> [ / <bg-size> ]?: a size only after a position."""
    values = expand("background: url(a) right 10px top / 50% no-repeat")
    assert values["background-position"] == "calc(100% - 10px) 0%"
    assert values["background-size"] == "50%"
    assert rejected("background: url(a) / 50%")
    assert rejected("background: 50% / red")


def test_one_or_two_boxes():
    """css-backgrounds-3 §3.10: "If one <box> value is present then it sets
    both background-origin and background-clip to that value. If two values
    are present, then the first sets background-origin and the second
    background-clip"."""
    one = expand("background: content-box")
    assert one["background-origin"] == one["background-clip"] == "content-box"
    two = expand("background: content-box red padding-box")
    assert (two["background-origin"], two["background-clip"]) == ("content-box", "padding-box")
    assert rejected("background: content-box padding-box border-box")


def test_layers_and_the_final_color():
    """css-backgrounds-3 §3.10: the color is only allowed in the final layer."""
    values = expand("background: url(a) no-repeat, url(b) 10px 0 / 5px red")
    assert values["background-color"] == "rgb(255, 0, 0)"
    assert values["background-image"] == 'url("a"), url("b")'
    assert values["background-repeat"] == "no-repeat, repeat"
    assert values["background-position"] == "0% 0%, 10px 0px"
    assert values["background-size"] == "auto, 5px"
    assert rejected("background: red, url(a)")
    assert rejected("background: url(a),")
    assert rejected("background: url(a) url(b)")


def test_css_images_4_conic_gradients_are_not_supported():
    """Colosseum has no css-images-4 conic gradients: a value using one is
    invalid, and the declaration is dropped whole."""
    assert rejected("background: red conic-gradient(red, blue)")


@pytest.mark.parametrize(
    ("declarations", "expected"),
    [
        ("background: green", "rgb(0, 128, 0)"),
        ("background: none", "none"),
        ("background: transparent none repeat scroll 0% 0% padding-box border-box", "none"),
        ("background: url(a) 0 0 / 10px", 'url("a") 0px 0px / 10px'),
        ("background: left top / cover", "0% 0% / cover"),
        ("background: padding-box content-box fixed", "fixed padding-box content-box"),
        ("background: border-box", "border-box"),
        ("background: url(a), url(b) red repeat-y", 'url("a"), rgb(255, 0, 0) url("b") repeat-y'),
        ("background: none, none", "none, none"),
        ("background: red; background-image: url(a), url(b)", None),  # layer counts differ
        ("background: red; background-clip: inherit", None),
        ("background: inherit", "inherit"),
    ],
)
def test_background_serialization(declarations, expected):
    style = CSS.from_string(declarations)
    assert style.background == expected
    if expected is not None:
        assert CSS(background=expected) == CSS.from_string(declarations)


def test_str_writes_the_background_shorthand():
    style = CSS.from_string("background: url(a.png) no-repeat green; margin: 0")
    assert str(style) == 'background: rgb(0, 128, 0) url("a.png") no-repeat; margin: 0px'
    assert CSS.from_string(str(style)) == style


def test_background_does_not_inherit():
    parent = compute_style(CSS.from_string("background: url(a) red fixed"))
    child = compute_style(CSS(), parent)
    assert child["background-image"] == "none"
    assert child["background-attachment"] == "scroll"
    inherited = compute_style(CSS.from_string("background: inherit"), parent)
    assert inherited["background-image"] == Url("a")
    assert inherited["background"] == 'rgb(255, 0, 0) url("a") fixed'


# -- what the painter reads --------------------------------------------------------------

Image = pytest.importorskip("PIL.Image")


def _png_data_url(width, height, color) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_background_shorthand_is_painted():
    image = render_document(
        Document.from_string(
            '<body style="margin: 0"><div style="width: 50px; height: 40px;'
            ' background: green"></div>'
        ),
        100,
        100,
    )
    assert image.getpixel((10, 10)) == (0, 128, 0)
    assert image.getpixel((60, 10)) == (255, 255, 255)


def test_background_image_position_from_the_right_and_bottom_is_painted():
    """A 10x10 image placed 5px from the right and 20px from the bottom of a
    100x80 padding box, not repeated."""
    url = _png_data_url(10, 10, (0, 0, 255))
    image = render_document(
        Document.from_string(
            '<body style="margin: 0"><div style="width: 100px; height: 80px;'
            f' background: url({url}) no-repeat right 5px bottom 20px lime"></div>'
        ),
        200,
        200,
    )
    assert image.getpixel((85, 50)) == (0, 0, 255)  # x 85..94, y 50..59
    assert image.getpixel((94, 59)) == (0, 0, 255)
    assert image.getpixel((96, 50)) == (0, 255, 0)
    assert image.getpixel((85, 61)) == (0, 255, 0)
    assert image.getpixel((84, 49)) == (0, 255, 0)
