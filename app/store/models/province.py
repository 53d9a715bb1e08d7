"""The provincial exchange's own tables on the central store (migration 0010): what was
sent to the 一体化政务服务平台 and what it answered, the daily reconciliations, and the
实施清单 pulled from it awaiting the administrator's approval (docs/province.md).

Written only by the exchange's role and the administrator; the source rows (case events,
ratings, follow-ups) are read through the ``px_*`` views and never written.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk


class ProvinceItem(Base):
    """One item for the province, from its first sight to the platform keeping it.

    ``state``: ``pending`` (to send, again after a timeout or a lost answer), ``kept`` (the
    platform answered accepted/duplicate), ``rejected`` (with the platform's reason, until
    an administrator corrects and resends it). Never deleted.
    """

    __tablename__ = "province_items"
    __table_args__ = (
        Index("ix_province_items_state", "state", "created_at"),
        Index("ix_province_items_day", "day", "rtype"),
    )
    #: The source row's id: case event, rating or follow-up (the platform deduplicates by it).
    event_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: 办件, 评价 or 整改; ``rtype`` the reconciliation type (``办件:受理`` …).
    kind: Mapped[str] = mapped_column(String(8))
    rtype: Mapped[str] = mapped_column(String(16))
    day: Mapped[date]
    case_number: Mapped[str | None] = mapped_column(String(40), index=True)
    payload: Mapped[dict[str, Any]]
    revision: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    reject_code: Mapped[str | None] = mapped_column(String(16))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    #: Corrections of the administrator (dotted key → value), applied on every resend.
    corrections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Every rejection, resend and reconciliation finding, oldest first.
    history: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = now_column()
    sent_at: Mapped[datetime | None]
    kept_at: Mapped[datetime | None]


class ProvinceReconciliation(Base):
    """One comparison of a day with the platform's answer (appended, never changed)."""

    __tablename__ = "province_reconciliations"
    __table_args__ = (Index("ix_province_reconciliations_day", "day", "checked_at"),)
    id: Mapped[uuid.UUID] = pk()
    day: Mapped[date]
    checked_at: Mapped[datetime] = now_column()
    clean: Mapped[bool] = mapped_column(Boolean)
    #: Per type: hall and province counts, ids missing on either side, items waiting or rejected.
    report: Mapped[dict[str, Any]]
    resent: Mapped[int] = mapped_column(Integer, default=0)


class ProvinceCatalogPull(Base):
    """A 实施清单 fetched from the platform: checked, diffed, approved (or refused) once."""

    __tablename__ = "province_catalog_pulls"
    id: Mapped[uuid.UUID] = pk()
    fetched_at: Mapped[datetime] = now_column()
    version: Mapped[str] = mapped_column(String(64), default="")
    #: ``pending`` (awaits approval), ``broken`` (failed the checks: ``problem``),
    #: ``published`` (approved: ``release_no``), ``superseded`` (a later pull replaced it).
    state: Mapped[str] = mapped_column(String(12))
    content: Mapped[str] = mapped_column(Text)
    problem: Mapped[str | None] = mapped_column(Text)
    diff: Mapped[list[Any]] = mapped_column(default=list)
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(50))
    release_no: Mapped[int | None]
