"""电子监察 for the center: the dashboard, and attendance (from :mod:`app.services.attendance`)
behind the role check.

The dashboard collects what the center follows across the hall: overdue and near-due
cases, §32 five-day risks, open registers by deadline, windows nobody is logged in to,
and 好差评 figures per window and clerk (the same figures the monthly report prints,
from :func:`app.services.reports.rating_figures`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar, notice_reminder
from app.domain.case_stage import OPEN_STAGES, CaseStage, fold_stages
from app.domain.case_state import OPEN_STATES, CaseState
from app.domain.deadlines import NEAR_DUE_DAYS, FiveDayState, five_day_rule
from app.domain.enums import Role, WindowStatus
from app.services.attendance import (
    EV_AWAY,
    EV_LOCK,
    EV_LOGIN,
    EV_LOGOUT,
    EV_PAUSE,
    EV_RETURN,
    EV_SERVING,
    EV_UNLOCK,
    AttendanceDay,
    compute_attendance,
    events_of_day,
)
from app.services.base import CenterService
from app.services.date_changes import DateChange, date_changes
from app.services.province_alarms import province_warnings
from app.services.hall import CENTER_ROLES, load_calendar, load_hours, require_role
from app.services.clock import HALL_TZ, Clock, hall_day
from app.services.registers import RegisterItem, RegisterService
from app.services.report_figures import RUNNING_STATES, Dimension, Period, RatingFigures
from app.services.reports import NameLookup, rating_figures
from app.services.stage_alerts import (
    CASE_NEAR_DUE,
    FIVE_DAY_RISK,
    CASE_OVERDUE,
    WINDOW,
    CaseAlert,
    Parties,
    StageLine,
    stage_alerts,
    stage_line,
)
from app.services.stages import case_events
from app.services.tracking import AWAITING_DELIVERY, tracked_case
from app.store.models import Case, CentralDevice, DeviceCursor, Staff, StatusEvent, Window
from app.store.uow import Store

#: Stages the dashboard follows: on the way to a result, and the result waiting at the output window.
FOLLOWED_STAGES = OPEN_STAGES | {CaseStage.AWAITING_OUTPUT}

#: A registered window PC that has not synced for this long is shown as offline (断网).
OFFLINE_AFTER = timedelta(minutes=10)

_PRESENCE = {
    EV_LOGIN: WindowStatus.SERVING,
    EV_SERVING: WindowStatus.SERVING,
    EV_RETURN: WindowStatus.SERVING,
    EV_UNLOCK: WindowStatus.SERVING,
    EV_PAUSE: WindowStatus.PAUSED,
    EV_AWAY: WindowStatus.AWAY,
    EV_LOCK: WindowStatus.AWAY,
    EV_LOGOUT: WindowStatus.OFFLINE,
}


@dataclass(frozen=True)
class WindowPresence:
    window: str
    name: str
    status: WindowStatus
    staff_name: str
    since: datetime | None
    #: True when it is opening time on a working day and nobody is logged in.
    unstaffed: bool
    #: Last upload of the window's PC to the central store (``None``: never, or no PC registered).
    last_sync_at: datetime | None = None
    #: True when the window's PC is registered but has not synced within :data:`OFFLINE_AFTER`.
    pc_offline: bool = False


@dataclass(frozen=True)
class RatingLine:
    key: str
    label: str
    figures: RatingFigures


@dataclass(frozen=True)
class Dashboard:
    """Everything the supervision screen shows, as of ``now``."""

    now: datetime
    period: Period
    overdue_cases: tuple[CaseAlert, ...]
    near_due_cases: tuple[CaseAlert, ...]
    five_day_risks: tuple[CaseAlert, ...]
    registers: tuple[RegisterItem, ...]
    windows: tuple[WindowPresence, ...]
    ratings_by_window: tuple[RatingLine, ...]
    ratings_by_clerk: tuple[RatingLine, ...]
    ratings_total: RatingFigures
    #: From 1 November until next year's State Council notice is imported (issue 11).
    calendar_warning: str | None = None
    #: Promised dates that calendar imports moved (newest first); earlier ones are highlighted.
    date_changes: tuple[DateChange, ...] = ()
    #: The provincial exchange's alarms and rejected or late items (app/services/province_alarms.py).
    province_warnings: tuple[str, ...] = ()
    #: Every accepted case on its way to the applicant: stage, who has it, days per stage.
    stage_lines: tuple[StageLine, ...] = ()

    def alerts_for(self, code: str) -> tuple[CaseAlert, ...]:
        """The overdue and near-due alarms addressed to one department (or window, or
        higher authority): what it must act on."""
        return tuple(a for a in (*self.overdue_cases, *self.near_due_cases) if a.responsible_code == code)


def _alert(case: Case, days_left: int, due: date, provisional: bool = False, reason: str = FIVE_DAY_RISK) -> CaseAlert:
    return CaseAlert(
        case.id,
        case.case_number or "（未编号）",
        case.owner_window,
        case.matter_name,
        case.applicant_name,
        due,
        days_left,
        provisional,
        stage=CaseState.DRAFT.value if case.state == CaseState.DRAFT.value else CaseStage.ACCEPTANCE.value,
        responsible_code=case.owner_window,
        responsible=case.owner_window,
        responsible_kind=WINDOW,
        reason=reason,
    )


#: Window states of a case after acceptance that still has something to wait for.
_RUNNING = frozenset(str(s) for s in RUNNING_STATES)
_FOLLOWED_STATES = tuple(str(s) for s in (*OPEN_STATES, *AWAITING_DELIVERY) if s is not CaseState.DRAFT)


class SupervisionService(CenterService):
    """Attendance and the dashboard; for the center (administrators and 电子监察) and window leads."""

    def __init__(self, store: Store, clock: Clock | None = None, near_days: int = NEAR_DUE_DAYS) -> None:
        super().__init__(store, clock)
        self._near_days = near_days

    def attendance(self, actor: Actor, day: date) -> AttendanceDay:
        """A day's attendance; the center sees every window."""
        require_role(actor, (*CENTER_ROLES, Role.LEAD), "查看考勤")
        with self._store.read() as session:
            return compute_attendance(session, day, self._now())

    def dashboard(self, actor: Actor, period: Period | None = None) -> Dashboard:
        """The supervision screen's data; ratings over ``period`` (default: this month to date)."""
        require_role(actor, CENTER_ROLES, "打开电子监察")
        now = self._now()
        today = hall_day(now)
        period = period or Period(today.replace(day=1), today, f"{today.year}年{today.month}月")
        registers = tuple(RegisterService(self._store, self._clock).open_items(today))
        with self._store.read() as session:
            cal = load_calendar(session)
            overdue: list[CaseAlert] = []
            near: list[CaseAlert] = []
            risks: list[CaseAlert] = []
            for case in session.scalars(
                select(Case).where(Case.state == CaseState.DRAFT.value, Case.received_on.is_not(None))
            ):
                assert case.received_on is not None
                rule = five_day_rule(case.received_on, today, cal)
                if rule.state is not FiveDayState.OK:
                    risks.append(_alert(case, rule.days_left, rule.deadline, rule.provisional))
            followed = list(session.scalars(select(Case).where(Case.state.in_(_FOLLOWED_STATES))))
            events = case_events(session, [case.id for case in followed])
            parties = Parties(session)
            stage_lines: list[StageLine] = []
            for case in followed:
                timeline = fold_stages(events[case.id], cal, today)
                if not timeline.spans and timeline.ended_by is None:
                    # A row without its events (an older store): the clock of the row itself.
                    if case.state in _RUNNING and case.due_date is not None:
                        self._row_alert(case, today, cal, overdue, near)
                    continue
                if timeline.current not in FOLLOWED_STAGES:
                    continue
                tracked = tracked_case(case, events[case.id], today, cal, self._near_days)
                stage_lines.append(stage_line(case, tracked, timeline, parties))
                late, soon = stage_alerts(case, tracked, timeline, parties, cal, today, self._near_days)
                overdue.extend(late)
                near.extend(soon)
            presence = self._presence(session, now, cal.is_workday(today))
            lookup = NameLookup(session)
            by_window = rating_figures(session, period, Dimension.WINDOW, lookup)
            by_clerk = rating_figures(session, period, Dimension.CLERK, lookup)
            total = RatingFigures()
            for figures in by_window.values():
                total = RatingFigures(
                    total.total + figures.total,
                    total.good + figures.good,
                    total.bad + figures.bad,
                    total.unrated + figures.unrated,
                )

            def lines(data: dict[str | None, RatingFigures], dimension: Dimension) -> tuple[RatingLine, ...]:
                return tuple(
                    RatingLine(k, lookup.label(dimension, k), v)
                    for k, v in sorted(((k, v) for k, v in data.items() if k is not None), key=lambda kv: kv[0])
                )

            return Dashboard(
                now=now,
                period=period,
                overdue_cases=tuple(sorted(overdue, key=lambda a: a.due)),
                near_due_cases=tuple(sorted(near, key=lambda a: a.due)),
                five_day_risks=tuple(sorted(risks, key=lambda a: a.due)),
                registers=registers,
                windows=presence,
                ratings_by_window=lines(by_window, Dimension.WINDOW),
                ratings_by_clerk=lines(by_clerk, Dimension.CLERK),
                ratings_total=total,
                calendar_warning=notice_reminder(cal, today),
                date_changes=date_changes(session, limit=50),
                province_warnings=province_warnings(session, now),
                stage_lines=tuple(
                    sorted(
                        stage_lines, key=lambda x: (x.days_left if x.days_left is not None else 10_000, x.case_number)
                    )
                ),
            )

    def _row_alert(
        self, case: Case, today: date, cal: WorkCalendar, overdue: list[CaseAlert], near: list[CaseAlert]
    ) -> None:
        assert case.due_date is not None
        provisional = case.accepted_on is not None and cal.provisional_between(case.accepted_on, case.due_date)
        if today > case.due_date:
            late = -max(1, cal.workdays_between(case.due_date, today))
            overdue.append(_alert(case, late, case.due_date, provisional, CASE_OVERDUE))
        else:
            left = cal.workdays_between(today, case.due_date)
            if left <= self._near_days:
                near.append(_alert(case, left, case.due_date, provisional, CASE_NEAR_DUE))

    def _presence(self, session: Session, now: datetime, workday: bool) -> tuple[WindowPresence, ...]:
        hours = load_hours(session)
        local = now.astimezone(HALL_TZ).time()
        in_hours = workday and any(a <= local < b for a, b in hours.periods)
        staff = {s.id: s.name for s in session.scalars(select(Staff))}
        last: dict[str, StatusEvent] = {}
        for ev in events_of_day(session, hall_day(now)):
            # Center staff logged in at a window PC (no post) do not staff the window.
            if ev.kind in _PRESENCE and ev.at <= now and ev.post is not None:
                last[ev.owner_window] = ev
        synced: dict[str, datetime | None] = {}
        for device, last_sync in session.execute(
            select(CentralDevice.window_code, DeviceCursor.last_sync_at)
            .join(DeviceCursor, DeviceCursor.device_id == CentralDevice.device_id)
            .where(CentralDevice.state == "active")
        ):
            previous = synced.get(device)
            synced[device] = last_sync if previous is None or (last_sync and last_sync > previous) else previous
        out = []
        for w in session.scalars(select(Window).where(Window.active.is_(True)).order_by(Window.code)):
            latest = last.get(w.code)
            status = _PRESENCE[latest.kind] if latest else WindowStatus.OFFLINE
            name = (
                staff.get(latest.staff_id, "")
                if latest and latest.staff_id and status is not WindowStatus.OFFLINE
                else ""
            )
            last_sync = synced.get(w.code)
            pc_offline = w.code in synced and (last_sync is None or now - last_sync > OFFLINE_AFTER)
            out.append(
                WindowPresence(
                    w.code,
                    w.name,
                    status,
                    name,
                    latest.at if latest else None,
                    in_hours and status is WindowStatus.OFFLINE,
                    last_sync,
                    pc_offline,
                )
            )
        return tuple(out)
