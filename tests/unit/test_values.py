"""Typed values: each prints as CSS text that reads back as the same value.

Expected values come from css-values-4 (units, §6 and §7), css-syntax-3
(number and identifier syntax, §4.3) and CSSOM (serializing strings and
identifiers).
"""

import math

import pytest
import tinycss2
from grammar_strategies import LENGTH_UNITS, ident_text
from hypothesis import given, settings
from hypothesis import strategies as st

from colosseum.style.parser import parse_text
from colosseum.style.values import (
    ABSOLUTE_UNITS,
    ANGLE_UNITS,
    FONT_RELATIVE_UNITS,
    VIEWPORT_UNITS,
    Angle,
    Color,
    CommaList,
    Flex,
    FontFamilyList,
    FunctionValue,
    Ident,
    Length,
    Number,
    Percentage,
    Ratio,
    SpaceList,
    String,
    Url,
    format_number,
    is_identifier,
    px,
    serialize_identifier,
    serialize_string,
)


def single_token(text):
    tokens = [t for t in tinycss2.parse_component_value_list(text) if t.type != "whitespace"]
    assert len(tokens) == 1, (text, tokens)
    return tokens[0]


# -- numbers (css-syntax-3 §4.3.12, CSSOM serialization) ---------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (1, "1"),
        (0.5, "0.5"),
        (-0.0, "0"),
        (0.0, "0"),
        (-3.0, "-3"),
        (100.0, "100"),
        (0.1 + 0.2, "0.30000000000000004"),
        (10**30, "1" + "0" * 30),
    ],
)
def test_format_number_examples(value, text):
    assert format_number(value) == text


@settings(max_examples=300, deadline=None)
@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_format_number_is_a_css_number_with_the_same_value(value):
    """Large and small exponents included: whatever the float, the text is
    one <number-token> with exactly that value (-0 prints as 0)."""
    text = format_number(value)
    token = single_token(text)
    assert token.type == "number"
    assert token.value == value
    assert "inf" not in text and "nan" not in text
    if value.is_integer() and abs(value) < 1e15:
        assert "." not in text and "e" not in text


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_format_number_refuses_non_finite_values(value):
    with pytest.raises(ValueError):
        format_number(value)
    with pytest.raises(ValueError):
        format_number(Number(value))


def test_number_is_a_float_that_prints_as_css():
    assert isinstance(Number(1), float)
    assert str(Number(1.0)) == "1"
    assert str(Number(2.5)) == "2.5"
    assert repr(Number(3)) == "Number(3)"
    assert Number(2) == 2.0


# -- lengths (css-values-4 §6) --------------------------------------------------------------


def test_every_length_unit_of_css_values_4_is_known():
    assert set(LENGTH_UNITS) == set(ABSOLUTE_UNITS) | FONT_RELATIVE_UNITS | VIEWPORT_UNITS
    assert set(ABSOLUTE_UNITS) == {"px", "cm", "mm", "q", "in", "pt", "pc"}
    assert {"em", "rem", "ex", "ch"} == FONT_RELATIVE_UNITS
    assert {"vw", "vh", "vmin", "vmax"} == VIEWPORT_UNITS


@pytest.mark.parametrize(
    ("unit", "pixels"),
    [
        # css-values-4 §6.2: "1in = 2.54cm = 96px", "1cm = 96px/2.54",
        # "1mm = 1/10th of 1cm", "1Q = 1/40th of 1cm", "1pt = 1/72nd of 1in",
        # "1pc = 1/6th of 1in", "1px = 1/96th of 1in".
        ("in", 96.0),
        ("cm", 96.0 / 2.54),
        ("mm", 96.0 / 25.4),
        ("q", 96.0 / 2.54 / 40),
        ("pt", 4.0 / 3.0),
        ("pc", 16.0),
        ("px", 1.0),
    ],
)
def test_absolute_units_in_px(unit, pixels):
    assert math.isclose(Length(1, unit).to_px(), pixels, rel_tol=1e-12)
    assert Length(1, unit).is_absolute


def test_absolute_units_relate_as_css_values_4_says():
    """§6.2: 1in = 2.54cm = 25.4mm = 101.6q = 72pt = 6pc = 96px; 1Q = 1/4mm."""
    inch = Length(1, "in").to_px()
    for value, unit in [(2.54, "cm"), (25.4, "mm"), (101.6, "q"), (72, "pt"), (6, "pc")]:
        assert math.isclose(Length(value, unit).to_px(), inch, rel_tol=1e-12)
    assert math.isclose(Length(4, "q").to_px(), Length(1, "mm").to_px(), rel_tol=1e-12)
    assert math.isclose(Length(3, "pt").to_px(), 4.0, rel_tol=1e-12)


@pytest.mark.parametrize("unit", sorted(FONT_RELATIVE_UNITS | VIEWPORT_UNITS))
def test_relative_units_are_not_absolute(unit):
    length = Length(2, unit)
    assert not length.is_absolute
    with pytest.raises(ValueError, match=f"2{unit}"):
        length.to_px()


@pytest.mark.parametrize("unit", LENGTH_UNITS)
def test_lengths_print_and_parse_in_every_unit(unit):
    for value in (1.0, 0.5, -2.25, 1e20, 1e-7):
        length = Length(value, unit)
        assert str(length) == format_number(value) + unit
        assert parse_text("margin-top", str(length)) == {"margin-top": length}
    # Units are ASCII case-insensitive and kept lowercase.
    assert parse_text("margin-top", "3" + unit.upper()) == {"margin-top": Length(3, unit)}


def test_length_examples():
    assert str(px(10)) == "10px"
    assert px(10) == Length(10.0, "px")
    assert str(Length(-0.0)) == "0px"
    assert str(Length(0.5, "em")) == "0.5em"
    assert parse_text("width", "0") == {"width": px(0)}  # css-values-4 §6: unitless 0


def test_percentages():
    assert str(Percentage(50)) == "50%"
    assert str(Percentage(12.5)) == "12.5%"
    assert Percentage(50).of(200) == 100
    assert Percentage(-10).of(50) == -5
    assert parse_text("width", "50%") == {"width": Percentage(50)}


# -- other dimensions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("angle", "degrees"),
    # css-values-4 §7.1: 360deg = 400grad = 2π rad = 1turn.
    [(Angle(90), 90), (Angle(400, "grad"), 360), (Angle(math.pi, "rad"), 180),
     (Angle(1, "turn"), 360), (Angle(-0.25, "turn"), -90)],
)  # fmt: skip
def test_angles_in_degrees(angle, degrees):
    assert math.isclose(angle.to_degrees(), degrees, rel_tol=1e-12)
    assert set(ANGLE_UNITS) == {"deg", "grad", "rad", "turn"}


def test_other_dimensions_print_as_css():
    assert str(Angle(45, "deg")) == "45deg"
    assert str(Angle(0.5, "turn")) == "0.5turn"
    assert str(Flex(1)) == "1fr"
    assert str(Flex(0.5)) == "0.5fr"
    assert str(Ratio(16, 9)) == "16 / 9"
    assert str(Ratio(1.5)) == "1.5 / 1"


def test_degenerate_ratios():
    """css-values-4 §5.6: a ratio with a zero component is degenerate."""
    assert Ratio(0, 1).degenerate
    assert Ratio(1, 0).degenerate
    assert not Ratio(4, 3).degenerate


# -- strings, URLs and identifiers (CSSOM serialization) ---------------------------------

TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20)


def test_serialize_string_examples():
    assert serialize_string("a") == '"a"'
    assert serialize_string('say "hi"') == '"say \\"hi\\""'
    assert serialize_string("back\\slash") == '"back\\\\slash"'
    assert serialize_string("line\nbreak") == '"line\\a break"'
    assert serialize_string("\x7f") == '"\\7f "'
    assert serialize_string("\0") == '"\ufffd"'  # CSSOM: NUL becomes U+FFFD
    assert serialize_string("it's") == '"it\'s"'


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_strings_read_back_as_the_same_text(text):
    token = single_token(str(String(text)))
    assert token.type == "string"
    assert token.value == text


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_urls_read_back_as_the_same_url(text):
    url = Url(text)
    assert str(url).startswith('url("')
    assert parse_text("list-style-image", str(url)) == {"list-style-image": url}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("foo", "foo"),
        ("-foo", "-foo"),
        ("--foo", "--foo"),
        ("_a1", "_a1"),
        ("1a", "\\31 a"),
        ("-1a", "-\\31 a"),
        ("-", "\\-"),
        ("a b", "a\\ b"),
        ("a.b", "a\\.b"),
        ("é中", "é中"),
    ],
)
def test_serialize_identifier_examples(name, text):
    assert serialize_identifier(name) == text
    assert str(Ident(name)) == text


@settings(max_examples=300, deadline=None)
@given(name=TEXT.filter(bool))
def test_identifiers_read_back_as_the_same_name(name):
    token = single_token(serialize_identifier(name))
    assert token.type == "ident"
    assert token.value == name


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_escaped_identifiers_are_read_with_their_value(data):
    """css-syntax-3 §4.3.7: escapes in identifiers; the generator's own check."""
    name = data.draw(TEXT.filter(bool))
    token = single_token(data.draw(ident_text(name)))
    assert (token.type, token.value) == ("ident", name)


def test_ident_is_a_str_equal_to_its_name():
    ident = Ident("1st")
    assert ident == "1st"
    assert isinstance(ident, str)
    assert hash(ident) == hash("1st")
    assert str(ident) == "\\31 st"


def test_is_identifier():
    assert is_identifier("serif")
    assert is_identifier("-moz-thing")
    assert is_identifier("--x")
    assert is_identifier("Times")
    assert not is_identifier("")
    assert not is_identifier("-")
    assert not is_identifier("1a")
    assert not is_identifier("-1a")
    assert not is_identifier("a b")


# -- colors and lists ---------------------------------------------------------------------


def test_colors_print_as_cssom_serializes_srgb():
    assert str(Color(255, 0, 0)) == "rgb(255, 0, 0)"
    assert str(Color(0, 0, 0, 0)) == "rgba(0, 0, 0, 0)"
    assert str(Color(1.5, 2, 3, 0.25)) == "rgba(1.5, 2, 3, 0.25)"


def test_value_lists():
    spaces = SpaceList((px(1), "auto"))
    commas = CommaList((px(1), "auto"))
    assert str(spaces) == "1px auto"
    assert str(commas) == "1px, auto"
    assert spaces != commas  # same items, different separators
    assert spaces == SpaceList((px(1), "auto"))
    assert hash(spaces) == hash(SpaceList((px(1), "auto")))
    assert spaces != (px(1), "auto")
    assert repr(spaces) == "SpaceList((Length(value=1.0, unit='px'), 'auto'))"


def test_function_values():
    assert str(FunctionValue("fit-content", (px(10),))) == "fit-content(10px)"
    assert str(FunctionValue("counter", ("a", "lower-roman"))) == "counter(a, lower-roman)"


def test_font_family_lists_quote_what_identifiers_cannot_say():
    """css-fonts-4 §2.1: a family name that is not a sequence of identifiers,
    or that is a generic family's keyword, must be quoted."""
    assert str(FontFamilyList(["Times New Roman", "serif"])) == "Times New Roman, serif"
    assert str(FontFamilyList(["Font 1"])) == '"Font 1"'
    assert str(FontFamilyList([String("serif")])) == '"serif"'
    assert str(FontFamilyList(["Gill Sans"])) == "Gill Sans"
    # Names read from strings that identifiers would not give back: CSS-wide
    # keywords and "default" anywhere, generic keywords among other words.
    assert str(FontFamilyList(["initial"])) == '"initial"'
    assert str(FontFamilyList(["inherit thing"])) == '"inherit thing"'
    assert str(FontFamilyList(["Default"])) == '"Default"'
    assert str(FontFamilyList(["serif thing"])) == '"serif thing"'
    for family in (
        ["Font 1", "a.b", "x  y"],
        [String("serif"), "sans-serif"],
        ["my default", "unset", "UNSET x", "a monospace b", "Gill Sans"],
    ):
        value = FontFamilyList(family)
        assert parse_text("font-family", str(value)) == {"font-family": value}


def test_generic_keywords_inside_a_family_name():
    """CSS 2.1 §15.3.1: only a name that *is* a generic keyword means the
    generic family; "Liberation Serif" is a family name, while a sequence
    starting with a generic keyword is invalid."""
    value = parse_text("font-family", "Liberation Serif, serif")["font-family"]
    assert list(value) == ["Liberation Serif", "serif"]
    assert str(value) == "Liberation Serif, serif"
    with pytest.raises(ValueError):
        parse_text("font-family", "serif Liberation")
