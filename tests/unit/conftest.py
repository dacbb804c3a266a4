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
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("colosseum", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("colosseum")
