"""联办件 waits for its late co-department; a 上报件's time is excluded from the hall's clock
(SQLite and PostgreSQL; dates worked by hand on November 2026, which has no holiday)."""

from __future__ import annotations

import pytest

from app.domain.errors import PermissionDenied, ValidationError
from app.services.backoffice_joint import JointReviewService
from app.services.errors import DecisionNotAllowed
from app.store.uow import Store
from tests.backoffice.test_backoffice_service import BO_PASSWORD, Hall, d


@pytest.fixture()
def hall(clock_hall: Store) -> Hall:
    h = Hall(clock_hall)
    h.bo = JointReviewService(clock_hall, h.clock)
    return h


def test_joint_case_waits_for_the_late_co_department(hall: Hall) -> None:
    bo: JointReviewService = hall.bo  # type: ignore[assignment]
    case = hall.accept()
    hall.on(d(1)).bo.take_over(hall.actor, case.id)
    with pytest.raises(ValidationError, match="部门不存在"):
        bo.start_joint(hall.actor, case.id, {"XXX": 3})
    detail = bo.start_joint(hall.actor, case.id, {"GAJ": 2})  # Tue 11-03 + 2 → Thu 11-05
    assert detail.line.stage == "联办" and detail.line.joint_waiting == ("GAJ",)
    gaj = bo.login("5101", BO_PASSWORD)
    assert [x.case_number for x in bo.cases(gaj, today=d(2))] == [case.case_number]
    assert not bo.cases(gaj, today=d(2))[0].lead
    with pytest.raises(PermissionDenied, match="联办部门"):
        bo.approve(gaj, case.id)
    with pytest.raises(DecisionNotAllowed, match="联办部门尚未全部答复（GAJ）"):
        bo.approve(hall.actor, case.id)
    # Friday 11-06: GAJ is past its limit — the lead sees it.
    late = bo.cases(hall.actor, today=d(4))[0]
    assert late.joint_late == ("GAJ",)
    with pytest.raises(ValidationError, match="不同意须写明理由"):
        bo.joint_opinion(gaj, case.id, answer="不同意")
    answered = hall.on(d(7)).bo.joint_opinion(gaj, case.id, answer="不同意", reason="消防验收未通过")
    assert answered.line.stage == "审批"
    assert answered.joint is not None and answered.joint.disagreeing == ("GAJ",)
    party = answered.joint.parties[0]
    assert (party.due.isoformat(), party.answered_on, party.staff_name) == ("2026-11-05", d(7), "孙公安")
    with pytest.raises(ValidationError, match="已签署"):
        bo.joint_opinion(gaj, case.id, answer="同意")
    assert dict((s.stage, s.workdays) for s in answered.stage_days)["联办"] == 4  # Tue → next Mon


def test_forwarded_time_is_excluded_from_the_halls_clock(hall: Hall) -> None:
    bo: JointReviewService = hall.bo  # type: ignore[assignment]
    case = hall.accept()  # due 11-09
    hall.on(d(1)).bo.take_over(hall.actor, case.id)
    with pytest.raises(ValidationError, match="1至60个工作日"):
        bo.forward(hall.actor, case.id, authority="市市场监督管理局", limit_days=0)
    sent = hall.on(d(2)).bo.forward(hall.actor, case.id, authority="市市场监督管理局", limit_days=10)
    assert (sent.line.stage, sent.line.forwarded_to, sent.line.higher_due) == ("上报", "市市场监督管理局", d(16))
    # The window's clock stops on Wednesday 11-04 (only 11-03 counted: 4 left).
    line = hall.window.tracking.get(case.id, d(9))
    assert (line.stage, line.clock_status) == ("上报", "暂停计时")
    back = hall.on(d(9)).bo.forward_reply(hall.actor, case.id, reply="同意核准")
    assert back.line.stage == "审查" and back.forwarding is not None and back.forwarding.reply == "同意核准"
    # Back on Wed 11-11: 4 days from the 12th: 12, 13, 16, 17.
    line = hall.window.tracking.get(case.id, d(9))
    assert (line.clock_status, line.due_date, line.days_left) == ("正常", d(15), 4)
    assert dict(line.stage_days)["上报"] == 5
