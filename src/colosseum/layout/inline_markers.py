"""Outside list markers: css-lists-3 §3.1 (and CSS 2.1 §12.5.1).

An ``outside`` marker box is placed outside the principal box of its list
item, before the item's first line box (ltr: to the left of the item's
content edge; rtl: to the right), its baseline on that line box's baseline.
The first line box may be the item's own or that of its first in-flow
descendant block with line boxes; when the item has none the marker's
baseline sits where a line box at the top of the item's content box would
have it. Outside markers do not change line box heights.
"""

from __future__ import annotations

from .baselines import first_baseline
from .boxes import ReplacedBox, TextBox
from .inline_vertical import FontBox, layout_units_half
from .lines import LineBox, TextFragment


def place_outside_marker(ctx, marker, item_box, lines=None) -> None:
    """Lay out and place ``marker`` (a MarkerBox) of list item ``item_box``;
    ``lines`` are the item's own line boxes, or None to search its
    descendants (for an item whose content is block-level)."""
    from .used import resolve_edges

    resolve_edges(marker, item_box.width)
    font = FontBox(ctx.measurer, marker.style)
    width = 0.0
    content = []
    for child in marker.children:
        if isinstance(child, TextBox):
            from .inline import text_widths

            advance = text_widths(ctx).width(child.style, child.text)
            content.append((child, width, advance))
            width += advance
        elif isinstance(child, ReplacedBox):
            from .block import layout_atomic

            layout_atomic(ctx, child, item_box.width, None)
            content.append((child, width, child.margin_width))
            width += child.margin_width
    if lines:
        baseline = lines[0].baseline
    else:
        baseline = first_baseline(item_box)
        if baseline is None:
            leading = font.line_height - (font.ascent + font.descent)
            baseline = item_box.content_y + font.ascent + layout_units_half(leading)
    marker.width = width
    marker.height = font.ascent + font.descent
    if item_box.style["direction"] == "rtl":
        marker.x = item_box.content_x + item_box.width
    else:
        marker.x = item_box.content_x - width - marker.margin_left - marker.margin_right
        marker.x -= marker.border_left + marker.border_right + marker.padding_left
        marker.x -= marker.padding_right
    marker.y = baseline - font.ascent - marker.margin_top - marker.border_top - marker.padding_top
    line = LineBox(marker.content_x, marker.content_y, width, marker.height, baseline)
    for child, offset, advance in content:
        x = marker.content_x + offset
        if isinstance(child, TextBox):
            child_font = FontBox(ctx.measurer, child.style)
            fragment = TextFragment(
                child,
                child.text,
                x,
                baseline - child_font.ascent,
                advance,
                child_font.ascent + child_font.descent,
                baseline,
            )
            child.fragments = [fragment]
            line.items.append(fragment)
        else:
            from .lines import translate

            translate(child, x - child.x, baseline - child.margin_height - child.y)
            line.items.append(child)
    marker.lines = [line]
