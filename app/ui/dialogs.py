"""Small dialogs of the queue and status actions (转窗, 离开留言, 暂停服务).

They only collect what the clerk types; the services decide whether it is enough.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services.dto import AwayMessage


class TransferDialog(QDialog):
    """转窗: to another window or another ticket category, with a note for the next clerk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转窗"))
        self.window_edit = QLineEdit(self)
        self.window_edit.setPlaceholderText(self.tr("窗口号，如05"))
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(self.tr("或业务类别字母，如B"))
        self.note_edit = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("转往窗口"), self.window_edit)
        form.addRow(self.tr("转往类别"), self.category_edit)
        form.addRow(self.tr("转窗说明"), self.note_edit)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not (self.window_edit.text().strip() or self.category_edit.text().strip()):
            self.error_label.setText(self.tr("请填写转往的窗口或业务类别"))
        elif not self.note_edit.text().strip():
            self.error_label.setText(self.tr("请填写转窗说明"))
        else:
            self.accept()


class AwayDialog(QDialog):
    """去向留言: reason (required), whereabouts, contact and expected return time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("离开留言"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems([self.tr("外出办事"), self.tr("参加会议"), self.tr("临时离开"), self.tr("就餐")])
        self.where_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.return_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(30 * 60), self)
        self.return_edit.setDisplayFormat("HH:mm")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("离开原因"), self.reason_combo)
        form.addRow(self.tr("去向"), self.where_edit)
        form.addRow(self.tr("联系方式"), self.contact_edit)
        form.addRow(self.tr("预计返回"), self.return_edit)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def message(self) -> AwayMessage:
        # The edit's local time, made aware (QDateTime.toPython is typed ``object``).
        epoch_ms = self.return_edit.dateTime().toMSecsSinceEpoch()
        back: datetime | None = datetime.fromtimestamp(epoch_ms / 1000).astimezone()
        if back is not None and back < datetime.now(back.tzinfo) - timedelta(minutes=1):
            back = None
        return AwayMessage(
            reason=self.reason_combo.currentText().strip(),
            whereabouts=self.where_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            expected_return=back,
        )
