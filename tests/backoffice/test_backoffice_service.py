"""The back office works a case the front window accepted, on SQLite and PostgreSQL: 签收,
补正 through the window (which issues the notice; the clock restarts), 审查 通过, 审批, the
result, 办结 → 待出件 — every step an event of its own; the window's rows untouched.

企业设立登记 (QYSL, department SCJG) has a promised limit of 5 working days; accepted
Monday 2026-11-02 it is due 11-09 (November 2026 has no holiday).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.enums import Role
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services.backoffice import BackOfficeService
from app.services.backoffice_window import adopt_back_office_results
from app.services.clock import ManualClock
from app.services.errors import CentralStoreUnavailable, DecisionNotAllowed, WrongPassword
from app.services.staffing import create_staff
from app.store.engine import make_engine
from app.store.models import Case, CaseEvent, CaseMaterial, Department, IssuedDocument, NegativeFiling
from app.store.uow import Store
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import PASSWORD

MON = date(2026, 11, 2)
BO_PASSWORD = "houtai2026"


def d(n: int) -> date:
    return date.fromordinal(MON.toordinal() + n)


class Hall:
    """Window 01 and the SCJG back office on one store, with clocks the test moves."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.window = desk_on(store, MON)
        self.window.session.login("0101", PASSWORD)
        self.clock = ManualClock.at_hall_time(MON, 10)
        self.bo = BackOfficeService(store, self.clock)
        with store.write() as tx:
            tx.session.add(Department(code="GAJ", name="区公安局"))
        create_staff(
            store,
            staff_no="5001",
            name="钱审批",
            password=BO_PASSWORD,
            roles=(Role.BACK_OFFICE,),
            department_code="SCJG",
            must_change_password=False,
        )
        create_staff(
            store,
            staff_no="5101",
            name="孙公安",
            password=BO_PASSWORD,
            roles=(Role.BACK_OFFICE,),
            department_code="GAJ",
            must_change_password=False,
        )
        self.actor = self.bo.login("5001", BO_PASSWORD)

    def on(self, day: date) -> Hall:
        self.clock.set(ManualClock.at_hall_time(day, 10)())
        self.window.clock.set(ManualClock.at_hall_time(day, 9)())
        return self

    def accept(self, matter: str = "QYSL"):  # type: ignore[no-untyped-def]
        case = self.window.intake.start(matter_code=matter, applicant=PERSON)
        self.window.intake.mark_all_received(case.id)
        return self.window.decisions.accept(case.id).case


@pytest.fixture()
def hall(clock_hall: Store) -> Hall:
    return Hall(clock_hall)


def _window_rows(store: Store, case_id):  # type: ignore[no-untyped-def]
    with store.read() as s:
        case = s.get(Case, case_id)
        mats = [
            (m.id, m.status, m.note) for m in s.scalars(select(CaseMaterial).where(CaseMaterial.case_id == case_id))
        ]
        return (case.state, case.updated_at, case.due_date, case.result_name), sorted(mats)


def test_review_supplement_through_the_window_approve_and_complete(hall: Hall) -> None:
    case = hall.accept()
    assert case.due_date == d(7)  # 11-09
    lines = hall.bo.cases(hall.actor, today=d(0))
    assert [(x.case_number, x.stage, x.days_left) for x in lines] == [(case.case_number, "受理", 5)]

    hall.on(d(1)).bo.take_over(hall.actor, case.id)
    before = _window_rows(hall.store, case.id)
    sqs = next(m for m in case.checklist if m.material_code == "SQS")
    detail = hall.on(d(2)).bo.ask_supplement(hall.actor, case.id, lines={sqs.id: "申请书未签字"}, note="请补签")
    assert detail.line.stage == "审查" and detail.line.supplement_pending
    assert _window_rows(hall.store, case.id) == before  # the window's rows are not the back office's
    with pytest.raises(DecisionNotAllowed, match="等待申请人补正"):
        hall.bo.review(hall.actor, case.id, conclusion="通过", opinion="材料齐全")

    # The owning window sees the request and issues (prints) the 补正材料通知书 with those lines.
    mine = hall.window.tracking.get(case.id, d(2))
    assert mine.stage == "审查"
    assert mine.supplement_asked == ((str(sqs.id), "申请书未签字"),)
    asked = {type(sqs.id)(k): v for k, v in mine.supplement_asked}
    result = hall.window.tracking.request_supplement(case.id, lines=asked, note="后台要求补正")
    assert [doc.kind.value for doc in result.documents] == ["补正材料通知书"]
    assert "申请书未签字" in result.documents[0].text
    assert hall.window.tracking.get(case.id, d(3)).clock_status == "暂停计时"
    # Supplements on Friday 11-06: the 5 days restart the day after: 09, 10, 11, 12, 13.
    received = hall.on(d(4)).window.tracking.receive_supplement(case.id)
    assert received.due_date == d(11)

    hall.on(d(7)).bo.review(hall.actor, case.id, conclusion="通过", opinion="补正后材料齐全")
    with pytest.raises(DecisionNotAllowed, match="请先作出审批决定"):
        hall.bo.record_result(hall.actor, case.id, name="营业执照", number="91510626MA0000001X")
    hall.on(d(8)).bo.approve(hall.actor, case.id, opinion="同意")
    with pytest.raises(DecisionNotAllowed, match="须先登记证照"):
        hall.bo.complete(hall.actor, case.id)
    hall.bo.record_result(hall.actor, case.id, name="营业执照", number="91510626MA0000001X")
    done = hall.on(d(9)).bo.complete(hall.actor, case.id)
    assert done.line.stage == "待出件"
    # 受理 11-02→03 (1), 审查 11-03→09 (04, 05, 06, 09 = 4), 审批 11-09→11 (2)
    assert [(x.stage, x.workdays) for x in done.stage_days] == [("受理", 1), ("审查", 4), ("审批", 2), ("待出件", 0)]
    assert done.result == {"name": "营业执照", "number": "91510626MA0000001X"}
    bo_events = [e for e in done.timeline if e.owner == "后台SCJG"]
    assert [e.action for e in bo_events] == ["后台签收", "后台要求补正", "审查意见", "审批准予", "登记结果", "后台办结"]
    assert {e.staff_name for e in bo_events} == {"钱审批"}
    assert done.applicant.id_number == "1101**********002X"  # masked: no 查看完整证件号码 role
    assert [x.kind for x in done.documents] == ["受理通知书", "补正材料通知书"]

    # The window folds the 办结 into its own row: 办结（准予）, the certificate as result; 待送达.
    assert adopt_back_office_results(hall.store, "01", clock=hall.window.clock) == 1
    assert adopt_back_office_results(hall.store, "01", clock=hall.window.clock) == 0
    line = hall.window.tracking.get(case.id, d(9))
    assert (line.state, line.stage, line.clock_status) == ("办结（准予）", "待出件", "待送达")
    with hall.store.read() as s:
        assert s.get(Case, case.id).result_name == "营业执照"


def test_deny_is_filed_for_negative_review_and_the_window_cannot_decide(hall: Hall) -> None:
    case = hall.accept()
    hall.on(d(1)).bo.take_over(hall.actor, case.id)
    with pytest.raises(DecisionNotAllowed, match="后台签收"):
        hall.window.tracking.complete(case.id, approved=True, result_name="营业执照")
    assert "准予" not in hall.window.tracking.get(case.id, d(1)).allowed_actions
    with pytest.raises(DecisionNotAllowed, match="审查"):
        hall.bo.approve(hall.actor, case.id)  # still in 审查
    hall.bo.review(hall.actor, case.id, conclusion="通过", opinion="拟不予许可")
    with pytest.raises(ValidationError, match="法律依据"):
        hall.bo.deny(hall.actor, case.id, reasons=["经营场所不符合要求"], legal_basis=" ")
    hall.on(d(2)).bo.deny(hall.actor, case.id, reasons=["经营场所不符合要求"], legal_basis="《示例条例》第十二条")
    with pytest.raises(DecisionNotAllowed, match="已作出审批决定"):
        hall.bo.approve(hall.actor, case.id)
    done = hall.bo.complete(hall.actor, case.id)  # 不予许可 needs no certificate
    assert done.line.decision == "不予许可" and done.line.stage == "待出件"
    with hall.store.read() as s:
        filing = s.scalars(select(NegativeFiling).where(NegativeFiling.case_id == case.id)).one()
        assert (filing.kind, filing.owner_window, filing.reason, filing.review_state) == (
            "不予许可",
            "后台SCJG",
            "经营场所不符合要求",
            "待审查",
        )
        assert s.get(Case, case.id).state == "已受理"  # until the window folds it
    assert adopt_back_office_results(hall.store, "01", clock=hall.window.clock) == 1
    assert hall.window.tracking.get(case.id, d(2)).state == "办结（不予）"


def test_who_may_do_what(hall: Hall) -> None:
    case = hall.accept()
    other = hall.bo.login("5101", BO_PASSWORD)
    with pytest.raises(PermissionDenied, match="不属于本部门"):
        hall.bo.take_over(other, case.id)
    assert hall.bo.cases(other, today=d(0)) == []
    clerk = hall.window.session.require_window_staff()
    with pytest.raises(PermissionDenied, match="不是后台审批人"):
        hall.bo.cases(clerk)
    with pytest.raises(PermissionDenied, match="不是后台审批人"):
        hall.bo.login("0101", PASSWORD)
    with pytest.raises(WrongPassword):
        hall.bo.login("5001", "wrong-one")
    with pytest.raises(NotFound):
        hall.bo.open(hall.actor, type(case.id)(int=1))
    with pytest.raises(ValidationError, match="审查结论"):
        hall.bo.review(hall.actor, case.id, conclusion="随便", opinion="x")
    with pytest.raises(DecisionNotAllowed, match="受理"):
        hall.bo.review(hall.actor, case.id, conclusion="通过", opinion="x")  # not signed for yet


def test_unreachable_central_store_says_so_and_writes_nothing(hall: Hall) -> None:
    case = hall.accept()

    def counts() -> tuple[int, int]:
        with hall.store.read() as s:
            return (
                s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == case.id)),
                s.scalar(select(func.count()).select_from(IssuedDocument).where(IssuedDocument.case_id == case.id)),
            )

    before = counts()
    offline = Store(make_engine("postgresql+psycopg://nobody:x@127.0.0.1:9/none?connect_timeout=1"))
    with pytest.raises(
        CentralStoreUnavailable, match="无法连接中心库，签收未能完成（未保存任何内容，网络恢复后请重试）"
    ):
        BackOfficeService(offline, hall.clock).take_over(hall.actor, case.id)
    assert counts() == before
    offline.dispose()
