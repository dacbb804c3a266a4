#!/usr/bin/env python3
"""Run the W3C tests in scope and rewrite their expectation files and docs/conformance.md.

    python utils/update_wpt_expectations.py                    # the whole scope
    python utils/update_wpt_expectations.py css21/floats       # only some folders
    python utils/update_wpt_expectations.py --jobs 2 --json report.json
    python utils/update_wpt_expectations.py --from-json report.json  # no new run

Runs ``colosseum wpt`` on the suite (``--wpt-dir``, default
``$COLOSSEUM_WPT_DIR``, else ``../shared/csswg-test`` beside the repository)
and rewrites ``tests/web_platform/expectations/<folder>.txt``: one
``<test path>: <reason>`` line per reftest or check-layout test that does not
pass. The reason of a test that still fails is kept when it was written by
hand (any reason not starting with ``FAIL:``, ``CRASH:`` or ``TIMEOUT:``);
other failures get an automatic one (``FAIL: 1234 pixels differ ...``,
``CRASH: KeyError ...``). With PATHS, only the files of folders whose tests
all ran are rewritten; without, files of folders without tests are deleted
and ``docs/conformance.md`` (pass rates per folder and CSS 2.1 chapter) is
regenerated too.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from colosseum.wpt.execute import DEFAULT_TIMEOUT, Result  # noqa: E402
from colosseum.wpt.expectations import update_files  # noqa: E402
from colosseum.wpt.manifest import Manifest  # noqa: E402
from colosseum.wpt.report import conformance_markdown, summary_lines, write_json  # noqa: E402
from colosseum.wpt.run import Run, run_suite  # noqa: E402

EXPECTATIONS = ROOT / "tests" / "web_platform" / "expectations"
CONFORMANCE = ROOT / "docs" / "conformance.md"


def default_suite() -> Path:
    value = os.environ.get("COLOSSEUM_WPT_DIR")
    return Path(value) if value else ROOT.parent / "shared" / "csswg-test"


def suite_description(suite: Path) -> str:
    """How the conformance page names the suite: its folder, and the commit
    its README names (the csswg-test snapshot's does)."""
    text = f"`{suite.name}`"
    readme = suite / "README.md"
    if readme.is_file():
        found = re.search(r"commit ([0-9a-f]{7,40})", readme.read_text(errors="replace"))
        if found:
            text += f" (commit {found.group(1)})"
    return text


def load_run(report: Path, suite: Path, paths: list[str] | None) -> Run:
    """A run rebuilt from a JSON report: the tests discovered now, and the
    results the report has (a warning names the tests it lacks)."""
    data = json.loads(report.read_text(encoding="utf-8"))
    tests = Manifest(suite).discover(paths)
    durations, cpu = data.get("durations", {}), data.get("cpu", {})
    results = {
        path: Result(
            entry["status"],
            entry.get("message", ""),
            durations.get(path, 0.0),
            cpu=cpu.get(path, 0.0),
        )
        for path, entry in data["results"].items()
    }
    missing = [t.path for t in tests if t.path not in results]
    if missing:
        print(f"{report}: no result for {len(missing)} tests, e.g. {missing[0]}", file=sys.stderr)
    return Run(Path(suite).resolve(), tests, results, data.get("elapsed", 0.0), data.get("jobs", 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="test folders or files relative to the suite")
    parser.add_argument("--wpt-dir", type=Path, default=default_suite(), help="the suite")
    parser.add_argument("--jobs", "-j", type=int, default=None, help="worker processes")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="s per test")
    parser.add_argument("--json", metavar="REPORT", help="also write the JSON report")
    parser.add_argument(
        "--from-json",
        metavar="REPORT",
        type=Path,
        help="use the results of an earlier run (colosseum wpt --json) instead of running",
    )
    parser.add_argument(
        "--expectations", type=Path, default=EXPECTATIONS, help="expectation folder"
    )
    parser.add_argument("--docs", type=Path, default=CONFORMANCE, help="the conformance page")
    args = parser.parse_args(argv)
    if not args.wpt_dir.is_dir():
        print(f"{args.wpt_dir}: not a directory (see --wpt-dir)", file=sys.stderr)
        return 2
    if args.from_json:
        run = load_run(args.from_json, args.wpt_dir, args.paths or None)
    else:
        run = run_suite(
            args.wpt_dir, args.paths or None, jobs=args.jobs, timeout=args.timeout, progress=True
        )
    print("\n".join(summary_lines(run.tests, run.results)))
    print(f"{len(run.tests)} tests in {run.elapsed:.0f} s with {run.jobs} worker processes")
    complete = all(t.path in run.results for t in run.tests)
    written = update_files(
        args.expectations, run.tests, run.results, prune=complete and not args.paths
    )
    print(f"rewrote {len(written)} expectation files in {args.expectations}")
    if args.json:
        write_json(args.json, run.tests, run.results, suite=str(run.suite_dir))
    if not args.paths and complete:
        date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
        page = conformance_markdown(
            run.tests,
            run.results,
            source=f"{suite_description(run.suite_dir)}, {date}",
            elapsed=run.elapsed,
            jobs=run.jobs,
        )
        args.docs.write_text(page, encoding="utf-8")
        print(f"wrote {args.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
