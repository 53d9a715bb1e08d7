"""帮办代办 tab: the free assistance ledger, progress and the signed hand-over."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.enums import AssistKind
from app.ui.admin.common import ActorSource, split_items, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.ui.admin.registers.common import ListPanel, combo
from app.ui.admin.registers.signature import SignaturePad
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class AssistPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "类型"),
        QT_TRANSLATE_NOOP("", "申请人"),
        QT_TRANSLATE_NOOP("", "特殊群体"),
        QT_TRANSLATE_NOOP("", "事项"),
        QT_TRANSLATE_NOOP("", "帮代办人员"),
        QT_TRANSLATE_NOOP("", "进度"),
        QT_TRANSLATE_NOOP("", "移交"),
        QT_TRANSLATE_NOOP("", "收费"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.kind_combo = combo(self, [k.value for k in AssistKind])
        self.name_edit = QLineEdit(self)
        self.group_edit = QLineEdit(self)
        self.group_edit.setPlaceholderText(tr("老年人、残疾人、孕妇……"))
        self.matter_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("办理进度 / 移交材料（逗号分隔）"))
        self.receiver_edit = QLineEdit(self)
        self.signature = SignaturePad(self)
        for label, widget in (
            (tr("类型"), self.kind_combo),
            (tr("申请人"), self.name_edit),
            (tr("特殊群体"), self.group_edit),
            (tr("事项"), self.matter_edit),
            (tr("说明"), self.note_edit),
            (tr("领取人"), self.receiver_edit),
            (tr("领取人签名"), self.signature),
        ):
            self.form.addRow(label, widget)
        self.button(tr("登记（免费）"), self._on_open_clicked)
        self.button(tr("记录进度"), self._on_progress_clicked)
        self.button(tr("签字移交"), self._on_handover_clicked)
        self.button(tr("清除签名"), self.signature.clear)

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [
                    [
                        v.kind,
                        v.applicant_name,
                        v.special_group,
                        v.matter,
                        v.agent_name,
                        len(v.progress),
                        tr("已移交") if v.closed else "",
                        tr("免费") if v.free_of_charge else "",
                    ]
                    for v in views
                ],
            )

        self.ops.run(self._registers.assist_ledger, show, self.message.fail)

    def _on_open_clicked(self) -> None:
        from app.services.registers import AssistInput

        data = AssistInput(
            AssistKind(self.kind_combo.currentData()),
            self.name_edit.text(),
            self.matter_edit.text(),
            special_group=self.group_edit.text(),
        )
        self.run(lambda a: self._registers.open_assist(a, data), lambda _r: self.refresh(), tr("已登记"))

    def _on_progress_clicked(self) -> None:
        note = self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.add_assist_progress(a, i, note), tr("已记录进度"))

    def _on_handover_clicked(self) -> None:
        docs = [d.strip() for d in split_items(self.note_edit.text())]
        receiver, png = self.receiver_edit.text(), self.signature.png()
        self.with_selected(
            lambda a, i: self._registers.hand_over_documents(a, i, docs, receiver, png), tr("已签字移交")
        )
