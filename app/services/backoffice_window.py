"""The owning window's side of the back office: it folds the back office's 办结 into its own
case row, and keeps to what is left for it once the back office has a case.

The back office never writes the window's rows. When its 后台办结 reaches the window PC
(:func:`app.sync.events.pull_foreign_events`), the window — the owner — records the
outcome on its own case (办结（准予）/办结（不予）, the result) with an event of its own
that names the back-office event, and uploads it like any of its actions. The center's
statistics and the window's list then agree with the stage.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.case_stage import BACK_OFFICE_STAGES, CaseStage, StageAction, fold_stages
from app.domain.case_state import CaseAction, CaseState, apply
from app.domain.errors import IllegalTransition
from app.domain.ids import uuid7
from app.services.clock import Clock, hall_day, system_clock
from app.services.errors import DecisionNotAllowed
from app.services.hall import load_calendar
from app.services.stages import case_events, is_back_office_owner
from app.store.models import Case, CaseEvent
from app.store.uow import Store

#: What a window may still do on a case the back office has taken over (签收 or later):
#: ask for and receive the supplements it asked for, the applicant's own steps, 延时 and
#: 急事特办 notices, and the hand-over once decided. 准予 / 不予 / 上报 are the back office's.
BACK_OFFICE_ONLY = frozenset({CaseAction.APPROVE, CaseAction.DENY, CaseAction.FORWARD, CaseAction.FORWARD_RETURNED})

#: The window's own actor for the rows it writes while folding the back office's steps.
ADOPTING = Actor(staff_id=None, staff_no="backoffice", name="后台办结同步", window_code=None, post=None)


def taken_over(events: list[CaseEvent]) -> bool:
    """The back office has signed for the case (后台签收)."""
    return any(e.action == StageAction.TAKE_OVER.value for e in events)


def check_window_action(events: list[CaseEvent], action: CaseAction) -> None:
    """Refuse a window action that is the back office's once it has the case."""
    if action in BACK_OFFICE_ONLY and taken_over(events):
        raise DecisionNotAllowed(f"该办件已由后台签收审批，窗口不能执行“{action.label}”，请等待后台办结")


def adopt_back_office_results(store: Store, window_code: str, *, clock: Clock = system_clock) -> int:
    """Fold every 后台办结 on this window's open cases into the case row (one transaction);
    returns how many cases moved to 办结."""
    now: datetime = clock()
    today = hall_day(now)
    moved = 0
    with store.write(ADOPTING) as tx:
        s = tx.session
        open_ids = [
            r
            for r in s.scalars(
                select(Case.id).where(
                    Case.owner_window == window_code,
                    Case.state.in_([st.value for st in (CaseState.ACCEPTED, CaseState.FORWARDED)]),
                )
            )
        ]
        if not open_ids:
            return 0
        calendar = load_calendar(s)
        by_case = case_events(s, open_ids)
        for case_id, events in by_case.items():
            done = [
                e for e in events if e.action == StageAction.COMPLETE.value and is_back_office_owner(e.owner_window)
            ]
            if not done:
                continue
            t = fold_stages(events, calendar, today)
            if t.current is not CaseStage.AWAITING_OUTPUT:
                continue
            case = s.get(Case, case_id)
            if case is None:
                continue
            granted = t.decision == "准予"
            action = CaseAction.APPROVE if granted else CaseAction.DENY
            if case.state == CaseState.FORWARDED.value:
                case.state = CaseState.ACCEPTED.value  # the reply came back to the back office
            try:
                after = apply(CaseState(case.state), action)
            except IllegalTransition:
                continue
            source = done[-1]
            before = case.state
            case.state = after.value
            case.result_kind = "准予" if granted else "不予"
            case.result_name = (t.result.get("name") or t.result.get("document") or "") if granted else "不予许可"
            case.updated_at = now
            event = CaseEvent(
                id=uuid7(),
                case_id=case.id,
                owner_window=case.owner_window,
                action=action.value,
                from_state=before,
                to_state=after.value,
                day=source.day,
                at=now,
                note=f"后台办结（{t.decision}）",
                data={
                    "back_office_event": str(source.id),
                    "staff_name": (source.data or {}).get("staff_name", ""),
                    "department": (source.data or {}).get("department", ""),
                    "result": dict(t.result),
                },
            )
            s.add(event)
            s.flush()
            tx.emit(f"case_{'approve' if granted else 'deny'}", case)
            tx.emit("case_event", event)
            tx.audit("case.back_office_completed", "cases", case.id, case_number=case.case_number, decision=t.decision)
            moved += 1
    return moved


def back_office_has(stage: CaseStage | None) -> bool:
    return stage in BACK_OFFICE_STAGES
