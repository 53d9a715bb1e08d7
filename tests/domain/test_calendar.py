"""Working-day calendar: statutory holidays, 调休, overrides and the notice file.

Expected dates are worked out by hand from the State Council arrangements (2024: 国庆
10月1日至7日放假, 9月29日周日、10月12日周六上班; 2025: 春节1月28日至2月4日放假,
1月26日周日、2月8日周六上班; 2026: 国庆10月1日至7日放假, 9月20日周日、10月10日周六上班).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from app.domain.calendar import (
    TABLE_END,
    Override,
    WorkCalendar,
    format_notice,
    parse_notice,
)
from app.domain.errors import CalendarError

DOC = Path(__file__).resolve().parents[2] / "docs" / "calendar-format.md"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def test_agrees_with_chinesecalendar_on_every_day_it_knows(cal: WorkCalendar) -> None:
    """Inside the library's years the library is the source of truth, day by day."""
    years = cal.known_years()
    assert years.start <= 2024 and years.stop - 1 >= 2026
    day = date(years.start, 1, 1)
    last = date(years.stop - 1, 12, 31)
    mismatches = []
    while day <= last:
        if cal.is_workday(day) != chinese_calendar.is_workday(day):
            mismatches.append(day)
        day += timedelta(days=1)
    assert mismatches == []


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 9, 20), True),  # Sunday, 国庆调休上班
        (date(2026, 10, 10), True),  # Saturday, 国庆调休上班
        (date(2026, 10, 1), False),
        (date(2026, 10, 7), False),  # Wednesday, still National Day
        (date(2026, 10, 8), True),
        (date(2025, 1, 26), True),  # Sunday, 春节调休上班
        (date(2025, 2, 8), True),  # Saturday, 春节调休上班
        (date(2025, 1, 28), False),  # 除夕
        (date(2025, 2, 4), False),
        (date(2025, 2, 5), True),
        (date(2024, 3, 9), False),  # plain Saturday
        (date(2024, 3, 11), True),  # plain Monday
    ],
)
def test_single_days(cal: WorkCalendar, day: date, working: bool) -> None:
    assert cal.is_workday(day) is working


def test_national_day_2026_five_working_days_after_september_30(cal: WorkCalendar) -> None:
    # 10-08 (1), 10-09 (2), 10-10 Saturday 调休 (3), 10-12 (4), 10-13 (5)
    assert cal.add_workdays(date(2026, 9, 30), 5) == date(2026, 10, 13)
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 13)) == 5


def test_spring_festival_2025(cal: WorkCalendar) -> None:
    # 01-26 Sunday 调休 (1), 01-27 (2), holiday 01-28..02-04, 02-05 (3)
    assert cal.add_workdays(date(2025, 1, 24), 3) == date(2025, 2, 5)
    # 02-06 (4), 02-07 (5), 02-08 Saturday 调休 (6)
    assert cal.add_workdays(date(2025, 1, 24), 6) == date(2025, 2, 8)
    assert cal.next_workday(date(2025, 1, 27)) == date(2025, 2, 5)


def test_weekend_is_skipped(cal: WorkCalendar) -> None:
    assert cal.next_workday(date(2024, 3, 8)) == date(2024, 3, 11)
    assert cal.add_workdays(date(2024, 3, 8), 5) == date(2024, 3, 15)
    assert cal.workdays_between(date(2024, 3, 8), date(2024, 3, 10)) == 0


def test_add_zero_and_negative(cal: WorkCalendar) -> None:
    assert cal.add_workdays(date(2026, 10, 8), 0) == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 10, 3), 0) == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert cal.add_workdays(date(2026, 10, 3), -1) == date(2026, 9, 30)
    assert cal.add_workdays(date(2026, 10, 12), -2) == date(2026, 10, 9)


def test_workdays_between_is_half_open(cal: WorkCalendar) -> None:
    assert cal.workdays_between(date(2026, 10, 8), date(2026, 10, 8)) == 0
    assert cal.workdays_between(date(2026, 10, 8), date(2026, 10, 9)) == 1
    assert cal.workdays_between(date(2026, 10, 9), date(2026, 10, 8)) == 0
    # (09-19, 09-20]: the 调休 Sunday counts
    assert cal.workdays_between(date(2026, 9, 19), date(2026, 9, 20)) == 1


def test_workdays_in_is_inclusive(cal: WorkCalendar) -> None:
    assert list(cal.workdays_in(date(2026, 9, 30), date(2026, 10, 12))) == [
        date(2026, 9, 30),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
        date(2026, 10, 12),
    ]
    assert list(cal.workdays_in(date(2026, 10, 2), date(2026, 10, 1))) == []


def test_add_and_between_are_inverse(cal: WorkCalendar) -> None:
    start = date(2024, 12, 20)
    for n in range(1, 120):
        end = cal.add_workdays(start, n)
        assert cal.workdays_between(start, end) == n
        assert cal.is_workday(end)


def test_override_beats_library() -> None:
    cal = WorkCalendar(
        [
            Override(date(2026, 10, 8), False, "台风停止办公"),
            Override(date(2026, 10, 3), True, "集中办理日"),
        ]
    )
    assert cal.is_workday(date(2026, 10, 8)) is False
    assert cal.is_workday(date(2026, 10, 3)) is True
    # 10-03 (1), 10-09 (2), 10-10 (3), 10-12 (4), 10-13 (5)
    assert cal.add_workdays(date(2026, 9, 30), 5) == date(2026, 10, 13)
    assert cal.add_workdays(date(2026, 9, 30), 2) == date(2026, 10, 9)
    assert cal.override_for(date(2026, 10, 8)) == Override(date(2026, 10, 8), False, "台风停止办公")
    assert "台风停止办公" in cal.describe(date(2026, 10, 8))


def test_with_overrides_returns_a_new_calendar(cal: WorkCalendar) -> None:
    changed = cal.with_overrides([Override(date(2026, 9, 20), False, "取消调休")])
    assert changed.is_workday(date(2026, 9, 20)) is False
    assert cal.is_workday(date(2026, 9, 20)) is True
    later = changed.with_overrides([Override(date(2026, 9, 20), True, "恢复")])
    assert later.is_workday(date(2026, 9, 20)) is True
    assert len(later.overrides) == 1


def test_outside_known_years_the_statutory_rule_is_provisional() -> None:
    cal = WorkCalendar()
    beyond = cal.known_years().stop  # first year the library does not know
    monday = date(beyond, 1, 1) + timedelta(days=(7 - date(beyond, 1, 1).weekday()) % 7)
    assert monday.weekday() == 0
    assert cal.is_workday(monday) is True
    assert cal.is_workday(monday + timedelta(days=5)) is False
    assert cal.covers(monday) is False
    assert cal.covers(date(2026, 5, 1)) is True
    assert cal.is_provisional(monday) is True
    assert "暂定" in cal.describe(monday)
    overridden = cal.with_overrides([Override(monday, False, "元旦")])
    assert overridden.is_workday(monday) is False
    assert overridden.covers(monday) is True
    assert overridden.is_provisional(monday) is False


def test_without_library_only_weekends_are_off() -> None:
    bare = WorkCalendar(use_library=False)
    assert bare.is_workday(date(2026, 10, 1)) is True
    assert bare.is_workday(date(2026, 9, 20)) is False
    assert list(bare.known_years()) == []


def test_describe_names_the_holiday(cal: WorkCalendar) -> None:
    assert cal.describe(date(2026, 10, 3)) == "休息（国庆节）"
    assert cal.describe(date(2026, 9, 20)) == "上班（国庆节调休）"
    assert cal.describe(date(2025, 1, 28)) == "休息（春节）"
    assert cal.describe(date(2024, 3, 9)) == "休息（周末）"


def test_beyond_the_table_is_a_calendar_error(cal: WorkCalendar) -> None:
    with pytest.raises(CalendarError, match="超出工作日历的计算范围"):
        cal.add_workdays(TABLE_END - timedelta(days=3), 10)
    with pytest.raises(CalendarError, match="超出"):
        cal.workdays_between(date(1999, 12, 1), date(2000, 1, 10))


# -- notice files ----------------------------------------------------------------------


def _doc_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("```text\n") + len("```text\n")
    return text[start : text.index("```", start)]


def test_documented_example_matches_the_official_2026_arrangement() -> None:
    overrides = parse_notice(_doc_example())
    by_day = {o.day: o for o in overrides}
    assert len(overrides) == 33 + 6 + 1  # 33 holiday days, 6 调休 working days, one local closure
    local = by_day.pop(date(2026, 7, 15))
    assert local.is_workday is False and local.note == "大厅线路改造停止对外办公"
    for day, override in by_day.items():
        assert override.is_workday == chinese_calendar.is_workday(day), day
    assert by_day[date(2026, 9, 20)] == Override(date(2026, 9, 20), True, "国庆节调休上班")
    assert {d for d, o in by_day.items() if o.is_workday} == {
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    }


def test_notice_for_a_new_year_changes_counting() -> None:
    notice = "\ufeff# 举例\n2027-10-01..2027-10-07 休 国庆节\n2027-09-26\u3000班\u3000国庆节调休\n\n2027-10-09 上班\n"
    overrides = parse_notice(notice)
    assert len(overrides) == 9
    assert Override(date(2027, 10, 9), True, "") in overrides
    cal = WorkCalendar(overrides)
    assert cal.is_workday(date(2027, 9, 26)) is True  # a Sunday
    # 2027-09-30 Thursday: 10-08 (1), 10-09 Saturday (2), 10-11 (3)
    assert cal.add_workdays(date(2027, 9, 30), 3) == date(2027, 10, 11)


def test_range_with_zhi_separator() -> None:
    overrides = parse_notice("2027-01-01至2027-01-03 休 元旦")
    assert [o.day for o in overrides] == [date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2027-01-01 休 元旦\n2027-01-02 放 元旦", "第2行：状态“放”无法识别"),
        ("# x\n\n2027-02-30 休", "第3行：日期“2027-02-30”不存在"),
        ("2027/01/01 休", "第1行：日期“2027/01/01”格式不对"),
        ("2027-1-1 休", "第1行：日期“2027-1-1”格式不对"),
        ("2027-01-01", "第1行：缺少“休”或“班”"),
        ("2027-10-07..2027-10-01 休", "第1行：日期范围的结束日 2027-10-01 早于开始日 2027-10-07"),
        ("2027-10-01..2028-10-07 休", "第1行：日期范围长达 373 天"),
        ("2027-10-01..2027-10-07 休\n2027-10-03 班", "第2行：日期 2027-10-03 已在第1行出现过"),
    ],
)
def test_bad_notice_lines(text: str, message: str) -> None:
    with pytest.raises(CalendarError) as caught:
        parse_notice(text)
    assert str(caught.value).startswith(message)


def test_format_notice_round_trips() -> None:
    overrides = parse_notice(_doc_example())
    text = format_notice(overrides)
    assert text.splitlines()[0] == "2026-01-01 休 元旦"
    assert "2026-09-20 班 国庆节调休上班" in text.splitlines()
    assert sorted(parse_notice(text), key=lambda o: o.day) == sorted(overrides, key=lambda o: o.day)
    assert format_notice([]) == ""
