"""The window's hot queries use the indexes made for them (EXPLAIN QUERY PLAN on SQLite,
EXPLAIN on PostgreSQL), statistics are gathered at the right moments, and period
statistics are counted in SQL rather than by loading every case.

The statements checked are the ones the services really send (captured from the
engine), so a query rewritten without its index fails here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from app.domain.enums import TicketStatus
from app.services.catalog_admin import import_catalog
from app.services.cases import earlier_notices
from app.services.report_figures import Dimension, Period
from app.services.reports import compute_statistics
from app.services.stats import StatsService
from app.store.models import Case, Ticket
from app.store.statistics import refresh_if_stale, stale_tables
from app.store.uow import Store
from tests.services.conftest import DAY, PASSWORD, PERSON_ID, make_desk

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def captured(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every statement (with its parameters) the engine sends inside the block."""
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)


def plans(store: Store, statements: list[tuple[str, Any]], touching: str) -> list[str]:
    """The plan text of each captured statement that reads ``touching``.

    On PostgreSQL sequential scans are switched off for the EXPLAIN: on the tiny test
    tables a scan is cheapest, and what is checked is that an index serving the query
    exists and fits it."""
    out = []
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            conn.execute(text("SET LOCAL enable_seqscan = off"))
        for statement, params in statements:
            if f" {touching}" not in statement and f'"{touching}"' not in statement:
                continue
            prefix = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN "
            rows = conn.exec_driver_sql(prefix + statement, params).all()
            out.append("\n".join(str(r[-1]) for r in rows))
        conn.rollback()
    assert out, f"no statement read {touching}"
    return out


def test_day_statistics_read_the_window_day_indexes(hall: Store) -> None:
    with captured(hall) as seen:
        StatsService(hall).today("01", DAY)
    for table, index in (
        ("case_events", "ix_case_events_window_day"),
        ("tickets", "ix_tickets_day_window"),
        ("documents", "ix_documents_window_issued"),
        ("ratings", "ix_ratings_window_requested"),
    ):
        found = plans(hall, seen, table)
        assert any(index in p for p in found), (table, found)


def test_same_applicant_lookup_goes_by_id_number_not_by_matter(hall: Store) -> None:
    probe = Case(id=uuid.uuid4(), matter_code="QYSL", id_number=PERSON_ID)
    with captured(hall) as seen, hall.read() as s:
        earlier_notices(s, probe)
    found = plans(hall, seen, "cases")
    assert any("ix_cases_id_number_matter" in p for p in found), found
    assert not any("ix_cases_matter_code" in p for p in found), found


def test_my_cases_read_the_window_state_index(hall: Store) -> None:
    desk = make_desk(hall)
    desk.session.login("0101", PASSWORD)
    with captured(hall) as seen:
        desk.tracking.open_cases()
    found = [p for p in plans(hall, seen, "cases") if "case_events" not in p]
    assert any("ix_cases_window_state" in p for p in found), found


def _tickets(store: Store, n: int, start: int) -> None:
    with store.write() as tx:
        for i in range(start, start + n):
            tx.session.add(
                Ticket(
                    hall_day=DAY - timedelta(days=i // 500),
                    number=f"A{i:05d}",
                    category="A",
                    priority="普通",
                    priority_rank=2,
                    status=TicketStatus.DONE.value,
                    called_by_window="01",
                )
            )


def test_startup_gathers_missing_or_stale_statistics_once(sqlite_store: Store) -> None:
    _tickets(sqlite_store, 600, 0)
    assert "tickets" in stale_tables(sqlite_store.engine)
    assert "tickets" in refresh_if_stale(sqlite_store.engine)
    with sqlite_store.engine.connect() as conn:
        recorded = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'tickets'").scalars().all()
    assert recorded and all(int(s.split()[0]) == 600 for s in recorded)
    assert refresh_if_stale(sqlite_store.engine) == []  # fresh: a second start-up does nothing
    _tickets(sqlite_store, 1300, 600)  # the table more than doubled: stale again
    assert stale_tables(sqlite_store.engine) == ["tickets"]


def test_a_catalog_import_gathers_the_catalog_statistics(store: Store) -> None:
    import_catalog(store, (ROOT / "resources" / "catalog" / "demo_catalog.json").read_bytes())
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            analysed = set(conn.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1").scalars())
        else:
            analysed = set(
                conn.exec_driver_sql(
                    "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
                    " AND schemaname = current_schema()"
                ).scalars()
            )
    assert {"matters", "materials"} <= analysed, analysed


def test_period_statistics_never_load_a_case_object(hall: Store) -> None:
    desk = make_desk(hall)
    desk.session.login("0101", PASSWORD)
    from app.services.dto import ApplicantInput

    for _ in range(3):
        case = desk.intake.start(
            matter_code="QYSL", applicant=ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
        )
        desk.intake.mark_all_received(case.id)
        desk.decisions.accept(case.id)
    loaded: list[Any] = []
    listener: Callable[..., None] = lambda target, _ctx: loaded.append(target)  # noqa: E731
    event.listen(Case, "load", listener)
    try:
        with hall.read() as s:
            stats = compute_statistics(
                s, Period.between(DAY, date(2026, 11, 30)), Dimension.MATTER, today=date(2026, 12, 1)
            )
    finally:
        event.remove(Case, "load", listener)
    assert loaded == []
    row = next(r for r in stats.rows if r.key == "QYSL")
    assert (row.cases, row.accepted, stats.total.cases) == (3, 3, 3)
    assert row.overdue == 3  # still running at the period end, long past the promised 10-12
