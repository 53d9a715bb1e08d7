"""投诉 tab: file a complaint with evidence, investigate, extend, conclude and print the written reply."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain.enums import ComplaintChannel, Complexity
from app.ui.admin.common import ActorSource, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService
from app.services.registers import ComplaintOutcome, ReplyForm
from app.ui.admin.registers.common import ListPanel, combo, status_text
from app.ui.tr_marks import QT_TRANSLATE_NOOP


class ComplaintsPanel(ListPanel):
    headers = (
        QT_TRANSLATE_NOOP("", "受理时间"),
        QT_TRANSLATE_NOOP("", "投诉人"),
        QT_TRANSLATE_NOOP("", "方式"),
        QT_TRANSLATE_NOOP("", "被投诉窗口"),
        QT_TRANSLATE_NOOP("", "诉求"),
        QT_TRANSLATE_NOOP("", "办结期限"),
        QT_TRANSLATE_NOOP("", "状态"),
        QT_TRANSLATE_NOOP("", "结果"),
    )

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.channel_combo = combo(self, [c.value for c in ComplaintChannel])
        self.complexity_combo = combo(self, [Complexity.SIMPLE.value, Complexity.COMPLEX.value])
        self.target_edit = QLineEdit(self)
        self.request_edit = QLineEdit(self)
        self.facts_edit = QPlainTextEdit(self)
        self.facts_edit.setFixedHeight(50)
        self.written_check = QCheckBox(tr("书面投诉（须书面答复）"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("调查情况 / 延期理由 / 对投诉人的答复"))
        self.target_reply_edit = QLineEdit(self)
        self.target_reply_edit.setPlaceholderText(tr("对被投诉人的反馈"))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(4, 15)
        self.days_spin.setValue(15)
        self.outcome_combo = combo(self, [o.value for o in ComplaintOutcome])
        self.reply_form_combo = combo(self, [f.value for f in ReplyForm])
        for label, widget in (
            (tr("投诉人"), self.name_edit),
            (tr("联系电话"), self.phone_edit),
            (tr("投诉方式"), self.channel_combo),
            (tr("复杂程度"), self.complexity_combo),
            (tr("被投诉窗口"), self.target_edit),
            (tr("诉求"), self.request_edit),
            (tr("事实"), self.facts_edit),
            ("", self.written_check),
            (tr("说明"), self.note_edit),
            (tr("反馈被投诉人"), self.target_reply_edit),
            (tr("延长至（工作日）"), self.days_spin),
            (tr("结果 / 答复方式"), self._pair(self.outcome_combo, self.reply_form_combo)),
        ):
            self.form.addRow(label, widget)
        self.file_button = self.button(tr("受理投诉"), self._on_file_clicked)
        self.evidence_button = self.button(tr("附证据…"), self._on_evidence_clicked)
        self.investigate_button = self.button(tr("记录调查"), self._on_investigate_clicked)
        self.extend_button = self.button(tr("延长时限"), self._on_extend_clicked)
        self.conclude_button = self.button(tr("办结答复"), self._on_conclude_clicked)
        self.button(tr("书面答复PDF…"), lambda: self.ask_pdf(self._registers.written_reply_pdf, tr("书面答复.pdf")))

    def _pair(self, a: QWidget, b: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a)
        row.addWidget(b)
        return box

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [
                    [
                        v.received_at.strftime("%Y-%m-%d %H:%M"),
                        v.name,
                        v.channel,
                        v.target_window or "",
                        v.request,
                        v.due.isoformat(),
                        status_text(v.status),
                        v.outcome or "",
                    ]
                    for v in views
                ],
            )

        self.ops.run(self._registers.complaints, show, self.message.fail)

    def _on_file_clicked(self) -> None:
        from app.services.registers import ComplaintInput

        data = ComplaintInput(
            name=self.name_edit.text(),
            channel=ComplaintChannel(self.channel_combo.currentData()),
            request=self.request_edit.text(),
            facts=self.facts_edit.toPlainText(),
            complexity=Complexity(self.complexity_combo.currentData()),
            phone=self.phone_edit.text(),
            target_window=self.target_edit.text().strip() or None,
            written=self.written_check.isChecked(),
        )
        self.run(lambda a: self._registers.file_complaint(a, data), self._on_filed)

    def _on_filed(self, view: Any) -> None:
        self.message.ok(tr("已受理，请告知投诉人：") + view.notice)
        self.refresh()

    def _on_evidence_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择证据文件"))
        if path:
            self.attach_evidence(Path(path))

    def attach_evidence(self, path: Path) -> None:
        """Attach a file (photo, scan, recording) to the selected complaint."""
        from app.services.registers import Attachment

        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.with_selected(
            lambda a, i: self._registers.add_evidence(a, i, Attachment(path.name, path.read_bytes(), mime)),
            tr("证据已附上"),
        )

    def _on_investigate_clicked(self) -> None:
        note = self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.add_investigation(a, i, note), tr("已记录调查情况"))

    def _on_extend_clicked(self) -> None:
        days, reason = self.days_spin.value(), self.note_edit.text()
        self.with_selected(
            lambda a, i: self._registers.extend_complaint(a, i, days, reason), tr("已延长，请告知投诉人延长时限和理由")
        )

    def _on_conclude_clicked(self) -> None:
        from app.services.registers import ComplaintOutcome, ReplyForm

        outcome, form = (
            ComplaintOutcome(self.outcome_combo.currentData()),
            ReplyForm(self.reply_form_combo.currentData()),
        )
        reply, target = self.note_edit.text(), self.target_reply_edit.text()
        self.with_selected(
            lambda a, i: self._registers.conclude_complaint(a, i, outcome, reply, target, form), tr("投诉已办结")
        )
