"""The JSON geometry dump of a laid-out document (DESIGN.md, a contract).

Every element in document order with its border box relative to the
viewport, as a browser's ``getBoundingClientRect()`` reports it, so that a
dump can be compared with one recorded from a browser element by element.
"""

from __future__ import annotations

from .tree import Element

#: Elements left out of the dump, with their subtrees (DESIGN.md).
EXCLUDED_TAGS = frozenset(
    (
        "head",
        "script",
        "style",
        "link",
        "meta",
        "title",
        "base",
        "br",
        "wbr",
        "noscript",
        "template",
    )
)


def _entry(element: Element, path: str) -> dict:
    geometry = getattr(element, "layout", None)
    entry = {
        "path": path,
        "tag": element.tag,
        "id": element.attributes.get("id", ""),
        "class": element.attributes.get("class", ""),
    }
    if geometry is None:
        entry.update(x=0, y=0, width=0, height=0, rendered=False)
    else:
        box = geometry.border_box
        entry.update(x=box.x, y=box.y, width=box.width, height=box.height)
    entry["children"] = []
    return entry


def geometry_dump(root: Element, viewport: tuple[float, float]) -> dict:
    """The dump of the element tree under ``root`` (iteratively: documents
    may be deeply nested)."""
    top = _entry(root, "html")
    stack = [(root, top)]
    while stack:
        element, entry = stack.pop()
        counts: dict[str, int] = {}
        pending = []
        for child in element.children:
            if not isinstance(child, Element) or child.tag in EXCLUDED_TAGS:
                continue
            counts[child.tag] = counts.get(child.tag, 0) + 1
            step = f"{child.tag}[{counts[child.tag]}]"
            if element is root:
                path = "body" if child.tag == "body" else f"html/{step}"
            else:
                path = f"{entry['path']}/{step}"
            child_entry = _entry(child, path)
            entry["children"].append(child_entry)
            pending.append((child, child_entry))
        stack.extend(reversed(pending))
    size = [int(v) if float(v).is_integer() else v for v in viewport]
    return {"viewport": size, "root": top}
