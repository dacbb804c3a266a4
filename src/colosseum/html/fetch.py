"""Reading the files a document names: stylesheets, imports, images, fonts.

Layout never reaches the network. The default fetcher reads ``file:`` URLs
(and plain paths) and decodes ``data:`` URLs; anything else is refused with
an :class:`FetchError`, which the document reports as a warning. A caller
may pass its own ``url_fetcher(url) -> bytes`` to serve other URLs.
"""

from __future__ import annotations

import base64
import os
import urllib.parse
import urllib.request

MAX_FETCH_BYTES = 64 * 1024 * 1024


class FetchError(Exception):
    """A resource that could not, or may not, be read."""


def path_to_url(path: str | os.PathLike) -> str:
    """The ``file:`` URL of a local path."""
    return urllib.parse.urljoin("file:", urllib.request.pathname2url(os.path.abspath(path)))


def resolve_url(reference: str, base_url: str | None) -> str:
    """``reference`` resolved against ``base_url`` (RFC 3986 §5)."""
    reference = reference.strip()
    if base_url is None:
        return reference
    return urllib.parse.urljoin(base_url, reference)


def decode_data_url(url: str) -> bytes:
    """The payload of a ``data:`` URL (RFC 2397)."""
    try:
        header, _, payload = url[5:].partition(",")
    except ValueError:  # pragma: no cover - partition never raises
        raise FetchError(f"malformed data URL {url[:40]!r}") from None
    if not _:
        raise FetchError(f"malformed data URL {url[:40]!r}")
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(urllib.parse.unquote_to_bytes(payload), validate=False)
        except ValueError as error:
            raise FetchError(f"malformed base64 data URL: {error}") from None
    return urllib.parse.unquote_to_bytes(payload)


def default_url_fetcher(url: str) -> bytes:
    """Read ``file:`` and ``data:`` URLs; refuse every other scheme."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme == "data":
        return decode_data_url(url)
    if scheme in ("file", ""):
        parts = urllib.parse.urlsplit(url)
        if parts.netloc.lower() not in ("", "localhost"):
            # file://host/... and //host/... name a file on another machine.
            raise FetchError(f"not fetching {url}: the file is on another host")
        path = urllib.request.url2pathname(parts.path)
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_FETCH_BYTES + 1)
        except OSError as error:
            raise FetchError(f"cannot read {url}: {error.strerror or error}") from None
        if len(data) > MAX_FETCH_BYTES:
            raise FetchError(f"{url} is larger than {MAX_FETCH_BYTES} bytes")
        return data
    raise FetchError(f"not fetching remote URL {url} (only file: and data: URLs are read)")
