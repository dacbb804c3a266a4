"""Fonts, text, line layout, lists and generated content.

CSS 2.1 chapters 10.8 (line height), 12 (generated content, lists), 15
(fonts) and 16 (text), with css-fonts-4, css-text-3 and css-lists-3 for the
values browsers accept today.
"""

from __future__ import annotations

from dataclasses import dataclass

from .grammar import (
    AllOrder,
    AngleType,
    AnyOrder,
    CustomIdent,
    Function,
    Grammar,
    IntegerType,
    Keywords,
    LengthType,
    Literal,
    Map,
    Named,
    NoMatch,
    NumberType,
    Optional,
    PercentageType,
    Repeat,
    Sequence,
    StringType,
    UrlType,
    length_percentage,
)
from .registry import PROPERTIES, longhand, ref, shorthand
from .shorthands import any_order, common_wide_keyword
from .values import (
    CSS_WIDE_KEYWORDS,
    GENERIC_FAMILIES,
    FontFamilyList,
    FunctionValue,
    SpaceList,
    String,
    serialize_identifier,
)

# -- direction and bidi (CSS 2.1 §9.10) -------------------------------------------
longhand("direction", Keywords("ltr", "rtl"), "ltr", spec="CSS 2.1 §9.10", inherited=True)
longhand(
    "unicode-bidi",
    Keywords("normal", "embed", "isolate", "bidi-override", "isolate-override", "plaintext"),
    "normal",
    spec="CSS 2.1 §9.10 (css-writing-modes-3 §2.2)",
)


# -- fonts (CSS 2.1 chapter 15, css-fonts-4) --------------------------------------
class FamilyNames(Grammar):
    """``[ <family-name> | <generic-family> ]#`` (css-fonts-4 §2.1).

    A family name is a string or a sequence of identifiers joined by single
    spaces. Generic families are kept lowercase; a quoted name equal to a
    generic keyword stays a :class:`String` so it keeps naming a real family.
    """

    def match(self, tokens, index):
        names, current, position = [], [], index
        while position < len(tokens):
            token = tokens[position]
            if token.type == "literal" and token.value == ",":
                if not current:
                    return
                names.append(self._finish(current))
                if names[-1] is None:
                    return
                current = []
            elif token.type in ("ident", "string"):
                if current and (token.type == "string" or current[0].type == "string"):
                    break
                current.append(token)
            else:
                break
            position += 1
        if not current:
            return
        name = self._finish(current)
        if name is None:
            return
        names.append(name)
        yield FontFamilyList(names), position

    @staticmethod
    def _finish(tokens):
        if tokens[0].type == "string":
            value = tokens[0].value
            return String(value) if value.lower() in GENERIC_FAMILIES else value
        words = [t.value for t in tokens]
        lowered = [w.lower() for w in words]
        if len(words) == 1 and lowered[0] in GENERIC_FAMILIES:
            return lowered[0]
        # CSS 2.1 §15.3.1: a name equal to a generic keyword is that keyword,
        # so a sequence cannot start with one ("serif x" is the generic
        # family followed by junk), but may contain one later ("Liberation
        # Serif"); a CSS-wide keyword or "default" is never part of a name.
        if any(w in CSS_WIDE_KEYWORDS or w == "default" for w in lowered):
            return None
        if len(words) > 1 and lowered[0] in GENERIC_FAMILIES:
            return None
        return " ".join(words)

    def __str__(self):
        return "[ <family-name> | <generic-family> ]#"


ABSOLUTE_SIZES = (
    "xx-small",
    "x-small",
    "small",
    "medium",
    "large",
    "x-large",
    "xx-large",
    "xxx-large",
)
FONT_SIZE = (
    Named("<absolute-size>", Keywords(*ABSOLUTE_SIZES))
    | Named("<relative-size>", Keywords("larger", "smaller"))
    | length_percentage(0)
    | Keywords("math")
)
FONT_WEIGHT = Keywords("normal", "bold", "bolder", "lighter") | NumberType(1, 1000)


def _oblique(values):
    word, angle = values
    return word if angle is None else SpaceList((word, angle))


FONT_STYLE = Keywords("normal", "italic") | Map(
    Sequence(Keywords("oblique"), Optional(AngleType(-90, 90))), _oblique
)
FONT_STRETCH = (
    Keywords("normal")
    | PercentageType(0)
    | Keywords(
        "ultra-condensed",
        "extra-condensed",
        "condensed",
        "semi-condensed",
        "semi-expanded",
        "expanded",
        "extra-expanded",
        "ultra-expanded",
    )
)
FONT_VARIANT_CSS2 = Keywords("normal", "small-caps")
LINE_HEIGHT = Keywords("normal") | NumberType(0) | length_percentage(0)

longhand(
    "font-family", FamilyNames(), "serif", spec="css-fonts-4 §2.1 (CSS 2.1 §15.3)", inherited=True
)
longhand(
    "font-size",
    FONT_SIZE,
    "medium",
    spec="css-fonts-4 §2.5 (CSS 2.1 §15.7)",
    inherited=True,
    percentages="the parent element's font size",
)
longhand("font-style", FONT_STYLE, "normal", spec="css-fonts-4 §2.4", inherited=True)
longhand("font-weight", FONT_WEIGHT, "normal", spec="css-fonts-4 §2.2", inherited=True)
longhand("font-stretch", FONT_STRETCH, "normal", spec="css-fonts-4 §2.3", inherited=True)
longhand(
    "font-variant",
    Keywords(
        "normal",
        "none",
        "small-caps",
        "all-small-caps",
        "petite-caps",
        "all-petite-caps",
        "unicase",
        "titling-caps",
    ),
    "normal",
    spec="css-fonts-4 §6.4 (font-variant-caps values; CSS 2.1 §15.5)",
    inherited=True,
)
longhand(
    "line-height",
    LINE_HEIGHT,
    "normal",
    spec="CSS 2.1 §10.8.1 (css-inline-3 §5.2)",
    inherited=True,
    percentages="the element's own font size",
)

FONT_LONGHANDS = (
    "font-style",
    "font-variant",
    "font-weight",
    "font-stretch",
    "font-size",
    "line-height",
    "font-family",
)
SYSTEM_FONTS = ("caption", "icon", "menu", "message-box", "small-caption", "status-bar")


def _register_font():
    """css-fonts-4 §2.7 (CSS 2.1 §15.8) the ``font`` shorthand."""
    prefix = AnyOrder(
        ref("font-style"),
        Named("<font-variant-css2>", FONT_VARIANT_CSS2),
        ref("font-weight"),
        Named(
            "<font-stretch-css3>",
            Keywords(
                "normal",
                "ultra-condensed",
                "extra-condensed",
                "condensed",
                "semi-condensed",
                "semi-expanded",
                "expanded",
                "extra-expanded",
                "ultra-expanded",
            ),
        ),
    )
    grammar = Sequence(
        Optional(prefix),
        ref("font-size"),
        Optional(Map(Sequence(Literal("/"), ref("line-height")), lambda v: v[1])),
        ref("font-family"),
    ) | Keywords(*SYSTEM_FONTS)

    def expand(value):
        result = {name: PROPERTIES[name].initial for name in FONT_LONGHANDS}
        if isinstance(value, str):
            # System fonts: the user agent's choice; ours is the platform UI font.
            result["font-family"] = FontFamilyList(["system-ui"])
            result["font-size"] = LengthType().parse(_tokens("13.333333px"))
            return result
        prefix_values, size, line_height, family = value
        for name, part in zip(FONT_LONGHANDS[:4], prefix_values or (None,) * 4, strict=True):
            if part is not None:
                result[name] = part
        result["font-size"] = size
        if line_height is not None:
            result["line-height"] = line_height
        result["font-family"] = family
        return result

    def serialize(values):
        wide = common_wide_keyword(values, FONT_LONGHANDS)
        if wide is not None:
            return wide or None
        parts = []
        for name in FONT_LONGHANDS[:4]:
            value = values[name]
            if value != PROPERTIES[name].initial:
                if name == "font-variant" and value not in ("normal", "small-caps"):
                    return None
                if name == "font-stretch" and not isinstance(value, str):
                    return None
                parts.append(str(value))
        size = str(values["font-size"])
        if values["line-height"] != PROPERTIES["line-height"].initial:
            size += f" / {values['line-height']}"
        parts.extend((size, str(values["font-family"])))
        return " ".join(parts)

    shorthand(
        "font",
        FONT_LONGHANDS,
        grammar,
        spec="css-fonts-4 §2.7 (CSS 2.1 §15.8)",
        expand=expand,
        serialize=serialize,
    )


def _tokens(text):
    from .parser import tokenize

    return tokenize(text)


_register_font()

# -- text (CSS 2.1 chapter 16, css-text-3) ------------------------------------------
longhand(
    "text-align",
    Keywords("start", "end", "left", "right", "center", "justify", "match-parent", "justify-all"),
    "start",
    spec="css-text-3 §7.1 (CSS 2.1 §16.2)",
    inherited=True,
    applies_to="block containers",
)
longhand(
    "text-align-last",
    Keywords("auto", "start", "end", "left", "right", "center", "justify", "match-parent"),
    "auto",
    spec="css-text-3 §6.3",
    inherited=True,
    applies_to="block containers",
)


def _text_indent(values):
    length, hanging, each_line = values
    if hanging is None and each_line is None:
        return length
    return SpaceList(v for v in (length, hanging, each_line) if v is not None)


longhand(
    "text-indent",
    Map(
        AllOrder(
            length_percentage(), Optional(Keywords("hanging")), Optional(Keywords("each-line"))
        ),
        _text_indent,
    ),
    "0",
    spec="css-text-3 §8.1 (CSS 2.1 §16.1)",
    inherited=True,
    percentages="the containing block's width",
    applies_to="block containers",
)
longhand(
    "white-space",
    Keywords("normal", "pre", "nowrap", "pre-wrap", "break-spaces", "pre-line"),
    "normal",
    spec="css-text-3 §3 (CSS 2.1 §16.6)",
    inherited=True,
)
longhand(
    "letter-spacing",
    Keywords("normal") | LengthType(),
    "normal",
    spec="css-text-3 §9.2 (CSS 2.1 §16.4)",
    inherited=True,
)
longhand(
    "word-spacing",
    Keywords("normal") | LengthType(),
    "normal",
    spec="css-text-3 §9.1 (CSS 2.1 §16.4)",
    inherited=True,
)
longhand(
    "text-transform",
    # none | [ capitalize | uppercase | lowercase ] || full-width || full-size-kana;
    # the value is its keywords, space-separated, in that canonical order.
    Keywords("none")
    | Map(
        AnyOrder(
            Keywords("capitalize", "uppercase", "lowercase"),
            Keywords("full-width"),
            Keywords("full-size-kana"),
        ),
        lambda words: " ".join(word for word in words if word is not None),
    ),
    "none",
    spec="css-text-3 §2.1 (CSS 2.1 §16.5)",
    inherited=True,
)
longhand(
    "word-break",
    Keywords("normal", "keep-all", "break-all", "break-word"),
    "normal",
    spec="css-text-3 §5.2",
    inherited=True,
)
longhand(
    "overflow-wrap",
    Keywords("normal", "break-word", "anywhere"),
    "normal",
    spec="css-text-3 §5.5",
    inherited=True,
)
longhand(
    "line-break",
    Keywords("auto", "loose", "normal", "strict", "anywhere"),
    "auto",
    spec="css-text-3 §5.3",
    inherited=True,
)
longhand(
    "hyphens", Keywords("none", "manual", "auto"), "manual", spec="css-text-3 §6.1", inherited=True
)
longhand(
    "tab-size",
    NumberType(0) | LengthType(0),
    "8",
    spec="css-text-3 §4.2",
    inherited=True,
    applies_to="text",
)
longhand(
    "vertical-align",
    Keywords("baseline", "sub", "super", "text-top", "text-bottom", "middle", "top", "bottom")
    | length_percentage(),
    "baseline",
    spec="CSS 2.1 §10.8.1",
    percentages="the element's own line-height",
    applies_to="inline-level and table-cell elements",
)

# -- lists (CSS 2.1 §12.5, css-lists-3) -------------------------------------------
COUNTER_STYLE = Keywords(
    "disc",
    "circle",
    "square",
    "decimal",
    "decimal-leading-zero",
    "lower-roman",
    "upper-roman",
    "lower-greek",
    "lower-latin",
    "upper-latin",
    "armenian",
    "georgian",
    "lower-alpha",
    "upper-alpha",
    "disclosure-open",
    "disclosure-closed",
) | CustomIdent("none", label="counter-style-name")
longhand(
    "list-style-type",
    Named("<counter-style>", COUNTER_STYLE) | StringType() | Keywords("none"),
    "disc",
    spec="css-lists-3 §3.1 (CSS 2.1 §12.5.1)",
    inherited=True,
    applies_to="list items",
)
longhand(
    "list-style-position",
    Keywords("inside", "outside"),
    "outside",
    spec="css-lists-3 §3.2 (CSS 2.1 §12.5.1)",
    inherited=True,
    applies_to="list items",
)
longhand(
    "list-style-image",
    Named("<image>", UrlType()) | Keywords("none"),
    "none",
    spec="css-lists-3 §3.1 (CSS 2.1 §12.5.1)",
    inherited=True,
    applies_to="list items",
)


def _list_style_none(values):
    """css-lists-3 §3.3: a ``none`` that no other component claims sets both
    the image and the type to none."""
    position, image, kind = values
    if image == "none" and kind is None:
        kind = "none"
    elif kind == "none" and image is None:
        image = "none"
    return position, image, kind


any_order(
    "list-style",
    ("list-style-position", "list-style-image", "list-style-type"),
    spec="css-lists-3 §3.3 (CSS 2.1 §12.5.1)",
    adjust=_list_style_none,
)

# -- generated content (CSS 2.1 §12.2 to §12.4, css-content-3) ---------------------------


@dataclass(frozen=True, slots=True)
class CounterValue:
    """One ``name integer`` pair of counter-reset, -set or -increment."""

    name: str
    value: int

    def __str__(self) -> str:
        return f"{serialize_identifier(self.name)} {self.value}"


COUNTER_NAME = CustomIdent("none", label="counter-name")


def _counters(default: int):
    def build(values):
        return SpaceList(
            CounterValue(name, default if number is None else number) for name, number in values
        )

    return Keywords("none") | Named(
        "[ <counter-name> <integer>? ]+",
        Map(Repeat(Sequence(COUNTER_NAME, Optional(IntegerType()))), build),
    )


for name, default, spec in (
    ("counter-reset", 0, "css-lists-3 §4.2 (CSS 2.1 §12.4)"),
    ("counter-increment", 1, "css-lists-3 §4.4 (CSS 2.1 §12.4)"),
    ("counter-set", 0, "css-lists-3 §4.3"),
):
    longhand(name, _counters(default), "none", spec=spec)


def _counter_function(values):
    name, style = values
    return FunctionValue("counter", (name,) if style is None else (name, style))


def _counters_function(values):
    name, _, separator, style = values
    arguments = (name, separator) if style is None else (name, separator, style)
    return FunctionValue("counters", arguments)


def _comma_style():
    """``[, [ <counter-style> | none ] ]?`` (css-lists-3 §4.7, CSS 2.1 §12.4.2)."""
    style = Named("<counter-style>", COUNTER_STYLE) | Keywords("none")
    return Optional(Map(Sequence(Literal(","), style), lambda v: v[1]))


CONTENT_ITEM = (
    StringType()
    | UrlType()
    | Function("counter", Sequence(COUNTER_NAME, _comma_style()), _counter_function)
    | Function(
        "counters",
        Sequence(COUNTER_NAME, Literal(","), StringType(), _comma_style()),
        _counters_function,
    )
    | Function("attr", CustomIdent(label="attr-name"), lambda n: FunctionValue("attr", (n,)))
    | Keywords("open-quote", "close-quote", "no-open-quote", "no-close-quote")
)
longhand(
    "content",
    Keywords("normal", "none") | Map(Repeat(CONTENT_ITEM), SpaceList),
    "normal",
    spec="css-content-3 §2 (CSS 2.1 §12.2)",
    applies_to="::before and ::after pseudo-elements",
)


def _quote_pairs(values):
    if len(values) % 2:
        raise NoMatch("quotes come in pairs")
    return SpaceList(values)


longhand(
    "quotes",
    Keywords("none", "auto")
    | Named("[ <string> <string> ]+", Map(Repeat(StringType()), _quote_pairs)),
    "auto",
    spec="css-content-3 §3 (CSS 2.1 §12.3.1)",
    inherited=True,
)

__all__ = ["GENERIC_FAMILIES", "CounterValue"]
