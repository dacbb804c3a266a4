"""Tests for colosseum.nodes: Node, Text and the node protocol."""

import pytest

from colosseum.geometry import BoxGeometry, Rect
from colosseum.nodes import Node, NodeProtocol, Text
from colosseum.style import CSS

# -- construction and style ----------------------------------------------------


def test_defaults():
    node = Node()
    assert isinstance(node.style, CSS)
    assert node.style == CSS()
    assert node.children == ()
    assert node.parent is None
    assert node.measure is None
    assert node.layout is None


def test_each_node_gets_its_own_default_style():
    assert Node().style is not Node().style


def test_style_instance_is_used_as_given():
    style = CSS(width=10)
    assert Node(style=style).style is style


def test_style_from_dict():
    assert Node(style={"width": 10}).style == CSS(width=10)


def test_style_from_dict_with_hyphenated_names():
    assert Node(style={"flex-grow": 1}).style == CSS(**{"flex-grow": 1})


def test_style_from_string():
    text = "width: 10px; display: block"
    assert Node(style=text).style == CSS.from_string(text)


def test_style_can_be_reassigned_in_any_form():
    node = Node()
    node.style = {"width": 5}
    assert node.style == CSS(width=5)
    node.style = "width: 7px"
    assert node.style == CSS.from_string("width: 7px")
    node.style = None
    assert node.style == CSS()


@pytest.mark.parametrize("bad", [42, ["width", 10], {1: 2}])
def test_bad_style_is_a_value_error(bad):
    with pytest.raises(ValueError, match="style"):
        Node(style=bad)


def test_measure_is_stored():
    def measure(width, height):
        return (10.0, 20.0)

    node = Node(measure=measure)
    assert node.measure is measure
    assert node.measure(100, 100) == (10.0, 20.0)


def test_measure_must_be_callable():
    with pytest.raises(ValueError, match="measure"):
        Node(measure=(10, 20))


def test_layout_is_writable():
    node = Node()
    node.layout = BoxGeometry(Rect(0, 0, 1, 1))
    assert node.layout.border_box == Rect(0, 0, 1, 1)


# -- children and parent links -------------------------------------------------


def test_constructor_children_get_parent_links():
    a, b = Node(), Text("b")
    root = Node(children=[a, b])
    assert root.children == (a, b)
    assert a.parent is root and b.parent is root


def test_constructor_accepts_any_iterable():
    kids = [Node(), Node()]
    root = Node(children=iter(kids))
    assert root.children == tuple(kids)


@pytest.mark.parametrize("bad", [Node(), "text", 5])
def test_constructor_rejects_non_iterable_children(bad):
    with pytest.raises(ValueError, match="children"):
        Node(children=bad)


def test_children_is_read_only():
    root = Node(children=[Node()])
    assert isinstance(root.children, tuple)
    with pytest.raises(AttributeError):
        root.children = ()  # type: ignore[misc]


def test_append_and_insert_order():
    root = Node()
    a, b, c, d = Node(), Node(), Node(), Node()
    root.append(a)
    root.append(c)
    root.insert(1, b)
    root.insert(0, d)
    assert root.children == (d, a, b, c)
    assert all(child.parent is root for child in root.children)
    assert root.children.index(b) == 2


def test_insert_negative_and_out_of_range_index_follows_list_insert():
    root = Node(children=[Node(), Node()])
    first, second = root.children
    x, y = Node(), Node()
    root.insert(-1, x)
    root.insert(100, y)
    assert root.children == (first, x, second, y)


def test_insert_index_must_be_int():
    with pytest.raises(ValueError, match="index"):
        Node().insert("0", Node())  # type: ignore[arg-type]


def test_remove_clears_parent():
    a, b = Node(), Node()
    root = Node(children=[a, b])
    root.remove(a)
    assert root.children == (b,)
    assert a.parent is None


def test_remove_non_child_is_an_error():
    root = Node(children=[Node()])
    stranger = Node()
    with pytest.raises(ValueError, match="not a child"):
        root.remove(stranger)
    grandchild = Node()
    root.children[0].append(grandchild)
    with pytest.raises(ValueError, match="not a child"):
        root.remove(grandchild)


def test_appending_moves_node_from_old_parent():
    child = Node()
    old = Node(children=[Node(), child])
    new = Node()
    new.append(child)
    assert child.parent is new
    assert new.children == (child,)
    assert child not in old.children
    assert len(old.children) == 1


def test_reappending_to_same_parent_moves_to_end():
    a, b, c = Node(), Node(), Node()
    root = Node(children=[a, b, c])
    root.append(a)
    assert root.children == (b, c, a)


def test_insert_within_same_parent_counts_after_removal():
    a, b, c = Node(), Node(), Node()
    root = Node(children=[a, b, c])
    root.insert(2, a)  # after removing a: (b, c); insert at 2 -> (b, c, a)
    assert root.children == (b, c, a)
    root.insert(0, c)
    assert root.children == (c, b, a)


def test_duplicate_in_constructor_is_kept_once():
    a = Node()
    root = Node(children=[a, a])
    assert root.children == (a,)


def test_children_snapshot_is_not_changed_by_later_mutation():
    a = Node()
    root = Node(children=[a])
    snapshot = root.children
    root.append(Node())
    assert snapshot == (a,)
    assert len(root.children) == 2


# -- cycles and invalid children -----------------------------------------------


def test_node_cannot_be_its_own_child():
    node = Node()
    with pytest.raises(ValueError, match="itself"):
        node.append(node)
    assert node.children == () and node.parent is None


def test_ancestor_cannot_become_a_descendant():
    grandchild = Node()
    child = Node(children=[grandchild])
    root = Node(children=[child])
    with pytest.raises(ValueError, match="ancestor"):
        grandchild.append(root)
    with pytest.raises(ValueError, match="ancestor"):
        grandchild.insert(0, child)
    # The failed calls left the tree unchanged.
    assert root.parent is None
    assert root.children == (child,)
    assert child.parent is root
    assert child.children == (grandchild,)
    assert grandchild.children == ()


def test_moving_a_subtree_to_a_sibling_is_allowed():
    left, right = Node(children=[Node()]), Node()
    root = Node(children=[left, right])
    right.append(left)
    assert left.parent is right
    assert root.children == (right,)


def test_text_refuses_children():
    text = Text("hello")
    with pytest.raises(ValueError, match="no children"):
        text.append(Node())
    with pytest.raises(ValueError, match="no children"):
        text.insert(0, Text("x"))
    assert text.children == ()


@pytest.mark.parametrize("bad", ["a string", None, 3, object()])
def test_non_node_child_is_a_value_error_naming_it(bad):
    root = Node()
    with pytest.raises(ValueError, match="cannot add") as info:
        root.append(bad)
    assert repr(bad) in str(info.value)
    with pytest.raises(ValueError):
        Node(children=[bad])


def test_failed_append_does_not_detach_from_old_parent():
    child = Node()
    parent = Node(children=[child])
    with pytest.raises(ValueError):
        Text("leaf").append(child)
    assert child.parent is parent
    assert parent.children == (child,)


# -- Text ----------------------------------------------------------------------


def test_text_basics():
    text = Text("Hello world", style={"width": 10})
    assert text.text == "Hello world"
    assert text.style == CSS(width=10)
    assert text.measure is None
    assert text.layout is None
    assert isinstance(text, Node)


def test_text_is_settable_and_checked():
    text = Text("a")
    text.text = "b"
    assert text.text == "b"
    with pytest.raises(ValueError, match="str"):
        text.text = 5  # type: ignore[assignment]
    with pytest.raises(ValueError, match="str"):
        Text(None)  # type: ignore[arg-type]


# -- walking -------------------------------------------------------------------


def test_walk_is_pre_order():
    b1, b2 = Node(), Text("b2")
    a = Node(children=[b1, b2])
    c1 = Node()
    c = Node(children=[c1])
    root = Node(children=[a, c])
    assert list(root.walk()) == [root, a, b1, b2, c, c1]
    assert list(c.walk()) == [c, c1]
    assert list(b2.walk()) == [b2]


def test_deep_chain_without_recursion_error():
    depth = 10_000
    root = Node()
    deepest = root
    for _ in range(depth):
        child = Node()
        deepest.append(child)
        deepest = child
    walked = list(root.walk())
    assert len(walked) == depth + 1
    assert walked[0] is root and walked[-1] is deepest
    # The cycle check walks up 10,000 parent links without recursing.
    with pytest.raises(ValueError, match="ancestor"):
        deepest.append(root)
    # Moving the whole chain under a fresh node is fine.
    holder = Node()
    holder.append(root)
    assert root.parent is holder
    assert repr(root)  # repr must not recurse either


def test_deep_chain_built_bottom_up():
    node = Node()
    for _ in range(10_000):
        node = Node(children=[node])
    assert sum(1 for _ in node.walk()) == 10_001


# -- protocol and repr ---------------------------------------------------------


def test_nodes_satisfy_the_protocol():
    assert isinstance(Node(), NodeProtocol)
    assert isinstance(Text("x"), NodeProtocol)


def test_host_objects_satisfy_the_protocol():
    class Widget:
        def __init__(self):
            self.style = CSS()
            self.children = []

    class Bare:
        pass

    assert isinstance(Widget(), NodeProtocol)
    assert not isinstance(Bare(), NodeProtocol)


def test_repr():
    node = Node(children=[Node(), Node()])
    assert repr(node).startswith("<Node ")
    assert "2 children" in repr(node)
    assert "1 child" in repr(Node(children=[Node()]))
    assert "'Hello'" in repr(Text("Hello"))
    long = repr(Text("x" * 200))
    assert len(long) < 200 and "\u2026" in long

    def measure(w, h):
        return (w, h)

    assert "measure=" in repr(Node(measure=measure))
