"""Matter editor: a matter's guide fields and its material list, checked by the catalog rules on save."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CATALOG_CASE_KINDS, MaterialForm, MatterType, Necessity
from app.ui.admin.common import ActorSource, PanelBase, split_items, tr
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner
from app.ui.punctuation import paren, semicolon
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import select_value, value_combo

if TYPE_CHECKING:
    from app.services.console import ConsoleService, MatterSaved, MatterSummary

#: Material table columns: code, name, necessity, form, copies, situations (comma separated).
MATERIAL_COLUMNS = (
    QT_TRANSLATE_NOOP("", "编码"),
    QT_TRANSLATE_NOOP("", "材料名称"),
    QT_TRANSLATE_NOOP("", "必要性"),
    QT_TRANSLATE_NOOP("", "形式"),
    QT_TRANSLATE_NOOP("", "份数"),
    QT_TRANSLATE_NOOP("", "适用情形"),
)

_SHOWN_MATERIAL_KEYS = frozenset({"code", "name", "necessity", "form", "copies", "situations"})

#: SpinBox value that means “no legal limit set”.
NO_LIMIT = -1


_CellWidget = TypeVar("_CellWidget", QComboBox, QSpinBox)


def _split(text: str) -> list[str]:
    return split_items(text)


class MatterEditor(PanelBase):
    """List of matters on the left, the selected (or new) matter on the right."""

    #: Fact: a matter was stored (its code).
    matter_saved = Signal(str)

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console
        self._editing: str | None = None
        self._extra: dict[str, Any] = {}

        self.matter_list = QListWidget(self)
        self.new_button = QPushButton(tr("新建事项"), self)
        self.delete_button = QPushButton(tr("删除事项"), self)
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.type_combo = value_combo(self, list(MatterType))
        self.department_combo = QComboBox(self)
        self.kind_combo = value_combo(self, list(CATALOG_CASE_KINDS))
        self.legal_spin = QSpinBox(self)
        self.legal_spin.setRange(NO_LIMIT, 3650)
        self.legal_spin.setSpecialValueText(tr("未规定"))
        self.promised_spin = QSpinBox(self)
        self.promised_spin.setRange(0, 3650)
        self.windows_edit = QLineEdit(self)
        self.windows_edit.setPlaceholderText(tr("窗口编号，逗号分隔"))
        self.deficiency_check = QCheckBox(tr("允许容缺受理"), self)
        self.situations_edit = QPlainTextEdit(self)
        self.situations_edit.setPlaceholderText(tr("每行一个情形：编码|名称|提问"))
        self.situations_edit.setFixedHeight(60)
        self.basis_edit = QPlainTextEdit(self)
        self.basis_edit.setFixedHeight(50)
        self.materials_table = QTableWidget(0, len(MATERIAL_COLUMNS), self)
        self.materials_table.setHorizontalHeaderLabels([tr(c) for c in MATERIAL_COLUMNS])
        self.add_material_button = QPushButton(tr("添加材料"), self)
        self.remove_material_button = QPushButton(tr("删除所选材料"), self)
        self.save_button = QPushButton(tr("保存事项"), self)

        form = QFormLayout()
        form.addRow(tr("事项编码"), self.code_edit)
        form.addRow(tr("事项名称"), self.name_edit)
        form.addRow(tr("事项类型"), self.type_combo)
        form.addRow(tr("实施部门"), self.department_combo)
        form.addRow(tr("办件类型"), self.kind_combo)
        form.addRow(tr("法定时限（工作日）"), self.legal_spin)
        form.addRow(tr("承诺时限（工作日）"), self.promised_spin)
        form.addRow(tr("办理窗口"), self.windows_edit)
        form.addRow("", self.deficiency_check)
        form.addRow(tr("情形"), self.situations_edit)
        form.addRow(tr("设定依据"), self.basis_edit)
        material_buttons = QHBoxLayout()
        material_buttons.addWidget(self.add_material_button)
        material_buttons.addWidget(self.remove_material_button)
        material_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.materials_table, 1)
        right.addLayout(material_buttons)
        right.addWidget(self.save_button)
        right.addWidget(self.message)
        left = QVBoxLayout()
        left.addWidget(self.matter_list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

        # Tab: the list and its buttons, then the form top to bottom, the materials, 保存事项. The
        # text boxes take one line per situation: Tab leaves them instead of typing a tab.
        self.situations_edit.setTabChangesFocus(True)
        self.basis_edit.setTabChangesFocus(True)
        self.materials_table.setTabKeyNavigation(False)
        set_tab_order(
            self.matter_list,
            self.new_button,
            self.delete_button,
            self.code_edit,
            self.name_edit,
            self.type_combo,
            self.department_combo,
            self.kind_combo,
            self.legal_spin,
            self.promised_spin,
            self.windows_edit,
            self.deficiency_check,
            self.situations_edit,
            self.basis_edit,
            self.materials_table,
            self.add_material_button,
            self.remove_material_button,
            self.save_button,
        )
        self.matter_list.currentItemChanged.connect(self._on_matter_list_current_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.add_material_button.clicked.connect(self.add_material_row)
        self.remove_material_button.clicked.connect(self._on_remove_material_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload departments and the matter list."""
        self.run(lambda a: (self._console.departments(a), self._console.matters(a)), self._show_lists)

    def _show_lists(self, result: tuple[list[Any], list[MatterSummary]]) -> None:
        departments, matters = result
        self.department_combo.clear()
        for d in departments:
            self.department_combo.addItem(d.name + paren(d.code), d.code)
        self.matter_list.blockSignals(True)
        self.matter_list.clear()
        for m in matters:
            count = tr("材料%1").replace("%1", str(m.materials))
            item = QListWidgetItem(f"{m.name}  [{m.code}]  {count}")
            item.setData(Qt.ItemDataRole.UserRole, m.code)
            self.matter_list.addItem(item)
        self.matter_list.blockSignals(False)

    def _on_matter_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        code = current.data(Qt.ItemDataRole.UserRole)
        self.run(lambda a: self._console.matter(a, code), self.show_matter)

    def show_matter(self, data: dict[str, Any]) -> None:
        """Put a matter (catalog layout) into the form for editing."""
        self._editing = data["code"]
        shown = {
            "code",
            "name",
            "type",
            "department",
            "case_kind",
            "legal_limit_days",
            "promised_limit_days",
            "windows",
            "allows_deficiency",
            "situations",
            "basis",
            "materials",
        }
        self._extra = {k: v for k, v in data.items() if k not in shown}
        self.code_edit.setText(data["code"])
        self.name_edit.setText(data["name"])
        select_value(self.type_combo, data["type"])
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(data["department"])))
        select_value(self.kind_combo, data["case_kind"])
        self.legal_spin.setValue(
            data.get("legal_limit_days", NO_LIMIT) if data.get("legal_limit_days") is not None else NO_LIMIT
        )
        self.promised_spin.setValue(data.get("promised_limit_days") or 0)
        self.windows_edit.setText(",".join(data.get("windows", [])))
        self.deficiency_check.setChecked(bool(data.get("allows_deficiency")))
        self.situations_edit.setPlainText(
            "\n".join(f"{s['code']}|{s['name']}|{s.get('question', '')}" for s in data.get("situations", []))
        )
        self.basis_edit.setPlainText(data.get("basis", ""))
        self.materials_table.setRowCount(0)
        for m in data.get("materials", []):
            self.add_material_row(m)

    def _on_new_button_clicked(self) -> None:
        self._editing = None
        self._extra = {}
        for edit in (self.code_edit, self.name_edit, self.windows_edit):
            edit.clear()
        self.situations_edit.clear()
        self.basis_edit.clear()
        self.legal_spin.setValue(NO_LIMIT)
        self.promised_spin.setValue(0)
        self.deficiency_check.setChecked(False)
        self.materials_table.setRowCount(0)
        self.code_edit.setFocus()

    # -- materials ----------------------------------------------------------------------------

    def add_material_row(self, material: dict[str, Any] | None = None) -> int:
        """Append a material line (empty, or filled from the catalog layout); returns its row."""
        m = material if isinstance(material, dict) else {}
        row = self.materials_table.rowCount()
        self.materials_table.insertRow(row)
        code_item = QTableWidgetItem(m.get("code", f"M{row + 1}"))
        # Fields the table does not show (spec, source, standard …) ride along on the code cell.
        code_item.setData(Qt.ItemDataRole.UserRole, {k: v for k, v in m.items() if k not in _SHOWN_MATERIAL_KEYS})
        self.materials_table.setItem(row, 0, code_item)
        self.materials_table.setItem(row, 1, QTableWidgetItem(m.get("name", "")))
        necessity = value_combo(self, list(Necessity))
        select_value(necessity, m.get("necessity", Necessity.REQUIRED.value))
        self.materials_table.setCellWidget(row, 2, necessity)
        form = value_combo(self, list(MaterialForm))
        select_value(form, m.get("form", MaterialForm.ORIGINAL.value))
        self.materials_table.setCellWidget(row, 3, form)
        copies = QSpinBox()
        copies.setRange(1, 99)
        copies.setValue(int(m.get("copies", 1) or 1))
        self.materials_table.setCellWidget(row, 4, copies)
        self.materials_table.setItem(row, 5, QTableWidgetItem(",".join(m.get("situations", []))))
        return row

    def set_material(
        self,
        row: int,
        *,
        code: str,
        name: str,
        necessity: Necessity = Necessity.REQUIRED,
        form: MaterialForm = MaterialForm.ORIGINAL,
        copies: int = 1,
        situations: str = "",
    ) -> None:
        """Fill one material line (keyboard users and tests use the same path as the table)."""
        self._text_cell(row, 0).setText(code)
        self._text_cell(row, 1).setText(name)
        select_value(self._cell_widget(row, 2, QComboBox), necessity)
        select_value(self._cell_widget(row, 3, QComboBox), form)
        self._cell_widget(row, 4, QSpinBox).setValue(copies)
        self._text_cell(row, 5).setText(situations)

    def _text_cell(self, row: int, column: int) -> QTableWidgetItem:
        """The text item of a material line's cell (``add_material`` puts one in each text column)."""
        item = self.materials_table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.materials_table.setItem(row, column, item)
        return item

    def _cell_widget(self, row: int, column: int, kind: type[_CellWidget]) -> _CellWidget:
        """The choice or number box ``add_material`` put in a material line's cell."""
        widget = self.materials_table.cellWidget(row, column)
        if not isinstance(widget, kind):
            raise TypeError(f"material line {row}, column {column}: {type(widget).__name__}, not {kind.__name__}")
        return widget

    def _on_remove_material_clicked(self) -> None:
        rows = sorted({i.row() for i in self.materials_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.materials_table.removeRow(row)

    def _materials(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.materials_table.rowCount()):
            code_item, name_item = self.materials_table.item(row, 0), self.materials_table.item(row, 1)
            situations_item = self.materials_table.item(row, 5)
            material: dict[str, Any] = dict((code_item.data(Qt.ItemDataRole.UserRole) if code_item else None) or {})
            material.update(
                {
                    "code": code_item.text().strip() if code_item else "",
                    "name": name_item.text().strip() if name_item else "",
                    "necessity": self._cell_widget(row, 2, QComboBox).currentData(),
                    "form": self._cell_widget(row, 3, QComboBox).currentData(),
                    "copies": self._cell_widget(row, 4, QSpinBox).value(),
                    "situations": _split(situations_item.text() if situations_item else ""),
                }
            )
            out.append(material)
        return out

    # -- saving -------------------------------------------------------------------------------

    def matter_data(self) -> dict[str, Any]:
        """The form as a matter in the catalog layout (what the service checks and stores)."""
        situations = []
        for line in self.situations_edit.toPlainText().splitlines():
            if line.strip():
                parts = [p.strip() for p in line.split("|")]
                situations.append(
                    {
                        "code": parts[0],
                        "name": parts[1] if len(parts) > 1 else parts[0],
                        "question": parts[2] if len(parts) > 2 else "",
                    }
                )
        data: dict[str, Any] = dict(self._extra)
        data.update(
            {
                "code": self.code_edit.text().strip(),
                "name": self.name_edit.text().strip(),
                "type": self.type_combo.currentData(),
                "department": self.department_combo.currentData() or "",
                "case_kind": self.kind_combo.currentData(),
                "promised_limit_days": self.promised_spin.value(),
                "windows": _split(self.windows_edit.text()),
                "allows_deficiency": self.deficiency_check.isChecked(),
                "situations": situations,
                "basis": self.basis_edit.toPlainText().strip(),
                "materials": self._materials(),
            }
        )
        if self.legal_spin.value() != NO_LIMIT:
            data["legal_limit_days"] = self.legal_spin.value()
        return data

    def _on_save_button_clicked(self) -> None:
        data = self.matter_data()
        replaces = self._editing
        self.run(lambda a: self._console.save_matter(a, data, replaces=replaces), self._on_saved)

    def _on_saved(self, saved: MatterSaved) -> None:
        self._editing = saved.code
        text = tr("事项“%1”已保存").replace("%1", saved.code)
        if saved.warnings:
            text += tr("；提示：") + semicolon().join(saved.warnings)
        self.message.ok(text)
        self.matter_saved.emit(saved.code)
        self.refresh()

    def _after_delete(self) -> None:
        self._on_new_button_clicked()
        self.refresh()

    def _on_delete_button_clicked(self) -> None:
        code = self._editing
        if code is None:
            self.message.fail(tr("请先在左侧选择要删除的事项"))
            return
        self.run(
            lambda a: self._console.delete_matter(a, code),
            lambda _r: self._after_delete(),
            tr("事项已删除"),
        )
