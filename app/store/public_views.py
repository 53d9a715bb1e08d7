"""What the hall web service may read of the central store, as tables of public columns.

On PostgreSQL these are the ``web_*`` views of migrations ``0009`` and ``0013`` — the only relations
of cases, tickets and ratings the web service's role can read; they carry no ID
number, phone, address, agent, clerk's note or document facts. A one-PC SQLite center
has no roles: there the same columns are read from the tables themselves, so the
queries of :mod:`app.services.public` are the same on both backends.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, TableClause, column, table

from app.store.base import Base
from app.store.models import Case, CaseEvent, CaseMaterial, IssuedDocument, RatingRecord, Ticket, TicketReminder


def _table(model: type[Base]) -> Table:
    """A model's table (``__table__`` is typed ``FromClause``; a declarative model's is a ``Table``)."""
    found = model.__table__
    if not isinstance(found, Table):
        raise TypeError(f"{model.__name__} has no table")
    return found


_COLUMNS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "web_cases": (
        _table(Case),
        (
            "id",
            "case_number",
            "lookup_code",
            "owner_window",
            "ticket_id",
            "matter_code",
            "matter_name",
            "kind",
            "state",
            "applicant_kind",
            "applicant_name",
            "org_name",
            "received_on",
            "accepted_on",
            "due_date",
            "pending_due",
            "result_kind",
            "result_name",
            "delivery_method",
            "carrier",
            "staff_id",
            "post",
            "updated_at",
        ),
    ),
    "web_case_events": (_table(CaseEvent), ("id", "case_id", "action", "from_state", "to_state", "day", "at")),
    "web_case_materials": (
        _table(CaseMaterial),
        ("id", "case_id", "name", "necessity", "form", "copies", "standard", "status", "note", "position"),
    ),
    "web_documents": (_table(IssuedDocument), ("id", "number", "kind", "case_id", "issued_at")),
    "web_ratings": (_table(RatingRecord), ("id", "case_id", "owner_window", "rating", "source", "rated_at")),
    "web_tickets": (
        _table(Ticket),
        (
            "id",
            "hall_day",
            "number",
            "category",
            "priority_rank",
            "status",
            "issued_at",
            "called_at",
            "called_by_window",
            "service_started_at",
            "finished_at",
            "transferred_to",
            "recall_count",
        ),
    ),
    # migration 0013: which tickets have a 叫号提醒, never the phone.
    "web_ticket_reminders": (
        _table(TicketReminder),
        ("ticket_id", "hall_day", "threshold", "created_at"),
    ),
}

#: View name → its columns, as the migration creates them (checked by the tests).
VIEW_COLUMNS = {name: columns for name, (_t, columns) in _COLUMNS.items()}


def _clause(name: str, views: bool) -> TableClause:
    source, columns = _COLUMNS[name]
    return table(name if views else source.name, *(column(c, source.c[c].type) for c in columns))


@dataclass(frozen=True)
class PublicTables:
    """The relations the web service reads: views on PostgreSQL, tables on SQLite."""

    cases: TableClause
    case_events: TableClause
    case_materials: TableClause
    documents: TableClause
    ratings: TableClause
    tickets: TableClause
    ticket_reminders: TableClause


def public_tables(dialect: str) -> PublicTables:
    """The web service's relations for a store of ``dialect`` (``postgresql``/``sqlite``)."""
    views = dialect == "postgresql"
    return PublicTables(
        cases=_clause("web_cases", views),
        case_events=_clause("web_case_events", views),
        case_materials=_clause("web_case_materials", views),
        documents=_clause("web_documents", views),
        ratings=_clause("web_ratings", views),
        tickets=_clause("web_tickets", views),
        ticket_reminders=_clause("web_ticket_reminders", views),
    )
