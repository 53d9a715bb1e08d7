"""决定: accept, notify once, accept with deficiency, refuse, finish on the spot, return.

The page shows what the decision rests on (the pending and problem materials) and
offers only the decisions the case allows; the decision service checks every rule
again and its refusal is shown as it is.  Each decision produces numbered documents,
previewed here exactly as the printer will draw them (or as text when no image can
be made).
"""

from __future__ import annotations

import functools
import io
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_state import CaseAction, CaseState
from app.domain.deadlines import FiveDayState
from app.services.dto import CaseInfo, DecisionResult, DocumentInfo, RefusalGround
from app.services.errors import LateNoticeNeedsConfirmation
from app.ui.context import Services
from app.ui.focus import set_tab_order
from app.ui.glyphs import describe, unprintable
from app.ui.look import mark_primary
from app.ui.ops import OpRunner, error_message
from app.ui.pages.base import Page
from app.ui.punctuation import colon, joined, paren, semicolon
from app.ui.values import pydate, qdate, value_text

if TYPE_CHECKING:
    from app.services.decisions import DecisionService

#: Button name → the case action it takes (the case's ``allowed_actions`` hold the labels).
DECISION_ACTIONS = {
    "accept": CaseAction.ACCEPT,
    "notify": CaseAction.NOTIFY,
    "accept_with_deficiency": CaseAction.ACCEPT_WITH_DEFICIENCY,
    "refuse": CaseAction.REFUSE,
    "finish_immediately": CaseAction.FINISH,
    "return_case": CaseAction.RETURN,
}
DECISIONS = tuple(DECISION_ACTIONS)


def render_document_png(document_json: str) -> bytes:
    """The receipt preview of a document as PNG bytes (runs on the worker thread)."""
    from app.forms.document import Document
    from app.printing.preview import render_preview

    image = render_preview(Document.from_json(document_json))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class RefusalDialog(QDialog):
    """不予受理: grounds (or own words), legal basis, and the window lead's confirmation."""

    def __init__(self, grounds: tuple[RefusalGround, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grounds = grounds
        self.ground_boxes: list[QCheckBox] = []
        self.setWindowTitle(self.tr("不予受理 — 需首席代表确认"))
        box = QGroupBox(self.tr("不予受理理由（可多选）"), self)
        box_layout = QVBoxLayout(box)
        for ground in grounds:
            check = QCheckBox(ground.text, box)
            check.setToolTip(ground.basis)
            check.toggled.connect(self._on_ground_toggled)
            box_layout.addWidget(check)
            self.ground_boxes.append(check)
        self.other_edit = QLineEdit(self)
        self.other_edit.setPlaceholderText(self.tr("其他理由（自行填写）"))
        self.basis_edit = QLineEdit(self)
        self.lead_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认不予受理"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        form = QFormLayout()
        form.addRow(self.tr("其他理由"), self.other_edit)
        form.addRow(self.tr("法律依据"), self.basis_edit)
        form.addRow(self.tr("首席代表工号"), self.lead_edit)
        form.addRow(self.tr("首席代表密码"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def reasons(self) -> list[str]:
        chosen = [g.text for g, box in zip(self.grounds, self.ground_boxes, strict=True) if box.isChecked()]
        other = self.other_edit.text().strip()
        return chosen + ([other] if other else [])

    @Slot(bool)
    def _on_ground_toggled(self, _checked: bool) -> None:
        bases = [g.basis for g, box in zip(self.grounds, self.ground_boxes, strict=True) if box.isChecked()]
        self.basis_edit.setText(semicolon().join(dict.fromkeys(bases)))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.reasons():
            self.error_label.setText(self.tr("请选择或填写不予受理的理由"))
        elif not self.basis_edit.text().strip():
            self.error_label.setText(self.tr("请填写法律依据"))
        elif not self.lead_edit.text().strip() or not self.password_edit.text():
            self.error_label.setText(self.tr("不予受理须由首席代表输入工号和密码确认"))
        else:
            self.accept()


class ReasonDialog(QDialog):
    """退回 (and similar): one reason line and an optional basis."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason_edit = QLineEdit(self)
        self.basis_edit = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("理由"), self.reason_edit)
        form.addRow(self.tr("依据"), self.basis_edit)
        form.addRow(self.buttons)
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.reason_edit.text().strip():
            self.accept()


class DocumentPreview(QWidget):
    """One document: its number and the receipt image (or its text)."""

    def __init__(self, document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.number_label = QLabel(self.tr("%1　%2").replace("%1", document.title).replace("%2", document.number), self)
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setPlainText(document.text)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image_label)
        scroll.hide()
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(scroll, 1)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def take_focus(self) -> None:
        """The keyboard on the notice shown (the image once rendered, else its text)."""
        shown = self.scroll_area if not self.scroll_area.isHidden() else self.text_edit
        shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_png(self, data: bytes) -> None:
        """Show the rendered receipt instead of the text."""
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            self.image_label.setPixmap(pixmap)
            had_focus = self.text_edit.hasFocus()
            self.text_edit.hide()
            self.scroll_area.show()
            if had_focus:  # the focus follows the notice from its text to its image
                self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)


class DecisionPage(Page):
    """The decisions on the current draft and the preview of what they issued."""

    #: Fact: a decision was taken (the queue panel and "my cases" refresh).
    decided = Signal(object)

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        self.case: CaseInfo | None = None
        self.result: DecisionResult | None = None
        #: Open while the refusal form is being filled in.
        self.refusal_dialog: RefusalDialog | None = None
        #: Open while the clerk decides on a notice later than the §32 five days.
        self.late_dialog: QMessageBox | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("PageTitle")
        self.summary_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("Banner")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {name: QPushButton(self) for name in DECISIONS}
        self.deficiency_due = QDateEdit(self)
        self.deficiency_due.setCalendarPopup(True)
        self.deficiency_due.setDisplayFormat("yyyy-MM-dd")
        self.deficiency_label = QCheckBox(self)
        self.previews = QTabWidget(self)

        grid = QGridLayout()
        for i, name in enumerate(DECISIONS):
            grid.addWidget(self.buttons[name], i // 3, i % 3)
        due_row = QHBoxLayout()
        due_row.addWidget(self.deficiency_label)
        due_row.addWidget(self.deficiency_due)
        due_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addLayout(grid)
        layout.addLayout(due_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.previews, 1)

        self.buttons["accept"].clicked.connect(self.accept_case)
        self.buttons["notify"].clicked.connect(self.notify_case)
        self.buttons["accept_with_deficiency"].clicked.connect(self.accept_with_deficiency)
        self.buttons["refuse"].clicked.connect(self.ask_refusal)
        self.buttons["finish_immediately"].clicked.connect(self.finish_immediately)
        self.buttons["return_case"].clicked.connect(self.ask_return)
        # Tab: the decisions in the grid's reading order, the 容缺 date, then the notice.
        set_tab_order(*self.buttons.values(), self.deficiency_label, self.deficiency_due, self.previews)
        self.retranslate()
        self.clear()

    # -- Page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("决定")

    def retranslate(self) -> None:
        texts = {
            "accept": self.tr("受理"),
            "notify": self.tr("一次性告知"),
            "accept_with_deficiency": self.tr("容缺受理"),
            "refuse": self.tr("不予受理"),
            "finish_immediately": self.tr("即办办结"),
            "return_case": self.tr("退回"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.deficiency_label.setText(self.tr("自定容缺材料补齐期限（不勾选则为承诺办结日期）"))
        self._show_case()

    def clear(self) -> None:
        self.case = None
        self.result = None
        self.error_label.setText("")
        self.outcome_label.hide()
        self.outcome_label.setText("")
        self._clear_previews()
        self._show_case()

    # -- API --------------------------------------------------------------------------------

    def set_case(self, case: CaseInfo | None) -> None:
        """Follow the draft of the intake page (None: nothing to decide)."""
        if case is None or self.case is None or case.id != self.case.id:
            self.result = None
            self.outcome_label.hide()
            self._clear_previews()
        self.case = case
        self.error_label.setText("")
        self._show_case()

    def focus_default(self) -> None:
        """Keyboard-first: the cursor on 受理 when all is there, else on 一次性告知."""
        chosen = next((n for n in ("accept", "notify") if self.buttons[n].isEnabled()), None)
        for name, button in self.buttons.items():
            mark_primary(button, name == chosen)
        if chosen is not None:
            self.buttons[chosen].setFocus(Qt.FocusReason.OtherFocusReason)

    def accept_case(self) -> None:
        self._decide(lambda d, cid: d.accept(cid))

    def notify_case(self, confirm_late: bool = False) -> None:
        """一次性告知; past the §32 five days the service refuses until the clerk confirms."""
        self._decide(lambda d, cid: d.notify(cid, confirm_late=confirm_late))

    def ask_late_confirmation(self, message: str) -> None:
        """Ask whether to issue the late notice (the application is deemed accepted)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("逾期告知补正"), message, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.late_dialog = box
        box.finished.connect(self._on_late_dialog_finished)
        box.open()

    @Slot(int)
    def _on_late_dialog_finished(self, result: int) -> None:
        self.late_dialog = None
        if result == QMessageBox.StandardButton.Yes:
            self.notify_case(confirm_late=True)

    def accept_with_deficiency(self) -> None:
        if self.case is not None and not self.case.allows_deficiency:
            self.error_label.setText(self.tr("本事项不适用容缺受理"))
            return
        due = pydate(self.deficiency_due.date()) if self.deficiency_label.isChecked() else None
        self._decide(lambda d, cid: d.accept_with_deficiency(cid, due))

    def finish_immediately(self) -> None:
        self._decide(lambda d, cid: d.finish_immediately(cid))

    def ask_refusal(self) -> None:
        """Open the refusal form; the decision runs when the lead has confirmed in it."""
        if self.case is None:
            return
        dialog = RefusalDialog(self.services.decisions.refusal_grounds(), self)
        self.refusal_dialog = dialog
        dialog.finished.connect(self._on_refusal_dialog_finished)
        dialog.open()

    def refuse(self, reasons: list[str], legal_basis: str, lead_staff_no: str, lead_password: str) -> None:
        self._decide(
            lambda d, cid: d.refuse(
                cid, reasons=reasons, legal_basis=legal_basis, lead_staff_no=lead_staff_no, lead_password=lead_password
            )
        )

    def ask_return(self) -> None:
        if self.case is None:
            return
        dialog = ReasonDialog(self.tr("退回"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.return_case([dialog.reason_edit.text().strip()], dialog.basis_edit.text().strip())

    def return_case(self, reasons: list[str], basis: str = "") -> None:
        self._decide(lambda d, cid: d.return_case(cid, reasons=reasons, legal_basis=basis))

    # -- internals ---------------------------------------------------------------------------

    @Slot(int)
    def _on_refusal_dialog_finished(self, result: int) -> None:
        dialog = self.refusal_dialog
        self.refusal_dialog = None
        if dialog is None or result != QDialog.DialogCode.Accepted:
            return
        self.refuse(
            dialog.reasons(),
            dialog.basis_edit.text().strip(),
            dialog.lead_edit.text().strip(),
            dialog.password_edit.text(),
        )

    def _decide(self, action: Callable[[DecisionService, uuid.UUID], DecisionResult]) -> None:
        if self.case is None:
            self.error_label.setText(self.tr("没有待决定的收件"))
            return
        case_id = self.case.id
        decisions = self.services.decisions
        self.error_label.setText("")
        self.ops.run(lambda: action(decisions, case_id), self._on_decided, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_message(exc))
        if isinstance(exc, LateNoticeNeedsConfirmation):
            self.ask_late_confirmation(exc.message)

    def _on_decided(self, result: DecisionResult) -> None:
        self.result = result
        self.case = result.case
        self._show_case()
        self._show_outcome(result)
        self._clear_previews()
        for document in result.documents:
            preview = DocumentPreview(document, self.previews)
            self.previews.addTab(preview, document.title)
            if document.document_json:
                payload = document.document_json
                self.ops.run(functools.partial(render_document_png, payload), preview.set_png, lambda _exc: None)
        # The decision is made: the cursor leaves the buttons (a second Space must not
        # decide again or open 退回) for the notice, where the arrows scroll it; F8 next.
        current = self.previews.currentWidget()
        if isinstance(current, DocumentPreview):
            current.take_focus()
        else:
            self.outcome_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.decided.emit(result)

    def _show_outcome(self, result: DecisionResult) -> None:
        case = result.case
        lines = [self.tr("已作出决定：%1").replace("%1", value_text(case.state))]
        if case.case_number:
            lines.append(self.tr("办件编号：%1").replace("%1", case.case_number))
        if case.due_date:
            due = case.due_date.isoformat()
            if case.due_provisional:
                due += self.tr("（暂定：含未公布放假安排的日期，以国务院通知为准）")
            lines.append(self.tr("承诺办结日期：%1").replace("%1", due))
        if case.pending_due:
            lines.append(self.tr("容缺材料补齐期限：%1").replace("%1", case.pending_due.isoformat()))
        lines.append(self.tr("文书：%1").replace("%1", joined(d.title + paren(d.number) for d in result.documents)))
        self.outcome_label.setText("\n".join(lines))
        self.outcome_label.show()

    def _clear_previews(self) -> None:
        while self.previews.count():
            widget = self.previews.widget(0)
            self.previews.removeTab(0)
            if widget is not None:
                widget.deleteLater()

    def _unprintable_lines(self, case: CaseInfo) -> list[str]:
        """Before anything is printed: the applicant's characters no font has (they print as codes)."""
        a = case.applicant
        chars = unprintable("".join((a.name, a.org_name, a.legal_rep, a.agent_name, a.address)))
        if not chars:
            return []
        return [
            self.tr("打印提醒：%1 本机所有字库都没有，文书上将印作编码（如〔U+%2〕），打印后请手写补上")
            .replace("%1", describe(chars))
            .replace("%2", f"{ord(chars[0]):04X}")
        ]

    def _show_case(self) -> None:
        case = self.case
        if case is None:
            self.summary_label.setText(self.tr("没有待决定的收件"))
            self.problems_label.setText("")
            for button in self.buttons.values():
                button.setEnabled(False)
            self.deficiency_due.setEnabled(False)
            self.deficiency_label.setEnabled(False)
            return
        who = case.applicant.display_name or self.tr("（申请人未填写）")
        self.summary_label.setText(
            self.tr("%1 — %2　[%3]")
            .replace("%1", case.matter_name)
            .replace("%2", who)
            .replace("%3", value_text(case.state))
        )
        problems = case.problems
        pending = case.pending_lines
        parts = []
        if problems:
            parts.append(
                self.tr("缺少或有误：")
                + semicolon().join(
                    line.name + paren(value_text(line.status) + (colon() + line.note if line.note else ""))
                    for line in problems
                )
            )
        unchecked = [line for line in pending if not line.is_problem]
        if unchecked:
            parts.append(self.tr("尚未核验：") + joined(line.name for line in unchecked))
        if not pending and case.state == CaseState.DRAFT.value:
            parts.append(self.tr("必要材料已齐全，可以受理"))
        if case.five_day is not None and case.five_day.deemed_accepted:
            parts.append(self.tr("收到材料已超过5个工作日未告知，依法视为受理"))
        elif case.five_day is not None and case.five_day.state == FiveDayState.APPROACHING.value:
            parts.append(
                self.tr("注意：须在%1前一次性告知补正（还剩%2个工作日），逾期视为受理")
                .replace("%1", case.five_day.deadline.isoformat())
                .replace("%2", str(case.five_day.days_left))
            )
        parts += self._unprintable_lines(case)
        self.problems_label.setText("\n".join(parts))
        allowed = set(case.allowed_actions)
        for name, button in self.buttons.items():
            button.setEnabled(DECISION_ACTIONS[name].value in allowed)
        if not case.allows_deficiency:
            self.buttons["accept_with_deficiency"].setEnabled(False)
            self.buttons["accept_with_deficiency"].setToolTip(self.tr("本事项不适用容缺受理"))
        else:
            self.buttons["accept_with_deficiency"].setToolTip("")
        self.deficiency_label.setEnabled(case.allows_deficiency)
        self.deficiency_due.setEnabled(case.allows_deficiency)
        if case.due_date is not None:
            due = case.due_date
            self.deficiency_due.setDate(QDate(due.year, due.month, due.day))
        else:
            today = self.services.session.today()
            self.deficiency_due.setDate(qdate(today))
