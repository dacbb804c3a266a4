"""Table layout: CSS 2.1 §17.4 (the table wrapper box and its captions),
§17.5 (the visual layout of table contents: the grid of :mod:`.table_grid`,
column widths §17.5.2, row heights §17.5.3, vertical alignment in cells
§17.5.4) and §17.6.1 (the separated borders model).

Entry points, called by :mod:`.block` and :mod:`.intrinsic`:

- :func:`table_wrapper_width`: the content width of a table wrapper box
  (the table box's border-box width) in a containing block;
- :func:`layout_table_wrapper`: lays out the captions and the table box of
  a wrapper whose position and width are set;
- :func:`wrapper_intrinsic_sizes`: its min-content and max-content widths.

The collapsing border model (§17.6.2) is not implemented: such tables are
laid out as separated borders with a ``border-spacing`` of 0.
"""

from __future__ import annotations

from .baselines import first_baseline
from .boxes import TableBox, TableCaptionBox, TableRowGroupBox, TextBox
from .lines import defer_translate
from .table_grid import (
    border_spacing,
    column_widths,
    spacing_total,
    table_border_width,
    table_grid,
    table_intrinsic_widths,
)
from .used import (
    clamp_height,
    height_property,
    horizontal_extras,
    resolve_edges,
    solve_block_widths,
    used_height_property,
    vertical_extras,
)

__all__ = ["layout_table_wrapper", "table_wrapper_width", "wrapper_intrinsic_sizes"]

#: ``vertical-align`` values of cells other than these align as ``baseline``
#: (§17.5.4).
_CELL_ALIGNMENTS = ("top", "bottom", "middle")


def _table_box(wrapper):
    for child in wrapper.children:
        if isinstance(child, TableBox):
            return child
    return None


def table_wrapper_width(ctx, wrapper, cb_width: float) -> float:
    """§17.4: the wrapper's content width is the table box's border-box
    width (captions fit in it: CAPMIN is part of it, §17.5.2.2), found in a
    containing block ``cb_width`` wide; the wrapper's margins are resolved."""
    table = _table_box(wrapper)
    ctx.tables[wrapper] = cb_width
    if table is None:
        return 0.0
    available = cb_width - wrapper.margin_left - wrapper.margin_right
    return table_border_width(ctx, wrapper, table, cb_width, max(0.0, available))


def wrapper_intrinsic_sizes(ctx, wrapper) -> tuple[float, float]:
    """The min-content and max-content widths of a table wrapper box's
    content: the table box's (§17.5.2.2 MIN and MAX), at least CAPMIN."""
    table = _table_box(wrapper)
    if table is None:
        return 0.0, 0.0
    return table_intrinsic_widths(ctx, wrapper, table)


# -- §17.4 the wrapper: captions and the table box -------------------------------------


def layout_table_wrapper(ctx, wrapper, height, cb_height) -> None:
    """§17.4: the captions with ``caption-side: top`` above the table box,
    the others below, all as block boxes as wide as the wrapper (whose
    width is the table box's border-box width); margins do not collapse
    between them. The wrapper's height is theirs together."""
    y = wrapper.content_y
    for child in wrapper.children:
        if isinstance(child, TableBox):
            layout_table_box(ctx, wrapper, child, y, cb_height)
            y += child.margin_height
        elif isinstance(child, TableCaptionBox):
            y += _layout_caption(ctx, wrapper, child, y, cb_height)
        else:  # nothing else is generated in a wrapper
            child.reset_geometry()
            child.x, child.y = wrapper.content_x, y
    if height is None:
        height = clamp_height(wrapper, y - wrapper.content_y, cb_height)
    wrapper.height = height


def _layout_caption(ctx, wrapper, caption, y, cb_height) -> float:
    """A caption: a block box in the wrapper (§17.4, §10.3.3 widths);
    returns its margin-box height."""
    from .block import layout_contents

    resolve_edges(caption, wrapper.width)
    solve_block_widths(caption, wrapper.width, wrapper.style["direction"])
    caption.x = wrapper.content_x
    caption.y = y
    fixed = height_property(caption, None)
    if fixed is not None:
        fixed = clamp_height(caption, fixed, None)
    layout_contents(ctx, caption, fixed, None)
    return caption.margin_height


def layout_table_box(ctx, wrapper, table, y, cb_height) -> None:
    """The table box at ``y`` in its wrapper, as wide as the wrapper: its
    columns (§17.5.2), rows (§17.5.3), cells (§17.5.4) and the geometry of
    its row groups, rows, column groups and columns."""
    cb_width = ctx.tables.get(wrapper, wrapper.width)
    resolve_edges(table, cb_width)
    table.margin_top = table.margin_right = table.margin_bottom = table.margin_left = 0.0
    table.x = wrapper.content_x
    table.y = y
    table.width = max(0.0, wrapper.width - horizontal_extras(table))
    table.shift = None
    grid = table_grid(ctx, table)
    h_spacing, v_spacing = border_spacing(table)
    widths = column_widths(ctx, table, grid, table.width)
    xs = _column_positions(table, widths, h_spacing)
    measures = [measure_cell(ctx, slot, xs, widths, h_spacing, table) for slot in grid.slots]
    heights, baselines = row_heights(grid, measures, v_spacing)
    content = sum(heights) + spacing_total(len(heights), v_spacing)
    specified = height_property(table, cb_height)
    wanted = clamp_height(table, specified if specified is not None else content, cb_height)
    if wanted > content:
        heights = distribute_table_height(heights, wanted - content)
    table.height = max(content, wanted)
    ys = _row_positions(table, heights, v_spacing)
    for slot, measure in zip(grid.slots, measures, strict=True):
        place_cell(slot, measure, ys, heights, baselines, v_spacing)
    _place_rows(grid, table, xs, widths, ys, heights, baselines, h_spacing)
    _place_columns(grid, table, xs, widths, ys, heights, h_spacing)
    _record_layers(grid)


def _record_layers(grid) -> None:
    """§17.5.1: note below each cell the column group, column, row group
    and row it starts in, for painting."""
    groups = {}
    for group, start, end in grid.groups:
        for r in range(start, end):
            groups[r] = group
    for slot in grid.slots:
        column, column_group = grid.columns[slot.col]
        row = grid.rows[slot.row]
        slot.cell.table_layers = (column_group, column, groups.get(slot.row), row)


def _column_positions(table, widths, spacing) -> list:
    """§17.6.1: the left edge of each column, spacing before the first and
    between each two. §17.5: columns go from left to right, or from right
    to left when the table's ``direction`` is ``rtl``."""
    xs = []
    if table.style["direction"] == "rtl":
        x = table.content_x + table.width - spacing
        for width in widths:
            x -= width
            xs.append(x)
            x -= spacing
        return xs
    x = table.content_x + spacing
    for width in widths:
        xs.append(x)
        x += width + spacing
    return xs


def span_left(xs, start: int, end: int, fallback: float) -> float:
    """The left edge of columns ``start`` to ``end`` (excluded), in either
    direction."""
    edges = xs[start:end]
    return min(edges) if edges else fallback


def _row_positions(table, heights, spacing) -> list:
    ys = []
    y = table.content_y + spacing
    for height in heights:
        ys.append(y)
        y += height + spacing
    return ys


# -- cells -----------------------------------------------------------------------------


class CellMeasure:
    """A cell laid out at its width, with its top at y = 0: the border-box
    height it needs (``height``) and its baseline below its top border edge
    (``baseline``: its first line box's or table row's, else the bottom of
    its content edge, §17.5.3); ``content`` is its content height."""

    __slots__ = ("baseline", "content", "height")

    def __init__(self, height: float, baseline: float, content: float):
        self.height = height
        self.baseline = baseline
        self.content = content


def measure_cell(ctx, slot, xs, widths, spacing, table) -> CellMeasure:
    """§17.5.3: lay out the cell at the width of the columns it spans (and
    the spacing between them) with its content height auto; the height it
    needs is the larger of that and its specified ``height`` (cells have no
    margins), which is also what percentage heights inside refer to."""
    from .block import layout_contents

    cell = slot.cell
    resolve_edges(cell, table.width)
    cell.margin_top = cell.margin_right = cell.margin_bottom = cell.margin_left = 0.0
    span = sum(widths[slot.col : slot.col + slot.colspan]) + (slot.colspan - 1) * spacing
    cell.x = span_left(xs, slot.col, slot.col + slot.colspan, table.content_x)
    cell.y = 0.0
    cell.width = max(0.0, span - horizontal_extras(cell))
    specified = used_height_property(cell, "height", None)
    layout_contents(ctx, cell, None, None, percentage_base=specified)
    content = cell.height
    needed = max(content, specified or 0.0) + vertical_extras(cell)
    baseline = first_baseline(cell)
    if baseline is None:
        baseline = cell.border_top + cell.padding_top + max(content, specified or 0.0)
    return CellMeasure(needed, baseline, content)


def _aligns_baseline(cell) -> bool:
    value = cell.style["vertical-align"]
    return not (isinstance(value, str) and value in _CELL_ALIGNMENTS)


def row_heights(grid, measures, spacing) -> tuple[list, list]:
    """§17.5.3: a row is as tall as the largest of its ``height`` and the
    heights its cells spanning it alone need; the baseline-aligned cells of
    a row share a baseline (§17.5.4), so the row is also at least as tall as
    the most any of them has above the baseline plus the most any has
    below. A cell spanning rows that are too short for it makes its last
    row taller. Returns the heights and each row's baseline below its top
    (None when no cell of the row aligns by baseline)."""
    n = len(grid.rows)
    heights = []
    for row in grid.rows:
        resolve_edges(row, None)
        heights.append(used_height_property(row, "height", None) or 0.0)
    above: list = [None] * n
    below = [0.0] * n
    spanning = []
    for slot, measure in zip(grid.slots, measures, strict=True):
        if slot.rowspan > 1:
            spanning.append((slot, measure))
            continue
        r = slot.row
        heights[r] = max(heights[r], measure.height)
        if _aligns_baseline(slot.cell):
            above[r] = max(above[r] or 0.0, measure.baseline)
            below[r] = max(below[r], measure.height - measure.baseline)
    for r in range(n):
        if above[r] is not None:
            heights[r] = max(heights[r], above[r] + below[r])
    spanning.sort(key=lambda item: item[0].rowspan)
    for slot, measure in spanning:
        last = slot.row + slot.rowspan - 1
        total = sum(heights[slot.row : last + 1]) + (slot.rowspan - 1) * spacing
        if measure.height > total:
            heights[last] += measure.height - total
    return heights, above


def distribute_table_height(heights: list, extra: float) -> list:
    """§17.5.3: a table ``height`` taller than its rows need gives the extra
    to the rows, in proportion to their heights (equally when all are 0)."""
    if not heights:
        return heights
    total = sum(heights)
    if total > 0:
        return [height + extra * height / total for height in heights]
    return [height + extra / len(heights) for height in heights]


def place_cell(slot, measure, ys, heights, baselines, spacing) -> None:
    """§17.5.3, §17.5.4: the cell box spans its rows' height; its content
    moves down by its ``vertical-align``: ``top`` not at all, ``bottom`` to
    the bottom of the cell, ``middle`` halfway, and ``baseline`` (and the
    other values) so that its baseline is on its first row's baseline."""
    cell = slot.cell
    last = slot.row + slot.rowspan - 1
    span = sum(heights[slot.row : last + 1]) + (slot.rowspan - 1) * spacing
    cell.height = max(0.0, span - vertical_extras(cell))
    room = cell.height - measure.content
    value = cell.style["vertical-align"]
    if value == "top":
        offset = 0.0
    elif value == "bottom":
        offset = room
    elif value == "middle":
        offset = room / 2
    else:
        row_baseline = baselines[slot.row]
        offset = 0.0 if row_baseline is None else max(0.0, row_baseline - measure.baseline)
    if offset:
        _move_contents(cell, offset)
    defer_translate(cell, 0.0, ys[slot.row] - cell.y)


def _move_contents(cell, dy: float) -> None:
    """Move what is inside ``cell`` (its line boxes and child boxes) down."""
    for line in cell.lines or ():
        line.y += dy
        line.baseline += dy
    for child in cell.children:
        defer_translate(child, 0.0, dy)


# -- rows, row groups, columns ---------------------------------------------------------


def _place_rows(grid, table, xs, widths, ys, heights, baselines, spacing) -> None:
    """Rows and row groups span the columns (from the first column's left
    edge to the last's right edge); a row group spans its rows. A row's
    baseline (§17.5.3) is kept for :mod:`.baselines` (the baseline of an
    ``inline-table`` is its first row's, §10.8.1)."""
    left = span_left(xs, 0, len(xs), table.content_x + spacing)
    width = sum(widths) + max(0, len(widths) - 1) * spacing
    for r, row in enumerate(grid.rows):
        row.reset_geometry()
        row.shift = None
        row.x, row.y, row.width, row.height = left, ys[r], width, heights[r]
        row.baseline = baselines[r]
    top = table.content_y + border_spacing(table)[1]
    for group, start, end in grid.groups:
        if group is None:
            continue
        group.reset_geometry()
        group.shift = None
        group.x, group.width = left, width
        if end > start:
            group.y = ys[start]
            group.height = ys[end - 1] + heights[end - 1] - ys[start]
        else:
            group.y = top
        top = group.y + group.height
    grouped = {id(group) for group, _, _ in grid.groups if group is not None}
    for child in table.children:  # anything left out of the grid
        if isinstance(child, TextBox) or (
            isinstance(child, TableRowGroupBox) and id(child) not in grouped
        ):
            child.reset_geometry()
            child.x, child.y = table.content_x, table.content_y


def _place_columns(grid, table, xs, widths, ys, heights, spacing) -> None:
    """Columns and column groups cover the rows (they draw only their
    backgrounds, §17.5.1): from the first row's top to the last row's
    bottom, across the columns they stand for."""
    top = ys[0] if ys else table.content_y
    height = (ys[-1] + heights[-1] - top) if ys else 0.0
    for box, start, span in grid.column_boxes:
        box.reset_geometry()
        box.shift = None
        end = min(start + span, len(xs))
        if end > start:
            box.x = span_left(xs, start, end, table.content_x)
            box.width = sum(widths[start:end]) + (end - start - 1) * spacing
        else:
            box.x = table.content_x
        box.y, box.height = top, height
