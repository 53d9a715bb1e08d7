"""A real PgBouncer in transaction mode in front of the test PostgreSQL (Debian package
``pgbouncer``; ``./dev setup`` installs it). Started per test on a free port, stopped after.

The configuration is the one docs/pooler.md gives the IT person, with the limits made
small so a test can see them hold.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from tests.support.postgres import PgServer


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.path.exists(p)), None
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CONFIG = """\
[databases]
{database} = host={host} port={port} dbname={database}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {root}/userlist.txt
pool_mode = transaction
max_client_conn = {max_clients}
default_pool_size = {pool}
max_db_connections = {pool}
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
"""


@contextmanager
def pgbouncer(server: PgServer, database: str, *, pool: int = 20, max_clients: int = 400) -> Iterator[str]:
    """A running PgBouncer for ``database``; yields its SQLAlchemy URL (same user)."""
    binary = pgbouncer_binary()
    if binary is None:
        raise RuntimeError("pgbouncer is not installed (Debian package pgbouncer; ./dev setup installs it)")
    root = Path(tempfile.mkdtemp(prefix="cd-pgbouncer-"))
    listen = _free_port()
    (root / "userlist.txt").write_text(f'"{server.user}" ""\n', encoding="utf-8")
    (root / "pgbouncer.ini").write_text(
        CONFIG.format(
            database=database,
            host=server.host,
            port=server.port,
            listen=listen,
            root=root,
            pool=pool,
            max_clients=max_clients,
        ),
        encoding="utf-8",
    )
    command = [binary, str(root / "pgbouncer.ini")]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root
        user = next((u for u in ("postgres", "nobody") if _exists(u)), None)
        if user is None:
            raise RuntimeError("pgbouncer cannot run as root and there is no postgres/nobody user")
        os.chmod(root, 0o777)
        for f in root.iterdir():
            os.chmod(f, 0o666)
        command = ["runuser", "-u", user, "--", *command]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"postgresql://{server.user}@127.0.0.1:{listen}/{database}"
    try:
        for _ in range(100):
            if process.poll() is not None:
                log = (root / "pgbouncer.log").read_text(errors="replace") if (root / "pgbouncer.log").exists() else ""
                out = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise RuntimeError(f"pgbouncer exited: {out}{log}")
            try:
                with psycopg.connect(url, connect_timeout=2) as conn:
                    conn.execute("SELECT 1")
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        else:
            raise RuntimeError("pgbouncer did not accept connections")
        yield f"postgresql+psycopg://{server.user}@127.0.0.1:{listen}/{database}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
        shutil.rmtree(root, ignore_errors=True)


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True
