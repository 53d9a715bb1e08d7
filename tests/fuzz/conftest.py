"""Hypothesis profiles of the fuzz tests (issue 12: hostile input never crashes and
never half-writes).

* ``ci`` (the default, what ``./dev test`` and CI run): 200 cases per test, so the
  whole folder stays within seconds.
* ``thorough``: 10,000 cases per test, the acceptance run —
  ``HYPOTHESIS_PROFILE=thorough ./dev test tests/fuzz -n 2`` (a few minutes).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
