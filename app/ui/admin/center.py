"""The center's workspace: dashboard, statistics, attendance, registers and (for administrators) the console.

The composition root builds it with the center-side services and the op runner and
puts it in the main window for people with a center role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.enums import Role
from app.ui.admin.attendance import AttendancePanel
from app.ui.admin.common import ActorSource, is_admin, tr
from app.ui.admin.console import AdminConsole
from app.ui.admin.dashboard import SupervisionDashboard
from app.ui.admin.registers import RegistersPage
from app.ui.admin.statistics import StatisticsPanel
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.console import ConsoleService
    from app.services.registers import RegisterService
    from app.services.reports import ReportService
    from app.services.supervision import SupervisionService

#: The ``Services.extras`` keys the center-side screens use; ``store`` is what the others are built from.
CENTER_KEYS = ("registers", "supervision", "reports", "console")


def _build(name: str, store: Any, clock: Callable[[], datetime] | None) -> Any:
    """One center service over ``store``; imported here so the UI never imports the store itself."""
    if name == "registers":
        from app.services.registers import RegisterService

        return RegisterService(store, clock)
    if name == "supervision":
        from app.services.supervision import SupervisionService

        return SupervisionService(store, clock)
    if name == "reports":
        from app.services.reports import ReportService

        return ReportService(store, clock)
    from app.services.console import ConsoleService

    return ConsoleService(store, clock)


class CenterServices:
    """The center's services for one window PC: taken from the composition root's extras when it put them
    there, otherwise built on first use from ``extras["store"]`` — so a PC without them still starts."""

    def __init__(self, extras: Mapping[str, Any], clock: Callable[[], datetime] | None = None) -> None:
        self._extras = extras
        self._clock = clock
        self._built: dict[str, Any] = {}

    def available(self) -> bool:
        """Whether every center service can be had (given, or buildable from the store)."""
        return self._extras.get("store") is not None or all(self._extras.get(k) is not None for k in CENTER_KEYS)

    def get(self, name: str) -> Any:
        """The service called ``name`` (one of :data:`CENTER_KEYS`); :class:`LookupError` when unavailable."""
        if name not in CENTER_KEYS:
            raise LookupError(name)
        given = self._extras.get(name)
        if given is not None:
            return given
        if name not in self._built:
            store = self._extras.get("store")
            if store is None:
                raise LookupError(tr("本机未配置中心服务（%1）").replace("%1", name))
            self._built[name] = _build(name, store, self._clock)
        return self._built[name]

    @property
    def registers(self) -> RegisterService:
        return self.get("registers")  # type: ignore[no-any-return]

    @property
    def supervision(self) -> SupervisionService:
        return self.get("supervision")  # type: ignore[no-any-return]

    @property
    def reports(self) -> ReportService:
        return self.get("reports")  # type: ignore[no-any-return]

    @property
    def console(self) -> ConsoleService:
        return self.get("console")  # type: ignore[no-any-return]


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
        if self.dashboard is not None:
            self.addTab(self.dashboard, tr("电子监察"))
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
        self.statistics.refresh()
        if self.attendance is not None:
            self.attendance.refresh()
        self.registers.refresh()
