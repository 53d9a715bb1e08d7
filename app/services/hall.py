"""What every center-side service asks of the hall: its calendar, its clock and who may act.

The registers, the supervision dashboard, the statistics and the administrator's console
all count in the hall's working days (with the administrator's overrides), read the day
in hall-local time and check roles the same way; keeping that in one place means a
complaint's due date and the dashboard's “overdue” can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import Override, WorkCalendar
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.ids import utcnow
from app.services.clock import HALL_TZ, Clock
from app.store.catalog_io import HALL_KEY  # the hall's name and code, written by catalog imports
from app.store.models import CalendarOverride, HallSetting

#: HallSetting keys this package reads and the console writes.
HOURS_KEY = "hours"
PHONES_KEY = "phones"
FOLLOW_UP_DAYS_KEY = "follow_up_days"
#: The years whose State Council holiday notice was imported: ``{"years": {"2027": {...}}}``.
CALENDAR_NOTICES_KEY = "calendar_notices"

#: Default opening hours (seed 002: 上午9:00至12:00，下午13:00至17:00).
DEFAULT_PERIODS: tuple[tuple[time, time], ...] = ((time(9, 0), time(12, 0)), (time(13, 0), time(17, 0)))

#: Roles that act for the center (review, dispatch, supervision).
CENTER_ROLES = (Role.ADMIN, Role.SUPERVISOR)


def hall_time(day: date, at: time) -> datetime:
    """An aware timestamp for a hall-local wall-clock time on ``day``."""
    return datetime.combine(day, at, tzinfo=HALL_TZ)


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Aware [first instant of ``start``, first instant after ``end``] in hall time, for timestamp filters."""
    return hall_time(start, time(0, 0)), hall_time(end + timedelta(days=1), time(0, 0))


def notice_years(session: Session) -> dict[int, dict[str, str]]:
    """The years whose State Council notice was imported, with where and when it came from."""
    row = session.get(HallSetting, CALENDAR_NOTICES_KEY)
    years = (row.value or {}).get("years", {}) if row is not None else {}
    return {int(year): dict(info) for year, info in years.items()}


def load_calendar(session: Session) -> WorkCalendar:
    """The hall's working-day calendar: the library's arrangement, the statutory rule for
    the other years (provisional until their notice is imported), the administrator's overrides."""
    rows = session.scalars(select(CalendarOverride)).all()
    return WorkCalendar(
        [Override(day=r.day, is_workday=r.is_workday, note=r.note) for r in rows],
        notice_years=notice_years(session),
    )


def follow_up_days(session: Session, default: int) -> int:
    """Working days to follow up a bad rating: the center's hall setting when the
    administrator set one (one rule for every window), else this PC's ``default``."""
    row = session.get(HallSetting, FOLLOW_UP_DAYS_KEY)
    if row is None:
        return default
    return int(row.value.get("days", default))


@dataclass(frozen=True)
class HallHours:
    """Opening periods of a working day, e.g. 9:00–12:00 and 13:00–17:00."""

    periods: tuple[tuple[time, time], ...] = DEFAULT_PERIODS

    @property
    def opens(self) -> time:
        return self.periods[0][0]

    @property
    def closes(self) -> time:
        return self.periods[-1][1]

    def describe(self) -> str:
        """``09:00-12:00，13:00-17:00`` as shown in settings and reports."""
        return "，".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in self.periods)

    def to_setting(self) -> dict[str, list[list[str]]]:
        return {"periods": [[f"{a:%H:%M}", f"{b:%H:%M}"] for a, b in self.periods]}


def parse_hours(periods: Iterable[Iterable[str]]) -> HallHours:
    """Check opening periods typed by the administrator: ``[["09:00","12:00"], …]``, ascending, not overlapping."""
    parsed: list[tuple[time, time]] = []
    for pair in periods:
        texts = list(pair)
        if len(texts) != 2:
            raise ValidationError("每个办公时段应写成“开始-结束”两个时间", field="办公时间")
        try:
            start, end = (time.fromisoformat(t.strip()) for t in texts)
        except ValueError:
            raise ValidationError(f"时间“{'-'.join(texts)}”格式不对，应写成 09:00 这样", field="办公时间") from None
        if end <= start:
            raise ValidationError(f"办公时段 {start:%H:%M}-{end:%H:%M} 的结束时间应晚于开始时间", field="办公时间")
        if parsed and start < parsed[-1][1]:
            raise ValidationError(f"办公时段 {start:%H:%M}-{end:%H:%M} 与前一时段重叠或顺序颠倒", field="办公时间")
        parsed.append((start, end))
    if not parsed:
        raise ValidationError("至少需要一个办公时段", field="办公时间")
    return HallHours(tuple(parsed))


def load_hours(session: Session) -> HallHours:
    """The hall's opening hours from :class:`HallSetting` ``hours``; the default when unset."""
    row = session.get(HallSetting, HOURS_KEY)
    if row is None or not row.value.get("periods"):
        return HallHours()
    return parse_hours(row.value["periods"])


def hall_name(session: Session) -> str:
    row = session.get(HallSetting, HALL_KEY)
    return str(row.value.get("name", "")) if row is not None else ""


def require_role(actor: Actor, roles: Iterable[str], doing: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` has one of ``roles``; ``doing`` names the action."""
    wanted = tuple(roles)
    if any(actor.has_role(str(r)) for r in wanted):
        return
    names = "或".join(str(r) for r in wanted)
    raise PermissionDenied(f"{actor.name or '当前用户'}无权{doing}：需要{names}权限")


def now_from(clock: Clock | None) -> datetime:
    """The clock's time (tests pass a fixed clock), else UTC now."""
    return (clock or utcnow)()
