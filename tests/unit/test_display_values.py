"""The ``display`` property: css-display-3 §2, its two-value syntax, the
outer/inner/list-item parts and the short serialization of §2's table.
"""

import pytest

from colosseum.style import CSS
from colosseum.style.display import Display


def display(text: str) -> Display:
    return CSS(display=text).display


# css-display-3 §2, the summary table: "Short display" and "Full display".
SHORT_AND_FULL = [
    ("block", "block flow"),
    ("flow-root", "block flow-root"),
    ("inline", "inline flow"),
    ("inline-block", "inline flow-root"),
    ("run-in", "run-in flow"),
    ("list-item", "block flow list-item"),
    ("inline list-item", "inline flow list-item"),
    ("flex", "block flex"),
    ("inline-flex", "inline flex"),
    ("grid", "block grid"),
    ("inline-grid", "inline grid"),
    ("ruby", "inline ruby"),
    ("block ruby", "block ruby"),
    ("table", "block table"),
    ("inline-table", "inline table"),
]


@pytest.mark.parametrize(("short", "full"), SHORT_AND_FULL)
def test_full_form_serializes_as_the_short_form(short, full):
    """css-display-3 §2: "serialization of equivalent display values uses the
    'Short display' column"."""
    assert str(display(full)) == short
    assert str(display(short)) == short
    assert display(full) == display(short)


@pytest.mark.parametrize(("short", "full"), SHORT_AND_FULL)
def test_outer_inner_and_list_item_parts(short, full):
    """css-display-3 §2: a display type is an outer display type, an inner
    display type and an optional list-item flag."""
    words = full.split()
    value = display(short)
    assert value.outer == words[0]
    assert value.inner == words[1]
    assert value.list_item == ("list-item" in words)


@pytest.mark.parametrize(("short", "full"), SHORT_AND_FULL)
def test_keywords_in_either_order(short, full):
    """css-display-3 §2: [ <display-outside> || <display-inside> ] and
    <display-listitem> use "||" and "&&": any order."""
    reversed_words = " ".join(reversed(full.split()))
    assert str(display(reversed_words)) == short


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # §2.1: "If a <display-outside> value is specified but <display-inside>
        # is omitted, the element's inner display type defaults to flow."
        ("block", "block"),
        ("inline", "inline"),
        ("run-in", "run-in"),
        # §2.2: "If a <display-inside> value is specified but <display-outside>
        # is omitted, the element's outer display type defaults to block
        # (except for ruby, which defaults to inline)."
        ("flow", "block"),
        ("flow-root", "flow-root"),
        ("table", "table"),
        ("flex", "flex"),
        ("grid", "grid"),
        ("ruby", "ruby"),
    ],
)
def test_omitted_outer_or_inner_defaults(text, short):
    assert str(display(text)) == short


@pytest.mark.parametrize(
    ("text", "short", "outer", "inner"),
    [
        # css-display-3 §2.3: <display-outside>? && [ flow | flow-root ]? &&
        # list-item; "If no inner display type value is specified, the principal
        # box's inner display type defaults to flow. If no outer display type
        # value is specified, the principal box's outer display type defaults to
        # block."
        ("list-item", "list-item", "block", "flow"),
        ("list-item block flow", "list-item", "block", "flow"),
        ("block flow list-item", "list-item", "block", "flow"),
        ("flow list-item", "list-item", "block", "flow"),
        ("list-item flow", "list-item", "block", "flow"),
        ("block list-item", "list-item", "block", "flow"),
        ("inline list-item", "inline list-item", "inline", "flow"),
        ("list-item inline", "inline list-item", "inline", "flow"),
        ("inline flow list-item", "inline list-item", "inline", "flow"),
        ("flow-root list-item", "flow-root list-item", "block", "flow-root"),
        ("list-item block flow-root", "flow-root list-item", "block", "flow-root"),
        ("inline flow-root list-item", "inline flow-root list-item", "inline", "flow-root"),
        ("run-in list-item", "run-in list-item", "run-in", "flow"),
    ],
)
def test_list_item_values(text, short, outer, inner):
    value = display(text)
    assert str(value) == short
    assert (value.outer, value.inner, value.list_item) == (outer, inner, True)


@pytest.mark.parametrize(
    "text",
    [
        "block inline",  # two outer display types
        "inline block",
        "block block",
        "flow flex",  # two inner display types
        "flow flow",
        "flex grid",
        "list-item list-item",
        "list-item flex",  # list-item takes only flow or flow-root
        "list-item table",
        "grid list-item",
        "inline block list-item",
        "table-cell block",  # internal, box and legacy values stand alone
        "table-cell flow",
        "contents block",
        "none block",
        "none contents",
        "inline-block flow",
        "inline-flex inline",
        "block inline-table",
        "inline-list-item",
        "block flow flow",
        "flow block inline",
        "blocky",
        "block,",
        "12px",
        "",
    ],
)
def test_invalid_combinations_are_rejected(text):
    with pytest.raises(ValueError):
        CSS(display=text)


@pytest.mark.parametrize(
    "keyword",
    [
        # css-display-3 §2.4 <display-internal>
        "table-row-group",
        "table-header-group",
        "table-footer-group",
        "table-row",
        "table-cell",
        "table-column-group",
        "table-column",
        "table-caption",
        "ruby-base",
        "ruby-text",
        "ruby-base-container",
        "ruby-text-container",
    ],
)
def test_layout_internal_values(keyword):
    """css-display-3 §2.4: layout-internal values serialize as themselves; they
    have no outer display type."""
    value = display(keyword)
    assert str(value) == keyword
    assert value.is_internal
    assert not value.is_block_level and not value.is_inline_level
    assert not value.list_item


@pytest.mark.parametrize("keyword", ["contents", "none"])
def test_box_values(keyword):
    """css-display-3 §2.5 <display-box>."""
    value = display(keyword)
    assert str(value) == keyword
    assert value.is_contents == (keyword == "contents")
    assert value.is_none == (keyword == "none")
    assert not value.is_internal


@pytest.mark.parametrize(
    ("legacy", "outer", "inner"),
    # css-display-3 §2.6: "inline-block: Computes to inline flow-root",
    # inline-table to "inline table", inline-flex to "inline flex",
    # inline-grid to "inline grid".
    [
        ("inline-block", "inline", "flow-root"),
        ("inline-table", "inline", "table"),
        ("inline-flex", "inline", "flex"),
        ("inline-grid", "inline", "grid"),
    ],
)
def test_legacy_values(legacy, outer, inner):
    value = display(legacy)
    assert (value.outer, value.inner, value.list_item) == (outer, inner, False)
    assert value == display(f"{outer} {inner}")
    assert str(value) == legacy


def test_keywords_are_case_insensitive():
    assert str(display("Block FLOW")) == "block"
    assert str(display("INLINE-Flex")) == "inline-flex"


def test_display_value_is_a_string_equal_to_its_short_form():
    value = display("inline flex")
    assert value == "inline-flex"
    assert isinstance(value, str)
    assert value.is_inline_level


def test_display_round_trips_through_css_text():
    for text in ("inline flow-root list-item", "run-in flex", "block ruby", "list-item"):
        style = CSS(display=text)
        assert CSS.from_string(str(style)) == style


def test_initial_display_is_inline():
    """css-display-3 §2: "Initial: inline"."""
    assert str(CSS().display) == "inline"
    assert CSS().display.outer == "inline"
    assert CSS().display.inner == "flow"


def test_blockified_values():
    """css-display-3 §2.7: blockification sets the outer display type to block;
    "inline flow-root" becomes "block" "for legacy reasons", and a
    layout-internal box becomes a block container (inner type flow)."""
    cases = {
        "inline": "block",
        "inline-block": "block",
        "run-in": "block",
        "inline-flex": "flex",
        "inline-grid": "grid",
        "inline-table": "table",
        "inline list-item": "list-item",
        "ruby": "block ruby",
        "table-cell": "block",
        "table-row": "block",
        "table-caption": "block",
        "ruby-text": "block",
        "block": "block",
        "flow-root": "flow-root",
        "contents": "contents",
        "none": "none",
    }
    for specified, expected in cases.items():
        assert str(display(specified).blockified()) == expected, specified


def test_inlinified_values():
    """css-display-3 §2.7: inlinification sets the outer display type to
    inline; a block box (block flow) becomes inline flow-root; it has no
    effect on layout-internal boxes."""
    cases = {
        "block": "inline-block",
        "flow-root": "inline-block",
        "flex": "inline-flex",
        "grid": "inline-grid",
        "table": "inline-table",
        "list-item": "inline flow-root list-item",
        "inline": "inline",
        "table-cell": "table-cell",
        "none": "none",
    }
    for specified, expected in cases.items():
        assert str(display(specified).inlinified()) == expected, specified
