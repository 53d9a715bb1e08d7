"""The hall's registers: 首问责任, consultations, complaints, 办不成事, 帮办代办,
否定备案 (negative-decision filings for the center's review)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk, window_code


class FirstInquiry(Base):
    """首问责任登记表: the first person asked owns the inquiry until it is answered."""

    __tablename__ = "first_inquiries"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
    at: Mapped[datetime] = now_column()
    visitor_name: Mapped[str] = mapped_column(String(50))
    visitor_phone: Mapped[str | None] = mapped_column(String(32))
    matter: Mapped[str] = mapped_column(String(200))
    request: Mapped[str] = mapped_column(Text)
    time_limit_days: Mapped[int | None]
    promised_on: Mapped[date | None]
    completed_on: Mapped[date | None]
    result: Mapped[str | None] = mapped_column(Text)
    guided_to_window: Mapped[str | None] = mapped_column(String(16))


class Consultation(Base):
    """咨询登记 by visit, phone or letter, with the one-time information given."""

    __tablename__ = "consultations"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = now_column()
    channel: Mapped[str] = mapped_column(String(8))
    visitor_name: Mapped[str | None] = mapped_column(String(50))
    visitor_phone: Mapped[str | None] = mapped_column(String(32))
    matter_code: Mapped[str | None] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")


class Complaint(Base):
    """投诉 with its working-day deadline (same day / 1 / 3, extendable to 15)."""

    __tablename__ = "complaints"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    received_at: Mapped[datetime] = now_column()
    name: Mapped[str] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    target_window: Mapped[str | None] = mapped_column(String(16))
    target_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(8))
    request: Mapped[str] = mapped_column(Text)
    facts: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    complexity: Mapped[str] = mapped_column(String(4))
    on_site: Mapped[bool] = mapped_column(Boolean, default=True)
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[date]
    extended_due: Mapped[date | None]
    extension_reason: Mapped[str | None] = mapped_column(Text)
    investigation: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(8))
    reply_to_complainant: Mapped[str | None] = mapped_column(Text)
    reply_to_target: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None]


class CannotDoReport(Base):
    """“办不成事”反映: intake, dispatch with a 业务办理单, feedback, call-back."""

    __tablename__ = "cannot_do_reports"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    received_at: Mapped[datetime] = now_column()
    applicant_name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(32))
    matter: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_reason: Mapped[str | None] = mapped_column(Text)
    complexity: Mapped[str] = mapped_column(String(4))
    sheet_number: Mapped[str | None] = mapped_column(String(48), unique=True)
    dispatched_to: Mapped[str | None] = mapped_column(String(64))
    due_date: Mapped[date | None]
    feedback: Mapped[str | None] = mapped_column(Text)
    feedback_at: Mapped[datetime | None]
    satisfaction: Mapped[str | None] = mapped_column(String(8))
    redispatch_count: Mapped[int] = mapped_column(Integer, default=0)
    history: Mapped[list[Any]] = mapped_column(default=list)
    closed_at: Mapped[datetime | None]


class AssistRecord(Base):
    """帮办代办台账: one request, its progress and the signed hand-over; always free."""

    __tablename__ = "assist_ledger"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    kind: Mapped[str] = mapped_column(String(8))
    applicant_name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(32))
    special_group: Mapped[str | None] = mapped_column(String(32))
    matter: Mapped[str] = mapped_column(String(200))
    agent_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    progress: Mapped[list[Any]] = mapped_column(default=list)
    handover: Mapped[list[Any]] = mapped_column(default=list)
    free_of_charge: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = now_column()
    closed_at: Mapped[datetime | None]


class NegativeFiling(Base):
    """否定备案: a refusal or return filed with the center, which confirms or orders
    re-processing (the order reaches the window as a case event)."""

    __tablename__ = "negative_filings"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    clerk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    filed_at: Mapped[datetime] = now_column()
    review_state: Mapped[str] = mapped_column(String(8), default="待审查")
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reviewed_at: Mapped[datetime | None]
    review_note: Mapped[str | None] = mapped_column(Text)
