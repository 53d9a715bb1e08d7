"""A clerk's day at window 01, through the services only: log in, call, find the matter,
take the materials, decide, and what the applicant takes home."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import ApplicantKind, DocumentKind, IdType, MaterialStatus
from app.domain.errors import PermissionDenied, ValidationError
from app.services.dto import ApplicantInput, CaseInfo
from app.services.errors import ApplicantInvalid, DecisionNotAllowed, WrongPassword
from app.services.numbering import parse_case_number
from app.store.models import AuditEntry, CaseEvent, IssuedDocument, NegativeFiling
from tests.services.conftest import (
    AGENT_ID,
    CREDIT_CODE,
    DAY,
    LEAD_PASSWORD,
    PASSWORD,
    PERSON_ID,
    Desk,
)

PERSON = ApplicantInput(kind=ApplicantKind.PERSON, name="刘堃", id_number=PERSON_ID, phone="13812345678")
COMPANY = ApplicantInput(
    kind=ApplicantKind.LEGAL_PERSON,
    org_name="示例餐饮有限公司",
    credit_code=CREDIT_CODE,
    legal_rep="刘堃",
    phone="0838-3123456",
)


def _line(case: CaseInfo, name: str):  # type: ignore[no-untyped-def]
    return next(line for line in case.checklist if line.name == name)


def _receive_all(desk: Desk, case: CaseInfo) -> CaseInfo:
    for line in case.checklist:
        if line.status is MaterialStatus.PENDING:
            case = desk.intake.mark(case.id, line.id, MaterialStatus.RECEIVED)
    return case


def test_full_accept_on_the_national_day_calendar(hall) -> None:  # type: ignore[no-untyped-def]
    from tests.services.conftest import make_desk

    desk = make_desk(hall)
    desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    ticket = desk.queue.call_next()
    assert ticket is not None and ticket.number == "A001"

    hits = desk.guide.search("qysl")
    assert hits[0].code == "QYSL" and hits[0].is_window_matter and hits[0].is_demo

    case = desk.intake.start(matter_code="QYSL", ticket_id=ticket.id)
    assert [line.name for line in case.checklist] == ["申请书", "法定代表人身份证明", "公司章程", "名称自主申报告知书"]
    assert _line(case, "名称自主申报告知书").status is MaterialStatus.SHARED

    case = desk.intake.answer_situations(case.id, ["WT"])
    names = [line.name for line in case.checklist]
    assert "授权委托书" in names and "代理人身份证" in names

    with pytest.raises(ApplicantInvalid) as bad:
        desk.intake.set_applicant(case.id, ApplicantInput(name="刘2", id_number="11010519491231002Y", phone="123"))
    assert set(bad.value.errors) == {"name", "id_number", "phone"}
    with pytest.raises(ApplicantInvalid) as no_agent:
        desk.intake.set_applicant(case.id, COMPANY)
    assert "agent_name" in no_agent.value.errors
    case = desk.intake.set_applicant(
        case.id, ApplicantInput(**{**COMPANY.__dict__, "agent_name": "王代理", "agent_id_number": AGENT_ID})
    )
    assert case.applicant.id_masked == "9135**********0Y43" and case.visit_no == 1

    case = _receive_all(desk, case)
    result = desk.decisions.accept(case.id)
    number = result.case.case_number
    assert number is not None
    parts = parse_case_number(number)
    assert (parts.hall, parts.day, parts.window, parts.epoch, parts.seq) == ("510626-LJJK", DAY, "01", 1, 1)
    # Accepted Tue 2026-09-29, 5 working days from the next day: 09-30, 10-08, 10-09,
    # 10-10 (Saturday, 国庆调休 working day), 10-12 — National Day 10-01..10-07 off.
    assert result.case.accepted_on == DAY and result.case.due_date == date(2026, 10, 12)
    assert result.document.kind is DocumentKind.ACCEPTANCE
    assert number in result.document.text and "2026年10月12日" in result.document.text
    assert result.document.number == "SL-20260929-01-E1-0001"
    with hall.read() as s:
        doc = s.scalars(select(IssuedDocument)).one()
        assert doc.facts["due_date"] == "2026-10-12" and doc.staff_id is not None and doc.post == "A岗"

    second = desk.intake.start(matter_code="QYSL")
    second = desk.intake.answer_situations(second.id, [])
    second = desk.intake.set_applicant(second.id, PERSON)
    second = _receive_all(desk, second)
    assert desk.decisions.accept(second.id).case.case_number.endswith("-0002")  # type: ignore[union-attr]


def test_one_time_notice_lists_exactly_missing_and_defective(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = desk.intake.answer_situations(case.id, ["WT"])
    case = desk.intake.set_applicant(
        case.id, ApplicantInput(**{**PERSON.__dict__, "agent_name": "王代理", "agent_id_number": AGENT_ID})
    )
    case = desk.intake.mark(case.id, _line(case, "申请书").id, MaterialStatus.RECEIVED)
    with pytest.raises(ValidationError, match="写明问题"):
        desk.intake.mark(case.id, _line(case, "法定代表人身份证明").id, MaterialStatus.DEFECTIVE)
    case = desk.intake.mark(case.id, _line(case, "法定代表人身份证明").id, MaterialStatus.DEFECTIVE, "未签字")
    case = desk.intake.mark(case.id, _line(case, "授权委托书").id, MaterialStatus.MISSING)
    with pytest.raises(DecisionNotAllowed, match="未核验"):
        desk.decisions.notify(case.id)  # 代理人身份证 not checked yet
    case = desk.intake.mark(case.id, _line(case, "代理人身份证").id, MaterialStatus.RECEIVED)
    with pytest.raises(DecisionNotAllowed, match="尚未收齐"):
        desk.decisions.accept(case.id)
    result = desk.decisions.notify(case.id)
    assert result.case.state == "已一次性告知"
    assert result.document.kind is DocumentKind.SUPPLEMENT_NOTICE  # the window kept some materials
    text = result.document.text
    assert "法定代表人身份证明" in text and "未签字" in text and "授权委托书" in text
    assert "公司章程" not in text and "申请书 有误" not in text
    lines = text.splitlines()
    table = lines[lines.index("序号 材料名称 问题 补正要求") + 1 :]
    problem_rows = table[: next(i for i, line in enumerate(table) if line.startswith("以上为需要补正的全部内容"))]
    assert problem_rows == ["1 法定代表人身份证明 有误：未签字 复印件，1份，须本人签字", "2 授权委托书 缺少 原件"]

    # The applicant comes back: the earlier notice is shown and the visit counted.
    again = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    assert again.visit_no == 2
    assert len(again.earlier_notices) == 1
    assert again.earlier_notices[0].lines == ("法定代表人身份证明（有误）：未签字", "授权委托书（缺少）")


def test_deficiency_refused_when_the_matter_does_not_allow_it(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    with pytest.raises(DecisionNotAllowed, match="不适用容缺受理"):
        desk.decisions.accept_with_deficiency(case.id)


def test_deficiency_accept_only_with_deficiency_materials_pending(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="SPJY", applicant=COMPANY)
    case = desk.intake.mark(case.id, _line(case, "申请书").id, MaterialStatus.RECEIVED)
    with pytest.raises(DecisionNotAllowed, match="经营场所平面图"):
        desk.decisions.accept_with_deficiency(case.id)
    case = desk.intake.mark(case.id, _line(case, "经营场所平面图").id, MaterialStatus.RECEIVED)
    with pytest.raises(ValidationError, match="不得晚于承诺办结日期"):
        desk.decisions.accept_with_deficiency(case.id, pending_due=date(2026, 12, 31))
    result = desk.decisions.accept_with_deficiency(case.id, pending_due=date(2026, 10, 9))
    assert result.case.state == "容缺受理" and result.case.pending_due == date(2026, 10, 9)
    # 10 working days from the next day: 09-30, 10-08, 10-09, 10-10 (调休), 10-12 … 10-16, 10-19.
    assert result.case.due_date == date(2026, 10, 19)
    assert [d.kind for d in result.documents] == [DocumentKind.ACCEPTANCE, DocumentKind.DEFICIENCY_PLEDGE]
    assert _line(result.case, "从业人员健康证明").status is MaterialStatus.DEFERRED
    assert "从业人员健康证明" in result.documents[1].text


def test_refusal_needs_the_leads_password_and_is_filed(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    ground = desk.decisions.refusal_grounds()[1]
    with pytest.raises(WrongPassword):
        desk.decisions.refuse(
            case.id, reasons=[ground.text], legal_basis=ground.basis, lead_staff_no="0190", lead_password="guess-123"
        )
    with pytest.raises(PermissionDenied, match="不是首席代表"):
        desk.decisions.refuse(
            case.id, reasons=[ground.text], legal_basis=ground.basis, lead_staff_no="0102", lead_password=PASSWORD
        )
    result = desk.decisions.refuse(
        case.id, reasons=[ground.text], legal_basis=ground.basis, lead_staff_no="0190", lead_password=LEAD_PASSWORD
    )
    assert result.case.state == "不予受理" and ground.text in result.document.text
    with desk.store.read() as s:
        filing = s.scalars(select(NegativeFiling)).one()
        assert filing.reason == ground.text and filing.lead_id is not None and filing.clerk_id != filing.lead_id


def test_immediate_matter_finished_on_the_spot(lite_hall) -> None:  # type: ignore[no-untyped-def]
    from tests.services.conftest import make_desk

    desk = make_desk(lite_hall, window="02")
    desk.session.login("0201", PASSWORD)
    case = desk.intake.start(matter_code="JZZ", applicant=PERSON)
    case = _receive_all(desk, case)
    result = desk.decisions.finish_immediately(case.id, result_name="居住证")
    assert result.case.state == "即办办结" and result.document.kind is DocumentKind.IMMEDIATE_RECEIPT
    other = desk.intake.start(matter_code="JZZ", applicant=PERSON)
    assert other.visit_no == 2


def test_bundle_merges_checklists_each_material_once(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(bundle_code="KBCT", applicant=COMPANY)
    names = [line.name for line in case.checklist]
    assert names.count("申请书") == 1
    assert _line(case, "申请书").matter_codes == ("QYSL", "SPJY")
    assert "从业人员健康证明" in names and "法定代表人身份证明" in names
    case = desk.intake.answer_situations(case.id, ["QYSL/WT"])
    assert "授权委托书" in [line.name for line in case.checklist]


def test_switch_to_b_post_hides_drafts_and_attributes_actions(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    draft = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    desk.session.switch_user("0102", PASSWORD)
    assert desk.intake.my_drafts() == []
    with pytest.raises(PermissionDenied, match="属于张明"):
        desk.intake.get(draft.id)
    assert all(t.id != draft.id for t in desk.tracking.open_cases())
    assert desk.tracking.search("刘堃") == []
    mine = desk.intake.start(matter_code="SPJY", applicant=COMPANY)
    assert mine.post == "B岗"
    with desk.store.read() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.case_id == mine.id)).one()
        assert event.post == "B岗"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(mine.id))).all()
        assert {a.post for a in audit} == {"B岗"}
    # Back to A: the draft waited for them.
    desk.session.switch_user("0101", PASSWORD)
    assert [d.id for d in desk.intake.my_drafts()] == [draft.id]


def test_handover_note_passes_drafts_on(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    draft = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    desk.session.switch_user("0103", PASSWORD, handover_note="刘堃的企业设立材料已收一半")
    assert [d.id for d in desk.intake.my_drafts()] == [draft.id]
    assert desk.intake.get(draft.id).post == "顶岗"


def test_a_2023_foreigner_card_applicant_keeps_both_names(desk) -> None:  # type: ignore[no-untyped-def]
    from app.devices.emulators.idcard import DEMO_CARDS
    from app.services.card_fill import applicant_from_card

    filled = applicant_from_card(DEMO_CARDS["外国人2023"].data, DAY, phone="13800138000")
    assert filled.card_type_zh == "外国人永久居留身份证（2023年版）"
    assert filled.summary.startswith(
        "已读取外国人永久居留身份证（2023年版）："
        "蒙哥马利·亚历山德拉 MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH（女，国籍 GBR"
    )
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL")
    case = desk.intake.set_applicant(case.id, filled.applicant)
    a = case.applicant
    assert (a.name, a.name_en, a.id_type, a.id_number) == (
        "蒙哥马利·亚历山德拉",
        "MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH",
        IdType.FOREIGN_PR,
        "911826198802140021",
    )
    bad = replace(filled.applicant, id_number="911826198802140022", name_en="SMITH 2")
    with pytest.raises(ApplicantInvalid) as refused:
        desk.intake.set_applicant(case.id, bad)
    assert refused.value.errors == {
        "id_number": "外国人永久居留身份证号码校验码不正确，请逐位核对号码",
        "name_en": "英文姓名中不能含有“2”",
    }
    assert desk.intake.get(case.id).applicant.id_number == "911826198802140021"  # nothing changed
    # a card with only the English name: it is the name, and not repeated
    only_en = replace(DEMO_CARDS["外国人2023"].data, name="")
    assert applicant_from_card(only_en, DAY).applicant.name == "MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH"
    assert applicant_from_card(only_en, DAY).applicant.name_en == ""
