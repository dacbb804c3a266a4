"""Intrinsic sizes of inline content: css-sizing-3 §5.1 (and CSS 2.1
§10.3.5's preferred widths).

- min-content: the widest piece that cannot be broken (a word with its
  inline box edges, an atomic inline's min-content contribution), with
  'text-indent' on the first; ``overflow-wrap: anywhere`` breaks between
  any two characters;
- max-content: the widest line when lines break only at forced breaks
  (floats met in the content add their max-content contribution to the
  line they are in).
"""

from __future__ import annotations

from .inline_items import (
    ATOMIC,
    FLOAT,
    TEXT,
    TextRounding,
    build_pieces,
    collect_items,
    layout_unit_ceil,
    process_text_items,
    resolve_inline_edges,
)
from .used import resolve


def inline_intrinsic_sizes(ctx, box) -> tuple[float, float]:
    """(min-content, max-content) widths of ``box``'s inline content."""
    from .inline import text_widths
    from .intrinsic import intrinsic_contribution

    widths = text_widths(ctx)
    items = collect_items(box)
    process_text_items(items)
    resolve_inline_edges(items, None)
    extra_max: dict[int, float] = {}
    float_sizes: dict[int, tuple[float, float]] = {}
    for item in items:
        if item.kind == ATOMIC:
            minimum = intrinsic_contribution(ctx, item.box, "min")
            item.edge = minimum
            extra_max[id(item)] = intrinsic_contribution(ctx, item.box, "max") - minimum
        elif item.kind == FLOAT:
            float_sizes[id(item)] = (
                intrinsic_contribution(ctx, item.box, "min"),
                intrinsic_contribution(ctx, item.box, "max"),
            )
    indent = resolve(box.style["text_indent"], None, auto=0.0) or 0.0
    pieces = build_pieces(items, widths, box.style)
    min_content = 0.0
    max_content = 0.0
    line = indent
    first_on_line = True
    first_piece = True
    last_trailing = 0.0
    # Each box's text on a line is rounded up to a layout unit (TextRounding).
    rounding = TextRounding()
    ending = 0.0  # the line's rounding excess if it ends after the last piece
    for piece in pieces:
        lead = piece.leading if first_on_line else 0.0
        width = piece.width - lead
        ending = rounding.if_last(piece, lead)
        rounding.add(piece, lead)
        extra = 0.0
        for chunk in piece.chunks:
            item = chunk.item
            if item.kind == ATOMIC:
                extra += extra_max[id(item)]
            elif item.kind == FLOAT:
                low, high = float_sizes[id(item)]
                min_content = max(min_content, low)
                extra += high
        if _anywhere(piece):
            unbreakable = layout_unit_ceil(_min_piece_width(piece, widths)) - piece.trailing
        else:
            unbreakable = width - piece.trailing + TextRounding().if_last(piece, lead)
        if first_piece:
            unbreakable += indent
        min_content = max(min_content, unbreakable)
        line += width + extra
        first_on_line = False
        first_piece = False
        if piece.forced:
            max_content = max(max_content, line - piece.trailing + ending)
            line = 0.0
            first_on_line = True
            rounding = TextRounding()
        else:
            last_trailing = piece.trailing
    if not first_on_line:
        max_content = max(max_content, line - last_trailing + ending)
    return min_content, max(max_content, min_content)


def _anywhere(piece) -> bool:
    """css-text-3 §5.5: ``overflow-wrap: anywhere`` (and ``word-break:
    break-word``) opportunities count for min-content; ``break-word``'s do
    not."""
    for chunk in piece.chunks:
        if chunk.item.kind == TEXT:
            style = chunk.item.box.style
            if style["overflow_wrap"] == "anywhere" or style["word_break"] == "break-word":
                return True
    return False


def _min_piece_width(piece, widths) -> float:
    """The widest character (or atomic/edge) of a piece that may break
    anywhere (css-text-3 §5.5: ``anywhere`` counts for min-content)."""
    widest = 0.0
    for chunk in piece.chunks:
        item = chunk.item
        if item.kind == TEXT:
            for char in chunk.text.strip(" "):
                widest = max(widest, widths.width(item.box.style, char))
        else:
            widest = max(widest, item.edge)
    return widest
