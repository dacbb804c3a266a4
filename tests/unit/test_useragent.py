"""The HTML user-agent stylesheet (colosseum.html.useragent, ua.css).

Every rule must parse with the style model and cssselect2; the spot checks
compare declared values with the HTML Standard's Rendering section (§15),
through a small cascade (specificity, order, importance) over a parsed page.
"""

import tomllib
from pathlib import Path

import cssselect2
import html5lib
import pytest
import tinycss2

from colosseum.html.media import MediaContext, parse_media_query_list
from colosseum.html.useragent import UA_STYLESHEET
from colosseum.style import PROPERTIES, parse_declarations


def top_level_rules():
    return tinycss2.parse_stylesheet(UA_STYLESHEET, skip_comments=True, skip_whitespace=True)


def style_rules(context=None):
    """(qualified rule, media queries or None) for every style rule, those in
    @media blocks included (only those matching ``context``, if given)."""
    for rule in top_level_rules():
        if rule.type == "qualified-rule":
            yield rule, None
        elif rule.type == "at-rule" and rule.lower_at_keyword == "media":
            queries = parse_media_query_list(rule.prelude)
            if context is not None and not queries.matches(context):
                continue
            nested = tinycss2.parse_rule_list(
                rule.content, skip_comments=True, skip_whitespace=True
            )
            for child in nested:
                yield child, queries


def test_stylesheet_is_loaded_from_the_package():
    assert isinstance(UA_STYLESHEET, str)
    assert "HTML §15.3.1 Hidden elements" in UA_STYLESHEET


def test_stylesheet_is_package_data():
    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip("not run from a source checkout")
    config = tomllib.loads(pyproject.read_text())
    assert "html/*.css" in config["tool"]["setuptools"]["package-data"]["colosseum"]


def test_every_rule_parses():
    rules = top_level_rules()
    assert rules
    for rule in rules:
        assert rule.type in ("qualified-rule", "at-rule"), rule
        if rule.type == "at-rule":
            # @namespace scopes the sheet to HTML elements; otherwise only
            # @media, whose queries parse cleanly.
            if rule.lower_at_keyword == "namespace":
                assert tinycss2.serialize(rule.prelude).strip() == (
                    "url(http://www.w3.org/1999/xhtml)"
                )
                continue
            assert rule.lower_at_keyword == "media"
            assert parse_media_query_list(rule.prelude).errors == []
    count = 0
    for rule, _ in style_rules():
        assert rule.type == "qualified-rule", rule
        selector = tinycss2.serialize(rule.prelude).strip()
        compiled = cssselect2.compile_selector_list(rule.prelude)
        assert compiled, selector
        style, errors = parse_declarations(tinycss2.serialize(rule.content))
        assert errors == [], f"{selector}: {errors}"
        assert len(style) > 0, selector
        count += 1
    assert count > 60


# -- a small cascade for spot checks ----------------------------------------------------------


PAGE = """<!DOCTYPE html>
<html><head><title>t</title><style>p {}</style><script></script><link rel=x><meta charset=utf-8>
</head><body>
<p id=p>para</p>
<div id=hidden hidden>x</div><div id=until hidden=until-found>x</div><embed id=embed hidden>
<template id=template></template><noscript id=noscript>x</noscript>
<blockquote id=blockquote>q</blockquote><figure id=figure></figure><address id=address></address>
<pre id=pre></pre><listing id=listing></listing><xmp id=xmp></xmp>
<h1 id=h1></h1><h2 id=h2></h2><h3 id=h3></h3><h4 id=h4></h4><h5 id=h5></h5><h6 id=h6></h6>
<section id=section><h1 id=section-h1></h1></section>
<ul id=ul><li id=li>
  <ul id=ul-ul><li><ul id=ul-ul-ul><li><ul id=ul-ul-ul-ul></ul></ul></ul>
  <ol id=ul-ol><li><ul id=ul-ol-ul></ul></ol></ul>
<ol id=ol><li><ol id=ol-ol></ol></ol>
<dl id=dl><dt id=dt></dt><dd id=dd></dd></dl><menu id=menu></menu>
<table id=table><caption id=caption></caption><colgroup id=colgroup><col id=col></colgroup>
<thead id=thead><tr><th id=th></th></tr></thead><tbody id=tbody><tr id=tr><td id=td></td></tr>
<tr id=hidden-tr hidden></tr></tbody><tfoot id=tfoot></tfoot></table>
<b id=b></b><strong id=strong></strong><i id=i></i><em id=em></em><cite id=cite></cite>
<var id=var></var><dfn id=dfn></dfn><small id=small></small><big id=big></big>
<sub id=sub></sub><sup id=sup></sup><code id=code></code><kbd id=kbd></kbd><tt id=tt></tt>
<mark id=mark></mark><q id=q></q><a id=a-link href=x></a><a id=anchor></a>
<center id=center></center>
<hr id=hr><fieldset id=fieldset><legend id=legend></legend></fieldset><iframe id=iframe></iframe>
<img id=img><video id=video></video><canvas id=canvas></canvas><span id=span></span>
<input id=input><input id=hidden-input type=HIDDEN><button id=button></button>
<select id=select></select><textarea id=textarea></textarea>
<details id=details><summary id=summary></summary><p id=details-p></p></details>
<details open><summary id=open-summary></summary><p id=open-details-p></p></details>
<dialog id=dialog></dialog><dialog id=open-dialog open></dialog>
<main id=main></main><article id=article></article><nav id=nav></nav><aside id=aside></aside>
<header id=header></header><footer id=footer></footer><search id=search></search>
<ruby id=ruby><rp id=rp></rp><rt id=rt></rt></ruby><bdo id=bdo dir=rtl></bdo>
<p id=rtl dir=RTL></p><audio id=audio></audio><audio id=audio-controls controls></audio>
<pre id=auto-pre dir=AUTO></pre><textarea id=auto-textarea dir=auto></textarea>
<div id=auto-div dir=auto></div><input id=auto-search type=Search dir=auto>
<input id=auto-input dir=auto><input id=auto-number type=number dir=auto>
</body></html>"""


@pytest.fixture(scope="module")
def cascade():
    """Declared values per element id (and ``id::before`` for pseudo-elements)."""
    matcher = cssselect2.Matcher()
    for order, (rule, _) in enumerate(style_rules(MediaContext(800, 600))):
        style, _ = parse_declarations(tinycss2.serialize(rule.content))
        for selector in cssselect2.compile_selector_list(rule.prelude):
            matcher.add_selector(selector, (order, style))
    root = html5lib.parse(PAGE, treebuilder="etree", namespaceHTMLElements=False)
    results = {}
    for element in cssselect2.ElementWrapper.from_html_root(root).iter_subtree():
        key = element.id or element.local_name
        by_pseudo = {}
        for specificity, order, pseudo, (_, style) in matcher.match(element):
            by_pseudo.setdefault(pseudo, []).append((specificity, order, style))
        for pseudo, matches in by_pseudo.items():
            declared, weights = {}, {}
            for specificity, order, style in sorted(matches, key=lambda m: (m[0], m[1])):
                for name, value in style.items():
                    weight = (style.is_important(name), specificity, order)
                    if name not in weights or weight >= weights[name]:
                        declared[name], weights[name] = str(value), weight
            results[key if pseudo is None else f"{key}::{pseudo}"] = declared
    return results


def declared(cascade, key, name):
    return cascade.get(key, {}).get(name)


def display(cascade, key):
    return declared(cascade, key, "display") or str(PROPERTIES["display"].initial)


# §15.3.1 Hidden elements
@pytest.mark.parametrize("key", ["head", "title", "style", "script", "link", "meta", "template"])
def test_hidden_elements(cascade, key):
    assert display(cascade, key) == "none"


def test_hidden_attribute(cascade):
    assert display(cascade, "hidden") == "none"
    assert display(cascade, "until") == "block"  # hidden=until-found keeps its box
    assert display(cascade, "embed") == "inline"
    assert declared(cascade, "embed", "width") == "0px"
    assert display(cascade, "hidden-input") == "none"
    assert display(cascade, "rp") == "none"


def test_noscript_is_rendered_without_scripting(cascade):
    assert display(cascade, "noscript") == "inline"
    scripted = MediaContext(800, 600, scripting="enabled")
    selectors = [tinycss2.serialize(rule.prelude).strip() for rule, _ in style_rules(scripted)]
    assert "noscript" in selectors


# §15.3.2 The page
def test_page(cascade):
    assert display(cascade, "html") == "block"
    assert display(cascade, "body") == "block"
    for side in ("top", "right", "bottom", "left"):
        assert declared(cascade, "body", f"margin-{side}") == "8px"


# §15.3.3 Flow content
@pytest.mark.parametrize(
    "key",
    [
        *("p", "blockquote", "figure", "address", "pre", "listing", "xmp", "center", "main"),
        *("article", "nav", "aside", "header", "footer", "search", "section", "fieldset"),
        *("legend", "dl", "dt", "dd", "menu", "ul", "ol", "open-dialog", "hr", "details"),
        "open-details-p",
    ],
)
def test_block_elements(cascade, key):
    assert display(cascade, key) == "block"


def test_paragraph_and_quote_margins(cascade):
    for key in ("p", "blockquote", "figure", "pre", "listing", "xmp"):
        assert declared(cascade, key, "margin-top") == "1em", key
        assert declared(cascade, key, "margin-bottom") == "1em", key
    for key in ("blockquote", "figure"):
        assert declared(cascade, key, "margin-left") == "40px"
        assert declared(cascade, key, "margin-right") == "40px"
    assert declared(cascade, "p", "margin-left") is None


def test_preformatted_text(cascade):
    for key in ("pre", "listing", "xmp"):
        assert declared(cascade, key, "white-space") == "pre"
        assert declared(cascade, key, "font-family") == "monospace"


def test_dialog(cascade):
    assert display(cascade, "dialog") == "none"
    assert declared(cascade, "open-dialog", "position") == "absolute"


# §15.3.4 Phrasing content
@pytest.mark.parametrize(
    ("key", "name", "value"),
    [
        ("b", "font-weight", "bolder"),
        ("strong", "font-weight", "bolder"),
        ("i", "font-style", "italic"),
        ("em", "font-style", "italic"),
        ("cite", "font-style", "italic"),
        ("var", "font-style", "italic"),
        ("dfn", "font-style", "italic"),
        ("address", "font-style", "italic"),
        ("small", "font-size", "smaller"),
        ("big", "font-size", "larger"),
        ("sub", "vertical-align", "sub"),
        ("sup", "vertical-align", "super"),
        ("sub", "font-size", "smaller"),
        ("sup", "line-height", "normal"),
        ("code", "font-family", "monospace"),
        ("kbd", "font-family", "monospace"),
        ("tt", "font-family", "monospace"),
        ("mark", "background-color", "rgb(255, 255, 0)"),
        ("mark", "color", "rgb(0, 0, 0)"),
        ("a-link", "color", "rgb(0, 0, 238)"),
        ("center", "text-align", "center"),
        ("ruby", "display", "ruby"),
        ("rt", "display", "ruby-text"),
        ("bdo", "unicode-bidi", "isolate-override"),
        ("rtl", "direction", "rtl"),
        ("p", "unicode-bidi", "isolate"),
    ],
)
def test_phrasing_content(cascade, key, name, value):
    assert declared(cascade, key, name) == value


# §15.3.5 Bidirectional text: dir=auto is plaintext where each line of text
# (each bidi paragraph) may go its own way, isolate elsewhere.
@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("auto-pre", "plaintext"),
        ("auto-textarea", "plaintext"),
        ("auto-search", "plaintext"),
        ("auto-input", "plaintext"),  # the Text state, from the Standard's prose
        ("auto-number", "isolate"),
        ("auto-div", "isolate"),
    ],
)
def test_dir_auto_unicode_bidi(cascade, key, value):
    assert declared(cascade, key, "unicode-bidi") == value


def test_links_without_href_are_not_coloured(cascade):
    assert declared(cascade, "anchor", "color") is None


def test_quotes(cascade):
    assert declared(cascade, "q::before", "content") == "open-quote"
    assert declared(cascade, "q::after", "content") == "close-quote"


# §15.3.6 Sections and headings
@pytest.mark.parametrize(
    ("key", "size", "margin"),
    [
        ("h1", "2em", "0.67em"),
        ("h2", "1.5em", "0.83em"),
        ("h3", "1.17em", "1em"),
        ("h4", "1em", "1.33em"),
        ("h5", "0.83em", "1.67em"),
        ("h6", "0.67em", "2.33em"),
        ("section-h1", "2em", "0.67em"),
    ],
)
def test_headings(cascade, key, size, margin):
    assert display(cascade, key) == "block"
    assert declared(cascade, key, "font-size") == size
    assert declared(cascade, key, "margin-top") == margin
    assert declared(cascade, key, "margin-bottom") == margin
    assert declared(cascade, key, "font-weight") == "bold"


# §15.3.7 Lists
@pytest.mark.parametrize(
    ("key", "marker", "margin"),
    [
        ("ul", "disc", "1em"),
        ("menu", "disc", "1em"),
        ("ol", "decimal", "1em"),
        ("ul-ul", "circle", "0px"),
        ("ul-ol", "decimal", "0px"),
        ("ol-ol", "decimal", "0px"),
        ("ul-ol-ul", "square", "0px"),
        ("ul-ul-ul", "square", "0px"),
        ("ul-ul-ul-ul", "square", "0px"),
    ],
)
def test_lists(cascade, key, marker, margin):
    assert declared(cascade, key, "list-style-type") == marker
    assert declared(cascade, key, "margin-top") == margin
    assert declared(cascade, key, "margin-bottom") == margin
    assert declared(cascade, key, "padding-left") == "40px"


def test_list_items_and_definitions(cascade):
    assert display(cascade, "li") == "list-item"
    assert declared(cascade, "dd", "margin-left") == "40px"
    assert declared(cascade, "dl", "margin-top") == "1em"
    assert declared(cascade, "dl", "padding-left") is None


# §15.3.8 Tables
@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("table", "table"),
        ("caption", "table-caption"),
        ("colgroup", "table-column-group"),
        ("col", "table-column"),
        ("thead", "table-header-group"),
        ("tbody", "table-row-group"),
        ("tfoot", "table-footer-group"),
        ("tr", "table-row"),
        ("td", "table-cell"),
        ("th", "table-cell"),
    ],
)
def test_table_display(cascade, key, value):
    assert display(cascade, key) == value


def test_table_values(cascade):
    assert declared(cascade, "table", "border-spacing") in ("2px", "2px 2px")
    assert declared(cascade, "table", "border-collapse") == "separate"
    assert declared(cascade, "table", "box-sizing") == "border-box"
    for side in ("top", "right", "bottom", "left"):
        assert declared(cascade, "td", f"padding-{side}") == "1px"
        assert declared(cascade, "th", f"padding-{side}") == "1px"
    assert declared(cascade, "th", "font-weight") == "bold"
    assert declared(cascade, "th", "text-align") == "center"
    assert declared(cascade, "caption", "text-align") == "center"
    assert declared(cascade, "tbody", "vertical-align") == "middle"
    assert declared(cascade, "td", "vertical-align") == "inherit"


# §15.3.10 Form controls, §15.5 Widgets
def test_form_controls(cascade):
    for key in ("input", "button", "select", "textarea"):
        assert display(cascade, key) == "inline-block"
    assert declared(cascade, "button", "text-align") == "center"
    assert declared(cascade, "button", "box-sizing") == "border-box"
    assert declared(cascade, "textarea", "white-space") == "pre-wrap"


def test_details_and_summary(cascade):
    assert display(cascade, "summary") == "list-item"
    assert declared(cascade, "summary", "list-style-type") == "disclosure-closed"
    assert declared(cascade, "summary", "list-style-position") == "inside"
    assert declared(cascade, "open-summary", "list-style-type") == "disclosure-open"
    assert display(cascade, "details-p") == "none"
    assert display(cascade, "open-details-p") == "block"


# §15.3.11 The hr element
def test_hr(cascade):
    assert declared(cascade, "hr", "color") == "rgb(128, 128, 128)"
    for side in ("top", "right", "bottom", "left"):
        assert declared(cascade, "hr", f"border-{side}-style") == "inset"
        assert declared(cascade, "hr", f"border-{side}-width") == "1px"
    assert declared(cascade, "hr", "margin-top") == "0.5em"
    assert declared(cascade, "hr", "margin-left") == "auto"
    assert declared(cascade, "hr", "margin-right") == "auto"


# §15.3.12 The fieldset and legend elements
def test_fieldset_and_legend(cascade):
    assert declared(cascade, "fieldset", "margin-left") == "2px"
    assert declared(cascade, "fieldset", "margin-top") is None
    assert declared(cascade, "fieldset", "padding-top") == "0.35em"
    assert declared(cascade, "fieldset", "padding-right") == "0.75em"
    assert declared(cascade, "fieldset", "padding-bottom") == "0.625em"
    assert declared(cascade, "fieldset", "border-top-style") == "groove"
    assert declared(cascade, "fieldset", "border-top-width") == "2px"
    assert declared(cascade, "legend", "padding-left") == "2px"


# §15.4 Replaced elements
def test_embedded_content(cascade):
    for key in ("img", "video", "canvas", "span"):
        assert display(cascade, key) == "inline"
    assert declared(cascade, "iframe", "border-top-style") == "inset"
    assert declared(cascade, "iframe", "border-top-width") == "2px"
    assert display(cascade, "audio") == "none"
    assert display(cascade, "audio-controls") == "inline"
