"""The natural size of images, read from their headers only.

Replaced elements take their intrinsic (natural) dimensions from the image
(CSS 2.1 §10.3.2, css-images-3 §4.1): this module reads them from the first
bytes of a PNG, GIF, JPEG, WebP, BMP, ICO or SVG file, without decoding any
pixels and without third-party libraries.

:func:`image_info` returns an :class:`ImageInfo`, or ``None`` for data that is
not an image of a known format or is truncated or corrupt; nothing here raises
for bad data.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from xml.parsers import expat

__all__ = ["ImageInfo", "image_info", "intrinsic_size"]


@dataclass(frozen=True)
class ImageInfo:
    """The natural dimensions of an image, in CSS px.

    A raster image always has both dimensions (one image pixel per CSS px, as
    browsers show images with no density information). An SVG image may lack
    either or both (css-images-3 §4.1 "natural dimensions"), and then may
    still have a natural aspect ``ratio`` (width / height) from its viewBox.
    ``orientation`` is the EXIF orientation (1 to 8) that was applied to the
    dimensions (``image-orientation: from-image``, the initial value).
    """

    format: str
    width: float | None
    height: float | None
    ratio: float | None = None
    orientation: int = 1


def intrinsic_size(data: bytes) -> tuple[float, float] | None:
    """The natural (width, height) of an image, or None when the data is no
    image this module reads or the image lacks either natural dimension (an
    SVG image sized only by its viewBox)."""
    info = image_info(data)
    if info is None or info.width is None or info.height is None:
        return None
    return info.width, info.height


def image_info(data: bytes) -> ImageInfo | None:
    """The format and natural size of an image, from its header."""
    if not isinstance(data, bytes | bytearray | memoryview):
        return None
    data = bytes(data)
    for reader in _READERS:
        try:
            info = reader(data)
        except (struct.error, IndexError, ValueError, zlib.error):
            info = None
        if info is not None:
            return info
    return None


def _raster(format: str, width: int, height: int, orientation: int = 1) -> ImageInfo | None:
    if width <= 0 or height <= 0:
        return None
    if orientation in (5, 6, 7, 8):  # the image is turned by a quarter
        width, height = height, width
    return ImageInfo(format, float(width), float(height), width / height, orientation)


# ---------------------------------------------------------------------------
# PNG: the IHDR chunk (PNG specification, third edition, §11.2.2)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png(data: bytes) -> ImageInfo | None:
    if not data.startswith(_PNG_SIGNATURE):
        return None
    position = len(_PNG_SIGNATURE)
    length, kind = struct.unpack_from(">I4s", data, position)
    if kind == b"CgBI":  # Apple's variant puts a chunk before IHDR
        position += 12 + length
        length, kind = struct.unpack_from(">I4s", data, position)
    if kind != b"IHDR" or length < 8:
        return None
    width, height = struct.unpack_from(">II", data, position + 8)
    return _raster("png", width, height)


# ---------------------------------------------------------------------------
# GIF: the logical screen descriptor (GIF89a §18)


def _gif(data: bytes) -> ImageInfo | None:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        return None
    width, height = struct.unpack_from("<HH", data, 6)
    return _raster("gif", width, height)


# ---------------------------------------------------------------------------
# JPEG: the first start-of-frame segment (ITU-T T.81 §B.2), and the EXIF
# orientation (EXIF 2.3 §4.6.4, tag 0x0112) from an APP1 segment before it


#: SOF0 to SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.
_START_OF_FRAME = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
#: Markers without a length: TEM, RST0-7, SOI and EOI.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8), 0xD8})


def _jpeg(data: bytes) -> ImageInfo | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    orientation = 1
    position = 2
    while True:
        if data[position] != 0xFF:
            return None
        while data[position] == 0xFF:  # fill bytes may precede a marker
            position += 1
        marker = data[position]
        position += 1
        if marker in _STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame
            return None
        (length,) = struct.unpack_from(">H", data, position)
        if length < 2:
            return None
        segment = data[position + 2 : position + length]
        if len(segment) < length - 2:
            return None  # truncated
        if marker in _START_OF_FRAME:
            if len(segment) < 5:
                return None
            height, width = struct.unpack_from(">HH", segment, 1)
            return _raster("jpeg", width, height, orientation)
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00") and orientation == 1:
            orientation = _exif_orientation(segment[6:])
        position += length


def _exif_orientation(tiff: bytes) -> int:
    """The Orientation tag of the 0th IFD of a TIFF structure; 1 if absent
    or unreadable."""
    try:
        order = {b"II": "<", b"MM": ">"}[tiff[:2]]
        magic, offset = struct.unpack_from(order + "HI", tiff, 2)
        if magic != 42:
            return 1
        (count,) = struct.unpack_from(order + "H", tiff, offset)
        for index in range(count):
            entry = offset + 2 + 12 * index
            tag, kind, number = struct.unpack_from(order + "HHI", tiff, entry)
            if tag == 0x0112 and kind == 3 and number >= 1:  # SHORT
                (value,) = struct.unpack_from(order + "H", tiff, entry + 8)
                return value if 1 <= value <= 8 else 1
    except (KeyError, struct.error):
        pass
    return 1


# ---------------------------------------------------------------------------
# WebP: the RIFF container's first chunk (RFC 9649 §2.5 to §2.7)


def _webp(data: bytes) -> ImageInfo | None:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    kind = data[12:16]
    payload = data[20:]
    if kind == b"VP8 ":
        # A key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit sizes.
        if len(payload) < 10 or payload[3:6] != b"\x9d\x01\x2a" or payload[0] & 1:
            return None
        width, height = struct.unpack_from("<HH", payload, 6)
        return _raster("webp", width & 0x3FFF, height & 0x3FFF)
    if kind == b"VP8L":
        if len(payload) < 5 or payload[0] != 0x2F:
            return None
        (bits,) = struct.unpack_from("<I", payload, 1)
        return _raster("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if kind == b"VP8X":
        if len(payload) < 10:
            return None
        width = int.from_bytes(payload[4:7], "little") + 1
        height = int.from_bytes(payload[7:10], "little") + 1
        return _raster("webp", width, height)
    return None


# ---------------------------------------------------------------------------
# BMP: the file header and the DIB header that follows it


def _bmp(data: bytes) -> ImageInfo | None:
    if data[:2] != b"BM":
        return None
    (header_size,) = struct.unpack_from("<I", data, 14)
    if header_size == 12:  # BITMAPCOREHEADER: unsigned 16-bit sizes
        width, height = struct.unpack_from("<HH", data, 18)
    elif header_size >= 40:  # BITMAPINFOHEADER and its successors
        width, height = struct.unpack_from("<ii", data, 18)
        height = abs(height)  # a negative height means top-down rows
    else:
        return None
    return _raster("bmp", width, height)


# ---------------------------------------------------------------------------
# ICO and CUR: the first directory entry


def _ico(data: bytes) -> ImageInfo | None:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind not in (1, 2) or count == 0:
        return None
    width, height, _colors, entry_reserved = struct.unpack_from("<BBBB", data, 6)
    if entry_reserved not in (0, 255) or len(data) < 6 + 16 * count:
        return None
    # A size byte of 0 means 256 pixels.
    return _raster("ico", width or 256, height or 256)


# ---------------------------------------------------------------------------
# SVG: the width, height and viewBox attributes of the root element
# (SVG 2 §8.2 and §8.7), read with a non-validating XML parser that loads
# nothing external and stops at the root element's start tag.


#: Read at most this much of an SVG file (after any gzip decompression).
MAX_SVG_BYTES = 1 << 20
#: Internal entities are common in exported SVG (xmlns="&ns_svg;"), but
#: only small ones that do not nest are accepted, so an attribute can never
#: expand much beyond the file's own size.
_MAX_ENTITY_LENGTH = 1024
_MAX_ENTITIES = 64

_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_LENGTH = re.compile(rf"\s*({_NUMBER})\s*(px|in|cm|mm|q|pt|pc)?\s*", re.IGNORECASE)
#: css-values-4 §6.2 absolute lengths, in px
_UNITS = {
    None: 1.0,
    "px": 1.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
    "pt": 96 / 72,
    "pc": 16.0,
}


class _Stop(Exception):
    """Ends the XML parse once the root element has been seen."""


def _svg(data: bytes) -> ImageInfo | None:
    if data[:2] == b"\x1f\x8b":  # svgz
        decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        data = decompressor.decompress(data, MAX_SVG_BYTES)
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"<"):
        return None
    root = _root_element(data[:MAX_SVG_BYTES])
    if root is None:
        return None
    name, attributes = root
    if name not in ("svg", f"{_SVG_NAMESPACE} svg"):
        return None
    width = _svg_length(attributes.get("width"))
    height = _svg_length(attributes.get("height"))
    ratio = None
    if width is not None and height is not None:
        ratio = width / height if width > 0 and height > 0 else None
    else:
        view_box = _view_box(attributes.get("viewBox"))
        if view_box is not None:
            ratio = view_box[0] / view_box[1]
    return ImageInfo("svg", width, height, ratio)


def _root_element(data: bytes) -> tuple[str, dict[str, str]] | None:
    """The (namespace-qualified) name and attributes of the root element."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[tuple[str, dict[str, str]]] = []
    entities = []

    def start_element(name: str, attributes: dict[str, str]) -> None:
        found.append((name, attributes))
        raise _Stop

    def entity_declaration(name, is_parameter, value, base, system_id, public_id, notation):
        entities.append(name)
        if (
            is_parameter
            or value is None  # an external entity
            or len(value) > _MAX_ENTITY_LENGTH
            or "&" in value
            or "%" in value
            or len(entities) > _MAX_ENTITIES
        ):
            raise _Stop

    parser.StartElementHandler = start_element
    parser.EntityDeclHandler = entity_declaration
    try:
        parser.Parse(data, True)
    except (_Stop, expat.ExpatError):
        pass
    return found[0] if found else None


def _svg_length(text: str | None) -> float | None:
    """An absolute, non-negative length attribute in px; None for a missing,
    relative (percentage, em), ``auto`` or invalid value, which gives no
    natural dimension."""
    if text is None:
        return None
    match = _LENGTH.fullmatch(text)
    if match is None:
        return None
    value = float(match.group(1)) * _UNITS[(match.group(2) or "").lower() or None]
    return value if value >= 0 and value != float("inf") else None


def _view_box(text: str | None) -> tuple[float, float] | None:
    """The viewBox's width and height, when valid and positive (SVG 2 §8.7)."""
    if text is None:
        return None
    parts = [part for part in re.split(r"[\s,]+", text.strip()) if part]
    if len(parts) != 4 or not all(re.fullmatch(_NUMBER, part) for part in parts):
        return None
    width, height = float(parts[2]), float(parts[3])
    if not (0 < width < float("inf") and 0 < height < float("inf")):
        return None
    return width, height


_READERS = (_png, _gif, _jpeg, _webp, _bmp, _ico, _svg)
