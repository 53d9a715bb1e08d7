"""我的办件: after acceptance — search, complete, deliver, and the receipt preview image."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.conftest import PERSON_ID
from tests.ui.test_counter_flow import call_and_open_matter, type_applicant


def _accepted_case(qtbot, window, services, ops):  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page, name="欧阳娜娜")
    qtbot.mouseClick(page.all_received_button, Qt.MouseButton.LeftButton)
    window.decision_page.accept_case()
    return window.decision_page.result


def test_accepted_case_preview_is_the_printed_image(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    result = _accepted_case(qtbot, window, services, ops)
    preview = window.decision_page.previews.widget(0)
    assert preview.document.number == result.documents[0].number
    pixmap = preview.image_label.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.width() >= 384  # a receipt's width in printer dots
    assert pixmap.height() > pixmap.width()


def test_search_by_name_and_full_id_shows_the_id_masked(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    result = _accepted_case(qtbot, window, services, ops)
    cases = window.cases_page
    window.tabs.setCurrentWidget(cases)
    assert cases.cases.row_of(result.case.id) >= 0
    for query in ("欧阳", PERSON_ID, result.case.case_number):
        cases.search_edit.setText(query)
        qtbot.keyClick(cases.search_edit, Qt.Key.Key_Return)
        assert [row.id for row in cases.cases.rows()] == [result.case.id], query
    row = cases.cases.row_of(result.case.id)
    assert cases.cases.data(cases.cases.index(row, 3)) == "1101**********002X"
    from tests.ui.test_counter_flow import _visible_texts

    assert PERSON_ID not in _visible_texts(cases.table)


def test_complete_then_deliver_by_mail(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    result = _accepted_case(qtbot, window, services, ops)
    cases = window.cases_page
    window.tabs.setCurrentWidget(cases)
    # Found by its number, so it stays in the list after completion (waiting for delivery).
    cases.search_edit.setText(result.case.case_number)
    qtbot.keyClick(cases.search_edit, Qt.Key.Key_Return)
    cases.select_case(result.case.id)
    assert cases.action_buttons["complete_yes"].isEnabled()
    assert not cases.action_buttons["deliver"].isEnabled()
    cases.complete(True, "营业执照")
    assert cases.message_label.text().startswith("已生成文书：")
    cases.select_case(result.case.id)
    assert cases.action_buttons["deliver"].isEnabled()
    # 送达… opens the 出件 page on this case; the mail is recorded there, keyboard only.
    qtbot.mouseClick(cases.action_buttons["deliver"], Qt.MouseButton.LeftButton)
    page = window.handover_page
    assert window.tabs.currentWidget() is page and page.case is not None
    assert page.case.case_number == result.case.case_number and page.case.local
    page.forms.setCurrentWidget(page.mail)
    page.carrier_edit.setText("中国邮政EMS")  # QTest types ASCII only
    qtbot.keyClicks(page.tracking_edit, "1234567890123")
    page.address_edit.setText("四川省德阳市旌阳区示例路8号")
    page.mail_phone_edit.clear()
    qtbot.keyClicks(page.mail_phone_edit, "13812345678")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.message_label.text() == "证照“营业执照”须登记证照编号"  # the result's number first
    assert page.items.item(0, 1).text() == "营业执照"
    page.items.set_cell(0, 2, "91510626MA6X000001")
    pages: list[object] = []
    real_page = services.tracking.page
    services.tracking.page = lambda *a, **k: pages.append(1) or real_page(*a, **k)  # type: ignore[method-assign]  # counts reads
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.message_label.text() == "已登记邮寄", page.message_label.text()
    events = [e.action for e in services.tracking.events(result.case.id)]
    assert events[-2:] == ["准予", "送达"]
    # 我的办件 (still showing the search by number) got the handed-over row alone, not a reload
    line = cases.cases.dto(cases.cases.row_of(result.case.id))
    assert line.state == "已送达" and pages == []
