"""Layout geometry against Chromium's, for the browser-recorded layout fixtures.

The fixtures in ``layout_fixtures/`` are the project's own HTML pages, each
about one paragraph of a specification; their ``.json`` files hold the
geometry Chromium gave every element at an 800x600 viewport, in the JSON
geometry dump format of DESIGN.md (recorded by ``utils/record_geometry.py``,
never edited by hand; ``tests/unit/test_geometry_fixtures.py`` checks that
they are well formed and current). Each test lays out one fixture with
Colosseum (``Document.from_file``, ``layout(800, 600)``) and compares
``Document.geometry()`` with the recording element by element: the same
paths in the same order, the same ``rendered`` flag, and ``x``, ``y``,
``width``, ``height`` within :data:`TOLERANCE` px. The keys ``chromium``,
``fixture_sha256`` and ``recording_sha256`` only describe the recording and
are not compared.

Known failures are listed in ``expectations/layout_fixtures.txt``, one
``<fixture stem>: <reason>`` per line (``#`` starts a comment line). A listed
fixture that fails is an expected failure; a listed fixture that passes fails
the run ("unexpected pass"), and so does a listed name that is no fixture,
so that the list stays true. ``utils/update_layout_expectations.py`` rewrites
the list from a run of :func:`compare` over every fixture.

A layout that raises (or runs longer than :data:`TIME_LIMIT` seconds) is a
failure of its fixture like a wrong number, never an error that stops the
run.
"""

from __future__ import annotations

import json
import math
import signal
import threading
import traceback
from contextlib import contextmanager
from pathlib import Path

import pytest

from colosseum.html import Document

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "layout_fixtures"
EXPECTATIONS = HERE / "expectations" / "layout_fixtures.txt"
VIEWPORT = (800, 600)
GEOMETRY_KEYS = ("x", "y", "width", "height")
# Chromium lays out in LayoutUnits of 1/64 px (0.016 px): a tolerance of
# 0.01 px accepts float rounding but no difference of a whole LayoutUnit.
TOLERANCE = 0.01
# A layout of one fixture takes milliseconds; one that takes this long loops.
TIME_LIMIT = 20
# Differences shown in a failure message.
SHOWN = 8


def fixture_stems() -> list[str]:
    """Every fixture's file stem (``css21-8.3.1-parent-first-child``), sorted;
    hidden files (the recorder's temporary ``.recording-*`` copies) are no
    fixtures."""
    return sorted(path.stem for path in FIXTURES.glob("*.html") if not path.name.startswith("."))


# -- the expectations file ---------------------------------------------------------


class ExpectationsError(ValueError):
    """A malformed expectations file."""


def parse_expectations(text: str, name: str = EXPECTATIONS.name) -> dict[str, str]:
    """``{fixture stem: reason}`` from the text of an expectations file:
    ``stem: reason`` lines, blank lines and ``#`` comment lines."""
    expected: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        stem, colon, reason = line.partition(":")
        stem, reason = stem.strip(), reason.strip()
        if not colon or not stem or " " in stem or not reason:
            raise ExpectationsError(f"{name}:{number}: expected '<fixture stem>: <reason>'")
        if stem in expected:
            raise ExpectationsError(f"{name}:{number}: {stem} is listed twice")
        expected[stem] = reason
    return expected


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    """The expectations file's entries (none when the file does not exist)."""
    if not path.exists():
        return {}
    return parse_expectations(path.read_text(encoding="utf-8"), path.name)


# -- the comparison ------------------------------------------------------------------


def number(value: float) -> str:
    """A coordinate as a short text: ``18``, ``10.5``, ``33.3333``."""
    if isinstance(value, (int, float)) and math.isfinite(value):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return repr(value)


def element_differences(ours: dict, chromium: dict) -> list[str]:
    """The differences between the dumps of two elements and their
    descendants, in document order: ``"<path> <key>: <ours> != <Chromium's>
    (Chromium)"``. Children are compared only while their paths agree."""
    found = []
    stack = [(ours, chromium)]
    while stack:
        mine, theirs = stack.pop()
        path = theirs.get("path", "?")
        if mine.get("path") != path:
            found.append(f"{path} path: {mine.get('path')} != {path} (Chromium)")
            continue
        rendered = mine.get("rendered", True), theirs.get("rendered", True)
        if rendered[0] != rendered[1]:
            found.append(f"{path} rendered: {rendered[0]} != {rendered[1]} (Chromium)")
        elif rendered[1]:
            for key in GEOMETRY_KEYS:
                a, b = mine.get(key), theirs.get(key)
                if not (isinstance(a, (int, float)) and abs(a - b) <= TOLERANCE):
                    found.append(f"{path} {key}: {number(a)} != {number(b)} (Chromium)")
        children = mine.get("children", []), theirs.get("children", [])
        paths = [c.get("path") for c in children[0]], [c.get("path") for c in children[1]]
        if paths[0] != paths[1]:
            found.append(f"{path} children: {paths[0]} != {paths[1]} (Chromium)")
            continue
        stack.extend(reversed(list(zip(*children, strict=True))))
    return found


class LayoutTimeout(Exception):
    """The layout of a fixture took longer than TIME_LIMIT seconds."""


@contextmanager
def time_limit(seconds: float):
    """Raise LayoutTimeout in the block after ``seconds`` (main thread on
    POSIX only; elsewhere no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise LayoutTimeout(f"layout took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def crash_message(error: BaseException) -> str:
    """``crash: <Type>: <message> (<file>:<line> in <function>)`` naming the
    innermost frame of the traceback."""
    text = str(error).strip().splitlines()
    where = ""
    frames = traceback.extract_tb(error.__traceback__)
    if frames:
        frame = frames[-1]
        where = f" ({Path(frame.filename).name}:{frame.lineno} in {frame.name})"
    return f"crash: {type(error).__name__}: {text[0] if text else ''}{where}"


def recording(stem: str) -> dict:
    """The recorded dump of a fixture."""
    return json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))


def compare(stem: str) -> list[str]:
    """The differences between Colosseum's dump of a fixture and Chromium's,
    in document order; one ``crash: ...`` line when layout raised. Empty when
    they agree."""
    if not (FIXTURES / f"{stem}.json").exists():
        return [f"not recorded: run utils/record_geometry.py on {stem}.html"]
    recorded = recording(stem)
    if tuple(recorded["viewport"]) != VIEWPORT:
        return [f"recorded at viewport {recorded['viewport']}, not {list(VIEWPORT)}"]
    try:
        with time_limit(TIME_LIMIT):
            document = Document.from_file(FIXTURES / f"{stem}.html")
            document.layout(*VIEWPORT)
            ours = document.geometry()
    except Exception as error:  # a crash in layout is this fixture's failure
        return [crash_message(error)]
    return element_differences(ours["root"], recorded["root"])


def summary(differences: list[str]) -> str:
    """The first differences, one per line, and how many more there are."""
    lines = differences[:SHOWN]
    if len(differences) > SHOWN:
        lines.append(f"... and {len(differences) - SHOWN} more")
    return "\n  ".join(lines)


# -- the tests -----------------------------------------------------------------------

STEMS = fixture_stems()
EXPECTED_FAILURES = load_expectations()


@pytest.mark.parametrize("stem", STEMS)
def test_layout_matches_chromium(stem):
    differences = compare(stem)
    reason = EXPECTED_FAILURES.get(stem)
    if reason is None:
        if differences:
            pytest.fail(
                f"{stem}: Colosseum != Chromium ({len(differences)} differences):\n  "
                + summary(differences),
                pytrace=False,
            )
    elif differences:
        now = "" if differences[0] == reason else f" [now: {differences[0]}]"
        pytest.xfail(reason + now)
    else:
        pytest.fail(
            f"{stem}: unexpected pass: remove it from expectations ({EXPECTATIONS.name})",
            pytrace=False,
        )


def test_expectations_name_fixtures():
    """Every fixture listed in the expectations file exists."""
    missing = sorted(set(EXPECTED_FAILURES) - set(STEMS))
    assert not missing, f"{EXPECTATIONS.name} lists fixtures that do not exist: {missing}"


def test_there_are_fixtures():
    assert len(STEMS) >= 5


# -- the comparison notices differences ----------------------------------------------


def _entry(path, x=0.0, y=0.0, width=10.0, height=10.0, children=(), rendered=True):
    entry = {"path": path, "x": x, "y": y, "width": width, "height": height}
    if not rendered:
        entry["rendered"] = False
    entry["children"] = list(children)
    return entry


def test_element_differences_reports_numbers_rendered_and_paths():
    chromium = _entry("html", children=[_entry("body", children=[_entry("body/div[1]", y=10)])])
    assert element_differences(chromium, chromium) == []
    moved = _entry("html", children=[_entry("body", children=[_entry("body/div[1]", y=18)])])
    assert element_differences(moved, chromium) == ["body/div[1] y: 18 != 10 (Chromium)"]
    close = _entry("html", children=[_entry("body", children=[_entry("body/div[1]", y=10.005)])])
    assert element_differences(close, chromium) == []
    hidden = _entry(
        "html", children=[_entry("body", children=[_entry("body/div[1]", rendered=False)])]
    )
    assert element_differences(hidden, chromium) == [
        "body/div[1] rendered: False != True (Chromium)"
    ]
    other = _entry("html", children=[_entry("body", children=[_entry("body/p[1]")])])
    assert element_differences(other, chromium) == [
        "body children: ['body/p[1]'] != ['body/div[1]'] (Chromium)"
    ]


def test_parse_expectations_rejects_malformed_lines():
    text = "# comment\n\ncss21-8.1-a: reason one\ncss21-8.1-b:   reason: two  \n"
    assert parse_expectations(text) == {"css21-8.1-a": "reason one", "css21-8.1-b": "reason: two"}
    for bad in ("css21-8.1-a reason", "css21-8.1-a:", "two words: reason", "a: x\na: y"):
        with pytest.raises(ExpectationsError):
            parse_expectations(bad)


def test_a_crash_is_reported_as_a_difference():
    try:
        raise KeyError("width")
    except KeyError as error:
        message = crash_message(error)
    assert message.startswith("crash: KeyError: 'width' (test_layout_fixtures.py:")


def test_update_script_rewrites_the_expectations():
    """utils/update_layout_expectations.py keeps hand-written reasons of
    failures, refreshes automatic ones, drops passes and adds new failures."""
    import importlib.util

    path = HERE.parents[1] / "utils" / "update_layout_expectations.py"
    spec = importlib.util.spec_from_file_location("update_layout_expectations", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    text = (
        "# header\n\n"
        "# group comment\n"
        "css21-a: hand-written reason\n"
        "css21-b: body/div[1] y: 1 != 2 (Chromium)\n\n"
        "# dropped with its only entry\n"
        "css21-c: fixed since\n"
    )
    results = {
        "css21-a": ["body x: 1 != 0 (Chromium)"],
        "css21-b": ["body/div[2] width: 3 != 4 (Chromium)"],
        "css21-c": [],
        "css21-d": ["crash: KeyError: 'x' (block.py:1 in f)"],
        "css21-e": [],
    }
    new_text, changes = script.rewrite(text, results)
    assert new_text == (
        "# header\n\n"
        "# group comment\n"
        "css21-a: hand-written reason\n"
        "css21-b: body/div[2] width: 3 != 4 (Chromium)\n\n"
        f"{script.ADDED_COMMENT}\n"
        "css21-d: crash: KeyError: 'x' (block.py:1 in f)\n"
    )
    assert changes == {"removed": ["css21-c"], "added": ["css21-d"], "refreshed": ["css21-b"]}
    assert parse_expectations(new_text) == {
        "css21-a": "hand-written reason",
        "css21-b": "body/div[2] width: 3 != 4 (Chromium)",
        "css21-d": "crash: KeyError: 'x' (block.py:1 in f)",
    }
