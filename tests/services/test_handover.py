"""统一窗口出件 at the owning window: receiver checks, itemised hand-over, the 领取回执,
mail with a returned item — and bad input changes nothing."""

from __future__ import annotations

import base64
import hashlib
import io
import json

import pytest
from PIL import Image
from sqlalchemy import func, select

from app.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from app.domain.handover import (
    Handover,
    ItemKind,
    PostageState,
    ReceiverRelation,
    Signature,
    SignatureMode,
    Standing,
    parse_items,
    parse_mail,
    parse_receiver,
)
from app.services.dto import ApplicantInput
from app.services.handover import HandoverService, case_number_from
from app.store.models import CaseEvent, IssuedDocument
from tests.services.conftest import AGENT_ID, CALENDAR, PASSWORD, PERSON_ID, Desk

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _service(desk: Desk, *, pad: bool = False) -> HandoverService:
    from dataclasses import replace

    settings = replace(desk.settings, signature_pad=pad)
    return HandoverService(desk.store, desk.session, CALENDAR, settings, clock=desk.clock)


def _finished(desk: Desk) -> str:
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = desk.intake.mark_all_received(case.id)
    accepted = desk.decisions.accept(case.id)
    desk.clock.advance(days=1)
    desk.tracking.complete(accepted.case.id, approved=True, result_name="营业执照")
    return accepted.case.case_number


def _items() -> tuple:  # type: ignore[type-arg]
    return parse_items(
        [
            (ItemKind.LICENCE, "营业执照（正本）", "91510626MA6X000001", 1),
            (ItemKind.LICENCE, "营业执照（副本）", "91510626MA6X000001", 1),
            (ItemKind.ORIGINAL, "申请书", "", 1),
        ]
    )


def _agent(attorney: str = "授权委托书（2026-09-29，原件已核验）"):  # type: ignore[no-untyped-def]
    return parse_receiver(name="周代理", id_number=AGENT_ID, relation=ReceiverRelation.AGENT, attorney=attorney)


def _event_count(desk: Desk) -> int:
    with desk.store.read() as s:
        return s.scalar(select(func.count()).select_from(CaseEvent)) or 0


def test_agent_without_power_of_attorney_is_refused_and_nothing_changes(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    number = _finished(desk)
    before = _event_count(desk)
    with pytest.raises(ValidationError, match="授权委托书"):
        _agent(attorney="")
    with pytest.raises(ValidationError, match="校验码"):
        parse_receiver(name="周代理", id_number="110101199003074515", relation="委托代理人", attorney="委托书")
    # 本人 with someone else's ID number: that is an agent, with a power of attorney.
    stranger = parse_receiver(name="刘堃", id_number=AGENT_ID, relation=ReceiverRelation.SELF)
    service = _service(desk)
    with pytest.raises(ValidationError, match="与申请人不一致"):
        service.hand_over(number, Handover(stranger, _items(), Signature(SignatureMode.PAPER)))
    with pytest.raises(ValidationError, match="证照编号"):
        parse_items([(ItemKind.LICENCE, "营业执照", "", 1)])
    with pytest.raises(ValidationError, match="逐项登记"):
        parse_items([])
    # No pad on this PC: a pad signature is refused, with what to do instead.
    with pytest.raises(ValidationError, match="纸质签字"):
        service.hand_over(number, Handover(_agent(), _items(), Signature(SignatureMode.PAD, b"\x89PNG...")))
    assert _event_count(desk) == before
    assert service.find(number).standing is Standing.WAITING


def test_hand_over_to_an_agent_records_everything_and_issues_the_receipt(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    number = _finished(desk)
    service = _service(desk)
    found = service.find(f"https://q.example.cn/q?c={number}&v=BJ-20260930-01-E1-0001")  # scanned from the slip
    assert found.ready and found.local and found.id_masked == "1101**********002X"
    assert [(o.kind, o.name) for o in found.offered][0] == (ItemKind.LICENCE, "营业执照")
    desk.clock.advance(hours=2)
    result = service.hand_over(number, Handover(_agent(), _items(), Signature(SignatureMode.PAPER)))
    assert result.case.standing is Standing.HANDED_OVER and result.case.state == "已送达"
    receipt = result.receipt
    assert receipt is not None and receipt.number.startswith("LQ-20260930-01-E1-")
    text = receipt.text
    for expected in (
        "领取回执",
        number,
        "周代理",
        "1101**********4514",
        "委托代理人",
        "授权委托书（2026-09-29，原件已核验）",
    ):
        assert expected in text, expected
    assert "营业执照（正本）" in text and "91510626MA6X000001" in text and "申请书" in text
    assert AGENT_ID not in text and "领取人签字" in text and "纸质回执签字" in text
    with desk.store.read() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.action == "送达")).one()
        assert event.owner_window == "01" and event.staff_id is not None
        assert event.data["receiver"]["id_number"] == AGENT_ID
        assert event.data["receiver"]["relation"] == "委托代理人"
        assert [i["name"] for i in event.data["items"]] == ["营业执照（正本）", "营业执照（副本）", "申请书"]
        assert event.data["signature"] == "纸质回执签字" and event.data["documents"] == [receipt.number]
        doc = s.scalars(select(IssuedDocument).where(IssuedDocument.number == receipt.number)).one()
        assert doc.kind == "领取回执" and doc.facts["handover"]["receiver_name"] == "周代理"
    # Handed over once: a second hand-over is refused, and the case left "my cases".
    with pytest.raises((ValidationError, IllegalTransition)):
        service.hand_over(number, Handover(_agent(), _items(), Signature(SignatureMode.PAPER)))
    assert all(t.case_number != number for t in desk.tracking.open_cases())


def test_signature_pad_stores_the_drawn_signature(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    number = _finished(desk)
    buf = io.BytesIO()
    Image.new("L", (120, 40), 255).save(buf, "PNG")
    png = buf.getvalue()
    me = parse_receiver(name="刘堃", id_number=PERSON_ID, relation=ReceiverRelation.SELF)
    result = _service(desk, pad=True).hand_over(number, Handover(me, _items(), Signature(SignatureMode.PAD, png)))
    assert result.receipt is not None and "签名板" in result.receipt.text
    assert json.loads(result.receipt.document_json)["copies"] == 1
    with desk.store.read() as s:
        data = s.scalars(select(CaseEvent.data).where(CaseEvent.action == "送达")).one()
    assert base64.b64decode(data["signature_png"]) == png
    assert data["signature_sha256"] == hashlib.sha256(png).hexdigest()
    assert "signature_png" not in result.case.last


def test_mail_then_returned_reopens_the_hand_over(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    number = _finished(desk)
    service = _service(desk)
    with pytest.raises(ValidationError, match="运单号"):
        parse_mail(
            recipient="刘堃",
            phone="13812345678",
            address="四川省德阳市旌阳区示例路8号",
            carrier="中国邮政EMS",
            tracking_no="12",
            postage=PostageState.PREPAID,
            items=_items(),
        )
    with pytest.raises(ValidationError, match="没有待投递的邮件"):
        service.mail_returned(number, "查无此人")
    dispatch = parse_mail(
        recipient="刘堃",
        phone="138 1234 5678",
        address="四川省德阳市旌阳区示例路8号",
        carrier="中国邮政EMS",
        tracking_no="1151 2345 6789 0",
        postage=PostageState.BOOKED,
        items=_items(),
    )
    mailed = service.mail(number, dispatch)
    assert mailed.receipt is None and mailed.case.standing is Standing.MAILED
    assert mailed.case.last["tracking_no"] == "1151234567890" and mailed.case.last["postage"] == "已预约揽收"
    assert mailed.case.last["address"] == "四川省德阳市旌阳区示例路8号"
    with pytest.raises(ValidationError, match="退回的原因"):
        service.mail_returned(number, " ")
    back = service.mail_returned(number, "地址不详，邮件退回")
    assert back.standing is Standing.MAIL_RETURNED and back.ready and back.state == "邮件退回"
    # Back on the window's list as 待送达, then handed over at the window.
    line = next(t for t in desk.tracking.open_cases() if t.case_number == number)
    assert line.clock_status == "待送达"
    me = parse_receiver(name="刘堃", id_number=PERSON_ID, relation=ReceiverRelation.SELF)
    done = service.hand_over(number, Handover(me, _items(), Signature(SignatureMode.PAPER)))
    assert done.case.state == "已送达"
    assert [e.action for e in desk.tracking.events(done.case.id)][-3:] == ["送达", "邮件退回", "送达"]


def test_an_ordinary_window_cannot_hand_over_another_windows_case(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    with pytest.raises(PermissionDenied, match="不是出件窗口"):
        _service(desk).find("510626-LJJK-20260929-02-E1-0001")
    assert case_number_from(" https://q.example.cn/q?c=510626-ljjk-20260929-01-E1-0003&v=x ") == (
        "510626-LJJK-20260929-01-E1-0003"
    )
