"""The console's pages in their designed Tab order, walked with real Tab presses: the
matter editor (事项目录: the list and its buttons, the form top to bottom, the materials,
保存事项; 情形 and 设定依据 let Tab go on instead of typing a tab), 工作人员 (the list, which
Tab leaves instead of moving between cells, the form, the roles, the buttons), 部门与窗口,
AB岗与顶岗, 日历与大厅设置, 省平台 and 短信; and on every page Tab reaches each widget once
and is caught by none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.admin.common import PanelBase

from app.services.console import ConsoleService
from app.ui.admin.console import AdminConsole
from app.ui.ops import OpRunner
from tests.registers.conftest import Hall
from tests.registers.test_console_ui import console, ops  # noqa: F401 - fixtures
from tests.ui.test_focus_and_tab_order import tab_walk


def test_matter_editor_tab_order(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    widget = AdminConsole(console, ops, lambda: hall.admin)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    e = widget.matters
    e.matter_list.setCurrentRow(0)  # a matter in the form
    expected = [
        e.matter_list,
        e.new_button,
        e.delete_button,
        e.code_edit,
        e.name_edit,
        e.type_combo,
        e.department_combo,
        e.kind_combo,
        e.legal_spin,
        e.promised_spin,
        e.windows_edit,
        e.deficiency_check,
        e.situations_edit,
        e.basis_edit,
        e.materials_table,
        e.add_material_button,
        e.remove_material_button,
        e.save_button,
    ]
    text_before = e.situations_edit.toPlainText()
    e.matter_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(e.matter_list.hasFocus, timeout=2000)
    seen = [e.matter_list, *tab_walk(qtbot, e.matter_list, len(expected) - 1)]
    assert seen == expected, [type(w).__name__ for w in seen]
    assert e.situations_edit.toPlainText() == text_before  # Tab moved on, typed nothing


def test_staff_panel_tab_order(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    widget = AdminConsole(console, ops, lambda: hall.admin)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.staff)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    s = widget.staff
    s.refresh()
    s.table.setCurrentCell(0, 0)
    expected = [
        s.table,
        s.staff_no_edit,
        s.name_edit,
        s.department_edit,
        s.title_edit,
        s.phone_edit,
        s.party_check,
        s.active_check,
        *s.role_checks.values(),
        s.create_button,
        s.update_button,
        s.roles_button,
        s.photo_button,
        s.reset_button,
        s.unlock_button,
    ]
    expected = [w for w in expected if w.isEnabled()]
    s.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(s.table.hasFocus, timeout=2000)
    seen = [s.table, *tab_walk(qtbot, s.table, len(expected) - 1)]
    assert seen == expected, [type(w).__name__ for w in seen]


def _open(qtbot, service: ConsoleService, runner: OpRunner, hall: Hall, panel: str) -> tuple[AdminConsole, PanelBase]:  # type: ignore[no-untyped-def]
    widget = AdminConsole(service, runner, lambda: hall.admin)
    qtbot.addWidget(widget)
    widget.show()
    page: PanelBase = getattr(widget, panel)
    widget.tabs.setCurrentWidget(page)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    return widget, page


def _walk_from(qtbot, expected: list[QWidget]) -> list[QWidget]:  # type: ignore[no-untyped-def]
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(expected[0].hasFocus, timeout=2000)
    return [expected[0], *tab_walk(qtbot, expected[0], len(expected) - 1)]


def test_departments_and_windows_tab_order(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _, w = _open(qtbot, console, ops, hall, "windows")
    w.windows_table.setCurrentCell(0, 0)  # a window in the form
    devices_before = w.devices_edit.toPlainText()
    expected = [
        w.dept_code_edit,
        w.dept_name_edit,
        w.dept_button,
        w.departments_table,
        w.windows_table,
        w.code_edit,
        w.name_edit,
        w.kind_combo,
        w.categories_edit,
        w.departments_edit,
        w.devices_edit,
        w.active_check,
        w.window_button,
    ]
    seen = _walk_from(qtbot, expected)
    assert seen == expected, [type(x).__name__ for x in seen]
    assert w.devices_edit.toPlainText() == devices_before  # Tab moved on, typed nothing
    assert w.windows_table.currentRow() == 0  # and did not walk the table's cells


def test_ab_posts_and_substitutes_tab_order(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _, p = _open(qtbot, console, ops, hall, "posts")
    expected = [
        p.window_combo,
        p.staff_combo,
        p.post_combo,
        p.assign_button,
        p.remove_button,
        p.posts_table,
        p.substitute_staff_combo,
        p.substitute_date,
        p.substitute_note,
        p.substitute_button,
        p.substitutes_table,
    ]
    seen = _walk_from(qtbot, expected)
    assert seen == expected, [type(x).__name__ for x in seen]


def test_calendar_and_hall_settings_tab_order(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _, s = _open(qtbot, console, ops, hall, "settings")
    expected = [
        s.override_date,
        s.workday_check,
        s.override_note,
        s.override_button,
        s.remove_override_button,
        s.notice_button,
        s.overrides_table,
        s.hall_name_edit,
        s.hours_edit,
        *s.phone_edits.values(),
        s.follow_up_spin,
        s.save_hall_button,
    ]
    seen = _walk_from(qtbot, expected)
    assert seen == expected, [type(x).__name__ for x in seen]


def _focusable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]


def test_tab_visits_every_widget_of_every_console_page_once(  # type: ignore[no-untyped-def]
    qtbot,
    console: ConsoleService,  # noqa: F811 - the fixture
    ops: OpRunner,  # noqa: F811 - the fixture
    hall: Hall,
) -> None:
    """No page has a widget Tab never reaches, nor one that keeps the focus (a table walked
    cell by cell, a text box typing a tab): from the page's first stop, as many presses as
    the page has stops visit each of them once and then leave the page."""
    widget = AdminConsole(console, ops, lambda: hall.admin)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    for page in widget.panels:
        widget.tabs.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible, timeout=2000)
        stops = _focusable(page)
        first = min(stops, key=lambda w: _position_in_chain(page, w))
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(first.hasFocus, timeout=2000)
        seen = [first, *tab_walk(qtbot, first, len(stops))]
        inside, after = seen[:-1], seen[-1]
        assert len(set(map(id, inside))) == len(inside) == len(stops), (page, [type(x).__name__ for x in seen])
        assert {id(w) for w in inside} == {id(w) for w in stops}
        assert not page.isAncestorOf(after) or after is first, (page, type(after).__name__)
        QApplication.processEvents()


def _position_in_chain(page: QWidget, widget: QWidget) -> int:
    """How far ``widget`` is from ``page`` along Qt's focus chain."""
    step, current = 0, page.nextInFocusChain()
    while current is not widget and current is not page:
        current, step = current.nextInFocusChain(), step + 1
    return step
