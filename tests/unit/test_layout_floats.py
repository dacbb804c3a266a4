"""Floats in block layout: CSS 2.1 §9.5 (placement, block formatting context
roots beside floats), §9.5.1 (the rules), §9.5.2 (clear and clearance),
§10.3.5 (shrink-to-fit widths), on box-only trees."""

from __future__ import annotations

from colosseum import CSS, Node, layout
from colosseum.layout.floats import FloatContext


def block(*children, **style):
    style.setdefault("display", "block")
    return Node(style=CSS(**style), children=list(children))


def run(root, width=800, height=600):
    layout(root, width, height)
    return root


def rect(node):
    box = node.layout.border_box
    return (box.x, box.y, box.width, box.height)


def test_left_and_right_floats_go_to_their_sides():
    a = block(float="left", width=100, height=50)
    b = block(float="right", width=80, height=20)
    c = block(float="left", width=30, height=10, margin_left=5)
    run(block(block(a, b, c, width=400)))
    assert rect(a) == (0, 0, 100, 50)
    assert rect(b) == (320, 0, 80, 20)
    assert rect(c) == (105, 0, 30, 10)  # rule 2: right of the earlier left float


def test_float_too_wide_beside_others_moves_down():
    a = block(float="left", width=300, height=50)
    b = block(float="left", width=200, height=20)
    run(block(block(a, b, width=400)))
    assert rect(b) == (0, 50, 200, 20)


def test_float_shrink_to_fit_width():
    inner = block(width=120, height=10)
    wide = block(block(width=150, height=5), block(width=90, height=5), float="left")
    narrow = block(inner, float="right", padding=4)
    run(block(block(wide, narrow, width=400)))
    assert rect(wide)[2] == 150
    # Available 400 - 8 padding: the preferred width (120) is less.
    assert rect(narrow) == (400 - 128, 0, 128, 18)


def test_float_shrink_to_fit_limited_by_available_width():
    floated = block(
        block(float="left", width=100, height=5),
        block(float="left", width=100, height=5),
        float="left",
    )
    run(block(block(floated, width=150)))
    # max-content 200, min-content 100, available 150.
    assert rect(floated)[2] == 150


def test_float_in_nested_block_shares_the_context():
    floated = block(float="left", width=100, height=60)
    first = block(floated)
    line_like = block(height=10, overflow="hidden")
    run(block(block(first, line_like, width=400)))
    assert rect(floated)[:2] == (0, 0)
    # A BFC root in a later block of the same context avoids the float.
    assert rect(line_like) == (100, 0, 300, 10)


def test_bfc_root_beside_float_is_narrowed():
    floated = block(float="left", width=120, height=40)
    root = block(height=20, overflow="hidden", margin_left=10)
    run(block(block(floated, root, width=400)))
    assert rect(root) == (120, 0, 280, 20)


def test_bfc_root_with_margin_larger_than_float_keeps_its_margin():
    floated = block(float="left", width=50, height=40)
    root = block(height=20, display="flow-root", margin_left=80)
    run(block(block(floated, root, width=400)))
    assert rect(root) == (80, 0, 320, 20)


def test_bfc_root_too_wide_moves_below_float():
    floated = block(float="left", width=150, height=40)
    root = block(width=300, height=20, overflow="hidden")
    run(block(block(floated, root, width=400)))
    assert rect(root) == (0, 40, 300, 20)


def test_bfc_root_beside_right_float_in_rtl():
    floated = block(float="right", width=100, height=40)
    root = block(width=200, height=20, overflow="hidden")
    run(block(block(floated, root, width=400, direction="rtl")))
    assert rect(root) == (100, 0, 200, 20)


def test_normal_blocks_ignore_floats():
    floated = block(float="left", width=100, height=40)
    normal = block(height=20)
    run(block(block(floated, normal, width=400)))
    assert rect(normal) == (0, 0, 400, 20)


# -- §9.5.2 clear ----------------------------------------------------------------------


def test_clearance_puts_border_edge_below_float():
    floated = block(float="left", width=100, height=50)
    cleared = block(clear="left", height=10, margin_top=20)
    run(block(block(block(height=5), floated, cleared, width=400)))
    # Hypothetical top border edge: 5 + 20 = 25, above the float bottom (55).
    assert rect(cleared)[1] == 55


def test_no_clearance_when_margin_already_clears():
    floated = block(float="left", width=100, height=10)
    cleared = block(clear="both", height=10, margin_top=30)
    run(block(block(block(height=5), floated, cleared, width=400)))
    assert rect(cleared)[1] == 35


def test_clear_right_ignores_left_floats():
    floated = block(float="left", width=100, height=50)
    cleared = block(clear="right", height=10)
    run(block(block(floated, cleared, width=400)))
    assert rect(cleared)[1] == 0


def test_clearance_separates_parent_and_child_margins():
    floated = block(float="left", width=100, height=50)
    child = block(clear="left", height=10, margin_top=10)
    parent = block(child, margin_top=5)
    run(block(block(floated, parent, width=400)))
    # The wrapper's top margin collapses with the parent's (5px); the float
    # goes to the wrapper's content top, the child below it; the child's
    # clearance keeps its margin apart from the parent's.
    assert rect(parent)[1] == 5
    assert rect(floated)[1] == 5
    assert rect(child)[1] == 55
    assert rect(parent)[3] == 60


def test_clear_on_a_float():
    a = block(float="left", width=50, height=30)
    b = block(float="right", width=50, height=60)
    c = block(float="left", width=50, height=10, clear="right")
    run(block(block(a, b, c, width=400)))
    assert rect(c)[:2] == (0, 60)


def test_float_context_band_and_clearance_edge():
    floats = FloatContext()

    class Style(dict):
        pass

    class Fake:
        def __init__(self, side, width, height):
            self.style = {"float": side, "clear": "none"}
            self.x = self.y = 0.0
            self.margin_width = width
            self.margin_height = height
            self.children = []
            self.lines = self.fragments = None

    floats.place(Fake("left", 100, 50), 0, 0, 400)
    floats.place(Fake("right", 60, 20), 10, 0, 400)
    assert floats.band(0, 5, 0, 400) == (100, 400)
    assert floats.band(15, 5, 0, 400) == (100, 340)
    assert floats.band(50, 5, 0, 400) == (0, 400)
    assert floats.clearance_edge("right") == 30
    assert floats.clearance_edge("both") == 50
    assert floats.next_bottom(15, 0) == 30


def test_bfc_root_with_auto_margins_centers_in_the_space_beside_floats():
    floated = block(float="left", width=100, height=40)
    root = block(width=100, height=20, display="flow-root", margin="0 auto")
    run(block(block(floated, root, width=300)))
    assert rect(root)[0] == 100 + (200 - 100) / 2


def test_bfc_root_taller_than_the_space_beside_a_short_float_checks_its_height():
    short = block(float="left", width=100, height=10)
    below = block(float="right", width=250, height=10, clear="left")
    root = block(block(height=30), overflow="hidden", width=180)
    run(block(block(short, below, root, width=300)))
    # Beside the left float at y=0 there is 200px, but over its 30px height
    # the right float (y 10..20) leaves only 50px: it goes below both.
    assert rect(root) == (0, 20, 180, 30)


def test_bfc_root_moved_below_floats_keeps_its_margin_apart():
    # The parent's top margin would collapse with the root's 30px one; once
    # the root goes below the float the margins above settle without it.
    floated = block(float="left", width=100, height=60)
    root = block(width=250, height=10, overflow="hidden", margin_top=30)
    wrapper = block(root, margin_top=5)
    run(block(block(floated, wrapper, width=300, padding_top=1)))
    assert rect(wrapper)[1] == 1 + 5
    assert rect(root)[1] == 1 + 60


def test_auto_width_bfc_root_with_no_space_beside_a_float():
    # A float wider than the containing block leaves no space: like Chromium,
    # an auto-width root without margins stays beside it with no width; one
    # with a margin goes below it.
    floated = block(float="left", width=100, height=30)
    bare = block(height=10, overflow="hidden")
    run(block(block(floated, bare, width=60)))
    assert rect(bare) == (100, 0, 0, 10)
    floated = block(float="left", width=100, height=30)
    spaced = block(height=10, overflow="hidden", margin_left=3)
    run(block(block(floated, spaced, width=60)))
    assert rect(spaced) == (3, 30, 57, 10)


def test_cleared_box_top_border_edge_is_the_float_bottom_whatever_child_margins():
    floated = block(float="left", width=50, height=30)
    inner = block(height=10, margin_top=25)
    cleared = block(inner, clear="left", margin_top=5)
    run(block(block(floated, cleared, width=300, padding_top=1)))
    # Clearance puts the border edge level with the float's bottom; the
    # child's margin collapses into the cleared box's, above that edge.
    assert rect(cleared)[1] == rect(inner)[1] == 1 + 30


def test_margins_of_an_empty_cleared_box_collapse_with_the_next_siblings():
    floated = block(float="left", width=50, height=30)
    cleared = block(clear="left", margin="0 0 -15px")
    after = block(height=10, margin_top=5)
    run(block(block(floated, cleared, after, width=300, padding_top=1)))
    assert rect(cleared)[1] == 31
    assert rect(after)[1] == 31 - 15 + 5
