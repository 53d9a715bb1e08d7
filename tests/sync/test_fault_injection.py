"""Acceptance: windows killed at random, requests and answers lost, central connections
terminated mid-batch — and still every outbox row is in the inbox exactly once, every
device sequence is contiguous, every case number exists exactly once. The checker is
shown to catch an uploader that acknowledges before the center committed."""

from __future__ import annotations

import pytest

from tests.sync.fault_harness import run_fault_injection

pytestmark = pytest.mark.postgres


def test_nothing_lost_nothing_twice_under_faults(pg_server, central_url, local_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = run_fault_injection(
        admin_url=pg_server.admin_url,
        central_url=central_url,
        workdir=tmp_path,
        template=local_template,
        clients=3,
        cases=30,
        kills_per_client=2,
        seed=20261123,
    )
    assert run.problems == ()
    assert run.case_numbers == 90 and run.outbox_rows == run.inbox_rows
    # The faults really happened (otherwise this test would prove nothing).
    assert run.kills >= 1 and run.lost_answers >= 1 and run.lost_requests >= 1


def test_checker_catches_an_uploader_that_acks_before_commit(pg_server, central_url, local_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = run_fault_injection(
        admin_url=pg_server.admin_url,
        central_url=central_url,
        workdir=tmp_path,
        template=local_template,
        clients=2,
        cases=15,
        kills_per_client=0,
        seed=7,
        broken=True,
        p_request=0.3,
    )
    assert run.lost_requests >= 1
    assert any("不在中心收件箱" in p for p in run.problems), run.problems
    assert any("有缺口" in p or "连续序号" in p for p in run.problems), run.problems
