"""Table boxes: CSS 2.1 §17.2 (the table model), §17.2.1 (anonymous table
objects) and §17.4 (the table wrapper box).

Box generation (:mod:`.generation`) calls three functions from here:

- :func:`wrap_table_internals` on every list of child boxes, before their
  parent's box is built: the §17.2.1 fix-up for that parent (irrelevant
  white space removed, missing child wrappers and missing parents generated
  as anonymous boxes). A list with no table part under a parent that is not
  a table part comes back unchanged, at the cost of one scan;
- :func:`build_table` for an element whose inner display type is ``table``
  (``table`` or ``inline-table``): a :class:`.TableWrapperBox` holding its
  captions and one :class:`.TableBox`;
- :func:`table_internal_box` for an element with an internal table display.

Styles of the wrapper and the table box (§17.4). Both boxes keep the
element's node; their styles are the element's computed style split in two:

- the wrapper's style keeps the element's ``display`` (so the wrapper is
  block-level for ``table`` and inline-level for ``inline-table``), the
  inherited properties and the properties of :data:`WRAPPER_PROPERTIES`
  (``position``, ``float``, ``margin-*``, the insets, and those that go with
  them); its other non-inherited properties have their initial values;
- the table box's style is the element's, with the properties of
  :data:`WRAPPER_PROPERTIES` at their initial values and ``display: table``
  (a block-level table box, inside either kind of wrapper).

So a box's own style holds exactly what applies to it ("where the table
element's values are not used on the table and table wrapper boxes, the
initial values are used instead"): the wrapper has no border, padding or
background, the table box does not float and is not positioned, and
generic code (painting, positioned layout, ``Box.is_floated``) reads the
right box without knowing about tables. ``node.computed`` is untouched.
Percentages of the table's ``width`` and ``height`` still refer to the
wrapper's containing block (§17.4): table layout resolves them there.

Anonymous table objects inherit from their parent box (§17.2.1 "Missing
elements generate anonymous objects", §9.2.1.1): an anonymous row made for
misparented cells takes its style from the anonymous table made around it,
which takes its own from the parent element.

Which kind a box is comes from its class (never from its style: a text
box's style is its parent element's, and anonymous boxes' styles are
computed from a ``display`` declaration). Out-of-flow boxes are not table
parts; they are wrapped like inline content ("out-of-flow elements are
represented as inline elements of zero width and height").
"""

from __future__ import annotations

from ..style import CSS, PROPERTIES, ComputedStyle, compute_style
from ..style.display import Display
from .boxes import (
    Box,
    InlineBox,
    TableBox,
    TableCaptionBox,
    TableCellBox,
    TableColumnBox,
    TableColumnGroupBox,
    TableRowBox,
    TableRowGroupBox,
    TableWrapperBox,
    TextBox,
)

#: §17.4: properties of the table element used on the table wrapper box and
#: not on the table box. CSS 2.1 lists ``position``, ``float``, ``margin-*``,
#: ``top``, ``right``, ``bottom`` and ``left``; with them go ``clear`` (so
#: that a table and its captions stay together: the CSS 2.1 suite's
#: clear-applies-to tests apply it to the wrapper), ``z-index`` (with
#: ``position``), ``vertical-align`` (the wrapper is the inline-level box of
#: an ``inline-table``), ``opacity`` (captions included, as browsers do),
#: and the flex and grid item properties (the wrapper is the item).
WRAPPER_PROPERTIES = frozenset(
    {
        "position",
        "float",
        "clear",
        "margin-top",
        "margin-right",
        "margin-bottom",
        "margin-left",
        "top",
        "right",
        "bottom",
        "left",
        "z-index",
        "vertical-align",
        "opacity",
        "order",
        "align-self",
        "justify-self",
        "flex-grow",
        "flex-shrink",
        "flex-basis",
        "grid-row-start",
        "grid-row-end",
        "grid-column-start",
        "grid-column-end",
    }
)

ROW_GROUPS = frozenset({"table-row-group", "table-header-group", "table-footer-group"})

# The kind of each table part's box class: a row group's kind does not say
# header/footer (that is in its style); the caption counts as a table part.
_KIND = {
    TableRowGroupBox: "row-group",
    TableRowBox: "row",
    TableCellBox: "cell",
    TableColumnGroupBox: "column-group",
    TableColumnBox: "column",
    TableCaptionBox: "caption",
}
#: §17.2.1 "proper table child".
_PROPER_TABLE_CHILDREN = frozenset({"row", "row-group", "column", "column-group", "caption"})

# The fix-up context a parent's inner display type sets up ("tabular
# container", column group, column); any other parent is "flow".
_CONTEXT = {
    "table": "table",
    "table-row-group": "row-group",
    "table-header-group": "row-group",
    "table-footer-group": "row-group",
    "table-row": "row",
    "table-column-group": "column-group",
    "table-column": "column",
}
# §17.2.1 step 1.3: for a tabular container P, the table parts (captions and
# internal table boxes) that are "proper table descendants" of P: those that
# can sit below P without an intervening table box.
_PROPER_DESCENDANTS = {
    "table": frozenset(_KIND.values()),
    "row-group": frozenset({"row", "cell"}),
    "row": frozenset({"cell"}),
}

_ROW = CSS(display="table-row")
_CELL = CSS(display="table-cell")
_TABLE = CSS(display="table")
_INLINE_TABLE = CSS(display="inline-table")
_TABLE_BOX_DISPLAY = Display("block", "table")


# -- the boxes of table elements -------------------------------------------------------


def build_table(builder, node, style: ComputedStyle, children: list[Box]) -> TableWrapperBox:
    """CSS 2.1 §17.4: the table wrapper box of a ``table`` or ``inline-table``
    element (or of an anonymous table, ``node`` None), holding the caption
    boxes with ``caption-side: top`` in document order, the table box, then
    those with ``caption-side: bottom``.

    ``children`` are the element's child boxes after the §17.2.1 fix-up for a
    table parent (:func:`wrap_table_internals`): captions, row groups, rows,
    column groups and columns. All but the captions go in the table box.
    """
    top: list[Box] = []
    bottom: list[Box] = []
    parts: list[Box] = []
    for child in children:
        if type(child) is TableCaptionBox:
            (bottom if child.style["caption-side"] == "bottom" else top).append(child)
        else:
            parts.append(child)
    table = TableBox(node, table_box_style(style), parts)
    return TableWrapperBox(node, wrapper_style(style), [*top, table, *bottom])


def table_internal_box(builder, node, style: ComputedStyle, children: list[Box]) -> Box:
    """The box of an element with an internal table display (CSS 2.1 §17.2),
    whose ``children`` have had the §17.2.1 fix-up for it as a parent.

    Cells and captions are block containers (§17.4, §17.5), so their children
    get the §9.2.1.1 fix-up too. Columns render no children (§17.2.1 step
    1.1) and column groups only their columns (step 1.2).

    The ruby internal types (css-display-3 §2.4) also come here; ruby layout
    is not supported, so they are inline boxes.
    """
    inner = style["display"].inner
    if inner in ROW_GROUPS:
        return TableRowGroupBox(node, style, children)
    if inner == "table-row":
        return TableRowBox(node, style, children)
    if inner == "table-cell":
        return TableCellBox(node, style, builder.block_children(style, children))
    if inner == "table-caption":
        return TableCaptionBox(node, style, builder.block_children(style, children))
    if inner == "table-column-group":
        columns = [child for child in children if type(child) is TableColumnBox]
        return TableColumnGroupBox(node, style, columns)
    if inner == "table-column":
        return TableColumnBox(node, style, [])
    return InlineBox(node, style, children)


def wrapper_style(style: ComputedStyle) -> ComputedStyle:
    """§17.4: the table wrapper box's style: the table element's ``display``,
    inherited properties and :data:`WRAPPER_PROPERTIES`; other properties
    initial."""
    values = dict(style)
    for name in _TABLE_BOX_PROPERTIES:
        values[name] = _INITIAL[name]
    return _derived(style, values)


def table_box_style(style: ComputedStyle) -> ComputedStyle:
    """§17.4: the table box's style: the table element's, without the
    properties used on the wrapper, and block-level."""
    values = dict(style)
    for name in WRAPPER_PROPERTIES:
        values[name] = _INITIAL[name]
    values["display"] = _TABLE_BOX_DISPLAY
    return _derived(style, values)


def _derived(style: ComputedStyle, values: dict) -> ComputedStyle:
    # The same box parent's display and root font size as the element's style.
    return ComputedStyle(values, style.box_parent_display, style._rem)


# Initial values as computed values (a border width is 0 where the border
# style is none, CSS 2.1 §8.5.1); ``display`` is never taken from here.
_INITIAL = dict(compute_style(None))
# The non-inherited properties used on the table box only (§17.4).
_TABLE_BOX_PROPERTIES = frozenset(
    name
    for name, entry in PROPERTIES.items()
    if not entry.inherited
    and name in _INITIAL  # the logical insets compute to the physical ones
    and name not in WRAPPER_PROPERTIES
    and name != "display"
)


# -- §17.2.1 anonymous table objects --------------------------------------------------


def wrap_table_internals(builder, parent_style: ComputedStyle, boxes: list[Box]) -> list[Box]:
    """CSS 2.1 §17.2.1: the fix-up of the child boxes of a box with style
    ``parent_style`` (whose own box is not built yet).

    1. Remove irrelevant boxes (:func:`remove_irrelevant_boxes`);
    2. generate missing child wrappers, when the parent is a table, a row
       group or a row (:func:`generate_missing_child_wrappers`);
    3. generate missing parents (:func:`generate_missing_parents`).

    The stages run here for this parent's children; anonymous boxes made on
    the way get the whole fix-up for their own children, and each element's
    children had theirs when its box was built, so the tree as a whole ends
    up as the three stages over the whole tree leave it.

    A ``display: contents`` parent generates no box: its children's boxes
    are fixed up among its parent's children instead.
    """
    display = parent_style["display"]
    context = _CONTEXT.get(display.inner, "flow")
    if context == "flow":
        for box in boxes:
            if type(box) in _KIND:
                break
        else:
            return boxes  # the fast path: nothing to do
        if display.is_contents:
            return boxes
    elif context == "column":
        return []  # step 1.1
    elif context == "column-group":
        return [box for box in boxes if type(box) is TableColumnBox]  # step 1.2
    boxes = remove_irrelevant_boxes(boxes, context)
    if context != "flow":
        return generate_missing_child_wrappers(builder, parent_style, context, boxes)
    inline_parent = (display.outer == "inline" and display.inner in ("flow", "ruby")) or (
        display.inner.startswith("ruby-")  # an internal ruby box is an inline box here
    )
    return generate_missing_parents(builder, parent_style, boxes, inline_parent)


def remove_irrelevant_boxes(boxes: list[Box], context: str) -> list[Box]:
    """§17.2.1 stage 1, steps 1.3 and 1.4 (1.1 and 1.2 are the column and
    column-group contexts of :func:`wrap_table_internals`).

    A run of adjacent text boxes is one anonymous inline box (§9.2.2.1); it
    "contains only white space" when white-space processing would collapse
    all of it away (:func:`.generation.is_collapsible_space`). Such a run is
    dropped when

    - 1.3: the parent is a tabular container (table, row group, row) and the
      siblings before and after the run, where there are any, are captions
      or internal table boxes that are proper table descendants of the
      parent;
    - 1.4: whatever the parent, there are siblings on both sides, each a
      caption or an internal table box.
    """
    from .generation import is_collapsible_space

    proper = _PROPER_DESCENDANTS.get(context)
    result: list[Box] = []
    count = len(boxes)
    index = 0
    while index < count:
        box = boxes[index]
        if type(box) is not TextBox:
            result.append(box)
            index += 1
            continue
        end = index + 1
        while end < count and type(boxes[end]) is TextBox:
            end += 1
        run = boxes[index:end]
        if all(is_collapsible_space(text) for text in run):
            before = _KIND.get(type(boxes[index - 1])) if index > 0 else None
            after = _KIND.get(type(boxes[end])) if end < count else None
            if proper is not None:  # step 1.3
                irrelevant = (index == 0 or before in proper) and (end == count or after in proper)
            else:
                irrelevant = False
            if before is not None and after is not None:  # step 1.4
                irrelevant = True
            if not irrelevant:
                result.extend(run)
        else:
            result.extend(run)
        index = end
    return result


def generate_missing_child_wrappers(
    builder, parent_style: ComputedStyle, context: str, boxes: list[Box]
) -> list[Box]:
    """§17.2.1 stage 2, for a tabular container's children:

    - 2.1: in a table, each run of consecutive children that are not proper
      table children is wrapped in an anonymous row;
    - 2.2: in a row group, each run of children that are not rows is wrapped
      in an anonymous row;
    - 2.3: in a row, each run of children that are not cells is wrapped in
      an anonymous cell.

    After stage 1 no collapsible white space is left between table parts, so
    "consecutive" siblings are adjacent ones. (Stage 3 has nothing left to
    do for these parents: every child is now one they may hold.)
    """
    if context == "table":
        belongs = _PROPER_TABLE_CHILDREN
    elif context == "row-group":
        belongs = frozenset({"row"})
    else:
        belongs = frozenset({"cell"})
    result: list[Box] = []
    run: list[Box] = []
    for box in boxes:
        if _KIND.get(type(box)) in belongs:
            if run:
                result.append(_anonymous_wrapper(builder, parent_style, context, run))
                run = []
            result.append(box)
        else:
            run.append(box)
    if run:
        result.append(_anonymous_wrapper(builder, parent_style, context, run))
    return result


def generate_missing_parents(
    builder, parent_style: ComputedStyle, boxes: list[Box], inline_parent: bool
) -> list[Box]:
    """§17.2.1 stage 3, for the children of a box that is not a table part
    (nor a table): each run of consecutive captions and internal table boxes
    is misparented there, and becomes

    - 3.1: with each run of consecutive cells in it wrapped in an anonymous
      row,
    - 3.2: the children of an anonymous table around the whole run (an
      ``inline-table`` when the parent is an inline box, else a ``table``).

    The anonymous table's children get the fix-up of a table parent, which
    does 3.1 (as step 2.1), so that the anonymous rows inherit from the
    anonymous table.
    """
    result: list[Box] = []
    run: list[Box] = []
    for box in boxes:
        if type(box) in _KIND:
            run.append(box)
            continue
        if run:
            result.append(_anonymous_table(builder, parent_style, run, inline_parent))
            run = []
        result.append(box)
    if run:
        result.append(_anonymous_table(builder, parent_style, run, inline_parent))
    return result


def _anonymous_wrapper(builder, parent_style, context: str, run: list[Box]) -> Box:
    """Steps 2.1 to 2.3: an anonymous row (in a table or row group) or cell
    (in a row) around ``run``, with the fix-up of its own children."""
    declared = _CELL if context == "row" else _ROW
    style = builder.anonymous_style(parent_style, declared)
    children = wrap_table_internals(builder, style, run)
    return table_internal_box(builder, None, style, children)


def _anonymous_table(builder, parent_style, run: list[Box], inline: bool) -> TableWrapperBox:
    """Step 3.2: an anonymous table (its wrapper box) around ``run``."""
    style = builder.anonymous_style(parent_style, _INLINE_TABLE if inline else _TABLE)
    return build_table(builder, None, style, wrap_table_internals(builder, style, run))
