"""Benchmark of sync against a real PostgreSQL (a private database, dropped at the end).

Prints, each next to a raw baseline measured in the same run:

1. replay throughput of 10,000 outbox events through ``CentralStore.accept_batch``
   (inbox insert + owner-checked projection + cursor, one transaction per batch)
   against raw psycopg ``executemany`` and ``COPY`` of the same rows into the inbox;
2. p95 latency of "call next" with 50 concurrent windows, one process each
   (``claim_next``), against a raw ``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP
   LOCKED)`` loop over psycopg;
3. time to drain one full day of 200 windows (≈ 60,000 events) after the center was down;
4. optionally (``--faults``) a longer randomized fault-injection run with its checker,
   and (``--restart``) one on a private cluster crash-restarted (``pg_ctl -m immediate``)
   mid-run.

    .venv/bin/python bench/bench_sync.py [--quick] [--faults] [--restart]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.domain.ids import utcnow, uuid7  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.models import DeviceRegistration, OutboxEntry, Ticket  # noqa: E402
from app.store.repositories.tickets import claim_next  # noqa: E402
from app.store.uow import PAYLOAD_SCHEMA_VERSION, Store  # noqa: E402
from app.sync.central import CentralStore  # noqa: E402
from app.sync.projector import IncomingRow  # noqa: E402
from app.sync.uploader import Uploader  # noqa: E402
from tests.support.postgres import find_server  # noqa: E402

DAY = date(2026, 11, 23)


def case_events(window: str, count: int, epoch: int = 1) -> list[tuple[str, str, dict]]:
    """A window's day: each case accepted, then updated once or twice (``count`` events)."""
    out: list[tuple[str, str, dict]] = []
    n = 0
    while len(out) < count:
        n += 1
        case_id = str(uuid7())
        now = datetime.now(UTC).isoformat()
        payload = {
            "id": case_id,
            "case_number": f"HALL{DAY:%Y%m%d}-{window}-{epoch}-{n:04d}",
            "owner_window": window,
            "matter_code": "M001",
            "matter_name": "食品经营许可",
            "bundle_code": None,
            "kind": "承诺件",
            "state": "已受理",
            "ticket_id": None,
            "applicant_kind": "个人",
            "applicant_name": f"申请人{n}",
            "id_type": "居民身份证",
            "id_number": "11010519491231002X",
            "phone": "13800000000",
            "org_name": None,
            "credit_code": None,
            "legal_rep": None,
            "agent_name": None,
            "agent_id_number": None,
            "agent_phone": None,
            "situations": [],
            "received_on": DAY.isoformat(),
            "accepted_on": DAY.isoformat(),
            "legal_limit_days": 20,
            "promised_limit_days": 10,
            "due_date": (DAY + timedelta(days=14)).isoformat(),
            "pending_due": None,
            "result_kind": None,
            "result_name": None,
            "delivery_method": None,
            "carrier": None,
            "tracking_no": None,
            "visit_no": 1,
            "created_at": now,
            "updated_at": now,
            "staff_id": None,
            "post": "A岗",
        }
        out.append(("case.accepted", case_id, payload))
        for state in ("办理中", "办结")[: 1 + n % 2]:
            if len(out) < count:
                out.append(("case.updated", case_id, {**payload, "state": state}))
    return out


def as_rows(events: list[tuple[str, str, dict]]) -> list[IncomingRow]:
    return [
        IncomingRow(uuid7(), i, PAYLOAD_SCHEMA_VERSION, kind, "cases", eid, payload)
        for i, (kind, eid, payload) in enumerate(events, start=1)
    ]


def fresh_db(server) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    name = server.create_database("cd_bench_sync")
    url = server.sqlalchemy_url(name)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return name, url


def bench_replay(server, events: int, batch: int) -> dict:  # type: ignore[no-untyped-def]
    name, url = fresh_db(server)
    engine = make_engine(url)
    try:
        central = CentralStore(engine)
        reg = central.register("05", "HALL", "bench")
        rows = as_rows(case_events("05", events))
        from app.sync.central import BatchRequest

        start = time.perf_counter()
        for i in range(0, len(rows), batch):
            central.accept_batch(BatchRequest(reg.device_id, reg.epoch, "05", tuple(rows[i : i + batch]), utcnow()))
        ours = time.perf_counter() - start

        libpq = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        tuples = [
            (
                str(uuid7()),
                str(reg.device_id),
                r.seq + 10_000_000,
                r.schema_version,
                r.kind,
                r.entity,
                r.entity_id,
                json.dumps(r.payload, ensure_ascii=False),
                utcnow(),
                True,
            )
            for r in rows
        ]
        with psycopg.connect(libpq) as conn:
            start = time.perf_counter()
            with conn.cursor() as cur:
                for i in range(0, len(tuples), batch):
                    cur.executemany(
                        "INSERT INTO inbox (id, device_id, seq, schema_version, kind, entity, entity_id, payload,"
                        " received_at, projected) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                        tuples[i : i + batch],
                    )
                    conn.commit()
            raw_many = time.perf_counter() - start
            copy_rows = [(str(uuid7()), t[1], t[2] + 10_000_000, *t[3:]) for t in tuples]
            start = time.perf_counter()
            with conn.cursor() as cur:
                for i in range(0, len(copy_rows), batch):
                    with cur.copy(
                        "COPY inbox (id, device_id, seq, schema_version, kind, entity, entity_id, payload,"
                        " received_at, projected) FROM STDIN"
                    ) as copy:
                        for t in copy_rows[i : i + batch]:
                            copy.write_row(t)
                    conn.commit()
            raw_copy = time.perf_counter() - start
    finally:
        engine.dispose()
        server.drop_database(name)
    return {
        "events": events,
        "batch": batch,
        "accept_batch_s": round(ours, 3),
        "accept_batch_events_per_s": round(events / ours),
        "raw_executemany_s": round(raw_many, 3),
        "raw_executemany_events_per_s": round(events / raw_many),
        "raw_copy_s": round(raw_copy, 3),
        "raw_copy_events_per_s": round(events / raw_copy),
        "ratio_vs_executemany": round(ours / raw_many, 2),
        "ratio_vs_copy": round(ours / raw_copy, 2),
    }


def _issue(engine, count: int) -> None:  # type: ignore[no-untyped-def]
    start = utcnow() - timedelta(hours=2)
    rows = [
        {
            "id": uuid7(),
            "hall_day": DAY,
            "number": f"{'AB'[i % 2]}{i:04d}",
            "category": "AB"[i % 2],
            "priority": "普通",
            "priority_rank": 2,
            "status": "等候",
            "issued_at": start + timedelta(seconds=i),
            "recall_count": 0,
            "manual": False,
            "version": 0,
        }
        for i in range(count)
    ]
    with engine.begin() as c:
        c.execute(insert(Ticket), rows)


def _p(latencies: list[float], q: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _claim_window(n: int, url: str, raw: bool, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """One window in its own (forked) process: call next until the queue is empty."""
    mine: list[float] = []
    code = f"{n:02d}"
    if raw:
        libpq = make_engine(url).url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(libpq) as conn:
            barrier.wait()
            while True:
                t0 = time.perf_counter()
                row = conn.execute(
                    "UPDATE tickets SET status = '已叫号', called_by_window = %s, called_at = now() "
                    "WHERE id = (SELECT id FROM tickets WHERE hall_day = %s AND status = '等候' "
                    "AND category = ANY(%s) ORDER BY priority_rank, issued_at, number LIMIT 1 "
                    "FOR UPDATE SKIP LOCKED) RETURNING id",
                    (code, DAY, ["A", "B"]),
                ).fetchone()
                conn.commit()
                mine.append(time.perf_counter() - t0)
                if row is None:
                    break
    else:
        engine = make_engine(url, pool_size=1, max_overflow=0)
        store = Store(engine)
        with engine.connect():
            pass  # connect before the start line, like the raw client
        barrier.wait()
        while True:
            t0 = time.perf_counter()
            with store.write() as tx:
                got = claim_next(tx.session, window_code=code, categories=["A", "B"], day=DAY, now=utcnow())
            mine.append(time.perf_counter() - t0)
            if got is None:
                break
        engine.dispose()
    out.put(mine)


def _race(url: str, clients: int, raw: bool) -> tuple[list[float], float]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(clients + 1, timeout=120)
    out = ctx.Queue()
    procs = [ctx.Process(target=_claim_window, args=(n, url, raw, barrier, out)) for n in range(clients)]
    for p in procs:
        p.start()
    barrier.wait()
    start = time.perf_counter()
    latencies: list[float] = []
    for _ in procs:
        latencies.extend(out.get(timeout=600))
    wall = time.perf_counter() - start
    for p in procs:
        p.join()
    return latencies, wall


def bench_claims(server, clients: int, tickets: int) -> dict:  # type: ignore[no-untyped-def]
    """Each window is its own process (as in a hall), so Python's GIL does not blur the
    database's behaviour; both sides run the same way."""
    name, url = fresh_db(server)
    engine = make_engine(url)
    try:
        _issue(engine, tickets)
        engine.dispose()
        ours, ours_wall = _race(url, clients, raw=False)
        with engine.begin() as c:
            c.exec_driver_sql("UPDATE tickets SET status = '等候', called_by_window = NULL, called_at = NULL")
        engine.dispose()
        raw, raw_wall = _race(url, clients, raw=True)
    finally:
        engine.dispose()
        server.drop_database(name)
    return {
        "clients": clients,
        "tickets": tickets,
        "claim_next_p50_ms": round(_p(ours, 0.5), 2),
        "claim_next_p95_ms": round(_p(ours, 0.95), 2),
        "claim_next_wall_s": round(ours_wall, 2),
        "raw_skip_locked_p50_ms": round(_p(raw, 0.5), 2),
        "raw_skip_locked_p95_ms": round(_p(raw, 0.95), 2),
        "raw_wall_s": round(raw_wall, 2),
        "p95_ratio": round(_p(ours, 0.95) / max(_p(raw, 0.95), 1e-6), 2),
    }


def bench_drain(server, windows: int, per_window: int, workers: int, workdir: Path) -> dict:  # type: ignore[no-untyped-def]
    name, url = fresh_db(server)
    engine = make_engine(url, pool_size=workers, max_overflow=0)
    template = workdir / "template.db"
    tmpl_engine = make_engine(f"sqlite+pysqlite:///{template}")
    upgrade(tmpl_engine)
    with tmpl_engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    tmpl_engine.dispose()
    central = CentralStore(engine)
    stores: list[Store] = []
    try:
        import shutil

        for n in range(windows):
            code = f"{n + 1:03d}"
            path = workdir / f"w{code}.db"
            shutil.copyfile(template, path)
            store = Store(make_engine(f"sqlite+pysqlite:///{path}"))
            reg = central.register(code, "HALL", f"pc{n}")
            events = case_events(code, per_window)
            with store.write() as tx:  # the day's outbox, written while the center was down
                tx.session.add(
                    DeviceRegistration(
                        device_id=reg.device_id,
                        window_code=code,
                        hall_code="HALL",
                        epoch=reg.epoch,
                        next_seq=len(events) + 1,
                    )
                )
                tx.session.execute(
                    insert(OutboxEntry),
                    [
                        {
                            "id": uuid7(),
                            "device_id": reg.device_id,
                            "seq": i,
                            "schema_version": PAYLOAD_SCHEMA_VERSION,
                            "kind": kind,
                            "entity": "cases",
                            "entity_id": eid,
                            "payload": payload,
                            "created_at": utcnow(),
                        }
                        for i, (kind, eid, payload) in enumerate(events, start=1)
                    ],
                )
            stores.append(store)
        start = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            reports = list(pool.map(lambda s: Uploader(s, central, batch_size=200).sync_once(), stores))
        wall = time.perf_counter() - start
        sent = sum(r.acked for r in reports)
    finally:
        for store in stores:
            store.dispose()
        engine.dispose()
        server.drop_database(name)
    return {
        "windows": windows,
        "events": sent,
        "workers": workers,
        "drain_s": round(wall, 2),
        "events_per_s": round(sent / wall),
    }


def bench_faults(server, workdir: Path, clients: int, cases: int, kills: int, restarts: int) -> dict:  # type: ignore[no-untyped-def]
    from tests.sync.fault_harness import private_restart, run_fault_injection

    name, url = fresh_db(server)
    try:
        start = time.perf_counter()
        run = run_fault_injection(
            admin_url=server.admin_url,
            central_url=url,
            workdir=workdir,
            template=None,
            clients=clients,
            cases=cases,
            kills_per_client=kills,
            seed=int(time.time()),
            kill_window_s=(0.5, 3.0),
            timeout_s=1800,
            kill_connections_every_s=(0.3, 1.5),
            restart=private_restart(server) if restarts else None,
            restarts=restarts,
        )
        wall = time.perf_counter() - start
    finally:
        server.drop_database(name)
    return {
        "clients": clients,
        "cases_per_client": cases,
        "kills": run.kills,
        "server_restarts": run.server_restarts,
        "connection_kills": run.connection_kills,
        "lost_requests": run.lost_requests,
        "lost_answers": run.lost_answers,
        "outbox_rows": run.outbox_rows,
        "inbox_rows": run.inbox_rows,
        "problems": list(run.problems),
        "verdict": "OK" if not run.problems else "FAILED",
        "wall_s": round(wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--faults", action="store_true", help="also the long fault-injection run")
    parser.add_argument(
        "--restart", action="store_true", help="also a fault run on a private cluster that is crash-restarted mid-run"
    )
    args = parser.parse_args()
    server, why = find_server()
    if server is None:
        raise SystemExit(f"需要 PostgreSQL：{why}")
    quick = args.quick
    results: dict[str, dict] = {}
    try:
        results["replay"] = bench_replay(server, 2_000 if quick else 10_000, 200)
        print(json.dumps({"replay": results["replay"]}, ensure_ascii=False), flush=True)
        results["claims"] = bench_claims(server, 50, 500 if quick else 3_000)
        print(json.dumps({"claims": results["claims"]}, ensure_ascii=False), flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            results["drain"] = bench_drain(server, 20 if quick else 200, 300, 8, Path(tmp))
        print(json.dumps({"drain": results["drain"]}, ensure_ascii=False), flush=True)
        if args.faults:
            with tempfile.TemporaryDirectory() as tmp:
                results["faults"] = bench_faults(
                    server, Path(tmp), 4 if quick else 8, 40 if quick else 250, 2 if quick else 6, 0
                )
            print(json.dumps({"faults": results["faults"]}, ensure_ascii=False), flush=True)
        if args.restart:
            from tests.support.postgres import _throwaway_cluster

            private = _throwaway_cluster()
            if private is None:
                raise SystemExit("--restart 需要 initdb/pg_ctl 以建立私有 PostgreSQL 集群")
            try:
                with tempfile.TemporaryDirectory() as tmp:
                    results["restart"] = bench_faults(
                        private,
                        Path(tmp),
                        3 if quick else 6,
                        40 if quick else 150,
                        1 if quick else 3,
                        2 if quick else 4,
                    )
            finally:
                private.stop()
            print(json.dumps({"restart": results["restart"]}, ensure_ascii=False), flush=True)
    finally:
        server.stop()
    r, c, d = results["replay"], results["claims"], results["drain"]
    print()
    print(
        f"replay {r['events']} events: {r['accept_batch_events_per_s']}/s through accept_batch; raw executemany "
        f"{r['raw_executemany_events_per_s']}/s (×{r['ratio_vs_executemany']}), raw COPY "
        f"{r['raw_copy_events_per_s']}/s (×{r['ratio_vs_copy']})"
    )
    print(
        f"call next, {c['clients']} windows: p95 {c['claim_next_p95_ms']} ms (claim_next) vs "
        f"{c['raw_skip_locked_p95_ms']} ms (raw SKIP LOCKED), ×{c['p95_ratio']}"
    )
    print(
        f"drain {d['windows']} windows / {d['events']} events: {d['drain_s']} s ({d['events_per_s']}/s, "
        f"{d['workers']} uploads at a time)"
    )
    for key in ("faults", "restart"):
        if key in results:
            f = results[key]
            print(
                f"fault injection ({key}): {f['verdict']} — {f['outbox_rows']} rows, {f['kills']} SIGKILLs, "
                f"{f['server_restarts']} server restarts, {f['connection_kills']} connection kills, "
                f"{f['lost_requests']} lost requests, {f['lost_answers']} lost answers, {f['wall_s']} s"
            )


if __name__ == "__main__":
    main()
