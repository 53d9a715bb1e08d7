"""Document builders: wording facts, masking, completeness, serialisation."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.enums import DocumentKind, MaterialStatus
from app.forms.common import IncompleteDocument
from app.forms.document import Document, Qr, SignatureSlot, Table
from app.forms.notices import build_material_notice, build_refusal
from app.forms.registry import DOCUMENTS, build_demo, demo_facts
from tests.printing.conftest import expected_content, expected_qr, squash

FULL_ID = "11010519491231002X"


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_document_carries_its_facts_and_never_the_full_id(name: str) -> None:
    document = build_demo(name)
    text = squash("".join(document.text_lines()))
    for expected in expected_content(name):
        assert squash(expected) in text, expected
    assert FULL_ID not in text
    assert "13812345678" not in text
    qrs = [block.payload for block in document.blocks if isinstance(block, Qr)]
    assert qrs == [expected_qr(name)]


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_documents_survive_json_round_trip(name: str) -> None:
    document = build_demo(name).as_reprint(datetime(2026, 11, 21, 10, 5), "张伟")
    assert Document.from_json(document.to_json()) == document


def test_acceptance_cites_licensing_law_and_promised_date() -> None:
    text = "".join(build_demo("acceptance").text_lines())
    assert "申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理" in text
    assert "承诺于2026年11月27日前办结" in text


def test_supplement_notice_lists_every_missing_and_defective_material_once() -> None:
    document = build_demo("supplement-notice")
    tables = [block for block in document.blocks if isinstance(block, Table)]
    problems = tables[0]
    assert [row[1] for row in problems.rows] == ["经营场所平面布局图", "经营场所租赁合同"]
    assert problems.rows[1][2] == "有误：租赁期限已过期"
    assert "在有效期内，加盖出租方印章" in problems.rows[1][3]
    kept = tables[1]
    assert [row[1] for row in kept.rows] == ["食品经营许可申请书", "法定代表人（负责人）身份证明"]


def test_material_notice_picks_supplement_only_when_something_was_received() -> None:
    assert build_material_notice(demo_facts("supplement-notice")).kind is DocumentKind.SUPPLEMENT_NOTICE
    assert build_material_notice(demo_facts("one-time-notice")).kind is DocumentKind.ONE_TIME_NOTICE


def test_pledge_has_two_labelled_copies_and_a_signature_line() -> None:
    document = build_demo("deficiency-pledge")
    assert document.copies == 2
    assert document.copy_labels == ("第一联 申请人留存", "第二联 窗口存档")
    assert SignatureSlot("承诺人（签字/盖章）") in document.blocks
    text = "".join(document.text_lines())
    assert "逾期未补齐" in text and "2026年11月25日前补齐" in text


def test_refusal_without_reasons_is_refused_with_chinese_message() -> None:
    inp = demo_facts("refusal")
    inp = replace(inp, facts=replace(inp.facts, reasons=()))
    with pytest.raises(IncompleteDocument) as raised:
        build_refusal(inp)
    assert "不予受理理由未填写" in str(raised.value)


def test_organisation_applicant_is_addressed_as_unit() -> None:
    inp = demo_facts("acceptance")
    inp = replace(
        inp,
        applicant=replace(inp.applicant, org_name="北京堃鑫餐饮有限公司", credit_code="91110102MA01ABCD2X"),
    )
    text = "".join(DOCUMENTS["acceptance"](inp).text_lines())
    assert text.startswith("北京市西城区政务服务中心受理通知书")
    assert "北京堃鑫餐饮有限公司：你单位于2026年11月20日" in text
    assert "法定代表人：王堃" in text


def test_pending_materials_are_not_counted_as_received() -> None:
    inp = demo_facts("deficiency-pledge")
    names = [line.name for line in inp.facts.materials if line.status is MaterialStatus.RECEIVED]
    document = DOCUMENTS["acceptance"](inp)
    received = [block for block in document.blocks if isinstance(block, Table)][0]
    assert [row[1] for row in received.rows] == names
    assert "本件为容缺受理" in "".join(document.text_lines())


def test_material_notice_states_what_is_wrong() -> None:
    text = "".join(build_demo("supplement-notice").text_lines())
    assert "经审查，申请材料不齐全，且部分材料不符合法定形式。" in text
    inp = demo_facts("supplement-notice")
    only_missing = tuple(line for line in inp.facts.materials if line.status is not MaterialStatus.DEFECTIVE)
    inp = replace(inp, facts=replace(inp.facts, materials=only_missing))
    text = "".join(DOCUMENTS["supplement-notice"](inp).text_lines())
    assert "经审查，申请材料不齐全。" in text and "法定形式。根据" not in text
