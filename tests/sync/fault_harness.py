"""Randomized fault injection: window processes with their own SQLite against one real
PostgreSQL, killed with SIGKILL at random points, losing requests and answers, with
their central connections terminated mid-batch; then the delivery checker.

Used by ``tests/sync/test_fault_injection.py`` (short) and ``bench/bench_sync.py`` (long).
A client process is ``python -m tests.sync.fault_harness client …``: it performs clerk
actions until its store holds the wanted number of cases, uploading now and then
through a lossy link, and exits 0 once everything it wrote was acknowledged. Killed, it
is simply started again on the same database file — as a clerk would restart the PC.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "cd-fault-client"
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FaultRun:
    """What a run did and what the checker found."""

    problems: tuple[str, ...]
    outbox_rows: int
    inbox_rows: int
    case_numbers: int
    kills: int
    connection_kills: int
    lost_requests: int
    lost_answers: int
    server_restarts: int = 0


class LossyLink:
    """The network between a window and the center: requests and answers get lost."""

    def __init__(self, central, rng: random.Random, p_request: float, p_answer: float, log: Path) -> None:  # type: ignore[no-untyped-def]
        self.central = central
        self.rng = rng
        self.p_request = p_request
        self.p_answer = p_answer
        self.log = log

    def _note(self, what: str) -> None:
        with self.log.open("a", encoding="utf-8") as f:
            f.write(what + "\n")

    def accept_batch(self, request):  # type: ignore[no-untyped-def]
        from app.sync.errors import CentralUnavailable

        if self.rng.random() < self.p_request:
            self._note("request")
            raise CentralUnavailable("请求丢失（故障注入）")
        result = self.central.accept_batch(request)
        if self.rng.random() < self.p_answer:
            self._note("answer")  # committed centrally, but the window never hears it
            raise CentralUnavailable("应答丢失（故障注入）")
        return result


def _make_uploader(local, link, batch_size: int, broken: bool):  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from app.domain.ids import utcnow
    from app.store.models import OutboxEntry
    from app.sync.uploader import Uploader

    if not broken:
        return Uploader(local, link, batch_size=batch_size)

    class AckFirstUploader(Uploader):
        """NEGATIVE CONTROL: marks rows acknowledged before the center committed them."""

        def send_batch(self, rows, oldest_pending_s=0):  # type: ignore[no-untyped-def]
            with self.local.write() as tx:
                tx.session.execute(
                    update(OutboxEntry).where(OutboxEntry.id.in_([r.id for r in rows])).values(acked_at=utcnow())
                )
            return super().send_batch(rows, oldest_pending_s)

    return AckFirstUploader(local, link, batch_size=batch_size)


def client_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--local", required=True)
    parser.add_argument("--central", required=True)
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--p-request", type=float, default=0.1)
    parser.add_argument("--p-answer", type=float, default=0.2)
    parser.add_argument("--broken", action="store_true")
    parser.add_argument("--pause-ms", type=float, default=5.0)
    parser.add_argument("--mode", choices=("cases", "trust"), default="cases")
    parser.add_argument("--window", default="01")
    args = parser.parse_args(argv)

    from sqlalchemy import func, select

    from app.store.engine import make_engine
    from app.store.models import Case
    from app.store.uow import Store
    from app.sync.central import CentralStore
    from app.sync.errors import CentralUnavailable
    from tests.sync.clerk import advance_case, open_case

    rng = random.Random(args.seed * 7919 + os.getpid())
    local = Store(make_engine(f"sqlite+pysqlite:///{args.local}"))
    central = CentralStore(make_engine(args.central, connect_args={"application_name": APP_NAME}))
    link = LossyLink(central, rng, args.p_request, args.p_answer, Path(args.local + ".faults"))

    def cases() -> list:  # type: ignore[type-arg]
        with local.read() as s:
            return list(s.scalars(select(Case.id)))

    def upload_some() -> None:
        uploader = _make_uploader(local, link, rng.randint(1, 12), args.broken)
        with contextlib.suppress(CentralUnavailable):
            uploader.sync_once(max_batches=rng.randint(1, 3))

    if args.mode == "trust":
        trust_clerk(local, args.window, args.cases, rng, upload_some)
    while args.mode == "cases":
        existing = cases()
        if len(existing) >= args.cases:
            break
        if existing and rng.random() < 0.3:
            advance_case(local, rng.choice(existing), rng.choice(["补正", "办理中", "办结"]))
        else:
            open_case(local, f"申请人{rng.randint(1, 9999)}")
        if rng.random() < 0.4:
            upload_some()
        time.sleep(rng.random() * args.pause_ms / 1000)
    # Drain: keep trying (faults continue) until every row is acknowledged.
    for _ in range(10_000):
        upload_some()
        with local.read() as s:
            from app.store.models import OutboxEntry

            left = s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None)))
        if not left:
            return 0
        time.sleep(0.01)
    return 3


#: The password of a person after ``version`` changes in the trust fault run.
def password_at(version: int) -> str:
    from tests.services.conftest import PASSWORD

    return PASSWORD if version == 0 else f"Pass{version:04d}x"


#: The person who works at each window of the services' hall.
TRUST_CLERKS = {"01": "0101", "02": "0201"}


def trust_clerk(local, window: str, changes: int, rng: random.Random, upload_some: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    """Log in (now and then after a wrong guess), change the password, pause, resume,
    log out — until the person's password has changed ``changes`` times on this PC.
    Every step is a local transaction with credential events and chained audit rows;
    the process may be killed anywhere, and starts again from what its store says."""
    from sqlalchemy import select

    from app.services.clock import system_clock
    from app.services.errors import WrongPassword
    from app.services.session import SessionService
    from app.settings import Settings
    from app.store.models import Staff

    staff_no = TRUST_CLERKS[window]
    session = SessionService(local, Settings(window_code=window), clock=system_clock)

    def version() -> int:
        with local.read() as s:
            return int(s.scalar(select(Staff.password_version).where(Staff.staff_no == staff_no)) or 0)

    while (v := version()) < changes:
        if rng.random() < 0.3:
            with contextlib.suppress(WrongPassword):
                session.login(staff_no, "not-the-password-1")
        session.login(staff_no, password_at(v))
        if rng.random() < 0.5:
            session.pause("故障注入")
            session.resume_serving()
        session.change_password(password_at(v), password_at(v + 1))
        session.logout()
        if rng.random() < 0.6:
            upload_some()


def _connection_killer(
    admin_url: str,
    database: str,
    stop: threading.Event,
    rng: random.Random,
    killed: list[int],
    every_s: tuple[float, float],
) -> None:
    import psycopg

    conn: psycopg.Connection | None = None
    while not stop.wait(rng.uniform(*every_s)):
        try:
            if conn is None or conn.closed:
                conn = psycopg.connect(admin_url, autocommit=True, connect_timeout=2)
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = %s AND state <> 'idle'",
                (database, APP_NAME),
            ).fetchall()
            killed.append(sum(1 for (ok,) in rows if ok))
        except psycopg.Error:
            conn = None  # the server is restarting: try again later
    if conn is not None:
        conn.close()


def _restarter(
    restart: Callable[[], None], count: int, stop: threading.Event, rng: random.Random, done: list[int]
) -> None:
    for _ in range(count):
        if stop.wait(rng.uniform(1.0, 4.0)):
            return
        restart()
        done.append(1)


def private_restart(server):  # type: ignore[no-untyped-def]
    """A function that crash-restarts the private cluster (``pg_ctl -m immediate``)."""
    from tests.support.postgres import _find_binary

    root = server.cluster_dir
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    pg_ctl = _find_binary("pg_ctl")

    def restart() -> None:
        subprocess.run(
            [
                *run_as,
                pg_ctl,
                "-D",
                str(root / "data"),
                "-l",
                str(root / "log"),
                "-m",
                "immediate",
                "-w",
                "-o",
                f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1",
                "restart",
            ],
            check=True,
            capture_output=True,
        )

    return restart


def run_fault_injection(
    *,
    admin_url: str,
    central_url: str,
    workdir: Path,
    template: Path | None,
    clients: int,
    cases: int,
    kills_per_client: int,
    seed: int,
    broken: bool = False,
    p_request: float = 0.1,
    p_answer: float = 0.2,
    kill_window_s: tuple[float, float] = (0.4, 1.5),
    pause_ms: float = 5.0,
    timeout_s: float = 300.0,
    restart: Callable[[], None] | None = None,
    restarts: int = 0,
    kill_connections_every_s: tuple[float, float] = (0.05, 0.3),
    mode: str = "cases",
    prepare: Callable[[int, Path], str] | None = None,
) -> FaultRun:
    """Register ``clients`` windows, run them as processes under faults, then check.

    ``prepare(n, path)`` replaces the default registration of window ``n`` (the trust
    run registers through each window's own role) and returns the URL the client uses."""
    import shutil

    from sqlalchemy.engine import make_url

    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store
    from app.sync.central import CentralStore
    from app.sync.registration import register_device
    from app.sync.uploader import Uploader
    from app.sync.verify import verify_delivery

    rng = random.Random(seed)
    central_engine = make_engine(central_url)
    central = CentralStore(central_engine)
    paths: list[Path] = []
    urls: list[str] = []
    for n in range(clients):
        path = workdir / f"window{n:02d}.db"
        if template is not None:
            shutil.copyfile(template, path)
        store = Store(make_engine(f"sqlite+pysqlite:///{path}"))
        if template is None:
            upgrade(store.engine)
        if prepare is None:
            register_device(store, central, f"{n + 1:02d}", "HALL", fingerprint=f"pc-{n}")
            urls.append(central_url)
        store.dispose()
        if prepare is not None:
            urls.append(prepare(n, path))
        paths.append(path)

    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def spawn(n: int) -> subprocess.Popen[bytes]:
        cmd = [
            sys.executable,
            "-m",
            "tests.sync.fault_harness",
            "client",
            "--local",
            str(paths[n]),
            "--central",
            urls[n],
            "--mode",
            mode,
            "--window",
            f"{n + 1:02d}",
            "--cases",
            str(cases),
            "--seed",
            str(seed * 100 + n),
            "--p-request",
            str(p_request),
            "--p-answer",
            str(p_answer),
            "--pause-ms",
            str(pause_ms),
        ]
        if broken:
            cmd.append("--broken")
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE)

    stop = threading.Event()
    conn_kills: list[int] = []
    killer = threading.Thread(
        target=_connection_killer,
        daemon=True,
        args=(
            admin_url,
            make_url(central_url).database,
            stop,
            random.Random(seed),
            conn_kills,
            kill_connections_every_s,
        ),
    )
    killer.start()
    restarted: list[int] = []
    restarter = None
    if restart is not None and restarts:
        restarter = threading.Thread(
            target=_restarter, daemon=True, args=(restart, restarts, stop, random.Random(seed + 1), restarted)
        )
        restarter.start()
    procs = {n: spawn(n) for n in range(clients)}
    kills_left = {n: kills_per_client for n in range(clients)}
    kill_at = {n: time.monotonic() + rng.uniform(*kill_window_s) for n in range(clients)}
    kills = 0
    deadline = time.monotonic() + timeout_s
    try:
        while procs:
            if time.monotonic() > deadline:
                raise TimeoutError("故障注入运行超时")
            for n, proc in list(procs.items()):
                code = proc.poll()
                if code is not None:
                    if code != 0:
                        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
                        raise RuntimeError(f"window {n} exited {code}: {err[-2000:]}")
                    del procs[n]
                elif kills_left[n] and time.monotonic() >= kill_at[n]:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    kills += 1
                    kills_left[n] -= 1
                    kill_at[n] = time.monotonic() + rng.uniform(*kill_window_s)
                    procs[n] = spawn(n)
            time.sleep(0.01)
    finally:
        stop.set()
        killer.join(5)
        if restarter is not None:
            restarter.join(60)
        for proc in procs.values():
            proc.kill()
            proc.wait()

    stores = [Store(make_engine(f"sqlite+pysqlite:///{p}")) for p in paths]
    try:
        if not broken:
            for store, url in zip(stores, urls, strict=True):  # nothing should be left; a clean pass proves it
                own = central if url == central_url else CentralStore(make_engine(url))
                Uploader(store, own).sync_once()
                if own is not central:
                    own.engine.dispose()
        check = verify_delivery(central_engine, stores)
    finally:
        for store in stores:
            store.dispose()
        central_engine.dispose()
    faults = "".join(
        p.with_name(p.name + ".faults").read_text("utf-8") if p.with_name(p.name + ".faults").exists() else ""
        for p in paths
    ).split()
    return FaultRun(
        check.problems,
        check.outbox_rows,
        check.inbox_rows,
        check.case_numbers,
        kills,
        sum(conn_kills),
        faults.count("request"),
        faults.count("answer"),
        len(restarted),
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "client":
        sys.exit(client_main(sys.argv[2:]))
    raise SystemExit("usage: python -m tests.sync.fault_harness client …")
