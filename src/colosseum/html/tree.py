"""Element and pseudo-element nodes of a document.

A document's tree is made of :class:`Element` nodes (one per element of the
source), :class:`~colosseum.nodes.Text` nodes for its text, and
:class:`PseudoElement` nodes for ``::before`` and ``::after`` boxes that
generate content (CSS 2.1 §12.1). Every node carries its computed style as
``node.computed``; an element's ``style`` holds its cascaded declarations.
"""

from __future__ import annotations

from ..nodes import Node, Text
from ..style import CSS, ComputedStyle

XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"


class Element(Node):
    """An element of a document.

    ``tag`` is the local name (lowercase in HTML documents), ``namespace``
    its namespace URL (the XHTML namespace for HTML elements, None for XML
    elements in no namespace),
    ``attributes`` a dict of attribute values by name. ``computed`` is the
    element's :class:`~colosseum.style.ComputedStyle`;
    ``pseudo_styles`` the computed styles of its ``::first-line`` and
    ``::first-letter`` pseudo-elements, where rules target them, and
    ``pseudo_declarations`` the declarations of those rules that apply to
    them (layout computes them again where the text they style lands:
    a ``::first-letter`` inherits from the innermost box holding the
    letter, CSS 2.1 §5.12.2).
    Replaced elements (images) carry their ``intrinsic_width``,
    ``intrinsic_height`` and ``intrinsic_ratio`` (each None when unknown).
    """

    def __init__(self, tag: str, attributes: dict | None = None, namespace: str | None = None):
        super().__init__()
        self.tag = tag
        self.namespace = namespace
        self.attributes = dict(attributes or {})
        self.computed: ComputedStyle | None = None
        self.pseudo_styles: dict[str, ComputedStyle] = {}
        self.pseudo_declarations: dict[str, CSS] = {}
        self.replaced = False
        self.intrinsic_width: float | None = None
        self.intrinsic_height: float | None = None
        self.intrinsic_ratio: float | None = None
        #: Where the element's start tag is in the source (line and column
        #: from 1; for HTML, where the parser stood once the tag was read),
        #: None for elements made by the parser or by hand.
        self.source_line: int | None = None
        self.source_column: int | None = None
        #: The value of the ``list-item`` counter for a list item (css-lists-3
        #: §4.6), None for other elements.
        self.list_item_value: int | None = None
        #: A list item's loaded ``list-style-image`` (a :class:`GeneratedImage`),
        #: None when it has none or it could not be loaded.
        self.marker_image: GeneratedImage | None = None

    @property
    def id(self) -> str:
        return self.attributes.get("id", "")

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.attributes.get("class", "").split())

    @property
    def elements(self) -> tuple[Element, ...]:
        """The child elements, without text and pseudo-elements."""
        return tuple(c for c in self.children if type(c) is Element)

    def iter_elements(self):
        """This element and its descendant elements, in document order."""
        for node in self.walk():
            if type(node) is Element:
                yield node

    @property
    def text_content(self) -> str:
        return "".join(
            node.text
            for node in self.walk()
            if isinstance(node, Text) and not isinstance(node.parent, PseudoElement)
        )

    def __repr__(self) -> str:
        attributes = "".join(
            f' {name}="{value}"'
            for name, value in self.attributes.items()
            if name in ("id", "class")
        )
        return f"<Element {self.tag}{attributes}>"


class PseudoElement(Node):
    """A ``::before`` or ``::after`` pseudo-element generating content.

    ``pseudo`` is ``"before"`` or ``"after"``; ``element`` the element it
    belongs to (also its parent in the tree); its children are the generated
    text and images.
    """

    def __init__(self, pseudo: str, element: Element, style: CSS, computed: ComputedStyle):
        super().__init__(style)
        self.pseudo = pseudo
        self.element = element
        self.computed = computed

    @property
    def tag(self) -> str:
        return f"::{self.pseudo}"

    def __repr__(self) -> str:
        return f"<PseudoElement {self.element.tag}::{self.pseudo}>"


class GeneratedImage(Node):
    """An image in generated content (``content: url(...)``): a replaced box."""

    _accepts_children = False

    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.computed: ComputedStyle | None = None
        self.replaced = True
        self.intrinsic_width: float | None = None
        self.intrinsic_height: float | None = None
        self.intrinsic_ratio: float | None = None
