"""The case state machine, checked over every (state, action) pair against a table written out here."""

from __future__ import annotations

import itertools

import pytest

from app.domain.case_state import CaseAction, CaseState, allowed_actions, apply, is_final, is_open
from app.domain.errors import IllegalTransition

S = CaseState
A = CaseAction

#: The intended rules, written independently of the module's table.
LEGAL: dict[tuple[CaseState, CaseAction], CaseState] = {
    (S.DRAFT, A.ACCEPT): S.ACCEPTED,
    (S.DRAFT, A.NOTIFY): S.NOTIFIED,
    (S.DRAFT, A.REFUSE): S.REFUSED,
    (S.DRAFT, A.FINISH): S.FINISHED,
    (S.DRAFT, A.RETURN): S.RETURNED,
    (S.DRAFT, A.ACCEPT_WITH_DEFICIENCY): S.DEFICIENCY_ACCEPTED,
    (S.DRAFT, A.WITHDRAW): S.WITHDRAWN,
    (S.DRAFT, A.NOTIFY_LATE): S.SUPPLEMENT_REQUESTED,
    (S.DRAFT, A.MARK_URGENT): S.DRAFT,
    (S.ACCEPTED, A.MARK_URGENT): S.ACCEPTED,
    (S.ACCEPTED, A.REQUEST_OMITTED): S.SUPPLEMENT_REQUESTED,
    (S.ACCEPTED, A.APPLICANT_PAUSE): S.APPLICANT_PAUSED,
    (S.ACCEPTED, A.FORWARD): S.FORWARDED,
    (S.ACCEPTED, A.REQUEST_EXTENSION): S.ACCEPTED,
    (S.ACCEPTED, A.EXTEND): S.ACCEPTED,
    (S.ACCEPTED, A.RETURN): S.RETURNED,
    (S.APPLICANT_PAUSED, A.APPLICANT_RESUME): S.ACCEPTED,
    (S.APPLICANT_PAUSED, A.WITHDRAW): S.WITHDRAWN,
    (S.FORWARDED, A.FORWARD_RETURNED): S.ACCEPTED,
    (S.FORWARDED, A.WITHDRAW): S.WITHDRAWN,
    (S.ACCEPTED, A.REQUEST_SUPPLEMENT): S.SUPPLEMENT_REQUESTED,
    (S.ACCEPTED, A.SUSPEND): S.SUSPENDED,
    (S.ACCEPTED, A.APPROVE): S.COMPLETED_APPROVED,
    (S.ACCEPTED, A.DENY): S.COMPLETED_DENIED,
    (S.ACCEPTED, A.WITHDRAW): S.WITHDRAWN,
    (S.SUPPLEMENT_REQUESTED, A.RECEIVE_SUPPLEMENT): S.ACCEPTED,
    (S.SUPPLEMENT_REQUESTED, A.RETURN): S.RETURNED,
    (S.SUPPLEMENT_REQUESTED, A.WITHDRAW): S.WITHDRAWN,
    (S.SUSPENDED, A.RESUME): S.ACCEPTED,
    (S.SUSPENDED, A.WITHDRAW): S.WITHDRAWN,
    (S.DEFICIENCY_ACCEPTED, A.RECEIVE_DEFERRED): S.ACCEPTED,
    (S.DEFICIENCY_ACCEPTED, A.RETURN): S.RETURNED,
    (S.DEFICIENCY_ACCEPTED, A.WITHDRAW): S.WITHDRAWN,
    (S.COMPLETED_APPROVED, A.DELIVER): S.DELIVERED,
    (S.COMPLETED_DENIED, A.DELIVER): S.DELIVERED,
    (S.DELIVERED, A.MAIL_RETURNED): S.MAIL_RETURNED,
    (S.MAIL_RETURNED, A.DELIVER): S.DELIVERED,
}

OPEN = {
    S.DRAFT,
    S.ACCEPTED,
    S.SUPPLEMENT_REQUESTED,
    S.SUSPENDED,
    S.DEFICIENCY_ACCEPTED,
    S.APPLICANT_PAUSED,
    S.FORWARDED,
}
FINAL = {S.NOTIFIED, S.REFUSED, S.FINISHED, S.RETURNED, S.WITHDRAWN}
RESUBMIT = {S.NOTIFIED, S.REFUSED, S.RETURNED}

LEGAL_PAIRS = sorted(LEGAL, key=lambda p: (list(S).index(p[0]), list(A).index(p[1])))
ILLEGAL_PAIRS = [p for p in itertools.product(S, A) if p not in LEGAL]


def test_table_sizes() -> None:
    assert len(S) == 16 and len(A) == 25
    assert len(LEGAL_PAIRS) + len(ILLEGAL_PAIRS) == 16 * 25


@pytest.mark.parametrize(("state", "action"), LEGAL_PAIRS, ids=lambda x: x.name)
def test_legal_transition(state: CaseState, action: CaseAction) -> None:
    assert apply(state, action) is LEGAL[(state, action)]
    assert action in allowed_actions(state)


@pytest.mark.parametrize(("state", "action"), ILLEGAL_PAIRS, ids=lambda x: x.name)
def test_illegal_transition(state: CaseState, action: CaseAction) -> None:
    with pytest.raises(IllegalTransition) as caught:
        apply(state, action)
    expected = f"案件当前状态为“{state.value}”，不能执行“{action.value}”"
    if state in RESUBMIT:
        expected += "（该案件已终结，申请人重新提交时请新建补办件）"
    elif state in FINAL:
        expected += "（该案件已终结）"
    assert str(caught.value) == expected
    assert action not in allowed_actions(state)


def test_the_message_of_the_brief() -> None:
    with pytest.raises(IllegalTransition) as caught:
        apply(S.ACCEPTED, A.ACCEPT)
    assert str(caught.value) == "案件当前状态为“已受理”，不能执行“受理”"


@pytest.mark.parametrize("state", list(S), ids=lambda s: s.name)
def test_open_and_final(state: CaseState) -> None:
    assert is_open(state) is (state in OPEN)
    assert is_final(state) is (state in FINAL)
    assert (allowed_actions(state) == ()) is (state in FINAL)
    if state in OPEN:
        assert A.WITHDRAW in allowed_actions(state)


def test_completed_states_are_neither_open_nor_final() -> None:
    for state in (S.COMPLETED_APPROVED, S.COMPLETED_DENIED):
        assert not is_open(state) and not is_final(state)
        assert allowed_actions(state) == (A.DELIVER,)


def test_draft_offers_the_window_decisions_in_order() -> None:
    assert allowed_actions(S.DRAFT) == (
        A.ACCEPT,
        A.NOTIFY,
        A.NOTIFY_LATE,
        A.MARK_URGENT,
        A.REFUSE,
        A.FINISH,
        A.RETURN,
        A.ACCEPT_WITH_DEFICIENCY,
        A.WITHDRAW,
    )


def test_a_whole_case() -> None:
    state = S.DRAFT
    for action in (
        A.ACCEPT_WITH_DEFICIENCY,
        A.RECEIVE_DEFERRED,
        A.REQUEST_SUPPLEMENT,
        A.RECEIVE_SUPPLEMENT,
        A.SUSPEND,
        A.RESUME,
        A.APPROVE,
        A.DELIVER,
    ):
        state = apply(state, action)
    assert state is S.DELIVERED
    # A returned mail item reopens the hand-over; the next 送达 closes it again.
    assert allowed_actions(state) == (A.MAIL_RETURNED,)
    assert apply(apply(state, A.MAIL_RETURNED), A.DELIVER) is S.DELIVERED


def test_labels_are_chinese() -> None:
    assert S.SUPPLEMENT_REQUESTED.label == "待补正"
    assert A.ACCEPT_WITH_DEFICIENCY.label == "容缺受理"
