"""Families of shorthand properties that share one expansion rule.

- :func:`sides`: one to four values for top, right, bottom and left
  (CSS 2.1 §8.3 ``margin``: "If there is only one component value, it applies
  to all sides. If there are two values, the top and bottom margins are set
  to the first value and the right and left margins are set to the second.
  If there are three values, the top is set to the first value, the left and
  right are set to the second, and the bottom is set to the third.");
- :func:`pair`: one or two values, the second defaulting to the first
  (``gap``, ``overflow``, ``place-*``, ``inset-block``);
- :func:`any_order`: components in any order, each omitted one reset to its
  initial value (``border``, ``list-style``, ``flex-flow``).

Serialization gives the shortest text that expands back to the same values,
or None when the longhands cannot be written as this shorthand (css-cssom
"serialize a CSS value" for shorthands).
"""

from __future__ import annotations

from .grammar import AnyOrder, Grammar, Map, Repeat
from .registry import PROPERTIES, ref, shorthand
from .values import CSS_WIDE_KEYWORDS


def common_wide_keyword(values: dict, longhands) -> str | bool | None:
    """The CSS-wide keyword all longhands share; None when none has one;
    False when only some have one (no shorthand can say that)."""
    found = {
        values[n]
        for n in longhands
        if isinstance(values[n], str) and values[n] in CSS_WIDE_KEYWORDS
    }
    if not found:
        return None
    if len(found) == 1 and all(values[n] in found for n in longhands):
        return found.pop()
    return False


def _with_wide(serializer):
    def serialize(values, longhands):
        wide = common_wide_keyword(values, longhands)
        if wide is False:
            return None
        if wide is not None:
            return wide
        return serializer(values, longhands)

    return serialize


def sides(name: str, longhands: tuple[str, str, str, str], item: Grammar, *, spec: str):
    """Register a top/right/bottom/left shorthand."""

    def expand(values):
        top, right, bottom, left = (*values, None, None, None)[:4]
        right = top if right is None else right
        bottom = top if bottom is None else bottom
        left = right if left is None else left
        return dict(zip(longhands, (top, right, bottom, left), strict=True))

    @_with_wide
    def serialize(values, names):
        top, right, bottom, left = (str(values[n]) for n in names)
        parts = [top, right, bottom, left]
        if left == right:
            parts.pop()
            if bottom == top:
                parts.pop()
                if right == top:
                    parts.pop()
        return " ".join(parts)

    return shorthand(
        name,
        longhands,
        Repeat(item, 1, 4),
        spec=spec,
        expand=expand,
        serialize=lambda values: serialize(values, longhands),
    )


def pair(
    name: str,
    longhands: tuple[str, str],
    first: Grammar,
    second: Grammar | None = None,
    *,
    spec: str,
    separator: str = " ",
    copy=None,
):
    """Register a shorthand of two longhands whose second value, when
    omitted, copies the first (through ``copy(first)`` when given)."""
    from .grammar import Literal, Optional, Sequence

    second = first if second is None else second
    if separator == "/":
        grammar = Sequence(first, Optional(Map(Sequence(Literal("/"), second), lambda v: v[1])))
    else:
        grammar = Sequence(first, Optional(second))

    def expand(values):
        one, two = values
        if two is None:
            two = one if copy is None or one in CSS_WIDE_KEYWORDS else copy(one)
        return {longhands[0]: one, longhands[1]: two}

    @_with_wide
    def serialize(values, names):
        one, two = (str(values[n]) for n in names)
        if (two == one) if copy is None else (two == copy(one)):
            return one
        return f"{one} / {two}" if separator == "/" else f"{one} {two}"

    return shorthand(
        name,
        longhands,
        grammar,
        spec=spec,
        expand=expand,
        serialize=lambda values: serialize(values, longhands),
    )


def any_order(
    name: str,
    longhands: tuple[str, ...],
    *,
    spec: str,
    grammars=None,
    resets: tuple[str, ...] = (),
    adjust=None,
):
    """Register a ``a || b || c`` shorthand of the given longhands.

    ``grammars`` overrides a component's grammar (by longhand name);
    ``resets`` are further longhands the shorthand sets to their initial
    values without accepting them (as ``border`` resets ``border-image``).
    """
    grammars = grammars or {}
    items = [grammars.get(n) or ref(n) for n in longhands]
    covered = (*longhands, *resets)

    def expand(values):
        if adjust is not None:
            values = adjust(values)
        result = {n: PROPERTIES[n].initial for n in covered}
        for longhand_name, value in zip(longhands, values, strict=True):
            if value is not None:
                result[longhand_name] = value
        return result

    @_with_wide
    def serialize(values, names):
        if any(values[n] != PROPERTIES[n].initial for n in resets):
            return None
        parts = [str(values[n]) for n in longhands if values[n] != PROPERTIES[n].initial]
        if parts:
            return " ".join(parts)
        # All initial: the shortest single component that expands back to them
        # (not list-style's "none", which also sets the type to none).
        for index in sorted(range(len(longhands)), key=lambda i: len(str(values[longhands[i]]))):
            alone = tuple(values[n] if i == index else None for i, n in enumerate(longhands))
            if expand(alone) == {n: values[n] for n in covered}:
                return str(values[longhands[index]])
        return None  # pragma: no cover - one component always expands back

    return shorthand(
        name,
        covered,
        AnyOrder(*items),
        spec=spec,
        expand=expand,
        serialize=lambda values: serialize(values, covered),
    )
