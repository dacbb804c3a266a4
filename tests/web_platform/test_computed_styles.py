"""Computed styles against Chromium's ``getComputedStyle``.

The fixtures in ``computed_styles/`` are the project's own HTML pages; their
``.json`` files hold what Chromium reported for every element with an id at
an 800x600 viewport (recorded by ``utils/record_computed_styles.py``, never
edited by hand). Each test styles one fixture with Colosseum (no layout) and
compares one element's computed values with Chromium's, property by property.

``getComputedStyle`` returns CSSOM *resolved values*, which are not always
computed values, and Chromium prints some values in its own way. The
function :func:`normalise` reconciles exactly those differences, each with
the rule that makes it one; anything else that differs is a mismatch.

Known mismatches are listed in ``expectations/computed_styles.txt``, one
``fixture#id property  reason`` per line. A listed mismatch that no longer
happens fails its test too, so that the list stays true.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from colosseum.html import Document
from colosseum.style.values import Color, Length, Number

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "computed_styles"
EXPECTATIONS = HERE / "expectations" / "computed_styles.txt"

# CSSOM §9 "resolved value": for these properties, on an element that has a
# box, getComputedStyle returns the *used* value, which needs layout. (Chromium
# returns the computed value for margins and padding that are lengths, and for
# the offsets of statically positioned boxes.)
USED_VALUE_PROPERTIES = frozenset(
    ["width", "height", "top", "right", "bottom", "left"]
    + [
        f"{box}-{side}"
        for box in ("margin", "padding")
        for side in ("top", "right", "bottom", "left")
    ]
)
COLOR_PROPERTIES = frozenset(
    ["color", "background-color"]
    + [f"border-{side}-color" for side in ("top", "right", "bottom", "left")]
)
# Chromium lays out in LayoutUnits of 1/64 px: a used length can differ from
# the computed one by that much.
LAYOUT_UNIT = 1 / 64
# Chromium keeps lengths and numbers as 32-bit floats and prints at most six
# significant digits (13.3333px); ours are doubles printed in full.
RELATIVE_TOLERANCE = 1e-5
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def load_fixtures() -> dict[str, dict]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(FIXTURES.glob("*.json"))
    }


RECORDED = load_fixtures()
CASES = [
    (fixture, element_id) for fixture, data in RECORDED.items() for element_id in data["elements"]
]


def load_expectations() -> dict[tuple[str, str], str]:
    """``{("fixture#id", property): reason}`` from the expectations file."""
    expected = {}
    for number, line in enumerate(EXPECTATIONS.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 3 or "#" not in parts[0]:
            raise ValueError(
                f"{EXPECTATIONS.name}:{number}: expected 'fixture#id property  reason'"
            )
        expected[parts[0], parts[1]] = parts[2]
    return expected


EXPECTED_MISMATCHES = load_expectations()


@functools.cache
def styled_document(fixture: str) -> Document:
    width, height = RECORDED[fixture]["viewport"]
    document = Document.from_file(FIXTURES / f"{fixture}.html")
    document.style(width, height)
    return document


def find_element(document: Document, element_id: str):
    for element in document.elements():
        if element.attributes.get("id") == element_id:
            return element
    raise LookupError(f"no element with id {element_id!r}")


def is_rendered(element) -> bool:
    """Whether the element has a box: neither it nor an ancestor is
    ``display: none``, and it is not ``display: contents``."""
    if element.computed["display"].is_contents:
        return False
    node = element
    while node is not None and getattr(node, "computed", None) is not None:
        if node.computed["display"].is_none:
            return False
        node = node.parent
    return True


def numbers_match(expected: str, actual: str, absolute: float = 0.0) -> bool:
    """Equal text, and numbers equal within Chromium's precision (and
    ``absolute`` px for used values)."""
    if _NUMBER.sub("#", expected) != _NUMBER.sub("#", actual):
        return False
    for a, b in zip(_NUMBER.findall(expected), _NUMBER.findall(actual), strict=True):
        a, b = float(a), float(b)
        if abs(a - b) > max(absolute, RELATIVE_TOLERANCE * max(abs(a), abs(b))):
            return False
    return True


def _color_text(color: Color) -> str:
    # css-color-4 §15.2 leaves the precision of serialized sRGB channels to
    # the implementation; Chromium stores 8-bit channels. Rounding ours to
    # whole numbers (halves up, as §15.2 asks) only drops digits Chromium
    # cannot hold.
    channels = ", ".join(str(int(c + 0.5)) for c in (color.red, color.green, color.blue))
    if color.alpha == 1:
        return f"rgb({channels})"
    return f"rgba({channels}, {color.alpha:g})"


def _unquoted_families(text: str) -> str:
    # CSSOM serializes a family name as a string (quoted) when it is not a
    # single identifier; Colosseum prints the same name unquoted. The names
    # compared are the same either way.
    return ", ".join(part.strip().strip('"') for part in text.split(","))


def normalise(name: str, recorded: str, element) -> tuple[str, str, float] | None:
    """``(expected, actual, absolute tolerance)`` to compare for one property,
    or None when Chromium's value is a used value that needs layout."""
    computed = element.computed
    value = computed[name]
    actual = str(value)
    expected = recorded
    tolerance = 0.0
    if name in USED_VALUE_PROPERTIES and is_rendered(element):
        # CSSOM resolved value = used value here. Only a computed length is
        # comparable (it is also the used value unless min/max sizes or
        # over-constraint change it, which the fixtures avoid); auto,
        # percentages and calc() with percentages need layout.
        if not (isinstance(value, Length) and value.unit == "px"):
            return None
        tolerance = LAYOUT_UNIT
    elif name == "line-height" and isinstance(value, Number):
        # CSSOM §9: the resolved value of line-height is its used value
        # ("normal" stays "normal"): a number times the element's font size.
        actual = f"{float(value) * computed.font_size_px}px"
    elif name in ("min-width", "min-height") and actual == "auto":
        # css-sizing-3 §4.5 (automatic minimum size): "for backwards-
        # compatibility, the resolved value of this keyword is zero for boxes
        # of all CSS2 display types [...] It also resolves to zero when no box
        # is generated"; it stays auto for flex and grid items.
        parent = computed.box_parent_display
        flex_or_grid_item = parent is not None and parent.inner in ("flex", "grid")
        if not (flex_or_grid_item and is_rendered(element)):
            actual = "0px"
    elif name in COLOR_PROPERTIES:
        # CSSOM §9: the resolved value of a color property is its used value,
        # so currentcolor is the element's color.
        if actual == "currentcolor":
            value = computed["color"]
        if isinstance(value, Color):
            actual = _color_text(value)
    elif name == "font-family":
        expected, actual = _unquoted_families(recorded), _unquoted_families(actual)
        # Chromium's initial font-family is its "standard font" preference,
        # which headless Linux names Times New Roman; Colosseum's initial
        # value is the generic family that preference stands for.
        if expected == "Times New Roman" and actual == "serif":
            expected = "serif"
    return expected, actual, tolerance


def compare(fixture: str, element_id: str) -> tuple[dict[str, str], int]:
    """The mismatching properties of one element (``{name: message}``) and
    how many properties were compared."""
    element = find_element(styled_document(fixture), element_id)
    mismatches, compared = {}, 0
    for name, recorded in RECORDED[fixture]["elements"][element_id].items():
        pair = normalise(name, recorded, element)
        if pair is None:
            continue
        compared += 1
        expected, actual, tolerance = pair
        if not numbers_match(expected, actual, tolerance):
            mismatches[name] = (
                f"{name}: Chromium {recorded!r}, Colosseum {str(element.computed[name])!r}"
            )
    return mismatches, compared


@pytest.mark.parametrize(("fixture", "element_id"), CASES, ids=[f"{f}#{i}" for f, i in CASES])
def test_computed_style_matches_chromium(fixture, element_id):
    mismatches, compared = compare(fixture, element_id)
    assert compared > 0
    key = f"{fixture}#{element_id}"
    listed = {name for (case, name) in EXPECTED_MISMATCHES if case == key}
    unexpected = sorted(set(mismatches) - listed)
    fixed = sorted(listed - set(mismatches))
    messages = [mismatches[name] for name in unexpected]
    messages += [
        f"{name}: listed in {EXPECTATIONS.name} but matches now; remove the line" for name in fixed
    ]
    assert not messages, f"{key}:\n  " + "\n  ".join(messages)


def test_expectations_name_recorded_elements_and_properties():
    """Every line of the expectations file names a recorded element and property."""
    stale = []
    for case, name in EXPECTED_MISMATCHES:
        fixture, _, element_id = case.partition("#")
        data = RECORDED.get(fixture)
        if data is None or element_id not in data["elements"] or name not in data["properties"]:
            stale.append(f"{case} {name}")
    assert not stale, f"{EXPECTATIONS.name} names nothing recorded: {stale}"


def test_fixtures_are_recorded_and_cover_enough():
    """Every fixture has its recording; together they check at least 50 elements."""
    pages = sorted(path.stem for path in FIXTURES.glob("*.html"))
    assert pages == sorted(RECORDED), "record the fixtures with utils/record_computed_styles.py"
    for fixture, data in RECORDED.items():
        assert data["viewport"] == [800, 600], fixture
        assert data["elements"], fixture
    assert len(CASES) >= 50


def test_fixtures_style_without_warnings_except_on_purpose():
    """The fixtures hold no CSS errors except cascade.html's deliberately
    invalid declarations (which must be reported)."""
    for fixture in RECORDED:
        warnings = styled_document(fixture).warnings
        if fixture == "cascade":
            assert len(warnings) == 5, warnings
        else:
            assert not warnings, (fixture, warnings)
