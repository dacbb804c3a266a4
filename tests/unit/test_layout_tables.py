"""Table layout: CSS 2.1 §17.4 (captions), §17.5 (the grid, column widths,
row heights, vertical alignment in cells) and §17.6.1 (border-spacing).

Expected geometry is worked out by hand from the rules cited. Text is Ahem
10px with a 10px line height: every glyph is a 10px square, its baseline
8px below the top of its line."""

from __future__ import annotations

from colosseum import CSS, Node, layout
from colosseum.html import Document

BASE = (
    "<style>body{margin:0;font:10px/10px Ahem} table{border-spacing:0}"
    " td{padding:0;vertical-align:top}</style>"
)


def lay_out(html: str, width: int = 800) -> Document:
    doc = Document.from_string(BASE + html)
    doc.layout(width=width, height=600)
    return doc


def rect(node):
    box = node.layout.border_box
    return (box.x, box.y, box.width, box.height)


def rects(doc, selector):
    return [rect(node) for node in doc.select(selector)]


# -- §17.5 the grid ---------------------------------------------------------------------


def test_header_group_rows_come_first_and_footer_group_rows_last():
    doc = lay_out(
        "<table><tfoot><tr><td>f</td></tr></tfoot><tbody><tr><td>b</td></tr></tbody>"
        "<thead><tr><td>h</td></tr></thead></table>"
    )
    foot, body, head = doc.select("td")
    assert rect(head)[1] == 0
    assert rect(body)[1] == 10
    assert rect(foot)[1] == 20


def test_row_span_takes_slots_in_the_rows_below():
    # "c" cannot go in column 0 of the second row: the rowspan holds it.
    doc = lay_out("<table><tr><td rowspan=2>a</td><td>bb</td></tr><tr><td>c</td></tr></table>")
    a, b, c = doc.select("td")
    assert rect(a) == (0, 0, 10, 20)
    assert rect(b) == (10, 0, 20, 10)
    assert rect(c) == (10, 10, 20, 10)


def test_column_span_covers_its_columns_and_the_spacing_between():
    doc = lay_out(
        "<table style='border-spacing:4px'><tr><td colspan=2>a</td></tr>"
        "<tr><td>bb</td><td>ccc</td></tr></table>"
    )
    a, b, c = doc.select("td")
    assert rect(b) == (4, 18, 20, 10)
    assert rect(c) == (28, 18, 30, 10)
    assert rect(a) == (4, 4, 54, 10)  # 20 + 4 + 30


def test_columns_and_rows_boxes_cover_the_grid():
    doc = lay_out(
        "<table style='border-spacing:3px 5px'><colgroup><col><col></colgroup>"
        "<tbody><tr><td>aa</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>"
    )
    first, second = doc.select("col")
    assert rect(first) == (3, 5, 20, 25)  # both rows and the spacing between
    assert rect(second) == (26, 5, 10, 25)
    assert rect(doc.select("colgroup")[0]) == (3, 5, 33, 25)
    assert rect(doc.select("tr")[1]) == (3, 20, 33, 10)
    assert rect(doc.select("tbody")[0]) == (3, 5, 33, 25)


# -- §17.6.1 border-spacing, §17.5.2.2 automatic widths ---------------------------------


def test_border_spacing_goes_around_columns_and_rows_inside_the_padding():
    doc = lay_out(
        "<table style='border-spacing:2px 3px;border:4px solid;padding:1px'>"
        "<tr><td>aa</td><td>b</td></tr></table>"
    )
    a, b = doc.select("td")
    assert rect(a) == (7, 8, 20, 10)  # border 4 + padding 1 + spacing 2 (3 down)
    assert rect(b) == (29, 8, 10, 10)
    table = doc.select("table")[0]
    # 20 + 10 + 3 x 2 spacing + 2 x (4 + 1); 10 + 2 x 3 + 2 x 5.
    assert rect(table) == (0, 0, 46, 26)


def test_auto_table_is_as_wide_as_its_columns_maximum_widths():
    doc = lay_out("<table><tr><td>aa</td><td>bbb ccc</td></tr></table>")
    assert rects(doc, "td") == [(0, 0, 20, 10), (20, 0, 70, 10)]
    assert rect(doc.select("table")[0]) == (0, 0, 90, 10)


def test_narrow_container_gives_columns_width_in_proportion_to_their_room():
    # MIN = 20 + 30, MAX = 20 + 70: the 10px over MIN go to the second
    # column (room 40), the first has none (min = max).
    doc = lay_out("<div style='width:60px'><table><tr><td>aa</td><td>bbb ccc</td></tr></table>")
    assert rects(doc, "td") == [(0, 0, 20, 20), (20, 0, 40, 20)]


def test_wide_table_shares_the_extra_width_in_proportion_to_maximum_widths():
    # MAX = 20 + 60; the 80px more go 20:60 to the columns.
    doc = lay_out("<table style='width:160px'><tr><td>aa</td><td>bbbbbb</td></tr></table>")
    assert rects(doc, "td") == [(0, 0, 40, 10), (40, 0, 120, 10)]


def test_cell_width_fixes_its_column_and_auto_columns_take_the_rest():
    doc = lay_out(
        "<table style='width:100px'><tr><td style='width:30px'>a</td><td>bb</td></tr></table>"
    )
    assert rects(doc, "td") == [(0, 0, 30, 10), (30, 0, 70, 10)]


def test_cell_width_is_at_least_its_minimum_content_width():
    doc = lay_out("<table><tr><td style='width:10px'>aaaa</td></tr></table>")
    assert rects(doc, "td") == [(0, 0, 40, 10)]


def test_spanning_cell_widens_its_columns_in_proportion_to_their_maximum_widths():
    # The span needs 100px; columns of 10 and 30 get the 60 more as 1:3.
    doc = lay_out(
        "<table><tr><td colspan=2>aaaaaaaaaa</td></tr><tr><td>b</td><td>ccc</td></tr></table>"
    )
    _, b, c = doc.select("td")
    assert rect(b) == (0, 10, 25, 10)
    assert rect(c) == (25, 10, 75, 10)


def test_specified_width_below_the_minimum_gives_way_to_it():
    doc = lay_out("<table style='width:10px'><tr><td>aaa</td><td>bb</td></tr></table>")
    assert rect(doc.select("table")[0])[2] == 50


# -- §17.5.2.1 fixed table layout -------------------------------------------------------


def test_fixed_layout_widths_come_from_columns_then_first_row_cells():
    doc = lay_out(
        "<table style='table-layout:fixed;width:200px;border-spacing:10px'>"
        "<col style='width:50px'><tr><td>x</td><td style='width:40px'>y</td>"
        "<td>z</td><td>wwwwwwww</td></tr></table>"
    )
    # The two auto columns share 200 - 5 x 10 - 50 - 40 equally; content
    # does not widen them.
    xs = [(r[0], r[2]) for r in rects(doc, "td")]
    assert xs == [(10, 50), (70, 40), (120, 30), (160, 30)]
    assert rect(doc.select("table")[0])[2] == 200


def test_fixed_layout_table_grows_when_columns_need_more_than_its_width():
    doc = lay_out(
        "<table style='table-layout:fixed;width:50px'>"
        "<tr><td style='width:40px'>a</td><td style='width:30px'>b</td></tr></table>"
    )
    assert rects(doc, "td") == [(0, 0, 40, 10), (40, 0, 30, 10)]
    assert rect(doc.select("table")[0])[2] == 70


# -- §17.5.3 heights --------------------------------------------------------------------


def test_row_heights_and_row_spanning_cells():
    doc = lay_out(
        "<table><tr style='height:30px'><td>a</td><td rowspan=2>b<br>b<br>b<br>b<br>b<br>b"
        "</td></tr><tr><td style='height:15px'>c</td></tr></table>"
    )
    a, b, c = doc.select("td")
    # Rows of 30 and 15; the spanning cell needs 60, so the last row gets 15 more.
    assert rect(a) == (0, 0, 10, 30)
    assert rect(b) == (10, 0, 10, 60)
    assert rect(c) == (0, 30, 10, 30)


def test_table_height_is_shared_by_the_rows_in_proportion_to_their_heights():
    doc = lay_out(
        "<table style='height:100px;border-spacing:0 10px'><tr><td>a</td></tr>"
        "<tr><td>b<br>b<br>b</td></tr></table>"
    )
    a, b = doc.select("td")
    # 100 - 3 x 10 spacing = 70 for rows that need 10 and 30: 17.5 and 52.5.
    assert rect(a) == (0, 10, 10, 17.5)
    assert rect(b) == (0, 37.5, 10, 52.5)


# -- §17.5.4 vertical alignment in cells ------------------------------------------------


def test_vertical_alignment_of_cell_contents():
    doc = lay_out(
        "<table><tr><td style='height:50px'></td>"
        "<td style='vertical-align:top'><span>a</span></td>"
        "<td style='vertical-align:middle'><span>b</span></td>"
        "<td style='vertical-align:bottom'><span>c</span></td>"
        "<td style='vertical-align:baseline'><span>d</span></td>"
        "<td style='vertical-align:baseline;font:20px/20px Ahem'><span>E</span></td>"
        "</tr></table>"
    )
    # The row baseline is 16px down (the 20px cell's); the 10px "d" moves
    # down by 16 - 8.
    ys = [rect(span)[1] for span in doc.select("span")]
    assert ys == [0, 20, 40, 8, 0]
    assert all(rect(td)[3] == 50 for td in doc.select("td"))


def test_baseline_cells_make_the_row_tall_enough_for_above_and_below():
    doc = lay_out(
        "<table><tr><td style='vertical-align:baseline;padding-top:10px'>a</td>"
        "<td style='vertical-align:baseline;font:20px/20px Ahem'>E</td></tr></table>"
    )
    # Baselines 18 (10 + 8) and 16 below the cells' tops: the row's is 18,
    # with 4 below it (the 20px cell's descent).
    assert [rect(td)[3] for td in doc.select("td")] == [22, 22]


# -- §17.4 captions and the wrapper -----------------------------------------------------


def test_captions_above_and_below_the_table_box():
    doc = lay_out(
        "<table style='border:5px solid'><caption>cap</caption>"
        "<caption style='caption-side:bottom'>bot</caption><tr><td>aaaa</td></tr></table>"
    )
    top, bottom = doc.select("caption")
    assert rect(top) == (0, 0, 50, 10)  # as wide as the table box's border box
    assert rect(doc.select("td")[0]) == (5, 15, 40, 10)
    assert rect(bottom) == (0, 30, 50, 10)


def test_a_caption_wider_than_the_columns_widens_the_table():
    doc = lay_out("<table><caption>cccccc</caption><tr><td>a</td></tr></table>")
    assert rect(doc.select("caption")[0])[2] == 60
    assert rect(doc.select("td")[0]) == (0, 10, 60, 10)


# -- intrinsic sizes and baselines of tables --------------------------------------------


def test_float_around_a_table_shrinks_to_the_table_maximum_width():
    doc = lay_out(
        "<div style='float:left'><table style='border-spacing:2px'>"
        "<tr><td>aa</td><td>bbb ccc</td></tr></table></div>"
    )
    assert rect(doc.select("div")[0])[2] == 96  # 20 + 70 + 3 x 2


def test_inline_table_sits_on_its_first_row_baseline():
    doc = lay_out(
        "<div><span>x</span><table style='display:inline-table'><tr>"
        "<td style='vertical-align:baseline;font:20px/20px Ahem'>E</td>"
        "</tr><tr><td>f</td></tr></table></div>"
    )
    # The first row's baseline is 16px below the table's top; the line's
    # baseline is there, and the "x" (ascent 8) starts 8px down.
    assert rect(doc.select("table")[0])[1] == 0
    assert rect(doc.select("span")[0])[1] == 8


def test_host_node_table():
    def cell(**style):
        return Node(style=CSS(display="table-cell", **style))

    row = Node(
        style=CSS(display="table-row"),
        children=[cell(width=30, height=20), cell(width=50, height=10)],
    )
    table = Node(style=CSS(display="table", border_spacing="4px"), children=[row])
    root = Node(style=CSS(display="block"), children=[table])
    layout(root, 800, 600)
    first, second = row.children
    assert rect(first) == (4, 4, 30, 20)
    assert rect(second) == (38, 4, 50, 20)  # as tall as its row
    assert rect(table) == (0, 0, 92, 28)


def test_percentage_cell_width_is_a_share_of_the_table_width():
    # 25% of 200; the auto column takes the rest.
    doc = lay_out(
        "<table style='width:200px'><tr><td style='width:25%'>a</td><td>b</td></tr></table>"
    )
    assert rects(doc, "td") == [(0, 0, 50, 10), (50, 0, 150, 10)]


def test_fixed_layout_percentages_refer_to_the_width_less_the_spacing():
    # (230 - 3 x 10) x 40% = 80; the other column gets the remaining 120.
    doc = lay_out(
        "<table style='table-layout:fixed;width:230px;border-spacing:10px 0'>"
        "<col style='width:40%'><tr><td>a</td><td>b</td></tr></table>"
    )
    assert [(r[0], r[2]) for r in rects(doc, "td")] == [(10, 80), (100, 120)]


def test_percentage_heights_in_a_cell_refer_to_its_specified_height():
    doc = lay_out(
        "<table><tr><td style='height:40px'><div style='height:50%'></div></td></tr></table>"
    )
    assert rect(doc.select("div")[0])[3] == 20


def test_min_and_max_width_apply_to_tables_and_columns():
    doc = lay_out(
        "<table style='width:300px;max-width:100px'><tr><td>a</td></tr></table>"
        "<table><colgroup style='min-width:50px'></colgroup><tr><td>a</td><td>b</td></tr></table>"
    )
    first, second = doc.select("table")
    assert rect(first)[2] == 100
    assert [r[2] for r in rects(doc, "table:nth-of-type(2) td")] == [50, 10]
    assert rect(second)[2] == 60


def test_cell_without_a_line_box_has_its_baseline_at_its_content_bottom():
    doc = lay_out(
        "<div><span>x</span><table style='display:inline-table'><tr>"
        "<td style='height:30px;vertical-align:baseline'></td></tr></table></div>"
    )
    # The table's baseline is 30px down; the "x" (ascent 8) sits on it.
    assert rect(doc.select("table")[0])[1] == 0
    assert rect(doc.select("span")[0])[1] == 22


def test_rtl_table_puts_the_first_column_on_the_right():
    doc = lay_out(
        "<table style='direction:rtl;border-spacing:5px'><tr><td colspan=2>a</td><td>b</td></tr>"
        "<tr><td>cc</td><td>d</td><td>eee</td></tr></table>"
    )
    a, b, c, d, e = doc.select("td")
    assert (rect(c)[0], rect(d)[0], rect(e)[0]) == (55, 40, 5)
    assert rect(a)[0::2] == (40, 35)  # over the first two columns and the spacing between
    assert rect(b)[0::2] == (5, 30)
