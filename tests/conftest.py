"""Shared fixtures: Qt offscreen, the store on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# No test writes to the real keyring of whoever runs the suite; tests/install/test_secrets.py
# chooses a file keyring of its own.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest

from tests.support.postgres import PgServer, find_server

_PG_SKIP_REASON: list[str] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server, why = find_server()
    if server is None:
        _PG_SKIP_REASON.append(why)
        warnings.warn(f"PostgreSQL tests SKIPPED: {why}", stacklevel=1)
        pytest.skip(f"PostgreSQL not available: {why}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh database for this test session (dropped at the end)."""
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture()
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    name = pg_server.create_database()
    yield pg_server.sqlalchemy_url(name)
    pg_server.drop_database(name)


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'window.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a store test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{tmp_path / 'window.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def store(store_url: str):  # type: ignore[no-untyped-def]
    """A migrated :class:`app.store.uow.Store` on SQLite and on PostgreSQL."""
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store

    engine = make_engine(store_url)
    upgrade(engine)
    s = Store(engine)
    yield s
    s.dispose()


@pytest.fixture()
def sqlite_store(sqlite_url: str):  # type: ignore[no-untyped-def]
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store

    engine = make_engine(sqlite_url)
    upgrade(engine)
    s = Store(engine)
    yield s
    s.dispose()


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if _PG_SKIP_REASON:
        terminalreporter.section("PostgreSQL", sep="!", red=True, bold=True)
        terminalreporter.write_line(f"PostgreSQL tests were SKIPPED: {_PG_SKIP_REASON[0]}", red=True)
