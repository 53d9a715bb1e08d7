"""The hall's working-day calendar as the services use it: library + the store's overrides."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.calendar import Override, WorkCalendar
from app.store.models import CalendarOverride
from app.store.uow import Store


def load_work_calendar(store: Store) -> WorkCalendar:
    """The calendar with every administrator override stored in ``store``.

    Build it again after the administrator imports a notice (the calendar is immutable).
    """
    with store.read() as s:
        rows = s.scalars(select(CalendarOverride)).all()
        overrides = [Override(day=r.day, is_workday=r.is_workday, note=r.note) for r in rows]
    return WorkCalendar(overrides)
