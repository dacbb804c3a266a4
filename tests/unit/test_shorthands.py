"""Shorthand expansion and serialization, each expectation taken from the
specification prose or example named in the test's name or docstring.
"""

import pytest

from colosseum.style import CSS, SHORTHANDS, compute_style

SIDES = ("top", "right", "bottom", "left")


def expand(text: str) -> dict:
    """The declared longhands of ``text``, each printed as CSS."""
    return {name: str(value) for name, value in CSS.from_string(text).items()}


def rejected(text: str) -> bool:
    try:
        CSS.from_string(text)
    except ValueError:
        return True
    return False


def read(text: str, shorthand: str):
    """The value of ``shorthand`` read from the block ``text``."""
    return CSS.from_string(text)[shorthand]


# -- one to four values for four sides: CSS 2.1 §8.3, §8.4, §8.5 -----------------------

SIDE_SHORTHANDS = {
    "margin": ("margin-{}", ["1px", "2px", "3px", "4px"]),  # CSS 2.1 §8.3
    "padding": ("padding-{}", ["1px", "2px", "3px", "4px"]),  # CSS 2.1 §8.4
    "inset": ("{}", ["1px", "2px", "3px", "4px"]),  # css-position-3 §3.2
    "border-width": ("border-{}-width", ["thin", "medium", "thick", "4px"]),  # §8.5.1
    "border-style": ("border-{}-style", ["solid", "dotted", "dashed", "double"]),  # §8.5.3
    "border-color": (
        "border-{}-color",
        ["rgb(255, 0, 0)", "rgb(0, 128, 0)", "rgb(0, 0, 255)", "rgb(255, 255, 0)"],
    ),  # §8.5.2
}


@pytest.mark.parametrize("shorthand", sorted(SIDE_SHORTHANDS))
def test_one_to_four_values(shorthand):
    """CSS 2.1 §8.3: "If there is only one component value, it applies to all
    sides. If there are two values, the top and bottom margins are set to the
    first value and the right and left margins are set to the second. If there
    are three values, the top is set to the first value, the left and right are
    set to the second, and the bottom is set to the third. If there are four
    values, they apply to the top, right, bottom, and left, respectively."
    """
    pattern, (a, b, c, d) = SIDE_SHORTHANDS[shorthand]
    expected = {
        1: (a, a, a, a),
        2: (a, b, a, b),
        3: (a, b, c, b),
        4: (a, b, c, d),
    }
    for count, (top, right, bottom, left) in expected.items():
        values = expand(f"{shorthand}: {' '.join([a, b, c, d][:count])}")
        assert values == {
            pattern.format("top"): top,
            pattern.format("right"): right,
            pattern.format("bottom"): bottom,
            pattern.format("left"): left,
        }, count


@pytest.mark.parametrize("shorthand", sorted(SIDE_SHORTHANDS))
def test_five_values_or_none_are_rejected(shorthand):
    _, values = SIDE_SHORTHANDS[shorthand]
    assert rejected(f"{shorthand}: {' '.join([*values, values[0]])}")
    assert rejected(f"{shorthand}:")


def test_margin_examples_css21_8_3():
    """CSS 2.1 §8.3 examples."""
    assert set(expand("margin: 2em").values()) == {"2em"}
    assert expand("margin: 1em 2em") == {
        "margin-top": "1em",
        "margin-right": "2em",
        "margin-bottom": "1em",
        "margin-left": "2em",
    }
    # "The last rule of the example above is equivalent to the example below"
    assert CSS.from_string("margin: 1em 2em 3em") == CSS.from_string(
        "margin-top: 1em; margin-right: 2em; margin-bottom: 3em; margin-left: 2em"
    )


def test_padding_example_css21_8_4():
    """CSS 2.1 §8.4: "padding: 1em 2em" gives 1em vertical, 2em horizontal padding."""
    assert expand("padding: 1em 2em") == {
        "padding-top": "1em",
        "padding-right": "2em",
        "padding-bottom": "1em",
        "padding-left": "2em",
    }


def test_border_width_examples_css21_8_5_1():
    """CSS 2.1 §8.5.1: "thin" is thin thin thin thin, "thin thick" is thin thick
    thin thick, "thin thick medium" is thin thick medium thick."""
    cases = {
        "thin": ["thin", "thin", "thin", "thin"],
        "thin thick": ["thin", "thick", "thin", "thick"],
        "thin thick medium": ["thin", "thick", "medium", "thick"],
    }
    for value, widths in cases.items():
        assert list(expand(f"border-width: {value}").values()) == widths


def test_border_style_example_css21_8_5_3():
    """CSS 2.1 §8.5.3: "border-style: solid dotted": horizontal borders solid,
    vertical ones dotted."""
    values = expand("border-style: solid dotted")
    assert values["border-top-style"] == values["border-bottom-style"] == "solid"
    assert values["border-left-style"] == values["border-right-style"] == "dotted"


def test_side_shorthands_reject_values_outside_their_longhands_grammar():
    assert rejected("padding: -1px")
    assert rejected("padding: auto")
    assert rejected("border-width: -1px")
    assert rejected("border-style: solid wavy")


# -- border and border-<side>: CSS 2.1 §8.5.4 -------------------------------------------


def test_border_side_sets_width_style_and_color():
    """CSS 2.1 §8.5.4: "h1 { border-bottom: thick solid red }" sets the width,
    style and color of the bottom border."""
    assert expand("border-bottom: thick solid red") == {
        "border-bottom-width": "thick",
        "border-bottom-style": "solid",
        "border-bottom-color": "rgb(255, 0, 0)",
    }


def test_border_side_resets_omitted_values_to_initial():
    """CSS 2.1 §8.5.4: "Omitted values are set to their initial values":
    "border-bottom: thick solid" leaves the color to 'color' (currentcolor)."""
    assert expand("border-bottom: thick solid") == {
        "border-bottom-width": "thick",
        "border-bottom-style": "solid",
        "border-bottom-color": "currentcolor",
    }
    assert expand("border-top: red") == {
        "border-top-width": "medium",
        "border-top-style": "none",
        "border-top-color": "rgb(255, 0, 0)",
    }


def test_border_side_components_in_any_order():
    assert expand("border-left: red 2px dashed") == expand("border-left: 2px dashed red")
    assert rejected("border-left: solid dashed")
    assert rejected("border-left: 1px 2px")


def test_border_sets_all_four_sides_css21_8_5_4():
    """CSS 2.1 §8.5.4: "p { border: solid red }" is equivalent to the four
    border-<side> declarations."""
    assert CSS.from_string("border: solid red") == CSS.from_string(
        "border-top: solid red; border-right: solid red;"
        " border-bottom: solid red; border-left: solid red"
    )


def test_border_resets_omitted_values_to_initial():
    values = expand("border: solid")
    for side in SIDES:
        assert values[f"border-{side}-width"] == "medium"
        assert values[f"border-{side}-style"] == "solid"
        assert values[f"border-{side}-color"] == "currentcolor"


def test_border_cannot_set_different_sides():
    """CSS 2.1 §8.5.4: "the 'border' property cannot set different values on
    the four borders"."""
    assert rejected("border: 1px 2px solid")
    assert rejected("border: solid dotted")


def test_border_then_border_left_blockquote_example_css21_8_5_4():
    """CSS 2.1 §8.5.4: "blockquote { border: solid red; border-left: double;
    color: black }": the left border's color is reset by border-left, so it is
    the element's color (black), while the other borders are red."""
    style = CSS.from_string("border: solid red; border-left: double; color: black")
    assert str(style.border_left_style) == "double"
    assert str(style.border_left_width) == "medium"
    assert str(style.border_left_color) == "currentcolor"
    assert str(style.border_top_color) == "rgb(255, 0, 0)"
    computed = compute_style(style)
    assert str(computed.border_top_color) == "rgb(255, 0, 0)"
    assert str(computed.border_left_width) == "3px"


# -- overflow: css-overflow-3 §3.2 ----------------------------------------------------------


def test_overflow_one_or_two_values():
    """css-overflow-3: "The first value is assigned to overflow-x, the second to
    overflow-y; if omitted, the second is the same as the first"."""
    assert expand("overflow: hidden") == {"overflow-x": "hidden", "overflow-y": "hidden"}
    assert expand("overflow: hidden scroll") == {"overflow-x": "hidden", "overflow-y": "scroll"}
    assert rejected("overflow: hidden scroll auto")


# -- gap: css-align-3 §8.3 ------------------------------------------------------------------


def test_gap_second_value_copies_the_first():
    """css-align-3 §8.3: "If <'column-gap'> is omitted, it's set to the same
    value as <'row-gap'>"."""
    assert expand("gap: 1px") == {"row-gap": "1px", "column-gap": "1px"}
    assert expand("gap: 1px 2%") == {"row-gap": "1px", "column-gap": "2%"}
    assert expand("gap: normal 3em") == {"row-gap": "normal", "column-gap": "3em"}
    assert rejected("gap: 1px 2px 3px")
    assert rejected("gap: -1px")


# -- place-*: css-align-3 §5.2, §6.3, §7.3 ----------------------------------------------


def test_place_content_second_value_copies_the_first():
    """css-align-3 §5.2: the first value is align-content, the second
    justify-content; "if omitted, it is copied from the first value"."""
    assert expand("place-content: center") == {
        "align-content": "center",
        "justify-content": "center",
    }
    assert expand("place-content: space-between end") == {
        "align-content": "space-between",
        "justify-content": "end",
    }
    assert expand("place-content: safe center") == {
        "align-content": "safe center",
        "justify-content": "safe center",
    }


@pytest.mark.parametrize("baseline", ["baseline", "first baseline", "last baseline"])
def test_place_content_baseline_gives_justify_content_start(baseline):
    """css-align-3 §5.2: the omitted second value is copied "unless that value
    is a <baseline-position> in which case it is defaulted to start"."""
    values = expand(f"place-content: {baseline}")
    assert values["justify-content"] == "start"
    assert values["align-content"] == ("last baseline" if "last" in baseline else "baseline")


def test_place_content_rejects_what_align_content_rejects():
    assert rejected("place-content: left")  # left is not an align-content value
    assert expand("place-content: center left")["justify-content"] == "left"


def test_place_items_second_value_copies_the_first():
    """css-align-3 §7.3: "if omitted, it is copied from the first value" (a
    baseline too: only place-content has the exception)."""
    assert expand("place-items: center") == {"align-items": "center", "justify-items": "center"}
    assert expand("place-items: baseline") == {
        "align-items": "baseline",
        "justify-items": "baseline",
    }
    assert expand("place-items: stretch start") == {
        "align-items": "stretch",
        "justify-items": "start",
    }
    assert rejected("place-items: legacy")  # not an align-items value


def test_place_self_second_value_copies_the_first():
    """css-align-3 §6.3: "if omitted, it is copied from the first value"."""
    assert expand("place-self: auto") == {"align-self": "auto", "justify-self": "auto"}
    assert expand("place-self: last baseline") == {
        "align-self": "last baseline",
        "justify-self": "last baseline",
    }
    assert expand("place-self: end left") == {"align-self": "end", "justify-self": "left"}


# -- flex: css-flexbox-1 §7.1 and §7.1.1 ------------------------------------------------------


def flex(text):
    values = expand(f"flex: {text}")
    return values["flex-grow"], values["flex-shrink"], values["flex-basis"]


def test_flex_none_is_0_0_auto():
    """css-flexbox-1 §7.1: "The keyword none expands to 0 0 auto"."""
    assert flex("none") == ("0", "0", "auto")


def test_flex_auto_is_1_1_auto():
    """css-flexbox-1 §7.1.1: "flex: auto" is equivalent to "flex: 1 1 auto"."""
    assert flex("auto") == ("1", "1", "auto")


def test_flex_initial_is_0_1_auto():
    """css-flexbox-1 §7.1.1: "flex: initial" is equivalent to "flex: 0 1 auto"
    (the initial value): the CSS-wide keyword on each longhand."""
    assert flex("initial") == ("initial", "initial", "initial")
    computed = compute_style(CSS(flex="initial"))
    assert (str(computed.flex_grow), str(computed.flex_shrink)) == ("0", "1")
    assert str(computed.flex_basis) == "auto"
    assert flex("0 1 auto") == ("0", "1", "auto")


@pytest.mark.parametrize("number", ["1", "2", "3.5", "10"])
def test_flex_positive_number(number):
    """css-flexbox-1 §7.1.1: "flex: <number [1,∞]>" is equivalent to
    "flex: <number [1,∞]> 1 0"."""
    assert flex(number) == (number, "1", "0px")


def test_flex_omitted_components():
    """css-flexbox-1 §7.1: an omitted flex-grow or flex-shrink is 1; an omitted
    flex-basis is 0."""
    assert flex("2 3") == ("2", "3", "0px")
    assert flex("10em") == ("1", "1", "10em")
    assert flex("content") == ("1", "1", "content")
    assert flex("2 50%") == ("2", "1", "50%")
    assert flex("2 3 4px") == ("2", "3", "4px")


def test_flex_basis_may_come_first():
    """css-flexbox-1 §7.1: [ <'flex-grow'> <'flex-shrink'>? || <'flex-basis'> ]."""
    assert flex("auto 2") == ("2", "1", "auto")
    assert flex("10em 2 3") == ("2", "3", "10em")


def test_flex_unitless_zero_is_a_flex_factor():
    """css-flexbox-1 §7.1: "A unitless zero that is not already preceded by
    two flex factors must be interpreted as a flex factor"."""
    assert flex("0") == ("0", "1", "0px")
    assert flex("1 0") == ("1", "0", "0px")
    assert flex("0 0") == ("0", "0", "0px")
    assert flex("0 0 0") == ("0", "0", "0px")
    assert flex("0px") == ("1", "1", "0px")


def test_flex_invalid():
    for text in ("1 2 3", "1 0px 2", "none 1", "-1", "1 -1", "auto auto", "1 2 3 4px", "0 0 0 0"):
        assert rejected(f"flex: {text}"), text


# -- flex-flow: css-flexbox-1 §5.3 -------------------------------------------------------------


def test_flex_flow_examples():
    """css-flexbox-1 §5.3 examples: "row" (the initial value), "column wrap",
    "row-reverse wrap-reverse"; omitted components are reset."""
    assert expand("flex-flow: row") == {"flex-direction": "row", "flex-wrap": "nowrap"}
    assert expand("flex-flow: column wrap") == {"flex-direction": "column", "flex-wrap": "wrap"}
    assert expand("flex-flow: row-reverse wrap-reverse") == {
        "flex-direction": "row-reverse",
        "flex-wrap": "wrap-reverse",
    }
    assert expand("flex-flow: wrap") == {"flex-direction": "row", "flex-wrap": "wrap"}
    assert expand("flex-flow: wrap column") == expand("flex-flow: column wrap")
    assert rejected("flex-flow: row column")


# -- font: CSS 2.1 §15.8, css-fonts-4 §2.7 -------------------------------------------------------

FONT_INITIAL = {
    "font-style": "normal",
    "font-variant": "normal",
    "font-weight": "normal",
    "font-stretch": "normal",
    "line-height": "normal",
}


def font(text, **changes):
    expected = dict(FONT_INITIAL)
    expected.update({name.replace("_", "-"): value for name, value in changes.items()})
    return expand(f"font: {text}"), expected


def test_font_examples_css21_15_8():
    """CSS 2.1 §15.8 examples; properties not given in the shorthand are set
    to their initial values ("In the first three rules above, the
    'font-style', 'font-variant' and 'font-weight' are not explicitly
    mentioned, which means they are all three set to their initial value")."""
    cases = [
        font(
            "12px/14px sans-serif", font_size="12px", line_height="14px", font_family="sans-serif"
        ),
        font("80% sans-serif", font_size="80%", font_family="sans-serif"),
        font(
            'x-large/110% "New Century Schoolbook", serif',
            font_size="x-large",
            line_height="110%",
            font_family="New Century Schoolbook, serif",
        ),
        # "The fourth rule sets the 'font-weight' to 'bold', the 'font-style' to
        # 'italic' and implicitly sets 'font-variant' to 'normal'."
        font(
            "bold italic large Palatino, serif",
            font_weight="bold",
            font_style="italic",
            font_size="large",
            font_family="Palatino, serif",
        ),
        # "The fifth rule sets the 'font-variant' ('small-caps'), the
        # 'font-size' (120% of the parent's font), the 'line-height' (120%
        # times the font size) and the 'font-family' ('fantasy')."
        font(
            "normal small-caps 120%/120% fantasy",
            font_variant="small-caps",
            font_size="120%",
            line_height="120%",
            font_family="fantasy",
        ),
        font(
            '300 italic 1.3em/1.7em "FB Armada", sans-serif',
            font_weight="300",
            font_style="italic",
            font_size="1.3em",
            line_height="1.7em",
            font_family="FB Armada, sans-serif",
        ),
    ]
    for values, expected in cases:
        assert values == expected


def test_font_family_list_is_kept():
    style = CSS.from_string('font: x-large/110% "New Century Schoolbook", serif')
    assert list(style.font_family) == ["New Century Schoolbook", "serif"]


def test_font_resets_every_longhand_css21_15_8():
    """CSS 2.1 §15.8: "All font-related properties are first reset to their
    initial values"; the Charcoal example: "font: 600 9px Charcoal" has the
    same effect as the six longhands with the others normal."""
    style = CSS.from_string(
        "font-style: italic; font-variant: small-caps; font-stretch: condensed;"
        " line-height: 3; font-weight: bold; font: 600 9px Charcoal"
    )
    explicit = CSS.from_string(
        "font-family: Charcoal; font-style: normal; font-variant: normal;"
        " font-weight: 600; font-size: 9px; line-height: normal; font-stretch: normal"
    )
    assert style == explicit


def test_font_prefix_in_any_order_with_normal_filling_any_slot():
    """css-fonts-4 §2.7: [ <'font-style'> || <font-variant-css2> || <'font-weight'>
    || <font-stretch-css3> ]? <'font-size'> [ / <'line-height'> ]? <'font-family'>."""
    values, expected = font(
        "italic small-caps bold condensed 16px/2 cursive",
        font_style="italic",
        font_variant="small-caps",
        font_weight="bold",
        font_stretch="condensed",
        font_size="16px",
        line_height="2",
        font_family="cursive",
    )
    assert values == expected
    assert expand("font: condensed bold small-caps italic 16px/2 cursive") == values
    values, expected = font(
        "normal normal normal normal 12px serif", font_size="12px", font_family="serif"
    )
    assert values == expected


def test_font_invalid():
    """css-fonts-4 §2.7: size and family are required, in that order; the
    prefix takes only CSS 2.1 font-variant values and font-stretch keywords."""
    for text in (
        "12px",
        "serif",
        "bold serif",
        "serif 12px",
        "/2 serif",
        "12px/ serif",
        "all-small-caps 12px serif",
        "normal normal normal normal normal 12px serif",
        "bold bold 12px serif",
    ):
        assert rejected(f"font: {text}"), text


@pytest.mark.parametrize(
    "system_font", ["caption", "icon", "menu", "message-box", "small-caption", "status-bar"]
)
def test_system_fonts_set_every_longhand(system_font):
    """CSS 2.1 §15.8: "System fonts may only be set as a whole; that is, the
    font family, size, weight, style, etc. are all set at the same time"; the
    individual properties can then be altered."""
    style = CSS.from_string(f"font-style: italic; line-height: 3; font: {system_font}")
    assert set(style) == {
        "font-style",
        "font-variant",
        "font-weight",
        "font-stretch",
        "font-size",
        "line-height",
        "font-family",
    }
    assert str(style.font_style) == "normal"
    assert str(style.line_height) == "normal"
    style.font_weight = "bolder"
    assert str(style.font_weight) == "bolder"
    assert rejected(f"font: {system_font} serif")


# -- list-style: css-lists-3 ------------------------------------------------------------------


def list_style(text):
    values = expand(f"list-style: {text}")
    return (values["list-style-position"], values["list-style-image"], values["list-style-type"])


def test_list_style_none_sets_image_and_type():
    """css-lists-3 list-style: a none that no other component claims sets both
    list-style-image and list-style-type to none."""
    assert list_style("none") == ("outside", "none", "none")
    assert list_style("inside none") == ("inside", "none", "none")


def test_list_style_none_with_an_image_or_a_type():
    """css-lists-3: "none" sets whichever of image and type is not otherwise
    specified to none."""
    assert list_style("none square") == ("outside", "none", "square")
    assert list_style("none url(a.png)") == ("outside", 'url("a.png")', "none")
    assert list_style("none none") == ("outside", "none", "none")


def test_list_style_none_with_both_image_and_type_is_invalid():
    assert rejected("list-style: none url(a.png) square")
    assert rejected("list-style: none none none")


def test_list_style_resets_omitted_components():
    """CSS 2.1 §12.5.1, css-lists-3: omitted components take their initial values."""
    assert list_style("inside") == ("inside", "none", "disc")
    assert list_style("square") == ("outside", "none", "square")
    assert list_style("square inside url(x.png)") == ("inside", 'url("x.png")', "square")


# -- CSS-wide keywords on shorthands: css-cascade-4 §7.3 ----------------------------------------


@pytest.mark.parametrize("keyword", ["inherit", "initial", "unset"])
@pytest.mark.parametrize(
    "shorthand",
    [
        "margin",
        "border",
        "flex",
        "font",
        "place-content",
        "list-style",
        "gap",
        "overflow",
        "border-top",
    ],
)
def test_css_wide_keyword_sets_every_longhand(shorthand, keyword):
    style = CSS.from_string(f"{shorthand}: {keyword}")
    assert set(style) == set(SHORTHANDS[shorthand].longhands)
    assert {str(style[name]) for name in style} == {keyword}
    assert style[shorthand] == keyword
    assert str(style) == f"{shorthand}: {keyword}"


def test_css_wide_keyword_must_be_alone():
    for text in ("margin: 1px inherit", "flex: 1 initial", "font: 12px unset", "gap: inherit 1px"):
        assert rejected(text), text


def test_mixed_css_wide_keywords_have_no_shorthand():
    assert read("margin: 1px; margin-left: inherit", "margin") is None
    assert read("margin: inherit; margin-left: initial", "margin") is None


# -- serialization: the shortest text that expands back (CSSOM) ----------------------------------


@pytest.mark.parametrize(
    ("declarations", "expected"),
    [
        ("margin: 1px 2px 3px 4px", "1px 2px 3px 4px"),
        ("margin: 1px 2px 3px 2px", "1px 2px 3px"),
        ("margin: 1px 2px 1px 2px", "1px 2px"),
        ("margin: 1px 1px 1px 1px", "1px"),
        ("margin: 1px 1px 2px 1px", "1px 1px 2px"),
        ("margin: 1px 2px 1px 3px", "1px 2px 1px 3px"),
        ("margin: 0 auto", "0px auto"),
        ("margin: 1px; margin-left: 2px", "1px 1px 1px 2px"),
    ],
)
def test_sides_serialization(declarations, expected):
    assert read(declarations, "margin") == expected


@pytest.mark.parametrize(
    ("declarations", "shorthand", "expected"),
    [
        ("border: 1px solid red", "border", "1px solid rgb(255, 0, 0)"),
        ("border: solid", "border", "solid"),
        ("border: none", "border", "none"),
        ("border: red 2px", "border", "2px rgb(255, 0, 0)"),
        ("border-top: thick solid red", "border-top", "thick solid rgb(255, 0, 0)"),
        ("border-top: medium none currentcolor", "border-top", "none"),
        ("border-width: thin thin", "border-width", "thin"),
        ("flex: none", "flex", "none"),
        ("flex: auto", "flex", "auto"),
        ("flex: 1", "flex", "1"),
        ("flex: 1 1 0px", "flex", "1"),
        ("flex: 0 1 auto", "flex", "0 auto"),
        ("flex: 2 3", "flex", "2 3"),
        ("flex: 2 3 10%", "flex", "2 3 10%"),
        ("flex: 1 1 10em", "flex", "10em"),
        ("flex: content", "flex", "content"),
        ("flex-flow: column wrap", "flex-flow", "column wrap"),
        ("flex-flow: row nowrap", "flex-flow", "row"),
        ("flex-flow: row wrap", "flex-flow", "wrap"),
        ("gap: 1px 1px", "gap", "1px"),
        ("gap: 1px 2px", "gap", "1px 2px"),
        ("overflow: hidden hidden", "overflow", "hidden"),
        ("overflow: hidden scroll", "overflow", "hidden scroll"),
        ("place-content: baseline", "place-content", "baseline"),
        ("place-content: baseline start", "place-content", "baseline"),
        ("place-content: last baseline start", "place-content", "last baseline"),
        ("place-content: baseline center", "place-content", "baseline center"),
        ("place-content: center center", "place-content", "center"),
        ("place-content: space-between end", "place-content", "space-between end"),
        ("place-items: baseline baseline", "place-items", "baseline"),
        ("place-items: center start", "place-items", "center start"),
        ("place-self: auto auto", "place-self", "auto"),
        ("list-style: none", "list-style", "none"),
        ("list-style: square inside", "list-style", "inside square"),
        ("list-style: inside none", "list-style", "inside none"),
        ("list-style: outside none disc", "list-style", "disc"),
        ("list-style: url(a.png) none", "list-style", 'url("a.png") none'),
        ("inset: 1px auto 1px auto", "inset", "1px auto"),
    ],
)
def test_shorthand_serialization(declarations, shorthand, expected):
    assert read(declarations, shorthand) == expected
    assert CSS(**{shorthand: expected}) == CSS.from_string(declarations)


def test_font_serialization_expands_back():
    for text in (
        "12px/14px sans-serif",
        "bold italic large Palatino, serif",
        "normal small-caps 120%/120% fantasy",
        "condensed 300 1.3em/1.7em Ahem, sans-serif",
        "12px serif",
    ):
        style = CSS.from_string(f"font: {text}")
        serialized = style.font
        assert CSS(font=serialized) == style, (text, serialized)
    assert read("font: 12px serif", "font") == "12px serif"
    assert read("font: bold italic large Palatino, serif", "font") == (
        "italic bold large Palatino, serif"
    )


def test_font_serialization_is_none_when_the_longhands_cannot_be_written():
    """css-fonts-4 §2.7: the shorthand only takes the CSS 2.1 font-variant
    values and the font-stretch keywords."""
    assert read("font: 12px serif; font-variant: all-small-caps", "font") is None
    assert read("font: 12px serif; font-stretch: 75%", "font") is None


def test_border_serialization_is_none_when_sides_differ():
    assert read("border: 1px solid red; border-left-color: blue", "border") is None
    assert read("border: 1px solid; border-top-width: 2px", "border") is None


def test_shorthand_serialization_always_expands_back():
    """Reading any shorthand of a block gives either None or text that, set
    again, declares the same longhand values."""
    style = CSS.from_string(
        "margin: 1px 2px; padding: 3px; border: 2px dotted red; border-top-color: blue;"
        " flex: 2 0 10%; flex-flow: column; gap: 1px 2px; overflow: auto;"
        " place-content: last baseline; place-items: center; place-self: end left;"
        " font: italic 12px/1.5 Ahem; list-style: none; inset: 1px 2px 3px"
    )
    for name, entry in SHORTHANDS.items():
        if not all(longhand in style for longhand in entry.longhands):
            continue
        text = style[name]
        if text is None:
            continue
        again = CSS(**{name: text})
        for longhand in entry.longhands:
            assert again[longhand] == style[longhand], (name, text, longhand)


def test_str_uses_shorthands_when_all_longhands_are_declared():
    style = CSS.from_string(
        "margin-top: 1px; margin-right: 2px; margin-bottom: 1px; margin-left: 2px;"
        " flex-grow: 1; flex-shrink: 1; flex-basis: 0px; padding-top: 3px"
    )
    text = str(style)
    assert "margin: 1px 2px" in text
    assert "flex: 1;" in text or text.endswith("flex: 1")
    assert "padding-top: 3px" in text
    assert "padding:" not in text
    assert CSS.from_string(text) == style


def test_str_keeps_longhands_with_different_importance():
    style = CSS.from_string("margin: 1px !important; margin-left: 2px")
    text = str(style)
    assert "margin:" not in text
    assert "margin-left: 2px" in text
    assert CSS.from_string(text) == style


def test_str_with_shorthand_important():
    style = CSS.from_string("margin: 1px 2px !important")
    assert str(style) == "margin: 1px 2px !important"
    assert CSS.from_string(str(style)) == style


@pytest.mark.parametrize(
    "text",
    [
        "border: 1px solid red",
        "border: 1px solid red; border-left: double",
        "font: bold 12px/2 Ahem, serif",
        "list-style: none",
        "list-style: url(a.png)",
        "flex: 1; flex-flow: column wrap",
        "place-content: baseline; gap: 1px",
        "overflow: hidden visible",
        "margin: 0 auto; padding: 1px 2px 3px",
    ],
)
def test_str_round_trips(text):
    style = CSS.from_string(text)
    assert CSS.from_string(str(style)) == style


@pytest.mark.parametrize(
    "text, grow, shrink, basis",
    [
        ("0", "0", "1", "0px"),
        ("0 1", "0", "1", "0px"),
        ("1 1 0", "1", "1", "0px"),
        ("0 auto", "0", "1", "auto"),
    ],
)
def test_flex_unitless_zero_is_a_factor_unless_after_two_factors(text, grow, shrink, basis):
    """css-flexbox-1 §7.2: "a unitless zero that is not already preceded by
    two flex factors must be interpreted as a flex factor"."""
    style = CSS(flex=text)
    assert (str(style.flex_grow), str(style.flex_shrink), str(style.flex_basis)) == (
        grow,
        shrink,
        basis,
    )


@pytest.mark.parametrize("text", ["0 0 4", "0 1 1", "0 0 0 0"])
def test_flex_rejects_a_third_unitless_number(text):
    with pytest.raises(ValueError, match="flex"):
        CSS(flex=text)
