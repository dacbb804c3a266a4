"""Flexible box layout and box alignment properties.

css-flexbox-1 §5 to §8 (``flex-*``, ``order``) and css-align-3 §5 to §8
(``justify-*``, ``align-*``, ``place-*``, gaps). Alignment values are kept
as a plain string of their keywords in canonical order (``"safe center"``,
``"last baseline"``); ``first baseline`` is stored as ``"baseline"``, its
serialization (css-align-3 §4.2).
"""

from __future__ import annotations

from .grammar import (
    Alt,
    AnyOrder,
    Grammar,
    IntegerType,
    Keywords,
    Map,
    Named,
    NumberType,
    Optional,
    Sequence,
    length_percentage,
)
from .registry import PROPERTIES, longhand, ref, shorthand
from .shorthands import any_order, common_wide_keyword, pair
from .values import Number

# -- css-flexbox-1 ------------------------------------------------------------------
longhand(
    "flex-direction",
    Keywords("row", "row-reverse", "column", "column-reverse"),
    "row",
    spec="css-flexbox-1 §5.1",
    applies_to="flex containers",
)
longhand(
    "flex-wrap",
    Keywords("nowrap", "wrap", "wrap-reverse"),
    "nowrap",
    spec="css-flexbox-1 §5.2",
    applies_to="flex containers",
)
any_order("flex-flow", ("flex-direction", "flex-wrap"), spec="css-flexbox-1 §5.3")
longhand(
    "order", IntegerType(), "0", spec="css-flexbox-1 §5.4", applies_to="flex items and grid items"
)
longhand("flex-grow", NumberType(0), "0", spec="css-flexbox-1 §7.3.1", applies_to="flex items")
longhand("flex-shrink", NumberType(0), "1", spec="css-flexbox-1 §7.3.2", applies_to="flex items")
longhand(
    "flex-basis",
    Keywords("content") | PROPERTIES["width"].grammar,
    "auto",
    spec="css-flexbox-1 §7.3.3",
    percentages="the flex container's inner main size",
    applies_to="flex items",
)


def _is_number(token) -> bool:
    return getattr(token, "type", None) == "number"


class NotUnitlessZero(Grammar):
    """``item``, except where it would start with a unitless zero: css-flexbox-1
    §7.2, "a unitless zero that is not already preceded by two flex factors
    must be interpreted as a flex factor"."""

    def __init__(self, item: Grammar):
        self.item = item

    @property
    def precedence(self):
        return self.item.precedence

    def match(self, tokens, index):
        token = tokens[index] if index < len(tokens) else None
        if _is_number(token) and token.value == 0:
            if index < 2 or not (_is_number(tokens[index - 1]) and _is_number(tokens[index - 2])):
                return
        yield from self.item.match(tokens, index)

    def __str__(self):
        return str(self.item)


def _register_flex():
    """css-flexbox-1 §7.2 ``flex``: none | [ <'flex-grow'> <'flex-shrink'>? ||
    <'flex-basis'> ]. An omitted grow is 1, an omitted shrink is 1 and an
    omitted basis is 0 (§7.1.1, "flex: <positive-number>" is "1 1 0"); a
    unitless zero is a basis only after two flex factors."""
    names = ("flex-grow", "flex-shrink", "flex-basis")
    factors = Sequence(ref("flex-grow"), Optional(ref("flex-shrink")))
    grammar = Keywords("none") | AnyOrder(factors, NotUnitlessZero(ref("flex-basis")))
    zero = PROPERTIES["margin-top"].initial  # 0px

    def expand(value):
        if value == "none":
            return {"flex-grow": Number(0), "flex-shrink": Number(0), "flex-basis": "auto"}
        factor_values, basis = value
        grow, shrink = factor_values or (Number(1), None)
        return {
            "flex-grow": grow,
            "flex-shrink": Number(1) if shrink is None else shrink,
            "flex-basis": zero if basis is None else basis,
        }

    def serialize(values):
        wide = common_wide_keyword(values, names)
        if wide is not None:
            return wide or None
        grow, shrink, basis = (values[n] for n in names)
        if grow == 0 and shrink == 0 and basis == "auto":
            return "none"
        # The shortest text that expands back: an omitted shrink is 1, an
        # omitted basis 0, and a lone basis has grow and shrink 1 (§7.1).
        factors = f"{grow}" if shrink == 1 else f"{grow} {shrink}"
        if basis == zero:
            return factors
        if grow == 1 and shrink == 1:
            return str(basis)
        return f"{factors} {basis}"

    shorthand("flex", names, grammar, spec="css-flexbox-1 §7.2", expand=expand, serialize=serialize)


_register_flex()

# -- css-align-3 ---------------------------------------------------------------------
OVERFLOW_POSITION = Keywords("unsafe", "safe")
CONTENT_POSITION = Keywords("center", "start", "end", "flex-start", "flex-end")
SELF_POSITION = Keywords(
    "center", "start", "end", "self-start", "self-end", "flex-start", "flex-end"
)
CONTENT_DISTRIBUTION = Named(
    "<content-distribution>", Keywords("space-between", "space-around", "space-evenly", "stretch")
)


def _words(values) -> str:
    if isinstance(values, str):
        return values
    words = [w for w in values if w is not None]
    text = " ".join(words)
    return "baseline" if text == "first baseline" else text


BASELINE_POSITION = Named(
    "<baseline-position>",
    Map(Sequence(Optional(Keywords("first", "last")), Keywords("baseline")), _words),
)


def _positioned(position: Keywords, *extra: str):
    """<overflow-position>? [ <position> | extra keywords ]."""
    options = position if not extra else Alt(position, Keywords(*extra))
    return Map(Sequence(Optional(Named("<overflow-position>", OVERFLOW_POSITION)), options), _words)


def _legacy(values) -> str:
    _, direction = values
    return "legacy" if direction is None else f"legacy {direction}"


JUSTIFY_CONTENT = (
    Keywords("normal")
    | CONTENT_DISTRIBUTION
    | _positioned(Named("<content-position>", CONTENT_POSITION), "left", "right")
)
ALIGN_CONTENT = (
    Keywords("normal")
    | BASELINE_POSITION
    | CONTENT_DISTRIBUTION
    | _positioned(Named("<content-position>", CONTENT_POSITION))
)
JUSTIFY_SELF = (
    Keywords("auto", "normal", "stretch")
    | BASELINE_POSITION
    | _positioned(Named("<self-position>", SELF_POSITION), "left", "right")
)
ALIGN_SELF = (
    Keywords("auto", "normal", "stretch")
    | BASELINE_POSITION
    | _positioned(Named("<self-position>", SELF_POSITION))
)
ALIGN_ITEMS = (
    Keywords("normal", "stretch")
    | BASELINE_POSITION
    | _positioned(Named("<self-position>", SELF_POSITION))
)
JUSTIFY_ITEMS = (
    Keywords("normal", "stretch")
    | BASELINE_POSITION
    | _positioned(Named("<self-position>", SELF_POSITION), "left", "right")
    | Map(
        AnyOrder(Keywords("legacy"), Keywords("left", "right", "center")),
        lambda v: _legacy(v) if v[0] else _reject(),
    )
)


def _reject():
    raise ValueError("legacy alignment needs the legacy keyword")


longhand(
    "justify-content",
    JUSTIFY_CONTENT,
    "normal",
    spec="css-align-3 §5.1 (css-flexbox-1 §8.2)",
    applies_to="multicol containers, flex containers, and grid containers",
)
longhand(
    "align-content",
    ALIGN_CONTENT,
    "normal",
    spec="css-align-3 §5.1 (css-flexbox-1 §8.4)",
    applies_to="block containers, multicol containers, flex containers, and grid containers",
)
longhand(
    "justify-self",
    JUSTIFY_SELF,
    "auto",
    spec="css-align-3 §6.1",
    applies_to="block-level boxes, absolutely-positioned boxes, and grid items",
)
longhand(
    "align-self",
    ALIGN_SELF,
    "auto",
    spec="css-align-3 §6.1 (css-flexbox-1 §8.3)",
    applies_to="flex items, grid items, and absolutely-positioned boxes",
)
longhand("justify-items", JUSTIFY_ITEMS, "legacy", spec="css-align-3 §6.2")
longhand("align-items", ALIGN_ITEMS, "normal", spec="css-align-3 §6.2 (css-flexbox-1 §8.3)")

pair(
    "place-content",
    ("align-content", "justify-content"),
    ref("align-content"),
    ref("justify-content"),
    spec="css-align-3 §5.2",
    copy=lambda first: "start" if first.endswith("baseline") else first,
)
pair(
    "place-self",
    ("align-self", "justify-self"),
    ref("align-self"),
    ref("justify-self"),
    spec="css-align-3 §6.1.1",
)
pair(
    "place-items",
    ("align-items", "justify-items"),
    ref("align-items"),
    ref("justify-items"),
    spec="css-align-3 §6.2.1",
)

GAP = Keywords("normal") | length_percentage(0)
for gap_name in ("row-gap", "column-gap"):
    longhand(
        gap_name,
        GAP,
        "normal",
        spec="css-align-3 §8.1",
        percentages="the content box of the container, in that axis",
        applies_to="multi-column containers, flex containers, grid containers",
    )
pair("gap", ("row-gap", "column-gap"), GAP, spec="css-align-3 §8.3")
