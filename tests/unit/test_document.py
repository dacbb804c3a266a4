"""Documents (colosseum.html.Document): parsing HTML through html5lib and
XHTML through the XML parser, the node tree, selection, computed styles, the
HTML user-agent stylesheet (HTML Standard §15 Rendering), images as replaced
elements (HTML §15.4), very deep documents and declared encodings.
"""

import struct
import zlib

import pytest

from colosseum.html import Document, Element, PseudoElement
from colosseum.nodes import Text
from colosseum.style import ComputedStyle

XHTML = "http://www.w3.org/1999/xhtml"
SVG = "http://www.w3.org/2000/svg"


def png(width, height):
    """A PNG signature and IHDR chunk (PNG §11.2.2), with an IEND chunk."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IEND", b"")
    )


def gif(width, height):
    """GIF89a header and logical screen descriptor, then the trailer."""
    return b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0) + b";"


def texts(element):
    return [child.text for child in element.children if isinstance(child, Text)]


# -- parsing HTML ----------------------------------------------------------------------------


def test_html_goes_through_html5lib():
    """HTML §13.2: the parser adds the implied html, head and body elements
    and closes p elements."""
    document = Document.from_string("<title>T</title><p>one<p>two")
    assert not document.xml
    assert isinstance(document.root, Element)
    assert document.root.tag == "html"
    assert document.root.namespace == XHTML
    assert [element.tag for element in document.root.elements] == ["head", "body"]
    assert [texts(p) for p in document.select("p")] == [["one"], ["two"]]


def test_html_tag_and_attribute_names_are_lowercase():
    document = Document.from_string('<DIV ID=a CLASS="x y" Data-Thing=1>t</DIV>')
    [div] = document.select("div")
    assert div.tag == "div"
    assert div.attributes == {"id": "a", "class": "x y", "data-thing": "1"}
    assert (div.id, div.classes) == ("a", ("x", "y"))


def test_text_nodes_and_dropped_comments():
    document = Document.from_string("<p id=t>Hi<!-- a comment --> there<?php echo 1 ?>!</p>")
    [paragraph] = document.select("#t")
    assert all(isinstance(child, Text) for child in paragraph.children)
    assert "".join(texts(paragraph)) == "Hi there!"
    assert paragraph.text_content == "Hi there!"


def test_character_references_in_html():
    [paragraph] = Document.from_string("<p>a&nbsp;b&amp;&eacute;&#x263A;").select("p")
    assert paragraph.text_content == "a\xa0b&\xe9\u263a"


def test_svg_in_html_is_in_the_svg_namespace():
    document = Document.from_string("<svg><rect id=r /></svg>")
    [rect] = document.select("#r")
    assert (rect.tag, rect.namespace) == ("rect", SVG)


def test_root_is_the_html_element_of_a_fragment():
    document = Document.from_string("just text")
    assert document.root.tag == "html"
    assert document.select("body")[0].text_content == "just text"


def test_html_file_by_extension(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>x</p>", encoding="utf-8")
    document = Document.from_file(path)
    assert not document.xml
    assert document.base_url == path.as_uri()


# -- parsing XHTML ---------------------------------------------------------------------------

XHTML_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:svg="http://www.w3.org/2000/svg">
<head><title>t</title><style type="text/css"><![CDATA[
p > span { color: green }
]]></style></head>
<body><!-- comment --><?pi data?><p class="a">a&nbsp;b&amp;&eacute;<span>s</span></p>
<svg:svg><svg:rect id="r"/></svg:svg><P id="upper">upper</P></body></html>"""


@pytest.mark.parametrize("extension", [".xht", ".xhtml", ".xml"])
def test_xhtml_file_goes_through_the_xml_parser(tmp_path, extension):
    path = tmp_path / f"page{extension}"
    path.write_text(XHTML_PAGE, encoding="utf-8")
    document = Document.from_file(path)
    assert document.xml
    assert (document.root.tag, document.root.namespace) == ("html", XHTML)
    [paragraph] = document.select("p")
    # HTML named character references are available as entities; comments and
    # processing instructions are dropped.
    assert texts(paragraph) == ["a\xa0b&\xe9"]
    assert paragraph.text_content == "a\xa0b&\xe9s"
    body = document.select("body")[0]
    names = [child.text if isinstance(child, Text) else child.tag for child in body.children]
    assert names == ["p", "\n", "svg", "P"]
    assert str(document.select("span")[0].computed.color) == "rgb(0, 128, 0)"


def test_xhtml_namespaces_and_case_sensitive_names():
    document = Document.from_string(XHTML_PAGE, xml=True)
    [rect] = document.select("#r")
    assert (rect.tag, rect.namespace) == ("rect", SVG)
    # XML names are case-sensitive: <P> is not a p element (Selectors 3 §6.1),
    # and gets no p user-agent style.
    [upper] = document.select("#upper")
    assert upper.tag == "P"
    assert upper not in document.select("p")
    assert str(upper.computed.display) == "inline"


def test_xml_detected_from_base_url():
    document = Document.from_string(XHTML_PAGE, base_url="file:///tests/page.xht")
    assert document.xml


def test_malformed_xml_raises_value_error():
    with pytest.raises(ValueError, match="well-formed"):
        Document.from_string("<html xmlns='http://www.w3.org/1999/xhtml'><p></html>", xml=True)


# -- encodings -------------------------------------------------------------------------------


def test_xml_declared_shift_jis(tmp_path):
    """XML 1.0 §4.3.3: the encoding declaration names the document's encoding."""
    text = (
        '<?xml version="1.0" encoding="shift_jis"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>日本語</p></body></html>'
    )
    document = Document.from_string(text.encode("shift_jis"), xml=True)
    assert document.select("p")[0].text_content == "日本語"
    assert document.encoding == "shift_jis"
    path = tmp_path / "sjis.xht"
    path.write_bytes(text.encode("shift_jis"))
    assert Document.from_file(path).select("p")[0].text_content == "日本語"


@pytest.mark.parametrize(
    ("declaration", "codec", "text"),
    [
        ('<meta charset="shift_jis">', "shift_jis", "日本語"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
            "cp1251",
            "Привет",
        ),
    ],
)
def test_html_meta_charset(tmp_path, declaration, codec, text):
    """HTML §13.2.3.2: the encoding sniffing algorithm reads <meta charset>."""
    data = f"<!doctype html>{declaration}<p>{text}</p>".encode(codec)
    assert Document.from_string(data).select("p")[0].text_content == text
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert Document.from_file(path).select("p")[0].text_content == text


def test_linked_stylesheet_uses_the_document_encoding(tmp_path):
    """css-syntax-3 §3.2: without a BOM or @charset, a linked sheet is decoded
    with its document's encoding."""
    (tmp_path / "a.css").write_bytes('p::before { content: "日本" }'.encode("shift_jis"))
    page = tmp_path / "page.html"
    page.write_bytes(
        '<meta charset="shift_jis"><link rel=stylesheet href=a.css><p>x'.encode("shift_jis")
    )
    [paragraph] = Document.from_file(page).select("p")
    assert isinstance(paragraph.children[0], PseudoElement)
    assert paragraph.children[0].children[0].text == "日本"


# -- select ----------------------------------------------------------------------------------


def test_select_returns_elements_in_document_order():
    document = Document.from_string(
        "<p class=note id=a><span><p class='x note' id=b></span><h2 class=note id=c>"
        "<div><p class=note id=d></div><p id=e>"
    )
    assert [p.id for p in document.select("p.note")] == ["a", "b", "d"]
    assert [e.id for e in document.select("h2, p.note")] == ["a", "b", "c", "d"]
    assert document.select("p.note")[0] is document.root.elements[1].elements[0]
    assert document.select("table") == []


@pytest.mark.parametrize("selector", ["p..x", "p:bogus", "", "p >", "p, ,q", "#1"])
def test_select_with_an_invalid_selector_raises_value_error(selector):
    with pytest.raises(ValueError):
        Document.from_string("<p>x").select(selector)


# -- computed styles -------------------------------------------------------------------------


def test_computed_style_is_read_only_and_prints_as_css():
    [paragraph] = Document.from_string("<p>x").select("p")
    style = paragraph.computed
    assert isinstance(style, ComputedStyle)
    assert str(style.font_size) == "16px"
    assert str(style["font-size"]) == "16px"
    with pytest.raises(AttributeError):
        style.font_size = 20
    with pytest.raises(TypeError):
        style["font-size"] = 20


def test_every_element_and_text_has_a_computed_style():
    document = Document.from_string("<div>a<span>b</span><!-- c --><br>d</div>")
    for node in document.root.walk():
        assert isinstance(node.computed, ComputedStyle), node


def test_cascaded_declarations_are_the_elements_style():
    [paragraph] = Document.from_string("<style>p { width: 5px }</style><p>x").select("p")
    assert "width" in paragraph.style
    assert str(paragraph.style["width"]) == "5px"


# -- the user-agent stylesheet (HTML §15.3) --------------------------------------------------

UA_PAGE = (
    "<!doctype html><title>T</title><script>s</script><style></style>"
    "<h1>1</h1><h2>2</h2><p>p</p><blockquote>q</blockquote><pre>pre</pre>"
    "<ul><li>a<ul><li>b</ul></ul><ol><li>c</ol><b>bold</b><em>em</em>"
    "<table><caption>c</caption><colgroup><col></colgroup><thead><tr><th>h</thead>"
    "<tbody><tr><td>d</tbody><tfoot><tr><td>f</tfoot></table>"
)


@pytest.fixture(scope="module")
def ua_document():
    return Document.from_string(UA_PAGE)


def first(document, selector):
    return document.select(selector)[0].computed


@pytest.mark.parametrize("tag", ["head", "title", "script", "style"])
def test_hidden_elements(ua_document, tag):
    """HTML §15.3.1: head, script, style, title... { display: none }."""
    assert str(first(ua_document, tag).display) == "none"


def test_body_margin(ua_document):
    """HTML §15.3.2: body { margin: 8px }."""
    body = first(ua_document, "body")
    assert [str(body[f"margin-{side}"]) for side in ("top", "right", "bottom", "left")] == [
        "8px"
    ] * 4


def test_paragraph_and_blockquote_margins(ua_document):
    """HTML §15.3.3: p, blockquote { margin-block: 1em }; blockquote {
    margin-inline: 40px }."""
    paragraph = first(ua_document, "p")
    assert (str(paragraph.margin_top), str(paragraph.margin_bottom)) == ("16px", "16px")
    assert str(paragraph.margin_left) == "0px"
    quote = first(ua_document, "blockquote")
    assert (str(quote.margin_top), str(quote.margin_left)) == ("16px", "40px")
    assert str(first(ua_document, "pre").white_space) == "pre"


def test_heading_sizes_and_margins(ua_document):
    """HTML §15.3.6: h1 { margin-block: 0.67em; font-size: 2em; font-weight: bold },
    h2 { margin-block: 0.83em; font-size: 1.5em }."""
    heading = first(ua_document, "h1")
    assert str(heading.font_size) == "32px"
    assert heading.margin_top.value == pytest.approx(0.67 * 32)
    assert str(heading.font_weight) == "700"
    heading = first(ua_document, "h2")
    assert str(heading.font_size) == "24px"
    assert heading.margin_top.value == pytest.approx(0.83 * 24)


def test_lists(ua_document):
    """HTML §15.3.7: li { display: list-item }; lists have 40px start
    padding; nested lists have no block margins; nested ul uses circle."""
    assert str(first(ua_document, "li").display) == "list-item"
    outer, inner = ua_document.select("ul")
    assert str(outer.computed.padding_left) == "40px"
    assert str(outer.computed.margin_top) == "16px"
    assert str(inner.computed.margin_top) == "0px"
    assert str(outer.computed.list_style_type) == "disc"
    assert str(inner.computed.list_style_type) == "circle"
    assert str(first(ua_document, "ol").list_style_type) == "decimal"


def test_phrasing_content(ua_document):
    """HTML §15.3.4: b { font-weight: bolder }; em { font-style: italic }."""
    assert str(first(ua_document, "b").font_weight) == "700"
    assert str(first(ua_document, "em").font_style) == "italic"
    assert str(first(ua_document, "b").display) == "inline"


@pytest.mark.parametrize(
    ("tag", "display"),
    [
        ("table", "table"),
        ("caption", "table-caption"),
        ("colgroup", "table-column-group"),
        ("col", "table-column"),
        ("thead", "table-header-group"),
        ("tbody", "table-row-group"),
        ("tfoot", "table-footer-group"),
        ("tr", "table-row"),
        ("td", "table-cell"),
        ("th", "table-cell"),
    ],
)
def test_table_display_types(ua_document, tag, display):
    """HTML §15.3.8 Tables."""
    assert str(first(ua_document, tag).display) == display


def test_table_defaults(ua_document):
    """HTML §15.3.8: table { border-spacing: 2px }; td, th { padding: 1px };
    th { font-weight: bold }."""
    assert str(first(ua_document, "table").border_spacing) in ("2px", "2px 2px")
    assert str(first(ua_document, "td").padding_top) == "1px"
    assert str(first(ua_document, "th").font_weight) == "700"


def test_html5lib_inserts_tbody():
    document = Document.from_string("<table><tr><td>x</table>")
    assert [element.tag for element in document.select("table")[0].elements] == ["tbody"]


# -- images (HTML §15.4) ---------------------------------------------------------------------


@pytest.fixture
def image_page(tmp_path):
    (tmp_path / "a.png").write_bytes(png(30, 20))
    (tmp_path / "b.gif").write_bytes(gif(7, 9))
    (tmp_path / "c.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"/>', encoding="utf-8"
    )
    (tmp_path / "v.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"/>', encoding="utf-8"
    )

    def load(html):
        path = tmp_path / "page.html"
        path.write_text(html, encoding="utf-8")
        return Document.from_file(path)

    return load


@pytest.mark.parametrize(
    ("source", "size", "ratio"),
    [("a.png", (30, 20), 1.5), ("b.gif", (7, 9), 7 / 9), ("c.svg", (40, 10), 4)],
)
def test_image_intrinsic_size_from_the_file(image_page, source, size, ratio):
    [image] = image_page(f"<img src={source}>").select("img")
    assert image.replaced
    assert (image.intrinsic_width, image.intrinsic_height) == size
    assert image.intrinsic_ratio == pytest.approx(ratio)
    assert image.children == ()


def test_svg_with_only_a_view_box_has_a_ratio_but_no_size(image_page):
    """css-images-3 §4.1: an SVG image without width and height has no
    natural size, but its viewBox gives a natural aspect ratio."""
    [image] = image_page("<img src=v.svg>").select("img")
    assert (image.intrinsic_width, image.intrinsic_height) == (None, None)
    assert image.intrinsic_ratio == pytest.approx(4)


def test_missing_image_with_alt_text_becomes_text(image_page):
    """HTML §15.4.1: an img that represents text is a non-replaced phrasing
    element whose content is that text."""
    document = image_page('<img src=missing.png alt="Alt text">')
    [image] = document.select("img")
    assert not image.replaced
    assert texts(image) == ["Alt text"]
    assert any("missing.png" in str(warning) for warning in document.warnings)


def test_missing_image_without_alt_is_an_empty_replaced_box(image_page):
    """HTML §15.4.1: an img that represents nothing is a replaced element
    whose natural dimensions are 0."""
    for html in ("<img src=missing.png>", '<img src=missing.png alt="">', "<img>"):
        [image] = image_page(html).select("img")
        assert image.replaced, html
        assert (image.intrinsic_width, image.intrinsic_height) == (0, 0)
        assert image.children == ()


def test_image_dimension_attributes_are_presentational_hints(image_page):
    """HTML §15.4.3: width and height map to the dimension properties."""
    document = image_page("<img src=a.png width=60><img src=missing.png width=50 height=25%>")
    first_image, second_image = document.select("img")
    assert (str(first_image.computed.width), str(first_image.computed.height)) == ("60px", "auto")
    assert (first_image.intrinsic_width, first_image.intrinsic_height) == (30, 20)
    assert (str(second_image.computed.width), str(second_image.computed.height)) == (
        "50px",
        "25%",
    )


def test_object_and_image_input(image_page):
    """An object showing an image is replaced; one whose data cannot be shown
    renders its children (HTML §4.8.7); <input type=image> is replaced."""
    document = image_page(
        "<object data=a.png></object><object data=missing.png>fallback</object>"
        "<input type=image src=b.gif><input type=text src=b.gif>"
    )
    shown, fallback = document.select("object")
    assert shown.replaced and (shown.intrinsic_width, shown.intrinsic_height) == (30, 20)
    assert not fallback.replaced and fallback.text_content == "fallback"
    button, text_input = document.select("input")
    assert button.replaced and (button.intrinsic_width, button.intrinsic_height) == (7, 9)
    assert not text_input.replaced


def test_replaced_elements_have_no_generated_content(image_page):
    """CSS 2.1 §12.1: :before and :after do not apply to replaced elements
    (browsers generate none for img)."""
    document = image_page('<style>img::before { content: "x" }</style><img src=a.png>')
    assert document.select("img")[0].children == ()


# -- deep documents --------------------------------------------------------------------------


def test_ten_thousand_nested_divs_in_html():
    """Nothing recurses per level: a document of 10,000 nested divs parses,
    cascades and is walked without RecursionError."""
    depth = 10_000
    html = "<!doctype html><body>" + "<div>" * depth + "deep" + "</div>" * depth
    document = Document.from_string(html)
    divs = document.select("div")
    assert len(divs) == depth
    assert str(divs[-1].computed.display) == "block"
    assert texts(divs[-1]) == ["deep"]
    assert document.root.text_content == "deep"
    assert sum(1 for _ in document.root.iter_elements()) == depth + 3  # html, head, body


def test_ten_thousand_nested_elements_in_xhtml_with_generated_content():
    """The same depth through the XML parser, with counters and ::after
    content generated at every level, then restyled for another viewport."""
    depth = 10_000
    xhtml = (
        f'<html xmlns="{XHTML}"><head><style>div {{ counter-increment: depth }}'
        " div::after { content: counter(depth) }</style></head><body>"
        + "<div>" * depth
        + "x"
        + "</div>" * depth
        + "</body></html>"
    )
    document = Document.from_string(xhtml, xml=True)
    divs = document.select("div")
    assert len(divs) == depth
    innermost = divs[-1]
    assert str(innermost.computed.display) == "block"
    assert innermost.children[-1].children[0].text == str(depth)
    document.style(400, 300)
    assert innermost.children[-1].children[0].text == str(depth)
    assert [type(child) for child in innermost.children] == [Text, PseudoElement]


def test_list_style_image_is_loaded_for_markers():
    """css-lists-3 §3.1: a list item's list-style-image becomes its marker's
    image; one that cannot be loaded leaves the marker to list-style-type."""
    import base64

    svg = base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" width="7" height="9"/>')
    url = "data:image/svg+xml;base64," + svg.decode()
    doc = Document.from_string(
        f"<ul style='list-style-image: url({url})'><li>a<li>b</ul>"
        "<ol style='list-style-image: url(missing.png)'><li>x</ol><p>not a list item"
    )
    first, second, third = doc.select("li")
    assert (first.marker_image.intrinsic_width, first.marker_image.intrinsic_height) == (7, 9)
    assert second.marker_image.intrinsic_ratio == first.marker_image.intrinsic_ratio
    assert third.marker_image is None
    assert doc.select("p")[0].marker_image is None
    assert any("missing.png" in str(warning) for warning in doc.warnings)


@pytest.mark.parametrize("xml", [False, True])
def test_style_attribute_warnings_have_the_element_position(xml):
    """A dropped declaration in a style attribute is reported at its
    element's start tag (line from 1), in HTML and in XHTML."""
    text = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
        '<p>a</p>\n  <div style="color: bogus">b</div></body></html>'
    )
    doc = Document.from_string(text, xml=xml)
    (warning,) = doc.warnings
    assert "bogus" in warning.message
    div = doc.select("div")[0]
    assert warning.line == div.source_line == 3
    assert warning.column == div.source_column
    assert div.source_column >= 3


def test_first_line_and_first_letter_take_only_their_properties():
    """CSS 2.1 §5.12.1/§5.12.2: font, color, spacing... apply to ::first-line;
    ::first-letter adds margins, padding, borders and float; other
    declarations in those rules are ignored."""
    doc = Document.from_string(
        "<style>p::first-line { color: red; width: 50px; margin-left: 3px; font-size: 20px }"
        "p::first-letter { float: left; margin-left: 3px; display: block; color: blue }</style>"
        "<p>Text"
    )
    p = doc.select("p")[0]
    line, letter = p.pseudo_styles["first-line"], p.pseudo_styles["first-letter"]
    assert str(line.color) == "rgb(255, 0, 0)" and str(line.font_size) == "20px"
    assert str(line.width) == "auto" and str(line.margin_left) == "0px"
    assert str(letter.float) == "left" and str(letter.margin_left) == "3px"
    assert str(letter.color) == "rgb(0, 0, 255)"
