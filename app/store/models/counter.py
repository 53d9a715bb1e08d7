"""What happens at a window: queue tickets, cases and their materials and clock events,
issued documents, print jobs, ratings and follow-ups, status/attendance events, audit.

Every row a window creates carries ``owner_window`` (the window that owns it; sync
never lets another window overwrite it) and, where a person acted, ``staff_id`` and
``post`` (A岗/B岗/顶岗) so every action is attributed to whoever was logged in.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.base import Base, now_column, pk, window_code


class Ticket(Base):
    """A queue ticket of the hall queue (central, claimed atomically when called)."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("hall_day", "number"),
        Index("ix_tickets_waiting", "status", "category", "priority_rank", "issued_at"),
        #: A window's day statistics (the tickets it called that day).
        Index("ix_tickets_day_window", "hall_day", "called_by_window"),
    )
    id: Mapped[uuid.UUID] = pk()
    hall_day: Mapped[date]
    number: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(8))
    #: TicketPriority value and its rank (0 green channel, 1 appointment, 2 normal).
    priority: Mapped[str] = mapped_column(String(8))
    priority_rank: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[str] = mapped_column(String(8), index=True)
    appointment_ref: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[datetime] = now_column()
    called_at: Mapped[datetime | None]
    called_by_window: Mapped[str | None] = mapped_column(String(16))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    service_started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    transfer_note: Mapped[str | None] = mapped_column(Text)
    transferred_to: Mapped[str | None] = mapped_column(String(16))
    #: True when typed in by hand at an offline window (reconciled later).
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    """A case (办件) from intake to delivery; owned by the window that created it."""

    __tablename__ = "cases"
    __table_args__ = (
        #: My cases: the window's cases in a state.
        Index("ix_cases_window_state", "owner_window", "state"),
        #: The same applicant's earlier notices for a matter (ID number / credit code first,
        #: so the planner never walks a matter's every case without statistics).
        Index("ix_cases_id_number_matter", "id_number", "matter_code"),
        Index("ix_cases_credit_code_matter", "credit_code", "matter_code"),
        Index("ix_cases_agent_id_number", "agent_id_number"),
        #: Period statistics: cases received in the period.
        Index("ix_cases_received_on", "received_on"),
    )
    id: Mapped[uuid.UUID] = pk()
    #: Hall-unique 办件编号, issued locally (hall + date + window + epoch + counter).
    case_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    #: 查询码: random, issued with the case number, printed on the slip and carried by its QR
    #: code; opens the case on the hall web service (:mod:`app.domain.lookup_code`).
    lookup_code: Mapped[str | None] = mapped_column(String(16))
    owner_window: Mapped[str] = window_code()
    matter_code: Mapped[str] = mapped_column(String(64), index=True)
    matter_name: Mapped[str] = mapped_column(String(200))
    bundle_code: Mapped[str | None] = mapped_column(String(64))
    #: CaseKind value (即办件, 承诺件 …).
    kind: Mapped[str] = mapped_column(String(8))
    #: CaseState value of :mod:`app.domain.case_state`.
    state: Mapped[str] = mapped_column(String(32), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    applicant_kind: Mapped[str] = mapped_column(String(8))
    applicant_name: Mapped[str] = mapped_column(String(200), index=True)
    #: a foreigner's English name as on the card (the name above is the Chinese one)
    applicant_name_en: Mapped[str | None] = mapped_column(String(120))
    id_type: Mapped[str | None] = mapped_column(String(32))
    id_number: Mapped[str | None] = mapped_column(String(32), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    #: The applicant agreed at intake to SMS notices to ``phone`` (docs/sms.md); no opt-in, no SMS.
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: 住址 of a natural person (from the ID card)
    address: Mapped[str | None] = mapped_column(String(200))
    org_name: Mapped[str | None] = mapped_column(String(200))
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    legal_rep: Mapped[str | None] = mapped_column(String(50))
    agent_name: Mapped[str | None] = mapped_column(String(50))
    agent_id_number: Mapped[str | None] = mapped_column(String(32))
    agent_phone: Mapped[str | None] = mapped_column(String(32))
    #: Situation codes the clerk answered "yes".
    situations: Mapped[list[str]] = mapped_column(default=list)
    received_on: Mapped[date | None]
    accepted_on: Mapped[date | None]
    legal_limit_days: Mapped[int | None]
    promised_limit_days: Mapped[int | None]
    due_date: Mapped[date | None]
    pending_due: Mapped[date | None]
    result_kind: Mapped[str | None] = mapped_column(String(8))
    result_name: Mapped[str | None] = mapped_column(String(200))
    delivery_method: Mapped[str | None] = mapped_column(String(8))
    carrier: Mapped[str | None] = mapped_column(String(50))
    tracking_no: Mapped[str | None] = mapped_column(String(64))
    visit_no: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = now_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
    materials: Mapped[list[CaseMaterial]] = relationship(
        order_by="CaseMaterial.position", cascade="all, delete-orphan", back_populates="case"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        order_by="CaseEvent.at", cascade="all, delete-orphan", back_populates="case"
    )


class CaseMaterial(Base):
    """One checklist line of a case: what the clerk marked and why."""

    __tablename__ = "case_materials"
    id: Mapped[uuid.UUID] = pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    matter_code: Mapped[str] = mapped_column(String(64))
    material_code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    necessity: Mapped[str] = mapped_column(String(8))
    form: Mapped[str] = mapped_column(String(16))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    standard: Mapped[str | None] = mapped_column(Text)
    #: MaterialStatus value.
    status: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    case: Mapped[Case] = relationship(back_populates="materials")


class CaseEvent(Base):
    """An appended fact in a case's life (state change, clock event, center decision).

    The deadline clock is folded from these (accepted, supplement requested/received,
    suspended/resumed …); cross-window changes arrive as events, never as overwrites.
    """

    __tablename__ = "case_events"
    #: A window's day statistics (the decisions it recorded that day).
    __table_args__ = (Index("ix_case_events_window_day", "owner_window", "day"),)
    id: Mapped[uuid.UUID] = pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    owner_window: Mapped[str] = window_code()
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    #: Hall-local calendar day the event counts on (for the working-day clock).
    day: Mapped[date]
    at: Mapped[datetime] = now_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    case: Mapped[Case] = relationship(back_populates="events")


class IssuedDocument(Base):
    """A numbered document (文书) issued for a case or a ticket; the facts it printed."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_window_issued", "owner_window", "issued_at"),)
    id: Mapped[uuid.UUID] = pk()
    number: Mapped[str] = mapped_column(String(48), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    owner_window: Mapped[str] = window_code()
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    issued_at: Mapped[datetime] = now_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
    #: The facts the document was built from (so a reprint is the same document).
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class PrintJob(Base):
    """A print job, stored before it is sent so a jam or a crash never loses a slip."""

    __tablename__ = "print_jobs"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"), index=True)
    printer: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = now_column()
    sent_at: Mapped[datetime | None]


class RatingRecord(Base):
    """A 好差评 rating from the evaluator (or the applicant's QR page), or 未评价 with why."""

    __tablename__ = "ratings"
    __table_args__ = (Index("ix_ratings_window_requested", "owner_window", "requested_at"),)
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    reference: Mapped[str] = mapped_column(String(48))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    post: Mapped[str | None] = mapped_column(String(8))
    rating: Mapped[str] = mapped_column(String(8))
    reasons: Mapped[list[str]] = mapped_column(default=list)
    source: Mapped[str] = mapped_column(String(16), default="evaluator")
    unrated_reason: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = now_column()
    rated_at: Mapped[datetime | None]


class FollowUp(Base):
    """回访 → 整改 → 反馈 of a bad rating, with a working-day deadline."""

    __tablename__ = "follow_ups"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    rating_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ratings.id"), index=True)
    due_date: Mapped[date]
    stage: Mapped[str] = mapped_column(String(8), default="待回访")
    visit_note: Mapped[str] = mapped_column(Text, default="")
    rectify_note: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    handled_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = now_column()
    closed_at: Mapped[datetime | None]


class StatusEvent(Base):
    """Login/logout/lock/switch, serving/paused/away (去向留言)/return, handover (交接).

    Attendance and AB-post coverage are computed from these rows.
    """

    __tablename__ = "status_events"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    post: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = now_column()
    reason: Mapped[str | None] = mapped_column(Text)
    whereabouts: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(64))
    expected_return: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    #: For a handover: who takes over.
    to_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    #: The login session this event belongs to (the ``login`` event's session opens it);
    #: the center checks every audit row's person against it.
    session_id: Mapped[uuid.UUID | None] = mapped_column(index=True)


class AuditEntry(Base):
    """Who did what, in which capacity, at which window, when — for every change.

    Rows are chained per device: ``row_hash`` is SHA-256 over the row's fields and the
    previous row's hash (:mod:`app.store.audit_chain`), so the center can prove a row
    was neither removed nor edited after it left the PC. Centrally the table is
    append-only.
    """

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("device_id", "chain_seq"),)
    id: Mapped[uuid.UUID] = pk()
    at: Mapped[datetime] = now_column()
    owner_window: Mapped[str | None] = mapped_column(String(16), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The login session of the person acting (None for the system and the command line).
    session_id: Mapped[uuid.UUID | None]
    #: The PC whose chain this row belongs to (None: written on the center itself, or
    #: on a PC before it was registered).
    device_id: Mapped[uuid.UUID | None]
    #: Position in that chain (1, 2, 3 … without gaps).
    chain_seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    row_hash: Mapped[str | None] = mapped_column(String(64))


class Counter(Base):
    """Gapless counters issued in the same transaction as the row they number
    (per-window daily case counter, document numbers, ticket numbers)."""

    __tablename__ = "counters"
    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
