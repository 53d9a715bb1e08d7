"""电子监察 per stage: each open case's stage and working days per stage, and the alarms
addressed to whoever has the case in that stage — not only to the window that accepted it.

Who is responsible for a case (and receives its alarm):

=========  ===================================================================
stage      responsible
=========  ===================================================================
受理       the matter's department when it has back-office staff (it has to 签收),
           else the accepting window (it decides at the counter)
审查/审批   the back office of the department that has the case
联办       the lead department for the case's own limit; each co-department past
           its own limit gets an alarm of its own (联办答复超期)
上报       the hall's clock is stopped; the higher authority past its limit gets the
           alarm (上级机关办理超期)
待出件     the accepting window (the result waits to be handed over)
=========  ===================================================================

A case line is built by :func:`app.services.tracking.tracked_case` — the same clock the
window's my-cases list and the back-office workbench show — plus the folded stage
timeline (:func:`app.domain.case_stage.fold_stages`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.case_stage import CaseStage, StageTimeline
from app.domain.deadlines import ClockStatus
from app.domain.enums import Role
from app.domain.errors import CalendarError
from app.services.dto import TrackedCase
from app.store.models import Case, Department, Matter, Staff, Window


class ResponsibleKind(StrEnum):
    """Whom an alarm is addressed to (``CaseAlert.responsible_kind``)."""

    WINDOW = "窗口"
    BACK_OFFICE = "后台"
    CO_DEPARTMENT = "联办部门"
    AUTHORITY = "上级机关"


class AlarmReason(StrEnum):
    """Why a case is on the dashboard's alarm lists (``CaseAlert.reason``)."""

    CASE_OVERDUE = "办件超期"
    CASE_NEAR_DUE = "即将到期"
    JOINT_OVERDUE = "联办答复超期"
    JOINT_NEAR_DUE = "联办答复即将到期"
    FORWARD_OVERDUE = "上级机关办理超期"
    FORWARD_NEAR_DUE = "上级机关即将到期"
    FIVE_DAY_RISK = "补正告知5日风险"


WINDOW = ResponsibleKind.WINDOW.value
BACK_OFFICE = ResponsibleKind.BACK_OFFICE.value
CO_DEPARTMENT = ResponsibleKind.CO_DEPARTMENT.value
AUTHORITY = ResponsibleKind.AUTHORITY.value
CASE_OVERDUE = AlarmReason.CASE_OVERDUE.value
CASE_NEAR_DUE = AlarmReason.CASE_NEAR_DUE.value
JOINT_OVERDUE = AlarmReason.JOINT_OVERDUE.value
JOINT_NEAR_DUE = AlarmReason.JOINT_NEAR_DUE.value
FORWARD_OVERDUE = AlarmReason.FORWARD_OVERDUE.value
FORWARD_NEAR_DUE = AlarmReason.FORWARD_NEAR_DUE.value
FIVE_DAY_RISK = AlarmReason.FIVE_DAY_RISK.value


@dataclass(frozen=True)
class CaseAlert:
    """One alarm of the dashboard: a case past (or near) a limit, and who must act."""

    case_id: object
    case_number: str
    window: str
    matter: str
    applicant: str
    due: date
    days_left: int
    #: The date depends on a provisional calendar day (暂定).
    provisional: bool = False
    #: The case's stage now and the working days it has been in it.
    stage: str = ""
    stage_workdays: int = 0
    #: Who must act: a department code (or the window code, or the authority's name)…
    responsible_code: str = ""
    #: … its name as shown, and which kind of party it is (窗口/后台/联办部门/上级机关).
    responsible: str = ""
    responsible_kind: str = ""
    reason: str = ""


@dataclass(frozen=True)
class StageLine:
    """One open case on the dashboard's stage table."""

    case_id: uuid.UUID
    case_number: str
    window: str
    matter: str
    applicant: str
    stage: str
    stage_since: date | None
    stage_workdays: int
    responsible: str
    responsible_kind: str
    #: Working days per stage so far, in stage order (several stays added up).
    stage_days: tuple[tuple[str, int], ...]
    due: date | None
    days_left: int | None
    clock_status: str


class Parties:
    """Departments' names, each matter's department and which departments have a back office."""

    def __init__(self, session: Session) -> None:
        self.names = {code: name for code, name in session.execute(select(Department.code, Department.name))}
        self.matter_department = {
            code: dept for code, dept in session.execute(select(Matter.code, Matter.department_code))
        }
        self.windows = {code: name for code, name in session.execute(select(Window.code, Window.name))}
        self.with_back_office: set[str] = set()
        for roles, dept in session.execute(
            select(Staff.roles, Department.code)
            .join(Department, Department.id == Staff.department_id)
            .where(Staff.active.is_(True))
        ):
            if Role.BACK_OFFICE.value in (roles or ()):
                self.with_back_office.add(dept)

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def responsible(self, case: Case, t: StageTimeline) -> tuple[str, str, str]:
        """(code, name, kind) of whoever has ``case`` in its current stage."""
        stage = t.current
        span = t.current_span
        department = (span.department if span is not None else "") or self.matter_department.get(case.matter_code, "")
        if stage is CaseStage.FORWARDED and t.forwarding is not None:
            return t.forwarding.authority, t.forwarding.authority, AUTHORITY
        if stage is CaseStage.JOINT and t.joint is not None:
            return t.joint.lead, self.name(t.joint.lead), BACK_OFFICE
        if stage in (CaseStage.REVIEW, CaseStage.APPROVAL) and department:
            return department, self.name(department), BACK_OFFICE
        if stage is CaseStage.ACCEPTANCE and department in self.with_back_office:
            return department, self.name(department), BACK_OFFICE
        return case.owner_window, self.windows.get(case.owner_window, case.owner_window), WINDOW


def _late_by(calendar: WorkCalendar, due: date, today: date) -> int:
    try:
        return -max(1, calendar.workdays_between(due, today))
    except CalendarError:
        return -1


def _left(calendar: WorkCalendar, today: date, due: date) -> int | None:
    try:
        return calendar.workdays_between(today, due)
    except CalendarError:
        return None


def stage_line(case: Case, tracked: TrackedCase, t: StageTimeline, parties: Parties) -> StageLine:
    code, name, kind = parties.responsible(case, t)
    span = t.current_span
    return StageLine(
        case_id=case.id,
        case_number=case.case_number or "（未编号）",
        window=case.owner_window,
        matter=case.matter_name,
        applicant=tracked.applicant_name,
        stage=t.current.value if t.current is not None else "",
        stage_since=span.entered_on if span is not None else None,
        stage_workdays=span.workdays if span is not None else 0,
        responsible=name,
        responsible_kind=kind,
        stage_days=tuple((k.value, v) for k, v in t.workdays_by_stage().items()),
        due=tracked.due_date,
        days_left=tracked.days_left,
        clock_status=tracked.clock_status,
    )


def stage_alerts(
    case: Case,
    tracked: TrackedCase,
    t: StageTimeline,
    parties: Parties,
    calendar: WorkCalendar,
    today: date,
    near_days: int,
) -> tuple[list[CaseAlert], list[CaseAlert]]:
    """(overdue, near due) alarms of one case, each addressed to who must act."""
    overdue: list[CaseAlert] = []
    near: list[CaseAlert] = []
    span = t.current_span

    def alert(
        due: date, days_left: int, reason: str, who: tuple[str, str, str], provisional: bool = False
    ) -> CaseAlert:
        return CaseAlert(
            case_id=case.id,
            case_number=case.case_number or "（未编号）",
            window=case.owner_window,
            matter=case.matter_name,
            applicant=tracked.applicant_name,
            due=due,
            days_left=days_left,
            provisional=provisional,
            stage=t.current.value if t.current is not None else "",
            stage_workdays=span.workdays if span is not None else 0,
            responsible_code=who[0],
            responsible=who[1],
            responsible_kind=who[2],
            reason=reason,
        )

    if tracked.due_date is not None and tracked.days_left is not None:
        who = parties.responsible(case, t)
        if tracked.clock_status == ClockStatus.OVERDUE.value:
            overdue.append(alert(tracked.due_date, tracked.days_left, CASE_OVERDUE, who, tracked.due_provisional))
        elif tracked.clock_status == ClockStatus.NEAR_DUE.value:
            near.append(alert(tracked.due_date, tracked.days_left, CASE_NEAR_DUE, who, tracked.due_provisional))
    if t.current is CaseStage.JOINT and t.joint is not None:
        for party in t.joint.parties:
            if party.answer is not None or party.due is None:
                continue
            who = (party.department, parties.name(party.department), CO_DEPARTMENT)
            if today > party.due:
                overdue.append(alert(party.due, _late_by(calendar, party.due, today), JOINT_OVERDUE, who))
            elif (left := _left(calendar, today, party.due)) is not None and left <= near_days:
                near.append(alert(party.due, left, JOINT_NEAR_DUE, who))
    fw = t.forwarding
    if t.current is CaseStage.FORWARDED and fw is not None and fw.due is not None:
        who = (fw.authority, fw.authority, AUTHORITY)
        if today > fw.due:
            overdue.append(alert(fw.due, _late_by(calendar, fw.due, today), FORWARD_OVERDUE, who))
        elif (left := _left(calendar, today, fw.due)) is not None and left <= near_days:
            near.append(alert(fw.due, left, FORWARD_NEAR_DUE, who))
    return overdue, near
