"""延时审批: the windows' requests for more time, approved or refused by the center.

The window asked with a reason and a number of working days; the center's answer is
appended to the case and the window then issues the 延期办理通知书 itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner
from app.ui.punctuation import colon

if TYPE_CHECKING:
    from app.services.clock_events import ExtensionReviewService
    from app.services.clock_facts import ExtensionRequest


class ExtensionReviewPanel(PanelBase):
    """The waiting 申请延时 with 批准 / 不批准 (with a reason)."""

    def __init__(
        self, review: ExtensionReviewService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._review = review
        #: The requests shown, in table order.
        self.requests: list[ExtensionRequest] = []
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("审批意见（不批准时必填）"))
        self.approve_button = QPushButton(tr("批准延时"), self)
        self.refuse_button = QPushButton(tr("不批准"), self)
        self.refresh_button = QPushButton(tr("刷新"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.note_edit, 1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.refuse_button)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.refresh_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        self.run(self._review.pending, self.show_requests)

    def show_requests(self, requests: list[ExtensionRequest]) -> None:
        self.requests = list(requests)
        fill_table(
            self.table,
            [tr("办件编号"), tr("窗口"), tr("事项"), tr("申请延长（工作日）"), tr("理由"), tr("申请日期")],
            [[r.case_number, r.window, r.matter_name, r.days, r.reason, r.requested_on.isoformat()] for r in requests],
        )

    def decide(self, approve: bool) -> None:
        """Answer the selected request (the first one when none is selected)."""
        row = self.table.currentRow()
        if not self.requests:
            self.message.fail(tr("没有待审批的延时申请"))
            return
        request = self.requests[row if 0 <= row < len(self.requests) else 0]
        note = self.note_edit.text().strip()
        done_text = tr("已批准") if approve else tr("已不批准")
        self.run(
            lambda a: self._review.decide(a, request.case_id, approve=approve, note=note),
            lambda _r: self.refresh(),
            done_text + colon() + request.case_number,
        )
