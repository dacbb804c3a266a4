"""Every document of the W3C CSS 2.1 suite parses and styles without an exception.

The suite is read from ``$COLOSSEUM_WPT_DIR/css21`` (see conftest.py, which
fails these tests when the variable is unset); one test per chapter folder,
so that pytest-xdist spreads the ~12,000 files. ``Document.from_file`` parses
the document, its stylesheets and images, and computes every element's style
at the default 800x600 viewport. Warnings about the CSS are expected (the
syntax chapter is full of deliberate errors); exceptions are not.
"""

from __future__ import annotations

import traceback

from colosseum.html import Document


def test_css21_chapter_parses_and_styles(wpt_dir, css21_chapter, css21_documents):
    css21 = wpt_dir / "css21"
    failures = []
    for path in css21_documents:
        try:
            Document.from_file(path)
        except Exception as error:  # every failure is reported, not only the first
            frame = traceback.extract_tb(error.__traceback__)[-1]
            failures.append(
                f"  {path.relative_to(css21)}: {type(error).__name__}: {error} "
                f"(at {frame.filename}:{frame.lineno})"
            )
    assert not failures, (
        f"{len(failures)} of {len(css21_documents)} files of css21 chapter {css21_chapter!r} "
        "failed to parse and style:\n" + "\n".join(failures)
    )
