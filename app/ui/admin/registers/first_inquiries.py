"""首问登记 tab: who asked what, what was promised and when it was done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.ui.admin.registers.common import ListPanel, status_text
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class FirstInquiryPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "时间"),
        QT_TRANSLATE_NOOP("", "首问责任人"),
        QT_TRANSLATE_NOOP("", "办事人员"),
        QT_TRANSLATE_NOOP("", "事项"),
        QT_TRANSLATE_NOOP("", "要求"),
        QT_TRANSLATE_NOOP("", "承诺办结"),
        QT_TRANSLATE_NOOP("", "引导窗口"),
        QT_TRANSLATE_NOOP("", "办结日期"),
        QT_TRANSLATE_NOOP("", "办结情况"),
        QT_TRANSLATE_NOOP("", "状态"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.visitor_edit = QLineEdit(self)
        self.matter_edit = QLineEdit(self)
        self.request_edit = QLineEdit(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(-1, 60)
        self.days_spin.setSpecialValueText(tr("当场答复"))
        self.days_spin.setValue(-1)
        self.guided_edit = QLineEdit(self)
        self.result_edit = QLineEdit(self)
        for label, widget in (
            (tr("办事人员"), self.visitor_edit),
            (tr("办理事项"), self.matter_edit),
            (tr("办理要求"), self.request_edit),
            (tr("办结时限（工作日）"), self.days_spin),
            (tr("引导至窗口"), self.guided_edit),
            (tr("办结情况"), self.result_edit),
        ):
            self.form.addRow(label, widget)
        self.button(tr("首问登记"), self._on_register_clicked)
        self.button(tr("注明办结"), self._on_complete_clicked)

    def refresh(self) -> None:
        today = self._registers.today()
        start = today.replace(day=1)

        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [
                    [
                        v.at.strftime("%m-%d %H:%M"),
                        v.staff_name,
                        v.visitor_name,
                        v.matter,
                        v.request,
                        v.promised_on.isoformat() if v.promised_on else "",
                        v.guided_to_window or "",
                        v.completed_on.isoformat() if v.completed_on else "",
                        v.result,
                        status_text(v.status),
                    ]
                    for v in views
                ],
            )

        self.ops.run(lambda: self._registers.first_inquiries(start, today), show, self.message.fail)

    def _on_register_clicked(self) -> None:
        from app.services.registers import FirstInquiryInput

        days = self.days_spin.value()
        data = FirstInquiryInput(
            self.visitor_edit.text(),
            self.matter_edit.text(),
            self.request_edit.text(),
            time_limit_days=None if days < 0 else days,
            guided_to_window=self.guided_edit.text().strip() or None,
        )
        self.run(lambda a: self._registers.register_first_inquiry(a, data), lambda _r: self.refresh(), tr("已登记"))

    def _on_complete_clicked(self) -> None:
        result = self.result_edit.text()
        self.with_selected(lambda a, i: self._registers.complete_first_inquiry(a, i, result), tr("已注明办结"))
