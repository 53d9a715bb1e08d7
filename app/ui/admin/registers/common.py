"""What every register tab shares: the entry table above a form, choice boxes, status text."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner
from app.ui.values import value_combo, value_text

if TYPE_CHECKING:
    from app.services.registers import RegisterService


def combo(parent: QWidget, values: Sequence[str]) -> QComboBox:
    """A choice of domain values: shown translated, each value kept as its item's data
    (read it back with ``currentData()``)."""
    return value_combo(parent, list(values))


def status_text(value: object) -> str:
    """A register entry's status (a domain value), translated."""
    return value_text(value)


class ListPanel(PanelBase):
    """A register tab: a table of entries (ids kept aside) above a form."""

    headers: tuple[str, ...] = ()

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._registers = registers
        self._ids: list[uuid.UUID] = []
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.form = QFormLayout()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)

    def button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text, self)
        b.clicked.connect(slot)
        self.buttons.addWidget(b)
        return b

    def show_rows(self, ids: list[uuid.UUID], rows: list[list[Any]]) -> None:
        self._ids = ids
        fill_table(self.table, [tr(h) for h in self.headers], rows)

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def save_selected_pdf(self, render: Callable[[uuid.UUID], bytes], path: Path) -> None:
        """Render a document of the selected entry off the GUI thread and save it as ``path``."""
        ident = self.selected_id()
        if ident is None:
            self.message.fail(tr("请先在表中选择一条记录"))
            return
        self.ops.run(
            lambda: path.write_bytes(render(ident)),
            lambda _r: self.message.ok(tr("已保存到%1").replace("%1", str(path))),
            self.message.fail,
        )

    def ask_pdf(self, render: Callable[[uuid.UUID], bytes], name: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("保存PDF"), name, "PDF (*.pdf)")
        if path:
            self.save_selected_pdf(render, Path(path))

    def with_selected(self, fn: Callable[[Any, uuid.UUID], Any], ok_text: str) -> None:
        ident = self.selected_id()
        if ident is None:
            self.message.fail(tr("请先在表中选择一条记录"))
            return
        self.run(lambda a: fn(a, ident), lambda _r: self.refresh(), ok_text)
