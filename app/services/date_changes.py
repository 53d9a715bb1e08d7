"""Promised dates that a calendar change moved, as the administrator and each window's
clerk see them: one :data:`RECOMPUTE_ACTION` case event per moved case (old and new date),
appended by :func:`app.services.calendar_service.recompute_open_cases`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.hall import load_calendar
from app.store.models import Case, CaseEvent

#: The case event appended when a calendar change moved a case's promised date.
RECOMPUTE_ACTION = "期限重算"


@dataclass(frozen=True)
class DateChange:
    """One case whose promised date a calendar change moved."""

    case_id: uuid.UUID
    case_number: str
    window: str
    matter_name: str
    old_due: date | None
    new_due: date
    provisional: bool
    at: datetime | None = None

    @property
    def earlier(self) -> bool:
        """The new date is earlier: the window has less time than it was told (highlighted)."""
        return self.old_due is not None and self.new_due < self.old_due


def date_changes(session: Session, *, window_code: str | None = None, limit: int = 200) -> tuple[DateChange, ...]:
    """The latest promised-date changes made by calendar imports, newest first; one window's
    cases for its clerk, every window's for the center (``window_code=None``)."""
    query = (
        select(CaseEvent, Case)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(CaseEvent.action == RECOMPUTE_ACTION)
        .order_by(CaseEvent.at.desc())
        .limit(limit)
    )
    if window_code is not None:
        query = query.where(Case.owner_window == window_code)
    calendar = load_calendar(session)
    out = []
    for event, case in session.execute(query):
        data = event.data or {}
        new = date.fromisoformat(data["new_due"])
        old_text = data.get("old_due") or ""
        old = date.fromisoformat(old_text) if old_text[:1].isdigit() else None
        provisional = case.accepted_on is not None and calendar.provisional_between(case.accepted_on, new)
        out.append(
            DateChange(
                case.id, case.case_number or "", case.owner_window, case.matter_name, old, new, provisional, event.at
            )
        )
    return tuple(out)
