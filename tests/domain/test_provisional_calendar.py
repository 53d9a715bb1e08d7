"""The provisional calendar of years without a State Council notice (issue 11).

Oracles: the statutory days of 《全国年节及纪念日放假办法》 (2024 revision) for 2027 as the
issue lists them, worked out from a printed lunar calendar (春节 2027-02-06, 除夕 02-05;
端午 06-09; 中秋 09-15; 清明 04-05); for 2025 and 2026 the State Council notices as
``chinesecalendar`` ships them (every statutory day must be a day off there).
"""

from __future__ import annotations

from datetime import date

import chinese_calendar
import pytest

from app.domain.calendar import Override, WorkCalendar, missing_notice_year, notice_reminder
from app.domain.deadlines import CaseClock, ClockEvent, ClockEventKind
from app.domain.statutory import statutory_days

D = date


def test_statutory_days_of_2027_are_the_ones_of_the_law() -> None:
    assert list(statutory_days(2027)) == [
        D(2027, 1, 1),
        D(2027, 2, 5),
        D(2027, 2, 6),
        D(2027, 2, 7),
        D(2027, 2, 8),
        D(2027, 4, 5),
        D(2027, 5, 1),
        D(2027, 5, 2),
        D(2027, 6, 9),
        D(2027, 9, 15),
        D(2027, 10, 1),
        D(2027, 10, 2),
        D(2027, 10, 3),
    ]
    assert statutory_days(2027)[D(2027, 2, 5)] == "春节"
    assert statutory_days(2027)[D(2027, 6, 9)] == "端午节"


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_statutory_day_is_off_in_the_published_notices(year: int) -> None:
    """Since the 2024 revision (in force 2025) the rule and the notices agree day by day."""
    days = statutory_days(year)
    assert len(days) == 13
    assert [d for d in days if chinese_calendar.is_workday(d)] == []


def test_mid_autumn_on_national_day_is_one_day_off() -> None:
    days = statutory_days(2031)  # 中秋 2031 is 1 October
    assert days[D(2031, 10, 1)] == "国庆节"
    assert len(days) == 12


def test_2026_12_21_plus_20_working_days_is_2027_01_19_provisional() -> None:
    cal = WorkCalendar()
    assert cal.is_provisional_year(2027) and not cal.is_provisional_year(2026)
    due = cal.add_workdays(D(2026, 12, 21), 20)
    assert due == D(2027, 1, 19)  # 1 January is a statutory holiday every year
    assert cal.provisional_between(D(2026, 12, 21), due) is True
    assert cal.provisional_between(D(2026, 12, 1), D(2026, 12, 21)) is False
    assert cal.is_workday(D(2027, 1, 1)) is False
    assert cal.is_workday(D(2027, 2, 8)) is False  # 初三, a Monday
    assert cal.is_workday(D(2027, 2, 9)) is True  # no 调休 is guessed
    assert "暂定" in cal.describe(D(2027, 1, 1)) and "元旦" in cal.describe(D(2027, 1, 1))


def test_an_imported_notice_ends_provisional_and_moves_the_date() -> None:
    noticed = WorkCalendar([Override(D(2027, 1, 4), False, "元旦")], notice_years=[2027])
    due = noticed.add_workdays(D(2026, 12, 21), 20)
    assert due == D(2027, 1, 20)
    assert noticed.provisional_between(D(2026, 12, 21), due) is False
    assert noticed.is_workday(D(2027, 1, 1)) is False  # statutory days stay off
    assert noticed.describe(D(2027, 1, 1)) == "休息（元旦）"
    assert noticed.with_overrides([]).notice_years == {2027}


def test_overridden_days_are_not_provisional_but_the_rest_of_the_year_is() -> None:
    cal = WorkCalendar([Override(D(2027, 1, 4), False, "台风")])
    assert cal.is_provisional(D(2027, 1, 4)) is False
    assert cal.provisional_between(D(2027, 1, 3), D(2027, 1, 4)) is False
    assert cal.provisional_between(D(2027, 1, 3), D(2027, 1, 5)) is True


def test_bare_calendar_is_never_provisional() -> None:
    bare = WorkCalendar(use_library=False)
    assert bare.is_workday(D(2027, 1, 1)) is True
    assert bare.provisional_between(D(2026, 12, 21), D(2027, 3, 1)) is False


def test_case_clock_knows_when_its_due_date_is_provisional() -> None:
    cal = WorkCalendar()
    clock = CaseClock(cal, [ClockEvent(ClockEventKind.ACCEPTED, D(2026, 12, 21))], 20)
    assert clock.due_date() == D(2027, 1, 19)
    assert clock.due_is_provisional() is True
    early = CaseClock(cal, [ClockEvent(ClockEventKind.ACCEPTED, D(2026, 11, 2))], 20)
    assert early.due_date() == D(2026, 11, 30)
    assert early.due_is_provisional() is False


@pytest.mark.parametrize(
    ("today", "noticed", "expected"),
    [
        (D(2026, 10, 31), (), None),
        (D(2026, 11, 1), (), 2027),
        (D(2026, 12, 31), (), 2027),
        (D(2026, 11, 20), (2027,), None),
        (D(2027, 3, 1), (), 2027),  # the year itself still without its notice
        (D(2027, 3, 1), (2027,), None),
    ],
)
def test_the_center_is_reminded_from_1_november(today: date, noticed: tuple[int, ...], expected: int | None) -> None:
    cal = WorkCalendar(notice_years=noticed)
    assert missing_notice_year(cal, today) == expected
    text = notice_reminder(cal, today)
    assert (text is None) == (expected is None)
    if expected:
        assert f"{expected}年" in text and "暂定" in text
