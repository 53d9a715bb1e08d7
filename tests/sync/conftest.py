"""Fixtures of the sync tests: a migrated central PostgreSQL and window SQLite stores.

Migrating takes a second or two per database, so each test session migrates once
into a template (a PostgreSQL template database, a SQLite file) and every test gets
a fresh copy of it.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.uow import Store
from app.sync.central import CentralStore


@pytest.fixture(scope="session")
def central_template(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A migrated database used as the template of each test's central store."""
    name = pg_server.create_database("cd_sync_tmpl")
    engine = make_engine(pg_server.sqlalchemy_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    pg_server.drop_database(name)


@pytest.fixture()
def central_url(pg_server, central_template: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh, migrated central PostgreSQL database for one test."""
    name = f"cd_sync_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{central_template}"')
    yield pg_server.sqlalchemy_url(name)
    pg_server.drop_database(name)


@pytest.fixture()
def central_engine(central_url: str) -> Iterator[Engine]:
    engine = make_engine(central_url)
    yield engine
    engine.dispose()


@pytest.fixture()
def central(central_engine: Engine) -> CentralStore:
    return CentralStore(central_engine)


@pytest.fixture(scope="session")
def local_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated window database file, copied for each window of each test."""
    path = tmp_path_factory.mktemp("sync-template") / "window.db"
    engine = make_engine(f"sqlite+pysqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture()
def make_local(tmp_path: Path, local_template: Path) -> Iterator[Callable[[str], Store]]:
    """Factory of migrated window SQLite stores (one file per name)."""
    made: list[Store] = []

    def make(name: str) -> Store:
        path = tmp_path / f"{name}.db"
        shutil.copyfile(local_template, path)
        store = Store(make_engine(f"sqlite+pysqlite:///{path}"))
        made.append(store)
        return store

    yield make
    for store in made:
        store.dispose()


@pytest.fixture(scope="session")
def s3_server() -> Iterator[object]:
    """A real S3 HTTP server (moto's, IAM enforced) for this test session."""
    from tests.sync.s3_server import S3Server

    server = S3Server.start()
    yield server
    server.stop()
