"""The window PC as the composition root wires it: every service the UI uses is a typed
field of ``Services`` — the center's included — so the demo hall's 中心管理员 gets the
center's workspace and a clerk the 登记 menu, with no store handed to the UI."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import wire_window
from app.services.demo import DEMO_PASSWORD
from app.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.ops import OpRunner


def test_the_composition_root_wires_the_center_for_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(window_code="01", store_url=f"sqlite+pysqlite:///{tmp_path / 'window.db'}")
    services = wire_window(settings, demo=True).services
    assert services.ratings is not None and services.center is not None
    assert services.sync_status is None  # no central store configured: no sync lamp
    ops = OpRunner(synchronous=True)
    window = MainWindow(services, ops)
    qtbot.addWidget(window)

    window.start_session(services.session.login("9001", DEMO_PASSWORD))
    workspace = window.workspace
    assert workspace is not None and workspace.console is not None
    assert [workspace.tabText(i) for i in range(workspace.count())][-2:] == ["登记台账", "管理控制台"]

    services.session.logout()
    window.start_session(services.session.login("0101", DEMO_PASSWORD))
    assert window.workspace is None
    assert window.register_menu.menuAction().isVisible() and window.key_actions["reg_consultations"].isEnabled()
    window.open_registers("consultations")
    assert window.registers_dialog is not None and window.registers_dialog.isVisible()
    window.close()
