"""The designed Tab order of the counter's pages beyond login and intake, walked with real
Tab key presses: decision, my cases, guide, today and 出件. Each expected list is the page's
design written out here; Qt skips a hidden or disabled widget, so the list is taken as the
clerk sees the page at that moment (e.g. 容缺受理 greyed out for a matter without 容缺)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.domain.enums import MaterialStatus
from app.ui.focus import first_focusable
from tests.ui.test_counter_flow import call_and_open_matter, type_applicant
from tests.ui.test_focus_and_tab_order import tab_walk
from tests.ui.test_queue_keys import log_in


def stops(*widgets: QWidget) -> list[QWidget]:
    """Where Tab stops among ``widgets``: the shown, enabled ones (a tab widget: its tab bar)."""
    out = []
    for widget in widgets:
        target = widget.tabBar() if isinstance(widget, QTabWidget) else widget
        if target.isVisible() and target.isEnabled():
            out.append(target)
    return out


def walk(qtbot, expected: list[QWidget]) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Put the cursor on the first stop and press Tab once for each further one."""
    first = expected[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    return [first, *tab_walk(qtbot, first, len(expected) - 1)]


def names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}" for w in widgets]


def test_decision_page_tab_order(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    for row in range(page.checklist.rowCount()):
        if page.checklist.dto(row).status is MaterialStatus.PENDING:
            page.mark(row, MaterialStatus.RECEIVED)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    d = window.decision_page
    b = d.buttons
    expected = stops(
        b["accept"],
        b["notify"],
        b["accept_with_deficiency"],
        b["refuse"],
        b["finish_immediately"],
        b["return_case"],
        d.deficiency_label,
        d.deficiency_due,
    )
    assert expected[0] is b["accept"] and QApplication.focusWidget() is b["accept"]  # the default first
    assert len(expected) >= 4
    assert walk(qtbot, expected) == expected, names(expected)
    # After the decision the notice's tab follows the buttons.
    qtbot.keyClick(d.buttons["accept"], Qt.Key.Key_Space)
    assert d.result is not None
    after = stops(*d.buttons.values(), d.deficiency_label, d.deficiency_due, d.previews)
    assert after[-1] is d.previews.tabBar()
    assert walk(qtbot, after) == after, names(after)


def test_my_cases_tab_order(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    case = services.intake.start(matter_code="QYSL")
    services.intake.set_applicant(case.id, _applicant())
    services.intake.mark_all_received(case.id)
    services.decisions.accept(case.id)
    page = window.cases_page
    window.tabs.setCurrentWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.cases.rowCount() > 0, timeout=3000)
    page.table.selectRow(0)
    expected = stops(
        page.search_edit, page.table, *page.action_buttons.values(), page.clock_actions, page.escalate_button
    )
    assert expected[:2] == [page.search_edit, page.table] and len(expected) >= 4, names(expected)
    assert walk(qtbot, expected) == expected, names(expected)


def _applicant():  # type: ignore[no-untyped-def]
    from app.services.dto import ApplicantInput
    from tests.services.conftest import PERSON_ID

    return ApplicantInput(name="张三", id_number=PERSON_ID, phone="13812345678")


def test_guide_tab_order(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    guide = window.guide_page
    window.tabs.setCurrentWidget(guide)
    guide.search("qysl")
    qtbot.waitUntil(lambda: bool(guide.results.rows()), timeout=3000)
    guide.show_matter("QYSL")
    expected = stops(
        guide.search_edit, guide.result_view, guide.start_button, guide.browser, guide.bundle_combo, guide.bundle_button
    )
    assert expected[:4] == [guide.search_edit, guide.result_view, guide.start_button, guide.browser], names(expected)
    assert walk(qtbot, expected) == expected, names(expected)


def test_today_page_has_one_stop(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    window.tabs.setCurrentWidget(window.today_page)
    assert first_focusable(window.today_page) is window.today_page.refresh_button


def test_handover_page_tab_order(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    case = services.intake.start(matter_code="QYSL")
    services.intake.set_applicant(case.id, _applicant())
    services.intake.mark_all_received(case.id)
    accepted = services.decisions.accept(case.id).case
    services.tracking.complete(accepted.id, approved=True, result_name="营业执照")
    page = window.handover_page
    window.tabs.setCurrentWidget(page)
    page.find_edit.setText(accepted.case_number)
    page.find_case(accepted.case_number)
    qtbot.waitUntil(lambda: page.hand_over_button.isEnabled(), timeout=3000)
    expected = stops(
        page.find_edit,
        page.find_button,
        page.forms,
        page.relation_combo,
        page.name_edit,
        page.id_type_combo,
        page.id_edit,
        page.attorney_edit,
        page.phone_edit,
        page.items,
        page.add_item_button,
        page.clear_pad_button,
        page.hand_over_button,
    )
    assert page.items in expected and expected[-1] is page.hand_over_button, names(expected)
    assert walk(qtbot, expected) == expected, names(expected)
    # The mail form, on its own tab.
    page.forms.setCurrentWidget(page.mail)
    mail = stops(
        page.recipient_edit,
        page.mail_phone_edit,
        page.address_edit,
        page.carrier_edit,
        page.tracking_edit,
        page.postage_combo,
        page.mail_button,
    )
    assert len(mail) >= 6, names(mail)
    assert walk(qtbot, mail) == mail, names(mail)
