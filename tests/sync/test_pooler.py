"""200 windows call next through a real PgBouncer in transaction mode (docs/pooler.md):
every ticket is called exactly once, the server never sees more connections than the
pooler's cap, and nothing in the claim path needs session state (psycopg's automatic
server-side prepared statements would fail here on a pooler without prepared-statement
support; the app turns them off)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import insert

from app.domain.ids import utcnow, uuid7
from app.services.clock import hall_day
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import Ticket
from app.store.repositories.tickets import claim_next
from app.store.uow import Store
from tests.support.pooler import pgbouncer, pgbouncer_binary

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(pgbouncer_binary() is None, reason="pgbouncer not installed (./dev setup installs it)"),
]

WINDOWS = 200
TICKETS = 1400  # ~7 claims per window: more than psycopg's automatic prepare threshold (5)
POOL = 20


def _issue(url: str, day) -> None:  # type: ignore[no-untyped-def]
    start = utcnow() - timedelta(hours=1)
    engine = make_engine(url)
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
                    "issued_at": start + timedelta(seconds=i),
                    "recall_count": 0,
                    "manual": False,
                    "version": 0,
                }
                for i in range(TICKETS)
            ],
        )
    engine.dispose()


def test_200_windows_call_through_pgbouncer_with_no_double_call(pg_server, pg_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    day = hall_day(utcnow())
    _issue(pg_url, day)
    database = pg_url.rsplit("/", 1)[1]
    direct = f"postgresql://{pg_server.user}@{pg_server.host}:{pg_server.port}/{database}"
    with pgbouncer(pg_server, database, pool=POOL, max_clients=WINDOWS + 50) as pooled_url:
        engines = [make_engine(pooled_url, pool_size=1, max_overflow=0) for _ in range(WINDOWS)]
        for e in engines:  # every window holds its connection, as a window PC does all day
            e.connect().close()
        called: list[str] = []
        failures: list[str] = []
        lock = threading.Lock()
        barrier = threading.Barrier(WINDOWS)
        done = threading.Event()
        most_server_connections = [0]

        def watch() -> None:
            with psycopg.connect(direct, autocommit=True) as conn:
                while not done.is_set():
                    n = conn.execute(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                        (database,),
                    ).fetchone()[0]
                    most_server_connections[0] = max(most_server_connections[0], int(n))
                    time.sleep(0.05)

        def window(n: int) -> None:
            store = Store(engines[n])
            code = f"W{n:03d}"
            barrier.wait()
            while True:
                try:
                    with store.write() as tx:
                        ticket = claim_next(tx.session, window_code=code, categories=["A"], day=day, now=utcnow())
                        number = ticket.number if ticket is not None else None
                except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                    with lock:
                        failures.append(f"{code}: {str(exc).splitlines()[0]}")
                    return
                if number is None:
                    return
                with lock:
                    called.append(number)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        threads = [threading.Thread(target=window, args=(n,)) for n in range(WINDOWS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        done.set()
        watcher.join(timeout=5)
        for e in engines:
            e.dispose()
    assert failures == []
    doubles = {number: n for number, n in Counter(called).items() if n > 1}
    assert doubles == {}
    assert len(called) == TICKETS  # every ticket called, each once
    # 200 windows connected, at most the pooler's cap on the server (default max_connections is 100).
    assert 0 < most_server_connections[0] <= POOL
