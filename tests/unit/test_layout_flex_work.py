"""How much work flex layout does: host ``measure`` callbacks asked once per
constraints, a bounded number of times per leaf however deep the flex
containers nest, and deep chains of containers laid out in linear work.
Counted, never timed."""

from colosseum import CSS, Node, layout
from colosseum.layout import flex_items


class Measure:
    """A leaf's ``measure`` callback: sizes that differ from leaf to leaf (so
    that stretching changes them), and the constraints it was asked with."""

    def __init__(self, index: int):
        self.index = index
        self.calls: list[tuple[float, float]] = []

    def __call__(self, available_width, available_height):
        self.calls.append((available_width, available_height))
        return 10 + self.index % 7 * 3, 5 + self.index % 5 * 2


def nested(depth: int, leaves: list, direction="row", wrap="nowrap") -> Node:
    """Flex rows and columns alternating, 3 children each, measured leaves."""
    if depth == 0:
        measure = Measure(len(leaves))
        leaves.append(measure)
        return Node(style=CSS(margin=2, padding=1), measure=measure)
    inner = "column" if direction == "row" else "row"
    style = CSS(display="flex", flex_direction=direction, flex_wrap=wrap, padding=2, margin=1)
    return Node(style=style, children=[nested(depth - 1, leaves, inner, wrap) for _ in range(3)])


def test_identical_constraints_are_measured_once_per_layout():
    leaves: list[Measure] = []
    root = nested(3, leaves)
    layout(root, 800, 600)
    for leaf in leaves:
        assert leaf.calls
        assert len(leaf.calls) == len(set(leaf.calls))


def test_measure_cache_lasts_one_layout():
    leaves: list[Measure] = []
    root = nested(2, leaves)
    layout(root, 800, 600)
    first = [list(leaf.calls) for leaf in leaves]
    layout(root, 800, 600)
    assert [leaf.calls for leaf in leaves] == [calls + calls for calls in first]


def test_measure_calls_per_leaf_stay_bounded_as_containers_nest():
    # Measuring that grew with every level of nesting (each container
    # sizing its items again for every size it is tried at) would ask each
    # leaf of a 6-deep tree dozens of times.
    for wrap in ("nowrap", "wrap"):
        counts = {}
        for depth in (2, 6):
            leaves: list[Measure] = []
            layout(nested(depth, leaves, wrap=wrap), 800, 600)
            counts[depth] = max(len(leaf.calls) for leaf in leaves)
        assert counts[6] <= 4
        assert counts[6] <= counts[2] + 1


def test_deep_chain_checks_each_box_once_for_percentage_heights(monkeypatch):
    checked = []
    original = flex_items._has_percentage_height

    def counting(box):
        checked.append(box)
        return original(box)

    monkeypatch.setattr(flex_items, "_has_percentage_height", counting)
    node = Node(style=CSS(display="flex", height=10))
    depth = 300
    for _ in range(depth - 1):
        node = Node(style=CSS(display="flex", padding=1), children=[node])
    layout(node, 800, 600)
    assert node.layout.border_box.height == 10 + 2 * (depth - 1)
    assert len(checked) <= depth


def test_nested_items_moved_at_every_level_are_walked_once(moved):
    # Each container is 2px wider than its item needs and packs it at the
    # end: every level moves the whole chain inside it. Moves are deferred
    # and settled in one walk, so the boxes moved stay linear in the depth.
    depth = 300
    node = innermost = Node(style=CSS(display="flex", width=10, height=10))
    for level in range(1, depth):
        style = CSS(display="flex", padding=1, width=10 + 4 * level, justify_content="flex-end")
        node = Node(style=style, children=[node])
    layout(node, 800, 600)
    # 1px padding and 2px of free space a level; the innermost item has
    # 4px of free space in its 14px container.
    assert innermost.layout.border_box.x == 3 * (depth - 2) + 5
    assert innermost.layout.border_box.y == depth - 1
    assert len(moved) <= 3 * depth


def test_automatic_minimum_size_found_only_when_an_item_shrinks_css_flexbox_1_4_5(monkeypatch):
    # css-flexbox-1 §4.5: the automatic minimum size is at most the specified size
    # suggestion (or a content-based flex base size), so items that do not shrink
    # below it never need their min-content size; a shrinking item does.
    calls = []
    original = flex_items.automatic_minimum_size

    def counting(env, item):
        calls.append(item.box)
        return original(env, item)

    monkeypatch.setattr(flex_items, "automatic_minimum_size", counting)
    items = [Node(style=CSS(width=20, height=10)) for _ in range(4)]
    layout(Node(style=CSS(display="flex", width=800), children=items), 800, 600)
    assert calls == []
    inner = Node(style=CSS(display="block", width=150, height=5))
    words = Node(style=CSS(width=300, height=10), children=[inner])
    row = Node(style=CSS(display="flex", width=100), children=[words])
    layout(row, 800, 600)
    assert len(calls) == 1
    assert words.layout.border_box.width == 150  # shrunk only to its min-content width
