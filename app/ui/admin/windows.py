"""Departments and windows: kinds, ticket categories, departments and device settings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import WindowKind
from app.domain.errors import ValidationError
from app.ui.admin.common import ActorSource, PanelBase, fill_table, split_items, tr
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner
from app.ui.values import select_value, value_combo, value_text

if TYPE_CHECKING:
    from app.services.console import ConsoleService, DepartmentView, WindowView


def _split(text: str) -> list[str]:
    return split_items(text)


class WindowsPanel(PanelBase):
    """Edit a department or a window; the table lists what the store has."""

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console
        self._windows: list[WindowView] = []

        self.dept_code_edit = QLineEdit(self)
        self.dept_name_edit = QLineEdit(self)
        self.dept_button = QPushButton(tr("保存部门"), self)
        self.departments_table = QTableWidget(self)
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.kind_combo = value_combo(self, list(WindowKind))
        self.categories_edit = QLineEdit(self)
        self.categories_edit.setPlaceholderText(tr("取号类别，如 A,B"))
        self.departments_edit = QLineEdit(self)
        self.departments_edit.setPlaceholderText(tr("部门编码，逗号分隔"))
        self.devices_edit = QPlainTextEdit(self)
        self.devices_edit.setPlaceholderText('{"printer": "tcp://10.0.0.21:9100"}')
        self.devices_edit.setFixedHeight(60)
        self.active_check = QCheckBox(tr("启用"), self)
        self.active_check.setChecked(True)
        self.window_button = QPushButton(tr("保存窗口"), self)
        self.windows_table = QTableWidget(self)

        dept_box = QGroupBox(tr("部门"), self)
        dept_form = QFormLayout()
        dept_form.addRow(tr("部门编码"), self.dept_code_edit)
        dept_form.addRow(tr("部门名称"), self.dept_name_edit)
        dept_layout = QVBoxLayout(dept_box)
        dept_layout.addLayout(dept_form)
        dept_layout.addWidget(self.dept_button)
        dept_layout.addWidget(self.departments_table)
        win_box = QGroupBox(tr("窗口"), self)
        win_form = QFormLayout()
        win_form.addRow(tr("窗口编号"), self.code_edit)
        win_form.addRow(tr("窗口名称"), self.name_edit)
        win_form.addRow(tr("窗口类型"), self.kind_combo)
        win_form.addRow(tr("取号类别"), self.categories_edit)
        win_form.addRow(tr("所属部门"), self.departments_edit)
        win_form.addRow(tr("设备设置"), self.devices_edit)
        win_form.addRow("", self.active_check)
        win_layout = QVBoxLayout(win_box)
        win_layout.addLayout(win_form)
        win_layout.addWidget(self.window_button)
        win_layout.addWidget(self.windows_table)
        row = QHBoxLayout()
        row.addWidget(dept_box, 1)
        row.addWidget(win_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)

        # Tab: the department form, its button and its list; then the windows' list (a row
        # fills the form), the form top to bottom and 保存窗口. The lists let Tab go on
        # instead of moving between cells, the device settings box instead of typing a tab.
        for table in (self.departments_table, self.windows_table):
            table.setTabKeyNavigation(False)
        self.devices_edit.setTabChangesFocus(True)
        set_tab_order(
            self.dept_code_edit,
            self.dept_name_edit,
            self.dept_button,
            self.departments_table,
            self.windows_table,
            self.code_edit,
            self.name_edit,
            self.kind_combo,
            self.categories_edit,
            self.departments_edit,
            self.devices_edit,
            self.active_check,
            self.window_button,
        )

        self.dept_button.clicked.connect(self._on_dept_button_clicked)
        self.window_button.clicked.connect(self._on_window_button_clicked)
        self.windows_table.itemSelectionChanged.connect(self._on_windows_table_selection_changed)

    def refresh(self) -> None:
        self.run(lambda a: (self._console.departments(a), self._console.windows(a)), self._show)

    def _show(self, result: tuple[list[DepartmentView], list[WindowView]]) -> None:
        departments, windows = result
        self._windows = windows
        fill_table(self.departments_table, [tr("编码"), tr("名称")], [[d.code, d.name] for d in departments])
        fill_table(
            self.windows_table,
            [tr("编号"), tr("名称"), tr("类型"), tr("取号类别"), tr("部门"), tr("状态")],
            [
                [
                    w.code,
                    w.name,
                    value_text(w.kind),
                    ",".join(w.ticket_categories),
                    ",".join(w.departments),
                    tr("启用") if w.active else tr("停用"),
                ]
                for w in windows
            ],
        )

    def _on_windows_table_selection_changed(self) -> None:
        row = self.windows_table.currentRow()
        if 0 <= row < len(self._windows):
            w = self._windows[row]
            self.code_edit.setText(w.code)
            self.name_edit.setText(w.name)
            select_value(self.kind_combo, w.kind)
            self.categories_edit.setText(",".join(w.ticket_categories))
            self.departments_edit.setText(",".join(w.departments))
            self.devices_edit.setPlainText(json.dumps(dict(w.devices), ensure_ascii=False) if w.devices else "")
            self.active_check.setChecked(w.active)

    def _on_dept_button_clicked(self) -> None:
        code, name = self.dept_code_edit.text(), self.dept_name_edit.text()
        self.run(lambda a: self._console.save_department(a, code, name), lambda _r: self.refresh(), tr("部门已保存"))

    def _on_window_button_clicked(self) -> None:
        text = self.devices_edit.toPlainText().strip()
        try:
            devices = json.loads(text) if text else {}
            if not isinstance(devices, dict):
                raise ValueError
        except ValueError:
            self.message.fail(ValidationError(tr('设备设置应为 JSON 对象，如 {"printer": "tcp://…"}')))
            return
        code, name, kind = self.code_edit.text(), self.name_edit.text(), WindowKind(self.kind_combo.currentData())
        categories, depts, active = (
            _split(self.categories_edit.text()),
            _split(self.departments_edit.text()),
            self.active_check.isChecked(),
        )
        self.run(
            lambda a: self._console.save_window(a, code, name, kind, categories, depts, devices, active),
            lambda _r: self.refresh(),
            tr("窗口已保存"),
        )
