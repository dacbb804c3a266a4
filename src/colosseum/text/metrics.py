"""Text measurement: the protocol layout calls, and the built-in measurers.

Layout asks two questions of a :class:`TextMeasurer`, both with a computed
style (a :class:`colosseum.style.ComputedStyle`, or any mapping from CSS
property names to computed values):

- ``metrics(style)``: the :class:`FontMetrics` of the style's first
  available font (css-fonts-4 §5: the font of the strut, of ``ex``/``ch``,
  and of the baseline), in px at the style's ``font-size``;
- ``advance(style, text)``: the advance width of a string in px, with
  per-character font fallback, without ``letter-spacing`` and
  ``word-spacing`` (layout adds those).

:class:`FontMeasurer` implements it over font collections: it matches a
style's ``font-family`` list and font properties to faces once per distinct
set of properties (css-fonts-4 §5.2, in :mod:`colosseum.text.matching`),
caches every character's advance per matched font list, and every string's
advance. :class:`AhemMeasurer` knows only the built-in Ahem;
``colosseum.text.fonts.FontToolsMeasurer`` adds ``@font-face`` and system
fonts read with fontTools; :func:`default_measurer` picks one.

Glyph advances are the fonts' ``hmtx`` advances, scaled in fixed point as a font
rasterizer scales them (:func:`rasterizer_advance`): no kerning, ligatures or
other shaping (see "Limits" in :class:`FontMeasurer`).
"""

from __future__ import annotations

import math
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ..style.computed import ComputedStyle
from .ahem import (
    AHEM_ASCENT,
    AHEM_CAP_HEIGHT,
    AHEM_CH_WIDTH,
    AHEM_DESCENT,
    AHEM_LINE_GAP,
    AHEM_TRAITS,
    AHEM_UNITS_PER_EM,
    AHEM_X_HEIGHT,
    ahem_advance,
)
from .matching import (
    GENERIC_FAMILY_PREFERENCES,
    FaceTraits,
    FontRequest,
    font_request,
    font_size,
    match_faces,
    parse_family_list,
)

__all__ = [
    "APPROXIMATE_METRICS",
    "AhemFace",
    "AhemMeasurer",
    "ApproximateFace",
    "BuiltinFonts",
    "ColosseumFontWarning",
    "Face",
    "FontCollection",
    "FontMeasurer",
    "FontMetrics",
    "TextMeasurer",
    "TextRun",
    "default_measurer",
    "fonttools_available",
    "rasterizer_advance",
]


class ColosseumFontWarning(UserWarning):
    """Text is measured with approximate metrics (no font was available), or
    a font could not be loaded."""


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """The metrics of a font at a size, in px.

    ``ascent`` and ``descent`` are both positive distances from the
    alphabetic baseline (the font's ascent and descent, css-inline-3 §5.1 /
    CSS 2.1 §10.8.1 "A" and "D"); ``line_gap`` is the font's recommended
    extra spacing (zero or more); ``x_height`` the height of lowercase
    letters (the ``ex`` unit); ``cap_height`` of capitals and ``ch_width``
    the advance of ``0`` (the ``ch`` unit), None when unknown; ``em`` the
    font size (the em square).
    """

    ascent: float
    descent: float
    line_gap: float
    x_height: float
    cap_height: float | None
    ch_width: float | None
    em: float

    @property
    def height(self) -> float:
        """ascent + descent: the content area of an inline box (CSS 2.1
        §10.6.1, as browsers size it)."""
        return self.ascent + self.descent

    @property
    def line_spacing(self) -> float:
        """ascent + descent + line gap: what ``line-height: normal`` uses."""
        return self.ascent + self.descent + self.line_gap

    def scaled(self, size: float) -> FontMetrics:
        """These metrics (given for an em of 1) at a font size in px."""
        return FontMetrics(
            self.ascent * size,
            self.descent * size,
            self.line_gap * size,
            self.x_height * size,
            None if self.cap_height is None else self.cap_height * size,
            None if self.ch_width is None else self.ch_width * size,
            self.em * size,
        )

    def rounded(self) -> FontMetrics:
        """These metrics with ascent, descent and line gap rounded to whole
        px (half up) as Chromium does on every platform (Blink's
        ``FontMetrics::AscentDescentWithHacks`` and ``SimpleFontData``): Ahem
        at 16px has an ascent of 12.8px but Chromium's line box sees 13px and
        a descent of 3px. Layout chooses whether to apply it."""
        return FontMetrics(
            float(math.floor(self.ascent + 0.5)),
            float(math.floor(self.descent + 0.5)),
            float(math.floor(self.line_gap + 0.5)),
            self.x_height,
            self.cap_height,
            self.ch_width,
            self.em,
        )


@runtime_checkable
class TextMeasurer(Protocol):
    """What layout needs to know about text; hosts may implement their own.

    ``style`` is a computed style: layout passes a
    :class:`colosseum.style.ComputedStyle` and reads nothing but its
    ``font-family`` (a list of family names and generic keywords),
    ``font-size`` (a px Length), ``font-weight`` (a number),
    ``font-style``, ``font-stretch`` and ``font-variant``.

    Layout calls both methods for every word it places, so implementations
    should cache: resolve the fonts of a set of font properties once, and
    remember advances of strings already measured.
    """

    def metrics(self, style: Mapping) -> FontMetrics:
        """The metrics of the style's first available font, in px at its
        font size."""
        ...

    def advance(self, style: Mapping, text: str) -> float:
        """The advance width of ``text`` in px, with font fallback for
        characters the first font lacks. Letter-spacing and word-spacing
        are not included: layout adds them. ``text`` is already
        white-space-processed and transformed (``text-transform``); tabs,
        line feeds and other control characters measure 0 (layout sizes
        tabs with ``tab-size``)."""
        ...


# -- faces ----------------------------------------------------------------------------------


class Face:
    """One font face as the measurer sees it: its family and traits for
    matching, its coverage and advances in em, its metrics for an em of 1.

    Subclasses: :class:`AhemFace`, :class:`ApproximateFace`, and
    ``colosseum.text.fonts.OpenTypeFace`` (a font file read with fontTools).
    """

    family: str = ""
    name: str = ""
    traits: FaceTraits = FaceTraits()
    #: ``@font-face`` ``unicode-range``: inclusive (first, last) ranges, or
    #: None for every code point.
    unicode_range: tuple[tuple[int, int], ...] | None = None

    def load(self) -> bool:
        """Make the face ready (read its font file); False when it cannot be
        used."""
        return True

    def covers(self, code_point: int) -> bool:
        """Whether the face's unicode-range includes the code point (whether
        it has a glyph is :meth:`glyph_advance`'s answer)."""
        ranges = self.unicode_range
        if ranges is None:
            return True
        return any(low <= code_point <= high for low, high in ranges)

    def glyph_advance(self, code_point: int) -> float | None:
        """The advance of the face's glyph for the code point in em, or None
        when the face has no glyph for it."""
        raise NotImplementedError

    def notdef_advance(self) -> float:
        """The advance of the ``.notdef`` glyph in em: what a character no
        font has takes in the first available font."""
        return 0.5

    def small_caps_advance(self, code_point: int, feature: str) -> float | None:
        """The advance in em of the glyph that the font's OpenType feature
        ``smcp`` (lowercase to small capitals) or ``c2sc`` (capitals to small
        capitals) substitutes for the character's, or None when the font has
        no such substitution (small capitals are then synthesized)."""
        return None

    def em_metrics(self) -> FontMetrics:
        """The face's metrics for a font size of 1."""
        raise NotImplementedError

    def fixed_advance(self, em: float, size: float) -> int:
        """An advance of ``em`` at ``size`` px in 16.16 fixed point (the
        unit of text shapers' glyph positions): the exact product, rounded.
        Font-file faces override it with :func:`rasterizer_advance`."""
        return round(em * size * 65536)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name or self.family!r}>"


class AhemFace(Face):
    """The built-in Ahem: the tables of the W3C suite's ``ahem.ttf``
    (:mod:`colosseum.text.ahem`) without the file."""

    family = "Ahem"
    name = "Ahem"
    traits = AHEM_TRAITS

    def glyph_advance(self, code_point: int) -> float | None:
        return ahem_advance(code_point)

    def notdef_advance(self) -> float:
        return 1.0

    def fixed_advance(self, em: float, size: float) -> int:
        return rasterizer_advance(em, size, AHEM_UNITS_PER_EM)

    def em_metrics(self) -> FontMetrics:
        upem = AHEM_UNITS_PER_EM
        return FontMetrics(
            AHEM_ASCENT / upem,
            AHEM_DESCENT / upem,
            AHEM_LINE_GAP / upem,
            AHEM_X_HEIGHT / upem,
            AHEM_CAP_HEIGHT / upem,
            AHEM_CH_WIDTH / upem,
            1.0,
        )


def rasterizer_advance(em: float, size: float, units_per_em: int, size_adjust: float = 1.0) -> int:
    """A glyph's advance of ``em`` (font units over ``units_per_em``) at
    ``size`` px, in 16.16 fixed point, as a font rasterizer computes it in
    integer arithmetic (and so as browsers on Linux measure text, through
    FreeType's unhinted "linear" advances):

    1. the size becomes 26.6 fixed point (1/64 px, truncated);
    2. the scale from font units to 1/64 px is that size over the em,
       in 16.16, rounded;
    3. the advance is units times scale, in 16.16 px, rounded.

    So the advance of a whole em at a whole px size is not always that size:
    at 13px a 1000-unit em scales by 54,526/65,536 (not 54,525.952) and
    advances 13 + 1/65,536 px. ``size_adjust`` (``@font-face``
    ``size-adjust``, already applied to ``em``) scales the size instead."""
    size64 = int(size * size_adjust * 64)
    scale = (size64 * 65536 + units_per_em // 2) // units_per_em
    units = round(em * units_per_em / size_adjust)
    return (units * scale + 32) >> 6


#: The metrics used when no font is available at all (per em): ascent 0.8,
#: descent 0.2, no line gap (so ``line-height: normal`` is 1em), x-height
#: 0.5em and ``ch`` 0.5em (the fallbacks css-values-4 §6.1.1 allows for
#: ``ex`` and ``ch``), cap height 0.7em.
APPROXIMATE_METRICS = FontMetrics(0.8, 0.2, 0.0, 0.5, 0.7, 0.5, 1.0)


class ApproximateFace(Face):
    """Used only when no font at all is available: every character advances
    0.5em, East Asian wide and fullwidth characters (UAX #11) 1em (zero-width
    characters stay 0, as for every face); metrics
    :data:`APPROXIMATE_METRICS`. The measurer warns once when it uses it."""

    family = ""
    name = "approximate metrics"

    def glyph_advance(self, code_point: int) -> float | None:
        return 1.0 if unicodedata.east_asian_width(chr(code_point)) in ("W", "F") else 0.5

    def em_metrics(self) -> FontMetrics:
        return APPROXIMATE_METRICS


AHEM = AhemFace()
APPROXIMATE = ApproximateFace()


# -- collections ---------------------------------------------------------------------------


class FontCollection(Protocol):
    """A source of faces: ``@font-face`` rules, the built-in Ahem, the
    system's fonts."""

    def family_faces(self, family: str) -> Sequence[Face]:
        """All faces of a family (``family`` lowercased), empty when the
        collection does not have it."""
        ...

    def fallback_families(self) -> Sequence[str]:
        """Families to try, in order, for a character that no family of the
        ``font-family`` list has (system font fallback)."""
        ...


class BuiltinFonts:
    """The built-in faces: Ahem."""

    def family_faces(self, family: str) -> Sequence[Face]:
        return (AHEM,) if family == "ahem" else ()

    def fallback_families(self) -> Sequence[str]:
        return ()


# -- the measurer ----------------------------------------------------------------------------

#: css-fonts-4 §6.4 synthesized small capitals: capitals at 70% of the font
#: size, which Chromium rounds to whole px (checked in Chromium 14x: Ahem
#: small-caps "x" is 11px wide at 15px and 16px, 12px at 16.5px and 17px).
SMALL_CAPS_SCALE = 0.7


def small_caps_size(size: float) -> float:
    """The px size of synthesized small capitals for a font size."""
    return math.floor(size * SMALL_CAPS_SCALE + 0.5)


# HarfBuzz gives a space character the font lacks the font's space glyph
# with a width for its kind (hb-ot-shape-fallback.cc): fractions of the em,
# or "space", "figure" (a digit), "punctuation" ("." or ","), "narrow"
# (half the space).
_SPACE_FALLBACK = {
    0x00A0: "space", 0x2000: 1 / 2, 0x2001: 1.0, 0x2002: 1 / 2, 0x2003: 1.0, 0x2004: 1 / 3,
    0x2005: 1 / 4, 0x2006: 1 / 6, 0x2007: "figure", 0x2008: "punctuation", 0x2009: 1 / 5,
    0x200A: 1 / 16, 0x202F: "narrow", 0x205F: 4 / 18, 0x3000: 1.0,
}  # fmt: skip

# Unicode Default_Ignorable_Code_Point (DerivedCoreProperties.txt): shapers
# render these invisible with no advance, whatever the font has.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # fmt: skip


def is_zero_width(char: str) -> bool:
    """Characters that advance 0 in every font: control characters (Cc),
    default-ignorable code points (soft hyphen, zero-width space and
    joiners, bidi controls, variation selectors, BOM ...) and nonspacing or
    enclosing marks (Mn, Me), which shapers zero."""
    code_point = ord(char)
    if code_point < 0x20 or 0x7F <= code_point < 0xA0:
        return True
    if code_point < 0xAD:
        return False
    for low, high in _DEFAULT_IGNORABLE:
        if code_point < low:
            break
        if code_point <= high:
            return True
    return unicodedata.category(char) in ("Mn", "Me")


@dataclass(frozen=True, slots=True)
class TextRun:
    """A part of a measured string drawn with one face at one size: what a
    painter needs. ``text`` is the part of the original string
    (``string[start:end]``; synthesized small capitals are drawn as the
    uppercase of it), ``size`` the px size the face is drawn at
    (:func:`small_caps_size` for synthesized small capitals), ``advance``
    its width in px."""

    text: str
    start: int
    end: int
    face: Face
    size: float
    advance: float

    @property
    def metrics(self) -> FontMetrics:
        """The face's metrics at the run's size (a fallback face's ascent and
        descent count for ``line-height: normal`` in browsers)."""
        return self.face.em_metrics().scaled(self.size)


@dataclass(eq=False)
class _Chain:
    """The fonts of one :class:`FontRequest`: the matched faces of each
    available family in order (several for a composite ``@font-face``
    family), the first available face, and the caches."""

    request: FontRequest
    groups: list
    primary: Face
    fallback: list | None = None  # per-character fallback faces, made on need
    fallback_seen: set | None = None
    fallback_pending: Iterator | None = None  # the fallback families not matched yet
    # char -> (em advance, face, small): ``small`` for synthesized small
    # capitals, whose em advance is at the small-capitals size
    chars: dict = field(default_factory=dict)
    fixed: dict = field(default_factory=dict)  # px size -> {char: 16.16 advance}
    texts: dict = field(default_factory=dict)  # px size -> {text: px advance}
    sizes: dict = field(default_factory=dict)  # px size -> FontMetrics
    metrics_em: FontMetrics | None = None


class FontMeasurer:
    """A :class:`TextMeasurer` over font collections.

    ``collections`` are searched in order for each family name: the first
    that has the family supplies all its faces (so ``@font-face`` families
    hide installed fonts of the same name, css-fonts-4 §4.1).
    ``default_family`` (a generic family or a family name) follows every
    family list, as browsers' default font does;
    ``generic_families`` overrides entries of
    :data:`~colosseum.text.matching.GENERIC_FAMILY_PREFERENCES`.

    Font matching, per distinct set of font properties (cached):

    1. each family of ``font-family`` in order, a generic family standing
       for the first installed family of its preference list; for each
       available family, its faces narrowed by stretch, style and weight
       (css-fonts-4 §5.2 step 4);
    2. the first available font (css-fonts-4 §5.1: the first matched face
       whose unicode-range holds U+0020) gives :meth:`metrics`; when the
       list has none, the default family's face, or else the first face of
       the collections' fallback families;
    3. each character takes the first matched face that has a glyph for it
       (a face lacking a space character such as U+2007 uses its space
       glyph with HarfBuzz's widths); failing those, the default family,
       then the collections' fallback families (system fonts) in order
       (looked up only on such a miss, so an Ahem-only document never reads
       the system's fonts); failing those, the ``.notdef`` glyph of the
       first available font (the "tofu" box);
    4. with no font at all, :class:`ApproximateFace` with
       :data:`APPROXIMATE_METRICS`, and a :class:`ColosseumFontWarning`,
       once per measurer.

    ``font-variant: small-caps`` (and all-small-caps, petite-caps,
    all-petite-caps, unicase) uses the font's ``smcp``/``c2sc``
    substitutions when it has them, else synthesizes capitals at
    :func:`small_caps_size`.

    Advances: with ``fixed_point`` (the default), each glyph's advance is
    computed as a font rasterizer computes it, in fixed point
    (:func:`rasterizer_advance`: at 13px a 1em glyph advances
    13 + 1/65,536 px), and a string's advance is the sum of its glyphs'; so
    the built-in and real fonts measure exactly as in Chromium on Linux
    (checked against Chromium headless for Ahem, DejaVu and Liberation
    fonts, fallback characters included; layout then rounds text widths up
    to 1/64 px as Chromium does, and Chromium rounds ascent and descent to
    whole px, :meth:`FontMetrics.rounded`). ``fixed_point=False`` gives the
    exact advances, em times font size, for hosts that want the font's
    design widths rather than a browser's.

    Limits: no kerning, ligatures, contextual shaping or mark positioning
    (advances are the sum of the characters' glyph advances: text in fonts
    with kerning pairs or ligatures measures slightly differently from a
    browser); font fallback is per character, not per grapheme cluster;
    combining and control characters, and default-ignorable ones, advance
    0; variable fonts are measured at their default instance; bold and
    oblique synthesis do not change advances (as in Chromium).
    """

    def __init__(
        self,
        collections: Sequence[FontCollection] = (),
        *,
        default_family: str = "serif",
        generic_families: Mapping[str, Sequence[str]] | None = None,
        text_cache_size: int = 100_000,
        fixed_point: bool = True,
    ):
        self.collections = tuple(collections)
        self.fixed_point = fixed_point
        self.default_family = parse_family_list(default_family)[0]
        self.generic_families = dict(GENERIC_FAMILY_PREFERENCES)
        if generic_families:
            self.generic_families.update(
                {name.lower(): tuple(families) for name, families in generic_families.items()}
            )
        self.text_cache_size = text_cache_size
        self._warned = False
        self.clear_caches()

    def clear_caches(self) -> None:
        """Forget matched fonts and measured strings (after adding fonts)."""
        self._chains = {}  # FontRequest -> _Chain
        self._raw = {}  # tuple of the style's raw font values -> _Chain
        self._last_style = None
        self._last = None

    # -- the protocol ---------------------------------------------------------------

    def metrics(self, style: Mapping) -> FontMetrics:
        """The first available font's metrics at the style's font size, in
        px; the same object for the same font and size."""
        chain, size = self._resolve(style)
        metrics = chain.sizes.get(size)
        if metrics is None:
            if chain.metrics_em is None:
                chain.metrics_em = chain.primary.em_metrics()
            metrics = chain.sizes[size] = chain.metrics_em.scaled(size)
        return metrics

    def advance(self, style: Mapping, text: str) -> float:
        """The advance of ``text`` in px (see :class:`TextMeasurer`): the sum
        of its characters' advances in 16.16 fixed point
        (:meth:`Face.fixed_advance`), as a text shaper adds glyph positions."""
        chain, size = self._resolve(style)
        texts = chain.texts.get(size)
        if texts is None:
            texts = chain.texts[size] = {}
        width = texts.get(text)
        if width is None:
            fixed = self._fixed_table(chain, size)
            total = 0
            for char in text:
                value = fixed.get(char)
                if value is None:
                    value = self._fixed(chain, size, char)
                total += value
            width = total / 65536
            if len(texts) >= self.text_cache_size:
                texts.clear()
            texts[text] = width
        return width

    # -- more for layout and painters --------------------------------------------------

    def font(self, style: Mapping) -> Face:
        """The style's first available font: the face of its metrics."""
        return self._resolve(style)[0].primary

    def faces(self, style: Mapping) -> list[Face]:
        """The matched faces of the style's family list, in order (the
        first face of each available family)."""
        return [group[0] for group in self._resolve(style)[0].groups]

    def runs(self, style: Mapping, text: str) -> list[TextRun]:
        """``text`` split into runs of one face and size, with their
        advances in px (which add up to :meth:`advance`)."""
        chain, size = self._resolve(style)
        fixed = self._fixed_table(chain, size)
        runs, start, current, width = [], 0, None, 0
        for index, char in enumerate(text):
            entry = chain.chars.get(char) or self._char(chain, char)
            if entry[0] == 0.0 and current is not None:
                key = current  # zero-width characters stay in the run they are in
            else:
                key = (entry[1], small_caps_size(size) if entry[2] else size)
            if key != current and current is not None:
                runs.append(TextRun(text[start:index], start, index, *current, width / 65536))
                start, width = index, 0
            current = key
            value = fixed.get(char)
            width += value if value is not None else self._fixed(chain, size, char)
        if current is not None:
            runs.append(TextRun(text[start:], start, len(text), *current, width / 65536))
        return runs

    def font_ratios(self, family, font_size: float) -> tuple[float, float]:
        """The x-height and ``0`` advance of a family list's first available
        font as fractions of the em: pass as ``font_ratios`` to
        :func:`colosseum.style.compute_style` for exact ``ex`` and ``ch``."""
        metrics = self._chain(FontRequest(parse_family_list(family))).primary.em_metrics()
        ch = metrics.ch_width if metrics.ch_width is not None else 0.5
        return metrics.x_height, ch

    # -- resolution -----------------------------------------------------------------------

    def _resolve(self, style) -> tuple[_Chain, float]:
        if style is self._last_style:
            return self._last
        get = style.get
        raw = (
            get("font-family"),
            get("font-weight"),
            get("font-style"),
            get("font-stretch"),
            get("font-variant"),
        )
        try:
            chain = self._raw.get(raw)
        except TypeError:  # unhashable values from a host mapping
            chain = None
            raw = None
        if chain is None:
            chain = self._chain(font_request(style))
            if raw is not None:
                self._raw[raw] = chain
        result = chain, font_size(style)
        if isinstance(style, ComputedStyle):  # immutable: safe to remember
            self._last_style, self._last = style, result
        return result

    def _chain(self, request: FontRequest) -> _Chain:
        chain = self._chains.get(request)
        if chain is None:
            chain = self._chains[request] = self._build_chain(request)
        return chain

    def _build_chain(self, request: FontRequest) -> _Chain:
        groups, seen = [], set()
        for family in request.families:
            group = self._match_family(family, request)
            if group and id(group[0]) not in seen:
                seen.update(id(face) for face in group)
                groups.append(group)
        if not any(face.covers(0x20) for group in groups for face in group):
            # No first available font yet: the default family, then the
            # first system font there is (a browser always finds one). When
            # the list has one, the default family is only looked up for
            # characters the list lacks (see _fallback_faces), which spares
            # reading the system's fonts for Ahem-only documents.
            names = [self.default_family]
            names.extend((name.lower(), False) for name in self._fallback_family_names())
            for family in names:
                group = self._match_family(family, request)
                if group and id(group[0]) not in seen:
                    seen.update(id(face) for face in group)
                    groups.append(group)
                    break
        if not groups:
            self._warn_approximate(request)
            groups.append([APPROXIMATE])
        primary = next(
            (face for group in groups for face in group if face.covers(0x20)), groups[0][0]
        )
        chain = _Chain(request, groups, primary)
        return chain

    def _family_faces(self, name: str) -> Sequence[Face]:
        for collection in self.collections:
            faces = collection.family_faces(name)
            if faces:
                return faces
        return ()

    def _match_family(self, family: tuple[str, bool], request: FontRequest) -> list[Face]:
        name, generic = family
        if generic:
            for candidate in self.generic_families.get(name, ()):
                group = self._match_family((candidate.lower(), False), request)
                if group:
                    return group
            return []
        faces = [face for face in self._family_faces(name)]
        while faces:
            matched = match_faces(faces, request)
            usable = [face for face in matched if face.load()]
            if usable:
                return usable
            faces = [face for face in faces if face not in matched]
        return []

    def _fallback_family_names(self) -> list[str]:
        names = []
        for collection in self.collections:
            for name in collection.fallback_families():
                if name not in names:
                    names.append(name)
        return names

    def _fallback_faces(self, chain: _Chain) -> Iterator[Face]:
        """The faces tried for a character no face of the list has: the
        default family's, then each fallback family's, matched and loaded
        one family at a time, on need, and remembered in the chain."""
        if chain.fallback is None:
            chain.fallback = []
            chain.fallback_seen = {id(face) for group in chain.groups for face in group}
        index = 0
        while True:
            if index < len(chain.fallback):
                yield chain.fallback[index]
                index += 1
                continue
            if chain.fallback_pending is None:
                names = [self.default_family]
                names.extend((name.lower(), False) for name in self._fallback_family_names())
                chain.fallback_pending = iter(names)
            family = next(chain.fallback_pending, None)
            if family is None:
                return
            for face in self._match_family(family, chain.request):
                if id(face) not in chain.fallback_seen:
                    chain.fallback_seen.add(id(face))
                    chain.fallback.append(face)

    # -- characters -------------------------------------------------------------------------

    def _char(self, chain: _Chain, char: str) -> tuple[float, Face, bool]:
        """The em advance, face, and whether it is a synthesized small
        capital, of one character in a chain (cached)."""
        if is_zero_width(char):
            entry = (0.0, chain.primary, False)
        else:
            entry = None
            variant = chain.request.variant
            if variant in _SMALL_CAPS_VARIANTS and _is_small_cap(char, variant):
                entry = self._small_cap(chain, char)
            if entry is None:
                advance, face = self._lookup(chain, ord(char))
                entry = (advance, face, False)
        chain.chars[char] = entry
        return entry

    def _lookup(self, chain: _Chain, code_point: int) -> tuple[float, Face]:
        for group in chain.groups:
            for face in group:
                if face.covers(code_point):
                    advance = face.glyph_advance(code_point)
                    if advance is None and code_point in _SPACE_FALLBACK:
                        advance = _space_fallback(face, code_point)
                    if advance is not None:
                        return advance, face
        for face in self._fallback_faces(chain):
            if face.covers(code_point):
                advance = face.glyph_advance(code_point)
                if advance is not None:
                    return advance, face
        return chain.primary.notdef_advance(), chain.primary

    def _small_cap(self, chain: _Chain, char: str):
        code_point = ord(char)
        feature = "c2sc" if char.isupper() else "smcp"
        advance, face = self._lookup(chain, code_point)
        substituted = face.small_caps_advance(code_point, feature)
        if substituted is not None:
            return substituted, face, False
        upper = char.upper()
        total, first = 0.0, None
        for part in upper:
            advance, face = self._lookup(chain, ord(part))
            total += advance
            first = first or face
        return total, first, True

    @staticmethod
    def _fixed_table(chain: _Chain, size: float) -> dict:
        table = chain.fixed.get(size)
        if table is None:
            table = chain.fixed[size] = {}
        return table

    def _fixed(self, chain: _Chain, size: float, char: str) -> int:
        """A character's advance at ``size`` in 1/65,536 px (cached):
        synthesized small capitals at :func:`small_caps_size`."""
        em, face, small = chain.chars.get(char) or self._char(chain, char)
        drawn = small_caps_size(size) if small else size
        value = face.fixed_advance(em, drawn) if self.fixed_point else em * drawn * 65536
        chain.fixed[size][char] = value
        return value

    def _warn_approximate(self, request: FontRequest) -> None:
        if self._warned:
            return
        self._warned = True
        families = ", ".join(name for name, _ in request.families)
        warnings.warn(
            f"no font available for font-family: {families}; text is measured with "
            "approximate metrics (advance 0.5em, ascent 0.8em, descent 0.2em). "
            "Install fonts (and fontTools: pip install 'colosseum[fonts]') for real ones.",
            ColosseumFontWarning,
            stacklevel=6,  # the caller of metrics() or advance()
        )


_SMALL_CAPS_VARIANTS = frozenset(
    {"small-caps", "all-small-caps", "petite-caps", "all-petite-caps", "unicase"}
)


def _is_small_cap(char: str, variant: str) -> bool:
    if variant in ("small-caps", "petite-caps"):
        return char.islower() and char.upper() != char
    if variant == "unicase":
        return char.isupper()
    return char.isupper() or (char.islower() and char.upper() != char)


def _space_fallback(face: Face, code_point: int) -> float | None:
    space = face.glyph_advance(0x20)
    if space is None:
        return None
    kind = _SPACE_FALLBACK[code_point]
    if kind == "space":
        return space
    if kind == "narrow":
        return space / 2
    if kind == "figure":
        for digit in range(0x30, 0x3A):
            advance = face.glyph_advance(digit)
            if advance is not None:
                return advance
        return space
    if kind == "punctuation":
        for mark in (0x2E, 0x2C):
            advance = face.glyph_advance(mark)
            if advance is not None:
                return advance
        return space
    return kind


class AhemMeasurer(FontMeasurer):
    """The built-in Ahem and nothing else, no font file needed: for the
    family ``Ahem`` (any case) when it is the first family of the list that
    is available, every glyph advances 1em (but for the few spaces of
    :data:`~colosseum.text.ahem.AHEM_ADVANCES`; in fixed point, see
    :class:`FontMeasurer`), ascent 0.8em, descent 0.2em, x-height 0.8em, no
    line gap.

    Ahem's coverage is the real font's (:mod:`colosseum.text.ahem`): a
    character it lacks (the apostrophe, for one) takes the next family of
    the list that has it; this measurer knows no other family, so such a
    character gets Ahem's ``.notdef`` (1em), as in a browser whose other
    fonts lack it. A style with no Ahem at all is measured with
    :data:`APPROXIMATE_METRICS` and a :class:`ColosseumFontWarning`.
    """

    def __init__(self, **options):
        super().__init__([BuiltinFonts()], **options)


def fonttools_available() -> bool:
    """Whether fontTools (the optional ``fonts`` extra) can be imported."""
    try:
        import fontTools.ttLib  # noqa: F401
    except ImportError:
        return False
    return True


_SHARED = {}


def default_measurer(font_faces: Iterable = (), url_fetcher=None, **options) -> FontMeasurer:
    """The measurer layout uses when the host brings none.

    With fontTools installed: a ``FontToolsMeasurer`` with the built-in
    Ahem for the family ``Ahem`` (the same tables as the file, without
    reading it; it takes precedence over ``@font-face`` rules named Ahem),
    the ``font_faces`` (``@font-face`` rules, ``doc.font_faces``) loaded
    through ``url_fetcher(url) -> bytes`` (default: ``file:`` and ``data:``
    URLs), and the system's fonts. Without fontTools: an
    :class:`AhemMeasurer` (other families get approximate metrics and a
    warning; ``font_faces`` are ignored, with a warning).

    Without arguments the same measurer is returned every time, so its
    caches serve every layout.
    """
    font_faces = tuple(font_faces)
    shared = not font_faces and url_fetcher is None and not options
    if shared and "measurer" in _SHARED and _SHARED["fonttools"] == fonttools_available():
        return _SHARED["measurer"]
    if fonttools_available():
        from .fonts import FontToolsMeasurer

        measurer = FontToolsMeasurer(font_faces, url_fetcher, builtin_ahem=True, **options)
    else:
        if font_faces:
            warnings.warn(
                "@font-face rules ignored: reading font files needs fontTools "
                "(pip install 'colosseum[fonts]')",
                ColosseumFontWarning,
                stacklevel=2,
            )
        measurer = AhemMeasurer(**options)
    if shared:
        _SHARED.update(measurer=measurer, fonttools=fonttools_available())
    return measurer
