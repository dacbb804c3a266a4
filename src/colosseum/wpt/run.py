"""Running a suite: discovery, the worker pool and the results."""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .execute import DEFAULT_TIMEOUT, NOTRUN, Executor, Result
from .manifest import Manifest, Test
from .pool import run_pool
from .report import Progress


@dataclass
class Run:
    """The outcome of a run: the tests (in discovery order) and their results."""

    suite_dir: Path
    tests: list[Test]
    results: dict[str, Result] = field(default_factory=dict)
    elapsed: float = 0.0
    jobs: int = 1


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def run_suite(
    suite_dir: str | os.PathLike,
    paths: list[str] | None = None,
    *,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    renderer=None,
    artifacts: str | os.PathLike | None = None,
    progress: bool = False,
    on_result=None,
) -> Run:
    """Discover and run the tests of ``suite_dir`` under ``paths`` (default:
    the suite folders in scope). NOTRUN tests are reported without running.
    ``jobs`` worker processes (default: one per CPU; 0 runs in this process,
    where the CPU-time limit works but a blocked test is not stopped).
    ``renderer(path) -> PIL image`` replaces Colosseum's rendering (tests)."""
    started = time.monotonic()
    manifest = Manifest(suite_dir)
    tests = manifest.discover(paths)
    run = Run(manifest.root, tests, jobs=default_jobs() if jobs is None else jobs)
    runnable = [test for test in tests if test.automatable]
    for test in tests:
        if not test.automatable:
            run.results[test.path] = Result(NOTRUN, test.reason)
            if on_result is not None:
                on_result(test, run.results[test.path])
    bar = Progress(len(runnable)) if progress else None

    def record(test: Test, result: Result) -> None:
        run.results[test.path] = result
        if bar is not None:
            bar.update(result.status)
        if on_result is not None:
            on_result(test, result)

    if run.jobs == 0:
        executor = Executor(manifest, renderer, artifacts=artifacts)
        for test in runnable:
            record(test, executor.run(test, timeout))
    elif runnable:
        make = functools.partial(Executor, manifest, renderer, artifacts=artifacts)
        run_pool(
            runnable, make, jobs=run.jobs, timeout=timeout, manifest=manifest, on_result=record
        )
    if bar is not None:
        bar.close()
    run.elapsed = time.monotonic() - started
    return run
