"""Every clock event of the seeds as a service, worked by hand on the 2026 calendar
(chinesecalendar knows 2026: November has no holiday), on SQLite and PostgreSQL.

企业设立登记 (QYSL) has a promised limit of 5 working days. Accepted Monday 2026-11-02,
it is due 11-09 (11-03, 04, 05, 06, 09).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import MaterialStatus
from app.domain.errors import ValidationError
from app.services.clock import ManualClock
from app.services.clock_events import ClockEventService, ExtensionReviewService
from app.services.errors import DecisionNotAllowed
from app.services.registers import RegisterService
from app.store.models import IssuedDocument, NegativeFiling
from app.store.uow import Store
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import LEAD_PASSWORD, PASSWORD

ACCEPTED = date(2026, 11, 2)


class Window:
    """One window PC whose clock the test moves day by day."""

    def __init__(self, store: Store) -> None:
        self.desk = desk_on(store, ACCEPTED)
        self.desk.session.login("0101", PASSWORD)
        d = self.desk
        self.events = ClockEventService(store, d.session, d.decisions._calendar, d.settings, clock=d.clock)

    def on(self, day: date) -> Window:
        self.desk.clock.set(ManualClock.at_hall_time(day)())
        return self

    def accept(self, matter: str = "QYSL"):  # type: ignore[no-untyped-def]
        case = self.desk.intake.start(matter_code=matter, applicant=PERSON)
        self.desk.intake.mark_all_received(case.id)
        return self.desk.decisions.accept(case.id).case

    def line(self, case_id, day: date):  # type: ignore[no-untyped-def]
        return self.desk.tracking.get(case_id, day)


@pytest.fixture()
def window(clock_hall: Store) -> Window:
    return Window(clock_hall)


def test_applicant_pause_does_not_count(window: Window) -> None:
    case = window.accept()
    assert case.due_date == date(2026, 11, 9)
    window.on(date(2026, 11, 4)).events.pause_for_applicant(case.id, "申请人申请暂缓，补充经营场所证明")
    paused = window.line(case.id, date(2026, 11, 13))
    assert (paused.state, paused.clock_status, paused.days_left) == ("申请人原因暂停", "暂停计时", 4)
    resumed = window.on(date(2026, 11, 16)).events.resume_for_applicant(case.id)
    # 11-03 counted; from 11-17: 17, 18, 19, 20 → due 11-20, on time.
    assert resumed.case.due_date == date(2026, 11, 20)
    assert window.line(case.id, date(2026, 11, 19)).clock_status == "即将到期"
    with pytest.raises(ValidationError):
        window.events.pause_for_applicant(case.id, " ")


def test_an_omission_in_the_first_notice_keeps_the_first_supplements_as_the_start(window: Window) -> None:
    case = window.accept()
    line = next(x for x in case.checklist if x.name == "申请书")
    window.on(date(2026, 11, 3)).desk.tracking.request_supplement(case.id, lines={line.id: "缺签字"})
    back = window.on(date(2026, 11, 5)).desk.tracking.receive_supplement(case.id)
    assert back.due_date == date(2026, 11, 12)  # restarted from 11-06: 06, 09, 10, 11, 12
    other = next(x for x in case.checklist if x.name == "法定代表人身份证明")
    omitted = window.on(date(2026, 11, 9)).events.request_omitted(case.id, {other.id: "复印件不清晰"})
    assert omitted.case.state == "待补正"
    assert "首次告知时遗漏" in omitted.documents[0].text and "复印件不清晰" in omitted.documents[0].text
    running = window.line(case.id, date(2026, 11, 10))
    assert running.clock_status != "暂停计时" and running.days_left == 2  # the clock did not stop
    again = window.on(date(2026, 11, 11)).desk.tracking.receive_supplement(case.id)
    assert again.due_date == date(2026, 11, 12)  # still from the first supplements


def test_forwarded_case_publishes_the_higher_limit_and_stops_the_window_clock(window: Window) -> None:
    case = window.accept()
    window.on(date(2026, 11, 4)).events.forward(case.id, authority="市市场监督管理局", limit_days=10)
    facts = window.events.facts(case.id)
    assert (facts.higher_authority, facts.higher_limit_days, facts.higher_due) == (
        "市市场监督管理局",
        10,
        date(2026, 11, 18),
    )
    line = window.line(case.id, date(2026, 11, 17))
    assert (line.state, line.clock_status, line.higher_due) == ("已上报", "暂停计时", date(2026, 11, 18))
    back = window.on(date(2026, 11, 20)).events.forward_returned(case.id, "市局已批准")
    assert back.case.due_date == date(2026, 11, 26)  # 1 day used; 23, 24, 25, 26
    with pytest.raises(ValidationError):
        window.events.forward(case.id, authority="市局", limit_days=0)


def test_extension_needs_the_centers_approval_then_prints_the_new_date(window: Window, clock_hall: Store) -> None:
    case = window.accept()
    window.on(date(2026, 11, 5)).events.request_extension(case.id, days=3, reason="需现场核查经营场所")
    with pytest.raises(DecisionNotAllowed, match="待审批"):
        window.events.issue_extension(case.id)
    with pytest.raises(DecisionNotAllowed, match="重复"):
        window.events.request_extension(case.id, days=2, reason="再延")
    admin = desk_on(clock_hall, date(2026, 11, 5))
    admin.session.login("9001", PASSWORD)
    review = ExtensionReviewService(clock_hall, ManualClock.at_hall_time(date(2026, 11, 5), 15))
    assert [(r.case_number, r.days) for r in review.pending(admin.session.actor)] == [(case.case_number, 3)]
    with pytest.raises(ValidationError):
        review.decide(admin.session.actor, case.id, approve=False)
    assert review.decide(admin.session.actor, case.id, approve=True).state == "已批准"
    assert review.pending(admin.session.actor) == []
    result = window.on(date(2026, 11, 6)).events.issue_extension(case.id)
    assert result.case.due_date == date(2026, 11, 12)  # 5 + 3 days from 11-03
    (notice,) = result.documents
    assert notice.title == "延期办理通知书"
    flat = notice.text.replace(" ", "")
    assert "2026年11月9日" in flat and "2026年11月12日" in flat and "延长3个工作日" in flat
    assert window.events.facts(case.id).extension.state == "已告知"
    with pytest.raises(DecisionNotAllowed):
        window.events.issue_extension(case.id)


def test_urgent_cases_are_flagged_and_listed_first(window: Window) -> None:
    first = window.accept()
    second = window.accept()
    window.events.mark_urgent(second.id, "申请人需赶赴外地投标")
    lines = window.desk.tracking.open_cases(ACCEPTED)
    assert [t.id for t in lines][:2] == [second.id, first.id]
    assert lines[0].urgent is True and lines[1].urgent is False


def test_return_after_acceptance_within_three_working_days(window: Window) -> None:
    in_time = window.accept()
    late = window.accept()
    returned = window.on(date(2026, 11, 5)).desk.decisions.return_case(in_time.id, reasons=["现场核查不具备条件"])
    assert returned.case.state == "已退回"
    window.on(date(2026, 11, 6))
    with pytest.raises(DecisionNotAllowed, match="3个工作日"):
        window.desk.decisions.return_case(late.id, reasons=["现场核查不具备条件"])


def test_denial_at_completion_prints_rights_and_is_filed_for_review(window: Window, clock_hall: Store) -> None:
    case = window.accept()
    window.on(date(2026, 11, 6))
    with pytest.raises(ValidationError):
        window.events.deny(case.id, reasons=[], legal_basis="x", lead_staff_no="0190", lead_password=LEAD_PASSWORD)
    result = window.events.deny(
        case.id,
        reasons=["经营场所不符合规划用途"],
        legal_basis="《示例条例》第十二条",
        lead_staff_no="0190",
        lead_password=LEAD_PASSWORD,
    )
    assert result.case.state == "办结（不予）"
    (decision,) = result.documents
    assert decision.title == "不予许可决定书"
    for words in ("经营场所不符合规划用途", "《示例条例》第十二条", "六十日内", "六个月内", "否定备案"):
        assert words in decision.text
    with clock_hall.read() as s:
        filing = s.scalars(select(NegativeFiling).where(NegativeFiling.case_id == case.id)).one()
        assert (filing.kind, filing.review_state) == ("不予许可", "待审查")
        assert s.scalars(select(IssuedDocument.kind).where(IssuedDocument.case_id == case.id)).all() == [
            "受理通知书",
            "不予许可决定书",
        ]
    pending = RegisterService(clock_hall).negative_filings(pending_only=True)
    assert [(f.case_number, f.kind) for f in pending] == [(case.case_number, "不予许可")]


def test_a_return_visit_after_a_notice_is_a_resubmission(window: Window) -> None:
    desk = window.desk
    draft = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    draft = desk.intake.mark_all_received(draft.id)
    line = next(x for x in draft.checklist if x.name == "申请书")
    desk.intake.mark(draft.id, line.id, MaterialStatus.MISSING, "未带")
    desk.decisions.notify(draft.id)
    again = window.on(date(2026, 11, 4)).desk.intake.start(matter_code="QYSL", applicant=PERSON)
    assert (again.kind, again.visit_no) == ("补办件", 2)
    desk.intake.mark_all_received(again.id)
    accepted = desk.decisions.accept(again.id).case
    assert accepted.kind == "补办件" and accepted.due_date == date(2026, 11, 11)  # counted from its own acceptance
    fresh = desk.intake.start(matter_code="SPJY", applicant=PERSON)
    assert fresh.kind == "承诺件"
