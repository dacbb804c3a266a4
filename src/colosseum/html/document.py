"""``Document``: an HTML or XHTML document, its stylesheets, and the styled
node tree built from them.

HTML goes through html5lib (the HTML Standard's parsing algorithm); XHTML
and other XML through the XML parser, with the HTML named character
references available as entities (the CSS 2.1 suite is XHTML). Comments
and processing instructions are dropped; text becomes
:class:`~colosseum.nodes.Text` nodes.
"""

from __future__ import annotations

import dataclasses
import functools
import html.entities
import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from xml.parsers import expat

import cssselect2
import html5lib

from ..nodes import Text
from ..style import CSS, compute_style, parse_declarations
from .cascade import Cascade
from .dump import geometry_dump
from .fetch import FetchError, default_url_fetcher, path_to_url, resolve_url
from .generated import ContentState, content_nodes
from .hints import presentational_hints
from .images import image_info
from .media import MediaContext, parse_media_query_list
from .stylesheets import CSSWarning, Stylesheet, StylesheetParser, split_importance
from .tree import Element, GeneratedImage, PseudoElement
from .useragent import UA_STYLESHEET

XML_EXTENSIONS = (".xht", ".xhtml", ".xml", ".svg")
DEFAULT_VIEWPORT = (800.0, 600.0)
_SIDES = ("top", "right", "bottom", "left")
_ENTITIES = {name: chr(code) for name, code in html.entities.name2codepoint.items()}
IMAGE_ELEMENTS = frozenset({"img"})


@functools.cache
def user_agent_stylesheet() -> Stylesheet:
    """The HTML user-agent stylesheet, parsed once (it never changes)."""
    warnings = []
    sheet = StylesheetParser(default_url_fetcher, warnings).parse(
        UA_STYLESHEET, origin="user-agent"
    )
    assert not warnings, warnings
    return sheet


_XML_DECLARATION = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _parse_xml_data(data: str | bytes, positions: dict):
    """Parse XML with expat into an ElementTree, recording each element's
    start-tag position (line, column; both from 1) in ``positions``.

    Entity references the document does not declare are read as the HTML
    named character references (XHTML documents use &nbsp; and the like
    without loading their DTD). Comments and processing instructions are
    dropped."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.UseForeignDTD(True)

    def name(text):
        return "{" + text if "}" in text else text

    def start(tag, attributes):
        element = builder.start(name(tag), {name(k): v for k, v in attributes.items()})
        positions[id(element)] = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def skipped_entity(entity, is_parameter_entity):
        if not is_parameter_entity and entity in _ENTITIES:
            builder.data(_ENTITIES[entity])

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(name(tag))
    parser.CharacterDataHandler = builder.data
    parser.SkippedEntityHandler = skipped_entity
    parser.Parse(data, True)
    return builder.close()


def _html_parser(positions: dict):
    """html5lib's parser building an ElementTree, recording for each element
    the position (line, column) where the tokenizer stood once its start tag
    was read, in ``positions``."""
    base = html5lib.getTreeBuilder("etree")
    state = {}

    class PositionElement(base.elementClass):
        def __init__(self, name, namespace=None):
            super().__init__(name, namespace)
            tokenizer = getattr(state.get("parser"), "tokenizer", None)
            if tokenizer is not None:
                line, column = tokenizer.stream.position()
                positions[id(self._element)] = (line, column + 1)

    class PositionTreeBuilder(base):
        elementClass = PositionElement

    # HTML elements are in the HTML namespace (HTML Standard §2.1.3), so that
    # @namespace rules and namespaced selectors match them.
    parser = html5lib.HTMLParser(tree=PositionTreeBuilder, namespaceHTMLElements=True)
    state["parser"] = parser
    return parser


def _parse_xml(text: str | bytes, positions: dict):
    """An XML document's root element and encoding. Expat reads UTF-8,
    UTF-16 and Latin-1 itself; other declared encodings are decoded first."""
    encoding = None
    if isinstance(text, bytes):
        match = _XML_DECLARATION.match(text)
        encoding = match.group(1).decode("ascii") if match else "utf-8"
        try:
            return _parse_xml_data(text, positions), encoding
        except expat.ExpatError as error:
            if error.code != expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING]:
                raise ValueError(f"not well-formed XML: {error}") from None
        except ValueError:  # "multi-byte encodings are not supported"
            pass
        # An encoding expat cannot read: decode the text here instead.
        try:
            text = text.decode(encoding)
        except (LookupError, UnicodeDecodeError) as error:
            raise ValueError(f"cannot decode the document as {encoding}: {error}") from None
        text = re.sub(r"^\ufeff?<\?xml[^>]*\?>", "", text)
        positions.clear()
    try:
        return _parse_xml_data(text, positions), encoding
    except expat.ExpatError as error:
        raise ValueError(f"not well-formed XML: {error}") from None


def _decoded_source(text: str | bytes, encoding: str | None) -> str | None:
    """The document's text with newlines normalized as the parsers do, for
    locating ``<style>`` contents; None when it cannot be decoded."""
    if isinstance(text, bytes):
        try:
            text = text.decode(encoding or "utf-8", errors="replace")
        except LookupError:
            return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A style element's start tag (with an optional XML prefix).
_STYLE_START = re.compile(r"<(?:[\w.-]+:)?style(?=[\s/>])[^>]*>", re.IGNORECASE)


_FONT_AND_TEXT = frozenset(
    {
        "font-family", "font-size", "font-style", "font-variant", "font-weight",
        "font-stretch", "line-height", "color", "background-color", "word-spacing",
        "letter-spacing", "vertical-align", "text-transform",
    }
)  # fmt: skip
# CSS 2.1 §5.12.1 and §5.12.2: the properties that apply to ::first-line and
# to ::first-letter (which adds float, margins, padding and borders).
PSEUDO_ELEMENT_PROPERTIES = {
    "first-line": _FONT_AND_TEXT,
    "first-letter": _FONT_AND_TEXT
    | {"float", "clear"}
    | {f"{box}-{side}" for box in ("margin", "padding") for side in _SIDES}
    | {f"border-{side}-{part}" for side in _SIDES for part in ("width", "style", "color")},
}


def _applicable(declared: CSS, pseudo: str) -> CSS:
    """The declarations of a ``::first-line``/``::first-letter`` rule that
    apply to it; the others are ignored."""
    allowed = PSEUDO_ELEMENT_PROPERTIES[pseudo]
    style = CSS()
    style._declared.update((n, v) for n, v in declared._declared.items() if n in allowed)
    return style


def _split_tag(tag: str) -> tuple[str, str | None]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return local, namespace
    return tag, None


class Document:
    """A parsed document with its stylesheets and computed styles.

    ``Document.from_string(text, base_url=None)`` and
    ``Document.from_file(path)``. ``url_fetcher(url) -> bytes`` reads the
    files the document names (stylesheets, imports, images); the default
    reads local files and ``data:`` URLs and never the network.
    ``user_stylesheets`` are CSS texts of the user origin. ``viewport`` is
    the (width, height) that media queries and viewport units use until
    :meth:`style` is called with another. ``source`` is the document's text,
    used to report errors in ``<style>`` elements at their document line and
    column.
    """

    def __init__(
        self,
        etree_root,
        *,
        xml: bool,
        base_url: str | None = None,
        url_fetcher: Callable[[str], bytes] | None = None,
        user_stylesheets: Iterable[str] = (),
        viewport: tuple[float, float] = DEFAULT_VIEWPORT,
        media_type: str = "screen",
        encoding: str | None = None,
        source: str | None = None,
        positions: dict | None = None,
    ):
        self.xml = xml
        self.base_url = base_url
        self.url_fetcher = url_fetcher or default_url_fetcher
        self.media_type = media_type
        self.encoding = encoding
        self.warnings: list[CSSWarning] = []
        self._images: dict = {}  # URL -> image header information (or None)
        self._etree_root = etree_root
        self._source = source
        self._positions = positions or {}  # id(etree element) -> (line, column)
        if xml:
            self._wrapper = cssselect2.ElementWrapper.from_xml_root(etree_root)
        else:
            self._wrapper = cssselect2.ElementWrapper.from_html_root(etree_root)
        self.root, self._elements_by_etree = self._build_tree(etree_root)
        self._find_base_url()
        parser = StylesheetParser(self.url_fetcher, self.warnings, encoding)
        self.stylesheets = [user_agent_stylesheet()]
        self.stylesheets += [parser.parse(text, origin="user") for text in user_stylesheets]
        self.stylesheets += self._author_stylesheets(parser)
        self.font_faces = [face for sheet in self.stylesheets for face in sheet.font_faces]
        self._load_images()
        self.viewport = None
        self.box_tree = None
        self.laid_out = False
        self._measurer = None
        self.style(*viewport)

    # -- construction -----------------------------------------------------------------

    @classmethod
    def from_string(
        cls, text: str | bytes, base_url: str | None = None, *, xml: bool | None = None, **options
    ) -> Document:
        """Parse HTML (or XML when ``xml`` is true) from a string."""
        if xml is None:
            xml = base_url is not None and base_url.lower().endswith(XML_EXTENSIONS)
        positions: dict = {}
        if xml:
            root, encoding = _parse_xml(text, positions)
        else:
            parser = _html_parser(positions)
            root = parser.parse(text)
            encoding = parser.documentEncoding if isinstance(text, bytes) else None
        options.setdefault("positions", positions)
        options.setdefault("encoding", encoding)
        options.setdefault("source", _decoded_source(text, encoding))
        return cls(root, xml=xml, base_url=base_url, **options)

    @classmethod
    def from_file(cls, path: str | os.PathLike, **options) -> Document:
        """Parse a file: XHTML/XML by its extension (.xht, .xhtml, .xml,
        .svg), HTML otherwise."""
        with open(path, "rb") as file:
            data = file.read()
        xml = options.pop("xml", str(path).lower().endswith(XML_EXTENSIONS))
        return cls.from_string(data, base_url=path_to_url(path), xml=xml, **options)

    def _build_tree(self, etree_root):
        """Element and Text nodes for the parsed tree, iteratively (documents
        may nest deeper than Python's recursion limit)."""
        by_etree = {}
        root = self._element(etree_root)
        by_etree[id(etree_root)] = root
        stack = [(etree_root, root)]
        while stack:
            source, element = stack.pop()
            if source.text:
                element.append(Text(source.text))
            for child in source:
                if isinstance(child.tag, str):
                    node = self._element(child)
                    by_etree[id(child)] = node
                    element.append(node)
                    stack.append((child, node))
                if child.tail:
                    element.append(Text(child.tail))
        return root, by_etree

    def _element(self, source) -> Element:
        local, namespace = _split_tag(source.tag)
        attributes = {}
        for name, value in source.attrib.items():
            attribute, attribute_namespace = _split_tag(name)
            attributes[attribute if attribute_namespace is None else name] = value
        if not self.xml:
            local = local.lower()
        element = Element(local, attributes, namespace)
        element.source_line, element.source_column = self._positions.get(id(source), (None, None))
        return element

    def _find_base_url(self):
        for element in self.root.iter_elements():
            if element.tag == "base" and "href" in element.attributes:
                self.base_url = resolve_url(element.attributes["href"], self.base_url)
                return

    # -- stylesheets ----------------------------------------------------------------------

    def _author_stylesheets(self, parser):
        sheets = []
        cursor = 0  # where the search for the next <style> element's text starts
        for element in self.root.iter_elements():
            media = ()
            if "media" in element.attributes:
                media = (parse_media_query_list(element.attributes["media"]),)
            if element.tag == "style":
                if element.attributes.get("type", "text/css").strip().lower() not in (
                    "",
                    "text/css",
                ):
                    continue
                text = "".join(c.text for c in element.children if isinstance(c, Text))
                first_warning = len(self.warnings)
                sheets.append(parser.parse(text, origin="author", url=self.base_url, media=media))
                position, cursor = self._locate_style_text(text, cursor)
                if position is not None:
                    self._shift_warnings(first_warning, position)
            elif element.tag == "link" and "href" in element.attributes:
                rel = element.attributes.get("rel", "").lower().split()
                if "stylesheet" not in rel or "alternate" in rel:
                    continue
                url = resolve_url(element.attributes["href"], self.base_url)
                sheet = parser.fetch(url, origin="author", media=media)
                if sheet is not None:
                    sheets.append(sheet)
        return sheets

    def _locate_style_text(self, text, cursor):
        """The (line, column) in the document where a ``<style>`` element's
        text starts, searching from ``cursor``, and the new cursor; None when
        the text is not found verbatim (character references in XHTML)."""
        source = self._source
        if source is None:
            return None, cursor
        for match in _STYLE_START.finditer(source, cursor):
            begin = match.end()
            if self.xml and source.startswith("<![CDATA[", begin):
                begin += len("<![CDATA[")
            if source.startswith(text, begin):
                line = source.count("\n", 0, begin) + 1
                column = begin - source.rfind("\n", 0, begin)
                return (line, column), begin + len(text)
        return None, cursor

    def _shift_warnings(self, first, position):
        """Make the lines and columns of the warnings a ``<style>`` element's
        text produced (from ``first`` on) count from the document's start;
        warnings about imported files keep their own positions."""
        line, column = position
        for index in range(first, len(self.warnings)):
            warning = self.warnings[index]
            if warning.url != self.base_url or warning.line is None:
                continue
            self.warnings[index] = dataclasses.replace(
                warning,
                line=warning.line + line - 1,
                column=warning.column + column - 1 if warning.line == 1 else warning.column,
            )

    # -- replaced elements ----------------------------------------------------------------

    def _load_images(self):
        """Intrinsic sizes of images (HTML §15.4.1); a missing image with
        alternative text renders as that text, otherwise as an empty box."""
        for element in self.root.iter_elements():
            source = None
            if element.tag == "img":
                source = element.attributes.get("src")
            elif element.tag == "input" and element.attributes.get("type", "").lower() == "image":
                source = element.attributes.get("src")
            elif element.tag == "object":
                source = element.attributes.get("data")
            if source is None and element.tag != "img":
                continue
            info = self._image(source) if source else None
            if info is None:
                alt = element.attributes.get("alt")
                if element.tag == "object":
                    continue  # the object's children are its fallback content
                if alt:
                    element.append(Text(alt))
                    continue
            element.replaced = True
            if info is not None:
                element.intrinsic_width = info.width
                element.intrinsic_height = info.height
                element.intrinsic_ratio = info.ratio
            elif element.tag == "img":
                element.intrinsic_width = element.intrinsic_height = 0.0

    def _image(self, source):
        """The header information of the image at ``source`` (resolved against
        the base URL), or None with a warning; each URL is read once."""
        url = resolve_url(source, self.base_url)
        if url in self._images:
            return self._images[url]
        try:
            info = image_info(self.url_fetcher(url))
        except (FetchError, OSError, ValueError) as error:
            self.warnings.append(CSSWarning(f"image not loaded: {error}", url=url))
            info = None
        self._images[url] = info
        return info

    def _marker_image(self, computed, root_computed):
        """css-lists-3 §3.1: a list item's ``list-style-image``, as a replaced
        node for its marker; None when there is none or it cannot be loaded
        (the marker then uses ``list-style-type``)."""
        image = computed["list-style-image"]
        if image == "none":
            return None
        info = self._image(image.value)
        if info is None:
            return None
        marker = GeneratedImage(image.value)
        marker.intrinsic_width = info.width
        marker.intrinsic_height = info.height
        marker.intrinsic_ratio = info.ratio
        marker.computed = compute_style(None, computed, root=root_computed, viewport=self.viewport)
        return marker

    # -- styles ------------------------------------------------------------------------------

    def style(self, width: float, height: float) -> None:
        """Cascade and compute the style of every node for a viewport of
        ``width`` x ``height`` px (media queries and viewport units depend on it)."""
        viewport = (float(width), float(height))
        if viewport == self.viewport:
            return
        self.viewport = viewport
        self.laid_out = False
        context = MediaContext(width=viewport[0], height=viewport[1], type=self.media_type)
        cascade = Cascade(self.stylesheets, context)
        self._remove_generated()
        state = ContentState()
        root_computed = None
        # An explicit stack: ("enter", wrapper, parent_computed, parent_hidden), then
        # ("after", element, computed, hidden) once the element's children are done.
        stack = [("enter", self._wrapper, None, False)]
        while stack:
            action, wrapper, parent_computed, hidden = stack.pop()
            if action == "after":
                element = wrapper
                if not hidden:
                    self._generate(element, "after", parent_computed, root_computed, state)
                state.leave()
                continue
            element = self._elements_by_etree[id(wrapper.etree_element)]
            cascaded = self._cascade(cascade, wrapper, element)
            element.style = cascaded.get(None, CSS())
            computed = compute_style(
                element.style,
                parent_computed,
                root=root_computed,
                viewport=viewport,
                is_root=parent_computed is None,
            )
            element.computed = computed
            if root_computed is None:
                root_computed = computed
            element.pseudo_declarations = {
                pseudo: _applicable(cascaded[pseudo], pseudo)
                for pseudo in ("first-line", "first-letter")
                if pseudo in cascaded
            }
            element.pseudo_styles = {
                pseudo: compute_style(declared, computed, root=root_computed, viewport=viewport)
                for pseudo, declared in element.pseudo_declarations.items()
            }
            element._pseudo_declared = cascaded
            for child in element.children:
                if isinstance(child, Text):
                    child.computed = compute_style(
                        None, computed, root=root_computed, viewport=viewport
                    )
            # CSS 2.1 §12.4.3, css-lists-3 §4.5: an element that generates no box
            # (display: none, or inside such an element) does not set, reset or
            # increment counters, and has no ::before or ::after.
            hidden = hidden or computed["display"].is_none
            element.list_item_value = None
            if not hidden:
                list_item = computed["display"].list_item
                state.apply_counters(computed, list_item)
                if list_item:
                    element.list_item_value = state.value("list-item")
            element.marker_image = (
                self._marker_image(computed, root_computed)
                if not hidden and computed["display"].list_item
                else None
            )
            state.enter()
            if not hidden:
                self._generate(element, "before", computed, root_computed, state)
            stack.append(("after", element, computed, hidden))
            for child_wrapper in reversed(list(wrapper.iter_children())):
                stack.append(("enter", child_wrapper, computed, hidden))

    def _cascade(self, cascade, wrapper, element):
        hints = presentational_hints(element, self._elements_by_etree, wrapper)
        style_attribute = important = None
        if "style" in element.attributes:
            declared, errors = parse_declarations(element.attributes["style"])
            for error in errors:
                self.warnings.append(
                    CSSWarning(
                        f"style attribute of <{element.tag}>: {error.message}",
                        element.source_line,
                        element.source_column,
                        url=self.base_url,
                    )
                )
            style_attribute, important = split_importance(declared)
        return cascade.cascaded(wrapper, hints, style_attribute, important)

    def _generate(self, element, pseudo, element_computed, root_computed, state):
        """Create the ``::before``/``::after`` node of ``element`` when its
        ``content`` generates something (CSS 2.1 §12.1)."""
        declared = element._pseudo_declared.get(pseudo)
        if declared is None or element.replaced:
            return
        computed = compute_style(
            declared, element_computed, root=root_computed, viewport=self.viewport
        )
        if computed["content"] in ("normal", "none") or computed["display"].is_none:
            return
        node = PseudoElement(pseudo, element, declared, computed)
        # Attached while still empty: adopting a node without children does not
        # walk its new ancestors, which keeps deep documents linear.
        if pseudo == "before":
            element.insert(0, node)
        else:
            element.append(node)
        state.apply_counters(computed, computed["display"].list_item)
        for child in content_nodes(state.content_items(computed, element)):
            child.computed = compute_style(
                None, computed, root=root_computed, viewport=self.viewport
            )
            if isinstance(child, GeneratedImage):
                info = self._image(child.url)
                if info is not None:
                    child.intrinsic_width = info.width
                    child.intrinsic_height = info.height
                    child.intrinsic_ratio = info.ratio
            node.append(child)

    def _remove_generated(self):
        for element in list(self.root.iter_elements()):
            for child in element.children:
                if isinstance(child, PseudoElement):
                    element.remove(child)

    # -- queries ---------------------------------------------------------------------------

    # -- layout ------------------------------------------------------------------------------

    def layout(self, width: float = 800, height: float = 600, *, measurer=None):
        """Style the document for a ``width`` x ``height`` viewport and lay
        it out: every node gets its ``layout`` (see
        :func:`colosseum.layout.layout`). Text is measured by ``measurer``,
        by default the built-in one with this document's ``@font-face``
        fonts. Returns the root box of the box tree (line boxes and text
        fragments included, for painters); :attr:`box_tree` keeps it."""
        from ..layout import layout

        self.style(width, height)
        if measurer is not None:
            self._measurer = measurer
        self.box_tree = layout(self.root, width, height, measurer=self.measurer)
        self.laid_out = True
        return self.box_tree

    @property
    def measurer(self):
        """The text measurer layout uses: the one last given to
        :meth:`layout`, else the built-in one with this document's
        ``@font-face`` fonts (loaded through its ``url_fetcher``)."""
        if self._measurer is None:
            from ..text.metrics import default_measurer

            self._measurer = default_measurer(self.font_faces, self.url_fetcher)
        return self._measurer

    def geometry(self) -> dict:
        """The JSON geometry dump (DESIGN.md) of the last :meth:`layout`, as a
        dict; lays the document out at its current viewport first if needed."""
        if not self.laid_out:
            self.layout(*self.viewport)
        return geometry_dump(self.root, self.viewport)

    def select(self, selector: str) -> list[Element]:
        """The elements matching a CSS selector, in document order."""
        try:
            compiled = cssselect2.compile_selector_list(selector)
        except cssselect2.SelectorError as error:
            raise ValueError(f"Invalid selector {selector!r}: {error}") from None
        result = []
        for wrapper in self._wrapper.iter_subtree():
            if any(s.test(wrapper) for s in compiled if s.pseudo_element is None):
                result.append(self._elements_by_etree[id(wrapper.etree_element)])
        return result

    def elements(self):
        """Every element, in document order."""
        return self.root.iter_elements()
