"""My cases: working days left for any day, clock restarts and stops, completion,
delivery, withdrawal, search with masked IDs, and the §32 five-day rule on drafts."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import DocumentKind, MaterialStatus
from app.domain.errors import ValidationError
from app.domain.handover import (
    Handover,
    ItemKind,
    ReceiverRelation,
    Signature,
    SignatureMode,
    parse_items,
    parse_receiver,
)
from app.services.handover import HandoverService
from app.services.dto import ApplicantInput
from tests.services.conftest import CALENDAR, PASSWORD, PERSON_ID, Desk

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _accepted(desk: Desk) -> tuple:  # type: ignore[type-arg]
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = desk.intake.mark_all_received(case.id)
    result = desk.decisions.accept(case.id)
    return result.case.id, result.case


def test_days_left_and_colours_for_any_day(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case_id, case = _accepted(desk)
    assert case.due_date == date(2026, 10, 12)
    by_day = {}
    for day in (date(2026, 9, 29), date(2026, 10, 7), date(2026, 10, 9), date(2026, 10, 12), date(2026, 10, 13)):
        line = next(t for t in desk.tracking.open_cases(day) if t.id == case_id)
        by_day[day] = (line.days_left, line.clock_status)
    assert by_day == {
        date(2026, 9, 29): (5, "正常"),
        date(2026, 10, 7): (4, "正常"),  # only 09-30 counted, holidays do not
        date(2026, 10, 9): (2, "即将到期"),
        date(2026, 10, 12): (0, "即将到期"),
        date(2026, 10, 13): (-1, "已超期"),
    }


def test_supplement_stops_the_clock_and_restarts_it(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case_id, case = _accepted(desk)
    line = next(x for x in case.checklist if x.name == "申请书")
    desk.clock.advance(days=1)  # 09-30
    with pytest.raises(ValidationError):
        desk.tracking.request_supplement(case_id, lines={line.id: " "})
    result = desk.tracking.request_supplement(case_id, lines={line.id: "缺法定代表人签字"})
    assert result.document.kind is DocumentKind.SUPPLEMENT_NOTICE and "缺法定代表人签字" in result.document.text
    stopped = next(t for t in desk.tracking.open_cases(date(2026, 10, 20)) if t.id == case_id)
    assert stopped.clock_status == "暂停计时"
    desk.clock.set(desk.clock().replace(month=10, day=9))  # supplements arrive Fri 10-09
    back = desk.tracking.receive_supplement(case_id)
    # Counted afresh from the day after: 10-10 (调休), 10-12, 10-13, 10-14, 10-15.
    assert back.due_date == date(2026, 10, 15) and back.state == "已受理"
    assert desk.intake.get(case_id).checklist[0].status is MaterialStatus.RECEIVED


def test_suspension_does_not_count_then_complete_and_deliver(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case_id, _ = _accepted(desk)
    desk.clock.advance(days=1)
    desk.tracking.suspend(case_id, "专家评审")  # 09-30: the day of suspension does not count
    desk.clock.set(desk.clock().replace(month=10, day=13))
    resumed = desk.tracking.resume(case_id)
    # Nothing counted before; resumed 10-13, five days from 10-14: 10-14, 10-15, 10-16, 10-19, 10-20.
    assert resumed.due_date == date(2026, 10, 20)
    handover = HandoverService(desk.store, desk.session, CALENDAR, desk.settings, clock=desk.clock)
    me = parse_receiver(name="刘堃", id_number=PERSON_ID, relation=ReceiverRelation.SELF)
    items = parse_items([(ItemKind.ORIGINAL, "申请书", "", 1)])
    with pytest.raises(ValidationError, match="尚未办结"):
        handover.hand_over(resumed.case_number, Handover(me, items, Signature(SignatureMode.PAPER)))
    done = desk.tracking.complete(case_id, approved=True, result_name="营业执照")
    assert done.case.state == "办结（准予）" and done.document.kind is DocumentKind.COMPLETION
    # Decided but not yet in the applicant's hands: still on the window's list, marked 待送达.
    waiting = next(t for t in desk.tracking.open_cases() if t.id == case_id)
    assert waiting.clock_status == "待送达"
    delivered = handover.hand_over(resumed.case_number, Handover(me, items, Signature(SignatureMode.PAPER)))
    assert delivered.case.state == "已送达"
    assert all(t.id != case_id for t in desk.tracking.open_cases())
    assert [e.action for e in desk.tracking.events(case_id)][-4:] == ["中止计时", "恢复计时", "准予", "送达"]


def test_withdraw_and_search_by_number_name_and_id(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case_id, case = _accepted(desk)
    for text in (case.case_number, "刘堃", PERSON_ID.lower(), "110105491231002"):  # legacy 15-digit form too
        hits = desk.tracking.search(text)
        assert [h.id for h in hits] == [case_id]
        assert hits[0].id_masked == "1101**********002X"
    assert desk.tracking.withdraw(case_id, "申请人撤回").state == "已撤回"


def test_five_day_rule_shows_deemed_acceptance(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = desk.intake.mark(case.id, case.checklist[0].id, MaterialStatus.RECEIVED)  # received 09-29
    line = next(t for t in desk.tracking.open_cases(date(2026, 10, 12)) if t.id == case.id)
    assert line.five_day is not None and line.five_day.state == "即将届满" and line.five_day.days_left == 0
    late = next(t for t in desk.tracking.open_cases(date(2026, 10, 13)) if t.id == case.id)
    assert late.five_day is not None and late.five_day.deemed_accepted
    assert late.five_day.deadline == date(2026, 10, 12)
    # Accepting it now counts from the day of receipt, as §32 says.
    desk.clock.set(desk.clock().replace(month=10, day=13))
    desk.intake.mark_all_received(case.id)
    accepted = desk.decisions.accept(case.id)
    assert accepted.case.accepted_on == date(2026, 9, 29) and accepted.case.due_date == date(2026, 10, 12)
