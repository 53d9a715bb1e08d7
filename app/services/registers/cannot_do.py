"""办不成事: reports of what could not be done at a window, dispatched with a numbered
业务办理单 and a deadline, fed back and called back until the reporter is satisfied."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.enums import Complexity
from app.domain.errors import ValidationError
from app.domain.registers import DueKind, RegisterStatus, cannot_do_deadline, register_status
from app.printing.reports import ReportSheet, ReportTable, render_report_pdf
from app.services.hall import CENTER_ROLES, hall_name, load_calendar, require_role
from app.services.clock import hall_day
from app.services.registers.common import RegisterBase, get_row, required_text, stamp
from app.store.models import CannotDoReport, Case, Department, Window
from app.store.repositories.counters import next_value


class Satisfaction(StrEnum):
    """The reporter's answer at the satisfaction call-back of a 办不成事 report."""

    SATISFIED = "满意"
    BASIC = "基本满意"
    UNSATISFIED = "不满意"


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


def cannot_do_view(row: CannotDoReport, today: date) -> CannotDoView:
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


class CannotDoReports(RegisterBase):
    """“办不成事”反映窗口登记."""

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
                applicant_name=required_text(data.applicant_name, "反映人姓名"),
                phone=data.phone.strip() or None,
                matter=required_text(data.matter, "事项"),
                description=required_text(data.description, "反映问题"),
                case_id=case_id,
                in_scope=data.in_scope,
                scope_reason=reason or None,
                complexity=str(Complexity(data.complexity)),
                history=[{**stamp(now, actor), "action": "受理" if data.in_scope else "不予受理", "note": reason}],
                closed_at=None if data.in_scope else now,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("办不成事登记", "cannot_do_reports", row.id, in_scope=row.in_scope, case_id=case_id)
            tx.emit("cannot_do.reported", row)
            return cannot_do_view(row, hall_day(now))

    def escalate_case(
        self, actor: Actor, case_id: uuid.UUID, description: str, complexity: Complexity = Complexity.GENERAL
    ) -> CannotDoView:
        """One step from the counter: a case the window cannot finish becomes a 办不成事 report, applicant filled in."""
        with self._store.read() as session:
            case = get_row(session, Case, case_id, "办件")
            data = CannotDoInput(
                applicant_name=case.applicant_name,
                matter=case.matter_name,
                description=description,
                complexity=complexity,
                phone=case.phone or "",
            )
        return self.report_cannot_do(actor, data, case_id=case_id)

    def _resolve_target(self, session: Session, target: str) -> str:
        code = required_text(target, "承办窗口或部门")
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
        return self._dispatch(actor, report_id, target, "重新转办", required_text(reason, "重新转办理由"))

    def _dispatch(self, actor: Actor, report_id: uuid.UUID, target: str, action: str, reason: str) -> CannotDoView:
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, CannotDoReport, report_id, "办不成事")
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
                    **stamp(now, actor),
                    "action": action,
                    "to": to,
                    "sheet": row.sheet_number,
                    "due": deadline.due.isoformat(),
                    "note": reason or deadline.describe(),
                },
            ]
            tx.audit(action, "cannot_do_reports", row.id, sheet=row.sheet_number, to=to, due=deadline.due)
            tx.emit("cannot_do.dispatched", row)
            return cannot_do_view(row, today)

    def record_cannot_do_feedback(self, actor: Actor, report_id: uuid.UUID, feedback: str) -> CannotDoView:
        """The responsible window/department reports what it did (or, for a complex one, its progress)."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, CannotDoReport, report_id, "办不成事")
            if row.sheet_number is None:
                raise ValidationError("该反映尚未转办，不能反馈办理结果")
            row.feedback = required_text(feedback, "办理结果")
            row.feedback_at = now
            row.history = [*row.history, {**stamp(now, actor), "action": "反馈", "note": row.feedback}]
            tx.audit("办不成事反馈", "cannot_do_reports", row.id)
            tx.emit("cannot_do.feedback", row)
            return cannot_do_view(row, hall_day(now))

    def record_cannot_do_callback(
        self, actor: Actor, report_id: uuid.UUID, satisfaction: Satisfaction, note: str = ""
    ) -> CannotDoView:
        """满意度回访; satisfied closes the report, unsatisfied leaves it open for 重新转办."""
        require_role(actor, CENTER_ROLES, "回访“办不成事”")
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, CannotDoReport, report_id, "办不成事")
            if row.feedback is None:
                raise ValidationError("承办单位尚未反馈办理结果，暂不能回访")
            row.satisfaction = str(Satisfaction(satisfaction))
            if row.satisfaction != Satisfaction.UNSATISFIED:
                row.closed_at = now
            row.history = [
                *row.history,
                {**stamp(now, actor), "action": "回访", "satisfaction": row.satisfaction, "note": note},
            ]
            tx.audit("办不成事回访", "cannot_do_reports", row.id, satisfaction=row.satisfaction)
            tx.emit("cannot_do.callback", row)
            return cannot_do_view(row, hall_day(now))

    def cannot_do_reports(self, open_only: bool = False) -> list[CannotDoView]:
        today = self.today()
        with self._store.read() as session:
            query = select(CannotDoReport).order_by(CannotDoReport.received_at)
            if open_only:
                query = query.where(CannotDoReport.closed_at.is_(None))
            return [cannot_do_view(r, today) for r in session.scalars(query)]

    def dispatch_sheet_pdf(self, report_id: uuid.UUID) -> bytes:
        """The 业务办理单 of the latest dispatch as A4 PDF, to hand or send to the responsible side."""
        with self._store.read() as session:
            row = get_row(session, CannotDoReport, report_id, "办不成事")
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
            return list(get_row(session, CannotDoReport, report_id, "办不成事").history)
