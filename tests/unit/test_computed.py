"""Computed values (colosseum.style.compute_style), each expectation taken from
the specification section named in the test's name or docstring.
"""

import pytest

from colosseum.style import CSS, PROPERTIES, ComputedStyle, compute_style
from colosseum.style.display import Display


def computed(text="", parent=None, **options):
    """The computed style of an element declaring ``text``."""
    return compute_style(CSS.from_string(text), parent, **options)


def chain(*texts, **options):
    """Computed styles of a root and its descendants, one declaration text each."""
    styles = []
    for text in texts:
        parent = styles[-1] if styles else None
        root = styles[0] if styles else None
        styles.append(compute_style(CSS.from_string(text), parent, root=root, **options))
    return styles


def px(value) -> float:
    """The number of px of a computed length, checking that it is in px."""
    text = str(value)
    assert text.endswith("px"), text
    return float(text[:-2])


ROOT = computed()  # a root element with no declarations


# -- the ComputedStyle mapping (DESIGN.md contract) ------------------------------


def test_computed_style_is_a_mapping_with_css_names():
    style = computed("width: 10px")
    assert isinstance(style, ComputedStyle)
    assert style["width"] == style["width"]
    assert str(style["width"]) == "10px"
    assert str(style["font-size"]) == "16px"
    assert "font-size" in style
    assert set(style) >= {"width", "font-size", "display", "margin-top"}
    assert len(style) == len(list(style))


def test_attribute_access_uses_underscores():
    style = computed("min-width: 7px; font-size: 20px")
    assert str(style.min_width) == "7px"
    assert str(style.font_size) == "20px"
    assert style.min_width == style["min-width"]


def test_item_access_accepts_underscores():
    style = computed("min-width: 7px")
    assert style["min_width"] == style["min-width"]


def test_computed_style_is_read_only():
    style = computed()
    with pytest.raises(AttributeError):
        style.width = 10
    with pytest.raises(TypeError):
        style["width"] = 10


def test_unknown_property_raises():
    with pytest.raises(AttributeError):
        computed().no_such_property  # noqa: B018
    with pytest.raises(ValueError):
        computed()["no-such-property"]


def test_every_value_prints_as_css():
    """DESIGN.md: every computed value prints as CSS (``str(c.font_size) == "16px"``)."""
    style = computed(
        "width: calc(10% + 2em); margin: 1em 5%; font: italic bold 12px/1.5 Ahem, serif;"
        " color: rgb(1, 2, 3); display: inline-flex; opacity: 50%; border: 2px solid"
    )
    for name, value in style.items():
        text = str(value)
        assert text and "Length(" not in text and "object at" not in text, (name, text)
    assert "font-size: 12px" in str(style)


def test_initial_computed_values_print_as_css():
    style = computed()
    assert str(style.font_size) == "16px"
    assert str(style.margin_top) == "0px"
    assert str(style.width) == "auto"
    assert str(style.line_height) == "normal"
    assert str(style.font_weight) == "400"
    assert str(style.opacity) == "1"
    assert str(style.color) == "rgb(0, 0, 0)"


def test_reading_a_shorthand_from_a_computed_style():
    style = computed("margin: 1em 2em; font-size: 10px")
    assert style.margin == "10px 20px"
    assert style["margin"] == "10px 20px"


def test_equal_inputs_compute_equal_styles():
    assert computed("width: 1em") == computed("width: 16px")
    assert computed("width: 1em") != computed("width: 15px")


def test_compute_style_accepts_none_for_no_declarations():
    assert compute_style(None) == compute_style(CSS())
    assert compute_style(None, ROOT) == compute_style(CSS(), ROOT)


# -- inheritance: CSS 2.1 §6.2 and each property's "Inherited" line ---------------

# Each property whose definition says "Inherited: yes", with a value other than
# its initial value.
INHERITED = {
    "color": "red",  # css-color-4 §3.1
    "direction": "rtl",  # CSS 2.1 §9.10
    "font-family": "Ahem",  # css-fonts-4 §2.1
    "font-size": "20px",  # css-fonts-4 §2.5
    "font-style": "italic",  # css-fonts-4 §2.4
    "font-variant": "small-caps",  # CSS 2.1 §15.5
    "font-weight": "700",  # css-fonts-4 §2.2
    "font-stretch": "condensed",  # css-fonts-4 §2.3
    "line-height": "2",  # CSS 2.1 §10.8.1
    "visibility": "hidden",  # CSS 2.1 §11.2
    "text-align": "center",  # css-text-3 §7.1
    "text-align-last": "right",  # css-text-3 §6.3
    "text-indent": "5px",  # css-text-3 §8.1
    "text-transform": "uppercase",  # css-text-3 §2.1
    "white-space": "pre",  # css-text-3 §3
    "letter-spacing": "2px",  # css-text-3 §9.2
    "word-spacing": "3px",  # css-text-3 §9.1
    "word-break": "break-all",  # css-text-3 §5.2
    "overflow-wrap": "anywhere",  # css-text-3 §5.5
    "line-break": "strict",  # css-text-3 §5.3
    "hyphens": "auto",  # css-text-3 §6.1
    "tab-size": "4",  # css-text-3 §4.2
    "list-style-type": "square",  # css-lists-3, CSS 2.1 §12.5.1
    "list-style-position": "inside",
    "list-style-image": "url(a.png)",
    "quotes": "none",  # CSS 2.1 §12.3.1
    "border-collapse": "collapse",  # CSS 2.1 §17.6
    "border-spacing": "2px",  # CSS 2.1 §17.6.1
    "caption-side": "bottom",  # CSS 2.1 §17.4.1
    "empty-cells": "hide",  # CSS 2.1 §17.6.1.1
}

# Properties whose definition says "Inherited: no": a value set on the parent,
# and the child's computed value (the initial value, computed).
NOT_INHERITED = {
    "display": ("table", "inline"),  # css-display-3 §2
    "position": ("relative", "static"),  # CSS 2.1 §9.3.1
    "float": ("left", "none"),  # CSS 2.1 §9.5.1
    "clear": ("both", "none"),  # CSS 2.1 §9.5.2
    "top": ("1px", "auto"),  # CSS 2.1 §9.3.2
    "right": ("1px", "auto"),
    "bottom": ("1px", "auto"),
    "left": ("1px", "auto"),
    "width": ("1px", "auto"),  # CSS 2.1 §10.2
    "height": ("1px", "auto"),  # CSS 2.1 §10.5
    "min-width": ("1px", "auto"),  # css-sizing-3 §3.2
    "max-width": ("1px", "none"),  # CSS 2.1 §10.4
    "min-height": ("1px", "auto"),
    "max-height": ("1px", "none"),
    "box-sizing": ("border-box", "content-box"),  # css-sizing-3 §3.5
    "aspect-ratio": ("2", "auto"),  # css-sizing-4
    "margin-top": ("1px", "0px"),  # CSS 2.1 §8.3
    "margin-left": ("1px", "0px"),
    "padding-top": ("1px", "0px"),  # CSS 2.1 §8.4
    "padding-left": ("1px", "0px"),
    "border-top-style": ("solid", "none"),  # CSS 2.1 §8.5.3
    "border-top-color": ("red", "currentcolor"),  # CSS 2.1 §8.5.2, css-color-4
    "overflow-x": ("hidden", "visible"),  # css-overflow-3
    "overflow-y": ("hidden", "visible"),
    "z-index": ("1", "auto"),  # CSS 2.1 §9.9.1
    "opacity": ("0.5", "1"),  # css-color-4 §11.2
    "vertical-align": ("middle", "baseline"),  # CSS 2.1 §10.8.1
    "unicode-bidi": ("embed", "normal"),  # CSS 2.1 §9.10
    "table-layout": ("fixed", "auto"),  # CSS 2.1 §17.5.2
    "content": ("none", "normal"),  # CSS 2.1 §12.2
    "counter-reset": ("a", "none"),  # CSS 2.1 §12.4
    "counter-increment": ("a", "none"),
    "flex-direction": ("column", "row"),  # css-flexbox-1 §5.1
    "flex-wrap": ("wrap", "nowrap"),  # css-flexbox-1 §5.2
    "order": ("1", "0"),  # css-flexbox-1 §5.4
    "flex-grow": ("2", "0"),  # css-flexbox-1 §7.3.1
    "flex-shrink": ("0", "1"),  # css-flexbox-1 §7.3.2
    "flex-basis": ("1px", "auto"),  # css-flexbox-1 §7.3.3
    "justify-content": ("center", "normal"),  # css-align-3 §5.1
    "align-content": ("center", "normal"),
    "align-items": ("center", "normal"),  # css-align-3 §7.2
    "align-self": ("center", "auto"),  # css-align-3 §6.2
    "justify-self": ("center", "auto"),  # css-align-3 §6.1
    "row-gap": ("1px", "normal"),  # css-align-3 §8.1
    "column-gap": ("1px", "normal"),
}


@pytest.mark.parametrize("name", sorted(INHERITED))
def test_inherited_property_takes_the_parents_computed_value(name):
    """CSS 2.1 §6.2: an inherited property not declared on the child takes the
    parent's computed value."""
    parent = computed(f"{name}: {INHERITED[name]}")
    child = computed("", parent)
    assert parent[name] != ROOT[name]
    assert child[name] == parent[name]


@pytest.mark.parametrize("name", sorted(NOT_INHERITED))
def test_non_inherited_property_takes_its_initial_value(name):
    """CSS 2.1 §6.1.1: a property that is not inherited and not declared takes
    its initial value."""
    value, initial = NOT_INHERITED[name]
    parent = computed(f"{name}: {value}")
    child = computed("", parent)
    assert str(parent[name]) != initial
    assert str(child[name]) == initial


def test_inherited_flags_match_the_specifications():
    """Each property's "Inherited" line, as the property table records it."""
    for name in INHERITED:
        assert PROPERTIES[name].inherited, name
    for name in NOT_INHERITED:
        assert not PROPERTIES[name].inherited, name
    inherited = {name for name, entry in PROPERTIES.items() if entry.inherited}
    assert inherited <= set(INHERITED), inherited - set(INHERITED)


def test_inheritance_chain_with_a_declaring_middle_element():
    """CSS 2.1 §6.2: each element inherits its parent's computed value, so a
    declaration in the middle of a chain reaches the elements below it only."""
    _root, middle, child, grandchild = chain(
        "color: red; font-size: 10px; width: 100px",
        "color: blue; font-size: 2em",
        "",
        "width: 1em",
    )
    assert str(middle.color) == "rgb(0, 0, 255)"
    assert str(child.color) == str(grandchild.color) == "rgb(0, 0, 255)"
    assert str(middle.font_size) == str(child.font_size) == "20px"
    assert str(grandchild.font_size) == "20px"
    assert str(grandchild.width) == "20px"
    assert str(middle.width) == str(child.width) == "auto"  # width is not inherited


def test_inherited_font_size_is_the_computed_value_css21_6_2_example():
    """CSS 2.1 §6.2 example: body { font-size: 10pt } h1 { font-size: 130% }:
    H1 computes to 13pt, and EM inside it inherits 13pt."""
    _body, h1, em = chain("font-size: 10pt", "font-size: 130%", "")
    assert px(h1.font_size) == pytest.approx(13 * 96 / 72)
    assert px(em.font_size) == pytest.approx(13 * 96 / 72)


def test_children_inherit_relative_values_computed_css_values_4_6_1():
    """css-values-4 §6.1: child elements inherit the computed value, not the
    relative value as specified."""
    _parent, child = chain("font-size: 10px; text-indent: 2em", "font-size: 30px")
    assert str(child.text_indent) == "20px"


# -- inherit, initial, unset: CSS 2.1 §6.2.1, css-cascade-4 §7.3 -------------------


def test_inherit_on_an_inherited_property():
    parent = computed("color: red; font-size: 20px")
    child = computed("color: inherit; font-size: inherit", parent)
    assert child.color == parent.color
    assert str(child.font_size) == "20px"


def test_inherit_on_a_non_inherited_property_takes_the_parents_computed_value():
    """CSS 2.1 §6.2.1: 'inherit' takes the parent's computed value, which for a
    percentage width is the percentage and for an em margin the px length."""
    parent = computed("width: 50%; margin-left: 2em; font-size: 10px; position: relative")
    child = computed(
        "width: inherit; margin-left: inherit; font-size: 30px; position: inherit", parent
    )
    assert str(child.width) == "50%"
    assert str(child.margin_left) == "20px"
    assert str(child.position) == "relative"


def test_inherit_on_the_root_gives_the_initial_value():
    """CSS 2.1 §6.2.1: "If the 'inherit' value is set on the root element, the
    property is assigned its initial value."""
    style = computed("color: inherit; width: inherit; font-size: inherit")
    assert style.color == ROOT.color
    assert str(style.width) == "auto"
    assert str(style.font_size) == "16px"


def test_initial_on_an_inherited_property():
    """css-cascade-4 §7.3.1: 'initial' is the property's initial value, even
    for an inherited property."""
    parent = computed("color: red; font-size: 30px; line-height: 3; font-weight: 700")
    child = computed(
        "color: initial; font-size: initial; line-height: initial; font-weight: initial", parent
    )
    assert child.color == ROOT.color
    assert str(child.font_size) == "16px"  # medium
    assert str(child.line_height) == "normal"
    assert str(child.font_weight) == "400"  # normal, css-fonts-4 §2.2


def test_initial_on_a_non_inherited_property():
    parent = computed("width: 10px")
    child = computed("width: 20px; display: initial; width: initial", parent)
    assert str(child.width) == "auto"
    assert str(child.display) == "inline"


def test_initial_border_width_is_medium():
    """css-cascade-4 §7.3.1 with CSS 2.1 §8.5.1: the initial border width is
    'medium' (3px); it computes to 0 only while the style is none."""
    style = computed("border-top-width: initial; border-top-style: solid")
    assert str(style.border_top_width) == "3px"


def test_unset_on_an_inherited_property_inherits():
    """css-cascade-4 §7.3.3: 'unset' is 'inherit' on an inherited property."""
    parent = computed("color: red; font-size: 20px")
    child = computed("color: unset; font-size: unset", parent)
    assert child.color == parent.color
    assert str(child.font_size) == "20px"


def test_unset_on_a_non_inherited_property_is_initial():
    """css-cascade-4 §7.3.3: 'unset' is 'initial' on a non-inherited property."""
    parent = computed("width: 10px; border-top-width: 7px; border-top-style: solid")
    child = computed("width: unset; border-top-width: unset; border-top-style: solid", parent)
    assert str(child.width) == "auto"
    assert str(child.border_top_width) == "3px"


def test_revert_acts_as_unset_without_other_origins():
    """css-cascade-4 §7.3.4: with no user or user-agent declarations to roll
    back to, 'revert' acts as 'unset'."""
    parent = computed("color: red; width: 10px")
    child = computed("color: revert; width: revert", parent)
    assert child.color == parent.color
    assert str(child.width) == "auto"


def test_css_wide_keywords_through_shorthands():
    parent = computed("margin: 1px 2px 3px 4px; font: italic 20px/2 Ahem")
    child = computed("margin: inherit; font: unset", parent)
    assert child.margin == "1px 2px 3px 4px"
    assert str(child.font_size) == "20px"
    assert str(child.font_style) == "italic"
    assert str(child.line_height) == "2"


# -- font-size: css-fonts-4 §2.5, CSS 2.1 §15.7 ------------------------------------


@pytest.mark.parametrize(
    ("keyword", "size"),
    [
        # css-fonts-4 §2.5.1 leaves the table to the UA (its factors are
        # guidelines); browsers' legacy table for medium = 16px, as Chromium's
        # getComputedStyle reports it (tests/web_platform/computed_styles).
        ("xx-small", 9.0),
        ("x-small", 10.0),
        ("small", 13.0),
        ("medium", 16.0),
        ("large", 18.0),
        ("x-large", 24.0),
        ("xx-large", 32.0),
        ("xxx-large", 48.0),
    ],
)
def test_absolute_size_keywords(keyword, size):
    """css-fonts-4 §2.5: absolute sizes index the UA's table, medium being the
    initial 16px; they do not depend on the parent's size."""
    assert px(computed(f"font-size: {keyword}").font_size) == pytest.approx(size)
    big_parent = computed("font-size: 40px")
    assert px(computed(f"font-size: {keyword}", big_parent).font_size) == pytest.approx(size)


def test_initial_font_size_is_medium():
    assert str(ROOT.font_size) == "16px"


def test_larger_from_medium_is_large():
    """CSS 2.1 §15.7: "if the parent element has a font size of 'medium', a
    value of 'larger' will make the font size of the current element be
    'large'."""
    assert px(computed("font-size: larger").font_size) == pytest.approx(19.2)


def test_larger_and_smaller_scale_the_parents_size():
    """css-fonts-4 §2.5 <relative-size>: relative to the parent's font size,
    by a ratio around 1.2 to 1.5; smaller undoes larger."""
    parent = computed("font-size: 20px")
    larger = px(computed("font-size: larger", parent).font_size)
    smaller = px(computed("font-size: smaller", parent).font_size)
    assert 20 * 1.2 - 1e-9 <= larger <= 20 * 1.5 + 1e-9
    assert 20 / 1.5 - 1e-9 <= smaller <= 20 / 1.2 + 1e-9
    back = computed("font-size: smaller", computed("font-size: larger", parent))
    assert px(back.font_size) == pytest.approx(20)


def test_font_size_percentage_and_em_are_of_the_parents_size():
    """CSS 2.1 §15.7: "On the 'font-size' property, these length units refer to
    the computed font size of the parent element"; percentages likewise."""
    parent = computed("font-size: 20px")
    assert str(computed("font-size: 150%", parent).font_size) == "30px"
    assert str(computed("font-size: 1.5em", parent).font_size) == "30px"
    assert str(computed("font-size: 150%; width: 1em", parent).width) == "30px"


def test_font_size_ex_is_of_the_parents_font():
    """css-values-4 §6.1.1: ex in font-size uses the parent's first available
    font (0.5em without metrics, 0.8em for Ahem)."""
    assert str(computed("font-size: 2ex", computed("font-size: 20px")).font_size) == "20px"
    ahem = computed("font-size: 20px; font-family: Ahem")
    assert str(computed("font-size: 2ex; font-family: serif", ahem).font_size) == "32px"


def test_font_size_calc_resolves_percentages():
    """css-values-4 §10.11: font-size computes percentages, so a calc() with
    one computes to a length."""
    parent = computed("font-size: 20px")
    assert str(computed("font-size: calc(50% + 2px)", parent).font_size) == "12px"
    assert str(computed("font-size: calc(1em + 2px)", parent).font_size) == "22px"


def test_font_size_calc_is_clamped_at_zero():
    """css-values-4 §10.12: a negative calc() font size is clamped to 0."""
    assert str(computed("font-size: calc(5px - 10px)").font_size) == "0px"


def test_font_size_absolute_units():
    assert px(computed("font-size: 12pt").font_size) == pytest.approx(16)


def test_rem_against_the_root():
    """css-values-4 §6.1.1: rem equals the computed font size of the root."""
    _root, child = chain("font-size: 20px", "font-size: 2rem; width: 1rem")
    assert str(child.font_size) == "40px"
    assert str(child.width) == "20px"


def test_rem_reaches_descendants_without_passing_root():
    """The root defaults to the parent chain's root (compute_style docstring)."""
    root = computed("font-size: 20px")
    middle = computed("font-size: 50px", root)
    child = computed("width: 2rem", middle)
    assert str(child.width) == "40px"


def test_rem_on_the_root_font_size_is_the_initial_font_size():
    """css-values-4 §6.1.1: "When specified in the font-size property of the
    root element, the rem units refer to the property's initial value"."""
    root = computed("font-size: 2rem")
    assert str(root.font_size) == "32px"


def test_rem_in_other_properties_of_the_root_uses_its_own_font_size():
    root = computed("font-size: 20px; width: 2rem")
    assert str(root.width) == "40px"


def test_em_on_the_root_font_size_is_of_the_initial_font_size():
    """css-fonts-4 §2.5: the root's parent font size is the initial medium."""
    assert str(computed("font-size: 2em").font_size) == "32px"


# -- lengths in other properties: css-values-4 §6 ------------------------------------


def test_em_in_other_properties_uses_the_elements_own_font_size():
    """css-values-4 §6.1.1 and CSS 2.1 §15.7: em equals the computed font size
    of the element on which it is used."""
    parent = computed("font-size: 20px")
    style = computed("font-size: 10px; width: 2em; margin-left: -1em; padding-top: 0.5em", parent)
    assert str(style.width) == "20px"
    assert str(style.margin_left) == "-10px"
    assert str(style.padding_top) == "5px"


def test_ex_and_ch_default_to_half_an_em():
    """css-values-4 §6.1.1: "In the cases where it is impossible or impractical
    to determine the x-height, a value of 0.5em must be assumed"; likewise
    0.5em for ch."""
    style = computed("font-size: 10px; width: 2ex; height: 2ch", computed("font-size: 40px"))
    assert str(style.width) == "10px"
    assert str(style.height) == "10px"


def test_ex_and_ch_of_ahem():
    """The Ahem test font: x-height 0.8em, every advance (the "0" too) 1em."""
    style = computed("font-family: Ahem; font-size: 10px; width: 1ex; height: 1ch")
    assert str(style.width) == "8px"
    assert str(style.height) == "10px"


def test_ex_and_ch_use_the_elements_own_font_family():
    """css-values-4 §6.1.1: ex and ch use the element's first available font,
    declared on the element itself or inherited."""
    parent = computed("font-family: Ahem")
    inherited = computed("font-size: 10px; width: 1ex", parent)
    assert str(inherited.width) == "8px"
    own = computed("font-family: serif; font-size: 10px; width: 1ex", parent)
    assert str(own.width) == "5px"
    via_font = computed("font: 10px Ahem; width: 1ex; height: 1ch")
    assert str(via_font.width) == "8px"
    assert str(via_font.height) == "10px"


@pytest.mark.parametrize(
    ("text", "pixels"),
    [
        # css-values-4 §6.2: 1in = 2.54cm = 96px, 1pt = 1/72in, 1pc = 1/6in,
        # 1mm = 1/10cm, 1Q = 1/40cm.
        ("1in", 96.0),
        ("2.54cm", 96.0),
        ("25.4mm", 96.0),
        ("101.6q", 96.0),
        ("101.6Q", 96.0),
        ("72pt", 96.0),
        ("6pc", 96.0),
        ("1pc", 16.0),
        ("3pt", 4.0),
        ("7px", 7.0),
    ],
)
def test_absolute_units_compute_to_px(text, pixels):
    assert px(computed(f"width: {text}").width) == pytest.approx(pixels)


@pytest.mark.parametrize(
    ("unit", "pixels"),
    # css-values-4 §6.1.2: 1% of the viewport's width, height, smaller and
    # larger dimension.
    [("vw", 80.0), ("vh", 60.0), ("vmin", 60.0), ("vmax", 80.0)],
)
def test_viewport_units_with_a_viewport(unit, pixels):
    style = computed(f"width: 10{unit}", viewport=(800, 600))
    assert px(style.width) == pytest.approx(pixels)


def test_viewport_units_reach_descendants_given_the_viewport():
    _root, child = chain("", "font-size: 5vw; margin-top: 10vh", viewport=(800, 600))
    assert str(child.font_size) == "40px"
    assert str(child.margin_top) == "60px"


def test_viewport_units_stay_without_a_viewport():
    style = computed("width: 10vw; height: 5vmin")
    assert str(style.width) == "10vw"
    assert str(style.height) == "5vmin"


def test_calc_keeps_percentages_and_resolves_lengths():
    """css-values-4 §10.11: the computed value of a math function is its
    calculation simplified with what is known at computed-value time; a
    percentage of a layout basis stays."""
    style = computed("font-size: 10px; width: calc(10% + 2em)")
    assert str(style.width) == "calc(10% + 20px)"
    assert str(computed("width: calc(1em + 2px)").width) == "18px"
    assert str(computed("width: calc(1in - 6px)").width) == "90px"


def test_calc_with_viewport_units():
    assert str(computed("width: calc(10vw + 1em)", viewport=(800, 600)).width) == "96px"
    # Without a viewport the vw term waits; the em term is resolved
    # (terms sorted as css-values-4 §10.13 says: px before vw).
    assert str(computed("width: calc(10vw + 1em)").width) == "calc(16px + 10vw)"


def test_calc_is_clamped_to_the_propertys_range():
    """css-values-4 §10.12: a math function's value is clamped to the range the
    property allows ("width: calc(5px - 10px)" is 0px); margins may be negative."""
    assert str(computed("width: calc(5px - 10px)").width) == "0px"
    assert str(computed("padding-left: calc(1em - 20px)").padding_left) == "0px"
    assert str(computed("margin-left: calc(1em - 20px)").margin_left) == "-4px"
    assert str(computed("line-height: calc(1 - 2)").line_height) == "0"
    assert str(computed("line-height: calc(10% - 5px)").line_height) == "0px"
    assert str(computed("flex-grow: calc(-3)").flex_grow) == "0"


def test_calc_in_an_integer_property_rounds():
    """css-values-4 §10.12: a math function resolving to a <number> where only
    an <integer> is allowed is rounded to the nearest integer (halves up)."""
    assert computed("z-index: calc(2.5)").z_index == 3
    assert computed("z-index: calc(2.4)").z_index == 2
    assert computed("order: calc(-2.5)").order == -2
    assert str(computed("z-index: calc(7 / 2)").z_index) == "4"


def test_percentages_are_kept_for_layout():
    """CSS 2.1 §8.3, §8.4, §10.2, §9.3.2: percentages of the containing block
    compute to themselves."""
    style = computed(
        "margin: 10% 5%; padding: 1% 2% 3% 4%; width: 50%; height: 25%; top: 20%;"
        " min-width: 10%; max-height: 90%; flex-basis: 30%; row-gap: 5%; text-indent: 3%"
    )
    assert str(style.margin_top) == "10%"
    assert str(style.margin_left) == "5%"
    assert str(style.padding_left) == "4%"
    assert str(style.width) == "50%"
    assert str(style.height) == "25%"
    assert str(style.top) == "20%"
    assert str(style.min_width) == "10%"
    assert str(style.max_height) == "90%"
    assert str(style.flex_basis) == "30%"
    assert str(style.row_gap) == "5%"
    assert str(style.text_indent) == "3%"


# -- line-height: CSS 2.1 §10.8.1 -----------------------------------------------------


def test_line_height_example_css21_10_8_1():
    """CSS 2.1 §10.8.1: "div { line-height: 1.2; font-size: 10pt } /* number */",
    "1.2em /* length */" and "120% /* percentage */" give the same line height:
    the number stays a number, the others compute to the length 16px."""
    number = computed("line-height: 1.2; font-size: 10pt")
    length = computed("line-height: 1.2em; font-size: 10pt")
    percentage = computed("line-height: 120%; font-size: 10pt")
    assert str(number.line_height) == "1.2"
    assert px(length.line_height) == pytest.approx(16)
    assert px(percentage.line_height) == pytest.approx(16)


def test_line_height_number_inherits_as_a_number():
    """CSS 2.1 §10.8.1 <number>: "The computed value is the same as the
    specified value", so children scale it by their own font size."""
    parent = computed("line-height: 1.5; font-size: 10px")
    child = computed("font-size: 20px", parent)
    assert str(child.line_height) == "1.5"


def test_line_height_percentage_and_em_inherit_as_lengths():
    """CSS 2.1 §10.8.1 <percentage>: "The computed value of the property is
    this percentage multiplied by the element's computed font size"; a child
    with another font size inherits that length."""
    for value in ("150%", "1.5em"):
        parent = computed(f"line-height: {value}; font-size: 10px")
        child = computed("font-size: 20px", parent)
        assert str(parent.line_height) == "15px"
        assert str(child.line_height) == "15px"


def test_line_height_normal_stays_normal():
    assert str(computed("line-height: normal").line_height) == "normal"


def test_line_height_calc():
    assert str(computed("line-height: calc(1.5)").line_height) == "1.5"
    assert str(computed("font-size: 10px; line-height: calc(150% + 1px)").line_height) == "16px"


# -- font-weight: css-fonts-4 §2.2 ------------------------------------------------------


def test_font_weight_keywords_compute_to_numbers():
    """css-fonts-4 §2.2: normal is 400, bold is 700; the computed value is a number."""
    assert str(computed("font-weight: normal").font_weight) == "400"
    assert str(computed("font-weight: bold").font_weight) == "700"
    assert str(computed("font-weight: 250").font_weight) == "250"
    assert str(ROOT.font_weight) == "400"


@pytest.mark.parametrize(
    ("inherited", "bolder", "lighter"),
    [
        # css-fonts-4 §2.2.1, table of bolder and lighter by inherited weight
        (50, 400, 50),  # w < 100: bolder 400, lighter no change
        (100, 400, 100),  # 100 <= w < 350
        (349, 400, 100),
        (350, 700, 100),  # 350 <= w < 550
        (400, 700, 100),
        (549, 700, 100),
        (550, 900, 400),  # 550 <= w < 750
        (700, 900, 400),
        (749, 900, 400),
        (750, 900, 700),  # 750 <= w < 900
        (899, 900, 700),
        (900, 900, 700),  # 900 <= w: bolder no change, lighter 700
        (950, 950, 700),
    ],
)
def test_bolder_and_lighter(inherited, bolder, lighter):
    parent = computed(f"font-weight: {inherited}")
    assert float(computed("font-weight: bolder", parent).font_weight) == bolder
    assert float(computed("font-weight: lighter", parent).font_weight) == lighter


@pytest.mark.parametrize(
    ("inherited", "bolder", "lighter"),
    # CSS 2.1 §15.6, "The meaning of 'bolder' and 'lighter'"
    [
        (100, 400, 100),
        (200, 400, 100),
        (300, 400, 100),
        (400, 700, 100),
        (500, 700, 100),
        (600, 900, 400),
        (700, 900, 400),
        (800, 900, 700),
        (900, 900, 700),
    ],
)
def test_bolder_and_lighter_css21_table(inherited, bolder, lighter):
    parent = computed(f"font-weight: {inherited}")
    assert float(computed("font-weight: bolder", parent).font_weight) == bolder
    assert float(computed("font-weight: lighter", parent).font_weight) == lighter


def test_bolder_on_the_root_is_relative_to_normal():
    """The root inherits the initial weight, normal (400): bolder gives 700."""
    assert str(computed("font-weight: bolder").font_weight) == "700"
    assert str(computed("font-weight: lighter").font_weight) == "100"


def test_children_inherit_the_computed_weight_not_bolder():
    """CSS 2.1 §15.6: "Child elements inherit the calculated weight, not a value
    of 'bolder' or 'lighter'."""
    _root, strong, child = chain("", "font-weight: bolder", "")
    assert str(child.font_weight) == "700"
    nested = computed("font-weight: bolder", strong)
    assert str(nested.font_weight) == "900"


def test_font_weight_calc_is_clamped_to_1_1000():
    """css-values-4 §10.12 with css-fonts-4 §2.2 (<number [1,1000]>)."""
    assert str(computed("font-weight: calc(2000)").font_weight) == "1000"
    assert str(computed("font-weight: calc(-5)").font_weight) == "1"


# -- border widths: CSS 2.1 §8.5.1, css-backgrounds-3 §3.3 -----------------------------


@pytest.mark.parametrize(("keyword", "pixels"), [("thin", 1), ("medium", 3), ("thick", 5)])
def test_border_width_keywords(keyword, pixels):
    """css-backgrounds-3 §3.3: thin, medium and thick are 1px, 3px and 5px
    (CSS 2.1 §8.5.1 only requires thin <= medium <= thick)."""
    style = computed(f"border-top-width: {keyword}; border-top-style: solid")
    assert str(style.border_top_width) == f"{pixels}px"


def test_border_width_is_zero_when_the_style_is_none_or_hidden():
    """CSS 2.1 §8.5.3: 'none': "the computed border width is zero"; 'hidden' is
    the same as 'none' except for table border conflicts."""
    for style in ("none", "hidden"):
        result = computed(f"border-width: 10px; border-style: {style}")
        for side in ("top", "right", "bottom", "left"):
            assert str(result[f"border-{side}-width"]) == "0px"


def test_border_width_is_zero_with_the_initial_style():
    """CSS 2.1 §8.5.3: the initial border style is none, so no border shows."""
    assert str(computed("border-width: 10px").border_left_width) == "0px"
    assert str(ROOT.border_top_width) == "0px"


def test_border_width_with_a_style_and_no_width_is_medium():
    """CSS 2.1 §8.5.1: the initial border width is medium."""
    assert str(computed("border-top-style: solid").border_top_width) == "3px"
    assert str(computed("border: solid").border_right_width) == "3px"


def test_border_width_per_side_follows_its_own_style():
    style = computed("border-width: 4px; border-style: solid none dotted hidden")
    assert [str(style[f"border-{s}-width"]) for s in ("top", "right", "bottom", "left")] == [
        "4px",
        "0px",
        "4px",
        "0px",
    ]


def test_border_width_lengths_compute_to_px():
    style = computed("font-size: 10px; border: 0.2em solid")
    assert str(style.border_top_width) == "2px"


def test_border_width_snapping():
    """css-values-4 "snap as a border width": a width of at least one device
    pixel is floored to whole device pixels; a positive width under one
    becomes one (1 device px per CSS px here)."""
    cases = {"0.5px": "1px", "0.01px": "1px", "1px": "1px", "2.7px": "2px", "0px": "0px"}
    for width, expected in cases.items():
        assert str(computed(f"border: {width} solid").border_top_width) == expected, width
    assert str(computed("border: calc(1px + 1.5px) solid").border_top_width) == "2px"


def test_inherited_border_width_is_the_parents_computed_value():
    """CSS 2.1 §6.2.1 with §8.5.3: the parent's computed width is 0 when its
    style is none, and 'inherit' takes that computed value."""
    parent = computed("border-top-width: 7px")
    child = computed("border-top-width: inherit; border-top-style: solid", parent)
    assert str(child.border_top_width) == "0px"
    parent = computed("border-top: 7px solid")
    child = computed("border-top-width: inherit; border-top-style: solid", parent)
    assert str(child.border_top_width) == "7px"


# -- display: CSS 2.1 §9.7, css-display-3 §2.7 -----------------------------------------

# CSS 2.1 §9.7 table, with css-display-3 §2.7 for the newer values: the
# computed display of a float, an absolutely positioned box and the root.
BLOCKIFIED = {
    "inline": "block",
    "inline-block": "block",  # "inline flow-root" blockifies to "block" (legacy)
    "inline-table": "table",
    "inline-flex": "flex",
    "inline-grid": "grid",
    "run-in": "block",
    "table-row-group": "block",
    "table-column": "block",
    "table-column-group": "block",
    "table-header-group": "block",
    "table-footer-group": "block",
    "table-row": "block",
    "table-cell": "block",
    "table-caption": "block",
    "ruby-base": "block",
    "inline list-item": "list-item",
    "ruby": "block ruby",
    # "others: same as specified"
    "block": "block",
    "flow-root": "flow-root",
    "table": "table",
    "flex": "flex",
    "grid": "grid",
    "list-item": "list-item",
    "none": "none",
}


@pytest.mark.parametrize("specified", sorted(BLOCKIFIED))
def test_absolutely_positioned_boxes_are_blockified(specified):
    """CSS 2.1 §9.7 rule 2: position absolute or fixed: the table applies and
    the computed float is none."""
    for position in ("absolute", "fixed"):
        style = computed(f"display: {specified}; position: {position}; float: left", ROOT)
        assert str(style.display) == BLOCKIFIED[specified]
        if specified != "none":
            assert style.float == "none"


@pytest.mark.parametrize("specified", sorted(BLOCKIFIED))
def test_floats_are_blockified(specified):
    """CSS 2.1 §9.7 rule 3: a float's display follows the table."""
    for side in ("left", "right"):
        style = computed(f"display: {specified}; float: {side}", ROOT)
        assert str(style.display) == BLOCKIFIED[specified]
        assert style.float == side


@pytest.mark.parametrize("specified", sorted(BLOCKIFIED))
def test_the_root_is_blockified(specified):
    """CSS 2.1 §9.7 rule 4 and css-display-3 §2.7: "The root element's display
    type is always blockified"."""
    assert str(computed(f"display: {specified}").display) == BLOCKIFIED[specified]


@pytest.mark.parametrize("specified", sorted(BLOCKIFIED))
def test_in_flow_non_root_display_is_as_specified(specified):
    """CSS 2.1 §9.7 rule 5: otherwise the display values apply as specified."""
    style = computed(f"display: {specified}; position: relative", ROOT)
    assert str(style.display) == str(CSS(display=specified).display)


def test_root_display_contents_computes_to_block():
    """css-display-3 §2.7: "a display of contents computes to block on the root
    element"."""
    assert str(computed("display: contents").display) == "block"


def test_not_the_root_when_is_root_is_false():
    style = compute_style(CSS(display="inline"), None, is_root=False)
    assert str(style.display) == "inline"


def test_blockified_display_keeps_the_list_item_flag():
    style = computed("display: inline list-item; float: left", ROOT)
    assert style.display.list_item
    assert style.display.outer == "block"


def test_position_relative_does_not_blockify():
    for position in ("static", "relative", "sticky"):
        style = computed(f"display: inline-block; position: {position}", ROOT)
        assert str(style.display) == "inline-block"


def test_float_on_an_absolutely_positioned_box_is_none():
    """CSS 2.1 §9.7 rule 2: "the computed value of 'float' is 'none'"."""
    assert computed("position: absolute; float: right", ROOT).float == "none"
    assert computed("position: fixed; float: left", ROOT).float == "none"
    assert computed("position: relative; float: left", ROOT).float == "left"


@pytest.mark.parametrize("container", ["flex", "inline-flex", "grid", "inline-grid"])
def test_children_of_flex_and_grid_containers_are_blockified(container):
    """css-display-3 §2.7: "A parent with a grid or flex display value
    blockifies the box's display type" (css-flexbox-1 §4, css-grid-1 §6)."""
    parent = computed(f"display: {container}", ROOT)
    for specified, expected in BLOCKIFIED.items():
        style = computed(f"display: {specified}", parent)
        assert str(style.display) == expected, specified
    assert str(computed("", parent).display) == "block"  # the initial inline


@pytest.mark.parametrize("container", ["block", "inline", "flow-root", "table", "inline-block"])
def test_children_of_other_containers_are_not_blockified(container):
    parent = computed(f"display: {container}", ROOT)
    for specified in ("inline", "inline-block", "inline-flex", "table-cell"):
        assert str(computed(f"display: {specified}", parent).display) == specified


def test_blockification_does_not_apply_to_contents_and_none():
    """css-display-3 §2.7: blockification "has no effect on display types that
    generate no box at all, such as none or contents"."""
    parent = computed("display: flex", ROOT)
    assert str(computed("display: contents", parent).display) == "contents"
    assert str(computed("display: none", parent).display) == "none"
    assert str(computed("display: contents; float: left", ROOT).display) == "contents"


def test_flex_items_through_a_display_contents_parent_are_blockified():
    """css-display-3 §2.5: a contents element's children take its place in the
    box tree, so they are the flex container's items and are blockified."""
    item = chain("", "display: flex", "display: contents", "display: inline")[-1]
    assert str(item.display) == "block"
    assert item.box_parent_display == "flex"
    item = chain(
        "", "display: grid", "display: contents", "display: contents", "display: inline-table"
    )[-1]
    assert str(item.display) == "table"
    item = chain("", "display: block", "display: contents", "")[-1]
    assert str(item.display) == "inline"


def test_grandchildren_of_a_flex_container_are_not_blockified():
    _root, _flex, item, grandchild = chain("", "display: flex", "", "display: inline")
    assert str(item.display) == "block"
    assert str(grandchild.display) == "inline"


def test_computed_display_is_a_display_value():
    style = computed("display: inline-flex", ROOT)
    assert isinstance(style.display, Display)
    assert style.display.outer == "inline"
    assert style.display.inner == "flex"


# -- overflow: css-overflow-3 §3.1 --------------------------------------------------------


@pytest.mark.parametrize(
    ("specified", "expected"),
    [
        # "visible/clip compute to auto/hidden (respectively) if one of
        # overflow-x or overflow-y is neither visible nor clip"
        (("visible", "hidden"), ("auto", "hidden")),
        (("hidden", "visible"), ("hidden", "auto")),
        (("visible", "scroll"), ("auto", "scroll")),
        (("auto", "visible"), ("auto", "auto")),
        (("clip", "scroll"), ("hidden", "scroll")),
        (("auto", "clip"), ("auto", "hidden")),
        (("clip", "hidden"), ("hidden", "hidden")),
        # pairs that need no change
        (("visible", "clip"), ("visible", "clip")),
        (("clip", "visible"), ("clip", "visible")),
        (("visible", "visible"), ("visible", "visible")),
        (("clip", "clip"), ("clip", "clip")),
        (("hidden", "scroll"), ("hidden", "scroll")),
        (("auto", "auto"), ("auto", "auto")),
    ],
)
def test_overflow_visible_and_clip_pair_with_scrolling_values(specified, expected):
    x, y = specified
    style = computed(f"overflow-x: {x}; overflow-y: {y}")
    assert (style.overflow_x, style.overflow_y) == expected


# -- color and opacity: css-color-4 ----------------------------------------------------------


def test_currentcolor_on_color_inherits_the_parents_color():
    """css-color-4 §6.4: currentcolor as the value of color is treated as inherit."""
    parent = computed("color: red")
    assert computed("color: currentcolor", parent).color == parent.color
    assert computed("color: currentColor").color == ROOT.color


def test_currentcolor_on_other_properties_stays_the_keyword():
    """css-color-4 §6.4: on other properties currentcolor computes to itself,
    so a border follows the element's own color."""
    style = computed("color: red; border-top-color: currentcolor", computed("color: blue"))
    assert str(style.border_top_color) == "currentcolor"


@pytest.mark.parametrize(
    ("specified", "expected"),
    # css-color-4 §11.2 opacity: <alpha-value>, "clamped to the range [0,1]";
    # a percentage computes to the number.
    [("0.5", "0.5"), ("1.5", "1"), ("-1", "0"), ("50%", "0.5"), ("150%", "1"), ("0", "0")],
)
def test_opacity_is_clamped(specified, expected):
    assert str(computed(f"opacity: {specified}").opacity) == expected


# -- logical insets: css-logical-1 §4, css-position-3 §3.1 ------------------------------------


def test_inset_inline_start_is_left_in_ltr_and_right_in_rtl():
    ltr = computed("inset-inline-start: 5px")
    assert str(ltr.left) == "5px"
    assert str(ltr.right) == "auto"
    rtl = computed("inset-inline-start: 5px; direction: rtl")
    assert str(rtl.right) == "5px"
    assert str(rtl.left) == "auto"


def test_inset_inline_end_and_block_insets():
    assert str(computed("inset-inline-end: 3px").right) == "3px"
    assert str(computed("inset-inline-end: 3px; direction: rtl").left) == "3px"
    # Horizontal writing mode: the block axis is vertical whatever the direction.
    rtl = computed("inset-block-start: 1px; inset-block-end: 2px; direction: rtl")
    assert (str(rtl.top), str(rtl.bottom)) == ("1px", "2px")


def test_logical_insets_use_the_inherited_direction():
    parent = computed("direction: rtl")
    assert str(computed("inset-inline-start: 4px", parent).right) == "4px"
    assert str(computed("inset-inline-start: 4px; direction: ltr", parent).left) == "4px"


def test_later_declaration_wins_between_physical_and_logical():
    """css-logical-1 §4: logical and physical properties share computed values;
    the later declaration in the block wins."""
    assert str(computed("left: 1px; inset-inline-start: 5px").left) == "5px"
    assert str(computed("inset-inline-start: 5px; left: 1px").left) == "1px"
    assert str(computed("direction: rtl; right: 1px; inset-inline-start: 5px").right) == "5px"
    assert str(computed("direction: rtl; inset-inline-start: 5px; right: 1px").right) == "1px"


def test_logical_insets_read_back_through_direction():
    style = computed("direction: rtl; inset-inline-start: 7px")
    assert str(style.inset_inline_start) == "7px"
    assert str(style["inset-inline-end"]) == "auto"


def test_logical_inset_shorthand():
    style = computed("inset-inline: 1px 2px; direction: rtl")
    assert (str(style.right), str(style.left)) == ("1px", "2px")


def test_logical_inset_lengths_are_computed():
    assert str(computed("font-size: 10px; inset-inline-start: 2em").left) == "20px"


# -- alignment and text keywords with computed-value rules -------------------------------------


def test_justify_items_legacy_computes_to_normal_without_an_inherited_legacy():
    """css-align-3 §7.1: a lone legacy computes to the inherited value when it
    includes legacy, otherwise to normal."""
    assert ROOT.justify_items == "normal"
    assert computed("", ROOT).justify_items == "normal"
    assert computed("justify-items: legacy", ROOT).justify_items == "normal"


def test_justify_items_legacy_inherits_a_legacy_value():
    _root, center, child, grandchild = chain("", "justify-items: legacy center", "", "")
    assert center.justify_items == "legacy center"
    assert child.justify_items == grandchild.justify_items == "legacy center"
    assert computed("justify-items: legacy", center).justify_items == "legacy center"
    assert computed("justify-items: center", center).justify_items == "center"


def test_text_align_match_parent():
    """css-text-3 §7.1: match-parent inherits, with an inherited start or end
    resolved against the parent's direction."""
    assert computed("text-align: match-parent", ROOT).text_align == "left"
    rtl = computed("direction: rtl")
    assert computed("text-align: match-parent; direction: ltr", rtl).text_align == "right"
    end = computed("text-align: end")
    assert computed("text-align: match-parent", end).text_align == "right"
    center = computed("text-align: center")
    assert computed("text-align: match-parent", center).text_align == "center"


def test_text_align_last_match_parent():
    """css-text-3 §6.3: match-parent as for text-align (§7.1), ``auto`` kept."""
    assert computed("text-align-last: match-parent", ROOT).text_align_last == "auto"
    rtl = computed("direction: rtl; text-align-last: start")
    child = computed("text-align-last: match-parent; direction: ltr", rtl)
    assert child.text_align_last == "right"
    end = computed("text-align-last: end")
    assert computed("text-align-last: match-parent", end).text_align_last == "right"


# -- depth -----------------------------------------------------------------------------------


def test_ten_thousand_deep_chain():
    """Computing a style looks at the parent only, so depth costs nothing."""
    root = computed("font-size: 20px; color: red; display: flex")
    style = root
    for depth in range(10_000):
        text = "width: 1rem" if depth % 2 else "margin-left: 1em; display: contents"
        style = compute_style(CSS.from_string(text), style)
    leaf = compute_style(CSS(display="inline", height="1rem"), style)
    assert leaf.color == root.color
    assert str(leaf.font_size) == "20px"
    assert str(leaf.height) == "20px"
    assert str(style.width) == "20px"
    assert str(leaf.display) == "inline"  # its parent is an inline box, not a flex container


def test_monospace_medium_size():
    """css-fonts-4 §2.5: ``medium`` is the user agent's default size, which
    browsers make 13px for ``font-family: monospace`` alone; a size derived
    from medium through inheritance follows the family, an explicit size
    does not."""
    root = compute_style(CSS())
    pre = compute_style(CSS(font_family="monospace"), root, root=root)
    assert str(pre.font_size) == "13px"
    back = compute_style(CSS(font_family="serif"), pre, root=root)
    assert str(back.font_size) == "16px"
    explicit = compute_style(CSS(font_family="monospace", font_size="16px"), root, root=root)
    assert str(explicit.font_size) == "16px"
    listed = compute_style(CSS(font_family="monospace, serif"), root, root=root)
    assert str(listed.font_size) == "16px"
    em = compute_style(CSS(font_family="monospace", margin_top="1em"), root, root=root)
    assert str(em.margin_top) == "13px"


@pytest.mark.parametrize(
    "declared, display, original",
    [
        ({"position": "absolute", "display": "inline"}, "block", "inline"),
        ({"position": "absolute", "display": "block"}, "block", "block"),
        ({"float": "left", "display": "inline-table"}, "table", "inline-table"),
        ({"display": "inline"}, "inline", "inline"),
    ],
)
def test_original_display_is_kept_before_blockification(declared, display, original):
    """CSS 2.1 §9.7: the static position of an absolutely positioned box
    depends on the display it had before blockification (§10.3.7)."""
    parent = compute_style(CSS(), None)
    style = compute_style(CSS(**declared), parent)
    assert str(style["display"]) == display
    assert str(style.original_display) == original
