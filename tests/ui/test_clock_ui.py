"""The clock in the real widgets over a real SQLite store (hall day 2026-09-29 09:00).

* §32: materials received 09-29; the five working days end 10-12 (国庆 10-01…07 off,
  Saturday 10-10 a 调休 working day), so a notice on 10-13 asks for confirmation, and
  the confirmed notice records the deemed acceptance.
* 我的办件: the 计时事项 menu marks a case 急事特办, forwards another to the higher
  authority, asks for an extension that the center approves in its 延时审批 tab, issues the
  延期办理通知书, and refuses a licence with the lead's confirmation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.clock import ManualClock
from app.services.clock_events import ClockEventService
from app.services.dto import ApplicantInput
from app.services.session import SessionService
from app.ui.admin.extensions import ExtensionReviewPanel
from tests.services.conftest import CALENDAR, LEAD_PASSWORD, PASSWORD, PERSON_ID
from tests.ui.test_counter_flow import call_and_open_matter, press_on_line, row_of, type_applicant
from tests.ui.test_queue_keys import log_in


@pytest.fixture()
def services(hall_store):  # type: ignore[no-untyped-def]
    from app.bootstrap import build_center_services
    from tests.ui.conftest import make_services

    base, clock = make_services(hall_store)
    events = ClockEventService(hall_store, base.session, CALENDAR, base.settings, clock=clock)
    return replace(base, clock_events=events, center=build_center_services(hall_store, base.session.now))


def _clock(services) -> ManualClock:  # type: ignore[no-untyped-def]
    return services.decisions._clock


def test_a_late_notice_asks_for_confirmation_then_records_deemed_acceptance(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    for name in ("申请书", "法定代表人身份证明"):
        press_on_line(qtbot, page, row_of(page, name), Qt.Key.Key_1)
    press_on_line(qtbot, page, row_of(page, "公司章程"), Qt.Key.Key_2)
    decision = window.decision_page
    _clock(services).set(ManualClock.at_hall_time(date(2026, 10, 12))())
    decision.set_case(services.intake.get(page.case.id))
    assert "须在2026-10-12前一次性告知补正" in decision.problems_label.text()
    _clock(services).set(ManualClock.at_hall_time(date(2026, 10, 13))())
    decision.set_case(services.intake.get(page.case.id))
    qtbot.mouseClick(decision.buttons["notify"], Qt.MouseButton.LeftButton)
    assert decision.late_dialog is not None and "2026-10-12" in decision.late_dialog.text()
    assert decision.result is None
    decision.late_dialog.done(QMessageBox.StandardButton.Yes)
    assert decision.result is not None and decision.result.case.state == "待补正"
    assert decision.result.case.accepted_on == date(2026, 9, 29)
    assert "即为受理" in decision.result.documents[0].text


def _accepted(services):  # type: ignore[no-untyped-def]
    case = services.intake.start(
        matter_code="QYSL", applicant=ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
    )
    services.intake.mark_all_received(case.id)
    return services.decisions.accept(case.id).case


def test_clock_menu_urgent_forward_extension_and_denial(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops, staff_no="0101")
    urgent, forwarded, extended, denied = (_accepted(services) for _ in range(4))
    cases = window.cases_page
    window.tabs.setCurrentWidget(cases)
    cases.refresh()
    menu = cases.clock_actions

    cases.select_case(urgent.id)
    assert menu.isEnabled() and not menu.entries["issue_extension"].isEnabled()
    menu.mark_urgent("申请人需赶赴外地投标")
    assert cases.cases.dto(0).id == urgent.id
    assert cases.cases.data(cases.cases.index(0, 8)).startswith("【急】")

    cases.select_case(forwarded.id)
    menu.forward("市市场监督管理局", 10)
    line = next(t for t in cases.cases.rows() if t.id == forwarded.id)
    assert line.state == "已上报" and line.higher_due == date(2026, 10, 19)
    assert "上报市市场监督管理局，2026-10-19前" in cases.cases.data(cases.cases.index(cases.cases.row_of(line.id), 8))

    cases.select_case(extended.id)
    menu.request_extension(3, "需现场核查")
    assert cases.message_label.text() == ""
    # The center answers in its 延时审批 tab, signed in as the administrator.
    admin = SessionService(services.session._store, services.settings, clock=_clock(services))
    admin.login("9001", PASSWORD)
    panel = ExtensionReviewPanel(services.center.extensions, ops, lambda: admin.actor)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "3"
    panel.decide(True)
    assert panel.table.rowCount() == 0 and "已批准" in panel.message.text()
    cases.refresh()
    cases.select_case(extended.id)
    assert menu.entries["issue_extension"].isEnabled()
    menu.issue_extension()
    assert "延期办理通知书" in cases.message_label.text()
    assert next(t for t in cases.cases.rows() if t.id == extended.id).due_date == date(2026, 10, 15)

    cases.select_case(denied.id)
    menu.deny(["经营场所不符合规划用途"], "《示例条例》第十二条", "0190", LEAD_PASSWORD)
    assert "不予许可决定书" in cases.message_label.text()
    assert not cases.grab().isNull()


def test_my_cases_tell_the_clerk_which_dates_a_calendar_change_moved(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from app.services.calendar_service import import_notice

    log_in(qtbot, window, services, ops, staff_no="0101")
    case = _accepted(services)
    assert case.due_date == date(2026, 10, 12)
    cases = window.cases_page
    cases.refresh()
    assert cases.date_changes_label.isHidden()
    # Saturday 10-03 declared a working day: 09-30, 10-03, 10-08, 10-09, 10-10 → earlier.
    store = services.session._store
    result = import_notice(store, "2026-10-03 班 测试调整\n", local=True, clock=_clock(services))
    assert [(c.old_due, c.new_due, c.earlier) for c in result.date_changes] == [
        (date(2026, 10, 12), date(2026, 10, 10), True)
    ]
    cases.refresh()
    text = cases.date_changes_label.text()
    assert not cases.date_changes_label.isHidden()
    assert f"{case.case_number}：2026-10-12→2026-10-10（提前）" in text
    assert "b00020" in cases.date_changes_label.styleSheet()
