"""Painting text: glyphs as filled shapes, and text decorations.

Each text fragment is split into runs of one face (the measurer's
``runs()``, the same font fallback layout measured with); each character
advances by what the measurer gives it, plus ``letter-spacing`` after every
character and ``word-spacing`` after word separators (css-text-3 §8); a
fragment wider than that spreads the difference over its preserved tabs
(whose advance layout computed from the tab stops), else over its spaces
(``text-align: justify``).

Glyph shapes:

- the built-in Ahem (:class:`colosseum.text.metrics.AhemFace`): the font's
  outlines, which are rectangles (checked against ``ahem.ttf`` by the
  tests): most glyphs fill the em box from ``baseline - 0.8em`` to
  ``baseline + 0.2em``; ``p`` fills only the descent (baseline to
  ``+0.2em``), ``É`` only the ascent (``-0.8em`` to the baseline); the
  spaces are blank; ``.notdef`` (a character Ahem
  lacks, drawn in Ahem) is a hollow rectangle;
- a face read from a font file (``colosseum.text.fonts.OpenTypeFace``):
  its glyph outlines through fontTools, curves flattened to polygons;
- no font at all (approximate metrics): each visible character as a box
  half an em high on the baseline.

Decorations (css-text-decor-3 §2, CSS 2.1 §16.3.1) come from the style's
``text-decoration-line`` (or ``text-decoration``) when the style model has
it, with ``text-decoration-color`` (default: the decorating box's
``color``); they are rectangles across the fragment, placed and sized from the
decorating box's font (its ``post`` underline position and thickness, its
``OS/2`` strikeout position and size; see :func:`decoration_metrics`),
rounded to whole px (at least 1px thick); the overline sits at the top of
the ascent.
"""

from __future__ import annotations

from ..text.metrics import AhemFace, is_zero_width
from .ops import DisplayList, rgba
from .style_values import length, value

#: css-text-3 §8.2: the word-separator characters that word-spacing widens.
WORD_SEPARATORS = frozenset(" \u00a0\u1361\U00010100\U00010101\U0001039f\U0001091f")
#: Ahem's glyphs without an outline: the spaces and the zero-width characters.
_AHEM_BLANK = frozenset(
    {0x20, 0xA0, *range(0x2002, 0x2007), *range(0x2009, 0x200E), 0x3000, 0xFEFF}
)
#: Line segments per curve: fewer for small text (no anti-aliasing shows
#: the difference), so that a page of text fills quickly.
_CURVE_STEPS = {True: 3, False: 8}
_SMALL_TEXT = 24.0  # px
#: Flattened glyph outlines in font units, by (face, glyph name, small),
#: shared by every painting (faces live as long as their measurer).
_OUTLINES: dict = {}
#: Per face read from a font file: (glyph set, cmap, .notdef name, units per em).
_FONTS: dict = {}
_OUTLINE_CACHE_SIZE = 50_000


def ahem_glyph_rects(char: str, covered: bool = True) -> list[tuple[float, float, float, float]]:
    """The rectangles (x0, y0, x1, y1) of an Ahem glyph in em, y up from
    the baseline (font coordinates). ``covered``: whether Ahem has the
    character (otherwise its ``.notdef`` is drawn)."""
    code_point = ord(char)
    if not covered:
        # .notdef: (0.125, 0)-(0.875, 0.8) less (0.25, 0.125)-(0.75, 0.675)
        return [
            (0.125, 0.0, 0.875, 0.125),
            (0.125, 0.675, 0.875, 0.8),
            (0.125, 0.125, 0.25, 0.675),
            (0.75, 0.125, 0.875, 0.675),
        ]
    if code_point in _AHEM_BLANK:
        return []
    if char == "p":
        return [(0.0, -0.2, 1.0, 0.0)]
    if char == "\u00c9":
        return [(0.0, 0.0, 1.0, 0.8)]
    return [(0.0, -0.2, 1.0, 0.8)]


def _bezier_point(points, t: float) -> tuple[float, float]:
    """The point at ``t`` of a quadratic or cubic Bézier curve."""
    u = 1 - t
    if len(points) == 3:
        (x0, y0), (x1, y1), (x2, y2) = points
        a, b, c = u * u, 2 * u * t, t * t
        return (a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2)
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def glyph_polygons(glyph_set, name: str, steps: int) -> list:
    """The contours of a glyph (font units, y up) as polygons, each curve
    flattened to ``steps`` line segments."""
    from fontTools.pens.basePen import BasePen

    polygons, current = [], []

    def finish():
        if len(current) >= 3:
            polygons.append(tuple(current))
        current.clear()

    class FlatteningPen(BasePen):
        def _moveTo(self, point):
            finish()
            current.append(point)

        def _lineTo(self, point):
            current.append(point)

        def _curveToOne(self, p1, p2, p3):
            start = self._getCurrentPoint()
            for step in range(1, steps + 1):
                current.append(_bezier_point((start, p1, p2, p3), step / steps))

        def _qCurveToOne(self, p1, p2):
            start = self._getCurrentPoint()
            for step in range(1, steps + 1):
                current.append(_bezier_point((start, p1, p2), step / steps))

        def _closePath(self):
            finish()

        def _endPath(self):
            finish()

    glyph_set[name].draw(FlatteningPen(glyph_set))
    finish()
    return polygons


class TextPainter:
    """Paints text fragments into a display list."""

    def __init__(self, ops: DisplayList, measurer):
        self.ops = ops
        self.measurer = measurer

    # -- fragments ----------------------------------------------------------------------

    def paint_fragment(self, fragment, decorations=()) -> None:
        """A text fragment: underlines and overlines, the glyphs, then
        line-throughs (CSS 2.1 Appendix E step 7.2.1.4.1)."""
        style = fragment.style
        for lines, color, deco_style in decorations:
            for line in ("underline", "overline"):
                if line in lines:
                    self._decoration(fragment, line, color, deco_style)
        color = rgba(value(style, "color"))
        if color is not None and color[3] > 0 and fragment.text:
            self._glyphs(fragment, style, color)
        for lines, color, deco_style in decorations:
            if "line-through" in lines:
                self._decoration(fragment, "line-through", color, deco_style)

    def _glyphs(self, fragment, style, color) -> None:
        text = fragment.text
        letter = length(value(style, "letter-spacing"))
        word = length(value(style, "word-spacing"))
        advances = [self._advance(style, char) for char in text]
        natural = sum(advances) + letter * len(text)
        natural += word * sum(1 for char in text if char in WORD_SEPARATORS)
        # What layout added beyond the glyphs and spacings: the advance of
        # preserved tabs (tab stops, css-text-3 §4.2), else justification.
        stretch = "\t" if "\t" in text else " "
        count = text.count(stretch)
        extra = 0.0
        if count and fragment.width - natural > 0.01:
            extra = (fragment.width - natural) / count
        font_size = length(value(style, "font-size"), 16.0)
        x = fragment.x
        polygons = []
        for run in self._runs(style, text):
            for index in range(run.start, run.end):
                char = text[index]
                shown = char.upper() if run.size != font_size else char
                polygons.extend(
                    self._glyph(run.face, shown, x, fragment.baseline, run.size, advances[index])
                )
                x += advances[index] + letter
                if char in WORD_SEPARATORS:
                    x += word
                if char == stretch:
                    x += extra
        self.ops.fill_path(polygons, color)

    def _runs(self, style, text):
        runs = getattr(self.measurer, "runs", None)
        if runs is not None:
            return runs(style, text)
        from ..text.metrics import APPROXIMATE, TextRun

        size = length(value(style, "font-size"), 16.0)
        return [TextRun(text, 0, len(text), APPROXIMATE, size, 0.0)]

    def _advance(self, style, char: str) -> float:
        if is_zero_width(char):
            return 0.0
        return self.measurer.advance(style, char)

    # -- glyphs -------------------------------------------------------------------------

    def _glyph(self, face, char, x, baseline, size, advance) -> list:
        """The polygons of one glyph with its origin at (x, baseline);
        nothing for the zero-width characters shapers hide (the soft hyphen,
        joiners, controls)."""
        if is_zero_width(char):
            return []
        if isinstance(face, AhemFace):
            covered = face.glyph_advance(ord(char)) is not None or is_zero_width(char)
            return [
                (
                    (x + x0 * size, baseline - y1 * size),
                    (x + x1 * size, baseline - y1 * size),
                    (x + x1 * size, baseline - y0 * size),
                    (x + x0 * size, baseline - y0 * size),
                )
                for x0, y0, x1, y1 in ahem_glyph_rects(char, covered)
            ]
        if getattr(face, "font", None) is not None:
            return self._outline(face, char, x, baseline, size)
        if char.isspace() or is_zero_width(char):
            return []
        left, right = x + advance * 0.1, x + advance * 0.9
        top = baseline - size * 0.5
        return [((left, top), (right, top), (right, baseline), (left, baseline))]

    def _font(self, face):
        entry = _FONTS.get(face)
        if entry is None:
            font = face.font
            cmap = font.getBestCmap() or {}
            order = font.getGlyphOrder()
            units = (font["head"].unitsPerEm or 1000) / getattr(face, "size_adjust", 1.0)
            entry = (font.getGlyphSet(), cmap, order[0] if order else None, units)
            _FONTS[face] = entry
        return entry

    def _outline(self, face, char: str, x: float, baseline: float, size: float) -> list:
        glyphs, cmap, notdef, units = self._font(face)
        if is_zero_width(char):
            return []
        name = cmap.get(ord(char))
        if name is None and ord(char) < 0x100:
            name = cmap.get(0xF000 + ord(char))  # symbol fonts
        name = name or notdef
        if name is None or name not in glyphs:
            return []
        small = size <= _SMALL_TEXT
        key = (face, name, small)
        polygons = _OUTLINES.get(key)
        if polygons is None:
            try:
                polygons = glyph_polygons(glyphs, name, _CURVE_STEPS[small])
            except Exception:  # a broken glyph: nothing drawn
                polygons = []
            if len(_OUTLINES) >= _OUTLINE_CACHE_SIZE:
                _OUTLINES.clear()
            _OUTLINES[key] = polygons
        scale = size / units
        x = round(x)  # whole-pixel glyph origins: no subpixel positioning at 1x
        return [
            tuple((x + gx * scale, baseline - gy * scale) for gx, gy in polygon)
            for polygon in polygons
        ]

    # -- decorations --------------------------------------------------------------------

    def _decoration(self, fragment, line: str, color, style) -> None:
        metrics = self.measurer.metrics(style)
        font = getattr(self.measurer, "font", None)
        face = font(style) if font is not None else None
        underline, thickness, strike, strike_size = decoration_metrics(face)
        em = metrics.em
        baseline = fragment.baseline
        if line == "underline":
            size = max(1.0, round(thickness * em))
            top = baseline + round(underline * em)
        elif line == "overline":
            size = max(1.0, round(thickness * em))
            top = baseline - metrics.ascent
        else:
            size = max(1.0, round(strike_size * em))
            top = baseline - round(strike * em) - size / 2
        self.ops.fill_rect(fragment.x, top, fragment.width, size, color)


def decoration_metrics(face) -> tuple[float, float, float, float]:
    """A face's underline offset below the baseline and thickness, and its
    line-through height above the baseline and thickness, in em: from the
    font's ``post`` and ``OS/2`` tables (Ahem's: 0.133, 0.02, 0.259, 0.05),
    else a tenth of the em thick, one below the baseline, through the
    middle of the x-height (0.25em)."""
    if isinstance(face, AhemFace):
        return (0.133, 0.02, 0.259, 0.05)
    font = getattr(face, "font", None)
    defaults = (0.1, 0.1, 0.25, 0.1)
    if font is None:
        return defaults
    try:
        units = font["head"].unitsPerEm or 1000
        post = font["post"]
        os2 = font["OS/2"] if "OS/2" in font else None
        underline = -post.underlinePosition / units if post.underlinePosition else defaults[0]
        thickness = post.underlineThickness / units if post.underlineThickness else defaults[1]
        strike = os2.yStrikeoutPosition / units if os2 and os2.yStrikeoutPosition else defaults[2]
        size = os2.yStrikeoutSize / units if os2 and os2.yStrikeoutSize else thickness
    except (KeyError, AttributeError):
        return defaults
    return (underline, thickness, strike, size)


def decoration_of(style):
    """The decoration a box applies to the text inside it: (lines, color,
    style), or None (css-text-decor-3 §2.1)."""
    raw = value(style, "text-decoration-line")
    if raw is None:
        raw = value(style, "text-decoration")
    if raw is None:
        return None
    lines = {
        word
        for word in str(raw).replace(",", " ").split()
        if word in ("underline", "overline", "line-through")
    }
    if not lines:
        return None
    color = value(style, "text-decoration-color")
    color = rgba(color, value(style, "color")) if color is not None else None
    if color is None:
        color = rgba(value(style, "color"))
    return frozenset(lines), color, style
