"""The services' sense of time: aware UTC instants and the hall's calendar day.

Services take a clock so tests can jump across working days and lockout periods
without sleeping. Chinese halls keep Beijing time (UTC+8, no daylight saving), so the
hall day is computed with a fixed offset and needs no time-zone database on the PC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from app.domain.ids import utcnow

#: Beijing time: every hall day, document date and counter day is counted in it.
HALL_TZ = timezone(timedelta(hours=8), "CST")

Clock = Callable[[], datetime]


def hall_day(instant: datetime) -> date:
    """The hall's calendar day of an aware instant."""
    return instant.astimezone(HALL_TZ).date()


def system_clock() -> datetime:
    """The real clock (aware UTC)."""
    return utcnow()


@dataclass
class ManualClock:
    """A clock that only moves when told to (tests, training, benchmarks)."""

    now: datetime = field(default_factory=utcnow)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("aware datetime required")
        self.now = instant.astimezone(UTC)

    @classmethod
    def at_hall_time(cls, day: date, hour: int = 9, minute: int = 0) -> ManualClock:
        """A clock set to ``hour:minute`` Beijing time on ``day``."""
        return cls(datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ).astimezone(UTC))
