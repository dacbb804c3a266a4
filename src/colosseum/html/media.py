"""Media queries: parsing, evaluation and serialization.

The grammar is that of Media Queries Level 4 (mediaqueries-4 §3 Syntax), which
extends Level 3 (mediaqueries-3) with the range syntax ``(width >= 600px)``,
``or`` and nested conditions; evaluation uses the three-valued logic of
mediaqueries-4 §3.1, and errors are handled as §3.2 says:

- a media query that does not match the grammar becomes ``not all``, without
  affecting the other queries of its comma-separated list;
- an unknown media type never matches (but ``not unknown`` does);
- an unknown feature name or value is "unknown", which a query resolves to
  false.

Nothing here raises for bad input: :func:`parse_media_query_list` always
returns a :class:`MediaQueryList`, whose ``errors`` say what was dropped.

The features describe the output device through a :class:`MediaContext`: by
default a colour screen with a fine pointer that can hover, at 1 dppx, with the
viewport as its screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import tinycss2
import tinycss2.ast

__all__ = [
    "MediaCondition",
    "MediaContext",
    "MediaFeature",
    "MediaQuery",
    "MediaQueryList",
    "parse_media_query_list",
]


# ---------------------------------------------------------------------------
# The device


@dataclass(frozen=True)
class MediaContext:
    """What the media features of mediaqueries-4 (§4 to §7) and mediaqueries-5
    read: the output device and the user's preferences.

    ``width`` and ``height`` are the viewport in CSS px; ``resolution`` is in
    dppx (``math.inf`` for vector output, mediaqueries-4 §5.1). Fields left at
    ``None`` are derived from the others in ``__post_init__``: the device size
    is the viewport's, ``any-hover``/``any-pointer`` equal ``hover``/``pointer``,
    and ``update``/``overflow-block``/``overflow-inline`` follow the media type
    (a screen scrolls and updates fast; paper is paged and never updates).
    """

    width: float
    height: float
    type: str = "screen"
    resolution: float = 1.0
    color_bits: int = 8
    color_index: int = 0
    monochrome_bits: int = 0
    grid: bool = False
    device_width: float | None = None
    device_height: float | None = None
    #: The initial font-size, which ``em`` and ``rem`` refer to in media
    #: queries (mediaqueries-4 §1.3 Units).
    font_size: float = 16.0
    hover: str = "hover"
    any_hover: str | None = None
    pointer: str = "fine"
    any_pointer: str | None = None
    prefers_color_scheme: str = "light"
    prefers_reduced_motion: str = "no-preference"
    prefers_reduced_transparency: str = "no-preference"
    prefers_contrast: str = "no-preference"
    forced_colors: str = "none"
    inverted_colors: str = "none"
    display_mode: str = "browser"
    #: Colosseum runs no scripts.
    scripting: str = "none"
    #: The widest gamut the device covers; ``None`` for none of them.
    color_gamut: str | None = "srgb"
    dynamic_range: str = "standard"
    #: ``None``: the device does not scan (every ``scan`` query is false).
    scan: str | None = None
    update: str | None = None
    overflow_block: str | None = None
    overflow_inline: str | None = None

    def __post_init__(self) -> None:
        def derive(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        derive("type", str(self.type).lower())
        paged = self.type == "print"
        if self.device_width is None:
            derive("device_width", self.width)
        if self.device_height is None:
            derive("device_height", self.height)
        if self.any_hover is None:
            derive("any_hover", self.hover)
        if self.any_pointer is None:
            derive("any_pointer", self.pointer)
        if self.update is None:
            derive("update", "none" if paged else "fast")
        if self.overflow_block is None:
            derive("overflow_block", "paged" if paged else "scroll")
        if self.overflow_inline is None:
            derive("overflow_inline", "none" if paged else "scroll")


# ---------------------------------------------------------------------------
# Values as written (the <mf-value> production) and the typed values features
# accept


@dataclass(frozen=True)
class _Number:
    value: float
    is_integer: bool

    def __str__(self) -> str:
        return _format_number(self.value)


@dataclass(frozen=True)
class _Dimension:
    value: float
    unit: str

    def __str__(self) -> str:
        return _format_number(self.value) + self.unit


@dataclass(frozen=True)
class _Ratio:
    numerator: float
    denominator: float

    def __str__(self) -> str:
        return f"{_format_number(self.numerator)} / {_format_number(self.denominator)}"


@dataclass(frozen=True)
class _Keyword:
    name: str

    def __str__(self) -> str:
        return self.name


_Value = _Number | _Dimension | _Ratio | _Keyword


def _format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


#: css-values-4 §6 Distance Units, in CSS px. ``em`` and ``rem`` use the
#: context's initial font size; ``ex`` and ``ch`` take the 0.5em that
#: css-values-4 §6.1.1 prescribes when the font cannot be consulted, as it
#: cannot in a media query.
_ABSOLUTE_LENGTHS = {
    "px": 1.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
    "in": 96.0,
    "pt": 96 / 72,
    "pc": 16.0,
}
_FONT_LENGTHS = {"em": 1.0, "rem": 1.0, "ex": 0.5, "rex": 0.5, "ch": 0.5, "rch": 0.5}
_VIEWPORT_LENGTHS = {"vw", "vh", "vmin", "vmax"}

#: css-values-4 §7.4 Resolution Units, in dppx.
_RESOLUTIONS = {"dppx": 1.0, "x": 1.0, "dpi": 1 / 96, "dpcm": 2.54 / 96}


def _resolve_length(value: _Number | _Dimension, context: MediaContext) -> float:
    if isinstance(value, _Number):
        return 0.0
    unit = value.unit
    if unit in _ABSOLUTE_LENGTHS:
        return value.value * _ABSOLUTE_LENGTHS[unit]
    if unit in _FONT_LENGTHS:
        return value.value * _FONT_LENGTHS[unit] * context.font_size
    viewport = {
        "vw": context.width,
        "vh": context.height,
        "vmin": min(context.width, context.height),
        "vmax": max(context.width, context.height),
    }
    return value.value * viewport[unit] / 100


# Each accepts-function checks a written value against a feature's value type
# and returns the typed value, or None when the value is not allowed.


def _accept_length(value: _Value) -> _Value | None:
    if isinstance(value, _Number) and value.value == 0:
        return value  # css-values-4 §6: a unitless zero is a <length>
    if isinstance(value, _Dimension) and (
        value.unit in _ABSOLUTE_LENGTHS
        or value.unit in _FONT_LENGTHS
        or value.unit in _VIEWPORT_LENGTHS
    ):
        return value
    return None


def _accept_resolution(value: _Value) -> float | None:
    if isinstance(value, _Dimension) and value.unit in _RESOLUTIONS:
        return value.value * _RESOLUTIONS[value.unit]
    if isinstance(value, _Keyword) and value.name == "infinite":
        return math.inf
    return None


def _accept_integer(value: _Value) -> float | None:
    if isinstance(value, _Number) and value.is_integer:
        return value.value
    return None


def _accept_mq_boolean(value: _Value) -> float | None:
    """mediaqueries-4 §5.3: an <mq-boolean> is the integer 0 or 1."""
    if isinstance(value, _Number) and value.is_integer and value.value in (0, 1):
        return value.value
    return None


def _accept_number(value: _Value) -> float | None:
    return value.value if isinstance(value, _Number) else None


def _accept_ratio(value: _Value) -> _Ratio | None:
    """css-values-4 §7.6: a <ratio> is two non-negative numbers, or one (over 1)."""
    if isinstance(value, _Number) and value.value >= 0:
        return _Ratio(value.value, 1)
    if isinstance(value, _Ratio) and value.numerator >= 0 and value.denominator >= 0:
        return value
    return None


def _ratio_value(ratio: _Ratio, context: MediaContext) -> float | None:
    """A written ratio as a number; None for a degenerate ratio (a zero
    term), which matches nothing."""
    if ratio.numerator == 0 or ratio.denominator == 0:
        return None
    return ratio.numerator / ratio.denominator


def _size_ratio(width: float, height: float) -> float | None:
    """The aspect ratio of a display area; infinite when it has no height,
    None (false in every test) when it has no width either."""
    if height == 0:
        return math.inf if width > 0 else None
    return width / height


@dataclass(frozen=True)
class _RangeFeature:
    accept: Callable[[_Value], Any]
    read: Callable[[MediaContext], float | None]
    #: turns an accepted value into a number, given the context
    resolve: Callable[[Any, MediaContext], float | None] = lambda value, context: value


@dataclass(frozen=True)
class _DiscreteFeature:
    keywords: frozenset[str] | None  # None: the value is an <mq-boolean>
    read: Callable[[MediaContext], Any]
    #: values false in a boolean context (mediaqueries-4 §2.4.2, mediaqueries-5)
    false_values: frozenset[Any] = frozenset({"none", 0})
    #: for features whose value covers the smaller ones (color-gamut, dynamic-range)
    matches: Callable[[Any, Any], bool] | None = None


def _device_ratio(context: MediaContext) -> float | None:
    return _size_ratio(context.device_width, context.device_height)


def _viewport_ratio(context: MediaContext) -> float | None:
    return _size_ratio(context.width, context.height)


_LENGTH = {"accept": _accept_length, "resolve": _resolve_length}
_RATIO = {"accept": _accept_ratio, "resolve": _ratio_value}


def _gamut_covers(device: str | None, query: str) -> bool:
    """mediaqueries-4 §6.4: each gamut includes the smaller ones."""
    order = ["srgb", "p3", "rec2020"]
    return device in order and order.index(device) >= order.index(query)


def _range_covers(device: str, query: str) -> bool:
    """mediaqueries-5 dynamic-range: a high-range device also matches standard."""
    return query == "standard" or device == query


def _keywords(*names: str) -> frozenset[str]:
    return frozenset(names)


_NO_PREFERENCE = frozenset({"no-preference"})

_RANGE_FEATURES: dict[str, _RangeFeature] = {
    # mediaqueries-4 §4 Viewport/Page Dimensions
    "width": _RangeFeature(read=lambda c: c.width, **_LENGTH),
    "height": _RangeFeature(read=lambda c: c.height, **_LENGTH),
    "aspect-ratio": _RangeFeature(read=_viewport_ratio, **_RATIO),
    # mediaqueries-4 §5.1 resolution
    "resolution": _RangeFeature(accept=_accept_resolution, read=lambda c: c.resolution),
    # mediaqueries-4 §6 Color
    "color": _RangeFeature(accept=_accept_integer, read=lambda c: c.color_bits),
    "color-index": _RangeFeature(accept=_accept_integer, read=lambda c: c.color_index),
    "monochrome": _RangeFeature(accept=_accept_integer, read=lambda c: c.monochrome_bits),
    # mediaqueries-4 Appendix A: deprecated, but still to be supported
    "device-width": _RangeFeature(read=lambda c: c.device_width, **_LENGTH),
    "device-height": _RangeFeature(read=lambda c: c.device_height, **_LENGTH),
    "device-aspect-ratio": _RangeFeature(read=_device_ratio, **_RATIO),
    # The prefixed device-pixel-ratio that every browser engine supports
    # (the Compatibility Standard): a plain number of dppx.
    "-webkit-device-pixel-ratio": _RangeFeature(accept=_accept_number, read=lambda c: c.resolution),
}

_DISCRETE_FEATURES: dict[str, _DiscreteFeature] = {
    # mediaqueries-4 §4.4
    "orientation": _DiscreteFeature(
        _keywords("portrait", "landscape"),
        lambda c: "portrait" if c.height >= c.width else "landscape",
    ),
    # mediaqueries-4 §5
    "scan": _DiscreteFeature(_keywords("interlace", "progressive"), lambda c: c.scan),
    "grid": _DiscreteFeature(None, lambda c: 1 if c.grid else 0),
    "update": _DiscreteFeature(_keywords("none", "slow", "fast"), lambda c: c.update),
    "overflow-block": _DiscreteFeature(
        _keywords("none", "scroll", "optional-paged", "paged"), lambda c: c.overflow_block
    ),
    "overflow-inline": _DiscreteFeature(_keywords("none", "scroll"), lambda c: c.overflow_inline),
    # mediaqueries-4 §6.4
    "color-gamut": _DiscreteFeature(
        _keywords("srgb", "p3", "rec2020"), lambda c: c.color_gamut, matches=_gamut_covers
    ),
    # mediaqueries-4 §7 Interaction
    "pointer": _DiscreteFeature(_keywords("none", "coarse", "fine"), lambda c: c.pointer),
    "any-pointer": _DiscreteFeature(_keywords("none", "coarse", "fine"), lambda c: c.any_pointer),
    "hover": _DiscreteFeature(_keywords("none", "hover"), lambda c: c.hover),
    "any-hover": _DiscreteFeature(_keywords("none", "hover"), lambda c: c.any_hover),
    # mediaqueries-5
    "prefers-color-scheme": _DiscreteFeature(
        _keywords("light", "dark"), lambda c: c.prefers_color_scheme
    ),
    "prefers-reduced-motion": _DiscreteFeature(
        _keywords("no-preference", "reduce"),
        lambda c: c.prefers_reduced_motion,
        false_values=_NO_PREFERENCE,
    ),
    "prefers-reduced-transparency": _DiscreteFeature(
        _keywords("no-preference", "reduce"),
        lambda c: c.prefers_reduced_transparency,
        false_values=_NO_PREFERENCE,
    ),
    "prefers-contrast": _DiscreteFeature(
        _keywords("no-preference", "more", "less", "custom"),
        lambda c: c.prefers_contrast,
        false_values=_NO_PREFERENCE,
    ),
    "forced-colors": _DiscreteFeature(_keywords("none", "active"), lambda c: c.forced_colors),
    "inverted-colors": _DiscreteFeature(_keywords("none", "inverted"), lambda c: c.inverted_colors),
    "scripting": _DiscreteFeature(
        _keywords("none", "initial-only", "enabled"), lambda c: c.scripting
    ),
    "dynamic-range": _DiscreteFeature(
        _keywords("standard", "high"), lambda c: c.dynamic_range, matches=_range_covers
    ),
    "video-dynamic-range": _DiscreteFeature(
        _keywords("standard", "high"), lambda c: c.dynamic_range, matches=_range_covers
    ),
    # Web App Manifest §display-mode media feature
    "display-mode": _DiscreteFeature(
        _keywords(
            "fullscreen",
            "standalone",
            "minimal-ui",
            "browser",
            "picture-in-picture",
            "window-controls-overlay",
        ),
        lambda c: c.display_mode,
    ),
}

#: mediaqueries-4 §2.3: recognised but matching nothing.
_DEPRECATED_TYPES = frozenset(
    {"tty", "tv", "projection", "handheld", "braille", "embossed", "aural"}
)
#: mediaqueries-4 §3 (and mediaqueries-5 for "layer"): never a <media-type>.
_RESERVED_TYPES = frozenset({"only", "not", "and", "or", "layer"})

_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "="}


def _lookup_feature(name: str) -> tuple[str, str | None] | None:
    """The feature a name refers to and its "min"/"max" prefix, or None if unknown.

    mediaqueries-4 §2.4.4: only "range" features take the prefixes.
    """
    if name in _RANGE_FEATURES or name in _DISCRETE_FEATURES:
        return name, None
    if name.startswith("-webkit-min-") or name.startswith("-webkit-max-"):
        base = "-webkit-" + name[len("-webkit-min-") :]
        if base == "-webkit-device-pixel-ratio":
            return base, name[len("-webkit-") : len("-webkit-") + 3]
        return None
    if name.startswith(("min-", "max-")) and name[4:] in _RANGE_FEATURES and name[4] != "-":
        return name[4:], name[:3]
    return None


def _compare(actual: float, operator: str, wanted: float) -> bool:
    equal = math.isclose(actual, wanted, rel_tol=1e-9, abs_tol=1e-9)
    if operator == "=":
        return equal
    if operator == "<":
        return actual < wanted and not equal
    if operator == "<=":
        return actual < wanted or equal
    if operator == ">":
        return actual > wanted and not equal
    return actual > wanted or equal  # ">="


# ---------------------------------------------------------------------------
# The condition tree


class MediaCondition:
    """A node of a <media-condition>: evaluates to True, False or None (unknown)."""

    def evaluate(self, context: MediaContext) -> bool | None:
        raise NotImplementedError


@dataclass(frozen=True)
class MediaFeature(MediaCondition):
    """A <media-feature> (mediaqueries-4 §2.4): ``(name)``, ``(name: value)``,
    or a range ``(value op name op value)``.

    ``before`` is the ``value op`` written before the name and ``after`` the
    ``op value`` written after it; a plain ``(name: value)`` has an ``after``
    whose operator is ``":"``; a boolean ``(name)`` has neither.
    """

    name: str
    before: tuple[str, _Value] | None = None
    after: tuple[str, _Value] | None = None

    def __str__(self) -> str:
        parts = []
        if self.before:
            parts.append(f"{self.before[1]} {self.before[0]} ")
        parts.append(self.name)
        if self.after:
            operator, value = self.after
            parts.append(f": {value}" if operator == ":" else f" {operator} {value}")
        return "(" + "".join(parts) + ")"

    def _comparisons(self, prefix: str | None) -> list[tuple[str, _Value]] | None:
        """The tests as "feature OPERATOR value" pairs; None if the form is
        not allowed for the feature."""
        if self.after and self.after[0] == ":":
            operator = {"min": ">=", "max": "<=", None: "="}[prefix]
            return [(operator, self.after[1])]
        if prefix:
            return None  # a prefix in a range context is an unknown feature
        comparisons = []
        if self.before:
            comparisons.append((_FLIPPED[self.before[0]], self.before[1]))
        if self.after:
            comparisons.append(self.after)
        return comparisons

    def evaluate(self, context: MediaContext) -> bool | None:
        """mediaqueries-4 §2.4: unknown names and disallowed values are unknown."""
        found = _lookup_feature(self.name)
        if found is None:
            return None
        name, prefix = found
        comparisons = self._comparisons(prefix)
        if comparisons is None:
            return None
        if name in _RANGE_FEATURES:
            return self._evaluate_range(_RANGE_FEATURES[name], comparisons, context)
        if self.before or (self.after and self.after[0] != ":"):
            return None  # discrete features have no range context (§2.4.1)
        return self._evaluate_discrete(_DISCRETE_FEATURES[name], comparisons, context)

    def _evaluate_range(
        self,
        feature: _RangeFeature,
        comparisons: list[tuple[str, _Value]],
        context: MediaContext,
    ) -> bool | None:
        actual = feature.read(context)
        if not comparisons:  # boolean context (§2.4.2)
            return actual is not None and actual != 0
        accepted = [(operator, feature.accept(value)) for operator, value in comparisons]
        if any(value is None for _, value in accepted):
            return None
        result = True
        for operator, value in accepted:
            wanted = feature.resolve(value, context)
            if actual is None or wanted is None:
                result = False  # a degenerate ratio matches nothing
            elif not _compare(actual, operator, wanted):
                result = False
        return result

    def _evaluate_discrete(
        self,
        feature: _DiscreteFeature,
        comparisons: list[tuple[str, _Value]],
        context: MediaContext,
    ) -> bool | None:
        actual = feature.read(context)
        if not comparisons:  # boolean context (§2.4.2)
            return actual is not None and actual not in feature.false_values
        (_, value) = comparisons[0]
        if feature.keywords is None:
            wanted = _accept_mq_boolean(value)
        else:
            wanted = value.name if isinstance(value, _Keyword) else None
            if wanted not in feature.keywords:
                wanted = None
        if wanted is None:
            return None
        if actual is None:
            return False
        if feature.matches is not None:
            return feature.matches(actual, wanted)
        return actual == wanted


@dataclass(frozen=True)
class _Not(MediaCondition):
    condition: MediaCondition

    def __str__(self) -> str:
        return f"not {self.condition}"

    def evaluate(self, context: MediaContext) -> bool | None:
        result = self.condition.evaluate(context)
        return None if result is None else not result


@dataclass(frozen=True)
class _Junction(MediaCondition):
    keyword: str  # "and" or "or"
    conditions: tuple[MediaCondition, ...]

    def __str__(self) -> str:
        return f" {self.keyword} ".join(str(condition) for condition in self.conditions)

    def evaluate(self, context: MediaContext) -> bool | None:
        """Kleene's logic (mediaqueries-4 §3.1)."""
        results = [condition.evaluate(context) for condition in self.conditions]
        decisive = self.keyword == "or"  # True decides an "or", False an "and"
        if decisive in results:
            return decisive
        if None in results:
            return None
        return not decisive


@dataclass(frozen=True)
class _Group(MediaCondition):
    """A parenthesized <media-condition>."""

    condition: MediaCondition

    def __str__(self) -> str:
        return f"({self.condition})"

    def evaluate(self, context: MediaContext) -> bool | None:
        return self.condition.evaluate(context)


@dataclass(frozen=True)
class _GeneralEnclosed(MediaCondition):
    """<general-enclosed>: syntax reserved for the future, always unknown."""

    text: str

    def __str__(self) -> str:
        return self.text

    def evaluate(self, context: MediaContext) -> bool | None:
        return None


# ---------------------------------------------------------------------------
# Queries and lists


@dataclass(frozen=True)
class MediaQuery:
    """One <media-query>: ``[not | only]? type [and condition]?`` or a condition.

    A query that did not parse has an ``error`` and serializes and evaluates
    as ``not all`` (mediaqueries-4 §3.2).
    """

    modifier: str | None = None
    media_type: str | None = None
    condition: MediaCondition | None = None
    error: str | None = None

    def evaluate(self, context: MediaContext) -> bool | None:
        """True, False, or None when the result is unknown."""
        if self.error is not None:
            return False
        media_type = self.media_type
        if media_type is None or media_type == "all":
            result: bool | None = True
        else:
            result = media_type == context.type and media_type not in _DEPRECATED_TYPES
        if result and self.condition is not None:
            result = self.condition.evaluate(context)
        if self.modifier == "not" and result is not None:
            result = not result
        return result

    def matches(self, context: MediaContext) -> bool:
        """mediaqueries-4 §3.2: a query whose value is unknown is ``not all``."""
        return self.evaluate(context) is True

    def __str__(self) -> str:
        """CSSOM §4.2 "serialize a media query"."""
        if self.error is not None:
            return "not all"
        parts = []
        if self.modifier:
            parts.append(self.modifier)
        if self.media_type and (
            self.media_type != "all" or self.modifier or self.condition is None
        ):
            parts.append(self.media_type)
        if self.condition is not None:
            if parts:
                parts.append("and")
            parts.append(str(self.condition))
        return " ".join(parts)


@dataclass(frozen=True)
class MediaQueryList:
    """A comma-separated <media-query-list> (mediaqueries-4 §2.1): true if any
    of its queries is; an empty list is true."""

    queries: tuple[MediaQuery, ...] = ()

    def matches(self, context: MediaContext) -> bool:
        return not self.queries or any(query.matches(context) for query in self.queries)

    @property
    def errors(self) -> list[str]:
        """The reason each query that did not parse was replaced by ``not all``."""
        return [query.error for query in self.queries if query.error is not None]

    def __str__(self) -> str:
        return ", ".join(str(query) for query in self.queries)


# ---------------------------------------------------------------------------
# Parsing


class _SyntaxError(Exception):
    def __init__(self, message: str, token: Any = None) -> None:
        line = getattr(token, "source_line", None)
        if line is not None:
            message = f"line {line}, column {token.source_column}: {message}"
        super().__init__(message)


def _is_blank(token: Any) -> bool:
    return getattr(token, "type", None) in ("whitespace", "comment")


def _significant(tokens: Iterable[Any]) -> list[Any]:
    return [token for token in tokens if not _is_blank(token)]


def _is_ident(token: Any, *names: str) -> bool:
    if getattr(token, "type", None) != "ident":
        return False
    return not names or token.lower_value in names


def _is_literal(token: Any, *values: str) -> bool:
    return getattr(token, "type", None) == "literal" and token.value in values


def _has_bad_token(tokens: Iterable[Any]) -> bool:
    """<any-value> (css-syntax-3) holds no bad tokens nor unmatched closers,
    which tinycss2 reports as parse errors."""
    for token in tokens:
        if getattr(token, "type", None) == "error":
            return True
        if getattr(token, "type", None) in ("() block", "[] block", "{} block", "function"):
            content = token.arguments if token.type == "function" else token.content
            if _has_bad_token(content):
                return True
    return False


def _parse_media_query(tokens: list[Any]) -> MediaQuery:
    """mediaqueries-4 §3: <media-query> = <media-condition>
    | [ not | only ]? <media-type> [ and <media-condition-without-or> ]?"""
    if _has_bad_token(tokens):
        raise _SyntaxError("invalid token in media query", tokens[0] if tokens else None)
    tokens = _significant(tokens)
    if not tokens:
        raise _SyntaxError("empty media query")
    first = tokens[0]
    if not _is_ident(first):
        return MediaQuery(condition=_parse_condition(tokens, allow_or=True))
    modifier = None
    if first.lower_value in ("not", "only") and len(tokens) > 1 and _is_ident(tokens[1]):
        modifier = first.lower_value
        tokens = tokens[1:]
    elif first.lower_value == "not":
        return MediaQuery(condition=_parse_condition(tokens, allow_or=True))
    media_type = tokens[0].lower_value
    if media_type in _RESERVED_TYPES:
        raise _SyntaxError(f"{media_type!r} is not a media type", tokens[0])
    rest = tokens[1:]
    condition = None
    if rest:
        if not _is_ident(rest[0], "and") or len(rest) < 2:
            raise _SyntaxError("expected 'and' and a condition after the media type", rest[0])
        condition = _parse_condition(rest[1:], allow_or=False)
    return MediaQuery(modifier=modifier, media_type=media_type, condition=condition)


def _parse_condition(tokens: list[Any], allow_or: bool) -> MediaCondition:
    """<media-condition> (or, if not allow_or, <media-condition-without-or>)
    from significant tokens."""
    if not tokens:
        raise _SyntaxError("expected a media condition")
    if _is_ident(tokens[0], "not"):
        if len(tokens) != 2:
            raise _SyntaxError("'not' takes exactly one parenthesized condition", tokens[0])
        return _Not(_parse_in_parens(tokens[1]))
    conditions = [_parse_in_parens(tokens[0])]
    keyword = None
    position = 1
    while position < len(tokens):
        token = tokens[position]
        if not _is_ident(token, "and", "or"):
            raise _SyntaxError("expected 'and' or 'or'", token)
        if keyword is not None and token.lower_value != keyword:
            raise _SyntaxError("'and' and 'or' cannot be mixed without parentheses", token)
        if token.lower_value == "or" and not allow_or:
            raise _SyntaxError("'or' cannot follow a media type", token)
        if position + 1 >= len(tokens):
            raise _SyntaxError(f"expected a condition after {token.lower_value!r}", token)
        keyword = token.lower_value
        conditions.append(_parse_in_parens(tokens[position + 1]))
        position += 2
    if keyword is None:
        return conditions[0]
    return _Junction(keyword, tuple(conditions))


def _parse_in_parens(token: Any) -> MediaCondition:
    """<media-in-parens> = ( <media-condition> ) | <media-feature> | <general-enclosed>,
    the last chosen only when the others do not match (mediaqueries-4 §3)."""
    kind = getattr(token, "type", None)
    if kind == "function":
        return _GeneralEnclosed(tinycss2.serialize([token]))
    if kind != "() block":
        raise _SyntaxError("expected a parenthesized condition or feature", token)
    content = _significant(token.content)
    if content and (not _is_ident(content[0]) or _is_ident(content[0], "not")):
        try:
            return _Group(_parse_condition(content, allow_or=True))
        except _SyntaxError:
            pass
    try:
        return _parse_feature(token.content, token)
    except _SyntaxError:
        pass
    if len(content) > 1 and _is_ident(content[0]):
        return _GeneralEnclosed(tinycss2.serialize([token]))
    raise _SyntaxError(f"invalid media feature {tinycss2.serialize([token])}", token)


def _read_items(tokens: list[Any]) -> list[Any]:
    """Split the inside of a feature into names/values (as _Value or
    IdentToken) and operator strings; raises on anything else."""
    items: list[Any] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        kind = getattr(token, "type", None)
        if _is_blank(token):
            position += 1
            continue
        if _is_literal(token, "<", ">"):
            operator = token.value
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if _is_literal(following, "="):  # no whitespace allowed before "="
                operator += "="
                position += 1
            items.append(operator)
        elif _is_literal(token, "=", ":"):
            items.append(token.value)
        elif kind == "ident":
            items.append(token)
        elif kind == "dimension":
            items.append(_Dimension(token.value, token.lower_unit))
        elif kind == "number":
            # A <ratio>: <number> / <number>, whitespace allowed around the "/".
            after = [
                index for index in range(position + 1, len(tokens)) if not _is_blank(tokens[index])
            ][:2]
            if (
                len(after) == 2
                and _is_literal(tokens[after[0]], "/")
                and getattr(tokens[after[1]], "type", None) == "number"
            ):
                items.append(_Ratio(token.value, tokens[after[1]].value))
                position = after[1]
            else:
                items.append(_Number(token.value, token.is_integer))
        else:
            raise _SyntaxError("unexpected token in media feature", token)
        position += 1
    return items


def _as_value(item: Any) -> _Value | None:
    if _is_ident(item):
        return _Keyword(item.lower_value)
    if isinstance(item, _Number | _Dimension | _Ratio):
        return item
    return None


def _parse_feature(tokens: list[Any], block: Any) -> MediaFeature:
    """<media-feature> = ( [ <mf-plain> | <mf-boolean> | <mf-range> ] )."""
    items = _read_items(tokens)
    operators = ("<", "<=", ">", ">=", "=")
    if len(items) == 1 and _is_ident(items[0]):
        name = items[0].lower_value
        found = _lookup_feature(name)
        if found is not None and found[1] is not None:
            # §2.4.4: a min-/max- feature in a boolean context is a syntax error
            raise _SyntaxError(f"({name}) needs a value", block)
        return MediaFeature(name)
    if len(items) == 3 and items[1] == ":" and _is_ident(items[0]):
        value = _as_value(items[2])
        if value is not None:
            return MediaFeature(items[0].lower_value, after=(":", value))
    if len(items) == 3 and items[1] in operators:
        left, operator, right = items
        if _is_ident(left) and _as_value(right) is not None:
            return MediaFeature(left.lower_value, after=(operator, _as_value(right)))
        if _is_ident(right) and _as_value(left) is not None:
            return MediaFeature(right.lower_value, before=(operator, _as_value(left)))
    if len(items) == 5 and _is_ident(items[2]):
        low, first, name, second, high = items
        ascending = first in ("<", "<=") and second in ("<", "<=")
        descending = first in (">", ">=") and second in (">", ">=")
        low_value, high_value = _as_value(low), _as_value(high)
        if (ascending or descending) and low_value is not None and high_value is not None:
            return MediaFeature(
                name.lower_value, before=(first, low_value), after=(second, high_value)
            )
    raise _SyntaxError(f"invalid media feature {tinycss2.serialize([block])}", block)


def _split_commas(tokens: list[Any]) -> list[list[Any]]:
    """css-syntax-3 §5.3.11 parse a comma-separated list of component values."""
    groups: list[list[Any]] = [[]]
    for token in tokens:
        if _is_literal(token, ","):
            groups.append([])
        else:
            groups[-1].append(token)
    return groups


def parse_media_query_list(tokens_or_text: str | Iterable[Any] | None) -> MediaQueryList:
    """Parse a <media-query-list> (mediaqueries-4 §3) from CSS text (a
    ``media=""`` attribute) or tinycss2 component values (an ``@media`` or
    ``@import`` prelude).

    Never raises: each query that does not parse becomes ``not all``, with
    its reason in :attr:`MediaQueryList.errors`. ``None``, like empty or blank
    text, gives the empty list, which matches every medium.
    """
    if tokens_or_text is None:
        return MediaQueryList()
    try:
        if isinstance(tokens_or_text, str):
            tokens = tinycss2.parse_component_value_list(tokens_or_text, skip_comments=True)
        else:
            tokens = list(tokens_or_text)
    except (TypeError, ValueError, RecursionError) as error:
        return MediaQueryList((MediaQuery(error=f"invalid media query list: {error}"),))
    if not _significant(tokens):
        return MediaQueryList()
    queries = []
    for group in _split_commas(tokens):
        try:
            queries.append(_parse_media_query(group))
        except _SyntaxError as error:
            queries.append(MediaQuery(error=str(error)))
        except (AttributeError, TypeError, ValueError, RecursionError) as error:
            # Input that is not tinycss2 tokens, or nested past Python's limits.
            queries.append(MediaQuery(error=f"invalid media query: {error!r}"))
    return MediaQueryList(tuple(queries))
