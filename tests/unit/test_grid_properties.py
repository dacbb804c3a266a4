"""Grid properties: css-grid-1 §7 and §8, css-grid-2 §7.2 and §9 (subgrid).

Valid values come from the specifications' examples and grammar productions;
each asserts the exact parsed structure and its serialization. Shorthand
expansions follow the prose of §7.4, §7.8 and §8.4.
"""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colosseum.style import properties  # noqa: F401  (registers every property)
from colosseum.style.calc import Calc
from colosseum.style.grid_properties import (
    AUTO,
    PRODUCTIONS,
    FitContent,
    GridAutoFlow,
    GridLine,
    LineNames,
    MinMax,
    Repeat,
    Subgrid,
    TemplateAreas,
    TrackList,
    sizing_functions,
)
from colosseum.style.parser import parse_text
from colosseum.style.registry import PROPERTIES, SHORTHANDS
from colosseum.style.values import Flex, Length, Percentage, SpaceList, px


def parse(name, text):
    return parse_text(name, text)[name]


def roundtrip(name, value):
    """The value's text parses back, through the same property, equal."""
    assert parse(name, str(value)) == value


def names(*items):
    return LineNames(tuple(items))


FR = Flex(1.0)

# -- the property table ------------------------------------------------------------

LONGHANDS = {
    "grid-template-columns": "none",
    "grid-template-rows": "none",
    "grid-template-areas": "none",
    "grid-auto-columns": SpaceList(("auto",)),
    "grid-auto-rows": SpaceList(("auto",)),
    "grid-auto-flow": GridAutoFlow("row", False),
    "grid-row-start": AUTO,
    "grid-row-end": AUTO,
    "grid-column-start": AUTO,
    "grid-column-end": AUTO,
}


@pytest.mark.parametrize(("name", "initial"), LONGHANDS.items())
def test_longhand_entries(name, initial):
    entry = PROPERTIES[name]
    assert entry.initial == initial
    assert not entry.inherited
    assert entry.spec.startswith("css-grid-")
    if name.startswith("grid-row") or name.startswith("grid-column"):
        assert entry.applies_to.startswith("grid items")
        assert entry.percentages is None
    else:
        assert entry.applies_to == "grid containers"


def test_percentages_refer_to_the_content_box_in_the_axis():
    for name in ("grid-template-columns", "grid-auto-columns"):
        assert "inline size" in PROPERTIES[name].percentages
        assert "content box" in PROPERTIES[name].percentages
    for name in ("grid-template-rows", "grid-auto-rows"):
        assert "block size" in PROPERTIES[name].percentages
    assert PROPERTIES["grid-template-areas"].percentages is None
    assert PROPERTIES["grid-auto-flow"].percentages is None


def test_spec_citations():
    assert PROPERTIES["grid-template-rows"].spec == "css-grid-1 §7.2; css-grid-2 §7.2, §9 (subgrid)"
    assert PROPERTIES["grid-template-areas"].spec == "css-grid-1 §7.3"
    assert PROPERTIES["grid-auto-rows"].spec == "css-grid-1 §7.6"
    assert PROPERTIES["grid-auto-flow"].spec == "css-grid-1 §7.7"
    assert PROPERTIES["grid-row-start"].spec == "css-grid-1 §8.3"
    assert SHORTHANDS["grid-template"].spec == "css-grid-1 §7.4"
    assert SHORTHANDS["grid"].spec == "css-grid-1 §7.8"
    assert SHORTHANDS["grid-area"].spec == "css-grid-1 §8.4"


def test_grammar_text_is_the_value_definition_syntax():
    assert str(PROPERTIES["grid-template-columns"].grammar) == (
        "none | <track-list> | <auto-track-list> | subgrid <line-name-list>?"
    )
    assert str(PROPERTIES["grid-template-areas"].grammar) == "none | <string>+"
    assert str(PROPERTIES["grid-auto-rows"].grammar) == "<track-size>+"
    assert str(PROPERTIES["grid-auto-flow"].grammar) == "[ row | column ] || dense"
    assert str(PROPERTIES["grid-row-start"].grammar) == (
        "auto | <custom-ident> | [ <integer [-∞,-1]> | <integer [1,∞]> ] && <custom-ident>?"
        " | span && [ <integer [1,∞]> || <custom-ident> ]"
    )
    assert str(SHORTHANDS["grid-row"].grammar) == "<grid-line> [ / <grid-line> ]?"
    assert str(SHORTHANDS["grid-area"].grammar) == "<grid-line> [ / <grid-line> ]{0,3}"
    assert str(SHORTHANDS["grid-template"].grammar) == (
        "none | <'grid-template-rows'> / <'grid-template-columns'>"
        " | [ <line-names>? <string> <track-size>? <line-names>? ]+ [ / <explicit-track-list> ]?"
    )
    assert str(SHORTHANDS["grid"].grammar) == (
        "<'grid-template'> | <'grid-template-rows'> / [ auto-flow && dense? ]"
        " <'grid-auto-columns'>? | [ auto-flow && dense? ] <'grid-auto-rows'>?"
        " / <'grid-template-columns'>"
    )


def test_productions():
    assert PRODUCTIONS["<track-list>"] == (
        "[ <line-names>? [ <track-size> | <track-repeat> ] ]+ <line-names>?"
    )
    assert PRODUCTIONS["<auto-track-list>"] == (
        "[ <line-names>? [ <fixed-size> | <fixed-repeat> ] ]* <line-names>? <auto-repeat>"
        " [ <line-names>? [ <fixed-size> | <fixed-repeat> ] ]* <line-names>?"
    )
    assert PRODUCTIONS["<explicit-track-list>"] == "[ <line-names>? <track-size> ]+ <line-names>?"
    assert PRODUCTIONS["<line-name-list>"] == "[ <line-names> | <name-repeat> ]+"
    assert PRODUCTIONS["<track-size>"] == (
        "<track-breadth> | minmax( <inflexible-breadth> , <track-breadth> )"
        " | fit-content( <length-percentage [0,∞]> )"
    )
    assert PRODUCTIONS["<fixed-size>"] == (
        "<fixed-breadth> | minmax( <fixed-breadth> , <track-breadth> )"
        " | minmax( <inflexible-breadth> , <fixed-breadth> )"
    )
    assert PRODUCTIONS["<track-breadth>"] == (
        "<length-percentage [0,∞]> | <flex> | min-content | max-content | auto"
    )
    assert PRODUCTIONS["<inflexible-breadth>"] == (
        "<length-percentage [0,∞]> | min-content | max-content | auto"
    )
    assert PRODUCTIONS["<line-names>"] == "'[' <custom-ident>* ']'"
    assert PRODUCTIONS["<track-repeat>"] == (
        "repeat( <integer [1,∞]> , [ <line-names>? <track-size> ]+ <line-names>? )"
    )
    assert PRODUCTIONS["<auto-repeat>"] == (
        "repeat( [ auto-fill | auto-fit ] , [ <line-names>? <fixed-size> ]+ <line-names>? )"
    )
    assert PRODUCTIONS["<name-repeat>"] == (
        "repeat( [ <integer [1,∞]> | auto-fill ] , <line-names>+ )"
    )


def test_error_names_property_value_and_grammar():
    with pytest.raises(ValueError, match="grid-template-columns") as error:
        parse("grid-template-columns", "repeat(auto-fill, 1fr)")
    assert "<auto-track-list>" in str(error.value)
    assert "repeat(auto-fill, 1fr)" in str(error.value)


# -- grid-template-columns / grid-template-rows (css-grid-1 §7.2) ------------------

TRACK_LISTS = [
    # css-grid-1 §7.2 examples.
    (
        "100px 1fr max-content minmax(min-content, 1fr)",
        (px(100), FR, "max-content", MinMax("min-content", FR)),
        None,
    ),
    ("1fr minmax(min-content, 1fr)", (FR, MinMax("min-content", FR)), None),
    (
        "10px repeat(2, 1fr auto minmax(30%, 1fr))",
        (px(10), Repeat(2, (FR, "auto", MinMax(Percentage(30), FR)))),
        None,
    ),
    # §7.2.2 named lines.
    (
        "[first nav-start] 150px [main-start] 1fr [last]",
        (names("first", "nav-start"), px(150), names("main-start"), FR, names("last")),
        None,
    ),
    (
        "[first header-start] 50px [main-start] 1fr [footer-start] 50px [last]",
        (
            names("first", "header-start"),
            px(50),
            names("main-start"),
            FR,
            names("footer-start"),
            px(50),
            names("last"),
        ),
        None,
    ),
    # §7.2.3 repeat().
    (
        "repeat(4, 10px [col-start] 250px [col-end]) 10px",
        (Repeat(4, (px(10), names("col-start"), px(250), names("col-end"))), px(10)),
        None,
    ),
    (
        "repeat(auto-fill, minmax(25ch, 1fr))",
        (Repeat("auto-fill", (MinMax(Length(25, "ch"), FR),)),),
        None,
    ),
    # §7.2.5 resolved value example's specified list.
    (
        "[a] auto [b] minmax(min-content, 1fr) [b c d] repeat(2, [e] 40px) repeat(5, auto)",
        (
            names("a"),
            "auto",
            names("b"),
            MinMax("min-content", FR),
            names("b", "c", "d"),
            Repeat(2, (names("e"), px(40))),
            Repeat(5, ("auto",)),
        ),
        None,
    ),
    # Every <track-breadth> and <track-size> form.
    ("auto", ("auto",), None),
    ("min-content max-content", ("min-content", "max-content"), None),
    ("0", (px(0),), "0px"),
    ("50%", (Percentage(50),), None),
    ("0.5fr 0fr", (Flex(0.5), Flex(0)), None),
    ("2em", (Length(2, "em"),), None),
    ("fit-content(100px)", (FitContent(px(100)),), None),
    ("fit-content(40%)", (FitContent(Percentage(40)),), None),
    ("minmax(auto, auto)", (MinMax("auto", "auto"),), None),
    ("minmax(max-content, 10%)", (MinMax("max-content", Percentage(10)),), None),
    ("MINMAX(10PX, 1FR)", (MinMax(px(10), FR),), "minmax(10px, 1fr)"),
    ("[] 1fr []", (names(), FR, names()), None),
    ("[a   b]1fr[c]", (names("a", "b"), FR, names("c")), "[a b] 1fr [c]"),
    ("[Foo] 1fr", (names("Foo"), FR), None),  # custom idents keep their case
    ("[none] 1fr", (names("none"), FR), None),
    # <auto-track-list>: one auto repeat with fixed sizes around it.
    (
        "[a] 10px repeat(2, 20px) [b] repeat(auto-fit, [c] 5% [d]) [e] minmax(10px, auto) [f]",
        (
            names("a"),
            px(10),
            Repeat(2, (px(20),)),
            names("b"),
            Repeat("auto-fit", (names("c"), Percentage(5), names("d"))),
            names("e"),
            MinMax(px(10), "auto"),
            names("f"),
        ),
        None,
    ),
    (
        "repeat(auto-fill, minmax(auto, 10px))",
        (Repeat("auto-fill", (MinMax("auto", px(10)),)),),
        None,
    ),
    (
        "repeat(AUTO-FIT, 10px 20px)",
        (Repeat("auto-fit", (px(10), px(20))),),
        "repeat(auto-fit, 10px 20px)",
    ),
]


@pytest.mark.parametrize(("text", "items", "serialized"), TRACK_LISTS)
@pytest.mark.parametrize("name", ["grid-template-columns", "grid-template-rows"])
def test_track_lists(name, text, items, serialized):
    value = parse(name, text)
    assert value == TrackList(items)
    assert str(value) == (serialized or text)
    roundtrip(name, value)


def test_track_list_math_functions():
    value = parse("grid-template-rows", "calc(4em - 5px) minmax(calc(10% + 5px), 1fr)")
    first, second = value.items
    assert isinstance(first, Calc)
    assert str(first) == "calc(4em - 5px)"
    assert isinstance(second.minimum, Calc)
    roundtrip("grid-template-rows", value)


def test_repeat_count_accepts_math_functions():
    value = parse("grid-template-columns", "repeat(calc(1 + 2), 10px)")
    assert value == TrackList((Repeat(3, (px(10),)),))
    assert str(value) == "repeat(3, 10px)"
    # css-values-4 §10.12: out-of-range math is clamped, not rejected.
    assert parse("grid-template-columns", "repeat(calc(0), 1px)").items[0].count == 1


def test_template_none():
    assert parse("grid-template-columns", "none") == "none"
    assert parse("grid-template-rows", "NONE") == "none"


SUBGRIDS = [
    ("subgrid", ()),
    ("subgrid [a] [] [b c]", (names("a"), names(), names("b", "c"))),
    (
        "subgrid [a] repeat(auto-fill, [b] [c]) repeat(2, [d])",
        (
            names("a"),
            Repeat("auto-fill", (names("b"), names("c"))),
            Repeat(2, (names("d"),)),
        ),
    ),
]


@pytest.mark.parametrize(("text", "items"), SUBGRIDS)
def test_subgrid(text, items):
    """css-grid-2 §7.2: ``subgrid <line-name-list>?``."""
    value = parse("grid-template-rows", text)
    assert value == Subgrid(items)
    assert str(value) == text
    roundtrip("grid-template-rows", value)


INVALID_TRACKS = [
    "",
    "auto none",
    "none 1fr",
    "-10px",
    "-1fr",
    "-5%",
    "1",
    "10px,",
    "[a] [b] 10px",  # two adjacent <line-names>
    "[a]",
    "[a] []",
    "[span] 1px",
    "[auto] 1px",
    "[inherit] 1px",
    "[default] 1px",
    "[a, b] 1px",
    "[1] 1px",
    "['a'] 1px",
    "minmax(1fr, 1fr)",  # a flexible minimum
    "minmax(10px)",
    "minmax(10px, 20px, 30px)",
    "minmax(10px 20px)",
    "minmax(-1px, 1px)",
    "fit-content(1fr)",
    "fit-content(auto)",
    "fit-content(-1px)",
    "fit-content",
    "fit-content()",
    "repeat(auto-fill, 1fr)",  # automatic repetitions need fixed sizes
    "repeat(auto-fit, auto)",
    "repeat(auto-fill, min-content)",
    "repeat(auto-fill, minmax(auto, auto))",
    "repeat(auto-fill, minmax(min-content, 1fr))",
    "repeat(auto-fill, fit-content(10px))",
    "repeat(auto-fill, 10px) repeat(auto-fit, 10px)",  # two automatic repeats
    "repeat(auto-fill, 10px) repeat(auto-fill, 10px)",
    "repeat(auto-fill, 10px) 1fr",  # intrinsic/flexible sizes beside one
    "auto repeat(auto-fill, 10px)",
    "repeat(auto-fill, 10px) repeat(2, auto)",
    "repeat(0, 10px)",
    "repeat(-1, 10px)",
    "repeat(1.5, 10px)",
    "repeat(2)",
    "repeat(2, )",
    "repeat(2, [a])",
    "repeat(2 10px)",
    "repeat(2, repeat(2, 10px))",  # repeat() can't be nested
    "repeat(auto, 10px)",
    "repeat(auto-fill, [a] [b] 10px)",
    "subgrid 10px",
    "subgrid repeat(2, 10px)",
    "subgrid repeat(auto-fit, [a])",
    "subgrid repeat(auto-fill, [a]) repeat(auto-fill, [b])",  # auto-fill once per list
    "subgrid repeat(auto-fill)",
    "subgrid subgrid",
    "[a] subgrid",
    "masonry",
]


@pytest.mark.parametrize("text", INVALID_TRACKS)
@pytest.mark.parametrize("name", ["grid-template-columns", "grid-template-rows"])
def test_invalid_track_lists(name, text):
    with pytest.raises(ValueError):
        parse(name, text)


def test_expand_track_list():
    """Repetitions unroll and adjacent names merge (css-grid-1 §7.2.3.1):
    ``repeat(2, [a] 1fr [b])`` is ``[a] 1fr [b a] 1fr [b]``."""
    tracks = parse("grid-template-columns", "repeat(2, [a] 1fr [b])").expand()
    assert tracks.line_names == (("a",), ("b", "a"), ("b",))
    assert tracks.sizes == (FR, FR)
    assert tracks.auto_repeat == range(0)

    resolved = parse(
        "grid-template-columns",
        "[a] auto [b] minmax(min-content, 1fr) [b c d] repeat(2, [e] 40px) repeat(5, auto)",
    ).expand()
    assert resolved.line_names == (
        ("a",),
        ("b",),
        ("b", "c", "d", "e"),
        ("e",),
        (),
        (),
        (),
        (),
        (),
        (),
    )
    assert resolved.sizes == ("auto", MinMax("min-content", FR), px(40), px(40), *["auto"] * 5)


def test_expand_auto_repeat():
    value = parse("grid-template-columns", "[x] 10px repeat(auto-fit, [a] 20px) [y] 30px")
    assert value.auto_repeat == Repeat("auto-fit", (names("a"), px(20)))
    tracks = value.expand(auto_repetitions=3)
    assert tracks.sizes == (px(10), px(20), px(20), px(20), px(30))
    assert tracks.line_names == (("x",), ("a",), ("a",), ("a",), ("y",), ())
    assert tracks.auto_repeat == range(1, 4)
    assert tracks.auto_fit
    fill = parse("grid-template-columns", "repeat(auto-fill, 5px)").expand(2)
    assert fill.auto_repeat == range(0, 2)
    assert not fill.auto_fit
    assert parse("grid-template-columns", "1px").auto_repeat is None


def test_expand_is_capped():
    tracks = parse("grid-template-columns", "repeat(1000000000, 1px 2px)").expand(limit=5)
    assert len(tracks.sizes) == 5
    assert len(tracks.line_names) == 6


def test_subgrid_line_names():
    """css-grid-2 §7.2: names go to the lines from line 1, excess ignored;
    auto-fill repeats to match the span, or not at all when it is filled."""
    value = parse("grid-template-columns", "subgrid [a] repeat(auto-fill, [b] [c]) [d]")
    assert value.expand(6) == (("a",), ("b",), ("c",), ("b",), ("c",), ("d",))
    assert value.expand(5) == (("a",), ("b",), ("c",), ("d",), ())
    assert value.expand(2) == (("a",), ("d",))
    assert value.expand(1) == (("a",),)
    fixed = parse("grid-template-columns", "subgrid repeat(1000000000, [x]) [y]")
    assert fixed.expand(3) == (("x",), ("x",), ("x",))
    assert parse("grid-template-columns", "subgrid").expand(2) == ((), ())


def test_sizing_functions():
    """css-grid-1 §7.2.1: min and max track sizing functions."""
    assert sizing_functions(px(10)) == (px(10), px(10))
    assert sizing_functions("auto") == ("auto", "auto")
    assert sizing_functions("min-content") == ("min-content", "min-content")
    assert sizing_functions(FR) == ("auto", FR)
    assert sizing_functions(MinMax(px(1), FR)) == (px(1), FR)
    assert sizing_functions(FitContent(px(5))) == ("auto", FitContent(px(5)))


# -- grid-template-areas (css-grid-1 §7.3) ------------------------------------------


def test_template_areas_example():
    value = parse("grid-template-areas", '"head head"\n "nav  main"\n "foot ...."')
    assert value == TemplateAreas((("head", "head"), ("nav", "main"), ("foot", None)))
    assert str(value) == '"head head" "nav main" "foot ."'
    assert value.row_count == 3
    assert value.column_count == 2
    assert dict(value.areas) == {
        "head": (1, 2, 1, 3),
        "nav": (2, 3, 1, 2),
        "main": (2, 3, 2, 3),
        "foot": (3, 4, 1, 2),
    }
    assert list(value.areas) == ["head", "nav", "main", "foot"]
    roundtrip("grid-template-areas", value)


AREAS = [
    ('"a"', (("a",),), '"a"'),
    ('"."', ((None,),), '"."'),
    ('"a.b"', (("a", None, "b"),), '"a . b"'),  # longest match: names stop at "."
    ('"...a..."', ((None, "a", None),), '". a ."'),
    ('"  a\tb  "', (("a", "b"),), '"a b"'),
    ('"1st 2nd 3rd"', (("1st", "2nd", "3rd"),), '"1st 2nd 3rd"'),
    ('"a-b c_d"', (("a-b", "c_d"),), '"a-b c_d"'),
    ('"é ü"', (("é", "ü"),), '"é ü"'),
    ('"A a"', (("A", "a"),), '"A a"'),  # names are case-sensitive
    ('"a a b" "a a b" ". . b"', (("a", "a", "b"), ("a", "a", "b"), (None, None, "b")), None),
    ("'a' 'b'", (("a",), ("b",)), '"a" "b"'),
]


@pytest.mark.parametrize(("text", "rows", "serialized"), AREAS)
def test_template_areas(text, rows, serialized):
    value = parse("grid-template-areas", text)
    assert value == TemplateAreas(rows)
    assert value.rows == rows
    assert str(value) == (serialized or text)
    roundtrip("grid-template-areas", value)


def test_template_areas_rectangles():
    value = parse("grid-template-areas", '"a a b" "a a b" ". . b"')
    assert value.areas["a"] == (1, 3, 1, 3)
    assert value.areas["b"] == (1, 4, 3, 4)
    assert "." not in value.areas


INVALID_AREAS = [
    '"a b" "a"',  # rows of different lengths
    '"a" "a b"',
    '""',  # no cell token
    '"   "',
    '"a" ""',
    '"a b a"',  # disconnected
    '"a b" "b a"',
    '"a a" "a b"',  # L-shaped
    '"a ." "a a"',
    '"a #"',  # trash tokens
    '"a!"',
    '"a,b"',
    '"a" b',
    "a",
    "none none",
    '"a" none',
    "1",
]


@pytest.mark.parametrize("text", INVALID_AREAS)
def test_invalid_template_areas(text):
    with pytest.raises(ValueError):
        parse("grid-template-areas", text)


def test_template_areas_constructor_validates():
    with pytest.raises(ValueError):
        TemplateAreas((("a", "b"), ("b", "a")))
    with pytest.raises(ValueError):
        TemplateAreas(())


def test_values_are_hashable_and_copyable():
    areas = parse("grid-template-areas", '"a b"')
    tracks = parse("grid-template-columns", "[a] repeat(2, 1fr) minmax(1px, auto)")
    for value in (areas, tracks, parse("grid-row-start", "span 2 a"), GridAutoFlow()):
        assert hash(value) == hash(copy.deepcopy(value))
        assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(areas).areas == areas.areas
    assert len({areas, TemplateAreas((("a", "b"),))}) == 1


# -- grid-auto-rows / grid-auto-columns (css-grid-1 §7.6) ---------------------------


@pytest.mark.parametrize("name", ["grid-auto-columns", "grid-auto-rows"])
@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("auto", ("auto",)),
        ("40px", (px(40),)),
        ("100%", (Percentage(100),)),
        ("1fr", (FR,)),
        ("min-content max-content", ("min-content", "max-content")),
        ("minmax(100px, 200px)", (MinMax(px(100), px(200)),)),
        ("fit-content(10px) 1fr auto", (FitContent(px(10)), FR, "auto")),
    ],
)
def test_auto_tracks(name, text, items):
    value = parse(name, text)
    assert value == SpaceList(items)
    assert str(value) == text
    roundtrip(name, value)


@pytest.mark.parametrize(
    "text",
    ["none", "[a] 1fr", "repeat(2, 1fr)", "-1px", "minmax(1fr, 1px)", "subgrid", "1px,2px"],
)
def test_invalid_auto_tracks(text):
    with pytest.raises(ValueError):
        parse("grid-auto-rows", text)


# -- grid-auto-flow (css-grid-1 §7.7) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction", "dense", "serialized"),
    [
        ("row", "row", False, "row"),
        ("column", "column", False, "column"),
        ("dense", "row", True, "dense"),
        ("row dense", "row", True, "dense"),
        ("dense row", "row", True, "dense"),
        ("column dense", "column", True, "column dense"),
        ("DENSE Column", "column", True, "column dense"),
    ],
)
def test_auto_flow(text, direction, dense, serialized):
    value = parse("grid-auto-flow", text)
    assert value == GridAutoFlow(direction, dense)
    assert (value.direction, value.dense) == (direction, dense)
    assert str(value) == serialized
    roundtrip("grid-auto-flow", value)


@pytest.mark.parametrize(
    "text", ["row column", "dense dense", "row row", "none", "rows", "auto-flow", "column, dense"]
)
def test_invalid_auto_flow(text):
    with pytest.raises(ValueError):
        parse("grid-auto-flow", text)


# -- placement (css-grid-1 §8.3) ---------------------------------------------------------

PLACEMENT = ["grid-row-start", "grid-row-end", "grid-column-start", "grid-column-end"]
GRID_LINES = [
    ("auto", AUTO, "auto"),
    ("AUTO", AUTO, "auto"),
    ("a", GridLine(name="a"), "a"),
    ("Nav", GridLine(name="Nav"), "Nav"),
    ("none", GridLine(name="none"), "none"),
    ("1", GridLine(1), "1"),
    ("-1", GridLine(-1), "-1"),
    ("+3", GridLine(3), "3"),
    ("1 a", GridLine(1, "a"), "1 a"),
    ("a 1", GridLine(1, "a"), "1 a"),
    ("C -1", GridLine(-1, "C"), "-1 C"),
    ("span 1", GridLine(1, span=True), "span 1"),
    ("span a", GridLine(name="a", span=True), "span a"),
    ("span 2 a", GridLine(2, "a", True), "span 2 a"),
    ("span a 2", GridLine(2, "a", True), "span 2 a"),
    ("a 2 span", GridLine(2, "a", True), "span 2 a"),
    ("2 a span", GridLine(2, "a", True), "span 2 a"),
    ("SPAN 3", GridLine(3, span=True), "span 3"),
    ("calc(1 + 1)", GridLine(2), "2"),
    ("span calc(-3)", GridLine(1, span=True), "span 1"),  # clamped (css-values-4 §10.12)
    (r"\31st", GridLine(name="1st"), r"\31 st"),
]


@pytest.mark.parametrize(("text", "line", "serialized"), GRID_LINES)
@pytest.mark.parametrize("name", PLACEMENT)
def test_grid_lines(name, text, line, serialized):
    value = parse(name, text)
    assert value == line
    assert str(value) == serialized
    roundtrip(name, value)


def test_grid_line_attributes():
    assert AUTO.is_auto and not AUTO.is_ident
    assert GridLine(name="a").is_ident
    assert not GridLine(1, "a").is_ident
    assert not GridLine(name="a", span=True).is_ident
    assert GridLine(name="a", span=True).span_count == 1
    assert GridLine(4, span=True).span_count == 4


INVALID_LINES = [
    "0",  # zero is invalid
    "0 a",
    "span 0",
    "span -1",
    "span",
    "span span",
    "span auto",
    "auto 1",
    "auto a",
    "a b",
    "1 2",
    "1 a b",
    "span 1 2",
    "span a b",
    "a span 1",  # the span group must be contiguous
    "1.5",
    "1px",
    "span 1.0",
    "calc(0)",
    "inherit a",
    "default",
    '"a"',
    "1 / 2",
    "a,",
]


@pytest.mark.parametrize("text", INVALID_LINES)
@pytest.mark.parametrize("name", ["grid-row-start", "grid-column-end"])
def test_invalid_grid_lines(name, text):
    with pytest.raises(ValueError):
        parse(name, text)


# -- grid-row / grid-column (css-grid-1 §8.4) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "serialized"),
    [
        # The second value omitted: a custom-ident is copied, anything else is auto.
        ("auto", AUTO, AUTO, "auto"),
        ("a", GridLine(name="a"), GridLine(name="a"), "a"),
        ("1", GridLine(1), AUTO, "1"),
        ("span 3", GridLine(3, span=True), AUTO, "span 3"),
        ("2 a", GridLine(2, "a"), AUTO, "2 a"),
        ("span a", GridLine(name="a", span=True), AUTO, "span a"),
        # Both values given.
        ("1 / -1", GridLine(1), GridLine(-1), "1 / -1"),
        ("a / b", GridLine(name="a"), GridLine(name="b"), "a / b"),
        ("a / a", GridLine(name="a"), GridLine(name="a"), "a"),
        ("a / auto", GridLine(name="a"), AUTO, "a / auto"),
        ("1 / auto", GridLine(1), AUTO, "1"),
        ("auto / 6", AUTO, GridLine(6), "auto / 6"),
        ("span foo / 4", GridLine(name="foo", span=True), GridLine(4), "span foo / 4"),
        ("1 a / 2 b", GridLine(1, "a"), GridLine(2, "b"), "1 a / 2 b"),
        ("span 1 / span 2", GridLine(1, span=True), GridLine(2, span=True), "span 1 / span 2"),
        ("C / C -1", GridLine(name="C"), GridLine(-1, "C"), "C / -1 C"),
        ("b 2 / span 1", GridLine(2, "b"), GridLine(1, span=True), "2 b / span 1"),
    ],
)
@pytest.mark.parametrize("axis", ["row", "column"])
def test_grid_row_and_column(axis, text, start, end, serialized):
    name = f"grid-{axis}"
    values = parse_text(name, text)
    assert values == {f"grid-{axis}-start": start, f"grid-{axis}-end": end}
    assert SHORTHANDS[name].serialize(values) == serialized
    assert parse_text(name, serialized) == values


@pytest.mark.parametrize("text", ["", "1 /", "/ 1", "1 / 2 / 3", "0 / 1", "1 // 2", "span / 1"])
def test_invalid_grid_row(text):
    with pytest.raises(ValueError):
        parse_text("grid-row", text)


# -- grid-area (css-grid-1 §8.4) -------------------------------------------------------

A, B, C, D = (GridLine(name=n) for n in "abcd")


@pytest.mark.parametrize(
    ("text", "row_start", "column_start", "row_end", "column_end", "serialized"),
    [
        # One value: a custom-ident sets all four; anything else leaves the rest auto.
        ("a", A, A, A, A, "a"),
        ("auto", AUTO, AUTO, AUTO, AUTO, "auto"),
        ("2", GridLine(2), AUTO, AUTO, AUTO, "2"),
        ("span 2", GridLine(2, span=True), AUTO, AUTO, AUTO, "span 2"),
        ("1 a", GridLine(1, "a"), AUTO, AUTO, AUTO, "1 a"),
        # Two: row-end copies a custom-ident row-start, column-end the column-start.
        ("a / b", A, B, A, B, "a / b"),
        ("a / 2", A, GridLine(2), A, AUTO, "a / 2"),
        ("1 / b", GridLine(1), B, AUTO, B, "1 / b"),
        ("1 / 2", GridLine(1), GridLine(2), AUTO, AUTO, "1 / 2"),
        # Three: column-end copies a custom-ident column-start.
        ("a / b / c", A, B, C, B, "a / b / c"),
        ("1 / 2 / 3", GridLine(1), GridLine(2), GridLine(3), AUTO, "1 / 2 / 3"),
        ("a / b / a", A, B, A, B, "a / b"),
        # Four.
        ("a / b / c / d", A, B, C, D, "a / b / c / d"),
        ("1 / 2 / 3 / 4", GridLine(1), GridLine(2), GridLine(3), GridLine(4), "1 / 2 / 3 / 4"),
        ("a / a / a / a", A, A, A, A, "a"),
        ("a / auto / a / auto", A, AUTO, A, AUTO, "a / auto"),
        ("a / auto / auto / auto", A, AUTO, AUTO, AUTO, "a / auto / auto"),
        ("1 / auto / auto / auto", GridLine(1), AUTO, AUTO, AUTO, "1"),
        ("auto / b / auto / b", AUTO, B, AUTO, B, "auto / b"),
        ("auto / b / auto / auto", AUTO, B, AUTO, AUTO, "auto / b / auto / auto"),
        (
            "a / b 2 / c / span d",
            A,
            GridLine(2, "b"),
            C,
            GridLine(name="d", span=True),
            "a / 2 b / c / span d",
        ),
        (
            "span 2 a / 3 / -1 x / 4",
            GridLine(2, "a", True),
            GridLine(3),
            GridLine(-1, "x"),
            GridLine(4),
            "span 2 a / 3 / -1 x / 4",
        ),
    ],
)
def test_grid_area(text, row_start, column_start, row_end, column_end, serialized):
    values = parse_text("grid-area", text)
    assert values == {
        "grid-row-start": row_start,
        "grid-column-start": column_start,
        "grid-row-end": row_end,
        "grid-column-end": column_end,
    }
    assert SHORTHANDS["grid-area"].serialize(values) == (serialized or text)
    assert parse_text("grid-area", SHORTHANDS["grid-area"].serialize(values)) == values


@pytest.mark.parametrize(
    "text", ["", "a /", "a / b / c / d / e", "0", "a b", "/ a", "a / / b", "span 0 / a"]
)
def test_invalid_grid_area(text):
    with pytest.raises(ValueError):
        parse_text("grid-area", text)


def test_css_wide_keywords_in_placement_shorthands():
    for name in ("grid-area", "grid-row", "grid-column"):
        shorthand = SHORTHANDS[name]
        values = parse_text(name, "inherit")
        assert set(values.values()) == {"inherit"}
        assert shorthand.serialize(values) == "inherit"
        mixed = dict(values)
        mixed[shorthand.longhands[0]] = AUTO
        assert shorthand.serialize(mixed) is None


# -- grid-template (css-grid-1 §7.4) ----------------------------------------------------

TEMPLATE = ("grid-template-rows", "grid-template-columns", "grid-template-areas")


def template(rows, columns, areas):
    return dict(zip(TEMPLATE, (rows, columns, areas), strict=True))


def test_grid_template_none():
    values = parse_text("grid-template", "none")
    assert values == template("none", "none", "none")
    assert SHORTHANDS["grid-template"].serialize(values) == "none"


def test_grid_template_rows_columns():
    """The ``<'grid-template-rows'> / <'grid-template-columns'>`` example."""
    values = parse_text("grid-template", "auto 1fr / auto 1fr auto")
    assert values == template(TrackList(("auto", FR)), TrackList(("auto", FR, "auto")), "none")
    assert SHORTHANDS["grid-template"].serialize(values) == "auto 1fr / auto 1fr auto"


def test_grid_template_ascii_art():
    """The §7.4 example: names around each string splice into the rows."""
    values = parse_text(
        "grid-template",
        '[header-top] "a   a   a"     [header-bottom]\n'
        '  [main-top] "b   b   b" 1fr [main-bottom]\n'
        "           / auto 1fr auto",
    )
    assert values == {
        "grid-template-areas": parse("grid-template-areas", '"a a a" "b b b"'),
        "grid-template-rows": parse(
            "grid-template-rows", "[header-top] auto [header-bottom main-top] 1fr [main-bottom]"
        ),
        "grid-template-columns": parse("grid-template-columns", "auto 1fr auto"),
    }
    assert SHORTHANDS["grid-template"].serialize(values) == (
        '[header-top] "a a a" [header-bottom main-top] "b b b" 1fr [main-bottom] / auto 1fr auto'
    )


@pytest.mark.parametrize(
    ("text", "rows", "columns", "areas", "serialized"),
    [
        ('"a"', ("auto",), "none", (("a",),), '"a"'),
        ('"a b" "a b"', ("auto", "auto"), "none", (("a", "b"),) * 2, None),
        (
            '"a b" 50px / 100px',
            (px(50),),
            (px(100),),
            (("a", "b"),),
            None,
        ),
        (
            '"a" auto "b" 1fr',
            ("auto", FR),
            "none",
            (("a",), ("b",)),
            '"a" "b" 1fr',
        ),
        (
            '[x] "a" [y] [z] "b" [w] / [c] 1fr [d]',
            (names("x"), "auto", names("y", "z"), "auto", names("w")),
            (names("c"), FR, names("d")),
            (("a",), ("b",)),
            '[x] "a" [y z] "b" [w] / [c] 1fr [d]',
        ),
        (
            '"a" [] "b"',
            ("auto", names(), "auto"),
            "none",
            (("a",), ("b",)),
            None,
        ),
        (
            '"a" minmax(10px, 1fr) "." fit-content(5%) / minmax(1px, auto)',
            (MinMax(px(10), FR), FitContent(Percentage(5))),
            (MinMax(px(1), "auto"),),
            (("a",), (None,)),
            None,
        ),
    ],
)
def test_grid_template_strings(text, rows, columns, areas, serialized):
    values = parse_text("grid-template", text)
    assert values == template(
        TrackList(rows),
        columns if columns == "none" else TrackList(columns),
        TemplateAreas(areas),
    )
    assert SHORTHANDS["grid-template"].serialize(values) == (serialized or text)
    assert parse_text("grid-template", serialized or text) == values


@pytest.mark.parametrize(
    ("text", "rows", "columns"),
    [
        ("none / 100px", "none", "100px"),
        ("100px / none", "100px", "none"),
        ("subgrid / subgrid [a]", "subgrid", "subgrid [a]"),
        ("repeat(2, 10px) / repeat(auto-fill, 5px)", "repeat(2, 10px)", "repeat(auto-fill, 5px)"),
        ("[a] 1fr [b] / [c] auto", "[a] 1fr [b]", "[c] auto"),
    ],
)
def test_grid_template_slash_form(text, rows, columns):
    values = parse_text("grid-template", text)
    assert values == template(
        parse("grid-template-rows", rows), parse("grid-template-columns", columns), "none"
    )
    assert SHORTHANDS["grid-template"].serialize(values) == text


INVALID_TEMPLATES = [
    "",
    "none / none / none",
    "1fr",
    "/ 1fr",
    "1fr /",
    '"a" / none',  # the slash needs an <explicit-track-list>
    '"a" / repeat(2, 1fr)',  # no repeat() in the ASCII-art form
    '"a" repeat(2, 1fr)',
    '"a" / repeat(auto-fill, 10px)',
    '"a" / subgrid',
    '"a" 1fr 2fr',
    '"a" [x] [y] [z] "b"',
    '"a b" "a"',
    '"a b" "b a"',
    '"a #"',
    '1fr "a"',
    '"a" / 1fr / 2fr',
    "none none",
    'none "a"',
    '"a" 1fr / auto-flow',
]


@pytest.mark.parametrize("text", INVALID_TEMPLATES)
def test_invalid_grid_template(text):
    with pytest.raises(ValueError):
        parse_text("grid-template", text)


@pytest.mark.parametrize(
    ("rows", "columns", "areas"),
    [
        ("none", "none", '"a"'),  # the string form always sets rows
        ("1fr 1fr", "none", '"a"'),  # one row size per string
        ("1fr", "none", '"a" "b"'),
        ("repeat(2, 1fr)", "none", '"a" "b"'),
        ("1fr", "repeat(2, 1fr)", '"a"'),
        ("1fr", "repeat(auto-fill, 10px)", '"a"'),
        ("subgrid", "none", '"a"'),
        ("1fr", "subgrid", '"a"'),
    ],
)
def test_grid_template_unserializable(rows, columns, areas):
    values = template(
        parse("grid-template-rows", rows),
        parse("grid-template-columns", columns),
        parse("grid-template-areas", areas),
    )
    assert SHORTHANDS["grid-template"].serialize(values) is None
    grid_values = {**values, **{n: PROPERTIES[n].initial for n in IMPLICIT}}
    assert SHORTHANDS["grid"].serialize(grid_values) is None


def test_grid_template_css_wide():
    shorthand = SHORTHANDS["grid-template"]
    assert parse_text("grid-template", "initial") == dict.fromkeys(TEMPLATE, "initial")
    assert shorthand.serialize(dict.fromkeys(TEMPLATE, "unset")) == "unset"
    assert shorthand.serialize({**template("none", "none", "none"), TEMPLATE[0]: "inherit"}) is None


def test_grid_template_leaves_implicit_grid_alone():
    assert set(SHORTHANDS["grid-template"].longhands) == set(TEMPLATE)


# -- grid (css-grid-1 §7.8) --------------------------------------------------------------

IMPLICIT = ("grid-auto-rows", "grid-auto-columns", "grid-auto-flow")
GRID = (*TEMPLATE, *IMPLICIT)


def grid(
    rows="none", columns="none", areas="none", auto_rows="auto", auto_columns="auto", flow="row"
):
    return {
        "grid-template-rows": parse("grid-template-rows", rows),
        "grid-template-columns": parse("grid-template-columns", columns),
        "grid-template-areas": parse("grid-template-areas", areas),
        "grid-auto-rows": parse("grid-auto-rows", auto_rows),
        "grid-auto-columns": parse("grid-auto-columns", auto_columns),
        "grid-auto-flow": parse("grid-auto-flow", flow),
    }


@pytest.mark.parametrize(
    ("text", "expected", "serialized"),
    [
        # The §7.8 examples.
        ("auto-flow 1fr / 100px", grid(columns="100px", auto_rows="1fr"), None),
        ("none / auto-flow 1fr", grid(auto_columns="1fr", flow="column"), None),
        # The grid-template forms reset the implicit grid properties.
        ("none", grid(), None),
        ("auto 1fr / auto 1fr auto", grid(rows="auto 1fr", columns="auto 1fr auto"), None),
        (
            '"a b" "c d" 1fr / 10px 20px',
            grid(rows="auto 1fr", columns="10px 20px", areas='"a b" "c d"'),
            '"a b" "c d" 1fr / 10px 20px',
        ),
        ("subgrid / 1fr", grid(rows="subgrid", columns="1fr"), None),
        # Auto-flow forms.
        ("auto-flow / 1fr", grid(columns="1fr"), "none / 1fr"),
        ("auto-flow dense / 1fr", grid(columns="1fr", flow="row dense"), None),
        (
            "dense auto-flow 10px 20px / 1fr",
            grid(columns="1fr", auto_rows="10px 20px", flow="dense"),
            "auto-flow dense 10px 20px / 1fr",
        ),
        ("auto-flow 1fr / subgrid", grid(columns="subgrid", auto_rows="1fr"), None),
        ("100px / auto-flow", grid(rows="100px", flow="column"), None),
        ("none / auto-flow", grid(flow="column"), None),
        ("[a] 1fr / auto-flow dense", grid(rows="[a] 1fr", flow="column dense"), None),
        (
            "1fr / dense auto-flow minmax(1px, auto) auto",
            grid(rows="1fr", auto_columns="minmax(1px, auto) auto", flow="column dense"),
            "1fr / auto-flow dense minmax(1px, auto) auto",
        ),
        (
            "repeat(auto-fill, 10px) / auto-flow 5px",
            grid(rows="repeat(auto-fill, 10px)", auto_columns="5px", flow="column"),
            None,
        ),
    ],
)
def test_grid(text, expected, serialized):
    values = parse_text("grid", text)
    assert values == expected
    assert SHORTHANDS["grid"].serialize(values) == (serialized or text)
    assert parse_text("grid", serialized or text) == values


@pytest.mark.parametrize(
    "values",
    [
        grid(auto_rows="1fr", rows="1fr"),  # explicit rows with implicit rows
        grid(auto_rows="1fr", flow="column"),
        grid(auto_columns="1fr", columns="1fr", flow="column"),
        grid(auto_columns="1fr", flow="row"),
        grid(auto_rows="1fr", auto_columns="1fr"),
        grid(flow="column", areas='"a"', rows="auto"),
        grid(flow="dense", areas='"a"', rows="auto"),
        grid(auto_rows="1fr", areas='"a"', rows="auto"),
    ],
)
def test_grid_unserializable(values):
    assert SHORTHANDS["grid"].serialize(values) is None


def test_grid_serializes_through_grid_template_when_implicit_initial():
    values = grid(rows="auto", areas='"a"', columns="1fr")
    assert SHORTHANDS["grid"].serialize(values) == '"a" / 1fr'
    assert parse_text("grid", '"a" / 1fr') == values


INVALID_GRIDS = [
    "",
    "auto-flow",
    "auto-flow / auto-flow",
    "auto-flow 1fr / auto-flow 1fr",
    "dense / 1fr",
    "auto-flow dense dense / 1fr",
    "1fr / auto-flow / 1fr",
    "row / 1fr",
    "auto-flow row / 1fr",
    "auto-flow [a] 1fr / 1fr",  # no line names in grid-auto-rows
    '"a" / auto-flow',
    'auto-flow / "a"',
    "none auto-flow / 1fr",
]


@pytest.mark.parametrize("text", INVALID_GRIDS)
def test_invalid_grid(text):
    with pytest.raises(ValueError):
        parse_text("grid", text)


def test_grid_css_wide():
    assert parse_text("grid", "revert") == dict.fromkeys(GRID, "revert")
    assert SHORTHANDS["grid"].serialize(dict.fromkeys(GRID, "inherit")) == "inherit"
    assert SHORTHANDS["grid"].serialize({**grid(), "grid-auto-flow": "inherit"}) is None


def test_grid_shorthand_longhands():
    assert set(SHORTHANDS["grid"].longhands) == set(GRID)
    assert not {"row-gap", "column-gap"} & set(SHORTHANDS["grid"].longhands)


# -- properties: generated values round-trip ------------------------------------------

idents = st.one_of(
    st.sampled_from(["a", "b", "Foo", "nav-start", "_x", "é", "none", "dense", "row"]),
    st.builds(
        lambda first, rest: first + rest,
        st.sampled_from("abcxyzABC_"),
        st.text("abc019_-", max_size=4),
    ),
)
line_names = st.builds(lambda items: LineNames(tuple(items)), st.lists(idents, max_size=3))
numbers = st.integers(0, 2000).map(lambda n: n / 4)
lengths = st.builds(Length, numbers, st.sampled_from(["px", "em", "rem", "vw", "ch", "in"]))
percentages = st.builds(Percentage, numbers)
fixed_breadths = st.one_of(lengths, percentages)
flexes = st.builds(Flex, numbers)
keywords = st.sampled_from(["auto", "min-content", "max-content"])
inflexible = st.one_of(fixed_breadths, keywords)
breadths = st.one_of(fixed_breadths, flexes, keywords)
track_sizes = st.one_of(
    breadths,
    st.builds(MinMax, inflexible, breadths),
    st.builds(FitContent, fixed_breadths),
)
fixed_sizes = st.one_of(
    fixed_breadths,
    st.builds(MinMax, fixed_breadths, breadths),
    st.builds(MinMax, inflexible, fixed_breadths),
)


@st.composite
def interleaved(draw, item, min_size=1, max_size=4):
    """``[ <line-names>? item ]{n} <line-names>?`` as a flat list."""
    items = []
    for value in draw(st.lists(item, min_size=min_size, max_size=max_size)):
        if draw(st.booleans()):
            items.append(draw(line_names))
        items.append(value)
    if draw(st.booleans()):
        items.append(draw(line_names))
    return items


counts = st.integers(1, 50)
track_repeats = st.builds(
    lambda n, items: Repeat(n, tuple(items)), counts, interleaved(track_sizes)
)
fixed_repeats = st.builds(
    lambda n, items: Repeat(n, tuple(items)), counts, interleaved(fixed_sizes)
)
auto_repeats = st.builds(
    lambda n, items: Repeat(n, tuple(items)),
    st.sampled_from(["auto-fill", "auto-fit"]),
    interleaved(fixed_sizes),
)


@st.composite
def auto_track_lists(draw):
    before = draw(interleaved(st.one_of(fixed_sizes, fixed_repeats), min_size=0, max_size=2))
    after = draw(interleaved(st.one_of(fixed_sizes, fixed_repeats), min_size=0, max_size=2))
    if before and isinstance(before[-1], LineNames):
        before.pop()
    middle = [draw(auto_repeats)]
    if draw(st.booleans()):
        middle.insert(0, draw(line_names))
    return TrackList((*before, *middle, *after))


name_repeats = st.builds(
    lambda n, items: Repeat(n, tuple(items)),
    st.one_of(counts, st.just("auto-fill")),
    st.lists(line_names, min_size=1, max_size=3),
)


@st.composite
def subgrids(draw):
    items = draw(st.lists(st.one_of(line_names, name_repeats), max_size=4))
    seen = False
    kept = []
    for item in items:
        if isinstance(item, Repeat) and item.automatic:
            if seen:
                continue
            seen = True
        kept.append(item)
    return Subgrid(tuple(kept))


track_lists = st.builds(
    lambda items: TrackList(tuple(items)), interleaved(st.one_of(track_sizes, track_repeats))
)
template_tracks = st.one_of(st.just("none"), track_lists, auto_track_lists(), subgrids())


@given(template_tracks)
@settings(max_examples=300)
def test_generated_track_lists_roundtrip(value):
    for name in ("grid-template-columns", "grid-template-rows"):
        roundtrip(name, value)


@given(st.lists(track_sizes, min_size=1, max_size=4))
def test_generated_auto_tracks_roundtrip(sizes):
    roundtrip("grid-auto-rows", SpaceList(sizes))


grid_lines = st.one_of(
    st.just(AUTO),
    st.builds(lambda name: GridLine(name=name), idents),
    st.builds(
        GridLine,
        st.integers(-30, 30).filter(bool),
        st.one_of(st.none(), idents),
    ),
    st.builds(
        lambda n, name: GridLine(n, name, True),
        st.one_of(st.none(), st.integers(1, 30)),
        st.one_of(st.none(), idents),
    ).filter(lambda line: line.integer is not None or line.name is not None),
)


@given(grid_lines)
def test_generated_grid_lines_roundtrip(line):
    roundtrip("grid-column-end", line)


@given(st.lists(grid_lines, min_size=4, max_size=4))
def test_generated_placement_shorthands_roundtrip(lines):
    values = dict(
        zip(
            ("grid-row-start", "grid-column-start", "grid-row-end", "grid-column-end"),
            lines,
            strict=True,
        )
    )
    text = SHORTHANDS["grid-area"].serialize(values)
    assert parse_text("grid-area", text) == values
    for axis in ("row", "column"):
        pair = {
            f"grid-{axis}-start": values[f"grid-{axis}-start"],
            f"grid-{axis}-end": values[f"grid-{axis}-end"],
        }
        assert parse_text(f"grid-{axis}", SHORTHANDS[f"grid-{axis}"].serialize(pair)) == pair


@st.composite
def template_areas(draw):
    """Random rectangles packed into a grid, the rest null cells."""
    rows = draw(st.integers(1, 4))
    columns = draw(st.integers(1, 4))
    cells = [[None] * columns for _ in range(rows)]
    for name in draw(st.lists(idents, max_size=4, unique=True)):
        top, left = draw(st.integers(0, rows - 1)), draw(st.integers(0, columns - 1))
        bottom = draw(st.integers(top, rows - 1))
        right = draw(st.integers(left, columns - 1))
        if all(cells[y][x] is None for y in range(top, bottom + 1) for x in range(left, right + 1)):
            for y in range(top, bottom + 1):
                for x in range(left, right + 1):
                    cells[y][x] = name
    return TemplateAreas(tuple(tuple(row) for row in cells))


@given(template_areas())
def test_generated_template_areas_roundtrip(areas):
    roundtrip("grid-template-areas", areas)
    for name, (row_start, row_end, column_start, column_end) in areas.areas.items():
        for y, row in enumerate(areas.rows):
            for x, cell in enumerate(row):
                inside = row_start <= y + 1 < row_end and column_start <= x + 1 < column_end
                assert (cell == name) == inside


@st.composite
def explicit_grids(draw):
    """Values for the three explicit grid properties, ASCII-art or not."""
    if draw(st.booleans()):
        areas = draw(template_areas())
        sizes = draw(st.lists(track_sizes, min_size=areas.row_count, max_size=areas.row_count))
        rows = []
        for size in sizes:
            if draw(st.booleans()):
                rows.append(draw(line_names))
            rows.append(size)
        if draw(st.booleans()):
            rows.append(draw(line_names))
        columns = draw(
            st.one_of(
                st.just("none"),
                st.builds(lambda items: TrackList(tuple(items)), interleaved(track_sizes)),
            )
        )
        return template(TrackList(tuple(rows)), columns, areas)
    return template(draw(template_tracks), draw(template_tracks), "none")


@given(explicit_grids())
@settings(max_examples=200)
def test_generated_grid_template_roundtrip(values):
    text = SHORTHANDS["grid-template"].serialize(values)
    assert text is not None
    assert parse_text("grid-template", text) == values


@given(
    explicit_grids(),
    st.lists(track_sizes, min_size=1, max_size=2),
    st.lists(track_sizes, min_size=1, max_size=2),
    st.builds(GridAutoFlow, st.sampled_from(["row", "column"]), st.booleans()),
)
@settings(max_examples=200)
def test_generated_grid_roundtrip(explicit, auto_rows, auto_columns, flow):
    values = {
        **explicit,
        "grid-auto-rows": SpaceList(auto_rows),
        "grid-auto-columns": SpaceList(auto_columns),
        "grid-auto-flow": flow,
    }
    text = SHORTHANDS["grid"].serialize(values)
    if text is not None:
        assert parse_text("grid", text) == values


GRID_NAMES = [*LONGHANDS, "grid-row", "grid-column", "grid-area", "grid-template", "grid"]


@given(st.sampled_from(GRID_NAMES), st.text(max_size=40))
@settings(max_examples=300)
def test_arbitrary_text_raises_only_value_error(name, text):
    try:
        parse_text(name, text)
    except ValueError:
        pass


token_soup = st.lists(
    st.sampled_from(
        [
            "[a]",
            "[]",
            "1fr",
            "10px",
            "auto",
            "repeat(2,",
            "repeat(auto-fill,",
            ")",
            "/",
            '"a"',
            '"a b"',
            "span",
            "2",
            "-1",
            "0",
            "a",
            "dense",
            "auto-flow",
            "subgrid",
            "minmax(1px,",
            "fit-content(",
            ",",
            "none",
            "calc(1 +",
            "%",
        ]
    ),
    max_size=10,
).map(" ".join)


@given(st.sampled_from(GRID_NAMES), token_soup)
@settings(max_examples=300)
def test_token_soup_raises_only_value_error(name, text):
    try:
        values = parse_text(name, text)
    except ValueError:
        return
    # Whatever parses serializes back to the same values.
    if name in SHORTHANDS:
        serialized = SHORTHANDS[name].serialize(values)
        if serialized is not None:
            assert parse_text(name, serialized) == values
    else:
        roundtrip(name, values[name])
