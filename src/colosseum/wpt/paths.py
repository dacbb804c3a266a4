"""Suite-relative paths of test files and of the files they link."""

from __future__ import annotations

import re
from pathlib import PurePosixPath


def resolve_href(href: str, source: str) -> str | None:
    """``href`` of the file ``source`` (both relative to the suite root) as a
    suite-relative path, or None for a URL outside the suite."""
    href = href.strip().split("#", 1)[0].split("?", 1)[0]
    if not href or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
        return None
    base = (
        PurePosixPath(href.lstrip("/"))
        if href.startswith("/")
        else (PurePosixPath(source).parent / href)
    )
    parts: list[str] = []
    for part in base.parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)
