"""The F-keys of the counter window, pressed on the real window over a real store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.enums import TicketPriority, TicketStatus
from app.ui.login import LoginDialog
from tests.services.conftest import PASSWORD


def log_in(qtbot, window, services, ops, staff_no: str = "0101", password: str = PASSWORD):  # type: ignore[no-untyped-def]
    """Log in through the login dialog and open the window for that person."""
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText(staff_no)
    dialog.password_edit.setText(password)
    dialog.submit()
    assert dialog.session_info is not None, dialog.error_label.text()
    window.start_session(dialog.session_info)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return dialog.session_info


def test_buttons_show_their_f_keys_and_menus_hold_the_same_actions(window) -> None:  # type: ignore[no-untyped-def]
    texts = [b.text() for b in window.queue_panel.buttons]
    assert texts[0] == "F1  呼叫下一位"
    assert texts[-1] == "F12  切换用户"
    assert [t.split()[0] for t in texts] == [f"F{i}" for i in range(1, 13)]
    menu_texts = [a.text() for a in window.queue_menu.actions()]
    assert "F3  过号" in menu_texts


def test_f1_calls_green_channel_first_and_the_strip_shows_the_ticket(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    services.queue.issue("B", TicketPriority.GREEN)
    log_in(qtbot, window, services, ops)
    assert window.queue_panel.waiting_label.text().startswith("等候 2 人")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.ticket is not None and window.ticket.number == "B001"
    assert window.strip.ticket_label.text() == "当前 B001"
    assert window.strip.clerk_label.text() == "张明（A岗）"
    assert window.strip.state_label.text() == "服务中"
    assert window.statusBar().currentMessage() == "请 B001 号到 01 号窗口办理"
    assert window.queue_panel.waiting_label.text().startswith("等候 1 人")
    # F1 again finishes B001 and calls A001.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.strip.ticket_label.text() == "当前 A001"


def test_f2_recalls_until_the_limit_then_f3_marks_no_show(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    for left in (2, 1, 0):
        qtbot.keyClick(window, Qt.Key.Key_F2)
        assert window.statusBar().currentMessage() == f"已重呼 A001 号（还可重呼 {left} 次）"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "已达上限" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.ticket is None
    assert window.strip.ticket_label.text() == "当前无号"
    assert [window.queue_panel.no_show_list.item(i).text() for i in range(window.queue_panel.no_show_list.count())] == [
        "A001"
    ]


def test_f5_parks_and_resumes_f7_serves_a_walk_in_f8_finishes(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.ticket is None
    assert window.queue_panel.parked_numbers() == ["A001"]
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.ticket.number == "W001"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.ticket is None
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.ticket.number == "A001"
    assert window.ticket.status is TicketStatus.SERVING
    assert window.queue_panel.parked_numbers() == []


def test_f1_with_nobody_waiting_says_so(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.ticket is None
    assert window.statusBar().currentMessage() == "当前没有等候的群众"


def test_queue_keys_do_nothing_before_login(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.ticket is None
    assert not window.key_actions["call_next"].isEnabled()


def test_double_click_requeues_a_no_show(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    no_shows = window.queue_panel.no_show_list
    assert no_shows.count() == 1
    no_shows.itemDoubleClicked.emit(no_shows.item(0))
    assert window.statusBar().currentMessage() == "A001号已重新排队"
    assert no_shows.count() == 0
    assert window.queue_panel.waiting_label.text().startswith("等候 1 人")
