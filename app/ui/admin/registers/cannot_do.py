"""办不成事 tab: report, dispatch with the 业务办理单, feedback, call-back, re-dispatch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.enums import Complexity
from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.services.registers import Satisfaction
from app.ui.admin.registers.common import ListPanel, combo, status_text
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class CannotDoPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "受理时间"),
        QT_TRANSLATE_NOOP("", "反映人"),
        QT_TRANSLATE_NOOP("", "事项"),
        QT_TRANSLATE_NOOP("", "受理"),
        QT_TRANSLATE_NOOP("", "业务办理单"),
        QT_TRANSLATE_NOOP("", "承办"),
        QT_TRANSLATE_NOOP("", "期限"),
        QT_TRANSLATE_NOOP("", "状态"),
        QT_TRANSLATE_NOOP("", "回访"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.matter_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        self.complexity_combo = combo(self, [c.value for c in Complexity])
        self.out_of_scope_check = QCheckBox(tr("不属于受理范围"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(tr("不予受理理由 / 重新转办理由 / 办理结果"))
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(tr("承办窗口编号或部门编码"))
        self.satisfaction_combo = combo(self, [s.value for s in Satisfaction])
        for label, widget in (
            (tr("反映人"), self.name_edit),
            (tr("联系电话"), self.phone_edit),
            (tr("事项"), self.matter_edit),
            (tr("反映问题"), self.description_edit),
            (tr("复杂程度"), self.complexity_combo),
            ("", self.out_of_scope_check),
            (tr("说明"), self.reason_edit),
            (tr("承办"), self.target_edit),
            (tr("回访结果"), self.satisfaction_combo),
        ):
            self.form.addRow(label, widget)
        self.button(tr("登记"), self._on_report_clicked)
        self.button(tr("转办"), self._on_dispatch_clicked)
        self.button(tr("承办反馈"), self._on_feedback_clicked)
        self.button(tr("满意度回访"), self._on_callback_clicked)
        self.button(tr("重新转办"), self._on_redispatch_clicked)
        self.button(
            tr("业务办理单PDF…"), lambda: self.ask_pdf(self._registers.dispatch_sheet_pdf, tr("业务办理单.pdf"))
        )

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [
                    [
                        v.received_at.strftime("%Y-%m-%d %H:%M"),
                        v.applicant_name,
                        v.matter,
                        tr("是") if v.in_scope else tr("否"),
                        v.sheet_number or "",
                        v.dispatched_to or "",
                        v.due.isoformat() if v.due else "",
                        status_text(v.status),
                        v.satisfaction or "",
                    ]
                    for v in views
                ],
            )

        self.ops.run(self._registers.cannot_do_reports, show, self.message.fail)

    def _on_report_clicked(self) -> None:
        from app.services.registers import CannotDoInput

        data = CannotDoInput(
            self.name_edit.text(),
            self.matter_edit.text(),
            self.description_edit.text(),
            Complexity(self.complexity_combo.currentData()),
            phone=self.phone_edit.text(),
            in_scope=not self.out_of_scope_check.isChecked(),
            scope_reason=self.reason_edit.text(),
        )
        self.run(lambda a: self._registers.report_cannot_do(a, data), lambda _r: self.refresh(), tr("已登记"))

    def _on_dispatch_clicked(self) -> None:
        target = self.target_edit.text()
        self.with_selected(lambda a, i: self._registers.dispatch_cannot_do(a, i, target), tr("已派发业务办理单"))

    def _on_feedback_clicked(self) -> None:
        text = self.reason_edit.text()
        self.with_selected(lambda a, i: self._registers.record_cannot_do_feedback(a, i, text), tr("已记录办理结果"))

    def _on_callback_clicked(self) -> None:
        from app.services.registers import Satisfaction

        value = Satisfaction(self.satisfaction_combo.currentData())
        self.with_selected(lambda a, i: self._registers.record_cannot_do_callback(a, i, value), tr("已记录回访"))

    def _on_redispatch_clicked(self) -> None:
        target, reason = self.target_edit.text(), self.reason_edit.text()
        self.with_selected(lambda a, i: self._registers.redispatch_cannot_do(a, i, target, reason), tr("已重新转办"))
