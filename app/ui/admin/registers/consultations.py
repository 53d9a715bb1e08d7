"""咨询登记 tab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.services.registers import ConsultChannel
from app.ui.admin.registers.common import ListPanel, combo
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class ConsultationPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "时间"),
        QT_TRANSLATE_NOOP("", "方式"),
        QT_TRANSLATE_NOOP("", "咨询人"),
        QT_TRANSLATE_NOOP("", "咨询内容"),
        QT_TRANSLATE_NOOP("", "一次性告知内容"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.channel_combo = combo(self, [c.value for c in ConsultChannel])
        self.visitor_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.question_edit = QLineEdit(self)
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setFixedHeight(60)
        for label, widget in (
            (tr("咨询方式"), self.channel_combo),
            (tr("咨询人"), self.visitor_edit),
            (tr("联系电话"), self.phone_edit),
            (tr("咨询内容"), self.question_edit),
            (tr("一次性告知内容"), self.answer_edit),
        ):
            self.form.addRow(label, widget)
        self.register_button = self.button(tr("咨询登记"), self._on_register_clicked)

    def refresh(self) -> None:
        today = self._registers.today()
        start = today.replace(day=1)

        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [[v.at.strftime("%m-%d %H:%M"), v.channel, v.visitor_name, v.question, v.answer] for v in views],
            )

        self.ops.run(lambda: self._registers.consultations(start, today), show, self.message.fail)

    def _on_register_clicked(self) -> None:
        from app.services.registers import ConsultChannel

        channel = ConsultChannel(self.channel_combo.currentData())
        question, answer = self.question_edit.text(), self.answer_edit.toPlainText()
        visitor, phone = self.visitor_edit.text(), self.phone_edit.text()
        self.run(
            lambda a: self._registers.register_consultation(a, channel, question, answer, visitor, phone),
            lambda _r: self.refresh(),
            tr("已登记"),
        )
