"""The dialogs of 我的办件: 要求补正 (which materials, what is wrong with each) and 转“办不成事”."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Complexity
from app.services.dto import ChecklistLine, TrackedCase


class SupplementDialog(QDialog):
    """要求补正: tick the checklist lines and say what is wrong with each; the lines the
    back office asked for (后台要求补正) come ticked with its words."""

    def __init__(self, lines: tuple[ChecklistLine, ...], asked: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("要求补正"))
        self.lines = lines
        self.table = QTableWidget(len(lines), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("材料"), self.tr("问题和补正要求")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(lines):
            item = QTableWidgetItem(line.name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            problem = asked.get(str(line.id), "")
            item.setCheckState(Qt.CheckState.Checked if problem else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(problem))
        self.note_edit = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选需要补正的材料，并逐项写明问题和要求："), self))
        layout.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("备注"), self.note_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 360)

    def chosen(self) -> dict[uuid.UUID, str]:
        """Ticked line id → the problem typed for it."""
        out: dict[uuid.UUID, str] = {}
        for row, line in enumerate(self.lines):
            check = self.table.item(row, 0)
            text = self.table.item(row, 1)
            if check is not None and check.checkState() == Qt.CheckState.Checked:
                out[line.id] = text.text() if text is not None else ""
        return out


class EscalateDialog(QDialog):
    """转“办不成事”: what the applicant cannot get done here, and how complex it is (sets the deadline)."""

    def __init__(self, case: TrackedCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转“办不成事”"))
        self.case_label = QLabel(f"{case.case_number or ''} {case.matter_name} · {case.applicant_name}", self)
        self.case_label.setWordWrap(True)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("群众反映的问题：办不成的原因、卡在哪个环节"))
        self.complexity_combo = QComboBox(self)
        for value in Complexity:
            self.complexity_combo.addItem(value.value, value.value)
        self.complexity_combo.setCurrentIndex(self.complexity_combo.findData(Complexity.GENERAL.value))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("办件"), self.case_label)
        form.addRow(self.tr("反映问题"), self.description_edit)
        form.addRow(self.tr("复杂程度"), self.complexity_combo)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    def complexity(self) -> Complexity:
        return Complexity(self.complexity_combo.currentData())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.description():
            self.error_label.setText(self.tr("请填写反映的问题"))
            return
        self.accept()
