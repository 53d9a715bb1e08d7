"""Central-only bookkeeping of sync (present in every schema, used on the central store).

The inbox is the idempotency key of the upload path: a row's primary key is the
client's outbox id, so a batch sent twice (lost acknowledgement, killed client, killed
connection) is inserted once. ``device_cursors`` proves every device's sequence is
contiguous; ``devices`` is the registration list with epochs (clone tripwire);
alarms and rejected rows are shown to the administrator, never dropped. Reference
releases carry catalog/staff/window/calendar changes to the windows.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk


class InboxEntry(Base):
    """One outbox row as received by the center, exactly once (id = the outbox id)."""

    __tablename__ = "inbox"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    schema_version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[datetime] = now_column()
    #: False while the row waits for a gap before it or for its parent row.
    projected: Mapped[bool] = mapped_column(Boolean, default=False)


class DeviceCursor(Base):
    """How far the center has every sequence number of a device, without a gap."""

    __tablename__ = "device_cursors"
    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    window_code: Mapped[str] = mapped_column(String(16), index=True)
    epoch: Mapped[int] = mapped_column(Integer)
    contiguous_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    max_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None]
    #: Device clock minus server clock at the last sync, in milliseconds.
    clock_offset_ms: Mapped[int | None] = mapped_column(BigInteger)
    #: Age of the device's oldest pending row when it last synced (lag), in seconds.
    pending_at_last_sync: Mapped[int] = mapped_column(Integer, default=0)
    #: Received rows not yet projected because their parent row has not arrived.
    held: Mapped[int] = mapped_column(Integer, default=0)


class CentralDevice(Base):
    """A registered window PC: its epoch and whether its uploads are accepted."""

    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("window_code", "epoch"),)
    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    window_code: Mapped[str] = mapped_column(String(16), index=True)
    hall_code: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(128), default="")
    #: "active" or "refused" (a clone or a restored copy was detected).
    state: Mapped[str] = mapped_column(String(16), default="active")
    refused_reason: Mapped[str | None] = mapped_column(Text)
    registered_at: Mapped[datetime] = now_column()


class Alarm(Base):
    """Something an administrator must look at (gap, clone, clock skew, collision …)."""

    __tablename__ = "alarms"
    __table_args__ = (Index("ix_alarms_open", "acknowledged", "at"),)
    id: Mapped[uuid.UUID] = pk()
    kind: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[uuid.UUID | None]
    window_code: Mapped[str | None] = mapped_column(String(16), index=True)
    detail: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime] = now_column()
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    acknowledged_at: Mapped[datetime | None]


class RejectedRow(Base):
    """An uploaded row the center would not apply, kept whole so it can be replayed."""

    __tablename__ = "rejected_rows"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(index=True)
    window_code: Mapped[str] = mapped_column(String(16), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]]
    at: Mapped[datetime] = now_column()
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class TicketAlias(Base):
    """A ticket typed by hand at an offline window, matched to the central ticket."""

    __tablename__ = "ticket_aliases"
    local_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))


class ReferenceRelease(Base):
    """A numbered publication of reference data; windows switch only to complete ones."""

    __tablename__ = "ref_releases"
    release_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: "open" while rows are being added, then "complete" (or "abandoned").
    state: Mapped[str] = mapped_column(String(16), default="open")
    schema_version: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = now_column()
    completed_at: Mapped[datetime | None]


class ReferenceReleaseRow(Base):
    """One row of a release: the full row, or a tombstone (``row`` is null) for a delete."""

    __tablename__ = "ref_release_rows"
    __table_args__ = (Index("ix_ref_release_rows_release", "release_no", "position"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    release_no: Mapped[int] = mapped_column(ForeignKey("ref_releases.release_no", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(String(200))
    row: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ReferencePublished(Base):
    """What the latest releases say about each reference row (to diff the next release)."""

    __tablename__ = "ref_published"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    row_hash: Mapped[str] = mapped_column(String(64))
    release_no: Mapped[int] = mapped_column(Integer)


class WindowRole(Base):
    """Which PostgreSQL role belongs to which window, kiosk … (row-level security and
    the SECURITY DEFINER functions look it up; see ``app/sync/roles.py``)."""

    __tablename__ = "window_roles"
    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    #: The window code (for ``kind`` "window") or the name of the kiosk etc.
    window_code: Mapped[str] = mapped_column(String(16), index=True)
    #: A kind of :data:`app.sync.roles.ROLE_KINDS` ("window", "kiosk" …).
    kind: Mapped[str] = mapped_column(String(16), default="window", server_default="window")
    created_at: Mapped[datetime] = now_column()
