"""The hall's registers on screen: complaints, 办不成事, 首问, 帮办代办, 否定备案, 差评回访.

Each tab lists its entries with the deadline and where they stand, and has the form
for the next step. Who may press what is decided by the service (a clerk asking to
review a 否定备案 gets the refusal on the message line), so the screen never has its
own idea of the rules.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssistKind, ComplaintChannel, Complexity
from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService


class SignaturePad(QWidget):
    """Where the applicant signs for documents handed over (mouse, pen tablet or touch)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 100)
        self._image = QImage(320, 100, QImage.Format.Format_RGB32)
        self._image.fill(Qt.GlobalColor.white)
        self._last: QPoint | None = None
        self._strokes = 0

    def clear(self) -> None:
        self._image.fill(Qt.GlobalColor.white)
        self._strokes = 0
        self.update()

    def is_empty(self) -> bool:
        return self._strokes == 0

    def draw_line(self, a: QPoint, b: QPoint) -> None:
        """Add one stroke segment (also what mouse moves call)."""
        painter = QPainter(self._image)
        painter.setPen(QPen(Qt.GlobalColor.black, 2))
        painter.drawLine(a, b)
        painter.end()
        self._strokes += 1
        self.update()

    def png(self) -> bytes:
        """The signature as PNG bytes (empty when nobody signed)."""
        if self.is_empty():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.save(buffer, "PNG")
        return bytes(data.data())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._last = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._last is not None:
            self.draw_line(self._last, point)
        self._last = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.end()


def _combo(parent: QWidget, values: Sequence[str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(list(values))
    return combo


def _status(value: object) -> str:
    return "" if value is None else str(value)


class _ListPanel(PanelBase):
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


class ComplaintsPanel(_ListPanel):
    headers = ("受理时间", "投诉人", "方式", "被投诉窗口", "诉求", "办结期限", "状态", "结果")

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.channel_combo = _combo(self, [c.value for c in ComplaintChannel])
        self.complexity_combo = _combo(self, [Complexity.SIMPLE.value, Complexity.COMPLEX.value])
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
        self.outcome_combo = _combo(self, ["有效", "无效"])
        self.reply_form_combo = _combo(self, ["书面", "口头", "电话"])
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
        self.button(tr("书面答复PDF…"), lambda: self.ask_pdf(self._registers.written_reply_pdf, "书面答复.pdf"))

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
                        _status(v.status),
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
            channel=ComplaintChannel(self.channel_combo.currentText()),
            request=self.request_edit.text(),
            facts=self.facts_edit.toPlainText(),
            complexity=Complexity(self.complexity_combo.currentText()),
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
            ComplaintOutcome(self.outcome_combo.currentText()),
            ReplyForm(self.reply_form_combo.currentText()),
        )
        reply, target = self.note_edit.text(), self.target_reply_edit.text()
        self.with_selected(
            lambda a, i: self._registers.conclude_complaint(a, i, outcome, reply, target, form), tr("投诉已办结")
        )


class ConsultationPanel(_ListPanel):
    headers = ("时间", "方式", "咨询人", "咨询内容", "一次性告知内容")

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.channel_combo = _combo(self, ["来访", "电话", "信函"])
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

        channel = ConsultChannel(self.channel_combo.currentText())
        question, answer = self.question_edit.text(), self.answer_edit.toPlainText()
        visitor, phone = self.visitor_edit.text(), self.phone_edit.text()
        self.run(
            lambda a: self._registers.register_consultation(a, channel, question, answer, visitor, phone),
            lambda _r: self.refresh(),
            tr("已登记"),
        )


class CannotDoPanel(_ListPanel):
    headers = ("受理时间", "反映人", "事项", "受理", "业务办理单", "承办", "期限", "状态", "回访")

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.matter_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        self.complexity_combo = _combo(self, [c.value for c in Complexity])
        self.out_of_scope_check = QCheckBox(tr("不属于受理范围"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(tr("不予受理理由 / 重新转办理由 / 办理结果"))
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(tr("承办窗口编号或部门编码"))
        self.satisfaction_combo = _combo(self, ["满意", "基本满意", "不满意"])
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
        self.button(tr("业务办理单PDF…"), lambda: self.ask_pdf(self._registers.dispatch_sheet_pdf, "业务办理单.pdf"))

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
                        _status(v.status),
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
            Complexity(self.complexity_combo.currentText()),
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

        value = Satisfaction(self.satisfaction_combo.currentText())
        self.with_selected(lambda a, i: self._registers.record_cannot_do_callback(a, i, value), tr("已记录回访"))

    def _on_redispatch_clicked(self) -> None:
        target, reason = self.target_edit.text(), self.reason_edit.text()
        self.with_selected(lambda a, i: self._registers.redispatch_cannot_do(a, i, target, reason), tr("已重新转办"))


class FirstInquiryPanel(_ListPanel):
    headers = ("时间", "首问责任人", "办事人员", "事项", "要求", "承诺办结", "引导窗口", "办结日期", "办结情况", "状态")

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
                        _status(v.status),
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


class AssistPanel(_ListPanel):
    headers = ("类型", "申请人", "特殊群体", "事项", "帮代办人员", "进度", "移交", "收费")

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.kind_combo = _combo(self, [k.value for k in AssistKind])
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
            AssistKind(self.kind_combo.currentText()),
            self.name_edit.text(),
            self.matter_edit.text(),
            special_group=self.group_edit.text(),
        )
        self.run(lambda a: self._registers.open_assist(a, data), lambda _r: self.refresh(), tr("已登记"))

    def _on_progress_clicked(self) -> None:
        note = self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.add_assist_progress(a, i, note), tr("已记录进度"))

    def _on_handover_clicked(self) -> None:
        docs = [d.strip() for d in self.note_edit.text().replace("，", ",").split(",")]
        receiver, png = self.receiver_edit.text(), self.signature.png()
        self.with_selected(
            lambda a, i: self._registers.hand_over_documents(a, i, docs, receiver, png), tr("已签字移交")
        )


class NegativeFilingPanel(_ListPanel):
    headers = ("窗口", "办件编号", "类型", "理由", "首席代表确认", "审查结果", "审查意见")

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

    def _review(self, decision_value: str) -> None:
        from app.services.registers import ReviewDecision

        decision, note = ReviewDecision(decision_value), self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.review_negative(a, i, decision, note), tr("已审查"))

    def _on_approve_clicked(self) -> None:
        self._review("确认")

    def _on_reprocess_clicked(self) -> None:
        self._review("责令重办")


class FollowUpPanel(_ListPanel):
    headers = ("窗口", "评价", "被评价人", "期限", "阶段", "状态")

    def __init__(
        self, registers: RegisterService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(registers, ops, actor, parent)
        self.stage_combo = _combo(self, ["已回访", "已整改", "已反馈"])
        self.note_edit = QLineEdit(self)
        self.form.addRow(tr("下一步"), self.stage_combo)
        self.form.addRow(tr("情况"), self.note_edit)
        self.button(tr("记录"), self._on_advance_clicked)

    def refresh(self) -> None:
        def show(views: list[Any]) -> None:
            self.show_rows(
                [v.id for v in views],
                [[v.window, v.rating, v.staff_name, v.due.isoformat(), v.stage, _status(v.status)] for v in views],
            )

        self.ops.run(self._registers.follow_ups, show, self.message.fail)

    def _on_advance_clicked(self) -> None:
        from app.services.registers import FollowUpStage

        stage, note = FollowUpStage(self.stage_combo.currentText()), self.note_edit.text()
        self.with_selected(lambda a, i: self._registers.advance_follow_up(a, i, stage, note), tr("已记录"))


#: The registers by name, in tab order (``RegistersPage(only=...)`` picks some of them).
REGISTER_NAMES = ("first_inquiries", "consultations", "complaints", "cannot_do", "assists", "negative", "follow_ups")
#: What a window's staff may use at the counter (intake side); a lead also sees 否定备案.
COUNTER_REGISTERS = ("first_inquiries", "consultations", "complaints", "cannot_do", "assists")


class RegistersPage(QWidget):
    """All registers in tabs, for any window (首问 at every window) and for the center."""

    def __init__(
        self,
        registers: RegisterService,
        ops: OpRunner,
        actor: ActorSource,
        parent: QWidget | None = None,
        only: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.complaints = ComplaintsPanel(registers, ops, actor, self)
        self.cannot_do = CannotDoPanel(registers, ops, actor, self)
        self.first_inquiries = FirstInquiryPanel(registers, ops, actor, self)
        self.consultations = ConsultationPanel(registers, ops, actor, self)
        self.assists = AssistPanel(registers, ops, actor, self)
        self.negative = NegativeFilingPanel(registers, ops, actor, self)
        self.follow_ups = FollowUpPanel(registers, ops, actor, self)
        every: list[_ListPanel] = [
            self.first_inquiries,
            self.consultations,
            self.complaints,
            self.cannot_do,
            self.assists,
            self.negative,
            self.follow_ups,
        ]
        titles = (
            tr("首问登记"),
            tr("咨询登记"),
            tr("投诉"),
            tr("办不成事"),
            tr("帮办代办"),
            tr("否定备案"),
            tr("差评回访"),
        )
        wanted = set(REGISTER_NAMES if only is None else only)
        #: The panels shown, by register name (the others are built but never shown).
        self.shown: dict[str, _ListPanel] = {}
        self.panels: list[_ListPanel] = []
        for name, panel, title in zip(REGISTER_NAMES, every, titles, strict=True):
            if name in wanted:
                self.tabs.addTab(panel, title)
                self.panels.append(panel)
                self.shown[name] = panel
            else:
                panel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_register(self, name: str) -> None:
        """Bring the register called ``name`` to the front (if it is shown here)."""
        panel = self.shown.get(name)
        if panel is not None:
            self.tabs.setCurrentWidget(panel)

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()


class RegistersDialog(QDialog):
    """登记 at the counter: the registers a window's staff may use, in a window of their own."""

    def __init__(
        self,
        registers: RegisterService,
        ops: OpRunner,
        actor: ActorSource,
        only: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("登记台账"))
        self.page = RegistersPage(registers, ops, actor, self, only=only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page)
        self.resize(1100, 640)
