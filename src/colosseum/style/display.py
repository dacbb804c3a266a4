"""The ``display`` property: css-display-3 §2.

A display value is stored as :class:`Display`, a ``str`` holding the short
serialization (``"inline-block"``, ``"flex"``, ``"inline list-item"``) with
the parsed outer and inner display types and the list-item flag as
attributes, so ``style.display == "flex"`` and ``style.display.inner ==
"flex"`` both work.
"""

from __future__ import annotations

from .grammar import AnyOrder, Grammar, Keywords

OUTSIDE = ("block", "inline", "run-in")
INSIDE = ("flow", "flow-root", "table", "flex", "grid", "ruby")
INTERNAL = (
    "table-row-group",
    "table-header-group",
    "table-footer-group",
    "table-row",
    "table-cell",
    "table-column-group",
    "table-column",
    "table-caption",
    "ruby-base",
    "ruby-text",
    "ruby-base-container",
    "ruby-text-container",
)
BOX = ("contents", "none")
LEGACY = {
    "inline-block": ("inline", "flow-root"),
    "inline-table": ("inline", "table"),
    "inline-flex": ("inline", "flex"),
    "inline-grid": ("inline", "grid"),
}
# css-display-3 §2.7: the inner types whose inline-level form is a legacy keyword.
_LEGACY_BY_INNER = {inner: name for name, (_, inner) in LEGACY.items()}


class Display(str):
    """A ``display`` value; prints as its short form (css-display-3 §2, the
    "Short display" column). ``outer`` is ``block``/``inline``/``run-in``
    (``None`` for internal and box values), ``inner`` the inner type (the
    internal or box keyword itself for those), ``list_item`` the flag."""

    __slots__ = ("inner", "list_item", "outer")

    def __new__(cls, outer: str | None, inner: str, list_item: bool = False):
        self = super().__new__(cls, _short_form(outer, inner, list_item))
        self.outer = outer
        self.inner = inner
        self.list_item = list_item
        return self

    def __repr__(self) -> str:
        return f"Display({str.__str__(self)!r})"

    def __reduce__(self):
        return (Display, (self.outer, self.inner, self.list_item))

    @property
    def is_none(self) -> bool:
        return self.inner == "none"

    @property
    def is_contents(self) -> bool:
        return self.inner == "contents"

    @property
    def is_internal(self) -> bool:
        """A table or ruby internal display type (css-display-3 §2.4)."""
        return self.outer is None and self.inner in INTERNAL

    @property
    def is_block_level(self) -> bool:
        return self.outer == "block"

    @property
    def is_inline_level(self) -> bool:
        return self.outer == "inline"

    def blockified(self) -> Display:
        """css-display-3 §2.7 blockification: the block-level equivalent.

        ``inline flow-root`` and ``run-in flow-root`` become ``block`` "for
        legacy reasons", and a layout-internal type becomes ``block flow``
        (CSS 2.1 §9.7: inline-block and the table-* values compute to block)."""
        if self.outer == "inline" or self.outer == "run-in":
            inner = "flow" if self.inner == "flow-root" else self.inner
            return Display("block", inner, self.list_item)
        if self.is_internal:
            return Display("block", "flow")
        return self

    def inlinified(self) -> Display:
        """css-display-3 §2.7 inlinification: the inline-level equivalent."""
        if self.outer == "block":
            inner = "flow-root" if self.inner == "flow" else self.inner
            return Display("inline", inner, self.list_item)
        return self


def _short_form(outer, inner, list_item) -> str:
    if outer is None:
        return inner
    if list_item:
        parts = [] if outer == "block" else [outer]
        if inner != "flow":
            parts.append(inner)
        parts.append("list-item")
        return " ".join(parts)
    if outer == "block":
        return "block" if inner == "flow" else ("block ruby" if inner == "ruby" else inner)
    if outer == "inline":
        if inner == "flow":
            return "inline"
        if inner == "ruby":
            return "ruby"
        return _LEGACY_BY_INNER[inner]
    return "run-in" if inner == "flow" else f"run-in {inner}"


def _build_pair(values) -> Display:
    outer, inner = values
    if inner is None:
        return Display(outer, "flow")
    if outer is None:
        outer = "inline" if inner == "ruby" else "block"
    return Display(outer, inner)


def _build_list_item(values) -> Display:
    outer, inner, _ = values
    return Display(outer or "block", inner or "flow", True)


def _build_keyword(word: str) -> Display:
    if word in LEGACY:
        return Display(*LEGACY[word])
    return Display(None, word)


def display_grammar() -> Grammar:
    """[ <display-outside> || <display-inside> ] | <display-listitem> |
    <display-internal> | <display-box> | <display-legacy>"""
    from .grammar import AllOrder, Map, Named, Optional

    outside = Named("<display-outside>", Keywords(*OUTSIDE))
    inside = Named("<display-inside>", Keywords(*INSIDE))
    list_item = Named(
        "<display-listitem>",
        AllOrder(Optional(outside), Optional(Keywords("flow", "flow-root")), Keywords("list-item")),
    )
    return (
        Map(AnyOrder(outside, inside), _build_pair)
        | Map(list_item, _build_list_item)
        | Named("<display-internal>", Map(Keywords(*INTERNAL), _build_keyword))
        | Named("<display-box>", Map(Keywords(*BOX), _build_keyword))
        | Named("<display-legacy>", Map(Keywords(*LEGACY), _build_keyword))
    )


def display_value(text: str) -> Display:
    """The :class:`Display` for a single keyword or short form (no parsing
    of arbitrary text; used for initial values and tables)."""
    words = text.split()
    if len(words) == 1 and (words[0] in LEGACY or words[0] in INTERNAL or words[0] in BOX):
        return _build_keyword(words[0])
    if "list-item" in words:
        outer = next((w for w in words if w in OUTSIDE), None)
        inner = next((w for w in words if w in ("flow", "flow-root")), None)
        return _build_list_item((outer, inner, "list-item"))
    outer = next((w for w in words if w in OUTSIDE), None)
    inner = next((w for w in words if w in INSIDE), None)
    return _build_pair((outer, inner))
