"""Text painting: Ahem glyph shapes, spacing, decorations, real font outlines."""

import os
from pathlib import Path

import pytest
from test_paint_helpers import (
    BLACK,
    BLUE,
    LIME,
    RED,
    WHITE,
    block,
    inline_in_line,
    paint,
    text_line,
)

from colosseum.paint import FillPath
from colosseum.paint.text import ahem_glyph_rects
from colosseum.text.ahem import AHEM_RANGES

pytest.importorskip("PIL")


def _ahem_file() -> Path:
    """The W3C suite's ahem.ttf: under COLOSSEUM_WPT_DIR, or ../shared/csswg-test."""
    suites = [os.environ.get("COLOSSEUM_WPT_DIR", "")]
    suites += [str(parent.parent / "shared" / "csswg-test") for parent in Path(__file__).parents]
    for suite in suites:
        if suite and (Path(suite) / "fonts" / "ahem" / "ahem.ttf").exists():
            return Path(suite) / "fonts" / "ahem" / "ahem.ttf"
    return Path("ahem.ttf-not-found")


AHEM_FILE = _ahem_file()


def line_of(text, size=10, baseline=18, x=10, extra=None, **properties):
    container = block(0, 0, 100, 40)
    text_line(container, text, x, baseline, size=size, extra=extra, **properties)
    return block(0, 0, 100, 40, [container])


@pytest.mark.skipif(not AHEM_FILE.exists(), reason="the W3C suite's ahem.ttf is not here")
def test_ahem_glyph_rects_match_the_font_outlines():
    """Every character of Ahem: the rectangles the painter draws cover
    exactly the glyph's outline bounds (Ahem's glyphs are rectangles)."""
    fonttools = pytest.importorskip("fontTools.ttLib")
    from fontTools.pens.boundsPen import BoundsPen

    font = fonttools.TTFont(AHEM_FILE)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    checked = 0
    for low, high in AHEM_RANGES:
        for code_point in range(low, high + 1):
            pen = BoundsPen(glyphs)
            glyphs[cmap[code_point]].draw(pen)
            rects = ahem_glyph_rects(chr(code_point))  # the soft hyphen's too
            if pen.bounds is None:
                assert rects == [], hex(code_point)
            else:
                assert len(rects) == 1, hex(code_point)
                assert tuple(v * 1000 for v in rects[0]) == pen.bounds, hex(code_point)
            checked += 1
    assert checked == len(cmap)
    pen = BoundsPen(glyphs)
    glyphs[".notdef"].draw(pen)
    notdef = ahem_glyph_rects("'", covered=False)
    assert (
        min(r[0] for r in notdef) * 1000,
        min(r[1] for r in notdef) * 1000,
        max(r[2] for r in notdef) * 1000,
        max(r[3] for r in notdef) * 1000,
    ) == pen.bounds


def test_ahem_x_is_a_full_em_square():
    _, image = paint(line_of("X", size=10, baseline=18))  # em box 10..20 x 10..20
    assert image.getpixel((10, 10)) == BLACK
    assert image.getpixel((19, 19)) == BLACK
    assert image.getpixel((20, 15)) == WHITE
    assert image.getpixel((15, 9)) == WHITE
    assert image.getpixel((15, 20)) == WHITE


def test_ahem_p_and_e_acute_and_space():
    _, image = paint(line_of("p\u00c9 X", size=10, baseline=18))
    # p: only below the baseline (18..20)
    assert image.getpixel((15, 17)) == WHITE and image.getpixel((15, 18)) == BLACK
    # É: only above the baseline (10..18)
    assert image.getpixel((25, 10)) == BLACK and image.getpixel((25, 17)) == BLACK
    assert image.getpixel((25, 18)) == WHITE
    # the space is blank, the X after it is drawn
    assert {image.getpixel((35, y)) for y in range(10, 20)} == {WHITE}
    assert image.getpixel((45, 15)) == BLACK


def test_text_color_and_font_size():
    _, image = paint(line_of("XX", size=20, baseline=26, color="lime"))
    assert image.getpixel((10, 10)) == LIME
    assert image.getpixel((49, 29)) == LIME
    assert image.getpixel((50, 20)) == WHITE


def test_letter_spacing_and_word_spacing_move_glyphs():
    _, image = paint(line_of("XX", size=10, letter_spacing="5px"))
    assert image.getpixel((22, 15)) == WHITE  # 20..25 is the spacing
    assert image.getpixel((26, 15)) == BLACK
    _, image = paint(line_of("X X", size=10, word_spacing="10px"))
    assert image.getpixel((35, 15)) == WHITE  # the space is 10px wider
    assert image.getpixel((45, 15)) == BLACK


def test_justified_fragment_spreads_spaces():
    container = block(0, 0, 100, 40)
    box = text_line(container, "X X", 10, 18, size=10)
    box.fragments[0].width = 50  # 20px more than its natural width
    _, image = paint(block(0, 0, 100, 40, [container]))
    assert image.getpixel((45, 15)) == WHITE
    assert image.getpixel((55, 15)) == BLACK


def test_missing_character_draws_notdef_in_ahem():
    from colosseum.text.metrics import AhemMeasurer

    # Ahem lacks the apostrophe; with no other font, Ahem's .notdef is drawn
    _, image = paint(line_of("'", size=40, baseline=42, x=0), measurer=AhemMeasurer())
    assert image.getpixel((20, 20)) == WHITE  # the hole
    assert image.getpixel((6, 40)) == BLACK  # the frame: x 5..35, y 10..42
    assert image.getpixel((2, 40)) == WHITE


def test_underline_overline_line_through():
    """Ahem's post/OS2 metrics at 10px: the underline 1px thick, 1.33px
    (rounded: 1px) below the baseline; the line-through 2.59px (3px) above
    it; the overline at the top of the ascent."""
    decorated = {"text-decoration-line": "underline overline line-through"}
    container = block(
        0, 0, 100, 40, extra=decorated, color="blue", font_family="Ahem", font_size="10px"
    )  # the decorating box, whose font places the lines
    text_line(container, "X X", 10, 18, size=10, color="lime")  # X at 10..20 and 30..40
    ops, image = paint(block(0, 0, 100, 40, [container]))
    paths = [op for op in ops if isinstance(op, FillPath)]
    assert len(paths) == 1
    rects = [op for op in ops if not isinstance(op, FillPath)]
    index = ops.index(paths[0])
    assert len(rects) == 3
    assert ops.index(rects[0]) < index and ops.index(rects[1]) < index  # under, over
    assert ops.index(rects[2]) > index  # line-through over the text
    column = [image.getpixel((25, y)) for y in range(8, 22)]  # under the space
    assert [y + 8 for y, pixel in enumerate(column) if pixel == BLUE] == [10, 15, 19]
    assert image.getpixel((15, 15)) == BLUE  # the line-through crosses the glyph
    assert image.getpixel((15, 19)) == LIME  # the underline is under the glyph


def test_decoration_propagates_from_the_block_with_its_color():
    container = block(0, 0, 100, 40, extra={"text-decoration-line": "underline"}, color="red")
    inner = inline_in_line(container, 10, 10, 30, 10, color="lime")[1]
    text = text_line(container, "X X", 10, 18, size=10, color="lime")
    container.lines.pop()
    inner.items.append(text.fragments[0])
    _, image = paint(block(0, 0, 100, 40, [container]))
    assert image.getpixel((15, 15)) == LIME
    assert image.getpixel((25, 19)) == RED  # the block's color, through the inline box


def test_real_font_outlines():
    pytest.importorskip("fontTools")
    from colosseum.text.metrics import default_measurer

    measurer = default_measurer()
    probe = block(0, 0, 1, 1, font_family="DejaVu Sans", font_size="40px").style
    if measurer.font(probe).family.lower() != "dejavu sans":
        pytest.skip("DejaVu Sans is not installed")
    container = block(0, 0, 200, 60)
    text = text_line(container, "Io", 10, 45, size=40, font_family="DejaVu Sans")
    fragment = text.fragments[0]
    fragment.width = measurer.advance(text.style, "Io")
    _ops, image = paint(block(0, 0, 200, 60, [container]), 200, 60, measurer=measurer)
    i_width = measurer.advance(text.style, "I")
    inked = {(x, y) for x in range(200) for y in range(60) if image.getpixel((x, y)) == BLACK}
    assert inked
    assert all(10 <= x <= 10 + fragment.width and 10 <= y <= 55 for x, y in inked)
    middle_of_o = (round(10 + i_width + (fragment.width - i_width) / 2), 45 - 11)
    assert image.getpixel(middle_of_o) == WHITE  # the counter of the "o"
    assert any(x > 10 + i_width for x, _ in inked)


def test_same_text_same_pixels():
    first = paint(line_of("Hello World", size=8))[1]
    second = paint(line_of("Hello World", size=8))[1]
    assert first.tobytes() == second.tobytes()


def test_a_host_measurer_without_fonts_draws_boxes():
    from colosseum.text.metrics import APPROXIMATE_METRICS

    class HostMeasurer:  # the TextMeasurer protocol only: no runs(), no fonts
        def metrics(self, style):
            return APPROXIMATE_METRICS.scaled(10)

        def advance(self, style, text):
            return 5.0 * len(text)

    container = block(0, 0, 100, 40)
    text_line(container, "a b", 10, 18, size=10).fragments[0].width = 15
    ops, image = paint(block(0, 0, 100, 40, [container]), measurer=HostMeasurer())
    (path,) = [op for op in ops if isinstance(op, FillPath)]
    assert len(path.polygons) == 2  # the space draws nothing
    assert image.getpixel((12, 16)) == BLACK  # "a": x 10.5..14.5, y 13..18
    assert image.getpixel((12, 12)) == WHITE
    assert image.getpixel((22, 16)) == BLACK  # "b" after the 5px space
