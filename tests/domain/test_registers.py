"""Deadlines of complaints, “办不成事” reports and bad-rating follow-ups on real 2024–2026 dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import Override, WorkCalendar
from app.domain.enums import ComplaintChannel, Complexity
from app.domain.errors import ValidationError
from app.domain.registers import (
    DueKind,
    RegisterDeadline,
    RegisterStatus,
    bad_rating_deadline,
    cannot_do_deadline,
    complaint_deadline,
    extend_complaint,
    is_overdue,
    register_status,
)

C = ComplaintChannel


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


@pytest.mark.parametrize(
    ("channel", "complexity", "due", "days"),
    [
        (C.ON_SITE, Complexity.SIMPLE, date(2026, 9, 30), 0),
        (C.EVALUATOR, Complexity.SIMPLE, date(2026, 9, 30), 0),
        (C.PHONE, Complexity.SIMPLE, date(2026, 10, 8), 1),  # across National Day
        (C.LETTER, Complexity.SIMPLE, date(2026, 10, 8), 1),
        (C.ONLINE, Complexity.SIMPLE, date(2026, 10, 8), 1),
        (C.ON_SITE, Complexity.COMPLEX, date(2026, 10, 10), 3),  # 10-08, 10-09, Saturday 10-10 调休
        (C.PHONE, Complexity.COMPLEX, date(2026, 10, 10), 3),
    ],
)
def test_complaint_deadlines(
    cal: WorkCalendar, channel: ComplaintChannel, complexity: Complexity, due: date, days: int
) -> None:
    deadline = complaint_deadline(date(2026, 9, 30), channel, complexity, cal)
    assert deadline == RegisterDeadline(due, days, DueKind.SETTLE)


def test_complaints_are_simple_or_complex(cal: WorkCalendar) -> None:
    with pytest.raises(ValidationError, match="投诉只分“简单”和“复杂”两类"):
        complaint_deadline(date(2026, 9, 30), C.PHONE, Complexity.GENERAL, cal)


def test_complaint_extension_to_fifteen_working_days(cal: WorkCalendar) -> None:
    # From 09-30: 10-08..10-10 (3), 10-12..16 (8), 10-19..23 (13), 10-26 (14), 10-27 (15)
    deadline = extend_complaint(date(2026, 9, 30), 15, " 需调取监控并约谈当事人 ", cal)
    assert deadline.due == date(2026, 10, 27)
    assert deadline.extended_reason == "需调取监控并约谈当事人"
    assert deadline.describe() == "15个工作日内（2026年10月27日前）办结，延期理由：需调取监控并约谈当事人"
    assert extend_complaint(date(2026, 9, 30), 4, "理由", cal).due == date(2026, 10, 12)


@pytest.mark.parametrize(
    ("days", "reason", "message"),
    [
        (16, "理由", "投诉处置时限最长不超过15个工作日，当前为16个"),
        (10, "  ", "延长投诉处置时限必须填写理由，并告知投诉人"),
        (3, "理由", "延长后的时限应多于3个工作日，当前为3个"),
    ],
)
def test_bad_extensions(cal: WorkCalendar, days: int, reason: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        extend_complaint(date(2026, 9, 30), days, reason, cal)
    assert caught.value.message == message


def test_cannot_do_reports_over_spring_festival_2025(cal: WorkCalendar) -> None:
    received = date(2025, 1, 24)  # Friday
    assert cannot_do_deadline(received, Complexity.SIMPLE, cal) == RegisterDeadline(received, 0, DueKind.FEEDBACK)
    # Sunday 01-26 调休 (1), 01-27 (2)
    assert cannot_do_deadline(received, Complexity.GENERAL, cal) == RegisterDeadline(
        date(2025, 1, 27), 2, DueKind.FEEDBACK
    )
    # 01-26 (1), 01-27 (2), holiday 01-28..02-04, 02-05 (3), 02-06 (4), 02-07 (5)
    complex_ = cannot_do_deadline(received, Complexity.COMPLEX, cal)
    assert complex_ == RegisterDeadline(date(2025, 2, 7), 5, DueKind.PROGRESS)
    assert complex_.describe() == "5个工作日内（2025年2月7日前）反馈进度"


def test_bad_rating_follow_up_over_national_day_2024(cal: WorkCalendar) -> None:
    rated = date(2024, 9, 27)  # Friday
    # Sunday 09-29 调休 (1), 09-30 (2), holiday 10-01..07, 10-08 (3), 10-09 (4), 10-10 (5)
    assert bad_rating_deadline(rated, cal).due == date(2024, 10, 10)
    assert bad_rating_deadline(rated, cal, days=3).due == date(2024, 10, 8)
    assert bad_rating_deadline(rated, cal, days=0).describe() == "当日（2024年9月27日前）回访整改"
    with pytest.raises(ValidationError):
        bad_rating_deadline(rated, cal, days=-1)


def test_override_changes_a_register_deadline() -> None:
    closed = WorkCalendar([Override(date(2026, 10, 8), False, "停电闭厅")])
    assert complaint_deadline(date(2026, 9, 30), C.PHONE, Complexity.SIMPLE, closed).due == date(2026, 10, 9)


@pytest.mark.parametrize(
    ("today", "done_on", "status"),
    [
        (date(2026, 10, 9), None, RegisterStatus.OPEN),
        (date(2026, 10, 10), None, RegisterStatus.DUE_TODAY),
        (date(2026, 10, 11), None, RegisterStatus.OVERDUE),
        (date(2026, 10, 20), date(2026, 10, 10), RegisterStatus.DONE),
        (date(2026, 10, 20), date(2026, 10, 12), RegisterStatus.DONE_LATE),
    ],
)
def test_register_status(cal: WorkCalendar, today: date, done_on: date | None, status: RegisterStatus) -> None:
    deadline = complaint_deadline(date(2026, 9, 30), C.PHONE, Complexity.COMPLEX, cal)
    assert register_status(deadline, today, done_on) is status
    assert register_status(deadline.due, today, done_on) is status
    assert is_overdue(deadline, today, done_on) is (status in (RegisterStatus.OVERDUE, RegisterStatus.DONE_LATE))
