"""The query planner's statistics: when the store gathers them (ANALYZE, ``PRAGMA optimize``).

SQLite never gathers statistics by itself; without them it guesses, and for the
same-applicant queries it guessed the matter-code index (issue 16: 29.8 → 11.2 ms on a
50k store after ANALYZE alone). PostgreSQL's autovacuum analyses on its own, but only
after a threshold of changed rows, so a big import is analysed at once as well.

The moments: after a catalog import and after a large sync (:func:`analyze`, whole
tables changed), at start-up when the statistics are missing or stale
(:func:`refresh_if_stale`), and ``PRAGMA optimize`` on SQLite at start-up in any case
(cheap: it only re-analyses what it judges worth it).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text

from app.store.engine import WRITE_OPTION

#: Tables whose row counts move the query plans of the window and the center.
PLANNED_TABLES = ("cases", "case_events", "case_materials", "documents", "tickets", "ratings", "matters", "materials")
#: Statistics count as stale when a table has grown or shrunk by this factor since.
STALE_FACTOR = 2.0
#: Below this many rows plans do not matter (and ANALYZE of an empty table records nothing).
MIN_ROWS = 500
#: Rows SQLite samples per index (``PRAGMA analysis_limit``): keeps ANALYZE of a 100k
#: store in the tens of milliseconds; the plans need orders of magnitude, not exact counts.
SQLITE_ANALYSIS_LIMIT = 1000


def _sqlite_stat_rows(conn: Connection) -> dict[str, int]:
    """Row count of each table as the last ANALYZE recorded it (first number of ``stat``)."""
    exists = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name='sqlite_stat1'").first()
    if exists is None:
        return {}
    out: dict[str, int] = {}
    for tbl, stat in conn.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
        try:
            out[tbl] = max(out.get(tbl, 0), int(str(stat).split()[0]))
        except (ValueError, IndexError):
            continue
    return out


def _count(conn: Connection, table: str) -> int:
    return int(conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)  # noqa: S608 (fixed names)


def stale_tables(engine: Engine, tables: Iterable[str] = PLANNED_TABLES) -> list[str]:
    """Tables of at least :data:`MIN_ROWS` rows whose statistics are missing or off by
    :data:`STALE_FACTOR` (SQLite; PostgreSQL's autovacuum keeps its own, so none there)."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as conn:
        recorded = _sqlite_stat_rows(conn)
        out = []
        for table in tables:
            rows = _count(conn, table)
            if rows < MIN_ROWS:
                continue
            seen = recorded.get(table)
            if seen is None or rows > seen * STALE_FACTOR or rows * STALE_FACTOR < seen:
                out.append(table)
        conn.rollback()
    return out


def analyze(engine: Engine, tables: Iterable[str] | None = None) -> None:
    """Gather the planner's statistics now (of ``tables``, or of the whole store)."""
    names = list(tables) if tables is not None else None
    if engine.dialect.name == "sqlite":
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
            if names is None:
                conn.exec_driver_sql("ANALYZE")
            else:
                for name in names:
                    conn.exec_driver_sql(f'ANALYZE "{name}"')
        return
    if engine.dialect.name == "postgresql":
        # ANALYZE cannot run inside a transaction block's savepoint, but may inside BEGIN.
        with engine.begin() as conn:
            if names is None:
                conn.execute(text("ANALYZE"))
            else:
                for name in names:
                    conn.execute(text(f'ANALYZE "{name}"'))


def refresh_if_stale(engine: Engine) -> list[str]:
    """At start-up: analyse the tables whose statistics are missing or stale, then let
    SQLite's ``PRAGMA optimize`` do the rest. Returns the tables analysed."""
    stale = stale_tables(engine)
    if stale:
        analyze(engine, stale)
    if engine.dialect.name == "sqlite":
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
    return stale
