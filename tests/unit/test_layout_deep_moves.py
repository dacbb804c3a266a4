"""How much work moving laid-out boxes takes in deep trees. A float, an
inline-block or an absolutely positioned box is laid out, then moved to
its place (CSS 2.1 §9.5.1, §10.8, §10.6.4) with everything inside it; in a
chain of such boxes, moving each level's subtree at once would move the
innermost boxes once per level. Moves are deferred and applied in one
walk, so the boxes moved stay linear in the depth. Counted, never timed."""

from colosseum import CSS, Node, layout

DEPTH = 300


def chain(**style) -> tuple[Node, Node]:
    """``DEPTH - 1`` nested boxes styled ``style`` around a 10px square."""
    node = innermost = Node(style=CSS(width=10, height=10))
    for _ in range(DEPTH - 1):
        node = Node(style=CSS(**style), children=[node])
    return node, innermost


def test_nested_floats_css21_9_5_1(moved):
    # Rules 4 and 8: each float at its containing block's top left, inside
    # 1px of padding.
    root, innermost = chain(float="left", padding=1)
    layout(root, 800, 600)
    assert (innermost.layout.border_box.x, innermost.layout.border_box.y) == (299, 299)
    assert len(moved) <= 5 * DEPTH


def test_nested_inline_blocks_css21_10_8(moved):
    root, innermost = chain(display="inline-block", padding=1)
    layout(root, 800, 600)
    assert innermost.layout.border_box.x == DEPTH - 1
    assert len(moved) <= 5 * DEPTH


def test_nested_absolutely_positioned_boxes_css21_10_3_7_and_10_6_4(moved):
    # Each box 2px right of and 1px below its containing block's padding
    # box, the one above it; the square at the content edge of the last.
    root, innermost = chain(position="absolute", left=2, top=1, padding=1)
    layout(root, 800, 600)
    levels = DEPTH - 1
    assert innermost.layout.border_box.x == 2 * levels + 1
    assert innermost.layout.border_box.y == levels + 1
    assert len(moved) <= 5 * DEPTH


def test_moves_pending_below_a_box_laid_out_again_are_dropped():
    # The flex item #r is laid out twice (then stretched to the line's
    # 100px, css-flexbox-1 §9.4 step 11). The first time, laying out the
    # absolutely positioned box queued in #r applies the float's pending
    # move along the way to it, leaving a move pending below the span; the
    # span's text is placed anew the second time, where the float now is.
    from colosseum.html import Document

    doc = Document.from_string(
        "<style>body { margin: 0; font: 10px/1 Ahem } #flex { display: flex }"
        " #r { position: relative; width: 200px; padding: 5px 0 0 7px }"
        " #tall { width: 10px; height: 100px }"
        " #f { float: left; margin-left: 30px; width: 50px } #abs { position: absolute }"
        "</style><div id='flex'><div id='r'><div id='f'><div id='c'>"
        "<div id='abs'>a</div><span id='s'>x</span></div></div></div>"
        "<div id='tall'></div></div>"
    )
    doc.layout(800, 600)
    span = doc.select("#s")[0]
    for node in (span, span.children[0], doc.select("#abs")[0]):
        assert (node.layout.border_box.x, node.layout.border_box.y) == (37, 5)
