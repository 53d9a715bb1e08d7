"""今日: the window's figures after a short morning at the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_counter_flow import call_and_open_matter, press_on_line, row_of, type_applicant


def test_today_counts_calls_no_shows_and_decisions(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")  # A001 called
    type_applicant(qtbot, page)
    qtbot.mouseClick(page.all_received_button, Qt.MouseButton.LeftButton)
    window.decision_page.accept_case()
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)  # A002: A001 served
    qtbot.keyClick(window, Qt.Key.Key_F3)  # A002 did not come
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)  # A003
    window.guide_page.intake_requested.emit("SPJY")
    page = window.intake_page
    type_applicant(qtbot, page, name="李四", id_number="110101199003074514")
    press_on_line(qtbot, page, row_of(page, "申请书"), Qt.Key.Key_2)
    press_on_line(qtbot, page, row_of(page, "从业人员健康证明"), Qt.Key.Key_1)
    press_on_line(qtbot, page, row_of(page, "经营场所平面图"), Qt.Key.Key_1)
    window.decision_page.notify_case()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    window.tabs.setCurrentWidget(window.today_page)
    values = {key: label.text() for key, label in window.today_page.values.items()}
    assert window.today_page.day_label.text() == "01号窗口 2026-09-29 数据"
    assert values["called"] == "3"
    assert values["no_shows"] == "1"
    assert values["served"] == "2"
    assert values["accepted_total"] == "1"
    assert values["accepted_by_kind"] == "承诺件 1"
    assert values["notices"] == "1"
    assert values["refusals"] == "0"
