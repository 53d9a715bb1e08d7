"""Attendance and AB-post coverage of a day, computed from the status events of the window PCs.

Seed 002 (《考勤及请销假制度》) fixes the hours (9:00–12:00, 13:00–17:00, configurable) and
forbids lateness and early leave; seed 000 (《AB岗工作制》) says a window must never be left
without anyone and that the A岗 hands over to the B岗 before leaving. The session service
records login, logout, away/return and handovers at every PC; this module folds those rows
into sign-in/out, lateness, away time, B岗/顶岗 cover periods, handovers and every stretch
of opening hours during which nobody was logged in at a window (空岗).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import PostRole
from app.services.hall import HallHours, hall_time, load_calendar, load_hours
from app.services.clock import HALL_TZ, hall_day
from app.store.models import Staff, StatusEvent, Window

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


def events_of_day(session: Session, day: date) -> list[StatusEvent]:
    """Status events of all windows on a hall day, in order."""
    lo = datetime.combine(day, datetime.min.time(), tzinfo=HALL_TZ)
    return list(
        session.scalars(
            select(StatusEvent)
            .where(StatusEvent.at >= lo, StatusEvent.at < lo + timedelta(days=1))
            .order_by(StatusEvent.at, StatusEvent.id)
        )
    )


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
    staff: dict[object, Staff] = {s.id: s for s in session.scalars(select(Staff))}
    windows = [w for w in session.scalars(select(Window).order_by(Window.code)) if w.active]
    day_end = min(now, hall_time(day, hours.closes)) if hall_day(now) == day else hall_time(day, hours.closes)
    events = events_of_day(session, day)

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
            handovers.append(
                Handover(ev.owner_window, ev.at, frm.name if frm else "", to.name if to else "", ev.note or "")
            )
    for window in list(open_at):
        close(window, day_end)

    rows: list[AttendanceRow] = []
    opens, closes = hall_time(day, hours.opens), hall_time(day, hours.closes)
    for (window, staff_id), spans in sorted(sessions.items(), key=lambda kv: (kv[0][0], kv[1][0].start)):
        person = staff.get(staff_id)
        sign_in = spans[0].start
        sign_out = signed_out.get((window, staff_id))
        on_duty = workday and PostRole.A in posts[(window, staff_id)]
        late = max(0, int((sign_in - opens).total_seconds() // 60)) if on_duty else 0
        early = max(0, int((closes - sign_out).total_seconds() // 60)) if on_duty and sign_out else 0
        rows.append(
            AttendanceRow(
                window=window,
                staff_name=person.name if person else "",
                staff_no=person.staff_no if person else "",
                posts=tuple(sorted(posts[(window, staff_id)])),
                sign_in=sign_in,
                sign_out=sign_out,
                late_minutes=late,
                early_minutes=early,
                away_minutes=sum(away[(window, staff_id)]),
                away_count=len(away[(window, staff_id)]),
                sessions=tuple(spans),
            )
        )

    gaps: list[Gap] = []
    if workday:
        for w in windows:
            spans = sorted((s for (win, _), ss in sessions.items() if win == w.code for s in ss), key=lambda s: s.start)
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


@dataclass(frozen=True)
class AttendanceSummary:
    """One person's attendance over a period (周考勤/月通报)."""

    staff_no: str
    staff_name: str
    days_present: int
    late_days: int
    late_minutes: int
    early_days: int
    away_minutes: int


@dataclass(frozen=True)
class CoverageSummary:
    """One window's AB-post coverage over a period."""

    window: str
    window_name: str
    cover_minutes: int
    handovers: int
    unstaffed_minutes: int


def summarize_attendance(
    session: Session, start: date, end: date, now: datetime
) -> tuple[tuple[AttendanceSummary, ...], tuple[CoverageSummary, ...]]:
    """Fold every working day of ``[start, end]`` up to today into per-person and per-window totals."""
    cal = load_calendar(session)
    last = min(end, hall_day(now))
    people: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    names: dict[str, str] = {}
    windows = {w.code: w.name for w in session.scalars(select(Window).where(Window.active.is_(True)))}
    coverage: dict[str, list[int]] = {code: [0, 0, 0] for code in windows}
    for day in cal.workdays_in(start, last):
        att = compute_attendance(session, day, now)
        seen: set[str] = set()
        for row in att.rows:
            names[row.staff_no] = row.staff_name
            totals = people[row.staff_no]
            if row.staff_no not in seen:
                totals[0] += 1
                seen.add(row.staff_no)
            totals[1] += row.late_minutes > 0
            totals[2] += row.late_minutes
            totals[3] += row.early_minutes > 0
            totals[4] += row.away_minutes
        for cover in att.covers:
            coverage.setdefault(cover.window, [0, 0, 0])[0] += cover.span.minutes
        for handover in att.handovers:
            coverage.setdefault(handover.window, [0, 0, 0])[1] += 1
        for gap in att.gaps:
            coverage.setdefault(gap.window, [0, 0, 0])[2] += gap.span.minutes
    persons = tuple(AttendanceSummary(no, names[no], *totals) for no, totals in sorted(people.items()))
    per_window = tuple(
        CoverageSummary(code, windows.get(code, ""), *totals) for code, totals in sorted(coverage.items())
    )
    return persons, per_window
