"""The property table's entry types and the table itself.

Every property is registered once, with its grammar, initial value,
inheritance, what its percentages refer to and the section that defines it;
parsing, computed values, error messages and the property reference in the
docs are all read from these entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .grammar import Grammar, Named

PROPERTIES: dict[str, Property] = {}
SHORTHANDS: dict[str, Shorthand] = {}


@dataclass(frozen=True, eq=False)
class Property:
    """A longhand property.

    ``initial`` is the initial value as a typed value; ``percentages`` says
    what a percentage refers to (None when the grammar has none);
    ``logical`` names the physical properties a logical property maps to
    (css-logical, for horizontal-tb writing: ``(ltr, rtl)``).
    """

    name: str
    grammar: Grammar
    initial: object
    inherited: bool
    percentages: str | None
    applies_to: str
    spec: str
    logical: tuple[str, str] | None = None

    @property
    def attribute(self) -> str:
        """The Python attribute name: hyphens become underscores."""
        return self.name.replace("-", "_")


@dataclass(frozen=True, eq=False)
class Shorthand:
    """A shorthand property.

    ``expand(value)`` turns the grammar's parsed value into a dict giving a
    value for every longhand (omitted parts reset to initial values).
    ``serialize(values)`` does the reverse from a dict of longhand values,
    returning None when no shorthand text can represent them.
    """

    name: str
    longhands: tuple[str, ...]
    grammar: Grammar
    spec: str
    expand: Callable[[object], dict]
    serialize: Callable[[dict], str | None] = field(repr=False)

    @property
    def attribute(self) -> str:
        return self.name.replace("-", "_")


def longhand(
    name: str,
    grammar: Grammar,
    initial: str,
    *,
    spec: str,
    inherited: bool = False,
    percentages: str | None = None,
    applies_to: str = "all elements",
    logical: tuple[str, str] | None = None,
) -> Property:
    """Register a longhand; ``initial`` is CSS text parsed with ``grammar``."""
    from .parser import tokenize

    if name in PROPERTIES or name in SHORTHANDS:
        raise RuntimeError(f"{name} is registered twice")
    entry = Property(
        name,
        grammar,
        grammar.parse(tokenize(initial)),
        inherited,
        percentages,
        applies_to,
        spec,
        logical,
    )
    PROPERTIES[name] = entry
    return entry


def shorthand(
    name: str,
    longhands: tuple[str, ...],
    grammar: Grammar,
    *,
    spec: str,
    expand: Callable[[object], dict],
    serialize: Callable[[dict], str | None],
) -> Shorthand:
    """Register a shorthand over already registered longhands."""
    if name in PROPERTIES or name in SHORTHANDS:
        raise RuntimeError(f"{name} is registered twice")
    missing = [n for n in longhands if n not in PROPERTIES]
    if missing:
        raise RuntimeError(f"{name}: unknown longhands {missing}")
    entry = Shorthand(name, tuple(longhands), grammar, spec, expand, serialize)
    SHORTHANDS[name] = entry
    return entry


def ref(name: str) -> Named:
    """``<'name'>``: a longhand's grammar used inside another grammar."""
    return Named(f"<'{name}'>", PROPERTIES[name].grammar)
