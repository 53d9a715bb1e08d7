"""Window status (暂停服务, 离开留言) and the second visit of the same applicant."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.enums import ApplicantKind, MaterialStatus, WindowStatus
from app.ui.dialogs import AwayDialog
from tests.ui.test_counter_flow import call_and_open_matter, press_on_line, row_of, type_applicant, type_text
from tests.ui.test_queue_keys import log_in


def _answer_next_dialog(fill) -> None:  # type: ignore[no-untyped-def]
    """Fill and accept the modal dialog that is about to open (F9/F10 ask with one)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(10, run)


def _reactivate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After a modal dialog the offscreen platform does not give focus back by itself."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_f9_pauses_and_resumes_service(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    _answer_next_dialog(lambda d: isinstance(d, QInputDialog) and d.setTextValue("整理材料"))
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert services.session.status().status is WindowStatus.PAUSED
    assert window.strip.state_label.text() == "暂停服务 整理材料"
    assert not window.key_actions["call_next"].isEnabled()
    _reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert services.session.status().status is WindowStatus.SERVING
    assert window.strip.state_label.text() == "服务中"
    assert window.key_actions["call_next"].isEnabled()


def test_f10_leaves_an_away_message_and_returns(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)

    def fill(dialog: AwayDialog) -> None:
        dialog.reason_combo.setCurrentText("参加会议")
        dialog.where_edit.setText("三楼会议室")
        dialog.contact_edit.setText("8123")

    _answer_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    status = services.session.status()
    assert status.status is WindowStatus.AWAY
    assert (status.away.reason, status.away.whereabouts, status.away.contact) == ("参加会议", "三楼会议室", "8123")
    assert window.strip.state_label.text() == "离开 参加会议"
    _reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert services.session.status().status is WindowStatus.SERVING
    assert services.session.status().away is None


def test_second_visit_shows_the_earlier_notice_and_counts_the_visit(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    assert page.visit_label.text() == "本事项第 1 次来办"
    assert not page.banner.isVisible()
    for name in ("申请书", "法定代表人身份证明"):
        press_on_line(qtbot, page, row_of(page, name), Qt.Key.Key_1)
    press_on_line(qtbot, page, row_of(page, "公司章程"), Qt.Key.Key_1)
    window.decision_page.accept_case()
    assert window.decision_page.result.case.state == "已受理"
    # Start again for the same person and matter: a notice this time.
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    window.guide_page.intake_requested.emit("QYSL")
    page = window.intake_page
    type_applicant(qtbot, page)
    press_on_line(qtbot, page, row_of(page, "申请书"), Qt.Key.Key_2)
    for name in ("法定代表人身份证明", "公司章程"):
        press_on_line(qtbot, page, row_of(page, name), Qt.Key.Key_1)
    window.decision_page.notify_case()
    notice_number = window.decision_page.result.documents[0].number
    # Third visit: the banner names the notice and what it asked for.
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    window.guide_page.intake_requested.emit("QYSL")
    page = window.intake_page
    type_applicant(qtbot, page)
    assert page.case.visit_no == 3
    assert page.visit_label.text() == "本事项第 3 次来办（最多跑一次）"
    assert page.banner.isVisible()
    assert notice_number in page.banner.text() and "申请书" in page.banner.text()


def test_legal_person_form_checks_the_credit_code_as_typed(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(ApplicantKind.LEGAL_PERSON.value))
    assert page.fields["credit_code"].edit.isVisible() and not page.fields["id_number"].edit.isVisible()
    qtbot.keyClicks(page.fields["credit_code"].edit, "91350100M000100Y44")
    assert "校验" in page.fields["credit_code"].error.text()
    page.fields["credit_code"].edit.clear()
    qtbot.keyClicks(page.fields["credit_code"].edit, "91350100M000100Y43")
    assert page.fields["credit_code"].error.text() == ""
    type_text(page.fields["org_name"].edit, "示例餐饮有限公司")
    type_text(page.fields["legal_rep"].edit, "王五")
    qtbot.keyClicks(page.fields["phone"].edit, "13812345678")
    page.save_applicant()
    assert page.form_error.text() == ""
    assert page.case.applicant.display_name == "示例餐饮有限公司"
    assert page.case.applicant.credit_code == "91350100M000100Y43"
    assert all(line.status is MaterialStatus.PENDING or line.shared for line in page.case.checklist)


def test_offline_queue_falls_back_to_a_manually_entered_ticket(qtbot, hall_store, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The central queue cannot be reached: the clerk types the paper ticket's number."""
    from dataclasses import replace

    from app.services.queue import QueueService
    from app.store.engine import make_engine
    from app.store.uow import Store
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner
    from tests.ui.conftest import make_services

    services, clock = make_services(hall_store)
    blocked = tmp_path / "queue.db"
    blocked.mkdir()  # a directory where the queue database should be: it cannot be opened
    unreachable = Store(make_engine(f"sqlite+pysqlite:///{blocked}"))
    services = replace(services, queue=QueueService(unreachable, services.session, local_store=hall_store, clock=clock))
    ops = OpRunner(synchronous=True)
    window = MainWindow(services, ops)
    qtbot.addWidget(window)
    window.show()
    log_in(qtbot, window, services, ops)
    _answer_next_dialog(lambda d: isinstance(d, QInputDialog) and d.setTextValue("a012"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.status.indicator_text("queue") == "○ 叫号服务离线"
    assert window.ticket is not None and window.ticket.number == "A012" and window.ticket.manual
    assert window.strip.ticket_label.text() == "当前 A012"


def test_f6_calls_a_given_number_and_f4_transfers_it_with_a_note(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs import TransferDialog

    for _ in range(3):
        services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    _answer_next_dialog(lambda d: isinstance(d, QInputDialog) and d.setTextValue("a003"))
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.ticket.number == "A003"
    _reactivate(qtbot, window)

    def fill(dialog: TransferDialog) -> None:
        dialog.window_edit.setText("02")
        dialog.note_edit.setText("办理居住证")

    _answer_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.ticket is None
    assert window.statusBar().currentMessage() == "A003号已转窗"
    moved = services.queue.overview()
    assert moved.waiting_total == 2  # A003 now waits for window 02, not here
