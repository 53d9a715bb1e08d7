"""The workbench's small forms: each stays open until the step is recorded, so a refused
input or an unreachable central store leaves what was typed for the retry."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.case_stage import JOINT_ANSWERS, REVIEW_CONCLUSIONS
from app.ui.punctuation import comma, list_sep
from app.ui.values import value_text


class StepForm(QDialog):
    """OK asks the workbench to record the step (:attr:`submitted`); it closes the form
    when the step is recorded and shows the service's message in it when refused."""

    #: Request: record the step with what the form holds.
    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.buttons.setEnabled(True)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.error_label.setText("")
        self.buttons.setEnabled(False)  # one submission at a time; enabled again on an answer
        self.submitted.emit()


class ReviewDialog(StepForm):
    """审查意见: the conclusion (通过 / 需补正 / 建议不予许可) and the opinion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("审查意见"), parent)
        self.conclusion_combo = QComboBox(self)
        for conclusion in REVIEW_CONCLUSIONS:
            self.conclusion_combo.addItem(value_text(conclusion), conclusion)
        self.opinion_edit = QPlainTextEdit(self)
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setMaximumHeight(110)
        self.form.addRow(self.tr("审查结论"), self.conclusion_combo)
        self.form.addRow(self.tr("审查意见"), self.opinion_edit)
        self.finish()

    def conclusion(self) -> str:
        return str(self.conclusion_combo.currentData())

    def opinion(self) -> str:
        return self.opinion_edit.toPlainText().strip()


class ApproveDialog(StepForm):
    """审批准予: an optional opinion (the result is registered next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("准予许可"), parent)
        self.opinion_edit = QLineEdit(self)
        self.form.addRow(self.tr("审批意见"), self.opinion_edit)
        self.form.addRow(QLabel(self.tr("准予后请登记证照或结果文书，再办结"), self))
        self.finish()


class DenyDialog(StepForm):
    """审批不予许可: the reasons (one a line) and the legal basis (报中心否定备案)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("不予许可"), parent)
        self.reasons_edit = QPlainTextEdit(self)
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setMaximumHeight(110)
        self.basis_edit = QLineEdit(self)
        self.form.addRow(self.tr("理由（每行一条）"), self.reasons_edit)
        self.form.addRow(self.tr("法律依据"), self.basis_edit)
        self.form.addRow(QLabel(self.tr("不予许可将报中心否定备案审查"), self))
        self.finish()

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line.strip()]


class ResultDialog(StepForm):
    """登记结果: the 证照's name and number, or a result document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记办理结果"), parent)
        self.name_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.document_edit = QLineEdit(self)
        self.form.addRow(self.tr("证照名称"), self.name_edit)
        self.form.addRow(self.tr("证照编号"), self.number_edit)
        self.form.addRow(self.tr("或结果文书"), self.document_edit)
        self.finish()


class JointStartDialog(StepForm):
    """发起联办: the co-departments' codes (empty: the catalog's co-departments)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("发起联办"), parent)
        self.departments_edit = QLineEdit(self)
        self.departments_edit.setPlaceholderText(self.tr("部门编码，多个用逗号分隔；留空按目录配置的联办部门"))
        self.form.addRow(self.tr("联办部门"), self.departments_edit)
        self.form.addRow(QLabel(self.tr("各联办部门按各自时限并联签署意见"), self))
        self.finish()

    def departments(self) -> list[str] | None:
        text = self.departments_edit.text()
        for separator in (comma(), list_sep()):  # typed separators, as the translation shows them
            text = text.replace(separator, ",")
        codes = [code.strip().upper() for code in text.split(",") if code.strip()]
        return codes or None


class JointOpinionDialog(StepForm):
    """联办意见 of this (co-)department: 同意, or 不同意 with its reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("签署联办意见"), parent)
        self.answer_combo = QComboBox(self)
        for answer in JOINT_ANSWERS:
            self.answer_combo.addItem(value_text(answer), answer)
        self.reason_edit = QLineEdit(self)
        self.form.addRow(self.tr("意见"), self.answer_combo)
        self.form.addRow(self.tr("理由（不同意时必填）"), self.reason_edit)
        self.finish()

    def answer(self) -> str:
        return str(self.answer_combo.currentData())


class ForwardDialog(StepForm):
    """上报: the higher authority and its own limit (the hall's clock stops meanwhile)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("上报上级机关"), parent)
        self.authority_edit = QLineEdit(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 60)
        self.days_spin.setValue(10)
        self.form.addRow(self.tr("上级机关"), self.authority_edit)
        self.form.addRow(self.tr("上级办理时限（工作日）"), self.days_spin)
        self.form.addRow(QLabel(self.tr("上报期间不计入本厅办理时限"), self))
        self.finish()


class ReplyDialog(StepForm):
    """上级办结返回: the higher authority's reply (the hall's clock runs again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记上级答复"), parent)
        self.reply_edit = QLineEdit(self)
        self.form.addRow(self.tr("上级答复"), self.reply_edit)
        self.finish()
