"""Expectation files: the known failures of the W3C tests, one file per
suite folder (``css21-<chapter>.txt`` for CSS 2.1, ``css-flexbox-1.txt``...).

Each line is ``<test path>: <reason>`` (the path relative to the suite
directory); ``#`` starts a comment line. A listed test is expected not to
pass (FAIL, CRASH or TIMEOUT); an unlisted one to pass. The test suite fails
on an unexpected failure, on an unexpected pass ("remove it from the
expectations") and on a line naming no automatable test.

:func:`update_files` rewrites the files from a run: the reasons of tests that
still fail are kept when they were written by hand (a reason that does not
start with an automatic ``FAIL:``/``CRASH:``/``TIMEOUT:`` prefix); other
failures get the automatic reason, ``FAIL: 1234 pixels differ ...``.
"""

from __future__ import annotations

import re
from pathlib import Path

from .execute import CRASH, FAIL, PASS, TIMEOUT, Result
from .manifest import SUITES, Test

AUTOMATIC_PREFIXES = tuple(f"{status}:" for status in (FAIL, CRASH, TIMEOUT))
_GROUP_FILE = re.compile(
    r"^(?:" + "|".join(re.escape(name) for name in SUITES) + r")(?:-[\w.-]+)?\.txt$"
)

HEADER = """\
# Known failures of the W3C tests in {group}, checked by
# tests/web_platform/test_reftests.py and test_check_layout.py.
#
# One test per line: <test path relative to $COLOSSEUM_WPT_DIR>: <reason>
# A listed test that passes fails the test suite: remove its line.
# Rewritten by utils/update_wpt_expectations.py, which keeps hand-written
# reasons (any reason not starting with FAIL:, CRASH: or TIMEOUT:) of tests
# that still fail.
"""


def expectation_files(directory: Path) -> list[Path]:
    """The WPT expectation files of ``directory`` (not its other files)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if _GROUP_FILE.match(p.name))


def parse_file(path: Path) -> dict[str, str]:
    """``{test path: reason}`` of one file; ValueError on a malformed line."""
    expected = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        test, separator, reason = line.partition(": ")
        if not separator or not test or not reason.strip() or " " in test:
            raise ValueError(f"{path.name}:{number}: expected '<test path>: <reason>'")
        if test in expected:
            raise ValueError(f"{path.name}:{number}: {test} is listed twice")
        expected[test] = reason.strip()
    return expected


def load(directory: Path) -> dict[str, tuple[str, str]]:
    """``{test path: (group, reason)}`` from every expectation file of ``directory``."""
    expected: dict[str, tuple[str, str]] = {}
    for path in expectation_files(directory):
        group = path.stem
        for test, reason in parse_file(path).items():
            if test in expected:
                raise ValueError(f"{test} is listed in {expected[test][0]}.txt and {path.name}")
            expected[test] = (group, reason)
    return expected


def automatic_reason(result: Result) -> str:
    return f"{result.status}: {result.message}".rstrip(": ") if result.message else result.status


def outcome_problem(test: Test, result: Result, expected: dict[str, tuple[str, str]]) -> str:
    """Why ``result`` disagrees with the expectations, or "" when it agrees."""
    listed = expected.get(test.path)
    if result.status == PASS:
        if listed is None:
            return ""
        return (
            f"{test.path} passes now: remove it from expectations/{listed[0]}.txt "
            f"(listed as: {listed[1]})"
        )
    if listed is None:
        return (
            f"{test.path}: {result.status}: {result.message} (unexpected; if it is a known "
            f"failure, list it in expectations/{test.group}.txt)"
        )
    return ""


def known_failure(test: Test, result: Result, expected: dict[str, tuple[str, str]]) -> str:
    """The listed reason when ``result`` is a failure the expectations list
    (so that a test run reports it as an expected failure, not a pass), or
    "" otherwise."""
    listed = expected.get(test.path)
    if listed is None or result.status == PASS:
        return ""
    now = f"{result.status}: {result.message}"
    return listed[1] if listed[1] == now else f"{listed[1]} [now: {now}]"


def stale_lines(expected: dict[str, tuple[str, str]], tests: list[Test]) -> list[str]:
    """Lines that name no automatable test of their file's folder."""
    groups = {t.path: t.group for t in tests if t.automatable}
    problems = []
    for path, (group, _) in sorted(expected.items()):
        if path not in groups:
            problems.append(f"{group}.txt lists {path}, which is not an automatable test")
        elif groups[path] != group:
            problems.append(f"{group}.txt lists {path}, which belongs in {groups[path]}.txt")
    return problems


def update_files(
    directory: Path, tests: list[Test], results: dict[str, Result], *, prune: bool = False
) -> list[Path]:
    """Rewrite the expectation files of ``directory`` from a run's results:
    the file of every group whose automatable tests all have a result.
    ``prune`` (a run of the whole scope) also deletes the files of groups
    that have no automatable test any more."""
    directory.mkdir(parents=True, exist_ok=True)
    previous = load(directory)
    groups: dict[str, list[Test]] = {}
    for test in tests:
        if test.automatable:
            groups.setdefault(test.group, []).append(test)
    written = []
    for group, members in sorted(groups.items()):
        if any(t.path not in results for t in members):
            continue
        lines = [HEADER.format(group=group)]
        for test in sorted(members, key=lambda t: t.path):
            result = results.get(test.path)
            if result is None or result.status == PASS:
                continue
            reason = automatic_reason(result)
            old = previous.get(test.path)
            if old is not None and not old[1].startswith(AUTOMATIC_PREFIXES):
                reason = old[1]
            lines.append(f"{test.path}: {' '.join(reason.split())}")
        path = directory / f"{group}.txt"
        path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
        written.append(path)
    for path in expectation_files(directory) if prune else ():
        if path.stem not in groups:
            path.unlink()
    return written
