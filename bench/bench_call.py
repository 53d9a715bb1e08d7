"""Benchmark: time from “call next” to the ticket DTO returned (the atomic claim,
finishing the previous ticket, outbox and audit in one transaction).

Runs on a SQLite file (one-PC township center / local queue) and, when
``CD_BENCH_PG_URL`` is set (``postgresql+psycopg://…``, an empty database), on
PostgreSQL as a hall's central queue. Also times two windows calling at once.
Prints p50/p95; no assertions.

    .venv/bin/python bench/bench_call.py [--tickets 500]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.enums import PostRole, TicketPriority  # noqa: E402
from app.services.queue import QueueService  # noqa: E402
from app.services.session import SessionService  # noqa: E402
from app.services.staffing import assign_post, create_staff  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.models import Window  # noqa: E402
from app.store.uow import Store  # noqa: E402

PASSWORD = "bench2026x"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def prepare(store: Store) -> None:
    with store.write() as tx:
        tx.session.add(Window(code="01", name="一号窗口", kind="无差别综合窗口", ticket_categories=["A", "B"]))
        tx.session.add(Window(code="02", name="二号窗口", kind="无差别综合窗口", ticket_categories=["A", "B"]))
    for no, window in (("0101", "01"), ("0201", "02")):
        create_staff(store, staff_no=no, name="测试", password=PASSWORD, must_change_password=False)
        assign_post(store, window_code=window, staff_no=no, post=PostRole.A)


def desk(url: str, window: str, staff_no: str) -> QueueService:
    store = Store(make_engine(url))
    session = SessionService(store, Settings(window_code=window))
    session.login(staff_no, PASSWORD)
    return QueueService(store, session)


def run(url: str, label: str, n: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    prepare(store)
    kiosk = QueueService(store, SessionService(store, Settings(window_code="01")))
    for i in range(n):
        kiosk.issue("AB"[i % 2], TicketPriority.GREEN if i % 17 == 0 else TicketPriority.NORMAL)
    one = desk(url, "01", "0101")
    times = []
    for _ in range(n // 2):
        t0 = time.perf_counter()
        ticket = one.call_next()
        times.append((time.perf_counter() - t0) * 1000)
        assert ticket is not None
    print(
        f"{label:<10} one window : p50 {statistics.median(times):6.2f} ms  p95 {percentile(times, 95):6.2f} ms"
        f"  ({len(times)} calls)"
    )

    two = [one, desk(url, "02", "0201")]
    both: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def work(q: QueueService) -> None:
        barrier.wait()
        while True:
            t0 = time.perf_counter()
            ticket = q.call_next()
            elapsed = (time.perf_counter() - t0) * 1000
            if ticket is None:
                return
            with lock:
                both.append(elapsed)

    threads = [threading.Thread(target=work, args=(q,)) for q in two]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(
        f"{label:<10} two windows: p50 {statistics.median(both):6.2f} ms  p95 {percentile(both, 95):6.2f} ms"
        f"  ({len(both)} calls, racing)"
    )
    store.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite+pysqlite:///{Path(tmp) / 'queue.db'}", "SQLite", args.tickets)
    pg = os.environ.get("CD_BENCH_PG_URL")
    if pg:
        run(pg, "PostgreSQL", args.tickets)
    else:
        print("PostgreSQL: set CD_BENCH_PG_URL to an empty database to measure the central queue")


if __name__ == "__main__":
    main()
