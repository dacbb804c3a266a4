#!/usr/bin/env python3
"""Rewrite the expectations of the layout-fixture tests from a run over every fixture.

``tests/web_platform/test_layout_fixtures.py`` compares Colosseum's geometry
of each fixture of ``tests/web_platform/layout_fixtures/`` with Chromium's
recording; ``tests/web_platform/expectations/layout_fixtures.txt`` lists the
fixtures known to fail, one ``<fixture stem>: <reason>`` per line. This
script runs the same comparison (the test module's ``compare``) over every
fixture and rewrites the file:

- an entry whose fixture still fails keeps its line and its hand-written
  reason; an automatic reason (one this script wrote: a first difference such
  as ``body/div[2] y: 18 != 10 (Chromium)`` or ``crash: ...``) is replaced by
  the current first difference;
- an entry whose fixture passes now, or that names no fixture, is dropped,
  with its comment lines once no entry of their group is left;
- a failing fixture that is not listed is added, in a group at the end, with
  its first difference as the automatic reason.

The header comment and the other comment lines are kept. Usage (from the
repository root)::

    python utils/update_layout_expectations.py            # rewrite the file
    python utils/update_layout_expectations.py --dry-run  # only report
    python utils/update_layout_expectations.py -j 4       # 4 worker processes
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
# tests/web_platform is not a package: the comparison is imported from the test module.
sys.path.insert(0, str(REPOSITORY / "tests" / "web_platform"))

import test_layout_fixtures as fixtures  # noqa: E402

#: Fixture names listed per kind of change in the report.
SHOWN = 20
ADDED_COMMENT = "# Failures found by utils/update_layout_expectations.py (automatic reasons)."

#: The shapes of the reasons this script writes (see test_layout_fixtures.compare).
AUTOMATIC_REASON = re.compile(
    r"\A(?:crash: .*"
    r"|\S+ (?:path|rendered|children|x|y|width|height): .* \(Chromium\)"
    r"|not recorded: .*"
    r"|recorded at viewport .*)\Z"
)


def is_automatic(reason: str) -> bool:
    """Whether a reason is one this script wrote (and may rewrite)."""
    return bool(AUTOMATIC_REASON.match(reason))


def automatic_reason(differences: list[str]) -> str:
    """The reason written for a new failure: its first difference."""
    return differences[0]


def parse_groups(text: str) -> tuple[list[str], list[tuple[list[str], list[tuple[str, str]]]]]:
    """The file's header (its leading lines before any entry's group) and its
    groups: runs of comment lines followed by entry lines, separated by blank
    lines. Entries are ``(stem, reason)``. Validates the file first."""
    fixtures.parse_expectations(text)
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    header: list[str] = []
    groups: list[tuple[list[str], list[tuple[str, str]]]] = []
    for block in blocks:
        if not groups and all(line.lstrip().startswith("#") for line in block):
            header.append("\n".join(block))
            continue
        groups.append(([], []))
        for line in block:
            if line.lstrip().startswith("#"):
                if groups[-1][1]:  # a comment after entries starts a new group
                    groups.append(([], []))
                groups[-1][0].append(line)
            else:
                stem, _, reason = line.partition(":")
                groups[-1][1].append((stem.strip(), reason.strip()))
    return header, groups


def render(header: list[str], groups) -> str:
    """The text of an expectations file: header blocks, then the groups that
    still have entries, separated by blank lines."""
    blocks = list(header)
    for comments, entries in groups:
        if entries:
            blocks.append(
                "\n".join([*comments, *(f"{stem}: {reason}" for stem, reason in entries)])
            )
    return "\n\n".join(blocks) + "\n"


def rewrite(text: str, results: dict[str, list[str]]) -> tuple[str, dict[str, list[str]]]:
    """The new text of the expectations file given ``{stem: differences}`` for
    every fixture, and what changed: ``{"removed": [...], "added": [...],
    "refreshed": [...]}``."""
    header, groups = parse_groups(text)
    changes: dict[str, list[str]] = {"removed": [], "added": [], "refreshed": []}
    listed = set()
    new_groups = []
    for comments, entries in groups:
        kept = []
        for stem, reason in entries:
            listed.add(stem)
            differences = results.get(stem)
            if not differences:
                changes["removed"].append(stem)
                continue
            if is_automatic(reason) and reason != automatic_reason(differences):
                reason = automatic_reason(differences)
                changes["refreshed"].append(stem)
            kept.append((stem, reason))
        new_groups.append((comments, kept))
    added = [
        (stem, automatic_reason(differences))
        for stem, differences in sorted(results.items())
        if differences and stem not in listed
    ]
    if added:
        changes["added"] = [stem for stem, _ in added]
        for comments, entries in new_groups:
            if comments == [ADDED_COMMENT]:
                entries.extend(added)
                entries.sort()
                break
        else:
            new_groups.append(([ADDED_COMMENT], added))
    return render(header, new_groups), changes


def run_all(stems: list[str], jobs: int) -> dict[str, list[str]]:
    """``{stem: differences}`` for every fixture (in ``jobs`` processes)."""
    if jobs <= 1:
        return {stem: fixtures.compare(stem) for stem in stems}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return dict(zip(stems, pool.map(fixtures.compare, stems, chunksize=4), strict=True))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="report the changes without writing the file"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=min(4, os.cpu_count() or 1),
        help="worker processes (default: up to 4)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    path = fixtures.EXPECTATIONS
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    stems = fixtures.fixture_stems()
    results = run_all(stems, args.jobs)
    new_text, changes = rewrite(text, results)
    failing = sum(1 for differences in results.values() if differences)
    print(f"{len(stems)} fixtures: {len(stems) - failing} pass, {failing} fail")
    for kind in ("removed", "added", "refreshed"):
        names = changes[kind]
        if names:
            more = f", ... and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
            print(f"{kind} ({len(names)}): {', '.join(names[:SHOWN])}{more}")
    if args.dry_run:
        print(f"{path}: not written (--dry-run)")
    elif new_text != text:
        path.write_text(new_text, encoding="utf-8")
        print(f"{path}: written")
    else:
        print(f"{path}: unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
