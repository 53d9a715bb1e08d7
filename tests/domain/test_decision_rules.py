"""The preconditions of the window's decisions, as the domain states them once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.domain import decision_rules as rules
from app.domain.enums import CaseKind, MaterialStatus, Necessity
from app.domain.errors import DecisionNotAllowed, ValidationError


@dataclass(frozen=True)
class Line:
    name: str
    necessity: str
    status: str


def line(name: str, status: MaterialStatus, necessity: Necessity = Necessity.REQUIRED) -> Line:
    return Line(name, necessity.value, status.value)


def test_shared_and_received_count_as_in_hand_and_optional_never_blocks() -> None:
    lines = [
        line("营业执照", MaterialStatus.RECEIVED),
        line("身份证", MaterialStatus.SHARED),
        line("照片", MaterialStatus.MISSING, Necessity.OPTIONAL),
    ]
    rules.require_acceptable(lines)
    rules.require_complete(lines)
    assert rules.outstanding(lines) == []


def test_acceptance_names_each_outstanding_material_with_its_mark() -> None:
    lines = [
        line("申请书", MaterialStatus.DEFECTIVE),
        line("场所证明", MaterialStatus.DEFERRED, Necessity.DEFICIENCY_OK),
    ]
    with pytest.raises(DecisionNotAllowed, match="申请书（有误）、场所证明（容缺后补）"):
        rules.require_acceptable(lines)


def test_a_notice_needs_every_required_line_checked_and_some_problem() -> None:
    with pytest.raises(DecisionNotAllowed, match="还有1项必要材料未核验（申请书）"):
        rules.notice_lines([line("申请书", MaterialStatus.PENDING), line("身份证", MaterialStatus.MISSING)])
    with pytest.raises(DecisionNotAllowed, match="无需一次性告知"):
        rules.notice_lines([line("申请书", MaterialStatus.RECEIVED)])
    checked = rules.notice_lines(
        [line("申请书", MaterialStatus.RECEIVED), line("照片", MaterialStatus.PENDING, Necessity.OPTIONAL)]
        + [line("身份证", MaterialStatus.MISSING)]
    )
    assert [m.name for m in checked] == ["申请书", "身份证"]


def test_deficiency_acceptance_defers_only_deficiency_materials() -> None:
    with pytest.raises(DecisionNotAllowed, match="不适用容缺受理"):
        rules.require_deficiency_allowed("食品经营许可", [True, False])
    with pytest.raises(DecisionNotAllowed, match="请直接受理"):
        rules.deferrable([line("申请书", MaterialStatus.RECEIVED)])
    with pytest.raises(DecisionNotAllowed, match="必须收齐才能受理：申请书"):
        rules.deferrable(
            [line("申请书", MaterialStatus.MISSING), line("证明", MaterialStatus.MISSING, Necessity.DEFICIENCY_OK)]
        )
    pending = rules.deferrable([line("证明", MaterialStatus.MISSING, Necessity.DEFICIENCY_OK)])
    assert [m.name for m in pending] == ["证明"]
    with pytest.raises(ValidationError, match="不得晚于承诺办结日期2025-03-20"):
        rules.check_pending_due(date(2025, 3, 21), date(2025, 3, 20), date(2025, 3, 3))
    with pytest.raises(ValidationError, match="不能早于今天"):
        rules.check_pending_due(date(2025, 3, 2), date(2025, 3, 20), date(2025, 3, 3))


def test_applicant_agent_kind_and_reasons() -> None:
    with pytest.raises(DecisionNotAllowed, match="请先登记申请人信息"):
        rules.require_applicant(named=True, identified=False, agent_required=False, agent_registered=False)
    with pytest.raises(DecisionNotAllowed, match="请先登记代理人"):
        rules.require_applicant(named=True, identified=True, agent_required=True, agent_registered=False)
    with pytest.raises(DecisionNotAllowed, match="是承诺件，不能当场办结"):
        rules.require_immediate(CaseKind.PROMISED.value, "企业设立登记")
    rules.require_immediate(CaseKind.IMMEDIATE.value, "证明开具")
    assert rules.clean_reasons([" 材料虚假 ", "", "  "], "请填写退回理由") == ["材料虚假"]
    with pytest.raises(ValidationError, match="请填写退回理由"):
        rules.clean_reasons(["  "], "请填写退回理由")
    with pytest.raises(ValidationError, match="法律依据"):
        rules.require_legal_basis(" ")
