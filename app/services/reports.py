"""Statistics of the hall per window, clerk, department and matter, and the monthly report (月通报).

Seed 002 asks for “日检查、周考勤、月通报、季考核” and for 满意度 figures that are
“汇总、分析、通报”. One function computes each figure from the store and returns
immutable DTOs; the dashboard, the ``.xlsx`` export and the PDF report all start from
these DTOs, so a number cannot differ between the screen and the paper.

Definitions used everywhere:

* tickets = tickets finished (已完成) in the period at the window / by the clerk;
  wait = called − issued, service = finished − service started, in minutes;
* cases = cases received in the period (``received_on``, else creation day); a case
  belongs to its owner window, its clerk, its matter and the matter's department;
* 好评 = 非常满意, 满意, 基本满意; 差评 = 不满意, 非常不满意; 好评率 = 好评 ÷ rated;
  unrated share = 未评价 ÷ all rating requests;
* overdue = cases of the period completed after their due date or still open after it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_state import CaseState
from app.domain.enums import CaseKind, Role, TicketStatus
from app.services.attendance import summarize_attendance
from app.services.base import CenterService
from app.services.hall import CENTER_ROLES, hall_name, load_calendar, require_role
from app.services.clock import hall_day
from app.services.report_figures import (
    ACCEPTED_STATES,
    COMPLETED_STATES,
    RUNNING_STATES,
    Dimension,
    ExportFormat,
    FigureRow,
    MonthlyReport,
    Period,
    RatingFigures,
    RegisterSummary,
    Statistics,
)
from app.services.report_sheets import monthly_sheet, render_sheet, statistics_sheet
from app.services.stage_figures import stage_figures
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
    Matter,
    NegativeFiling,
    RatingRecord,
    Staff,
    Ticket,
    Window,
    WindowDepartment,
)

#: Kinds of issued documents that are not notices to an applicant.
_NOT_NOTICES = frozenset({"取号单"})


# -- computing ------------------------------------------------------------------------------


@dataclass
class _Acc:
    label: str
    tickets: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)
    cases: int = 0
    kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    accepted: int = 0
    finished: int = 0
    completed: int = 0
    notified: int = 0
    refused: int = 0
    returned: int = 0
    notices: int = 0
    overdue: int = 0
    ratings: RatingFigures = field(default_factory=RatingFigures)

    def row(self, key: str) -> FigureRow:
        def avg(values: list[float]) -> float | None:
            return round(sum(values) / len(values), 1) if values else None

        kinds = tuple((str(k), self.kinds.get(str(k), 0)) for k in CaseKind)
        return FigureRow(
            key=key,
            label=self.label,
            tickets=self.tickets,
            avg_wait_min=avg(self.waits),
            avg_service_min=avg(self.services),
            cases=self.cases,
            by_kind=kinds,
            accepted=self.accepted,
            finished_on_spot=self.finished,
            completed=self.completed,
            notified=self.notified,
            refused=self.refused,
            returned=self.returned,
            notices=self.notices,
            overdue=self.overdue,
            ratings=self.ratings,
        )


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return (b - a).total_seconds() / 60


class NameLookup:
    """Names and the matter → department and window → department maps of the store."""

    def __init__(self, session: Session) -> None:
        self.windows = {w.code: w.name for w in session.scalars(select(Window))}
        self.staff = {s.id: (s.name, s.staff_no) for s in session.scalars(select(Staff))}
        self.departments = {d.code: d.name for d in session.scalars(select(Department))}
        dept_code = {d.id: d.code for d in session.scalars(select(Department))}
        self.window_dept: dict[str, str] = {}
        rows = session.execute(
            select(Window.code, WindowDepartment.department_id, WindowDepartment.position)
            .join(WindowDepartment, WindowDepartment.window_id == Window.id)
            .order_by(WindowDepartment.position)
        ).all()
        for code, dept_id, _pos in rows:
            self.window_dept.setdefault(code, dept_code[dept_id])
        self.matters = {m.code: (m.name, m.department_code) for m in session.scalars(select(Matter))}

    def label(self, dimension: Dimension, key: str) -> str:
        if dimension is Dimension.WINDOW:
            return f"{key} {self.windows.get(key, '')}".strip()
        if dimension is Dimension.CLERK:
            for sid, (name, no) in self.staff.items():
                if str(sid) == key:
                    return f"{name}（{no}）"
            return key
        if dimension is Dimension.DEPARTMENT:
            return self.departments.get(key, key)
        return self.matters.get(key, (key, ""))[0]


def _case_day(case: Case) -> date:
    return case.received_on or hall_day(case.created_at)


def _key_of(owner: str, staff: Any, matter: str, lookup: NameLookup, dimension: Dimension) -> str | None:
    """The row a case counts in: its window, its clerk, its matter's department, its matter."""
    if dimension is Dimension.WINDOW:
        return owner
    if dimension is Dimension.CLERK:
        return str(staff) if staff else None
    if dimension is Dimension.DEPARTMENT:
        return lookup.matters.get(matter, ("", lookup.window_dept.get(owner, "")))[1] or None
    return matter


def _case_figures_query(period_cases: Any, today: date) -> Select[*tuple[Any, ...]]:
    """Cases of the period counted in SQL per (window, clerk, matter, kind, state) with how
    many of them are overdue (completed after the due date, or still running past it on ``today``)."""
    completed_states = [str(s) for s in (CaseState.COMPLETED_APPROVED, CaseState.COMPLETED_DENIED)]
    completed = (
        select(CaseEvent.case_id.label("case_id"), func.min(CaseEvent.day).label("on"))
        .where(CaseEvent.to_state.in_(completed_states))
        .group_by(CaseEvent.case_id)
        .subquery()
    )
    overdue = case(
        (Case.due_date.is_(None), 0),
        (completed.c.on.is_not(None), case((completed.c.on > Case.due_date, 1), else_=0)),
        (Case.state.in_([str(s) for s in COMPLETED_STATES]), 0),
        (and_(Case.state.in_([str(s) for s in RUNNING_STATES]), Case.due_date < today), 1),
        else_=0,
    )
    groups = (Case.owner_window, Case.staff_id, Case.matter_code, Case.kind, Case.state)
    return (
        select(*groups, func.sum(overdue), func.count())
        .outerjoin(completed, completed.c.case_id == Case.id)
        .where(period_cases)
        .group_by(*groups)
    )


def compute_statistics(session: Session, period: Period, dimension: Dimension, today: date) -> Statistics:
    """Every figure of the period broken down by ``dimension`` (rows sorted by key) plus the total."""
    lookup = NameLookup(session)
    accs: dict[str, _Acc] = {}
    total = _Acc("合计")

    def accs_for(key: str | None) -> list[_Acc]:
        out = [total]
        if key:
            if key not in accs:
                accs[key] = _Acc(lookup.label(dimension, key))
            out.append(accs[key])
        return out

    lo, hi = period.bounds()
    if dimension is not Dimension.MATTER:
        tickets = session.execute(
            select(
                Ticket.called_by_window,
                Ticket.staff_id,
                Ticket.issued_at,
                Ticket.called_at,
                Ticket.service_started_at,
                Ticket.finished_at,
            ).where(
                Ticket.hall_day >= period.start, Ticket.hall_day <= period.end, Ticket.status == str(TicketStatus.DONE)
            )
        )
        for t in tickets:
            if dimension is Dimension.WINDOW:
                key = t.called_by_window
            elif dimension is Dimension.CLERK:
                key = str(t.staff_id) if t.staff_id else None
            else:
                key = lookup.window_dept.get(t.called_by_window or "")
            wait = _minutes(t.issued_at, t.called_at)
            service = _minutes(t.service_started_at or t.called_at, t.finished_at)
            for acc in accs_for(key):
                acc.tickets += 1
                if wait is not None:
                    acc.waits.append(wait)
                if service is not None:
                    acc.services.append(service)

    period_cases = or_(
        and_(Case.received_on >= period.start, Case.received_on <= period.end),
        and_(Case.received_on.is_(None), Case.created_at >= lo, Case.created_at < hi),
    )
    for owner, staff, matter, kind, state, overdue, n in session.execute(
        _case_figures_query(period_cases, min(today, period.end))
    ):
        key = _key_of(owner, staff, matter, lookup, dimension)
        st = CaseState(state)
        for acc in accs_for(key):
            acc.cases += n
            acc.kinds[kind] += n
            acc.accepted += n * (st in ACCEPTED_STATES)
            acc.finished += n * (st is CaseState.FINISHED)
            acc.completed += n * (st in COMPLETED_STATES)
            acc.notified += n * (st is CaseState.NOTIFIED)
            acc.refused += n * (st is CaseState.REFUSED)
            acc.returned += n * (st is CaseState.RETURNED)
            acc.overdue += int(overdue or 0)

    docs = session.execute(
        select(
            IssuedDocument.owner_window,
            IssuedDocument.staff_id,
            Case.id.is_not(None),
            Case.owner_window,
            Case.staff_id,
            Case.matter_code,
            func.count(),
        )
        .outerjoin(Case, Case.id == IssuedDocument.case_id)
        .where(IssuedDocument.issued_at >= lo, IssuedDocument.issued_at < hi, IssuedDocument.kind.not_in(_NOT_NOTICES))
        .group_by(
            IssuedDocument.owner_window,
            IssuedDocument.staff_id,
            Case.id.is_not(None),
            Case.owner_window,
            Case.staff_id,
            Case.matter_code,
        )
    )
    for doc_window, doc_staff, has_case, case_window, case_staff, matter, n in docs:
        if dimension is Dimension.WINDOW:
            key = doc_window
        elif dimension is Dimension.CLERK:
            key = str(doc_staff) if doc_staff else None
        elif has_case:
            key = _key_of(case_window, case_staff, matter, lookup, dimension)
        else:
            key = lookup.window_dept.get(doc_window) if dimension is Dimension.DEPARTMENT else None
        for acc in accs_for(key):
            acc.notices += n

    for key, figures in rating_figures(session, period, dimension, lookup).items():
        for acc in accs_for(key):
            acc.ratings = _merge(acc.ratings, figures)

    rows = tuple(accs[k].row(k) for k in sorted(accs))
    return Statistics(period=period, dimension=dimension, rows=rows, total=total.row(""))


def _merge(a: RatingFigures, b: RatingFigures) -> RatingFigures:
    return RatingFigures(a.total + b.total, a.good + b.good, a.bad + b.bad, a.unrated + b.unrated)


def rating_figures(
    session: Session, period: Period, dimension: Dimension, lookup: NameLookup | None = None
) -> dict[str | None, RatingFigures]:
    """好差评 figures of the period per key (``None`` = cannot be attributed); the dashboard uses this too."""
    lookup = lookup or NameLookup(session)
    lo, hi = period.bounds()
    out: dict[str | None, RatingFigures] = defaultdict(RatingFigures)
    ratings = session.execute(
        select(
            RatingRecord.owner_window,
            RatingRecord.staff_id,
            Case.id.is_not(None),
            Case.owner_window,
            Case.staff_id,
            Case.matter_code,
            RatingRecord.rating,
            func.count(),
        )
        .outerjoin(Case, Case.id == RatingRecord.case_id)
        .where(RatingRecord.requested_at >= lo, RatingRecord.requested_at < hi)
        .group_by(
            RatingRecord.owner_window,
            RatingRecord.staff_id,
            Case.id.is_not(None),
            Case.owner_window,
            Case.staff_id,
            Case.matter_code,
            RatingRecord.rating,
        )
    )
    for window, staff, has_case, case_window, case_staff, matter, rating, n in ratings:
        if dimension is Dimension.WINDOW:
            key: str | None = window
        elif dimension is Dimension.CLERK:
            key = str(staff) if staff else None
        elif has_case:
            key = _key_of(case_window, case_staff, matter, lookup, dimension)
        else:
            key = lookup.window_dept.get(window) if dimension is Dimension.DEPARTMENT else None
        out[key] = out[key].add(rating, n)
    return dict(out)


def register_summary(session: Session, period: Period, today: date) -> RegisterSummary:
    """How many entries each register got in the period and how they ended."""
    lo, hi = period.bounds()

    def rows(model: Any, column: Any) -> list[Any]:
        return list(session.scalars(select(model).where(column >= lo, column < hi)))

    def count(model: Any, column: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(column >= lo, column < hi)) or 0)

    complaints = rows(Complaint, Complaint.received_at)
    reports = rows(CannotDoReport, CannotDoReport.received_at)
    assists = rows(AssistRecord, AssistRecord.created_at)
    follows = rows(FollowUp, FollowUp.created_at)
    filings = rows(NegativeFiling, NegativeFiling.filed_at)

    def complaint_late(c: Complaint) -> bool:
        due = c.extended_due or c.due_date
        end = hall_day(c.closed_at) if c.closed_at else min(today, period.end)
        return end > due

    def follow_late(f: FollowUp) -> bool:
        end = hall_day(f.closed_at) if f.closed_at else min(today, period.end)
        return end > f.due_date

    return RegisterSummary(
        first_inquiries=count(FirstInquiry, FirstInquiry.at),
        consultations=count(Consultation, Consultation.at),
        complaints=len(complaints),
        complaints_valid=sum(c.outcome == "有效" for c in complaints),
        complaints_closed=sum(c.closed_at is not None for c in complaints),
        complaints_overdue=sum(complaint_late(c) for c in complaints),
        cannot_do=len(reports),
        cannot_do_in_scope=sum(r.in_scope for r in reports),
        cannot_do_satisfied=sum(r.satisfaction in ("满意", "基本满意") for r in reports),
        assists=len(assists),
        assists_special=sum(bool(a.special_group) for a in assists),
        follow_ups=len(follows),
        follow_ups_overdue=sum(follow_late(f) for f in follows),
        negative_filings=len(filings),
        negative_reprocess=sum(f.review_state == "责令重办" for f in filings),
    )


class ReportService(CenterService):
    """Statistics and the monthly report, read-only; one instance per store."""

    def statistics(self, period: Period, dimension: Dimension) -> Statistics:
        """The breakdown of ``period`` with the hall's figures per stage."""
        today = self.today()
        with self._store.read() as session:
            stats = compute_statistics(session, period, dimension, today)
            stages = stage_figures(session, period, load_calendar(session), today)
        return replace(stats, stages=stages)

    def monthly_report(self, year: int, month: int) -> MonthlyReport:
        """月通报 of one month: totals, per window, per department, per clerk, and the registers."""
        period = Period.month(year, month)
        today = self.today()
        with self._store.read() as session:
            by_window = compute_statistics(session, period, Dimension.WINDOW, today)
            by_department = compute_statistics(session, period, Dimension.DEPARTMENT, today)
            by_clerk = compute_statistics(session, period, Dimension.CLERK, today)
            attendance, coverage = summarize_attendance(session, period.start, period.end, self._now())
            return MonthlyReport(
                hall_name=hall_name(session) or "政务服务中心",
                period=period,
                generated_on=today,
                total=by_window.total,
                by_window=by_window.rows,
                by_department=by_department.rows,
                by_clerk=by_clerk.rows,
                registers=register_summary(session, period, today),
                attendance=attendance,
                coverage=coverage,
            )

    def export_monthly(self, year: int, month: int, fmt: ExportFormat) -> bytes:
        """The 月通报 file, rendered off the GUI thread by the caller's op runner."""
        return render_sheet(monthly_sheet(self.monthly_report(year, month)), fmt)

    def export_monthly_for(self, actor: Actor, year: int, month: int, fmt: ExportFormat) -> bytes:
        """:meth:`export_monthly` for a person: the center and window leads may take the report out."""
        require_role(actor, (*CENTER_ROLES, Role.LEAD), "导出月通报")
        return self.export_monthly(year, month, fmt)

    def statistics_for(self, actor: Actor, period: Period, dimension: Dimension) -> Statistics:
        """:meth:`statistics` for a person: hall-wide figures are for the center and window leads."""
        require_role(actor, (*CENTER_ROLES, Role.LEAD), "查看统计")
        return self.statistics(period, dimension)

    def export_statistics_for(self, actor: Actor, period: Period, dimension: Dimension, fmt: ExportFormat) -> bytes:
        require_role(actor, (*CENTER_ROLES, Role.LEAD), "导出统计表")
        return self.export_statistics(period, dimension, fmt)

    def export_statistics(self, period: Period, dimension: Dimension, fmt: ExportFormat) -> bytes:
        with self._store.read() as session:
            hall = hall_name(session)
        return render_sheet(statistics_sheet(self.statistics(period, dimension), hall), fmt)
