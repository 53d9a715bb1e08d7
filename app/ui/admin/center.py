"""The center's workspace: dashboard, statistics, attendance, registers and (for administrators) the console.

The main window builds it, for people with a center role, from the center services
the composition root wired (:class:`app.ui.context.CenterServices`) and the op runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.enums import Role
from app.ui.admin.attendance import AttendancePanel
from app.ui.admin.common import ActorSource, is_admin, tr
from app.ui.admin.console import AdminConsole
from app.ui.admin.dashboard import SupervisionDashboard
from app.ui.admin.extensions import ExtensionReviewPanel
from app.ui.admin.registers import RegistersPage
from app.ui.admin.statistics import StatisticsPanel
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.clock_events import ExtensionReviewService
    from app.services.console import ConsoleService
    from app.services.registers import RegisterService
    from app.services.reports import ReportService
    from app.services.supervision import SupervisionService


class CenterWorkspace(QTabWidget):
    """Tabs for the center; attendance for the center and leads, the console only for a 中心管理员."""

    def __init__(
        self,
        *,
        registers: RegisterService,
        supervision: SupervisionService,
        reports: ReportService,
        console: ConsoleService,
        ops: OpRunner,
        actor: ActorSource,
        extensions: ExtensionReviewService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        current = actor()
        center = current is not None and (current.has_role(Role.ADMIN.value) or current.has_role(Role.SUPERVISOR.value))
        self.dashboard = SupervisionDashboard(supervision, reports, ops, actor, self) if center else None
        self.statistics = StatisticsPanel(reports, ops, actor, self)
        lead = current is not None and current.has_role(Role.LEAD.value)
        self.attendance = AttendancePanel(supervision, ops, actor, reports.today(), self) if center or lead else None
        self.registers = RegistersPage(registers, ops, actor, self)
        self.console = AdminConsole(console, ops, actor, self) if is_admin(current) else None
        self.extensions = (
            ExtensionReviewPanel(extensions, ops, actor, self) if center and extensions is not None else None
        )
        if self.dashboard is not None:
            self.addTab(self.dashboard, tr("电子监察"))
        if self.extensions is not None:
            self.addTab(self.extensions, tr("延时审批"))
        self.addTab(self.statistics, tr("统计"))
        if self.attendance is not None:
            self.addTab(self.attendance, tr("考勤"))
        self.addTab(self.registers, tr("登记台账"))
        if self.console is not None:
            self.addTab(self.console, tr("管理控制台"))

    def refresh(self) -> None:
        """Reload every tab (after login, or when the person switches to this workspace)."""
        if self.dashboard is not None:
            self.dashboard.refresh()
        if self.extensions is not None:
            self.extensions.refresh()
        self.statistics.refresh()
        if self.attendance is not None:
            self.attendance.refresh()
        self.registers.refresh()
