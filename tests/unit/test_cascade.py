"""The cascade of colosseum.html: origins, importance, specificity, order,
inheritance, CSS-wide keywords, error handling and the stylesheet sources
(``<style>``, ``<link>``, ``@import``, ``@media``, ``@supports``,
``@namespace``, ``@font-face``), with expected values from the
specifications: CSS 2.1 §4.2 (error handling), §6 (assigning property values,
cascading and inheritance), css-cascade-4 §6 and §7.3, Selectors 3, Media
Queries and css-conditional-3.
"""

import socket
import struct
import zlib

import pytest

from colosseum.html import CSSWarning, Document, FontFace, PseudoElement
from colosseum.html.fetch import FetchError, default_url_fetcher

GREEN = "rgb(0, 128, 0)"
RED = "rgb(255, 0, 0)"
BLUE = "rgb(0, 0, 255)"
BLACK = "rgb(0, 0, 0)"
XHTML = "http://www.w3.org/1999/xhtml"


def computed(html, selector="#t", **options):
    return Document.from_string(html, **options).select(selector)[0].computed


def value(html, name, selector="#t", **options):
    """The computed value of ``name`` on the first element matching
    ``selector``, as CSS text."""
    return str(computed(html, selector, **options)[name])


def write(directory, name, text):
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a network connection."""

    def refuse(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# -- origins (css-cascade-4 §6.1, CSS 2.1 §6.4.1) ---------------------------------------------


def test_user_agent_values_apply_without_other_stylesheets():
    """HTML §15.3.3: p { margin-block: 1em } in the user-agent origin."""
    assert value("<p id=t>x", "margin-top") == "16px"


def test_user_origin_beats_user_agent_origin():
    """css-cascade-4 §6.1: user normal declarations win over user-agent normal ones."""
    assert value("<p id=t>x", "margin-top", user_stylesheets=["p { margin-top: 5px }"]) == "5px"


def test_origin_beats_specificity_user_over_user_agent():
    """css-cascade-4 §6.1: origin is compared before specificity, so a user
    universal selector beats the user-agent type selector ``p``."""
    html = "<p id=t>x"
    assert value(html, "display", user_stylesheets=["* { display: inline }"]) == "inline"


def test_author_origin_beats_user_origin_whatever_the_specificity():
    """css-cascade-4 §6.1: author normal beats user normal, even an id selector."""
    html = "<style>* { color: blue }</style><p id=t>x"
    assert value(html, "color", user_stylesheets=["#t { color: red }"]) == BLUE


# -- importance (css-cascade-4 §6.1, CSS 2.1 §6.4.2) ------------------------------------------


def test_author_important_beats_author_normal_with_higher_specificity():
    """CSS 2.1 §6.4.2: an !important declaration beats normal ones of its origin."""
    html = "<style>p { color: green !important } #t { color: red }</style><p id=t>x"
    assert value(html, "color") == GREEN


def test_author_important_beats_style_attribute():
    """CSS 2.1 §6.4.3: the style attribute has the highest specificity, but
    importance is compared first (§6.4.1 step 3)."""
    html = '<style>p { color: green !important }</style><p id=t style="color: red">x'
    assert value(html, "color") == GREEN


def test_user_important_beats_author_important():
    """CSS 2.1 §6.4.1: user important declarations win over author important ones."""
    html = "<style>#t { color: red !important }</style><p id=t>x"
    assert value(html, "color", user_stylesheets=["p { color: green !important }"]) == GREEN


def test_user_important_beats_style_attribute_important():
    html = '<p id=t style="color: red !important">x'
    assert value(html, "color", user_stylesheets=["p { color: green !important }"]) == GREEN


def test_user_agent_important_beats_everything():
    """css-cascade-4 §6.1: user-agent !important declarations come last.
    HTML §15.3.1: input[type=hidden i] { display: none !important }."""
    html = (
        "<style>input { display: block !important } #t { display: inline !important }</style>"
        '<input id=t type=HIDDEN style="display: block !important">'
    )
    user = ["input { display: inline-block !important }"]
    assert value(html, "display", user_stylesheets=user) == "none"


def test_important_user_agent_rule_does_not_affect_other_elements():
    html = "<style>input { display: block !important }</style><input id=t type=text>"
    assert value(html, "display") == "block"


# -- specificity (CSS 2.1 §6.4.3, Selectors 3 §9) ------------------------------------------

# (markup containing the element id=t, less specific selector, more specific
# selector), from the examples of CSS 2.1 §6.4.3.
SPECIFICITY_PAIRS = [
    ("<ul><li id=t>x</ul>", "*", "li"),  # 0,0,0,0 < 0,0,0,1
    ("<ul><li id=t>x</ul>", "li", "ul li"),  # 0,0,0,1 < 0,0,0,2
    ("<ul><ol></ol><li id=t>x</ul>", "ul li", "ul ol+li"),  # 0,0,0,2 < 0,0,0,3
    ("<ul><h1></h1><li id=t rel=up>x</ul>", "ul h1+li", "h1 + *[rel=up]"),  # 0,0,0,3 < 0,0,1,1
    ("<ul><ol><li id=t class=red>x</ol></ul>", "ul ol li", "ul ol li.red"),  # 0,0,0,3 < 0,0,1,3
    # c counts before d: 0,0,1,3 < 0,0,2,1
    ("<ul><ol><li id=t class='red level'>x</ol></ul>", "ul ol li.red", "li.red.level"),
    ("<ul><li id=x34y class='red level'>x</ul>", "li.red.level", "#x34y"),  # 0,0,2,1 < 0,1,0,0
    # Selectors 3 §9: pseudo-classes count as classes, :not() counts its argument,
    # the universal selector counts nothing.
    ("<ul><li id=t class=a>x</ul>", "li", "li:first-child"),
    ("<ul><li id=t class=a>x</ul>", ".a", "li:not(.b)"),
    ("<ul><li id=t class=a>x</ul>", "*.a", "li.a"),
    ("<div><p id=t title=x>x</div>", "div > p", "[title]"),
]


@pytest.mark.parametrize(("markup", "lower", "higher"), SPECIFICITY_PAIRS)
def test_more_specific_selector_wins_in_either_order(markup, lower, higher):
    """CSS 2.1 §6.4.3: specificity a,b,c,d compared in order; the
    more specific declaration wins wherever it appears."""
    target = "#x34y" if "x34y" in markup else "#t"
    for rules in (
        f"{higher} {{ width: 2px }} {lower} {{ width: 1px }}",
        f"{lower} {{ width: 1px }} {higher} {{ width: 2px }}",
    ):
        assert value(f"<style>{rules}</style>{markup}", "width", target) == "2px", rules


def test_specificity_has_no_carry_from_type_selectors_to_classes():
    """CSS 2.1 §6.4.3: the numbers are concatenated "in a number system
    with a large base": twelve type selectors still lose to one class."""
    markup = "<div>" * 11 + "<p id=t class=c>x</p>" + "</div>" * 11
    types = " ".join(["div"] * 11) + " p"
    html = f"<style>.c {{ width: 2px }} {types} {{ width: 1px }}</style>{markup}"
    assert value(html, "width") == "2px"


def test_style_attribute_beats_id_selector():
    """The example of CSS 2.1 §6.4.3: #x97z { color: red } and
    <P ID=x97z style="color: green"> give green."""
    html = '<style>#x97z { color: red }</style><P ID=x97z style="color: green">x'
    assert value(html, "color", "#x97z") == GREEN


def test_style_attribute_declarations_cascade_among_themselves_in_order():
    html = '<p id=t style="color: red; color: green">x'
    assert value(html, "color") == GREEN


@pytest.mark.parametrize(
    ("first", "second"),
    [(".a", "[title]"), (".a", ":first-child"), ("p.a", "p[title]"), ("p", "p")],
)
def test_equal_specificity_later_declaration_wins(first, second):
    """CSS 2.1 §6.4.1 step 4: with equal origin, importance and specificity,
    the latter declaration wins."""
    html = "<div><p id=t class=a title=x>x</div>"
    style = f"<style>{first} {{ color: red }} {second} {{ color: green }}</style>"
    assert value(style + html, "color") == GREEN
    style = f"<style>{second} {{ color: red }} {first} {{ color: green }}</style>"
    assert value(style + html, "color") == GREEN


def test_order_of_style_elements():
    html = "<style>p { color: red }</style><style>p { color: green }</style><p id=t>x"
    assert value(html, "color") == GREEN


def test_later_important_declaration_wins_among_important_ones():
    html = "<style>p { color: red !important } p { color: green !important }</style><p id=t>x"
    assert value(html, "color") == GREEN


def test_imported_rules_come_before_the_importing_sheets_rules(tmp_path):
    """CSS 2.1 §6.4.1 step 4: "rules in imported style sheets are considered
    to be before any rules in the style sheet itself"."""
    write(tmp_path, "a.css", "p { color: red; width: 5px }")
    page = write(tmp_path, "p.html", '<style>@import "a.css"; p { color: green }</style><p id=t>')
    element = Document.from_file(page).select("#t")[0]
    assert str(element.computed.color) == GREEN
    assert str(element.computed.width) == "5px"


def test_link_and_style_elements_cascade_in_document_order(tmp_path):
    write(tmp_path, "a.css", "p { color: red; width: 5px }")
    html = (
        "<style>p { width: 1px }</style><link rel=stylesheet href=a.css>"
        "<style>p { color: green }</style><p id=t>"
    )
    element = Document.from_file(write(tmp_path, "p.html", html)).select("#t")[0]
    assert str(element.computed.color) == GREEN
    assert str(element.computed.width) == "5px"


# -- presentational hints (HTML §15.1, css-cascade-4 §6.1) ----------------------------------


def test_presentational_hint_loses_to_any_author_rule():
    """HTML §15.1: hints are author-level declarations with specificity zero,
    placed before every author style sheet: even * wins over them."""
    html = "<style>* { width: 50px }</style><img id=t width=100 height=20>"
    element = computed(html)
    assert str(element.width) == "50px"
    assert str(element.height) == "20px"


def test_presentational_hint_beats_user_and_user_agent_normal_rules():
    """Hints belong to the author origin (css-cascade-4 §6.1): they win over
    normal user declarations and the user-agent stylesheet (th is centred there)."""
    assert value("<img id=t width=100>", "width", user_stylesheets=["img { width: 30px }"]) == (
        "100px"
    )
    assert value("<table><tr><th id=t align=left>x</table>", "text-align") == "left"


def test_presentational_hint_loses_to_user_important():
    html = "<img id=t width=100>"
    assert value(html, "width", user_stylesheets=["img { width: 30px !important }"]) == "30px"


# -- inheritance (CSS 2.1 §6.2) ------------------------------------------------------------


def test_inherited_property_flows_to_descendants():
    html = "<style>body { color: green }</style><div><p><span id=t>x</span></p></div>"
    assert value(html, "color") == GREEN


def test_non_inherited_property_takes_its_initial_value():
    html = "<style>div { padding-top: 5px; width: 10px }</style><div><p id=t>x</div>"
    assert value(html, "padding-top") == "0px"
    assert value(html, "width") == "auto"


def test_computed_value_is_inherited_not_the_specified_value():
    """CSS 2.1 §6.2: the child inherits the computed value: em resolves
    against the element's own font-size, a percentage line-height is inherited
    as the length it computed to (§10.8.1), a number as the number."""
    html = (
        "<style>div { font-size: 10px; line-height: 150% } .n { line-height: 1.5 }"
        " p { font-size: 20px }</style><div><p id=t>x</p></div><div class=n><p id=u>y</p></div>"
    )
    document = Document.from_string(html)
    paragraph = document.select("#t")[0].computed
    assert str(paragraph.line_height) == "15px"
    assert str(paragraph.margin_top) == "20px"  # the user-agent 1em, of its own font-size
    assert str(document.select("#u")[0].computed.line_height) == "1.5"


def test_text_nodes_inherit_their_parents_computed_style():
    document = Document.from_string("<style>p { color: green }</style><p id=t>text")
    text = document.select("#t")[0].children[0]
    assert text.text == "text"
    assert str(text.computed.color) == GREEN


# -- CSS-wide keywords (css-cascade-4 §7.3, CSS 2.1 §6.2.1) --------------------------------


def test_inherit_forces_inheritance_of_a_non_inherited_property():
    html = "<style>div { padding-top: 5px } p { padding-top: inherit }</style><div><p id=t>x"
    assert value(html, "padding-top") == "5px"


def test_initial_gives_the_initial_value_of_an_inherited_property():
    html = "<style>body { color: red } p { color: initial }</style><p id=t>x"
    assert value(html, "color") == BLACK


def test_initial_overrides_the_user_agent_value():
    assert value("<style>p { display: initial }</style><p id=t>x", "display") == "inline"


def test_unset_inherits_an_inherited_property():
    html = "<style>body { color: green } p { color: unset }</style><p id=t>x"
    assert value(html, "color") == GREEN


def test_unset_resets_a_non_inherited_property():
    html = "<style>div { padding-top: 5px } p { padding-top: unset }</style><div><p id=t>x"
    assert value(html, "padding-top") == "0px"
    assert value("<style>p { margin-top: unset }</style><p id=t>x", "margin-top") == "0px"


def test_revert_in_author_origin_gives_back_the_user_agent_value():
    """css-cascade-4 §7.3.4: revert in the author origin rolls the cascade back
    to the user level: p { display: inline } then p { display: revert } is block."""
    html = "<style>p { display: inline } p { display: revert }</style><p id=t>x"
    assert value(html, "display") == "block"


def test_revert_on_a_shorthand_reverts_every_longhand():
    html = "<style>p { margin: 0 } p { margin: revert }</style><p id=t>x"
    element = computed(html)
    assert str(element.margin_top) == "16px"
    assert str(element.margin_left) == "0px"


def test_revert_in_author_origin_gives_back_the_user_value():
    html = "<style>p { margin-top: revert }</style><p id=t>x"
    assert value(html, "margin-top", user_stylesheets=["p { margin-top: 3px }"]) == "3px"


def test_revert_in_user_origin_gives_back_the_user_agent_value():
    user = ["p { display: inline } p { display: revert }"]
    assert value("<p id=t>x", "display", user_stylesheets=user) == "block"


def test_revert_without_earlier_origin_value_acts_as_unset():
    """css-cascade-4 §7.3.4: with nothing to roll back to, revert is unset."""
    html = "<style>body { color: green } p { color: revert }</style><p id=t>x"
    assert value(html, "color") == GREEN
    html = "<style>div { padding-top: 5px } p { padding-top: revert }</style><div><p id=t>"
    assert value(html, "padding-top") == "0px"


def test_revert_in_author_important_rolls_back_to_user_level():
    html = "<style>p { color: red !important } p { color: revert !important }</style><p id=t>x"
    assert value(html, "color", user_stylesheets=["p { color: blue }"]) == BLUE


def test_revert_ignores_presentational_hints():
    """css-cascade-5 §6.4: for revert, the presentational hints belong to the
    author origin, so revert in an author rule rolls them back too."""
    html = "<style>img { width: revert }</style><img id=t width=100>"
    assert value(html, "width") == "auto"


# -- shorthands in stylesheets -------------------------------------------------------------


def test_later_longhand_overrides_part_of_a_shorthand():
    element = computed("<style>p { margin: 5px; margin-top: 10px }</style><p id=t>x")
    assert [str(element[f"margin-{side}"]) for side in ("top", "right", "bottom", "left")] == [
        "10px",
        "5px",
        "5px",
        "5px",
    ]


def test_later_shorthand_overrides_an_earlier_longhand():
    element = computed("<style>p { margin-top: 10px; margin: 5px }</style><p id=t>x")
    assert str(element.margin_top) == "5px"


def test_shorthand_and_longhand_cascade_per_longhand_by_specificity():
    html = "<style>#t { margin-top: 10px } p { margin: 5px }</style><p id=t>x"
    element = computed(html)
    assert str(element.margin_top) == "10px"
    assert str(element.margin_right) == "5px"


def test_important_shorthand_makes_every_longhand_important():
    html = "<style>p { margin: 5px !important } #t { margin-top: 10px }</style><p id=t>x"
    assert value(html, "margin-top") == "5px"


def test_font_shorthand_resets_omitted_longhands():
    """CSS 2.1 §15.8: font sets all its longhands, the omitted ones to
    their initial values (line-height: normal)."""
    html = (
        "<style>p { line-height: 50px; font-style: italic }"
        " p { font: bold 12px serif } #t { font-weight: 300 }</style><p id=t>x"
    )
    element = computed(html)
    assert str(element.font_size) == "12px"
    assert str(element.line_height) == "normal"
    assert str(element.font_style) == "normal"
    assert str(element.font_weight) == "300"


def test_border_shorthand_then_side_longhand():
    html = "<style>p { border: 3px solid; border-left-width: 1px }</style><p id=t>x"
    element = computed(html)
    assert str(element.border_top_width) == "3px"
    assert str(element.border_left_width) == "1px"
    assert str(element.border_left_style) == "solid"


def test_invalid_shorthand_value_is_dropped_whole():
    html = "<style>p { margin: 5px; margin: 1px banana }</style><p id=t>x"
    element = computed(html)
    assert str(element.margin_top) == "5px"
    assert str(element.margin_right) == "5px"


# -- error handling (CSS 2.1 §4.2, css-syntax-3) -------------------------------------------


def test_invalid_declaration_is_dropped_and_the_rest_of_the_rule_kept():
    html = "<style>p { color: green; width: banana; colour: red; margin-top: 3px }</style><p id=t>"
    document = Document.from_string(html)
    element = document.select("#t")[0].computed
    assert str(element.color) == GREEN
    assert str(element.width) == "auto"
    assert str(element.margin_top) == "3px"
    messages = [warning.message for warning in document.warnings]
    assert len(messages) == 2
    assert "banana" in messages[0]
    assert "colour" in messages[1]


@pytest.mark.parametrize(
    "rules",
    [
        # The "malformed declarations" examples of CSS 2.1 §4.2.
        "p { color:green }",
        "p { color:green; color }",
        "p { color:red;   color; color:green }",
        "p { color:green; color: }",
        "p { color:red;   color:; color:green }",
        "p { color:green; color{;color:maroon} }",
        "p { color:red;   color{;color:maroon}; color:green }",
        # "Illegal values" and "malformed statements".
        "p { color: green } p { color: green here }",
        "p { color: green } p @here { color: red }",
        "p { color: green } @foo @bar;",
        "p { color: green } }} {{ - }}",
        "p { color: green } ) ( {} ) p { color: red }",
        # "At-rules with unknown at-keywords".
        "p { color: green }"
        " @three-dee { @background-lighting { azimuth: 30deg } p { color: red } }",
        # "Unexpected end of style sheet": open constructs are closed.
        "p { color: green",
        'p { color: green } p:before { content: "unterminated',
    ],
)
def test_css21_error_handling_examples(rules):
    """CSS 2.1 §4.2 Rules for handling parsing errors."""
    assert value(f"<style>{rules}</style><p id=t>x", "color") == GREEN


def test_unitless_length_is_invalid_in_stylesheets():
    """CSS 2.1 §4.2 "illegal values": img { border-width: 3 } is ignored
    (a non-zero length needs a unit)."""
    html = (
        "<style>img { border-style: solid; border-top-width: 1px; border-top-width: 7;"
        " width: 0 }</style><img id=t>"
    )
    element = computed(html)
    assert str(element.border_top_width) == "1px"
    assert str(element.width) == "0px"  # zero needs no unit


@pytest.mark.parametrize(
    "selector", ["p, p:bogus", "p, ..x", "p::bogus, p", "p, svg|p", "p & q, p", "p,"]
)
def test_invalid_selector_drops_the_whole_rule(selector):
    """Selectors 3 §5 (CSS 2.1 §4.1.7): a group of selectors with one
    invalid selector is invalid as a whole, and its rule is ignored."""
    document = Document.from_string(
        f"<style>{selector} {{ color: red }} p {{ width: 5px }}</style><p id=t>x"
    )
    element = document.select("#t")[0].computed
    assert str(element.color) == BLACK
    assert str(element.width) == "5px"
    assert document.warnings


@pytest.mark.parametrize(
    "important", ["!important", "! important", "!IMPORTANT", "!/**/important", " !important "]
)
def test_important_spellings(important):
    """css-syntax-3 §5.4.6 consume a declaration: "!" then an ident
    ASCII case-insensitively "important", with whitespace or comments between."""
    html = f"<style>p {{ color: green {important} }} #t {{ color: red }}</style><p id=t>x"
    assert value(html, "color") == GREEN


@pytest.mark.parametrize("bad", ["!ie", "!important!important", "!importantx", "! !important"])
def test_malformed_important_drops_the_declaration(bad):
    html = f"<style>p {{ color: green }} p {{ color: red {bad} }}</style><p id=t>x"
    assert value(html, "color") == GREEN


def test_invalid_style_attribute_declarations_dropped_and_warned():
    document = Document.from_string('<p id=t style="color: green; width: banana; height: 3px">')
    element = document.select("#t")[0].computed
    assert str(element.color) == GREEN
    assert str(element.height) == "3px"
    assert len(document.warnings) == 1
    assert "style attribute" in document.warnings[0].message


def test_warnings_for_bad_declarations_in_style_have_document_line_and_column():
    """The issue's error reporting: each dropped declaration in a <style>
    element is reported with the line and column where it starts in the
    document (1-based)."""
    html = (
        "<!doctype html>\n"  # line 1
        "<html><head>\n"  # line 2
        "<style>\n"  # line 3
        "p {\n"  # line 4
        "  color: green;\n"  # line 5
        "  width: banana;\n"  # line 6
        "}</style><style>p { height: oops }</style>\n"  # line 7
        "</head><body><p id=t>x</p></body></html>\n"
    )
    document = Document.from_string(html, base_url="file:///doc/page.html")
    assert [(w.line, w.column) for w in document.warnings] == [(6, 3), (7, 21)]
    assert all(isinstance(w, CSSWarning) for w in document.warnings)
    assert "banana" in document.warnings[0].message
    assert str(document.warnings[0]).startswith("file:///doc/page.html:6:3: ")


def test_warning_positions_in_xhtml_cdata_style():
    xhtml = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        "<style><![CDATA[\n"
        "p { width: banana }\n"
        "]]></style></head><body><p>x</p></body></html>"
    )
    document = Document.from_string(xhtml, xml=True)
    assert [(w.line, w.column) for w in document.warnings] == [(3, 5)]


def test_warnings_in_linked_files_have_the_files_own_positions(tmp_path):
    write(tmp_path, "a.css", "\n\np {\n    width: banana }")
    page = write(tmp_path, "p.html", "\n\n\n\n<link rel=stylesheet href=a.css><p>x")
    document = Document.from_file(page)
    [warning] = document.warnings
    assert (warning.line, warning.column) == (4, 5)
    assert warning.url.endswith("/a.css")


# -- @media (Media Queries, CSS 2.1 §7) ----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "applies"),
    [
        ("screen", True),
        ("all", True),
        ("print", False),
        ("not print", True),
        ("tv", False),
        ("print, screen", True),
        ("screen and (min-width: 700px)", True),
        ("screen and (min-width: 900px)", False),
        ("(orientation: landscape)", True),
        ("(orientation: portrait)", False),
        ("(width: 800px) and (height: 600px)", True),
        ("(min-width: banana)", False),  # mediaqueries-4 §3.2: an invalid query is not all
        ("(min-width: banana), screen", True),
    ],
)
def test_media_rule_matches_the_default_viewport(query, applies):
    """The default viewport is an 800x600 screen."""
    html = f"<style>@media {query} {{ p {{ color: green }} }}</style><p id=t>x"
    assert value(html, "color") == (GREEN if applies else BLACK)


def test_nested_media_rules_must_all_match():
    html = (
        "<style>@media screen { @media (min-width: 500px) { p { width: 1px } }"
        " @media (min-width: 5000px) { p { height: 1px } } }</style><p id=t>x"
    )
    element = computed(html)
    assert str(element.width) == "1px"
    assert str(element.height) == "auto"


def test_media_rules_follow_the_viewport_given_to_style():
    html = (
        "<style>p { width: 1px } @media (max-width: 500px) { p { width: 2px } }"
        " @media (orientation: portrait) { p { height: 3px } }</style><p id=t>x"
    )
    document = Document.from_string(html)
    element = document.select("#t")[0]
    assert str(element.computed.width) == "1px"
    document.style(400, 900)
    assert str(element.computed.width) == "2px"
    assert str(element.computed.height) == "3px"
    document.style(800, 600)
    assert str(element.computed.width) == "1px"
    assert str(element.computed.height) == "auto"


def test_viewport_option_and_media_type_option():
    html = "<style>@media print and (max-width: 300px) { p { color: green } }</style><p id=t>x"
    assert value(html, "color") == BLACK
    assert value(html, "color", viewport=(300, 400), media_type="print") == GREEN


def test_media_attribute_of_style_element():
    html = (
        '<style media="print">p { color: red }</style>'
        '<style media="screen and (max-width: 500px)">p { width: 2px }</style><p id=t>x'
    )
    document = Document.from_string(html)
    element = document.select("#t")[0]
    assert str(element.computed.color) == BLACK
    assert str(element.computed.width) == "auto"
    document.style(500, 500)
    assert str(element.computed.width) == "2px"


# -- @import (CSS 2.1 §6.3, css-cascade-4 §2) ----------------------------------------------


def test_import_resolves_relative_urls_against_the_importing_sheet(tmp_path):
    """css-cascade-4 §2: the URL of @import is relative to the style sheet
    containing it, so an import inside css/sub/a.css of "../../b.css" reads b.css."""
    write(tmp_path, "css/main.css", '@import "sub/a.css"; p { width: 1px }')
    write(tmp_path, "css/sub/a.css", '@import url("../../b.css"); p { color: green }')
    write(tmp_path, "b.css", "p { padding-top: 2px }")
    page = write(tmp_path, "page.html", "<link rel=stylesheet href=css/main.css><p id=t>x")
    document = Document.from_file(page)
    element = document.select("#t")[0].computed
    assert str(element.color) == GREEN
    assert str(element.padding_top) == "2px"
    assert str(element.width) == "1px"
    assert document.warnings == []


def test_import_with_media_list(tmp_path):
    """css-cascade-4 §2: an @import with a media query list applies only
    when it matches, and follows viewport changes."""
    write(tmp_path, "print.css", "p { color: red }")
    write(tmp_path, "narrow.css", "p { width: 4px }")
    html = (
        '<style>@import url(print.css) print; @import "narrow.css" screen and (max-width: 500px);'
        "</style><p id=t>x"
    )
    document = Document.from_file(write(tmp_path, "page.html", html))
    element = document.select("#t")[0]
    assert str(element.computed.color) == BLACK
    assert str(element.computed.width) == "auto"
    document.style(480, 600)
    assert str(element.computed.width) == "4px"


def test_import_cycles_are_broken(tmp_path):
    write(tmp_path, "a.css", '@import "b.css"; p { width: 3px }')
    write(tmp_path, "b.css", '@import "a.css"; p { height: 5px }')
    write(tmp_path, "self.css", '@import "self.css"; p { color: green }')
    html = '<style>@import "a.css"; @import "self.css";</style><p id=t>x'
    document = Document.from_file(write(tmp_path, "page.html", html))
    element = document.select("#t")[0].computed
    assert (str(element.width), str(element.height), str(element.color)) == ("3px", "5px", GREEN)
    assert any("cycle" in warning.message for warning in document.warnings)


def test_import_after_other_rules_is_ignored(tmp_path):
    """CSS 2.1 §6.3 / §4.1.5: an @import after any non-ignored statement
    other than @charset and @import is ignored; ignored statements do not count."""
    write(tmp_path, "late.css", "p { color: red }")
    write(tmp_path, "ok.css", "p { width: 3px }")
    html = (
        '<style>@charset "utf-8"; @unknown-rule; p @here { color: blue }'
        ' @import "ok.css"; p { height: 1px } @import "late.css";</style><p id=t>x'
    )
    document = Document.from_file(write(tmp_path, "page.html", html))
    element = document.select("#t")[0].computed
    assert str(element.width) == "3px"
    assert str(element.color) == BLACK
    assert any("@import after" in warning.message for warning in document.warnings)


def test_import_inside_a_block_is_ignored(tmp_path):
    write(tmp_path, "a.css", "p { color: red }")
    html = '<style>@media screen { @import "a.css"; }</style><p id=t>x'
    document = Document.from_file(write(tmp_path, "page.html", html))
    assert str(document.select("#t")[0].computed.color) == BLACK
    assert document.warnings


def test_missing_import_and_link_are_warned(tmp_path):
    html = (
        '<link rel=stylesheet href="missing.css"><style>@import "gone.css";'
        " p { color: green }</style><p id=t>x"
    )
    document = Document.from_file(write(tmp_path, "page.html", html))
    assert str(document.select("#t")[0].computed.color) == GREEN
    text = " ".join(str(warning) for warning in document.warnings)
    assert "missing.css" in text
    assert "gone.css" in text


# -- <link> and <style> (HTML §4.2.4, §4.2.6) ----------------------------------------------


def test_link_media_alternate_and_rel_keywords(tmp_path):
    write(tmp_path, "screen.css", "p { margin-left: 6px }")
    write(tmp_path, "print.css", "p { margin-right: 6px }")
    write(tmp_path, "alt.css", "p { text-indent: 6px }")
    write(tmp_path, "upper.css", "p { padding-left: 6px }")
    write(tmp_path, "icon.css", "p { padding-right: 6px }")
    html = (
        "<link rel=stylesheet href=screen.css media=screen>"
        "<link rel=stylesheet href=print.css media=print>"
        '<link rel="alternate stylesheet" href=alt.css title=Alt>'
        "<link rel=STYLESHEET href=upper.css>"
        "<link rel=icon href=icon.css>"
        "<p id=t>x"
    )
    element = Document.from_file(write(tmp_path, "page.html", html)).select("#t")[0].computed
    assert str(element.margin_left) == "6px"
    assert str(element.margin_right) == "0px"
    assert str(element.text_indent) == "0px"
    assert str(element.padding_left) == "6px"
    assert str(element.padding_right) == "0px"


@pytest.mark.parametrize(
    ("type_attribute", "applies"),
    [
        ("", True),
        (' type=""', True),
        (" type=text/css", True),
        (" type=TEXT/CSS", True),
        (" type=text/plain", False),
        (' type="text/css; charset=utf-8"', False),
    ],
)
def test_style_element_type(type_attribute, applies):
    """HTML §4.2.6: a style element whose type is neither empty nor
    text/css (ASCII case-insensitive) is not a CSS style sheet."""
    html = f"<style{type_attribute}>p {{ color: green }}</style><p id=t>x"
    assert value(html, "color") == (GREEN if applies else BLACK)


def test_base_element_changes_the_base_url(tmp_path):
    write(tmp_path, "styles/a.css", "p { color: green }")
    html = "<base href=styles/><link rel=stylesheet href=a.css><p id=t>x"
    document = Document.from_file(write(tmp_path, "page.html", html))
    assert str(document.select("#t")[0].computed.color) == GREEN


# -- @supports (css-conditional-3 §6) ------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "applies"),
    [
        ("(display: flex)", True),
        ("(display: banana)", False),
        ("(colour: red)", False),
        ("not (display: banana)", True),
        ("not (display: flex)", False),
        ("(display: flex) and (color: red)", True),
        ("(display: flex) and (color: nope)", False),
        ("(display: nope) or (color: red)", True),
        ("(display: nope) or (color: nope)", False),
        ("((display: flex) or (x: y)) and (not (color: nope))", True),
        ("(display: flex) and (color: red) or (width: 1px)", False),  # mixing needs parentheses
        ("display: flex", False),  # a declaration needs parentheses
        ("selector(p > q)", True),
        ("selector(p:bogus)", False),
    ],
)
def test_supports(condition, applies):
    html = f"<style>@supports {condition} {{ p {{ color: green }} }}</style><p id=t>x"
    assert value(html, "color") == (GREEN if applies else BLACK)


# -- @namespace (css-namespaces-3) ---------------------------------------------------------

XHTML_PAGE = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:s="http://www.w3.org/2000/svg">'
    "<head><style>{}</style></head><body><p id='t'>x</p><s:svg><s:rect id='r'/></s:svg>"
    "</body></html>"
)


def test_default_namespace_restricts_type_selectors():
    """css-namespaces-3 §4: with a default namespace, unprefixed type
    selectors match only elements in it."""
    css = (
        f"@namespace url({XHTML}); @namespace svg url(http://www.w3.org/2000/svg);"
        " p { color: green } rect { color: red } svg|rect { width: 2px } *|rect { height: 3px }"
    )
    document = Document.from_string(XHTML_PAGE.format(css), xml=True)
    assert str(document.select("#t")[0].computed.color) == GREEN
    rect = document.select("#r")[0].computed
    assert str(rect.color) == BLACK
    assert (str(rect.width), str(rect.height)) == ("2px", "3px")


def test_default_namespace_that_is_not_the_documents():
    css = "@namespace url(http://example.com/other); p { color: red } *|p { width: 2px }"
    element = Document.from_string(XHTML_PAGE.format(css), xml=True).select("#t")[0].computed
    assert str(element.color) == BLACK
    assert str(element.width) == "2px"


def test_undeclared_prefix_makes_the_selector_invalid():
    """css-namespaces-3 §5: a selector with an undeclared prefix is invalid."""
    document = Document.from_string(XHTML_PAGE.format("svg|rect { width: 2px }"), xml=True)
    assert str(document.select("#r")[0].computed.width) == "auto"
    assert any("svg" in warning.message for warning in document.warnings)


def test_html_elements_are_in_the_xhtml_namespace():
    """HTML Standard §2.1.3: elements of HTML documents are in the HTML
    namespace, which @namespace rules can name."""
    css = (
        f"@namespace h url({XHTML}); @namespace url({XHTML});"
        " p { color: green } h|p { width: 2px }"
    )
    element = computed(f"<style>{css}</style><p id=t>x")
    assert str(element.color) == GREEN
    assert str(element.width) == "2px"


def test_namespace_after_other_rules_is_ignored():
    """css-namespaces-3 §3: a misplaced @namespace is ignored, so its prefix
    stays undeclared."""
    css = f"p {{ color: green }} @namespace h url({XHTML}); h|p {{ color: red }}"
    document = Document.from_string(f"<style>{css}</style><p id=t>x")
    assert str(document.select("#t")[0].computed.color) == GREEN
    assert any("@namespace" in warning.message for warning in document.warnings)


# -- @font-face (css-fonts-4 §4) -----------------------------------------------------------


def test_font_faces_are_recorded_with_resolved_urls():
    css = (
        '@font-face { font-family: "My Font"; src: url(fonts/a.woff2) format("woff2"),'
        ' local(Arial), url("b.ttf"); font-weight: bold }'
        " @font-face { font-family: Plain Name; src: url(c.otf) }"
        " @font-face { src: url(no-family.ttf) }"
    )
    document = Document.from_string(f"<style>{css}</style><p>x", base_url="file:///site/page.html")
    first, second = document.font_faces
    assert isinstance(first, FontFace)
    assert first.family == "My Font"
    assert first.sources == [
        ("url", "file:///site/fonts/a.woff2", "woff2"),
        ("local", "Arial", None),
        ("url", "file:///site/b.ttf", None),
    ]
    assert first.descriptors == {"font-weight": "bold"}
    assert (second.family, second.sources) == ("Plain Name", [("url", "file:///site/c.otf", None)])
    assert len(document.warnings) == 1  # the face without a family


def test_font_faces_in_imported_sheets_resolve_against_the_import(tmp_path):
    write(tmp_path, "css/fonts.css", "@font-face { font-family: F; src: url(f.ttf) }")
    page = write(tmp_path, "p.html", '<style>@import "css/fonts.css";</style><p>x')
    [face] = Document.from_file(page).font_faces
    assert face.sources == [("url", (tmp_path / "css" / "f.ttf").as_uri(), None)]


# -- fetching (the issue: files only where named, remote URLs never fetched) ----------------


def test_default_fetcher_refuses_remote_urls():
    for url in (
        "http://example.invalid/x.css",
        "https://example.invalid/x.css",
        "ftp://example.invalid/x.css",
        "file://example.invalid/etc/hostname",
        "//example.invalid/etc/hostname",
    ):
        with pytest.raises(FetchError):
            default_url_fetcher(url)


def test_default_fetcher_reads_data_urls():
    assert default_url_fetcher("data:text/css,p%20%7B%7D") == b"p {}"
    assert default_url_fetcher("data:text/css;base64,cCB7fQ==") == b"p {}"


def test_remote_stylesheets_are_warned_not_fetched(no_network):
    html = (
        '<link rel=stylesheet href="http://example.invalid/x.css">'
        '<style>@import "https://example.invalid/y.css"; p { color: green }</style>'
        '<img src="http://example.invalid/i.png"><p id=t>x'
    )
    document = Document.from_string(html)
    assert str(document.select("#t")[0].computed.color) == GREEN
    text = " ".join(str(warning) for warning in document.warnings)
    for name in ("x.css", "y.css", "i.png"):
        assert f"example.invalid/{name}" in text


def test_remote_link_goes_only_through_the_url_fetcher(no_network):
    """A link to a remote stylesheet reaches the network only through the
    caller's url_fetcher; when that refuses, a warning is recorded."""
    calls = []

    def refusing_fetcher(url):
        calls.append(url)
        raise FetchError(f"refused {url}")

    document = Document.from_string(
        '<link rel=stylesheet href="http://example.invalid/x.css"><p id=t>x',
        url_fetcher=refusing_fetcher,
    )
    assert calls == ["http://example.invalid/x.css"]
    [warning] = document.warnings
    assert warning.url == "http://example.invalid/x.css"
    assert "refused" in warning.message
    assert str(document.select("#t")[0].computed.display) == "block"


def test_url_fetcher_is_used_for_every_resource(no_network):
    """The caller's url_fetcher reads links, imports, images and generated
    content images, with URLs resolved against the base URL."""
    header = b"IHDR" + struct.pack(">IIBBBBB", 5, 3, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + header
    png += struct.pack(">I", zlib.crc32(header))
    files = {
        "http://example.com/css/site.css": b'@import "more.css"; p { color: green }',
        "http://example.com/css/more.css": b"p { width: 7px }",
        "http://example.com/img/a.png": png,
    }
    calls = []

    def fetch(url):
        calls.append(url)
        if url not in files:
            raise FetchError(f"no {url}")
        return files[url]

    html = (
        "<link rel=stylesheet href=css/site.css><style>div::before { content: url(img/a.png) }"
        "</style><p id=t>x</p><img id=i src=img/a.png><div>y</div><img src=missing.png>"
    )
    document = Document.from_string(
        html, base_url="http://example.com/page.html", url_fetcher=fetch
    )
    element = document.select("#t")[0].computed
    assert (str(element.color), str(element.width)) == (GREEN, "7px")
    image = document.select("#i")[0]
    assert (image.intrinsic_width, image.intrinsic_height) == (5, 3)
    assert set(calls) == set(files) | {"http://example.com/missing.png"}
    [before] = [c for c in document.select("div")[0].children if isinstance(c, PseudoElement)]
    assert before.children[0].intrinsic_width == 5
    assert any("missing.png" in str(warning) for warning in document.warnings)


def test_fetcher_errors_of_any_kind_become_warnings():
    def fetch(url):
        raise OSError("disk on fire")

    document = Document.from_string(
        "<link rel=stylesheet href=a.css><p id=t>x", base_url="file:///x/", url_fetcher=fetch
    )
    assert "disk on fire" in str(document.warnings[0])
