"""The ``CSS`` declaration block: the contract of DESIGN.md's public API.

Construction from Python values and CSS text, access by underscore or
hyphen names, validation with helpful messages, deletion, ``!important``,
serialization that parses back equal (checked with Hypothesis over
generated declaration blocks), copying, comparison and iteration.
"""

import pytest
from grammar_strategies import CSS_WIDE, any_case, css_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from colosseum.style import CSS, PROPERTIES, SHORTHANDS, parse_declarations
from colosseum.style.calc import Calc
from colosseum.style.values import Length, Number, Percentage, px

# -- construction ---------------------------------------------------------------


def test_keyword_arguments_declare_properties():
    style = CSS(width=10, display="flex")
    assert style.width == Length(10, "px")
    assert style.display == "flex"
    assert style.display.inner == "flex"
    assert list(style) == ["width", "display"]


def test_a_number_is_a_length_in_px_where_a_number_is_not_allowed():
    assert CSS(width=10).width == px(10)
    assert CSS(width=10.5).width == px(10.5)
    assert CSS(margin_left=-3).margin_left == px(-3)
    assert CSS(border_top_width=0).border_top_width == px(0)


def test_a_number_stays_a_number_where_the_grammar_takes_one():
    """``flex-grow: <number>``; ``line-height: <number>`` is a multiplier,
    not a length (CSS 2.1 §10.8.1); ``z-index: <integer>``."""
    assert CSS(flex_grow=1).flex_grow == Number(1)
    assert isinstance(CSS(flex_grow=1).flex_grow, Number)
    assert CSS(line_height=1.5).line_height == Number(1.5)
    assert isinstance(CSS(line_height=1.5).line_height, Number)
    assert CSS(z_index=3).z_index == 3
    assert CSS(opacity=0.5).opacity == Number(0.5)


def test_strings_are_css_text():
    style = CSS(width="50%", height="2em", min_width="calc(100% - 2em)", margin="0 auto")
    assert style.width == Percentage(50)
    assert style.height == Length(2, "em")
    assert isinstance(style.min_width, Calc)
    assert str(style.min_width) == "calc(100% - 2em)"
    assert style.margin_left == "auto"
    assert style.margin_top == px(0)


def test_sequences_are_space_separated_values():
    assert CSS(margin=(1, 2)).margin == "1px 2px"
    assert CSS(margin=[1, "auto", "3%"]).margin == "1px auto 3%"
    assert CSS(border_spacing=(1, 2)).border_spacing == CSS(border_spacing="1px 2px").border_spacing


def test_typed_values_are_accepted_as_they_print():
    length = Length(2, "em")
    assert CSS(width=length).width == length
    other = CSS(width="calc(1px + 50%)")
    assert CSS(width=other.width).width == other.width


def test_negative_and_wrong_numbers_are_rejected():
    for name, value in [("width", -10), ("padding_top", -1), ("flex_grow", -1), ("z_index", 1.5)]:
        with pytest.raises(ValueError, match=name.replace("_", "-")):
            CSS(**{name: value})


# -- access ------------------------------------------------------------------------


def test_attribute_and_item_access_with_underscores_or_hyphens():
    style = CSS(flex_grow=2)
    assert style.flex_grow == style["flex-grow"] == style["flex_grow"] == Number(2)
    assert getattr(style, "flex-grow") == Number(2)
    style["flex-shrink"] = 3
    style["flex_basis"] = "10px"
    assert style.flex_shrink == Number(3)
    assert style.flex_basis == px(10)
    setattr(style, "min-width", 5)
    assert style["min-width"] == px(5)


def test_property_names_are_ascii_case_insensitive():
    """css-syntax-3: property names are ASCII case-insensitive."""
    style = CSS()
    style["WIDTH"] = 5
    style["Flex-Grow"] = 1
    assert style.width == px(5)
    assert style["FLEX_GROW"] == Number(1)


def test_undeclared_longhands_read_as_their_initial_values():
    style = CSS()
    for name, entry in PROPERTIES.items():
        assert style[name] == entry.initial
    assert len(style) == 0


# -- validation ----------------------------------------------------------------------


def test_assignment_validates_with_a_message_naming_property_value_and_grammar():
    style = CSS(width=10)
    with pytest.raises(ValueError) as info:
        style.width = "bogus"
    message = str(info.value)
    assert message.startswith("Invalid value 'bogus' for width: expected ")
    assert str(PROPERTIES["width"].grammar) in message
    for alternative in ("<length-percentage", "auto", "min-content", "fit-content("):
        assert alternative in message
    assert "inherit" in message
    assert style.width == px(10)  # the failed assignment changed nothing


def test_invalid_values_of_other_kinds_name_what_was_given():
    with pytest.raises(ValueError, match=r"Invalid value None for width"):
        CSS(width=None)
    with pytest.raises(ValueError, match=r"Invalid value True for flex-grow"):
        CSS(flex_grow=True)
    with pytest.raises(ValueError, match="for display: expected"):
        CSS(display="flex flex")


def test_unknown_property_suggests_the_closest_name():
    with pytest.raises(ValueError, match="did you mean 'width'"):
        CSS(widht=10)
    style = CSS()
    with pytest.raises(ValueError, match="did you mean 'flex-grow'"):
        style.flex_gorw = 1
    with pytest.raises(ValueError, match="did you mean 'background-color'"):
        style["backgroud-color"] = "red"
    with pytest.raises(ValueError, match="Unknown CSS property 'qqqqqqqqq'"):
        style.qqqqqqqqq = 1


def test_reading_an_unknown_property_fails_clearly():
    style = CSS()
    with pytest.raises(AttributeError, match="did you mean 'height'"):
        style.heigth  # noqa: B018
    with pytest.raises(ValueError, match="did you mean 'height'"):
        style["heigth"]
    assert not hasattr(style, "heigth")


def test_property_names_must_be_strings():
    with pytest.raises(ValueError):
        CSS()[3] = 1
    assert 3 not in CSS()


# -- deletion ---------------------------------------------------------------------------


def test_deleting_a_property_restores_its_initial_value():
    style = CSS(width=10, height=5)
    del style.width
    assert "width" not in style
    assert style.width == PROPERTIES["width"].initial
    del style["height"]
    assert len(style) == 0
    del style.width  # deleting what is not declared is harmless
    assert len(style) == 0


def test_deleting_a_shorthand_removes_its_longhands():
    style = CSS(margin="1px 2px", width=3, border="1px solid")
    del style.margin
    assert next(iter(style)) == "width"
    assert set(style) == {"width", *SHORTHANDS["border"].longhands}
    del style["border"]
    assert list(style) == ["width"]


def test_deleting_an_unknown_property_fails():
    with pytest.raises(ValueError, match="did you mean 'width'"):
        del CSS().widht


# -- from_string and parse_declarations -------------------------------------------------


def test_from_string_parses_a_declaration_list():
    style = CSS.from_string("width: 10px; margin: 0 auto")
    assert style == CSS(width=10, margin="0 auto")
    assert style.margin == "0px auto"


def test_from_string_is_lenient_about_layout():
    """css-syntax-3 §5.4.5: whitespace, comments and empty declarations."""
    text = "\n  /* a comment */ WIDTH : 10PX ;;; height:2em;\n color : Red ; "
    assert CSS.from_string(text) == CSS(width=10, height="2em", color="red")
    assert CSS.from_string("") == CSS()
    assert CSS.from_string("  ;  ") == CSS()


def test_from_string_rejects_an_invalid_declaration():
    with pytest.raises(ValueError, match="for height"):
        CSS.from_string("width: 10px; height: bogus")
    with pytest.raises(ValueError, match="did you mean 'width'"):
        CSS.from_string("widht: 10px")
    with pytest.raises(ValueError):
        CSS.from_string("width 10px")


def test_parse_declarations_drops_invalid_ones_and_reports_where():
    """CSS 2.1 §4.2: an invalid declaration is ignored, the others kept."""
    style, errors = parse_declarations("width: 10px;\n  height: bogus; foo: 1;\ncolor: red")
    assert style == CSS(width=10, color="red")
    assert len(errors) == 2
    assert "line 2, column 3" in errors[0]
    assert "height" in errors[0] and "bogus" in errors[0]
    assert "line 2, column 18" in errors[1]
    assert "foo" in errors[1]


def test_parse_declarations_reports_malformed_input():
    style, errors = parse_declarations("width: 10px; 12: 3; height: 1px")
    assert style == CSS(width=10, height=1)
    assert len(errors) == 1
    style, errors = parse_declarations("width: 10px; @media print { color: red } height: 1px")
    assert style.width == px(10)
    assert errors


def test_parse_declarations_takes_only_text():
    with pytest.raises(ValueError):
        parse_declarations(None)


# -- !important ---------------------------------------------------------------------------


def test_important_is_kept_and_printed():
    """css-syntax-3 §5.4.6: ``!important`` in any case, with whitespace."""
    style = CSS.from_string("width: 10px !important; height: 5px; color: red ! IMPORTANT")
    assert style.is_important("width")
    assert style.is_important("color")
    assert not style.is_important("height")
    assert str(style) == "width: 10px !important; height: 5px; color: rgb(255, 0, 0) !important"
    assert CSS.from_string(str(style)) == style


def test_important_shorthand_marks_every_longhand():
    style = CSS.from_string("margin: 1px !important")
    assert all(style.is_important(f"margin-{side}") for side in ("top", "right", "bottom", "left"))
    assert str(style) == "margin: 1px !important"


def test_importance_is_part_of_equality_and_can_be_set():
    style = CSS()
    style.set("width", 10, important=True)
    assert style.is_important("width")
    assert style != CSS(width=10)
    style.set("width", 10)
    assert not style.is_important("width")
    assert style == CSS(width=10)


# -- serialization --------------------------------------------------------------------------


def test_str_is_css_text():
    assert str(CSS()) == ""
    assert str(CSS(width=10, display="flex")) == "width: 10px; display: flex"
    assert str(CSS(margin="1px 2px")) == "margin: 1px 2px"
    assert repr(CSS(width=10)) == "CSS('width: 10px')"


def test_str_uses_shorthands_only_when_they_say_the_same():
    style = CSS(margin_top=1, margin_right=2, margin_bottom=1, margin_left=2)
    assert str(style) == "margin: 1px 2px"
    style = CSS(margin_top=1, margin_right=2)
    assert str(style) == "margin-top: 1px; margin-right: 2px"
    style = CSS.from_string("margin: 1px; margin-left: 2px !important")
    assert "margin-left: 2px !important" in str(style)
    assert CSS.from_string(str(style)) == style


ALL_NAMES = [*PROPERTIES, *SHORTHANDS]


@st.composite
def declaration_blocks(draw):
    """A CSS built from random properties (longhands and shorthands) with
    generated valid values, some ``!important``, some CSS-wide keywords."""
    style = CSS()
    names = draw(st.lists(st.sampled_from(ALL_NAMES), min_size=0, max_size=8))
    for name in names:
        entry = PROPERTIES.get(name) or SHORTHANDS[name]
        text = draw(
            st.one_of(
                css_text(entry.grammar),
                css_text(entry.grammar),
                st.sampled_from(CSS_WIDE).flatmap(any_case),
            )
        )
        style.set(name, text, important=draw(st.booleans()))
    return style


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(style=declaration_blocks())
def test_any_declaration_block_serializes_and_parses_back_equal(style):
    text = str(style)
    parsed, errors = parse_declarations(text)
    assert not errors, errors
    assert parsed == style
    assert str(parsed) == text
    assert CSS.from_string(text) == style
    if any(PROPERTIES[name].logical for name in style):
        # Logical and physical properties share values in declaration order
        # (css-logical-1 §4), so the order must survive.
        assert list(parsed) == list(style)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(style=declaration_blocks())
def test_shorthands_read_as_text_that_declares_the_same(style):
    for name, entry in SHORTHANDS.items():
        text = style[name]
        if text is None:
            continue
        assert isinstance(text, str)
        again = CSS(**{name: text})
        assert all(again[longhand] == style[longhand] for longhand in entry.longhands)


# -- copy, equality, iteration, membership ------------------------------------------


def test_copy_is_independent():
    style = CSS(width=10, margin="1px")
    style.set("height", 3, important=True)
    clone = style.copy()
    assert clone == style
    assert clone is not style
    clone.width = 20
    del clone.margin
    assert style.width == px(10)
    assert style.margin == "1px"
    assert clone.is_important("height")
    clone.set("height", 3)
    assert style.is_important("height")


def test_equality():
    assert CSS() == CSS()
    assert CSS(width=10) == CSS(width="10px")
    assert CSS(width=10) != CSS(width="10em")
    assert CSS(width=10) != CSS(height=10)
    assert CSS() != {}
    assert CSS(width=10) != "width: 10px"
    with pytest.raises(TypeError):
        hash(CSS())


def test_iteration_is_over_declared_longhands_in_declaration_order():
    style = CSS(width=1, margin="2px", display="block")
    assert list(style) == [
        "width", "margin-top", "margin-right", "margin-bottom", "margin-left", "display",
    ]  # fmt: skip
    assert len(style) == 6
    style.width = 3  # a later declaration comes later
    assert list(style)[-1] == "width"
    assert style.items()[-1] == ("width", px(3))


def test_membership_for_longhands_and_shorthands():
    style = CSS(margin="1px", padding_top=2)
    assert "margin" in style
    assert "margin-top" in style and "margin_left" in style
    assert "padding-top" in style
    assert "padding" not in style  # only one of its longhands is declared
    assert "width" not in style
    assert "no-such-property" not in style
    assert None not in style


# -- reading shorthands ------------------------------------------------------------------------


def test_reading_a_shorthand_gives_its_serialization():
    assert CSS(margin="1px 2px").margin == "1px 2px"
    assert CSS(margin="1px 2px 1px 2px").margin == "1px 2px"
    assert CSS(margin="1px 2px 3px").margin == "1px 2px 3px"
    assert CSS(margin="1px 2px 3px 4px").margin == "1px 2px 3px 4px"
    assert CSS(padding="0").padding == "0px"
    assert CSS(margin_top=5).margin == "5px 0px 0px"  # the others are initial
    assert CSS(flex_flow="column wrap").flex_flow == "column wrap"
    assert CSS(overflow="hidden").overflow == "hidden"
    assert CSS(gap="1px 2px").gap == "1px 2px"


def test_reading_a_shorthand_its_longhands_cannot_express_gives_none():
    style = CSS(border_top="1px solid red", border_left="2px dotted blue")
    assert style.border is None
    assert style.border_top == "1px solid rgb(255, 0, 0)"
    assert CSS(margin_top="inherit").margin is None  # some, not all, inherit
    assert CSS(margin="inherit").margin == "inherit"


def test_border_reads_back_when_all_sides_agree():
    sides = {f"border_{s}": "1px solid red" for s in ("top", "right", "bottom", "left")}
    assert CSS(**sides).border == "1px solid rgb(255, 0, 0)"
    assert CSS(border="thick").border == "thick"
