"""The center's side of the counter window: who sees the workspace, the console and which registers,
the one-step 转“办不成事” of a case, and the screen after F8.

The window gets the center services as the composition root wires them, over the
real test hall.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import PermissionDenied
from app.ui.admin.registers import RegistersDialog
from tests.ui.conftest import issue
from tests.ui.test_counter_flow import call_and_open_matter, type_applicant
from tests.ui.test_queue_keys import log_in

QUEUE_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9, Qt.Key.Key_F10)


@pytest.fixture()
def services(hall_store):  # type: ignore[no-untyped-def]
    from app.bootstrap import build_center_services
    from tests.ui.conftest import make_services

    base = make_services(hall_store)[0]
    return replace(base, center=build_center_services(hall_store, base.session.now))


def test_admin_sees_the_center_workspace_and_no_queue_key_acts(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    issue(services)
    info = log_in(qtbot, window, services, ops, staff_no="9001")
    assert info.post is None
    workspace = window.workspace
    assert workspace is not None and window.body.currentWidget() is window.center_host
    titles = [workspace.tabText(i) for i in range(workspace.count())]
    assert titles == ["电子监察", "延时审批", "统计", "考勤", "登记台账", "管理控制台"]
    assert workspace.console is not None and workspace.console.opened
    assert window.key_actions["console"].isVisible() and window.key_actions["console"].isEnabled()
    assert not window.key_actions["show_counter"].isVisible()
    assert window.strip.state_label.text() == "中心工作台"
    assert not window.queue_menu.menuAction().isVisible()
    assert not window.strip.ticket_label.isVisibleTo(window.strip)
    for key in QUEUE_KEYS:
        qtbot.keyClick(window, key)
    assert window.ticket is None
    assert services.queue.overview().waiting_total == 1
    assert not any(window.key_actions[name].isEnabled() for name in ("call_next", "finish", "pause", "away", "walk_in"))
    window.open_console()
    assert workspace.currentWidget() is workspace.console
    # The console works for the administrator: the windows of the hall are listed.
    assert workspace.console.windows.windows_table.rowCount() >= 3


def test_clerk_has_no_console_and_the_service_refuses_them(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops, staff_no="0101")
    assert window.workspace is None and window.body.currentIndex() == 0
    assert not window.key_actions["console"].isVisible() and not window.key_actions["console"].isEnabled()
    assert not window.key_actions["show_center"].isEnabled()
    window.open_console()
    assert window.workspace is None
    actor = services.session.require_actor()
    with pytest.raises(PermissionDenied, match="中心管理员"):
        window.center.console.windows(actor)
    # 登记: the counter's registers, without 否定备案 for a clerk.
    assert window.register_menu.menuAction().isVisible()
    assert not window.key_actions["reg_negative"].isVisible()
    window.key_actions["reg_complaints"].trigger()
    dialog = window.registers_dialog
    assert isinstance(dialog, RegistersDialog)
    assert list(dialog.page.shown) == ["first_inquiries", "consultations", "complaints", "cannot_do", "assists"]
    assert dialog.page.tabs.currentWidget() is dialog.page.complaints
    # A switch of user closes the registers of the previous person.
    window.clear_all()
    assert window.registers_dialog is None


def test_lead_gets_the_negative_filings_of_the_window(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from tests.services.conftest import LEAD_PASSWORD

    log_in(qtbot, window, services, ops, staff_no="0190", password=LEAD_PASSWORD)
    assert window.workspace is None
    assert window.key_actions["reg_negative"].isVisible() and window.key_actions["reg_negative"].isEnabled()
    window.open_registers("negative")
    page = window.registers_dialog.page
    assert "negative" in page.shown and page.tabs.currentWidget() is page.negative


def _accepted_case(qtbot, window, services, ops):  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page, name="欧阳娜娜")
    qtbot.mouseClick(page.all_received_button, Qt.MouseButton.LeftButton)
    window.decision_page.accept_case()
    result = window.decision_page.result
    assert result is not None and result.case.case_number
    return result.case


def test_escalating_a_case_files_a_cannot_do_report_linked_to_it(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    case = _accepted_case(qtbot, window, services, ops)
    cases = window.cases_page
    window.tabs.setCurrentWidget(cases)
    assert not cases.escalate_button.isEnabled()
    cases.select_case(case.id)
    assert cases.escalate_button.isEnabled()
    cases.escalate("需要税务部门出具证明，本窗口无法办结")
    assert cases.message_label.text() == "已转“办不成事”，中心将转办督办"
    reports = window.center.registers.cannot_do_reports()
    assert len(reports) == 1
    report = reports[0]
    assert report.case_id == case.id
    assert (report.applicant_name, report.matter, report.window) == ("欧阳娜娜", case.matter_name, "01")
    assert report.in_scope and report.complexity == "一般"


def test_escalation_needs_a_case_and_the_dialog_needs_a_description(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.case_dialogs import EscalateDialog

    case = _accepted_case(qtbot, window, services, ops)
    cases = window.cases_page
    window.tabs.setCurrentWidget(cases)
    cases.escalate("任意")
    assert cases.message_label.text() == "请先选择一件办件"
    cases.select_case(case.id)
    dialog = EscalateDialog(cases.selected(), cases)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == "请填写反映的问题" and dialog.result() == 0
    assert window.center.registers.cannot_do_reports() == []


def test_f8_clears_the_finished_applicant_and_keeps_the_draft(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    case = _accepted_case(qtbot, window, services, ops)
    assert window.decision_page.case is not None
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.ticket is None
    assert window.decision_page.case is None and window.decision_page.result is None
    assert case.case_number not in window.decision_page.summary_label.text()
    assert not window.decision_page.outcome_label.isVisibleTo(window.decision_page)
    assert window.intake_page.case is None

    # An undecided draft of the next applicant leaves the screen at F8 but waits in 我的办件.
    issue(services)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    window.guide_page.intake_requested.emit("QYSL")
    page = window.intake_page
    assert page.case is not None and page.case.ticket_id == window.ticket.id
    draft_id = page.case.id
    type_applicant(qtbot, page, name="司马光")
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.intake_page.case is None and window.decision_page.case is None
    drafts = [c for c in services.tracking.open_cases() if c.id == draft_id]
    assert len(drafts) == 1 and drafts[0].applicant_name == "司马光"
