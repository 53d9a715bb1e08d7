"""否定备案 tab: the lead confirms a refusal of their window, the center reviews it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.services.registers import ReviewDecision
from app.ui.admin.registers.common import ListPanel
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class NegativeFilingPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "窗口"),
        QT_TRANSLATE_NOOP("", "办件编号"),
        QT_TRANSLATE_NOOP("", "类型"),
        QT_TRANSLATE_NOOP("", "理由"),
        QT_TRANSLATE_NOOP("", "首席代表确认"),
        QT_TRANSLATE_NOOP("", "审查结果"),
        QT_TRANSLATE_NOOP("", "审查意见"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("审查意见（责令重办时必填）"))
        self.form.addRow(tr("审查意见"), self.note_edit)
        self.confirm_button = self.button(tr("首席代表确认"), self._on_confirm_clicked)
        self.approve_button = self.button(tr("审查：确认"), self._on_approve_clicked)
        self.reprocess_button = self.button(tr("审查：责令重办"), self._on_reprocess_clicked)

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [
                    [
                        v.window,
                        v.case_number or "",
                        v.kind,
                        v.reason,
                        tr("已确认") if v.lead_confirmed else "",
                        v.review_state,
                        v.review_note,
                    ]
                    for v in views
                ],
            )

        self.ops.run(self._registers.negative_filings, show, self.message.fail)

    def _on_confirm_clicked(self) -> None:
        self.with_selected(self._registers.lead_confirm_refusal, tr("已确认"))

    def _review(self, decision: ReviewDecision) -> None:
        note = self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.review_negative(a, i, decision, note), tr("已审查"))

    def _on_approve_clicked(self) -> None:
        self._review(ReviewDecision.CONFIRMED)

    def _on_reprocess_clicked(self) -> None:
        self._review(ReviewDecision.REPROCESS)
