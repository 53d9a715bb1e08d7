"""Declarative base, naming convention and the column types every table shares.

Constraint names are fixed by convention so Alembic batch migrations on SQLite and
plain ALTERs on PostgreSQL name the same things the same way.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.ids import utcnow, uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always aware UTC in Python, whatever the backend stores.

    SQLite has no time zones, so values are normalised to UTC on the way in and tagged
    UTC on the way out; naive datetimes are refused (they hide clock bugs).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store aware UTC timestamps")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Base of every table; JSON columns map plain dicts/lists."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
        date: __import__("sqlalchemy").Date(),
    }


def pk() -> Mapped[uuid.UUID]:
    """A UUIDv7 primary key made on the client (offline-safe, time-ordered)."""
    return mapped_column(primary_key=True, default=uuid7)


def now_column() -> Mapped[datetime]:
    return mapped_column(default=utcnow)


def window_code() -> Mapped[str]:
    """The window that created the row and owns it (sync ownership, DESIGN.md)."""
    return mapped_column(String(16), index=True)
