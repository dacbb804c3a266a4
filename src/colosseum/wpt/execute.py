"""Running one test: render, compare, evaluate; the result and its status.

An :class:`Executor` lives in one process (a worker of the pool, or the
pytest process) and runs tests one at a time. It keeps the renderings of the
last files it rendered, so that a reference shared by many tests is rendered
once per run and process. Statuses:

- PASS / FAIL: the test ran and its condition held or not;
- CRASH: rendering or evaluating raised an exception (the message names it
  and where it was raised);
- TIMEOUT: the test took longer than the allowed time;
- NOTRUN: the test cannot be automated (a script test, a visual test without
  reference, a manual test...); never a pass.
"""

from __future__ import annotations

import contextlib
import platform
import signal
import threading
import time
import traceback
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from .fuzzy import applicable_rule, equal_within, image_difference
from .manifest import KIND_CHECK_LAYOUT, KIND_REFTEST, Manifest, Test

PASS, FAIL, CRASH, TIMEOUT, NOTRUN = "PASS", "FAIL", "CRASH", "TIMEOUT", "NOTRUN"
STATUSES = (PASS, FAIL, CRASH, TIMEOUT, NOTRUN)
VIEWPORT = (800, 600)
DEFAULT_TIMEOUT = 10.0
MESSAGE_LIMIT = 300
WATCHDOG_INTERVAL = 0.05  # seconds between two looks at the CPU time used


@dataclass
class Result:
    """The outcome of one test. ``duration``: wall-clock seconds; ``images``: for a
    failing reftest whose images were saved, the file names of the test's,
    the reference's and their difference's renderings."""

    status: str
    message: str = ""
    duration: float = 0.0
    images: dict[str, str] = field(default_factory=dict)
    cpu: float = 0.0  # seconds of this process's CPU time

    def to_json(self) -> dict:
        return {"status": self.status, "message": self.message}


class TimeLimitExceeded(BaseException):
    """Raised inside a test that ran out of time (a BaseException, so that
    the code under test cannot swallow it)."""


@dataclass(frozen=True)
class RenderFailure:
    """A cached failure to render a file: the exception's message."""

    message: str


class RenderError(Exception):
    """Rendering a file of a reftest (the test or a reference) raised."""

    def __init__(self, path: str, message: str, where: str):
        super().__init__(path)
        self.path, self.message, self.where = path, message, where


def exception_message(error: BaseException) -> str:
    """``Type: message at file:line``, one line, shortened."""
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if frames:
        frame = frames[-1]
        filename = frame.filename.replace("\\", "/")
        if "/colosseum/" in filename:
            filename = "colosseum/" + filename.rsplit("/colosseum/", 1)[1]
        where = f" at {filename}:{frame.lineno}"
    return _short(f"{type(error).__name__}: {error}".splitlines()[0] + where)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 3] + "..."


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`TimeLimitExceeded` in the main thread once the process
    has used ``seconds`` of CPU time (no limit off the main thread or where
    threads cannot be signalled).

    CPU time rather than wall-clock time, so that a loaded machine does not
    turn slow tests into TIMEOUTs: the outcome of a test does not depend on
    what else runs. A watchdog thread measures it and signals the main
    thread itself, which interrupts it even while it waits for a helper
    thread (layout runs in one), and stops the helper threads the test
    started, which would otherwise run on. A test blocked without using the
    CPU is stopped by the pool's wall-clock limit instead."""
    usable = (
        seconds
        and hasattr(signal, "pthread_kill")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    state = {"expired": False}

    def expire(signum, frame):
        if state["expired"]:
            state["expired"] = False  # raise once
            raise TimeLimitExceeded(f"took more than {seconds:g} s of CPU time")

    done = threading.Event()
    main = threading.main_thread().ident
    limit = time.process_time() + seconds
    existing = {thread.ident for thread in threading.enumerate()}

    def watch():
        while not done.wait(WATCHDOG_INTERVAL):
            if time.process_time() >= limit:
                state["expired"] = True
                signal.pthread_kill(main, signal.SIGPROF)
                for thread in threading.enumerate():
                    if thread.ident not in existing and thread is not watchdog:
                        stop_thread(thread)
                return

    previous = signal.signal(signal.SIGPROF, expire)
    watchdog = threading.Thread(target=watch, name="wpt-time-limit", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        done.set()
        watchdog.join()
        state["expired"] = False
        signal.signal(signal.SIGPROF, previous)


def stop_thread(thread: threading.Thread) -> None:
    """Raise :class:`TimeLimitExceeded` in another thread at its next Python
    instruction (CPython's asynchronous exceptions; nothing elsewhere)."""
    if platform.python_implementation() != "CPython" or thread.ident is None:
        return
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(TimeLimitExceeded)
    )


def render_file(path: Path, width: int = VIEWPORT[0], height: int = VIEWPORT[1]):
    """Colosseum's rendering of an HTML/XHTML file as a Pillow image."""
    from ..html import Document
    from ..paint import render_document

    document = Document.from_file(path, viewport=(width, height))
    return render_document(document, width, height)


class Executor:
    """Runs tests of one manifest in this process.

    ``renderer(path) -> PIL image`` renders a file (default: Colosseum at
    800x600); ``cache_size`` renderings are kept; ``artifacts`` is a folder
    where the images of failing reftests are saved (for the HTML report).
    """

    def __init__(self, manifest: Manifest, renderer=None, *, cache_size=64, artifacts=None):
        self.manifest = manifest
        self.renderer = renderer or render_file
        self.cache: OrderedDict[str, object] = OrderedDict()
        self.cache_size = cache_size
        self.artifacts = Path(artifacts) if artifacts else None

    # -- running ---------------------------------------------------------------------

    def run(self, test: Test, timeout: float | None = DEFAULT_TIMEOUT) -> Result:
        """Run ``test`` within ``timeout`` seconds (None: no limit)."""
        start, cpu = time.perf_counter(), time.process_time()
        try:
            with time_limit(timeout):
                result = self._run(test)
        except TimeLimitExceeded as error:
            result = Result(TIMEOUT, str(error))
        except RenderError as error:
            where = f" (rendering {error.where} {error.path})"
            result = Result(CRASH, _short(error.message[: MESSAGE_LIMIT - len(where)] + where))
        except Exception as error:
            result = Result(CRASH, exception_message(error))
        result.duration = time.perf_counter() - start
        result.cpu = time.process_time() - cpu
        return result

    def _run(self, test: Test) -> Result:
        if test.kind == KIND_REFTEST:
            return self.run_reftest(test)
        if test.kind == KIND_CHECK_LAYOUT:
            return self.run_check_layout(test)
        return Result(NOTRUN, test.reason or "not automatable")

    # -- rendering ---------------------------------------------------------------------

    def render(self, path: str, where: str = "reference"):
        """The rendering of a suite-relative file. References are cached (a
        failure to render too, as its message), tests are not: a test is
        rendered once."""
        cached = self.cache.get(path)
        if cached is not None:
            self.cache.move_to_end(path)
        else:
            try:
                cached = self.renderer(self.manifest.root / path)
            except Exception as error:
                cached = RenderFailure(exception_message(error))
            if where == "reference":
                self.cache[path] = cached
                while len(self.cache) > self.cache_size:
                    self.cache.popitem(last=False)
        if isinstance(cached, RenderFailure):
            raise RenderError(path, cached.message, where)
        return cached

    # -- reftests ----------------------------------------------------------------------

    def run_reftest(self, test: Test) -> Result:
        """Render the test and its references and compare them: at least one
        match reference (when there are any) and every mismatch reference
        must hold, each reference's own references too (a chain)."""
        info = self.manifest.info(test.path)
        if info.fuzzy_error:
            raise ValueError(info.fuzzy_error)
        image = self.render(test.path, "test")
        failure = self._check_links(test.path, image, {test.path})
        if failure is None:
            return Result(PASS)
        message, reference, reference_image = failure
        result = Result(FAIL, _short(message))
        if self.artifacts is not None and reference_image is not None:
            result.images = self._save_images(test.path, image, reference, reference_image)
        return result

    def _check_links(self, path: str, image, visited: set[str]):
        """None when the links of ``path`` (rendered as ``image``) hold, else
        ``(message, failing reference, its image)``."""
        info = self.manifest.info(path)
        rules = list(info.fuzzy)
        matches = [link for link in info.links if link.relation == "match"]
        mismatches = [link for link in info.links if link.relation == "mismatch"]
        for link in mismatches:
            reference = self.render(link.path)
            rule = applicable_rule(rules + self._own_rules(link.path), link.path)
            largest, pixels = image_difference(image, reference)
            if equal_within(rule, largest, pixels):
                what = "identical to" if pixels == 0 else f"within {_rule_text(rule)} of"
                return f"rendering is {what} mismatch reference {link.path}", link.path, reference
            failure = self._follow(link.path, reference, visited)
            if failure is not None:
                return failure
        failures = []
        for link in matches:
            reference = self.render(link.path)
            rule = applicable_rule(rules + self._own_rules(link.path), link.path)
            largest, pixels = image_difference(image, reference)
            if not equal_within(rule, largest, pixels):
                fuzz = f" (allowed: {_rule_text(rule)})" if rule else ""
                failures.append(
                    (
                        f"{pixels} pixels differ (max channel difference {largest}) "
                        f"from {link.path}{fuzz}",
                        link.path,
                        reference,
                    )
                )
                continue
            failure = self._follow(link.path, reference, visited)
            if failure is None:
                return None
            failures.append(failure)
        if failures:
            message = "; ".join(f[0] for f in failures)
            return message, failures[0][1], failures[0][2]
        return None

    def _follow(self, path: str, image, visited: set[str]):
        """A reference with links of its own must satisfy them (reftest chain)."""
        if path in visited or not self.manifest.info(path).links:
            return None
        return self._check_links(path, image, visited | {path})

    def _own_rules(self, path: str):
        return [rule for rule in self.manifest.info(path).fuzzy if rule.reference is None]

    def _save_images(self, path: str, image, reference: str, reference_image) -> dict:
        from PIL import ImageChops

        self.artifacts.mkdir(parents=True, exist_ok=True)
        stem = path.replace("/", "__")
        names = {"test": f"{stem}.test.png", "reference": f"{stem}.ref.png"}
        names["difference"] = f"{stem}.diff.png"
        first, second = image.convert("RGB"), reference_image.convert("RGB")
        first.save(self.artifacts / names["test"])
        second.save(self.artifacts / names["reference"])
        if first.size == second.size:
            difference = ImageChops.difference(first, second).convert("L")
            difference = difference.point(lambda v: 255 if v else 0)
            ImageChops.invert(difference).save(self.artifacts / names["difference"])
        else:
            del names["difference"]
        names["reference_path"] = reference
        return names

    # -- check-layout tests ----------------------------------------------------------

    def run_check_layout(self, test: Test) -> Result:
        """Lay the test out at 800x600 and evaluate its ``data-expected-*``
        attributes (see :mod:`.checklayout`)."""
        from ..html import Document
        from .checklayout import evaluate

        document = Document.from_file(self.manifest.root / test.path, viewport=VIEWPORT)
        document.layout(*VIEWPORT)
        checked, failures = evaluate(document, test.selectors)
        if not checked:
            return Result(FAIL, "no data-expected-* attribute found under the checked elements")
        if failures:
            return Result(
                FAIL, _short(f"{len(failures)} of {checked} checks failed: " + "; ".join(failures))
            )
        return Result(PASS)


def _rule_text(rule) -> str:
    low, high = rule.max_difference
    pixels_low, pixels_high = rule.total_pixels
    return f"maxDifference={low}-{high};totalPixels={pixels_low}-{pixels_high}"
