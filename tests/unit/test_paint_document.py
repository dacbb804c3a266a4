"""Painting laid-out documents: render_document, reftest-style equality of
different markup drawing the same shapes, and ``colosseum render``."""

import base64
import io

import pytest
from test_paint_helpers import BLACK, BLUE, LIME, RED, WHITE, YELLOW

from colosseum.cli import main
from colosseum.html import Document
from colosseum.paint import display_list, render_document, to_svg

Image = pytest.importorskip("PIL.Image")

AHEM = "font-family: Ahem; font-size: 20px; line-height: 1;"


def render(html, width=200, height=150):
    return render_document(Document.from_string(html), width, height)


def test_render_document_paints_in_appendix_e_order():
    image = render(
        f"""<body style="margin: 0; {AHEM}">
        <div style="position: absolute; left: 10px; top: 10px; width: 30px; height: 30px;
                    background-color: black"></div>
        <div style="float: left; width: 30px; height: 30px; background-color: lime"></div>
        <div style="height: 60px; background-color: red">XX</div>
        </body>"""
    )
    assert image.mode == "RGB" and image.size == (200, 150)
    assert image.getpixel((5, 5)) == LIME  # the float over the block's background
    assert image.getpixel((20, 20)) == BLACK  # the positioned box over the float
    assert image.getpixel((35, 5)) == BLACK  # the text beside the float, over the red
    assert image.getpixel((100, 30)) == RED
    assert image.getpixel((100, 100)) == WHITE


def test_body_background_covers_the_canvas():
    image = render('<body style="background-color: yellow; height: 10px">')
    assert image.getpixel((199, 149)) == YELLOW


def test_same_shapes_from_different_markup_give_identical_pixels():
    """What reftests rely on: a border and nested backgrounds drawing the
    same rectangles produce the same image."""
    test = render(
        '<body style="margin: 0"><div style="margin: 10px; width: 20px; height: 20px;'
        ' border: 5px solid blue; background-color: lime"></div>'
    )
    reference = render(
        '<body style="margin: 0"><div style="margin: 10px; padding: 5px; width: 20px;'
        ' height: 20px; background-color: blue"><div style="height: 20px;'
        ' background-color: lime"></div></div>'
    )
    assert test.tobytes() == reference.tobytes()
    assert test.getpixel((10, 10)) == BLUE and test.getpixel((20, 20)) == LIME


def test_ahem_text_matches_boxes():
    test = render(f'<body style="margin: 0; {AHEM}"><div>X X</div>')
    reference = render(
        '<body style="margin: 0"><div style="position: absolute; left: 0; top: 0;'
        ' width: 20px; height: 20px; background-color: black"></div>'
        '<div style="position: absolute; left: 40px; top: 0; width: 20px; height: 20px;'
        ' background-color: black"></div>'
    )
    assert test.tobytes() == reference.tobytes()


def test_image_element():
    picture = Image.new("RGB", (4, 2), (0, 0, 255))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    url = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    image = render(f'<body style="margin: 0"><img src="{url}" style="display: block; width: 8px">')
    assert image.getpixel((0, 0)) == BLUE
    assert image.getpixel((7, 3)) == BLUE
    assert image.getpixel((8, 0)) == WHITE
    assert image.getpixel((0, 4)) == WHITE


def test_list_marker_is_painted():
    image = render(
        f'<body style="margin: 0; {AHEM}"><ul style="margin: 0; padding-left: 60px;'
        ' color: blue"><li>X</li></ul>'
    )
    assert image.getpixel((65, 10)) == BLUE  # the item's text
    marker = {image.getpixel((x, 10)) for x in range(0, 60)}
    assert BLUE in marker  # the outside marker, left of it


def test_display_list_of_a_document_and_svg():
    document = Document.from_string(
        '<body style="margin: 0"><p style="height: 10px; background-color: red">'
    )
    root = document.layout(100, 100)
    ops = display_list(root, (100, 100))
    svg = to_svg(ops, 100, 100)
    assert 'fill="rgb(255,0,0)"' in svg


def test_cli_render_png_and_svg(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<body style="margin: 0; background-color: lime">', encoding="utf-8")
    png = tmp_path / "out.png"
    assert main(["render", str(page), "-o", str(png), "--width", "30", "--height", "20"]) == 0
    with Image.open(png) as image:
        assert image.size == (30, 20)
        assert image.convert("RGB").getpixel((29, 19)) == LIME
    svg = tmp_path / "out.svg"
    assert main(["render", str(page), "-o", str(svg)]) == 0
    text = svg.read_text(encoding="utf-8")
    assert 'width="800" height="600"' in text and "rgb(0,255,0)" in text


def test_cli_render_errors(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<p>", encoding="utf-8")
    assert main(["render", str(page), "-o", str(tmp_path / "out.gif")]) == 2
    assert "must end in .png or .svg" in capsys.readouterr().err
    assert main(["render", str(tmp_path / "missing.html"), "-o", str(tmp_path / "o.png")]) == 2
    assert main(["render", str(page)]) == 2  # -o is required


def test_root_with_display_none_still_paints_its_background():
    image = render("<html style='display: none; background-color: lime'><body>")
    assert image.getpixel((100, 100)) == LIME
    assert render("<html style='display: none'>").getpixel((5, 5)) == WHITE


def test_table_layers_show_through_cells_and_not_the_spacing():
    # CSS 2.1 §17.5.1: column, row group and row backgrounds are painted
    # only below the cells; the 10px spacing shows the table's background.
    image = render(
        """<body style="margin: 0">
        <table style="border-spacing: 10px; background: yellow">
          <col style="background: red"><col style="background: blue">
          <tbody style="background: red"><tr style="background: lime">
            <td style="width: 20px; height: 20px; padding: 0"></td>
            <td style="width: 20px; height: 20px; padding: 0; background: black"></td>
          </tr></tbody>
        </table></body>"""
    )
    assert image.getpixel((5, 20)) == YELLOW  # spacing before the first column
    assert image.getpixel((20, 20)) == LIME  # the row above the column and row group
    assert image.getpixel((35, 20)) == YELLOW  # spacing between the columns
    assert image.getpixel((50, 20)) == BLACK  # the cell above its row
    assert image.getpixel((20, 5)) == YELLOW  # spacing above the row
