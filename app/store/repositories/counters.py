"""Gapless counters advanced in the caller's transaction (ticket, case and document numbers).

One statement, ``INSERT … ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING
value``, so two writers on PostgreSQL serialise on the counter row and neither can read
a stale value; on SQLite the write transaction (``BEGIN IMMEDIATE``) already serialises.
Because the counter moves in the same transaction as the numbered row, a rolled-back
action gives its number back: numbers are gapless.
"""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import Counter


def next_value(session: Session, key: str) -> int:
    """Advance counter ``key`` (created at 1) and return its new value."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(Counter).values(key=key, value=1)
    stmt = stmt.on_conflict_do_update(index_elements=[Counter.key], set_={"value": Counter.value + 1})
    value = session.execute(stmt.returning(Counter.value)).scalar_one()
    return int(value)


def peek(session: Session, key: str) -> int:
    """The counter's current value (0 when never used)."""
    row = session.get(Counter, key)
    return 0 if row is None else int(row.value)


def set_value(session: Session, key: str, value: int) -> None:
    """Set counter ``key`` to ``value`` (a cursor or checkpoint rather than a number)."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(Counter).values(key=key, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=[Counter.key], set_={"value": value}))
