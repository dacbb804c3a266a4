"""Bidirectional text in inline formatting contexts: CSS 2.1 §9.10
('direction', 'unicode-bidi'), css-writing-modes-3 §2.4, CSS 2.1 §8.6 (the
edges of inline boxes in right-to-left text), with the Unicode
Bidirectional Algorithm of :mod:`colosseum.text.bidi`.

The formatting context's text is one paragraph: its base level is the
block container's 'direction' (or found from the text for
``unicode-bidi: plaintext``); inline boxes with 'unicode-bidi' ``embed``,
``isolate``, ``bidi-override``, ``isolate-override`` and ``plaintext`` open
and close the matching explicit formatting characters; atomic inlines are
U+FFFC. Each line's leaves (pieces of text of one level, atomic inlines,
empty inline boxes) are reordered by rule L2, and the inline boxes placed
around them in visual order: in an ``rtl`` box the right-most fragment of
its first line has its right margin, border and padding, the left-most of
its last line its left ones (§8.6).
"""

from __future__ import annotations

from ..text import bidi
from .inline_items import ATOMIC, CLOSE, OBJECT, OPEN, TEXT

_OPENERS = {
    ("embed", "ltr"): bidi.LRE,
    ("embed", "rtl"): bidi.RLE,
    ("isolate", "ltr"): bidi.LRI,
    ("isolate", "rtl"): bidi.RLI,
    ("bidi-override", "ltr"): bidi.LRO,
    ("bidi-override", "rtl"): bidi.RLO,
    ("isolate-override", "ltr"): bidi.LRI + bidi.LRO,
    ("isolate-override", "rtl"): bidi.RLI + bidi.RLO,
    ("plaintext", "ltr"): bidi.FSI,
    ("plaintext", "rtl"): bidi.FSI,
}
_CLOSERS = {
    "embed": bidi.PDF,
    "isolate": bidi.PDI,
    "bidi-override": bidi.PDF,
    "isolate-override": bidi.PDF + bidi.PDI,
    "plaintext": bidi.PDI,
}


class BidiParagraph:
    """The resolved levels of one formatting context's content."""

    def __init__(self, base: int):
        self.base = base
        self.text_levels: dict[int, list[int]] = {}  # id(TEXT item) -> levels
        self.atomic_levels: dict[int, int] = {}  # id(ATOMIC item) -> level
        self.box_levels: dict[int, int] = {}  # id(OPEN item) -> level inside the box


def _explicit(box) -> str:
    value = box.style["unicode_bidi"]
    return value if value in _CLOSERS else "normal"


def prepare_bidi(items, container) -> BidiParagraph | None:
    """The bidi levels of the content, or None when the content reads left
    to right as it is (no right-to-left text, direction or override)."""
    style = container.style
    container_mode = _explicit(container)
    rtl = style["direction"] == "rtl"
    needed = rtl or container_mode in ("bidi-override", "isolate-override", "plaintext")
    for item in items:
        if item.kind == OPEN and (
            item.box.style["direction"] == "rtl" or _explicit(item.box) != "normal"
        ):
            needed = True
        elif item.kind == TEXT and not needed and bidi.needs_bidi(item.text):
            needed = True
    if not needed:
        return None
    parts = []
    positions = []  # (item, offset in the paragraph text)
    offset = 0
    if container_mode in ("bidi-override", "isolate-override"):
        # css-writing-modes-3 §2.4.2: on a block container, the override wraps its content.
        opener = bidi.RLO if rtl else bidi.LRO
        parts.append(opener)
        offset += 1
    for item in items:
        kind = item.kind
        if kind == OPEN:
            mode = _explicit(item.box)
            if mode != "normal":
                opener = _OPENERS[(mode, item.box.style["direction"])]
                parts.append(opener)
                offset += len(opener)
            positions.append((item, offset))
        elif kind == CLOSE:
            mode = _explicit(item.box)
            if mode != "normal":
                parts.append(_CLOSERS[mode])
                offset += len(_CLOSERS[mode])
        elif kind == TEXT:
            positions.append((item, offset))
            parts.append(item.text)
            offset += len(item.text)
        elif kind == ATOMIC:
            positions.append((item, offset))
            parts.append(OBJECT)
            offset += 1
    text = "".join(parts)
    base = None if container_mode == "plaintext" else (1 if rtl else 0)
    levels = bidi.embedding_levels(text, base)
    if base is None:
        base = bidi.paragraph_level(text)
    paragraph = BidiParagraph(base)
    for item, start in positions:
        if item.kind == TEXT:
            paragraph.text_levels[id(item)] = levels[start : start + len(item.text)]
        elif item.kind == ATOMIC:
            paragraph.atomic_levels[id(item)] = levels[start] if start < len(levels) else base
        else:
            paragraph.box_levels[id(item)] = levels[start] if start < len(levels) else base
    return paragraph


def level_runs(levels: list[int], start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, level) of each run of one level in ``levels[start:end]``."""
    runs = []
    index = start
    while index < end:
        level = levels[index]
        stop = index + 1
        while stop < end and levels[stop] == level:
            stop += 1
        runs.append((index, stop, level))
        index = stop
    return runs


def place_visually(walk, paragraph: BidiParagraph) -> None:
    """Reorder the line's leaves (rule L2) and lay them out left to right
    from x = 0, with the inline boxes around them: each box's fragment from
    its first to its last leaf in visual order, its edges on the sides
    CSS 2.1 §8.6 gives them."""
    leaves = walk.leaves
    if not leaves:
        return
    levels = [leaf[2] for leaf in leaves]
    # L1: white space at the end of the line goes back to the paragraph level.
    for index in range(len(leaves) - 1, -1, -1):
        obj = leaves[index][0]
        if obj is None:
            continue
        if not hasattr(obj, "text") or obj.text.strip(" \t"):
            break
        levels[index] = paragraph.base
    order = bidi.reorder(levels)
    remaining: dict[int, int] = {}
    for leaf in leaves:
        for state in leaf[1]:
            remaining[id(state)] = remaining.get(id(state), 0) + 1
    x = 0.0
    current: list = []
    entered: set[int] = set()
    for index in order:
        obj, chain, _level, width = leaves[index]
        common = 0
        while common < min(len(current), len(chain)) and current[common] is chain[common]:
            common += 1
        for state in reversed(current[common:]):
            x = _leave(walk, state, x, remaining)
        for state in chain[common:]:
            x = _enter(walk, state, x, entered)
        current = list(chain)
        if obj is not None:
            _move(walk, obj, x)
        x += width
        for state in chain:
            remaining[id(state)] -= 1
    for state in reversed(current):
        x = _leave(walk, state, x, remaining)
    walk.x = x


def _sides(walk, state) -> tuple[bool, bool]:
    """Whether the fragment has its left and its right edges (§8.6)."""
    opened = id(state) in walk.opened_here
    closed = id(state) in walk.closed_here
    if state.box.style["direction"] == "rtl":
        return closed, opened
    return opened, closed


def _enter(walk, state, x: float, entered: set[int]) -> float:
    fragment = state.fragment
    box = state.box
    if id(state) in entered:
        return x
    entered.add(id(state))
    has_left, _ = _sides(walk, state)
    for edge in ("margin", "border", "padding"):
        setattr(fragment, f"{edge}_left", getattr(box, f"{edge}_left") if has_left else 0.0)
    fragment.x = x
    return x + fragment.margin_left + fragment.border_left + fragment.padding_left


def _leave(walk, state, x: float, remaining: dict[int, int]) -> float:
    if remaining[id(state)] > 0:
        return x
    fragment = state.fragment
    box = state.box
    _, has_right = _sides(walk, state)
    for edge in ("margin", "border", "padding"):
        setattr(fragment, f"{edge}_right", getattr(box, f"{edge}_right") if has_right else 0.0)
    fragment.width = max(0.0, x - fragment.content_x)
    remaining[id(state)] = -1
    return x + fragment.margin_right + fragment.border_right + fragment.padding_right


def _move(walk, obj, x: float) -> None:
    """Put a leaf (text fragment or atomic box) at ``x``."""
    if hasattr(obj, "text"):
        obj.x = x
        return
    for index, (box, _, state) in enumerate(walk.atomics):
        if box is obj:
            walk.atomics[index] = (box, x, state)
            return
