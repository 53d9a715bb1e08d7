"""后台审批 workbench: the window a 后台审批人 gets instead of the counter pages.

Keyboard-first: the list has the focus (arrows move, Enter opens the case), every step
has its Alt shortcut shown on its button, F5 reloads, Ctrl+F chooses the stage, Esc goes
back to the list. Every rule is the service's; each step runs on the op runner (the GUI
never waits on the central store) and names the person logged in. When the central store
cannot be reached the service's Chinese message is shown, nothing is written, and the
form stays open with what was typed so the step can be tried again.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.domain.case_stage import CaseStage
from app.services.backoffice_dto import BackOfficeCase, BackOfficeCaseDetail
from app.ui.backoffice import dialogs as d
from app.ui.backoffice.columns import cases_model
from app.ui.backoffice.detail import CaseView
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message
from app.ui.pages.case_dialogs import SupplementDialog
from app.ui.punctuation import paren

if TYPE_CHECKING:
    from app.services.backoffice_joint import JointReviewService

#: Stage filter: (key, label); "" the open cases of every stage, "*" closed ones too.
OPEN_KEY = ""
ALL_KEY = "*"
_OPEN = {CaseStage.ACCEPTANCE, CaseStage.REVIEW, CaseStage.APPROVAL, CaseStage.JOINT, CaseStage.FORWARDED}
_S = CaseStage


@dataclass(frozen=True)
class Step:
    """One workbench action: its shortcut and when it applies."""

    key: str
    enabled: Callable[[BackOfficeCaseDetail, str], bool]


def _lead_in(detail: BackOfficeCaseDetail, *stages: CaseStage) -> bool:
    return detail.line.lead and detail.line.stage in {s.value for s in stages}


def _decidable(x: BackOfficeCaseDetail) -> bool:
    joint_open = x.joint is not None and not x.joint.complete
    return _lead_in(x, _S.APPROVAL) and not x.line.decision and not joint_open and not x.line.supplement_pending


STEPS: dict[str, Step] = {
    "take_over": Step("Alt+Q", lambda x, _d: _lead_in(x, _S.ACCEPTANCE)),
    "review": Step("Alt+S", lambda x, _d: _lead_in(x, _S.REVIEW)),
    "supplement": Step("Alt+B", lambda x, _d: _lead_in(x, _S.REVIEW, _S.APPROVAL) and not x.line.supplement_pending),
    "approve": Step("Alt+Z", lambda x, _d: _decidable(x)),
    "deny": Step("Alt+N", lambda x, _d: _decidable(x)),
    "result": Step("Alt+R", lambda x, _d: _lead_in(x, _S.APPROVAL) and bool(x.line.decision)),
    "complete": Step("Alt+J", lambda x, _d: _lead_in(x, _S.APPROVAL) and bool(x.line.decision)),
    "joint": Step("Alt+L", lambda x, _d: _lead_in(x, _S.REVIEW, _S.APPROVAL) and x.joint is None),
    "joint_opinion": Step(
        "Alt+Y",
        lambda x, dep: x.line.stage == _S.JOINT.value and x.joint is not None and dep in x.joint.waiting_for,
    ),
    "forward": Step("Alt+U", lambda x, _d: _lead_in(x, _S.REVIEW, _S.APPROVAL)),
    "reply": Step("Alt+H", lambda x, _d: _lead_in(x, _S.FORWARDED)),
}


def _open_with_desktop(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BackOfficeWindow(QMainWindow):
    """The department's cases by stage and one case with its steps (see the module)."""

    def __init__(self, services: Services, ops: OpRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.actor = actor
        #: The case opened, while one is.
        self.detail: BackOfficeCaseDetail | None = None
        #: The form open for a step (tests fill it), else None.
        self.dialog: QDialog | None = None
        #: The case PDF last opened, and how files are opened (the desktop's viewer).
        self.last_pdf: Path | None = None
        self.open_file: Callable[[Path], None] = _open_with_desktop
        self._pdf_dir: tempfile.TemporaryDirectory[str] | None = None
        self.cases = cases_model(self)
        central = QWidget(self)
        self.title_label = QLabel(central)
        self.title_label.setObjectName("PageTitle")
        self.stage_combo = QComboBox(central)
        self.refresh_button = QPushButton(central)
        self.pdf_button = QPushButton(central)
        self.quit_button = QPushButton(central)
        self.table = QTableView(central)
        self.table.setModel(self.cases)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = CaseView(central)
        self.message_label = QLabel(central)
        self.message_label.setObjectName("InlineError")
        self.message_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {name: QPushButton(central) for name in STEPS}
        self._shortcuts: list[QShortcut] = []

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("阶段"), central))
        top.addWidget(self.stage_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.quit_button)
        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        grid = QGridLayout()
        for i, button in enumerate(self.buttons.values()):
            grid.addWidget(button, i // 6, i % 6)
        right_layout.addLayout(grid)
        split = QSplitter(Qt.Orientation.Horizontal, central)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 720])  # the list shows stage, days left and due without scrolling
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message_label)
        self.setCentralWidget(central)

        self.table.activated.connect(self._on_table_activated)
        self.stage_combo.activated.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.quit_button.clicked.connect(self.close)
        handlers: dict[str, Callable[[], None]] = {
            "take_over": self.take_over,
            "review": self.review,
            "supplement": self.ask_supplement,
            "approve": self.approve,
            "deny": self.deny,
            "result": self.record_result,
            "complete": self.complete,
            "joint": self.start_joint,
            "joint_opinion": self.joint_opinion,
            "forward": self.forward,
            "reply": self.forward_reply,
        }
        for name, button in self.buttons.items():
            button.clicked.connect(handlers[name])
            self._shortcut(STEPS[name].key, handlers[name])
        self._shortcut("F5", self.refresh)
        self._shortcut("Ctrl+F", lambda: self.stage_combo.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self._shortcut("Esc", lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self._shortcut("Alt+P", self.open_pdf)
        self._shortcut("Ctrl+Q", self.close)
        self.retranslate()
        self._update_buttons()
        self.resize(1366, 768)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shortcut(self, key: str, handler: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(handler)
        self._shortcuts.append(shortcut)

    @property
    def _bo(self) -> JointReviewService:
        bo = self.services.backoffice
        if bo is None:  # the composition root always wires it; a test PC may not
            raise RuntimeError("back-office service not wired")
        return bo

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        department = self.actor.department_code or ""
        self.setWindowTitle(self.tr("后台审批 — 窗口受理台"))
        self.title_label.setText(self.tr("后台审批　%1（%2）").replace("%1", self.actor.name).replace("%2", department))
        current = self.stage_combo.currentData()
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("在办（全部阶段）"), OPEN_KEY)
        for stage in CaseStage:
            if stage is not CaseStage.ARCHIVED:
                self.stage_combo.addItem(stage.value, stage.value)
        self.stage_combo.addItem(self.tr("全部（含已办结）"), ALL_KEY)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current if current is not None else "")))
        self.refresh_button.setText(self.tr("刷新（F5）"))
        self.pdf_button.setText(self.tr("案卷PDF（Alt+P）"))
        self.quit_button.setText(self.tr("退出（Ctrl+Q）"))
        texts = {
            "take_over": self.tr("签收"),
            "review": self.tr("审查意见"),
            "supplement": self.tr("要求补正"),
            "approve": self.tr("准予"),
            "deny": self.tr("不予许可"),
            "result": self.tr("登记结果"),
            "complete": self.tr("办结"),
            "joint": self.tr("发起联办"),
            "joint_opinion": self.tr("联办意见"),
            "forward": self.tr("上报"),
            "reply": self.tr("上级答复"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name] + paren(STEPS[name].key))
        self.cases.retranslate()
        self.view.retranslate()

    # -- the list ---------------------------------------------------------------------------

    def stage_filter(self) -> str:
        return str(self.stage_combo.currentData() or "")

    def set_stage_filter(self, key: str) -> None:
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(key)))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the department's cases for the chosen stage (on the worker)."""
        key = self.stage_filter()
        stage = None if key in (OPEN_KEY, ALL_KEY) else CaseStage(key)
        open_only = key == OPEN_KEY or (stage is not None and stage in _OPEN)
        bo, actor = self._bo, self.actor
        self.ops.run(
            lambda: bo.cases(actor, stage=stage, open_only=open_only),
            self._show_list,
            lambda exc: self.message_label.setText(error_message(exc)),
            label=self.tr("正在读取本部门办件"),
        )

    def _show_list(self, rows: list[BackOfficeCase]) -> None:
        selected = self.selected()
        self.cases.set_rows(rows)
        row = self.cases.row_of(selected.id) if selected is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.statusBar().showMessage(self.tr("本部门办件 %1 件").replace("%1", str(len(rows))))

    def selected(self) -> BackOfficeCase | None:
        index = self.table.currentIndex()
        return self.cases.dto(index.row()) if index.isValid() else None

    def select_case(self, case_number: str) -> bool:
        for row, line in enumerate(self.cases.rows()):
            if line.case_number == case_number:
                self.table.selectRow(row)
                return True
        return False

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.cases.dto(index.row()).id)

    def open_selected(self) -> None:
        line = self.selected()
        if line is None:
            self.message_label.setText(self.tr("请先在列表中选择一件办件"))
            return
        self.open_case(line.id)

    def open_case(self, case_id: uuid.UUID) -> None:
        bo, actor = self._bo, self.actor
        self.message_label.setText("")
        self.ops.run(
            lambda: bo.open(actor, case_id),
            self._show_detail,
            lambda exc: self.message_label.setText(error_message(exc)),
            label=self.tr("正在打开办件"),
        )

    def _show_detail(self, detail: BackOfficeCaseDetail) -> None:
        self.detail = detail
        self.view.show_case(detail)
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail, department = self.detail, self.actor.department_code or ""
        for name, button in self.buttons.items():
            button.setEnabled(detail is not None and STEPS[name].enabled(detail, department))
        self.pdf_button.setEnabled(detail is not None and self.services.central_files is not None)

    # -- steps ----------------------------------------------------------------------------

    def _record(
        self,
        done_text: str,
        work: Callable[[JointReviewService, Actor], BackOfficeCaseDetail],
        form: d.StepForm | None = None,
    ) -> None:
        """Run one step on the worker as the person logged in; on success show the case
        again and reload the list (a refused step leaves the form open for the retry)."""
        self.message_label.setText("")
        bo, actor = self._bo, self.actor

        def done(detail: BackOfficeCaseDetail) -> None:
            if form is not None:
                form.accept()
                self.dialog = None
            self._show_detail(detail)
            self.message_label.setText(
                self.tr("已记录：%1（%2）").replace("%1", done_text).replace("%2", self.actor.name)
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            message = error_message(exc)
            self.message_label.setText(message)
            if form is not None:
                form.show_error(message)

        self.ops.run(lambda: work(bo, actor), done, failed, label=done_text)

    def _case_id(self) -> uuid.UUID | None:
        if self.detail is None:
            self.message_label.setText(self.tr("请先打开一件办件（列表中选中后按回车）"))
            return None
        return self.detail.line.id

    def _form(self, form: d.StepForm, submit: Callable[[d.StepForm], None]) -> None:
        self.dialog = form
        form.submitted.connect(lambda: submit(form))
        form.finished.connect(lambda _r: self._form_closed(form))
        form.open()

    def _form_closed(self, form: QDialog) -> None:
        if self.dialog is form:
            self.dialog = None
        form.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enabled(self, name: str) -> bool:
        return self.buttons[name].isEnabled()

    def take_over(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("take_over"):
            return
        self._record(self.tr("签收"), lambda bo, actor: bo.take_over(actor, case_id))

    def review(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("review"):
            return

        def submit(form: Any) -> None:
            conclusion, opinion = form.conclusion(), form.opinion()
            self._record(
                self.tr("审查意见"),
                lambda bo, actor: bo.review(actor, case_id, conclusion=conclusion, opinion=opinion),
                form,
            )

        self._form(d.ReviewDialog(self), submit)

    def ask_supplement(self) -> None:
        case_id = self._case_id()
        if case_id is None or self.detail is None or not self._enabled("supplement"):
            return
        dialog = SupplementDialog(self.detail.checklist, dict(self.detail.supplement_asked), self)
        self.dialog = dialog

        def chosen() -> None:
            lines, note = dialog.chosen(), dialog.note_edit.text().strip()
            self._record(
                self.tr("要求补正"), lambda bo, actor: bo.ask_supplement(actor, case_id, lines=lines, note=note)
            )

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: self._form_closed(dialog))
        dialog.open()

    def approve(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("approve"):
            return

        def submit(form: Any) -> None:
            opinion = form.opinion_edit.text().strip()
            self._record(self.tr("准予"), lambda bo, actor: bo.approve(actor, case_id, opinion=opinion), form)

        self._form(d.ApproveDialog(self), submit)

    def deny(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("deny"):
            return

        def submit(form: Any) -> None:
            reasons, basis = form.reasons(), form.basis_edit.text()
            self._record(
                self.tr("不予许可"), lambda bo, actor: bo.deny(actor, case_id, reasons=reasons, legal_basis=basis), form
            )

        self._form(d.DenyDialog(self), submit)

    def record_result(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("result"):
            return

        def submit(form: Any) -> None:
            name, number, doc = form.name_edit.text(), form.number_edit.text(), form.document_edit.text()
            self._record(
                self.tr("登记结果"),
                lambda bo, actor: bo.record_result(actor, case_id, name=name, number=number, document=doc),
                form,
            )

        self._form(d.ResultDialog(self), submit)

    def complete(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("complete"):
            return
        self._record(self.tr("办结"), lambda bo, actor: bo.complete(actor, case_id))

    def start_joint(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("joint"):
            return

        def submit(form: Any) -> None:
            departments = form.departments()
            self._record(self.tr("发起联办"), lambda bo, actor: bo.start_joint(actor, case_id, departments), form)

        self._form(d.JointStartDialog(self), submit)

    def joint_opinion(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("joint_opinion"):
            return

        def submit(form: Any) -> None:
            answer, reason = form.answer(), form.reason_edit.text()
            self._record(
                self.tr("联办意见"),
                lambda bo, actor: bo.joint_opinion(actor, case_id, answer=answer, reason=reason),
                form,
            )

        self._form(d.JointOpinionDialog(self), submit)

    def forward(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("forward"):
            return

        def submit(form: Any) -> None:
            authority, days = form.authority_edit.text(), form.days_spin.value()
            self._record(
                self.tr("上报"),
                lambda bo, actor: bo.forward(actor, case_id, authority=authority, limit_days=days),
                form,
            )

        self._form(d.ForwardDialog(self), submit)

    def forward_reply(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self._enabled("reply"):
            return

        def submit(form: Any) -> None:
            reply = form.reply_edit.text()
            self._record(self.tr("上级答复"), lambda bo, actor: bo.forward_reply(actor, case_id, reply=reply), form)

        self._form(d.ReplyDialog(self), submit)

    @Slot()
    def open_pdf(self) -> None:
        """案卷PDF: the case's electronic file from the central store, in the PDF viewer."""
        case_id = self._case_id()
        files = self.services.central_files
        if case_id is None:
            return
        if files is None:
            self.message_label.setText(self.tr("本机未连接中心案卷库，不能打开案卷"))
            return
        bo, actor = self._bo, self.actor

        def shown(result: tuple[str, bytes]) -> None:
            number, data = result
            if self._pdf_dir is None:
                self._pdf_dir = tempfile.TemporaryDirectory(prefix="cd-case-")
            path = Path(self._pdf_dir.name) / f"{number or 'case'}.pdf"
            path.write_bytes(data)
            path.chmod(0o600)
            self.last_pdf = path
            self.open_file(path)
            self.message_label.setText(self.tr("已打开案卷：%1").replace("%1", number))

        self.ops.run(
            lambda: bo.case_pdf(actor, case_id, files),
            shown,
            lambda exc: self.message_label.setText(error_message(exc)),
            label=self.tr("正在读取案卷"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.invalidate()  # late answers must not land on a closed workbench
        if self._pdf_dir is not None:
            self._pdf_dir.cleanup()
            self._pdf_dir = None
        super().closeEvent(event)
