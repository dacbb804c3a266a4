"""Font matching: from the font properties of a style to the faces that
render it, as css-fonts-4 §5.2 "Matching font styles" describes.

This module is pure logic over :class:`FaceTraits` (no font files): it turns
a computed style into a hashable :class:`FontRequest`, parses ``@font-face``
descriptors into traits, and narrows a family's faces by font-stretch, then
font-style, then font-weight (§5.2 step 4). The generic families are mapped to
installed families through :data:`GENERIC_FAMILY_PREFERENCES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import tinycss2

from ..style.values import GENERIC_FAMILIES, Percentage, String

#: css-fonts-4 §2.3 ``font-stretch`` keywords as percentages.
STRETCH_KEYWORDS = {
    "ultra-condensed": 50.0,
    "extra-condensed": 62.5,
    "condensed": 75.0,
    "semi-condensed": 87.5,
    "normal": 100.0,
    "semi-expanded": 112.5,
    "expanded": 125.0,
    "extra-expanded": 150.0,
    "ultra-expanded": 200.0,
}
#: OpenType OS/2 ``usWidthClass`` 1-9 as font-stretch percentages.
WIDTH_CLASSES = {
    1: 50.0, 2: 62.5, 3: 75.0, 4: 87.5, 5: 100.0, 6: 112.5, 7: 125.0, 8: 150.0, 9: 200.0,
}  # fmt: skip
#: css-fonts-4 §2.4: ``oblique`` without an angle means 14deg.
DEFAULT_OBLIQUE_ANGLE = 14.0
#: The angle from which an italic request searches oblique faces (§5.2 treats
#: italic as preferring obliques of the usual 14deg slant).
ITALIC_SEARCH_ANGLE = 14.0
WEIGHT_KEYWORDS = {"normal": 400.0, "bold": 700.0}

#: Installed families tried, in order, for each generic family (css-fonts-4
#: §2.1.1). The first family that exists is used. The lists follow what
#: Chromium on Linux resolves them to: its default fonts are "Times New
#: Roman", "Arial" and "Monospace", which fontconfig maps to the
#: metric-compatible Liberation fonts (or DejaVu Sans Mono), and so on down to
#: the fonts most Linux systems have. ``ui-serif``, ``ui-sans-serif``,
#: ``ui-monospace`` and ``ui-rounded`` match nothing, as in Chromium (the spec
#: allows a UA to have no such font).
GENERIC_FAMILY_PREFERENCES: dict[str, tuple[str, ...]] = {
    "serif": (
        "Times New Roman", "Liberation Serif", "Tinos", "Times", "Nimbus Roman",
        "Nimbus Roman No9 L", "DejaVu Serif", "Noto Serif", "FreeSerif", "Georgia",
    ),
    "sans-serif": (
        "Arial", "Liberation Sans", "Arimo", "Helvetica", "Nimbus Sans", "Nimbus Sans L",
        "DejaVu Sans", "Noto Sans", "FreeSans", "Verdana",
    ),
    "monospace": (
        "DejaVu Sans Mono", "Liberation Mono", "Cousine", "Courier New", "Noto Sans Mono",
        "Nimbus Mono PS", "FreeMono", "Courier",
    ),
    "cursive": (
        "Comic Sans MS", "Comic Neue", "URW Chancery L", "Z003", "DejaVu Sans",
        "Liberation Sans", "Noto Sans",
    ),
    "fantasy": ("Impact", "Papyrus", "DejaVu Sans", "Liberation Sans", "Noto Sans"),
    "system-ui": (
        "Cantarell", "Ubuntu", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial",
    ),
    "math": (
        "DejaVu Math TeX Gyre", "STIX Two Math", "Latin Modern Math", "Cambria Math",
        "Noto Sans Math", "DejaVu Serif", "Liberation Serif",
    ),
    "ui-serif": (),
    "ui-sans-serif": (),
    "ui-monospace": (),
    "ui-rounded": (),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FontRequest:
    """The font properties of a style that choose its fonts (everything but
    the size): a hashable key for caches.

    ``families`` holds ``(name, generic)`` pairs, names lowercased; ``style``
    is ``"normal"``, ``"italic"`` or ``"oblique"`` with ``angle`` in degrees
    for oblique; ``stretch`` is a percentage; ``variant`` the
    ``font-variant`` (caps) keyword.
    """

    families: tuple[tuple[str, bool], ...] = (("serif", True),)
    weight: float = 400.0
    style: str = "normal"
    angle: float = 0.0
    stretch: float = 100.0
    variant: str = "normal"


@dataclass(frozen=True, slots=True)
class FaceTraits:
    """What font matching knows of a face: ranges (``(low, high)``, equal for
    a static face) of weight, stretch (percent) and, for ``style ==
    "oblique"``, slant angle (degrees)."""

    weight: tuple[float, float] = (400.0, 400.0)
    stretch: tuple[float, float] = (100.0, 100.0)
    style: str = "normal"  # "normal", "italic" or "oblique"
    angle: tuple[float, float] = (0.0, 0.0)


# -- from computed styles -------------------------------------------------------------


def parse_family_list(value) -> tuple[tuple[str, bool], ...]:
    """``(name, generic)`` pairs, lowercased, from a computed ``font-family``
    (a FontFamilyList whose plain strings that are generic keywords are
    generic families and whose :class:`String` items are quoted names), or
    from CSS text such as ``'Ahem, "DejaVu Sans", serif'``."""
    if value is None:
        return (("serif", True),)
    if isinstance(value, str):
        items = []
        for part in _split_family_text(value):
            quoted = len(part) >= 2 and part[0] == part[-1] and part[0] in "'\""
            name = part[1:-1] if quoted else " ".join(part.split())
            if name:
                items.append(String(name) if quoted else name)
        value = items
    result = []
    for item in value:
        if isinstance(item, String):
            result.append((item.value.lower(), False))
        elif type(item) is tuple:  # already parsed
            result.append(item)
        else:
            lowered = str(item).lower()
            result.append((lowered, lowered in GENERIC_FAMILIES))
    return tuple(result) or (("serif", True),)


def _split_family_text(text: str) -> list[str]:
    parts, current, quote = [], [], None
    for char in text:
        if quote:
            current.append(char)
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
            current.append(char)
        elif char == ",":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def parse_weight(value) -> float:
    """A computed ``font-weight`` (a Number) or a keyword / number."""
    if value is None:
        return 400.0
    if isinstance(value, str):
        value = value.strip().lower()
        if value in WEIGHT_KEYWORDS:
            return WEIGHT_KEYWORDS[value]
        if value == "bolder":
            return 700.0
        if value == "lighter":
            return 100.0
        return float(value)
    return float(value)


def parse_style(value) -> tuple[str, float]:
    """A computed ``font-style`` as ``(style, angle)``: ``("normal", 0)``,
    ``("italic", 0)`` or ``("oblique", degrees)``."""
    if value is None:
        return "normal", 0.0
    if isinstance(value, str):
        words = value.split()
        if not words:
            return "normal", 0.0
        if words[0] == "oblique":
            return "oblique", _angle(words[1]) if len(words) > 1 else DEFAULT_OBLIQUE_ANGLE
        return (words[0], 0.0) if words[0] in ("normal", "italic") else ("normal", 0.0)
    items = tuple(value)  # SpaceList(("oblique", Angle))
    if items and items[0] == "oblique":
        angle = items[1] if len(items) > 1 else None
        if angle is None:
            return "oblique", DEFAULT_OBLIQUE_ANGLE
        return "oblique", angle.to_degrees() if hasattr(angle, "to_degrees") else _angle(angle)
    return "normal", 0.0


def _angle(value) -> float:
    text = str(value).strip().lower()
    factors = (("deg", 1.0), ("grad", 0.9), ("rad", 57.29577951308232), ("turn", 360.0))
    for unit, factor in factors:
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def parse_stretch(value) -> float:
    """A computed ``font-stretch`` (keyword or Percentage) as a percentage."""
    if value is None:
        return 100.0
    if isinstance(value, Percentage):
        return float(value.value)
    if isinstance(value, str):
        value = value.strip().lower()
        if value in STRETCH_KEYWORDS:
            return STRETCH_KEYWORDS[value]
        return float(value.rstrip("%"))
    return float(value)


def font_request(style: Mapping) -> FontRequest:
    """The :class:`FontRequest` of a computed style (or any mapping from CSS
    property names to values; missing ones take their initial values)."""
    get = style.get
    font_style, angle = parse_style(get("font-style"))
    return FontRequest(
        parse_family_list(get("font-family")),
        parse_weight(get("font-weight")),
        font_style,
        angle,
        parse_stretch(get("font-stretch")),
        str(get("font-variant") or "normal"),
    )


def font_size(style: Mapping) -> float:
    """The computed ``font-size`` in px (a Length, or a number)."""
    size = style.get("font-size")
    if size is None:
        return 16.0
    if isinstance(size, str):
        text = size.strip().lower()
        return float(text[:-2] if text.endswith("px") else text)
    value = getattr(size, "value", size)
    unit = getattr(size, "unit", "px")
    if unit != "px":
        raise ValueError(f"font-size must be computed to px, got {size}")
    return float(value)


# -- from @font-face descriptors --------------------------------------------------------


def descriptor_values(text: str | None) -> list:
    """The values of a descriptor's CSS text (as the stylesheet parser
    serializes it: ``100/**/900``, ``75%125%``): lowercased keywords (str)
    and numbers (float), percentages as ``(number, "%")`` and dimensions as
    ``(number, unit)``."""
    if not text:
        return []
    values = []
    for token in tinycss2.parse_component_value_list(text, skip_comments=True):
        if token.type == "ident":
            values.append(token.lower_value)
        elif token.type == "number":
            values.append(float(token.value))
        elif token.type == "percentage":
            values.append((float(token.value), "%"))
        elif token.type == "dimension":
            values.append((float(token.value), token.lower_unit))
        elif token.type != "whitespace":
            values.append(None)  # something a descriptor of ours never holds
    return values


_ANGLE_UNITS = {"deg": 1.0, "grad": 0.9, "rad": 57.29577951308232, "turn": 360.0}


def face_traits(descriptors: Mapping[str, str]) -> FaceTraits:
    """css-fonts-4 §4.5 the ``font-weight``, ``font-stretch`` and
    ``font-style`` descriptors of an ``@font-face`` rule (serialized CSS
    text), as traits. Missing, ``auto`` or invalid descriptors take their
    ``normal`` values (a variable font's own ranges are not consulted)."""
    weights = []
    for value in descriptor_values(descriptors.get("font-weight"))[:2]:
        if isinstance(value, float) and 1.0 <= value <= 1000.0:
            weights.append(value)
        elif value in WEIGHT_KEYWORDS:
            weights.append(WEIGHT_KEYWORDS[value])
        else:
            weights = []
            break
    stretches = []
    for value in descriptor_values(descriptors.get("font-stretch"))[:2]:
        if isinstance(value, tuple) and value[1] == "%" and value[0] >= 0:
            stretches.append(value[0])
        elif value in STRETCH_KEYWORDS:
            stretches.append(STRETCH_KEYWORDS[value])
        else:
            stretches = []
            break
    style, angle = "normal", (0.0, 0.0)
    values = descriptor_values(descriptors.get("font-style"))
    if values and values[0] == "italic":
        style = "italic"
    elif values and values[0] == "oblique":
        style = "oblique"
        angles = [
            value[0] * _ANGLE_UNITS[value[1]]
            for value in values[1:3]
            if isinstance(value, tuple) and value[1] in _ANGLE_UNITS
        ]
        angles = angles or [DEFAULT_OBLIQUE_ANGLE]
        angle = (min(angles), max(angles))
    weight = (min(weights), max(weights)) if weights else (400.0, 400.0)
    stretch = (min(stretches), max(stretches)) if stretches else (100.0, 100.0)
    return FaceTraits(weight, stretch, style, angle)


def descriptor_percentage(text: str | None) -> float | None:
    """A ``<percentage>`` descriptor (size-adjust, ascent-override ...) as a
    fraction; None when missing, ``normal`` or invalid."""
    values = descriptor_values(text)
    if len(values) == 1 and isinstance(values[0], tuple) and values[0][1] == "%":
        return max(values[0][0], 0.0) / 100.0
    return None


_UNICODE_RANGE = re.compile(r"u\+([0-9a-f?]{1,6})(?:\s*-\s*([0-9a-f]{1,6}))?", re.IGNORECASE)


def parse_unicode_range(text: str | None) -> tuple[tuple[int, int], ...] | None:
    """css-fonts-4 §4.5 ``unicode-range``: ``U+26``, ``U+0-7F``, ``U+4??``,
    comma-separated. None for a missing descriptor (every code point)."""
    if not text:
        return None
    ranges = []
    for part in text.split(","):
        found = _UNICODE_RANGE.search(part)
        if not found:
            continue
        start, end = found.groups()
        if "?" in start:
            low, high = int(start.replace("?", "0"), 16), int(start.replace("?", "F"), 16)
        else:
            low = int(start, 16)
            high = int(end, 16) if end else low
        if low <= high:
            ranges.append((low, min(high, 0x10FFFF)))
    return tuple(ranges)


# -- css-fonts-4 §5.2 step 4 -------------------------------------------------------------


def stretch_rank(desired: float, low: float, high: float) -> tuple[int, float]:
    """The search order of font-stretch: a face whose range holds the
    desired width first; then, for a desired width of 100% or less, narrower
    faces from the closest down, then wider ones from the closest up; for a
    wider desired width, wider faces first, then narrower ones."""
    if low <= desired <= high:
        return 0, 0.0
    below, above = (1, 2) if desired <= 100.0 else (2, 1)
    if high < desired:
        return below, desired - high
    return above, low - desired


def weight_rank(desired: float, low: float, high: float) -> tuple[int, float]:
    """The search order of font-weight: a face whose range holds the desired
    weight first. Between 400 and 500 inclusive: heavier weights up to 500 in
    ascending order, then lighter weights in descending order, then weights
    above 500 ascending. Below 400: lighter weights descending, then heavier
    ascending. Above 500: heavier weights ascending, then lighter descending."""
    if low <= desired <= high:
        return 0, 0.0
    if 400.0 <= desired <= 500.0:
        if low > desired:
            return (1, low - desired) if low <= 500.0 else (3, low - desired)
        return 2, desired - high
    if desired < 400.0:
        return (1, desired - high) if high < desired else (2, low - desired)
    return (1, low - desired) if low > desired else (2, desired - high)


def _oblique_rank(desired: float, low: float, high: float) -> tuple[int, float]:
    # Oblique faces for a desired angle: a range holding it; then angles
    # further from zero on the same side (closest first); then angles on the
    # same side nearer zero (closest first); tier 3 is italic (see
    # style_rank); then angles on the other side, nearest zero first.
    if low <= desired <= high:
        return 0, 0.0
    if desired >= 0.0:
        if low > desired:
            return 1, low - desired
        if high > 0.0:
            return 2, desired - high
        return 4, -high
    if high < desired:
        return 1, desired - high
    if low < 0.0:
        return 2, low - desired
    return 4, low


def style_rank(style: str, angle: float, traits: FaceTraits) -> tuple[int, float]:
    """The search order of font-style. ``italic``: italic faces, then
    oblique faces (as for ``oblique 14deg``), then normal faces. ``oblique
    <angle>``: oblique faces with an angle of the same sign, further from
    zero first then nearer, then italic faces, then obliques of the other
    sign, then normal faces. ``normal``: normal faces, then oblique faces
    from 0deg outward (positive first), then italic faces.

    Simplified from the spec: the 11deg / 7deg thresholds between "slightly"
    and "really" oblique requests are not modelled."""
    face_style = traits.style
    if style == "italic":
        if face_style == "italic":
            return 0, 0.0
        if face_style == "oblique":
            tier, distance = _oblique_rank(ITALIC_SEARCH_ANGLE, *traits.angle)
            return 1 + tier, distance
        return 9, 0.0
    if style == "oblique":
        if face_style == "oblique":
            return _oblique_rank(angle, *traits.angle)
        if face_style == "italic":
            return 3, 0.0
        return 9, 0.0
    if face_style == "normal":
        return 0, 0.0
    if face_style == "oblique":
        tier, distance = _oblique_rank(0.0, *traits.angle)
        return 1 + tier, distance
    return 9, 0.0


T = TypeVar("T")


def match_faces(
    faces: Sequence[T], request: FontRequest, traits: Callable[[T], FaceTraits] | None = None
) -> list[T]:
    """css-fonts-4 §5.2 step 4: the faces of one family narrowed by
    font-stretch, then font-style, then font-weight; each step keeps only
    the faces closest to the request in its search order. More than one face
    remains when faces share those traits (``@font-face`` rules that differ
    in ``unicode-range``, which together make one composite face), in the
    order given. ``traits(face)`` defaults to ``face.traits``."""
    if traits is None:
        traits = _traits_attribute
    candidates = list(faces)
    if len(candidates) <= 1:
        return candidates
    steps = (
        lambda t: stretch_rank(request.stretch, *t.stretch),
        lambda t: style_rank(request.style, request.angle, t),
        lambda t: weight_rank(request.weight, *t.weight),
    )
    for rank in steps:
        ranked = [(rank(traits(face)), face) for face in candidates]
        best = min(key for key, _ in ranked)
        candidates = [face for key, face in ranked if key == best]
        if len(candidates) == 1:
            break
    return candidates


def _traits_attribute(face) -> FaceTraits:
    return face.traits
