"""我的办件: the window's open cases, their clock, and what happens after acceptance.

The table's columns and colours are in ``case_columns``, the 要求补正 and 转“办不成事”
dialogs in ``case_dialogs``.  ID numbers are shown masked; searching by the full number
still works (the service matches it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_state import CaseAction, CaseState
from app.domain.enums import Complexity
from app.services.case_list import CaseListEntry, CaseListQuery, descending, precedes
from app.services.dto import ChecklistLine, DecisionResult, TrackedCase
from app.ui.context import Services
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner, error_message
from app.ui.pages.base import Page
from app.ui.pages.case_columns import SORT_FIELDS, cases_model
from app.ui.pages.case_dialogs import EscalateDialog, SupplementDialog
from app.ui.pages.clock_actions import ClockActions
from app.ui.punctuation import colon, joined, paren, semicolon

if TYPE_CHECKING:
    from app.services.tracking import TrackingService

#: Button name → the case action it takes (``TrackedCase.allowed_actions`` hold the labels).
CASE_ACTIONS = {
    "request_supplement": CaseAction.REQUEST_SUPPLEMENT,
    "receive_supplement": CaseAction.RECEIVE_SUPPLEMENT,
    "receive_deferred": CaseAction.RECEIVE_DEFERRED,
    "suspend": CaseAction.SUSPEND,
    "resume": CaseAction.RESUME,
    "complete_yes": CaseAction.APPROVE,
    "complete_no": CaseAction.DENY,
    "deliver": CaseAction.DELIVER,
    "withdraw": CaseAction.WITHDRAW,
}


#: Rows measured when the columns are sized (a screenful and a little more).
RESIZE_ROWS = 40

#: Action buttons per row under the table.
ACTIONS_PER_ROW = 6


class CasesPage(Page):
    """Open cases of this window with search and the post-acceptance actions."""

    #: Request: continue the intake of this draft (double-click on a 收件中 line).
    draft_requested = Signal(object)
    #: Request: hand this case over on the 出件 page (its case number).
    handover_requested = Signal(str)
    #: Fact: an action issued documents (补正材料通知书, 办结 …; a DecisionResult) — the
    #: peripherals print them on the window printer.
    documents_issued = Signal(object)

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        self.cases = cases_model(self)
        #: The list's reads run on their own worker: a page fetched while scrolling or a row
        #: refreshed after a decision never queues in front of the next F1.
        self.reads = OpRunner(self, synchronous=ops.synchronous)
        self._query = CaseListQuery()
        self._reselect: uuid.UUID | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # rows with the arrows; Tab goes on to the actions
        self.table.setModel(self.cases)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # Sized to the rows of each first page, not on every change: with ResizeToContents a
        # row changed by a decision measured every cell of every held row again (issue 16).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the default order (most urgent first)
        self.table.setSortingEnabled(True)  # the model asks the store for the order
        self.legend_label = QLabel(self)
        #: The window's promised dates a calendar import moved (earlier ones make it red).
        self.date_changes_label = QLabel(self)
        self.date_changes_label.setWordWrap(True)
        self.date_changes_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("InlineError")
        self.action_buttons: dict[str, QPushButton] = {name: QPushButton(self) for name in CASE_ACTIONS}
        self.escalate_button = QPushButton(self)
        #: 计时事项 ▾: 急事特办, 申请人原因, 补告遗漏, 上报, 延时, 退回件, 不予许可.
        self.clock_actions = ClockActions(self, self)
        self.legend_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        # Two rows of six: in one row the eleven actions were cut at 150 % scaling.
        actions = QGridLayout()
        for i, widget in enumerate([*self.action_buttons.values(), self.clock_actions, self.escalate_button]):
            actions.addWidget(widget, i // ACTIONS_PER_ROW, i % ACTIONS_PER_ROW)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.date_changes_label)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)

        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.cases.sort_requested.connect(self._on_cases_sort_requested)
        self.cases.page_loaded.connect(self._on_cases_page_loaded)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.action_buttons["request_supplement"].clicked.connect(self._on_request_supplement_clicked)
        self.action_buttons["receive_supplement"].clicked.connect(
            lambda: self._act(lambda t, cid: t.receive_supplement(cid))
        )
        self.action_buttons["receive_deferred"].clicked.connect(
            lambda: self._act(lambda t, cid: t.receive_deferred(cid))
        )
        self.action_buttons["suspend"].clicked.connect(self._on_suspend_clicked)
        self.action_buttons["resume"].clicked.connect(lambda: self._act(lambda t, cid: t.resume(cid)))
        self.action_buttons["complete_yes"].clicked.connect(lambda: self._on_complete_clicked(True))
        # 不予许可 needs reasons, basis and the lead: the clock menu's form (不予许可决定书).
        self.action_buttons["complete_no"].clicked.connect(self.clock_actions._on_deny_triggered)
        self.action_buttons["deliver"].clicked.connect(self._on_deliver_clicked)
        self.action_buttons["withdraw"].clicked.connect(self._on_withdraw_clicked)
        self.escalate_button.clicked.connect(self._on_escalate_button_clicked)
        # Tab: search → the list (rows with the arrows) → the actions as laid out, 计时事项, 上报.
        set_tab_order(
            self.search_edit, self.table, *self.action_buttons.values(), self.clock_actions, self.escalate_button
        )
        self.retranslate()
        self._update_buttons()

    # -- Page --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("我的办件")

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("按受理编号、申请人姓名或证件号码查找，回车搜索；清空显示全部"))
        self.legend_label.setText(self.tr("黄色：即将到期　红色：已超期　灰色：暂停计时　双击“收件中”继续收件"))
        texts = {
            "request_supplement": self.tr("要求补正"),
            "receive_supplement": self.tr("补正材料已收"),
            "receive_deferred": self.tr("容缺材料已补齐"),
            "suspend": self.tr("中止计时"),
            "resume": self.tr("恢复计时"),
            "complete_yes": self.tr("办结（准予）"),
            "complete_no": self.tr("不予许可…"),
            "deliver": self.tr("送达…"),
            "withdraw": self.tr("撤回"),
        }
        for name, button in self.action_buttons.items():
            button.setText(texts[name])
        self.escalate_button.setText(self.tr("转“办不成事”…"))
        self.escalate_button.setToolTip(
            self.tr("本窗口办不成的，一键登记为“办不成事”交中心督办（申请人和事项自动带入）")
        )
        self.cases.retranslate()
        self.clock_actions.retranslate()

    def clear(self) -> None:
        self.reads.invalidate()
        self.search_edit.clear()
        self.cases.clear()
        self.message_label.setText("")
        self._update_buttons()

    def refresh(self) -> None:
        """The first page again (for the search text typed); later pages when scrolled to."""
        query = self._query
        self._query = CaseListQuery(self.search_edit.text().strip(), query.sort, query.descending)
        self._reload()
        tracking = self.services.tracking
        self.reads.run(lambda: tracking.date_changes(limit=5), self.show_date_changes, lambda _exc: None)

    def update_case(self, case_id: uuid.UUID) -> None:
        """A decision changed this case: its row alone is read again and put into its place
        (no reload of the list)."""
        tracking, query = self.services.tracking, self._query
        self.reads.run(
            lambda: tracking.entry(case_id, query),
            lambda entry: self._put(case_id, entry),
            self._on_read_failed,
        )

    def show_date_changes(self, changes: tuple[Any, ...]) -> None:
        """日历调整: the window's cases whose promised date an imported notice moved."""
        if not changes:
            self.date_changes_label.hide()
            return
        parts = [
            f"{ch.case_number}{colon()}{ch.old_due.isoformat() if ch.old_due else '—'}→{ch.new_due.isoformat()}"
            + (self.tr("（提前）") if ch.earlier else "")
            for ch in changes
        ]
        earlier = any(ch.earlier for ch in changes)
        self.date_changes_label.setObjectName("InlineError" if earlier else "")
        self.date_changes_label.setStyleSheet("color: #b00020;" if earlier else "")
        self.date_changes_label.setText(self.tr("日历调整后承诺办结日期有变化：") + semicolon().join(parts))
        self.date_changes_label.show()

    # -- API ----------------------------------------------------------------------------------

    def selected(self) -> TrackedCase | None:
        index = self.table.currentIndex()
        return self.cases.dto(index.row()) if index.isValid() else None

    def select_case(self, case_id: uuid.UUID) -> None:
        row = self.cases.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)

    def complete(self, approved: bool, result_name: str = "") -> None:
        self._act(lambda t, cid: t.complete(cid, approved=approved, result_name=result_name))

    def escalate(self, description: str, complexity: Complexity = Complexity.GENERAL) -> None:
        """转“办不成事”: the selected case becomes a 办不成事 report, applicant and matter copied from it."""
        case = self.selected()
        if case is None:
            self.message_label.setText(self.tr("请先选择一件办件"))
            return
        center = self.services.center
        if center is None:
            self.message_label.setText(self.tr("本机未配置登记台账，不能转“办不成事”"))
            return
        registers, session, case_id = center.registers, self.services.session, case.id
        self.message_label.setText("")

        def run() -> Any:
            return registers.escalate_case(session.require_actor(), case_id, description, complexity)

        def done(_report: Any) -> None:
            self.message_label.setText(self.tr("已转“办不成事”，中心将转办督办"))

        self.ops.run(run, done, lambda exc: self.message_label.setText(error_message(exc)))

    # -- internals ------------------------------------------------------------------------------

    def _reload(self) -> None:
        selected = self.selected()
        self._reselect = selected.id if selected is not None else None
        tracking, query = self.services.tracking, self._query
        desc = descending(query)
        self.cases.reload(
            lambda after: tracking.page(query, after=after),
            self._submit_read,
            lambda a, b: precedes(a, b, desc=desc),
        )

    def _submit_read(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.reads.run(fn, done, self._on_read_failed)

    def _on_read_failed(self, exc: BaseException) -> None:
        self.cases.fetch_failed()
        self.message_label.setText(error_message(exc))

    def _put(self, case_id: uuid.UUID, entry: CaseListEntry | None) -> None:
        selected = self.selected()
        self.cases.upsert(case_id, entry)
        if selected is not None:
            self.select_case(selected.id)
        self._update_buttons()

    @Slot(bool)
    def _on_cases_page_loaded(self, first: bool) -> None:
        if first:
            self.table.resizeColumnsToContents()
            if self._reselect is not None:
                self.select_case(self._reselect)
            self._update_buttons()

    @Slot(int, Qt.SortOrder)
    def _on_cases_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        field = SORT_FIELDS.get(column)
        query = CaseListQuery(self._query.text, field, field is not None and order == Qt.SortOrder.DescendingOrder)
        if query == self._query:
            return
        self._query = query
        if field is None:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if self.services.session.current is not None:
            self._reload()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        case = self.cases.dto(index.row())
        if case.state == CaseState.DRAFT.value:
            self.draft_requested.emit(case.id)

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        self.refresh()

    def _act(self, action: Callable[[TrackingService, uuid.UUID], object]) -> None:
        case = self.selected()
        if case is None:
            self.message_label.setText(self.tr("请先选择一件办件"))
            return
        tracking = self.services.tracking
        self.message_label.setText("")

        def done(result: object) -> None:
            if isinstance(result, DecisionResult):
                names = joined(d.title + paren(d.number) for d in result.documents)
                self.message_label.setText(self.tr("已生成文书：%1").replace("%1", names))
                if result.documents:
                    self.documents_issued.emit(result)
            self.update_case(case.id)

        self.ops.run(
            lambda: action(tracking, case.id), done, lambda exc: self.message_label.setText(error_message(exc))
        )

    def _update_buttons(self) -> None:
        case = self.selected()
        allowed = set(case.allowed_actions) if case is not None else set()
        for name, button in self.action_buttons.items():
            button.setEnabled(CASE_ACTIONS[name].value in allowed)
        self.escalate_button.setEnabled(case is not None and self.services.center is not None)
        self.clock_actions.update_for(case)

    @Slot()
    def _on_escalate_button_clicked(self) -> None:
        case = self.selected()
        if case is None:
            return
        dialog = EscalateDialog(case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.escalate(dialog.description(), dialog.complexity())

    @Slot()
    def _on_suspend_clicked(self) -> None:
        procedure, ok = QInputDialog.getItem(
            self,
            self.tr("中止计时"),
            self.tr("特别程序"),
            [self.tr("听证"), self.tr("检验"), self.tr("专家评审"), self.tr("其他")],
            0,
            True,
        )
        if ok and procedure.strip():
            self._act(lambda t, cid: t.suspend(cid, procedure.strip()))

    def _on_complete_clicked(self, approved: bool) -> None:
        title = self.tr("办结（准予）")
        name, ok = QInputDialog.getText(self, title, self.tr("办理结果名称（如营业执照）"))
        if ok:
            self.complete(approved, name.strip())

    @Slot()
    def _on_deliver_clicked(self) -> None:
        """送达 is recorded on the 出件 page: receiver, items, signature, the 领取回执 or the mail."""
        case = self.selected()
        if case is not None and case.case_number:
            self.handover_requested.emit(case.case_number)

    @Slot()
    def _on_request_supplement_clicked(self) -> None:
        case = self.selected()
        if case is None:
            self.message_label.setText(self.tr("请先选择一件办件"))
            return
        tracking = self.services.tracking
        self.ops.run(
            lambda: tracking.checklist(case.id),
            lambda lines: self._ask_supplement(case, lines),
            lambda exc: self.message_label.setText(error_message(exc)),
        )

    def _ask_supplement(self, case: TrackedCase, lines: tuple[ChecklistLine, ...]) -> None:
        dialog = SupplementDialog(lines, dict(case.supplement_asked), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen, note = dialog.chosen(), dialog.note_edit.text().strip()
            self._act(lambda t, cid: t.request_supplement(cid, lines=chosen, note=note))

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("撤回"), self.tr("撤回说明"))
        if ok:
            self._act(lambda t, cid: t.withdraw(cid, note.strip()))
