"""The conformance harness: runs W3C CSS tests (csswg-test or
web-platform-tests) with Colosseum and reports what passes.

- :mod:`.manifest`: discovery and classification (reftest, check-layout
  test, not automatable);
- :mod:`.fuzzy`: ``<meta name="fuzzy">`` and image comparison;
- :mod:`.execute`: running one test (statuses PASS, FAIL, CRASH, TIMEOUT,
  NOTRUN); :mod:`.checklayout`: ``data-expected-*`` attributes;
- :mod:`.pool`: worker processes with per-test time limits;
- :mod:`.run`: a whole run; :mod:`.report`: progress, summary, JSON and
  HTML reports, the conformance page; :mod:`.expectations`: the files of
  known failures the test suite checks against;
- :mod:`.command`: ``colosseum wpt``.

Nothing here is imported by the rest of the package.
"""

from .execute import CRASH, FAIL, NOTRUN, PASS, TIMEOUT, Executor, Result
from .manifest import Manifest, Test
from .run import Run, run_suite

__all__ = [
    "CRASH",
    "FAIL",
    "NOTRUN",
    "PASS",
    "TIMEOUT",
    "Executor",
    "Manifest",
    "Result",
    "Run",
    "Test",
    "run_suite",
]
