"""The inline formatting context: CSS 2.1 §9.4.2 (line boxes), §10.8 (line
height, through :mod:`.inline_vertical`), chapter 16 (text: indentation,
alignment, spacing, white space through :mod:`colosseum.text.whitespace`),
css-text-3 §5 (line breaking, :mod:`colosseum.text.linebreak`).

:func:`layout_inline_content` lays out the inline-level content of a block
container in line boxes stacked from its content edge:

1. the content is flattened into items (:mod:`.inline_items`), its text
   white-space processed and transformed, atomic inlines laid out;
2. the items are cut into pieces at soft wrap opportunities;
3. line after line, pieces are added while they fit between the floats
   (§9.4.2: line boxes are shortened by floats, and moved below them when
   nothing fits); floats met in the content are placed on the current line
   when they fit beside its content, else below it (§9.5.1 rule 6);
4. each line is built (:mod:`.inline_build`): fragments placed left to
   right (reordered by the Unicode bidirectional algorithm when the content
   has right-to-left text or 'direction'/'unicode-bidi' asks for it,
   CSS 2.1 §9.10, :mod:`.inline_bidi`), aligned by ``text-align``, then
   vertically (§10.8);
5. outside list markers go beside the first line box (:mod:`.inline_markers`).

Text is measured through ``ctx.measurer`` word by word, each (font, word)
once per layout run (:class:`~.inline_items.TextWidths`).
"""

from __future__ import annotations

from .inline_bidi import prepare_bidi
from .inline_build import LineBuilder
from .inline_items import (
    ATOMIC,
    CLOSE,
    FLOAT,
    MARKER,
    OPEN,
    TEXT,
    Piece,
    TextRounding,
    TextWidths,
    build_pieces,
    collect_items,
    measure_piece,
    process_text_items,
    resolve_inline_edges,
)
from .inline_vertical import Aligned, FontBox, align_states, place_line
from .lines import LineBox
from .used import resolve

EPSILON = 1e-6
#: How far a line's content may reach past the room it has and still fit:
#: one layout unit (1/64 px), as browsers fit lines. Text is measured in
#: fixed point (:func:`colosseum.text.metrics.rasterizer_advance`), so text
#: that arithmetic says fills a line exactly can measure a hair wider.
FIT_SLACK = 1 / 64


def text_widths(ctx) -> TextWidths:
    """The per-(font, word) width cache of a layout run."""
    widths = ctx.text_widths
    if widths is None:
        widths = ctx.text_widths = TextWidths(ctx.measurer)
    return widths


def layout_inline_content(ctx, box, floats, cb_height) -> float:
    """CSS 2.1 §9.4.2: lay out ``box``'s inline content in line boxes from
    (``box.content_x``, ``box.content_y``) across ``box.width``; returns the
    content height (bottom of the last line box minus ``content_y``, 0 when
    there are no line boxes). Sets ``box.lines`` and the fragments of the
    inline and text boxes inside."""
    return InlineFormatter(ctx, box, floats, cb_height).run()


class InlineFormatter:
    """The layout of one block container's inline content."""

    def __init__(self, ctx, box, floats, cb_height):
        self.ctx = ctx
        self.box = box
        self.floats = floats
        self.cb_height = cb_height
        self.widths = text_widths(ctx)
        self.fonts: dict = {}
        self.strut = self.font(box.style)
        self.left_edge = box.content_x
        self.right_edge = box.content_x + box.width
        self.indent = resolve(box.style["text_indent"], box.width, auto=0.0)
        if not starts_its_element(box):
            self.indent = 0.0
        self.items = collect_items(box)
        process_text_items(self.items)
        resolve_inline_edges(self.items, box.width)
        self.layout_atomics()
        self.pieces = build_pieces(self.items, self.widths, box.style)
        self.bidi = prepare_bidi(self.items, box)
        self.builder = LineBuilder(self)
        self.markers = [item.box for item in self.items if item.kind == MARKER]
        self.handled: set[int] = set()  # ids of the floats placed or deferred
        self.band_height = 0.0  # a line's height when taller than its strut

    def font(self, style) -> FontBox:
        font = self.fonts.get(id(style))
        if font is None:
            font = self.fonts[id(style)] = FontBox(self.ctx.measurer, style)
        return font

    def layout_atomics(self) -> None:
        """Lay out every atomic inline-level box with its margin box at
        (0, 0) (CSS 2.1 §10.3.2, §10.3.9, §10.6.2, §10.6.6); the line
        builder translates it. Inline and text boxes lose their old
        fragments, and the moves still pending below them
        (:func:`~.lines.defer_translate`): what is inside is placed anew."""
        from .block import layout_atomic

        for item in self.items:
            if item.kind == ATOMIC:
                layout_atomic(self.ctx, item.box, self.box.width, self.cb_height)
                item.edge = item.box.margin_width
            elif item.kind in (OPEN, TEXT):
                item.box.fragments = []
                item.box.shift = None

    # -- line breaking ----------------------------------------------------------------

    def run(self) -> float:
        box = self.box
        lines = []
        top = box.content_y
        index = 0
        first = True
        while index < len(self.pieces):
            index, top, line = self.next_line(index, top, first)
            if line is not None:
                lines.append(line)
                first = False
        if not lines and any(marker.children for marker in self.markers):
            lines.append(self.marker_line(top))
        box.lines = lines
        self.builder.drop_empty_fragments()
        self.builder.place_markers(lines)
        if not lines:
            return 0.0
        return lines[-1].y + lines[-1].height - box.content_y

    def marker_line(self, top: float) -> LineBox:
        """css-lists-3 §3.1: a list item whose content makes no line box
        still gets one for its outside marker (as browsers do): the strut
        and the marker's own inline box, on a common baseline."""
        root = Aligned(None, self.strut, None)
        root.set_inline_extent()
        states = [root]
        for marker in self.markers:
            state = Aligned(marker, self.font(marker.style), root)
            state.set_inline_extent()
            states.append(state)
        align_states(states)
        height, baseline = place_line(states, top)
        left, right = self.band(top)
        return LineBox(left, top, right - left, height, baseline)

    def band(self, top: float) -> tuple[float, float]:
        """The space beside the floats for a line at ``top``, as tall as
        the strut (or as the line turned out, see :meth:`next_line`)."""
        height = max(self.band_height, self.strut.line_height)
        return self.floats.band(top, height, self.left_edge, self.right_edge)

    def next_line(self, start: int, top: float, first: bool):
        """Fill one line from piece ``start`` at ``top``: returns the index
        of the next piece, the top of the next line and the LineBox (None
        for a line that is empty, CSS 2.1 §9.4.2).

        A line found taller than the strut may reach floats lower down
        (CSS 2.1 §9.4.2: line boxes beside floats are shortened): then it is
        filled again in the space beside them at its height, as Chromium
        does."""
        self.band_height = 0.0
        retries = 0
        while True:
            fill = self.fill_line(start, top, first)
            if fill is None:
                top = self.floats.next_bottom(top, self.strut.line_height)
                continue
            end, chosen, deferred, forced = fill
            left, right = self.band(top)
            indent = self.indent if first else 0.0
            last = end >= len(self.pieces)
            taller = None
            if retries < 4:  # the band only grows: a few tries settle it
                taller = self.taller_band(chosen, left, right, top, indent, last or forced, last)
            if taller is None:
                break
            retries += 1
            self.band_height = taller
            for float_box in deferred:  # they are met again
                self.handled.discard(id(float_box))
        line = self.builder.build(chosen, left, right, top, indent, last or forced, last)
        bottom = top if line is None else line.y + line.height
        for float_box in deferred:
            self.floats.place(float_box, bottom, self.left_edge, self.right_edge)
        return end, bottom, line

    def taller_band(self, chosen, left, right, top, indent, last, paragraph_end):
        """The line's height when, at that height, floats narrow it so that
        its content no longer fits; else None."""
        reach = self.floats.band(top, 1e9, self.left_edge, self.right_edge)
        if reach == (left, right) or not chosen:
            return None  # no float lower down beside this line
        height, natural = self.builder.measure(
            chosen, left, right, top, indent, last, paragraph_end
        )
        if height <= max(self.band_height, self.strut.line_height) + EPSILON:
            return None
        low, high = self.floats.band(top, height, self.left_edge, self.right_edge)
        if (low, high) == (left, right) or natural <= high - low - indent + FIT_SLACK:
            return None
        return height

    def fill_line(self, start: int, top: float, first: bool):
        """Choose the pieces of the line at ``top``; None when the first
        piece does not fit beside floats that end lower (the caller moves
        the line below them)."""
        pieces = self.pieces
        indent = self.indent if first else 0.0
        width = 0.0
        content = False
        chosen: list[Piece] = []
        deferred: list = []
        index = start
        trailing = 0.0  # white space ending the line so far: not counted beside floats
        rounding = TextRounding()
        while index < len(pieces):
            piece = pieces[index]
            # Floats before the piece's content come first (§9.5.1 rule 6).
            self.place_floats(piece, top, width - trailing, content, first, deferred, True)
            left, right = self.band(top)
            available = right - left - indent
            if piece.tabs:
                measure_piece(piece, self.widths, left - self.left_edge + indent + width)
            lead = 0.0 if content else piece.leading
            needed = width - lead + piece.width - piece.trailing + piece.hyphen
            needed += rounding.if_last(piece, lead)
            if content and needed > available + FIT_SLACK:
                break
            if not content and needed > available + FIT_SLACK and has_content(piece):
                if chosen:  # floats were placed: end this empty line, retry below
                    return index, chosen, deferred, False
                if self.floats.next_bottom(top, self.strut.line_height) is not None:
                    return None
                if self.split_overflowing(index, available - width):
                    continue
            self.place_floats(piece, top, width - lead, content, first, deferred, False)
            chosen.append(piece)
            rounding.add(piece, lead)
            width += piece.width - lead
            trailing = piece.trailing
            content = content or has_content(piece)
            index += 1
            if piece.forced:
                return index, chosen, deferred, True
        return index, chosen, deferred, False

    def place_floats(self, piece, top, width, content, first, deferred, leading: bool) -> None:
        """Place the floats of ``piece`` not placed yet: with ``leading``,
        only those before its first in-flow content. ``width`` is the line's
        content width before the piece; each float is checked against the
        content before it (Chromium places a float met inside a word when
        the part of the line before it leaves room)."""
        before = 0.0  # the piece's advance before the current chunk
        spaces = 0.0  # of which white space at the end (not counted beside a float)
        for chunk in piece.chunks:
            item = chunk.item
            kind = item.kind
            if kind != FLOAT:
                if leading and (kind in (ATOMIC, OPEN) or chunk.end > chunk.start):
                    return
                if kind in (OPEN, CLOSE, ATOMIC):
                    before += item.edge
                    spaces = 0.0 if item.edge else spaces
                    content = content or bool(item.edge) or kind == ATOMIC
                elif kind == TEXT and chunk.end > chunk.start:
                    text = chunk.text
                    advance = self.widths.width(item.box.style, text)
                    stripped = text.rstrip(" ")
                    kept = self.widths.width(item.box.style, stripped) if stripped else 0.0
                    spaces = advance - kept + (spaces if not stripped else 0.0)
                    before += advance
                    content = content or bool(stripped) or not item.rules.collapse_spaces
                continue
            if id(item.box) in self.handled:
                continue
            self.handled.add(id(item.box))
            used = width + before - spaces
            if not self.place_float(item.box, top, used, content, first):
                deferred.append(item.box)

    def place_float(self, float_box, top: float, width: float, content: bool, first: bool):
        """CSS 2.1 §9.5.1 rule 6 and §9.4.2: a float met in the line goes
        on this line when it fits beside the line's content so far (or the
        line has none), else below the line (returns False: deferred)."""
        from .block import layout_float
        from .floats import FloatContext

        box = self.box
        layout_float(
            self.ctx,
            float_box,
            box.width,
            self.cb_height,
            FloatContext(),
            top,
            self.left_edge,
            self.right_edge,
        )
        left, right = self.band(top)
        available = right - left - (self.indent if first else 0.0)
        if content and width + float_box.margin_width > available + EPSILON:
            return False
        self.floats.place(float_box, top, self.left_edge, self.right_edge)
        return True

    def split_overflowing(self, index: int, available: float) -> bool:
        """css-text-3 §5.5 'overflow-wrap: anywhere | break-word' (and
        'word-break: break-word'): a piece too wide for an empty line may
        break between any two characters; its head holds as many as fit (at
        least one). Returns True when the piece was split."""
        from .inline_items import split_piece

        parts = split_piece(self.pieces[index], available, self.widths)
        if parts is None:
            return False
        self.pieces[index : index + 1] = parts
        return True


def starts_its_element(box) -> bool:
    """CSS 2.1 §16.1: 'text-indent' applies to the first formatted line of
    an element; an anonymous block box has it only when it is the first
    child of its parent (no in-flow block-level sibling before its
    content)."""
    if box.node is not None:
        return True
    first = next((child.node for child in box.children if child.node is not None), None)
    parent = getattr(first, "parent", None)
    if parent is None:
        return True
    for sibling in parent.children:
        if sibling is first:
            return True
        computed = getattr(sibling, "computed", None)
        if computed is None or getattr(sibling, "text", None) is not None:
            continue
        display = computed["display"]
        if (
            display.outer == "block"
            and computed["float"] == "none"
            and computed["position"] not in ("absolute", "fixed")
        ):
            return False
    return True


def has_content(piece: Piece) -> bool:
    """Whether a piece puts something in the line box that keeps it from
    being empty (CSS 2.1 §9.4.2: text, preserved white space, an atomic
    inline, a forced break, an inline box edge with margin, border or
    padding)."""
    for chunk in piece.chunks:
        kind = chunk.item.kind
        if kind == ATOMIC:
            return True
        if kind in (OPEN, CLOSE) and chunk.item.edge:
            return True
        if kind == TEXT and chunk.end > chunk.start:
            text = chunk.text
            if text.strip(" ") or not _collapsible(chunk.item):
                return True
    return False


def _collapsible(item) -> bool:
    return item.rules.collapse_spaces


__all__ = ["inline_intrinsic_sizes", "layout_inline_content", "starts_its_element"]


def inline_intrinsic_sizes(ctx, box) -> tuple[float, float]:
    """css-sizing-3 §5.1 for inline content (see :mod:`.inline_intrinsic`)."""
    from .inline_intrinsic import inline_intrinsic_sizes as sizes

    return sizes(ctx, box)
