"""Stages folded from case events, with working days counted on the hall calendar by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from app.domain.calendar import WorkCalendar
from app.domain.case_stage import CaseStage, StageAction, fold_stages
from app.domain.case_state import CaseAction

S = CaseStage
B = StageAction
A = CaseAction


@dataclass
class Ev:
    action: str
    day: date
    data: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    minute: int = 0

    @property
    def at(self) -> datetime:
        return datetime.combine(self.day, time(9, 0)) + timedelta(minutes=self.minute)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


MON = date(2026, 11, 2)  # Monday; November 2026 has no holiday


def d(offset: int) -> date:
    return MON + timedelta(days=offset)


def test_front_to_back_office_to_output_counts_working_days_per_stage(cal: WorkCalendar) -> None:
    events = [
        Ev(A.ACCEPT.value, d(0)),
        Ev(B.TAKE_OVER.value, d(1), {"department": "XZSP"}),  # Tue
        Ev(B.REVIEW_OPINION.value, d(3), {"department": "XZSP", "conclusion": "通过"}),  # Thu
        Ev(B.DECIDE_APPROVE.value, d(7), {"department": "XZSP"}),  # next Mon
        Ev(B.RECORD_RESULT.value, d(7), {"name": "食品经营许可证", "number": "JY123"}, minute=1),
        Ev(B.COMPLETE.value, d(8), {"department": "XZSP"}),  # Tue
    ]
    t = fold_stages(events, cal, today=d(10))  # Thursday
    assert [(s.stage, s.entered_on, s.left_on) for s in t.spans] == [
        (S.ACCEPTANCE, d(0), d(1)),
        (S.REVIEW, d(1), d(3)),
        (S.APPROVAL, d(3), d(8)),
        (S.AWAITING_OUTPUT, d(8), None),
    ]
    # Thu→Tue crosses a weekend: Fri, Mon, Tue = 3 working days; waiting Tue→Thu = 2
    assert t.workdays_by_stage() == {S.ACCEPTANCE: 1, S.REVIEW: 2, S.APPROVAL: 3, S.AWAITING_OUTPUT: 2}
    assert t.current is S.AWAITING_OUTPUT
    assert t.decision == "准予"
    assert t.result == {"name": "食品经营许可证", "number": "JY123"}
    assert t.spans[1].department == "XZSP"


def test_opinion_needing_supplement_stays_in_review_and_remembers_the_lines(cal: WorkCalendar) -> None:
    events = [
        Ev(A.ACCEPT.value, d(0)),
        Ev(B.TAKE_OVER.value, d(0), {"department": "SCJ"}, minute=5),
        Ev(B.REVIEW_OPINION.value, d(1), {"department": "SCJ", "conclusion": "需补正"}),
        Ev(B.ASK_SUPPLEMENT.value, d(1), {"department": "SCJ", "lines": {"L1": "营业执照复印件不清晰"}}, minute=1),
    ]
    t = fold_stages(events, cal, today=d(2))
    assert t.current is S.REVIEW
    assert t.supplement_asked == {"L1": "营业执照复印件不清晰"}
    received = [*events, Ev(A.RECEIVE_SUPPLEMENT.value, d(4))]
    assert fold_stages(received, cal, today=d(4)).supplement_asked == {}


def test_joint_case_waits_for_the_late_co_department_then_returns_to_approval(cal: WorkCalendar) -> None:
    parties = [{"department": "GAJ", "limit_days": 3}, {"department": "STHJ", "limit_days": 5}]
    events = [
        Ev(A.ACCEPT.value, d(0)),
        Ev(B.TAKE_OVER.value, d(0), {"department": "XZSP"}, minute=1),
        Ev(B.JOINT_START.value, d(1), {"department": "XZSP", "parties": parties}),  # Tue
        Ev(B.JOINT_OPINION.value, d(2), {"department": "STHJ", "answer": "同意", "reason": ""}),
    ]
    t = fold_stages(events, cal, today=d(7))  # next Monday
    assert t.current is S.JOINT
    assert t.joint is not None
    # GAJ: 3 working days from Tue 11-03 → Fri 11-06; late on Monday
    gaj = t.joint.parties[0]
    assert gaj.due == date(2026, 11, 6)
    assert [p.department for p in t.joint.late(d(7))] == ["GAJ"]
    assert t.joint.waiting_for == ("GAJ",)
    assert not t.joint.complete
    events.append(Ev(B.JOINT_OPINION.value, d(8), {"department": "GAJ", "answer": "不同意", "reason": "消防不合格"}))
    t = fold_stages(events, cal, today=d(8))
    assert t.current is S.APPROVAL
    assert t.joint is not None and t.joint.complete
    assert t.joint.disagreeing == ("GAJ",)
    assert t.joint.parties[0].is_late(d(8))  # answered after its due day
    assert t.workdays_by_stage()[S.JOINT] == 5  # Tue → next Tue


def test_forwarding_has_its_own_limit_and_goes_back_to_the_stage_before(cal: WorkCalendar) -> None:
    events = [
        Ev(A.ACCEPT.value, d(0)),
        Ev(B.TAKE_OVER.value, d(0), {"department": "XZSP"}, minute=1),
        Ev(B.REVIEW_OPINION.value, d(1), {"department": "XZSP", "conclusion": "通过"}),
        Ev(A.FORWARD.value, d(2), {"authority": "市市场监督管理局", "limit_days": 10}),  # Wed
    ]
    t = fold_stages(events, cal, today=d(3))
    assert t.current is S.FORWARDED
    fw = t.forwarding
    assert fw is not None and fw.authority == "市市场监督管理局"
    assert fw.due == date(2026, 11, 18)  # 10 working days after Wed 11-04
    assert not fw.is_late(d(3))
    events.append(Ev(A.FORWARD_RETURNED.value, d(9), {"reply": "同意"}))
    t = fold_stages(events, cal, today=d(9))
    assert t.current is S.APPROVAL
    assert t.forwarding is not None and t.forwarding.replied_on == d(9) and t.forwarding.reply == "同意"
    assert t.workdays_by_stage()[S.FORWARDED] == 5


def test_delivery_archive_and_mail_returned(cal: WorkCalendar) -> None:
    events = [
        Ev(A.ACCEPT.value, d(0)),
        Ev(A.APPROVE.value, d(1)),
        Ev(B.HAND_OVER.value, d(2), {"method": "邮寄"}),
        Ev(B.MAIL_RETURNED.value, d(4)),
    ]
    t = fold_stages(events, cal, today=d(4))
    assert t.current is S.AWAITING_OUTPUT
    assert [s.stage for s in t.spans] == [S.ACCEPTANCE, S.AWAITING_OUTPUT, S.DELIVERED, S.AWAITING_OUTPUT]
    assert t.workdays_by_stage()[S.AWAITING_OUTPUT] == 1  # Tue→Wed; then 0 on the day it came back
    events += [Ev(A.DELIVER.value, d(7)), Ev(B.ARCHIVE.value, d(8))]
    t = fold_stages(events, cal, today=d(30))
    assert t.current is S.ARCHIVED
    # 已送达 Wed→Fri (2) then Mon→Tue (1); 待出件 Tue→Wed (1) and Fri→Mon (1); the file takes no time
    assert t.workdays_by_stage() == {S.ACCEPTANCE: 1, S.AWAITING_OUTPUT: 2, S.DELIVERED: 3, S.ARCHIVED: 0}


def test_a_withdrawn_case_ends_without_a_stage(cal: WorkCalendar) -> None:
    t = fold_stages([Ev(A.ACCEPT.value, d(0)), Ev(A.WITHDRAW.value, d(3))], cal, today=d(10))
    assert t.current is None
    assert t.ended_by == "撤回" and t.ended_on == d(3)
    assert [(s.stage, s.workdays) for s in t.spans] == [(S.ACCEPTANCE, 3)]


def test_no_events_no_stage(cal: WorkCalendar) -> None:
    t = fold_stages([], cal, today=d(0))
    assert t.current is None and t.spans == ()
