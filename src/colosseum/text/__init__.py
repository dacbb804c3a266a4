"""Text: the measurement protocol layout calls and the built-in measurers
(:mod:`.metrics`), font matching (:mod:`.matching`), the built-in Ahem
(:mod:`.ahem`), real fonts through fontTools (:mod:`.fonts`, optional extra
``fonts``), and white-space processing (:mod:`.whitespace`).

Layout measures text through a :class:`TextMeasurer`; when the host passes
none, :func:`default_measurer` picks the built-in Ahem for the family
``Ahem`` and fontTools for the rest when it is installed.
"""

from .fonts import FontToolsMeasurer, OpenTypeFace, SystemFonts, WebFonts
from .matching import FaceTraits, FontRequest, font_request, match_faces
from .metrics import (
    APPROXIMATE_METRICS,
    AhemFace,
    AhemMeasurer,
    ApproximateFace,
    BuiltinFonts,
    ColosseumFontWarning,
    Face,
    FontCollection,
    FontMeasurer,
    FontMetrics,
    TextMeasurer,
    TextRun,
    default_measurer,
    fonttools_available,
)

__all__ = [
    "APPROXIMATE_METRICS",
    "AhemFace",
    "AhemMeasurer",
    "ApproximateFace",
    "BuiltinFonts",
    "ColosseumFontWarning",
    "Face",
    "FaceTraits",
    "FontCollection",
    "FontMeasurer",
    "FontMetrics",
    "FontRequest",
    "FontToolsMeasurer",
    "OpenTypeFace",
    "SystemFonts",
    "TextMeasurer",
    "TextRun",
    "WebFonts",
    "default_measurer",
    "font_request",
    "fonttools_available",
    "match_faces",
]
