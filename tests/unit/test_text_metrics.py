"""Text measurement (colosseum.text.metrics, colosseum.text.matching): the
TextMeasurer protocol, the built-in Ahem, the approximate fallback and its
warning, caching, and css-fonts-4 §5.2 font matching on face traits.

None of these tests needs fontTools or a font file; tests/unit/test_fonts.py
covers real fonts.
"""

import subprocess
import sys
import warnings

import pytest

from colosseum.style import CSS, compute_style
from colosseum.text import (
    APPROXIMATE_METRICS,
    AhemMeasurer,
    BuiltinFonts,
    ColosseumFontWarning,
    Face,
    FaceTraits,
    FontMeasurer,
    FontMetrics,
    FontRequest,
    TextMeasurer,
    default_measurer,
    font_request,
    match_faces,
)
from colosseum.text.ahem import AHEM_ADVANCES, AHEM_RANGES, ahem_advance, ahem_has_glyph
from colosseum.text.matching import (
    descriptor_percentage,
    face_traits,
    parse_family_list,
    parse_unicode_range,
    stretch_rank,
    weight_rank,
)
from colosseum.text.metrics import AhemFace, is_zero_width, rasterizer_advance


def style(**declarations):
    return compute_style(CSS(**declarations))


AHEM_16 = style(font_family="Ahem", font_size="16px")


@pytest.fixture
def ahem():
    """Exact advances (em times size), so tests read the font's tables; the
    default fixed-point advances have tests of their own below."""
    return AhemMeasurer(fixed_point=False)


# -- the built-in Ahem ------------------------------------------------------------------------


def test_ahem_hello_at_16px(ahem):
    assert ahem.advance(AHEM_16, "Hello") == 80.0
    metrics = ahem.metrics(AHEM_16)
    assert metrics == FontMetrics(12.8, 3.2, 0.0, 12.8, 12.8, 16.0, 16.0)
    assert metrics.ascent == 12.8 and metrics.descent == 3.2
    assert metrics.height == 16.0 and metrics.line_spacing == 16.0


@pytest.mark.parametrize("size", [1, 10, 13, 20, 33.5, 100])
def test_ahem_every_glyph_one_em(ahem, size):
    computed = style(font_family="Ahem", font_size=f"{size}px")
    text = "XpÉ x0?~éÿ€"[:9]  # € is not in Ahem: keep to covered characters
    assert ahem.advance(computed, text) == pytest.approx(9 * size)
    metrics = ahem.metrics(computed)
    assert metrics.ascent == pytest.approx(0.8 * size)
    assert metrics.descent == pytest.approx(0.2 * size)
    assert metrics.line_gap == 0
    assert metrics.x_height == pytest.approx(0.8 * size)
    assert metrics.em == size


def test_ahem_family_name_any_case_and_first_available(ahem):
    for family in ("ahem", "AHEM", '"Ahem"', "NoSuchFont, Ahem", "serif, ahem, monospace"):
        computed = style(font_family=family, font_size="10px")
        assert ahem.advance(computed, "abc") == 30.0, family
        assert ahem.metrics(computed).ascent == 8.0


def test_ahem_spaces_and_zero_width_characters(ahem):
    em = 20.0
    computed = style(font_family="Ahem", font_size="20px")
    assert ahem.advance(computed, "\u2002") == 0.5 * em  # en space
    assert ahem.advance(computed, "\u2003") == em  # em space
    assert ahem.advance(computed, "\u2009") == pytest.approx(0.2 * em)  # thin space
    assert ahem.advance(computed, "\u200a") == pytest.approx(0.1 * em)  # hair space
    assert ahem.advance(computed, "\u3000") == em  # ideographic space
    assert ahem.advance(computed, "a\u200bb\u200c\u200dc\ufeff") == 3 * em
    assert ahem.advance(computed, "\u00a0") == em  # no-break space has a glyph
    # Shapers give soft hyphens, controls and marks no advance.
    assert ahem.advance(computed, "a\u00adb") == 2 * em
    assert ahem.advance(computed, "\t\n\r") == 0
    assert ahem.advance(computed, "e\u0301") == em
    assert ahem.advance(computed, "") == 0


def test_ahem_missing_glyphs_fall_back_to_the_notdef_glyph(ahem):
    # Ahem has no apostrophe; with no other family known, a browser would
    # show the first available font's .notdef, which in Ahem is 1em.
    assert not ahem_has_glyph(ord("'"))
    assert ahem.advance(AHEM_16, "don't") == 80.0
    runs = ahem.runs(AHEM_16, "don't")
    assert [run.face.family for run in runs] == ["Ahem"]


def test_ahem_missing_space_characters_use_the_space_glyph(ahem):
    # HarfBuzz renders a space character the font lacks with its space glyph.
    computed = style(font_family="Ahem", font_size="10px")
    assert not ahem_has_glyph(0x2007) and not ahem_has_glyph(0x202F)
    assert ahem.advance(computed, "\u2007") == 10.0  # figure space: a digit
    assert ahem.advance(computed, "\u2008") == 10.0  # punctuation space: "."
    assert ahem.advance(computed, "\u202f") == 5.0  # narrow: half a space
    assert ahem.advance(computed, "\u2000") == 5.0  # en quad
    assert ahem.advance(computed, "\u2001") == 10.0  # em quad


def test_ahem_tables():
    assert ahem_has_glyph(0x20) and ahem_has_glyph(0x26) and not ahem_has_glyph(0x27)
    assert not ahem_has_glyph(0x1F) and not ahem_has_glyph(0x7F) and ahem_has_glyph(0xFF)
    assert ahem_advance(ord("X")) == 1.0
    assert ahem_advance(0x2002) == 0.5
    assert ahem_advance(0x4E00) is None
    assert sum(high - low + 1 for low, high in AHEM_RANGES) == 257
    assert all(ahem_has_glyph(code_point) for code_point in AHEM_ADVANCES)


def test_ahem_synthesized_small_caps(ahem):
    # css-fonts-4 §6.4: without small capitals in the font (Ahem has no
    # GSUB), lowercase letters are drawn as capitals at 70% of the size,
    # which Chromium rounds to whole px: "Hello" is 16 + 4 * 11 = 60px at 16px.
    computed = style(font_family="Ahem", font_size="16px", font_variant="small-caps")
    assert ahem.advance(computed, "Hello") == 60.0
    runs = ahem.runs(computed, "Hello")
    assert [(run.text, run.size, run.advance) for run in runs] == [("H", 16, 16), ("ello", 11, 44)]
    for size, small in ((10, 7), (13, 9), (15, 11), (16.5, 12), (17, 12)):
        computed = style(font_family="Ahem", font_size=f"{size}px", font_variant="small-caps")
        assert ahem.advance(computed, "x") == small, size
    every = style(font_family="Ahem", font_size="10px", font_variant="all-small-caps")
    assert ahem.advance(every, "Hi!") == 7 + 7 + 10
    unicase = style(font_family="Ahem", font_size="10px", font_variant="unicase")
    assert ahem.advance(unicase, "Hi") == 7 + 10
    # "ß" uppercases to "SS": two small capitals.
    computed = style(font_family="Ahem", font_size="10px", font_variant="small-caps")
    assert ahem.advance(computed, "ß") == 14
    assert ahem.advance(computed, "ß") == 14  # cached


def test_runs_add_up_to_the_advance(ahem):
    runs = ahem.runs(AHEM_16, "ab c")
    assert len(runs) == 1
    assert (runs[0].text, runs[0].start, runs[0].end, runs[0].size) == ("ab c", 0, 4, 16.0)
    assert sum(run.advance for run in runs) == ahem.advance(AHEM_16, "ab c")
    assert runs[0].metrics == ahem.metrics(AHEM_16)
    assert ahem.runs(AHEM_16, "") == []


# -- fixed-point advances -------------------------------------------------------------------


@pytest.mark.parametrize(
    "em, size, units_per_em, expected",
    [
        # 13px is 832/64; the scale (832 * 65536 + 500) // 1000 = 54,526 (54,525.952
        # rounded); 1000 units advance (1000 * 54,526 + 32) >> 6 = 851,969 = 13 + 1/65,536.
        (1.0, 13, 1000, 851969),
        # 10px: scale 41,943 (41,943.04 rounded down), so 1 / 65,536 px short of 10px.
        (1.0, 10, 1000, 655359),
        # 16.667px is truncated to 1066/64 = 16.65625px before scaling.
        (1.0, 16.667, 1000, 1091578),
        # A 2048-unit em: 13px scales 1024 units by 26,624 to exactly 6.5px.
        (0.5, 13, 2048, 425984),
    ],
)
def test_rasterizer_advance(em, size, units_per_em, expected):
    assert rasterizer_advance(em, size, units_per_em) == expected


def test_fixed_point_and_exact_advances():
    thirteen = style(font_family="Ahem", font_size="13px")
    assert AhemMeasurer().advance(thirteen, "XX") == 2 * 851969 / 65536
    assert AhemMeasurer(fixed_point=False).advance(thirteen, "XX") == 26
    measurer = AhemMeasurer()
    runs = measurer.runs(thirteen, "X X")
    assert sum(run.advance for run in runs) == measurer.advance(thirteen, "X X")


def test_mapping_styles_from_a_host():
    measurer = AhemMeasurer(fixed_point=False)
    host_style = {"font-family": "Ahem, sans-serif", "font-size": 12}
    assert measurer.advance(host_style, "abcd") == 48.0
    assert measurer.metrics(host_style).descent == pytest.approx(2.4)
    assert measurer.advance({"font-family": "Ahem", "font-size": "5px"}, "ab") == 10.0
    unhashable = {"font-family": ["Ahem"], "font-size": 10}
    assert measurer.advance(unhashable, "ab") == 20.0


def test_rounded_metrics():
    metrics = AhemMeasurer().metrics(AHEM_16)
    rounded = metrics.rounded()
    assert (rounded.ascent, rounded.descent, rounded.line_gap) == (13, 3, 0)
    assert rounded.x_height == 12.8
    half = AhemMeasurer().metrics(style(font_family="Ahem", font_size="12.5px")).rounded()
    assert (half.ascent, half.descent) == (10, 3)  # 10 and 2.5, half up


def test_font_ratios_for_compute_style():
    measurer = AhemMeasurer()
    assert measurer.font_ratios(style(font_family="Ahem")["font-family"], 16) == (0.8, 1.0)
    assert measurer.font_ratios(parse_family_list("Ahem"), 16) == (0.8, 1.0)
    with pytest.warns(ColosseumFontWarning):  # the root's parent font: serif, unknown here
        computed = compute_style(
            CSS(font_family="Ahem", font_size="10px", width="2ex", height="3ch"),
            font_ratios=measurer.font_ratios,
        )
    assert computed.width.value == 16 and computed.height.value == 30


# -- the protocol ------------------------------------------------------------------------------


def test_measurers_satisfy_the_protocol():
    assert isinstance(AhemMeasurer(), TextMeasurer)

    class HostMeasurer:
        def metrics(self, style):
            return FontMetrics(10, 2, 0, 6, None, None, 12)

        def advance(self, style, text):
            return 7.0 * len(text)

    assert isinstance(HostMeasurer(), TextMeasurer)
    assert not isinstance(object(), TextMeasurer)


def test_font_metrics_scaled():
    metrics = FontMetrics(0.75, 0.25, 0.1, 0.5, None, 0.6, 1.0).scaled(20)
    assert metrics == FontMetrics(15.0, 5.0, 2.0, 10.0, None, 12.0, 20.0)
    assert metrics.line_spacing == 22.0


# -- no font at all ---------------------------------------------------------------------------


def test_no_font_falls_back_to_approximate_metrics_with_one_warning():
    measurer = AhemMeasurer()
    computed = style(font_family="serif", font_size="20px")
    with pytest.warns(ColosseumFontWarning, match="approximate metrics") as record:
        metrics = measurer.metrics(computed)
    assert len(record) == 1
    assert metrics == APPROXIMATE_METRICS.scaled(20)
    assert (metrics.ascent, metrics.descent, metrics.line_gap) == (16.0, 4.0, 0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no second warning from this measurer
        assert measurer.advance(computed, "Hello") == 50.0
        assert measurer.advance(computed, "漢字") == 40.0  # wide characters: 1em
        assert measurer.advance(style(font_family="monospace", font_size="10px"), "ab") == 10.0
    assert measurer.font(computed).name == "approximate metrics"


def test_a_measurer_without_collections_never_crashes():
    measurer = FontMeasurer()
    with pytest.warns(ColosseumFontWarning):
        assert measurer.advance(AHEM_16, "abc") == 24.0
    assert measurer.metrics(AHEM_16).ascent == pytest.approx(12.8)


def test_default_measurer_without_fonttools(monkeypatch):
    monkeypatch.setitem(sys.modules, "fontTools", None)
    monkeypatch.setitem(sys.modules, "fontTools.ttLib", None)
    measurer = default_measurer()
    assert type(measurer) is AhemMeasurer
    assert measurer.advance(AHEM_16, "Hello") == 5 * 1048578 / 65536  # fixed point
    assert default_measurer() is measurer
    with pytest.warns(ColosseumFontWarning, match="fontTools"):
        default_measurer(font_faces=[object()])


def test_the_package_works_without_fonttools():
    # A fresh interpreter in which fontTools cannot be imported.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('fontTools', 'brotli'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import warnings\n"
        "from colosseum.style import CSS, compute_style\n"
        "from colosseum.text import default_measurer, FontToolsMeasurer\n"
        "m = default_measurer()\n"
        "s = compute_style(CSS(font_family='Ahem', font_size='16px'))\n"
        "assert m.advance(s, 'Hello') == 5 * 1048578 / 65536, m\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        "    m.advance(compute_style(CSS(font_family='serif')), 'abc')\n"
        "assert [x.category.__name__ for x in w] == ['ColosseumFontWarning'], w\n"
        "try:\n"
        "    FontToolsMeasurer()\n"
        "except ImportError as e:\n"
        "    assert 'colosseum[fonts]' in str(e)\n"
        "else:\n"
        "    raise AssertionError('FontToolsMeasurer without fontTools')\n"
        "assert 'fontTools' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- caching ----------------------------------------------------------------------------------


class CountingFace(AhemFace):
    """Ahem that counts the glyph look-ups made of it."""

    def __init__(self):
        self.lookups = 0
        self.metric_reads = 0

    def glyph_advance(self, code_point):
        self.lookups += 1
        return super().glyph_advance(code_point)

    def em_metrics(self):
        self.metric_reads += 1
        return super().em_metrics()


class OneFace:
    def __init__(self, face):
        self.face = face

    def family_faces(self, family):
        return (self.face,) if family == "ahem" else ()

    def fallback_families(self):
        return ()


def test_caching_fonts_metrics_and_advances():
    face = CountingFace()
    measurer = FontMeasurer([OneFace(face)], fixed_point=False)
    first = style(font_family="Ahem", font_size="16px")
    second = style(font_family="Ahem", font_size="16px", color="red")  # other object, same font
    assert measurer.font(first) is measurer.font(second) is face
    assert measurer.metrics(first) is measurer.metrics(second)
    assert measurer.metrics(style(font_family="Ahem", font_size="32px")).ascent == 25.6
    assert face.metric_reads == 1  # once per font, then scaled and cached per size
    assert measurer.advance(first, "hello") == 80.0
    lookups = face.lookups
    assert lookups == 4  # h, e, l, o
    assert measurer.advance(second, "hello") == 80.0
    assert measurer.advance(first, "hole") == 64.0  # known characters
    assert measurer.advance(style(font_family="Ahem", font_size="8px"), "hello") == 40.0
    assert face.lookups == lookups
    measurer.clear_caches()
    measurer.advance(first, "hello")
    assert face.lookups == 2 * lookups


def test_the_default_measurer_is_shared():
    assert default_measurer() is default_measurer()


# -- css-fonts-4 §5.2 font matching on traits ------------------------------------------------


def request(weight=400.0, style="normal", angle=0.0, stretch=100.0):
    return FontRequest((("f", False),), weight, style, angle, stretch)


class Named:
    def __init__(self, name, **traits):
        self.name = name
        self.traits = FaceTraits(**traits)

    def __repr__(self):
        return self.name


def weights(*values):
    return [Named(str(value), weight=(value, value)) for value in values]


def chosen(faces, **wanted):
    return [face.name for face in match_faces(faces, request(**wanted))]


@pytest.mark.parametrize(
    ("desired", "expected"),
    [
        # The WPT font-weight-matching faces: 100 250 400 450 500 750 900.
        (400, "400"),
        (420, "450"),  # 400-500: heavier up to 500 first
        (470, "500"),
        (500, "500"),
        (501, "750"),  # above 500: heavier first
        (800, "900"),
        (950, "900"),  # nothing heavier: lighter, descending
        (399, "250"),  # below 400: lighter first, descending
        (200, "100"),
        (50, "100"),  # nothing lighter: heavier, ascending
    ],
)
def test_weight_matching(desired, expected):
    faces = weights(100, 250, 400, 450, 500, 750, 900)
    assert chosen(faces, weight=desired) == [expected]


def test_weight_matching_between_400_and_500():
    # "If the desired weight is inclusively between 400 and 500, weights
    # greater than or equal to the target weight are checked in ascending
    # order until 500 is hit and checked, followed by weights less than the
    # target weight in descending order, followed by weights greater than 500."
    assert chosen(weights(300, 500), weight=400) == ["500"]
    assert chosen(weights(300, 600), weight=450) == ["300"]
    assert chosen(weights(600, 700), weight=450) == ["600"]
    assert chosen(weights(300, 700), weight=500) == ["300"]
    assert chosen(weights(700), weight=100) == ["700"]
    assert weight_rank(450, 100, 900) == (0, 0.0)  # a range holding it


def test_weight_ranges():
    faces = [Named("light", weight=(100, 300)), Named("heavy", weight=(600, 900))]
    assert chosen(faces, weight=200) == ["light"]
    assert chosen(faces, weight=700) == ["heavy"]
    assert chosen(faces, weight=450) == ["light"]  # nothing in 450-500
    assert chosen(faces, weight=550) == ["heavy"]


@pytest.mark.parametrize(
    ("desired", "expected"),
    [
        (75, "condensed"),
        (80, "condensed"),  # <= 100%: narrower first, descending
        (100, "condensed"),
        (50, "condensed"),  # nothing narrower: wider, ascending
        (110, "expanded"),  # > 100%: wider first, ascending
        (200, "expanded"),  # nothing wider: narrower, descending
    ],
)
def test_stretch_matching(desired, expected):
    faces = [Named("condensed", stretch=(75, 75)), Named("expanded", stretch=(125, 125))]
    assert chosen(faces, stretch=desired) == [expected]
    assert chosen([*faces, Named("normal")], stretch=100) == ["normal"]
    assert stretch_rank(90, 75, 100) == (0, 0.0)


def test_style_matching():
    normal = Named("normal")
    italic = Named("italic", style="italic")
    oblique = Named("oblique", style="oblique", angle=(10, 10))
    steep = Named("steep", style="oblique", angle=(30, 30))
    back = Named("back", style="oblique", angle=(-14, -14))
    assert chosen([normal, italic, oblique], style="italic") == ["italic"]
    assert chosen([normal, oblique], style="italic") == ["oblique"]  # italic -> oblique
    assert chosen([normal, back], style="italic") == ["back"]
    assert chosen([normal], style="italic") == ["normal"]
    assert chosen([normal, italic], style="oblique", angle=14) == ["italic"]
    assert chosen([italic, oblique, steep], style="oblique", angle=20) == ["steep"]
    assert chosen([italic, oblique], style="oblique", angle=20) == ["oblique"]
    assert chosen([italic, back], style="oblique", angle=20) == ["italic"]
    assert chosen([normal, italic, oblique], style="normal") == ["normal"]
    assert chosen([italic, oblique], style="normal") == ["oblique"]
    assert chosen([italic], style="normal") == ["italic"]


def test_stretch_then_style_then_weight():
    # Stretch narrows first: a condensed request prefers the condensed face
    # over a normal-width face with the right style and weight.
    faces = [
        Named("condensed-bold", stretch=(75, 75), weight=(700, 700)),
        Named("normal-italic", style="italic"),
        Named("normal-regular"),
    ]
    assert chosen(faces, stretch=75, style="italic") == ["condensed-bold"]
    assert chosen(faces, style="italic", weight=700) == ["normal-italic"]
    # Equal traits are all kept, in order: a composite face.
    twins = [Named("a"), Named("b"), Named("bold", weight=(700, 700))]
    assert chosen(twins) == ["a", "b"]


def test_font_request_from_computed_styles():
    computed = style(
        font_family='Foo Bar, "serif", sans-serif',
        font_weight="bold",
        font_style="oblique 10deg",
        font_stretch="condensed",
        font_variant="small-caps",
    )
    assert font_request(computed) == FontRequest(
        (("foo bar", False), ("serif", False), ("sans-serif", True)),
        700.0,
        "oblique",
        10.0,
        75.0,
        "small-caps",
    )
    assert font_request(style(font_style="oblique", font_stretch="80%")).angle == 14.0
    assert font_request(style(font_stretch="80%")).stretch == 80.0
    assert font_request(style(font_style="italic")).style == "italic"
    assert font_request({}) == FontRequest()
    assert parse_family_list("'Ahem', Serif") == (("ahem", False), ("serif", True))


def test_font_face_descriptors():
    traits = face_traits({"font-weight": "100 900", "font-style": "oblique 5deg 20deg"})
    assert traits == FaceTraits((100.0, 900.0), (100.0, 100.0), "oblique", (5.0, 20.0))
    assert face_traits({"font-weight": "bold", "font-stretch": "condensed"}).weight == (700, 700)
    assert face_traits({"font-stretch": "75% 125%"}).stretch == (75.0, 125.0)
    assert face_traits({"font-style": "italic"}).style == "italic"
    assert face_traits({"font-weight": "auto", "font-style": "oblique"}) == FaceTraits(
        style="oblique", angle=(14.0, 14.0)
    )
    assert face_traits({"font-weight": "nonsense"}).weight == (400.0, 400.0)
    # As the stylesheet parser serializes them, without whitespace tokens.
    serialized = {
        "font-weight": "100/**/900",
        "font-stretch": "75%125%",
        "font-style": "oblique/**/-10deg/**/0.5rad",
    }
    traits = face_traits(serialized)
    assert traits.weight == (100, 900) and traits.stretch == (75, 125)
    assert traits.angle == (-10, pytest.approx(28.6479))
    assert descriptor_percentage("90%") == 0.9
    assert descriptor_percentage("normal") is None
    assert parse_unicode_range("U+0-7F, u+4??, U+A5") == ((0, 0x7F), (0x400, 0x4FF), (0xA5, 0xA5))
    assert parse_unicode_range(None) is None


def test_zero_width_characters():
    for char in "\t\n\x00\x7f\x85\u00ad\u200b\u200d\u2060\ufe0f\ufeff\u0301\u20dd":
        assert is_zero_width(char), repr(char)
    for char in " aé\u00a0\u3000\u0903":
        assert not is_zero_width(char), repr(char)


def test_builtin_collection():
    fonts = BuiltinFonts()
    assert [face.family for face in fonts.family_faces("ahem")] == ["Ahem"]
    assert fonts.family_faces("serif") == ()
    assert isinstance(fonts.family_faces("ahem")[0], Face)
