"""Table box generation (colosseum.layout.tables): CSS 2.1 §17.2.1 anonymous
table objects and §17.4 the table wrapper box, through the real pipeline
(document, cascade, box generation).

Expected trees are written as outlines: one line per box, its class and its
element's tag (``anonymous`` for an anonymous box, the text for a text box),
indented by depth.
"""

import textwrap

from colosseum.html import Document
from colosseum.layout.boxes import (
    TableBox,
    TableCaptionBox,
    TableCellBox,
    TableRowBox,
    TableWrapperBox,
    TextBox,
)
from colosseum.layout.generation import build_box_tree
from colosseum.layout.tables import wrap_table_internals
from colosseum.nodes import Node, Text
from colosseum.style import CSS, compute_style


def outline(box, depth=0) -> str:
    """The box tree below ``box`` as an indented outline."""
    if isinstance(box, TextBox):
        label = repr(box.text)
    elif box.node is None:
        label = "anonymous"
    else:
        label = getattr(box.node, "tag", None) or type(box.node).__name__
    lines = [f"{'  ' * depth}{type(box).__name__} {label}"]
    lines.extend(outline(child, depth + 1) for child in box.children)
    return "\n".join(lines)


def expected(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def body_box(html: str):
    """The ``body`` element's box of an HTML document."""
    root = build_box_tree(Document.from_string(html).root)
    (body,) = [box for box in root.children if getattr(box.node, "tag", None) == "body"]
    return body


def body_outline(html: str) -> str:
    return outline(body_box(html))


def xml_outline(xml: str, css: str) -> str:
    """The outline of an XML document styled by ``css`` alone."""
    doc = Document.from_string(xml, xml=True, user_stylesheets=[css])
    return outline(build_box_tree(doc.root))


def find(box, cls, tag=None):
    """The boxes of class ``cls`` (and element ``tag``) below ``box``."""
    return [
        b
        for b in box.descendants()
        if type(b) is cls and (tag is None or getattr(b.node, "tag", None) == tag)
    ]


# -- proper tables --------------------------------------------------------------------


def test_html_table():
    """A complete HTML table needs no anonymous object: §17.4 puts the caption
    in the wrapper, the column group, row groups and rows in the table box;
    step 1.3 drops the white space between the table's parts."""
    html = """
    <table>
      <caption>Title</caption>
      <colgroup><col> <col></colgroup>
      <thead> <tr> <th>h1</th> <th>h2</th> </tr> </thead>
      <tbody>
        <tr> <td>a</td> <td>b</td> </tr>
      </tbody>
      <tfoot><tr><td>f</td></tr></tfoot>
    </table>
    """
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox table
            TableCaptionBox caption
              TextBox 'Title'
            TableBox table
              TableColumnGroupBox colgroup
                TableColumnBox col
                TableColumnBox col
              TableRowGroupBox thead
                TableRowBox tr
                  TableCellBox th
                    TextBox 'h1'
                  TableCellBox th
                    TextBox 'h2'
              TableRowGroupBox tbody
                TableRowBox tr
                  TableCellBox td
                    TextBox 'a'
                  TableCellBox td
                    TextBox 'b'
              TableRowGroupBox tfoot
                TableRowBox tr
                  TableCellBox td
                    TextBox 'f'
        """
    )


def test_rows_directly_in_a_table():
    """CSS 2.1 lets rows be proper table children (§17.2.1 "proper table
    child"): no anonymous row group is generated around them."""
    html = """
    <div style="display: table">
      <p style="display: table-row"><b style="display: table-cell">1</b></p>
      <p style="display: table-row"><b style="display: table-cell">2</b></p>
    </div>
    """
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox div
            TableBox div
              TableRowBox p
                TableCellBox b
                  TextBox '1'
              TableRowBox p
                TableCellBox b
                  TextBox '2'
        """
    )


def test_cells_directly_in_a_table():
    """Step 2.1: cells are not proper table children, so the run of them gets
    one anonymous row (and no anonymous row group)."""
    html = """
    <div style="display: table">
      <span style="display: table-cell">1</span>
      <span style="display: table-cell">2</span>
    </div>
    """
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox div
            TableBox div
              TableRowBox anonymous
                TableCellBox span
                  TextBox '1'
                TableCellBox span
                  TextBox '2'
        """
    )


def test_row_group_runs_split_by_rows():
    """Step 2.2: in a row group, each run of non-row children is its own
    anonymous row; rows in between stay."""
    html = """
    <div style="display: table-row-group">
      <i style="display: table-cell">1</i>
      <p style="display: table-row"></p>
      <i style="display: table-cell">2</i><i style="display: table-cell">3</i>
    </div>
    """
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox anonymous
            TableBox anonymous
              TableRowGroupBox div
                TableRowBox anonymous
                  TableCellBox i
                    TextBox '1'
                TableRowBox p
                TableRowBox anonymous
                  TableCellBox i
                    TextBox '2'
                  TableCellBox i
                    TextBox '3'
        """
    )


# -- missing parents --------------------------------------------------------------------


def test_cells_in_a_div():
    """Steps 3.1 and 3.2: consecutive misparented cells get an anonymous row,
    and the row an anonymous table (wrapper and table box). Step 1.4 drops
    the white space between the cells; the white space at the ends is left
    to the div's block fix-up (§9.2.1.1), which drops it."""
    html = """
    <div>
      <span style="display: table-cell">1</span>
      <span style="display: table-cell">2</span>
    </div>
    """
    assert body_outline(html) == expected(
        """
        BlockBox body
          BlockBox div
            TableWrapperBox anonymous
              TableBox anonymous
                TableRowBox anonymous
                  TableCellBox span
                    TextBox '1'
                  TableCellBox span
                    TextBox '2'
        """
    )


def test_row_in_a_div():
    """Step 3.2: a row is misparented in a block: an anonymous table."""
    html = '<div><p style="display: table-row"><b style="display: table-cell">x</b></p></div>'
    assert body_outline(html) == expected(
        """
        BlockBox body
          BlockBox div
            TableWrapperBox anonymous
              TableBox anonymous
                TableRowBox p
                  TableCellBox b
                    TextBox 'x'
        """
    )


def test_mixed_table_parts_share_one_anonymous_table():
    """Steps 3.1 and 3.2 over one sequence of consecutive table parts: cells
    on either side of a row each get an anonymous row, and the whole
    sequence one anonymous table; text ends the sequence."""
    html = """<div><i style="display: table-cell">1</i><p style="display: table-row"></p
    ><i style="display: table-cell">2</i>text<i style="display: table-caption">c</i></div>"""
    assert body_outline(html) == expected(
        """
        BlockBox body
          BlockBox div
            TableWrapperBox anonymous
              TableBox anonymous
                TableRowBox anonymous
                  TableCellBox i
                    TextBox '1'
                TableRowBox p
                TableRowBox anonymous
                  TableCellBox i
                    TextBox '2'
            BlockBox anonymous
              TextBox 'text'
            TableWrapperBox anonymous
              TableCaptionBox i
                TextBox 'c'
              TableBox anonymous
        """
    )


def test_xml_example_row_of_cells():
    """The first §17.2.1 example: HBOX (a row) of VBOX cells; "a 'table'
    element is assumed to contain the HBOX element" (step 3.2), and the
    white space between the cells is dropped (step 1.3)."""
    xml = """<DOC><HBOX>
      <VBOX>George</VBOX>
      <VBOX>4287</VBOX>
      <VBOX>1998</VBOX>
    </HBOX></DOC>"""
    css = "DOC { display: block } HBOX { display: table-row } VBOX { display: table-cell }"
    assert xml_outline(xml, css) == expected(
        """
        BlockBox DOC
          TableWrapperBox anonymous
            TableBox anonymous
              TableRowBox HBOX
                TableCellBox VBOX
                  TextBox 'George'
                TableCellBox VBOX
                  TextBox '4287'
                TableCellBox VBOX
                  TextBox '1998'
        """
    )


def test_xml_example_rows_of_text():
    """The second §17.2.1 example: "three 'table-cell' elements are assumed
    to contain the text in the ROWs" (step 2.3), inline content included;
    the white space between the rows goes (step 1.3), and the inline-table
    wrapper is inline-level."""
    xml = """<DOC><STACK>
      <ROW>This is the <D>top</D> row.</ROW>
      <ROW>This is the <D>middle</D> row.</ROW>
      <ROW>This is the <D>bottom</D> row.</ROW>
    </STACK></DOC>"""
    css = """DOC { display: block } STACK { display: inline-table }
             ROW { display: table-row } D { display: inline; font-weight: bolder }"""
    assert xml_outline(xml, css) == expected(
        """
        BlockBox DOC
          TableWrapperBox STACK
            TableBox STACK
              TableRowBox ROW
                TableCellBox anonymous
                  TextBox 'This is the '
                  InlineBox D
                    TextBox 'top'
                  TextBox ' row.'
              TableRowBox ROW
                TableCellBox anonymous
                  TextBox 'This is the '
                  InlineBox D
                    TextBox 'middle'
                  TextBox ' row.'
              TableRowBox ROW
                TableCellBox anonymous
                  TextBox 'This is the '
                  InlineBox D
                    TextBox 'bottom'
                  TextBox ' row.'
        """
    )
    doc = Document.from_string(xml, xml=True, user_stylesheets=[css])
    wrapper = build_box_tree(doc.root).children[0]
    assert wrapper.is_inline_level
    assert not wrapper.is_block_level


def test_nested_row_group_in_row_group():
    """A row group is misparented in a row group: step 2.2 wraps it in an
    anonymous row, step 2.3 that in an anonymous cell, and step 3.2 gives it
    an anonymous table inside the cell."""
    html = """<div style="display: table-row-group"
    ><div style="display: table-row-group"><p style="display: table-row"></p></div></div>"""
    assert outline(body_box(html).children[0].children[0]) == expected(
        """
        TableBox anonymous
          TableRowGroupBox div
            TableRowBox anonymous
              TableCellBox anonymous
                TableWrapperBox anonymous
                  TableBox anonymous
                    TableRowGroupBox div
                      TableRowBox p
        """
    )


def test_misparented_table_in_inline_is_inline_table():
    """Step 3.2: "If C's parent is an 'inline' box, then T must be an
    'inline-table' box"; step 1.4 drops the space between the two cells but
    not the spaces next to the text."""
    html = """<p><span>a <i style="display: table-cell">1</i> <i style="display: table-cell"
    >2</i> b</span></p>"""
    body = body_box(html)
    assert outline(body) == expected(
        """
        BlockBox body
          BlockBox p
            InlineBox span
              TextBox 'a '
              TableWrapperBox anonymous
                TableBox anonymous
                  TableRowBox anonymous
                    TableCellBox i
                      TextBox '1'
                    TableCellBox i
                      TextBox '2'
              TextBox ' b'
        """
    )
    (wrapper,) = find(body, TableWrapperBox)
    assert wrapper.style["display"] == "inline-table"
    assert wrapper.is_inline_level


def test_misparented_table_in_block_is_block_table():
    (wrapper,) = find(body_box('<div><i style="display: table-cell">1</i></div>'), TableWrapperBox)
    assert wrapper.style["display"] == "table"
    assert wrapper.is_block_level


# -- missing child wrappers ---------------------------------------------------------------


def test_text_in_a_row_gets_an_anonymous_cell():
    """Step 2.3: the run of a row's children that are not cells (text, an
    inline, a block) is wrapped in one anonymous cell, a block container
    (§9.2.1.1 then wraps the inline content next to the block)."""
    # (The HTML parser moves text out of a table: the row is made with CSS.)
    html = """<div style="display: table-row"><i style="display: table-cell">1</i
    >loose <b>bold</b><div>block</div><i style="display: table-cell">2</i></div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox i
            TextBox '1'
          TableCellBox anonymous
            BlockBox anonymous
              TextBox 'loose '
              InlineBox b
                TextBox 'bold'
            BlockBox div
              TextBox 'block'
          TableCellBox i
            TextBox '2'
        """
    )


def test_text_in_a_table_gets_an_anonymous_row_and_cell():
    """Steps 2.1 then 2.3: text directly in a table."""
    assert body_outline('<div style="display: table">hello</div>') == expected(
        """
        BlockBox body
          TableWrapperBox div
            TableBox div
              TableRowBox anonymous
                TableCellBox anonymous
                  TextBox 'hello'
        """
    )


def test_table_in_a_row_gets_an_anonymous_cell():
    """Step 2.3: a table is not a cell."""
    html = '<div style="display: table-row"><div style="display: table"></div></div>'
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox anonymous
            TableWrapperBox div
              TableBox div
        """
    )


def test_out_of_flow_boxes_are_wrapped_like_inlines():
    """§17.2.1: "out-of-flow elements are represented as inline elements of
    zero width and height": an absolutely positioned child of a row gets an
    anonymous cell, and a floated cell is blockified (§9.7), so no cell."""
    html = """<div style="display: table-row"><i style="display: table-cell">1</i
    ><b style="position: absolute">abs</b><b style="display: table-cell; float: left">f</b></div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox i
            TextBox '1'
          TableCellBox anonymous
            BlockBox b
              TextBox 'abs'
            BlockBox b
              TextBox 'f'
        """
    )


# -- irrelevant boxes ---------------------------------------------------------------------


def test_white_space_between_cells_dropped():
    """Step 1.3: white space in a row between cells (or before the first and
    after the last) generates no box."""
    html = """<div style="display: table-row">
        <i style="display: table-cell">1</i>
        <i style="display: table-cell">2</i>
    </div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert [type(child) for child in row.children] == [TableCellBox, TableCellBox]


def test_preserved_white_space_is_not_irrelevant():
    """Step 1.3 drops only white space that "would collapse"
    (``generation.is_collapsible_space``): under ``white-space: pre`` the
    spaces between cells are content, wrapped in an anonymous cell."""
    html = """<div style="display: table-row; white-space: pre"><i style="display: table-cell"
    >1</i> <i style="display: table-cell">2</i></div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox i
            TextBox '1'
          TableCellBox anonymous
            TextBox ' '
          TableCellBox i
            TextBox '2'
        """
    )


def test_white_space_next_to_non_table_content_is_kept():
    """Step 1.3 needs both neighbours to be table parts: the space between a
    cell and text joins the text's anonymous cell."""
    html = """<div style="display: table-row"><i style="display: table-cell">1</i> x</div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox i
            TextBox '1'
          TableCellBox anonymous
            TextBox ' x'
        """
    )


def test_empty_rows_and_tables_lose_their_white_space():
    """Step 1.3: "its immediately preceding and following siblings, if any":
    white space alone in a tabular container is irrelevant."""
    html = """<div style="display: table">  <p style="display: table-row">
    </p> </div>"""
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox div
            TableBox div
              TableRowBox p
        """
    )


def test_column_children_dropped():
    """Steps 1.1 and 1.2: a column's children are not rendered, nor a column
    group's children that are not columns."""
    html = """<div style="display: table">
      <div style="display: table-column-group">
        text <span>inline</span>
        <div style="display: table-column"><span>in a column</span>text</div>
        <div style="display: table-cell">cell</div>
      </div>
      <div style="display: table-column">more</div>
    </div>"""
    assert body_outline(html) == expected(
        """
        BlockBox body
          TableWrapperBox div
            TableBox div
              TableColumnGroupBox div
                TableColumnBox div
              TableColumnBox div
        """
    )


def test_html_column_group():
    html = "<table><colgroup><col><col></colgroup><tr><td>1</td><td>2</td></tr></table>"
    (table,) = find(body_box(html), TableBox)
    assert [type(child).__name__ for child in table.children] == [
        "TableColumnGroupBox",
        "TableRowGroupBox",
    ]
    assert len(table.children[0].children) == 2


# -- captions and the wrapper -------------------------------------------------------------


def test_captions_top_and_bottom():
    """§17.4: the wrapper holds the table box and the captions; by
    'caption-side', top captions come before the table box and bottom ones
    after it, each in document order."""
    html = """<div style="display: table">
      <p id="t1" style="display: table-caption">t1</p>
      <p id="b1" style="display: table-caption; caption-side: bottom">b1</p>
      <p style="display: table-row"></p>
      <p id="t2" style="display: table-caption">t2</p>
      <p id="b2" style="display: table-caption; caption-side: bottom">b2</p>
    </div>"""
    (wrapper,) = find(body_box(html), TableWrapperBox)
    assert [
        child.node.id if isinstance(child, TableCaptionBox) else "table"
        for child in wrapper.children
    ] == ["t1", "t2", "table", "b1", "b2"]
    assert type(wrapper.children[2]) is TableBox
    assert outline(wrapper.children[2]) == expected(
        """
        TableBox div
          TableRowBox p
        """
    )


def test_caption_side_inherits_from_the_table():
    html = """<table style="caption-side: bottom"><caption>c</caption><tr><td>1</td></tr></table>"""
    (wrapper,) = find(body_box(html), TableWrapperBox)
    assert [type(child) for child in wrapper.children] == [TableBox, TableCaptionBox]


def test_caption_is_a_block_container():
    html = """<table><caption>text<div>block</div></caption></table>"""
    (caption,) = find(body_box(html), TableCaptionBox)
    assert outline(caption) == expected(
        """
        TableCaptionBox caption
          BlockBox anonymous
            TextBox 'text'
          BlockBox div
            TextBox 'block'
        """
    )


def test_inline_table_wrapper_is_inline_level():
    """§17.4: "The table wrapper box is block-level for 'display: table', and
    inline-level for 'display: inline-table'"; the table box is block-level
    in both."""
    html = """<p>a <span style="display: inline-table"><span style="display: table-cell"
    >1</span></span> b</p>"""
    (wrapper,) = find(body_box(html), TableWrapperBox)
    assert wrapper.node.tag == "span"
    assert wrapper.is_inline_level and not wrapper.is_block_level
    (table,) = wrapper.children
    assert table.is_block_level
    (p,) = [box for box in body_box(html).children if box.node.tag == "p"]
    assert [type(child).__name__ for child in p.children] == [
        "TextBox",
        "TableWrapperBox",
        "TextBox",
    ]


def test_wrapper_and_table_box_styles():
    """§17.4: position, float, margins and insets of the table element are
    used on the wrapper and not the table box; the other non-inherited
    properties on the table box and not the wrapper (which has their
    initial values). Inherited properties are on both."""
    html = """<table style="float: left; margin: 7px; position: relative; top: 3px;
        padding: 5px; border: 2px solid red; width: 100px; background-color: blue;
        color: green"><tr><td>1</td></tr></table>"""
    (wrapper,) = find(body_box(html), TableWrapperBox)
    table = wrapper.children[0]
    assert wrapper.node is table.node
    assert str(wrapper.style["float"]) == "left"
    assert str(wrapper.style["margin-left"]) == "7px"
    assert str(wrapper.style["position"]) == "relative"
    assert str(wrapper.style["top"]) == "3px"
    assert str(wrapper.style["padding-left"]) == "0px"
    assert str(wrapper.style["border-left-width"]) == "0px"
    assert str(wrapper.style["width"]) == "auto"
    assert str(wrapper.style["background-color"]) == "rgba(0, 0, 0, 0)"
    assert str(table.style["background-color"]) == "rgb(0, 0, 255)"
    assert wrapper.is_floated
    assert str(table.style["float"]) == "none"
    assert str(table.style["margin-left"]) == "0px"
    assert str(table.style["position"]) == "static"
    assert str(table.style["top"]) == "auto"
    assert str(table.style["padding-left"]) == "5px"
    assert str(table.style["border-left-width"]) == "2px"
    assert str(table.style["width"]) == "100px"
    assert table.is_in_flow and not table.is_floated
    assert str(wrapper.style["color"]) == str(table.style["color"])
    node = wrapper.node
    assert str(node.computed["padding-left"]) == "5px"  # the element's style is untouched
    assert str(node.computed["float"]) == "left"


# -- anonymous styles ---------------------------------------------------------------------


def test_anonymous_boxes_inherit_from_their_parent():
    """§17.2.1: anonymous table objects are anonymous boxes, which inherit
    from their parent box (§9.2.1.1); non-inherited properties are initial."""
    html = """<div style="color: rgb(1, 2, 3); padding: 9px"><i
        style="display: table-cell">1</i></div>"""
    body = body_box(html)
    (wrapper,) = find(body, TableWrapperBox)
    (row,) = find(body, TableRowBox)
    for box in (wrapper, wrapper.children[0], row):
        assert box.is_anonymous
        assert box.style["color"] == body.children[0].style["color"]
        assert str(box.style["padding-left"]) == "0px"
    assert row.style["display"] == "table-row"
    assert row.style.box_parent_display.inner == "table"


def test_anonymous_cell_style_in_a_row():
    html = """<div style="display: table-row; color: rgb(4, 5, 6); height: 30px">x</div>"""
    (row,) = find(body_box(html), TableRowBox)
    (cell,) = row.children
    assert cell.is_anonymous and cell.style["display"] == "table-cell"
    assert cell.style["color"] == row.style["color"]
    assert str(cell.style["height"]) == "auto"


# -- display: contents, host trees, the fast path -----------------------------------------


def test_display_contents_between_row_and_cells():
    """A ``display: contents`` element generates no box, so its children's
    boxes are fixed up as children of its parent's box: cells in a row."""
    html = """<div style="display: table-row"><span style="display: contents"
    ><i style="display: table-cell">1</i> <i style="display: table-cell">2</i></span></div>"""
    (row,) = find(body_box(html), TableRowBox)
    assert outline(row) == expected(
        """
        TableRowBox div
          TableCellBox i
            TextBox '1'
          TableCellBox i
            TextBox '2'
        """
    )


def test_host_tree():
    """A host's node tree goes through the same fix-up."""
    root = Node(
        style=CSS(display="block"),
        children=[
            Node(style=CSS(display="table-cell"), children=[Text("a")]),
            Node(style=CSS(display="table-cell"), children=[Text("b")]),
        ],
    )
    box = build_box_tree(root)
    assert outline(box) == expected(
        """
        BlockBox Node
          TableWrapperBox anonymous
            TableBox anonymous
              TableRowBox anonymous
                TableCellBox Node
                  TextBox 'a'
                TableCellBox Node
                  TextBox 'b'
        """
    )


def test_fast_path_returns_the_list_itself():
    """Outside tables, a list with no table part is returned as it is."""
    style = compute_style(CSS(display="block"))
    boxes = [TextBox(None, style, " ")]
    assert wrap_table_internals(None, style, boxes) is boxes


def test_table_parts_in_flex_containers_are_blockified():
    """css-display-3 §2.7: a flex item's display is blockified, so a table
    cell in a flex container is a block and no anonymous table appears."""
    html = '<div style="display: flex"><i style="display: table-cell">1</i></div>'
    assert not find(body_box(html), TableWrapperBox)


def test_ruby_internal_boxes_are_inline():
    """css-display-3 §2.4 routes the internal ruby types here too; without
    ruby layout they are inline boxes, and no table is generated for them."""
    html = '<p>a<span style="display: ruby-base">b</span>c</p>'
    (p,) = body_box(html).children
    assert outline(p) == expected(
        """
        BlockBox p
          TextBox 'a'
          InlineBox span
            TextBox 'b'
          TextBox 'c'
        """
    )
