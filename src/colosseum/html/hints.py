"""Presentational hints: the HTML attributes that map to CSS properties
(HTML Standard §15, "Rendering"), for the attributes that affect layout.

They enter the cascade as author declarations with specificity zero, before
every author stylesheet (HTML §15.1, css-cascade-4 §6.1).
"""

from __future__ import annotations

import re

from ..style import CSS
from ..style.values import format_number

# HTML §2.3.4.4 "rules for parsing dimension values": leading digits, an
# optional fraction, and a percent sign for a percentage.
_DIMENSION = re.compile(r"\s*(\d+(?:\.\d*)?)(%)?")
_INTEGER = re.compile(r"\s*([+-]?\d+)")
# HTML §2.3.4.2 "rules for parsing non-negative integers".
_NON_NEGATIVE_INTEGER = re.compile(r"[\t\n\f\r ]*([+-]?\d+)")

# HTML §15.4.3 "maps to the dimension property": width/height attributes.
_DIMENSION_ELEMENTS = {
    "img": ("width", "height"),
    "object": ("width", "height"),
    "embed": ("width", "height"),
    "iframe": ("width", "height"),
    "video": ("width", "height"),
    "canvas": ("width", "height"),
    "table": ("width", "height"),
    "td": ("width", "height"),
    "th": ("width", "height"),
    "col": ("width",),
    "colgroup": ("width",),
    "tr": ("height",),
    "hr": ("width",),
    "pre": ("width",),
}
_TEXT_ALIGN = {
    "left": "left",
    "right": "right",
    "center": "center",
    "middle": "center",
    "justify": "justify",
}
_VERTICAL_ALIGN = {"top": "top", "middle": "middle", "bottom": "bottom", "baseline": "baseline"}
# HTML §15.4.3: the align attribute of embedded content and image buttons.
# "center" and "middle" align the element's middle with the parent's
# baseline, for which ``middle`` is the nearest CSS value.
_EMBEDDED_VERTICAL_ALIGN = {
    "top": "top",
    "baseline": "baseline",
    "texttop": "text-top",
    "absmiddle": "middle",
    "abscenter": "middle",
    "center": "middle",
    "middle": "middle",
    "bottom": "bottom",
}
# HTML §15.3.4 legacy font sizes for <font size="1"> .. "7".
_FONT_SIZES = ("x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large")


def dimension(value: str, allow_zero: bool = True) -> str | None:
    """CSS text for an HTML dimension value, or None when it is not one."""
    match = _DIMENSION.match(value)
    if not match:
        return None
    number = float(match.group(1))
    if number == 0 and not allow_zero:
        return None
    text = format_number(number)
    return f"{text}%" if match.group(2) else f"{text}px"


def pixel_length(value: str) -> str | None:
    """CSS text for an attribute that "maps to the pixel length property"
    (HTML §15.1): a non-negative integer, in px; None on a parse error."""
    match = _NON_NEGATIVE_INTEGER.match(value)
    if not match or int(match.group(1)) < 0:
        return None
    return f"{int(match.group(1))}px"


def _set(style: CSS, name: str, value) -> None:
    try:
        style[name] = value
    except ValueError:
        pass  # an attribute value CSS cannot express is ignored


def presentational_hints(element, elements_by_etree=None, wrapper=None) -> CSS:
    """The declarations the element's attributes stand for."""
    style = CSS()
    attributes = element.attributes
    tag = element.tag
    if element.namespace not in (None, "http://www.w3.org/1999/xhtml"):
        return style
    if not attributes and tag not in ("td", "th"):  # cells take hints from their table
        return style
    for name in _DIMENSION_ELEMENTS.get(tag, ()):
        if name in attributes:
            text = dimension(attributes[name], allow_zero=tag not in ("td", "th", "table"))
            if text is not None:
                _set(style, name, text)
    if tag in ("img", "object", "embed", "iframe", "video", "input"):
        for attribute, sides in (("hspace", ("left", "right")), ("vspace", ("top", "bottom"))):
            if attribute in attributes:
                text = dimension(attributes[attribute])
                for side in sides if text else ():
                    _set(style, f"margin-{side}", text)
        align = attributes.get("align", "").strip().lower()
        if tag == "input" and attributes.get("type", "").strip().lower() != "image":
            align = ""
        if align in ("left", "right"):
            _set(style, "float", align)
            # Browsers also set vertical-align: top, as Chromium's
            # getComputedStyle shows (it has no effect on a float).
            _set(style, "vertical-align", "top")
        elif align in _EMBEDDED_VERTICAL_ALIGN:
            _set(style, "vertical-align", _EMBEDDED_VERTICAL_ALIGN[align])
    if tag in ("img", "object") and "border" in attributes:
        text = dimension(attributes["border"])
        if text is not None:
            _set(style, "border-width", text)
            _set(style, "border-style", "solid")
    if tag == "table":
        _table_hints(style, attributes)
    if tag in ("td", "th", "tr", "thead", "tbody", "tfoot"):
        valign = attributes.get("valign", "").strip().lower()
        if valign in _VERTICAL_ALIGN:
            _set(style, "vertical-align", _VERTICAL_ALIGN[valign])
        if "nowrap" in attributes and tag in ("td", "th"):
            _set(style, "white-space", "nowrap")
        if tag in ("td", "th"):
            _cell_padding(style, element)
    if tag in (
        "div",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "legend",
    ):
        align = attributes.get("align", "").strip().lower()
        if align in _TEXT_ALIGN and tag != "caption":
            _set(style, "text-align", _TEXT_ALIGN[align])
        elif tag == "caption" and align in ("top", "bottom"):
            _set(style, "caption-side", align)
    if "bgcolor" in attributes and tag in (
        "body",
        "table",
        "td",
        "th",
        "tr",
        "thead",
        "tbody",
        "tfoot",
    ):
        _set(style, "background-color", attributes["bgcolor"].strip())
    if tag == "font":
        if "color" in attributes:
            _set(style, "color", attributes["color"].strip())
        if "face" in attributes:
            _set(style, "font-family", attributes["face"])
        if "size" in attributes:
            _font_size(style, attributes["size"])
    if tag == "ol" and "start" in attributes:
        match = _INTEGER.match(attributes["start"])
        if match:
            _set(style, "counter-reset", f"list-item {int(match.group(1)) - 1}")
    if tag == "li" and "value" in attributes:
        match = _INTEGER.match(attributes["value"])
        if match:
            # css-lists-3 Appendix A: li[value] { counter-set: list-item attr(value) },
            # applied after the list item's own increment.
            _set(style, "counter-set", f"list-item {int(match.group(1))}")
    if tag == "hr" and "size" in attributes:
        text = dimension(attributes["size"], allow_zero=False)
        if text is not None and text.endswith("px"):
            _set(style, "height", f"{max(float(text[:-2]) - 2, 0):g}px")
    if tag == "br" and "clear" in attributes:
        clear = attributes["clear"].strip().lower()
        _set(style, "clear", "both" if clear == "all" else clear)
    return style


def _table_hints(style: CSS, attributes: dict) -> None:
    """HTML §15.3.9 tables: border, cellspacing, align."""
    if "cellspacing" in attributes:
        text = pixel_length(attributes["cellspacing"])
        if text is not None:
            _set(style, "border-spacing", text)
    if "border" in attributes:
        text = pixel_length(attributes["border"]) or "1px"
        _set(style, "border-width", text)
        if text != "0px":  # border="0" draws none: Chromium keeps border-style none
            _set(style, "border-style", "outset")
    align = attributes.get("align", "").strip().lower()
    if align in ("left", "right"):
        _set(style, "float", align)
    elif align == "center":
        _set(style, "margin-left", "auto")
        _set(style, "margin-right", "auto")


def _cell_padding(style: CSS, cell) -> None:
    """HTML §15.3.9: a table's cellpadding pads its cells; its border
    attribute gives them a 1px inset border."""
    table = cell.parent
    while table is not None and getattr(table, "tag", None) != "table":
        table = table.parent
    if table is None:
        return
    if "cellpadding" in table.attributes:
        text = pixel_length(table.attributes["cellpadding"])
        if text is not None:
            _set(style, "padding", text)
    border = table.attributes.get("border")
    if border is not None and pixel_length(border) != "0px":
        _set(style, "border", "1px inset")


def _font_size(style: CSS, value: str) -> None:
    """HTML §15.3.4 "rules for parsing a legacy font size"."""
    text = value.strip()
    relative = text[:1] if text[:1] in "+-" else ""
    match = _INTEGER.match(text)
    if not match:
        return
    number = int(match.group(1))
    size = 3 + number if relative else number
    size = max(1, min(7, size))
    _set(style, "font-size", _FONT_SIZES[size - 1])
