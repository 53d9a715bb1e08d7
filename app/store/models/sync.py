"""Local sync bookkeeping: this PC's registration and its outbox.

The outbox row is written in the same local transaction as the domain rows it
describes (one clerk action = one transaction), with a gapless per-device sequence,
so the uploader can prove to the center that nothing was lost or sent twice.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk


class DeviceRegistration(Base):
    """Who this PC is to the center: device id, window, and registration epoch.

    A reinstalled, restored or cloned PC gets a new epoch from the center, so case
    numbers it issues can never repeat numbers issued under an older epoch.
    """

    __tablename__ = "device_registration"
    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    window_code: Mapped[str] = mapped_column(String(16))
    hall_code: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    registered_at: Mapped[datetime] = now_column()
    #: Next outbox sequence to issue (gapless, starts at 1).
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)


class OutboxEntry(Base):
    """One change to send to the center, in device-sequence order."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    id: Mapped[uuid.UUID] = pk()
    device_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    schema_version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = now_column()
    acked_at: Mapped[datetime | None]
    rejected_reason: Mapped[str | None] = mapped_column(Text)
