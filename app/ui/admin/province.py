"""The console tab 省平台: the newest 实施清单 from the province with what approving it would
change, the approve button, and the items the platform rejected with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QTableWidget, QVBoxLayout, QWidget

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.console import ConsoleService
    from app.services.province_catalog import PullView


class ProvincePanel(PanelBase):
    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console
        self.pull: PullView | None = None
        self.pull_label = QLabel(self)
        self.pull_label.setWordWrap(True)
        self.diff_list = QListWidget(self)
        self.approve_button = QPushButton(tr("批准并发布到各窗口"), self)
        self.approve_button.setEnabled(False)
        self.rejected_label = QLabel(tr("被省平台拒收的报送项（更正后用 admin province resend 重发）"), self)
        self.rejected_table = QTableWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.approve_button)
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pull_label)
        layout.addWidget(self.diff_list, 1)
        layout.addLayout(bar)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_table, 1)
        # Tab: the differences, 批准并发布, the rejected items (left by Tab, not walked by cell).
        self.rejected_table.setTabKeyNavigation(False)
        set_tab_order(self.diff_list, self.approve_button, self.rejected_table)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)

    def refresh(self) -> None:
        self.run(self._console.province_catalog, self._show_pull)
        self.run(self._console.province_rejected, self._show_rejected)

    def _show_pull(self, pull: PullView | None) -> None:
        self.pull = pull
        self.diff_list.clear()
        if pull is None:
            self.pull_label.setText(tr("尚未从省平台取回实施清单（服务器上执行 admin province catalog pull）"))
            self.approve_button.setEnabled(False)
            return
        version = pull.version or tr("（无版本号）")
        self.pull_label.setText(tr("实施清单 %1：%2").replace("%1", version).replace("%2", pull.state_name))
        self.diff_list.addItems(list(pull.diff) or ([pull.problem] if pull.problem else []))
        self.approve_button.setEnabled(pull.state == "pending" and bool(pull.diff))

    def _show_rejected(self, items: list[Any]) -> None:
        fill_table(
            self.rejected_table,
            [tr("编号"), tr("日期"), tr("类别"), tr("办件编号"), tr("省平台的理由")],
            [[i.event_id, i.day.isoformat(), i.rtype, i.case_number or "", i.reason or ""] for i in items],
        )

    def _on_approve_button_clicked(self) -> None:
        pull = self.pull
        if pull is None:
            return

        def done(result: PullView) -> None:
            self.message.ok(tr("已发布：参考数据第 %1 版，各窗口下次同步时取得").replace("%1", str(result.release_no)))
            self.refresh()

        self.run(lambda actor: self._console.approve_province_catalog(actor, pull.id), done)
