"""The table grid and column widths: CSS 2.1 §17.2 (row group order), §17.5
(the table grid: rows, columns and cells with their spans), §17.5.2.1 (the
fixed table layout algorithm), §17.5.2.2 (the automatic table layout
algorithm) and §17.6.1 (``border-spacing`` in the separated borders model).

:func:`table_grid` builds the grid of a :class:`.TableBox` once per layout
run; :func:`column_ranges` gives each column's minimum and maximum widths;
:func:`table_border_width` the table box's used border-box width and
:func:`column_widths` the columns' used widths for a table content width.

The collapsing border model (§17.6.2) is not implemented: a table with
``border-collapse: collapse`` is laid out as separated borders with a
``border-spacing`` of 0.

Percentages: a column's or cell's percentage ``width`` refers to the
table's content width less the spacing. In the automatic algorithm it
counts as ``auto`` for the table's own width, then gives its column that
share of the width when the columns are sized.
"""

from __future__ import annotations

from ..style.values import Percentage
from .boxes import (
    TableCaptionBox,
    TableCellBox,
    TableColumnBox,
    TableColumnGroupBox,
    TableRowBox,
    TableRowGroupBox,
)
from .intrinsic import intrinsic_contributions, intrinsic_sizes
from .used import clamp_width, horizontal_extras, layout_unit, resolve_edges, used_width_property

__all__ = [
    "Grid",
    "Slot",
    "border_spacing",
    "column_ranges",
    "column_widths",
    "table_border_width",
    "table_grid",
]


class Slot:
    """A cell placed in the grid: its first row and column, and how many
    rows and columns it spans (§17.5)."""

    __slots__ = ("cell", "col", "colspan", "row", "rowspan")

    def __init__(self, cell, row: int, col: int, rowspan: int, colspan: int):
        self.cell = cell
        self.row = row
        self.col = col
        self.rowspan = rowspan
        self.colspan = colspan


class Grid:
    """The table grid of §17.5:

    - ``rows``: the row boxes, in visual order (§17.2: the header group's
      rows first, the footer group's last);
    - ``groups``: (row group box or None, first row, end row) in that order;
    - ``slots``: the cells as :class:`Slot`, in row order;
    - ``columns``: per column index, (column box or None, column group box
      or None);
    - ``column_boxes``: (column or column group box, first column, span),
      for their geometry;
    - ``n_cols``: the number of columns (from column boxes and cells).
    """

    __slots__ = ("column_boxes", "columns", "groups", "n_cols", "rows", "slots")

    def __init__(self):
        self.rows: list = []
        self.groups: list = []
        self.slots: list[Slot] = []
        self.columns: list = []
        self.column_boxes: list = []
        self.n_cols = 0


# -- attributes ------------------------------------------------------------------------


def _span_attribute(node, name: str, tags: tuple, low: int, high: int) -> int | None:
    """The HTML span attributes (HTML §4.9.11 ``colspan``/``rowspan``,
    §4.9.3/§4.9.4 ``span``), parsed as non-negative integers and clamped to
    [low, high]; None when absent or not a number (host nodes have none)."""
    attributes = getattr(node, "attributes", None)
    if not attributes or getattr(node, "tag", None) not in tags:
        return None
    text = attributes.get(name)
    if text is None:
        return None
    text = text.strip()
    digits = ""
    for char in text.lstrip("+"):
        if not char.isdigit():
            break
        digits += char
    if not digits:
        return None
    return max(low, min(high, int(digits)))


def _colspan(cell) -> int:
    value = _span_attribute(cell.node, "colspan", ("td", "th"), 1, 1000)
    return 1 if value is None else value


def _rowspan(cell) -> int:
    """``rowspan``; 0 means "to the end of the row group" (HTML §4.9.11)."""
    value = _span_attribute(cell.node, "rowspan", ("td", "th"), 0, 65534)
    return 1 if value is None else value


def _column_span(box) -> int:
    value = _span_attribute(box.node, "span", ("col", "colgroup"), 1, 1000)
    return 1 if value is None else value


# -- §17.5 the table grid --------------------------------------------------------------


def table_grid(ctx, table) -> Grid:
    """The grid of ``table`` (a :class:`.TableBox`), built once per layout
    run (``ctx.tables``)."""
    cache = ctx.tables
    grid = cache.get(table)
    if grid is None:
        grid = cache[table] = build_grid(table)
    return grid


def build_grid(table) -> Grid:
    """CSS 2.1 §17.5: rows come from the row groups (and rows) in order,
    the first ``table-header-group`` first and the first
    ``table-footer-group`` last (§17.2); columns from the column and column
    group boxes, and as many more as the cells need."""
    grid = Grid()
    header = footer = None
    groups: list = []
    loose: list = []
    for child in table.children:
        if isinstance(child, TableRowBox):
            loose.append(child)
            continue
        if loose:
            groups.append((None, loose))
            loose = []
        if isinstance(child, TableRowGroupBox):
            inner = child.style["display"].inner
            rows = [row for row in child.children if isinstance(row, TableRowBox)]
            if inner == "table-header-group" and header is None:
                header = (child, rows)
            elif inner == "table-footer-group" and footer is None:
                footer = (child, rows)
            else:
                groups.append((child, rows))
        elif isinstance(child, (TableColumnGroupBox, TableColumnBox)):
            _add_columns(grid, child)
    if loose:
        groups.append((None, loose))
    ordered = [header] if header else []
    ordered.extend(groups)
    if footer:
        ordered.append(footer)
    for group, rows in ordered:
        start = len(grid.rows)
        grid.rows.extend(rows)
        grid.groups.append((group, start, len(grid.rows)))
    place_cells(grid)
    while len(grid.columns) < grid.n_cols:
        grid.columns.append((None, None))
    return grid


def _add_columns(grid: Grid, box) -> None:
    """§17.2, §17.3: a column box stands for ``span`` columns; a column group
    for its columns, or for ``span`` columns when it has none."""
    start = len(grid.columns)
    if isinstance(box, TableColumnBox):
        span = _column_span(box)
        grid.columns.extend([(box, None)] * span)
        grid.column_boxes.append((box, start, span))
        return
    columns = [child for child in box.children if isinstance(child, TableColumnBox)]
    if not columns:
        span = _column_span(box)
        grid.columns.extend([(None, box)] * span)
    for column in columns:
        span = _column_span(column)
        grid.column_boxes.append((column, len(grid.columns), span))
        grid.columns.extend([(column, box)] * span)
    grid.column_boxes.append((box, start, len(grid.columns) - start))


def place_cells(grid: Grid) -> None:
    """§17.5: each cell takes the first free slot of its row, left to right
    (slots taken by cells spanning down from rows above are skipped), and
    covers ``rowspan`` x ``colspan`` slots; a row span stops at the end of
    its row group (0 spans to there)."""
    taken: set = set()
    n_cols = len(grid.columns)
    for _, start, end in grid.groups:
        for r in range(start, end):
            col = 0
            for cell in grid.rows[r].children:
                if not isinstance(cell, TableCellBox):
                    continue
                while (r, col) in taken:
                    col += 1
                colspan = _colspan(cell)
                rowspan = _rowspan(cell)
                rowspan = end - r if rowspan == 0 else min(rowspan, end - r)
                for rr in range(r, r + rowspan):
                    for cc in range(col, col + colspan):
                        taken.add((rr, cc))
                grid.slots.append(Slot(cell, r, col, rowspan, colspan))
                col += colspan
                n_cols = max(n_cols, col)
    grid.n_cols = n_cols


# -- §17.6.1 border spacing ------------------------------------------------------------


def border_spacing(table) -> tuple[float, float]:
    """§17.6.1: the horizontal and vertical ``border-spacing`` (one length
    gives both); 0 in the collapsing border model (not implemented, laid
    out as separated borders)."""
    if table.style["border-collapse"] == "collapse":
        return 0.0, 0.0
    values = list(table.style["border-spacing"])
    if not values:
        return 0.0, 0.0
    horizontal = values[0].value
    vertical = values[1].value if len(values) > 1 else horizontal
    return horizontal, vertical


def spacing_total(count: int, spacing: float) -> float:
    """The spacing around ``count`` columns (or rows): before the first,
    between each two and after the last; none without columns."""
    return (count + 1) * spacing if count else 0.0


# -- §17.5.2.2 step 1-3: column minimum and maximum widths -----------------------------


def cell_width_range(ctx, cell) -> tuple[float, float, bool]:
    """§17.5.2.2 step 1: a cell's minimum width (its minimum content width,
    or its specified ``width`` when larger) and maximum width, as border-box
    widths (borders and paddings added; percentage paddings count as 0).
    A cell with a specified width is "fixed": its maximum width is that
    width (when above the minimum), as in browsers. Returns (min, max, fixed)."""
    resolve_edges(cell, None)
    extras = horizontal_extras(cell)
    low, high = intrinsic_sizes(ctx, cell)
    minimum = low + extras
    maximum = max(high + extras, minimum)
    width = column_box_width(cell, None)
    if width is None:
        return minimum, maximum, False
    specified = width + extras
    minimum = max(minimum, specified)
    return minimum, minimum, True


def column_ranges(ctx, table, grid: Grid) -> tuple[list, list, list]:
    """§17.5.2.2 steps 2 and 3: each column's minimum width (the largest
    minimum width of the cells spanning it alone, or the column box's
    ``width``) and maximum width; then cells spanning several columns widen
    them so that together (with the spacing between them) they are as wide
    as the cell, the extra shared in proportion to the columns' maximum
    widths. Returns (minimums, maximums, fixed flags)."""
    n = grid.n_cols
    mins = [0.0] * n
    maxs = [0.0] * n
    fixed: list = [None] * n
    for index, (column, group) in enumerate(grid.columns):
        for box in (column, group):
            width = None if box is None else column_box_width(box, None)
            if width is not None:
                mins[index] = max(mins[index], width)
                fixed[index] = max(fixed[index] or 0.0, width)
    spanning = []
    for slot in grid.slots:
        low, high, is_fixed = cell_width_range(ctx, slot.cell)
        if slot.colspan > 1:
            spanning.append((slot, low, high))
            continue
        col = slot.col
        mins[col] = max(mins[col], low)
        if is_fixed:
            fixed[col] = max(fixed[col] or 0.0, high)
        else:
            maxs[col] = max(maxs[col], high)
    for col in range(n):
        if fixed[col] is not None:
            maxs[col] = max(mins[col], fixed[col])
        else:
            maxs[col] = max(maxs[col], mins[col])
    spacing = border_spacing(table)[0]
    spanning.sort(key=lambda item: item[0].colspan)
    for slot, low, high in spanning:
        columns = range(slot.col, slot.col + slot.colspan)
        inner = (slot.colspan - 1) * spacing
        _widen(mins, maxs, columns, low - inner)
        _widen(maxs, maxs, columns, high - inner)
        for col in columns:
            maxs[col] = max(maxs[col], mins[col])
    return mins, maxs, [value is not None for value in fixed]


def column_box_width(box, reference) -> float | None:
    """The width a column, column group or cell asks for: its ``width``
    with ``min-width`` and ``max-width`` applied (§10.4), or its
    ``min-width`` alone when ``width`` is ``auto``; None when neither is
    given (as a content width; ``reference`` is what percentages refer to)."""
    width = used_width_property(box, "width", reference)
    if width is None:
        width = used_width_property(box, "min-width", reference)
        if not width:
            return None
    return clamp_width(box, width, reference)


def _widen(widths: list, weights: list, columns, needed: float) -> None:
    """Grow ``widths`` over ``columns`` to add up to ``needed``, in
    proportion to ``weights`` (equally when they are all 0)."""
    extra = needed - sum(widths[col] for col in columns)
    if extra <= 0:
        return
    total = sum(weights[col] for col in columns)
    for col in columns:
        share = weights[col] / total if total else 1 / len(columns)
        widths[col] += extra * share


# -- the table's width -----------------------------------------------------------------


def caption_minimum(ctx, wrapper) -> float:
    """§17.5.2.2 CAPMIN: the largest minimum width of the captions (their
    margin boxes)."""
    widths = [
        intrinsic_contributions(ctx, child)[0]
        for child in wrapper.children
        if isinstance(child, TableCaptionBox)
    ]
    return max(widths, default=0.0)


def is_fixed_layout(table, specified) -> bool:
    """§17.5.2.1: the fixed algorithm is used when ``table-layout`` is
    ``fixed`` and the table's ``width`` is not ``auto``."""
    return table.style["table-layout"] == "fixed" and specified is not None


def table_border_width(ctx, wrapper, table, cb_width, available) -> float:
    """The table box's used border-box width. Fixed layout (§17.5.2.1): the
    larger of its ``width`` and what the columns need. Automatic layout
    (§17.5.2.2): with a specified ``width`` W, the largest of W, CAPMIN and
    MIN (the columns' minimum widths with the spacing, borders and
    paddings); with ``auto``, the available width bounded by MAX (the
    columns' maximum widths with the same) but at least MIN and CAPMIN.
    ``table``'s edges are resolved against ``cb_width`` (§17.4: the
    wrapper's containing block)."""
    resolve_edges(table, cb_width)
    table.margin_top = table.margin_right = table.margin_bottom = table.margin_left = 0.0
    grid = table_grid(ctx, table)
    extras = horizontal_extras(table)
    spacing = spacing_total(grid.n_cols, border_spacing(table)[0])
    specified = table_specified_width(table, cb_width)
    if is_fixed_layout(table, specified):
        widths = fixed_column_widths(ctx, table, grid, specified)
        return max(specified, sum(widths) + spacing) + extras
    mins, maxs, _ = column_ranges(ctx, table, grid)
    minimum = sum(mins) + spacing + extras
    captions = caption_minimum(ctx, wrapper)
    if specified is not None:
        return max(specified + extras, minimum, captions)
    maximum = sum(maxs) + spacing + extras
    width = clamp_width(table, min(available, maximum) - extras, cb_width) + extras
    return max(width, minimum, captions)


def table_specified_width(table, cb_width) -> float | None:
    """The table box's ``width`` as a content width, ``min-width`` and
    ``max-width`` applied (§10.4); None for ``auto``."""
    width = used_width_property(table, "width", cb_width)
    if width is None:
        return None
    return clamp_width(table, width, cb_width)


def table_intrinsic_widths(ctx, wrapper, table) -> tuple[float, float]:
    """The min-content and max-content widths of a table wrapper box: the
    table box's border-box MIN and MAX (§17.5.2.2; a specified length
    ``width`` fixes both, at least MIN), at least the captions' minimum."""
    resolve_edges(table, None)
    grid = table_grid(ctx, table)
    extras = horizontal_extras(table)
    spacing = spacing_total(grid.n_cols, border_spacing(table)[0])
    specified = table_specified_width(table, None)
    captions = caption_minimum(ctx, wrapper)
    if is_fixed_layout(table, specified):
        widths = fixed_column_widths(ctx, table, grid, specified)
        width = max(specified, sum(widths) + spacing) + extras
        return max(width, captions), max(width, captions)
    mins, maxs, _ = column_ranges(ctx, table, grid)
    minimum = max(sum(mins) + spacing + extras, captions)
    maximum = clamp_width(table, sum(maxs) + spacing, None) + extras
    maximum = max(maximum, minimum)
    if specified is not None:
        minimum = maximum = max(specified + extras, minimum)
    return minimum, maximum


# -- column widths ---------------------------------------------------------------------


def column_widths(ctx, table, grid: Grid, content_width: float) -> list:
    """The columns' used widths for a table of ``content_width`` (its
    content box): the fixed algorithm (§17.5.2.1) or the automatic one
    (§17.5.2.2), the spacing taken off first."""
    spacing = spacing_total(grid.n_cols, border_spacing(table)[0])
    target = max(0.0, content_width - spacing)
    specified = used_width_property(table, "width", content_width)
    if is_fixed_layout(table, specified):
        widths = fixed_column_widths(ctx, table, grid, content_width)
        return distribute_extra(widths, ["fixed"] * len(widths), widths, target)
    mins, maxs, fixed = column_ranges(ctx, table, grid)
    kinds = ["fixed" if flag else "auto" for flag in fixed]
    maxs, kinds = apply_percentages(grid, mins, maxs, kinds, target)
    return distribute_widths(mins, maxs, kinds, target)


def fixed_column_widths(ctx, table, grid: Grid, content_width: float) -> list:
    """§17.5.2.1: a column box (or its group) with a ``width`` other than
    ``auto`` sets its column's width; else a cell of the first row with a
    ``width`` does (its border-box width, divided equally over the columns
    it spans, less the spacing between them); the other columns share what
    is left of the table's width equally. Percentages refer to the table's
    content width less the spacing (what the columns share)."""
    spacing = border_spacing(table)[0]
    n = grid.n_cols
    room = max(0.0, content_width - spacing_total(n, spacing))
    widths: list = [None] * n
    for index, (column, group) in enumerate(grid.columns):
        for box in (column, group):
            if box is not None and widths[index] is None:
                widths[index] = column_box_width(box, room)
    for slot in grid.slots:
        if slot.row != 0:
            continue
        cell = slot.cell
        resolve_edges(cell, room)
        width = column_box_width(cell, room)
        if width is None:
            continue
        share = (width + horizontal_extras(cell) - (slot.colspan - 1) * spacing) / slot.colspan
        for col in range(slot.col, slot.col + slot.colspan):
            if widths[col] is None:
                widths[col] = max(0.0, share)
    free = [col for col in range(n) if widths[col] is None]
    if free:
        used = sum(width for width in widths if width is not None)
        rest = max(0.0, room - used)
        for col in free:
            widths[col] = rest / len(free)
    return widths


def distribute_widths(mins: list, maxs: list, kinds: list, target: float) -> list:
    """Column widths for ``target`` (the table's content width less the
    spacing), at least the minimum widths. Between the minimum and maximum
    totals, the columns with a percentage width grow from their minimum
    toward it first, then those with a length width, then the others, each
    in proportion to the room it has (max - min); above the maximum total,
    the extra goes as in :func:`distribute_extra`. ``kinds`` says which
    each column is: ``"percent"``, ``"fixed"`` or ``"auto"``."""
    widths = list(mins)
    extra = target - sum(widths)
    if extra <= 0:
        return widths
    for wanted in ("percent", "fixed", "auto"):
        columns = [col for col in range(len(widths)) if kinds[col] == wanted]
        room = sum(maxs[col] - mins[col] for col in columns)
        if room <= 0:
            continue
        part = min(extra, room)
        for col in columns:
            widths[col] += part * (maxs[col] - mins[col]) / room
        extra -= part
        if extra <= 0:
            return widths
    return distribute_extra(widths, kinds, maxs, target)


def distribute_extra(widths: list, kinds: list, weights: list, target: float) -> list:
    """The width beyond what the columns want (§17.5.2.1 and §17.5.2.2: "the
    extra width should be distributed over the columns"): to the ``auto``
    columns, in proportion to ``weights`` (their maximum widths; equally
    when all are 0); without any, to the columns with a length width, then
    to those with a percentage, the same way."""
    widths = list(widths)
    extra = target - sum(widths)
    if extra <= 0 or not widths:
        return widths
    for kind in ("auto", "fixed", "percent"):
        columns = [col for col in range(len(widths)) if kinds[col] == kind]
        if columns:
            break
    total = sum(weights[col] for col in columns)
    for col in columns:
        share = weights[col] / total if total else 1 / len(columns)
        widths[col] += extra * share
    return widths


def column_percentages(grid: Grid) -> list:
    """Each column's percentage ``width`` (of its column box or group, or
    of a cell spanning it alone), the largest; None where there is none."""
    percents: list = [None] * grid.n_cols
    boxes = [(index, box) for index, pair in enumerate(grid.columns) for box in pair]
    boxes.extend((slot.col, slot.cell) for slot in grid.slots if slot.colspan == 1)
    for index, box in boxes:
        value = None if box is None else box.style["width"]
        if isinstance(value, Percentage):
            percents[index] = max(percents[index] or 0.0, value.value)
    return percents


def apply_percentages(grid: Grid, mins: list, maxs: list, kinds: list, target: float):
    """§17.5.2.2 leaves percentages to the UA: a column with a percentage
    width wants that share of ``target`` (the width the columns share),
    never less than its minimum."""
    percents = column_percentages(grid)
    maxs = list(maxs)
    kinds = list(kinds)
    for col, percent in enumerate(percents):
        if percent is not None:
            maxs[col] = max(mins[col], layout_unit(target * percent / 100))
            kinds[col] = "percent"
    return maxs, kinds
