"""The exchange process (a real ``python -m app exchange`` subprocess under the exchange's own
PostgreSQL role) pushes a hall day to the province emulator exactly once per item under a
timeout, a late answer, a 503, an injected rejection, a deliberately dropped item and a
SIGKILL; the reconciliation catches the dropped item, raises the alarm and resends it; the
rejected item is shown with the province's reason, corrected and resent; afterwards every
day reconciles clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.exchange.province.emulator import RunningProvince
from app.services.clock import system_clock
from app.services.province_admin import counts, set_department_credit_code
from app.services.province_alarms import province_warnings
from app.store.models import Alarm, ProvinceItem, ProvinceReconciliation
from app.sync.role_audit import audit_roles
from tests.province.conftest import KEY_ID, SCJG_CREDIT, SECRET, SeededDay

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    if check:
        assert out.returncode == 0, out.stdout + out.stderr
    return out


def _source_ids(seeded: SeededDay) -> dict[str, set[str]]:
    with seeded.store.engine.connect() as conn:
        return {
            "办件": {str(i) for i in conn.execute(text("SELECT event_id FROM px_case_events")).scalars()},
            "评价": {str(i) for i in conn.execute(text("SELECT rating_id FROM px_ratings")).scalars()},
            "整改": {str(i) for i in conn.execute(text("SELECT follow_up_id FROM px_follow_ups")).scalars()},
        }


def _start(role_url: str, province: RunningProvince, key_file: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "exchange",
            "--store",
            role_url,
            "--province",
            province.url,
            "--key-id",
            KEY_ID,
            "--key-file",
            str(key_file),
            "--timeout",
            "1",
            "--interval",
            "0.2",
            "--batch",
            "3",
            "--reconcile-every",
            "0.5",
        ],  # fmt: skip
        cwd=ROOT,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait(condition: Callable[[], bool], seconds: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} not within {seconds} s; exchange log:\n{log.read_text(errors='replace')}")


def test_a_hall_day_reaches_the_province_once_per_item(
    seeded: SeededDay, exchange_role: str, province: RunningProvince, tmp_path: Path
) -> None:
    engine = seeded.store.engine
    set_department_credit_code(engine, "SCJG", SCJG_CREDIT)
    assert audit_roles(engine).ok, audit_roles(engine).text()
    sources = _source_ids(seeded)
    every = set().union(*sources.values())
    # 收件×3, 受理×2, 不予受理 on the day; 签收, 审查意见, 审批准予, 登记结果, 后台办结 after; 2 ratings; 1 follow-up
    assert {k: len(v) for k, v in sources.items()} == {"办件": 11, "评价": 2, "整改": 1}
    with engine.connect() as conn:
        refused = str(conn.execute(text("SELECT event_id FROM px_case_events WHERE action = '不予受理'")).scalar_one())
        dropped = str(conn.execute(text("SELECT event_id FROM px_case_events WHERE action = '后台签收'")).scalar_one())
    key_file = tmp_path / "province.key"
    key_file.write_bytes(SECRET)
    key_file.chmod(0o600)
    faults = province.faults
    faults.timeouts, faults.hang_seconds = 1, 2.0  # the first batch: no answer, nothing kept
    faults.late_answers, faults.late_seconds = 1, 2.0  # the next: kept, answered after the exchange gave up
    faults.unavailable = 1  # then a 503
    faults.reject[refused] = "不予受理须注明不予受理的法律依据条款"
    faults.drop.add(dropped)

    log = tmp_path / "exchange.log"
    first = _start(exchange_role, province, key_file, log)
    try:
        # Kill it hard as soon as the platform has kept something (mid-run, batches still to go).
        _wait(lambda: len(province.state.kept) >= 3, 60, "first items kept", log)
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
    assert counts(engine)["pending"] > 0  # it died with work left
    second = _start(exchange_role, province, key_file, log)
    try:
        # The dropped item is found by the reconciliation, queued again and kept.
        _wait(lambda: dropped in province.state.kept and counts(engine)["pending"] == 0, 90, "drained", log)
        _wait(lambda: _reconciled_after_resend(seeded, date(2026, 11, 3)), 30, "a reconciliation after it", log)
    finally:
        second.send_signal(signal.SIGTERM)
        assert second.wait(15) == 0, log.read_text()

    # Once per item: every event id accepted exactly once; resends answered duplicate.
    accepted = Counter(r.event_id for r in province.state.log if r.status == "accepted")
    assert set(accepted) == every - {refused}
    # … the dropped one twice: once answered accepted and lost by the platform, once kept
    assert {e: n for e, n in accepted.items() if n != 1} == {dropped: 2}
    assert any(r.status == "duplicate" for r in province.state.log)  # the late answer's items came again
    assert set(province.state.kept) == every - {refused}
    kept = province.state.kept
    accept_item = next(i for i in kept.values() if i.get("event") == "受理")
    assert accept_item["case"]["department_credit_code"] == SCJG_CREDIT
    assert accept_item["case"]["applicant"]["certificate_number"] == "11010519491231002X"
    assert accept_item["staff_no"] == "0101" and accept_item["window_no"] == "01"
    bad = kept[str(seeded.rating_bad)]
    assert (bad["level"], bad["score"], bad["bad_reasons"]) == ("不满意", 2, ["等候时间长"])
    follow = kept[str(seeded.follow_up)]
    assert (follow["rating_event_id"], follow["outcome"]) == (str(seeded.rating_bad), "已反馈")
    assert "增开窗口" in follow["rectify_note"]

    # The dropped item raised the alarm with the numbers, and the rejection is on the dashboard.
    with seeded.store.read() as s:
        alarms = [a.detail for a in s.scalars(select(Alarm).where(Alarm.kind == "province_reconcile"))]
        assert any("省平台缺 1 项（已重新排队发送）" in a for a in alarms), alarms
        assert any("1 项被拒收待更正" in a for a in alarms), alarms
        warnings = province_warnings(s, system_clock())
    assert "省平台拒收 1 项，尚未更正重发（admin province rejected）" in warnings
    store_url = engine.url.render_as_string(hide_password=False)
    shown = _cli("admin", "province", "rejected", "--store", store_url).stdout
    assert refused in shown and "被省平台拒收：不予受理须注明不予受理的法律依据条款" in shown

    # Corrected and resent; then one pass of the exchange reconciles every day clean.
    _cli(
        "admin",
        "province",
        "resend",
        refused,
        "--set",
        "opinion=依据《行政许可法》第三十二条第一款",
        "--store",
        store_url,
    )
    once = _cli(
        "exchange", "--store", exchange_role, "--province", province.url, "--key-id", KEY_ID,
        "--key-file", str(key_file), "--once",
    )  # fmt: skip
    assert "省平台接收 1 项" in once.stdout
    assert (kept[refused]["revision"], kept[refused]["opinion"]) == (1, "依据《行政许可法》第三十二条第一款")
    with seeded.store.read() as s:
        days = sorted({d for d in s.scalars(select(ProvinceItem.day))})
        last = {
            r.day: (r.clean, r.report)
            for r in s.scalars(select(ProvinceReconciliation).order_by(ProvinceReconciliation.checked_at))
        }
    assert all(last[d][0] for d in days), {d: last[d] for d in days}
    assert counts(engine) == {"pending": 0, "kept": len(every), "rejected": 0}
    assert "对账一致" in once.stdout


def _reconciled_after_resend(seeded: SeededDay, day: date) -> bool:
    """A reconciliation of ``day`` found the platform missing nothing after one that did."""
    with seeded.store.read() as s:
        reports = [
            r.report
            for r in s.scalars(
                select(ProvinceReconciliation)
                .where(ProvinceReconciliation.day == day)
                .order_by(ProvinceReconciliation.checked_at)
            )
        ]
    missing = [any(v["missing"] for v in report.values()) for report in reports]
    return True in missing and missing[-1] is False
