"""Text decoration (css-text-decor-3 §2, CSS 2.1 §16.3.1), outlines
(css-ui-4 §3, CSS 2.1 §18.4) and ``clip`` (CSS 2.1 §11.1.2)."""

import pytest

from colosseum.paint.text import decoration_of
from colosseum.style import CSS, PROPERTIES, compute_style
from colosseum.style.values import FunctionValue, Length


def expand(text: str) -> dict:
    return {name: str(value) for name, value in CSS.from_string(text).items()}


def rejected(text: str) -> bool:
    try:
        CSS.from_string(text)
    except ValueError:
        return True
    return False


def computed(text: str, parent=None):
    return compute_style(CSS.from_string(text), parent)


# -- text-decoration -------------------------------------------------------------------


def test_text_decoration_initial_values_and_no_inheritance():
    """css-text-decor-3 §2.1 to §2.3; none is inherited (§2.1: decorations
    are propagated to the text, not inherited)."""
    assert str(PROPERTIES["text-decoration-line"].initial) == "none"
    assert str(PROPERTIES["text-decoration-style"].initial) == "solid"
    assert str(PROPERTIES["text-decoration-color"].initial) == "currentcolor"
    parent = computed("text-decoration: underline red wavy")
    child = compute_style(CSS(), parent)
    assert child["text-decoration-line"] == "none"
    assert child["text-decoration-color"] == "currentcolor"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # CSS 2.1 §16.3.1: none | [ underline || overline || line-through || blink ]
        ("none", "none"),
        ("underline", "underline"),
        ("blink overline", "overline blink"),
        ("line-through underline", "underline line-through"),
        ("underline overline line-through blink", "underline overline line-through blink"),
    ],
)
def test_css21_text_decoration_syntax(text, line):
    values = expand(f"text-decoration: {text}")
    assert values == {
        "text-decoration-line": line,
        "text-decoration-style": "solid",
        "text-decoration-color": "currentcolor",
    }


def test_text_decoration_invalid():
    for text in ("underline underline", "none underline", "solid dotted", "red blue", "wavy 1px"):
        assert rejected(f"text-decoration: {text}"), text
    assert rejected("text-decoration-line: none none")


def test_text_decoration_shorthand_css_text_decor_3():
    """css-text-decor-3 §2.4: <'text-decoration-line'> || <'text-decoration-style'>
    || <'text-decoration-color'>, omitted ones reset."""
    style = CSS.from_string("text-decoration-color: blue; text-decoration: dotted underline red")
    assert expand(str(style)) == {
        "text-decoration-line": "underline",
        "text-decoration-style": "dotted",
        "text-decoration-color": "rgb(255, 0, 0)",
    }
    assert CSS.from_string("text-decoration: underline").text_decoration == "underline"
    assert CSS.from_string("text-decoration: solid currentcolor").text_decoration == "none"
    style = CSS.from_string("text-decoration: overline wavy")
    assert str(style) == "text-decoration: overline wavy"


def test_text_decoration_color_keeps_currentcolor_like_border_colors():
    style = computed("color: red; text-decoration: underline")
    assert style["text-decoration-color"] == "currentcolor"
    lines, color, _ = decoration_of(style)  # the painter resolves it with the color
    assert lines == {"underline"}
    assert color == (255, 0, 0, 1.0)
    assert decoration_of(computed("text-decoration: blink")) is None


# -- outline -----------------------------------------------------------------------------


def test_outline_initial_values():
    initial = {
        name: str(PROPERTIES[name].initial)
        for name in ("outline-width", "outline-style", "outline-color", "outline-offset")
    }
    assert initial == {
        "outline-width": "medium",
        "outline-style": "none",
        "outline-color": "currentcolor",
        "outline-offset": "0px",
    }
    style = compute_style(CSS())
    assert style["outline-width"] == Length(0.0)  # css-ui-4 §3.2: 0 while the style is none
    assert style["outline"] == "0px"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thick dashed red", ("thick", "dashed", "rgb(255, 0, 0)")),
        ("red solid", ("medium", "solid", "rgb(255, 0, 0)")),
        ("invert 2px dotted", ("2px", "dotted", "invert")),  # CSS 2.1 §18.4 invert
        ("auto", ("medium", "auto", "currentcolor")),  # css-ui-4 §3.3
        ("none", ("medium", "none", "currentcolor")),
    ],
)
def test_outline_shorthand(text, expected):
    values = expand(f"outline: {text}")
    assert (values["outline-width"], values["outline-style"], values["outline-color"]) == expected


def test_outline_invalid():
    """css-ui-4 §3.3: hidden is not an outline style (CSS 2.1 §18.4 too)."""
    for text in ("hidden", "solid dotted", "1px 2px", "-1px solid", "50% solid"):
        assert rejected(f"outline: {text}"), text
    assert rejected("outline-offset: 10%")


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("outline: thin solid", 1.0),
        ("outline: medium solid", 3.0),
        ("outline: thick solid", 5.0),
        ("outline: 3.7px solid", 3.0),  # snapped like border widths
        ("outline: 0.25px solid", 1.0),
        ("outline: 0 solid", 0.0),
        ("font-size: 10px; outline: 0.5em auto", 5.0),
        ("outline: 10px none", 0.0),  # css-ui-4 §3.2: 0 if the outline style is none
        ("outline-width: 10px", 0.0),
    ],
)
def test_outline_width_computes_like_border_widths(text, width):
    assert computed(text)["outline-width"] == Length(width)


def test_outline_offset_and_color_computed():
    style = computed("font-size: 10px; outline: solid; outline-offset: -1.5em")
    assert style["outline-offset"] == Length(-15.0)
    assert style["outline-color"] == "currentcolor"
    assert computed("outline-color: invert")["outline-color"] == "invert"
    assert compute_style(CSS(), computed("outline: 5px solid red"))["outline-style"] == "none"


def test_outline_serialization():
    assert CSS.from_string("outline: none").outline == "none"
    assert CSS.from_string("outline: red 1px solid").outline == "1px solid rgb(255, 0, 0)"
    assert str(CSS.from_string("outline: dotted")) == "outline: dotted"


# -- clip --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auto", "auto"),
        ("rect(5px, 40px, 45px, 5px)", "rect(5px, 40px, 45px, 5px)"),  # CSS 2.1 §11.1.2
        ("rect(5px 40px 45px 5px)", "rect(5px, 40px, 45px, 5px)"),  # without commas
        ("rect(auto, auto, 10px, auto)", "rect(auto, auto, 10px, auto)"),
        ("RECT( -1px , 0 , 1em,auto )", "rect(-1px, 0px, 1em, auto)"),
    ],
)
def test_clip_syntax(text, expected):
    assert expand(f"clip: {text}") == {"clip": expected}


def test_clip_invalid():
    for text in (
        "rect(1px, 2px, 3px)",
        "rect(1px, 2px 3px, 4px)",  # commas everywhere or nowhere
        "rect(1px, 2px, 3px, 4px,)",
        "rect(10%, 2px, 3px, 4px)",  # lengths only
        "rect(1px 2px 3px 4px 5px)",
        "circle(1px)",
        "none",
    ):
        assert rejected(f"clip: {text}"), text


def test_clip_computed_value():
    """CSS 2.1 §11.1.2: "a rectangle with four values, each of which is
    'auto' if specified as 'auto' or the computed length otherwise"; not
    inherited, for absolutely positioned elements."""
    style = computed("font-size: 10px; position: absolute; clip: rect(1em auto 2em 3px)")
    assert style["clip"] == FunctionValue("rect", (Length(10.0), "auto", Length(20.0), Length(3.0)))
    assert compute_style(CSS(), style)["clip"] == "auto"
    assert PROPERTIES["clip"].applies_to == "absolutely positioned elements"
