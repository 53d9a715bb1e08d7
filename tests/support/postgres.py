"""A real PostgreSQL for the tests: the machine's server, or a throwaway cluster.

Order: ``CD_TEST_PG_URL`` if set; else the local server at 127.0.0.1:5432 (trust
auth, database ``test``); else a private cluster made with ``initdb``/``pg_ctl`` in a
temporary directory. Each test session gets its own fresh database, dropped at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg


@dataclass
class PgServer:
    admin_url: str  # libpq URL of a maintenance database
    host: str
    port: int
    user: str
    cluster_dir: Path | None = None

    def sqlalchemy_url(self, database: str, user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.user}@{self.host}:{self.port}/{database}"

    def create_database(self, prefix: str = "cd_test") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.cluster_dir is not None:
            pg_ctl = _find_binary("pg_ctl")
            subprocess.run(
                [pg_ctl, "-D", str(self.cluster_dir / "data"), "-m", "immediate", "stop"],
                capture_output=True,
                check=False,
            )
            shutil.rmtree(self.cluster_dir, ignore_errors=True)


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _can_connect(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _throwaway_cluster() -> PgServer | None:
    initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
    if not initdb or not pg_ctl:
        return None
    root = Path(tempfile.mkdtemp(prefix="cd-pg-"))
    data = root / "data"
    user = "postgres"
    env = dict(os.environ)
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the postgres account
        if shutil.which("runuser") is None:
            return None
        shutil.chown(root, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    try:
        subprocess.run(
            [*run_as, initdb, "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8"],
            check=True,
            capture_output=True,
            env=env,
        )
        port = _free_port()
        subprocess.run(
            [
                *run_as,
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(root / "log"),
                "-w",
                "-o",
                f"-p {port} -k {root} -c listen_addresses=127.0.0.1",
                "start",
            ],
            check=True,
            capture_output=True,
            env=env,
        )
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(root, ignore_errors=True)
        return None
    url = f"postgresql://{user}@127.0.0.1:{port}/postgres"
    for _ in range(50):
        if _can_connect(url):
            return PgServer(url, "127.0.0.1", port, user, cluster_dir=root)
        time.sleep(0.1)
    return None


def find_server() -> tuple[PgServer | None, str]:
    """The server to use and, when there is none, why (for a loud skip)."""
    explicit = os.environ.get("CD_TEST_PG_URL")
    if explicit:
        if _can_connect(explicit):
            parsed = psycopg.conninfo.conninfo_to_dict(explicit)
            return PgServer(
                explicit, parsed.get("host", "127.0.0.1"), int(parsed.get("port", 5432)), parsed.get("user", "postgres")
            ), ""
        return None, f"CD_TEST_PG_URL={explicit} is not reachable"
    for user in ("postgres", os.environ.get("USER", "root")):
        url = f"postgresql://{user}@127.0.0.1:5432/test"
        if _can_connect(url):
            return PgServer(url, "127.0.0.1", 5432, user), ""
    server = _throwaway_cluster()
    if server is not None:
        return server, ""
    return None, "no PostgreSQL at 127.0.0.1:5432 and no initdb/pg_ctl to make a throwaway cluster"
