"""Real fonts, read with fontTools: TrueType and OpenType (CFF) files and
collections, WOFF, and WOFF2 (with brotli), from ``@font-face`` rules and
from the system's font folders.

fontTools and brotli are the optional ``fonts`` extra
(``pip install 'colosseum[fonts]'``): this module imports without them, and
:class:`FontToolsMeasurer` raises ImportError when they are missing.

Metrics are those Chromium on Linux uses (Skia on FreeType,
``SkScalerContext_FreeType::generateFontMetrics``):

- ascent, descent and line gap from the OS/2 table's typo metrics when its
  ``USE_TYPO_METRICS`` flag (fsSelection bit 7) is set; otherwise what
  FreeType reports: the ``hhea`` ascender, descender and line gap, or when
  those are both zero the OS/2 typo metrics, or when those are zero too the
  OS/2 win ascent and descent without a line gap. A negative line gap counts
  as 0;
- x-height from OS/2 ``sxHeight`` (version 2 and later), else the top of the
  ``x`` glyph, else 0.56 of the ascent (Blink's last resort); cap height
  from ``sCapHeight``, else the top of ``H``; ``ch`` from the ``0`` glyph;
- advances from ``hmtx`` scaled by the size over ``unitsPerEm``.

Chromium then rounds ascent and descent to whole pixels:
:meth:`FontMetrics.rounded() <colosseum.text.metrics.FontMetrics.rounded>`.
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence

from .matching import (
    DEFAULT_OBLIQUE_ANGLE,
    GENERIC_FAMILY_PREFERENCES,
    WIDTH_CLASSES,
    FaceTraits,
    descriptor_percentage,
    face_traits,
    parse_unicode_range,
)
from .metrics import (
    BuiltinFonts,
    ColosseumFontWarning,
    Face,
    FontMeasurer,
    FontMetrics,
    rasterizer_advance,
)

__all__ = [
    "SYSTEM_FONT_DIRECTORIES",
    "FontToolsMeasurer",
    "OpenTypeFace",
    "SystemFonts",
    "WebFonts",
    "read_font",
]

#: Where the system's fonts are looked for (the fontconfig defaults on Linux
#: and other Unixes, then macOS and Windows folders when they exist).
SYSTEM_FONT_DIRECTORIES = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
    "C:\\Windows\\Fonts",
)
FONT_EXTENSIONS = (".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2")
#: ``format()`` hints of ``@font-face`` sources this module reads; a source
#: with another format is skipped without being fetched (css-fonts-4 §4.3).
SUPPORTED_FORMATS = frozenset(
    {
        "truetype", "opentype", "woff", "woff2", "collection",
        "truetype-variations", "opentype-variations", "woff-variations", "woff2-variations",
    }
)  # fmt: skip


def _require_fonttools():
    try:
        from fontTools.ttLib import TTFont
    except ImportError as error:
        raise ImportError(
            "reading font files needs fontTools (and brotli for WOFF2): "
            "pip install 'colosseum[fonts]'"
        ) from error
    return TTFont


def read_font(data: bytes, font_number: int = 0):
    """A fontTools ``TTFont`` from the bytes of a TTF, OTF, TTC/OTC, WOFF or
    WOFF2 file, read lazily (tables are parsed on first use)."""
    TTFont = _require_fonttools()
    if data[:4] == b"ttcf":
        return TTFont(io.BytesIO(data), fontNumber=font_number, lazy=True)
    return TTFont(io.BytesIO(data), lazy=True)


# -- a face from a font file ---------------------------------------------------------------


class OpenTypeFace(Face):
    """A face of a font file, read on first use.

    ``loader`` returns the file's bytes, or ``(bytes, font_number)`` for a
    face of a collection (called once, by :meth:`load`);
    ``overrides`` holds the ``@font-face`` ``ascent-override``,
    ``descent-override`` and ``line-gap-override`` as fractions of the em,
    and ``size_adjust`` scales advances and metrics, overrides included
    (the css-fonts-5 descriptors of those names, which Chromium supports).
    """

    def __init__(
        self,
        family: str,
        traits: FaceTraits,
        loader: Callable[[], bytes],
        *,
        name: str = "",
        font_number: int = 0,
        unicode_range=None,
        size_adjust: float = 1.0,
        overrides: Mapping[str, float] | None = None,
        description: str = "",
    ):
        self.family = family
        self.traits = traits
        self.name = name or family
        self.unicode_range = unicode_range
        self.size_adjust = size_adjust
        self.overrides = dict(overrides or {})
        self.description = description or self.name
        self._loader = loader
        self._font_number = font_number
        self._loaded = None
        self._font = None
        self._cmap = {}
        self._hmtx = {}
        self._upem = 1000.0
        self._units_per_em = 1000
        self._symbol = False
        self._metrics = None
        self._notdef = 0.5
        self._notdef_name = None
        self._small_caps = {}

    # -- loading --------------------------------------------------------------------------

    def load(self) -> bool:
        if self._loaded is None:
            try:
                data = self._loader()
                if isinstance(data, tuple):
                    data, self._font_number = data
                self._read(data)
            except Exception as error:  # a bad or missing file: the face is unusable
                self._loaded = False
                warnings.warn(
                    f"font {self.description} not loaded: {error}",
                    ColosseumFontWarning,
                    stacklevel=2,
                )
            else:
                self._loaded = True
        return self._loaded

    def _read(self, data: bytes) -> None:
        font = read_font(data, self._font_number)
        upem = font["head"].unitsPerEm or 1000
        self._units_per_em = upem
        self._upem = upem / self.size_adjust  # divide: 700 / 1000 is exactly 0.7's double
        cmap = font.getBestCmap()
        if cmap is None and "cmap" in font:
            # A symbol font (3, 0): browsers map U+0020-U+00FF to U+F020-U+F0FF.
            symbol = font["cmap"].getcmap(3, 0)
            cmap = dict(symbol.cmap) if symbol else {}
            self._symbol = bool(symbol)
        self._cmap = cmap or {}
        self._hmtx = font["hmtx"].metrics
        order = font.getGlyphOrder()
        self._notdef_name = order[0] if order else None
        self._notdef = self._hmtx[order[0]][0] / self._upem if order else 0.5
        self._font = font
        self._metrics = self._read_metrics(font, upem)

    def _read_metrics(self, font, upem: float) -> FontMetrics:
        os2 = font["OS/2"] if "OS/2" in font else None
        hhea = font["hhea"]
        if os2 is not None and os2.version != 0xFFFF and os2.fsSelection & (1 << 7):
            ascent, descent, gap = os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap
        else:
            # FreeType's face->ascender, ->descender and ->height.
            ascent, descent, gap = hhea.ascent, hhea.descent, hhea.lineGap
            if not (ascent or descent) and os2 is not None:
                if os2.sTypoAscender or os2.sTypoDescender:
                    ascent, descent = os2.sTypoAscender, os2.sTypoDescender
                    gap = os2.sTypoLineGap
                else:
                    ascent, descent, gap = os2.usWinAscent, -os2.usWinDescent, 0
        x_height = cap_height = None
        if os2 is not None and os2.version >= 2:
            x_height = os2.sxHeight or None
            cap_height = os2.sCapHeight or None
        if x_height is None:
            x_height = self._glyph_top(font, "x")
        if cap_height is None:
            cap_height = self._glyph_top(font, "H")
        upem = self._upem  # with size-adjust
        ch = self.glyph_advance(0x30)
        metrics = FontMetrics(
            ascent / upem,
            -descent / upem,
            max(gap, 0) / upem,
            x_height / upem if x_height is not None else 0.56 * ascent / upem,
            cap_height / upem if cap_height is not None else None,
            ch,
            1.0,
        )
        overrides = {key: value * self.size_adjust for key, value in self.overrides.items()}
        if overrides:
            metrics = FontMetrics(
                overrides.get("ascent", metrics.ascent),
                overrides.get("descent", metrics.descent),
                overrides.get("line_gap", metrics.line_gap),
                metrics.x_height,
                metrics.cap_height,
                metrics.ch_width,
                1.0,
            )
        return metrics

    def _glyph_top(self, font, char: str) -> float | None:
        glyph = self._cmap.get(ord(char))
        if glyph is None:
            return None
        try:
            from fontTools.pens.boundsPen import BoundsPen

            glyphs = font.getGlyphSet()
            pen = BoundsPen(glyphs)
            glyphs[glyph].draw(pen)
        except Exception:  # a broken outline: no bounds
            return None
        return pen.bounds[3] if pen.bounds else None

    # -- Face ------------------------------------------------------------------------------

    def glyph_advance(self, code_point: int) -> float | None:
        glyph = self._cmap.get(code_point)
        if glyph is None and self._symbol and code_point < 0x100:
            glyph = self._cmap.get(0xF000 + code_point)
        if glyph is None:
            return None
        metric = self._hmtx.get(glyph)
        if metric is None or glyph == self._notdef_name:
            return None
        return metric[0] / self._upem

    def notdef_advance(self) -> float:
        return self._notdef

    def fixed_advance(self, em: float, size: float) -> int:
        return rasterizer_advance(em, size, self._units_per_em, self.size_adjust)

    def em_metrics(self) -> FontMetrics:
        if self._metrics is None and not self.load():
            from .metrics import APPROXIMATE_METRICS

            return APPROXIMATE_METRICS
        return self._metrics

    def small_caps_advance(self, code_point: int, feature: str) -> float | None:
        mapping = self._small_caps.get(feature)
        if mapping is None:
            mapping = self._small_caps[feature] = _single_substitutions(self._font, feature)
        if not mapping:
            return None  # no such feature: the measurer synthesizes small capitals
        glyph = self._cmap.get(code_point)
        if glyph is None:
            return None
        metric = self._hmtx.get(mapping.get(glyph, glyph))
        return None if metric is None else metric[0] / self._upem

    @property
    def font(self):
        """The fontTools ``TTFont`` (None before :meth:`load`)."""
        return self._font


def _single_substitutions(font, feature: str) -> dict:
    """The glyph-to-glyph substitutions of a GSUB feature's single
    substitution lookups (type 1, or 7 wrapping 1), first lookup first;
    empty when the font lacks the feature."""
    if font is None or "GSUB" not in font:
        return {}
    try:
        table = font["GSUB"].table
        if not table.FeatureList or not table.LookupList:
            return {}
        indices = []
        for record in table.FeatureList.FeatureRecord:
            if record.FeatureTag == feature:
                indices.extend(record.Feature.LookupListIndex)
        mapping = {}
        for index in sorted(set(indices)):
            lookup = table.LookupList.Lookup[index]
            for subtable in lookup.SubTable:
                if lookup.LookupType == 7:
                    subtable = subtable.ExtSubTable
                for source, target in (getattr(subtable, "mapping", None) or {}).items():
                    if isinstance(target, str):
                        mapping.setdefault(source, target)
        if indices and not mapping:
            mapping = {None: None}  # the feature exists but substitutes nothing we read
        return mapping
    except Exception:  # an unreadable GSUB: as if there were none
        return {}


# -- system fonts ------------------------------------------------------------------------------


def _file_loader(path: str) -> Callable[[], bytes]:
    def load() -> bytes:
        with open(path, "rb") as file:
            return file.read()

    return load


def _names(name_table, ids: Iterable[int]) -> list[str]:
    result = []
    for record in name_table.names:
        if record.nameID in ids:
            try:
                text = record.toUnicode().strip()
            except (UnicodeDecodeError, ValueError):
                continue
            if text and text not in result:
                result.append(text)
    return result


def _traits_of(font) -> FaceTraits:
    """A face's matching traits from its OS/2, post, head, name and fvar
    tables: weight from usWeightClass, stretch from usWidthClass, italic or
    oblique from fsSelection (bit 0 italic, bit 9 oblique, with the post
    table's italic angle), or the style name, or head.macStyle; variable
    fonts' wght and wdth axes give ranges."""
    os2 = font["OS/2"] if "OS/2" in font else None
    weight = 400.0
    stretch = 100.0
    style = "normal"
    if os2 is not None:
        weight = float(os2.usWeightClass)
        if 1 <= weight <= 9:
            weight *= 100  # an old scale
        if not 1 <= weight <= 1000:
            weight = 400.0
        stretch = WIDTH_CLASSES.get(os2.usWidthClass, 100.0)
        if os2.version >= 4 and os2.fsSelection & (1 << 9):
            style = "oblique"
        elif os2.fsSelection & 1:
            style = "italic"
    elif "head" in font:
        mac_style = font["head"].macStyle
        weight = 700.0 if mac_style & 1 else 400.0
        style = "italic" if mac_style & 2 else "normal"
    subfamily = " ".join(_names(font["name"], (2, 17))).lower() if "name" in font else ""
    if style == "italic" and "oblique" in subfamily and "italic" not in subfamily:
        style = "oblique"
    elif style == "normal" and "oblique" in subfamily:
        style = "oblique"
    elif style == "normal" and "italic" in subfamily:
        style = "italic"
    angle = (0.0, 0.0)
    if style == "oblique":
        slant = -float(font["post"].italicAngle) if "post" in font else 0.0
        slant = slant or DEFAULT_OBLIQUE_ANGLE
        angle = (slant, slant)
    weights, stretches = (weight, weight), (stretch, stretch)
    if "fvar" in font:
        for axis in font["fvar"].axes:
            if axis.axisTag == "wght":
                weights = (float(axis.minValue), float(axis.maxValue))
            elif axis.axisTag == "wdth":
                stretches = (float(axis.minValue), float(axis.maxValue))
    return FaceTraits(weights, stretches, style, angle)


class SystemFonts:
    """The fonts of some folders, indexed on first use by reading only their
    ``name``, ``OS/2``, ``post``, ``head`` (and ``fvar``) tables; each face's
    glyphs are read when it is first matched. A :class:`FontCollection
    <colosseum.text.metrics.FontCollection>`.

    ``directories`` default to :data:`SYSTEM_FONT_DIRECTORIES`; ``files``
    are more font files to index. :meth:`shared` gives one index per
    configuration, shared by every measurer of the process.
    """

    _shared: dict = {}

    def __init__(self, directories: Iterable[str] | None = None, files: Iterable[str] = ()):
        if directories is None:
            directories = SYSTEM_FONT_DIRECTORIES
        self.directories = tuple(os.path.expanduser(path) for path in directories)
        self.files = tuple(os.fspath(path) for path in files)
        self._families = None  # lowercased family name -> [OpenTypeFace]
        self._local = {}  # lowercased full or PostScript name -> OpenTypeFace
        self._order = []  # family names in the order found
        self._fallback = None  # fallback_families(), once made

    @classmethod
    def shared(cls, directories=None, files=()) -> SystemFonts:
        key = (None if directories is None else tuple(directories), tuple(files))
        index = cls._shared.get(key)
        if index is None:
            index = cls._shared[key] = cls(directories, files)
        return index

    # -- FontCollection ----------------------------------------------------------------------

    def family_faces(self, family: str) -> Sequence[Face]:
        return self._index().get(family, ())

    def fallback_families(self) -> Sequence[str]:
        """Every indexed family: the sans-serif and serif preference lists'
        families first (the usual fontconfig fallbacks), then the others
        sorted by name."""
        if self._fallback is None:
            families = self._index()
            preferred = [
                name
                for generic in ("sans-serif", "serif", "monospace")
                for name in GENERIC_FAMILY_PREFERENCES[generic]
                if name.lower() in families
            ]
            rest = sorted(name for name in self._order if name not in preferred)
            self._fallback = [*dict.fromkeys(preferred), *rest]
        return self._fallback

    def local(self, name: str) -> OpenTypeFace | None:
        """The face whose full name or PostScript name is ``name`` (any
        case): what ``@font-face`` ``src: local(name)`` refers to."""
        self._index()
        return self._local.get(name.strip().lower())

    def families(self) -> list[str]:
        """The indexed family names."""
        self._index()
        return list(self._order)

    def rescan(self) -> None:
        """Forget the index (after fonts were installed or removed); the
        next look-up scans again. Measurers keep the faces they matched
        until their ``clear_caches()``."""
        self._families = None
        self._local = {}
        self._order = []
        self._fallback = None

    # -- indexing ---------------------------------------------------------------------------

    def _index(self) -> dict:
        if self._families is None:
            self._families = {}
            for path in self._font_files():
                self._add_file(path)
        return self._families

    def _font_files(self) -> list[str]:
        paths = []
        for directory in self.directories:
            if not os.path.isdir(directory):
                continue
            for root, dirs, names in os.walk(directory, followlinks=True):
                dirs.sort()
                paths.extend(
                    os.path.join(root, name)
                    for name in sorted(names)
                    if name.lower().endswith(FONT_EXTENSIONS)
                )
        paths.extend(self.files)
        return paths

    def _add_file(self, path: str) -> None:
        try:
            TTFont = _require_fonttools()
            from fontTools.ttLib import TTCollection

            with open(path, "rb") as file:
                header = file.read(4)
            if header == b"ttcf":
                collection = TTCollection(path, lazy=True)
                count = len(collection.fonts)
                collection.close()
            else:
                count = 1
            for number in range(count):
                font = TTFont(path, fontNumber=number, lazy=True)
                try:
                    self._add_font(path, number, font)
                finally:
                    font.close()
        except Exception as error:  # an unreadable file is skipped
            warnings.warn(f"font file {path} skipped: {error}", ColosseumFontWarning, stacklevel=2)

    def _add_font(self, path: str, number: int, font) -> None:
        if "name" not in font or "hmtx" not in font or "cmap" not in font:
            return
        names = font["name"]
        families = _names(names, (16, 21, 1))
        if not families:
            return
        full_names = _names(names, (4, 6))
        traits = _traits_of(font)
        face = OpenTypeFace(
            families[0],
            traits,
            _file_loader(path),
            name=full_names[0] if full_names else families[0],
            font_number=number,
            description=path if number == 0 else f"{path}#{number}",
        )
        for family in families:
            key = family.lower()
            if key not in self._families:
                self._families[key] = []
                self._order.append(family)
            self._families[key].append(face)
        for full_name in full_names:
            self._local.setdefault(full_name.lower(), face)


# -- @font-face ---------------------------------------------------------------------------------


class WebFonts:
    """The faces of ``@font-face`` rules (``doc.font_faces``: objects with
    ``family``, ``sources`` as ``(kind, value, format)`` triples with kind
    ``"url"`` or ``"local"``, ``descriptors`` as CSS text and ``base_url``).
    A :class:`FontCollection <colosseum.text.metrics.FontCollection>`.

    A face is loaded when font matching first selects it: its sources in
    order, ``url()`` ones read with ``url_fetcher(url) -> bytes`` (``data:``
    URLs included) and skipped when their ``format()`` is not one this
    module reads, ``local()`` ones by full or PostScript name from
    ``system``; a face none of whose sources loads is dropped and matching
    starts again without it (falling back to the next family when none is
    left). Rules with the same descriptors and different ``unicode-range``
    make one composite face, the last rule checked first (css-fonts-4 §4.5).
    Descriptors read: font-weight, font-stretch, font-style (ranges
    included), unicode-range, size-adjust, ascent-override,
    descent-override, line-gap-override.
    """

    def __init__(
        self,
        font_faces: Iterable = (),
        url_fetcher: Callable[[str], bytes] | None = None,
        system: SystemFonts | None = None,
    ):
        self.url_fetcher = url_fetcher
        self.system = system
        self._families: dict[str, list[OpenTypeFace]] = {}
        for rule in font_faces:
            self.add(rule)

    def add(self, rule) -> OpenTypeFace | None:
        """Add the face of an ``@font-face`` rule (later rules take
        precedence over earlier ones with the same descriptors)."""
        family = (rule.family or "").strip()
        sources = list(rule.sources or ())
        if not family or not sources:
            return None
        descriptors = {name.lower(): value for name, value in (rule.descriptors or {}).items()}
        overrides = {}
        for descriptor, key in (
            ("ascent-override", "ascent"),
            ("descent-override", "descent"),
            ("line-gap-override", "line_gap"),
        ):
            value = descriptor_percentage(descriptors.get(descriptor))
            if value is not None:
                overrides[key] = value
        size_adjust = descriptor_percentage(descriptors.get("size-adjust"))
        face = OpenTypeFace(
            family,
            face_traits(descriptors),
            lambda: self._load_sources(family, sources),
            unicode_range=parse_unicode_range(descriptors.get("unicode-range")),
            size_adjust=1.0 if size_adjust is None else size_adjust,
            overrides=overrides,
            description=f"@font-face {family!r}",
        )
        self._families.setdefault(family.lower(), []).insert(0, face)
        return face

    def _load_sources(self, family: str, sources) -> bytes | tuple[bytes, int]:
        errors = []
        for kind, value, font_format in sources:
            try:
                if kind == "local":
                    face = self.system.local(value) if self.system is not None else None
                    if face is None:
                        raise LookupError(f"no installed font named {value!r}")
                    return _check_font(face._loader()), face._font_number
                if font_format and font_format.lower() not in SUPPORTED_FORMATS:
                    raise ValueError(f"unsupported format({font_format!r})")
                return _check_font(self._fetch(value))
            except Exception as error:  # try the next source
                errors.append(f"{kind}({_short(value)}): {error}")
        raise OSError("; ".join(errors) or "no sources")

    def _fetch(self, url: str) -> bytes:
        fetcher = self.url_fetcher
        if fetcher is None:
            from ..html.fetch import default_url_fetcher

            fetcher = default_url_fetcher
        return fetcher(url)

    # -- FontCollection ------------------------------------------------------------------------

    def family_faces(self, family: str) -> Sequence[Face]:
        return self._families.get(family, ())

    def fallback_families(self) -> Sequence[str]:
        return ()


def _check_font(data: bytes) -> bytes:
    if data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf", b"wOFF", b"wOF2"):
        raise ValueError("not a TrueType, OpenType, WOFF or WOFF2 font")
    return data


def _short(value: str) -> str:
    return value if len(value) <= 60 else value[:57] + "..."


# -- the measurer --------------------------------------------------------------------------------


class FontToolsMeasurer(FontMeasurer):
    """A :class:`~colosseum.text.metrics.FontMeasurer` over real fonts:
    the ``@font-face`` rules ``font_faces`` (loaded through ``url_fetcher``,
    default: ``file:`` and ``data:`` URLs), then the system's fonts
    (``system_fonts=True``: the folders ``font_dirs``, default
    :data:`SYSTEM_FONT_DIRECTORIES`, scanned on first need; plus
    ``font_files``). ``builtin_ahem`` puts the built-in Ahem first for the
    family ``Ahem``. Other keyword options are FontMeasurer's
    (``default_family``, ``generic_families``, ``text_cache_size``).
    """

    def __init__(
        self,
        font_faces: Iterable = (),
        url_fetcher: Callable[[str], bytes] | None = None,
        *,
        system_fonts: bool = True,
        font_dirs: Iterable[str] | None = None,
        font_files: Iterable[str] = (),
        builtin_ahem: bool = False,
        **options,
    ):
        _require_fonttools()
        font_files = tuple(font_files)
        directories = (None if font_dirs is None else tuple(font_dirs)) if system_fonts else ()
        self.system = (
            SystemFonts.shared(directories, font_files) if system_fonts or font_files else None
        )
        self.web_fonts = WebFonts(font_faces, url_fetcher, self.system)
        collections = [BuiltinFonts()] if builtin_ahem else []
        collections.append(self.web_fonts)
        if self.system is not None:
            collections.append(self.system)
        super().__init__(collections, **options)
