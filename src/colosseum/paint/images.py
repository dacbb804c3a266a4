"""Images for painting: fetched with the document's URL fetcher
(:mod:`colosseum.html.fetch`) and decoded with Pillow when it is installed.

An image Pillow cannot decode (an SVG image, a corrupt file), or any image
without Pillow, is not painted: its box keeps its background and border,
as for a broken image.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from ..html.fetch import FetchError, default_url_fetcher, resolve_url


class DecodedImage:
    """A decoded image: ``pixels`` is a Pillow image in mode ``RGBA`` (EXIF
    orientation applied), ``data`` the file's bytes, ``url`` where it came
    from."""

    __slots__ = ("data", "pixels", "url")

    def __init__(self, pixels, data: bytes, url: str = ""):
        self.pixels = pixels
        self.data = data
        self.url = url

    @property
    def width(self) -> int:
        return self.pixels.width

    @property
    def height(self) -> int:
        return self.pixels.height

    def png_bytes(self) -> bytes:
        """The image as PNG (for the SVG backend's data: URLs)."""
        buffer = io.BytesIO()
        self.pixels.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()

    def __repr__(self) -> str:
        return f"<DecodedImage {self.width}x{self.height} {self.url[:40]!r}>"


def decode_image(data: bytes, url: str = "") -> DecodedImage | None:
    """Decode image bytes with Pillow; None when Pillow is missing or cannot
    read them."""
    try:
        from PIL import Image, ImageOps
    except ImportError:
        return None
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.seek(0)  # the first frame of an animation
            pixels = ImageOps.exif_transpose(opened).convert("RGBA")
    except Exception:  # Pillow raises many kinds of errors for bad data
        return None
    return DecodedImage(pixels, data, url)


class ImageLoader:
    """Fetches and decodes the images a page paints, once per URL."""

    def __init__(self, base_url: str | None = None, url_fetcher: Callable | None = None):
        self.base_url = base_url
        self.url_fetcher = url_fetcher or default_url_fetcher
        self._cache: dict[str, DecodedImage | None] = {}

    def load(self, reference: str) -> DecodedImage | None:
        """The decoded image at ``reference`` (resolved against the base
        URL), or None."""
        url = resolve_url(reference, self.base_url)
        if url not in self._cache:
            try:
                data = self.url_fetcher(url)
            except (FetchError, OSError, ValueError):
                data = None
            self._cache[url] = None if data is None else decode_image(bytes(data), url)
        return self._cache[url]

    def for_node(self, node) -> DecodedImage | None:
        """The image of a replaced node: an ``img`` or ``input type=image``
        (``src``), an ``object`` (``data``), or a generated image (``url``)."""
        if node is None:
            return None
        url = getattr(node, "url", None)
        if url is None:
            attributes = getattr(node, "attributes", None) or {}
            tag = getattr(node, "tag", "")
            url = attributes.get("data") if tag == "object" else attributes.get("src")
        if not url:
            return None
        return self.load(url)
