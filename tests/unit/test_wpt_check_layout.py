"""colosseum.wpt.checklayout: check-layout-th.js attributes evaluated without JavaScript.

The documents are styled by Colosseum but their geometry is set by hand
(``node.layout``), so that each CSSOM View rule is checked on known numbers
whatever the state of layout.
"""

from __future__ import annotations

import pytest

from colosseum.geometry import BoxGeometry, Edges, Rect
from colosseum.html import Document
from colosseum.wpt.checklayout import LayoutView, evaluate

SOURCE = """<!DOCTYPE html>
<html><body>
<div id="static" data-expected-width="100" data-offset-x="8" data-offset-y="10">
  <p id="in-static" data-offset-x="18" data-offset-y="20"></p>
</div>
<div id="positioned" style="position: relative" class="box"
     data-expected-width="200" data-expected-height="50" data-offset-x="8" data-offset-y="100"
     data-expected-client-width="196" data-expected-client-height="46"
     data-total-x="10" data-total-y="102"
     data-expected-scroll-width="250" data-expected-scroll-height="46">
  <span id="child" data-offset-x="5" data-offset-y="3" data-expected-margin-left="3"
        data-expected-padding-top="1.5" data-expected-display="block"
        style="display: block"></span>
  <b id="inline" data-expected-client-width="0" data-expected-width="30"></b>
</div>
<table><tr><td id="cell"><i id="in-cell" style="display: block" data-offset-x="4"></i></td></tr>
</table>
<div id="fixed" style="position: fixed" data-offset-x="300" data-offset-y="400"></div>
</body></html>
"""


def geometry(x, y, width, height, border=0, margin=0, padding=0, fragments=None):
    return BoxGeometry(
        Rect(x, y, width, height),
        margin=Edges(margin, margin, margin, margin),
        border=Edges(border, border, border, border),
        padding=Edges(padding, padding, padding, padding),
        fragments=fragments,
    )


@pytest.fixture
def document():
    document = Document.from_string(SOURCE)
    for element in document.elements():
        element.layout = None
    by_id = {e.attributes.get("id"): e for e in document.elements()}
    document.root.layout = geometry(0, 0, 800, 600)
    document.select("body")[0].layout = geometry(8, 10, 784, 500, margin=8)
    by_id["static"].layout = geometry(8, 10, 100, 40)
    by_id["in-static"].layout = geometry(18, 20, 10, 10)
    by_id["positioned"].layout = geometry(8, 100, 200, 50, border=2)
    by_id["child"].layout = BoxGeometry(
        Rect(15, 105, 50, 10), margin=Edges(0, 0, 0, 3), padding=Edges(1.5, 0, 0, 0)
    )
    fragments = (Rect(40, 120, 20, 10), Rect(10, 130, 10, 10))
    by_id["inline"].layout = BoxGeometry(Rect(10, 120, 30, 20), fragments=fragments)
    # A descendant overflowing to the right: scrollWidth 250 from the padding edge at 10.
    by_id["positioned"].append(type(by_id["child"])("em"))
    overflow = by_id["positioned"].children[-1]
    overflow.computed = by_id["child"].computed
    overflow.layout = geometry(200, 110, 60, 10)
    by_id["cell"].layout = geometry(100, 200, 50, 20, border=1)
    by_id["in-cell"].layout = geometry(105, 201, 10, 10)
    by_id["fixed"].layout = geometry(300, 400, 10, 10)
    for element in document.elements():  # the table's other boxes
        if element.layout is None and element.computed["display"] != "none":
            element.layout = geometry(100, 200, 50, 20)
    return document


def element(document, ident):
    return next(e for e in document.elements() if e.attributes.get("id") == ident)


def test_offset_parent_rules(document):
    view = LayoutView(document)
    body = document.select("body")[0]
    assert view.offset_parent(document.root) is None
    assert view.offset_parent(body) is None
    assert view.offset_parent(element(document, "static")) is body
    assert view.offset_parent(element(document, "child")) is element(document, "positioned")
    assert view.offset_parent(element(document, "in-cell")) is element(document, "cell")
    assert view.offset_parent(element(document, "fixed")) is None


def test_offsets_are_from_the_offset_parent_padding_edge(document):
    view = LayoutView(document)
    # The static body: offsets from the initial containing block, as browsers do.
    assert view.offset_left(element(document, "in-static")) == 18
    # Inside the relatively positioned div (border 2 at x=8, y=100).
    assert view.offset_left(element(document, "child")) == 5
    assert view.offset_top(element(document, "child")) == 3
    # An inline box: its first fragment.
    assert view.offset_left(element(document, "inline")) == 30
    assert view.offset_top(element(document, "inline")) == 18
    # In a table cell with a 1px border.
    assert view.offset_left(element(document, "in-cell")) == 4


def test_client_and_scroll_sizes(document):
    view = LayoutView(document)
    positioned = element(document, "positioned")
    assert view.client_width(positioned) == 196
    assert view.client_left(positioned) == 2
    assert view.client_width(element(document, "inline")) == 0
    assert view.client_width(document.root) == 800
    assert view.scroll_width(positioned) == 250
    assert view.scroll_height(positioned) == 46


def test_every_attribute_of_a_correct_layout_passes(document):
    checked, failures = evaluate(document, [".box", "#static", "#fixed", "td"])
    assert failures == []
    assert checked == 25


def test_wrong_values_fail_with_the_quantity_and_both_values(document):
    element(document, "child").attributes["data-offset-x"] = "7"
    element(document, "static").attributes["data-expected-width"] = "99"
    element(document, "child").attributes["data-expected-display"] = "inline"
    element(document, "child").attributes["data-expected-margin-left"] = "3.5"
    _, failures = evaluate(document, [".box", "#static"])
    assert sorted(failures) == sorted(
        [
            ".box 1: span#child offsetLeft 5, expected 7",
            ".box 1: span#child display block, expected inline",
            ".box 1: span#child margin-left 3, expected 3.5",
            "#static 1: div#static offsetWidth 100, expected 99",
        ]
    )


def test_lengths_are_checked_within_one_pixel(document):
    element(document, "static").attributes["data-expected-width"] = "100.9"
    assert evaluate(document, ["#static"])[1] == []
    element(document, "static").attributes["data-expected-width"] = "101"
    assert len(evaluate(document, ["#static"])[1]) == 1


def test_the_parent_of_a_checked_element_is_checked_too(document):
    # checkLayout('#in-static') checks #static's attributes as well.
    element(document, "static").attributes["data-offset-y"] = "11"
    checked, failures = evaluate(document, ["#in-static"])
    assert checked == 5
    assert failures == ["#in-static 1: div#static offsetTop 10, expected 11"]


def test_unknown_and_malformed_attributes_fail(document):
    element(document, "static").attributes["data-expected-colour"] = "red"
    element(document, "in-static").attributes["data-offset-x"] = "wide"
    _, failures = evaluate(document, ["#static"])
    assert len(failures) == 2
    assert any("not supported" in f for f in failures)
    assert any("offsetLeft 18, expected wide" in f for f in failures)


def test_a_document_laid_out_by_colosseum():
    """The whole path on real layout: block boxes, margins and a positioned parent."""
    document = Document.from_string(
        "<body style='margin: 0'><div class=c style='position: relative; padding: 5px;"
        " width: 100px'><div style='height: 10px; margin-left: 7px'"
        " data-offset-x=12 data-offset-y=5 data-expected-width=93"
        " data-expected-height=10></div></div></body>"
    )
    document.layout(800, 600)
    checked, failures = evaluate(document, [".c"])
    assert (checked, failures) == (4, [])
