"""Ticket kiosk, start-up helpers, and the window with real background threads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.domain.enums import TicketPriority
from app.ui.kiosk import KioskWindow
from app.ui.look import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, apply_look, load_bundled_font
from app.ui.main_window import MainWindow
from app.ui.ops import OpRunner
from tests.services.conftest import PASSWORD
from tests.ui.test_queue_keys import log_in


def test_kiosk_issues_tickets_by_category_and_priority(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, ops, categories=[("A", "综合业务"), ("B", "企业开办")])
    qtbot.addWidget(kiosk)
    assert kiosk.category_buttons["A"].text() == "A　综合业务"
    qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
    assert kiosk.ticket_label.text() == "A001"
    assert "前面还有 0 人" in kiosk.info_label.text()
    kiosk.green_check.setChecked(True)
    qtbot.mouseClick(kiosk.category_buttons["B"], Qt.MouseButton.LeftButton)
    assert kiosk.issued.number == "B001" and kiosk.issued.priority is TicketPriority.GREEN
    assert "（绿色通道）" in kiosk.info_label.text()
    assert not kiosk.green_check.isChecked()
    qtbot.keyClicks(kiosk.appointment_edit, "YY20261123007")
    qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
    assert kiosk.issued.priority is TicketPriority.APPOINTMENT
    assert kiosk.issued.appointment_ref == "YY20261123007"
    # The counter calls the green channel first, then the appointment, then first come.
    services.session.login("0101", PASSWORD)
    assert [services.queue.call_next().number for _ in range(3)] == ["B001", "A002", "A001"]


def test_window_works_with_real_worker_threads(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Database calls run on the worker; results arrive on the GUI thread."""
    ops = OpRunner()
    window = MainWindow(services, ops)
    qtbot.addWidget(window)
    window.show()
    services.queue.issue("A")
    info = services.session.login("0101", PASSWORD)
    window.start_session(info)
    qtbot.waitUntil(lambda: window.queue_panel.waiting_label.text().startswith("等候 1 人"), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.strip.ticket_label.text() == "当前 A001", timeout=5000)
    window.guide_page.search("spjy")
    qtbot.waitUntil(lambda: [h.code for h in window.guide_page.results.rows()] == ["SPJY"], timeout=5000)
    qtbot.waitUntil(ops.is_idle, timeout=5000)


def test_bundled_font_and_large_font_option(qapp) -> None:  # type: ignore[no-untyped-def]
    family = load_bundled_font()
    assert family is not None and "WenQuanYi" in family
    assert family in QFontDatabase.families()
    apply_look(qapp, large_font=True)
    assert QApplication.font().pointSize() == LARGE_POINT_SIZE
    assert QApplication.font().families()[0] == family
    apply_look(qapp, large_font=False)
    assert QApplication.font().pointSize() == NORMAL_POINT_SIZE


def test_large_font_can_be_switched_from_the_view_menu(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    action = window.key_actions["large_font"]
    assert action in window.view_menu.actions()
    action.trigger()
    assert QApplication.font().pointSize() == LARGE_POINT_SIZE
    action.trigger()
    assert QApplication.font().pointSize() == NORMAL_POINT_SIZE


def test_status_bar_lamps_for_devices_and_store(window) -> None:  # type: ignore[no-untyped-def]
    window.set_indicator("printer", False, "打印机未连接")
    window.set_indicator("store", True, "数据已同步")
    assert window.status.indicator_text("printer") == "○ 打印机未连接"
    assert window.status.indicator_text("store") == "● 数据已同步"
    window.set_indicator("printer", True, "打印机就绪")
    assert window.status.indicator_text("printer") == "● 打印机就绪"


def test_run_counter_logs_in_and_shows_the_window(qapp, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The entry helper end to end: services built off the GUI thread, login, main window."""
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))

    from app.ui.login import LoginDialog
    from app.ui.main import run_counter

    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and "dialog" not in seen:
            seen["dialog"] = True
            dialog.staff_edit.setText("0101")
            dialog.password_edit.setText(PASSWORD)
            dialog.submit()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].person is not None:
            seen["clerk"] = windows[0].strip.clerk_label.text()
            windows[0].close()
            QApplication.exit(0)
            return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.exit(1))
    safety.start(20_000)  # never hang the suite
    # exit() ends the loop at once; quit() would post an event that ends later tests' loops.
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        code = run_counter(lambda: services, services.settings)
    finally:
        safety.stop()
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
    assert code == 0
    assert seen.get("clerk") == "张明（A岗）"
    assert services.session.current is None  # closing the window logs out
    assert QSettings().value("counter/geometry") is not None  # geometry alone goes to QSettings
