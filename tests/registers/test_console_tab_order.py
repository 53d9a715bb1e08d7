"""The console's main pages in their designed Tab order, walked with real Tab presses: the
matter editor (事项目录: the list and its buttons, the form top to bottom, the materials,
保存事项; 情形 and 设定依据 let Tab go on instead of typing a tab) and 工作人员 (the list, which
Tab leaves instead of moving between cells, the form, the roles, the buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
