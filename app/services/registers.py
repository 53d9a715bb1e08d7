"""Use cases of the hall's registers: 首问责任, 咨询, 投诉, 办不成事, 帮办代办, 否定备案, 差评回访.

These are the rules of PRODUCT.md that are not about a single case. Each method is one
clerk or center action = one :meth:`Store.write` transaction with its audit row and its
outbox row, so the center learns every entry. Deadlines come from
:mod:`app.domain.registers` counted in the hall's calendar (with the administrator's
overrides), so the due date shown here is the one the dashboard checks.

Who may do what (seed 000 and 003): anyone logged in registers first inquiries,
consultations, complaints, 办不成事 reports and 帮办代办 requests; the center
(:data:`CENTER_ROLES`) and window leads handle complaints; the center dispatches
办不成事 reports and reviews 否定备案; a window lead may confirm a refusal only for their
own window.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.enums import AssistKind, ComplaintChannel, Complexity, Rating, Role
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.registers import (
    BAD_RATING_FOLLOWUP_DAYS,
    ON_SITE_CHANNELS,
    DueKind,
    RegisterDeadline,
    RegisterStatus,
    bad_rating_deadline,
    cannot_do_deadline,
    complaint_deadline,
    extend_complaint,
    register_status,
)
from app.printing.reports import ReportSheet, ReportTable, render_report_pdf
from app.services.base import CenterService
from app.services.hall import (
    CENTER_ROLES,
    HALL_TZ,
    day_bounds,
    hall_day,
    hall_name,
    load_calendar,
    require_role,
)
from app.services.hall import (
    follow_up_days as hall_follow_up_days,
)
from app.store.models import (
    AssistRecord,
    CannotDoReport,
    Case,
    CaseEvent,
    Complaint,
    Consultation,
    Department,
    FirstInquiry,
    FollowUp,
    IssuedDocument,
    NegativeFiling,
    RatingRecord,
    Staff,
    Window,
)
from app.store.repositories.counters import next_value

#: Largest evidence file kept in the store (photos, scans of letters).
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024

#: Roles that handle complaints (investigate, extend, reply).
COMPLAINT_HANDLERS = (Role.ADMIN, Role.SUPERVISOR, Role.LEAD)

#: Kind of the numbered written reply to a written complaint (书面投诉必须书面答复).
WRITTEN_REPLY_KIND = "投诉书面答复"

#: Case event the center's order to re-process a refusal appends to the case.
REPROCESS_ACTION = "责令重新办理"


class ConsultChannel(StrEnum):
    """How a consultation came in (咨询登记)."""

    VISIT = "来访"
    PHONE = "电话"
    LETTER = "信函"


class ReplyForm(StrEnum):
    """How a complaint was answered; a written complaint needs a written one (seed 000 §7)."""

    WRITTEN = "书面"
    ORAL = "口头"
    PHONE = "电话"


class ComplaintOutcome(StrEnum):
    VALID = "有效"
    INVALID = "无效"


class Satisfaction(StrEnum):
    """The reporter's answer at the satisfaction call-back of a 办不成事 report."""

    SATISFIED = "满意"
    BASIC = "基本满意"
    UNSATISFIED = "不满意"


class ReviewDecision(StrEnum):
    """The center's decision on a 否定备案."""

    PENDING = "待审查"
    CONFIRMED = "确认"
    REPROCESS = "责令重办"


class FollowUpStage(StrEnum):
    PENDING = "待回访"
    VISITED = "已回访"
    RECTIFIED = "已整改"
    DONE = "已反馈"


# -- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    """One evidence file of a complaint (photo, scan, recording)."""

    name: str
    content: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True)
class FirstInquiryInput:
    visitor_name: str
    matter: str
    request: str
    visitor_phone: str = ""
    #: Working days promised; ``None`` when answered on the spot or nothing was promised.
    time_limit_days: int | None = None
    #: The window the visitor was guided to when it is not this one.
    guided_to_window: str | None = None


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
class CannotDoInput:
    applicant_name: str
    matter: str
    description: str
    complexity: Complexity
    phone: str = ""
    in_scope: bool = True
    #: Why it is out of scope (申请人要件不齐、条件不符…), required when ``in_scope`` is false.
    scope_reason: str = ""


@dataclass(frozen=True)
class AssistInput:
    kind: AssistKind
    applicant_name: str
    matter: str
    phone: str = ""
    #: 老年人, 残疾人, 孕妇 … — empty when not a special group.
    special_group: str = ""
    agent_staff_id: uuid.UUID | None = None


# -- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FirstInquiryView:
    id: uuid.UUID
    window: str
    staff_name: str
    at: datetime
    visitor_name: str
    matter: str
    request: str
    promised_on: date | None
    completed_on: date | None
    result: str
    guided_to_window: str | None
    status: RegisterStatus | None


@dataclass(frozen=True)
class ConsultationView:
    id: uuid.UUID
    window: str
    at: datetime
    channel: str
    visitor_name: str
    question: str
    answer: str


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


@dataclass(frozen=True)
class CannotDoView:
    id: uuid.UUID
    window: str
    received_at: datetime
    applicant_name: str
    matter: str
    in_scope: bool
    complexity: str
    sheet_number: str | None
    dispatched_to: str | None
    due: date | None
    feedback: str | None
    satisfaction: str | None
    redispatch_count: int
    closed_on: date | None
    status: RegisterStatus | None
    case_id: uuid.UUID | None


@dataclass(frozen=True)
class AssistView:
    id: uuid.UUID
    window: str
    kind: str
    applicant_name: str
    special_group: str
    matter: str
    agent_name: str
    progress: tuple[dict[str, Any], ...]
    handover: tuple[dict[str, Any], ...]
    free_of_charge: bool
    closed: bool


@dataclass(frozen=True)
class NegativeFilingView:
    id: uuid.UUID
    window: str
    case_id: uuid.UUID
    case_number: str | None
    kind: str
    reason: str
    lead_confirmed: bool
    review_state: str
    review_note: str


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    window: str
    rating_id: uuid.UUID
    rating: str
    staff_name: str
    due: date
    stage: str
    closed_on: date | None
    status: RegisterStatus


@dataclass(frozen=True)
class RegisterItem:
    """One open register entry with a deadline, as the dashboard lists it."""

    register: str
    id: uuid.UUID
    window: str
    title: str
    due: date
    status: RegisterStatus
    days_left: int = field(default=0)


# -- helpers -----------------------------------------------------------------------------


def _required(text: str, label: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(f"请填写{label}", field=label)
    return value


def _window_exists(session: Session, code: str | None, label: str) -> None:
    if code and session.scalars(select(Window.id).where(Window.code == code)).first() is None:
        raise ValidationError(f"{label}“{code}”不存在", field=label)


def _get(session: Session, model: type[Any], ident: uuid.UUID, what: str) -> Any:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(f"找不到该{what}记录")
    return row


def _staff_names(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {sid: name for sid, name in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))}


def _stamp(now: datetime, actor: Actor) -> dict[str, Any]:
    return {"at": now.isoformat(), "by": actor.name, "staff_id": str(actor.staff_id) if actor.staff_id else None}


def follow_up_days(session: Session) -> int:
    """The hall's period for following up a bad rating (see :func:`app.services.hall.follow_up_days`)."""
    return hall_follow_up_days(session, BAD_RATING_FOLLOWUP_DAYS)


def _cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def complaint_due(row: Complaint) -> date:
    return row.extended_due or row.due_date


def _complaint_view(row: Complaint, today: date, cal: WorkCalendar) -> ComplaintView:
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


def _cannot_do_view(row: CannotDoReport, today: date) -> CannotDoView:
    closed = hall_day(row.closed_at) if row.closed_at else None
    status = None
    if row.in_scope and row.due_date is not None:
        done = hall_day(row.feedback_at) if row.feedback_at else closed
        status = register_status(row.due_date, today, done)
    return CannotDoView(
        id=row.id,
        window=row.owner_window,
        received_at=row.received_at,
        applicant_name=row.applicant_name,
        matter=row.matter,
        in_scope=row.in_scope,
        complexity=row.complexity,
        sheet_number=row.sheet_number,
        dispatched_to=row.dispatched_to,
        due=row.due_date,
        feedback=row.feedback,
        satisfaction=row.satisfaction,
        redispatch_count=row.redispatch_count,
        closed_on=closed,
        status=status,
        case_id=row.case_id,
    )


def _follow_up_view(row: FollowUp, rating: RatingRecord, staff_name: str, today: date) -> FollowUpView:
    closed = hall_day(row.closed_at) if row.closed_at else None
    return FollowUpView(
        id=row.id,
        window=row.owner_window,
        rating_id=row.rating_id,
        rating=rating.rating,
        staff_name=staff_name,
        due=row.due_date,
        stage=row.stage,
        closed_on=closed,
        status=register_status(row.due_date, today, closed),
    )


class RegisterService(CenterService):
    """All register use cases; one instance per store, the clock injectable for tests."""

    def _window_of(self, actor: Actor) -> str:
        return actor.window_code or "CENTER"

    # -- 首问责任 ------------------------------------------------------------------------

    def register_first_inquiry(self, actor: Actor, data: FirstInquiryInput) -> FirstInquiryView:
        """首问责任登记: the first person asked records the visitor, the request and what was promised."""
        now = self._now()
        with self._store.write(actor) as tx:
            _window_exists(tx.session, data.guided_to_window, "引导窗口")
            if data.time_limit_days is not None and data.time_limit_days < 0:
                raise ValidationError("办结时限不能为负数", field="办结时限")
            cal = load_calendar(tx.session)
            today = hall_day(now)
            promised = (
                None
                if data.time_limit_days is None
                else today
                if data.time_limit_days == 0
                else cal.add_workdays(today, data.time_limit_days)
            )
            row = FirstInquiry(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                post=actor.post,
                at=now,
                visitor_name=_required(data.visitor_name, "办事人员姓名"),
                visitor_phone=data.visitor_phone or None,
                matter=_required(data.matter, "办理事项"),
                request=_required(data.request, "办理要求"),
                time_limit_days=data.time_limit_days,
                promised_on=promised,
                guided_to_window=data.guided_to_window or None,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("首问登记", "first_inquiries", row.id, matter=row.matter, guided_to=row.guided_to_window)
            tx.emit("first_inquiry.registered", row)
            return self._first_view(tx.session, row, today)

    def complete_first_inquiry(self, actor: Actor, inquiry_id: uuid.UUID, result: str) -> FirstInquiryView:
        """注明办结情况 once the request is answered (by this window or the one it was guided to)."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, FirstInquiry, inquiry_id, "首问登记")
            row.result = _required(result, "办结情况")
            row.completed_on = hall_day(now)
            tx.audit("首问办结", "first_inquiries", row.id, result=row.result)
            tx.emit("first_inquiry.completed", row)
            return self._first_view(tx.session, row, hall_day(now))

    def _first_view(self, session: Session, row: FirstInquiry, today: date) -> FirstInquiryView:
        names = _staff_names(session, [row.staff_id])
        status = None if row.promised_on is None else register_status(row.promised_on, today, row.completed_on)
        return FirstInquiryView(
            id=row.id,
            window=row.owner_window,
            staff_name=names.get(row.staff_id, "") if row.staff_id else "",
            at=row.at,
            visitor_name=row.visitor_name,
            matter=row.matter,
            request=row.request,
            promised_on=row.promised_on,
            completed_on=row.completed_on,
            result=row.result or "",
            guided_to_window=row.guided_to_window,
            status=status,
        )

    def first_inquiries(self, start: date, end: date, window: str | None = None) -> list[FirstInquiryView]:
        """首问责任登记表 rows of the hall (or one window) received in ``[start, end]``."""
        today = self.today()
        with self._store.read() as session:
            lo, hi = day_bounds(start, end)
            query = select(FirstInquiry).where(FirstInquiry.at >= lo, FirstInquiry.at < hi).order_by(FirstInquiry.at)
            if window is not None:
                query = query.where(FirstInquiry.owner_window == window)
            rows = list(session.scalars(query))
            return [self._first_view(session, r, today) for r in rows]

    # -- 咨询登记 --------------------------------------------------------------------------

    def register_consultation(
        self,
        actor: Actor,
        channel: ConsultChannel,
        question: str,
        answer: str,
        visitor_name: str = "",
        visitor_phone: str = "",
        matter_code: str | None = None,
    ) -> ConsultationView:
        """咨询登记 with the one-time information (一次性告知) given."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = Consultation(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                at=now,
                channel=str(ConsultChannel(channel)),
                visitor_name=visitor_name.strip() or None,
                visitor_phone=visitor_phone.strip() or None,
                matter_code=matter_code or None,
                question=_required(question, "咨询内容"),
                answer=_required(answer, "一次性告知内容"),
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("咨询登记", "consultations", row.id, channel=row.channel)
            tx.emit("consultation.registered", row)
            return ConsultationView(
                row.id, row.owner_window, row.at, row.channel, row.visitor_name or "", row.question, row.answer
            )

    def consultations(self, start: date, end: date, window: str | None = None) -> list[ConsultationView]:
        """咨询登记 rows received in ``[start, end]``."""
        with self._store.read() as session:
            lo, hi = day_bounds(start, end)
            query = select(Consultation).where(Consultation.at >= lo, Consultation.at < hi).order_by(Consultation.at)
            if window is not None:
                query = query.where(Consultation.owner_window == window)
            return [
                ConsultationView(r.id, r.owner_window, r.at, r.channel, r.visitor_name or "", r.question, r.answer)
                for r in session.scalars(query)
            ]

    # -- 投诉 ----------------------------------------------------------------------------

    def file_complaint(self, actor: Actor, data: ComplaintInput) -> ComplaintView:
        """Record a complaint and fix its deadline; the view's ``notice`` is what the complainant is told."""
        now = self._now()
        with self._store.write(actor) as tx:
            _window_exists(tx.session, data.target_window, "被投诉窗口")
            cal = load_calendar(tx.session)
            today = hall_day(now)
            channel = ComplaintChannel(data.channel)
            deadline = complaint_deadline(today, channel, Complexity(data.complexity), cal)
            row = Complaint(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                received_at=now,
                name=_required(data.name, "投诉人姓名"),
                address=data.address.strip() or None,
                phone=data.phone.strip() or None,
                target_window=data.target_window or None,
                target_staff_id=data.target_staff_id,
                channel=str(channel),
                request=_required(data.request, "投诉诉求"),
                facts=_required(data.facts, "投诉事实"),
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
            return _complaint_view(row, today, cal)

    @staticmethod
    def _evidence(attachment: Attachment, now: datetime) -> dict[str, Any]:
        name = _required(attachment.name, "证据文件名")
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
            row = _get(tx.session, Complaint, complaint_id, "投诉")
            item = self._evidence(attachment, now)
            row.evidence = [*row.evidence, item]
            tx.audit("补充投诉证据", "complaints", row.id, name=item["name"], sha256=item["sha256"])
            tx.emit("complaint.updated", row)
            return _complaint_view(row, hall_day(now), load_calendar(tx.session))

    def evidence_content(self, complaint_id: uuid.UUID, name: str) -> bytes:
        """The bytes of one evidence file, for opening it."""
        with self._store.read() as session:
            row = _get(session, Complaint, complaint_id, "投诉")
            for item in row.evidence:
                if item.get("name") == name:
                    return base64.b64decode(item["data"])
        raise NotFound(f"投诉中没有名为“{name}”的证据文件")

    def extend_complaint(self, actor: Actor, complaint_id: uuid.UUID, total_days: int, reason: str) -> ComplaintView:
        """Extend a complex complaint to ``total_days`` (≤ 15) working days; the reason is told to the complainant."""
        require_role(actor, COMPLAINT_HANDLERS, "延长投诉处置时限")
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            if row.complexity != Complexity.COMPLEX:
                raise ValidationError("只有事实不清、情由复杂的投诉才能延长处置时限", field="复杂程度")
            cal = load_calendar(tx.session)
            deadline = extend_complaint(hall_day(row.received_at), total_days, reason, cal)
            row.extended_due = deadline.due
            row.extension_reason = deadline.extended_reason
            tx.audit("延长投诉时限", "complaints", row.id, due=deadline.due, told=deadline.describe())
            tx.emit("complaint.extended", row)
            return _complaint_view(row, hall_day(now), cal)

    @staticmethod
    def _require_open_complaint(row: Complaint) -> None:
        if row.closed_at is not None:
            raise ValidationError("该投诉已办结，不能再修改")

    def add_investigation(self, actor: Actor, complaint_id: uuid.UUID, note: str) -> ComplaintView:
        """Append an investigation note (what the target said, video checked …)."""
        require_role(actor, COMPLAINT_HANDLERS, "调查投诉")
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            line = f"[{now.astimezone(HALL_TZ).strftime('%Y-%m-%d %H:%M')} {actor.name}] {_required(note, '调查情况')}"
            row.investigation = f"{row.investigation}\n{line}".strip()
            tx.audit("投诉调查", "complaints", row.id)
            tx.emit("complaint.updated", row)
            return _complaint_view(row, hall_day(now), load_calendar(tx.session))

    def conclude_complaint(
        self,
        actor: Actor,
        complaint_id: uuid.UUID,
        outcome: ComplaintOutcome,
        reply_to_complainant: str,
        reply_to_target: str,
        reply_form: ReplyForm,
    ) -> ComplaintView:
        """Settle a complaint: valid or invalid, replies to both sides; a written complaint gets a numbered written reply."""
        require_role(actor, COMPLAINT_HANDLERS, "办结投诉")
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, Complaint, complaint_id, "投诉")
            self._require_open_complaint(row)
            if row.written and ReplyForm(reply_form) is not ReplyForm.WRITTEN:
                raise ValidationError("书面投诉必须书面答复", field="答复方式")
            row.outcome = str(ComplaintOutcome(outcome))
            row.reply_to_complainant = _required(reply_to_complainant, "对投诉人的答复")
            row.reply_to_target = _required(reply_to_target, "对被投诉人的反馈")
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
            return _complaint_view(row, hall_day(now), load_calendar(tx.session))

    def written_reply_pdf(self, complaint_id: uuid.UUID) -> bytes:
        """The numbered written reply (书面答复) of a settled complaint as A4 PDF."""
        with self._store.read() as session:
            row = _get(session, Complaint, complaint_id, "投诉")
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
                    f"您于{_cn_date(hall_day(row.received_at))}反映的“{row.request}”"
                    f"一事，经调查核实，投诉{row.outcome}。",
                    row.reply_to_complainant or "",
                    "如对处理结果不满意，可通过其他途径反映。",
                    _cn_date(issued),
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
            return [_complaint_view(r, today, cal) for r in session.scalars(query)]

    # -- 办不成事 ------------------------------------------------------------------------

    def report_cannot_do(self, actor: Actor, data: CannotDoInput, case_id: uuid.UUID | None = None) -> CannotDoView:
        """Intake of a “办不成事” report: in scope (then dispatched) or not, with the reason explained."""
        now = self._now()
        with self._store.write(actor) as tx:
            reason = data.scope_reason.strip()
            if not data.in_scope and not reason:
                raise ValidationError("不予受理的“办不成事”反映必须写明理由并做好解释", field="不予受理理由")
            row = CannotDoReport(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                received_at=now,
                applicant_name=_required(data.applicant_name, "反映人姓名"),
                phone=data.phone.strip() or None,
                matter=_required(data.matter, "事项"),
                description=_required(data.description, "反映问题"),
                case_id=case_id,
                in_scope=data.in_scope,
                scope_reason=reason or None,
                complexity=str(Complexity(data.complexity)),
                history=[{**_stamp(now, actor), "action": "受理" if data.in_scope else "不予受理", "note": reason}],
                closed_at=None if data.in_scope else now,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("办不成事登记", "cannot_do_reports", row.id, in_scope=row.in_scope, case_id=case_id)
            tx.emit("cannot_do.reported", row)
            return _cannot_do_view(row, hall_day(now))

    def escalate_case(
        self, actor: Actor, case_id: uuid.UUID, description: str, complexity: Complexity = Complexity.GENERAL
    ) -> CannotDoView:
        """One step from the counter: a case the window cannot finish becomes a 办不成事 report, applicant filled in."""
        with self._store.read() as session:
            case = _get(session, Case, case_id, "办件")
            data = CannotDoInput(
                applicant_name=case.applicant_name,
                matter=case.matter_name,
                description=description,
                complexity=complexity,
                phone=case.phone or "",
            )
        return self.report_cannot_do(actor, data, case_id=case_id)

    def _resolve_target(self, session: Session, target: str) -> str:
        code = _required(target, "承办窗口或部门")
        if session.scalars(select(Window.id).where(Window.code == code)).first() is not None:
            return code
        if session.scalars(select(Department.id).where(Department.code == code)).first() is not None:
            return code
        raise ValidationError(f"承办窗口或部门“{code}”不存在", field="承办窗口或部门")

    def dispatch_cannot_do(self, actor: Actor, report_id: uuid.UUID, target: str) -> CannotDoView:
        """转办 with a numbered 业务办理单 and a deadline (simple at once, general 2, complex progress in 5)."""
        require_role(actor, CENTER_ROLES, "转办“办不成事”")
        return self._dispatch(actor, report_id, target, "转办", "")

    def redispatch_cannot_do(self, actor: Actor, report_id: uuid.UUID, target: str, reason: str) -> CannotDoView:
        """重新转办 after an unhappy call-back: a new 业务办理单 and a fresh deadline."""
        require_role(actor, CENTER_ROLES, "重新转办“办不成事”")
        return self._dispatch(actor, report_id, target, "重新转办", _required(reason, "重新转办理由"))

    def _dispatch(self, actor: Actor, report_id: uuid.UUID, target: str, action: str, reason: str) -> CannotDoView:
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, CannotDoReport, report_id, "办不成事")
            if not row.in_scope:
                raise ValidationError("不属于受理范围的反映不能转办")
            if row.closed_at is not None:
                raise ValidationError("该反映已办结，不能再转办")
            if action == "转办" and row.sheet_number is not None:
                raise ValidationError("该反映已转办；承办不力时请“重新转办”")
            if action == "重新转办" and row.satisfaction != Satisfaction.UNSATISFIED:
                raise ValidationError("只有回访不满意的反映才能重新转办")
            to = self._resolve_target(tx.session, target)
            today = hall_day(now)
            deadline = cannot_do_deadline(today, Complexity(row.complexity), load_calendar(tx.session))
            row.sheet_number = f"YWBLD-{today.year}-{next_value(tx.session, f'ywbld:{today.year}'):05d}"
            row.dispatched_to = to
            row.due_date = deadline.due
            if action == "重新转办":
                row.redispatch_count += 1
                row.feedback = None
                row.feedback_at = None
                row.satisfaction = None
            row.history = [
                *row.history,
                {
                    **_stamp(now, actor),
                    "action": action,
                    "to": to,
                    "sheet": row.sheet_number,
                    "due": deadline.due.isoformat(),
                    "note": reason or deadline.describe(),
                },
            ]
            tx.audit(action, "cannot_do_reports", row.id, sheet=row.sheet_number, to=to, due=deadline.due)
            tx.emit("cannot_do.dispatched", row)
            return _cannot_do_view(row, today)

    def record_cannot_do_feedback(self, actor: Actor, report_id: uuid.UUID, feedback: str) -> CannotDoView:
        """The responsible window/department reports what it did (or, for a complex one, its progress)."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, CannotDoReport, report_id, "办不成事")
            if row.sheet_number is None:
                raise ValidationError("该反映尚未转办，不能反馈办理结果")
            row.feedback = _required(feedback, "办理结果")
            row.feedback_at = now
            row.history = [*row.history, {**_stamp(now, actor), "action": "反馈", "note": row.feedback}]
            tx.audit("办不成事反馈", "cannot_do_reports", row.id)
            tx.emit("cannot_do.feedback", row)
            return _cannot_do_view(row, hall_day(now))

    def record_cannot_do_callback(
        self, actor: Actor, report_id: uuid.UUID, satisfaction: Satisfaction, note: str = ""
    ) -> CannotDoView:
        """满意度回访; satisfied closes the report, unsatisfied leaves it open for 重新转办."""
        require_role(actor, CENTER_ROLES, "回访“办不成事”")
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, CannotDoReport, report_id, "办不成事")
            if row.feedback is None:
                raise ValidationError("承办单位尚未反馈办理结果，暂不能回访")
            row.satisfaction = str(Satisfaction(satisfaction))
            if row.satisfaction != Satisfaction.UNSATISFIED:
                row.closed_at = now
            row.history = [
                *row.history,
                {**_stamp(now, actor), "action": "回访", "satisfaction": row.satisfaction, "note": note},
            ]
            tx.audit("办不成事回访", "cannot_do_reports", row.id, satisfaction=row.satisfaction)
            tx.emit("cannot_do.callback", row)
            return _cannot_do_view(row, hall_day(now))

    def cannot_do_reports(self, open_only: bool = False) -> list[CannotDoView]:
        today = self.today()
        with self._store.read() as session:
            query = select(CannotDoReport).order_by(CannotDoReport.received_at)
            if open_only:
                query = query.where(CannotDoReport.closed_at.is_(None))
            return [_cannot_do_view(r, today) for r in session.scalars(query)]

    def dispatch_sheet_pdf(self, report_id: uuid.UUID) -> bytes:
        """The 业务办理单 of the latest dispatch as A4 PDF, to hand or send to the responsible side."""
        with self._store.read() as session:
            row = _get(session, CannotDoReport, report_id, "办不成事")
            if row.sheet_number is None or row.due_date is None:
                raise ValidationError("该反映尚未转办，没有业务办理单")
            due_kind = DueKind.PROGRESS if row.complexity == Complexity.COMPLEX else DueKind.FEEDBACK
            fields = (
                ("编号", row.sheet_number),
                ("反映人", row.applicant_name),
                ("联系电话", row.phone or ""),
                ("事项", row.matter),
                ("反映问题", row.description),
                ("复杂程度", row.complexity),
                ("承办窗口/部门", row.dispatched_to or ""),
                ("办理时限", f"{row.due_date.year}年{row.due_date.month}月{row.due_date.day}日前{due_kind}"),
                ("转办次数", str(row.redispatch_count + 1)),
            )
            sheet = ReportSheet(
                title="“办不成事”业务办理单",
                subtitle=hall_name(session),
                paragraphs=(
                    "承办单位收到本单后，应及时与反映人联系，在规定时限内办理完毕并告知反映人，同时将办理结果报中心。",
                ),
                tables=(ReportTable(caption="", headers=("项目", "内容"), rows=fields),),
            )
        return render_report_pdf(sheet)

    def cannot_do_history(self, report_id: uuid.UUID) -> list[dict[str, Any]]:
        with self._store.read() as session:
            return list(_get(session, CannotDoReport, report_id, "办不成事").history)

    # -- 帮办代办 ------------------------------------------------------------------------

    def open_assist(self, actor: Actor, data: AssistInput) -> AssistView:
        """帮办代办台账: one request, always free of charge."""
        now = self._now()
        with self._store.write(actor) as tx:
            if data.agent_staff_id is not None and tx.session.get(Staff, data.agent_staff_id) is None:
                raise ValidationError("帮代办人员不存在", field="帮代办人员")
            row = AssistRecord(
                owner_window=self._window_of(actor),
                kind=str(AssistKind(data.kind)),
                applicant_name=_required(data.applicant_name, "申请人姓名"),
                phone=data.phone.strip() or None,
                special_group=data.special_group.strip() or None,
                matter=_required(data.matter, "办理事项"),
                agent_staff_id=data.agent_staff_id or actor.staff_id,
                progress=[],
                handover=[],
                free_of_charge=True,
                created_at=now,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("帮办代办登记", "assist_ledger", row.id, kind=row.kind, special_group=row.special_group)
            tx.emit("assist.opened", row)
            return self._assist_view(tx.session, row)

    def add_assist_progress(self, actor: Actor, record_id: uuid.UUID, note: str) -> AssistView:
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, AssistRecord, record_id, "帮办代办")
            self._require_open_assist(row)
            row.progress = [*row.progress, {**_stamp(now, actor), "note": _required(note, "办理进度")}]
            tx.audit("帮办代办进度", "assist_ledger", row.id)
            tx.emit("assist.progress", row)
            return self._assist_view(tx.session, row)

    def hand_over_documents(
        self, actor: Actor, record_id: uuid.UUID, documents: Sequence[str], received_by: str, signature_png: bytes
    ) -> AssistView:
        """Hand documents to the applicant against a signature (签字确认) and close the request."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, AssistRecord, record_id, "帮办代办")
            self._require_open_assist(row)
            docs = [d.strip() for d in documents if d.strip()]
            if not docs:
                raise ValidationError("请列出移交的材料或证照", field="移交材料")
            if not signature_png.startswith(b"\x89PNG"):
                raise ValidationError("移交须有领取人签名（签名图片缺失或不是PNG）", field="签名")
            row.handover = [
                *row.handover,
                {
                    **_stamp(now, actor),
                    "documents": docs,
                    "received_by": _required(received_by, "领取人"),
                    "signature_png": base64.b64encode(signature_png).decode("ascii"),
                    "signature_sha256": hashlib.sha256(signature_png).hexdigest(),
                },
            ]
            row.closed_at = now
            tx.audit("帮办代办移交", "assist_ledger", row.id, documents=docs, received_by=received_by)
            tx.emit("assist.handed_over", row)
            return self._assist_view(tx.session, row)

    @staticmethod
    def _require_open_assist(row: AssistRecord) -> None:
        if row.closed_at is not None:
            raise ValidationError("该帮办代办已办结移交，不能再修改")

    def _assist_view(self, session: Session, row: AssistRecord) -> AssistView:
        names = _staff_names(session, [row.agent_staff_id])
        return AssistView(
            id=row.id,
            window=row.owner_window,
            kind=row.kind,
            applicant_name=row.applicant_name,
            special_group=row.special_group or "",
            matter=row.matter,
            agent_name=names.get(row.agent_staff_id, "") if row.agent_staff_id else "",
            progress=tuple(row.progress),
            handover=tuple({k: v for k, v in h.items() if k != "signature_png"} for h in row.handover),
            free_of_charge=row.free_of_charge,
            closed=row.closed_at is not None,
        )

    def assist_ledger(self) -> list[AssistView]:
        with self._store.read() as session:
            return [
                self._assist_view(session, r)
                for r in session.scalars(select(AssistRecord).order_by(AssistRecord.created_at))
            ]

    # -- 否定备案 ------------------------------------------------------------------------

    def file_negative(
        self, actor: Actor, case_id: uuid.UUID, kind: str, reason: str, legal_basis: str = ""
    ) -> NegativeFilingView:
        """File a refusal or return with the center (one filing per case and kind)."""
        now = self._now()
        with self._store.write(actor) as tx:
            case = _get(tx.session, Case, case_id, "办件")
            existing = tx.session.scalars(
                select(NegativeFiling).where(NegativeFiling.case_id == case_id, NegativeFiling.kind == kind)
            ).first()
            if existing is not None:
                return self._filing_view(tx.session, existing)
            row = NegativeFiling(
                owner_window=case.owner_window,
                case_id=case_id,
                kind=_required(kind, "备案类型"),
                reason=_required(reason, "否定理由"),
                legal_basis=legal_basis,
                clerk_id=actor.staff_id,
                filed_at=now,
                review_state=str(ReviewDecision.PENDING),
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("否定备案", "negative_filings", row.id, case_id=case_id, kind=kind)
            tx.emit("negative_filing.filed", row)
            return self._filing_view(tx.session, row)

    def lead_confirm_refusal(self, actor: Actor, filing_id: uuid.UUID) -> NegativeFilingView:
        """The window lead (首席代表) signs off a refusal of **their own** window before the center reviews it."""
        with self._store.write(actor) as tx:
            row = _get(tx.session, NegativeFiling, filing_id, "否定备案")
            if not actor.has_role(Role.LEAD):
                raise PermissionDenied("只有首席代表可以确认本窗口的不予受理")
            if actor.window_code != row.owner_window:
                raise PermissionDenied(f"首席代表只能确认本窗口的不予受理，该备案属于{row.owner_window}号窗口")
            if row.review_state != ReviewDecision.PENDING:
                raise ValidationError("中心已审查该备案，不能再确认")
            row.lead_id = actor.staff_id
            tx.audit("首席代表确认否定", "negative_filings", row.id)
            tx.emit("negative_filing.lead_confirmed", row)
            return self._filing_view(tx.session, row)

    def review_negative(
        self, actor: Actor, filing_id: uuid.UUID, decision: ReviewDecision, note: str = ""
    ) -> NegativeFilingView:
        """The center confirms the refusal or orders re-processing; the order reaches the window as a case event."""
        require_role(actor, CENTER_ROLES, "审查否定备案")
        decision = ReviewDecision(decision)
        if decision is ReviewDecision.PENDING:
            raise ValidationError("请选择“确认”或“责令重办”", field="审查结论")
        now = self._now()
        with self._store.write(actor) as tx:
            row = _get(tx.session, NegativeFiling, filing_id, "否定备案")
            if row.review_state != ReviewDecision.PENDING:
                raise ValidationError(f"该备案已审查（{row.review_state}）")
            if decision is ReviewDecision.REPROCESS:
                note = _required(note, "责令重办的理由")
            row.review_state = str(decision)
            row.reviewed_by = actor.staff_id
            row.reviewed_at = now
            row.review_note = note
            if decision is ReviewDecision.REPROCESS:
                case = _get(tx.session, Case, row.case_id, "办件")
                event = CaseEvent(
                    case_id=case.id,
                    owner_window=case.owner_window,
                    action=REPROCESS_ACTION,
                    from_state=case.state,
                    to_state=None,
                    day=hall_day(now),
                    at=now,
                    staff_id=actor.staff_id,
                    post=actor.post,
                    note=note,
                    data={"filing_id": str(row.id), "kind": row.kind},
                )
                tx.session.add(event)
                tx.session.flush()
                tx.emit("case_event.appended", event)
            tx.audit("审查否定备案", "negative_filings", row.id, decision=str(decision), note=note)
            tx.emit("negative_filing.reviewed", row)
            return self._filing_view(tx.session, row)

    def _filing_view(self, session: Session, row: NegativeFiling) -> NegativeFilingView:
        number = session.scalars(select(Case.case_number).where(Case.id == row.case_id)).first()
        return NegativeFilingView(
            row.id,
            row.owner_window,
            row.case_id,
            number,
            row.kind,
            row.reason,
            row.lead_id is not None,
            row.review_state,
            row.review_note or "",
        )

    def negative_filings(self, pending_only: bool = False) -> list[NegativeFilingView]:
        with self._store.read() as session:
            query = select(NegativeFiling).order_by(NegativeFiling.filed_at)
            if pending_only:
                query = query.where(NegativeFiling.review_state == str(ReviewDecision.PENDING))
            return [self._filing_view(session, r) for r in session.scalars(query)]

    # -- 差评回访整改 -------------------------------------------------------------------

    def open_follow_up(self, actor: Actor, rating_id: uuid.UUID) -> FollowUpView:
        """Open the 回访/整改 of a bad rating (idempotent), due in the hall's follow-up period."""
        now = self._now()
        with self._store.write(actor) as tx:
            rating = _get(tx.session, RatingRecord, rating_id, "评价")
            if not Rating(rating.rating).is_bad:
                raise ValidationError(f"“{rating.rating}”不是差评，无需回访整改")
            row = tx.session.scalars(select(FollowUp).where(FollowUp.rating_id == rating_id)).first()
            if row is None:
                rated_on = hall_day(rating.rated_at or rating.requested_at)
                deadline = bad_rating_deadline(rated_on, load_calendar(tx.session), follow_up_days(tx.session))
                row = FollowUp(
                    owner_window=rating.owner_window,
                    rating_id=rating_id,
                    due_date=deadline.due,
                    stage=str(FollowUpStage.PENDING),
                    created_at=now,
                )
                tx.session.add(row)
                tx.session.flush()
                tx.audit("差评回访立项", "follow_ups", row.id, rating_id=rating_id, due=deadline.due)
                tx.emit("follow_up.opened", row)
            return self._follow_view(tx.session, row, hall_day(now))

    def advance_follow_up(self, actor: Actor, follow_up_id: uuid.UUID, stage: FollowUpStage, note: str) -> FollowUpView:
        """Record 回访 → 整改 → 反馈 in order; the feedback closes it."""
        order = [FollowUpStage.PENDING, FollowUpStage.VISITED, FollowUpStage.RECTIFIED, FollowUpStage.DONE]
        now = self._now()
        stage = FollowUpStage(stage)
        with self._store.write(actor) as tx:
            row = _get(tx.session, FollowUp, follow_up_id, "差评回访")
            current = FollowUpStage(row.stage)
            if order.index(stage) != order.index(current) + 1:
                raise ValidationError(
                    f"回访整改当前为“{current}”，下一步应为“{order[min(order.index(current) + 1, 3)]}”"
                )
            text = _required(note, str(stage))
            if stage is FollowUpStage.VISITED:
                row.visit_note = text
            elif stage is FollowUpStage.RECTIFIED:
                row.rectify_note = text
            else:
                row.feedback = text
                row.closed_at = now
            row.stage = str(stage)
            row.handled_by = actor.staff_id
            tx.audit("差评" + str(stage), "follow_ups", row.id)
            tx.emit("follow_up.updated", row)
            return self._follow_view(tx.session, row, hall_day(now))

    def _follow_view(self, session: Session, row: FollowUp, today: date) -> FollowUpView:
        rating = session.get(RatingRecord, row.rating_id)
        assert rating is not None
        names = _staff_names(session, [rating.staff_id])
        return _follow_up_view(row, rating, names.get(rating.staff_id, "") if rating.staff_id else "", today)

    def follow_ups(self, open_only: bool = False) -> list[FollowUpView]:
        today = self.today()
        with self._store.read() as session:
            query = select(FollowUp).order_by(FollowUp.due_date)
            if open_only:
                query = query.where(FollowUp.closed_at.is_(None))
            return [self._follow_view(session, r, today) for r in session.scalars(query)]

    # -- for the dashboard ------------------------------------------------------------------

    def open_items(self, today: date | None = None) -> list[RegisterItem]:
        """Every open complaint, dispatched 办不成事 report, promised 首问 and follow-up, earliest deadline first."""
        today = today or self.today()
        items: list[RegisterItem] = []
        with self._store.read() as session:
            cal = load_calendar(session)

            def left(due: date) -> int:
                return cal.workdays_between(today, due) if due >= today else -max(1, cal.workdays_between(due, today))

            for c in session.scalars(select(Complaint).where(Complaint.closed_at.is_(None))):
                due = complaint_due(c)
                items.append(
                    RegisterItem(
                        "投诉",
                        c.id,
                        c.target_window or c.owner_window,
                        f"{c.name}：{c.request}",
                        due,
                        register_status(due, today),
                        left(due),
                    )
                )
            for r in session.scalars(
                select(CannotDoReport).where(
                    CannotDoReport.closed_at.is_(None),
                    CannotDoReport.due_date.is_not(None),
                    CannotDoReport.feedback_at.is_(None),
                )
            ):
                assert r.due_date is not None
                items.append(
                    RegisterItem(
                        "办不成事",
                        r.id,
                        r.dispatched_to or r.owner_window,
                        f"{r.sheet_number} {r.applicant_name}：{r.matter}",
                        r.due_date,
                        register_status(r.due_date, today),
                        left(r.due_date),
                    )
                )
            for q in session.scalars(
                select(FirstInquiry).where(FirstInquiry.completed_on.is_(None), FirstInquiry.promised_on.is_not(None))
            ):
                assert q.promised_on is not None
                items.append(
                    RegisterItem(
                        "首问",
                        q.id,
                        q.guided_to_window or q.owner_window,
                        f"{q.visitor_name}：{q.matter}",
                        q.promised_on,
                        register_status(q.promised_on, today),
                        left(q.promised_on),
                    )
                )
            for f in session.scalars(select(FollowUp).where(FollowUp.closed_at.is_(None))):
                items.append(
                    RegisterItem(
                        "差评回访",
                        f.id,
                        f.owner_window,
                        f"差评回访（{f.stage}）",
                        f.due_date,
                        register_status(f.due_date, today),
                        left(f.due_date),
                    )
                )
        items.sort(key=lambda i: (i.due, i.register))
        return items
