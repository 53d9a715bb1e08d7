"""What the services have in common: the store, the clock, and for the window's case work
the session, the working-day calendar and the PC's settings.

One constructor for each kind, so a service says only what it adds (``near_days`` …) and
the composition root and the tests build them all the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.calendar import WorkCalendar
from app.services.clock import Clock, hall_day, system_clock
from app.services.hall import now_from
from app.services.session import SessionService
from app.settings import Settings
from app.store.uow import Store


class WindowCaseService:
    """A use case on this window's cases, for the person logged in at the window.

    ``clock`` is the real clock unless a test or a training room passes a manual one.
    """

    def __init__(
        self,
        store: Store,
        session: SessionService,
        calendar: WorkCalendar,
        settings: Settings,
        *,
        clock: Clock = system_clock,
    ) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._settings = settings
        self._clock = clock


class CenterService:
    """A use case of the center (registers, supervision, reports, console) over one store.

    Each method checks the actor's role itself; ``clock`` is injectable for tests.
    """

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> datetime:
        return now_from(self._clock)

    def today(self) -> date:
        """The hall's day now (Beijing time)."""
        return hall_day(self._now())
