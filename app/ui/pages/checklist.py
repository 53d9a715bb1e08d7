"""The material checklist of the intake page: its table model and the keyboard view.

``1`` 已收, ``2`` 缺少, ``3`` 有误, ``4`` 共享免提交, Space 已收 and next line; ``P`` 拍照
and next line, ``Shift+P`` another page of the same material, ``S`` 扫描, ``R`` 旋转, ``Delete`` 删除, ``5`` 复用 (see
:mod:`app.ui.pages.capture_panel`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from app.domain.enums import MaterialStatus
from app.services.dto import ChecklistLine
from app.ui.models import Column, DtoTableModel
from app.ui.punctuation import joined
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import value_text

#: Keys of the checklist and the mark they set.
KEY_MARKS = {
    Qt.Key.Key_1: MaterialStatus.RECEIVED,
    Qt.Key.Key_2: MaterialStatus.MISSING,
    Qt.Key.Key_3: MaterialStatus.DEFECTIVE,
    Qt.Key.Key_4: MaterialStatus.SHARED,
}
#: Capture keys of the checklist and the action they request.
KEY_CAPTURE = {
    Qt.Key.Key_P: "capture",
    Qt.Key.Key_S: "scan",
    Qt.Key.Key_R: "rotate",
    Qt.Key.Key_Delete: "remove",
    Qt.Key.Key_5: "reuse",
}

_STATUS_COLOURS = {
    MaterialStatus.RECEIVED: "#2e7d32",
    MaterialStatus.SHARED: "#1565c0",
    MaterialStatus.MISSING: "#c62828",
    MaterialStatus.DEFECTIVE: "#c62828",
    MaterialStatus.DEFERRED: "#b26a00",
}


def line_labels(line: ChecklistLine) -> str:
    """容缺 and 免提交 labels of a checklist line (empty when neither)."""
    labels = []
    if line.deficiency_ok:
        labels.append(QCoreApplication.translate("IntakePage", "可容缺"))
    if line.shared:
        labels.append(QCoreApplication.translate("IntakePage", "免提交"))
    if not line.required:
        labels.append(QCoreApplication.translate("IntakePage", "非必要"))
    return joined(labels)


CHECKLIST_COLUMNS: tuple[Column[ChecklistLine], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "材料名称"),
        lambda line: line.name,
        tooltip=lambda line: line.name + (f"\n{line.standard}" if line.standard else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "必要性"),
        lambda line: line.necessity.value,
        display=lambda line: value_text(line.necessity),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "形式"), lambda line: line.form.value, display=lambda line: value_text(line.form)
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "份数"), lambda line: line.copies, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "标注"), line_labels),
    Column(
        QT_TRANSLATE_NOOP("Columns", "核验"),
        lambda line: line.status.value,
        display=lambda line: value_text(line.status),
        foreground=lambda line: _STATUS_COLOURS.get(line.status),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "说明"), lambda line: line.note, tooltip=lambda line: line.note),
)


def checklist_model(parent: QWidget | None = None) -> DtoTableModel[ChecklistLine]:
    """The checklist table model (one row per material, keyed by line id)."""
    return DtoTableModel(CHECKLIST_COLUMNS, key=lambda line: line.id, parent=parent)


class ChecklistView(QTableView):
    """A table that turns the number keys and Space into mark requests."""

    #: Request: mark the line in ``row`` with ``status``.
    mark_requested = Signal(int, str)
    #: Request: a capture action (``capture``, ``scan``, ``rotate``, ``remove``, ``reuse``) on ``row``.
    capture_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab leaves the list
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def row_height(self) -> int:
        """One line of the current font plus the focus frame and a little air."""
        return self.fontMetrics().height() + 10

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.row_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # 大字体 on or off
            self._fit_rows()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if row >= 0 and key in KEY_CAPTURE and plain:
            self.capture_requested.emit(row, KEY_CAPTURE[key])
            # P moves on to the next material; Shift+P stays for the next page of this one
            if KEY_CAPTURE[key] == "capture" and not shift and row + 1 < self.model().rowCount():
                self.setCurrentIndex(self.model().index(row + 1, 0))
            return
        if row >= 0 and key in KEY_MARKS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.mark_requested.emit(row, KEY_MARKS[key].value)
            return
        if row >= 0 and key == Qt.Key.Key_Space:
            self.mark_requested.emit(row, MaterialStatus.RECEIVED.value)
            if row + 1 < self.model().rowCount():
                self.setCurrentIndex(self.model().index(row + 1, 0))
            return
        super().keyPressEvent(event)
