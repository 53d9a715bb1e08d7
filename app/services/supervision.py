"""电子监察 for the center: attendance and AB-post coverage from logins, and the dashboard.

Attendance (seed 002 《考勤及请销假制度》: 9:00–12:00 and 13:00–17:00, no lateness) and
AB-post coverage (seed 000 《AB岗工作制》: a window must never be left without anyone)
are computed from the :class:`StatusEvent` rows the session service writes at every PC:
login, logout, away/return, handover. Nothing is typed in by hand, so the figures show
what happened at the windows.

The dashboard collects what the center follows across the hall: overdue and near-due
cases, §32 five-day risks, open registers by deadline, windows nobody is logged in to,
and 好差评 figures per window and clerk (the same figures the monthly report prints,
from :func:`app.services.reports.rating_figures`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_state import CaseState
from app.domain.deadlines import NEAR_DUE_DAYS, FiveDayState, five_day_rule
from app.domain.enums import PostRole, Role, WindowStatus
from app.services.hall import (
    CENTER_ROLES,
    HALL_TZ,
    Clock,
    HallHours,
    hall_day,
    hall_time,
    load_calendar,
    load_hours,
    now_from,
    require_role,
)
from app.services.registers import RegisterItem, RegisterService
from app.services.reports import (
    RUNNING_STATES,
    Dimension,
    Period,
    RatingFigures,
    NameLookup,
    rating_figures,
)
from app.store.models import CentralDevice, Case, DeviceCursor, Staff, StatusEvent, Window
from app.store.uow import Store

#: ``StatusEvent.kind`` values of the session service (app/services/session.py).
EV_LOGIN = "login"
EV_LOGOUT = "logout"
EV_AWAY = "away"
EV_RETURN = "return"
EV_SERVING = "serving"
EV_PAUSE = "pause"
EV_LOCK = "lock"
EV_UNLOCK = "unlock"
EV_HANDOVER = "handover"

#: Shortest gap without anyone logged in that the dashboard flags.
MIN_GAP = timedelta(minutes=1)

#: A registered window PC that has not synced for this long is shown as offline (断网).
OFFLINE_AFTER = timedelta(minutes=10)

_PRESENCE = {
    EV_LOGIN: WindowStatus.SERVING, EV_SERVING: WindowStatus.SERVING, EV_RETURN: WindowStatus.SERVING,
    EV_UNLOCK: WindowStatus.SERVING, EV_PAUSE: WindowStatus.PAUSED, EV_AWAY: WindowStatus.AWAY,
    EV_LOCK: WindowStatus.AWAY, EV_LOGOUT: WindowStatus.OFFLINE,
}


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class AttendanceRow:
    """One person at one window on one day."""

    window: str
    staff_name: str
    staff_no: str
    posts: tuple[str, ...]
    sign_in: datetime | None
    #: ``None`` when the person never logged out (forgot, or still there).
    sign_out: datetime | None
    late_minutes: int
    early_minutes: int
    away_minutes: int
    away_count: int
    sessions: tuple[Interval, ...]


@dataclass(frozen=True)
class CoverPeriod:
    """A B-post or substitute (顶岗) logged in at a window."""

    window: str
    staff_name: str
    post: str
    span: Interval


@dataclass(frozen=True)
class Handover:
    window: str
    at: datetime
    from_name: str
    to_name: str
    note: str


@dataclass(frozen=True)
class Gap:
    """Opening hours during which nobody was logged in at a window (空岗)."""

    window: str
    span: Interval


@dataclass(frozen=True)
class AttendanceDay:
    day: date
    is_workday: bool
    hours: HallHours
    rows: tuple[AttendanceRow, ...]
    covers: tuple[CoverPeriod, ...]
    handovers: tuple[Handover, ...]
    gaps: tuple[Gap, ...]


@dataclass(frozen=True)
class CaseAlert:
    case_id: object
    case_number: str
    window: str
    matter: str
    applicant: str
    due: date
    days_left: int


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


def _events_of_day(session: Session, day: date) -> list[StatusEvent]:
    lo = datetime.combine(day, datetime.min.time(), tzinfo=HALL_TZ)
    return list(session.scalars(
        select(StatusEvent).where(StatusEvent.at >= lo, StatusEvent.at < lo + timedelta(days=1))
        .order_by(StatusEvent.at, StatusEvent.id)
    ))


@dataclass
class _Open:
    staff_id: object
    post: str | None
    start: datetime


def compute_attendance(session: Session, day: date, now: datetime) -> AttendanceDay:
    """Sign-in/out, lateness, away time, B-post cover, handovers and unstaffed gaps of ``day``."""
    cal = load_calendar(session)
    hours = load_hours(session)
    workday = cal.is_workday(day)
    staff = {s.id: s for s in session.scalars(select(Staff))}
    windows = [w for w in session.scalars(select(Window).order_by(Window.code)) if w.active]
    day_end = min(now, hall_time(day, hours.closes)) if hall_day(now) == day else hall_time(day, hours.closes)
    events = _events_of_day(session, day)

    sessions: dict[tuple[str, object], list[Interval]] = defaultdict(list)
    posts: dict[tuple[str, object], set[str]] = defaultdict(set)
    covers: list[CoverPeriod] = []
    signed_out: dict[tuple[str, object], datetime | None] = {}
    away_start: dict[tuple[str, object], datetime] = {}
    away: dict[tuple[str, object], list[int]] = defaultdict(list)
    handovers: list[Handover] = []
    open_at: dict[str, _Open] = {}

    def close(window: str, at: datetime) -> None:
        current = open_at.pop(window, None)
        if current is None:
            return
        key = (window, current.staff_id)
        end = max(at, current.start)
        sessions[key].append(Interval(current.start, end))
        if current.post in (PostRole.B, PostRole.SUBSTITUTE):
            name = staff[current.staff_id].name if current.staff_id in staff else ""
            covers.append(CoverPeriod(window, name, current.post, Interval(current.start, end)))
        if key in away_start:
            away[key].append(int((end - away_start.pop(key)).total_seconds() // 60))

    for ev in events:
        key = (ev.owner_window, ev.staff_id)
        if ev.kind == EV_LOGIN:
            close(ev.owner_window, ev.at)  # a shared PC: the previous person is gone
            open_at[ev.owner_window] = _Open(ev.staff_id, ev.post, ev.at)
            if ev.post:
                posts[key].add(ev.post)
            signed_out[key] = None
        elif ev.kind == EV_LOGOUT:
            close(ev.owner_window, ev.at)
            signed_out[key] = ev.at
        elif ev.kind == EV_AWAY:
            away_start.setdefault(key, ev.at)
        elif ev.kind in (EV_RETURN, EV_SERVING) and key in away_start:
            away[key].append(int((ev.at - away_start.pop(key)).total_seconds() // 60))
        elif ev.kind == EV_HANDOVER:
            to = staff.get(ev.to_staff_id) if ev.to_staff_id else None
            frm = staff.get(ev.staff_id) if ev.staff_id else None
            handovers.append(Handover(ev.owner_window, ev.at, frm.name if frm else "", to.name if to else "",
                                      ev.note or ""))
    for window in list(open_at):
        close(window, day_end)

    rows: list[AttendanceRow] = []
    opens, closes = hall_time(day, hours.opens), hall_time(day, hours.closes)
    for (window, staff_id), spans in sorted(sessions.items(), key=lambda kv: (kv[0][0], kv[1][0].start)):
        person = staff.get(staff_id)  # type: ignore[call-overload]
        sign_in = spans[0].start
        sign_out = signed_out.get((window, staff_id))
        on_duty = workday and PostRole.A in posts[(window, staff_id)]
        late = max(0, int((sign_in - opens).total_seconds() // 60)) if on_duty else 0
        early = max(0, int((closes - sign_out).total_seconds() // 60)) if on_duty and sign_out else 0
        rows.append(AttendanceRow(
            window=window, staff_name=person.name if person else "", staff_no=person.staff_no if person else "",
            posts=tuple(sorted(posts[(window, staff_id)])), sign_in=sign_in, sign_out=sign_out, late_minutes=late,
            early_minutes=early, away_minutes=sum(away[(window, staff_id)]),
            away_count=len(away[(window, staff_id)]), sessions=tuple(spans),
        ))

    gaps: list[Gap] = []
    if workday:
        for w in windows:
            spans = sorted((s for (win, _), ss in sessions.items() if win == w.code for s in ss),
                           key=lambda s: s.start)
            for start_t, end_t in hours.periods:
                lo, hi = hall_time(day, start_t), min(hall_time(day, end_t), day_end)
                cursor = lo
                for s in spans:
                    if s.end <= cursor or s.start >= hi:
                        continue
                    if s.start > cursor and s.start - cursor >= MIN_GAP:
                        gaps.append(Gap(w.code, Interval(cursor, min(s.start, hi))))
                    cursor = max(cursor, s.end)
                if hi - cursor >= MIN_GAP:
                    gaps.append(Gap(w.code, Interval(cursor, hi)))
    return AttendanceDay(day, workday, hours, tuple(rows), tuple(covers), tuple(handovers), tuple(gaps))


def _alert(case: Case, days_left: int, due: date) -> CaseAlert:
    return CaseAlert(case.id, case.case_number or "（未编号）", case.owner_window, case.matter_name, case.applicant_name,
                     due, days_left)


class SupervisionService:
    """Attendance and the dashboard; for the center (administrators and 电子监察) and window leads."""

    def __init__(self, store: Store, clock: Clock | None = None, near_days: int = NEAR_DUE_DAYS) -> None:
        self._store = store
        self._clock = clock
        self._near_days = near_days

    def _now(self) -> datetime:
        return now_from(self._clock)

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
            open_states = [str(s) for s in (*RUNNING_STATES, CaseState.DRAFT)]
            for case in session.scalars(select(Case).where(Case.state.in_(open_states))):
                if case.state == CaseState.DRAFT:
                    if case.received_on is None:
                        continue
                    rule = five_day_rule(case.received_on, today, cal)
                    if rule.state is not FiveDayState.OK:
                        risks.append(_alert(case, rule.days_left, rule.deadline))
                    continue
                if case.due_date is None:
                    continue
                if today > case.due_date:
                    overdue.append(_alert(case, -max(1, cal.workdays_between(case.due_date, today)), case.due_date))
                else:
                    left = cal.workdays_between(today, case.due_date)
                    if left <= self._near_days:
                        near.append(_alert(case, left, case.due_date))
            presence = self._presence(session, now, cal.is_workday(today))
            lookup = NameLookup(session)
            by_window = rating_figures(session, period, Dimension.WINDOW, lookup)
            by_clerk = rating_figures(session, period, Dimension.CLERK, lookup)
            total = RatingFigures()
            for figures in by_window.values():
                total = RatingFigures(total.total + figures.total, total.good + figures.good,
                                      total.bad + figures.bad, total.unrated + figures.unrated)

            def lines(data: dict[str | None, RatingFigures], dimension: Dimension) -> tuple[RatingLine, ...]:
                return tuple(RatingLine(k, lookup.label(dimension, k), v) for k, v in sorted(
                    ((k, v) for k, v in data.items() if k is not None), key=lambda kv: kv[0]))

            return Dashboard(
                now=now, period=period,
                overdue_cases=tuple(sorted(overdue, key=lambda a: a.due)),
                near_due_cases=tuple(sorted(near, key=lambda a: a.due)),
                five_day_risks=tuple(sorted(risks, key=lambda a: a.due)),
                registers=registers, windows=presence,
                ratings_by_window=lines(by_window, Dimension.WINDOW),
                ratings_by_clerk=lines(by_clerk, Dimension.CLERK), ratings_total=total,
            )

    def _presence(self, session: Session, now: datetime, workday: bool) -> tuple[WindowPresence, ...]:
        hours = load_hours(session)
        local = now.astimezone(HALL_TZ).time()
        in_hours = workday and any(a <= local < b for a, b in hours.periods)
        staff = {s.id: s.name for s in session.scalars(select(Staff))}
        last: dict[str, StatusEvent] = {}
        for ev in _events_of_day(session, hall_day(now)):
            if ev.kind in _PRESENCE and ev.at <= now:
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
            ev = last.get(w.code)
            status = _PRESENCE[ev.kind] if ev else WindowStatus.OFFLINE
            name = staff.get(ev.staff_id, "") if ev and ev.staff_id and status is not WindowStatus.OFFLINE else ""
            last_sync = synced.get(w.code)
            pc_offline = w.code in synced and (last_sync is None or now - last_sync > OFFLINE_AFTER)
            out.append(WindowPresence(w.code, w.name, status, name, ev.at if ev else None,
                                      in_hours and status is WindowStatus.OFFLINE, last_sync, pc_offline))
        return tuple(out)
