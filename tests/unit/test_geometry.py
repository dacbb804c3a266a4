"""Tests for colosseum.geometry: Rect, Edges and BoxGeometry."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from colosseum.geometry import BoxGeometry, Edges, Rect

# -- Edges ---------------------------------------------------------------------


def test_edges_fields_and_sums():
    edges = Edges(1, 2, 3, 4)
    assert (edges.top, edges.right, edges.bottom, edges.left) == (1, 2, 3, 4)
    assert edges.horizontal == 6  # left + right
    assert edges.vertical == 4  # top + bottom


def test_edges_store_floats():
    edges = Edges(1, 2, 3, 4)
    assert all(type(value) is float for value in (edges.top, edges.right, edges.bottom))
    assert type(edges.left) is float


def test_edges_zero():
    zero = Edges.zero()
    assert zero == Edges(0, 0, 0, 0)
    assert zero.horizontal == 0 and zero.vertical == 0


def test_edges_may_be_negative():
    assert Edges(-5, 0, 0, -3).horizontal == -3


def test_edges_are_immutable_and_hashable():
    edges = Edges(1, 2, 3, 4)
    with pytest.raises(AttributeError):
        edges.top = 10  # type: ignore[misc]
    assert hash(edges) == hash(Edges(1.0, 2.0, 3.0, 4.0))


@pytest.mark.parametrize("bad", ["10px", None, True, math.nan, [1]])
def test_edges_reject_non_numbers(bad):
    with pytest.raises(ValueError, match=r"Edges\.right"):
        Edges(0, bad, 0, 0)


def test_edges_repr():
    assert repr(Edges(1, 2.5, 0, -1)) == "Edges(top=1, right=2.5, bottom=0, left=-1)"


# -- Rect ----------------------------------------------------------------------


def test_rect_sides():
    rect = Rect(10, 20, 30, 40)
    assert rect.left == 10
    assert rect.top == 20
    assert rect.right == 40
    assert rect.bottom == 60


def test_rect_unpacks_in_order():
    x, y, width, height = Rect(1, 2, 3, 4)
    assert (x, y, width, height) == (1, 2, 3, 4)
    assert tuple(Rect(1, 2, 3, 4)) == (1.0, 2.0, 3.0, 4.0)


def test_rect_coerces_ints_to_floats_and_compares_by_value():
    rect = Rect(1, 2, 3, 4)
    assert type(rect.x) is float and type(rect.height) is float
    assert rect == Rect(1.0, 2.0, 3.0, 4.0)
    assert rect != Rect(1, 2, 3, 5)
    assert len({rect, Rect(1.0, 2.0, 3.0, 4.0)}) == 1


def test_rect_is_immutable():
    rect = Rect(0, 0, 1, 1)
    with pytest.raises(AttributeError):
        rect.x = 5  # type: ignore[misc]


def test_rect_rejects_negative_size():
    with pytest.raises(ValueError, match="negative"):
        Rect(0, 0, -1, 5)
    with pytest.raises(ValueError, match="negative"):
        Rect(0, 0, 5, -0.5)


def test_rect_allows_negative_position_and_empty_size():
    rect = Rect(-10, -20, 0, 0)
    assert (rect.right, rect.bottom) == (-10, -20)


@pytest.mark.parametrize("bad", ["1", None, False, math.nan])
def test_rect_rejects_non_numbers(bad):
    with pytest.raises(ValueError, match=r"Rect\.width"):
        Rect(0, 0, bad, 1)


def test_rect_translate():
    moved = Rect(1, 2, 3, 4).translate(10, -5)
    assert moved == Rect(11, -3, 3, 4)


def test_rect_inflate_and_deflate():
    rect = Rect(10, 10, 100, 50)
    edges = Edges(1, 2, 3, 4)  # top, right, bottom, left
    assert rect.inflate(edges) == Rect(6, 9, 106, 54)
    assert rect.deflate(edges) == Rect(14, 11, 94, 46)


def test_deflate_clamps_size_at_zero():
    rect = Rect(0, 0, 10, 10).deflate(Edges(8, 8, 8, 8))
    assert rect == Rect(8, 8, 0, 0)


def test_inflate_with_negative_edges_shrinks_and_clamps():
    assert Rect(0, 0, 10, 10).inflate(Edges(-2, -3, 0, 0)) == Rect(0, 2, 7, 8)
    # A margin more negative than the box is large leaves an empty rectangle.
    assert Rect(0, 0, 10, 10).inflate(Edges(-20, 0, 0, 0)) == Rect(0, 20, 10, 0)
    assert Rect(0, 0, 10, 10).inflate(Edges(0, 0, 0, -20)) == Rect(20, 0, 0, 10)


def test_inflate_rejects_non_edges():
    with pytest.raises(ValueError, match="Edges"):
        Rect(0, 0, 1, 1).inflate((1, 1, 1, 1))  # type: ignore[arg-type]


def test_union_is_bounding_box():
    a = Rect(0, 0, 10, 10)
    b = Rect(20, 5, 10, 30)
    assert a.union(b) == Rect(0, 0, 30, 35)
    assert b.union(a) == a.union(b)


def test_union_includes_empty_rect_position():
    assert Rect(0, 0, 10, 10).union(Rect(50, 50, 0, 0)) == Rect(0, 0, 50, 50)


def test_union_of_several_and_one():
    rects = [Rect(5, 5, 1, 1), Rect(-5, 0, 2, 2), Rect(0, 10, 3, 3)]
    assert Rect.union_of(rects) == Rect(-5, 0, 11, 13)
    assert Rect.union_of(iter([Rect(1, 2, 3, 4)])) == Rect(1, 2, 3, 4)


def test_union_of_nothing_is_an_error():
    with pytest.raises(ValueError, match="at least one"):
        Rect.union_of([])


def test_union_rejects_non_rects():
    with pytest.raises(ValueError):
        Rect(0, 0, 1, 1).union((0, 0, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Rect.union_of([Rect(0, 0, 1, 1), "nope"])  # type: ignore[list-item]


def test_rect_repr():
    assert repr(Rect(0, 0.5, 800, 114)) == "Rect(x=0, y=0.5, width=800, height=114)"


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
size = st.floats(min_value=0, max_value=1e6, allow_nan=False)
rects = st.builds(Rect, finite, finite, size, size)
edge_widths = st.builds(Edges, size, size, size, size)


@given(rects, rects)
def test_union_contains_both(a, b):
    u = a.union(b)
    for r in (a, b):
        assert u.left <= r.left and u.top <= r.top
        assert u.right >= r.right - 1e-6 and u.bottom >= r.bottom - 1e-6


@given(rects, edge_widths)
def test_inflate_then_deflate_round_trips(rect, edges):
    back = rect.inflate(edges).deflate(edges)
    for got, expected in zip(back, rect, strict=True):
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-6)


@given(rects, edge_widths)
def test_deflate_never_gives_negative_size(rect, edges):
    inner = rect.deflate(edges)
    assert inner.width >= 0 and inner.height >= 0


# -- BoxGeometry ---------------------------------------------------------------


def test_box_areas_from_edges():
    box = BoxGeometry(
        Rect(100, 200, 60, 40),
        margin=Edges(5, 6, 7, 8),
        border=Edges(1, 2, 3, 4),
        padding=Edges(10, 10, 10, 10),
    )
    assert box.border_box == Rect(100, 200, 60, 40)
    # padding box: border box minus border widths
    assert box.padding_box == Rect(104, 201, 54, 36)
    # content box: padding box minus padding widths
    assert box.content_box == Rect(114, 211, 34, 16)
    # margin box: border box plus margin widths
    assert box.margin_box == Rect(92, 195, 74, 52)
    assert box.margin == Edges(5, 6, 7, 8)
    assert box.border == Edges(1, 2, 3, 4)
    assert box.padding == Edges(10, 10, 10, 10)


def test_box_edges_default_to_zero():
    box = BoxGeometry(Rect(1, 2, 3, 4))
    assert box.margin == box.border == box.padding == Edges.zero()
    assert box.content_box == box.padding_box == box.margin_box == box.border_box


def test_box_fragments_default_to_border_box():
    border_box = Rect(0, 0, 10, 10)
    assert BoxGeometry(border_box).fragments == (border_box,)


def test_box_fragments_given():
    lines = [Rect(50, 0, 30, 20), Rect(0, 20, 40, 20)]
    box = BoxGeometry(Rect(0, 0, 80, 40), fragments=lines)
    assert box.fragments == tuple(lines)
    assert isinstance(box.fragments, tuple)


def test_box_content_never_negative():
    box = BoxGeometry(Rect(0, 0, 10, 10), border=Edges(4, 4, 4, 4), padding=Edges(4, 4, 4, 4))
    assert box.content_box.width == 0 and box.content_box.height == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"border_box": (0, 0, 1, 1)},
        {"border_box": Rect(0, 0, 1, 1), "margin": (0, 0, 0, 0)},
        {"border_box": Rect(0, 0, 1, 1), "padding": 5},
        {"border_box": Rect(0, 0, 1, 1), "fragments": []},
        {"border_box": Rect(0, 0, 1, 1), "fragments": Rect(0, 0, 1, 1)},
        {"border_box": Rect(0, 0, 1, 1), "fragments": [(0, 0, 1, 1)]},
    ],
)
def test_box_rejects_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        BoxGeometry(**kwargs)


def test_box_equality_and_immutability():
    a = BoxGeometry(Rect(0, 0, 10, 10), margin=Edges(1, 1, 1, 1))
    b = BoxGeometry(Rect(0, 0, 10, 10), margin=Edges(1, 1, 1, 1))
    c = BoxGeometry(Rect(0, 0, 10, 10))
    assert a == b and hash(a) == hash(b)
    assert a != c
    with pytest.raises(AttributeError):
        a.border_box = Rect(0, 0, 1, 1)  # type: ignore[misc]


def test_box_repr_shows_non_default_parts():
    plain = BoxGeometry(Rect(0, 0, 10, 10))
    assert repr(plain) == "BoxGeometry(Rect(x=0, y=0, width=10, height=10))"
    padded = BoxGeometry(Rect(0, 0, 10, 10), padding=Edges(1, 1, 1, 1))
    assert "padding=Edges(top=1" in repr(padded)
    assert "margin" not in repr(padded)
