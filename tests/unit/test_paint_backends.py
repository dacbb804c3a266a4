"""The raster (Pillow) and SVG backends, replaced images and background images."""

import base64
import io

import pytest
from test_paint_helpers import BLUE, LIME, RED, WHITE, block, paint, replaced

from colosseum.paint import (
    DisplayList,
    DrawImage,
    FillPath,
    FillRect,
    PopClip,
    PopLayer,
    PushClip,
    PushLayer,
    decode_image,
    to_image,
    to_svg,
)
from colosseum.paint.raster import snap
from colosseum.style.values import Length, Url, ValueList

Image = pytest.importorskip("PIL.Image")


def png_data_url(size=(2, 2), color=(255, 0, 0, 255), pixels=None) -> str:
    image = Image.new("RGBA", size, color)
    for position, value in (pixels or {}).items():
        image.putpixel(position, value)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


# -- raster coverage ----------------------------------------------------------------------


def test_snap_rounds_half_up():
    assert [snap(v) for v in (0.49, 0.5, 1.5, -0.5, 2.51)] == [0, 1, 2, 0, 3]


def test_rectangle_edges_snap_to_pixels():
    ops = DisplayList([FillRect(0.5, 0.4, 2.0, 1.2, (0, 0, 255, 1.0))])
    image = to_image(ops, 5, 5)
    assert [image.getpixel((x, 0)) for x in range(4)] == [WHITE, BLUE, BLUE, WHITE]
    assert [image.getpixel((1, y)) for y in range(3)] == [BLUE, BLUE, WHITE]


def test_polygon_and_rectangle_cover_the_same_pixels():
    """A test and a reference placing the same rectangle, one as a path,
    get identical pixels, at any fractional position."""
    for x, y, w, h in ((0.5, 0.5, 3, 2), (1.3, 0.7, 2.4, 3.5), (0.25, 2.75, 4.5, 0.5)):
        rect = to_image(DisplayList([FillRect(x, y, w, h, (0, 0, 0, 1.0))]), 8, 8)
        square = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        path = to_image(DisplayList([FillPath((square,), (0, 0, 0, 1.0))]), 8, 8)
        assert rect.tobytes() == path.tobytes()


def test_shapes_sharing_a_diagonal_neither_overlap_nor_leave_gaps():
    upper = ((0, 0), (10, 0), (0, 10))
    lower = ((10, 0), (10, 10), (0, 10))
    ops = DisplayList([FillPath((upper,), (255, 0, 0, 0.5)), FillPath((lower,), (255, 0, 0, 0.5))])
    image = to_image(ops, 10, 10)
    assert {image.getpixel((x, y)) for x in range(10) for y in range(10)} == {(255, 127, 127)}


def test_nonzero_winding_keeps_holes():
    outer = ((0, 0), (10, 0), (10, 10), (0, 10))
    hole = ((3, 3), (3, 7), (7, 7), (7, 3))  # the other direction
    image = to_image(DisplayList([FillPath((outer, hole), (0, 0, 0, 1.0))]), 10, 10)
    assert image.getpixel((5, 5)) == WHITE
    assert image.getpixel((1, 5)) == (0, 0, 0)


def test_clips_intersect_and_pop():
    ops = DisplayList(
        [
            PushClip(0, 0, 6, 6),
            PushClip(3, 3, 10, 10),
            FillRect(0, 0, 10, 10, (255, 0, 0, 1.0)),
            PopClip(),
            FillRect(0, 0, 2, 2, (0, 0, 255, 1.0)),
            PopClip(),
            FillRect(8, 8, 2, 2, (0, 255, 0, 1.0)),
        ]
    )
    image = to_image(ops, 10, 10)
    assert image.getpixel((4, 4)) == RED
    assert image.getpixel((7, 4)) == WHITE
    assert image.getpixel((1, 1)) == BLUE
    assert image.getpixel((2, 4)) == WHITE
    assert image.getpixel((9, 9)) == LIME


def test_layer_opacity_zero_hides():
    ops = DisplayList([PushLayer(0.0), FillRect(0, 0, 10, 10, (255, 0, 0, 1.0)), PopLayer()])
    assert to_image(ops, 10, 10).getpixel((5, 5)) == WHITE


def test_image_is_rgb_white_of_the_rounded_size():
    image = to_image(DisplayList(), 10.4, 7.6)
    assert image.mode == "RGB" and image.size == (10, 8)
    assert image.getpixel((0, 0)) == WHITE


# -- images ---------------------------------------------------------------------------------


def test_replaced_image_scaled_to_its_content_box():
    from colosseum.html.tree import Element

    url = png_data_url((2, 1), (255, 0, 0, 255), {(1, 0): (0, 0, 255, 255)})
    image_box = replaced(Element("img", {"src": url}), 10, 10, 20, 10)
    ops, image = paint(block(0, 0, 100, 100, [image_box]))
    assert [type(op) for op in ops] == [DrawImage]
    assert image.getpixel((10, 10)) == RED
    assert image.getpixel((19, 19)) == RED
    assert image.getpixel((20, 10)) == BLUE
    assert image.getpixel((29, 19)) == BLUE
    assert image.getpixel((30, 15)) == WHITE


def test_image_alpha_blends_and_broken_images_paint_nothing():
    from colosseum.html.tree import Element

    url = png_data_url((1, 1), (0, 0, 255, 0))
    transparent = replaced(Element("img", {"src": url}), 0, 0, 10, 10)
    broken = replaced(Element("img", {"src": "data:image/png;base64,AAAA"}), 0, 0, 10, 10)
    missing = replaced(Element("img", {"src": "nowhere.png"}), 0, 0, 10, 10)
    root = block(0, 0, 100, 100, [transparent, broken, missing], background_color="lime")
    _, image = paint(root)
    assert image.getpixel((5, 5)) == LIME


def test_decode_image():
    data = base64.b64decode(png_data_url().split(",", 1)[1])
    decoded = decode_image(data, "x.png")
    assert (decoded.width, decoded.height) == (2, 2)
    assert decode_image(b"<svg/>") is None


def test_background_image_tiles_and_positions():
    url = png_data_url((2, 2), (0, 0, 255, 255), {(0, 0): (255, 0, 0, 255)})
    extra = {"background-image": Url(url)}
    box = block(10, 10, 9, 9, extra=extra)
    _ops, image = paint(block(0, 0, 100, 100, [box]))
    assert image.getpixel((10, 10)) == RED
    assert image.getpixel((12, 12)) == RED  # the next tile
    assert image.getpixel((11, 11)) == BLUE
    assert image.getpixel((18, 18)) == RED  # the last, clipped tile
    assert image.getpixel((19, 19)) == WHITE
    extra = {
        "background-image": Url(url),
        "background-repeat": "no-repeat",
        "background-position": ValueList([Length(4), Length(3)]),
    }
    box = block(10, 10, 9, 9, extra=extra)
    _, image = paint(block(0, 0, 100, 100, [box]))
    assert image.getpixel((14, 13)) == RED
    assert image.getpixel((15, 14)) == BLUE
    assert image.getpixel((10, 10)) == WHITE
    assert image.getpixel((16, 13)) == WHITE


# -- SVG -----------------------------------------------------------------------------------


def test_svg_output():
    root = block(0, 0, 100, 100, [block(10, 10, 20, 20, background_color="rgba(0,0,255,.5)")])
    ops, _ = paint(root)
    svg = to_svg(ops, 100, 50)
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    assert 'width="100" height="50" viewBox="0 0 100 50"' in svg
    assert (
        '<rect x="10" y="10" width="20" height="20" fill="rgb(0,0,255)" fill-opacity="0.5"/>' in svg
    )
    assert svg.rstrip().endswith("</svg>")
    assert to_svg(ops, 100, 50) == svg  # deterministic


def test_svg_paths_clips_layers_and_images():
    decoded = decode_image(base64.b64decode(png_data_url().split(",", 1)[1]))
    ops = DisplayList(
        [
            PushLayer(0.25),
            PushClip(0, 0, 5.5, 5),
            FillPath((((0, 0), (4, 0), (0, 4)),), (1, 2, 3, 1.0)),
            DrawImage(1, 2, 3, 4, decoded),
            PopClip(),
            PopLayer(),
        ]
    )
    svg = to_svg(ops, 10, 10)
    assert '<g opacity="0.25">' in svg
    assert '<clipPath id="clip1"><rect x="0" y="0" width="5.5" height="5"/></clipPath>' in svg
    assert '<g clip-path="url(#clip1)">' in svg
    assert '<path d="M0 0 L4 0 L0 4 Z" fill-rule="nonzero" fill="rgb(1,2,3)"/>' in svg
    assert 'xlink:href="data:image/png;base64,' in svg
    assert svg.count("<g") == svg.count("</g>") == 2


def test_non_finite_geometry_is_not_drawn():
    nan, inf = float("nan"), float("inf")
    ops = DisplayList()
    ops.fill_rect(nan, 0, 10, 10, (0, 0, 0, 1.0))
    ops.fill_rect(0, 0, inf, 10, (0, 0, 0, 1.0))
    ops.fill_path([((0, 0), (nan, 0), (0, 5))], (0, 0, 0, 1.0))
    assert ops == []
    ops.append(PushClip(-inf, nan, inf, inf))
    ops.fill_rect(1, 1, 2, 2, (0, 0, 255, 1.0))
    ops.append(PopClip())
    assert snap(nan) < 0 < snap(inf)
    assert to_image(ops, 5, 5).getpixel((1, 1)) in (BLUE, WHITE)


def test_clipped_image_samples_like_the_whole_image():
    url = png_data_url((3, 3), (255, 0, 0, 255), {(1, 1): (0, 0, 255, 255), (2, 0): (*LIME, 255)})
    decoded = decode_image(base64.b64decode(url.split(",", 1)[1]))
    whole = to_image(DisplayList([DrawImage(1.4, 2, 17, 13, decoded)]), 20, 20)
    clipped = to_image(
        DisplayList([PushClip(5, 4, 9, 7), DrawImage(1.4, 2, 17, 13, decoded), PopClip()]), 20, 20
    )
    for x in range(20):
        for y in range(20):
            inside = 5 <= x < 14 and 4 <= y < 11
            assert clipped.getpixel((x, y)) == (whole.getpixel((x, y)) if inside else WHITE)
    assert {whole.getpixel((x, y)) for x in range(20) for y in range(20)} == {
        RED,
        BLUE,
        LIME,
        WHITE,
    }
