"""Building one line box from the pieces chosen for it: CSS 2.1 §9.4.2,
§10.8, §16.1 ('text-indent'), §16.2 ('text-align'), css-text-3 §4.1.2
(phase II trimming and hanging), §7.3 (justification).

:class:`LineBuilder` walks the line's items in logical order, making an
:class:`~colosseum.layout.lines.InlineFragment` for each inline box on the
line (only the first fragment of a box has its start margin, border and
padding, only the last its end ones), a
:class:`~colosseum.layout.lines.TextFragment` for each piece of text, and
placing atomic inlines; bidirectional content is then reordered
(:mod:`.inline_bidi`); then it aligns the line horizontally and vertically
(:mod:`.inline_vertical`).

What the geometry reports follows Chromium's ``getBoundingClientRect()``
where CSS leaves it open (see :meth:`LineBuilder.cull`).
"""

from __future__ import annotations

from ..text.whitespace import trim_line
from .baselines import atomic_baseline
from .boxes import InlineBox, LineBreakBox
from .inline_bidi import level_runs, place_visually
from .inline_items import ABSPOS, ATOMIC, CLOSE, OPEN, SOFT_HYPHEN, TEXT, layout_unit_ceil
from .inline_vertical import Aligned, align_states, place_line
from .lines import InlineFragment, LineBox, TextFragment, defer_translate

_JUSTIFIABLE = " \u00a0"


class _Walk:
    """The state of one pass over a line's items."""

    def __init__(self):
        self.x = 0.0
        self.content = False
        self.states: list[Aligned] = []
        self.stack: list[Aligned] = []
        self.fragments: list = []  # (box, fragment) in logical order
        self.atomics: list = []  # (box, x, state)
        self.absolutes: list = []  # (box, x)
        self.texts: list = []  # (fragment, state)
        self.hanging = 0.0  # trailing hanging white space (not aligned)
        self.conditional = False  # it only hangs where it overflows
        self.items: dict[int, list] = {}  # id(state) -> its items, in order
        self.unclosed: list = []  # the inline boxes still open at the end of the line
        self.trimmed: set[int] = set()  # ids of states whose text was all trimmed away
        # For bidi reordering: (fragment or box or None, chain of states, level, width).
        self.leaves: list = []
        self.opened_here: set[int] = set()
        self.closed_here: set[int] = set()
        self.leaf_counts: dict[int, int] = {}
        self.open_items: dict[int, object] = {}  # id(state) -> its OPEN item
        self.line_end = None  # the line's last text chunk
        self.origin = 0.0  # x = 0 from the block container's content edge
        self.bidi = None
        self.paragraph = None  # the bidi paragraph the line belongs to

    def leaf(self, obj, level: int, width: float) -> None:
        chain = tuple(self.stack[1:])
        self.leaves.append((obj, chain, level, width))
        for state in chain:
            self.leaf_counts[id(state)] = self.leaf_counts.get(id(state), 0) + 1

    def add(self, obj) -> None:
        """Record ``obj`` (fragment or atomic box) as the next item of the
        innermost open box."""
        self.items.setdefault(id(self.stack[-1]), []).append(obj)


class LineBuilder:
    """Builds the line boxes of one inline formatting context."""

    def __init__(self, formatter):
        self.formatter = formatter
        self.open: list = []  # inline boxes open at the start of the next line
        # The inline base direction of the last line box (css-text-3 §8.3).
        self.previous_rtl = formatter.box.style["direction"] == "rtl"
        self.culled_empty: list = []  # fragments of culled boxes with no content
        self.child_needs_fragment: dict = {}  # id(box) -> see _child_needs_fragment

    # -- one line ---------------------------------------------------------------------

    def build(self, pieces, left, right, top, indent, last: bool, paragraph_end: bool = False):
        """The LineBox for ``pieces`` between ``left`` and ``right`` at
        ``top`` (None when the line is empty: it takes no height, CSS 2.1
        §9.4.2, though its boxes are placed). ``last``: the line is not
        justified; ``paragraph_end``: the last line of the formatting context
        (its preserved trailing white space only hangs where it overflows,
        css-text-3 §4.1.2 step 4, as before a forced break)."""
        chunks = [chunk for piece in pieces for chunk in piece.chunks]
        trimmed = trim_line([_trim_input(chunk) for chunk in chunks], forced_break=paragraph_end)
        available = right - left - indent
        opened = list(self.open)
        origin = left - self.formatter.left_edge + indent  # tab stops count from the edge
        walk = self.walk(chunks, trimmed, opened, 0.0, origin)
        style = self.formatter.box.style
        rtl = self.base_direction_is_rtl(walk)
        align = _text_align(style, last, rtl)
        natural = walk.x - _hanging(walk, available)
        if align == "justify":
            spaces = _justification_opportunities(chunks, trimmed)
            if spaces and natural < available:
                extra = (available - natural) / spaces
                walk = self.walk(chunks, trimmed, opened, extra, origin)
                natural = walk.x - _hanging(walk, available)
        offset = left + (0.0 if rtl else indent)
        offset += _alignment_offset(align, available - natural, rtl)
        self.open = walk.unclosed
        height, baseline = place_line(align_states_of(walk), top)
        if not walk.content:
            height = 0.0
        self.finish(walk, offset, top, height)
        self.cull(walk, top, empty=not walk.content)
        if not walk.content:
            return None
        self.previous_rtl = rtl
        line = LineBox(left, top, right - left, height, baseline)
        line.items = _visual_items(walk)
        return line

    def base_direction_is_rtl(self, walk: _Walk) -> bool:
        """css-text-3 §8.3: whether the line box's inline base direction
        (its start and end sides for 'text-align', 'text-align-last' and
        'text-indent') is right to left. It is the container's 'direction';
        with ``unicode-bidi: plaintext`` on the container, that of the bidi
        paragraph the line belongs to when the paragraph has a strong
        character, else that of the line box before (the container's for the
        first)."""
        style = self.formatter.box.style
        paragraph = walk.paragraph
        if style["unicode_bidi"] != "plaintext" or paragraph is None:
            return style["direction"] == "rtl"
        if paragraph.strong:
            return paragraph.base % 2 == 1
        return self.previous_rtl

    def measure(self, pieces, left, right, top, indent, last, paragraph_end):
        """The height and natural width the line would have (nothing is
        placed): for the caller to check it against floats lower down."""
        chunks = [chunk for piece in pieces for chunk in piece.chunks]
        trimmed = trim_line([_trim_input(chunk) for chunk in chunks], forced_break=paragraph_end)
        origin = left - self.formatter.left_edge + indent
        walk = self.walk(chunks, trimmed, list(self.open), 0.0, origin)
        if not walk.content:
            return 0.0, 0.0
        height, _ = place_line(align_states_of(walk), top)
        return height, walk.x - _hanging(walk, right - left - indent)

    def walk(self, chunks, trimmed, opened, extra: float, origin: float = 0.0) -> _Walk:
        """Place the line's items left to right from x = 0; ``extra`` is
        added to each justification opportunity; ``origin`` is where x = 0
        is from the block container's content edge (for tab stops)."""
        formatter = self.formatter
        bidi = formatter.bidi
        walk = _Walk()
        walk.bidi = bidi
        walk.origin = origin
        if bidi is not None:
            walk.paragraph = bidi.line_paragraph(chunks)
        root = Aligned(None, formatter.strut, None)
        root.set_inline_extent()
        walk.states.append(root)
        walk.stack.append(root)
        for box in opened:
            self.open_box(walk, box, continuation=True)
        walk.line_end = next(
            (c for c in reversed(chunks) if c.item.kind == TEXT and c.end > c.start), None
        )
        for chunk, trim in zip(chunks, trimmed, strict=True):
            item = chunk.item
            kind = item.kind
            if kind == OPEN:
                self.open_box(walk, item.box, continuation=False)
                walk.opened_here.add(id(walk.stack[-1]))
                walk.open_items[id(walk.stack[-1])] = item
                walk.x += item.edge
                walk.content = walk.content or bool(item.edge)
                walk.hanging = 0.0
            elif kind == CLOSE:
                if len(walk.stack) > 1 and walk.stack[-1].box is item.box:
                    walk.closed_here.add(id(walk.stack[-1]))
                    self.close_box(walk, walk.x, closed=True)
                walk.x += item.edge
                walk.content = walk.content or bool(item.edge)
                if item.edge:
                    walk.hanging = 0.0
            elif kind == TEXT:
                self.place_text(walk, chunk, trim, extra)
            elif kind == ATOMIC:
                state = Aligned(item.box, formatter.font(item.box.style), walk.stack[-1])
                above = atomic_baseline(item.box)
                state.above = above
                state.below = item.box.margin_height - above
                walk.states.append(state)
                walk.atomics.append((item.box, walk.x, state))
                walk.add(item.box)
                if bidi is not None:
                    walk.leaf(item.box, bidi.atomic_levels[id(item)], item.edge)
                walk.x += item.edge
                walk.content = True
                walk.hanging = 0.0
            elif kind == ABSPOS:
                walk.absolutes.append((item.box, walk.x))
        walk.unclosed = [state.box for state in walk.stack[1:]]
        while len(walk.stack) > 1:
            self.close_box(walk, walk.x, closed=False)
        if bidi is not None:
            place_visually(walk, walk.paragraph)
        return walk

    def open_box(self, walk: _Walk, box, continuation: bool) -> None:
        fragment = InlineFragment(box)
        for side in ("top", "bottom"):
            for edge in ("margin", "border", "padding"):
                name = f"{edge}_{side}"
                setattr(fragment, name, getattr(box, name))
        if not continuation:
            fragment.margin_left = box.margin_left
            fragment.border_left = box.border_left
            fragment.padding_left = box.padding_left
        fragment.x = walk.x
        walk.add(fragment)
        state = Aligned(box, self.formatter.font(box.style), walk.stack[-1], fragment)
        state.set_inline_extent()
        walk.states.append(state)
        walk.stack.append(state)
        walk.fragments.append((box, fragment))

    def close_box(self, walk: _Walk, x: float, closed: bool) -> None:
        if walk.bidi is not None and not walk.leaf_counts.get(id(walk.stack[-1])):
            item = walk.open_items.get(id(walk.stack[-1]))
            level = walk.bidi.box_levels.get(id(item), walk.paragraph.base)
            walk.leaf(None, level, 0.0)  # an empty box still has a place
        state = walk.stack.pop()
        fragment = state.fragment
        box = state.box
        if closed:
            fragment.margin_right = box.margin_right
            fragment.border_right = box.border_right
            fragment.padding_right = box.padding_right
        fragment.width = max(0.0, x - fragment.content_x)

    def place_text(self, walk: _Walk, chunk, trim, extra: float) -> None:
        item = chunk.item
        if trim is None:
            return
        text = trim.text
        if chunk.text.endswith("\n"):
            walk.content = True  # a forced break: the line is not empty
        if not text and isinstance(item.box, LineBreakBox):
            font = self.formatter.font(item.box.style)
            fragment = TextFragment(item.box, "", walk.x, 0.0, 0.0, font.ascent + font.descent, 0.0)
            walk.texts.append((fragment, walk.stack[-1]))
            walk.fragments.append((item.box, fragment))
            walk.add(fragment)
            if walk.bidi is not None:
                walk.leaf(fragment, walk.paragraph.base, 0.0)
            return
        if not text:
            walk.trimmed.add(id(walk.stack[-1]))
            return
        style = item.box.style
        widths = self.formatter.widths
        font = self.formatter.font(style)
        start = chunk.start + trim.start
        runs = [(start, chunk.start + trim.end, 0)]
        if walk.bidi is not None:
            runs = level_runs(walk.bidi.text_levels[id(item)], *runs[0][:2])
        content_end = chunk.start + trim.hang
        for run_start, run_end, level in runs:
            run = item.text[run_start:run_end]
            width = layout_unit_ceil(widths.width_at(style, run, walk.origin + walk.x, 0.0))
            if run.endswith(SOFT_HYPHEN) and run_end == chunk.end and walk.line_end is chunk:
                width += layout_unit_ceil(
                    widths.width(style, "-")
                )  # css-text-3 §5.4: hyphenated here
            if extra:
                counted = item.text[run_start : min(run_end, content_end)]
                width += extra * sum(counted.count(c) for c in _JUSTIFIABLE)
            fragment = TextFragment(
                item.box, run, walk.x, 0.0, width, font.ascent + font.descent, 0.0
            )
            walk.texts.append((fragment, walk.stack[-1]))
            walk.add(fragment)
            walk.fragments.append((item.box, fragment))
            if walk.bidi is not None:
                walk.leaf(fragment, level, width)
            walk.x += width
        hanging = trim.hanging
        walk.hanging = widths.width(style, hanging) if hanging else 0.0
        walk.conditional = trim.conditional
        walk.content = True

    # -- placing the line -------------------------------------------------------------

    def finish(self, walk: _Walk, offset: float, top: float, height: float = 0.0) -> None:
        """Move the fragments to their absolute positions, translate atomic
        inlines, give absolutely positioned boxes their static position."""
        for box, fragment in walk.fragments:
            fragment.x += offset
            box.fragments.append(fragment)
        for state in walk.states[1:]:
            fragment = state.fragment
            if fragment is not None:
                font = state.font
                fragment.baseline = state.baseline
                fragment.height = font.ascent + font.descent
                fragment.y = (
                    state.baseline
                    - font.ascent
                    - fragment.padding_top
                    - fragment.border_top
                    - fragment.margin_top
                )
        for fragment, state in walk.texts:
            font = self.formatter.font(fragment.box.style)
            fragment.baseline = state.baseline
            fragment.y = state.baseline - font.ascent
        for box, x, state in walk.atomics:
            defer_translate(box, offset + x - box.x, state.baseline - state.above - box.y)
        if walk.absolutes:
            from .position import register_absolute

            for box, x in walk.absolutes:
                if was_block_level(box):
                    # CSS 2.1 §10.3.7, §10.6.4: where a block box would go: at
                    # the line's start edge, below the line when content
                    # precedes it on the line, else at the line's top.
                    box.x = self.formatter.left_edge
                    box.y = top + height if x > 0 else top
                else:
                    box.x = offset + x
                    box.y = top
                register_absolute(self.formatter.ctx, box)

    def cull(self, walk: _Walk, top: float, empty: bool) -> None:
        """What a browser reports for inline boxes (``getBoundingClientRect``):
        on an empty line every inline box is an empty rectangle at the
        line's top; a culled inline box (:func:`is_culled`) covers the union
        of its content on the line, or nothing when its only text there was
        removed white space (:attr:`culled_empty`, dropped once layout is
        done if the box has fragments elsewhere)."""
        for state in reversed(walk.states[1:]):
            fragment = state.fragment
            if fragment is None:
                continue
            if empty:
                _set_rect(fragment, fragment.x, top, 0.0, 0.0)
                continue
            if not is_culled(state.box, state.font, state.parent.font):
                continue
            if self._child_needs_fragment(state.box, state.font):
                continue
            items = walk.items.get(id(state), [])
            # Zero-width text (bidi marks) reordered away from the rest is left out.
            items = [o for o in items if not _zero_width_text(o)] or items
            rects = [_rect_of(obj, fragment) for obj in items]
            if rects:
                left = min(r[0] for r in rects)
                upper = min(r[1] for r in rects)
                right = max(r[0] + r[2] for r in rects)
                lower = max(r[1] + r[3] for r in rects)
                _set_rect(fragment, left, upper, right - left, lower - upper)
            elif id(state) in walk.trimmed:  # only white space removed at the line's edge
                self.culled_empty.append(fragment)

    def _child_needs_fragment(self, box, font) -> bool:
        """Whether an inline box that could be culled keeps a fragment of
        its own because of a child inline box (as Chromium does): one with
        horizontal margins, borders or paddings, one not aligned on the
        baseline, or one with other font metrics or line height. Found once
        per box of the paragraph, whatever the number of its lines."""
        known = self.child_needs_fragment.get(id(box))
        if known is None:
            known = self.child_needs_fragment[id(box)] = self._find_child_needing(box, font)
        return known

    def _find_child_needing(self, box, font) -> bool:
        metrics = (font.ascent, font.descent, font.line_height)
        for child in box.children:
            if type(child) is not InlineBox:
                continue
            if (
                child.margin_left
                or child.margin_right
                or child.border_left
                or child.border_right
                or child.padding_left
                or child.padding_right
                or child.style["vertical_align"] != "baseline"
            ):
                return True
            child_font = self.formatter.font(child.style)
            if (child_font.ascent, child_font.descent, child_font.line_height) != metrics:
                return True
        return False

    def drop_empty_fragments(self) -> None:
        """Culled fragments without content go when their box has others."""
        dropped = {id(fragment) for fragment in self.culled_empty}
        for fragment in self.culled_empty:
            box = fragment.box
            kept = [f for f in box.fragments if id(f) not in dropped]
            if kept:
                box.fragments = kept

    def place_markers(self, lines: list) -> None:
        """css-lists-3 §3: outside markers of the container beside its first
        line box (see :mod:`.inline_markers`)."""
        if self.formatter.markers:
            from .inline_markers import place_outside_marker

            for marker in self.formatter.markers:
                place_outside_marker(self.formatter.ctx, marker, self.formatter.box, lines)


def was_block_level(box) -> bool:
    """Whether an absolutely positioned box was block-level before its
    display was blockified (css-display-3 §2.7), when the computed style
    records it as ``original_display``; otherwise it is taken as inline-level
    (its static position is then where it sits in the line)."""
    original = getattr(box.style, "original_display", None)
    return original is not None and original.outer == "block"


def is_culled(box, font, parent_font) -> bool:
    """Whether Chromium lays out the inline box without a box fragment of
    its own (it reports the union of its content instead): no margin,
    border or padding, no background, not positioned, aligned on the
    baseline, with its parent's font metrics and line height."""
    if any(
        getattr(box, f"{edge}_{side}")
        for edge in ("margin", "border", "padding")
        for side in ("top", "right", "bottom", "left")
    ):
        return False
    style = box.style
    if style["position"] != "static" or style["vertical_align"] != "baseline":
        return False
    if style["background_color"].alpha:
        return False
    return (font.ascent, font.descent, font.line_height) == (
        parent_font.ascent,
        parent_font.descent,
        parent_font.line_height,
    )


def _set_rect(fragment, x: float, y: float, width: float, height: float) -> None:
    for edge in ("margin", "border", "padding"):
        for side in ("top", "right", "bottom", "left"):
            setattr(fragment, f"{edge}_{side}", 0.0)
    fragment.x = x
    fragment.y = y
    fragment.width = width
    fragment.height = height


def _rect_of(obj, parent) -> tuple[float, float, float, float]:
    """The rectangle a line item adds to its culled parent's union: a text
    fragment's, an inline fragment's border box; for an atomic inline, its
    horizontal extent over the parent's own content area (as Chromium
    reports culled inline boxes)."""
    if isinstance(obj, TextFragment):
        return (obj.x, obj.y, obj.width, obj.height)
    if isinstance(obj, InlineFragment):
        return (obj.border_box_x, obj.border_box_y, obj.border_width, obj.border_height)
    return (obj.border_box_x, parent.y, obj.border_width, parent.height)


def _zero_width_text(obj) -> bool:
    return isinstance(obj, TextFragment) and obj.width == 0 and bool(obj.text)


def _hanging(walk: _Walk, available: float) -> float:
    """The advance of the white space hanging at the end of the line."""
    if walk.conditional:
        return max(0.0, min(walk.hanging, walk.x - available))
    return walk.hanging


def align_states_of(walk: _Walk) -> list[Aligned]:
    align_states(walk.states)
    return walk.states


def _visual_items(walk: _Walk) -> list:
    """The line's top-level items, in order (left to right in ``ltr``):
    the fragments of the inline boxes directly in the root, its text
    fragments and atomic boxes; each inline fragment holds its own items."""
    if walk.bidi is not None:
        for items in walk.items.values():
            items.sort(key=lambda obj: obj.x)
    for state in walk.states[1:]:
        if state.fragment is not None:
            state.fragment.items = walk.items.get(id(state), [])
    return walk.items.get(id(walk.states[0]), [])


def _trim_input(chunk):
    item = chunk.item
    if item.kind == ATOMIC:
        return (None, "normal")
    if item.kind == TEXT:
        return (chunk.text, item.white_space)
    return ("", "normal")


def _text_align(style, last: bool, rtl: bool) -> str:
    """CSS 2.1 §16.2 / css-text-3 §6.1, §6.3: the alignment of this line, as
    left, right, center or justify (start/end after the line's inline base
    direction, ``rtl``, css-text-3 §8.3). The last line and lines ended by a
    forced break follow ``text-align-last``."""
    value = style["text_align"]
    if last:
        value = _last_line_alignment(value, style["text_align_last"])
    elif value == "justify-all":
        value = "justify"
    if value == "justify":
        return "justify"
    if value in ("start", "match-parent", "-webkit-auto"):
        return "right" if rtl else "left"
    if value == "end":
        return "left" if rtl else "right"
    if value in ("center", "-webkit-center"):
        return "center"
    if value in ("right", "-webkit-right"):
        return "right"
    return "left"


def _last_line_alignment(text_align: str, text_align_last: str) -> str:
    """css-text-3 §6.3: ``text-align-last: auto`` aligns the last line as
    ``text-align`` does, except that ``justify`` becomes ``start``
    (``justify-all`` justifies it too, §6.1); any other value replaces it."""
    if text_align_last not in ("auto", "match-parent"):
        return text_align_last
    if text_align == "justify":
        return "start"
    if text_align == "justify-all":
        return "justify"
    return text_align


def _alignment_offset(align: str, free: float, rtl: bool) -> float:
    """css-text-3 §6.1: a line too long for its box is start-aligned: it
    overflows on the end side, the left in a right-to-left line."""
    if free <= 0:
        return free if rtl else 0.0
    if align == "right":
        return free
    if align == "center":
        return free / 2
    return 0.0


def _justification_opportunities(chunks, trimmed) -> int:
    count = 0
    for chunk, trim in zip(chunks, trimmed, strict=True):
        if chunk.item.kind == TEXT and trim is not None:
            content = trim.content
            count += sum(content.count(c) for c in _JUSTIFIABLE)
    return count
