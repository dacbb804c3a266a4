"""Media queries (colosseum.html.media).

Expected results are written from Media Queries Level 4 (mediaqueries-4;
section numbers of the Editor's Draft), which includes and extends Level 3,
and from Media Queries Level 5 for the preference features. Unless a test
says otherwise, the device is a 1 dppx colour screen with an 800 x 600 px
viewport.
"""

import math

import pytest
import tinycss2

from colosseum.html.media import MediaContext, MediaQueryList, parse_media_query_list

SCREEN = MediaContext(width=800, height=600)
PRINT = MediaContext(width=816, height=1056, type="print")


def matches(text, context=SCREEN):
    return parse_media_query_list(text).matches(context)


# -- §2.1 Combining media queries -------------------------------------------------------------


def test_empty_list_is_true():
    # §2.1: "An empty media query list evaluates to true."
    for text in ["", "   ", "/* nothing */", None]:
        queries = parse_media_query_list(text)
        assert queries.matches(SCREEN)
        assert queries.matches(PRINT)
        assert str(queries) == ""
        assert queries.errors == []


def test_list_is_true_if_any_query_is():
    assert matches("print, screen")
    assert matches("print, (min-width: 100px)")
    assert not matches("print, speech")
    assert matches("print, speech", PRINT)


# -- §2.2 Modifiers and §2.3 Media types ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "screen", "paper"),
    [
        ("all", True, True),
        ("screen", True, False),
        ("print", False, True),
        ("speech", False, False),
        ("SCREEN", True, False),  # idents are ASCII case-insensitive
        ("not screen", False, True),  # §2.2.1
        ("not all", False, False),
        ("only screen", True, False),  # §2.2.2: only has no effect
        ("only all", True, True),
    ],
)
def test_media_types(text, screen, paper):
    assert matches(text, SCREEN) is screen
    assert matches(text, PRINT) is paper


def test_not_negates_the_whole_query():
    # §2.2.1 example: "not screen and (color)" is everything but colour screens.
    assert not matches("not screen and (color)")
    assert matches("not screen and (monochrome)")
    assert matches("not screen and (color)", PRINT)


@pytest.mark.parametrize("deprecated", ["tty", "tv", "projection", "handheld", "braille", "aural"])
def test_deprecated_media_types_match_nothing(deprecated):
    # §2.3: recognised as valid, but match nothing, even on such a device.
    assert not matches(deprecated)
    assert not matches(deprecated, MediaContext(800, 600, type=deprecated))
    assert matches(f"not {deprecated}")
    assert parse_media_query_list(deprecated).errors == []


def test_unknown_media_type_never_matches():
    # §3.2: "the media query unknown is false ... But not unknown is true".
    assert not matches("unknown")
    assert matches("not unknown")
    assert str(parse_media_query_list("unknown")) == "unknown"


# -- §2.4 Media features ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # §4.1 width: the viewport width; min- is >=, max- is <= (§2.4.4)
        ("(width: 800px)", True),
        ("(width: 799px)", False),
        ("(min-width: 800px)", True),
        ("(min-width: 800.5px)", False),
        ("(max-width: 800px)", True),
        ("(max-width: 799.99px)", False),
        # §4.2 height
        ("(height: 600px)", True),
        ("(min-height: 601px)", False),
        ("(max-height: 600px)", True),
        # §1.3: em and rem are the initial font-size, 16px
        ("(width: 50em)", True),
        ("(min-width: 50.01em)", False),
        ("(max-height: 37.5rem)", True),
        # absolute units (css-values-4 §6.2): 1in = 96px = 2.54cm = 72pt = 6pc
        ("(width: 8.333333333333334in)", True),
        ("(min-width: 21cm)", True),
        ("(min-width: 211mm)", True),
        ("(min-width: 212mm)", False),
        ("(height: 450pt)", True),
        ("(height: 37.5pc)", True),
        ("(height: 635mm)", False),
        # a unitless zero is a length; other unitless numbers are not
        ("(min-width: 0)", True),
        ("(width: 0)", False),
        # Appendix A: the deprecated device-* features (the device is the viewport)
        ("(device-width: 800px)", True),
        ("(min-device-height: 600px)", True),
        ("(max-device-height: 599px)", False),
    ],
)
def test_dimension_features(text, expected):
    assert matches(text) is expected


def test_device_size_can_differ_from_the_viewport():
    wide = MediaContext(800, 600, device_width=1920, device_height=1080)
    assert matches("(device-width: 1920px) and (width: 800px)", wide)
    assert matches("(device-aspect-ratio: 16/9)", wide)
    assert not matches("(device-aspect-ratio: 4/3)", wide)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # §4.3: the ratio of width to height, 800/600 = 4/3
        ("(aspect-ratio: 4/3)", True),
        ("(aspect-ratio: 8 / 6)", True),
        ("(aspect-ratio: 16/9)", False),
        ("(min-aspect-ratio: 1/1)", True),
        ("(max-aspect-ratio: 16/9)", True),
        ("(min-aspect-ratio: 16/9)", False),
        ("(aspect-ratio > 1)", True),  # a <number> is a <ratio> over 1
        ("(aspect-ratio: 1.3333333333333333)", True),
        ("(device-aspect-ratio: 4/3)", True),
        ("(min-device-aspect-ratio: 2/1)", False),
    ],
)
def test_aspect_ratio(text, expected):
    assert matches(text) is expected


def test_orientation():
    # §4.4: portrait when height >= width, landscape otherwise.
    assert matches("(orientation: landscape)")
    assert not matches("(orientation: portrait)")
    assert matches("(orientation: portrait)", MediaContext(600, 800))
    assert matches("(orientation: portrait)", MediaContext(500, 500))
    assert matches("(orientation)")  # no value is false in a boolean context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # §5.1 resolution, in css-values-4 §7.4 units: 1dppx = 1x = 96dpi
        ("(resolution: 1dppx)", True),
        ("(resolution: 1x)", True),
        ("(resolution: 96dpi)", True),
        ("(resolution: 37.79527559055118dpcm)", True),  # 96 / 2.54
        ("(min-resolution: 2dppx)", False),
        ("(max-resolution: 96dpi)", True),
        ("(resolution >= 2x)", False),
        ("(resolution: infinite)", False),
        ("(resolution)", True),
        # the -webkit- device pixel ratio every engine supports: a plain number
        ("(-webkit-min-device-pixel-ratio: 1)", True),
        ("(-webkit-max-device-pixel-ratio: 0.5)", False),
        ("(-webkit-device-pixel-ratio: 1)", True),
    ],
)
def test_resolution(text, expected):
    assert matches(text) is expected


def test_high_and_infinite_resolution():
    retina = MediaContext(800, 600, resolution=2)
    assert matches("(min-resolution: 192dpi)", retina)
    assert matches("(-webkit-min-device-pixel-ratio: 1.5)", retina)
    vector = MediaContext(800, 600, resolution=math.inf)
    # §5.1: infinite is larger than any resolution.
    assert matches("(resolution: infinite)", vector)
    assert matches("(resolution > 1000dpi)", vector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # §6.1 color: bits per colour component, 8 by default
        ("(color)", True),
        ("(color: 8)", True),
        ("(min-color: 1)", True),
        ("(min-color: 9)", False),
        ("(color >= 8)", True),
        # §6.2 color-index: 0 without a colour lookup table
        ("(color-index)", False),
        ("(color-index: 0)", True),
        # §6.3 monochrome: 0 on a colour device
        ("(monochrome)", False),
        ("(monochrome: 0)", True),
        ("(max-monochrome: 0)", True),
        ("not (monochrome)", True),
        # §6.4 color-gamut: an sRGB device
        ("(color-gamut: srgb)", True),
        ("(color-gamut: p3)", False),
        ("(color-gamut)", True),
        # §5.3 grid: a bitmap device, an <mq-boolean>
        ("(grid)", False),
        ("(grid: 0)", True),
        ("(grid: 1)", False),
    ],
)
def test_color_and_grid(text, expected):
    assert matches(text) is expected


def test_monochrome_and_grid_devices():
    ereader = MediaContext(600, 800, color_bits=0, monochrome_bits=4, grid=True, color_gamut=None)
    assert matches("(monochrome) and (min-monochrome: 2)", ereader)
    assert not matches("(color)", ereader)
    assert matches("(grid: 1) and (grid)", ereader)
    assert not matches("(color-gamut)", ereader)
    assert matches("(color-gamut: p3)", MediaContext(800, 600, color_gamut="rec2020"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # §7: a screen with a mouse, the only pointing device
        ("(hover: hover)", True),
        ("(hover: none)", False),
        ("(hover)", True),
        ("(any-hover: hover)", True),
        ("(pointer: fine)", True),
        ("(pointer: coarse)", False),
        ("(pointer)", True),
        ("(any-pointer: fine)", True),
        # mediaqueries-5 §11, §12: user preferences left at their defaults
        ("(prefers-color-scheme: light)", True),
        ("(prefers-color-scheme: dark)", False),
        ("(prefers-reduced-motion: no-preference)", True),
        ("(prefers-reduced-motion: reduce)", False),
        ("(prefers-reduced-motion)", False),  # no-preference is false in a boolean context
        ("(prefers-contrast)", False),
        ("(forced-colors: none)", True),
        ("(forced-colors)", False),
        # mediaqueries-5 §7.1: Colosseum runs no scripts
        ("(scripting: none)", True),
        ("(scripting)", False),
        # Web App Manifest: a page in a browser tab
        ("(display-mode: browser)", True),
        ("(display-mode: standalone)", False),
        # §5.4, §5.5, §5.6: a screen updates fast and scrolls
        ("(update: fast)", True),
        ("(update)", True),
        ("(overflow-block: scroll)", True),
        ("(overflow-inline: scroll)", True),
    ],
)
def test_interaction_and_preferences(text, expected):
    assert matches(text) is expected


def test_print_media_is_paged_and_static():
    assert matches("print and (update: none) and (overflow-block: paged)", PRINT)
    assert matches("not (update)", PRINT)


def test_context_preferences():
    dark = MediaContext(800, 600, prefers_color_scheme="dark", pointer="coarse", hover="none")
    assert matches("(prefers-color-scheme: dark)", dark)
    assert matches("(pointer: coarse) and (hover: none)", dark)
    assert matches("(any-pointer: coarse)", dark)  # derived from pointer
    assert not matches("(hover)", dark)


def test_context_is_frozen():
    with pytest.raises(AttributeError):
        SCREEN.width = 10


# -- §2.4.2 Boolean context -------------------------------------------------------------------


def test_boolean_context():
    # True unless the feature's value is 0 or none.
    assert matches("(width)")
    assert not matches("(width)", MediaContext(0, 600))
    assert matches("(height)")
    assert matches("(aspect-ratio)")


# -- §2.4.3 Range context ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(width >= 600px)", True),
        ("(width > 800px)", False),
        ("(width >= 800px)", True),
        ("(width = 800px)", True),
        ("(width < 800px)", False),
        ("(width <= 800px)", True),
        ("(600px < width)", True),  # value first: 600px < width
        ("(800px > width)", False),
        ("(800px >= width)", True),
        ("(400px <= width < 800px)", False),
        ("(400px <= width <= 800px)", True),
        ("(400px < width < 1000px)", True),
        ("(1000px > width > 400px)", True),
        ("(1000px >= width >= 801px)", False),
        ("(height > 600px) or (width = 800px)", True),
        ("(500px < height < 700px) and (aspect-ratio < 16/9)", True),
        # false in the negative range: every length is more than -100px
        ("not (width <= -100px)", True),
        ("(height > -100px)", True),
        ("not (resolution: -300dpi)", True),
        ("(color > -1)", True),
    ],
)
def test_range_context(text, expected):
    assert matches(text) is expected


def test_range_context_only_for_range_features():
    # §2.4.1 and §2.4.4: a discrete feature has no range context and no
    # prefixes; a prefixed name is no feature in a range context. All unknown.
    for text in [
        "(orientation > portrait)",
        "(min-orientation: portrait)",  # §3.2 example
        "(min-width > 100px)",
        "(min-grid: 1)",  # §2.4.4 example
        "(min-hover: hover)",
    ]:
        queries = parse_media_query_list(text)
        assert not queries.matches(SCREEN), text
        assert not parse_media_query_list(f"not {text}").matches(SCREEN), text
        assert queries.errors == [], text  # unknown, not a syntax error


def test_no_whitespace_between_less_than_and_equals():
    # §3: "No whitespace is allowed between the < or > and the following =".
    assert matches("(width <= 800px)")
    assert not matches("(width < = 800px)")
    assert not matches("not (width < = 800px)")


# -- §2.5 Combining media features ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(color) and (min-width: 600px)", True),
        ("(color) and (max-width: 600px)", False),
        ("(monochrome) or (min-width: 600px)", True),
        ("(monochrome) or (max-width: 600px)", False),
        ("not (color)", False),
        ("not (monochrome)", True),
        ("(not (color)) or (hover)", True),
        ("not ((color) or (hover))", False),
        ("(not (monochrome)) and (not (grid))", True),
        ("((color) and (pointer: coarse)) or (hover)", True),
        ("(color) and ((pointer: coarse) or (hover: none))", False),
        ("screen and (color) and (hover)", True),
        ("screen and not (color)", False),
        ("print and (color)", False),
        ("all and (color)", True),
        ("((((color))))", True),
    ],
)
def test_conditions(text, expected):
    assert matches(text) is expected
    assert parse_media_query_list(text).errors == []


# -- §3.1 Evaluation: three-valued logic -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(unknown-feature)", False),
        ("not (unknown-feature)", False),  # the negation of unknown is unknown
        ("(unknown-feature) or (color)", True),  # true or unknown is true
        ("(unknown-feature) or (monochrome)", False),  # false or unknown is unknown
        ("(unknown-feature) and (monochrome)", False),  # false and unknown is false
        ("not ((unknown-feature) and (monochrome))", True),
        ("not ((unknown-feature) or (color))", False),
        ("screen and (unknown-feature)", False),
        ("not screen and (unknown-feature)", False),
        ("not print and (unknown-feature)", True),  # the type decides: not (false)
        # <general-enclosed> is unknown
        ("(foo bar baz)", False),
        ("not (foo bar baz)", False),
        ("(foo bar baz) or (color)", True),
        ("future-function(1, 2)", False),
        ("not future-function(1, 2)", False),
        ("(color) and future-function(x)", False),
        ("(color) or future-function(x)", True),
        ("(width < 100px < 200px)", False),  # not a range: ( <ident> <any-value> )
        ("not (width < 100px < 200px)", False),
    ],
)
def test_unknown_values(text, expected):
    queries = parse_media_query_list(text)
    assert queries.matches(SCREEN) is expected
    assert queries.errors == []


def test_unknown_names_and_values_of_the_spec_examples():
    # §3.2: max-weight is an unknown feature, so the list is "not all, (color)",
    # which matches like "(color)".
    assert matches("screen and (max-weight: 3kg) and (color), (color)")
    assert not matches("screen and (max-weight: 3kg) and (color)")
    # §3.2: "(color:20example)" has an unknown value.
    assert not matches("(color:20example)")
    assert not matches("not (color:20example)")
    # Values the feature does not accept are unknown too.
    for text in ["(width: 100)", "(width: 10%)", "(width: red)", "(color: 1.5)", "(grid: 2)"]:
        assert not matches(text), text
        assert not matches(f"not {text}"), text


# -- §3.2 Error handling: malformed queries become "not all" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "&test",  # §3.2 example
        "or and (color)",  # §3.2 example: or is no media type
        "and",
        "not",
        "only",
        "only (color)",  # only must precede a media type
        "screen and",
        "screen (color)",
        "screen and or (color)",
        "screen or (color)",  # §3: after a type, only "and"
        "screen and (color) or (hover)",  # <media-condition-without-or>
        "(color) and (hover) or (width)",  # §2.5: and/or mixed at one level
        "not (color) and (hover)",  # not takes one <media-in-parens>
        "not not (color)",
        "screen and (color) and not (hover)",
        "(min-width)",  # §2.4.4: a prefix in a boolean context
        "(max-color)",
        "()",
        "(600px)",
        "(100px < width > 50px)",  # the two comparisons must point the same way
        "(100px < 200px < width)",
        "not ((color)or(hover))",  # §3: "or(" is a function token
        "12px",
        '"screen"',
        "screen]",
        "(color) 'unterminated\n",
        "screen print",
        "print and (color) screen",
    ],
)
def test_malformed_query_becomes_not_all(text):
    queries = parse_media_query_list(text)
    assert str(queries) == "not all"
    assert not queries.matches(SCREEN)
    assert not queries.matches(PRINT)
    assert len(queries.errors) == 1


def test_error_does_not_invalidate_the_rest_of_the_list():
    # §3.2: "a grammar mismatch does not wipe out an entire media query list".
    queries = parse_media_query_list("&test, speech")
    assert str(queries) == "not all, speech"
    assert not queries.matches(SCREEN)
    assert queries.matches(MediaContext(800, 600, type="speech"))
    queries = parse_media_query_list("screen and, print")
    assert str(queries) == "not all, print"
    assert queries.matches(PRINT)
    queries = parse_media_query_list("(example, all,), speech")  # §3.2 example
    assert not queries.matches(SCREEN)
    assert queries.matches(MediaContext(800, 600, type="speech"))


def test_empty_entries_in_a_list_are_malformed():
    # css-syntax-3: parsing a comma-separated list keeps the empty entries.
    queries = parse_media_query_list("screen, , print,")
    assert str(queries) == "screen, not all, print, not all"
    assert queries.matches(SCREEN)
    assert len(queries.errors) == 2


def test_errors_name_their_position():
    queries = parse_media_query_list("screen,\n  print and or (color)")
    assert len(queries.errors) == 1
    assert queries.errors[0].startswith("line 2, column ")


def test_never_raises():
    deep = "(" * 3000 + "color" + ")" * 3000
    for bad in [deep, "(" * 10000, "\\", "@media", "}", ")", 42, [object()], [None, 1]]:
        queries = parse_media_query_list(bad)
        assert isinstance(queries, MediaQueryList)
        assert not queries.matches(SCREEN) or str(queries) == ""


# -- Token input (an @media or @import prelude) -----------------------------------------------


def test_parses_an_at_rule_prelude():
    (rule,) = tinycss2.parse_stylesheet("@media screen and (min-width: 500px), print { }")
    queries = parse_media_query_list(rule.prelude)
    assert str(queries) == "screen and (min-width: 500px), print"
    assert queries.matches(SCREEN)
    assert not queries.matches(MediaContext(400, 600))
    assert queries.matches(MediaContext(400, 600, type="print"))


def test_parses_component_values_with_comments():
    tokens = tinycss2.parse_component_value_list("/* a */ screen /* b */ and (color)")
    assert str(parse_media_query_list(tokens)) == "screen and (color)"


# -- Serialization (CSSOM §4.2) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "serialized"),
    [
        ("screen", "screen"),
        ("  SCREEN   AND   (COLOR)  ", "screen and (color)"),
        ("all and (color)", "(color)"),  # "all" is left out before a condition
        ("only all and (color)", "only all and (color)"),
        ("not all and (color)", "not all and (color)"),
        ("all", "all"),
        ("(MIN-WIDTH:600PX)", "(min-width: 600px)"),
        ("(width>=600px)", "(width >= 600px)"),
        ("(400px<=width<800px)", "(400px <= width < 800px)"),
        ("(aspect-ratio:16/9)", "(aspect-ratio: 16 / 9)"),
        ("(resolution: 1.50dppx)", "(resolution: 1.5dppx)"),
        ("(orientation:Portrait)", "(orientation: portrait)"),
        ("not ((color)  or  (hover))", "not ((color) or (hover))"),
        ("screen,print", "screen, print"),
        ("not(x)", "not(x)"),  # a function: <general-enclosed>
    ],
)
def test_serialization(text, serialized):
    assert str(parse_media_query_list(text)) == serialized
    # Serializing is stable: the serialization parses to the same thing.
    assert str(parse_media_query_list(serialized)) == serialized


def test_query_objects():
    (query,) = parse_media_query_list("only screen and (color)").queries
    assert (query.modifier, query.media_type, query.error) == ("only", "screen", None)
    assert str(query.condition) == "(color)"
    assert query.matches(SCREEN)
    assert query.evaluate(SCREEN) is True
    (unknown,) = parse_media_query_list("(foo)").queries
    assert unknown.evaluate(SCREEN) is None
    assert unknown.matches(SCREEN) is False
