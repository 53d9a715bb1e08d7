"""Deadlines of the hall's registers: complaints, “办不成事” reports, bad-rating follow-ups.

Sources (seeds 000 and 003):

* 投诉 (seed 000 《举报投诉受理制度》 §5; seed 003 §22): a simple complaint made on site is
  settled on the spot (the same day), a simple one by phone, letter or online within 1
  working day, a complex one within 3; a complex one may be extended, with a reason told
  to the complainant, to at most 15 working days in all. Complaints through the window
  evaluator count as on-site (seed 000 lists 窗口评价装置 under 现场投诉).
* “办不成事” (seed 000 《“办不成事”反映窗口工作制度》 §5): simple ones at once (即收即转即办即复,
  the same day), general ones within 2 working days, complex ones get **progress feedback**
  within 5 working days and are then followed until done.
* 差评回访整改 (seed 003 §27, “在规定时间整改到位”): no seed fixes the period, so the hall
  configures it; default 5 working days.

All periods are counted like case limits: from the day after receipt, in working days of
the hall's :class:`~app.domain.calendar.WorkCalendar`; “the same day” is the receipt day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.calendar import WorkCalendar
from app.domain.enums import ComplaintChannel, Complexity
from app.domain.errors import ValidationError

#: Working days for a simple off-site complaint / a complex complaint / the extended maximum.
COMPLAINT_SIMPLE_OFFSITE_DAYS = 1
COMPLAINT_COMPLEX_DAYS = 3
COMPLAINT_MAX_DAYS = 15

#: Working days for a general “办不成事” report and for a complex one's progress feedback.
CANNOT_DO_GENERAL_DAYS = 2
CANNOT_DO_COMPLEX_PROGRESS_DAYS = 5

#: Default working days to follow up a bad rating; halls may configure another figure.
BAD_RATING_FOLLOWUP_DAYS = 5

ON_SITE_CHANNELS = frozenset({ComplaintChannel.ON_SITE, ComplaintChannel.EVALUATOR})


class DueKind(StrEnum):
    """What must happen by the due date."""

    SETTLE = "办结"
    FEEDBACK = "办理反馈"
    PROGRESS = "反馈进度"
    FOLLOW_UP = "回访整改"


@dataclass(frozen=True)
class RegisterDeadline:
    """A register entry's deadline; ``days`` is the working-day period (0 = same day)."""

    due: date
    days: int
    kind: DueKind
    extended_reason: str = ""

    def describe(self) -> str:
        """The sentence told to the complainant or reporter, e.g. “请于3个工作日内（2026年10月12日前）办结”."""
        when = f"{self.due.year}年{self.due.month}月{self.due.day}日"
        period = "当日" if self.days == 0 else f"{self.days}个工作日内"
        text = f"{period}（{when}前）{self.kind}"
        if self.extended_reason:
            text += f"，延期理由：{self.extended_reason}"
        return text


def _due(received_on: date, days: int, cal: WorkCalendar) -> date:
    return received_on if days == 0 else cal.add_workdays(received_on, days)


def complaint_deadline(
    received_on: date, channel: ComplaintChannel, complexity: Complexity, cal: WorkCalendar
) -> RegisterDeadline:
    """When a complaint must be settled. Complaints are simple or complex; “一般” is refused."""
    if complexity is Complexity.GENERAL:
        raise ValidationError("投诉只分“简单”和“复杂”两类，请选择其一", field="复杂程度")
    if complexity is Complexity.COMPLEX:
        days = COMPLAINT_COMPLEX_DAYS
    elif channel in ON_SITE_CHANNELS:
        days = 0
    else:
        days = COMPLAINT_SIMPLE_OFFSITE_DAYS
    return RegisterDeadline(_due(received_on, days, cal), days, DueKind.SETTLE)


def extend_complaint(received_on: date, total_days: int, reason: str, cal: WorkCalendar) -> RegisterDeadline:
    """Extend a complex complaint to ``total_days`` working days from receipt (at most 15), with a reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("延长投诉处置时限必须填写理由，并告知投诉人", field="延期理由")
    if total_days <= COMPLAINT_COMPLEX_DAYS:
        raise ValidationError(
            f"延长后的时限应多于{COMPLAINT_COMPLEX_DAYS}个工作日，当前为{total_days}个", field="延长后时限"
        )
    if total_days > COMPLAINT_MAX_DAYS:
        raise ValidationError(
            f"投诉处置时限最长不超过{COMPLAINT_MAX_DAYS}个工作日，当前为{total_days}个", field="延长后时限"
        )
    return RegisterDeadline(_due(received_on, total_days, cal), total_days, DueKind.SETTLE, reason)


def cannot_do_deadline(received_on: date, complexity: Complexity, cal: WorkCalendar) -> RegisterDeadline:
    """When a “办不成事” report needs an answer: same day, 2 working days, or progress within 5."""
    if complexity is Complexity.SIMPLE:
        return RegisterDeadline(received_on, 0, DueKind.FEEDBACK)
    if complexity is Complexity.GENERAL:
        return RegisterDeadline(
            _due(received_on, CANNOT_DO_GENERAL_DAYS, cal), CANNOT_DO_GENERAL_DAYS, DueKind.FEEDBACK
        )
    days = CANNOT_DO_COMPLEX_PROGRESS_DAYS
    return RegisterDeadline(_due(received_on, days, cal), days, DueKind.PROGRESS)


def bad_rating_deadline(rated_on: date, cal: WorkCalendar, days: int = BAD_RATING_FOLLOWUP_DAYS) -> RegisterDeadline:
    """When the follow-up (回访/整改) of a bad rating is due; ``days`` is the hall's setting."""
    if days < 0:
        raise ValidationError(f"差评回访时限不能为负数：{days}", field="回访时限")
    return RegisterDeadline(_due(rated_on, days, cal), days, DueKind.FOLLOW_UP)


class RegisterStatus(StrEnum):
    OPEN = "办理中"
    DUE_TODAY = "今日到期"
    OVERDUE = "已超期"
    DONE = "按时办结"
    DONE_LATE = "超期办结"


def register_status(deadline: RegisterDeadline | date, today: date, done_on: date | None = None) -> RegisterStatus:
    """Where an entry stands on ``today``: overdue once ``today`` (or the done date) is after the due date."""
    due = deadline.due if isinstance(deadline, RegisterDeadline) else deadline
    if done_on is not None:
        return RegisterStatus.DONE if done_on <= due else RegisterStatus.DONE_LATE
    if today > due:
        return RegisterStatus.OVERDUE
    if today == due:
        return RegisterStatus.DUE_TODAY
    return RegisterStatus.OPEN


def is_overdue(deadline: RegisterDeadline | date, today: date, done_on: date | None = None) -> bool:
    """Whether the entry missed its deadline (still open after it, or done after it)."""
    return register_status(deadline, today, done_on) in (RegisterStatus.OVERDUE, RegisterStatus.DONE_LATE)
