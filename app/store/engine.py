"""One engine factory for the embedded SQLite of a window PC and for PostgreSQL.

SQLite is set up for durability first (DESIGN.md): WAL, ``synchronous=FULL`` (a slip
already printed must survive a power cut), ``busy_timeout``, foreign keys on, and
writes start with ``BEGIN IMMEDIATE`` so two writers never deadlock on upgrade from a
read lock. Reads use a plain deferred ``BEGIN``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from app.domain.errors import CounterDeskError

#: Execution option that marks a connection as a writer (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "counterdesk_write"
BUSY_TIMEOUT_MS = 10_000


class StoreError(CounterDeskError):
    """The store cannot be opened or used as configured."""


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _looks_like_network_share(path: Path) -> bool:
    """True for paths SQLite must not live on (its locking breaks on SMB/NFS)."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except (OSError, AttributeError):
            return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with Counter Desk's connection rules applied."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            path = Path(database)
            if _looks_like_network_share(path):
                raise StoreError(
                    f"数据库文件 {path} 位于网络共享目录上。SQLite 在网络共享上会损坏数据，"
                    "请改用本机磁盘路径，或为大厅配置 PostgreSQL 中心库。"
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        kwargs.setdefault("pool_pre_ping", True)
        # No server-side prepared statements (psycopg prepares a query after 5 runs): a hall
        # of 200 windows reaches PostgreSQL through PgBouncer in transaction mode, where the
        # next transaction may run on another server connection (docs/pooler.md).
        connect_args = dict(kwargs.pop("connect_args", {}))
        connect_args.setdefault("prepare_threshold", None)
        return create_engine(url, connect_args=connect_args, **kwargs)
    raise StoreError(f"不支持的数据库地址：{url}（只支持 sqlite 与 postgresql+psycopg）")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver; we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writer = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
