"""The W3C reftests, rendered by Colosseum and compared pixel by pixel.

One test per reftest of the suite folders in scope (css21 with all its
chapters, css-flexbox-1, css-grid-1, css-display-3, css-box-3, css-values-3)
found in ``$COLOSSEUM_WPT_DIR`` (see conftest.py): the test page and its
``rel="match"`` references are rendered at 800x600 by
:func:`colosseum.paint.render_document` and must be pixel-identical (within
the test's ``<meta name="fuzzy">``), ``rel="mismatch"`` references must
differ (:mod:`colosseum.wpt`). No browser is involved. Known failures are
listed in ``expectations/<folder>.txt`` (``css21-floats.txt``...), one
``<test path>: <reason>`` per line: an unlisted failure fails, and so does a
listed test that passes, so that the lists stay true. Regenerate them with
``utils/update_wpt_expectations.py``.

The tests are ordered by their first reference, so that pytest-xdist hands
tests sharing a reference to the same worker, whose executor renders it once.
Each test has the harness's time limit (10 s), after which it counts as a
TIMEOUT.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from colosseum.wpt.execute import DEFAULT_TIMEOUT, Executor
from colosseum.wpt.expectations import known_failure, load, outcome_problem, stale_lines
from colosseum.wpt.manifest import KIND_CHECK_LAYOUT, KIND_REFTEST, manifest, ordered_by_locality

EXPECTATIONS = Path(__file__).resolve().parent / "expectations"
MISSING = "<suite missing>"


@functools.cache
def expected():
    return load(EXPECTATIONS)


@functools.cache
def discovered(root: str):
    """Every test of the scope (all kinds), in discovery order."""
    return manifest(root).discover()


@functools.cache
def executor(root: str) -> Executor:
    """One executor per process: its cache of renderings serves every test."""
    return Executor(manifest(root))


def suite_directory() -> Path | None:
    """$COLOSSEUM_WPT_DIR when it names a folder (else the ``wpt_dir``
    fixture of conftest.py fails the placeholder test with the reason)."""
    value = os.environ.get("COLOSSEUM_WPT_DIR", "")
    path = Path(value).expanduser() if value else None
    return path.resolve() if path is not None and path.is_dir() else None


def scope_of_kind(kind: str) -> list:
    path = suite_directory()
    return ordered_by_locality(str(path), kind) if path is not None else []


def pytest_generate_tests(metafunc):
    if "reftest" in metafunc.fixturenames:
        tests = scope_of_kind(KIND_REFTEST)
        metafunc.parametrize("reftest", tests or [MISSING], ids=lambda t: getattr(t, "path", t))


def run_and_compare(wpt_dir: Path, test) -> None:
    result = executor(str(wpt_dir)).run(test, DEFAULT_TIMEOUT)
    problem = outcome_problem(test, result, expected())
    if problem:
        pytest.fail(problem, pytrace=False)
    reason = known_failure(test, result, expected())
    if reason:
        pytest.xfail(reason)


def test_reftest(wpt_dir, reftest):
    if reftest == MISSING:
        pytest.fail(f"no reftest found in {wpt_dir}", pytrace=False)
    run_and_compare(wpt_dir, reftest)


def test_expectations_name_automatable_tests(wpt_dir):
    """Every line of the expectation files names a reftest or check-layout
    test of the scope, in its folder's file."""
    tests = [t for t in discovered(str(wpt_dir)) if t.kind in (KIND_REFTEST, KIND_CHECK_LAYOUT)]
    problems = stale_lines(expected(), tests)
    assert not problems, "\n".join(problems)


def test_scope_is_found(wpt_dir):
    """The suite holds the folders in scope, each with tests to run."""
    tests = discovered(str(wpt_dir))
    suites = {t.group.split("-")[0] if t.group.startswith("css21") else t.group for t in tests}
    missing = {"css21", "css-flexbox-1", "css-grid-1"} - suites
    assert not missing, f"{wpt_dir} lacks the suite folders {sorted(missing)}"
    assert sum(t.kind == KIND_REFTEST for t in tests) > 1000
