"""What each decision at the window requires of the case: its checklist, applicant and reasons.

Pure rules, written once: the decision service checks them inside its transaction and
the checklist on screen shows what blocks 受理 with the same functions. A checklist line
is anything with a ``name``, ``necessity`` and ``status`` — the stored row (plain
strings) or the screen's line (the :mod:`app.domain.enums` values, which are strings).
Every refusal is a :class:`DecisionNotAllowed` (or :class:`ValidationError` for a value
the clerk typed) with the Chinese sentence the clerk sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from app.domain.enums import CaseKind, MaterialStatus, Necessity
from app.domain.errors import DecisionNotAllowed, ValidationError

#: A required material counts as in hand when received, or obtained by data sharing (免提交).
IN_HAND = frozenset({MaterialStatus.RECEIVED.value, MaterialStatus.SHARED.value})
#: Missing or defective: goes on a one-time notice.
PROBLEMS = frozenset({MaterialStatus.MISSING.value, MaterialStatus.DEFECTIVE.value})


class MaterialLine(Protocol):
    """One line of a case's checklist, as the rules read it."""

    @property
    def name(self) -> str: ...

    @property
    def necessity(self) -> str: ...

    @property
    def status(self) -> str: ...


Line = TypeVar("Line", bound=MaterialLine)


def is_required(line: MaterialLine) -> bool:
    """必要 and 容缺 materials are required; 非必要 ones never block a decision."""
    return line.necessity != Necessity.OPTIONAL.value


def is_problem(line: MaterialLine) -> bool:
    """Missing or defective (缺少/有误)."""
    return line.status in PROBLEMS


def outstanding(lines: Iterable[Line]) -> list[Line]:
    """Required lines neither received nor shared: what blocks 受理."""
    return [line for line in lines if is_required(line) and line.status not in IN_HAND]


def require_applicant(*, named: bool, identified: bool, agent_required: bool, agent_registered: bool) -> None:
    """Every decision needs the applicant (name and ID, or organisation and credit code) and,
    when a situation says an agent acts, the agent's name and ID number."""
    if not (named and identified):
        raise DecisionNotAllowed("请先登记申请人信息（姓名和证件号码，或单位名称和统一社会信用代码）")
    if agent_required and not agent_registered:
        raise DecisionNotAllowed("已选择委托办理，请先登记代理人姓名和身份证号码")


def require_acceptable(lines: Iterable[MaterialLine]) -> None:
    """受理: every required material received or shared."""
    pending = outstanding(lines)
    if pending:
        names = "、".join(f"{m.name}（{m.status}）" for m in pending)
        raise DecisionNotAllowed(f"以下必要材料尚未收齐，不能受理：{names}。可出具一次性告知书，或在允许时容缺受理")


def notice_lines(lines: Sequence[Line]) -> list[Line]:
    """一次性告知: every required material checked (none 未核验) and at least one missing or
    defective; returns the checked lines the notice lists."""
    unchecked = [m for m in lines if is_required(m) and m.status == MaterialStatus.PENDING.value]
    if unchecked:
        raise DecisionNotAllowed(
            f"还有{len(unchecked)}项必要材料未核验（{'、'.join(m.name for m in unchecked)}），请全部核验后再一次性告知"
        )
    if not any(is_problem(m) for m in lines):
        raise DecisionNotAllowed("没有缺少或有误的材料，无需一次性告知，可直接受理")
    return [m for m in lines if m.status != MaterialStatus.PENDING.value]


def require_deficiency_allowed(matter_name: str, allowed: Sequence[bool]) -> None:
    """容缺受理 only when the matter (every matter of a bundle) allows it."""
    if not allowed or not all(allowed):
        raise DecisionNotAllowed(f"“{matter_name}”不适用容缺受理，请出具一次性告知书")


def deferrable(lines: Iterable[Line]) -> list[Line]:
    """容缺受理: the outstanding lines, which must exist and all be 容缺 materials."""
    pending = outstanding(lines)
    if not pending:
        raise DecisionNotAllowed("必要材料已齐全，请直接受理")
    hard = [m for m in pending if m.necessity != Necessity.DEFICIENCY_OK.value]
    if hard:
        raise DecisionNotAllowed(f"以下材料不属于容缺材料，必须收齐才能受理：{'、'.join(m.name for m in hard)}")
    return pending


def check_pending_due(due: date, promised: date, today: date) -> None:
    """The day the 容缺 materials are due: not after the promised date, not before today."""
    if due > promised:
        raise ValidationError(f"容缺材料补齐日期不得晚于承诺办结日期{promised:%Y-%m-%d}", field="pending_due")
    if due < today:
        raise ValidationError("容缺材料补齐日期不能早于今天", field="pending_due")


def require_immediate(kind: str, matter_name: str) -> None:
    """当场办结 (即办件办结回执): only for a 即办件."""
    if kind != CaseKind.IMMEDIATE.value:
        raise DecisionNotAllowed(f"“{matter_name}”是{kind}，不能当场办结")


def require_complete(lines: Iterable[MaterialLine]) -> None:
    """Every required material in hand (即办件 finished on the spot)."""
    pending = outstanding(lines)
    if pending:
        raise DecisionNotAllowed(f"以下必要材料尚未收齐：{'、'.join(m.name for m in pending)}")


def clean_reasons(reasons: Iterable[str], message: str) -> list[str]:
    """The reasons the clerk picked or typed, trimmed; ``message`` when there is none."""
    clean = [r.strip() for r in reasons if r and r.strip()]
    if not clean:
        raise ValidationError(message, field="reasons")
    return clean


def require_legal_basis(legal_basis: str) -> None:
    """不予受理 names the law it rests on."""
    if not legal_basis.strip():
        raise ValidationError("请填写不予受理的法律依据", field="legal_basis")
