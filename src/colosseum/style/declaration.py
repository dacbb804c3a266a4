"""``CSS``: a declaration block, as a host builds it or a ``style=""`` holds it.

Names are accepted with hyphens or underscores (``style["flex-grow"]``,
``style.flex_grow``). Assignment validates against the property's grammar;
shorthands expand to their longhands. Reading a longhand gives its declared
value, or its initial value when it is not declared; reading a shorthand
gives its serialization, or None when its longhands cannot be written as it.
"""

from __future__ import annotations

import tinycss2

from .parser import canonical_name, parse_python, parse_text
from .properties import PROPERTIES, SHORTHANDS
from .values import Length

# Shorthands tried, in this order, when printing a block: each is used when
# all of its longhands are declared (with the same importance) and its text
# expands back to exactly their values.
_COMPRESSIBLE = (
    "border",
    "border-top",
    "border-right",
    "border-bottom",
    "border-left",
    "border-width",
    "border-style",
    "border-color",
    "margin",
    "padding",
    "inset",
    "font",
    "flex",
    "flex-flow",
    "gap",
    "overflow",
    "list-style",
    "background",
    "outline",
    "text-decoration",
    "place-content",
    "place-items",
    "place-self",
    "grid-area",
    "grid-row",
    "grid-column",
)


class CSS:
    """A CSS declaration block.

    ``CSS(width=10, display="flex")``; ``CSS.from_string("width: 10px")``.
    Iterating gives the declared longhands' CSS names in declaration order;
    ``name in style`` tells whether a property is declared.
    """

    # ``_key``: see :meth:`content_key`; whatever changes ``_declared`` after
    # the key was taken resets it (:meth:`_changed`).
    __slots__ = ("_declared", "_important", "_key")

    def __init__(self, **declarations):
        object.__setattr__(self, "_declared", {})
        object.__setattr__(self, "_important", set())
        object.__setattr__(self, "_key", None)
        for name, value in declarations.items():
            self[name] = value

    # -- construction -------------------------------------------------------

    @classmethod
    def from_string(cls, text: str) -> CSS:
        """Parse a declaration list (the contents of a ``style`` attribute).

        Raises ValueError for the first invalid declaration, naming it. Use
        :func:`parse_declarations` to drop invalid declarations instead, as
        stylesheets do.
        """
        style, errors = parse_declarations(text)
        if errors:
            raise ValueError(errors[0])
        return style

    def copy(self) -> CSS:
        clone = CSS()
        clone._declared.update(self._declared)
        clone._important.update(self._important)
        return clone

    def set(self, name: str, value, important: bool = False) -> None:
        """Declare ``name`` (with ``!important`` when ``important``)."""
        css_name = canonical_name(name)
        values = parse_python(css_name, value)
        self._changed()
        for longhand_name, longhand_value in values.items():
            self._declared.pop(longhand_name, None)
            self._declared[longhand_name] = longhand_value
            if important:
                self._important.add(longhand_name)
            else:
                self._important.discard(longhand_name)

    def update(self, other: CSS | None = None, **declarations) -> None:
        """Declare everything ``other`` declares, then ``declarations``."""
        if other is not None:
            self._changed()
            for name, value in other._declared.items():
                self._declared.pop(name, None)
                self._declared[name] = value
                if name in other._important:
                    self._important.add(name)
                else:
                    self._important.discard(name)
        for name, value in declarations.items():
            self[name] = value

    def _changed(self) -> None:
        object.__setattr__(self, "_key", None)

    def content_key(self):
        """A hashable summary of the declared values (None when one is not
        hashable), kept until the declarations change: box generation
        computes one style for the nodes that declare the same under the
        same parent style."""
        key = self._key
        if key is None:
            key = (
                *[
                    # Lengths, the common case, hashed without a Python call.
                    (name, Length, value.value, value.unit)
                    if type(value) is Length
                    else (name, type(value), value)
                    for name, value in self._declared.items()
                ],
            )
            try:
                hash(key)
            except TypeError:
                key = False
            object.__setattr__(self, "_key", key)
        return key if key is not False else None

    # -- access ---------------------------------------------------------------

    def __getitem__(self, name: str):
        css_name = canonical_name(name)
        if css_name in PROPERTIES:
            value = self._declared.get(css_name)
            return PROPERTIES[css_name].initial if value is None else value
        entry = SHORTHANDS[css_name]
        values = {n: self[n] for n in entry.longhands}
        return entry.serialize(values)

    def __setitem__(self, name: str, value) -> None:
        self.set(name, value)

    def __delitem__(self, name: str) -> None:
        css_name = canonical_name(name)
        names = SHORTHANDS[css_name].longhands if css_name in SHORTHANDS else (css_name,)
        self._changed()
        for longhand_name in names:
            self._declared.pop(longhand_name, None)
            self._important.discard(longhand_name)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except ValueError as error:
            raise AttributeError(str(error)) from None

    def __setattr__(self, name: str, value) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        del self[name]

    def __contains__(self, name) -> bool:
        try:
            css_name = canonical_name(name)
        except ValueError:
            return False
        if css_name in SHORTHANDS:
            return all(n in self._declared for n in SHORTHANDS[css_name].longhands)
        return css_name in self._declared

    def __iter__(self):
        return iter(tuple(self._declared))

    def __len__(self) -> int:
        return len(self._declared)

    def items(self):
        """``(css_name, value)`` for every declared longhand, in order."""
        return tuple(self._declared.items())

    def is_important(self, name: str) -> bool:
        return canonical_name(name) in self._important

    def __eq__(self, other) -> bool:
        if not isinstance(other, CSS):
            return NotImplemented
        return self._declared == other._declared and self._important == other._important

    __hash__ = None  # mutable

    # -- serialization --------------------------------------------------------

    def __str__(self) -> str:
        declarations = []
        used = set()
        logical = any(PROPERTIES[n].logical for n in self._declared)
        groups = {}
        for shorthand_name in () if logical else _COMPRESSIBLE:
            entry = SHORTHANDS.get(shorthand_name)
            if entry is None or any(n in used or n not in self._declared for n in entry.longhands):
                continue
            importance = {n in self._important for n in entry.longhands}
            if len(importance) != 1:
                continue
            values = {n: self._declared[n] for n in entry.longhands}
            text = entry.serialize(values)
            if text is None or _reparse(shorthand_name, text) != values:
                continue
            used.update(entry.longhands)
            first = next(n for n in self._declared if n in entry.longhands)
            groups[first] = (shorthand_name, text, importance.pop())
        for name, value in self._declared.items():
            if name in groups:
                declarations.append(groups[name])
            elif name not in used:
                declarations.append((name, str(value), name in self._important))
        return "; ".join(
            f"{name}: {text}{' !important' if important else ''}"
            for name, text, important in declarations
        )

    def __repr__(self) -> str:
        return f"CSS({str(self)!r})"


def _reparse(name: str, text: str):
    try:
        return parse_text(name, text)
    except ValueError:
        return None


class DeclarationError(str):
    """A message about a dropped declaration (a ``str``), with the
    ``line`` and ``column`` where the declaration starts."""

    line: int | None
    column: int | None

    def __new__(cls, message: str, line: int | None, column: int | None):
        self = super().__new__(cls, f"line {line}, column {column}: {message}")
        self.line = line
        self.column = column
        self.message = message
        return self


def parse_declarations(source) -> tuple[CSS, list[DeclarationError]]:
    """Parse a declaration list leniently, as css-syntax-3 §5.3.7 and CSS 2.1
    §4.2 say: each invalid declaration is dropped and reported.

    ``source`` is CSS text or a list of tinycss2 component values (a rule's
    content). Returns the block and, for the dropped declarations, messages
    that start with their line and column (also available as attributes).
    """
    if not isinstance(source, str | list):
        raise ValueError(f"A declaration list is CSS text, not {source!r}")
    style = CSS()
    errors = []
    for item in tinycss2.parse_blocks_contents(source, skip_comments=True, skip_whitespace=True):
        line, column = item.source_line, item.source_column
        if item.type == "error":
            errors.append(DeclarationError(item.message, line, column))
            continue
        if item.type != "declaration":
            errors.append(
                DeclarationError(f"unexpected {item.type} in a declaration list", line, column)
            )
            continue
        if item.name.startswith("--"):
            errors.append(
                DeclarationError(f"custom property {item.name} is not supported", line, column)
            )
            continue
        try:
            css_name = canonical_name(item.name)
            if "_" in item.name:
                raise ValueError(f"Unknown CSS property {item.name!r}")
            style.set(css_name, tinycss2.serialize(item.value).strip(), important=item.important)
        except ValueError as error:
            errors.append(DeclarationError(str(error), line, column))
    return style, errors
