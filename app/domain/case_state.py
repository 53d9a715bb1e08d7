"""The life of a case (办件) as a state machine, so no screen can put a case where the rules forbid.

A case starts as a draft while the clerk checks materials. The decision at the window
(受理, 一次性告知, 不予受理, 即办办结, 退回, 容缺受理) moves it on. Decisions that end the
matter for this submission — 一次性告知, 不予受理, 退回, 即办办结 — are final: when the
applicant comes back it is a new case of kind 补办件.

After acceptance: 要求补正 waits for supplements (收到补正材料 returns to 已受理; if they
never come the application is 退回); 中止计时 covers special procedures (听证、检验、专家评审)
until 恢复计时; 准予/不予 complete it and 送达 hands the decision over.

容缺受理 (accepted with a promised material still missing, see 容缺受理承诺书) is accepted
for the clock, but no decision may be taken until 容缺材料补齐 moves it to 已受理; if the
pledge is broken the application is 退回. Supplements and suspensions are asked for after
the missing material is in, i.e. from 已受理, so the two waits never overlap.

The clock events of the seeds are actions too, so each is checked, attributed and
synced like a decision: 补告遗漏材料 (an omission in the first notice), 申请人原因暂停/恢复,
上报/上级办结返回 (上报件), 申请延时/延时办理 and 急事特办 (the last three leave the state as
it is). A 退回 after acceptance (退回件) is allowed; the services enforce its 3-day limit.

A 一次性告知 issued after the five working days of 行政许可法 §32 (逾期告知补正) cannot end
the application: it was deemed accepted on the day the materials were received, so the
case goes straight to 待补正 with that acceptance day.

Every open case may be withdrawn (撤回) by the applicant. Completed cases are neither open
nor final: only 送达 remains. A 送达 by mail whose item comes back (邮件退回) reopens the
hand-over, so 已送达 is not final either (:mod:`app.domain.handover`).
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from app.domain.errors import IllegalTransition


class CaseState(StrEnum):
    """Where a case stands; the value is the label shown to clerks."""

    DRAFT = "收件中"
    ACCEPTED = "已受理"
    NOTIFIED = "已一次性告知"
    REFUSED = "不予受理"
    FINISHED = "即办办结"
    RETURNED = "已退回"
    SUPPLEMENT_REQUESTED = "待补正"
    SUSPENDED = "中止计时"
    DEFICIENCY_ACCEPTED = "容缺受理"
    #: The applicant asked for time (or caused the delay): the clock does not count (on time).
    APPLICANT_PAUSED = "申请人原因暂停"
    #: 上报件 forwarded to the higher authority, whose own limit runs meanwhile.
    FORWARDED = "已上报"
    COMPLETED_APPROVED = "办结（准予）"
    COMPLETED_DENIED = "办结（不予）"
    DELIVERED = "已送达"
    #: A mailed result came back undelivered: the hand-over is open again (统一窗口出件).
    MAIL_RETURNED = "邮件退回"
    WITHDRAWN = "已撤回"

    @property
    def label(self) -> str:
        return self.value


class CaseAction(StrEnum):
    """What a clerk can do to a case; the value is the button's label."""

    ACCEPT = "受理"
    NOTIFY = "一次性告知"
    #: 一次性告知 after the §32 five days: deemed accepted on receipt, now waiting for 补正.
    NOTIFY_LATE = "逾期告知补正"
    #: Urgent matter handled at once (急事特办, seed 000 第三条); a flag, no state change.
    MARK_URGENT = "急事特办"
    REFUSE = "不予受理"
    FINISH = "即办办结"
    RETURN = "退回"
    ACCEPT_WITH_DEFICIENCY = "容缺受理"
    RECEIVE_DEFERRED = "容缺材料补齐"
    REQUEST_SUPPLEMENT = "要求补正"
    RECEIVE_SUPPLEMENT = "收到补正材料"
    SUSPEND = "中止计时"
    RESUME = "恢复计时"
    #: The first notice forgot something: ask for it; the limit still runs from the first supplements.
    REQUEST_OMITTED = "补告遗漏材料"
    APPLICANT_PAUSE = "申请人原因暂停"
    APPLICANT_RESUME = "申请人原因恢复"
    #: 上报件: forwarded to the higher authority, and its result came back.
    FORWARD = "上报"
    FORWARD_RETURNED = "上级办结返回"
    #: 延时办理: asked for by the window, approved by the center, then notified (延期办理通知书).
    REQUEST_EXTENSION = "申请延时"
    EXTEND = "延时办理"
    APPROVE = "准予"
    DENY = "不予"
    DELIVER = "送达"
    #: The mail item came back (wrong address, not collected): hand over again.
    MAIL_RETURNED = "邮件退回"
    WITHDRAW = "撤回"

    @property
    def label(self) -> str:
        return self.value


_S = CaseState
_A = CaseAction

#: The whole table: state → {action → next state}. Anything not here is illegal.
TRANSITIONS = MappingProxyType(
    {
        _S.DRAFT: MappingProxyType(
            {
                _A.ACCEPT: _S.ACCEPTED,
                _A.NOTIFY: _S.NOTIFIED,
                _A.NOTIFY_LATE: _S.SUPPLEMENT_REQUESTED,
                _A.REFUSE: _S.REFUSED,
                _A.FINISH: _S.FINISHED,
                _A.RETURN: _S.RETURNED,
                _A.ACCEPT_WITH_DEFICIENCY: _S.DEFICIENCY_ACCEPTED,
                _A.MARK_URGENT: _S.DRAFT,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.ACCEPTED: MappingProxyType(
            {
                _A.REQUEST_SUPPLEMENT: _S.SUPPLEMENT_REQUESTED,
                _A.REQUEST_OMITTED: _S.SUPPLEMENT_REQUESTED,
                _A.SUSPEND: _S.SUSPENDED,
                _A.APPLICANT_PAUSE: _S.APPLICANT_PAUSED,
                _A.FORWARD: _S.FORWARDED,
                _A.REQUEST_EXTENSION: _S.ACCEPTED,
                _A.EXTEND: _S.ACCEPTED,
                _A.MARK_URGENT: _S.ACCEPTED,
                _A.APPROVE: _S.COMPLETED_APPROVED,
                _A.DENY: _S.COMPLETED_DENIED,
                _A.RETURN: _S.RETURNED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.APPLICANT_PAUSED: MappingProxyType(
            {
                _A.APPLICANT_RESUME: _S.ACCEPTED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.FORWARDED: MappingProxyType(
            {
                _A.FORWARD_RETURNED: _S.ACCEPTED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.SUPPLEMENT_REQUESTED: MappingProxyType(
            {
                _A.RECEIVE_SUPPLEMENT: _S.ACCEPTED,
                _A.RETURN: _S.RETURNED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.SUSPENDED: MappingProxyType(
            {
                _A.RESUME: _S.ACCEPTED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.DEFICIENCY_ACCEPTED: MappingProxyType(
            {
                _A.RECEIVE_DEFERRED: _S.ACCEPTED,
                _A.RETURN: _S.RETURNED,
                _A.WITHDRAW: _S.WITHDRAWN,
            }
        ),
        _S.COMPLETED_APPROVED: MappingProxyType({_A.DELIVER: _S.DELIVERED}),
        _S.COMPLETED_DENIED: MappingProxyType({_A.DELIVER: _S.DELIVERED}),
        _S.NOTIFIED: MappingProxyType({}),
        _S.REFUSED: MappingProxyType({}),
        _S.FINISHED: MappingProxyType({}),
        _S.RETURNED: MappingProxyType({}),
        _S.DELIVERED: MappingProxyType({_A.MAIL_RETURNED: _S.MAIL_RETURNED}),
        _S.MAIL_RETURNED: MappingProxyType({_A.DELIVER: _S.DELIVERED}),
        _S.WITHDRAWN: MappingProxyType({}),
    }
)

#: States in which the case is still being worked on (and may be withdrawn).
OPEN_STATES = frozenset(
    {
        _S.DRAFT,
        _S.ACCEPTED,
        _S.SUPPLEMENT_REQUESTED,
        _S.SUSPENDED,
        _S.DEFICIENCY_ACCEPTED,
        _S.APPLICANT_PAUSED,
        _S.FORWARDED,
    }
)

#: States after which nothing more happens to this case.
FINAL_STATES = frozenset(state for state, actions in TRANSITIONS.items() if not actions)


#: Final states after which the applicant typically comes back with a new submission.
_RESUBMITTABLE = frozenset({_S.NOTIFIED, _S.REFUSED, _S.RETURNED})


def allowed_actions(state: CaseState) -> tuple[CaseAction, ...]:
    """The actions a screen may offer for a case in ``state``, in a stable order."""
    return tuple(action for action in CaseAction if action in TRANSITIONS[state])


def is_open(state: CaseState) -> bool:
    """Whether the case is still being worked on (draft, accepted, waiting, suspended)."""
    return state in OPEN_STATES


def is_final(state: CaseState) -> bool:
    """Whether nothing more can happen to the case; a new submission is a new case (补办件)."""
    return state in FINAL_STATES


def apply(state: CaseState, action: CaseAction) -> CaseState:
    """The state after ``action``; :class:`IllegalTransition` with a Chinese message if not allowed."""
    next_state = TRANSITIONS[state].get(action)
    if next_state is None:
        message = f"案件当前状态为“{state.label}”，不能执行“{action.label}”"
        if state in _RESUBMITTABLE:
            message += "（该案件已终结，申请人重新提交时请新建补办件）"
        elif state in FINAL_STATES:
            message += "（该案件已终结）"
        raise IllegalTransition(message)
    return next_state
