"""colosseum.wpt.expectations: the files of known failures and how results meet them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from colosseum.wpt.execute import CRASH, FAIL, PASS, TIMEOUT, Result
from colosseum.wpt.expectations import (
    expectation_files,
    known_failure,
    load,
    outcome_problem,
    parse_file,
    stale_lines,
    update_files,
)
from colosseum.wpt.manifest import KIND_NOTRUN, KIND_REFTEST, Test

FLOAT_A = Test("css21/floats/a.xht", KIND_REFTEST, "css21-floats")
FLOAT_B = Test("css21/floats/b.xht", KIND_REFTEST, "css21-floats")
FLEX = Test("css-flexbox-1/c.html", KIND_REFTEST, "css-flexbox-1")
SCRIPT = Test("css21/floats/s.xht", KIND_NOTRUN, "css21-floats", "script test")


def test_parse_lines_and_comments(tmp_path):
    path = tmp_path / "css21-floats.txt"
    path.write_text("# comment\n\ncss21/floats/a.xht: FAIL: 3 pixels differ\n")
    assert parse_file(path) == {"css21/floats/a.xht": "FAIL: 3 pixels differ"}


@pytest.mark.parametrize(
    "line", ["css21/floats/a.xht", "css21/floats/a.xht:", "a b: reason", ": reason"]
)
def test_malformed_lines_raise(tmp_path, line):
    path = tmp_path / "css21-floats.txt"
    path.write_text(line + "\n")
    with pytest.raises(ValueError, match=r"css21-floats\.txt:1"):
        parse_file(path)


def test_only_suite_files_are_expectation_files(tmp_path):
    for name in ("css21-floats.txt", "css-flexbox-1.txt", "css21.txt", "computed_styles.txt"):
        (tmp_path / name).write_text("")
    names = [p.name for p in expectation_files(tmp_path)]
    assert names == ["css-flexbox-1.txt", "css21-floats.txt", "css21.txt"]


def test_outcomes():
    expected = {FLOAT_A.path: ("css21-floats", "FAIL: floats")}
    assert outcome_problem(FLOAT_A, Result(FAIL, "x"), expected) == ""
    assert outcome_problem(FLOAT_A, Result(CRASH, "x"), expected) == ""
    assert outcome_problem(FLOAT_B, Result(PASS), expected) == ""
    unexpected = outcome_problem(FLOAT_B, Result(TIMEOUT, "took longer"), expected)
    assert "TIMEOUT: took longer" in unexpected and "css21-floats.txt" in unexpected
    fixed = outcome_problem(FLOAT_A, Result(PASS), expected)
    assert "passes now: remove it from expectations/css21-floats.txt" in fixed


def test_known_failures_are_reported_as_expected_failures():
    expected = {FLOAT_A.path: ("css21-floats", "floats overlap")}
    assert known_failure(FLOAT_A, Result(FAIL, "3 pixels"), expected) == (
        "floats overlap [now: FAIL: 3 pixels]"
    )
    assert known_failure(FLOAT_A, Result(PASS), expected) == ""
    same = {FLOAT_A.path: ("css21-floats", "FAIL: 3 pixels")}
    assert known_failure(FLOAT_A, Result(FAIL, "3 pixels"), same) == "FAIL: 3 pixels"
    assert known_failure(FLOAT_B, Result(FAIL, "x"), expected) == ""


def test_stale_lines():
    expected = {
        FLOAT_A.path: ("css21-floats", "r"),
        "css21/floats/gone.xht": ("css21-floats", "r"),
        SCRIPT.path: ("css21-floats", "r"),
        FLEX.path: ("css21-floats", "r"),
    }
    problems = stale_lines(expected, [FLOAT_A, FLEX, SCRIPT])
    assert problems == [
        "css21-floats.txt lists css-flexbox-1/c.html, which belongs in css-flexbox-1.txt",
        "css21-floats.txt lists css21/floats/gone.xht, which is not an automatable test",
        "css21-floats.txt lists css21/floats/s.xht, which is not an automatable test",
    ]


def test_update_keeps_hand_written_reasons_of_tests_that_still_fail(tmp_path):
    (tmp_path / "css21-floats.txt").write_text(
        "css21/floats/a.xht: needs the float rules of 9.5.1\n"
        "css21/floats/b.xht: FAIL: 10 pixels differ\n"
    )
    (tmp_path / "css21-gone.txt").write_text("css21/gone/x.xht: r\n")
    results = {
        FLOAT_A.path: Result(FAIL, "12 pixels differ"),
        FLOAT_B.path: Result(CRASH, "KeyError: 'x'"),
        FLEX.path: Result(PASS),
        SCRIPT.path: Result("NOTRUN", "script test"),
    }
    update_files(tmp_path, [FLOAT_A, FLOAT_B, FLEX, SCRIPT], results, prune=True)
    assert load(tmp_path) == {
        FLOAT_A.path: ("css21-floats", "needs the float rules of 9.5.1"),
        FLOAT_B.path: ("css21-floats", "CRASH: KeyError: 'x'"),
    }
    assert (tmp_path / "css-flexbox-1.txt").is_file()  # a file per folder, even empty
    assert not (tmp_path / "css21-gone.txt").exists()  # pruned: no such folder any more


def test_update_of_part_of_a_folder_leaves_its_file_alone(tmp_path):
    (tmp_path / "css21-floats.txt").write_text("css21/floats/b.xht: FAIL: old\n")
    update_files(tmp_path, [FLOAT_A, FLOAT_B], {FLOAT_A.path: Result(FAIL, "new")})
    assert parse_file(tmp_path / "css21-floats.txt") == {FLOAT_B.path: "FAIL: old"}


def load_update_script():
    path = Path(__file__).resolve().parents[2] / "utils" / "update_wpt_expectations.py"
    spec = importlib.util.spec_from_file_location("update_wpt_expectations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_update_script_from_a_json_report(tmp_path, capsys):
    suite = tmp_path / "suite"
    for name in ("a", "b", "c"):
        path = suite / "css21" / "floats" / f"{name}.xht"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'<html><head><link rel="match" href="{name}-ref.xht"/></head></html>')
    (suite / "css21" / "floats" / "d.xht").write_text("<html><body>no reference</body></html>")
    report = tmp_path / "report.json"
    report.write_text(
        json.dumps(
            {
                "results": {
                    "css21/floats/a.xht": {"status": "PASS", "message": ""},
                    "css21/floats/b.xht": {"status": "FAIL", "message": "7 pixels differ"},
                    "css21/floats/c.xht": {"status": "CRASH", "message": "KeyError: 'x'"},
                    "css21/floats/d.xht": {"status": "NOTRUN", "message": "no reference"},
                },
                "durations": {"css21/floats/a.xht": 0.5},
                "elapsed": 3.0,
                "jobs": 2,
            }
        )
    )
    expectations, docs = tmp_path / "expectations", tmp_path / "conformance.md"
    status = load_update_script().main(
        [
            "--wpt-dir",
            str(suite),
            "--from-json",
            str(report),
            "--expectations",
            str(expectations),
            "--docs",
            str(docs),
        ]
    )
    assert status == 0
    assert load(expectations) == {
        "css21/floats/b.xht": ("css21-floats", "FAIL: 7 pixels differ"),
        "css21/floats/c.xht": ("css21-floats", "CRASH: KeyError: 'x'"),
    }
    page = docs.read_text()
    assert "**Overall: 1 of 3 automatable tests pass (33.3%).**" in page
    assert "| floats | 4 | 3 | 0 | 1 | 1 | 1 | 1 | 0 | 33.3% |" in page
