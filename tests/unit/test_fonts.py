"""Real fonts through fontTools (colosseum.text.fonts): metrics and advances
from the font tables, css-fonts-4 §5.2 matching over installed and
``@font-face`` faces, family-list and per-character fallback, WOFF and WOFF2
from ``data:`` URLs, ``file:`` URLs and ``local()``.

The fonts are synthetic, built with fontTools' FontBuilder (a few glyphs of
known advances), so that no test depends on the machine's fonts; the Ahem
font comes from the W3C suite in ``COLOSSEUM_WPT_DIR``.
"""

import base64
import io
import os
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fontTools", reason="the fonts extra (fontTools) is not installed")

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from colosseum.html import Document, FontFace
from colosseum.html.fetch import path_to_url
from colosseum.style import CSS, compute_style
from colosseum.text import (
    AhemMeasurer,
    ColosseumFontWarning,
    FontToolsMeasurer,
    SystemFonts,
    default_measurer,
)
from colosseum.text.ahem import AHEM_RANGES, ahem_advance
from colosseum.text.metrics import AHEM

WPT_ENVIRONMENT_VARIABLE = "COLOSSEUM_WPT_DIR"


# -- fonts made for the tests -------------------------------------------------------------------


def build_font(
    family,
    style="Regular",
    *,
    advances=None,
    weight=400,
    width=5,
    italic=False,
    oblique=False,
    upem=1000,
    hhea=(800, -200, 0),
    typo=(800, -200, 0),
    use_typo_metrics=False,
    x_height=500,
    cap_height=700,
    os2_version=4,
    notdef=600,
    features=None,
    flavor=None,
    full_name=None,
):
    """The bytes of a TrueType font (or WOFF/WOFF2 with ``flavor``) whose
    characters ``advances`` maps to advance widths in font units; every
    glyph is a box from the baseline to 500 units."""
    advances = {" ": 250, "a": 500, "b": 600, "x": 500, "0": 550} if advances is None else advances
    glyph_names = {char: f"uni{ord(char):04X}" for char in advances}
    extra = sorted({target for _, target in (features or {}).get("smcp", {}).items()})
    order = [".notdef", *glyph_names.values(), *extra]
    builder = FontBuilder(upem, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({ord(char): name for char, name in glyph_names.items()})
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        pen.moveTo((0, 0))
        pen.lineTo((0, 500))
        pen.lineTo((100, 500))
        pen.lineTo((100, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    metrics = {".notdef": (notdef, 0)}
    metrics.update({glyph_names[char]: (advance, 0) for char, advance in advances.items()})
    metrics.update({name: (int(name.split("_")[1]), 0) for name in extra})
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=hhea[0], descent=hhea[1], lineGap=hhea[2])
    full_name = full_name or f"{family} {style}"
    builder.setupNameTable(
        {
            "familyName": family,
            "styleName": style,
            "fullName": full_name,
            "psName": full_name.replace(" ", "-"),
        }
    )
    selection = (
        (1 if italic else 0) | (1 << 9 if oblique else 0) | (1 << 7 if use_typo_metrics else 0)
    )
    builder.setupOS2(
        version=os2_version,
        usWeightClass=weight,
        usWidthClass=width,
        fsSelection=selection,
        sTypoAscender=typo[0],
        sTypoDescender=typo[1],
        sTypoLineGap=typo[2],
        usWinAscent=max(hhea[0], 1),
        usWinDescent=max(-hhea[1], 1),
        sxHeight=x_height,
        sCapHeight=cap_height,
    )
    builder.setupPost(italicAngle=-12 if oblique else 0)
    if features:
        from fontTools.feaLib.builder import addOpenTypeFeaturesFromString

        rules = "".join(
            f"sub {glyph_names[char]} by {target};" for char, target in features["smcp"].items()
        )
        addOpenTypeFeaturesFromString(builder.font, f"feature smcp {{ {rules} }} smcp;")
    font = builder.font
    if flavor:
        font.flavor = flavor
    output = io.BytesIO()
    font.save(output)
    return output.getvalue()


def write(directory, name, data):
    path = Path(directory) / name
    path.write_bytes(data)
    return path


def data_url(data, mime="font/ttf"):
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def style(**declarations):
    return compute_style(CSS(**declarations))


def measurer_for(tmp_path, fonts, **options):
    """A measurer that knows only ``fonts`` ({file name: bytes}), as if they
    were the system's fonts; exact advances (em times size) unless
    ``fixed_point`` is passed."""
    options.setdefault("fixed_point", False)
    directory = tmp_path / f"fonts{len(list(tmp_path.iterdir()))}"  # indexes are shared per folder
    directory.mkdir()
    for name, data in fonts.items():
        write(directory, name, data)
    return FontToolsMeasurer(font_dirs=[str(directory)], **options)


@pytest.fixture(scope="module")
def ahem_path():
    value = os.environ.get(WPT_ENVIRONMENT_VARIABLE, "")
    if not value:
        pytest.fail(
            f"{WPT_ENVIRONMENT_VARIABLE} is not set: point it at a checkout of the W3C CSS test "
            "suite, e.g. COLOSSEUM_WPT_DIR=../shared/csswg-test (.ci/run sets it)",
            pytrace=False,
        )
    for relative in ("fonts/ahem/ahem.ttf", "fonts/Ahem.ttf"):
        path = Path(value).expanduser() / relative
        if path.is_file():
            return path
    pytest.fail(f"no Ahem font in {value}/fonts (ahem/ahem.ttf or Ahem.ttf)", pytrace=False)


# -- Ahem: the file agrees with the built-in tables ----------------------------------------------


def test_ahem_file_tables_match_the_builtin_ones(ahem_path):
    font = TTFont(ahem_path)
    assert font["head"].unitsPerEm == 1000
    hhea, os2 = font["hhea"], font["OS/2"]
    assert (hhea.ascent, hhea.descent, hhea.lineGap) == (800, -200, 0)
    assert (os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap) == (800, -200, 0)
    assert (os2.sxHeight, os2.sCapHeight) == (800, 800)
    cmap = font.getBestCmap()
    covered = {cp for low, high in AHEM_RANGES for cp in range(low, high + 1)}
    assert set(cmap) == covered
    hmtx = font["hmtx"].metrics
    for code_point, glyph in cmap.items():
        assert ahem_advance(code_point) == hmtx[glyph][0] / 1000, hex(code_point)
    assert hmtx[font.getGlyphOrder()[0]][0] / 1000 == AHEM.notdef_advance()


@pytest.mark.parametrize("size", [10, 16, 23.5])
def test_ahem_file_through_fonttools_measures_as_the_builtin(ahem_path, size):
    measurer = FontToolsMeasurer(system_fonts=False, font_files=[str(ahem_path)])
    builtin = AhemMeasurer()
    computed = style(font_family="Ahem", font_size=f"{size}px")
    assert measurer.font(computed).name == "Ahem"  # the file, not the built-in
    assert measurer.metrics(computed) == pytest.approx(builtin.metrics(computed))
    text = "Hello, world! \u2002\u2009\u200b\u00e9\u3000don't"
    assert measurer.advance(computed, text) == pytest.approx(builtin.advance(computed, text))
    if size == 16:
        # 16px scales a 1000-unit em by 67,109/65,536 (rasterizer_advance).
        assert measurer.advance(computed, "Hello") == 5 * 1048578 / 65536
        metrics = measurer.metrics(computed)
        assert (metrics.ascent, metrics.descent, metrics.x_height) == (12.8, 3.2, 12.8)


def test_ahem_from_a_file_url_font_face(ahem_path):
    face = FontFace("Ahem", [("url", path_to_url(ahem_path), "truetype")])
    measurer = FontToolsMeasurer([face], system_fonts=False, fixed_point=False)
    computed = style(font_family="Ahem", font_size="16px")
    assert measurer.advance(computed, "Hello") == 80.0
    assert measurer.metrics(computed).ascent == 12.8
    assert type(measurer.font(computed)).__name__ == "OpenTypeFace"


# -- metrics and advances ------------------------------------------------------------------------


def test_advances_scale_with_size_over_units_per_em(tmp_path):
    measurer = measurer_for(
        tmp_path, {"t.ttf": build_font("Test", upem=2048, advances={"a": 1024, "b": 512})}
    )
    computed = style(font_family="Test", font_size="20px")
    assert measurer.advance(computed, "ab") == 15.0
    assert measurer.advance(computed, "aaa") == 30.0


def test_hhea_metrics_unless_use_typo_metrics(tmp_path):
    hhea, typo = (900, -300, 100), (700, -250, 50)
    plain = measurer_for(tmp_path, {"p.ttf": build_font("Plain", hhea=hhea, typo=typo)})
    computed = style(font_family="Plain", font_size="10px")
    metrics = plain.metrics(computed)
    assert (metrics.ascent, metrics.descent, metrics.line_gap) == (9.0, 3.0, 1.0)
    assert metrics.line_spacing == 13.0
    flagged = build_font("Typo", hhea=hhea, typo=typo, use_typo_metrics=True)
    typo_measurer = measurer_for(tmp_path, {"t.ttf": flagged})
    metrics = typo_measurer.metrics(style(font_family="Typo", font_size="10px"))
    assert (metrics.ascent, metrics.descent, metrics.line_gap) == (7.0, 2.5, 0.5)


def test_zero_hhea_metrics_fall_back_to_os2(tmp_path):
    # FreeType: hhea ascender and descender both 0 -> OS/2 typo metrics.
    font = build_font("Zero", hhea=(0, 0, 0), typo=(750, -250, 0))
    measurer = measurer_for(tmp_path, {"z.ttf": font})
    metrics = measurer.metrics(style(font_family="Zero", font_size="20px"))
    assert (metrics.ascent, metrics.descent) == (15.0, 5.0)


def test_negative_line_gap_counts_as_zero(tmp_path):
    measurer = measurer_for(tmp_path, {"n.ttf": build_font("Neg", hhea=(800, -200, -100))})
    assert measurer.metrics(style(font_family="Neg", font_size="10px")).line_gap == 0.0


def test_x_height_cap_height_and_ch(tmp_path):
    measurer = measurer_for(tmp_path, {"x.ttf": build_font("Ex", x_height=450, cap_height=650)})
    metrics = measurer.metrics(style(font_family="Ex", font_size="20px"))
    assert (metrics.x_height, metrics.cap_height, metrics.ch_width) == (9.0, 13.0, 11.0)
    # OS/2 version 1 has no sxHeight: the top of the "x" glyph (500 units).
    old = measurer_for(tmp_path, {"o.ttf": build_font("Old", os2_version=1)})
    metrics = old.metrics(style(font_family="Old", font_size="20px"))
    assert metrics.x_height == 10.0 and metrics.cap_height is None


def test_notdef_for_characters_no_font_has(tmp_path):
    measurer = measurer_for(tmp_path, {"t.ttf": build_font("Test", notdef=700)})
    computed = style(font_family="Test", font_size="10px")
    assert measurer.advance(computed, "a\u4e00") == 5.0 + 7.0


# -- matching ------------------------------------------------------------------------------------


@pytest.fixture
def family(tmp_path):
    """The family "Test Sans": faces told apart by the advance of "a"."""
    faces = {
        "regular.ttf": build_font("Test Sans", advances={" ": 250, "a": 100}),
        "bold.ttf": build_font("Test Sans", "Bold", weight=700, advances={" ": 250, "a": 700}),
        "light.ttf": build_font("Test Sans", "Light", weight=300, advances={" ": 250, "a": 300}),
        "italic.ttf": build_font("Test Sans", "Italic", italic=True, advances={" ": 250, "a": 200}),
        "condensed.ttf": build_font(
            "Test Sans", "Condensed", width=3, advances={" ": 250, "a": 75}
        ),
    }
    return measurer_for(tmp_path, faces)


@pytest.mark.parametrize(
    ("declarations", "advance"),
    [
        ({}, 100),
        ({"font_weight": "bold"}, 700),
        ({"font_weight": "600"}, 700),  # above 500: heavier first
        ({"font_weight": "900"}, 700),  # nothing heavier: lighter, descending
        ({"font_weight": "450"}, 100),  # 400-500: up to 500, then lighter descending
        ({"font_weight": "350"}, 300),  # below 400: lighter first
        ({"font_weight": "100"}, 300),  # nothing lighter: heavier ascending
        ({"font_style": "italic"}, 200),
        ({"font_style": "oblique"}, 200),  # oblique falls back to italic
        ({"font_style": "italic", "font_weight": "bold"}, 200),  # style before weight
        ({"font_stretch": "condensed"}, 75),
        ({"font_stretch": "ultra-condensed"}, 75),
        ({"font_stretch": "semi-condensed"}, 75),  # narrower first
        ({"font_stretch": "expanded"}, 100),  # wider first, then narrower descending
        ({"font_stretch": "condensed", "font_weight": "bold"}, 75),  # stretch first
    ],
)
def test_font_matching(family, declarations, advance):
    computed = style(font_family="Test Sans", font_size="1000px", **declarations)
    assert family.advance(computed, "a") == advance


def test_italic_request_prefers_italic_over_oblique(tmp_path):
    fonts = {
        "oblique.ttf": build_font("Slant", "Oblique", oblique=True, advances={"a": 300}),
        "italic.ttf": build_font("Slant", "Italic", italic=True, advances={"a": 400}),
        "regular.ttf": build_font("Slant", advances={"a": 500}),
    }
    measurer = measurer_for(tmp_path, fonts)
    italic = style(font_family="Slant", font_style="italic", font_size="1000px")
    assert measurer.advance(italic, "a") == 400
    oblique = style(font_family="Slant", font_style="oblique", font_size="1000px")
    assert measurer.advance(oblique, "a") == 300
    assert measurer.font(oblique).traits.angle == (12.0, 12.0)  # from post.italicAngle


def test_family_list_fallback(family):
    computed = style(font_family='"No Such Font", Test Sans, serif', font_size="1000px")
    assert family.advance(computed, "a") == 100
    assert [face.family for face in family.faces(computed)] == ["Test Sans"]


def test_generic_families_map_to_installed_families(family):
    with_generic = FontToolsMeasurer(
        font_dirs=family.system.directories, generic_families={"sans-serif": ["Test Sans"]}
    )
    computed = style(font_family="sans-serif", font_size="1000px")
    assert with_generic.advance(computed, "a") == 100
    # A quoted "sans-serif" is a family name, not the generic family.
    quoted = style(font_family='"sans-serif", Test Sans', font_size="1000px")
    assert with_generic.faces(quoted)[0].family == "Test Sans"
    # The default family ends every list: serif here.
    default = FontToolsMeasurer(font_dirs=family.system.directories, default_family="Test Sans")
    assert default.advance(style(font_family="No Such Font", font_size="1000px"), "a") == 100


def test_per_character_fallback(tmp_path):
    fonts = {
        "a.ttf": build_font("Only A", advances={" ": 250, "a": 500}),
        "b.ttf": build_font("Only B", advances={" ": 300, "b": 600}),
        "c.ttf": build_font("Only C", advances={" ": 300, "c": 700}),
    }
    measurer = measurer_for(tmp_path, fonts)
    computed = style(font_family="Only A, Only B", font_size="10px")
    assert measurer.advance(computed, "ab a") == 5 + 6 + 2.5 + 5
    runs = measurer.runs(computed, "ab a")
    assert [(run.text, run.face.family, run.advance) for run in runs] == [
        ("a", "Only A", 5.0),
        ("b", "Only B", 6.0),
        (" a", "Only A", 7.5),
    ]
    # Metrics stay those of the first available font.
    assert measurer.font(computed).family == "Only A"
    # A character no listed family has: the system's other fonts.
    only_a = style(font_family="Only A", font_size="10px")
    assert measurer.advance(only_a, "b") == 6.0
    assert measurer.runs(only_a, "b")[0].face.family == "Only B"
    # Fallback fonts are read one at a time, as far as needed.
    (only_c,) = measurer.system.family_faces("only c")
    assert only_c._loaded is None
    assert measurer.advance(only_a, "c") == 7.0
    assert only_c._loaded is True
    # A zero-width character stays in the run it is in.
    runs = measurer.runs(computed, "b\u0301\u200ba")
    assert [(run.text, run.face.family) for run in runs] == [
        ("b\u0301\u200b", "Only B"),
        ("a", "Only A"),
    ]


def test_builtin_ahem_with_fallback_to_real_fonts(tmp_path):
    fonts = {"q.ttf": build_font("Quote", advances={" ": 250, "'": 200})}
    measurer = measurer_for(tmp_path, fonts, builtin_ahem=True)
    computed = style(font_family="Ahem, Quote", font_size="10px")
    assert measurer.font(computed) is AHEM
    assert measurer.advance(computed, "don't") == 40 + 2


def test_small_caps_from_the_smcp_feature(tmp_path):
    features = {"smcp": {"a": "a.sc_450"}}
    fonts = {
        "s.ttf": build_font("Caps", advances={" ": 250, "a": 500, "A": 700}, features=features)
    }
    measurer = measurer_for(tmp_path, fonts)
    small = style(font_family="Caps", font_size="1000px", font_variant="small-caps")
    assert measurer.advance(small, "a") == 450  # the substituted glyph
    assert measurer.advance(small, "A") == 700
    synthesized = measurer_for(
        tmp_path, {"n.ttf": build_font("NoCaps", advances={"a": 500, "A": 700})}
    )
    small = style(font_family="NoCaps", font_size="1000px", font_variant="small-caps")
    assert synthesized.advance(small, "a") == pytest.approx(490)  # "A" at 700px


# -- @font-face ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flavor", "font_format"), [("woff", "woff"), ("woff2", "woff2"), (None, None)]
)
def test_font_face_from_a_data_url(flavor, font_format):
    data = build_font("Whatever", advances={" ": 250, "a": 640}, flavor=flavor)
    face = FontFace("Web Font", [("url", data_url(data), font_format)])
    measurer = FontToolsMeasurer([face], system_fonts=False, fixed_point=False)
    computed = style(font_family="Web Font", font_size="25px")
    assert measurer.advance(computed, "aa") == 32.0
    assert measurer.metrics(computed).ascent == 20.0


def test_font_faces_from_a_document():
    light = build_font("X", advances={" ": 250, "a": 200}, flavor="woff2")
    heavy = build_font("Y", advances={" ": 250, "a": 800}, flavor="woff")
    html = (
        "<style>"
        "@font-face { font-family: 'My Font'; font-weight: 100 500; font-stretch: 50% 200%;"
        f" src: url({data_url(light, 'font/woff2')}) format('woff2') }}"
        "@font-face { font-family: 'My Font'; font-weight: 600 900;"
        f" src: url({data_url(heavy, 'font/woff')}) format('woff'); size-adjust: 50% }}"
        "</style><p>a</p>"
    )
    doc = Document.from_string(html)
    measurer = default_measurer(doc.font_faces)
    regular = style(font_family="My Font, serif", font_size="10px")
    assert measurer.advance(regular, "a") == 2.0
    # size-adjust 50% measures at 8px, in fixed point (rasterizer_advance): the scale
    # is 33,554 (of 65,536) per 1000 units, so 800 units advance 419,425 / 65,536 px.
    assert measurer.advance(style(font_family="My Font", font_weight="bold"), "a") == 419425 / 65536


def test_font_face_from_a_file_url_and_the_url_fetcher(tmp_path):
    path = write(tmp_path, "font.ttf", build_font("F", advances={" ": 250, "a": 300}))
    face = FontFace("Filed", [("url", path_to_url(path), "truetype")])
    measurer = FontToolsMeasurer([face], system_fonts=False, fixed_point=False)
    assert measurer.advance(style(font_family="Filed", font_size="10px"), "a") == 3.0
    fetched = []

    def fetcher(url):
        fetched.append(url)
        return path.read_bytes()

    relative = FontFace("Fetched", [("url", "https://example.test/font.ttf", None)])
    measurer = FontToolsMeasurer(
        [relative], url_fetcher=fetcher, system_fonts=False, fixed_point=False
    )
    assert measurer.advance(style(font_family="Fetched", font_size="10px"), "aa") == 6.0
    assert fetched == ["https://example.test/font.ttf"]


def test_font_face_sources_in_order(tmp_path):
    path = write(tmp_path, "font.ttf", build_font("F", advances={" ": 250, "a": 300}))
    face = FontFace(
        "Sourced",
        [
            ("url", "data:font/eot;base64,AAAA", "embedded-opentype"),  # not fetched
            ("url", path_to_url(tmp_path / "missing.ttf"), None),  # fails: next source
            ("local", "No Such Installed Font", None),
            ("url", path_to_url(path), "truetype"),
        ],
    )
    measurer = FontToolsMeasurer([face], system_fonts=False, fixed_point=False)
    assert measurer.advance(style(font_family="Sourced", font_size="10px"), "a") == 3.0


def test_font_face_local_by_full_name(tmp_path):
    installed = build_font("Installed", advances={" ": 250, "a": 900}, full_name="Installed Bold X")
    directory = tmp_path / "fonts"
    directory.mkdir()
    write(directory, "i.ttf", installed)
    face = FontFace("Aliased", [("local", "installed bold x", None)])
    measurer = FontToolsMeasurer([face], font_dirs=[str(directory)], fixed_point=False)
    assert measurer.advance(style(font_family="Aliased", font_size="10px"), "a") == 9.0
    postscript = FontFace("Aliased2", [("local", "Installed-Bold-X", None)])
    measurer = FontToolsMeasurer([postscript], font_dirs=[str(directory)], fixed_point=False)
    assert measurer.advance(style(font_family="Aliased2", font_size="10px"), "a") == 9.0


def test_a_font_face_that_fails_to_load_falls_back_with_a_warning(tmp_path):
    broken = FontFace("Broken", [("url", "data:font/ttf;base64,bm90IGEgZm9udA==", None)])
    fonts = {"f.ttf": build_font("Fine", advances={" ": 250, "a": 500})}
    directory = tmp_path / "fonts"
    directory.mkdir()
    for name, data in fonts.items():
        write(directory, name, data)
    measurer = FontToolsMeasurer([broken], font_dirs=[str(directory)], fixed_point=False)
    with pytest.warns(ColosseumFontWarning, match="Broken"):
        advance = measurer.advance(style(font_family="Broken, Fine", font_size="10px"), "a")
    assert advance == 5.0


def test_font_face_descriptors_choose_faces():
    light = build_font("L", advances={" ": 250, "a": 100})
    heavy = build_font("H", advances={" ": 250, "a": 900})
    italic = build_font("I", advances={" ": 250, "a": 500})
    faces = [
        FontFace("Web", [("url", data_url(light), None)], {"font-weight": "100 400"}),
        FontFace("Web", [("url", data_url(heavy), None)], {"font-weight": "700"}),
        FontFace("Web", [("url", data_url(italic), None)], {"font-style": "italic"}),
    ]
    measurer = FontToolsMeasurer(faces, system_fonts=False, fixed_point=False)

    def advance(**declarations):
        return measurer.advance(style(font_family="Web", font_size="10px", **declarations), "a")

    assert advance() == 1.0
    assert advance(font_weight="200") == 1.0
    assert advance(font_weight="600") == 9.0
    assert advance(font_style="italic") == 5.0
    # @font-face families hide installed fonts of the same name.
    assert measurer.faces(style(font_family="Web"))[0].family == "Web"


def test_unicode_range_composite_faces():
    digits = build_font("D", advances={" ": 250, "1": 300, "a": 999})
    letters = build_font("L", advances={" ": 250, "1": 999, "a": 700})
    faces = [
        FontFace("Mixed", [("url", data_url(letters), None)]),
        FontFace("Mixed", [("url", data_url(digits), None)], {"unicode-range": "U+30-39"}),
    ]
    measurer = FontToolsMeasurer(faces, system_fonts=False, fixed_point=False)
    computed = style(font_family="Mixed", font_size="10px")
    # The last rule is checked first, for the characters of its range only.
    assert measurer.advance(computed, "1") == 3.0
    assert measurer.advance(computed, "a") == 7.0
    assert measurer.font(computed).unicode_range is None  # holds U+0020


def test_size_adjust_and_metric_overrides():
    data = build_font("S", advances={" ": 250, "a": 500})
    faces = [
        FontFace(
            "Adjusted",
            [("url", data_url(data), None)],
            {"size-adjust": "50%", "ascent-override": "90%", "descent-override": "10%"},
        ),
        FontFace("Overridden", [("url", data_url(data), None)], {"line-gap-override": "20%"}),
    ]
    measurer = FontToolsMeasurer(faces, system_fonts=False, fixed_point=False)
    adjusted = style(font_family="Adjusted", font_size="100px")
    assert measurer.advance(adjusted, "a") == 25.0
    metrics = measurer.metrics(adjusted)
    assert (metrics.ascent, metrics.descent, metrics.x_height) == (45.0, 5.0, 25.0)
    overridden = measurer.metrics(style(font_family="Overridden", font_size="100px"))
    assert (overridden.ascent, overridden.descent, overridden.line_gap) == (80.0, 20.0, 20.0)


# -- no font ---------------------------------------------------------------------------------


def test_no_font_at_all_approximates_with_one_warning(tmp_path):
    measurer = FontToolsMeasurer(system_fonts=False)
    computed = style(font_family="serif", font_size="10px")
    with pytest.warns(ColosseumFontWarning, match="approximate"):
        assert measurer.advance(computed, "abcd") == 20.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert measurer.metrics(computed).ascent == 8.0
        assert measurer.advance(style(font_family="sans-serif"), "ab") == 16.0
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.warns(ColosseumFontWarning):
        assert FontToolsMeasurer(font_dirs=[str(empty)]).advance(computed, "a") == 5.0


# -- the system font index ------------------------------------------------------------------------


def test_system_fonts_are_indexed_lazily(tmp_path):
    directory = tmp_path / "fonts"
    (directory / "sub").mkdir(parents=True)
    write(directory / "sub", "t.ttf", build_font("Lazy Family", "Bold", weight=700))
    write(directory, "notes.txt", b"not a font")
    write(directory, "broken.ttf", b"\x00\x01\x00\x00 broken")
    index = SystemFonts([str(directory)])
    assert index._families is None
    with pytest.warns(ColosseumFontWarning, match="broken.ttf"):
        families = index.families()
    assert families == ["Lazy Family"]
    (face,) = index.family_faces("lazy family")
    assert face.traits.weight == (700.0, 700.0)
    assert face._loaded is None  # glyphs not read yet
    assert index.local("LAZY FAMILY BOLD") is face
    # A measurer with the built-in Ahem does not scan for an Ahem-only style.
    measurer = FontToolsMeasurer(font_dirs=[str(tmp_path / "unscanned")], builtin_ahem=True)
    assert (
        measurer.advance(style(font_family="Ahem", font_size="16px"), "Hello")
        == 5 * 1048578 / 65536
    )
    assert measurer.system._families is None


def test_default_measurer_uses_builtin_ahem_and_fonttools():
    measurer = default_measurer()
    assert isinstance(measurer, FontToolsMeasurer)
    computed = style(font_family="Ahem", font_size="16px")
    assert measurer.font(computed) is AHEM
    assert measurer.advance(computed, "Hello") == 5 * 1048578 / 65536  # fixed point at 16px
    assert measurer.metrics(computed).descent == 3.2
    assert default_measurer() is measurer
    assert default_measurer([FontFace("X", [("local", "x", None)])]) is not measurer
