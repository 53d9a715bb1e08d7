"""The clock events of 我的办件: one menu (计时事项) and the small forms they need.

Each entry calls :class:`app.services.clock_events.ClockEventService` (or the decision
service for a 退回件) through the op runner; the service checks every rule, so an entry is
only enabled when the case's state allows the action, and a refused one shows the
service's Chinese message on the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.domain.case_state import CaseAction
from app.services.dto import DecisionResult, TrackedCase
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message
from app.domain.deadlines import ExtensionState
from app.ui.punctuation import joined, paren


class CasesHost(Protocol):
    """What the menu needs of 我的办件 (the page itself; a Protocol keeps the two modules apart)."""

    services: Services
    ops: OpRunner
    message_label: QLabel

    def selected(self) -> TrackedCase | None: ...

    def refresh(self) -> None: ...


#: Menu entry → the case action whose presence in ``allowed_actions`` enables it.
CLOCK_ENTRIES: dict[str, CaseAction] = {
    "urgent": CaseAction.MARK_URGENT,
    "pause": CaseAction.APPLICANT_PAUSE,
    "resume": CaseAction.APPLICANT_RESUME,
    "omitted": CaseAction.REQUEST_OMITTED,
    "forward": CaseAction.FORWARD,
    "returned": CaseAction.FORWARD_RETURNED,
    "request_extension": CaseAction.REQUEST_EXTENSION,
    "issue_extension": CaseAction.EXTEND,
    "return_case": CaseAction.RETURN,
    "deny": CaseAction.DENY,
}


class _Form(QDialog):
    """A small form with OK/Cancel; fields are added by the subclasses."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class ForwardDialog(_Form):
    """上报: the higher authority and its own limit in working days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("上报上级机关"), parent)
        self.authority_edit = QLineEdit(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 200)
        self.days_spin.setValue(20)
        self.form.addRow(self.tr("上级机关"), self.authority_edit)
        self.form.addRow(self.tr("上级办理时限（工作日）"), self.days_spin)
        self.finish()


class ExtensionDialog(_Form):
    """申请延时: how many working days and why (the center approves)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("申请延时办理"), parent)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 10)
        self.days_spin.setValue(5)
        self.reason_edit = QLineEdit(self)
        self.form.addRow(self.tr("延长（工作日）"), self.days_spin)
        self.form.addRow(self.tr("延时理由"), self.reason_edit)
        self.form.addRow(QLabel(self.tr("提交后须经中心批准，批准后再出具延期办理通知书"), self))
        self.finish()


class DenialDialog(_Form):
    """不予许可: reasons (one a line), basis, and the window lead's confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("不予许可"), parent)
        self.reasons_edit = QPlainTextEdit(self)
        self.basis_edit = QLineEdit(self)
        self.lead_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("理由（每行一条）"), self.reasons_edit)
        self.form.addRow(self.tr("法律依据（多条用；分隔）"), self.basis_edit)
        self.form.addRow(self.tr("首席代表工号"), self.lead_edit)
        self.form.addRow(self.tr("首席代表密码"), self.password_edit)
        self.form.addRow(QLabel(self.tr("将出具不予许可决定书（含复议、诉讼权利），并报中心否定备案"), self))
        self.finish()

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line.strip()]


class ClockActions(QToolButton):
    """计时事项 ▾ on 我的办件: every clock event for the selected case."""

    def __init__(self, page: CasesHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.entries: dict[str, QAction] = {name: QAction(self) for name in CLOCK_ENTRIES}
        for name, action in self.entries.items():
            self.menu_.addAction(action)
            if name in ("urgent", "returned", "issue_extension"):
                self.menu_.addSeparator()
        self.entries["urgent"].triggered.connect(self._on_urgent_triggered)
        self.entries["pause"].triggered.connect(self._on_pause_triggered)
        self.entries["resume"].triggered.connect(lambda: self._run(lambda s, cid: s.resume_for_applicant(cid)))
        self.entries["omitted"].triggered.connect(self._on_omitted_triggered)
        self.entries["forward"].triggered.connect(self._on_forward_triggered)
        self.entries["returned"].triggered.connect(lambda: self.returned(""))
        self.entries["request_extension"].triggered.connect(self._on_request_extension_triggered)
        self.entries["issue_extension"].triggered.connect(self.issue_extension)
        self.entries["return_case"].triggered.connect(self._on_return_triggered)
        self.entries["deny"].triggered.connect(self._on_deny_triggered)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("计时事项"))
        texts = {
            "urgent": self.tr("急事特办…"),
            "pause": self.tr("申请人原因暂停…"),
            "resume": self.tr("申请人原因恢复计时"),
            "omitted": self.tr("补告遗漏材料…"),
            "forward": self.tr("上报上级机关…"),
            "returned": self.tr("上级办结返回"),
            "request_extension": self.tr("申请延时…"),
            "issue_extension": self.tr("出具延期办理通知书（已批准）"),
            "return_case": self.tr("退回（受理后3个工作日内）…"),
            "deny": self.tr("不予许可…"),
        }
        for name, action in self.entries.items():
            action.setText(texts[name])

    def update_for(self, case: TrackedCase | None) -> None:
        """Enable the entries the case's state allows (and 延期通知书 only once approved)."""
        allowed = set(case.allowed_actions) if case is not None else set()
        for name, action in self.entries.items():
            action.setEnabled(CLOCK_ENTRIES[name].value in allowed)
        if case is not None and case.extension_state != ExtensionState.APPROVED:
            self.entries["issue_extension"].setEnabled(False)
        self.setEnabled(case is not None and any(a.isEnabled() for a in self.entries.values()))

    # -- API (the menu's forms call these; tests call them directly) --------------------------

    def mark_urgent(self, reason: str) -> None:
        self._run(lambda s, cid: s.mark_urgent(cid, reason))

    def pause(self, reason: str) -> None:
        self._run(lambda s, cid: s.pause_for_applicant(cid, reason))

    def omitted(self, line_id: uuid.UUID, problem: str) -> None:
        self._run(lambda s, cid: s.request_omitted(cid, {line_id: problem}))

    def forward(self, authority: str, limit_days: int) -> None:
        self._run(lambda s, cid: s.forward(cid, authority=authority, limit_days=limit_days))

    def returned(self, note: str) -> None:
        self._run(lambda s, cid: s.forward_returned(cid, note))

    def request_extension(self, days: int, reason: str) -> None:
        self._run(lambda s, cid: s.request_extension(cid, days=days, reason=reason))

    def issue_extension(self) -> None:
        self._run(lambda s, cid: s.issue_extension(cid))

    def return_case(self, reason: str) -> None:
        decisions = self.page.services.decisions
        self._run(lambda _s, cid: decisions.return_case(cid, reasons=[reason]))

    def deny(self, reasons: list[str], legal_basis: str, lead_staff_no: str, lead_password: str) -> None:
        self._run(
            lambda s, cid: s.deny(
                cid, reasons=reasons, legal_basis=legal_basis, lead_staff_no=lead_staff_no, lead_password=lead_password
            )
        )

    # -- internals ------------------------------------------------------------------------------

    def _run(self, action: Callable[[Any, uuid.UUID], object]) -> None:
        page = self.page
        case = page.selected()
        service = page.services.clock_events
        if case is None:
            page.message_label.setText(self.tr("请先选择一件办件"))
            return
        if service is None:
            page.message_label.setText(self.tr("本机未配置计时事项服务"))
            return
        page.message_label.setText("")

        def done(result: object) -> None:
            if isinstance(result, DecisionResult) and result.documents:
                names = joined(d.title + paren(d.number) for d in result.documents)
                page.message_label.setText(self.tr("已生成文书：%1").replace("%1", names))
            page.refresh()

        page.ops.run(lambda: action(service, case.id), done, lambda exc: page.message_label.setText(error_message(exc)))

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.parentWidget(), title, label)
        return text.strip() if ok and text.strip() else None

    @Slot()
    def _on_urgent_triggered(self) -> None:
        reason = self._ask(self.tr("急事特办"), self.tr("紧急事由"))
        if reason:
            self.mark_urgent(reason)

    @Slot()
    def _on_pause_triggered(self) -> None:
        reason = self._ask(self.tr("申请人原因暂停"), self.tr("申请人原因（如申请人申请暂缓）"))
        if reason:
            self.pause(reason)

    @Slot()
    def _on_omitted_triggered(self) -> None:
        case = self.page.selected()
        if case is None:
            return
        info = self.page.services.intake.get(case.id)
        names = [line.name for line in info.checklist]
        name, ok = QInputDialog.getItem(
            self.parentWidget(), self.tr("补告遗漏材料"), self.tr("首次告知遗漏的材料"), names, 0, False
        )
        if not ok:
            return
        problem = self._ask(self.tr("补告遗漏材料"), self.tr("问题和要求"))
        if problem:
            line = next(line for line in info.checklist if line.name == name)
            self.omitted(line.id, problem)

    @Slot()
    def _on_forward_triggered(self) -> None:
        dialog = ForwardDialog(self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.forward(dialog.authority_edit.text().strip(), dialog.days_spin.value())

    @Slot()
    def _on_request_extension_triggered(self) -> None:
        dialog = ExtensionDialog(self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.request_extension(dialog.days_spin.value(), dialog.reason_edit.text().strip())

    @Slot()
    def _on_return_triggered(self) -> None:
        reason = self._ask(self.tr("退回"), self.tr("退回理由"))
        if reason:
            self.return_case(reason)

    @Slot()
    def _on_deny_triggered(self) -> None:
        dialog = DenialDialog(self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.deny(
                dialog.reasons(),
                dialog.basis_edit.text().strip(),
                dialog.lead_edit.text().strip(),
                dialog.password_edit.text(),
            )
