"""出件 through the real widgets of the counter window with its emulated printer: hand over
to an agent with a power of attorney (the 领取回执 comes out of the virtual printer and is
decoded), and a mail hand-over whose item comes back and is then collected at the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services.dto import ApplicantInput
from app.store.models import CaseEvent, IssuedDocument
from tests.integration.test_counter_peripherals import MATTER, log_in, press

APPLICANT_ID = "510626199001011236"
AGENT_ID = "110101199003074514"


def _finished_case(counter) -> str:  # type: ignore[no-untyped-def]
    services = counter.services
    case = services.intake.start(
        matter_code=MATTER, applicant=ApplicantInput(name="王𬌗", id_number=APPLICANT_ID, phone="13800138000")
    )
    services.intake.mark_all_received(case.id)
    accepted = services.decisions.accept(case.id)
    services.tracking.complete(accepted.case.id, approved=True, result_name="准予登记决定书")
    return accepted.case.case_number


def _open_on_handover_page(qtbot, counter, number: str):  # type: ignore[no-untyped-def]
    window = counter.window
    press(qtbot, counter, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.handover_page
    assert window.tabs.currentWidget() is page
    page.find_edit.setFocus()
    qtbot.keyClicks(page.find_edit, number)
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert page.case is not None and page.case.case_number == number, page.message_label.text()
    return page


def test_agent_with_power_of_attorney_gets_the_printed_receipt(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, counter)
    number = _finished_case(counter)
    page = _open_on_handover_page(qtbot, counter, number)
    assert page.case.id_masked == "5106**********1236"
    # Keyboard: relation → agent, then name, ID number, power of attorney.
    page.relation_combo.setFocus()
    qtbot.keyClick(page.relation_combo, Qt.Key.Key_End)
    assert page.relation_combo.currentText() == "委托代理人" and page.attorney_edit.isEnabled()
    page.name_edit.setText("周代理")
    qtbot.keyClicks(page.id_edit, AGENT_ID)
    # No power of attorney yet: refused in Chinese, nothing recorded, nothing printed.
    page.items.set_cell(0, 2, "510626-2026-000123")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "授权委托书" in page.message_label.text()
    assert page.result is None
    page.attorney_edit.setText("授权委托书（2026年9月28日，原件已核验）")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = page.result
    assert result is not None and result.receipt is not None, page.message_label.text()
    assert result.receipt.number in page.message_label.text()

    first, second = counter.printer.wait_for_slips(2)  # signed on paper: two copies
    text = first.text.replace(" ", "")
    for expected in ("领取回执", number, "周代理", "1101**********4514", "委托代理人", "准予登记决定书"):
        assert expected in text, expected
    assert "510626-2026-000123" in text and "领取人签字" in text and "纸质回执签字" in text
    assert AGENT_ID not in text and APPLICANT_ID not in text
    assert first.lines[0] == "第一联 领取人留存" and second.lines[0].startswith("第二联 出件窗口存档")
    with counter.store.read() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.action == "送达")).one()
        assert event.data["receiver"]["id_number"] == AGENT_ID
        assert event.data["receiver"]["attorney"] == "授权委托书（2026年9月28日，原件已核验）"
        assert event.data["items"][0]["number"] == "510626-2026-000123"
        assert event.to_state == "已送达"
        doc = s.scalars(select(IssuedDocument).where(IssuedDocument.kind == "领取回执")).one()
        assert doc.number == result.receipt.number
    assert "已由委托代理人周代理领取" in page.case_label.text()
    assert not page.hand_over_button.isEnabled()


def test_mail_hand_over_with_a_returned_item(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, counter)
    number = _finished_case(counter)
    page = _open_on_handover_page(qtbot, counter, number)
    page.forms.setCurrentWidget(page.mail)
    assert page.recipient_edit.text() == "王𬌗" and page.mail_phone_edit.text() == "13800138000"
    page.items.set_cell(0, 2, "510626-2026-000124")
    page.address_edit.setText("四川省德阳市罗江区示例路8号")
    page.carrier_edit.setText("中国邮政EMS")
    qtbot.keyClicks(page.tracking_edit, "1151234567890")
    page.postage_combo.setCurrentIndex(page.postage_combo.findData("已预约揽收"))
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.message_label.text() == "已登记邮寄"
    assert "1151234567890" in page.case_label.text() and "已预约揽收" in page.case_label.text()
    assert page.returned_button.isEnabled() and not page.mail_button.isEnabled()

    page.mail_returned("地址不详，邮件退回")
    assert page.case.ready and page.mail_button.isEnabled()
    assert "邮件退回" in page.message_label.text()
    # Collected at the window after all: the applicant in person.
    page.forms.setCurrentWidget(page.pickup)
    page.items.set_cell(0, 2, "510626-2026-000124")
    page.name_edit.setText("王𬌗")
    qtbot.keyClicks(page.id_edit, APPLICANT_ID)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.result is not None and page.result.receipt is not None, page.message_label.text()
    slips = counter.printer.wait_for_slips(2)
    assert "申请人本人" in slips[0].text
    with counter.store.read() as s:
        actions = list(s.scalars(select(CaseEvent.action).order_by(CaseEvent.at, CaseEvent.id)))
        mail = s.scalars(select(CaseEvent).where(CaseEvent.action == "送达").order_by(CaseEvent.at)).first()
        assert mail is not None and mail.data["address"] == "四川省德阳市罗江区示例路8号"
        assert mail.data["carrier"] == "中国邮政EMS" and mail.data["postage"] == "已预约揽收"
    assert actions[-3:] == ["送达", "邮件退回", "送达"]
