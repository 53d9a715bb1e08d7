"""投诉: complaints with their legal deadline, evidence, investigation, extension and the
reply; a written complaint gets a numbered written reply (seed 000 §7)."""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.enums import ComplaintChannel, Complexity, Role
from app.domain.errors import NotFound, ValidationError
from app.domain.registers import (
    ON_SITE_CHANNELS,
    DueKind,
    RegisterDeadline,
    RegisterStatus,
    complaint_deadline,
    extend_complaint,
    register_status,
)
from app.printing.reports import ReportSheet, render_report_pdf
from app.services.hall import hall_name, load_calendar, require_role
from app.services.clock import HALL_TZ, hall_day
from app.services.registers.common import RegisterBase, cn_date, get_row, required_text, window_exists
from app.store.models import Complaint, IssuedDocument
from app.store.repositories.counters import next_value

#: Largest evidence file kept in the store (photos, scans of letters).
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024

#: Roles that handle complaints (investigate, extend, reply).
COMPLAINT_HANDLERS = (Role.ADMIN, Role.SUPERVISOR, Role.LEAD)

#: Kind of the numbered written reply to a written complaint (书面投诉必须书面答复).
WRITTEN_REPLY_KIND = "投诉书面答复"


class ReplyForm(StrEnum):
    """How a complaint was answered; a written complaint needs a written one (seed 000 §7)."""

    WRITTEN = "书面"
    ORAL = "口头"
    PHONE = "电话"


class ComplaintOutcome(StrEnum):
    VALID = "有效"
    INVALID = "无效"


@dataclass(frozen=True)
class Attachment:
    """One evidence file of a complaint (photo, scan, recording)."""

    name: str
    content: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True)
class ComplaintInput:
    name: str
    channel: ComplaintChannel
    request: str
    facts: str
    complexity: Complexity
    address: str = ""
    phone: str = ""
    target_window: str | None = None
    target_staff_id: uuid.UUID | None = None
    written: bool = False
    evidence: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class ComplaintView:
    id: uuid.UUID
    window: str
    received_at: datetime
    name: str
    channel: str
    complexity: str
    target_window: str | None
    request: str
    due: date
    extended: bool
    #: The sentence told to the complainant (time limit and, after an extension, the reason).
    notice: str
    outcome: str | None
    closed_on: date | None
    status: RegisterStatus
    evidence_names: tuple[str, ...]
    written: bool


def complaint_due(row: Complaint) -> date:
    return row.extended_due or row.due_date


def complaint_view(row: Complaint, today: date, cal: WorkCalendar) -> ComplaintView:
    due = complaint_due(row)
    received = hall_day(row.received_at)
    days = 0 if due == received else cal.workdays_between(received, due)
    deadline = RegisterDeadline(due, days, DueKind.SETTLE, row.extension_reason or "")
    closed = hall_day(row.closed_at) if row.closed_at else None
    return ComplaintView(
        id=row.id,
        window=row.owner_window,
        received_at=row.received_at,
        name=row.name,
        channel=row.channel,
        complexity=row.complexity,
        target_window=row.target_window,
        request=row.request,
        due=due,
        extended=row.extended_due is not None,
        notice=deadline.describe(),
        outcome=row.outcome,
        closed_on=closed,
        status=register_status(due, today, closed),
        evidence_names=tuple(e.get("name", "") for e in row.evidence or []),
        written=row.written,
    )


class Complaints(RegisterBase):
    """受理投诉 and its handling by the center and window leads."""

    def file_complaint(self, actor: Actor, data: ComplaintInput) -> ComplaintView:
        """Record a complaint and fix its deadline; the view's ``notice`` is what the complainant is told."""
        now = self._now()
        with self._store.write(actor) as tx:
            window_exists(tx.session, data.target_window, "被投诉窗口")
            cal = load_calendar(tx.session)
            today = hall_day(now)
            channel = ComplaintChannel(data.channel)
            deadline = complaint_deadline(today, channel, Complexity(data.complexity), cal)
            row = Complaint(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                received_at=now,
                name=required_text(data.name, "投诉人姓名"),
                address=data.address.strip() or None,
                phone=data.phone.strip() or None,
                target_window=data.target_window or None,
                target_staff_id=data.target_staff_id,
                channel=str(channel),
                request=required_text(data.request, "投诉诉求"),
                facts=required_text(data.facts, "投诉事实"),
                evidence=[self._evidence(a, now) for a in data.evidence],
                complexity=str(data.complexity),
                on_site=channel in ON_SITE_CHANNELS,
                written=data.written or channel is ComplaintChannel.LETTER,
                due_date=deadline.due,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("受理投诉", "complaints", row.id, due=deadline.due, notice=deadline.describe())
            tx.emit("complaint.filed", row)
            return complaint_view(row, today, cal)

    @staticmethod
    def _evidence(attachment: Attachment, now: datetime) -> dict[str, Any]:
        name = required_text(attachment.name, "证据文件名")
        if not attachment.content:
            raise ValidationError(f"证据文件“{name}”是空文件", field="证据")
        if len(attachment.content) > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                f"证据文件“{name}”超过{MAX_EVIDENCE_BYTES // (1024 * 1024)}MB，请压缩后再附", field="证据"
            )
        return {
            "name": name,
            "mime": attachment.mime,
            "size": len(attachment.content),
            "sha256": hashlib.sha256(attachment.content).hexdigest(),
            "added_at": now.isoformat(),
            "data": base64.b64encode(attachment.content).decode("ascii"),
        }

    def add_evidence(self, actor: Actor, complaint_id: uuid.UUID, attachment: Attachment) -> ComplaintView:
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, Complaint, complaint_id, "投诉")
            item = self._evidence(attachment, now)
            row.evidence = [*row.evidence, item]
            tx.audit("补充投诉证据", "complaints", row.id, name=item["name"], sha256=item["sha256"])
            tx.emit("complaint.updated", row)
            return complaint_view(row, hall_day(now), load_calendar(tx.session))

    def evidence_content(self, complaint_id: uuid.UUID, name: str) -> bytes:
        """The bytes of one evidence file, for opening it."""
        with self._store.read() as session:
            row = get_row(session, Complaint, complaint_id, "投诉")
            for item in row.evidence:
                if item.get("name") == name:
                    return base64.b64decode(item["data"])
        raise NotFound(f"投诉中没有名为“{name}”的证据文件")

    def extend_complaint(self, actor: Actor, complaint_id: uuid.UUID, total_days: int, reason: str) -> ComplaintView:
        """Extend a complex complaint to ``total_days`` (≤ 15) working days; the reason is told to the complainant."""
        require_role(actor, COMPLAINT_HANDLERS, "延长投诉处置时限")
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            if row.complexity != Complexity.COMPLEX:
                raise ValidationError("只有事实不清、情由复杂的投诉才能延长处置时限", field="复杂程度")
            cal = load_calendar(tx.session)
            deadline = extend_complaint(hall_day(row.received_at), total_days, reason, cal)
            row.extended_due = deadline.due
            row.extension_reason = deadline.extended_reason
            tx.audit("延长投诉时限", "complaints", row.id, due=deadline.due, told=deadline.describe())
            tx.emit("complaint.extended", row)
            return complaint_view(row, hall_day(now), cal)

    @staticmethod
    def _require_open_complaint(row: Complaint) -> None:
        if row.closed_at is not None:
            raise ValidationError("该投诉已办结，不能再修改")

    def add_investigation(self, actor: Actor, complaint_id: uuid.UUID, note: str) -> ComplaintView:
        """Append an investigation note (what the target said, video checked …)."""
        require_role(actor, COMPLAINT_HANDLERS, "调查投诉")
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            line = (
                f"[{now.astimezone(HALL_TZ).strftime('%Y-%m-%d %H:%M')} {actor.name}] {required_text(note, '调查情况')}"
            )
            row.investigation = f"{row.investigation}\n{line}".strip()
            tx.audit("投诉调查", "complaints", row.id)
            tx.emit("complaint.updated", row)
            return complaint_view(row, hall_day(now), load_calendar(tx.session))

    def conclude_complaint(
        self,
        actor: Actor,
        complaint_id: uuid.UUID,
        outcome: ComplaintOutcome,
        reply_to_complainant: str,
        reply_to_target: str,
        reply_form: ReplyForm,
    ) -> ComplaintView:
        """Settle a complaint: valid or invalid, replies to both sides; a written complaint gets a
        numbered written reply."""
        require_role(actor, COMPLAINT_HANDLERS, "办结投诉")
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            if row.written and ReplyForm(reply_form) is not ReplyForm.WRITTEN:
                raise ValidationError("书面投诉必须书面答复", field="答复方式")
            row.outcome = str(ComplaintOutcome(outcome))
            row.reply_to_complainant = required_text(reply_to_complainant, "对投诉人的答复")
            row.reply_to_target = required_text(reply_to_target, "对被投诉人的反馈")
            row.closed_at = now
            number = None
            if ReplyForm(reply_form) is ReplyForm.WRITTEN:
                year = hall_day(now).year
                number = f"TSDF-{year}-{next_value(tx.session, f'complaint_reply:{year}'):04d}"
                doc = IssuedDocument(
                    number=number,
                    kind=WRITTEN_REPLY_KIND,
                    owner_window=row.owner_window,
                    issued_at=now,
                    staff_id=actor.staff_id,
                    post=actor.post,
                    facts={
                        "complaint_id": str(row.id),
                        "to": row.name,
                        "address": row.address or "",
                        "outcome": row.outcome,
                        "text": row.reply_to_complainant,
                    },
                )
                tx.session.add(doc)
                tx.session.flush()
                tx.emit("document.issued", doc)
            tx.audit(
                "办结投诉", "complaints", row.id, outcome=row.outcome, reply_form=str(reply_form), reply_number=number
            )
            tx.emit("complaint.closed", row)
            return complaint_view(row, hall_day(now), load_calendar(tx.session))

    def written_reply_pdf(self, complaint_id: uuid.UUID) -> bytes:
        """The numbered written reply (书面答复) of a settled complaint as A4 PDF."""
        with self._store.read() as session:
            row = get_row(session, Complaint, complaint_id, "投诉")
            doc = next(
                (
                    d
                    for d in session.scalars(select(IssuedDocument).where(IssuedDocument.kind == WRITTEN_REPLY_KIND))
                    if d.facts.get("complaint_id") == str(row.id)
                ),
                None,
            )
            if doc is None:
                raise NotFound("该投诉没有书面答复")
            issued = hall_day(doc.issued_at)
            sheet = ReportSheet(
                title="投诉处理书面答复",
                subtitle=f"{hall_name(session)}    编号：{doc.number}",
                paragraphs=(
                    f"{row.name}：",
                    f"您于{cn_date(hall_day(row.received_at))}反映的“{row.request}”"
                    f"一事，经调查核实，投诉{row.outcome}。",
                    row.reply_to_complainant or "",
                    "如对处理结果不满意，可通过其他途径反映。",
                    cn_date(issued),
                ),
            )
        return render_report_pdf(sheet)

    def complaints(self, open_only: bool = False) -> list[ComplaintView]:
        today = self.today()
        with self._store.read() as session:
            cal = load_calendar(session)
            query = select(Complaint).order_by(Complaint.received_at)
            if open_only:
                query = query.where(Complaint.closed_at.is_(None))
            return [complaint_view(r, today, cal) for r in session.scalars(query)]
