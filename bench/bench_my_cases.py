"""Benchmark: F1 (呼叫下一位) pressed right after a decision in 我的办件, at 100,000 open
cases against the same on an almost empty store — in the same run, same code, same steps.

The real 我的办件 page (offscreen) over a real SQLite file with the services' test hall:
the clerk completes a case (办结（准予）) on the page; the moment the decision's result is
back on the GUI thread, F1 is queued on the same worker the decision used, and the time
until the called ticket is back on the GUI thread is recorded. The page refreshes the
decided row alone on its own read worker (issue 16); the "full reload" line shows, on the
same store, what F1 waited for when every decision reloaded the whole list on the one
worker (``open_cases`` queued in front of F1).

Checked: every F1 returns the next ticket (numbers distinct, in order), and the decided
case's row shows 办结（准予） / 待送达 without the list being read again.

    .venv/bin/python bench/bench_my_cases.py [--quick] [--cases 100000] [--decisions 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def bulk(store: Any, n: int) -> None:
    """``n`` accepted cases of window 01, promised later than a case accepted today."""
    from sqlalchemy import insert

    from app.domain.ids import uuid7
    from app.store.models import Case, CaseEvent
    from tests.services.conftest import CALENDAR, DAY

    cases, events = [], []
    for i in range(n):
        cid = uuid7()
        accepted = DAY - timedelta(days=i % 3)
        cases.append(
            {
                "id": cid,
                "case_number": f"B{i:08d}",
                "owner_window": "01",
                "matter_code": "QYSL",
                "matter_name": "企业设立登记",
                "kind": "承诺件",
                "state": "已受理",
                "applicant_kind": "自然人",
                "applicant_name": "张三",
                "received_on": accepted,
                "accepted_on": accepted,
                "promised_limit_days": 40 + i % 60,
                "legal_limit_days": 40 + i % 60,
                "due_date": CALENDAR.add_workdays(accepted, 40 + i % 60),
            }
        )
        events.append({"case_id": cid, "owner_window": "01", "action": "受理", "day": accepted, "note": ""})
    with store.write() as tx:
        for table, rows in ((Case.__table__, cases), (CaseEvent.__table__, events)):
            for k in range(0, len(rows), 5000):
                tx.session.execute(insert(table), rows[k : k + 5000])


def wait(app: Any, done: Callable[[], bool], what: str) -> None:
    t0 = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - t0 > 120:
            raise SystemExit(f"FAILED: {what} never happened")


def run(app: Any, n_cases: int, decisions: int, *, full_reload: bool) -> list[float]:
    """F1-after-decision times (ms) on a store holding ``n_cases`` other open cases."""
    from app.services.dto import ApplicantInput
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store
    from app.ui.ops import OpRunner
    from app.ui.pages.cases import CasesPage
    from tests.services.conftest import PASSWORD, PERSON_ID, build_hall
    from tests.ui.conftest import make_services

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(make_engine(f"sqlite+pysqlite:///{Path(tmp) / 'window.db'}"))
        upgrade(store.engine)
        build_hall(store)
        bulk(store, n_cases)
        services, _clock = make_services(store)
        services.session.login("0101", PASSWORD)
        accepted = []
        for _ in range(decisions):
            case = services.intake.start(
                matter_code="QYSL", applicant=ApplicantInput(name="欧阳娜娜", id_number=PERSON_ID, phone="13812345678")
            )
            services.intake.mark_all_received(case.id)
            accepted.append(services.decisions.accept(case.id).case.id)
        numbers = [services.queue.issue("A").number for _ in range(decisions)]
        ops = OpRunner()
        page = CasesPage(services, ops)
        page.resize(1200, 700)
        page.show()
        page.refresh()
        wait(app, lambda: page.cases.rowCount() > 0 and ops.is_idle() and page.reads.is_idle(), "the first page")
        pages_before = page.cases.pages_fetched
        times: list[float] = []
        called: list[str] = []
        real_update = page.update_case
        state: dict[str, float] = {}

        def after_decision(case_id: Any) -> None:
            if full_reload:  # before issue 16: the whole list again, on the one worker
                ops.run(services.tracking.open_cases, lambda _rows: None)
            else:
                real_update(case_id)
            state["t0"] = time.perf_counter()
            ops.run(services.queue.call_next, on_called)

        def on_called(ticket: Any) -> None:
            times.append((time.perf_counter() - state["t0"]) * 1000)
            called.append(ticket.number if ticket is not None else "")

        page.update_case = after_decision  # type: ignore[method-assign]  # the bench's stopwatch
        for i, case_id in enumerate(accepted):
            wait(app, lambda cid=case_id: page.cases.row_of(cid) >= 0, "the accepted case on the list")
            page.select_case(case_id)
            page.complete(True, "营业执照")
            wait(app, lambda i=i: len(times) == i + 1, "F1 after the decision")
        wait(app, lambda: ops.is_idle() and page.reads.is_idle(), "the reads")
        if called != numbers:
            raise SystemExit(f"FAILED: F1 called {called}, expected {numbers}")
        if not full_reload:
            line = page.cases.dto(page.cases.row_of(accepted[-1]))
            if (line.state, line.clock_status) != ("办结（准予）", "待送达"):
                raise SystemExit(f"FAILED: the decided row shows {line.state} / {line.clock_status}")
            if page.cases.pages_fetched != pages_before:
                raise SystemExit("FAILED: the list was read again after a decision")
        page.close()
        page.deleteLater()
        app.processEvents()
        store.dispose()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="20,000 cases, 8 decisions")
    args = parser.parse_args()
    if args.quick:
        args.cases, args.decisions = 20_000, 8

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    empty = run(app, 0, args.decisions, full_reload=False)
    big = run(app, args.cases, args.decisions, full_reload=False)
    old = run(app, args.cases, 1 if args.quick else 2, full_reload=True)
    e50, b50, o50 = statistics.median(empty), statistics.median(big), statistics.median(old)
    print(f"F1 after a decision, {args.cases:,} cases : p50 {b50:8.1f} ms  p95 {p95(big):8.1f} ms")
    print(f"F1 after a decision, empty store   : p50 {e50:8.1f} ms  p95 {p95(empty):8.1f} ms")
    print(f"ratio (p50)                        : {b50 / e50:.2f}x  (goal <= 2x)")
    print(f"full reload in front of F1 (old)   : p50 {o50:8.1f} ms  ({len(old)} decisions, {o50 / e50:.0f}x empty)")


if __name__ == "__main__":
    main()
