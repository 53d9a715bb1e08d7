"""Benchmark: the store at the size of a real hall — 受理 (the clerk's accept decision) and
the hot reads (a window's day statistics, the same applicant's earlier notices, the month
statistics) — through the services, against raw sqlite3 on the same file in the same run.
Also shows what ANALYZE (done by the app at start-up / after imports) changes.

受理: drafts of the test hall's matter are started and marked received on a store holding
the seeded cases (the same applicant's ID number among them); each ``accept`` is timed,
with the statements and commits it sends counted. The raw baseline replays exactly the
statements the app sent, with the same parameters, through bare sqlite3 on a copy of the
store taken before the decisions (same rows, same durability: WAL, synchronous=FULL, one
COMMIT per decision) — the floor any ORM-free code doing the same writes could reach.

Each figure is checked: the service's counts must equal the raw query's; every accepted
case has its number, its 受理通知书 and its outbox rows in order.

    .venv/bin/python bench/bench_store.py [--quick] [--cases 100000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.domain.ids import uuid7  # noqa: E402
from app.services.cases import earlier_notices  # noqa: E402
from app.services.report_figures import Dimension, Period  # noqa: E402
from app.services.reports import compute_statistics  # noqa: E402
from app.services.stats import StatsService  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.models import Case, CaseEvent, IssuedDocument  # noqa: E402
from app.store.statistics import analyze  # noqa: E402
from app.store.uow import Store  # noqa: E402

TODAY = date(2026, 9, 29)
WINDOWS = [f"{i:02d}" for i in range(1, 21)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(fn, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def seed(
    store: Store, n_cases: int, rng: random.Random, *, id_extra: str | None = None, matter: str | None = None
) -> list[str]:
    """``n_cases`` accepted cases over 400 days, 20 windows, 30 matters (a few very common),
    one 受理 event and one 受理通知书 each. Returns the ID numbers used. ``id_extra`` and
    ``matter`` put that ID number and matter code among them (the first matter)."""
    ids = [f"1101051949{i:07d}X" for i in range(n_cases // 3 + 1)] + ([id_extra] if id_extra else [])
    matters = [matter or "M00"] + [f"M{i:02d}" for i in range(1, 30)]
    weights = [40 if i < 3 else 1 for i in range(30)]
    cases, events, docs = [], [], []
    for i in range(n_cases):
        day = TODAY - timedelta(days=rng.randrange(400))
        cid = uuid7()
        window = rng.choice(WINDOWS)
        cases.append(
            {
                "id": cid,
                "owner_window": window,
                "matter_code": rng.choices(matters, weights)[0],
                "matter_name": "事项",
                "kind": "承诺件",
                "state": "已受理",
                "applicant_kind": "自然人",
                "applicant_name": "张三",
                "id_number": rng.choice(ids),
                "received_on": day,
                "accepted_on": day,
                "case_number": f"C{i:09d}",
            }
        )
        events.append({"case_id": cid, "owner_window": window, "action": "受理", "day": day, "note": "", "data": {}})
        docs.append(
            {
                "number": f"D{i:09d}",
                "kind": "一次性告知书" if i % 3 == 0 else "受理通知书",
                "owner_window": window,
                "case_id": cid,
                "facts": {},
            }
        )
    with store.write() as tx:
        for table, rows in ((Case.__table__, cases), (CaseEvent.__table__, events), (IssuedDocument.__table__, docs)):
            for k in range(0, len(rows), 5000):
                tx.session.execute(insert(table), rows[k : k + 5000])
    return ids


def line(label: str, app: list[float], raw: list[float]) -> None:
    a50, r50 = statistics.median(app), statistics.median(raw)
    print(
        f"{label:<34} {a50:>8.2f}ms {percentile(app, 95):>8.2f}ms {r50:>7.2f}ms "
        f"{percentile(raw, 95):>7.2f}ms {a50 / r50:>7.2f}x"
    )


def bench_accept(tmp: Path, n_cases: int, reps: int) -> None:
    """受理 at ``n_cases`` cases: the service against a bare-sqlite3 replay of its statements."""
    import shutil

    from sqlalchemy import event, func, select

    from app.services.dto import ApplicantInput
    from app.store.models import DeviceRegistration, OutboxEntry
    from app.store.statistics import refresh_if_stale
    from tests.services.conftest import PASSWORD, PERSON_ID, build_hall, make_desk

    path = tmp / "accept.db"
    engine = make_engine(f"sqlite+pysqlite:///{path}")
    upgrade(engine)
    store = Store(engine)
    build_hall(store)
    seed(store, n_cases, random.Random(16), id_extra=PERSON_ID, matter="QYSL")
    with store.write() as tx:
        tx.session.add(DeviceRegistration(device_id=uuid7(), window_code="01", hall_code="510626-LJJK", epoch=1))
    refresh_if_stale(engine)  # what the app does at start-up
    desk = make_desk(store)
    desk.session.login("0101", PASSWORD)
    applicant = ApplicantInput(name="欧阳娜娜", id_number=PERSON_ID, phone="13812345678")
    drafts = []
    for _ in range(reps + 5):
        draft = desk.intake.start(matter_code="QYSL", applicant=applicant)
        desk.intake.mark_all_received(draft.id)
        drafts.append(draft.id)
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp / "accept-raw.db"
    shutil.copyfile(path, copy)
    sent: list[list[tuple[str, Any, bool]]] = []
    commits = [0]

    @event.listens_for(engine, "before_cursor_execute")
    def _record(_conn, _cur, statement, parameters, _ctx, many):  # type: ignore[no-untyped-def]
        sent[-1].append((statement, parameters, many))

    @event.listens_for(engine, "commit")
    def _commit(_conn):  # type: ignore[no-untyped-def]
        commits[0] += 1

    app_ms = []
    numbers = []
    for case_id in drafts:
        sent.append([])
        t0 = time.perf_counter()
        result = desk.decisions.accept(case_id)
        app_ms.append((time.perf_counter() - t0) * 1000)
        numbers.append(result.case.case_number)
        assert [d.kind.value for d in result.documents] == ["受理通知书"], result.documents
    event.remove(engine, "before_cursor_execute", _record)
    # correctness: every decision numbered its case, issued its notice, wrote its outbox gaplessly
    assert len(set(numbers)) == len(numbers) and all(numbers), numbers
    with store.read() as s:
        seqs = [row for (row,) in s.execute(select(OutboxEntry.seq).order_by(OutboxEntry.seq))]
        next_seq = s.scalars(select(DeviceRegistration.next_seq)).one()
        docs = s.scalar(select(func.count()).select_from(IssuedDocument).where(IssuedDocument.kind == "受理通知书"))
    assert seqs == list(range(1, len(seqs) + 1)) and next_seq == len(seqs) + 1, "outbox sequence has a gap"
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    raw_ms = []
    for statements in sent:
        t0 = time.perf_counter()
        for statement, parameters, many in statements:
            if many:
                raw.executemany(statement, parameters)
            else:
                raw.execute(statement, parameters).fetchall()
        raw.execute("COMMIT")
        raw_ms.append((time.perf_counter() - t0) * 1000)
    raw_docs = raw.execute("SELECT count(*) FROM documents WHERE kind = '受理通知书'").fetchone()[0]
    assert raw_docs == docs, (raw_docs, docs)
    raw.close()
    app_ms, raw_ms = app_ms[5:], raw_ms[5:]  # the first decisions warm SQLAlchemy's caches
    per = len(sent[-1]) - 1  # BEGIN IMMEDIATE is counted by the replay, not as a query
    print(
        f"\n受理 (accept) at {n_cases} cases, {len(app_ms)} decisions after 5 warm-up ones;"
        f" {per} statements and {commits[0] // len(drafts)} commit per decision; checked: {len(numbers)} numbers,"
        f" {docs} notices, outbox seq 1..{len(seqs)} gapless"
    )
    print(f"{'write':<34} {'app p50':>10} {'app p95':>10} {'raw p50':>9} {'raw p95':>9} {'ratio':>8}")
    line("accept (受理, one durable commit)", app_ms, raw_ms)
    print("raw = bare sqlite3 replaying the statements the app sent, same parameters, on a copy of the store")
    store.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="20,000 cases, fewer repetitions")
    parser.add_argument("--accept-only", action="store_true", help="only the 受理 figure")
    args = parser.parse_args()
    n_cases = 20_000 if args.quick else args.cases
    reps = 30 if args.quick else 100
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as tmp:
        bench_accept(Path(tmp), n_cases, reps)
    if args.accept_only:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        engine = make_engine(f"sqlite+pysqlite:///{path}")
        upgrade(engine)
        store = Store(engine)
        t0 = time.perf_counter()
        ids = seed(store, n_cases, rng)
        print(f"store: {n_cases} cases, events and notices seeded in {time.perf_counter() - t0:.1f} s (SQLite)")
        raw = sqlite3.connect(path)
        stats = StatsService(store)
        day = TODAY - timedelta(days=3)
        raw_day = (
            "SELECT e.action, c.kind, count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
            " WHERE e.owner_window = ? AND e.day = ? GROUP BY e.action, c.kind"
        )
        probe = Case(id=uuid.uuid4(), matter_code="M00", id_number=ids[7])
        raw_same = (
            "SELECT d.number, c.id FROM documents d JOIN cases c ON c.id = d.case_id"
            " WHERE c.matter_code = ? AND c.id != ? AND d.kind IN ('一次性告知书', '补正材料通知书')"
            " AND c.id_number = ? ORDER BY d.issued_at"
        )
        month = Period.month(2026, 8)
        raw_month = (
            "SELECT owner_window, staff_id, matter_code, kind, state, count(*) FROM cases"
            " WHERE received_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5"
        )

        def day_app() -> None:
            stats.today("05", day)

        lo, hi = day.isoformat(), (day + timedelta(days=1)).isoformat()
        raw_rest = (
            "SELECT status, issued_at, called_at, service_started_at, finished_at FROM tickets"
            " WHERE hall_day = ? AND called_by_window = ?",
            "SELECT count(*) FROM documents WHERE owner_window = ? AND issued_at >= ? AND issued_at < ?"
            " AND kind IN ('一次性告知书', '补正材料通知书')",
            "SELECT rating, count(*) FROM ratings WHERE owner_window = ? AND requested_at >= ?"
            " AND requested_at < ? GROUP BY rating",
        )

        def day_raw(events_sql: str = raw_day) -> None:
            raw.execute(events_sql, ("05", day.isoformat())).fetchall()
            raw.execute(raw_rest[0], (day.isoformat(), "05")).fetchall()
            raw.execute(raw_rest[1], ("05", lo, hi)).fetchall()
            raw.execute(raw_rest[2], ("05", lo, hi)).fetchall()

        old_day = raw_day.replace("case_events e JOIN", "case_events e INDEXED BY ix_case_events_owner_window JOIN")

        def day_raw_old_plan() -> None:
            day_raw(old_day)

        def same_app() -> None:
            with store.read() as s:
                earlier_notices(s, probe)

        def same_raw() -> None:
            raw.execute(raw_same, ("M00", probe.id.hex, ids[7])).fetchall()

        def month_app() -> None:
            with store.read() as s:
                compute_statistics(s, month, Dimension.WINDOW, TODAY)

        def month_raw() -> None:
            raw.execute(raw_month, (month.start.isoformat(), month.end.isoformat())).fetchall()

        # correctness: the service counts what the raw SQL counts
        figures = stats.today("05", day)
        raw_accepted = sum(n for action, _kind, n in raw.execute(raw_day, ("05", day.isoformat())))
        assert figures.accepted_total == raw_accepted, (figures.accepted_total, raw_accepted)
        with store.read() as s:
            total = compute_statistics(s, month, Dimension.WINDOW, TODAY).total.cases
        raw_total = sum(r[-1] for r in raw.execute(raw_month, (month.start.isoformat(), month.end.isoformat())))
        assert total == raw_total, (total, raw_total)
        print(f"checked: day accepted {raw_accepted} = raw, month cases {raw_total} = raw")

        header = f"\n{'read':<34} {'app p50':>10} {'app p95':>10} {'raw p50':>9} {'raw p95':>9} {'ratio':>8}"
        print("before ANALYZE (a store the app never analysed):" + header)
        line("same applicant (ID no. + matter)", timed(same_app, reps), timed(same_raw, reps))
        t0 = time.perf_counter()
        analyze(engine)
        print(f"\nANALYZE (analysis_limit): {(time.perf_counter() - t0) * 1000:.0f} ms; after it:" + header)
        raw.close()
        raw = sqlite3.connect(path)  # the raw connection re-reads the statistics too
        line("day statistics (window, day)", timed(day_app, reps), timed(day_raw, reps))
        line("  raw, the old plan (window index)", timed(day_raw_old_plan, reps), timed(day_raw, reps))
        line("same applicant (ID no. + matter)", timed(same_app, reps), timed(same_raw, reps))
        line("month statistics (by window)", timed(month_app, max(5, reps // 5)), timed(month_raw, max(5, reps // 5)))
        print(
            "\napp = StatsService.today / earlier_notices / compute_statistics (SQLAlchemy, whole figures);"
            "\nraw = sqlite3 with the same aggregate SQL (day: the same four queries), same file, same run;"
            "\nthe old plan = the raw day queries forced onto the window-only index (before migration 0006)."
        )
        raw.close()
        store.dispose()


if __name__ == "__main__":
    main()
