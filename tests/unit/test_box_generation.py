"""Box generation (colosseum.layout.generation): CSS 2.1 §9.2 (anonymous block
and inline boxes, block-in-inline splitting, display), §9.7, css-display-3
§2.5 and §2.7 (contents, none, blockification), css-flexbox-1 §4 and
css-grid-1 §6.1 (items), css-lists-3 §3 (markers).

Trees are built through the real pipeline (a parsed document, or host nodes)
and compared as indented outlines with outlines derived from the
specifications' prose and examples.
"""

import base64
import textwrap

import pytest

from colosseum import CSS, Node, Text
from colosseum.html import Document, PseudoElement
from colosseum.layout.boxes import (
    BlockBox,
    Box,
    FlexBox,
    GridBox,
    InlineBlockBox,
    InlineBox,
    LineBreakBox,
    MarkerBox,
    ReplacedBox,
    TextBox,
)
from colosseum.layout.deep import call_deep, tree_depth
from colosseum.layout.generation import build_box_tree

XHTML = "http://www.w3.org/1999/xhtml"


# -- helpers ----------------------------------------------------------------------------------


def label(box: Box) -> str:
    """One outline line (without indentation) for a box."""
    name = type(box).__name__
    if type(box) is TextBox:
        line = f"{name} {box.text!r}"
    elif box.node is None:
        line = f"{name} anonymous"
    else:
        node = box.node
        line = f"{name} {getattr(node, 'label', None) or getattr(node, 'tag', None)}"
    if isinstance(box, MarkerBox):
        line += " outside" if box.outside else " inside"
    if not (box.is_first and box.is_last):
        line += f" (is_first={box.is_first}, is_last={box.is_last})"
    return line


def outline(box: Box) -> str:
    """The tree under ``box`` as an indented outline, one box a line: its
    class, then a text box's text, or the element's tag (a host node's
    ``label``) or ``anonymous``; the parts of a split inline box show
    ``is_first``/``is_last``, markers ``outside``/``inside``. Iterative, so
    deep trees print too."""
    lines = []
    stack = [(box, 0)]
    while stack:
        current, depth = stack.pop()
        lines.append("  " * depth + label(current))
        stack.extend((child, depth + 1) for child in reversed(current.children))
    return "\n".join(lines)


def expected(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def document_root(html: str) -> Box:
    return build_box_tree(Document.from_string(html).root)


def body_box(html: str) -> Box:
    """The box of the document's body (``head`` generates no box)."""
    root = document_root(html)
    assert label(root) == "BlockBox html"
    [body] = root.children
    assert label(body) == "BlockBox body"
    return body


def assert_body(html: str, outline_text: str) -> Box:
    body = body_box(html)
    assert outline(body) == expected(outline_text)
    return body


def named(name: str, style=None, children=(), measure=None) -> Node:
    """A host node labelled ``name`` in outlines."""
    node = Node(style=style, children=children, measure=measure)
    node.label = name
    return node


def find(box: Box, predicate):
    return [b for b in box.descendants() if predicate(b)]


def svg_url(width: int, height: int) -> str:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


# -- anonymous block boxes (CSS 2.1 §9.2.1.1) ---------------------------------------------------


def test_anonymous_block_box_around_some_text():
    """CSS 2.1 §9.2.1.1, the DIV example: "Some text" beside the block P gets
    an anonymous block box; the DIV then holds only block-level boxes."""
    body = assert_body(
        "<body><div>Some text<p>More text</div></body>",
        """
        BlockBox body
          BlockBox div
            BlockBox anonymous
              TextBox 'Some text'
            BlockBox p
              TextBox 'More text'
        """,
    )
    div = body.children[0]
    anonymous = div.children[0]
    assert anonymous.is_anonymous and anonymous.node is None
    assert not div.establishes_inline_context
    assert anonymous.establishes_inline_context


def test_block_container_with_only_inline_content_keeps_it():
    """CSS 2.1 §9.2.2.1: in <p>Some <em>emphasized</em> text</p> the P holds
    inline boxes only: no anonymous block box is needed; "Some" and "text"
    are anonymous inline boxes (text boxes) of the P."""
    body = assert_body(
        "<body><p>Some <em>emphasized</em> text</p></body>",
        """
        BlockBox body
          BlockBox p
            TextBox 'Some '
            InlineBox em
              TextBox 'emphasized'
            TextBox ' text'
        """,
    )
    assert body.children[0].establishes_inline_context


def test_block_in_inline_p_span_example():
    """CSS 2.1 §9.2.1.1, with p { display: inline } and span { display:
    block }: the BODY holds an anonymous block box around C1, the SPAN block
    box and an anonymous block box around C2; the P inline box is broken in
    two parts around the SPAN."""
    html = (
        "<style>p { display: inline } span { display: block }</style>"
        "<body><p>This is anonymous text before the SPAN."
        "<span>This is the content of SPAN.</span>"
        "This is anonymous text after the SPAN.</p></body>"
    )
    body = assert_body(
        html,
        """
        BlockBox body
          BlockBox anonymous
            InlineBox p (is_first=True, is_last=False)
              TextBox 'This is anonymous text before the SPAN.'
          BlockBox span
            TextBox 'This is the content of SPAN.'
          BlockBox anonymous
            InlineBox p (is_first=False, is_last=True)
              TextBox 'This is anonymous text after the SPAN.'
        """,
    )
    first, last = body.children[0].children[0], body.children[2].children[0]
    assert first.node is last.node  # both parts belong to the one P element
    assert first.style is last.style


def test_block_in_inline_splits_even_when_both_sides_are_empty():
    """CSS 2.1 §9.2.1.1: the inline box is split into two boxes "even if
    either side is empty"."""
    assert_body(
        "<body><span><div>A</div></span></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox span (is_first=True, is_last=False)
          BlockBox div
            TextBox 'A'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=True)
        """,
    )


def test_block_in_inline_splits_the_inline_ancestors_too():
    """CSS 2.1 §9.2.1.1: "the inline box (and its inline ancestors within the
    same line box) is broken around the block-level box"."""
    assert_body(
        "<body><b>1<i>2<div>B</div>3</i>4</b></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox b (is_first=True, is_last=False)
              TextBox '1'
              InlineBox i (is_first=True, is_last=False)
                TextBox '2'
          BlockBox div
            TextBox 'B'
          BlockBox anonymous
            InlineBox b (is_first=False, is_last=True)
              InlineBox i (is_first=False, is_last=True)
                TextBox '3'
              TextBox '4'
        """,
    )


def test_two_blocks_with_text_between_give_a_middle_part():
    """CSS 2.1 §9.2.1.1: text between two blocks in an inline is a part of
    its own, neither first nor last."""
    assert_body(
        "<body><span>x<div>A</div>y<div>B</div>z</span></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox span (is_first=True, is_last=False)
              TextBox 'x'
          BlockBox div
            TextBox 'A'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=False)
              TextBox 'y'
          BlockBox div
            TextBox 'B'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=True)
              TextBox 'z'
        """,
    )


def test_consecutive_blocks_in_an_inline_are_not_separated_by_an_empty_part():
    """CSS 2.1 §9.2.1.1: the inline box is broken around the block-level box
    "and any block-level siblings that are consecutive or separated only by
    collapsible whitespace and/or out-of-flow elements"."""
    body = assert_body(
        "<body><span>x<div>A</div> \n <div>B</div><div style='float: left'>F</div>"
        "<div>C</div>y</span></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox span (is_first=True, is_last=False)
              TextBox 'x'
          BlockBox div
            TextBox 'A'
          BlockBox div
            TextBox 'B'
          BlockBox div
            TextBox 'F'
          BlockBox div
            TextBox 'C'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=True)
              TextBox 'y'
        """,
    )
    assert body.children[3].is_floated


def test_preserved_white_space_between_blocks_in_an_inline_is_a_part():
    """CSS 2.1 §9.2.1.1: only collapsible white space lets consecutive blocks
    share one break; preserved spaces (white-space: pre) are content, in a
    middle part of their own."""
    assert_body(
        "<body><span style='white-space: pre'><div>A</div>  <div>B</div></span></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox span (is_first=True, is_last=False)
          BlockBox div
            TextBox 'A'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=False)
              TextBox '  '
          BlockBox div
            TextBox 'B'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=True)
        """,
    )


def test_out_of_flow_boxes_do_not_split_an_inline():
    """CSS 2.1 §9.2.1.1: only an in-flow block-level box breaks an inline box;
    a float or an absolutely positioned box stays inside it."""
    body = assert_body(
        "<body><span>a<div style='float: left'>F</div>"
        "<div style='position: absolute'>P</div>b</span></body>",
        """
        BlockBox body
          InlineBox span
            TextBox 'a'
            BlockBox div
              TextBox 'F'
            BlockBox div
              TextBox 'P'
            TextBox 'b'
        """,
    )
    assert body.establishes_inline_context


# -- white space (CSS 2.1 §9.2.1.1, §9.2.2.1) ----------------------------------------------------


def test_white_space_only_text_between_blocks_generates_no_box():
    """CSS 2.1 §9.2.2.1: "White space content that would subsequently be
    collapsed away according to the 'white-space' property does not generate
    any anonymous inline boxes"; hence no anonymous block box either."""
    assert_body(
        "<body>\n  <div>A</div>\n  <div>B</div>\n</body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          BlockBox div
            TextBox 'B'
        """,
    )


@pytest.mark.parametrize("mode", ["pre", "pre-wrap", "break-spaces"])
def test_preserved_white_space_between_blocks_generates_a_box(mode):
    """CSS 2.1 §9.2.2.1: white space that white-space preserves is not
    collapsed away, so it is content and gets an anonymous block box."""
    assert_body(
        f"<body style='white-space: {mode}'><div>A</div>  <div>B</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          BlockBox anonymous
            TextBox '  '
          BlockBox div
            TextBox 'B'
        """,
    )


def test_pre_line_collapses_spaces_but_keeps_segment_breaks():
    """CSS 2.1 §16.6.1 (white-space: pre-line): spaces between blocks collapse
    away, a newline is preserved and so generates a box."""
    assert_body(
        "<body style='white-space: pre-line'><div>A</div>  <div>B</div> \n <div>C</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          BlockBox div
            TextBox 'B'
          BlockBox anonymous
            TextBox ' \\n '
          BlockBox div
            TextBox 'C'
        """,
    )


# -- out-of-flow boxes among blocks (CSS 2.1 §9.2.1.1, §9.7) -------------------------------------


def test_out_of_flow_boxes_among_blocks_are_not_wrapped():
    """CSS 2.1 §9.2.1.1, §9.7: floats and absolutely positioned boxes are
    blockified and are not inline content, so with only collapsible white
    space beside them they stay children of the block container."""
    body = assert_body(
        "<body><div>A</div> <span style='float: left'>F</span> "
        "<em style='position: absolute'>P</em> <div>B</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          BlockBox span
            TextBox 'F'
          BlockBox em
            TextBox 'P'
          BlockBox div
            TextBox 'B'
        """,
    )
    _, floated, positioned, _ = body.children
    assert floated.is_floated and not floated.is_in_flow
    assert positioned.is_absolutely_positioned and not positioned.is_floated
    assert not body.establishes_inline_context


def test_out_of_flow_boxes_beside_inline_text_are_wrapped_with_it():
    """CSS 2.1 §9.2.1.1: text beside a float among blocks needs an anonymous
    block box; the float goes in it, with the text around it."""
    assert_body(
        "<body><div>A</div> text <div style='float: left'>F</div> more <div>B</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          BlockBox anonymous
            TextBox ' text '
            BlockBox div
              TextBox 'F'
            TextBox ' more '
          BlockBox div
            TextBox 'B'
        """,
    )


# -- display: none and contents (CSS 2.1 §9.2.4, css-display-3 §2.5) -----------------------------


def test_display_none_generates_nothing():
    """CSS 2.1 §9.2.4: 'none' generates no box for the element nor for its
    descendants, whatever their own display."""
    assert_body(
        "<body><div>A<span style='display: none'>x<div style='display: block'>y</div>"
        "</span>B</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
            TextBox 'B'
        """,
    )


def test_display_none_root_generates_no_box():
    """CSS 2.1 §9.2.4: a root with display: none leaves an empty box tree."""
    assert document_root("<html style='display: none'><body>x</body></html>") is None


def test_display_contents_hoists_children_and_text():
    """css-display-3 §2.5: the element generates no box; its children and
    text generate theirs as if they replaced it, so the text beside a block
    child now needs an anonymous block box."""
    assert_body(
        "<body><div style='display: contents'>text<p>P</p></div></body>",
        """
        BlockBox body
          BlockBox anonymous
            TextBox 'text'
          BlockBox p
            TextBox 'P'
        """,
    )


def test_display_contents_hoists_pseudo_elements():
    """css-display-3 §2.5: the contents include the ::before and ::after
    pseudo-elements, generated before and after the children as usual."""
    html = (
        "<style>.c::before { content: 'B' } .c::after { content: 'A' }</style>"
        "<body><div>x<span class=c style='display: contents'>mid</span>y</div></body>"
    )
    assert_body(
        html,
        """
        BlockBox body
          BlockBox div
            TextBox 'x'
            InlineBox ::before
              TextBox 'B'
            TextBox 'mid'
            InlineBox ::after
              TextBox 'A'
            TextBox 'y'
        """,
    )


def test_display_contents_keeps_inheritance_from_the_element():
    """css-display-3 §2.5 note: inheritance follows the element tree, so the
    hoisted text keeps the contents element's color."""
    body = body_box("<body><div style='display: contents; color: rgb(0, 128, 0)'>t</div></body>")
    [text] = body.children
    assert str(text.style["color"]) == "rgb(0, 128, 0)"


def test_display_contents_on_a_block_inside_an_inline_hoists_into_the_split():
    """css-display-3 §2.5 and CSS 2.1 §9.2.1.1: a contents element between an
    inline and its block child is transparent to the split."""
    assert_body(
        "<body><span>a<b style='display: contents'><div>D</div></b>c</span></body>",
        """
        BlockBox body
          BlockBox anonymous
            InlineBox span (is_first=True, is_last=False)
              TextBox 'a'
          BlockBox div
            TextBox 'D'
          BlockBox anonymous
            InlineBox span (is_first=False, is_last=True)
              TextBox 'c'
        """,
    )


def test_display_contents_on_replaced_elements_acts_as_none():
    """css-display-3 §2.5: contents "computes to display: none on replaced
    elements and other elements whose rendering is not entirely controlled by
    CSS" (Appendix B: img, br, input, object ...): no alternative text or
    fallback content is hoisted. A button reacts to contents normally."""
    assert_body(
        "<body><div>a<img src='missing.png' alt='ALT' style='display: contents'>"
        f"<img src='{svg_url(4, 4)}' style='display: contents'>"
        "<br style='display: contents'><object style='display: contents'>fallback</object>"
        "<button style='display: contents'>button</button>b</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'a'
            TextBox 'button'
            TextBox 'b'
        """,
    )


def test_display_contents_on_a_measured_host_node_acts_as_none():
    """css-display-3 §2.5: a host leaf sized by ``measure`` is replaced
    content, so display: contents on it generates nothing."""
    root = Node(
        style=CSS(display="block"),
        children=[Node(style=CSS(display="contents"), measure=lambda w, h: (1, 1))],
    )
    assert build_box_tree(root).children == []


# -- generated content (CSS 2.1 §12.1) ------------------------------------------------------------


def test_before_and_after_pseudo_elements_generate_boxes():
    """CSS 2.1 §12.1: ::before and ::after boxes are children of the
    element's box, before and after its content; a block-level ::after makes
    the element's inline content need an anonymous block (§9.2.1.1)."""
    html = (
        "<style>p::before { content: 'B' } p::after { content: 'A'; display: block }</style>"
        "<body><p>x</p></body>"
    )
    body = assert_body(
        html,
        """
        BlockBox body
          BlockBox p
            BlockBox anonymous
              InlineBox ::before
                TextBox 'B'
              TextBox 'x'
            BlockBox ::after
              TextBox 'A'
        """,
    )
    before = body.children[0].children[0].children[0]
    after = body.children[0].children[1]
    assert isinstance(before.node, PseudoElement) and before.node.pseudo == "before"
    assert isinstance(after.node, PseudoElement) and after.node.pseudo == "after"


# -- replaced elements, line breaks, atomic inlines (CSS 2.1 §9.2.2, §10.3.2) ------------------


def test_image_generates_a_replaced_box_with_its_intrinsic_size():
    """CSS 2.1 §9.2.2: an image is a replaced, atomic inline-level box; its
    intrinsic width, height and ratio come from the image."""
    body = assert_body(
        f"<body><p>a<img src='{svg_url(40, 20)}'>b</p></body>",
        """
        BlockBox body
          BlockBox p
            TextBox 'a'
            ReplacedBox img
            TextBox 'b'
        """,
    )
    image = body.children[0].children[1]
    assert isinstance(image, ReplacedBox)
    assert (image.intrinsic_width, image.intrinsic_height, image.intrinsic_ratio) == (40, 20, 2)
    assert image.is_inline_level and image.children == []


def test_block_level_image_among_blocks_is_not_wrapped():
    """CSS 2.1 §9.2.1: a block-level replaced element is a block-level box
    (though not a block container): no anonymous box around it."""
    body = assert_body(
        f"<body><div>A</div><img src='{svg_url(10, 10)}' style='display: block'></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'A'
          ReplacedBox img
        """,
    )
    assert body.children[1].is_block_level


def test_missing_image_with_alt_text_is_an_inline_box_with_the_text():
    """HTML §15.4.1: an image that is not available but has alternative text
    renders as that text, in a non-replaced inline box; without alt text it
    stays an (empty) replaced box."""
    body = assert_body(
        "<body><p>a<img src='missing.png' alt='Alt text'><img src='missing.png'>b</p></body>",
        """
        BlockBox body
          BlockBox p
            TextBox 'a'
            InlineBox img
              TextBox 'Alt text'
            ReplacedBox img
            TextBox 'b'
        """,
    )
    empty = body.children[0].children[2]
    assert (empty.intrinsic_width, empty.intrinsic_height) == (0, 0)


def test_host_node_with_measure_is_a_replaced_box():
    """The node protocol (DESIGN.md): content the host sizes itself, through
    ``measure``, is laid out like a replaced element."""

    def measure(width, height):
        return (30, 10)

    root = named(
        "root",
        CSS(display="block"),
        [Text("a"), named("button", measure=measure), named("image", CSS(display="block"))],
    )
    box = build_box_tree(root)
    assert outline(box) == expected(
        """
        BlockBox root
          BlockBox anonymous
            TextBox 'a'
            ReplacedBox button
          BlockBox image
        """
    )
    button = box.children[0].children[1]
    assert button.measure is measure
    assert button.intrinsic_width is None and button.intrinsic_ratio is None


def test_br_generates_a_line_break_box():
    """HTML §15.3.8: br forces a line break: a LineBreakBox in the line."""
    body = assert_body(
        "<body><p>a<br>b</p></body>",
        """
        BlockBox body
          BlockBox p
            TextBox 'a'
            LineBreakBox br
            TextBox 'b'
        """,
    )
    line_break = body.children[0].children[1]
    assert isinstance(line_break, LineBreakBox) and line_break.text == "\n"
    assert line_break.is_inline_level


def test_inline_block_is_an_atomic_block_container():
    """CSS 2.1 §9.2.4: inline-block generates an inline-level block container
    (formatted inside as a block box, so its own content is fixed up); it is
    not split around the blocks it contains."""
    body = assert_body(
        "<body><div>a<span style='display: inline-block'>ib<div>x</div></span>b</div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'a'
            InlineBlockBox span
              BlockBox anonymous
                TextBox 'ib'
              BlockBox div
                TextBox 'x'
            TextBox 'b'
        """,
    )
    inline_block = body.children[0].children[1]
    assert inline_block.is_inline_level
    assert not inline_block.establishes_inline_context


def test_inline_flex_and_inline_grid_are_inline_level_containers():
    """css-display-3 §2.7: inline-flex and inline-grid are inline-level flex
    and grid containers."""
    body = assert_body(
        "<body><div>a<span style='display: inline-flex'>f</span>"
        "<span style='display: inline-grid'>g</span></div></body>",
        """
        BlockBox body
          BlockBox div
            TextBox 'a'
            FlexBox span
              BlockBox anonymous
                TextBox 'f'
            GridBox span
              BlockBox anonymous
                TextBox 'g'
        """,
    )
    flex, grid = body.children[0].children[1:]
    assert isinstance(flex, FlexBox) and flex.is_inline_level
    assert isinstance(grid, GridBox) and grid.is_inline_level


# -- flex and grid items (css-flexbox-1 §4, css-grid-1 §6.1) ------------------------------------


def test_flex_items_of_the_specification_example():
    """css-flexbox-1 §4, the example: a block child, a floated child (float
    ignored), an anonymous item around "anonymous item 3", and the span,
    blockified, holding three blocks in succession (flex items do not split
    around blocks); the inter-element white space is not an item."""
    html = (
        "<body><div style='display: flex'>\n"
        "<div>block</div>\n"
        "<div style='float: left;'>float</div>\n"
        "anonymous item 3\n"
        "<span>\nitem 4\n<q style='display: block'>item 4</q>\nitem 4\n</span>\n"
        "</div></body>"
    )
    body = assert_body(
        html,
        """
        BlockBox body
          FlexBox div
            BlockBox div
              TextBox 'block'
            BlockBox div
              TextBox 'float'
            BlockBox anonymous
              TextBox '\\nanonymous item 3\\n'
            BlockBox span
              BlockBox anonymous
                TextBox '\\nitem 4\\n'
              BlockBox q
                InlineBox ::before
                  TextBox '“'
                TextBox 'item 4'
                InlineBox ::after
                  TextBox '”'
              BlockBox anonymous
                TextBox '\\nitem 4\\n'
        """,
    )
    floated = body.children[0].children[1]
    assert str(floated.style["float"]) == "left"
    assert not floated.is_floated and floated.is_in_flow


def test_flex_container_blockifies_inline_children_and_wraps_text_runs():
    """css-flexbox-1 §4: each in-flow child is an item, its display
    blockified (css-display-3 §2.7); each contiguous run of text is one
    anonymous item; white-space-only runs are not rendered; an absolutely
    positioned child stays a child of the container, out of flow."""
    body = assert_body(
        "<body><div style='display: flex'> <span>a</span> text <em>b</em>y<b>z</b> "
        "<p style='position: absolute'>abs</p> </div></body>",
        """
        BlockBox body
          FlexBox div
            BlockBox span
              TextBox 'a'
            BlockBox anonymous
              TextBox ' text '
            BlockBox em
              TextBox 'b'
            BlockBox anonymous
              TextBox 'y'
            BlockBox b
              TextBox 'z'
            BlockBox p
              TextBox 'abs'
        """,
    )
    flex = body.children[0]
    assert str(flex.children[0].style["display"]) == "block"
    assert flex.children[-1].is_absolutely_positioned


def test_flex_drops_white_space_runs_whatever_white_space_says():
    """css-flexbox-1 §4: a run of only document white space characters ("i.e.
    characters that can be affected by the 'white-space' property") is not
    rendered, even under white-space: pre."""
    assert_body(
        "<body><div style='display: flex; white-space: pre'> <div>a</div>\n\t<div>b</div> </div>"
        "</body>",
        """
        BlockBox body
          FlexBox div
            BlockBox div
              TextBox 'a'
            BlockBox div
              TextBox 'b'
        """,
    )


def test_flex_items_from_display_contents_children():
    """css-flexbox-1 §4 with css-display-3 §2.5: the children of a contents
    child are the container's items (blockified), its text an anonymous item."""
    body = assert_body(
        "<body><div style='display: flex'><div style='display: contents'>t<span>s</span></div>"
        "</div></body>",
        """
        BlockBox body
          FlexBox div
            BlockBox anonymous
              TextBox 't'
            BlockBox span
              TextBox 's'
        """,
    )
    assert str(body.children[0].children[1].style["display"]) == "block"


def test_grid_items_are_generated_like_flex_items():
    """css-grid-1 §6.1: the same rules as for flex items: children
    blockified, text runs wrapped in anonymous items, white space dropped,
    floats ignored, absolutely positioned children kept."""
    body = assert_body(
        "<body><div style='display: grid'>\n <span style='float: right'>a</span> x "
        "<i>b</i>\n<p style='position: absolute'>abs</p>\n</div></body>",
        """
        BlockBox body
          GridBox div
            BlockBox span
              TextBox 'a'
            BlockBox anonymous
              TextBox ' x '
            BlockBox i
              TextBox 'b'
            BlockBox p
              TextBox 'abs'
        """,
    )
    grid = body.children[0]
    assert not grid.children[0].is_floated
    assert grid.children[-1].is_absolutely_positioned


def test_float_is_ignored_only_on_flex_and_grid_items():
    """CSS 2.1 §9.5 and css-flexbox-1 §4: float applies to a block's child
    but not to a flex item, nor to its children."""
    body = body_box(
        "<body><div style='float: left'>f</div>"
        "<div style='display: flex'><div style='float: left'><p style='float: left'>i</p>"
        "</div></div></body>"
    )
    floated, flex = body.children
    assert floated.is_floated
    item = flex.children[0]
    assert not item.is_floated
    assert item.children[0].is_floated


def test_host_flex_container_items():
    """css-flexbox-1 §4 with host nodes (DESIGN.md's API example): a Text
    child is wrapped in an anonymous item, node children are items."""
    root = named(
        "root",
        CSS(display="flex", width=300),
        [
            named("grow", CSS(flex_grow=1, height="2em")),
            Text("Hello world", style=CSS(font_size="16px")),
            named("inline", CSS(display="inline")),
        ],
    )
    box = build_box_tree(root)
    assert outline(box) == expected(
        """
        FlexBox root
          BlockBox grow
          BlockBox anonymous
            TextBox 'Hello world'
          BlockBox inline
        """
    )
    assert str(box.children[2].style["display"]) == "block"


# -- list items and markers (CSS 2.1 §12.5, css-lists-3 §3) --------------------------------------


def test_list_items_get_a_marker_box_first():
    """css-display-3 §2.3 and css-lists-3 §3: a list item generates a
    ::marker box before its contents, with the text of list-style-type
    ("• " for disc); list-style-type: none generates no marker."""
    body = assert_body(
        "<body><ul><li>a</li><li style='list-style-position: inside'>b</li>"
        "<li style='list-style-type: none'>c</li></ul></body>",
        """
        BlockBox body
          BlockBox ul
            BlockBox li
              MarkerBox anonymous outside
                TextBox '• '
              TextBox 'a'
            BlockBox li
              MarkerBox anonymous inside
                TextBox '• '
              TextBox 'b'
            BlockBox li
              TextBox 'c'
        """,
    )
    marker = body.children[0].children[0].children[0]
    assert marker.is_inline_level and not marker.is_block_level
    assert str(marker.style["white-space"]) == "pre"


def test_decimal_markers_count_the_list_items():
    """css-lists-3 §3 and §4.6: a decimal marker shows the list-item counter
    ("1. ", "2. "), which value and start set."""
    body = body_box(
        "<body><ol><li>one<li>two<li value=7>seven<li>eight</ol><ol start=3><li>three</ol></body>"
    )
    markers = [box.children[0].text for box in find(body, lambda b: isinstance(b, MarkerBox))]
    assert markers == ["1. ", "2. ", "7. ", "8. ", "3. "]


def test_host_list_items_count_only_list_item_siblings():
    """css-lists-3 §4.6: only list items increment the list-item counter, so
    a host tree's markers number its list items 1, 2, 3 whatever other
    nodes stand between them."""

    def item():
        return Node(style=CSS(display="list-item", list_style_type="decimal"), children=[Text("x")])

    root = Node(
        style=CSS(display="block"),
        children=[Node(style=CSS(display="block")), item(), Text("t"), item(), item()],
    )
    box = build_box_tree(root)
    markers = [b.children[0].text for b in find(box, lambda b: isinstance(b, MarkerBox))]
    assert markers == ["1. ", "2. ", "3. "]


def test_outside_marker_beside_block_content_is_not_wrapped():
    """css-lists-3 §3: an outside marker sits beside the item's first line
    box, wherever that is; it is no inline content of its own, so among
    block children it needs no anonymous block box (as out-of-flow boxes,
    CSS 2.1 §9.2.1.1); an inside marker is the first inline box and is
    wrapped like any inline content."""
    assert_body(
        "<body><ul><li><p>x</p></li><li>\n<p>y</p></li>"
        "<li style='list-style-position: inside'><p>z</p></li>"
        "<li>text<div>d</div></li></ul></body>",
        """
        BlockBox body
          BlockBox ul
            BlockBox li
              MarkerBox anonymous outside
                TextBox '• '
              BlockBox p
                TextBox 'x'
            BlockBox li
              MarkerBox anonymous outside
                TextBox '• '
              BlockBox p
                TextBox 'y'
            BlockBox li
              BlockBox anonymous
                MarkerBox anonymous inside
                  TextBox '• '
              BlockBox p
                TextBox 'z'
            BlockBox li
              BlockBox anonymous
                MarkerBox anonymous outside
                  TextBox '• '
                TextBox 'text'
              BlockBox div
                TextBox 'd'
        """,
    )


def test_host_list_item_marker():
    """css-lists-3 §3 with host nodes: list-item display generates a marker."""
    root = named(
        "list",
        CSS(display="block"),
        [
            named("item", CSS(display="list-item"), [Text("x")]),
            named("empty", CSS(display="list-item")),
        ],
    )
    assert outline(build_box_tree(root)) == expected(
        """
        BlockBox list
          BlockBox item
            MarkerBox anonymous outside
              TextBox '• '
            TextBox 'x'
          BlockBox empty
            MarkerBox anonymous outside
              TextBox '• '
        """
    )


# -- styles of anonymous boxes (CSS 2.1 §9.2.1.1, §9.2.2.1) --------------------------------------


def test_anonymous_block_inherits_and_has_initial_non_inherited_values():
    """CSS 2.1 §9.2.1.1: anonymous boxes inherit from the enclosing box;
    non-inherited properties have their initial value ("the font of the
    anonymous box is inherited from the DIV, but the margins will be 0")."""
    body = body_box(
        "<body><div style='color: rgb(255, 0, 0); font-size: 20px; margin: 10px; padding: 5px;"
        " border: 1px solid; background: blue; width: 100px'>t<p>x</p></div></body>"
    )
    anonymous = body.children[0].children[0]
    assert anonymous.is_anonymous
    values = {
        name: str(anonymous.style[name])
        for name in (
            "color",
            "font-size",
            "margin-top",
            "margin-left",
            "padding-top",
            "border-top-width",
            "background-color",
            "width",
            "display",
        )
    }
    assert values == {
        "color": "rgb(255, 0, 0)",
        "font-size": "20px",
        "margin-top": "0px",
        "margin-left": "0px",
        "padding-top": "0px",
        "border-top-width": "0px",
        "background-color": "rgba(0, 0, 0, 0)",
        "width": "auto",
        "display": "block",
    }


def test_anonymous_flex_item_inherits_from_the_container():
    """css-flexbox-1 §4: the anonymous item's "contents will however inherit
    styles (such as font settings) from the flex container"."""
    body = body_box(
        "<body><div style='display: flex; color: rgb(0, 0, 255); margin: 7px'>t</div></body>"
    )
    [item] = body.children[0].children
    assert item.is_anonymous
    assert str(item.style["color"]) == "rgb(0, 0, 255)"
    assert str(item.style["margin-top"]) == "0px"
    assert not item.is_floated


def test_split_inline_parts_keep_the_element_style():
    """CSS 2.1 §9.2.1.1: "Properties set on elements that cause anonymous
    block boxes to be generated still apply to the boxes and content of
    that element": every part of the split P has the P's style, while the
    anonymous blocks around them do not take its border."""
    body = body_box("<body><span style='border: 2px solid'>a<div>b</div>c</span></body>")
    first_block, _, last_block = body.children
    first, last = first_block.children[0], last_block.children[0]
    assert str(first.style["border-top-width"]) == str(last.style["border-top-width"]) == "2px"
    assert str(first_block.style["border-top-width"]) == "0px"


# -- deep trees ---------------------------------------------------------------------------------


def test_ten_thousand_nested_divs():
    """A 10,000-deep document builds through call_deep without RecursionError."""
    depth = 10_000
    html = (
        f"<html xmlns='{XHTML}'><body>"
        + "<div>" * depth
        + "x"
        + "</div>" * depth
        + "</body></html>"
    )
    root_node = Document.from_string(html, xml=True).root
    root = call_deep(tree_depth(root_node), build_box_tree, root_node)
    levels, box = 0, root
    while box.children:
        [box] = box.children
        levels += 1
    assert levels == depth + 2  # body, the divs, then the text
    assert isinstance(box, TextBox) and box.text == "x"


def test_ten_thousand_nested_host_nodes():
    """A 10,000-deep host tree builds through call_deep."""
    node = Text("x")
    for _ in range(10_000):
        node = Node(style=CSS(display="block"), children=[node])
    root = call_deep(tree_depth(node), build_box_tree, node)
    assert tree_depth(root) == 10_001


def test_block_deep_inside_nested_inlines_splits_every_level():
    """CSS 2.1 §9.2.1.1 on a deep tree: a block inside 3,000 nested inline
    boxes splits each of them into a first and a last part (the splitting
    visits each box once, so this stays fast)."""
    depth = 3_000
    html = (
        f"<html xmlns='{XHTML}'><body>"
        + "<span>a" * depth
        + "<div>D</div>"
        + "b</span>" * depth
        + "</body></html>"
    )
    root_node = Document.from_string(html, xml=True).root
    root = call_deep(tree_depth(root_node), build_box_tree, root_node)
    [body] = root.children
    before, block, after = body.children
    assert label(block) == "BlockBox div"
    for anonymous, first in ((before, True), (after, False)):
        assert anonymous.is_anonymous
        parts = 0
        box = anonymous.children[0]
        while True:
            assert isinstance(box, InlineBox)
            assert (box.is_first, box.is_last) == (first, not first)
            parts += 1
            texts = [child for child in box.children if type(child) is TextBox]
            assert [t.text for t in texts] == ["a" if first else "b"]
            inner = [child for child in box.children if type(child) is InlineBox]
            if not inner:
                break
            [box] = inner
        assert parts == depth


def test_box_classes():
    """The principal box class of each display type (CSS 2.1 §9.2.4)."""
    body = body_box(
        "<body><div>a</div><span style='display: inline-block'>b</span>"
        "<span style='display: flow-root'>c</span><span style='display: list-item'>d</span>"
        "</body>"
    )
    anonymous = body.children[1]
    assert [type(box) for box in body.children] == [BlockBox, BlockBox, BlockBox, BlockBox]
    assert [type(box) for box in anonymous.children] == [InlineBlockBox]
    assert isinstance(body.children[3].children[0], MarkerBox)


# -- computed styles shared by host nodes declaring the same -------------------------------


def test_host_siblings_declaring_the_same_share_one_computed_style():
    """CSS 2.1 §6.1.2: a computed value depends only on the declarations and
    the parent's computed values, so siblings declaring the same (in
    distinct ``CSS`` objects) get one computed style."""
    children = [Node(style=CSS(width=10, margin=2)) for _ in range(3)]
    children.append(Node(style=CSS(width=11, margin=2)))
    root = build_box_tree(Node(style=CSS(display="flex"), children=children))
    styles = [box.style for box in root.children]
    assert styles[0] is styles[1] is styles[2]
    assert styles[3] is not styles[0]
    assert styles[3]["width"].value == 11


@pytest.mark.parametrize(
    ("change", "width"),
    [
        (lambda style: style.set("width", 30), 30),
        (lambda style: style.update(CSS(width=30)), 30),
        (lambda style: setattr(style, "width", 30), 30),
        (lambda style: delattr(style, "margin"), 10),
    ],
    ids=["set", "update", "attribute", "delete"],
)
def test_changing_a_host_style_after_generation_is_seen(change, width):
    """A ``CSS`` changed after a box tree was generated from it declares
    something else: the next generation computes its style anew."""
    style = CSS(width=10, margin=2)
    node = Node(style=style)
    tree = Node(style=CSS(display="flex"), children=[node, Node(style=CSS(width=10, margin=2))])
    first = build_box_tree(tree).children[0].style
    change(style)
    again = build_box_tree(tree).children
    assert again[0].style != first
    assert again[1].style == first
    assert again[0].style["width"].value == width


# -- ::first-letter (CSS 2.1 §5.12.2) -------------------------------------------------------


def test_first_letter_with_its_punctuation_gets_a_box_css21_5_12_2():
    """The first letter, with the punctuation before and after it, in an
    anonymous inline box styled by the ::first-letter rule."""
    body = assert_body(
        "<style>p::first-letter { color: green }</style><p>  \u00ab(T)\u00bbest it</p>",
        """
        BlockBox body
          BlockBox p
            TextBox '  '
            InlineBox anonymous
              TextBox '\u00ab(T)\u00bb'
            TextBox 'est it'
        """,
    )
    letter = body.children[0].children[1]
    assert str(letter.style["color"]) == "rgb(0, 128, 0)"


def test_first_letter_inherits_from_the_box_holding_it_css21_5_12_2():
    """In the fictional tag sequence the ::first-letter is inside the
    innermost element around the letter: its em sizes and inherited values
    come from there."""
    body = body_box(
        "<style>p::first-letter { font-size: 2em } em { font-size: 20px; color: red }</style>"
        "<p><em>Letter</em></p>"
    )
    [em] = body.children[0].children
    letter = em.children[0]
    assert label(letter) == "InlineBox anonymous"
    assert letter.style["font-size"].value == 40
    assert str(letter.style["color"]) == "rgb(255, 0, 0)"


def test_floated_first_letter_is_a_block_box_css21_5_12_2():
    assert_body(
        "<style>p::first-letter { float: left }</style><p>Drop</p>",
        """
        BlockBox body
          BlockBox p
            BlockBox anonymous
              TextBox 'D'
            TextBox 'rop'
        """,
    )


def test_first_letter_of_the_first_child_block_and_of_generated_content_css21_5_12_2():
    assert_body(
        "<style>div::first-letter { color: green } p::before { content: '\"' }</style>"
        "<div><p>Quote</p></div>",
        """
        BlockBox body
          BlockBox div
            BlockBox p
              InlineBox ::before
                InlineBox anonymous
                  TextBox '"'
              InlineBox anonymous
                TextBox 'Q'
              TextBox 'uote'
        """,
    )


@pytest.mark.parametrize(
    "content",
    [
        '<img src="x.png" alt="">Text',  # an image first
        '<span style="display: inline-block">x</span>Text',  # an inline-block first
        "<br>Text",  # the first line is empty
        "( Text",  # white space between the punctuation and the letter
    ],
)
def test_no_first_letter_when_something_else_comes_first_css21_5_12_2(content):
    body = body_box(f"<style>p::first-letter {{ color: green }}</style><p>{content}</p>")
    letters = find(body, lambda box: type(box) is InlineBox and box.node is None)
    assert not letters


@pytest.mark.parametrize(
    ("text", "started", "span"),
    [
        ("Test", False, (0, 1, True)),
        ("  \u201cT\u201d, ok", False, (2, 6, True)),  # Pi, the letter, Pf and Po
        ("e\u0301t\u00e9", False, (0, 2, True)),  # a letter with a combining mark
        ('"', False, (0, 1, False)),  # only punctuation: the letter may follow
        ("Te", True, (0, 1, True)),  # after punctuation, no white space skipped
        ("( T", False, None),  # white space between punctuation and letter
        (" T", True, None),
    ],
)
def test_first_letter_scan_css21_5_12_2(text, started, span):
    from colosseum.layout.first_letter import scan_letter

    assert scan_letter(text, started) == span
