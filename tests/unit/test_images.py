"""Natural image sizes read from headers (colosseum.html.images).

Every image here is written byte by byte from its format's specification; the
expected sizes are the ones written into the headers.
"""

import gzip
import struct
import zlib

import pytest

from colosseum.html.images import ImageInfo, image_info, intrinsic_size

# -- builders ---------------------------------------------------------------------------------


def png(width, height, *, cgbi=False):
    """A complete 1-bit greyscale PNG: signature, IHDR, IDAT, IEND."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x00" * ((width + 7) // 8) for _ in range(min(height, 4)))
    prefix = chunk(b"CgBI", b"\x50\x00\x20\x02") if cgbi else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + prefix
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def gif(width, height, version=b"89a"):
    """Header, logical screen descriptor without colour table, trailer."""
    return b"GIF" + version + struct.pack("<HHBBB", width, height, 0, 0, 0) + b"\x3b"


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def exif(orientation, byte_order="<"):
    """An APP1 Exif payload whose 0th IFD holds one Orientation (0x0112) SHORT."""
    mark = b"II" if byte_order == "<" else b"MM"
    tiff = mark + struct.pack(byte_order + "HI", 42, 8)
    tiff += struct.pack(byte_order + "H", 1)
    tiff += struct.pack(byte_order + "HHI", 0x0112, 3, 1)
    tiff += struct.pack(byte_order + "HH", orientation, 0)
    tiff += struct.pack(byte_order + "I", 0)
    return b"Exif\x00\x00" + tiff


def jpeg(width, height, *, sof=0xC0, before=(), fill=False):
    """SOI, optional segments, DQT and DHT-like tables, a frame header, EOI."""
    data = b"\xff\xd8"
    data += segment(0xE0, b"JFIF\x00\x01\x02\x00\x00\x01\x00\x01\x00\x00")
    for marker, payload in before:
        data += segment(marker, payload)
    data += segment(0xDB, b"\x00" + bytes(64))  # DQT
    data += segment(0xC4, b"\x00" + bytes(16))  # DHT: shares the SOF range, not a frame
    if fill:
        data += b"\xff\xff"  # fill bytes before a marker (T.81 §B.1.1.2)
    frame = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    data += segment(sof, frame)
    data += segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x00\x00"
    return data + b"\xff\xd9"


def riff(kind, payload):
    chunk = kind + struct.pack("<I", len(payload)) + payload
    if len(payload) % 2:
        chunk += b"\x00"
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def webp_lossy(width, height):
    # RFC 9649 §2.5 / RFC 6386 §9.1: frame tag (key frame), start code, sizes.
    payload = b"\x10\x02\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height)
    return riff(b"VP8 ", payload + bytes(8))


def webp_lossless(width, height):
    bits = (width - 1) | ((height - 1) << 14)
    return riff(b"VP8L", b"\x2f" + struct.pack("<I", bits) + bytes(4))


def webp_extended(width, height):
    payload = b"\x00" + bytes(3) + (width - 1).to_bytes(3, "little")
    payload += (height - 1).to_bytes(3, "little")
    return riff(b"VP8X", payload)


def bmp(width, height, header_size=40):
    if header_size == 12:
        dib = struct.pack("<IHHHH", 12, width, height, 1, 24)
    else:
        dib = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0)
        dib += bytes(header_size - 40)
    offset = 14 + len(dib)
    return b"BM" + struct.pack("<IHHI", offset + 4, 0, 0, offset) + dib + bytes(4)


def ico(*sizes, kind=1):
    data = struct.pack("<HHH", 0, kind, len(sizes))
    for index, (width, height) in enumerate(sizes):
        data += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, 40, 6 + 16 * len(sizes) + index
        )
    return data + bytes(40)


# -- raster formats ---------------------------------------------------------------------------


def test_png():
    assert image_info(png(23, 7)) == ImageInfo("png", 23.0, 7.0, 23 / 7)
    assert intrinsic_size(png(1, 1)) == (1.0, 1.0)
    assert intrinsic_size(png(4000, 3000)) == (4000.0, 3000.0)


def test_png_apple_variant_puts_a_chunk_before_ihdr():
    assert intrinsic_size(png(30, 20, cgbi=True)) == (30.0, 20.0)


def test_png_with_zero_width_is_corrupt():
    # PNG §11.2.2: zero is an invalid width.
    assert image_info(png(0, 5)) is None


def test_gif_uses_the_logical_screen():
    assert image_info(gif(300, 150)) == ImageInfo("gif", 300.0, 150.0, 2.0)
    assert intrinsic_size(gif(16, 9, version=b"87a")) == (16.0, 9.0)
    assert image_info(b"GIF88a" + gif(1, 1)[6:]) is None  # unknown version


@pytest.mark.parametrize("sof", [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCB, 0xCF])
def test_jpeg_start_of_frame_markers(sof):
    assert image_info(jpeg(640, 480, sof=sof)) == ImageInfo("jpeg", 640.0, 480.0, 640 / 480)


def test_jpeg_skips_tables_and_fill_bytes():
    # DHT (C4), JPG (C8) and DAC (CC) lie in the SOF range but are not frames.
    data = jpeg(33, 44, before=[(0xCC, b"\x00\x11"), (0xC8, b"")], fill=True)
    assert intrinsic_size(data) == (33.0, 44.0)


@pytest.mark.parametrize(
    ("orientation", "size"),
    [
        (1, (200.0, 100.0)),
        (2, (200.0, 100.0)),
        (3, (200.0, 100.0)),
        (4, (200.0, 100.0)),
        (5, (100.0, 200.0)),
        (6, (100.0, 200.0)),
        (7, (100.0, 200.0)),
        (8, (100.0, 200.0)),
    ],
)
@pytest.mark.parametrize("byte_order", ["<", ">"])
def test_jpeg_exif_orientation(orientation, size, byte_order):
    # EXIF 2.3 §4.6.4 A: orientations 5 to 8 turn the image by a quarter, and
    # image-orientation: from-image (css-images-3 §5.3, the initial value)
    # applies that to the natural size.
    data = jpeg(200, 100, before=[(0xE1, exif(orientation, byte_order))])
    info = image_info(data)
    assert (info.width, info.height) == size
    assert info.orientation == orientation


def test_jpeg_ignores_other_app1_segments_and_bad_orientations():
    xmp = (0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")
    assert intrinsic_size(jpeg(20, 10, before=[xmp])) == (20.0, 10.0)
    assert intrinsic_size(jpeg(20, 10, before=[(0xE1, exif(9))])) == (20.0, 10.0)
    assert intrinsic_size(jpeg(20, 10, before=[(0xE1, b"Exif\x00\x00XX")])) == (20.0, 10.0)


def test_jpeg_without_frame_before_scan():
    data = b"\xff\xd8" + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\xff\xd9"
    assert image_info(data) is None
    assert image_info(b"\xff\xd8\xff\xd9") is None


def test_webp_lossy_lossless_and_extended():
    assert image_info(webp_lossy(400, 300)) == ImageInfo("webp", 400.0, 300.0, 4 / 3)
    assert intrinsic_size(webp_lossless(16383, 1)) == (16383.0, 1.0)
    assert intrinsic_size(webp_lossless(1, 2)) == (1.0, 2.0)
    assert intrinsic_size(webp_extended(70000, 5)) == (70000.0, 5.0)


def test_webp_lossy_ignores_the_scale_bits():
    data = bytearray(webp_lossy(100, 50))
    data[20 + 7] |= 0xC0  # horizontal scale: the top two bits of the width
    assert intrinsic_size(bytes(data)) == (100.0, 50.0)


def test_bmp_headers():
    assert image_info(bmp(12, 34)) == ImageInfo("bmp", 12.0, 34.0, 12 / 34)
    assert intrinsic_size(bmp(12, -34)) == (12.0, 34.0)  # top-down rows
    assert intrinsic_size(bmp(5, 6, header_size=12)) == (5.0, 6.0)
    assert intrinsic_size(bmp(5, 6, header_size=124)) == (5.0, 6.0)


def test_ico_uses_the_first_entry():
    assert image_info(ico((16, 16), (32, 32))) == ImageInfo("ico", 16.0, 16.0, 1.0)
    assert intrinsic_size(ico((256, 256))) == (256.0, 256.0)  # 0 means 256
    assert intrinsic_size(ico((48, 24), kind=2)) == (48.0, 24.0)  # a cursor


# -- SVG ----------------------------------------------------------------------------------------


SVG = '<svg xmlns="http://www.w3.org/2000/svg" {}></svg>'


def svg(attributes):
    return SVG.format(attributes).encode()


@pytest.mark.parametrize(
    ("attributes", "size"),
    [
        ('width="100" height="50"', (100.0, 50.0)),
        ('width="100px" height="50px"', (100.0, 50.0)),
        ('width=" 1in " height="2.54cm"', (96.0, 96.0)),
        ('width="72pt" height="6pc"', (96.0, 96.0)),
        ('width="25.4mm" height="101.6Q"', (96.0, 96.0)),
        ('width="1e2" height=".5e2"', (100.0, 50.0)),
    ],
)
def test_svg_absolute_width_and_height(attributes, size):
    info = image_info(svg(attributes))
    assert (info.format, info.width, info.height) == ("svg", *size)
    assert info.ratio == size[0] / size[1]
    assert intrinsic_size(svg(attributes)) == size


def test_svg_view_box_gives_only_a_ratio():
    # css-images-3 §4.1 and SVG 2 §8.2: no natural size, a natural ratio.
    data = svg('viewBox="0 0 160 90"')
    assert image_info(data) == ImageInfo("svg", None, None, 160 / 90)
    assert intrinsic_size(data) is None
    assert image_info(svg('viewBox="-5,-5, 40,  10"')).ratio == 4.0


def test_svg_with_one_dimension():
    info = image_info(svg('width="200" height="50%" viewBox="0 0 4 1"'))
    assert (info.width, info.height, info.ratio) == (200.0, None, 4.0)
    assert intrinsic_size(svg('width="200"')) is None


@pytest.mark.parametrize(
    "attributes",
    [
        'width="100%" height="100%"',
        'width="auto" height="auto"',
        'width="10em" height="5ex"',
        'width="-10" height="-5"',
        'width="ten" height=""',
        'viewBox="0 0 0 10"',
        'viewBox="0 0 -4 10"',
        'viewBox="0 0 10"',
        "",
    ],
)
def test_svg_without_natural_dimensions(attributes):
    assert image_info(svg(attributes)) == ImageInfo("svg", None, None, None)


def test_svg_prologue_bom_doctype_and_no_namespace():
    text = (
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        '<svg width="10" height="20"/>'
    )
    assert intrinsic_size(text.encode("utf-8")) == (10.0, 20.0)


def test_svg_internal_entities_of_exported_files():
    text = (
        '<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY ns_svg "http://www.w3.org/2000/svg">'
        ' <!ENTITY w "30"> ]><svg xmlns="&ns_svg;" width="&w;" height="40"/>'
    )
    assert intrinsic_size(text.encode()) == (30.0, 40.0)


def test_svg_refuses_expanding_and_external_entities():
    laughs = '<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    nested = f'<?xml version="1.0"?><!DOCTYPE svg [{laughs}]><svg width="&b;" height="1"/>'
    assert image_info(nested.encode()) is None
    external = (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg width="1" height="1">&x;</svg>'
    )
    assert image_info(external.encode()) is None


def test_svgz():
    assert intrinsic_size(gzip.compress(svg('width="8" height="9"'))) == (8.0, 9.0)


def test_xml_that_is_not_svg():
    assert image_info(b"<html><body></body></html>") is None
    assert image_info(b'<svg:svg xmlns:svg="urn:other" width="1" height="1"/>') is None
    assert image_info(b"<svg width='1' height='1'") is None  # unfinished start tag


# -- bad data -----------------------------------------------------------------------------------


SAMPLES = [
    png(10, 10),
    gif(10, 10),
    jpeg(10, 10, before=[(0xE1, exif(6))]),
    webp_lossy(10, 10),
    webp_lossless(10, 10),
    webp_extended(10, 10),
    bmp(10, 10),
    ico((10, 10)),
]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda data: data[:4].hex())
def test_truncated_headers_give_none(sample):
    """Every proper prefix that cuts the size fields off reads as no image."""
    full = image_info(sample)
    assert full is not None
    for length in range(len(sample)):
        info = image_info(sample[:length])
        assert info is None or info == full


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b"not an image at all",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 30,
        b"\xff\xd8" + b"\x00" * 30,
        b"\xff\xd8\xff\xc0\x00\x01",
        b"RIFF\x00\x00\x00\x00WEBPVP8Z" + bytes(20),
        b"BM" + bytes(12) + struct.pack("<I", 20) + bytes(20),
        b"\x1f\x8b" + bytes(20),
        b"<" * 1000,
    ],
)
def test_corrupt_data_gives_none(data):
    assert image_info(data) is None
    assert intrinsic_size(data) is None


def test_non_bytes_give_none():
    assert image_info(None) is None
    assert image_info("<svg width='1' height='1'/>") is None
    assert intrinsic_size(bytearray(png(3, 4))) == (3.0, 4.0)
