"""Every property accepts exactly what its grammar allows.

The tests are driven by the property table itself: each one is parametrized
over every entry of ``PROPERTIES`` and ``SHORTHANDS``, and the valid values
are generated from the entry's grammar object (``grammar_strategies``), so
a property added to the table is covered without writing a test for it.

- valid text written from the grammar parses, prints, and parses back equal
  (css-values-4 §2 value definition syntax; CSSOM serialization);
- invalid text (a junk token, a component of the wrong type, out of range,
  empty, a CSS-wide keyword combined with anything) raises ValueError naming
  the property, the value and the grammar;
- ``inherit``, ``initial``, ``unset`` (css-cascade-4 §7.3) work everywhere;
- initial values print as CSS that parses back;
- whatever text or Python object is given, nothing but ValueError escapes.
"""

import math
import string

import pytest
from grammar_strategies import (
    CSS_WIDE,
    PROBES,
    accepts_single,
    any_case,
    css_text,
    unsupported_classes,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from colosseum.style import CSS, PROPERTIES, SHORTHANDS
from colosseum.style.parser import MAX_VALUE_LENGTH, parse_text

LONGHANDS = list(PROPERTIES)
SHORTHAND_NAMES = list(SHORTHANDS)
ALL_NAMES = LONGHANDS + SHORTHAND_NAMES

SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def examples(count: int) -> settings:
    return settings(SETTINGS, max_examples=count)


def entry_of(name):
    return PROPERTIES.get(name) or SHORTHANDS[name]


def longhands_of(name):
    return (name,) if name in PROPERTIES else SHORTHANDS[name].longhands


def assert_rejected(name: str, text: str):
    """``text`` is invalid for ``name``: ValueError naming the property, the
    value and the grammar, through the parser and through ``CSS``."""
    with pytest.raises(ValueError) as info:
        parse_text(name, text)
    message = str(info.value)
    shown = text if len(text) <= 80 else text[:77] + "..."
    assert name in message
    assert repr(shown) in message
    assert str(entry_of(name).grammar) in message
    style = CSS()
    with pytest.raises(ValueError) as info:
        style[name] = text
    assert str(info.value) == message
    assert len(style) == 0


def assert_round_trips(name: str, values: dict):
    """Each longhand value prints as CSS that parses back to an equal value,
    and prints the same again."""
    for longhand, value in values.items():
        printed = str(value)
        if len(printed) > MAX_VALUE_LENGTH:
            continue  # refused unread by policy (``counter-reset: a a a...`` prints "a 0 a 0...")
        assert parse_text(longhand, printed) == {longhand: value}, (longhand, printed)
        assert str(parse_text(longhand, printed)[longhand]) == printed


# -- the generators cover every grammar class ------------------------------------------


def test_every_grammar_class_has_a_text_generator():
    """A grammar class added to a property module without a generator in
    grammar_strategies would leave its properties untested: list them."""
    grammars = [entry_of(name).grammar for name in ALL_NAMES]
    missing = sorted(
        cls.__module__ + "." + cls.__qualname__ for cls in unsupported_classes(grammars)
    )
    assert not missing, f"register a text generator for: {', '.join(missing)}"


def test_the_table_is_what_the_tests_iterate():
    assert len(ALL_NAMES) == len(set(ALL_NAMES))
    assert not set(PROPERTIES) & set(SHORTHANDS)
    for name in SHORTHAND_NAMES:
        assert set(SHORTHANDS[name].longhands) <= set(PROPERTIES)


# -- (a) generated valid values parse and round-trip ---------------------------------


@pytest.mark.parametrize("name", ALL_NAMES)
@examples(25)
@given(data=st.data())
def test_generated_values_parse_and_round_trip(name, data):
    entry = entry_of(name)
    text = data.draw(css_text(entry.grammar), label="text")
    values = parse_text(name, text)
    assert set(values) == set(longhands_of(name))
    assert_round_trips(name, values)
    style = CSS(**{entry.attribute: text})
    assert dict(style.items()) == values
    if name in SHORTHANDS:
        # Longhands that came from the shorthand can be written as it.
        serialized = entry.serialize(values)
        assert serialized is not None, text
        assert parse_text(name, serialized) == values, serialized
        assert style[name] == serialized
    else:
        assert style[name] == values[name]


# -- (b) invalid values are rejected, with a message ------------------------------------

JUNK = ("@junk", ";", "{}", "!", ")", "}", "<", "?", "$", "^")


@pytest.mark.parametrize("name", ALL_NAMES)
@examples(10)
@given(data=st.data())
def test_a_junk_token_or_css_wide_keyword_makes_a_valid_value_invalid(name, data):
    """A token no grammar has, or a CSS-wide keyword (css-cascade-4 §7.3: it
    is the whole value or the declaration is invalid), next to a valid value."""
    text = data.draw(css_text(entry_of(name).grammar), label="text")
    extra = data.draw(
        st.one_of(st.sampled_from(JUNK), st.sampled_from(CSS_WIDE).flatmap(any_case)),
        label="extra",
    )
    before = data.draw(st.booleans(), label="before")
    assert_rejected(name, f"{extra} {text}" if before else f"{text} {extra}")


@pytest.mark.parametrize("name", ALL_NAMES)
def test_single_components_are_accepted_exactly_as_the_grammar_says(name):
    """Each probe (a length, a negative length, a unitless number, a
    percentage, a color, a string, a math function of each type...) is
    accepted when the grammar allows it and rejected otherwise, as an
    oracle written from the component types' definitions decides."""
    grammar = entry_of(name).grammar
    wrong = []
    for probe in PROBES:
        expected = accepts_single(grammar, probe)
        if expected is None:
            continue
        try:
            values = parse_text(name, probe.text)
        except ValueError:
            if expected:
                wrong.append(f"{probe.text!r} rejected")
            else:
                assert_rejected(name, probe.text)
        else:
            if not expected:
                wrong.append(f"{probe.text!r} accepted as {values}")
            else:
                assert_round_trips(name, values)
    assert not wrong, f"{name} ({grammar}): " + "; ".join(wrong)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("width", "red"),  # a color where a length is expected
        ("width", "-10px"),  # negative where the range is [0,∞]
        ("padding-left", "-1em"),
        ("width", "10"),  # a unitless non-zero number is not a length
        ("margin-top", "1"),
        ("border-top-width", "50%"),  # no percentages there
        ("letter-spacing", "10%"),
        ("flex-grow", "10px"),
        ("flex-grow", "-1"),
        ("z-index", "1.5"),  # not an integer
        ("z-index", "1e3"),  # an exponent makes a <number>, not an <integer>
        ("font-weight", "0"),  # range [1,1000]
        ("font-weight", "1001"),
        ("opacity", "red"),
        ("color", "10px"),
        ("color", "#12345"),
        ("display", "flex grid"),
        ("display", "inline inline"),
        ("margin", "1px 2px 3px 4px 5px"),  # at most four values
        ("font-style", "oblique 91deg"),  # range [-90deg,90deg]
        ("quotes", '"a" "b" "c"'),  # quotes come in pairs
        ("list-style-type", "default"),  # reserved (css-values-4 §4.2)
        ("counter-reset", "none 1"),
        ("aspect-ratio", "-1 / 2"),
        ("font-family", "serif sans-serif"),  # generic keywords alone
        ("font-family", "a,, b"),
        ("width", "10px;"),
    ],
)
def test_wrong_values_examples(name, text):
    assert_rejected(name, text)


@pytest.mark.parametrize("name", ALL_NAMES)
def test_empty_values_are_rejected(name):
    for text in ("", " ", "\n\t", "/* nothing */", " /**/ /**/ "):
        assert_rejected(name, text)


@pytest.mark.parametrize("name", ALL_NAMES)
def test_important_is_not_part_of_a_value(name):
    """``!important`` belongs to the declaration (css-syntax-3 §5.4.6), not
    the value; `CSS.from_string` handles it."""
    assert_rejected(name, "inherit !important")


# -- (c) CSS-wide keywords ----------------------------------------------------------


@pytest.mark.parametrize("name", ALL_NAMES)
@pytest.mark.parametrize("keyword", ["inherit", "initial", "unset", "revert", "revert-layer"])
def test_css_wide_keywords_are_accepted(name, keyword):
    """css-cascade-4 §7.3: every property accepts the CSS-wide keywords, in
    any ASCII case; a shorthand sets all its longhands to it."""
    expected = dict.fromkeys(longhands_of(name), keyword)
    for written in (keyword, keyword.upper(), f"  {keyword.title()}\n", f"/**/{keyword}/* */"):
        assert parse_text(name, written) == expected
    style = CSS(**{name.replace("-", "_"): keyword.upper()})
    assert dict(style.items()) == expected
    assert style[name] == keyword
    assert CSS.from_string(str(style)) == style


# -- (d) initial values -------------------------------------------------------------


@pytest.mark.parametrize("name", LONGHANDS)
def test_initial_value_prints_as_css_that_parses_back(name):
    entry = PROPERTIES[name]
    assert parse_text(name, str(entry.initial)) == {name: entry.initial}
    assert CSS()[name] == entry.initial
    assert CSS(**{name: "initial"})[name] == "initial"


@pytest.mark.parametrize("name", SHORTHAND_NAMES)
def test_shorthand_of_initial_values_serializes(name):
    """A shorthand whose longhands all have their initial values can be
    written (css-cssom: every shorthand here can express its initial state)."""
    entry = SHORTHANDS[name]
    values = {n: PROPERTIES[n].initial for n in entry.longhands}
    text = entry.serialize(values)
    assert text is not None
    assert parse_text(name, text) == values


# -- (e) nothing but ValueError escapes ---------------------------------------------

CSS_FRAGMENTS = [
    *string.digits, *".+-eE%,/*()[]{}\"'\\#!@;: \n\t",
    "px", "em", "calc(", "min(", "clamp(", "var(", "url(", "rgb(", "hsl(", "auto", "none",
    "span", "repeat(", "minmax(", "1e400", "--", "\\0", "\x00", "\ud800", "\U0001d7d9",
    "\u0130", "\u01c5",
]  # fmt: skip
CSSISH = st.lists(st.sampled_from(CSS_FRAGMENTS), max_size=25).map("".join)
PATHOLOGICAL = (
    "1e400",
    "-1e400",
    "1e400px",
    "-1e400%",
    "1" + "0" * 400,
    "1" + "0" * 400 + "px",
    "calc(1e308px * 1e308)",
    "calc(1px / 0)",
    "calc(1e-400px)",
    "rgb(1e400 1e400 1e400 / 1e400)",
    "hsl(1e400 1e400% 1e400%)",
    "(" * 1200,  # deeper than Python's default recursion limit
    ")" * 1200,
    "calc(" * 1200,
    "[" * 1200,
    "{" * 1200,
    "min(" * 300 + "1px" + ")" * 300,
    "calc(" + "(" * 200 + "1px" + ")" * 200 + ")",
    "calc(" + " + ".join(["1px"] * 500) + ")",
    '"' + "a" * 2000,
    "url(" + "a" * 2000,
    "a " * 2000,
    "x" * (MAX_VALUE_LENGTH + 1),
    "\x00",
    "\ud800",
    "\\",
    "'\\",
    "#",
    "--",
    "u+0-7f",
    "<!--",
    "-->",
    "\ufeff1px",
)


@pytest.mark.parametrize("name", ALL_NAMES)
def test_pathological_text_raises_only_value_error(name):
    for text in PATHOLOGICAL:
        _accept_or_reject(name, text)


def _accept_or_reject(name, text):
    """Parse ``text``: either ValueError (naming the property) or values
    that round-trip."""
    try:
        values = parse_text(name, text)
    except ValueError as error:
        assert name in str(error)
        return
    assert_round_trips(name, values)


@st.composite
def mutated(draw, name):
    """A valid value with a few random edits: near misses of the grammar."""
    text = list(draw(css_text(entry_of(name).grammar)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(text)))
        edit = draw(st.integers(0, 2))
        if edit == 0 and where < len(text):
            del text[where]
        elif edit == 1:
            text.insert(where, draw(st.sampled_from(list(".-+,/()%e0 \\'\"#[]"))))
        else:
            text[where:where] = text[max(0, where - 3) : where]
    return "".join(text)


@pytest.mark.parametrize("name", ALL_NAMES)
@examples(20)
@given(data=st.data())
@example(data=None)
def test_arbitrary_text_raises_only_value_error(name, data):
    """Arbitrary strings (any unicode, CSS-like fragments, mutated valid
    values) either parse to values that round-trip or raise ValueError."""
    if data is None:
        texts = ["1e400", "(((", "calc(1px+2px)"]
    else:
        texts = [data.draw(st.one_of(st.text(max_size=30), CSSISH, mutated(name)), label="text")]
    for text in texts:
        _accept_or_reject(name, text)
        style = CSS()
        try:
            style[name] = text
        except ValueError:
            assert len(style) == 0


PYTHON_OBJECTS = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=10**300),
        st.floats(),
        st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e308, 5e-324]),
        st.text(max_size=10),
        st.binary(max_size=5),
        st.complex_numbers(),
        st.builds(object),
        st.just(Ellipsis),
        st.just(NotImplemented),
        st.fractions(),
        st.decimals(),
        st.just(int),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.tuples(children, children),
        st.dictionaries(st.text(max_size=3), children, max_size=3),
        st.frozensets(st.integers(), max_size=3),
    ),
    max_leaves=8,
)


@pytest.mark.parametrize("name", ALL_NAMES)
@examples(10)
@given(value=PYTHON_OBJECTS)
def test_arbitrary_python_objects_raise_only_value_error(name, value):
    attribute = name.replace("-", "_")
    try:
        style = CSS(**{attribute: value})
    except ValueError as error:
        assert name in str(error)
        return
    assert CSS.from_string(str(style)) == style


def _nested(depth):
    value = [1]
    for _ in range(depth):
        value = [value]
    return value


def _self_containing():
    value = [1]
    value.append(value)
    return value


@pytest.mark.parametrize(
    "value",
    [_nested(100_000), _self_containing(), [math.nan], [None], ()],
    ids=["deeply-nested", "self-containing", "nan-in-list", "none-in-list", "empty"],
)
@pytest.mark.parametrize("name", ["width", "margin", "font-family", "grid-template-columns"])
def test_unusual_sequences_raise_value_error(name, value):
    with pytest.raises(ValueError, match=name):
        CSS(**{name.replace("-", "_"): value})
