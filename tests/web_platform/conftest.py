"""Shared fixtures of the web-platform tests: where the W3C suite is.

The W3C CSS test suite is never copied into the repository: the tests read it
from the directory named by ``COLOSSEUM_WPT_DIR`` (any checkout of
web-platform-tests or of the older csswg-test; ``.ci/run`` points it at
``../shared/csswg-test``). A test that needs the suite fails, with a message
saying how to set it, when the variable is unset or names no directory: a
skipped suite would pass unnoticed.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

WPT_ENVIRONMENT_VARIABLE = "COLOSSEUM_WPT_DIR"


def wpt_directory() -> tuple[Path | None, str]:
    """The suite's directory, or None and the reason it is unusable."""
    value = os.environ.get(WPT_ENVIRONMENT_VARIABLE, "")
    if not value:
        return None, (
            f"{WPT_ENVIRONMENT_VARIABLE} is not set: point it at a checkout of the W3C CSS "
            "test suite, e.g. COLOSSEUM_WPT_DIR=../shared/csswg-test (.ci/run sets it)"
        )
    path = Path(value).expanduser()
    if not path.is_dir():
        return None, f"{WPT_ENVIRONMENT_VARIABLE}={value} is not a directory"
    return path.resolve(), ""


@pytest.fixture(scope="session")
def wpt_dir() -> Path:
    """The W3C suite's root directory; fails the test when it is missing."""
    path, reason = wpt_directory()
    if path is None:
        pytest.fail(reason, pytrace=False)
    return path


# -- the CSS 2.1 chapters, one test each --------------------------------------------

CSS21_EXTENSIONS = (".xht", ".html", ".htm")
TOP_LEVEL = "(top level)"


@functools.cache
def css21_files(css21: Path) -> dict[str, list[Path]]:
    """The suite's CSS 2.1 test documents by chapter folder (the first path
    component under ``css21/``); files directly in it form ``(top level)``."""
    chapters: dict[str, list[Path]] = {}
    for directory, _, names in os.walk(css21):
        for name in names:
            if name.lower().endswith(CSS21_EXTENSIONS):
                path = Path(directory, name)
                parts = path.relative_to(css21).parts
                chapter = parts[0] if len(parts) > 1 else TOP_LEVEL
                chapters.setdefault(chapter, []).append(path)
    return {chapter: sorted(files) for chapter, files in sorted(chapters.items())}


def pytest_generate_tests(metafunc):
    """Parametrize ``css21_chapter`` by the chapters of ``$COLOSSEUM_WPT_DIR/css21``
    (so that pytest-xdist spreads them), or by one placeholder that fails
    through the ``wpt_dir`` fixture when the suite is missing."""
    if "css21_chapter" not in metafunc.fixturenames:
        return
    path, _ = wpt_directory()
    chapters = sorted(css21_files(path / "css21")) if path and (path / "css21").is_dir() else []
    metafunc.parametrize("css21_chapter", chapters or ["<suite missing>"])


@pytest.fixture
def css21_documents(wpt_dir, css21_chapter) -> list[Path]:
    """The test documents of one CSS 2.1 chapter folder."""
    css21 = wpt_dir / "css21"
    if not css21.is_dir():
        pytest.fail(
            f"{css21} is missing: {WPT_ENVIRONMENT_VARIABLE} must hold the css21 suite",
            pytrace=False,
        )
    files = css21_files(css21).get(css21_chapter)
    if not files:
        pytest.fail(
            f"no {'/'.join(CSS21_EXTENSIONS)} files in css21 chapter {css21_chapter!r}",
            pytrace=False,
        )
    return files
