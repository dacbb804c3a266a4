"""Painting a laid-out box tree: a display list in CSS 2.1 Appendix E
painting order (:mod:`.order`), drawn by an SVG backend (:mod:`.svg`, no
dependency) or a raster backend (:mod:`.raster`, Pillow)::

    from colosseum.html import Document
    from colosseum.paint import display_list, render_document, to_image, to_svg

    doc = Document.from_file("page.html")
    image = render_document(doc, width=800, height=600)   # PIL.Image.Image, RGB
    root_box = doc.layout(800, 600)
    ops = display_list(root_box, (800, 600))
    svg_text = to_svg(ops, 800, 600)
"""

from __future__ import annotations

from collections.abc import Callable

from .images import DecodedImage, ImageLoader, decode_image
from .ops import (
    DisplayList,
    DrawGradient,
    DrawImage,
    FillPath,
    FillRect,
    PopClip,
    PopLayer,
    PushClip,
    PushLayer,
    rgba,
)
from .order import Painter
from .raster import to_image
from .style_values import value
from .svg import to_svg

__all__ = [
    "DecodedImage",
    "DisplayList",
    "DrawGradient",
    "DrawImage",
    "FillPath",
    "FillRect",
    "ImageLoader",
    "PopClip",
    "PopLayer",
    "PushClip",
    "PushLayer",
    "decode_image",
    "display_list",
    "document_display_list",
    "render_document",
    "to_image",
    "to_svg",
]


def display_list(
    root_box,
    viewport,
    *,
    measurer=None,
    base_url: str | None = None,
    url_fetcher: Callable[[str], bytes] | None = None,
) -> DisplayList:
    """The drawing operations for a laid-out box tree (the root box that
    :func:`colosseum.layout.layout` or ``Document.layout`` returns), in
    painting order. ``viewport`` is the (width, height) of the canvas;
    ``measurer`` the text measurer layout used (default: the built-in
    one); ``base_url`` and ``url_fetcher`` locate and read images."""
    from ..layout.deep import call_deep, tree_depth
    from ..text.metrics import default_measurer

    ops = DisplayList()
    if root_box is None:
        return ops
    if measurer is None:
        measurer = default_measurer()
    painter = Painter(ops, measurer, ImageLoader(base_url, url_fetcher))
    call_deep(tree_depth(root_box), painter.paint_root, root_box, viewport)
    return ops


def document_display_list(document, width: float = 800, height: float = 600) -> DisplayList:
    """Lay out a :class:`colosseum.html.Document` in a ``width`` x
    ``height`` viewport and return its display list (its own measurer, base
    URL and URL fetcher serve text and images)."""
    root_box = document.layout(width, height)
    if root_box is None:  # the root is display: none; browsers still paint its background
        ops = DisplayList()
        computed = getattr(document.root, "computed", None)
        color = rgba(value(computed, "background-color"), value(computed, "color"))
        ops.fill_rect(0, 0, width, height, color)
        return ops
    return display_list(
        root_box,
        (width, height),
        measurer=document.measurer,
        base_url=document.base_url,
        url_fetcher=document.url_fetcher,
    )


def render_document(document, width: float = 800, height: float = 600):
    """Lay out a :class:`colosseum.html.Document` in a ``width`` x
    ``height`` viewport and paint it: a ``PIL.Image.Image`` in RGB."""
    return to_image(document_display_list(document, width, height), width, height)
