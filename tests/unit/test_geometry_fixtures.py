"""The browser-recorded layout fixtures keep the JSON geometry dump contract.

``tests/web_platform/layout_fixtures/<name>.html`` are the project's own
layout fixtures; ``<name>.json`` is the geometry Chromium gave them, recorded
by ``utils/record_geometry.py`` in the JSON geometry dump format of DESIGN.md
(never edited by hand). Once layout exists, the web-platform tests compare
Colosseum's dump of each fixture with its recording by walking both trees in
step, so every recording must be a well-formed dump of exactly the fixture's
element tree. This module checks that without a browser and without layout:

- the format: top-level and per-element keys in the recorder's order, their
  types, the 800x600 viewport, the file's exact formatting;
- the paths: ``html``, ``body``, then ``tag[n]`` steps whose n counts
  same-tag siblings from 1, unique, consistent with ``tag`` and the siblings;
- the tree: the same elements, in the same order and nesting, with the same
  tags, ids and classes, as ``colosseum.html.Document.from_file`` parses from
  the fixture, left-out tags (``head``, ``script``, ...) absent; and
  ``"rendered": false`` exactly on the elements that generate no box
  (computed ``display`` ``none`` or ``contents``, or inside ``display: none``),
  with zero geometry;
- the numbers: finite, sizes not negative, and multiples of 1/64 px (Chromium
  lays out in LayoutUnits of 1/64 px, so a value that is not one was not
  recorded);
- the recording is current and untouched: ``fixture_sha256`` is the digest of
  the fixture as it is now (a fixture changed since it was recorded fails:
  record it again) and ``recording_sha256`` the digest of the recorded data
  (an edited number fails);
- the fixtures: one JSON file per HTML file and back, no scripts (the recorder
  injects its own), a file name ``<spec>-<section>-<slug>.html`` whose section
  the leading comment cites.

The last tests damage a recording in each of these ways and check that the
checks notice, so that they stay meaningful.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import math
import re
from pathlib import Path

import pytest

from colosseum.html import Document

FIXTURES = Path(__file__).resolve().parents[1] / "web_platform" / "layout_fixtures"
VIEWPORT = [800, 600]
TOP_LEVEL_KEYS = ["viewport", "root", "chromium", "fixture_sha256", "recording_sha256"]
ELEMENT_KEYS = ["path", "tag", "id", "class", "x", "y", "width", "height", "rendered", "children"]
GEOMETRY_KEYS = ("x", "y", "width", "height")
EXCLUDED_TAGS = frozenset("head script style link meta title base br wbr noscript template".split())
NO_BOX_DISPLAYS = frozenset(["none", "contents"])
LAYOUT_UNITS_PER_PX = 64
STEP = re.compile(r"([a-z][a-z0-9-]*)\[([1-9][0-9]*)\]\Z", re.IGNORECASE)
CHROMIUM_VERSION = re.compile(r"(Chromium|Chrome) \d+(\.\d+)+\Z")
FIXTURE_NAME = re.compile(r"(?P<spec>css21|css-[a-z]+-\d+)-(?P<section>\d+(?:\.\d+)*)-[a-z0-9-]+\Z")
LEADING_COMMENT = re.compile(r"\A\s*(?:<!DOCTYPE[^>]*>\s*)?<!--(.*?)-->", re.IGNORECASE | re.DOTALL)


# -- what a recording should be ----------------------------------------------------


def fixture_digest(data: bytes) -> str:
    """SHA-256 of a fixture's bytes with CRLF and CR read as LF (as the recorder)."""
    return hashlib.sha256(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")).hexdigest()


def recording_digest(recording: dict) -> str:
    """SHA-256 of viewport, root and fixture digest serialised compactly (as the recorder)."""
    part = {key: recording.get(key) for key in ("viewport", "root", "fixture_sha256")}
    text = json.dumps(part, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def formatted(recording: dict) -> str:
    """The recorder's formatting of a recording."""
    return json.dumps(recording, indent=1) + "\n"


def expected_tree(document: Document) -> dict:
    """The skeleton of the dump of ``document``: for each element that is not
    left out, its path, tag, id, class, whether it is rendered, and children."""

    def entry(element, path: str, hidden: bool) -> dict:
        display = str(element.computed.display)
        rendered = not hidden and display not in NO_BOX_DISPLAYS
        children = []
        counts: dict[str, int] = {}
        for child in element.elements:
            if child.tag in EXCLUDED_TAGS:
                continue
            counts[child.tag] = counts.get(child.tag, 0) + 1
            step = f"{child.tag}[{counts[child.tag]}]"
            if element is document.root:
                child_path = "body" if child.tag == "body" else f"html/{step}"
            else:
                child_path = f"{path}/{step}"
            children.append(entry(child, child_path, hidden or display == "none"))
        return {
            "path": path,
            "tag": element.tag,
            "id": element.attributes.get("id", ""),
            "class": element.attributes.get("class", ""),
            "rendered": rendered,
            "children": children,
        }

    return entry(document.root, "html", False)


def skeleton(entry: dict) -> dict:
    """A recorded element entry without its geometry, in expected_tree's form."""
    return {
        "path": entry.get("path"),
        "tag": entry.get("tag"),
        "id": entry.get("id"),
        "class": entry.get("class"),
        "rendered": entry.get("rendered", True),
        "children": [
            skeleton(child) if isinstance(child, dict) else {"path": repr(child)}
            for child in (entry.get("children") if isinstance(entry.get("children"), list) else [])
        ],
    }


def walk(entry: dict):
    """A recorded element entry and its descendants, in document order, with their parents."""
    stack = [(entry, None)]
    while stack:
        entry, parent = stack.pop()
        yield entry, parent
        children = entry.get("children")
        if isinstance(children, list):
            stack.extend((child, entry) for child in reversed(children) if isinstance(child, dict))


def is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def element_problems(entry: dict, parent: dict | None) -> list[str]:
    """What is wrong with one element entry on its own and beside its siblings."""
    where = entry.get("path", "<no path>")
    found = []
    expected_keys = [k for k in ELEMENT_KEYS if k != "rendered" or "rendered" in entry]
    if list(entry) != expected_keys:
        found.append(f"{where}: keys {list(entry)}, expected {expected_keys}")
    for key in ("path", "tag", "id", "class"):
        if not isinstance(entry.get(key), str):
            found.append(f"{where}: {key} is {entry.get(key)!r}, not a string")
    if not isinstance(entry.get("children"), list):
        found.append(f"{where}: children is {entry.get('children')!r}, not a list")
    if "rendered" in entry and entry["rendered"] is not False:
        found.append(f"{where}: rendered is {entry['rendered']!r}: only false is written")
    for key in GEOMETRY_KEYS:
        value = entry.get(key)
        if not is_number(value) or not math.isfinite(value):
            found.append(f"{where}: {key} is {value!r}, not a finite number")
        elif key in ("width", "height") and value < 0:
            found.append(f"{where}: {key} {value} is negative")
        elif not float(value * LAYOUT_UNITS_PER_PX).is_integer():
            found.append(f"{where}: {key} {value} is not a multiple of 1/64 px (a LayoutUnit)")
        elif entry.get("rendered", True) is False and value != 0:
            found.append(f"{where}: not rendered but {key} is {value}, not 0")
    tag = entry.get("tag")
    if tag in EXCLUDED_TAGS:
        found.append(f"{where}: a {tag} element, which the dump leaves out")
    if not isinstance(tag, str) or not isinstance(entry.get("path"), str):
        return found
    if parent is None:
        if (entry["path"], tag) != ("html", "html"):
            found.append(f"root: path {entry['path']!r} and tag {tag!r}, not html")
        return found
    siblings = [child for child in parent["children"] if isinstance(child, dict)]
    same_tag = [child for child in siblings if child.get("tag") == tag]
    n = next(i for i, child in enumerate(same_tag, 1) if child is entry)
    if parent.get("path") == "html":
        expected = "body" if tag == "body" else f"html/{tag}[{n}]"
    else:
        expected = f"{parent.get('path')}/{tag}[{n}]"
    if entry["path"] != expected:
        found.append(f"{where}: path should be {expected!r} (tag {tag}, sibling {n} of its tag)")
    last = entry["path"].rsplit("/", 1)[-1]
    if entry["path"] != "body" and not STEP.match(last):
        found.append(f"{where}: malformed last step {last!r}")
    return found


def problems(text: str, fixture: bytes, document: Document) -> list[str]:
    """Every way in which the JSON ``text`` is not the recording of ``fixture``
    (whose parsed document is ``document``) in the dump format."""
    try:
        recording = json.loads(text)
    except ValueError as error:
        return [f"not JSON: {error}"]
    if not isinstance(recording, dict):
        return ["not a JSON object"]
    found = []
    if list(recording) != TOP_LEVEL_KEYS:
        found.append(f"top-level keys {list(recording)}, expected {TOP_LEVEL_KEYS}")
    viewport = recording.get("viewport")
    if viewport != VIEWPORT or not all(type(v) is int for v in viewport):
        found.append(f"viewport is {viewport!r}, not {VIEWPORT}")
    if not CHROMIUM_VERSION.match(str(recording.get("chromium"))):
        found.append(f"chromium is {recording.get('chromium')!r}, not a Chromium version")
    if recording.get("fixture_sha256") != fixture_digest(fixture):
        found.append("fixture_sha256: the fixture changed since it was recorded; record it again")
    if recording.get("recording_sha256") != recording_digest(recording):
        found.append("recording_sha256: the recorded data was edited; record it again")
    if text != formatted(recording):
        found.append("not formatted as the recorder writes it (json.dumps(indent=1) + newline)")
    root = recording.get("root")
    if not isinstance(root, dict):
        return [*found, f"root is {root!r}, not an element"]
    paths = set()
    for entry, parent in walk(root):
        found += element_problems(entry, parent)
        if entry.get("path") in paths:
            found.append(f"{entry.get('path')}: path used twice")
        paths.add(entry.get("path"))
    expected = expected_tree(document)
    if skeleton(root) != expected:
        found += tree_differences(skeleton(root), expected)
    return found


def tree_differences(recorded: dict, expected: dict) -> list[str]:
    """Where a recorded skeleton and the document's differ, element by element."""
    where = expected["path"]
    found = [
        f"{where}: {key} is {recorded[key]!r} in the recording, {expected[key]!r} in the fixture"
        for key in ("path", "tag", "id", "class", "rendered")
        if recorded[key] != expected[key]
    ]
    ours = [child["path"] for child in recorded["children"]]
    theirs = [child["path"] for child in expected["children"]]
    if ours != theirs:
        found.append(f"{where}: children {ours} in the recording, {theirs} in the fixture")
    else:
        for a, b in zip(recorded["children"], expected["children"], strict=True):
            found += tree_differences(a, b)
    return found


# -- the fixtures -------------------------------------------------------------------

HTML_FIXTURES = sorted(FIXTURES.glob("*.html"))
JSON_FIXTURES = sorted(FIXTURES.glob("*.json"))


@functools.cache
def document(name: str) -> Document:
    return Document.from_file(FIXTURES / f"{name}.html")


def check(name: str) -> list[str]:
    text = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    return problems(text, (FIXTURES / f"{name}.html").read_bytes(), document(name))


def test_there_are_fixtures():
    assert HTML_FIXTURES, f"no fixtures in {FIXTURES}"


def test_every_fixture_is_recorded_and_every_recording_has_its_fixture():
    html = {path.stem for path in HTML_FIXTURES}
    recorded = {path.stem for path in JSON_FIXTURES}
    assert sorted(html - recorded) == [], "fixtures never recorded: run utils/record_geometry.py"
    assert sorted(recorded - html) == [], "recordings without a fixture"


@pytest.mark.parametrize("name", [path.stem for path in JSON_FIXTURES])
def test_recording_is_the_fixture_dump(name):
    assert (FIXTURES / f"{name}.html").exists(), f"{name}.json has no fixture"
    assert check(name) == []


@pytest.mark.parametrize("name", [path.stem for path in HTML_FIXTURES])
def test_fixture_has_no_scripts(name):
    for element in document(name).root.iter_elements():
        assert element.tag != "script", f"{name}: a script element"
        handlers = [a for a in element.attributes if str(a).lower().startswith("on")]
        assert handlers == [], f"{name}: {element!r} has event handler attributes"


@pytest.mark.parametrize("name", [path.stem for path in HTML_FIXTURES])
def test_fixture_names_and_cites_its_section(name):
    match = FIXTURE_NAME.match(name)
    assert match, f"{name}: not <spec>-<section>-<slug> (css21-8.3.1-sibling-margins-collapse)"
    spec = "CSS 2.1" if match["spec"] == "css21" else match["spec"]
    comment = LEADING_COMMENT.match((FIXTURES / f"{name}.html").read_text(encoding="utf-8"))
    assert comment, f"{name}: no leading <!-- ... --> comment citing its section"
    citation = f"{spec} §{match['section']}"
    assert re.search(re.escape(citation) + r"(?![\d.]*\d)", comment.group(1)), (
        f"{name}: the leading comment does not cite {citation}"
    )


# -- the checks notice a stale or edited recording -----------------------------------

# The fixture the damage tests start from: it has elements that are not rendered.
SUBJECT = "css21-10.6.3-auto-height-block-children"


def resign(recording: dict) -> dict:
    """The recording with its recording digest recomputed (a careful forger)."""
    recording["recording_sha256"] = recording_digest(recording)
    return recording


def find(recording: dict, path: str) -> dict:
    return next(entry for entry, _ in walk(recording["root"]) if entry["path"] == path)


def drop_rendered(recording):
    del find(recording, "body/div[1]/div[4]")["rendered"]


def move_hidden_element(recording):
    find(recording, "body/div[1]/div[4]")["x"] = 16


def renumber(recording):
    find(recording, "body/div[2]")["path"] = "body/div[3]"


def drop_element(recording):
    del find(recording, "body/div[1]")["children"][1]


def swap_children(recording):
    """Two siblings exchanged, their paths kept in place (so only their ids tell)."""
    children = find(recording, "body/div[1]")["children"]
    children[0], children[1] = children[1], children[0]
    children[0]["path"], children[1]["path"] = children[1]["path"], children[0]["path"]


def add_head(recording):
    head = copy.deepcopy(find(recording, "body/div[2]"))
    head.update(path="html/head[1]", tag="head", id="")
    recording["root"]["children"].insert(0, head)


def change_id(recording):
    find(recording, "body/div[2]")["id"] = "later"


def change_class(recording):
    find(recording, "body/div[1]/div[4]/div[1]")["class"] = "outer"


def not_a_layout_unit(recording):
    find(recording, "body/div[1]")["width"] = 308.3


def negative_height(recording):
    find(recording, "body/div[2]")["height"] = -10


def string_number(recording):
    find(recording, "body/div[2]")["y"] = "132"


def reorder_keys(recording):
    entry = find(recording, "body/div[2]")
    entry["tag"] = entry.pop("tag")


def add_rendered_true(recording):
    entry = find(recording, "body/div[2]")
    children = entry.pop("children")
    entry.update(rendered=True, children=children)


def viewport(recording):
    recording["viewport"] = [1024, 768]


DAMAGE = {
    # not re-signed: the recording digest alone catches these
    "a number edited": (lambda r: find(r, "body/div[2]").update(y=140), False, "recording_sha256"),
    # re-signed: the independent checks must catch them
    "rendered flag dropped": (drop_rendered, True, "rendered"),
    "geometry on an element without a box": (move_hidden_element, True, "not rendered"),
    "path renumbered": (renumber, True, "path should be"),
    "element dropped": (drop_element, True, "children"),
    "elements swapped": (swap_children, True, "id is 'second'"),
    "left-out element added": (add_head, True, "leaves out"),
    "id changed": (change_id, True, "id is 'later'"),
    "class changed": (change_class, True, "class is 'outer'"),
    "not a LayoutUnit": (not_a_layout_unit, True, "LayoutUnit"),
    "negative size": (negative_height, True, "negative"),
    "number as a string": (string_number, True, "not a finite number"),
    "keys reordered": (reorder_keys, True, "keys"),
    "rendered true written": (add_rendered_true, True, "only false"),
    "viewport": (viewport, True, "viewport"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_checks_notice_a_damaged_recording(damage):
    change, signed, message = DAMAGE[damage]
    recording = json.loads((FIXTURES / f"{SUBJECT}.json").read_text(encoding="utf-8"))
    change(recording)
    if signed:
        resign(recording)
    fixture = (FIXTURES / f"{SUBJECT}.html").read_bytes()
    found = problems(formatted(recording), fixture, document(SUBJECT))
    assert any(message in problem for problem in found), found


def test_checks_notice_a_changed_fixture():
    text = (FIXTURES / f"{SUBJECT}.json").read_text(encoding="utf-8")
    fixture = (FIXTURES / f"{SUBJECT}.html").read_bytes()
    assert problems(text, fixture, document(SUBJECT)) == []
    edited = fixture.replace(b"height: 40px", b"height: 41px")
    assert edited != fixture
    found = problems(text, edited, Document.from_string(edited))
    assert any("fixture changed" in problem for problem in found), found


def test_checks_notice_a_fixture_with_a_new_element():
    text = (FIXTURES / f"{SUBJECT}.json").read_text(encoding="utf-8")
    fixture = (FIXTURES / f"{SUBJECT}.html").read_bytes()
    edited = fixture.replace(b'<div id="after">', b'<p class="new"></p><div id="after">')
    assert edited != fixture
    found = problems(text, edited, Document.from_string(edited))
    assert any("body: children" in problem for problem in found), found


def test_checks_notice_reformatting():
    recording = json.loads((FIXTURES / f"{SUBJECT}.json").read_text(encoding="utf-8"))
    fixture = (FIXTURES / f"{SUBJECT}.html").read_bytes()
    found = problems(json.dumps(recording, indent=2), fixture, document(SUBJECT))
    assert any("formatted" in problem for problem in found), found


def test_expected_tree_follows_the_path_rules():
    """The document side on a page exercising every rule: left-out tags with
    their subtrees, sibling numbering per tag, display none and contents."""
    page = """<!DOCTYPE html><title>t</title><style>.c { display: contents }</style>
    <body><div id="a" class="x  y"><p></p><br><p style="display: none"><span></span></p></div>
    <template><div></div></template><noscript><div></div></noscript>
    <section class="c"><div></div></section><div></div></body>"""
    tree = expected_tree(Document.from_string(page))

    def flat(entry):
        yield entry["path"], entry["tag"], entry["id"], entry["class"], entry["rendered"]
        for child in entry["children"]:
            yield from flat(child)

    assert list(flat(tree)) == [
        ("html", "html", "", "", True),
        ("body", "body", "", "", True),
        ("body/div[1]", "div", "a", "x  y", True),
        ("body/div[1]/p[1]", "p", "", "", True),
        ("body/div[1]/p[2]", "p", "", "", False),
        ("body/div[1]/p[2]/span[1]", "span", "", "", False),
        ("body/section[1]", "section", "", "c", False),
        ("body/section[1]/div[1]", "div", "", "", True),
        ("body/div[2]", "div", "", "", True),
    ]
