"""Make the helper modules of tests/unit (``grammar_strategies``) importable
from the test files, whatever pytest's import mode."""

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

# Hypothesis checks how long examples take; on a busy 2-core CI machine that
# says more about the machine than the code. Timing never decides a test here
# (benchmarks/ measure speed), so the deadline and the too-slow health check
# are off for every test; each test's own settings still apply on top.
import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("colosseum", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("colosseum")


@pytest.fixture
def moved(monkeypatch):
    """The boxes moved during a layout, one entry per box and move (a
    whole subtree for an eager ``translate``), and the boxes walked over to
    apply pending moves (``settle_shifts``): work counted, never timed."""
    from colosseum.layout import block, flex_align, floats, inline_build, lines, margins, position

    boxes = []
    move_one = lines._move_one

    def counting_move_one(item, dx, dy):
        boxes.append(item)
        move_one(item, dx, dy)

    def counting_translate(box, dx, dy):
        boxes.extend(box.descendants())
        lines.translate(box, dx, dy)

    def counting_settle_shifts(box):
        boxes.extend(box.descendants())
        lines.settle_shifts(box)

    monkeypatch.setattr(lines, "_move_one", counting_move_one)
    for module in (block, flex_align, floats, inline_build, margins, position):
        if hasattr(module, "translate"):
            monkeypatch.setattr(module, "translate", counting_translate)
        if hasattr(module, "settle_shifts"):
            monkeypatch.setattr(module, "settle_shifts", counting_settle_shifts)
    return boxes
