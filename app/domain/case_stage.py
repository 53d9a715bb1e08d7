"""Where a case is in the hall's flow (its stage), folded from its appended events.

A case is accepted at a front window (受理), reviewed and decided by the back office of
the matter's department (审查 → 审批), possibly signed off in parallel by co-departments
(联办) or forwarded to a higher authority (上报), then waits at the output window
(待出件) until the result reaches the applicant (已送达) and the file is closed (已归档)
— seed 001 and 003: 前台综合受理、后台分类审批、统一窗口出件.

Nobody rewrites the owner's case row to move it: each step is a case event appended by
whoever acted (DESIGN.md "ownership instead of conflicts"). The stage, the working days
each stage took, the co-departments' answers and the higher authority's limit are all
derived here from those events with the hall's working-day calendar, so every PC and the
center compute the same timeline from the same events.

The event types that move a stage:

=============================  ======================================================
event (``case_events.action``)  effect
=============================  ======================================================
受理 / 容缺受理 / 逾期告知补正    → 受理 (window)
后台签收                         → 审查 (back office of the department)
审查意见 (``conclusion``)         通过 → 审批; 需补正 / 退回意见 stay in 审查
后台要求补正                     stays; the owning window issues the 补正材料通知书
发起联办 (``parties``)            → 联办; each co-department has its own limit
联办意见 (``answer``)             all answered → 审批
上报 (``authority``, ``limit_days``) → 上报; 上级办结返回 → back to the stage before
审批准予 / 审批不予许可           the decision (stays 审批 until 办结)
登记结果                         证照 name and number or a result document
后台办结 / 准予 / 不予            → 待出件
出件 / 送达 / 即办办结            → 已送达;  邮件退回 → 待出件
归档                             → 已归档
不予受理 / 一次性告知 / 退回 / 撤回  the case ends without a result
=============================  ======================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseAction
from app.domain.errors import CalendarError


class CaseStage(StrEnum):
    """The stage of a case on every list; the value is the label."""

    ACCEPTANCE = "受理"
    REVIEW = "审查"
    APPROVAL = "审批"
    JOINT = "联办"
    FORWARDED = "上报"
    AWAITING_OUTPUT = "待出件"
    DELIVERED = "已送达"
    ARCHIVED = "已归档"

    @property
    def label(self) -> str:
        return self.value


class StageAction(StrEnum):
    """Case events appended by the back office, co-departments and the output window."""

    TAKE_OVER = "后台签收"
    REVIEW_OPINION = "审查意见"
    ASK_SUPPLEMENT = "后台要求补正"
    DECIDE_APPROVE = "审批准予"
    DECIDE_DENY = "审批不予许可"
    RECORD_RESULT = "登记结果"
    COMPLETE = "后台办结"
    JOINT_START = "发起联办"
    JOINT_OPINION = "联办意见"
    HAND_OVER = "出件"
    MAIL_RETURNED = "邮件退回"
    ARCHIVE = "归档"

    @property
    def label(self) -> str:
        return self.value


#: 审查意见 conclusions; only 通过 moves the case on to 审批.
REVIEW_PASS = "通过"
REVIEW_CONCLUSIONS = (REVIEW_PASS, "需补正", "建议不予许可")
#: Answers of a co-department (联办意见).
AGREE = "同意"
DISAGREE = "不同意"
JOINT_ANSWERS = (AGREE, DISAGREE)

_S = CaseStage
_A = CaseAction
_B = StageAction

#: Events that put the case into a stage, whatever it was in.
_ENTERS: Mapping[str, CaseStage] = {
    _A.ACCEPT.value: _S.ACCEPTANCE,
    _A.ACCEPT_WITH_DEFICIENCY.value: _S.ACCEPTANCE,
    _A.NOTIFY_LATE.value: _S.ACCEPTANCE,
    _B.TAKE_OVER.value: _S.REVIEW,
    _B.JOINT_START.value: _S.JOINT,
    _A.FORWARD.value: _S.FORWARDED,
    _B.COMPLETE.value: _S.AWAITING_OUTPUT,
    _A.APPROVE.value: _S.AWAITING_OUTPUT,
    _A.DENY.value: _S.AWAITING_OUTPUT,
    _B.HAND_OVER.value: _S.DELIVERED,
    _A.DELIVER.value: _S.DELIVERED,
    _A.FINISH.value: _S.DELIVERED,
    _B.MAIL_RETURNED.value: _S.AWAITING_OUTPUT,
    _B.ARCHIVE.value: _S.ARCHIVED,
}

#: The events that put a case into a stage by their action alone (the SQL statistics
#: map them the same way as :func:`fold_stages`).
STAGE_ENTERING: Mapping[str, CaseStage] = _ENTERS

#: Events that end the case without a result (the timeline stops).
ENDING_ACTIONS = frozenset({_A.REFUSE.value, _A.NOTIFY.value, _A.RETURN.value, _A.WITHDRAW.value})

#: Stages in which the back office of the matter's department has the case.
BACK_OFFICE_STAGES = frozenset({_S.REVIEW, _S.APPROVAL, _S.JOINT, _S.FORWARDED})
#: Stages in which the case is still on its way to a result.
OPEN_STAGES = frozenset({_S.ACCEPTANCE}) | BACK_OFFICE_STAGES


class EventLike(Protocol):
    """What the fold reads of a case event (a ``case_events`` row satisfies it)."""

    action: str
    day: date
    at: datetime
    note: str
    data: dict[str, Any]


@dataclass(frozen=True)
class StageSpan:
    """One stay in a stage: from the day it was entered to the day it was left (or today)."""

    stage: CaseStage
    entered_on: date
    entered_at: datetime
    left_on: date | None
    #: Working days of the hall calendar in ``(entered_on, left_on or today]``.
    workdays: int
    #: Who had the case meanwhile (department code for back-office stages, else "").
    department: str = ""


@dataclass(frozen=True)
class CoSignOff:
    """One co-department of a 联办件: its limit and its answer."""

    department: str
    limit_days: int
    due: date | None
    answer: str | None = None
    reason: str = ""
    answered_on: date | None = None
    staff_name: str = ""

    def is_late(self, today: date) -> bool:
        """Not answered by its due day (or answered after it)."""
        if self.due is None:
            return False
        if self.answered_on is not None:
            return self.answered_on > self.due
        return today > self.due


@dataclass(frozen=True)
class JointReview:
    """A 联办件's parallel sign-off: the lead department and its co-departments."""

    lead: str
    started_on: date
    parties: tuple[CoSignOff, ...]

    @property
    def complete(self) -> bool:
        return all(p.answer is not None for p in self.parties)

    @property
    def waiting_for(self) -> tuple[str, ...]:
        return tuple(p.department for p in self.parties if p.answer is None)

    @property
    def disagreeing(self) -> tuple[str, ...]:
        return tuple(p.department for p in self.parties if p.answer == DISAGREE)

    def late(self, today: date) -> tuple[CoSignOff, ...]:
        return tuple(p for p in self.parties if p.is_late(today))


@dataclass(frozen=True)
class Forwarding:
    """A 上报件: the higher authority, its own limit, and its reply."""

    authority: str
    limit_days: int
    forwarded_on: date
    due: date | None
    replied_on: date | None = None
    reply: str = ""

    def is_late(self, today: date) -> bool:
        if self.due is None:
            return False
        return (self.replied_on or today) > self.due


@dataclass(frozen=True)
class StageTimeline:
    """A case's stages with their working days, and the facts of its back-office steps."""

    spans: tuple[StageSpan, ...]
    ended_by: str | None = None
    ended_on: date | None = None
    #: 准予 or 不予许可 once the back office (or the window) decided.
    decision: str | None = None
    #: The result registered (证照 name, number or document title).
    result: Mapping[str, str] = field(default_factory=dict)
    joint: JointReview | None = None
    forwardings: tuple[Forwarding, ...] = ()
    #: Material problems the back office asked the owning window to request (line id → problem).
    supplement_asked: Mapping[str, str] = field(default_factory=dict)

    @property
    def current(self) -> CaseStage | None:
        """The stage now, ``None`` before acceptance and after an end without result."""
        if not self.spans or self.ended_by is not None:
            return None
        return self.spans[-1].stage

    @property
    def current_span(self) -> StageSpan | None:
        return self.spans[-1] if self.current is not None else None

    def workdays_by_stage(self) -> dict[CaseStage, int]:
        """Working days spent in each stage (several stays added up), in stage order."""
        total: dict[CaseStage, int] = {}
        for stage in CaseStage:
            days = [s.workdays for s in self.spans if s.stage is stage]
            if days:
                total[stage] = sum(days)
        return total

    @property
    def forwarding(self) -> Forwarding | None:
        """The latest 上报, if any."""
        return self.forwardings[-1] if self.forwardings else None


def _workdays(calendar: WorkCalendar, start: date, end: date) -> int:
    try:
        return calendar.workdays_between(start, end)
    except CalendarError:
        return 0


def _due(calendar: WorkCalendar, start: date, days: int) -> date | None:
    try:
        return calendar.add_workdays(start, days)
    except CalendarError:
        return None


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return str(value).strip() if value is not None else ""


def fold_stages(events: Iterable[EventLike], calendar: WorkCalendar, today: date) -> StageTimeline:
    """The case's stage timeline as of ``today`` from its events (any order; sorted by time)."""
    # Same instant (one clock tick, a test's fixed clock): the ids (UUIDv7) keep the order.
    ordered = sorted(events, key=lambda e: (e.at, str(getattr(e, "id", "") or "")))
    spans: list[tuple[CaseStage, date, datetime, str]] = []
    closed: list[StageSpan] = []
    ended_by: str | None = None
    ended_on: date | None = None
    decision: str | None = None
    result: dict[str, str] = {}
    joint: JointReview | None = None
    forwardings: list[Forwarding] = []
    supplement: dict[str, str] = {}
    before_forward: CaseStage | None = None

    def enter(stage: CaseStage, event: EventLike, department: str = "") -> None:
        if spans:
            prev, day, at, dept = spans.pop()
            if prev is stage and not department:
                department = dept
            closed.append(StageSpan(prev, day, at, event.day, _workdays(calendar, day, event.day), dept))
        spans.append((stage, event.day, event.at, department))

    for event in ordered:
        data = event.data or {}
        action = event.action
        if ended_by is not None:
            break
        department = _text(data, "department")
        current = spans[-1][0] if spans else None
        if action in ENDING_ACTIONS:
            if current is not None:
                prev, day, at, dept = spans.pop()
                closed.append(StageSpan(prev, day, at, event.day, _workdays(calendar, day, event.day), dept))
            ended_by, ended_on = action, event.day
            continue
        if action == _B.REVIEW_OPINION.value:
            if _text(data, "conclusion") == REVIEW_PASS:
                enter(_S.APPROVAL, event, department)
            continue
        if action == _B.ASK_SUPPLEMENT.value:
            lines = data.get("lines") or {}
            supplement = {str(k): str(v) for k, v in lines.items()}
            continue
        if action == _A.RECEIVE_SUPPLEMENT.value:
            supplement = {}
            continue
        if action in (_B.DECIDE_APPROVE.value, _B.DECIDE_DENY.value):
            decision = "准予" if action == _B.DECIDE_APPROVE.value else "不予许可"
            if current is not _S.APPROVAL:
                enter(_S.APPROVAL, event, department)
            continue
        if action == _B.RECORD_RESULT.value:
            result = {k: _text(data, k) for k in ("name", "number", "document") if _text(data, k)}
            continue
        if action == _B.JOINT_START.value:
            parties = tuple(
                CoSignOff(
                    department=str(p["department"]),
                    limit_days=int(p["limit_days"]),
                    due=_due(calendar, event.day, int(p["limit_days"])),
                )
                for p in data.get("parties") or ()
            )
            joint = JointReview(lead=department or _text(data, "lead"), started_on=event.day, parties=parties)
            enter(_S.JOINT, event, joint.lead)
            continue
        if action == _B.JOINT_OPINION.value:
            if joint is None:
                continue
            joint = JointReview(
                lead=joint.lead,
                started_on=joint.started_on,
                parties=tuple(
                    CoSignOff(
                        p.department,
                        p.limit_days,
                        p.due,
                        answer=_text(data, "answer"),
                        reason=_text(data, "reason"),
                        answered_on=event.day,
                        staff_name=_text(data, "staff_name"),
                    )
                    if p.department == department and p.answer is None
                    else p
                    for p in joint.parties
                ),
            )
            if joint.complete and current is _S.JOINT:
                enter(_S.APPROVAL, event, joint.lead)
            continue
        if action == _A.FORWARD.value:
            limit = int(data.get("limit_days") or 0)
            forwardings.append(
                Forwarding(
                    authority=_text(data, "authority") or event.note,
                    limit_days=limit,
                    forwarded_on=event.day,
                    due=_due(calendar, event.day, limit) if limit else None,
                )
            )
            before_forward = current
            enter(_S.FORWARDED, event, _text(data, "authority") or event.note)
            continue
        if action == _A.FORWARD_RETURNED.value:
            if forwardings:
                last = forwardings[-1]
                forwardings[-1] = Forwarding(
                    last.authority,
                    last.limit_days,
                    last.forwarded_on,
                    last.due,
                    replied_on=event.day,
                    reply=_text(data, "reply") or event.note,
                )
            back = before_forward if before_forward not in (None, _S.FORWARDED) else _S.APPROVAL
            enter(back, event, department if back in BACK_OFFICE_STAGES else "")
            continue
        stage = _ENTERS.get(action)
        if stage is None:
            continue
        if action in (_A.APPROVE.value, _A.DENY.value) and decision is None:
            decision = "准予" if action == _A.APPROVE.value else "不予许可"
        if stage is current:
            continue
        enter(stage, event, department)

    for stage, day, at, dept in spans:
        # An archived file takes no more time; every other stage counts until today.
        days = 0 if stage is _S.ARCHIVED else _workdays(calendar, day, today)
        closed.append(StageSpan(stage, day, at, None, days, dept))
    return StageTimeline(
        spans=tuple(closed),
        ended_by=ended_by,
        ended_on=ended_on,
        decision=decision,
        result=result,
        joint=joint,
        forwardings=tuple(forwardings),
        supplement_asked=supplement,
    )
