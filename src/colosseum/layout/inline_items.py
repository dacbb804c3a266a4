"""The content of an inline formatting context as a flat list of items, and
its cutting into unbreakable pieces (CSS 2.1 §9.4.2, §16.6; css-text-3 §4,
§5).

The box tree below a block container with inline content is flattened into
:class:`Item` objects in document order: the start and end of each inline
box, each text box's text (after white-space processing phase I and
``text-transform``), atomic inline-level boxes, forced breaks, and the
floats and absolutely positioned boxes met in the content. Line breaking
then works on :class:`Piece` objects: runs of items between two soft wrap
opportunities, each measured once.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from ..text.linebreak import line_break_opportunities
from ..text.transform import transform_runs
from ..text.whitespace import (
    OTHER_SPACE_SEPARATORS,
    WHITE_SPACE_RULES,
    process_white_space,
    tab_advance,
)
from .boxes import InlineBox, LineBreakBox, MarkerBox, TextBox
from .used import resolve, resolve_edges

OPEN, CLOSE, TEXT, ATOMIC, FLOAT, ABSPOS, MARKER = range(7)
OBJECT = "\ufffc"  # an atomic inline in the text that line breaking sees
SOFT_HYPHEN = "\u00ad"
_HANGABLE = " \t" + OTHER_SPACE_SEPARATORS
_FONT_PROPERTIES = ("font_family", "font_size", "font_weight", "font_style", "font_stretch")


class Item:
    """One thing met in the inline content, in document order.

    ``kind`` is OPEN/CLOSE (an inline box's start and end; ``edge`` the
    width of the margin, border and padding on that side), TEXT (``text``:
    the box's processed text; a ``<br>`` is a TEXT item whose text is a line
    feed), ATOMIC (``edge`` its margin box width once laid out), FLOAT,
    ABSPOS or MARKER (an ``outside`` list marker)."""

    __slots__ = ("box", "edge", "kind", "offset", "rules", "text", "white_space")

    def __init__(self, kind: int, box, text: str = ""):
        self.kind = kind
        self.box = box
        self.text = text
        self.edge = 0.0
        self.white_space = "normal"
        self.rules = WHITE_SPACE_RULES["normal"]
        self.offset = 0  # where the item starts in the formatting context's text

    def __repr__(self) -> str:
        names = ("OPEN", "CLOSE", "TEXT", "ATOMIC", "FLOAT", "ABSPOS", "MARKER")
        return f"<Item {names[self.kind]} {self.box!r} {self.text!r}>"


def collect_items(container) -> list[Item]:
    """The items of ``container``'s inline content, in document order
    (iterative, so that deep trees do not recurse)."""
    items: list[Item] = []
    stack: list = [(child, False) for child in reversed(container.children)]
    while stack:
        box, closing = stack.pop()
        if closing:
            items.append(Item(CLOSE, box))
            continue
        if isinstance(box, TextBox):
            items.append(Item(TEXT, box, box.text))
        elif box.is_absolutely_positioned:
            items.append(Item(ABSPOS, box))
        elif box.is_floated:
            items.append(Item(FLOAT, box))
        elif isinstance(box, MarkerBox) and box.outside:
            items.append(Item(MARKER, box))
        elif isinstance(box, (InlineBox, MarkerBox)):
            items.append(Item(OPEN, box))
            stack.append((box, True))
            stack.extend((child, False) for child in reversed(box.children))
        else:
            items.append(Item(ATOMIC, box))
    return items


def process_text_items(items: list[Item]) -> None:
    """css-text-3 §4.1.1 phase I over the whole formatting context, then
    ``text-transform`` (§2.1.2: after phase I). A ``<br>`` takes part as a
    preserved line feed; atomic inlines stop collapsing."""
    flowing = [item for item in items if item.kind in (TEXT, ATOMIC)]
    runs = []
    for item in flowing:
        if item.kind == ATOMIC:
            runs.append((None, "normal"))
        elif isinstance(item.box, LineBreakBox):
            runs.append(("\n", "pre-line"))
        else:
            runs.append((item.text, item.box.style["white_space"]))
    processed = process_white_space(runs, east_asian_segment_breaks=False)
    transforms = [
        (run.text, item.box.style["text_transform"])
        for run, item in zip(processed, flowing, strict=True)
    ]
    for item, text in zip(flowing, transform_runs(transforms), strict=True):
        if item.kind == TEXT:
            item.text = text
            item.white_space = item.box.style["white_space"]
            item.rules = WHITE_SPACE_RULES[item.white_space]


def resolve_inline_edges(items: list[Item], cb_width: float) -> None:
    """CSS 2.1 §8.3, §8.4, §10.3.1: the margins, borders and paddings of
    inline boxes (percentages of the containing block's width). A box cut
    by block-in-inline splitting has no start edges on its later parts and
    no end edges on its earlier ones; the start is the right side in
    ``direction: rtl`` (§8.6)."""
    for item in items:
        box = item.box
        rtl = box.style["direction"] == "rtl"
        start, end = ("right", "left") if rtl else ("left", "right")
        if item.kind == OPEN:
            resolve_edges(box, cb_width)
            for side, keep in ((start, box.is_first), (end, box.is_last)):
                if not keep:
                    for edge in ("margin", "border", "padding"):
                        setattr(box, f"{edge}_{side}", 0.0)
            item.edge = _side(box, start)
        elif item.kind == CLOSE:
            item.edge = _side(box, end)


def _side(box, side: str) -> float:
    return (
        getattr(box, f"margin_{side}")
        + getattr(box, f"border_{side}")
        + getattr(box, f"padding_{side}")
    )


class TextWidths:
    """Text advances through the measurer, cached per (font, word): the
    same word in the same font is measured once per layout run. Adds
    ``letter-spacing`` and ``word-spacing`` (css-text-3 §7, §8)."""

    def __init__(self, measurer):
        self.measurer = measurer
        self.words: dict = {}
        self.fonts: dict = {}  # id(style) -> (style, font key, letter, word spacing)
        self.keys: dict = {}  # font properties -> a small int

    def font(self, style):
        entry = self.fonts.get(id(style))
        if entry is None:
            key = (*(style[name] for name in _FONT_PROPERTIES), style["font_variant"])
            key = self.keys.setdefault(key, len(self.keys))
            letter = resolve(style["letter_spacing"], None, auto=0.0)
            word = resolve(style["word_spacing"], None, auto=0.0)
            entry = self.fonts[id(style)] = (style, key, letter, word)
        return entry

    def word(self, style, key, word: str) -> float:
        width = self.words.get((key, word))
        if width is None:
            width = self.words[(key, word)] = self.measurer.advance(style, word)
        return width

    def width(self, style, text: str) -> float:
        """The advance of ``text`` (no tabs) with its spacings."""
        if not text:
            return 0.0
        _, key, letter, word_spacing = self.font(style)
        total = 0.0
        words = text.split(" ")
        for word in words:
            if word:
                total += self.word(style, key, word)
        spaces = len(words) - 1
        if spaces:
            total += spaces * self.word(style, key, " ")
        if word_spacing:
            total += word_spacing * (spaces + text.count("\u00a0"))
        if letter:
            total += letter * len(text)
        return total

    def width_at(self, style, text: str, position: float, origin: float) -> float:
        """The advance of ``text`` starting at ``position`` (absolute x),
        preserved tabs reaching the tab stops counted from ``origin``
        (css-text-3 §4.2)."""
        if "\t" not in text:
            return self.width(style, text)
        total = 0.0
        for index, part in enumerate(text.split("\t")):
            if index:
                total += self.tab(style, position + total - origin)
            total += self.width(style, part)
        return total

    def tab(self, style, offset: float) -> float:
        _, key, letter, word_spacing = self.font(style)
        return tab_advance(
            offset, style["tab_size"], self.word(style, key, " "), letter, word_spacing
        )


class Chunk:
    """Part of one item inside a piece: ``item.text[start:end]`` for text."""

    __slots__ = ("end", "item", "start")

    def __init__(self, item: Item, start: int = 0, end: int = 0):
        self.item = item
        self.start = start
        self.end = end

    @property
    def text(self) -> str:
        return self.item.text[self.start : self.end]


class Piece:
    """Content between two soft wrap opportunities (css-text-3 §5): it goes
    on a line whole. ``width`` is its advance with the inline edges inside
    it; ``trailing`` the advance of white space at its end that is removed
    or hangs at the end of a line (§4.1.2), ``leading`` that of collapsible
    spaces at its start (removed at the start of a line); ``forced``: a
    forced line break ends it; ``tabs``: its width depends on its position."""

    __slots__ = ("advances", "chunks", "forced", "hyphen", "leading", "tabs", "trailing", "width")

    def __init__(self):
        self.chunks: list[Chunk] = []
        self.advances: list[list] = []  # [item, advance] of each text chunk, in order
        self.width = 0.0
        self.hyphen = 0.0  # the hyphen shown when the line breaks after its soft hyphen
        self.trailing = 0.0
        self.leading = 0.0
        self.forced = False
        self.tabs = False

    def __repr__(self) -> str:
        return f"<Piece {''.join(c.text for c in self.chunks)!r} {self.width:g}>"


def context_text(items: list[Item]) -> str:
    """The formatting context's text as line breaking sees it: the texts,
    an object replacement character for each atomic inline."""
    parts = []
    offset = 0
    for item in items:
        item.offset = offset
        if item.kind == TEXT:
            parts.append(item.text)
            offset += len(item.text)
        elif item.kind == ATOMIC:
            parts.append(OBJECT)
            offset += 1
    return "".join(parts)


def _per_position(items: list[Item], length: int, name: str, container_style=None) -> list:
    """The value of property ``name`` for each position of the text; an
    atomic inline takes its parent's (with ``container_style``: the
    enclosing inline box's or the container's, since the atomic's own
    value governs its content, not the breaks around it)."""
    values: list = [None] * length
    parents = [container_style]
    for item in items:
        if item.kind == TEXT and item.text:
            end = item.offset + len(item.text)
            values[item.offset : end] = [item.box.style[name]] * len(item.text)
        elif item.kind == ATOMIC:
            style = parents[-1] if parents[-1] is not None else item.box.style
            values[item.offset] = style[name]
        elif item.kind == OPEN:
            parents.append(item.box.style)
        elif item.kind == CLOSE and len(parents) > 1:
            parents.pop()
    return values


def wrap_opportunities(items: list[Item], container_style=None) -> tuple[set[int], str]:
    """css-text-3 §5: the positions in the context's text where a soft wrap
    may happen (``p``: between ``text[p - 1]`` and ``text[p]``), after the
    styles of the characters around them: ``white-space`` (no wrapping for
    ``nowrap``/``pre``, decided by the character before the break),
    ``word-break`` and ``line-break``. Forced breaks (line feeds) are not
    included; css-text-3 §5.1: atomic inlines have an opportunity before
    and after them."""
    text = context_text(items)
    if not text:
        return Opportunities().freeze(), text
    length = len(text)
    word_breaks = _per_position(items, length, "word_break")
    line_breaks = _per_position(items, length, "line_break")
    if len(set(word_breaks)) == 1:
        word_breaks = word_breaks[0]
    if len(set(line_breaks)) == 1:
        line_breaks = line_breaks[0]
    white_spaces = _per_position(items, length, "white_space", container_style)
    found = set(line_break_opportunities(text, word_breaks, line_breaks))
    found.update(_extra_opportunities(items, text))
    opportunities = Opportunities()
    for position in found:
        if not 0 < position < length:
            continue
        if WHITE_SPACE_RULES[white_spaces[position - 1]].wrap and text[position - 1] != "\n":
            if text[position - 1] == SOFT_HYPHEN and _no_hyphens(items, position - 1):
                continue
            opportunities.add(position)
    return opportunities.freeze(), text


def _extra_opportunities(items: list[Item], text: str) -> set[int]:
    """css-text-3 §5.1: a soft wrap opportunity before and after each atomic
    inline, even next to a no-break space (not where a space follows or
    precedes it: the break goes after the space); HTML ``wbr`` elements are
    word break opportunities (HTML §15.3.8); ``break-spaces`` breaks after
    each space."""
    extra = set()
    for item in items:
        if item.kind == ATOMIC:
            if item.offset and text[item.offset - 1] != " ":
                extra.add(item.offset)
            after = item.offset + 1
            if after < len(text) and text[after] != " ":
                extra.add(after)
        elif item.kind == OPEN and getattr(item.box.node, "tag", None) == "wbr":
            extra.add(item.offset)
        elif item.kind == TEXT and item.white_space == "break-spaces":
            # css-text-3 §3: with break-spaces, an opportunity after every space.
            text = item.text
            extra.update(
                item.offset + index + 1 for index, char in enumerate(text) if char in " \t"
            )
    return extra


def _no_hyphens(items: list[Item], position: int) -> bool:
    """css-text-3 §5.4: with ``hyphens: none`` a soft hyphen is no break
    opportunity."""
    for item in items:
        if item.kind == TEXT and item.offset <= position < item.offset + len(item.text):
            return item.box.style["hyphens"] == "none"
    return False


def build_pieces(items: list[Item], widths: TextWidths, container_style=None) -> list[Piece]:
    """Cut the items into pieces at the soft wrap opportunities and after
    forced breaks. A break between inline box boundaries falls after the
    ends of boxes and before the starts of boxes (the end of a box stays on
    the line its content ends)."""
    opportunities, _ = wrap_opportunities(items, container_style)
    pieces: list[Piece] = []
    piece = Piece()
    pending = False  # a wrap opportunity was passed: the next content starts a piece

    def close():
        nonlocal piece, pending
        if piece.chunks:
            pieces.append(piece)
        piece = Piece()
        pending = False

    for item in items:
        kind = item.kind
        if kind == CLOSE and not piece.chunks and pieces and pieces[-1].forced:
            pieces[-1].chunks.append(Chunk(item))  # boxes ending after a forced break
            continue
        if kind in (CLOSE, FLOAT, ABSPOS, MARKER):
            piece.chunks.append(Chunk(item))
            continue
        text = item.text
        if kind == TEXT and not text:
            continue
        if pending:
            close()
        if kind != TEXT:
            piece.chunks.append(Chunk(item))
            pending = kind == ATOMIC and item.offset + 1 in opportunities
            continue
        start = 0
        for cut in _cuts(text, item.offset, opportunities):
            piece.chunks.append(Chunk(item, start, cut))
            start = cut
            if text[cut - 1] == "\n":
                piece.forced = True
            close()
        if start < len(text):
            piece.chunks.append(Chunk(item, start, len(text)))
        if item.offset + len(text) in opportunities and text[-1] != "\n":
            pending = True
    close()
    for piece in pieces:
        measure_piece(piece, widths)
    return pieces


class Opportunities(set):
    """A set of wrap opportunities that also keeps them sorted."""

    def freeze(self) -> Opportunities:
        self.ordered = sorted(self)
        return self


def _cuts(text: str, offset: int, opportunities: Opportunities) -> list[int]:
    """Where a text item is cut into pieces, as indices into ``text`` after
    the cut: after each line feed (a forced break) and at the wrap
    opportunities inside it (not at its end)."""
    end = offset + len(text)
    cuts = set()
    if opportunities:
        ordered = opportunities.ordered
        first = bisect_right(ordered, offset)
        last = bisect_left(ordered, end)
        cuts = {p - offset for p in ordered[first:last]}
    index = text.find("\n")
    while index >= 0:
        cuts.add(index + 1)
        index = text.find("\n", index + 1)
    cuts.discard(len(text))
    result = sorted(cuts)
    if text.endswith("\n"):
        result.append(len(text))
    return result


def measure_piece(piece: Piece, widths: TextWidths, position: float = 0.0) -> None:
    """A piece's width, and its leading and trailing white space;
    ``position`` is where it starts from the block container's content
    edge (for tab stops)."""
    width = 0.0
    trailing = 0.0
    leading = 0.0
    seen_content = False
    piece.advances = advances = []
    for chunk in piece.chunks:
        item = chunk.item
        kind = item.kind
        if kind in (OPEN, CLOSE, ATOMIC):
            width += item.edge
            if kind == ATOMIC or item.edge:
                trailing = 0.0
                seen_content = True
            continue
        if kind != TEXT:
            continue
        text = chunk.text.rstrip("\n")
        if not text:
            continue
        style = item.box.style
        if "\t" in text:
            piece.tabs = True
        advance = widths.width_at(style, text, position + width, 0.0)
        rules = item.rules
        if rules.trailing in ("remove", "hang"):
            stripped = text.rstrip(_HANGABLE)
            if len(stripped) < len(text):
                kept = widths.width_at(style, stripped, position + width, 0.0)
                trailing = (0.0 if stripped else trailing) + advance - kept
            else:
                trailing = 0.0
        else:
            trailing = 0.0
        width += advance
        advances.append((item, advance))
        if not seen_content:
            if rules.collapse_spaces:
                lead = len(text) - len(text.lstrip(" "))
                leading += widths.width(style, text[:lead])
                if lead < len(text):
                    seen_content = True
            else:
                seen_content = True
    piece.width = width
    piece.trailing = trailing
    piece.leading = leading
    last = next(
        (c for c in reversed(piece.chunks) if c.item.kind == TEXT and c.end > c.start), None
    )
    if last is not None and last.text.endswith(SOFT_HYPHEN):
        piece.hyphen = widths.width(last.item.box.style, "-")


def split_piece(piece: Piece, available: float, widths: TextWidths) -> list[Piece] | None:
    """css-text-3 §5.5: cut a piece whose text may break anywhere
    (``overflow-wrap: anywhere | break-word``, ``word-break: break-word``)
    after the last character that still fits in ``available`` (at least
    one character). None when the piece may not be cut or has one
    character only."""
    head = Piece()
    tail = Piece()
    used = 0.0
    cut = False
    for chunk in piece.chunks:
        if cut:
            tail.chunks.append(chunk)
            continue
        item = chunk.item
        if item.kind != TEXT or not _breaks_anywhere(item.box.style):
            head.chunks.append(chunk)
            used += item.edge if item.kind in (OPEN, CLOSE, ATOMIC) else 0.0
            continue
        style = item.box.style
        for index in range(chunk.start, chunk.end):
            advance = widths.width(style, item.text[index])
            has_head = index > chunk.start or any(
                c.item.kind in (TEXT, ATOMIC) for c in head.chunks
            )
            if has_head and used + advance > available + 1e-6:
                head.chunks.append(Chunk(item, chunk.start, index))
                tail.chunks.append(Chunk(item, index, chunk.end))
                cut = True
                break
            used += advance
        else:
            head.chunks.append(chunk)
    if not cut or not tail.chunks:
        return None
    tail.forced = piece.forced
    measure_piece(head, widths)
    measure_piece(tail, widths)
    return [head, tail]


def _breaks_anywhere(style) -> bool:
    return style["overflow_wrap"] in ("anywhere", "break-word") or style["word_break"] == (
        "break-word"
    )


class TextRounding:
    """What rounding text up to layout units adds to a line's width.

    Browsers size the text an inline item (a run of one box's text) has on
    a line in whole layout units, rounding up (``layout_unit_ceil``), and a
    line holds what fits by the sum of those sizes: text split over several
    boxes takes a little more room than the same text in one. This keeps,
    for the line being filled, each text item's advance so far and the
    total excess of the rounded sizes over the advances."""

    __slots__ = ("excess", "totals")

    def __init__(self):
        self.totals: dict[int, float] = {}
        self.excess = 0.0

    def _changed(self, piece: Piece, lead: float, ends_line: bool) -> dict[int, float]:
        """The advances of the items ``piece`` adds to, after it: ``lead``
        removed from its start, and when it ends the line its trailing white
        space removed."""
        parts = [[id(item), advance] for item, advance in piece.advances]
        if parts:
            parts[0][1] -= lead
            if ends_line:
                remove = piece.trailing
                for part in reversed(parts):
                    taken = min(remove, part[1])
                    part[1] -= taken
                    remove -= taken
        changed: dict[int, float] = {}
        totals = self.totals
        for key, advance in parts:
            changed[key] = changed.get(key, totals.get(key, 0.0)) + advance
        return changed

    def _excess(self, changed: dict[int, float]) -> float:
        excess = self.excess
        totals = self.totals
        for key, total in changed.items():
            old = totals.get(key)
            if old is not None:
                excess -= layout_unit_ceil(old) - old
            excess += layout_unit_ceil(total) - total
        return excess

    def if_last(self, piece: Piece, lead: float) -> float:
        """The excess of the line if ``piece`` ends it (a hyphen it shows
        is sized on its own)."""
        hyphen = layout_unit_ceil(piece.hyphen) - piece.hyphen
        return self._excess(self._changed(piece, lead, True)) + hyphen

    def add(self, piece: Piece, lead: float) -> None:
        """Put ``piece`` on the line (more may follow it)."""
        changed = self._changed(piece, lead, False)
        self.excess = self._excess(changed)
        self.totals.update(changed)


def layout_unit_ceil(width: float) -> float:
    """A text advance rounded up to Chromium's layout unit (1/64 px), as its
    text fragments are sized (float noise below 1e-6 unit is ignored)."""
    units = width * 64
    return math.ceil(units - 1e-6) / 64
