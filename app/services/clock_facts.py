"""What the clock events say about a case beyond its state and its clock: 急事特办, the
上报 authority with its own limit and due date, and where the latest 申请延时 stands.

Folded from the case's events like the clock itself, so the case list, the center and the
back office read the same facts; kept apart from :mod:`app.services.clock_events` so the
case list (:mod:`app.services.tracking`) can use it without importing the actions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.case_state import CaseAction
from app.store.models import Case, CaseEvent

#: The center's answer to a 申请延时, appended to the case (owned by the center).
EXTENSION_DECISION_ACTION = "延时审批"
#: ``owner_window`` of events the center appends when its actor has no window.
CENTER_OWNER = "中心"
#: Filing kind of a 不予许可 for the center's 否定备案 review.
DENIAL_FILING_KIND = "不予许可"


@dataclass(frozen=True)
class ExtensionRequest:
    """A 申请延时 and where it stands (待审批 / 已批准 / 不批准 / 已告知)."""

    case_id: uuid.UUID
    case_number: str
    window: str
    matter_name: str
    days: int
    reason: str
    requested_on: date
    state: str
    decision_note: str = ""


@dataclass(frozen=True)
class ClockFacts:
    """What the clock events say about a case beyond its state (for lists and screens)."""

    urgent: bool = False
    urgent_reason: str = ""
    #: 上报件: the higher authority, its own limit and the date it is due there.
    higher_authority: str = ""
    higher_limit_days: int | None = None
    higher_due: date | None = None
    #: The latest 申请延时, if any.
    extension: ExtensionRequest | None = None


__all__ = [
    "CENTER_OWNER",
    "DENIAL_FILING_KIND",
    "EXTENSION_DECISION_ACTION",
    "ClockFacts",
    "ExtensionRequest",
    "clock_facts",
    "with_state",
]


def _data(event: CaseEvent) -> dict[str, object]:
    return dict(event.data or {})


def clock_facts(case: Case, events: Iterable[CaseEvent]) -> ClockFacts:
    """Fold the non-clock events of ``case`` (urgent, 上报, 延时) in the order they happened."""
    urgent, urgent_reason = False, ""
    authority, limit, higher_due = "", None, None
    request: ExtensionRequest | None = None
    for event in sorted(events, key=lambda e: (e.at, str(e.id))):
        data = _data(event)
        if event.action == CaseAction.MARK_URGENT.value:
            urgent, urgent_reason = True, event.note or ""
        elif event.action == CaseAction.FORWARD.value:
            authority = str(data.get("authority", ""))
            limit = int(str(data.get("limit_days", 0)))
            higher_due = date.fromisoformat(str(data["higher_due"])) if data.get("higher_due") else None
        elif event.action == CaseAction.FORWARD_RETURNED.value:
            higher_due = None
        elif event.action == CaseAction.REQUEST_EXTENSION.value:
            request = ExtensionRequest(
                case.id,
                case.case_number or "",
                case.owner_window,
                case.matter_name,
                int(str(data.get("days", 0))),
                event.note or "",
                event.day,
                "待审批",
            )
        elif event.action == EXTENSION_DECISION_ACTION and request is not None:
            approved = bool(data.get("approved"))
            request = with_state(request, "已批准" if approved else "不批准", event.note or "")
        elif event.action == CaseAction.EXTEND.value and request is not None:
            request = with_state(request, "已告知", request.decision_note)
    return ClockFacts(urgent, urgent_reason, authority, limit, higher_due, request)


def with_state(request: ExtensionRequest, state: str, note: str) -> ExtensionRequest:
    return ExtensionRequest(
        request.case_id,
        request.case_number,
        request.window,
        request.matter_name,
        request.days,
        request.reason,
        request.requested_on,
        state,
        note,
    )
