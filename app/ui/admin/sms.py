"""The console tab 短信: notices that failed or whose delivery the gateway never confirmed,
for the center to phone the applicant or queue the message again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.console import ConsoleService
    from app.services.sms_sender import SmsRow


class SmsPanel(PanelBase):
    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console
        self.rows: list[SmsRow] = []
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resend_button = QPushButton(tr("重新发送所选短信"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.resend_button)
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        # Tab: the messages (left by Tab, not walked by cell), then 重新发送.
        self.table.setTabKeyNavigation(False)
        set_tab_order(self.table, self.resend_button)
        self.resend_button.clicked.connect(self._on_resend_button_clicked)

    def refresh(self) -> None:
        self.run(self._console.sms_attention, self._show)

    def _show(self, rows: list[SmsRow]) -> None:
        self.rows = rows
        if rows:
            self.info.setText(
                tr("%1 条短信未能确认送达：“未确认”的可能已经送达，重发前请先电话核实").replace("%1", str(len(rows)))
            )
        else:
            self.info.setText(tr("没有发送失败或未确认的短信"))
        fill_table(
            self.table,
            [tr("编号"), tr("类别"), tr("手机号"), tr("状态"), tr("尝试次数"), tr("时间"), tr("原因")],
            [
                [
                    r.id,
                    r.template,
                    r.phone_masked,
                    r.state,
                    str(r.attempts),
                    f"{r.updated_at:%m-%d %H:%M}",
                    r.last_error,
                ]
                for r in rows
            ],
        )
        self.resend_button.setEnabled(bool(rows))

    def _on_resend_button_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.message.fail(tr("请先选择一条短信"))
            return
        chosen = self.rows[row]

        def done(_: object) -> None:
            self.message.ok(tr("已重新排队：%1").replace("%1", chosen.phone_masked))
            self.refresh()

        self.run(lambda actor: self._console.sms_resend(actor, chosen.id), done)
