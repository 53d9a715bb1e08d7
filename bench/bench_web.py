"""Benchmark: the hall web service's case look-up (``/case?c=…&k=…``) — p50/p95 latency
and requests/s — against a bare Starlette/uvicorn handler running the same queries in
the same run (the case row by number with its code, its events, materials, documents,
rating and window) and returning their values without templates, limits or logging.

Runs on a SQLite file (the demo's one-PC center) and, when ``CD_BENCH_PG_URL`` is set
(``postgresql+psycopg://…``, an empty database; the bench uses its owner account), on
PostgreSQL. Prints figures and the ratio; no assertions.

    .venv/bin/python bench/bench_web.py [--requests 400] [--clients 4]
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import uvicorn  # noqa: E402
from sqlalchemy import select, text  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.responses import PlainTextResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from app.domain.ids import utcnow  # noqa: E402
from app.services.calendar_service import LiveCalendar  # noqa: E402
from app.services.clock import hall_day  # noqa: E402
from app.services.decisions import DecisionService  # noqa: E402
from app.services.demo import seed_demo_hall  # noqa: E402
from app.services.dto import ApplicantInput  # noqa: E402
from app.services.intake import IntakeService  # noqa: E402
from app.services.session import SessionService  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.models import Case  # noqa: E402
from app.store.uow import Store  # noqa: E402
from app.web.safety import Limit  # noqa: E402
from app.web.server import start_in_thread  # noqa: E402

UNLIMITED = {"lookup": Limit(burst=10**9, per_minute=10**9)}
BARE_QUERIES = (
    "SELECT id, case_number, lookup_code, owner_window, matter_name, state, applicant_name, received_on,"
    " accepted_on, due_date FROM cases WHERE case_number = :n",
    "SELECT action, to_state, day FROM case_events WHERE case_id = :id ORDER BY at",
    "SELECT name, status, note FROM case_materials WHERE case_id = :id ORDER BY position",
    "SELECT number, kind, issued_at FROM documents WHERE case_id = :id",
    "SELECT rating FROM ratings WHERE case_id = :id AND rating <> '未评价'",
    "SELECT name FROM windows WHERE code = :w",
)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def accepted_case(url: str) -> tuple[str, str]:
    """A demo hall with one accepted case; its number and 查询码."""
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    seed_demo_hall(store, today=hall_day(utcnow()))
    settings = Settings(window_code="01")
    session = SessionService(store, settings)
    session.login("0101", "demo1234")
    calendar = LiveCalendar(store)
    intake = IntakeService(store, session, calendar)
    case = intake.start(
        matter_code=_first_matter(store),
        applicant=ApplicantInput(name="刘堃明", id_number="11010519491231002X", phone="13812345678"),
    )
    case = intake.mark_all_received(case.id)
    result = DecisionService(store, session, calendar, settings).accept(case.id)
    with store.read() as s:
        code = s.scalar(select(Case.lookup_code).where(Case.id == result.case.id))
    store.dispose()
    return result.case.case_number, code


def _first_matter(store: Store) -> str:
    with store.read() as s:
        return (
            s.execute(
                text(
                    # windows is JSON: compared as its text on both SQLite and PostgreSQL
                    "SELECT code FROM matters WHERE case_kind = '承诺件'"
                    " AND CAST(windows AS TEXT) LIKE '%\"01\"%' ORDER BY position"
                )
            )
            .scalars()
            .first()
            or s.execute(text("SELECT code FROM matters ORDER BY position")).scalars().first()
        )


def bare_app(url: str) -> Starlette:
    """The same queries, no services, no templates, no limits, no access log."""
    engine = make_engine(url)

    def case(request):  # type: ignore[no-untyped-def]
        with engine.connect() as c:
            row = c.execute(text(BARE_QUERIES[0]), {"n": request.query_params["c"]}).first()
            if row is None or row.lookup_code != request.query_params["k"]:
                return PlainTextResponse("no", status_code=404)
            out = [str(v) for v in row]
            for q in BARE_QUERIES[1:5]:
                out += [str(r) for r in c.execute(text(q), {"id": row.id})]
            out += [str(r) for r in c.execute(text(BARE_QUERIES[5]), {"w": row.owner_window})]
        return PlainTextResponse("\n".join(out))

    return Starlette(routes=[Route("/case", case)])


class BareServer:
    def __init__(self, url: str) -> None:
        config = uvicorn.Config(bare_app(url), host="127.0.0.1", port=0, access_log=False, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.server.servers[0].sockets[0].getsockname()[1]}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def load(base: str, path: str, requests: int, clients: int) -> tuple[list[float], float]:
    """``requests`` GETs per client over keep-alive connections; latencies (ms) and requests/s."""
    netloc = urlsplit(base).netloc
    latencies: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection(netloc, timeout=30)
        mine = []
        for _ in range(requests):
            t0 = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            assert response.status == 200, response.status
            mine.append((time.perf_counter() - t0) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, len(latencies) / (time.perf_counter() - started)


def run(url: str, label: str, requests: int, clients: int) -> None:
    number, code = accepted_case(url)
    path = "/case?" + urlencode({"c": number, "k": code})
    web = start_in_thread(url, limits=UNLIMITED)
    bare = BareServer(url)
    try:
        load(web.url, path, 20, 1)  # warm up both
        load(bare.url, path, 20, 1)
        print(f"\n== {label}: case look-up, {requests} requests × 1 client, then × {clients} clients")
        results = {}
        for name, base in (("hall web", web.url), ("bare Starlette", bare.url)):
            single, _ = load(base, path, requests, 1)
            _lat, rps = load(base, path, requests // clients or 1, clients)
            results[name] = (statistics.median(single), percentile(single, 95), rps)
            p50, p95, r = results[name]
            print(f"{name:15s} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   {r:7.1f} req/s ({clients} clients)")
        (w50, w95, wr), (b50, b95, br) = results["hall web"], results["bare Starlette"]
        print(f"ratio (hall web / bare): p50 ×{w50 / b50:.2f}, p95 ×{w95 / b95:.2f}, req/s ×{wr / br:.2f}")
    finally:
        web.stop()
        bare.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--quick", action="store_true", help="40 requests per client (a smoke run)")
    args = parser.parse_args()
    if args.quick:
        args.requests = 40
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite+pysqlite:///{Path(tmp) / 'center.db'}", "SQLite (one-PC center)", args.requests, args.clients)
    pg = os.environ.get("CD_BENCH_PG_URL")
    if pg:
        run(pg, "PostgreSQL", args.requests, args.clients)
    print("\nhall web = /case page: code check in constant time, the look-up service, Jinja2 page, limits, access log.")
    print("bare     = one Starlette route running the same six queries, plain-text answer.")


if __name__ == "__main__":
    main()
