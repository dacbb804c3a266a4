"""The W3C check-layout tests, evaluated on Colosseum's layout.

Tests that load ``check-layout-th.js`` state the expected geometry of their
elements in ``data-expected-width``, ``data-offset-x``... attributes and
call ``checkLayout(selector)``. :mod:`colosseum.wpt.checklayout` evaluates
the same attributes on Colosseum's layout of the page at 800x600 (CSSOM View
``offsetLeft``/``offsetTop`` relative to the offsetParent, ``offsetWidth``,
``clientWidth``, ``scrollWidth``..., within 1px as the script allows),
without JavaScript. Known failures are listed with the reftests' in
``expectations/<folder>.txt``; see test_reftests.py.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from colosseum.wpt.execute import DEFAULT_TIMEOUT, Executor
from colosseum.wpt.expectations import known_failure, load, outcome_problem
from colosseum.wpt.manifest import KIND_CHECK_LAYOUT, manifest, ordered_by_locality

EXPECTATIONS = Path(__file__).resolve().parent / "expectations"
MISSING = "<suite missing>"


def suite_directory() -> Path | None:
    value = os.environ.get("COLOSSEUM_WPT_DIR", "")
    path = Path(value).expanduser() if value else None
    return path.resolve() if path is not None and path.is_dir() else None


@functools.cache
def executor(root: str) -> Executor:
    return Executor(manifest(root))


def pytest_generate_tests(metafunc):
    if "check_layout_test" in metafunc.fixturenames:
        path = suite_directory()
        tests = ordered_by_locality(str(path), KIND_CHECK_LAYOUT) if path is not None else []
        metafunc.parametrize(
            "check_layout_test", tests or [MISSING], ids=lambda t: getattr(t, "path", t)
        )


def test_check_layout(wpt_dir, check_layout_test):
    if check_layout_test == MISSING:
        pytest.fail(f"no check-layout test found in {wpt_dir}", pytrace=False)
    result = executor(str(wpt_dir)).run(check_layout_test, DEFAULT_TIMEOUT)
    expected = load(EXPECTATIONS)
    problem = outcome_problem(check_layout_test, result, expected)
    if problem:
        pytest.fail(problem, pytrace=False)
    reason = known_failure(check_layout_test, result, expected)
    if reason:
        pytest.xfail(reason)
