"""行政许可法 §32 enforced, on SQLite and PostgreSQL.

Worked example of the issue: materials received Monday 2025-03-03; the five working days
are 03-04 … 03-10, so a notice on 2025-03-11 (the 6th working day) is late: it needs the
clerk's confirmation, the application counts as accepted on 03-03, and the notice says so.
With a 5-day promised limit counted from 03-04, 03-04 … 03-10 are used up before the notice
(the office's own delay): when the supplements arrive the case is overdue at once.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import MaterialStatus
from app.services.clock import ManualClock
from app.services.errors import LateNoticeNeedsConfirmation
from app.services.supervision import SupervisionService
from app.store.models import Case, CaseEvent, IssuedDocument
from app.store.uow import Store
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import PASSWORD


def _draft_with_a_missing_material(store: Store, received: date):  # type: ignore[no-untyped-def]
    desk = desk_on(store, received)
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = desk.intake.mark_all_received(case.id)
    line = next(x for x in case.checklist if x.name == "申请书")
    desk.intake.mark(case.id, line.id, MaterialStatus.MISSING, "未带")
    return desk, case.id


def test_late_notice_needs_confirmation_records_deemed_acceptance_and_says_so(clock_hall: Store) -> None:
    desk, case_id = _draft_with_a_missing_material(clock_hall, date(2025, 3, 3))
    with clock_hall.write() as tx:  # the materials were received on 03-03
        tx.session.get(Case, case_id).received_on = date(2025, 3, 3)
    desk.clock.set(ManualClock.at_hall_time(date(2025, 3, 11))())
    with pytest.raises(LateNoticeNeedsConfirmation, match="2025-03-10") as refused:
        desk.decisions.notify(case_id)
    assert refused.value.deadline == date(2025, 3, 10)
    with clock_hall.read() as s:  # refused = nothing stored
        assert s.get(Case, case_id).state == "收件中"
        assert s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)).all() == []
    result = desk.decisions.notify(case_id, confirm_late=True)
    assert result.case.state == "待补正"
    assert result.case.accepted_on == date(2025, 3, 3) and result.case.case_number
    text = result.documents[0].text
    assert "五个工作日" in text and "2025年3月3日" in text and "即为受理" in text
    with clock_hall.read() as s:
        event = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.action == "逾期告知补正")
        ).one()
        assert event.data["deemed_accepted"] is True
    line = desk.tracking.get(case_id, date(2025, 3, 20))
    assert line.clock_status == "暂停计时"
    # Supplements on 03-20: the five days used before the notice are kept, none is left.
    desk.clock.set(ManualClock.at_hall_time(date(2025, 3, 20))())
    back = desk.tracking.receive_supplement(case_id)
    assert (back.state, back.days_left, back.clock_status) == ("已受理", -1, "已超期")


def test_a_notice_within_five_days_needs_no_confirmation(clock_hall: Store) -> None:
    desk, case_id = _draft_with_a_missing_material(clock_hall, date(2025, 3, 3))
    desk.clock.set(ManualClock.at_hall_time(date(2025, 3, 10))())  # the 5th working day
    result = desk.decisions.notify(case_id)
    assert result.case.state == "已一次性告知" and result.case.accepted_on is None
    assert "即为受理" not in result.documents[0].text


def test_acceptance_of_a_deemed_case_prints_the_remark_and_dates(clock_hall: Store) -> None:
    desk, case_id = _draft_with_a_missing_material(clock_hall, date(2025, 3, 3))
    desk.clock.set(ManualClock.at_hall_time(date(2025, 3, 11))())
    case = desk.intake.get(case_id)
    line = next(x for x in case.checklist if x.name == "申请书")
    desk.intake.mark(case_id, line.id, MaterialStatus.RECEIVED)
    result = desk.decisions.accept(case_id)
    assert result.case.accepted_on == date(2025, 3, 3)
    text = result.documents[0].text
    assert "受理日期：2025年3月3日（视为受理）" in text.replace(" ", "")
    assert "即为受理" in text and "收到材料日期" in text
    assert "承诺办结日期：2025年3月10日" in text.replace(" ", "")


def test_the_five_day_alarm_shows_on_the_draft_and_in_the_center_one_day_ahead(clock_hall: Store) -> None:
    desk, case_id = _draft_with_a_missing_material(clock_hall, date(2025, 3, 3))
    admin = desk_on(clock_hall, date(2025, 3, 7))
    admin.session.login("9001", PASSWORD)

    def risks(day: date) -> list[tuple[date, int]]:
        board = SupervisionService(clock_hall, ManualClock.at_hall_time(day)).dashboard(admin.session.actor)
        return [(a.due, a.days_left) for a in board.five_day_risks if a.case_id == case_id]

    assert risks(date(2025, 3, 6)) == []  # two days left: not yet
    assert risks(date(2025, 3, 7)) == [(date(2025, 3, 10), 1)]  # one day ahead
    draft = desk.intake.get(case_id)
    desk.clock.set(ManualClock.at_hall_time(date(2025, 3, 7))())
    draft = desk.intake.get(case_id)
    assert draft.five_day is not None and draft.five_day.state == "即将届满" and draft.five_day.days_left == 1
