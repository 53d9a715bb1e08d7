"""The case after the counter, as the services see it: appending a stage event to a case
someone else owns, and reading a case's stage timeline.

Everyone but the owning window (the back office, co-departments, the output window, the
center) moves a case only by appending a ``case_events`` row of its own with
:func:`append_case_event`; the owner's ``cases`` row and checklist are never written.
The stage and the working days per stage are folded from the events by
:func:`app.domain.case_stage.fold_stages`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.case_stage import StageTimeline, fold_stages
from app.domain.errors import ValidationError
from app.domain.ids import uuid7
from app.services.clock import hall_day
from app.store.models import Case, CaseEvent
from app.store.uow import WriteTxn

#: ``owner_window`` of the events a department's back office appends: 后台 + department code.
BACK_OFFICE_PREFIX = "后台"
_OWNER_MAX = 16


def back_office_owner(department_code: str) -> str:
    """The owner code of a department's back-office events (fits ``owner_window``)."""
    owner = f"{BACK_OFFICE_PREFIX}{department_code}"
    if not department_code or len(owner) > _OWNER_MAX:
        raise ValidationError(f"部门编码“{department_code}”不能用作后台标识（须为1至14个字符）", field="department")
    return owner


def is_back_office_owner(owner: str | None) -> bool:
    return bool(owner) and str(owner).startswith(BACK_OFFICE_PREFIX)


def append_case_event(
    tx: WriteTxn,
    case: Case,
    actor: Actor,
    action: str,
    *,
    owner: str,
    now: datetime,
    note: str = "",
    **data: object,
) -> CaseEvent:
    """Append one event to ``case`` owned by ``owner`` (not the case's window): the case's
    state is recorded as it stands (from = to), the person's name and the department go
    into ``data``; outbox row and audit entry in the same transaction."""
    payload = {k: v for k, v in data.items() if v is not None}
    payload.setdefault("staff_name", actor.name)
    if actor.department_code:
        payload.setdefault("department", actor.department_code)
    event = CaseEvent(
        id=uuid7(),
        case_id=case.id,
        owner_window=owner,
        action=action,
        from_state=case.state,
        to_state=case.state,
        day=hall_day(now),
        at=now,
        staff_id=actor.staff_id,
        post=actor.post,
        note=note.strip(),
        data=payload,
    )
    tx.session.add(event)
    tx.session.flush()
    tx.emit("case_event.appended", event)
    tx.audit(action, "cases", case.id, case_number=case.case_number, owner=owner, **payload)
    return event


def case_events(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[CaseEvent]]:
    """The events of several cases in one query, by case id."""
    ids = list(case_ids)
    out: dict[uuid.UUID, list[CaseEvent]] = {i: [] for i in ids}
    if ids:
        for event in session.scalars(select(CaseEvent).where(CaseEvent.case_id.in_(ids))):
            out[event.case_id].append(event)
    return out


def case_timeline(session: Session, case_id: uuid.UUID, calendar: WorkCalendar, today: date) -> StageTimeline:
    """One case's stage timeline as of ``today``."""
    return fold_stages(case_events(session, [case_id])[case_id], calendar, today)
