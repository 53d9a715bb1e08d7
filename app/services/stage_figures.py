"""Statistics per stage (受理 … 已归档), counted in SQL.

The stage of a case is folded from its events (:func:`app.domain.case_stage.fold_stages`);
the statistics must not load every case's history into Python, so the same fold is
written here as one SQL query with window functions (SQLite ≥ 3.25 and PostgreSQL):

1. every event that moves a stage is mapped to the stage it enters (审查意见 only when
   its conclusion is 通过; the last co-department's 联办意见 enters 审批; 上级办结返回
   goes back to the stage before the 上报; an ending event 不予受理/一次性告知/退回/撤回
   stops the timeline);
2. an event entering the stage the case is already in is dropped;
3. each remaining row is a stay in a stage, from its day to the next row's day.

The database groups the stays by (stage, day entered, day left) and counts them; only
those few groups are turned into working days with the hall's calendar (holidays and
调休 days included), which lives in Python. Tests check the query against the fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Subquery, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.case_stage import ENDING_ACTIONS, REVIEW_PASS, STAGE_ENTERING, CaseStage, StageAction
from app.domain.case_state import CaseAction
from app.domain.errors import CalendarError
from app.services.report_figures import Period, StageFigure
from app.store.models import CaseEvent

#: Markers of the query's first step besides the stage labels.
_END = "#end"
_RETURN = "#return"
_JOINT_ANSWER = "#joint-answer"


def _parties_count(dialect: str) -> ColumnElement[Any]:
    """Number of co-departments of a 发起联办 event (its ``parties`` list)."""
    if dialect == "postgresql":
        return func.json_array_length(CaseEvent.data.op("->")("parties"))
    return func.json_array_length(CaseEvent.data, "$.parties")


def stage_spans(dialect: str) -> Subquery:
    """Every stay of every case in a stage: ``case_id, stage, entered_on, left_on`` (``left_on``
    NULL while the case is still in it)."""
    action = CaseEvent.action
    raw = case(
        (action.in_(sorted(ENDING_ACTIONS)), literal(_END)),
        (
            and_(action == StageAction.REVIEW_OPINION.value, CaseEvent.data["conclusion"].as_string() == REVIEW_PASS),
            literal(CaseStage.APPROVAL.value),
        ),
        (
            action.in_((StageAction.DECIDE_APPROVE.value, StageAction.DECIDE_DENY.value)),
            literal(CaseStage.APPROVAL.value),
        ),
        (action == CaseAction.FORWARD_RETURNED.value, literal(_RETURN)),
        (action == StageAction.JOINT_OPINION.value, literal(_JOINT_ANSWER)),
        *((action == a, literal(s.value)) for a, s in sorted(STAGE_ENTERING.items())),
        else_=None,
    )
    parties = case((action == StageAction.JOINT_START.value, _parties_count(dialect)), else_=None)
    moves = (
        select(
            CaseEvent.case_id,
            CaseEvent.id.label("event_id"),
            CaseEvent.at,
            CaseEvent.day,
            raw.label("mark"),
            parties.label("parties"),
        )
        .where(raw.is_not(None))
        .subquery("moves")
    )

    # 2. 联办意见: the answer that completes the co-departments' sign-off enters 审批.
    answers = func.count(case((moves.c.mark == _JOINT_ANSWER, 1), else_=None)).over(
        partition_by=moves.c.case_id, order_by=(moves.c.at, moves.c.event_id), rows=(None, 0)
    )
    asked = func.max(moves.c.parties).over(
        partition_by=moves.c.case_id, order_by=(moves.c.at, moves.c.event_id), rows=(None, 0)
    )
    first_end = func.min(case((moves.c.mark == _END, moves.c.at), else_=None)).over(partition_by=moves.c.case_id)
    resolved = (
        select(
            moves.c.case_id,
            moves.c.event_id,
            moves.c.at,
            moves.c.day,
            case(
                (and_(moves.c.mark == _JOINT_ANSWER, answers >= asked), literal(CaseStage.APPROVAL.value)),
                (moves.c.mark == _JOINT_ANSWER, None),
                else_=moves.c.mark,
            ).label("mark"),
            first_end.label("first_end"),
        )
    ).subquery("resolved")

    # 3. Nothing after the ending event; 上级办结返回 back to the stage before the 上报.
    before_forward = func.lag(resolved.c.mark, 2).over(
        partition_by=resolved.c.case_id, order_by=(resolved.c.at, resolved.c.event_id)
    )
    back = case(
        (
            or_(before_forward.is_(None), before_forward.in_((CaseStage.FORWARDED.value, _RETURN, _END))),
            literal(CaseStage.APPROVAL.value),
        ),
        else_=before_forward,
    )
    stages = (
        select(
            resolved.c.case_id,
            resolved.c.event_id,
            resolved.c.at,
            resolved.c.day,
            case((resolved.c.mark == _RETURN, back), else_=resolved.c.mark).label("stage"),
        ).where(
            resolved.c.mark.is_not(None),
            or_(resolved.c.first_end.is_(None), resolved.c.at <= resolved.c.first_end),
        )
    ).subquery("stages")

    # 4. Entering the stage the case is in is no move.
    marked = select(
        stages.c.case_id,
        stages.c.event_id,
        stages.c.at,
        stages.c.day,
        stages.c.stage,
        func.lag(stages.c.stage)
        .over(partition_by=stages.c.case_id, order_by=(stages.c.at, stages.c.event_id))
        .label("previous"),
    ).subquery("marked")
    kept = (
        select(marked.c.case_id, marked.c.event_id, marked.c.at, marked.c.day, marked.c.stage).where(
            or_(marked.c.previous.is_(None), marked.c.previous != marked.c.stage)
        )
    ).subquery("kept")

    # 5. A stay lasts until the next move (or the ending event).
    spans = select(
        kept.c.case_id,
        kept.c.stage,
        kept.c.day.label("entered_on"),
        func.lead(kept.c.day, type_=Date)
        .over(partition_by=kept.c.case_id, order_by=(kept.c.at, kept.c.event_id))
        .label("left_on"),
    ).subquery("spans")
    return (
        select(spans.c.case_id, spans.c.stage, spans.c.entered_on, spans.c.left_on)
        .where(spans.c.stage != _END)
        .subquery("stage_spans")
    )


def _workdays(calendar: WorkCalendar, start: date, end: date) -> int:
    try:
        return calendar.workdays_between(start, end)
    except CalendarError:
        return 0


def stage_figures(session: Session, period: Period, calendar: WorkCalendar, today: date) -> tuple[StageFigure, ...]:
    """Per stage over ``period``: cases in it at the period's end, stays entered and left
    in the period, and the working days the left ones took (mean and longest)."""
    spans = stage_spans(session.get_bind().dialect.name)
    end = min(period.end, today)
    groups: Sequence[Any] = session.execute(
        select(spans.c.stage, spans.c.entered_on, spans.c.left_on, func.count())
        .where(
            spans.c.entered_on <= period.end,
            or_(spans.c.left_on.is_(None), spans.c.left_on >= period.start),
        )
        .group_by(spans.c.stage, spans.c.entered_on, spans.c.left_on)
    ).all()
    acc: dict[str, dict[str, int]] = {
        s.value: {"current": 0, "entered": 0, "left": 0, "days": 0, "longest": 0, "open_days": 0} for s in CaseStage
    }
    for stage, entered_on, left_on, n in groups:
        a = acc.get(str(stage))
        if a is None:
            continue
        if period.contains(entered_on):
            a["entered"] += n
        if left_on is not None and period.contains(left_on):
            took = _workdays(calendar, entered_on, left_on)
            a["left"] += n
            a["days"] += took * n
            a["longest"] = max(a["longest"], took)
        if left_on is None or left_on > period.end:
            a["current"] += n
            if stage != CaseStage.ARCHIVED.value:
                a["open_days"] = max(a["open_days"], _workdays(calendar, entered_on, max(end, entered_on)))
    return tuple(
        StageFigure(
            stage=s.value,
            current=acc[s.value]["current"],
            entered=acc[s.value]["entered"],
            left=acc[s.value]["left"],
            avg_workdays=round(acc[s.value]["days"] / acc[s.value]["left"], 1) if acc[s.value]["left"] else None,
            longest_workdays=acc[s.value]["longest"],
            longest_open_workdays=acc[s.value]["open_days"],
        )
        for s in CaseStage
    )
