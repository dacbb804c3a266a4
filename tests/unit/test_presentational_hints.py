"""Presentational hints (colosseum.html.hints): the HTML attributes that map
to CSS properties, as the HTML Standard's Rendering section (§15) says, and
the parsing rules for their values (HTML §2.3.4).
"""

import pytest

from colosseum.html import Document
from colosseum.html.hints import dimension, pixel_length, presentational_hints


def values(html, selector, *names):
    """``[[computed value of each name] for each element matching selector]``."""
    return [
        [str(element.computed[name]) for name in names]
        for element in Document.from_string(html).select(selector)
    ]


def value(html, selector, name):
    [[text]] = values(html, selector, name)
    return text


# -- value parsing (HTML §2.3.4) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100", "100px"),
        ("50%", "50%"),
        ("12abc", "12px"),  # trailing garbage is ignored
        ("  7  ", "7px"),  # leading ASCII whitespace is skipped
        ("3.5", "3.5px"),
        ("3.5px", "3.5px"),
        ("2.", "2px"),
        ("50 %", "50px"),  # the percent sign must follow the number
        ("0", "0px"),
        ("007", "7px"),
        ("abc", None),  # garbage is ignored
        ("", None),
        ("-5", None),  # no sign is allowed
        ("+5", None),
        (".5", None),  # a digit must come first
        ("%", None),
    ],
)
def test_rules_for_parsing_dimension_values(text, expected):
    """HTML §2.3.4.4 rules for parsing dimension values."""
    assert dimension(text) == expected


def test_dimension_ignoring_zero():
    """HTML §15.1 "maps to the dimension property (ignoring zero)"."""
    assert dimension("0", allow_zero=False) is None
    assert dimension("0.0%", allow_zero=False) is None
    assert dimension("1", allow_zero=False) == "1px"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", "5px"),
        (" 5", "5px"),
        ("5.9", "5px"),
        ("10%", "10px"),
        ("+3", "3px"),
        ("0", "0px"),
        ("-1", None),
        ("x", None),
        ("", None),
    ],
)
def test_rules_for_parsing_non_negative_integers(text, expected):
    """HTML §15.1 "maps to the pixel length property" with HTML §2.3.4.2
    rules for parsing non-negative integers."""
    assert pixel_length(text) == expected


# -- width and height (HTML §15.4.3, §15.3.8) ----------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("100", "100px"),
        ("50%", "50%"),
        ("12abc", "12px"),
        ("abc", "auto"),
        ("-5", "auto"),
        ("0", "0px"),
        ("", "auto"),
    ],
)
def test_img_width_maps_to_the_dimension_property(attribute, expected):
    """HTML §15.4.3: img width and height map to the dimension properties."""
    assert value(f'<img width="{attribute}" height="{attribute}">', "img", "width") == expected
    assert value(f'<img width="{attribute}" height="{attribute}">', "img", "height") == expected


def test_embedded_content_dimensions():
    html = (
        "<video width=30 height=20></video><canvas width=40 height=10></canvas>"
        "<iframe width=25% height=7></iframe><object width=5 height=6></object>"
    )
    assert values(html, "video, canvas, iframe, object", "width", "height") == [
        ["30px", "20px"],
        ["40px", "10px"],
        ["25%", "7px"],
        ["5px", "6px"],
    ]


def test_table_and_cell_dimensions_ignore_zero():
    """HTML §15.3.8: table, td and th width and height map to the dimension
    property, ignoring zero; tr height and col width too."""
    html = (
        "<table width=0 height=100><colgroup><col width=15></colgroup><tr height=30>"
        "<td width=0 height=40%>a<td width=20>b<th width=abc>c</table>"
    )
    assert values(html, "table", "width", "height") == [["auto", "100px"]]
    assert values(html, "col", "width") == [["15px"]]
    assert values(html, "tr", "height") == [["30px"]]
    assert values(html, "td, th", "width", "height") == [
        ["auto", "40%"],
        ["20px", "auto"],
        ["auto", "auto"],
    ]


def test_hints_lose_to_author_rules_and_win_over_the_user_agent():
    """HTML §15.1: author-level, specificity zero, before all author sheets."""
    html = "<style>td { padding: 9px }</style><table cellpadding=3><tr><td>a</table>"
    assert value(html, "td", "padding-top") == "9px"
    html = "<table cellpadding=3><tr><td>a</table>"
    assert value(html, "td", "padding-top") == "3px"  # over the user agent's 1px


# -- tables (HTML §15.3.8) -----------------------------------------------------------------


def test_cellspacing_maps_to_border_spacing():
    assert value("<table cellspacing=5><tr><td>a</table>", "table", "border-spacing") in (
        "5px",
        "5px 5px",
    )
    assert value("<table cellspacing=10%><tr><td>a</table>", "table", "border-spacing") in (
        "10px",
        "10px 10px",
    )
    # An error leaves the user agent's 2px.
    assert value("<table cellspacing=-1><tr><td>a</table>", "table", "border-spacing") in (
        "2px",
        "2px 2px",
    )


def test_cellpadding_pads_every_cell_of_the_table():
    """HTML §15.3.8: cellpadding maps to the pixel length properties
    padding-top/right/bottom/left of the table's td and th elements, even
    cells without attributes of their own."""
    html = (
        "<table cellpadding=4><thead><tr><th>h</thead><tr><td>a<td>b</table>"
        "<table><tr><td>other</table>"
    )
    sides = ("padding-top", "padding-right", "padding-bottom", "padding-left")
    assert values(html, "th, td", *sides) == [["4px"] * 4] * 3 + [["1px"] * 4]


def test_cellpadding_zero_removes_the_default_padding():
    assert value("<table cellpadding=0><tr><td>a</table>", "td", "padding-left") == "0px"


def test_cellpadding_reaches_only_the_nearest_table():
    html = "<table cellpadding=6><tr><td><table><tr><td id=inner>x</table></table>"
    assert value(html, "#inner", "padding-top") == "1px"


def test_table_border_attribute():
    """HTML §15.3.8: table border maps to the pixel length properties
    border-*-width (1px when the value cannot be parsed) with outset style;
    its cells get a 1px inset border unless it is 0."""
    html = "<table border=3><tr><td>a</table>"
    assert values(html, "table", "border-top-width", "border-top-style") == [["3px", "outset"]]
    assert values(html, "td", "border-top-width", "border-top-style") == [["1px", "inset"]]
    html = "<table border><tr><td>a</table>"
    assert values(html, "table", "border-left-width") == [["1px"]]
    html = "<table border=0><tr><td>a</table>"
    assert values(html, "td", "border-top-style") == [["none"]]


def test_table_align():
    assert values("<table align=right><tr><td>a</table>", "table", "float") == [["right"]]
    assert values("<table align=center><tr><td>a</table>", "table", "margin-left") == [["auto"]]


def test_cell_valign_and_nowrap():
    html = "<table><tr valign=top><td>a<td valign=bottom nowrap>b</table>"
    assert values(html, "td", "vertical-align", "white-space") == [
        ["top", "normal"],
        ["bottom", "nowrap"],
    ]


# -- align (HTML §15.3.3, §15.4.3) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("align", "float_value", "vertical_align"),
    [
        # vertical-align does not apply to floats; browsers set top with them.
        ("left", "left", None),
        ("RIGHT", "right", None),
        ("top", "none", "top"),
        ("bottom", "none", "bottom"),
        ("baseline", "none", "baseline"),
        ("texttop", "none", "text-top"),
        ("absmiddle", "none", "middle"),
        ("abscenter", "none", "middle"),
        # "center" and "middle" align the middle with the parent's baseline,
        # for which middle is the nearest CSS value.
        ("middle", "none", "middle"),
        ("center", "none", "middle"),
        ("justify", "none", "baseline"),
    ],
)
def test_img_align(align, float_value, vertical_align):
    """HTML §15.4.3: align on embedded content floats it (left, right) or
    aligns it vertically."""
    [[computed_float, computed_vertical_align]] = values(
        f"<img align={align}>", "img", "float", "vertical-align"
    )
    assert computed_float == float_value
    if vertical_align is not None:
        assert computed_vertical_align == vertical_align


def test_align_on_image_buttons_only():
    html = "<input type=image align=left><input type=text align=left>"
    assert values(html, "input", "float") == [["left"], ["none"]]


@pytest.mark.parametrize(
    ("align", "expected"),
    [
        ("left", "left"),
        ("right", "right"),
        ("center", "center"),
        ("middle", "center"),
        ("justify", "justify"),
        ("bogus", "start"),
    ],
)
def test_block_align_maps_to_text_align(align, expected):
    """HTML §15.3.3: div, p and headings with align map it to text-align."""
    html = f"<div align={align}>a</div><p align={align}>b</p><h1 align={align}>c</h1>"
    assert values(html, "div, p, h1", "text-align") == [[expected]] * 3


def test_text_align_from_align_is_inherited():
    html = "<div align=center><p>x</p></div>"
    assert value(html, "p", "text-align") == "center"


# -- hidden (HTML §15.3.1) -----------------------------------------------------------------


def test_hidden_attribute():
    """HTML §15.3.1: [hidden]:not([hidden=until-found i]) { display: none },
    a user-agent rule that any author rule overrides."""
    html = (
        "<p hidden>a</p><div hidden=until-found>b</div><span hidden=HIDDEN>c</span>"
        "<section hidden style='display: flex'>d</section>"
    )
    assert values(html, "p, div, span, section", "display") == [
        ["none"],
        ["block"],
        ["none"],
        ["flex"],
    ]


# -- font (HTML §15.3.4) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "keyword"),
    [
        ("1", "x-small"),
        ("2", "small"),
        ("3", "medium"),
        ("4", "large"),
        ("5", "x-large"),
        ("6", "xx-large"),
        ("7", "xxx-large"),
        ("0", "x-small"),  # clamped to 1
        ("10", "xxx-large"),  # clamped to 7
        ("+1", "large"),  # relative to 3
        ("-2", "x-small"),
        ("+9", "xxx-large"),
        (" 5x", "x-large"),
    ],
)
def test_font_size_attribute(size, keyword):
    """HTML §15.3.4 rules for parsing a legacy font size, mapped to the
    font-size keywords."""
    html = f'<font size="{size}">a</font><span style="font-size: {keyword}">b</span>'
    font, span = values(html, "font, span", "font-size")
    assert font == span


@pytest.mark.parametrize("size", ["x", "", "+", "-x"])
def test_font_size_attribute_without_a_number_is_ignored(size):
    assert value(f'<font size="{size}">a</font>', "font", "font-size") == "16px"


def test_font_color_and_face():
    html = '<font color=green face="Ahem, serif">a</font>'
    assert values(html, "font", "color") == [["rgb(0, 128, 0)"]]
    assert "Ahem" in value(html, "font", "font-family")


# -- other mappings --------------------------------------------------------------------------


def test_hspace_and_vspace():
    html = "<img hspace=5 vspace=7>"
    assert values(html, "img", "margin-left", "margin-right", "margin-top", "margin-bottom") == [
        ["5px", "5px", "7px", "7px"]
    ]


def test_br_clear():
    assert values("<br clear=all><br clear=left>", "br", "clear") == [["both"], ["left"]]


def test_hints_only_for_html_elements():
    xhtml = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><img width="10"/>'
        '<x:img xmlns:x="http://example.com/x" width="10"/></body></html>'
    )
    document = Document.from_string(xhtml, xml=True)
    html_image, other = document.select("*|img")
    assert str(html_image.computed.width) == "10px"
    assert str(other.computed.width) == "auto"
    assert len(presentational_hints(other)) == 0
