"""Running many tests in worker processes, each test with a time limit.

Each worker is a forked process with its own :class:`~.execute.Executor`
(and so its own cache of renderings). A test that runs out of (CPU) time inside a
worker is stopped by the worker's interval timer (TIMEOUT); a worker that
does not answer within several times the limit in wall-clock time (stuck
outside Python code, or blocked) is killed and replaced, and its test
reported TIMEOUT. A worker that dies reports CRASH.

Tests are handed out in *batches* of tests that share their first reference,
so that a shared reference is rendered once by one worker rather than once
by every worker.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from multiprocessing.connection import wait

from .execute import CRASH, TIMEOUT, Executor, Result
from .manifest import Test

#: A worker is killed when a test has run for WALL_FACTOR times the time
#: limit (which counts CPU time) plus KILL_GRACE seconds of wall-clock time.
WALL_FACTOR = 6.0
KILL_GRACE = 5.0
BATCH_SIZE = 24


def batches(tests: Iterable[Test], manifest, size: int = BATCH_SIZE) -> list[list[Test]]:
    """The tests grouped by their first reference (tests without one alone
    or in runs of their folder), each group cut into batches of ``size``."""
    groups: dict[str, list[Test]] = {}
    for test in tests:
        links = manifest.info(test.path).links if test.kind == "reftest" else []
        key = links[0].path if links else test.path.rsplit("/", 1)[0]
        groups.setdefault(key, []).append(test)
    result = []
    for group in groups.values():
        result.extend(group[i : i + size] for i in range(0, len(group), size))
    return result


def _worker(connection, make_executor: Callable[[], Executor], timeout: float | None) -> None:
    executor = make_executor()
    while True:
        try:
            test = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if test is None:
            return
        result = executor.run(test, timeout)
        # A render that ran out of time inside a helper thread (layout of deep
        # trees runs in one) keeps running there: this process then retires.
        retire = result.status == TIMEOUT and threading.active_count() > 1
        connection.send((test.path, result, retire))
        if retire:
            return


class _Worker:
    def __init__(self, context, make_executor, timeout):
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=_worker, args=(child, make_executor, timeout), daemon=True
        )
        self.process.start()
        child.close()
        self.batch: deque[Test] = deque()
        self.current: Test | None = None
        self.started = 0.0
        self.retiring = False

    def send(self, test: Test) -> None:
        self.current, self.started = test, time.monotonic()
        self.connection.send(test)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
        self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1)
        self.connection.close()


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def run_pool(
    tests: list[Test],
    make_executor: Callable[[], Executor],
    *,
    jobs: int,
    timeout: float | None,
    manifest,
    on_result: Callable[[Test, Result], None],
) -> None:
    """Run ``tests`` in ``jobs`` worker processes, calling ``on_result``
    (in this process) for each as it finishes."""
    context = _context()
    queue = deque(batches(tests, manifest))
    workers = [_Worker(context, make_executor, timeout) for _ in range(max(1, jobs))]
    try:
        while True:
            for index, worker in enumerate(workers):
                if worker.current is None and (worker.retiring or not worker.process.is_alive()):
                    worker.stop()
                    workers[index] = _replace(worker, context, make_executor, timeout)
                    worker = workers[index]
                if worker.current is None:
                    if not worker.batch:
                        worker.batch = _next_batch(queue, workers)
                    if worker.batch:
                        worker.send(worker.batch.popleft())
            busy = [w for w in workers if w.current is not None]
            if not busy:
                break
            ready = wait([w.connection for w in busy], timeout=0.25)
            for worker in busy:
                if worker.connection in ready:
                    _receive(worker, on_result)
            now = time.monotonic()
            for index, worker in enumerate(workers):
                test = worker.current
                if test is None:
                    continue
                limit = None if timeout is None else timeout * WALL_FACTOR + KILL_GRACE
                overdue = limit is not None and now - worker.started > limit
                dead = not worker.process.is_alive()
                if overdue or dead:
                    if dead and worker.connection.poll() and _receive(worker, on_result):
                        continue
                    code = worker.process.exitcode
                    worker.stop(kill=True)
                    message = (
                        f"took longer than {limit:g} s (worker killed)"
                        if overdue
                        else f"worker process died (exit code {code})"
                    )
                    status = TIMEOUT if overdue else CRASH
                    on_result(test, Result(status, message, now - worker.started))
                    workers[index] = _replace(worker, context, make_executor, timeout)
    finally:
        for worker in workers:
            worker.stop(kill=worker.current is not None)


def _next_batch(queue: deque, workers: list[_Worker]) -> deque:
    """The next batch from the queue, or, at the end of the run, the second
    half of the largest batch another worker still has (so that no worker
    idles while another has a queue)."""
    if queue:
        return deque(queue.popleft())
    donor = max(workers, key=lambda w: len(w.batch))
    taken: deque[Test] = deque()
    for _ in range(len(donor.batch) // 2):
        taken.appendleft(donor.batch.pop())
    return taken


def _replace(worker: _Worker, context, make_executor, timeout) -> _Worker:
    """A new worker taking over the rest of ``worker``'s batch."""
    replacement = _Worker(context, make_executor, timeout)
    replacement.batch = worker.batch
    return replacement


def _receive(worker: _Worker, on_result) -> bool:
    """Pass on a finished test's result; False when the worker died instead."""
    try:
        _, result, worker.retiring = worker.connection.recv()
    except (EOFError, OSError):
        return False  # the worker died: the caller reports it once it is dead
    test, worker.current = worker.current, None
    on_result(test, result)
    return True
