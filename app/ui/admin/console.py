"""The administrator's console (管理控制台): one tab per kind of reference data.

It opens only for a 中心管理员; anyone else sees why and nothing else. The service
checks the role again on every call, so a console left open after a user switch
cannot be used by the next person.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.admin.common import ActorSource, MessageLine, PanelBase, is_admin, tr
from app.ui.admin.matters import MatterEditor
from app.ui.admin.posts import PostsPanel
from app.ui.admin.province import ProvincePanel
from app.ui.admin.sms import SmsPanel
from app.ui.admin.settings import SettingsPanel
from app.ui.admin.staff import StaffPanel
from app.ui.admin.windows import WindowsPanel
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.catalog_admin import CatalogImportResult
    from app.services.console import ConsoleService


class AdminConsole(QWidget):
    """Tabs: matters, windows, staff, AB posts and substitutes, calendar and hall settings."""

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._console = console
        self._ops = ops
        self._actor = actor
        #: False when the person logged in may not use the console (only the refusal is shown).
        self.opened = is_admin(actor())

        layout = QVBoxLayout(self)
        self.denied_label = QLabel(tr("管理控制台仅限中心管理员使用，当前登录人员无此权限。"), self)
        self.denied_label.setVisible(not self.opened)
        layout.addWidget(self.denied_label)
        self.tabs = QTabWidget(self)
        self.panels: list[PanelBase] = []
        if not self.opened:
            self.tabs.setVisible(False)
            layout.addWidget(self.tabs)
            return
        self.matters = MatterEditor(console, ops, actor, self)
        self.windows = WindowsPanel(console, ops, actor, self)
        self.staff = StaffPanel(console, ops, actor, self)
        self.posts = PostsPanel(console, ops, actor, self)
        self.settings = SettingsPanel(console, ops, actor, self)
        self.province = ProvincePanel(console, ops, actor, self)
        self.sms = SmsPanel(console, ops, actor, self)
        for panel, title in (
            (self.matters, tr("事项目录")),
            (self.windows, tr("部门与窗口")),
            (self.staff, tr("工作人员")),
            (self.posts, tr("AB岗与顶岗")),
            (self.settings, tr("日历与大厅设置")),
            (self.province, tr("省平台")),
            (self.sms, tr("短信")),
        ):
            self.tabs.addTab(panel, title)
            self.panels.append(panel)
        self.import_button = QPushButton(tr("导入事项目录…"), self)
        self.export_button = QPushButton(tr("导出事项目录…"), self)
        self.message = MessageLine(self)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.message, 1)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择事项目录文件"), "", tr("事项目录 (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a catalog file (all-or-nothing) and reload every tab."""
        actor = self._actor()
        if actor is None:
            return

        def done(result: CatalogImportResult) -> None:
            text = tr("已导入%1个事项").replace("%1", str(result.summary.matters))
            if result.warnings:
                text += tr("；提示%1条").replace("%1", str(len(result.warnings)))
            self.message.ok(text)
            self.refresh()

        self._ops.run(
            lambda: self._console.import_catalog(actor, path.read_bytes(), str(path)), done, self.message.fail
        )

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("导出事项目录"), "catalog.json", tr("事项目录 (*.json)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        actor = self._actor()
        if actor is None:
            return
        self._ops.run(
            lambda: path.write_text(self._console.export_catalog(actor), encoding="utf-8"),
            lambda _r: self.message.ok(tr("已导出到%1").replace("%1", str(path))),
            self.message.fail,
        )
