"""Benchmark: F1 “call next” → the LED frame on the emulator's wire, end to end — the
queue service's claim (finish the previous ticket, claim, outbox, audit in one
transaction) and the LED driver writing the ticket to an emulated window screen over
TCP — against a raw claim (one ``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)
RETURNING`` through the bare driver: sqlite3 / psycopg) on the same table in the same run.

Also: the same path with the LED on a polled link (pyserial ``socket://``, no selectable
handle: what every link was before issue 16), and windows racing for the same queue with
every claim counted (a ticket called twice is a double call; there must be none).

Runs on a SQLite file and on PostgreSQL (``CD_BENCH_PG_URL``, else the machine's server as
the tests find it; a scratch database is made and dropped). Prints p50/p95 and ratios;
asserts only its own correctness.

    .venv/bin/python bench/bench_call.py [--quick] [--calls 200] [--windows 8]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.devices.codecs.led_serial import CdkLedCodec  # noqa: E402
from app.devices.drivers.base import DriverTiming  # noqa: E402
from app.devices.drivers.led import LedDriver  # noqa: E402
from app.devices.emulators.led import LedEmulator  # noqa: E402
from app.devices.messages import DeviceOnline  # noqa: E402
from app.devices.transports.factory import transport_for_url  # noqa: E402
from app.domain.enums import PostRole, TicketPriority  # noqa: E402
from app.domain.ids import utcnow, uuid7  # noqa: E402
from app.services.clock import hall_day  # noqa: E402
from app.services.queue import QueueService  # noqa: E402
from app.services.session import SessionService  # noqa: E402
from app.services.staffing import assign_post, create_staff  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.models import Ticket, Window  # noqa: E402
from app.store.uow import Store  # noqa: E402

PASSWORD = "bench2026x"
#: The raw claim: what the service's claim does at its core, through the bare driver.
RAW_CLAIM = (
    "UPDATE tickets SET status = '已叫号', called_at = {now}, called_by_window = 'RAW', version = version + 1"
    " WHERE id = (SELECT id FROM tickets WHERE hall_day = {day} AND status = '等候' AND category = 'Z'"
    " ORDER BY priority_rank, issued_at, number LIMIT 1{lock}) AND status = '等候' RETURNING number"
)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def prepare(store: Store, windows: int) -> None:
    with store.write() as tx:
        for w in range(1, windows + 1):
            code = f"{w:02d}"
            tx.session.add(Window(code=code, name=f"{code}号窗口", kind="无差别综合窗口", ticket_categories=["A"]))
    for w in range(1, windows + 1):
        create_staff(store, staff_no=f"{w:02d}01", name="测试", password=PASSWORD, must_change_password=False)
        assign_post(store, window_code=f"{w:02d}", staff_no=f"{w:02d}01", post=PostRole.A)


#: Every store a desk opened (disposed at the end of a run).
_OPENED: list[Store] = []


def desk(url: str, window: str) -> QueueService:
    store = Store(make_engine(url))
    _OPENED.append(store)
    session = SessionService(store, Settings(window_code=window))
    session.login(f"{window}01", PASSWORD)
    return QueueService(store, session)


class Screen:
    """An LED emulator and the driver writing to it over ``link`` (tcp:// or polled socket://)."""

    def __init__(self, polled: bool) -> None:
        self.emulator = LedEmulator()
        url = self.emulator.serve_tcp()
        if polled:
            url = url.replace("tcp://", "socket://")
        self.online = threading.Event()
        self.driver = LedDriver(
            "led", transport_for_url(url), CdkLedCodec(), self._event, DriverTiming(heartbeat_s=600)
        )
        self.driver.start()
        if not self.online.wait(5):
            raise RuntimeError("LED emulator did not come online")

    def _event(self, event: object) -> None:
        if isinstance(event, DeviceOnline):
            self.online.set()

    def show_and_wait(self, number: str) -> None:
        self.driver.show_ticket(number, "01")
        ok = self.emulator.wait_for(
            lambda: self.emulator.screen.ticket is not None and self.emulator.screen.ticket.ticket == number, 5
        )
        if not ok:
            raise AssertionError(f"LED never showed {number}")

    def close(self) -> None:
        self.driver.stop()
        self.emulator.stop()


def raw_claimer(url: str, day: date):  # type: ignore[no-untyped-def]
    """A function doing one raw claim (and commit) per call through the bare driver."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1], isolation_level=None, timeout=10)
        conn.execute("PRAGMA synchronous = FULL")
        sql = RAW_CLAIM.format(now="?", day="?", lock="")

        def claim() -> str | None:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute(sql, (utcnow().isoformat(), day.isoformat())).fetchone()
            conn.execute("COMMIT")
            return row[0] if row else None

        return claim, conn.close
    import psycopg

    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    sql = RAW_CLAIM.format(now="%s", day="%s", lock=" FOR UPDATE SKIP LOCKED")

    def claim_pg() -> str | None:
        with conn.transaction():
            row = conn.execute(sql, (utcnow(), day)).fetchone()
        return row[0] if row else None

    return claim_pg, conn.close


def run(url: str, label: str, calls: int, windows: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    prepare(store, windows)
    kiosk = QueueService(store, SessionService(store, Settings(window_code="01")))
    day = hall_day(utcnow())
    for i in range(calls * 2 + calls * windows):
        kiosk.issue("A", TicketPriority.GREEN if i % 17 == 0 else TicketPriority.NORMAL)
    raw_rows(store, calls * 2)
    one = desk(url, "01")
    raw, close_raw = raw_claimer(url, day)
    fast, polled = Screen(polled=False), Screen(polled=True)
    app_times: list[float] = []
    polled_times: list[float] = []
    raw_times: list[float] = []
    for i in range(calls):
        screen, sink = (fast, app_times) if i % 2 == 0 else (polled, polled_times)
        t0 = time.perf_counter()
        ticket = one.call_next()
        assert ticket is not None
        screen.show_and_wait(ticket.number)
        sink.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        got = raw()
        raw_times.append((time.perf_counter() - t0) * 1000)
        assert got is not None
    fast.close()
    polled.close()
    close_raw()
    r50, r95 = statistics.median(raw_times), percentile(raw_times, 95)
    for name, values in (("F1 → LED frame (select)", app_times), ("F1 → LED frame (polled)", polled_times)):
        a50, a95 = statistics.median(values), percentile(values, 95)
        print(
            f"{label:<10} {name:<24} p50 {a50:7.2f} ms  p95 {a95:7.2f} ms | raw claim p50 {r50:6.2f}"
            f" p95 {r95:6.2f} ms | ratio p50 {a50 / r50:5.2f}x  p95 {a95 / r95:5.2f}x"
        )
    race(url, label, store, windows, day)
    store.dispose()


def raw_rows(store: Store, n: int) -> None:
    """``n`` waiting tickets of category Z for the raw claim (copies of the service's rows)."""
    now = utcnow()
    with store.write() as tx:
        for i in range(n):
            tx.session.add(
                Ticket(
                    id=uuid7(),
                    hall_day=hall_day(now),
                    number=f"Z{i:04d}",
                    category="Z",
                    priority="普通",
                    priority_rank=2,
                    status="等候",
                    issued_at=now,
                )
            )


def race(url: str, label: str, store: Store, windows: int, day: date) -> None:
    """Every window calls until the queue is empty; each claim is counted."""
    desks = [desk(url, f"{w:02d}") for w in range(1, windows + 1)]
    got: list[str] = []
    times: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(desks))

    errors: list[str] = []

    def work(q: QueueService) -> None:
        barrier.wait()
        while True:
            t0 = time.perf_counter()
            try:
                ticket = q.call_next()
            except Exception as exc:  # noqa: BLE001 - a failed call is counted, not hidden
                waited = (time.perf_counter() - t0) * 1000
                with lock:
                    errors.append(f"{str(exc).splitlines()[0]} (after {waited:.0f} ms)")
                continue
            elapsed = (time.perf_counter() - t0) * 1000
            if ticket is None:
                return
            with lock:
                got.append(ticket.number)
                times.append(elapsed)

    threads = [threading.Thread(target=work, args=(q,)) for q in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    doubles = sum(n - 1 for n in Counter(got).values() if n > 1)
    with store.read() as s:
        waiting = s.execute(
            text("SELECT count(*) FROM tickets WHERE category = 'A' AND status = '等候' AND hall_day = :d"),
            {"d": day},
        ).scalar()
    print(
        f"{label:<10} {windows} windows racing      p50 {statistics.median(times):7.2f} ms  p95"
        f" {percentile(times, 95):7.2f} ms | {len(got)} claims, double calls: {doubles}, left waiting: {waiting}"
        f", failed calls: {len(errors)}"
    )
    for message in sorted(errors):
        print(f"{'':<10}   failed call: {message}")
    if doubles or waiting:
        raise SystemExit(f"{label}: {doubles} double calls, {waiting} tickets never called")
    while _OPENED:
        _OPENED.pop().dispose()


def pooled_race(server, windows: int, tickets: int) -> None:  # type: ignore[no-untyped-def]
    """``windows`` windows, each holding its own connection, claim through PgBouncer in
    transaction mode (20 server connections) until the queue is empty; every claim counted."""
    from sqlalchemy import insert

    from app.store.repositories.tickets import claim_next
    from tests.support.pooler import pgbouncer, pgbouncer_binary

    if pgbouncer_binary() is None:
        print("PgBouncer: not measured (Debian package pgbouncer not installed)")
        return
    name = server.create_database("cd_bench_pool")
    url = server.sqlalchemy_url(name)
    try:
        engine = make_engine(url)
        upgrade(engine)
        day = hall_day(utcnow())
        now = utcnow()
        with engine.begin() as conn:
            conn.execute(
                insert(Ticket),
                [
                    {
                        "id": uuid7(),
                        "hall_day": day,
                        "number": f"A{i:04d}",
                        "category": "A",
                        "priority": "普通",
                        "priority_rank": 2,
                        "status": "等候",
                        "issued_at": now,
                        "recall_count": 0,
                        "manual": False,
                        "version": 0,
                    }
                    for i in range(tickets)
                ],
            )
        engine.dispose()
        with pgbouncer(server, name, pool=20, max_clients=windows + 50) as pooled:
            engines = [make_engine(pooled, pool_size=1, max_overflow=0) for _ in range(windows)]
            for e in engines:
                e.connect().close()
            got: list[str] = []
            times: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            barrier = threading.Barrier(windows)

            def work(n: int) -> None:
                store = Store(engines[n])
                barrier.wait()
                while True:
                    t0 = time.perf_counter()
                    try:
                        with store.write() as tx:
                            t = claim_next(tx.session, window_code=f"W{n:03d}", categories=["A"], day=day, now=utcnow())
                            number = t.number if t is not None else None
                    except Exception as exc:  # noqa: BLE001 - counted
                        with lock:
                            errors.append(str(exc).splitlines()[0])
                        return
                    if number is None:
                        return
                    with lock:
                        got.append(number)
                        times.append((time.perf_counter() - t0) * 1000)

            threads = [threading.Thread(target=work, args=(n,)) for n in range(windows)]
            started = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            for e in engines:
                e.dispose()
        doubles = sum(n - 1 for n in Counter(got).values() if n > 1)
        print(
            f"PgBouncer  {windows} windows (transaction mode, 20 server connections): claim p50"
            f" {statistics.median(times):7.2f} ms  p95 {percentile(times, 95):7.2f} ms | {len(got)}/{tickets} claims"
            f" in {wall:.1f} s, double calls: {doubles}, failed: {len(errors)}"
        )
        if doubles or errors or len(got) != tickets:
            raise SystemExit(f"PgBouncer: {doubles} double calls, {len(errors)} failures {errors[:3]}")
    finally:
        server.drop_database(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--windows", type=int, default=8)
    parser.add_argument("--quick", action="store_true", help="100 calls, 4 racing windows")
    args = parser.parse_args()
    calls, windows = (100, 4) if args.quick else (args.calls, args.windows)
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite+pysqlite:///{Path(tmp) / 'queue.db'}", "SQLite", calls, windows)
    pg = os.environ.get("CD_BENCH_PG_URL")
    server = name = None
    if not pg:
        from tests.support.postgres import find_server

        server, why = find_server()
        if server is None:
            print(f"PostgreSQL: not measured ({why})")
            return
        name = server.create_database("cd_bench_call")
        pg = server.sqlalchemy_url(name)
    try:
        run(pg, "PostgreSQL", calls, windows)
    finally:
        if server is not None and name is not None:
            server.drop_database(name)
    if server is not None:
        pooled_race(server, 60 if args.quick else 200, 300 if args.quick else 1400)
    print(
        "\nF1 → LED = QueueService.call_next() then LedDriver.show_ticket() until the emulator's wire"
        "\nhas the frame (TCP; 'polled' = the same link through pyserial socket://, read-timeout polling);"
        "\nraw claim = one UPDATE … (SELECT … SKIP LOCKED) RETURNING + commit through sqlite3/psycopg."
    )


if __name__ == "__main__":
    main()
