"""Math functions: ``calc()``, ``min()``, ``max()`` and ``clamp()``.

css-values-4 §10 "Mathematical Expressions". A math function is parsed into a
calculation tree (§10.9), type-checked (§10.8), and simplified (§10.10): like
terms are combined, so ``calc(1px + 2px + 50%)`` becomes ``3px + 50%``.
Percentages and font- or viewport-relative lengths stay in the tree until
something can resolve them: computed values convert lengths to px
(:meth:`Calc.map_leaves`), and layout evaluates what is left against its
percentage basis (:meth:`Calc.evaluate`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .values import (
    ANGLE_UNITS,
    LENGTH_UNITS,
    Angle,
    Length,
    Number,
    Percentage,
    format_number,
)

MATH_FUNCTIONS = frozenset({"calc", "min", "max", "clamp"})
CONSTANTS = {"e": math.e, "pi": math.pi}

# A calculation's type (css-values-4 §10.8): the base type it resolves to.
NUMBER, LENGTH, PERCENTAGE, ANGLE = "number", "length", "percentage", "angle"
MAX_DEPTH = 32  # nesting limit for parentheses and functions


class CalcError(ValueError):
    """A math function that is not valid CSS."""


@dataclass(frozen=True, slots=True)
class Sum:
    terms: tuple

    def __str__(self) -> str:
        parts = []
        for index, term in enumerate(self.terms):
            negative = _is_negative_leaf(term)
            text = _serialize(_negate_leaf(term) if negative and index else term)
            if index:
                parts.append(" - " if negative else " + ")
            parts.append(text)
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class Product:
    """A product of one number coefficient and one non-number factor."""

    coefficient: float
    factor: object

    def __str__(self) -> str:
        return f"{format_number(self.coefficient)} * {_serialize(self.factor, nested=True)}"


@dataclass(frozen=True, slots=True)
class MathFunction:
    """``min()``, ``max()`` or ``clamp()`` that could not be folded."""

    name: str
    arguments: tuple

    def __str__(self) -> str:
        return f"{self.name}({', '.join(_serialize(a) for a in self.arguments)})"


Leaf = Number | Length | Percentage | Angle


@dataclass(frozen=True, slots=True)
class Calc:
    """A simplified math function, as a specified or computed value.

    ``expression`` is a leaf, a :class:`Sum`, a :class:`Product` or a
    :class:`MathFunction`. ``type`` is ``"number"``, ``"length"``,
    ``"percentage"`` or ``"angle"`` (a length-percentage mix has type
    ``"length"``).
    """

    expression: object
    type: str

    def __str__(self) -> str:
        if isinstance(self.expression, MathFunction):
            return str(self.expression)
        return f"calc({_serialize(self.expression)})"

    @property
    def has_percentage(self) -> bool:
        return any(isinstance(leaf, Percentage) for leaf in _leaves(self.expression))

    def map_leaves(self, convert: Callable[[Leaf], Leaf]) -> Calc | Leaf:
        """Replace every leaf with ``convert(leaf)`` and simplify again.

        Returns a bare leaf when the result folds to one (a computed
        ``calc(1em + 2px)`` with a 16px font is simply ``18px``).
        """
        expression = _simplify(_map(self.expression, convert))
        if isinstance(expression, Leaf):
            return expression
        return Calc(expression, self.type)

    def evaluate(self, resolve: Callable[[Leaf], float]) -> float:
        """The value of the expression, each leaf given by ``resolve(leaf)``."""
        return _evaluate(self.expression, resolve)


def _leaves(node):
    if isinstance(node, Sum):
        for term in node.terms:
            yield from _leaves(term)
    elif isinstance(node, Product):
        yield from _leaves(node.factor)
    elif isinstance(node, MathFunction):
        for argument in node.arguments:
            yield from _leaves(argument)
    else:
        yield node


def _map(node, convert):
    if isinstance(node, Sum):
        return Sum(tuple(_map(t, convert) for t in node.terms))
    if isinstance(node, Product):
        return Product(node.coefficient, _map(node.factor, convert))
    if isinstance(node, MathFunction):
        return MathFunction(node.name, tuple(_map(a, convert) for a in node.arguments))
    return convert(node)


def _evaluate(node, resolve) -> float:
    if isinstance(node, Sum):
        return sum(_evaluate(t, resolve) for t in node.terms)
    if isinstance(node, Product):
        return node.coefficient * _evaluate(node.factor, resolve)
    if isinstance(node, MathFunction):
        values = [_evaluate(a, resolve) for a in node.arguments]
        if node.name == "min":
            return min(values)
        if node.name == "max":
            return max(values)
        low, value, high = values
        return max(low, min(value, high))  # css-values-4 §10.2: min wins over max
    if isinstance(node, Number):
        return float(node)
    return resolve(node)


# -- serialization ---------------------------------------------------------


def _serialize(node, nested: bool = False) -> str:
    if isinstance(node, Sum):
        return f"({node})" if nested else str(node)
    return str(node)


def _is_negative_leaf(node) -> bool:
    if isinstance(node, Number):
        return node < 0
    if isinstance(node, Length | Percentage | Angle):
        return node.value < 0
    return False


def _negate_leaf(node):
    return _scale(node, -1.0)


# -- simplification (css-values-4 §10.10) ------------------------------------


def _unit_key(leaf) -> str:
    if isinstance(leaf, Number):
        return ""
    if isinstance(leaf, Percentage):
        return "%"
    return leaf.unit


def _scale(node, factor: float):
    if isinstance(node, Number):
        return Number(node * factor)
    if isinstance(node, Length):
        return Length(node.value * factor, node.unit)
    if isinstance(node, Percentage):
        return Percentage(node.value * factor)
    if isinstance(node, Angle):
        return Angle(node.value * factor, node.unit)
    if isinstance(node, Sum):
        return Sum(tuple(_scale(t, factor) for t in node.terms))
    if isinstance(node, Product):
        coefficient = node.coefficient * factor
        return node.factor if coefficient == 1 else Product(coefficient, node.factor)
    return node if factor == 1 else Product(factor, node)


def _make_leaf(unit: str, value: float):
    if unit == "":
        return Number(value)
    if unit == "%":
        return Percentage(value)
    if unit in ANGLE_UNITS:
        return Angle(value, unit)
    return Length(value, unit)


def _sort_key(unit: str):
    # Numbers first, then percentages, then dimensions by unit (§10.13).
    return (0 if unit == "" else 1 if unit == "%" else 2, unit)


def _simplify(node):
    """Fold constants and combine like terms."""
    if isinstance(node, Sum):
        totals: dict[str, float] = {}
        others = []
        pending = list(node.terms)
        while pending:
            term = _simplify(pending.pop(0))
            if isinstance(term, Sum):
                pending[:0] = term.terms
            elif isinstance(term, Leaf):
                key = _unit_key(term)
                totals[key] = totals.get(key, 0.0) + _leaf_value(term)
            else:
                others.append(term)
        terms = [_make_leaf(u, totals[u]) for u in sorted(totals, key=_sort_key)]
        terms.extend(others)
        if len(terms) > 1:
            # Drop zero leaves that a non-zero leaf of the same type makes
            # redundant; a zero that is the only term of its type stays, as
            # it gives the calculation its type (css-values-4 §10.8).
            kept = [
                t
                for t in terms
                if not (isinstance(t, Leaf) and _leaf_value(t) == 0)
                or not any(
                    isinstance(o, Leaf) and _leaf_value(o) != 0 and type(o) is type(t)
                    for o in terms
                )
            ]
            terms = kept or terms[:1]
        return terms[0] if len(terms) == 1 else Sum(tuple(terms))
    if isinstance(node, Product):
        factor = _simplify(node.factor)
        return _scale(factor, node.coefficient)
    if isinstance(node, MathFunction):
        arguments = tuple(_simplify(a) for a in node.arguments)
        if all(isinstance(a, Leaf) for a in arguments):
            keys = {_unit_key(a) for a in arguments}
            if len(keys) == 1:
                values = [_leaf_value(a) for a in arguments]
                folded = _evaluate(MathFunction(node.name, tuple(Number(v) for v in values)), None)
                return _make_leaf(keys.pop(), folded)
        return MathFunction(node.name, arguments)
    return node


def _leaf_value(leaf) -> float:
    return float(leaf) if isinstance(leaf, Number) else leaf.value


# -- parsing ---------------------------------------------------------------


def parse_math_function(token, percentages: bool = True) -> Calc:
    """Parse a ``calc()``/``min()``/``max()``/``clamp()`` function token.

    ``percentages`` says whether the property accepts percentages where this
    appears; the returned :class:`Calc` has been type-checked and simplified.
    Raises :class:`CalcError` for anything invalid.
    """
    node, kind = _parse_function(token, 0)
    if kind == PERCENTAGE and not percentages:
        raise CalcError(f"{token.name}() resolves to a percentage here")
    if kind == "length-percentage":
        if not percentages:
            raise CalcError(f"{token.name}() mixes lengths and percentages here")
        kind = LENGTH
    expression = _simplify(node)
    _check_finite(expression)
    return Calc(expression, kind)


def _check_finite(node):
    for leaf in _leaves(node):
        value = _leaf_value(leaf)
        if math.isnan(value) or math.isinf(value):
            raise CalcError("the expression is not a finite number")


def _parse_function(token, depth):
    if depth > MAX_DEPTH:
        raise CalcError("math functions are nested too deeply")
    name = token.lower_name
    if name == "calc":
        return _parse_sum(_strip(token.arguments), depth + 1)
    arguments = _split_commas(token.arguments)
    if name == "clamp" and len(arguments) != 3:
        raise CalcError("clamp() takes exactly three arguments")
    if not arguments or any(not a for a in arguments):
        raise CalcError(f"{name}() needs comma-separated arguments")
    parsed = [_parse_sum(a, depth + 1) for a in arguments]
    kind = parsed[0][1]
    for _, other in parsed[1:]:
        kind = _combine_types(kind, other)
    return MathFunction(name, tuple(node for node, _ in parsed)), kind


def _strip(tokens):
    tokens = [t for t in tokens if t.type != "comment"]
    while tokens and tokens[0].type == "whitespace":
        tokens.pop(0)
    while tokens and tokens[-1].type == "whitespace":
        tokens.pop()
    return tokens


def _split_commas(tokens):
    groups = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    return [_strip(group) for group in groups]


def _combine_types(first, second):
    """Types of the two sides of ``+``/``-`` or of min()/max() arguments."""
    if first == second:
        return first
    pair = {first, second}
    if pair <= {LENGTH, PERCENTAGE, "length-percentage"}:
        return "length-percentage"
    raise CalcError(f"cannot combine a {first} with a {second}")


def _parse_sum(tokens, depth):
    if not tokens:
        raise CalcError("empty expression")
    # Split at + and - that are surrounded by whitespace (css-values-4 §10.1).
    products, signs, current = [], [1.0], []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.type == "literal"
            and token.value in "+-"
            and current
            and index > 0
            and tokens[index - 1].type == "whitespace"
            and index + 1 < len(tokens)
            and tokens[index + 1].type == "whitespace"
        ):
            products.append(_strip(current))
            signs.append(1.0 if token.value == "+" else -1.0)
            current = []
        else:
            current.append(token)
        index += 1
    products.append(_strip(current))
    terms, kind = [], None
    for sign, product_tokens in zip(signs, products, strict=True):
        node, node_kind = _parse_product(product_tokens, depth)
        kind = node_kind if kind is None else _combine_types(kind, node_kind)
        terms.append(_scale(node, sign) if sign < 0 else node)
    return (terms[0] if len(terms) == 1 else Sum(tuple(terms))), kind


def _parse_product(tokens, depth):
    tokens = [t for t in tokens if t.type != "whitespace"]
    if not tokens:
        raise CalcError("missing operand")
    node, kind = _parse_value(tokens[0], depth)
    coefficient = 1.0
    if kind == NUMBER:
        coefficient, node = _as_number(node), None
    index = 1
    while index < len(tokens):
        operator = tokens[index]
        if operator.type != "literal" or operator.value not in "*/" or index + 1 >= len(tokens):
            raise CalcError(f"unexpected {operator.serialize()!r}")
        operand, operand_kind = _parse_value(tokens[index + 1], depth)
        if operator.value == "/":
            if operand_kind != NUMBER:
                raise CalcError("can only divide by a number")
            divisor = _as_number(operand)
            if divisor == 0:
                raise CalcError("division by zero")
            coefficient /= divisor
        elif operand_kind == NUMBER:
            coefficient *= _as_number(operand)
        elif node is None:
            node, kind = operand, operand_kind
        else:
            raise CalcError("cannot multiply two dimensions")
        index += 2
    if node is None:
        return Number(coefficient), NUMBER
    return _scale(node, coefficient), kind


def _as_number(node) -> float:
    value = _simplify(node)
    if not isinstance(value, Number):
        raise CalcError("expected a number")
    return float(value)


def _parse_value(token, depth):
    kind = token.type
    if kind == "number":
        return Number(token.value), NUMBER
    if kind == "percentage":
        return Percentage(token.value), PERCENTAGE
    if kind == "dimension":
        unit = token.lower_unit
        if unit in LENGTH_UNITS:
            return Length(token.value, unit), LENGTH
        if unit in ANGLE_UNITS:
            return Angle(token.value, unit), ANGLE
        raise CalcError(f"unknown unit {token.unit!r}")
    if kind == "ident" and token.lower_value in CONSTANTS:
        return Number(CONSTANTS[token.lower_value]), NUMBER
    if kind == "() block":
        if depth > MAX_DEPTH:
            raise CalcError("math functions are nested too deeply")
        return _parse_sum(_strip(token.content), depth + 1)
    if kind == "function" and token.lower_name in MATH_FUNCTIONS:
        return _parse_function(token, depth)  # which counts its own level
    raise CalcError(f"unexpected {token.serialize()!r}")
