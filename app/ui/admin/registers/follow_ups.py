"""差评回访 tab: follow-up of bad ratings to 整改 and 反馈."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.services.registers import FollowUpStage
from app.ui.admin.registers.common import ListPanel, combo, status_text
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class FollowUpPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "窗口"),
        QT_TRANSLATE_NOOP("", "评价"),
        QT_TRANSLATE_NOOP("", "被评价人"),
        QT_TRANSLATE_NOOP("", "期限"),
        QT_TRANSLATE_NOOP("", "阶段"),
        QT_TRANSLATE_NOOP("", "状态"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.stage_combo = combo(self, [FollowUpStage.VISITED, FollowUpStage.RECTIFIED, FollowUpStage.DONE])
        self.note_edit = QLineEdit(self)
        self.form.addRow(tr("下一步"), self.stage_combo)
        self.form.addRow(tr("情况"), self.note_edit)
        self.button(tr("记录"), self._on_advance_clicked)

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [[v.window, v.rating, v.staff_name, v.due.isoformat(), v.stage, status_text(v.status)] for v in views],
            )

        self.ops.run(self._registers.follow_ups, show, self.message.fail)

    def _on_advance_clicked(self) -> None:
        from app.services.registers import FollowUpStage

        stage, note = FollowUpStage(self.stage_combo.currentData()), self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.advance_follow_up(a, i, stage, note), tr("已记录"))
