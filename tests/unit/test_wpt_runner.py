"""colosseum.wpt: discovery, statuses, references, time limits, the pool and the command.

The tests build a small suite in a temporary folder and render it with a
fake renderer: each page holds ``<!--pixel X Y R G B-->`` comments that it
paints on a white 8x8 image, ``<!--crash-->`` raises and ``<!--slow-->``
sleeps, so that each outcome of the harness can be produced on purpose.
"""

from __future__ import annotations

import json
import re
import signal
import threading
import time
from collections import deque
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from colosseum.cli import main
from colosseum.wpt import execute, pool
from colosseum.wpt.execute import CRASH, FAIL, NOTRUN, PASS, TIMEOUT, Executor
from colosseum.wpt.manifest import KIND_CHECK_LAYOUT, KIND_NOTRUN, KIND_REFTEST, Manifest
from colosseum.wpt.run import run_suite

PIXEL = re.compile(r"<!--pixel (\d+) (\d+) (\d+) (\d+) (\d+)-->")
RENDERED: list[str] = []
THREAD_ERRORS: list[BaseException] = []


def busy(seconds: float) -> None:
    """Use ``seconds`` of CPU time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def busy_in_thread() -> None:
    """A helper thread's work; like layout's, it keeps what stops it."""
    try:
        busy(30)
    except BaseException as error:
        THREAD_ERRORS.append(error)


def fake_render(path: Path):
    """Paint the ``<!--pixel-->`` comments of a page; crash or stall on demand."""
    text = path.read_text()
    RENDERED.append(path.name)
    if "<!--crash-->" in text:
        raise KeyError("boom")
    if "<!--slow-->" in text:
        busy(5)
    if "<!--thread-->" in text:  # a render in a helper thread, as deep layouts run
        worker = threading.Thread(target=busy_in_thread, daemon=True)
        worker.start()
        worker.join()
    if "<!--stuck-->" in text:  # deaf to the time limit: only a kill stops it
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGPROF])
        time.sleep(30)
    image = Image.new("RGB", (8, 8), "white")
    for x, y, r, g, b in PIXEL.findall(text):
        image.putpixel((int(x), int(y)), (int(r), int(g), int(b)))
    return image


def page(*body: str, links: str = "", head: str = "") -> str:
    return (
        '<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>'
        f"{links}{head}</head><body>{''.join(body)}</body></html>"
    )


def match(href: str, relation: str = "match") -> str:
    return f'<link rel="{relation}" href="{href}"/>'


RED = "<!--pixel 1 1 255 0 0-->"
NEAR_RED = "<!--pixel 1 1 250 0 0-->"
BLUE = "<!--pixel 2 2 0 0 255-->"

SUITE = {
    "css21/floats/same.xht": page(RED, links=match("same-ref.xht")),
    "css21/floats/same-ref.xht": page(RED),
    "css21/floats/one-pixel.xht": page(RED, BLUE, links=match("same-ref.xht")),
    "css21/floats/mismatch-identical.xht": page(RED, links=match("same-ref.xht", "mismatch")),
    "css21/floats/mismatch-different.xht": page(BLUE, links=match("same-ref.xht", "mismatch")),
    "css21/floats/crash.xht": page("<!--crash-->", links=match("same-ref.xht")),
    "css21/floats/crash-in-reference.xht": page(RED, links=match("reference/crashes.xht")),
    "css21/floats/reference/crashes.xht": page("<!--crash-->"),
    "css21/floats/slow.xht": page("<!--slow-->", links=match("same-ref.xht")),
    "css21/floats/fuzzy-ok.xht": page(
        NEAR_RED, links=match("same-ref.xht"), head='<meta name="fuzzy" content="0-5;0-1"/>'
    ),
    "css21/floats/fuzzy-too-strict.xht": page(
        NEAR_RED, links=match("same-ref.xht"), head='<meta name="fuzzy" content="0-4;0-1"/>'
    ),
    "css21/floats/fuzzy-other-reference.xht": page(
        NEAR_RED,
        links=match("same-ref.xht"),
        head='<meta name="fuzzy" content="other-ref.xht:0-5;0-1"/>',
    ),
    "css21/floats/either-match.xht": page(RED, links=match("blue-ref.xht") + match("same-ref.xht")),
    "css21/floats/blue-ref.xht": page(BLUE),
    "css21/floats/chain-ok.xht": page(RED, links=match("chain-1.htm")),
    "css21/floats/chain-1.htm": page(RED, links=match("same-ref.xht")),
    "css21/floats/chain-broken.xht": page(RED, links=match("chain-2.htm")),
    "css21/floats/chain-2.htm": page(RED, links=match("blue-ref.xht")),
    "css21/floats/script.xht": page(
        "<div/>", head='<script src="/resources/testharness.js"></script>'
    ),
    "css21/floats/script-reftest.xht": page(
        RED, "<script>x()</script>", links=match("same-ref.xht")
    ),
    "css21/floats/no-reference.xht": page(RED),
    "css21/floats/interact.xht": page(
        RED, links=match("same-ref.xht"), head='<meta name="flags" content="interact"/>'
    ),
    "css21/floats/missing-ref.xht": page(RED, links=match("nowhere-ref.xht")),
    "css21/floats/bad-fuzzy.xht": page(
        RED, links=match("same-ref.xht"), head='<meta name="fuzzy" content="lots"/>'
    ),
    "css21/floats/thing-manual.xht": page(RED, links=match("same-ref.xht")),
    "css21/floats/support/helper.xht": page(RED, links=match("../same-ref.xht")),
    "css21/top.xht": page(RED, links=match("floats/same-ref.xht")),
    "css-flexbox-1/check.html": page(
        '<div class="box" data-expected-width="10"></div>',
        head='<script src="support/check-layout-th.js"></script>',
        links="",
    ).replace("<body>", "<body onload=\"checkLayout('.box')\">"),
    "css-flexbox-1/commented.html": page("<!-- <link rel='match' href='x-ref.html'> -->" + RED),
}


@pytest.fixture
def suite(tmp_path) -> Path:
    for name, text in SUITE.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def run_one(suite: Path, name: str, timeout=5.0, renderer=fake_render):
    manifest = Manifest(suite)
    test = manifest.classify(name)
    return Executor(manifest, renderer).run(test, timeout)


# -- discovery ---------------------------------------------------------------------------


def test_discovery_classifies_tests_and_leaves_out_references_and_support(suite):
    tests = {t.path: t for t in Manifest(suite).discover()}
    assert "css21/floats/same-ref.xht" not in tests  # a -ref name
    assert "css21/floats/blue-ref.xht" not in tests
    assert "css21/floats/chain-1.htm" not in tests  # linked by a test: a reference
    assert "css21/floats/reference/crashes.xht" not in tests  # reference folder
    assert "css21/floats/support/helper.xht" not in tests
    assert tests["css21/floats/same.xht"].kind == KIND_REFTEST
    assert tests["css21/floats/chain-ok.xht"].kind == KIND_REFTEST
    assert tests["css-flexbox-1/check.html"].kind == KIND_CHECK_LAYOUT
    assert tests["css-flexbox-1/check.html"].selectors == (".box",)
    notrun = {p: t.reason for p, t in tests.items() if t.kind == KIND_NOTRUN}
    assert "testharness" in notrun["css21/floats/script.xht"]
    assert "JavaScript" in notrun["css21/floats/script-reftest.xht"]
    assert "no reference" in notrun["css21/floats/no-reference.xht"]
    assert "interact" in notrun["css21/floats/interact.xht"]
    assert "no reference" in notrun["css-flexbox-1/commented.html"]  # commented-out link


def test_groups_are_css21_chapters_and_suite_folders(suite):
    tests = {t.path: t.group for t in Manifest(suite).discover()}
    assert tests["css21/floats/same.xht"] == "css21-floats"
    assert tests["css21/top.xht"] == "css21"
    assert tests["css-flexbox-1/check.html"] == "css-flexbox-1"


def test_web_platform_tests_layout(tmp_path):
    (tmp_path / "css/CSS2/floats").mkdir(parents=True)
    (tmp_path / "css/reference").mkdir(parents=True)
    (tmp_path / "css/CSS2/floats/a.xht").write_text(
        page(RED, links=match("/css/reference/green.xht"))
    )
    (tmp_path / "css/reference/green.xht").write_text(page(RED))
    manifest = Manifest(tmp_path)
    (test,) = manifest.discover()
    assert (test.path, test.kind, test.group) == (
        "css/CSS2/floats/a.xht",
        KIND_REFTEST,
        "css21-floats",
    )
    assert manifest.info(test.path).links[0].path == "css/reference/green.xht"
    assert Executor(manifest, fake_render).run(test).status == PASS


def test_paths_restrict_discovery(suite):
    tests = Manifest(suite).discover(["css21/floats/same.xht", "css-flexbox-1"])
    assert [t.path for t in tests] == [
        "css-flexbox-1/check.html",
        "css-flexbox-1/commented.html",
        "css21/floats/same.xht",
    ]


# -- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "status", "message"),
    [
        ("css21/floats/same.xht", PASS, ""),
        ("css21/floats/one-pixel.xht", FAIL, "1 pixels differ (max channel difference 255)"),
        ("css21/floats/mismatch-identical.xht", FAIL, "identical to mismatch reference"),
        ("css21/floats/mismatch-different.xht", PASS, ""),
        ("css21/floats/crash.xht", CRASH, "KeyError: 'boom'"),
        ("css21/floats/crash-in-reference.xht", CRASH, "rendering reference"),
        ("css21/floats/fuzzy-ok.xht", PASS, ""),
        ("css21/floats/fuzzy-too-strict.xht", FAIL, "max channel difference 5"),
        ("css21/floats/fuzzy-other-reference.xht", FAIL, "1 pixels differ"),
        ("css21/floats/either-match.xht", PASS, ""),
        ("css21/floats/chain-ok.xht", PASS, ""),
        ("css21/floats/chain-broken.xht", FAIL, "from css21/floats/blue-ref.xht"),
        ("css21/floats/missing-ref.xht", CRASH, "FileNotFoundError"),
        ("css21/floats/bad-fuzzy.xht", CRASH, "invalid fuzzy specifier 'lots'"),
        ("css21/floats/thing-manual.xht", NOTRUN, "manual test"),
        ("css21/floats/script.xht", NOTRUN, "testharness"),
        ("css21/floats/no-reference.xht", NOTRUN, "not automatable"),
    ],
)
def test_statuses(suite, name, status, message):
    result = run_one(suite, name)
    assert result.status == status, result
    assert message in result.message


def test_a_slow_test_times_out(suite):
    result = run_one(suite, "css21/floats/slow.xht", timeout=0.2)
    assert result.status == TIMEOUT
    assert "0.2 s of CPU time" in result.message
    assert 0.2 <= result.cpu < 1


def test_a_helper_thread_that_runs_on_is_stopped(suite):
    (suite / "css21/floats/thread.xht").write_text(
        page("<!--thread-->", links=match("same-ref.xht"))
    )
    before = set(threading.enumerate())
    result = run_one(suite, "css21/floats/thread.xht", timeout=0.3)
    assert result.status == TIMEOUT
    for thread in set(threading.enumerate()) - before:
        thread.join(5)
        assert not thread.is_alive()
    deadline = time.monotonic() + 5
    while not THREAD_ERRORS and time.monotonic() < deadline:
        time.sleep(0.05)
    assert type(THREAD_ERRORS[-1]).__name__ == "TimeLimitExceeded"


def test_a_crash_says_where(suite):
    result = run_one(suite, "css21/floats/crash.xht")
    assert "test_wpt_runner.py:" in result.message
    assert "rendering test css21/floats/crash.xht" in result.message


def test_a_shared_reference_is_rendered_once(suite):
    manifest = Manifest(suite)
    executor = Executor(manifest, fake_render)
    RENDERED.clear()
    for name in ("same.xht", "one-pixel.xht", "mismatch-different.xht"):
        executor.run(manifest.classify(f"css21/floats/{name}"))
    assert RENDERED.count("same-ref.xht") == 1
    assert len(RENDERED) == 4


def test_failing_reftest_images_are_saved(suite, tmp_path):
    manifest = Manifest(suite)
    executor = Executor(manifest, fake_render, artifacts=tmp_path / "out")
    result = executor.run(manifest.classify("css21/floats/one-pixel.xht"))
    assert result.status == FAIL
    for key in ("test", "reference", "difference"):
        assert (tmp_path / "out" / result.images[key]).is_file()
    difference = Image.open(tmp_path / "out" / result.images["difference"])
    assert difference.getpixel((2, 2)) == 0 and difference.getpixel((1, 1)) == 255


# -- the pool and the whole run --------------------------------------------------------------


def test_run_in_worker_processes(suite):
    run = run_suite(suite, ["css21/floats"], jobs=2, timeout=0.3, renderer=fake_render)
    statuses = {path: result.status for path, result in run.results.items()}
    assert statuses["css21/floats/same.xht"] == PASS
    assert statuses["css21/floats/one-pixel.xht"] == FAIL
    assert statuses["css21/floats/crash.xht"] == CRASH
    assert statuses["css21/floats/slow.xht"] == TIMEOUT
    assert statuses["css21/floats/script.xht"] == NOTRUN
    assert set(statuses) == {t.path for t in run.tests}


def test_a_stuck_worker_is_killed_and_replaced(suite, monkeypatch):
    (suite / "css21/floats/stuck.xht").write_text(page("<!--stuck-->", links=match("same-ref.xht")))
    monkeypatch.setattr(pool, "KILL_GRACE", 0.5)
    monkeypatch.setattr(pool, "WALL_FACTOR", 1.0)
    run = run_suite(
        suite,
        ["css21/floats/stuck.xht", "css21/floats/same.xht"],
        jobs=1,
        timeout=0.3,
        renderer=fake_render,
    )
    assert run.results["css21/floats/stuck.xht"].status == TIMEOUT
    assert "killed" in run.results["css21/floats/stuck.xht"].message
    assert run.results["css21/floats/same.xht"].status == PASS


def test_a_worker_whose_thread_overran_is_replaced(suite, monkeypatch):
    monkeypatch.setattr(pool, "KILL_GRACE", 30)  # the worker's timer must stop it
    (suite / "css21/floats/thread.xht").write_text(
        page("<!--thread-->", links=match("same-ref.xht"))
    )
    run = run_suite(
        suite,
        ["css21/floats/thread.xht", "css21/floats/same.xht", "css21/floats/one-pixel.xht"],
        jobs=1,
        timeout=0.3,
        renderer=fake_render,
    )
    statuses = {path: result.status for path, result in run.results.items()}
    assert "CPU time" in run.results["css21/floats/thread.xht"].message
    assert statuses == {
        "css21/floats/thread.xht": TIMEOUT,
        "css21/floats/same.xht": PASS,
        "css21/floats/one-pixel.xht": FAIL,
    }


def test_command_writes_json_and_html_reports(suite, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(execute, "render_file", fake_render)
    report, pages = tmp_path / "report.json", tmp_path / "html"
    status = main(
        [
            "wpt",
            str(suite),
            "css21/floats/same.xht",
            "css21/floats/one-pixel.xht",
            "css21/floats/script.xht",
            "--jobs",
            "1",
            "--json",
            str(report),
            "--html",
            str(pages),
        ]
    )
    assert status == 1
    results = json.loads(report.read_text())["results"]
    assert results["css21/floats/same.xht"] == {"status": PASS, "message": ""}
    assert results["css21/floats/one-pixel.xht"]["status"] == FAIL
    assert results["css21/floats/script.xht"]["status"] == NOTRUN
    index = (pages / "index.html").read_text()
    assert "css21/floats/one-pixel.xht" in index and ".diff.png" in index
    out = capsys.readouterr().out
    assert "css21-floats" in out and "33.3%" not in out and "50.0%" in out


def test_command_rejects_a_missing_folder(tmp_path, capsys):
    assert main(["wpt", str(tmp_path / "nowhere")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_batches_group_tests_by_their_first_reference(suite):
    manifest = Manifest(suite)
    tests = [t for t in manifest.discover(["css21/floats"]) if t.automatable]
    batches = pool.batches(tests, manifest, size=3)
    assert sorted(t.path for batch in batches for t in batch) == sorted(t.path for t in tests)
    assert all(len(batch) <= 3 for batch in batches)
    for batch in batches:
        firsts = {manifest.info(t.path).links[0].path for t in batch}
        assert len(firsts) == 1


def test_an_idle_worker_takes_half_of_the_largest_remaining_batch():
    busy = SimpleNamespace(batch=deque([1, 2, 3, 4, 5]))
    idle = SimpleNamespace(batch=deque())
    taken = pool._next_batch(deque(), [idle, busy])
    assert (list(busy.batch), list(taken)) == ([1, 2, 3], [4, 5])
    assert list(pool._next_batch(deque([[7, 8]]), [idle, busy])) == [7, 8]


def test_paths_may_be_relative_to_the_working_directory(suite, monkeypatch, capsys):
    monkeypatch.chdir(suite / "css21")
    tests = Manifest(suite).discover(["floats/same.xht"])
    assert [t.path for t in tests] == ["css21/floats/same.xht"]
    assert main(["wpt", str(suite), str(suite.parent)]) == 2
    assert "is not inside the suite" in capsys.readouterr().err
    assert main(["wpt", str(suite), "css21/nothing"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
