"""The test font Ahem, built in: its metrics and character coverage, read
once from ``fonts/ahem/ahem.ttf`` of the W3C CSS suite (the tests check the
tables below against that file), so that no font file is needed.

What the file holds (units per em 1000):

- ``hhea`` ascender 800, descender -200, line gap 0; ``OS/2`` typo metrics
  the same (800, -200, 0), win ascent/descent 800/200, ``USE_TYPO_METRICS``
  not set (it makes no difference here); ``sxHeight`` 800 and
  ``sCapHeight`` 800. So: ascent 0.8em, descent 0.2em, line gap 0, x-height
  0.8em, cap height 0.8em; the ``0`` advances 1em (the ``ch`` unit).
- 257 characters: U+0020-U+0026 and U+0028-U+007E (**no apostrophe
  U+0027**, and no control characters), U+00A0-U+00FF, and some Latin,
  Greek, punctuation, mathematical symbols and spaces listed in
  :data:`AHEM_RANGES`. Every glyph advances 1em except the spaces and
  zero-width characters in :data:`AHEM_ADVANCES` (en space 0.5em, thin
  space 0.2em, hair space 0.1em, zero-width space/joiners and BOM 0).
- ``.notdef`` advances 1em.

A browser renders a character Ahem lacks (the apostrophe, for one) with the
next family of the ``font-family`` list that has it, and failing those with
a system fallback font; the measurer does the same with this coverage.
"""

from __future__ import annotations

from bisect import bisect_right

from .matching import FaceTraits

AHEM_UNITS_PER_EM = 1000
#: The code point ranges (inclusive) of Ahem's cmap.
AHEM_RANGES = (
    (0x0020, 0x0026), (0x0028, 0x007E), (0x00A0, 0x00FF), (0x0131, 0x0131),
    (0x0152, 0x0153), (0x0178, 0x0178), (0x0192, 0x0192), (0x02C6, 0x02C7),
    (0x02C9, 0x02C9), (0x02D8, 0x02DD), (0x0394, 0x0394), (0x03A9, 0x03A9),
    (0x03BC, 0x03BC), (0x03C0, 0x03C0), (0x2002, 0x2006), (0x2009, 0x200D),
    (0x2010, 0x2010), (0x2013, 0x2014), (0x2018, 0x201A), (0x201C, 0x201E),
    (0x2020, 0x2022), (0x2026, 0x2026), (0x2030, 0x2030), (0x2039, 0x203A),
    (0x2044, 0x2044), (0x2122, 0x2122), (0x2126, 0x2126), (0x2202, 0x2202),
    (0x2206, 0x2206), (0x220F, 0x220F), (0x2211, 0x2212), (0x2219, 0x221A),
    (0x221E, 0x221E), (0x222B, 0x222B), (0x2248, 0x2248), (0x2260, 0x2260),
    (0x2264, 0x2265), (0x22F2, 0x22F2), (0x25CA, 0x25CA), (0x3000, 0x3000),
    (0xF000, 0xF002), (0xFEFF, 0xFEFF),
)  # fmt: skip
#: Advances (font units) of the glyphs that do not advance 1em.
AHEM_ADVANCES = {
    0x2002: 500, 0x2004: 333, 0x2005: 250, 0x2006: 167, 0x2009: 200, 0x200A: 100,
    0x200B: 0, 0x200C: 0, 0x200D: 0, 0xFEFF: 0,
}  # fmt: skip
AHEM_ASCENT = 800
AHEM_DESCENT = 200
AHEM_LINE_GAP = 0
AHEM_X_HEIGHT = 800
AHEM_CAP_HEIGHT = 800
AHEM_CH_WIDTH = 1000

_STARTS = [start for start, _ in AHEM_RANGES]


def ahem_has_glyph(code_point: int) -> bool:
    """Whether Ahem's cmap maps the code point."""
    index = bisect_right(_STARTS, code_point) - 1
    return index >= 0 and code_point <= AHEM_RANGES[index][1]


def ahem_advance(code_point: int) -> float | None:
    """The advance of Ahem's glyph for the code point, in em; None when Ahem
    has no glyph for it."""
    if not ahem_has_glyph(code_point):
        return None
    return AHEM_ADVANCES.get(code_point, AHEM_UNITS_PER_EM) / AHEM_UNITS_PER_EM


AHEM_TRAITS = FaceTraits()  # Regular: weight 400, stretch 100%, style normal
