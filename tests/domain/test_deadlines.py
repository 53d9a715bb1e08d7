"""Case clock and limit rules, with dates worked out by hand from the official arrangements."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import Override, WorkCalendar
from app.domain.case_state import CaseAction
from app.domain.deadlines import (
    DEFAULT_LEGAL_LIMIT,
    CaseClock,
    ClockEvent,
    ClockEventKind,
    ClockStatus,
    FiveDayState,
    clock_event_for,
    effective_legal_limit,
    five_day_rule,
    promised_limit_warning,
)
from app.domain.enums import CaseKind
from app.domain.errors import CalendarError

K = ClockEventKind


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def clock(cal: WorkCalendar, *events: tuple[ClockEventKind, date]) -> CaseClock:
    return CaseClock(cal, [ClockEvent(kind, day) for kind, day in events])


def test_clock_starts_the_day_after_acceptance_and_skips_national_day(cal: WorkCalendar) -> None:
    # Accepted Monday 2026-09-28: 09-29 (1), 09-30 (2), holiday, 10-08 (3), 10-09 (4), Sat 10-10 调休 (5)
    c = clock(cal, (K.ACCEPTED, date(2026, 9, 28)))
    assert c.due_date(5) == date(2026, 10, 10)
    assert c.due_date(1) == date(2026, 9, 29)
    assert c.days_left(date(2026, 9, 28), 5) == 5
    assert c.days_left(date(2026, 10, 3), 5) == 3
    assert c.days_left(date(2026, 10, 10), 5) == 0
    assert c.days_left(date(2026, 10, 12), 5) == -1
    assert c.days_left(date(2026, 10, 14), 5) == -3
    assert c.used_days(date(2026, 10, 8)) == 3


def test_overdue_on_the_weekend_after_a_friday_due_date(cal: WorkCalendar) -> None:
    c = clock(cal, (K.ACCEPTED, date(2024, 3, 4)))  # Monday
    assert c.due_date(4) == date(2024, 3, 8)  # Friday
    assert c.days_left(date(2024, 3, 9), 4) == -1
    assert c.status(date(2024, 3, 9), 4) is ClockStatus.OVERDUE
    assert c.days_left(date(2024, 3, 11), 4) == -1
    assert c.days_left(date(2024, 3, 12), 4) == -2


def test_status_thresholds(cal: WorkCalendar) -> None:
    c = clock(cal, (K.ACCEPTED, date(2024, 3, 4)))
    # limit 10: due 2024-03-18 (Monday)
    assert c.due_date(10) == date(2024, 3, 18)
    assert c.status(date(2024, 3, 12), 10) is ClockStatus.NORMAL  # 4 left
    assert c.status(date(2024, 3, 13), 10) is ClockStatus.NEAR_DUE  # 3 left
    assert c.status(date(2024, 3, 18), 10) is ClockStatus.NEAR_DUE  # due today
    assert c.status(date(2024, 3, 19), 10) is ClockStatus.OVERDUE
    assert c.status(date(2024, 3, 12), 10, near_days=5) is ClockStatus.NEAR_DUE
    assert c.status(date(2024, 3, 13), 10, near_days=1) is ClockStatus.NORMAL


def test_default_limit_of_20_working_days_over_spring_festival_2025(cal: WorkCalendar) -> None:
    limit = effective_legal_limit(None)
    assert limit == DEFAULT_LEGAL_LIMIT == 20
    # From Monday 2025-01-20: 01-21..24 (4), Sun 01-26 (5), 01-27 (6), holiday 01-28..02-04,
    # 02-05..07 (9), Sat 02-08 (10), 02-10..14 (15), 02-17..21 (20)
    assert clock(cal, (K.ACCEPTED, date(2025, 1, 20))).due_date(limit) == date(2025, 2, 21)


def test_immediate_case_is_due_the_same_day(cal: WorkCalendar) -> None:
    assert effective_legal_limit(None, CaseKind.IMMEDIATE) == 0
    assert effective_legal_limit(15, CaseKind.IMMEDIATE) == 0
    assert effective_legal_limit(15) == 15
    c = clock(cal, (K.ACCEPTED, date(2026, 10, 10)))
    assert c.due_date(0) == date(2026, 10, 10)
    assert c.status(date(2026, 10, 10), 0) is ClockStatus.NEAR_DUE
    assert c.days_left(date(2026, 10, 11), 0) == -1
    with pytest.raises(CalendarError):
        effective_legal_limit(-1)


def test_supplement_restarts_the_full_limit_after_receipt(cal: WorkCalendar) -> None:
    events = [
        (K.ACCEPTED, date(2025, 3, 3)),  # Monday
        (K.SUPPLEMENT_REQUESTED, date(2025, 3, 5)),
    ]
    waiting = clock(cal, *events)
    assert waiting.due_date(5) is None
    assert waiting.is_stopped()
    assert waiting.status(date(2025, 3, 10), 5) is ClockStatus.STOPPED
    assert waiting.days_left(date(2025, 3, 10), 5) == 5  # counted afresh once supplements come
    resumed = clock(cal, *events, (K.SUPPLEMENT_RECEIVED, date(2025, 3, 12)))
    # counting from Thursday 03-13: 03-13, 03-14, 03-17, 03-18, 03-19
    assert resumed.due_date(5) == date(2025, 3, 19)
    assert resumed.anchor == date(2025, 3, 12)
    assert resumed.used_days(date(2025, 3, 13)) == 1
    # as of a day while waiting, the clock was stopped
    assert resumed.status(date(2025, 3, 7), 5) is ClockStatus.STOPPED
    assert resumed.status(date(2025, 3, 18), 5) is ClockStatus.NEAR_DUE


def test_office_omission_runs_from_the_first_supplements(cal: WorkCalendar) -> None:
    c = clock(
        cal,
        (K.ACCEPTED, date(2025, 3, 3)),
        (K.SUPPLEMENT_REQUESTED, date(2025, 3, 5)),
        (K.SUPPLEMENT_RECEIVED, date(2025, 3, 12)),
        (K.OMISSION_SUPPLEMENT_REQUESTED, date(2025, 3, 14)),
        (K.SUPPLEMENT_RECEIVED, date(2025, 3, 20)),
    )
    assert c.due_date(5) == date(2025, 3, 19)
    assert c.status(date(2025, 3, 17), 5) is ClockStatus.NEAR_DUE  # not stopped by the omission
    assert c.status(date(2025, 3, 20), 5) is ClockStatus.OVERDUE


def test_suspension_day_and_resume_day_do_not_count(cal: WorkCalendar) -> None:
    start = date(2025, 3, 3)  # Monday
    plain = clock(cal, (K.ACCEPTED, start))
    assert plain.due_date(2) == date(2025, 3, 5)
    # Suspended and resumed on Wednesday 03-05: 03-04 counted (1), 03-05 not, 03-06 (2)
    same_day = clock(cal, (K.ACCEPTED, start), (K.SUSPENDED, date(2025, 3, 5)), (K.RESUMED, date(2025, 3, 5)))
    assert same_day.due_date(2) == date(2025, 3, 6)
    # Suspended Wednesday, resumed Friday: 03-04 (1), 03-05..03-07 not, Monday 03-10 (2)
    longer = clock(cal, (K.ACCEPTED, start), (K.SUSPENDED, date(2025, 3, 5)), (K.RESUMED, date(2025, 3, 7)))
    assert longer.due_date(2) == date(2025, 3, 10)


def test_suspension_over_national_day_2026_keeps_days_already_counted(cal: WorkCalendar) -> None:
    c = clock(
        cal,
        (K.ACCEPTED, date(2026, 9, 28)),
        (K.SUSPENDED, date(2026, 9, 30)),  # 专家评审
        (K.RESUMED, date(2026, 10, 9)),
    )
    # 09-29 (1); after 10-09: Sat 10-10 (2), 10-12 (3), 10-13 (4), 10-14 (5)
    assert c.due_date(5) == date(2026, 10, 14)
    assert c.status(date(2026, 10, 1), 5) is ClockStatus.STOPPED
    assert c.days_left(date(2026, 10, 8), 5) == 4
    assert c.days_left(date(2026, 10, 12), 5) == 2


def test_overlapping_suspension_and_applicant_delay(cal: WorkCalendar) -> None:
    c = clock(
        cal,
        (K.ACCEPTED, date(2024, 3, 4)),  # Monday
        (K.SUSPENDED, date(2024, 3, 6)),
        (K.APPLICANT_DELAY_START, date(2024, 3, 7)),
        (K.RESUMED, date(2024, 3, 8)),
        (K.APPLICANT_DELAY_END, date(2024, 3, 12)),
    )
    # 03-05 (1); nothing until the delay also ended on 03-12; 03-13 (2), 03-14 (3)
    assert c.due_date(3) == date(2024, 3, 14)
    assert c.status(date(2024, 3, 11), 3) is ClockStatus.STOPPED


def test_limit_used_up_before_a_stop_keeps_its_due_date(cal: WorkCalendar) -> None:
    c = clock(cal, (K.ACCEPTED, date(2024, 3, 4)), (K.SUSPENDED, date(2024, 3, 11)))
    assert c.due_date(2) == date(2024, 3, 6)
    assert c.due_date(10) is None
    # 03-05..03-08 counted (4 of 2); 03-11 not: frozen at -2 while suspended
    assert c.days_left(date(2024, 3, 20), 2) == -2
    assert c.status(date(2024, 3, 20), 2) is ClockStatus.STOPPED


def test_override_moves_a_due_date() -> None:
    closed = WorkCalendar([Override(date(2026, 10, 12), False, "停电闭厅")])
    c = clock(closed, (K.ACCEPTED, date(2026, 9, 28)))
    assert c.due_date(6) == date(2026, 10, 13)


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([], "计时记录必须以“受理”开始"),
        ([(K.SUSPENDED, date(2024, 3, 4))], "计时记录必须以“受理”开始"),
        ([(K.ACCEPTED, date(2024, 3, 4)), (K.RESUMED, date(2024, 3, 5))], "“恢复计时”之前没有对应的“中止计时”开始记录"),
        (
            [(K.ACCEPTED, date(2024, 3, 4)), (K.SUSPENDED, date(2024, 3, 5)), (K.SUSPENDED, date(2024, 3, 6))],
            "“中止计时”已在进行中，不能重复开始",
        ),
        ([(K.ACCEPTED, date(2024, 3, 4)), (K.SUSPENDED, date(2024, 3, 1))], "计时记录的日期顺序有误"),
        ([(K.ACCEPTED, date(2024, 3, 4)), (K.ACCEPTED, date(2024, 3, 5))], "计时记录中“受理”只能出现一次"),
        (
            [(K.ACCEPTED, date(2024, 3, 4)), (K.SUPPLEMENT_RECEIVED, date(2024, 3, 5))],
            "“收到补正材料”之前没有对应的“补正”开始记录",
        ),
    ],
)
def test_inconsistent_histories_are_refused(
    cal: WorkCalendar, events: list[tuple[ClockEventKind, date]], message: str
) -> None:
    with pytest.raises(CalendarError) as caught:
        clock(cal, *events)
    assert str(caught.value).startswith(message)


def test_negative_limit_is_refused(cal: WorkCalendar) -> None:
    with pytest.raises(CalendarError, match="办理时限不能为负数"):
        clock(cal, (K.ACCEPTED, date(2024, 3, 4))).due_date(-1)


@pytest.mark.parametrize(
    ("promised", "legal", "expected"),
    [
        (10, 20, None),
        (0, 20, None),
        (7, 15, None),
        (11, 20, "承诺时限（11个工作日）超过法定时限（20个工作日）的50%，原则上应压缩到10个工作日以内"),
        (8, 15, "承诺时限（8个工作日）超过法定时限（15个工作日）的50%，原则上应压缩到7个工作日以内"),
        (25, 20, "承诺时限（25个工作日）超过了法定时限（20个工作日）"),
        (10, None, None),
        (
            12,
            None,
            "承诺时限（12个工作日）超过法定时限（法律未规定，按20个工作日计）（20个工作日）的50%，原则上应压缩到10个工作日以内",
        ),
    ],
)
def test_promised_limit_warning(promised: int, legal: int | None, expected: str | None) -> None:
    assert promised_limit_warning(promised, legal) == expected


@pytest.mark.parametrize(
    ("today", "state", "left"),
    [
        (date(2026, 9, 28), FiveDayState.OK, 5),
        (date(2026, 9, 29), FiveDayState.OK, 4),
        (date(2026, 10, 3), FiveDayState.OK, 3),  # holiday: 10-08, 10-09, 10-10 remain
        (date(2026, 10, 8), FiveDayState.OK, 2),
        (date(2026, 10, 9), FiveDayState.APPROACHING, 1),
        (date(2026, 10, 10), FiveDayState.APPROACHING, 0),
        (date(2026, 10, 11), FiveDayState.DEEMED_ACCEPTED, -1),
        (date(2026, 10, 13), FiveDayState.DEEMED_ACCEPTED, -2),
    ],
)
def test_five_day_rule_over_national_day_2026(cal: WorkCalendar, today: date, state: FiveDayState, left: int) -> None:
    # Received Monday 09-28: 09-29, 09-30, 10-08, 10-09, Saturday 10-10 (调休) is the fifth working day
    status = five_day_rule(date(2026, 9, 28), today, cal)
    assert status.deadline == date(2026, 10, 10)
    assert status.state is state
    assert status.days_left == left


def test_clock_with_its_own_promised_limit(cal: WorkCalendar) -> None:
    c = CaseClock(cal, [ClockEvent(K.ACCEPTED, date(2026, 9, 28), "受理通知书 No.0001")], limit_days=5)
    assert c.due_date() == date(2026, 10, 10)
    assert c.days_left(date(2026, 10, 9)) == 1
    assert c.status(date(2026, 10, 12)) is ClockStatus.OVERDUE
    # the legal limit can be asked of the same clock: 20 working days → 2026-10-30
    assert c.due_date(20) == date(2026, 10, 30)
    assert c.status(date(2026, 10, 12), 20) is ClockStatus.NORMAL


def test_a_limit_is_needed(cal: WorkCalendar) -> None:
    with pytest.raises(CalendarError, match="未设定办理时限"):
        clock(cal, (K.ACCEPTED, date(2024, 3, 4))).status(date(2024, 3, 5))


def test_case_actions_record_clock_events() -> None:
    assert clock_event_for(CaseAction.ACCEPT) is K.ACCEPTED
    assert clock_event_for(CaseAction.ACCEPT_WITH_DEFICIENCY) is K.ACCEPTED
    assert clock_event_for(CaseAction.FINISH) is K.ACCEPTED
    assert clock_event_for(CaseAction.REQUEST_SUPPLEMENT) is K.SUPPLEMENT_REQUESTED
    assert clock_event_for(CaseAction.RECEIVE_SUPPLEMENT) is K.SUPPLEMENT_RECEIVED
    assert clock_event_for(CaseAction.SUSPEND) is K.SUSPENDED
    assert clock_event_for(CaseAction.RESUME) is K.RESUMED
    for action in (CaseAction.NOTIFY, CaseAction.REFUSE, CaseAction.APPROVE, CaseAction.DELIVER, CaseAction.WITHDRAW):
        assert clock_event_for(action) is None
