"""check-layout tests evaluated without JavaScript.

WPT's ``check-layout-th.js`` is loaded by tests that state their expected
geometry in attributes and call ``checkLayout(selector)`` on load: for every
element matching the selector, the attributes of its parent and of the
element and all its descendants are checked against the browser's CSSOM
View values. Here the same attributes are read from the document and
compared with the values computed from Colosseum's layout (``node.layout``,
a :class:`~colosseum.geometry.BoxGeometry`), as the script would compare
them: lengths within 1px (``|actual - expected| < 1``), strings exactly.

The CSSOM View quantities (CSSOM View §7 "Extensions to the HTMLElement
interface", §6 "Extensions to the Element interface"):

- ``offsetParent``: None for an element without a box, the root, the body
  and ``position: fixed``; else the nearest ancestor that is positioned,
  or is the body, or (for a statically positioned element) is a
  ``td``/``th``/``table``;
- ``offsetLeft/Top``: the element's border edge (its first fragment) minus
  the offsetParent's padding edge, or relative to the initial containing
  block when the offsetParent is None or a statically positioned body (what
  browsers do);
- ``offsetWidth/Height``: the border box (union of fragments);
- ``clientWidth/Height``: the padding box (0 for non-replaced inline boxes;
  the viewport for the root); ``clientLeft/Top``: the left/top border widths;
- ``scrollWidth/Height``: the scrolling area, approximated as the union of
  the padding box and the border boxes of the descendants, from the padding
  edge;
- ``getBoundingClientRect()``: the border box.
"""

from __future__ import annotations

from ..geometry import Rect

HTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
TOLERANCE = 1.0
USED_VALUE_TOLERANCE = 0.02


def _is_html(element, tag: str) -> bool:
    return element.tag == tag and element.namespace in (HTML_NAMESPACE, None)


class LayoutView:
    """The CSSOM View geometry of a laid-out document's elements."""

    def __init__(self, document):
        self.document = document
        self.viewport = document.viewport or (800.0, 600.0)
        root = document.root
        self.body = next((c for c in root.elements if _is_html(c, "body")), None)

    # -- boxes -------------------------------------------------------------------------

    @staticmethod
    def geometry(element):
        return getattr(element, "layout", None)

    def first_border_box(self, element) -> Rect | None:
        geometry = self.geometry(element)
        if geometry is None:
            return None
        fragments = geometry.fragments
        return fragments[0] if fragments else geometry.border_box

    @staticmethod
    def position(element) -> str:
        return str(element.computed["position"])

    def is_inline_non_replaced(self, element) -> bool:
        display = element.computed["display"]
        return str(display) == "inline" and not getattr(element, "replaced", False)

    # -- offset* ---------------------------------------------------------------------------

    def offset_parent(self, element):
        """CSSOM View §7 ``offsetParent``."""
        if self.geometry(element) is None or element is self.document.root:
            return None
        if element is self.body or self.position(element) == "fixed":
            return None
        static = self.position(element) == "static"
        ancestor = element.parent
        while ancestor is not None and hasattr(ancestor, "computed"):
            if ancestor is self.body or self.position(ancestor) != "static":
                return ancestor
            if static and any(_is_html(ancestor, tag) for tag in ("td", "th", "table")):
                return ancestor
            ancestor = ancestor.parent
        return None

    def _offset_origin(self, element) -> tuple[float, float]:
        parent = self.offset_parent(element)
        if parent is None or (parent is self.body and self.position(parent) == "static"):
            return 0.0, 0.0
        geometry = self.geometry(parent)
        if geometry is None:
            return 0.0, 0.0
        first = self.first_border_box(parent)
        border = geometry.border
        return first.x + border.left, first.y + border.top

    def offset_left(self, element) -> float:
        box = self.first_border_box(element)
        if box is None or element is self.body:
            return 0.0
        return box.x - self._offset_origin(element)[0]

    def offset_top(self, element) -> float:
        box = self.first_border_box(element)
        if box is None or element is self.body:
            return 0.0
        return box.y - self._offset_origin(element)[1]

    def offset_width(self, element) -> float:
        geometry = self.geometry(element)
        return 0.0 if geometry is None else geometry.border_box.width

    def offset_height(self, element) -> float:
        geometry = self.geometry(element)
        return 0.0 if geometry is None else geometry.border_box.height

    # -- client* and scroll* -------------------------------------------------------------

    def _has_client_box(self, element) -> bool:
        return self.geometry(element) is not None and not self.is_inline_non_replaced(element)

    def client_width(self, element) -> float:
        if element is self.document.root:
            return float(self.viewport[0])
        return self.geometry(element).padding_box.width if self._has_client_box(element) else 0.0

    def client_height(self, element) -> float:
        if element is self.document.root:
            return float(self.viewport[1])
        return self.geometry(element).padding_box.height if self._has_client_box(element) else 0.0

    def client_left(self, element) -> float:
        return self.geometry(element).border.left if self._has_client_box(element) else 0.0

    def client_top(self, element) -> float:
        return self.geometry(element).border.top if self._has_client_box(element) else 0.0

    def scrolling_area(self, element) -> Rect | None:
        if not self._has_client_box(element):
            return None
        padding = self.geometry(element).padding_box
        right, bottom = padding.right, padding.bottom
        for descendant in element.iter_elements():
            geometry = self.geometry(descendant)
            if descendant is element or geometry is None:
                continue
            box = geometry.border_box
            right, bottom = max(right, box.right), max(bottom, box.bottom)
        return Rect(padding.x, padding.y, right - padding.x, bottom - padding.y)

    def scroll_width(self, element) -> float:
        area = self.scrolling_area(element)
        return 0.0 if area is None else area.width

    def scroll_height(self, element) -> float:
        area = self.scrolling_area(element)
        return 0.0 if area is None else area.height

    # -- the attributes ------------------------------------------------------------------

    def length(self, element, quantity: str) -> float:
        """The value of a length quantity named as in check-layout-th.js."""
        if quantity == "totalX":
            return self.client_left(element) + self.offset_left(element)
        if quantity == "totalY":
            return self.client_top(element) + self.offset_top(element)
        if quantity == "rectWidth":
            return self.offset_width(element)
        if quantity == "rectHeight":
            return self.offset_height(element)
        return getattr(self, QUANTITY_METHODS[quantity])(element)

    def used_edge(self, element, edges: str, side: str) -> float:
        """getComputedStyle's resolved margin/padding: the used value."""
        geometry = self.geometry(element)
        if geometry is None:
            value = element.computed[f"{edges}-{side}"]
            return float(getattr(value, "value", 0.0) or 0.0)
        return getattr(getattr(geometry, edges), side)


QUANTITY_METHODS = {
    "offsetWidth": "offset_width",
    "offsetHeight": "offset_height",
    "offsetLeft": "offset_left",
    "offsetTop": "offset_top",
    "clientWidth": "client_width",
    "clientHeight": "client_height",
    "scrollWidth": "scroll_width",
    "scrollHeight": "scroll_height",
}
#: attribute -> the quantity of check-layout-th.js it is compared with.
LENGTH_ATTRIBUTES = {
    "data-expected-width": "offsetWidth",
    "data-expected-height": "offsetHeight",
    "data-offset-x": "offsetLeft",
    "data-offset-y": "offsetTop",
    "data-expected-client-width": "clientWidth",
    "data-expected-client-height": "clientHeight",
    "data-expected-scroll-width": "scrollWidth",
    "data-expected-scroll-height": "scrollHeight",
    "data-expected-bounding-client-rect-width": "rectWidth",
    "data-expected-bounding-client-rect-height": "rectHeight",
    "data-total-x": "totalX",
    "data-total-y": "totalY",
}
EDGE_ATTRIBUTES = {
    f"data-expected-{edges}-{side}": (edges, side)
    for edges in ("margin", "padding")
    for side in ("top", "right", "bottom", "left")
}
CHECK_PREFIXES = ("data-expected-", "data-offset-", "data-total-")


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def check_element(view: LayoutView, element, label: str) -> tuple[int, list[str]]:
    """The attributes of one element: (how many were checked, failures)."""
    checked, failures = 0, []
    for name, expected in element.attributes.items():
        if not name.startswith(CHECK_PREFIXES) or expected == "":
            continue  # the script skips empty attributes
        checked += 1
        if name in LENGTH_ATTRIBUTES:
            quantity = LENGTH_ATTRIBUTES[name]
            actual = view.length(element, quantity)
            target = _number(expected)
            if target is None or abs(actual - target) >= TOLERANCE:
                failures.append(f"{label} {quantity} {actual:g}, expected {expected}")
        elif name in EDGE_ATTRIBUTES:
            edges, side = EDGE_ATTRIBUTES[name]
            actual = view.used_edge(element, edges, side)
            target = _number(expected)
            if target is None or abs(actual - target) > USED_VALUE_TOLERANCE:
                failures.append(f"{label} {edges}-{side} {actual:g}, expected {expected}")
        elif name == "data-expected-display":
            actual = str(element.computed["display"])
            if actual != expected:
                failures.append(f"{label} display {actual}, expected {expected}")
        else:
            failures.append(f"{label} {name}: attribute not supported by check-layout")
    return checked, failures


def element_label(element) -> str:
    """``div#id.class`` or ``div[3]`` (its position among its siblings)."""
    if element.attributes.get("id"):
        return f"{element.tag}#{element.attributes['id']}"
    parent = element.parent
    siblings = [e for e in getattr(parent, "elements", ()) if e.tag == element.tag]
    index = siblings.index(element) + 1 if element in siblings else 1
    return f"{element.tag}[{index}]"


def evaluate(document, selectors) -> tuple[int, list[str]]:
    """Evaluate the check-layout attributes under the elements matching
    each selector (``checkLayout(selector)``) of a laid-out document:
    (number of attributes checked, failure messages)."""
    view = LayoutView(document)
    checked, failures = 0, []
    for selector in selectors:
        for number, node in enumerate(document.select(selector), 1):
            elements = []
            if node.parent is not None and hasattr(node.parent, "attributes"):
                elements.append(node.parent)
            elements.extend(node.iter_elements())
            for element in elements:
                count, problems = check_element(
                    view, element, f"{selector} {number}: {element_label(element)}"
                )
                checked += count
                failures.extend(problems)
    return checked, failures
