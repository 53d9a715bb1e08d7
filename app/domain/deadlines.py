"""Time limits of a case, counted in working days as the seeds and 行政许可法 require.

The rules (seed 000 《限时办结制度》 §6–§9, §13; 行政许可法 §32, §42, §45, §82):

* limits are working days of the hall's :class:`~app.domain.calendar.WorkCalendar`;
* the clock starts the day **after** acceptance (§8: “从……作出受理决定的次日起计算”);
* a matter without a legal limit gets :data:`DEFAULT_LEGAL_LIMIT` = 20 working days (§6),
  an 即办件 gets 0 (finished the same day);
* the promised limit should be at most 50 % of the legal one (§6) — a warning, not a block;
* after a supplement request (补正) the limit is counted **afresh** from the day after the
  supplements arrive (§8; 行政许可法 §32 makes the complete submission the acceptance);
  if the office's first notice forgot something, the limit still runs from the day after
  the *first* supplements arrived (§8, last sentence) — record that second request as
  :attr:`ClockEventKind.OMISSION_SUPPLEMENT_REQUESTED`, which does not stop the clock;
* a 补正 notice issued after the five working days of §32 (the application is then deemed
  accepted on receipt): record :attr:`ClockEventKind.LATE_SUPPLEMENT_REQUESTED`. The days
  counted since receipt are kept and the wait for the supplements does not count; the
  limit does not start over, because the delay was the office's own;
* special procedures (听证、检验、检测、检疫、鉴定、专家评审, 行政许可法 §45), a higher
  authority's processing (§9) and delays caused by the applicant (§13) do not count.

Counting convention (one rule for every stop, tested in ``tests/domain/test_deadlines.py``):
a clock that is *running after day X* counts each working day ``> X``. An event that
stops the clock on day S (补正 requested, suspended, applicant delay started) stops it
so that S itself does **not** count — the clock counted up to S−1. An event that starts it
again on day R (resumed, applicant delay ended) makes it run after R, so R does not count
either and counting resumes on the first working day after R. Days counted before a
suspension or applicant delay are kept; days counted before a 补正 request are dropped,
because the limit starts over when the supplements arrive.

Dates are hall-local :class:`datetime.date`; converting timestamps is the caller's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseAction
from app.domain.enums import CaseKind
from app.domain.errors import CalendarError

#: Legal limit of a matter whose law sets none (seed 000, 限时办结制度 §6).
DEFAULT_LEGAL_LIMIT = 20

#: The promised limit should be at most this share of the legal limit (same §6).
PROMISED_SHARE = 0.5

#: Working days the office has to issue a 补正 notice (行政许可法 §32).
SUPPLEMENT_NOTICE_DAYS = 5

#: Most working days one 延时办理 may add (行政许可法 §42: 经负责人批准，可以延长十日).
MAX_EXTENSION_DAYS = 10

#: A 退回件 that cannot be returned on the spot goes back within this many working days
#: after acceptance (seed 003: “不能当场退回的，最迟不得超过3天退回”).
RETURN_LIMIT_DAYS = 3

#: Default “near due” threshold of :meth:`CaseClock.status`, in working days.
NEAR_DUE_DAYS = 3


class ClockEventKind(StrEnum):
    """Something that happened to a case and matters to its clock."""

    ACCEPTED = "受理"
    SUPPLEMENT_REQUESTED = "要求补正"
    LATE_SUPPLEMENT_REQUESTED = "逾期告知补正"
    OMISSION_SUPPLEMENT_REQUESTED = "补告遗漏的补正内容"
    SUPPLEMENT_RECEIVED = "收到补正材料"
    SUSPENDED = "中止计时"
    RESUMED = "恢复计时"
    APPLICANT_DELAY_START = "申请人原因延误开始"
    APPLICANT_DELAY_END = "申请人原因延误结束"


@dataclass(frozen=True)
class ClockEvent:
    """One dated clock event; ``note`` (e.g. “专家评审”) is for display only."""

    kind: ClockEventKind
    day: date
    note: str = ""


#: Reasons for :attr:`ClockEventKind.SUSPENDED` offered to the clerk: the special procedures
#: of 行政许可法 §45 and a higher authority's processing (seed 000, 限时办结制度 §9).
SUSPENSION_REASONS = ("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审", "上级机关办理")

_CLOCK_EVENT_OF_ACTION = {
    CaseAction.ACCEPT: ClockEventKind.ACCEPTED,
    CaseAction.ACCEPT_WITH_DEFICIENCY: ClockEventKind.ACCEPTED,
    CaseAction.FINISH: ClockEventKind.ACCEPTED,
    CaseAction.REQUEST_SUPPLEMENT: ClockEventKind.SUPPLEMENT_REQUESTED,
    CaseAction.NOTIFY_LATE: ClockEventKind.LATE_SUPPLEMENT_REQUESTED,
    CaseAction.RECEIVE_SUPPLEMENT: ClockEventKind.SUPPLEMENT_RECEIVED,
    CaseAction.SUSPEND: ClockEventKind.SUSPENDED,
    CaseAction.RESUME: ClockEventKind.RESUMED,
    CaseAction.REQUEST_OMITTED: ClockEventKind.OMISSION_SUPPLEMENT_REQUESTED,
    CaseAction.APPLICANT_PAUSE: ClockEventKind.APPLICANT_DELAY_START,
    CaseAction.APPLICANT_RESUME: ClockEventKind.APPLICANT_DELAY_END,
    # A higher authority's processing does not count (seed 000, 限时办结制度 §9).
    CaseAction.FORWARD: ClockEventKind.SUSPENDED,
    CaseAction.FORWARD_RETURNED: ClockEventKind.RESUMED,
}

#: Case actions that move a running clock, and how (acceptance is the clock's start, not here).
CLOCK_ACTIONS = {
    action.value: kind for action, kind in _CLOCK_EVENT_OF_ACTION.items() if kind is not ClockEventKind.ACCEPTED
}


def clock_event_for(action: CaseAction) -> ClockEventKind | None:
    """The clock event a case action records, so the state machine and the clock never disagree.

    Acceptance in any form (受理, 容缺受理, 即办办结) starts the clock; 补正 and 中止/恢复
    stop and restart it. Applicant-caused delays and omission supplement requests change no
    case state and are recorded as clock events directly. Other actions leave the clock alone.
    """
    return _CLOCK_EVENT_OF_ACTION.get(action)


class ClockStatus(StrEnum):
    """What a case list shows next to a case."""

    NORMAL = "正常"
    NEAR_DUE = "即将到期"
    OVERDUE = "已超期"
    STOPPED = "暂停计时"


class ExtensionState(StrEnum):
    """Where a case's request for a 延时 (longer limit) stands."""

    PENDING = "待审批"
    APPROVED = "已批准"
    REFUSED = "不批准"


@dataclass(frozen=True)
class _Segment:
    """The clock ran over working days in ``(after, until]``; ``until is None`` = still running."""

    after: date
    until: date | None


@dataclass(frozen=True)
class _Folded:
    anchor: date
    segments: tuple[_Segment, ...]
    stopped: bool


_STOPS = {
    ClockEventKind.SUPPLEMENT_REQUESTED: "supplement",
    ClockEventKind.LATE_SUPPLEMENT_REQUESTED: "late_supplement",
    ClockEventKind.SUSPENDED: "suspension",
    ClockEventKind.APPLICANT_DELAY_START: "applicant",
}
_STARTS = {
    ClockEventKind.SUPPLEMENT_RECEIVED: "supplement",
    ClockEventKind.RESUMED: "suspension",
    ClockEventKind.APPLICANT_DELAY_END: "applicant",
}
_REASON_ZH = {
    "supplement": "补正",
    "late_supplement": "补正",
    "suspension": "中止计时",
    "applicant": "申请人原因延误",
}


def _fold(events: Iterable[ClockEvent]) -> _Folded:
    """Turn the event list into counting segments, checking that it makes sense."""
    ordered = list(events)
    if not ordered or ordered[0].kind is not ClockEventKind.ACCEPTED:
        raise CalendarError("计时记录必须以“受理”开始")
    anchor = ordered[0].day
    segments: list[_Segment] = []
    running_after: date | None = anchor
    active: set[str] = set()
    omission_pending = False
    previous = anchor
    for event in ordered[1:]:
        if event.day < previous:
            raise CalendarError(f"计时记录的日期顺序有误：“{event.kind}”（{event.day.isoformat()}）早于前一条记录")
        previous = event.day
        if event.kind is ClockEventKind.ACCEPTED:
            raise CalendarError("计时记录中“受理”只能出现一次")
        if event.kind is ClockEventKind.OMISSION_SUPPLEMENT_REQUESTED:
            if omission_pending or "supplement" in active or "late_supplement" in active:
                raise CalendarError("已有未收到的补正要求，不能再次告知补正")
            omission_pending = True
            continue
        if event.kind is ClockEventKind.SUPPLEMENT_RECEIVED and omission_pending:
            omission_pending = False
            continue
        if event.kind in _STOPS:
            reason = _STOPS[event.kind]
            if reason in active or (reason in ("supplement", "late_supplement") and omission_pending):
                raise CalendarError(f"“{_REASON_ZH[reason]}”已在进行中，不能重复开始")
            if running_after is not None:
                segments.append(_Segment(running_after, event.day - timedelta(days=1)))
                running_after = None
            active.add(reason)
            if reason == "supplement":
                segments.clear()
            continue
        reason = _STARTS[event.kind]
        if reason == "supplement" and "late_supplement" in active:
            reason = "late_supplement"
        if reason not in active:
            raise CalendarError(f"“{event.kind}”之前没有对应的“{_REASON_ZH[reason]}”开始记录")
        active.discard(reason)
        if reason == "supplement":
            anchor = event.day
        if not active:
            running_after = event.day
    if running_after is not None:
        segments.append(_Segment(running_after, None))
    return _Folded(anchor=anchor, segments=tuple(segments), stopped=running_after is None)


class CaseClock:
    """A case's clock, folded from its dated events in the order they happened.

    ``CaseClock(calendar, events, limit_days)``; events on the same day apply in list
    order. ``limit_days`` (the case's promised limit) is the default of every method that
    takes a limit, so a case list can ask ``clock.status(today)``; passing a limit to a
    method overrides it (e.g. to check the legal limit too). An inconsistent history
    (resume without suspension, events out of order, no acceptance first) raises
    :class:`CalendarError` at construction.
    """

    def __init__(self, calendar: WorkCalendar, events: Iterable[ClockEvent], limit_days: int | None = None) -> None:
        self._calendar = calendar
        self._events = tuple(events)
        self._folded = _fold(self._events)
        self._limit = limit_days

    def _limit_of(self, limit_days: int | None) -> int:
        limit = self._limit if limit_days is None else limit_days
        if limit is None:
            raise CalendarError("未设定办理时限，无法计算到期日")
        if limit < 0:
            raise CalendarError(f"办理时限不能为负数：{limit}")
        return limit

    @property
    def events(self) -> tuple[ClockEvent, ...]:
        return self._events

    @property
    def anchor(self) -> date:
        """The acceptance day, or the day complete supplements arrived: the day the limit is counted from."""
        return self._folded.anchor

    def is_stopped(self) -> bool:
        """Whether the clock is stopped after the last event (补正 pending, suspended, applicant delay)."""
        return self._folded.stopped

    def _as_of(self, today: date) -> _Folded:
        """The clock as it stood at the end of ``today`` (before acceptance: just accepted)."""
        if today >= self._events[-1].day:
            return self._folded
        return _fold([e for e in self._events if e.day <= today] or self._events[:1])

    def _due(self, folded: _Folded, limit_days: int) -> date | None:
        if limit_days == 0:
            return folded.anchor
        used = 0
        for segment in folded.segments:
            if segment.until is None:
                return self._calendar.add_workdays(segment.after, limit_days - used)
            span = self._calendar.workdays_between(segment.after, segment.until)
            if used + span >= limit_days:
                return self._calendar.add_workdays(segment.after, limit_days - used)
            used += span
        return None

    def _used(self, folded: _Folded, today: date) -> int:
        used = 0
        for segment in folded.segments:
            end = today if segment.until is None else min(segment.until, today)
            used += self._calendar.workdays_between(segment.after, end)
        return used

    def used_days(self, today: date) -> int:
        """Working days counted up to and including ``today`` since the limit last (re)started."""
        return self._used(self._as_of(today), today)

    def due_date(self, limit_days: int | None = None) -> date | None:
        """The last day of a limit of ``limit_days`` working days; ``None`` while the clock is stopped.

        ``limit_days == 0`` (即办件) is due on the anchor day itself. While stopped, the
        due date is unknown until the clock runs again, unless the limit was already used up
        before the stop (then that past day is returned).
        """
        return self._due(self._folded, self._limit_of(limit_days))

    def due_is_provisional(self, limit_days: int | None = None) -> bool:
        """Whether the due date depends on a provisional calendar day (shown as 暂定).

        The span from acceptance to the due date is checked; a stopped clock has no due
        date and nothing to mark.
        """
        due = self.due_date(limit_days)
        if due is None:
            return False
        return self._calendar.provisional_between(self._events[0].day, due)

    def days_left(self, today: date, limit_days: int | None = None) -> int:
        """The limit minus the working days counted up to ``today``: ``0`` = due today, negative = overdue.

        Only counted days enter, so a suspension freezes the figure (also when already
        overdue). A running clock past its due date is at least ``-1`` late even on a
        weekend right after a Friday due date.
        """
        limit = self._limit_of(limit_days)
        folded = self._as_of(today)
        left = limit - self._used(folded, today)
        if not folded.stopped and left >= 0:
            due = self._due(folded, limit)
            if due is not None and today > due:
                return -1
        return left

    def status(self, today: date, limit_days: int | None = None, *, near_days: int = NEAR_DUE_DAYS) -> ClockStatus:
        """Stopped, overdue, near due (``days_left <= near_days``) or normal, as of ``today``.

        A stopped clock is reported as stopped even when the limit was already used up
        before the stop; :meth:`days_left` then tells how late it is.
        """
        limit = self._limit_of(limit_days)
        if self._as_of(today).stopped:
            return ClockStatus.STOPPED
        left = self.days_left(today, limit)
        if left < 0:
            return ClockStatus.OVERDUE
        if left <= near_days:
            return ClockStatus.NEAR_DUE
        return ClockStatus.NORMAL


# -- limits of a matter -----------------------------------------------------------------


def effective_legal_limit(legal_days: int | None, kind: CaseKind = CaseKind.PROMISED) -> int:
    """The legal limit used for counting: the catalog's, else 20 working days, 0 for an 即办件."""
    if kind is CaseKind.IMMEDIATE:
        return 0
    if legal_days is None:
        return DEFAULT_LEGAL_LIMIT
    if legal_days < 0:
        raise CalendarError(f"法定时限不能为负数：{legal_days}")
    return legal_days


def promised_limit_warning(promised_days: int, legal_days: int | None) -> str | None:
    """A Chinese warning when the promised limit is not compressed to ≤ 50 % of the legal one.

    Returned, not raised: the catalog may keep such a matter (seed 000 says 原则上), but the
    administrator should see why it stands out. ``None`` means nothing to say.
    """
    legal = DEFAULT_LEGAL_LIMIT if legal_days is None else legal_days
    source = "法定时限" if legal_days is not None else "法定时限（法律未规定，按20个工作日计）"
    if promised_days > legal:
        return f"承诺时限（{promised_days}个工作日）超过了{source}（{legal}个工作日）"
    ceiling = int(legal * PROMISED_SHARE)
    if promised_days > ceiling:
        return (
            f"承诺时限（{promised_days}个工作日）超过{source}（{legal}个工作日）的50%，"
            f"原则上应压缩到{ceiling}个工作日以内"
        )
    return None


# -- 行政许可法 §32: five working days to ask for supplements --------------------------------


class FiveDayState(StrEnum):
    OK = "正常"
    APPROACHING = "即将届满"
    DEEMED_ACCEPTED = "逾期视为受理"


@dataclass(frozen=True)
class FiveDayStatus:
    """Where an application without a decision stands against the five-day rule.

    ``deadline`` is the last day a 补正 notice may be given; ``days_left`` counts working
    days after ``today`` up to it (0 = today is the last day, negative once passed).
    """

    state: FiveDayState
    deadline: date
    days_left: int
    #: The deadline depends on a provisional calendar day (暂定).
    provisional: bool = False


def five_day_rule(received_on: date, today: date, cal: WorkCalendar) -> FiveDayStatus:
    """行政许可法 §32: a 补正 notice must go out within 5 working days of receiving the materials.

    Counted like every limit, from the day after receipt. Past the deadline the application
    counts as accepted on ``received_on`` (deemed accepted). The last two working days
    (``days_left`` 1 or 0) are “approaching”, so the window is warned while it can still act.
    """
    deadline = cal.add_workdays(received_on, SUPPLEMENT_NOTICE_DAYS)
    provisional = cal.provisional_between(received_on, deadline)
    if today > deadline:
        late = -max(1, cal.workdays_between(deadline, today))
        return FiveDayStatus(FiveDayState.DEEMED_ACCEPTED, deadline, late, provisional)
    left = cal.workdays_between(today, deadline)
    state = FiveDayState.APPROACHING if left <= 1 else FiveDayState.OK
    return FiveDayStatus(state, deadline, left, provisional)
