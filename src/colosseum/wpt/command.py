"""``colosseum wpt SUITE_DIR [PATHS...] [--jobs N] [--json REPORT] [--html DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .execute import DEFAULT_TIMEOUT, PASS

DESCRIPTION = (
    "Run the W3C CSS tests of SUITE_DIR (a csswg-test or web-platform-tests checkout) "
    "with Colosseum: reftests are rendered at 800x600 with their references and compared "
    "pixel by pixel (rel=match: identical within the test's fuzzy allowance; rel=mismatch: "
    "different); check-layout tests have their data-expected-* attributes checked against "
    "the layout; other tests (scripts, no reference, manual) are NOTRUN. Without PATHS, the "
    "suite folders css21, css-flexbox-1, css-grid-1, css-display-3, css-box-3 and "
    "css-values-3 (css/CSS2, css/css-flexbox ... in web-platform-tests). A progress bar goes "
    "to standard error and pass counts per folder are printed at the end. Exit status 0 "
    "when every automatable test passes, 1 otherwise."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("suite_dir", metavar="SUITE_DIR", help="the suite checkout")
    parser.add_argument(
        "paths",
        metavar="PATHS",
        nargs="*",
        help="test files or folders to run, relative to SUITE_DIR (default: the suites in scope)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: one per CPU; 0: run in this process)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="CPU seconds allowed per test before it is reported TIMEOUT (default: %(default)s)",
    )
    parser.add_argument("--json", metavar="REPORT", help="write the JSON report to REPORT")
    parser.add_argument(
        "--html",
        metavar="DIR",
        help="write DIR/index.html with the images of each failing reftest",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def cmd_wpt(args: argparse.Namespace) -> int:
    from .manifest import Manifest
    from .report import summary_lines, timing_line, write_html, write_json
    from .run import run_suite

    suite = Path(args.suite_dir)
    if not suite.is_dir():
        print(f"colosseum: {args.suite_dir}: not a directory", file=sys.stderr)
        return 2
    if args.jobs is not None and args.jobs < 0:
        print("colosseum: --jobs must be 0 or more", file=sys.stderr)
        return 2
    manifest = Manifest(suite)
    for path in args.paths:
        try:
            target = manifest.resolve(path)
        except ValueError as error:
            print(f"colosseum: {error}", file=sys.stderr)
            return 2
        if not target.exists():
            print(f"colosseum: {path}: no such file or folder in {suite}", file=sys.stderr)
            return 2
    artifacts = Path(args.html) if args.html else None
    run = run_suite(
        suite,
        args.paths or None,
        jobs=args.jobs,
        timeout=args.timeout if args.timeout > 0 else None,
        artifacts=artifacts,
        progress=not args.quiet,
    )
    print("\n".join(summary_lines(run.tests, run.results)))
    print(f"{len(run.tests)} tests in {run.elapsed:.1f} s ({run.jobs} worker processes)")
    print(timing_line(run.tests, run.results))
    if args.json:
        write_json(
            args.json,
            run.tests,
            run.results,
            suite=str(run.suite_dir),
            elapsed=round(run.elapsed, 1),
            jobs=run.jobs,
        )
    if artifacts is not None:
        index = write_html(artifacts, run.tests, run.results)
        print(f"failures: {index}")
    failed = any(run.results[t.path].status != PASS for t in run.tests if t.automatable)
    return 1 if failed else 0
