"""Bidirectional text in inline formatting contexts: CSS 2.1 §9.10
('direction', 'unicode-bidi'), css-writing-modes-3 §2.4, CSS 2.1 §8.6 (the
edges of inline boxes in right-to-left text), with the Unicode
Bidirectional Algorithm of :mod:`colosseum.text.bidi`.

The formatting context's text is cut into bidi paragraphs at paragraph
separators (preserved line feeds, ``<br>``, U+2029), each resolved on its
own: its base level is the block container's 'direction', or, for
``unicode-bidi: plaintext``, found from its own text. Inline boxes with
'unicode-bidi' ``embed``, ``isolate``, ``bidi-override``,
``isolate-override`` and ``plaintext`` open and close the matching explicit
formatting characters (closed and opened again around a paragraph
separator inside them); atomic inlines are U+FFFC. Each line's leaves
(pieces of text of one level, atomic inlines, empty inline boxes) are
reordered by rule L2, with the base level of the paragraph the line belongs
to, and the inline boxes placed around them in visual order: in an ``rtl``
box the right-most fragment of its first line has its right margin, border
and padding, the left-most of its last line its left ones (§8.6).
"""

from __future__ import annotations

import math
from bisect import bisect_right

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
    """One bidi paragraph of the content (css-writing-modes-3 §2.4): its
    base (paragraph embedding) level, and whether it has strong
    directionality (rules P2-P3 found a strong character in it)."""

    __slots__ = ("base", "strong")

    def __init__(self, base: int, strong: bool):
        self.base = base
        self.strong = strong

    def __repr__(self) -> str:
        return f"<BidiParagraph base={self.base} strong={self.strong}>"


class BidiLevels:
    """The resolved levels of one formatting context's content, and its
    bidi paragraphs."""

    def __init__(self, paragraphs: list[BidiParagraph], starts: list[int]):
        self.paragraphs = paragraphs
        self.starts = starts  # where each paragraph starts in the content's bidi text
        self.text_levels: dict[int, list[int]] = {}  # id(TEXT item) -> levels
        self.atomic_levels: dict[int, int] = {}  # id(ATOMIC item) -> level
        self.box_levels: dict[int, int] = {}  # id(OPEN item) -> level inside the box
        # id(item) -> its offset in the bidi text; for TEXT items, the
        # (index in the item's text, offset) of each run of its characters.
        self.offsets: dict[int, int | list[tuple[int, int]]] = {}

    def paragraph_at(self, offset: int) -> BidiParagraph:
        return self.paragraphs[max(0, bisect_right(self.starts, offset) - 1)]

    def offset_of(self, item, index: int = 0) -> int | None:
        """Where character ``index`` of ``item`` is in the bidi text."""
        where = self.offsets.get(id(item))
        if where is None or isinstance(where, int):
            return where
        start, offset = where[max(0, bisect_right(where, (index, math.inf)) - 1)]
        return offset + index - start

    def line_paragraph(self, chunks) -> BidiParagraph:
        """css-text-3 §8.3: the bidi paragraph a line belongs to, the one
        of its first content (the first paragraph for a line with none)."""
        for chunk in chunks:
            offset = self.offset_of(chunk.item, chunk.start if chunk.item.kind == TEXT else 0)
            if offset is not None:
                return self.paragraph_at(offset)
        return self.paragraphs[0]


#: The values of 'unicode-bidi' that act on a block container's own content.
_REORDERING_ON_CONTAINER = frozenset({"bidi-override", "isolate-override", "plaintext"})


def _explicit(box) -> str:
    value = box.style["unicode_bidi"]
    return value if value in _CLOSERS else "normal"


def _needs_bidi(items, container) -> bool:
    """Whether the content could read other than left to right as it is
    (right-to-left text, 'direction' or 'unicode-bidi' asking for it)."""
    style = container.style
    if style["direction"] == "rtl" or style["unicode_bidi"] in _REORDERING_ON_CONTAINER:
        return True
    for item in items:
        if item.kind == OPEN and (
            item.box.style["direction"] == "rtl" or _explicit(item.box) != "normal"
        ):
            return True
        if item.kind == TEXT and bidi.needs_bidi(item.text):
            return True
    return False


class _BidiText:
    """The content's text as the bidi algorithm sees it: its characters
    with the explicit formatting characters of the inline boxes
    (css-writing-modes-3 §2.4.2), atomic inlines as U+FFFC. At a paragraph
    separator, the boxes open around it are closed before it and opened
    again after it (§2.4.4)."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.open: list[tuple[str, str]] = []  # (opener, closer), outermost first

    def append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def push(self, opener: str, closer: str) -> None:
        self.append(opener)
        self.open.append((opener, closer))

    def pop(self) -> None:
        self.append(self.open.pop()[1])

    def append_text(self, text: str) -> list[tuple[int, int]]:
        """Append an item's text; returns its runs as (index in ``text``,
        offset in the bidi text)."""
        runs = [(0, self.length)]
        start = 0
        for match in bidi.PARAGRAPH_SEPARATOR.finditer(text):
            self.append(text[start : match.start()])
            if self.open:
                self.append("".join(closer for _, closer in reversed(self.open)))
                runs.append((match.start(), self.length))
            self.append(match.group())
            if self.open:
                self.append("".join(opener for opener, _ in self.open))
                runs.append((match.end(), self.length))
            start = match.end()
        self.append(text[start:])
        return runs

    def text(self) -> str:
        return "".join(self.parts)


def prepare_bidi(items, container) -> BidiLevels | None:
    """The bidi levels of the content, or None when the content reads left
    to right as it is (no right-to-left text, direction or override).

    Each bidi paragraph (css-writing-modes-3 §2.4: the content up to a
    paragraph separator, a preserved line feed or a ``<br>``) is resolved on
    its own, with the base level of the container's 'direction', or, for
    ``unicode-bidi: plaintext`` on the container, of its own first strong
    character (rules P2-P3; left to right when it has none, §2.4.1)."""
    if not _needs_bidi(items, container):
        return None
    rtl = container.style["direction"] == "rtl"
    container_mode = _explicit(container)
    content = _BidiText()
    if container_mode in ("bidi-override", "isolate-override"):
        # css-writing-modes-3 §2.4.2: on a block container, the override wraps its content.
        content.push(bidi.RLO if rtl else bidi.LRO, bidi.PDF)
    offsets: dict[int, int | list[tuple[int, int]]] = {}
    for item in items:
        kind = item.kind
        if kind in (OPEN, CLOSE, ATOMIC):
            mode = _explicit(item.box)
            if kind == CLOSE and mode != "normal":
                content.pop()
            elif kind == OPEN and mode != "normal":
                content.push(_OPENERS[(mode, item.box.style["direction"])], _CLOSERS[mode])
            offsets[id(item)] = content.length  # an OPEN item: where its content starts
            if kind == ATOMIC:
                content.append(OBJECT)
        elif kind == TEXT:
            offsets[id(item)] = content.append_text(item.text)
    text = content.text()
    levels, paragraphs, starts = _resolve(text, None if container_mode == "plaintext" else int(rtl))
    result = BidiLevels(paragraphs, starts)
    result.offsets = offsets
    _assign_levels(result, items, levels)
    return result


def _resolve(text: str, base: int | None):
    """The levels of ``text``, its paragraphs (P1) and where they start;
    ``base`` None: each paragraph's from P2-P3."""
    levels: list[int] = []
    paragraphs = []
    starts = []
    for start, end in bidi.split_paragraphs(text):
        part = text[start:end]
        strong = bidi.first_strong_level(part)
        level = base if base is not None else (strong or 0)
        paragraphs.append(BidiParagraph(level, strong is not None))
        starts.append(start)
        levels.extend(bidi.embedding_levels(part, level))
    return levels, paragraphs, starts


def _assign_levels(result: BidiLevels, items, levels: list[int]) -> None:
    count = len(levels)
    for item in items:
        where = result.offsets.get(id(item))
        if where is None or item.kind == CLOSE:
            continue
        if item.kind == TEXT:
            bounds = [index for index, _ in where[1:]] + [len(item.text)]
            item_levels: list[int] = []
            for (index, offset), stop in zip(where, bounds, strict=True):
                item_levels.extend(levels[offset : offset + stop - index])
            result.text_levels[id(item)] = item_levels
            continue
        level = levels[where] if where < count else result.paragraph_at(where).base
        if item.kind == ATOMIC:
            result.atomic_levels[id(item)] = level
        else:
            result.box_levels[id(item)] = level


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
