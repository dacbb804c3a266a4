"""Generated content (colosseum.html.generated, counter_styles): ::before and
::after (CSS 2.1 §12.1), content (§12.2), quotes (§12.3), counters (§12.4,
css-lists-3 §4) and the predefined counter styles (css-counter-styles-3 §6),
with expected text from the specifications' examples.
"""

import base64
import struct
import zlib

import pytest

from colosseum.html import Document, GeneratedImage, PseudoElement
from colosseum.html.counter_styles import format_counter, marker_text
from colosseum.nodes import Text


def generated(element, pseudo="before"):
    """The text an element's ::before or ::after generates, or None when it
    has no such pseudo-element."""
    for child in element.children:
        if isinstance(child, PseudoElement) and child.pseudo == pseudo:
            return "".join(node.text for node in child.children if isinstance(node, Text))
    return None


def befores(html, selector):
    return [generated(element) for element in Document.from_string(html).select(selector)]


# -- ::before and ::after (CSS 2.1 §12.1, §12.2) --------------------------------------------


def test_before_and_after_wrap_the_element_content():
    html = '<style>p::before { content: "A" } p::after { content: "Z" }</style><p>text</p>'
    [paragraph] = Document.from_string(html).select("p")
    before, text, after = paragraph.children
    assert isinstance(before, PseudoElement) and before.pseudo == "before"
    assert isinstance(after, PseudoElement) and after.pseudo == "after"
    assert before.element is paragraph and before.parent is paragraph
    assert (generated(paragraph), text.text, generated(paragraph, "after")) == ("A", "text", "Z")
    assert paragraph.text_content == "text"  # generated text is not the element's text


def test_pseudo_elements_inherit_from_their_element():
    html = (
        "<style>p { color: green; font-size: 20px } p::before { content: 'x'; margin-left: 1em;"
        " display: block }</style><p>text</p>"
    )
    before = Document.from_string(html).select("p")[0].children[0]
    assert str(before.computed.color) == "rgb(0, 128, 0)"
    assert str(before.computed.margin_left) == "20px"
    assert str(before.computed.display) == "block"
    assert str(before.children[0].computed.color) == "rgb(0, 128, 0)"


def test_string_escapes_and_concatenation():
    """CSS 2.1 §4.3.7 strings: \\A is a newline, \\201C a code point; the
    items of content are concatenated into one run of text."""
    html = r"""<style>p::before { content: "\201C" 'it\'s' "\A" "b" }</style><p>x"""
    assert befores(html, "p") == ["\u201cit's\nb"]
    [paragraph] = Document.from_string(html).select("p")
    assert len(paragraph.children[0].children) == 1


def test_attr_function():
    """CSS 2.1 §12.2 attr(X): the value of attribute X as a string; "" when
    the element has no attribute X."""
    html = (
        '<style>p::before { content: "[" attr(title) "|" attr(data-x) "|" attr(missing) "]" }'
        '</style><p title="T" data-x="D">a</p>'
    )
    assert befores(html, "p") == ["[T|D|]"]


@pytest.mark.parametrize("value", ["none", "normal"])
def test_content_none_and_normal_generate_nothing(value):
    """CSS 2.1 §12.2: none and normal (which computes to none on ::before and
    ::after) generate no pseudo-element."""
    html = f"<style>p::before, p::after {{ content: {value}; display: block }}</style><p>a</p>"
    [paragraph] = Document.from_string(html).select("p")
    assert [type(child) for child in paragraph.children] == [Text]


def test_pseudo_element_without_content_is_not_generated():
    html = "<style>p::before { color: red; display: block }</style><p>a</p>"
    assert befores(html, "p") == [None]


def test_empty_string_generates_an_empty_pseudo_element():
    html = '<style>p::after { content: "" }</style><p>a</p>'
    [paragraph] = Document.from_string(html).select("p")
    assert generated(paragraph, "after") == ""
    assert paragraph.children[-1].children == ()


def test_display_none_pseudo_element_is_not_generated_and_counts_nothing():
    """CSS 2.1 §12.4.3: a pseudo-element that is not displayed cannot
    increment a counter."""
    html = (
        "<style>body { counter-reset: c } p::before { content: counter(c); counter-increment: c }"
        " p.hidden::before { display: none } p.none::before { content: none }</style>"
        "<p>1</p><p class=hidden>2</p><p class=none>3</p><p>4</p>"
    )
    assert befores(html, "p") == ["1", None, None, "2"]


def test_elements_not_displayed_neither_generate_nor_count():
    """CSS 2.1 §12.4.3 example: h2.secret { display: none } does not
    increment count2; neither do its descendants, nor list items inside it."""
    html = (
        "<style>body { counter-reset: count2 } h2 { counter-increment: count2 }"
        " h2::before { content: counter(count2) } .secret { display: none }</style>"
        "<h2>a</h2><h2 class=secret>b</h2><div class=secret><h2>c</h2></div><h2>d</h2>"
        "<ol><li>x<li class=secret>y<li>z</ol>"
    )
    document = Document.from_string(html)
    assert [generated(h2) for h2 in document.select("h2")] == ["1", None, None, "2"]
    assert [li.list_item_value for li in document.select("li")] == [1, None, 2]


def test_replaced_elements_and_restyling_do_not_duplicate_pseudo_elements():
    html = '<style>p::before { content: "x" }</style><p>a</p>'
    document = Document.from_string(html)
    document.style(300, 300)
    document.style(800, 600)
    [paragraph] = document.select("p")
    assert [type(child) for child in paragraph.children] == [PseudoElement, Text]


def test_generated_content_follows_media_queries():
    html = (
        '<style>p::before { content: "wide" } @media (max-width: 500px)'
        ' { p::before { content: "narrow" } }</style><p>a</p>'
    )
    document = Document.from_string(html)
    [paragraph] = document.select("p")
    assert generated(paragraph) == "wide"
    document.style(400, 600)
    assert generated(paragraph) == "narrow"


def test_url_in_content_generates_an_image():
    header = b"IHDR" + struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + header
    png += struct.pack(">I", zlib.crc32(header))
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    html = f'<style>p::before {{ content: "a" url({url}) "b" }}</style><p>x</p>'
    before = Document.from_string(html).select("p")[0].children[0]
    text_a, image, text_b = before.children
    assert (text_a.text, text_b.text) == ("a", "b")
    assert isinstance(image, GeneratedImage) and image.replaced
    assert (image.intrinsic_width, image.intrinsic_height) == (4, 2)


def test_first_line_and_first_letter_styles():
    html = "<style>p::first-line { color: green } p::first-letter { font-size: 2em }</style><p>ab"
    [paragraph] = Document.from_string(html).select("p")
    assert str(paragraph.pseudo_styles["first-line"].color) == "rgb(0, 128, 0)"
    assert str(paragraph.pseudo_styles["first-letter"].font_size) == "32px"


# -- counters (CSS 2.1 §12.4, css-lists-3 §4) -----------------------------------------------


@pytest.mark.parametrize(
    ("style", "values"),
    [
        ("decimal", ["1", "2", "3", "4"]),
        ("lower-roman", ["i", "ii", "iii", "iv"]),
        ("upper-roman", ["I", "II", "III", "IV"]),
        ("lower-alpha", ["a", "b", "c", "d"]),
        ("upper-alpha", ["A", "B", "C", "D"]),
        ("lower-greek", ["\u03b1", "\u03b2", "\u03b3", "\u03b4"]),
        ("disc", ["\u2022"] * 4),
        ("circle", ["\u25e6"] * 4),
        ("square", ["\u25aa"] * 4),
        ("decimal-leading-zero", ["01", "02", "03", "04"]),
        ("none", [""] * 4),
    ],
)
def test_counter_styles_in_content(style, values):
    """CSS 2.1 §12.4 / css-lists-3 §4.8: counter(name, style)."""
    html = (
        f"<style>p {{ counter-increment: c }} p::before {{ content: counter(c, {style}) }}</style>"
        "<p>a<p>b<p>c<p>d"
    )
    assert befores(html, "p") == values


def test_counter_without_reset_is_instantiated_where_it_is_first_used():
    """CSS 2.1 §12.4: a counter-increment for a counter not in scope acts as
    though a counter-reset had reset it to 0 on that element; its scope covers
    the following siblings."""
    html = "<style>p { counter-increment: n } p::before { content: counter(n) }</style><p><p><p>"
    assert befores(html, "p") == ["1", "2", "3"]


def test_counter_used_before_any_reset_is_zero():
    html = "<style>p::before { content: counter(never) '|' counters(never, '.') }</style><p>"
    assert befores(html, "p") == ["0|0"]


def test_nested_list_counters_example():
    """The example of CSS 2.1 §12.4.1: each OL resets item, counters(item, ".")
    shows every level; the second OL of a list item replaces the first one's
    counter instead of nesting in it (}{item[2]=0)."""
    html = """<style>
    OL { counter-reset: item }
    LI { display: block }
    LI:before { content: counters(item, ".") " "; counter-increment: item }
    </style>
    <OL>
      <LI>item</LI>
      <LI>item
        <OL>
          <LI>item</LI>
          <LI>item</LI>
          <LI>item
            <OL><LI>item</LI></OL>
            <OL><LI>item</LI></OL>
          </LI>
          <LI>item</LI>
        </OL>
      </LI>
      <LI>item</LI>
      <LI>item</LI>
    </OL>
    <OL>
      <LI>item</LI>
      <LI>item</LI>
    </OL>"""
    assert befores(html, "li") == [
        "1 ",
        "2 ",
        "2.1 ",
        "2.2 ",
        "2.3 ",
        "2.3.1 ",
        "2.3.1 ",
        "2.4 ",
        "3 ",
        "4 ",
        "1 ",
        "2 ",
    ]


def test_chapter_and_section_numbering_example():
    """The example of CSS 2.1 §12.4: BODY resets chapter, each H1 resets
    section; the sections of the second chapter start again at 1."""
    html = """<style>
    BODY { counter-reset: chapter }
    H1:before { content: "Chapter " counter(chapter) ". "; counter-increment: chapter }
    H1 { counter-reset: section }
    H2:before { content: counter(chapter) "." counter(section) " "; counter-increment: section }
    </style><h1>A</h1><h2>a</h2><h2>b</h2><h1>B</h1><h2>c</h2>"""
    assert befores(html, "h1, h2") == ["Chapter 1. ", "1.1 ", "1.2 ", "Chapter 2. ", "2.1 "]


def test_sibling_resets_do_not_nest():
    """css-lists-3 §4.4.1: a counter instantiated on an element nests inside
    one from an ancestor (h1 resets h2 inside body's h2: "0.0") but replaces one
    from a previous sibling (the second h1 gives "0.0" again, not "0.0.0");
    the headings example of css-lists-3 §4.8 gives A, A.1, A.2, A.2.i, B, B.1."""
    html = """<style>
    body { counter-reset: h1 h2 h3 }
    h1 { counter-increment: h1; counter-reset: h2 h3 }
    h2 { counter-increment: h2; counter-reset: h3 }
    h3 { counter-increment: h3 }
    h1::before { content: counter(h1, upper-alpha) " " counters(h2, ".") }
    h2::before { content: counter(h1, upper-alpha) "." counter(h2, decimal) }
    h3::before { content: counter(h1, upper-alpha) "." counter(h2, decimal) "."
                          counter(h3, lower-roman) }
    </style><h1>x</h1><h2>x</h2><h2>x</h2><h3>x</h3><h1>x</h1><h2>x</h2>"""
    assert befores(html, "h1, h2, h3") == ["A 0.0", "A.1", "A.2", "A.2.i", "B 0.0", "B.1"]


def test_counter_reset_repeated_name_honours_the_last():
    """css-lists-3 §4.1: if a name occurs several times in counter-reset,
    only the last is honoured (no nested instance)."""
    html = (
        "<style>div { counter-reset: c 5 c 2 } p::before { content: counters(c, '.') }</style>"
        "<div><p></div>"
    )
    assert befores(html, "p") == ["2"]


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # The cases of WPT css/css-lists/counter-set-001.html.
        ("counter-set: n 7", "7"),
        ("counter-set: n", "0"),
        ("counter-set: n 8 n 7", "7"),
        ("counter-set: n 6; counter-increment: n 2", "6"),
        ("counter-set: n; counter-increment: n 2", "0"),
        ("counter-increment: n 2 n 3", "5"),
    ],
)
def test_counter_set_applies_after_counter_increment(style, expected):
    """css-lists-3 §4: counters are reset, then incremented, then set
    (counter-set wins over counter-increment on the same element)."""
    html = f'<style>span::before {{ content: counters(n, ".") }}</style><span style="{style}">'
    assert befores(html, "span") == [expected]


def test_counter_set_changes_the_innermost_counter():
    """css-lists-3 §4.2: counter-set on a nested element sets the innermost
    counter, and the value carries on to the counter's later scope (WPT
    counter-set-001: "2", "2.5", then "3")."""
    html = (
        "<style>span::before { content: counters(n, '.') }</style>"
        "<x style='counter-reset: n 9'><span style='counter-set: n 2'></span>"
        "<x style='counter-reset: n 1'><span style='counter-set: n 5'></span></x></x>"
        "<span style='counter-increment: n'></span>"
    )
    assert befores(html, "span") == ["2", "2.5", "3"]


# -- list items (css-lists-3 §4.6, HTML §15.3.7) --------------------------------------------


def list_values(html):
    return [li.list_item_value for li in Document.from_string(html).select("li")]


def test_list_item_counter_counts_list_items():
    assert list_values("<ol><li>a<li>b<li>c</ol><ul><li>x<li>y</ul>") == [1, 2, 3, 1, 2]


def test_nested_lists_have_their_own_list_item_counter():
    html = "<ol><li>a<ol><li>b<li>c</ol><li>d</ol>"
    assert list_values(html) == [1, 1, 2, 2]


def test_ol_start_and_li_value():
    """HTML §4.4.8 and css-lists-3 Appendix A: ol[start] resets list-item to
    start - 1; li[value] sets it to value; following items continue from it."""
    html = (
        "<ol start=3><li>a<li>b<li value=10>c<li>d</ol><ol start=-2><li>e<li>f<li>g</ol>"
        "<ol><li value=0>h<li>i</ol><ol start=x><li>j</ol>"
    )
    assert list_values(html) == [3, 4, 10, 11, -2, -1, 0, 0, 1, 1]


def test_counter_set_on_list_item_beats_its_value_attribute():
    """WPT css/css-lists/li-value-counter-reset-001.html: an author
    counter-set: list-item trumps li[value]; an explicit list-item increment
    replaces the implicit one and counter-set comes after it."""
    html = """<style>li.set { counter-set: list-item 99 }</style>
    <ol><li>a<li value=4 class=set>b</ol>
    <ol><li>a<li value=4 class=set style="counter-increment: list-item 50">b</ol>
    <ol><li>a<li value=4 style="counter-increment: list-item 50">b</ol>
    <ol><li>a<li class=set style="counter-increment: list-item 50">b</ol>
    <ol><li>a<li style="counter-increment: list-item 50">b</ol>
    <ol><li>a<li value=4 class=set style="counter-set: list-item 88">b</ol>"""
    assert list_values(html)[1::2] == [99, 99, 4, 99, 51, 88]


def test_list_item_counter_in_content():
    html = (
        "<style>li::before { content: counters(list-item, '.') ') ' }</style>"
        "<ol><li>one<li>two<ol start=3><li>a<li>b</ol><li>three</ol>"
    )
    assert befores(html, "li") == ["1) ", "2) ", "2.3) ", "2.4) ", "3) "]


def test_non_list_items_have_no_list_item_value():
    document = Document.from_string("<ol><li style='display: block'>a</ol><p>b")
    assert [e.list_item_value for e in document.select("li, p")] == [None, None]


# -- quotes (CSS 2.1 §12.3) -----------------------------------------------------------------


def quote_marks(html, selector="q"):
    document = Document.from_string(html)
    return [
        (generated(element), generated(element, "after")) for element in document.select(selector)
    ]


def test_quotes_by_nesting_depth():
    """CSS 2.1 §12.3.2: the depth of nesting picks the pair; beyond the last
    pair, the last pair is repeated."""
    html = (
        "<style>q { quotes: '\u00ab' '\u00bb' '\u2039' '\u203a' }</style>"
        "<p><q>a <q>b <q>c</q></q></q></p><p><q>d</q></p>"
    )
    assert quote_marks(html) == [
        ("\u00ab", "\u00bb"),
        ("\u2039", "\u203a"),
        ("\u2039", "\u203a"),
        ("\u00ab", "\u00bb"),
    ]


def test_q_element_uses_the_user_agent_quotes():
    """HTML §15.3.4: q::before { content: open-quote }, q::after { content:
    close-quote }; quotes: auto gives English curly quotes here."""
    assert quote_marks("<q>a <q>b</q></q>") == [("\u201c", "\u201d"), ("\u2018", "\u2019")]


def test_quotes_none_renders_no_marks_but_still_nests():
    """CSS 2.1 §12.3: with quotes: none, open-quote and close-quote produce
    no quotation marks, yet they change the nesting depth."""
    html = (
        "<style>q { quotes: '1' '2' '3' '4' '5' '6' } .none { quotes: none }</style>"
        "<q>a <q class=none>b <q>c</q></q></q>"
    )
    assert quote_marks(html) == [("1", "2"), ("", ""), ("5", "6")]


def test_close_quote_at_depth_zero_is_ignored():
    """CSS 2.1 §12.3.2: a close-quote that would make the depth negative is
    ignored (no mark, depth stays 0), the rest of content is still inserted."""
    html = (
        "<style>body { quotes: '<' '>' } p::before { content: open-quote }"
        " p::after { content: close-quote close-quote '!' }</style><p>a</p><p>b</p>"
    )
    assert quote_marks(html, "p") == [("<", ">!"), ("<", ">!")]


def test_no_open_quote_and_no_close_quote_change_the_depth():
    html = (
        "<style>body { quotes: '1' '2' '3' '4' } .skip::before { content: no-open-quote }"
        " .skip::after { content: no-close-quote } span::before { content: open-quote }"
        " span::after { content: close-quote }</style>"
        "<div class=skip><span>a</span></div><span>b</span>"
    )
    assert quote_marks(html, "span") == [("3", "4"), ("1", "2")]


# -- counter styles (css-counter-styles-3 §6) -----------------------------------------------


@pytest.mark.parametrize(
    ("value", "style", "text"),
    [
        (1, "decimal", "1"),
        (-3, "decimal", "-3"),
        (0, "decimal", "0"),
        # decimal-leading-zero pads to two digits, the sign counting as one (§3.6 pad).
        (5, "decimal-leading-zero", "05"),
        (0, "decimal-leading-zero", "00"),
        (10, "decimal-leading-zero", "10"),
        (-5, "decimal-leading-zero", "-5"),
        # roman: additive, range 1 to 3999, then decimal.
        (4, "lower-roman", "iv"),
        (14, "upper-roman", "XIV"),
        (1994, "upper-roman", "MCMXCIV"),
        (3999, "upper-roman", "MMMCMXCIX"),
        (4000, "upper-roman", "4000"),
        (0, "lower-roman", "0"),
        (-1, "upper-roman", "-1"),
        # alphabetic: a..z, then aa (bijective base 26); range 1 to infinity.
        (1, "lower-alpha", "a"),
        (26, "lower-alpha", "z"),
        (27, "lower-alpha", "aa"),
        (52, "lower-alpha", "az"),
        (702, "lower-alpha", "zz"),
        (703, "lower-alpha", "aaa"),
        (0, "lower-alpha", "0"),
        (-2, "lower-alpha", "-2"),
        (28, "upper-alpha", "AB"),
        (3, "lower-latin", "c"),
        (3, "upper-latin", "C"),
        # lower-greek: the 24 letters alpha to omega.
        (1, "lower-greek", "\u03b1"),
        (24, "lower-greek", "\u03c9"),
        (25, "lower-greek", "\u03b1\u03b1"),
        # armenian: additive, range 1 to 9999.
        (1, "upper-armenian", "\u0531"),
        (1, "armenian", "\u0531"),
        (1, "lower-armenian", "\u0561"),
        (9999, "upper-armenian", "\u0554\u054b\u0542\u0539"),
        (10000, "upper-armenian", "10000"),
        # georgian: additive, range 1 to 19999.
        (1, "georgian", "\u10d0"),
        (43, "georgian", "\u10db\u10d2"),
        (500, "georgian", "\u10e4"),
        (9999, "georgian", "\u10f0\u10e8\u10df\u10d7"),
        (10000, "georgian", "\u10f5"),
        (19999, "georgian", "\u10f5\u10f0\u10e8\u10df\u10d7"),
        (20000, "georgian", "20000"),
        # symbolic styles ignore the value.
        (1, "disc", "\u2022"),
        (7, "circle", "\u25e6"),
        (-4, "square", "\u25aa"),
        (1, "disclosure-open", "\u25be"),
        (1, "disclosure-closed", "\u25b8"),
        (5, "none", ""),
        # an undefined style falls back to decimal (§3.1.5 fallback).
        (7, "no-such-style", "7"),
    ],
)
def test_format_counter(value, style, text):
    assert format_counter(value, style) == text


@pytest.mark.parametrize(
    ("value", "style", "text"),
    [(3, "decimal", "3. "), (2, "lower-alpha", "b. "), (1, "disc", "\u2022 "), (1, "none", "")],
)
def test_marker_text_adds_the_suffix(value, style, text):
    """css-counter-styles-3: numeric and alphabetic styles have the suffix
    ". "; the symbolic bullets a space."""
    assert marker_text(value, style) == text
