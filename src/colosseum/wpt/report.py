"""Reporting a run: the progress bar, the per-folder summary, the JSON
report, the HTML page of failing reftests and the conformance page."""

from __future__ import annotations

import html
import json
import sys
import time
from collections import Counter
from pathlib import Path

from .execute import CRASH, FAIL, NOTRUN, PASS, STATUSES, TIMEOUT, Result
from .manifest import KIND_CHECK_LAYOUT, KIND_NOTRUN, KIND_REFTEST, Test


class Progress:
    """A one-line progress bar on ``stream`` (stderr), redrawn at most ten
    times a second; on a stream that is not a terminal, a line every 10%."""

    def __init__(self, total: int, stream=None, width: int = 30):
        self.total, self.done = total, 0
        self.counts: Counter[str] = Counter()
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.started = time.monotonic()
        self._drawn = 0.0
        self._next_decile = 1

    def update(self, status: str) -> None:
        self.done += 1
        self.counts[status] += 1
        now = time.monotonic()
        if self.tty and (now - self._drawn > 0.1 or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
        elif not self.tty and self.total and self.done * 10 >= self._next_decile * self.total:
            self._next_decile = self.done * 10 // self.total + 1
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        fraction = self.done / self.total if self.total else 1.0
        filled = int(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        counts = " ".join(f"{s} {self.counts[s]}" for s in STATUSES if self.counts[s])
        elapsed = time.monotonic() - self.started
        return f"[{bar}] {self.done}/{self.total} {elapsed:.0f}s {counts}"

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def suite_of(group: str) -> str:
    """The suite folder of an expectation group (``css21-floats`` -> ``css21``)."""
    return "css21" if group.startswith("css21") else group


def count_by(tests: list[Test], results: dict[str, Result], key) -> dict[str, Counter]:
    """Status counts (and ``reftest``/``check-layout`` counts) per ``key(test)``."""
    table: dict[str, Counter] = {}
    for test in tests:
        counter = table.setdefault(key(test), Counter())
        result = results.get(test.path)
        counter[result.status if result else NOTRUN] += 1
        counter[test.kind] += 1
    return dict(sorted(table.items()))


def pass_rate(counter: Counter) -> str:
    automatable = counter[KIND_REFTEST] + counter[KIND_CHECK_LAYOUT]
    if not automatable:
        return "-"
    return f"{100 * counter[PASS] / automatable:.1f}%"


def summary_lines(tests: list[Test], results: dict[str, Result]) -> list[str]:
    """The end-of-run table: one row per expectation group, per suite folder, and in all."""
    header = f"{'folder':<32} {'tests':>6} {'PASS':>6} {'FAIL':>6} {'CRASH':>6} "
    header += f"{'TIMEOUT':>7} {'NOTRUN':>6} {'pass rate':>9}"
    lines = [header]

    def row(name: str, c: Counter) -> str:
        total = sum(c[s] for s in STATUSES)
        return (
            f"{name:<32} {total:>6} {c[PASS]:>6} {c[FAIL]:>6} {c[CRASH]:>6} "
            f"{c[TIMEOUT]:>7} {c[NOTRUN]:>6} {pass_rate(c):>9}"
        )

    groups = count_by(tests, results, lambda t: t.group)
    suites = count_by(tests, results, lambda t: suite_of(t.group))
    for name, counter in groups.items():
        lines.append(row(name, counter))
    if len(suites) > 1 or len(groups) > len(suites):
        lines.append("-" * len(header))
        for name, counter in suites.items():
            lines.append(row(name, counter))
    total = sum(suites.values(), Counter())
    lines.append("-" * len(header))
    lines.append(row("all", total))
    lines.append("(pass rate: PASS / automatable tests; NOTRUN tests are never counted as passes)")
    return lines


def timing_line(tests: list[Test], results: dict[str, Result]) -> str:
    """Mean wall-clock and CPU seconds per automatable test that ran."""
    ran = [r for t in tests if t.automatable and (r := results.get(t.path))]
    if not ran:
        return "no automatable test ran"
    wall = sum(r.duration for r in ran) / len(ran)
    cpu = sum(r.cpu for r in ran) / len(ran)
    slowest = max(ran, key=lambda r: r.duration).duration
    return f"per automatable test: {wall:.3f} s wall, {cpu:.3f} s CPU (slowest {slowest:.1f} s)"


def write_json(path: str | Path, tests: list[Test], results: dict[str, Result], **extra) -> None:
    """The JSON report: ``{"results": {test: {"status", "message"}}, ...}``."""
    data = {
        "results": {t.path: results[t.path].to_json() for t in tests if t.path in results},
        "durations": {
            t.path: round(results[t.path].duration, 3) for t in tests if t.path in results
        },
        "cpu": {t.path: round(results[t.path].cpu, 3) for t in tests if t.path in results},
        **extra,
    }
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def write_html(directory: str | Path, tests: list[Test], results: dict[str, Result]) -> Path:
    """``index.html`` in ``directory`` (where the executor saved the images):
    each failing reftest with its test, reference and difference images side
    by side, then the other failures."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    escape = html.escape
    rows, others = [], []
    for test in tests:
        result = results.get(test.path)
        if result is None or result.status in (PASS, NOTRUN):
            continue
        if result.images:
            images = "".join(
                f'<figure><img src="{escape(result.images[k])}" alt="{k}">'
                f"<figcaption>{k}</figcaption></figure>"
                for k in ("test", "reference", "difference")
                if k in result.images
            )
            rows.append(
                f"<section><h2>{escape(test.path)}</h2><p>{escape(result.message)}</p>"
                f"<p>reference: {escape(result.images.get('reference_path', ''))}</p>"
                f'<div class="images">{images}</div></section>'
            )
        else:
            others.append(
                f"<tr><td>{escape(test.path)}</td><td>{result.status}</td>"
                f"<td>{escape(result.message)}</td></tr>"
            )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Colosseum WPT failures</title>
<style>
body {{ font-family: sans-serif; }}
.images {{ display: flex; gap: 8px; }}
figure {{ margin: 0; }} img {{ border: 1px solid #888; max-width: 32vw; }}
td {{ vertical-align: top; padding: 2px 8px; }}
</style></head><body>
<h1>Failing reftests ({len(rows)})</h1>
<p>Left to right: Colosseum's rendering of the test, of its reference, and the
pixels that differ (black).</p>
{"".join(rows)}
<h1>Other failures ({len(others)})</h1>
<table><tr><th>test</th><th>status</th><th>message</th></tr>{"".join(others)}</table>
</body></html>
"""
    index = directory / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def conformance_markdown(
    tests: list[Test], results: dict[str, Result], *, source: str, elapsed: float, jobs: int
) -> str:
    """docs/conformance.md: pass rates per suite folder and CSS 2.1 chapter."""
    suites = count_by(tests, results, lambda t: suite_of(t.group))
    groups = count_by(tests, results, lambda t: t.group)
    total = sum(suites.values(), Counter())
    durations = [r.duration for t in tests if (r := results.get(t.path)) and t.automatable]

    def table(rows) -> list[str]:
        out = [
            "| folder | tests | reftests | check-layout | not automatable "
            "| PASS | FAIL | CRASH | TIMEOUT | pass rate |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, c in rows:
            out.append(
                f"| {name} | {sum(c[s] for s in STATUSES)} | {c[KIND_REFTEST]} "
                f"| {c[KIND_CHECK_LAYOUT]} | {c[KIND_NOTRUN]} | {c[PASS]} | {c[FAIL]} "
                f"| {c[CRASH]} | {c[TIMEOUT]} | {pass_rate(c)} |"
            )
        return out

    lines = [
        "# Conformance: the W3C CSS test suites",
        "",
        "<!-- Generated by utils/update_wpt_expectations.py: do not edit by hand. -->",
        "",
        f"Measured by `colosseum wpt` on {source}: each reftest's test and reference",
        "rendered by Colosseum at 800x600 and compared pixel by pixel (within the",
        'test\'s `<meta name="fuzzy">` allowance); check-layout tests evaluated from their',
        "`data-expected-*` attributes. Tests that need JavaScript, user interaction, paged",
        "media or a human judge are *not automatable* (NOTRUN) and never count as passes:",
        "the pass rate is PASS / (reftests + check-layout tests).",
        "",
        f"**Overall: {total[PASS]} of {total[KIND_REFTEST] + total[KIND_CHECK_LAYOUT]} "
        f"automatable tests pass ({pass_rate(total)}).**",
        "",
        "## By suite folder",
        "",
        *table([*suites.items(), ("**all**", total)]),
        "",
    ]
    chapters = [
        (g.removeprefix("css21-") if g != "css21" else "(top level)", c)
        for g, c in groups.items()
        if suite_of(g) == "css21"
    ]
    if chapters:
        lines += ["## CSS 2.1 by chapter (folders of css21/)", "", *table(chapters), ""]
    if durations:
        cpu = [r.cpu for t in tests if (r := results.get(t.path)) and t.automatable]
        lines += [
            "## Run time",
            "",
            f"{len(durations)} automatable tests in {elapsed:.0f} s with {jobs} worker "
            f"process(es): {sum(durations) / len(durations):.2f} s per test on average "
            f"({sum(cpu) / len(cpu):.2f} s of CPU; slowest {max(durations):.1f} s); a "
            "reference shared by several tests is rendered once per worker (wall-clock "
            "time depends on the load of the machine, CPU time hardly).",
            "",
        ]
    return "\n".join(lines)
