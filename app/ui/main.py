"""Entry helpers the composition root calls: the counter window and the ticket kiosk.

Start-up is ordered for speed: the Qt application, translator and font come first
and a small window appears at once; the services (SQLAlchemy, the stores, pinyin
index) are built on the worker thread by the factory the composition root passes
in, and only then the login dialog opens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.context import Services
from app.ui.look import apply_look
from app.ui.ops import OpRunner, error_message
from app.ui.translations import install_translator

if TYPE_CHECKING:
    from app.settings import Settings


def make_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    """The QApplication with high-DPI scaling, the translator, the bundled font and the style."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CounterDesk")
    app.setOrganizationName("CounterDesk")
    install_translator(app, settings.language)
    app.setApplicationDisplayName(QApplication.translate("Startup", "窗口受理台"))
    apply_look(app, large_font=settings.large_font, high_contrast=settings.high_contrast)
    return app


class PendingServices:
    """Stands in for :class:`Services` while they are being built on the worker.

    ``settings`` is there at once; every other attribute is the built service's. Work queued on
    the :class:`OpRunner` runs after the build (one worker, in order), so a login typed before
    the build finishes simply waits for it.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.built: Services | None = None

    def __getattr__(self, name: str) -> object:
        built = self.__dict__.get("built")
        if built is None:
            raise AttributeError(f"services not built yet: {name}")
        return getattr(built, name)


def run_counter(services_factory: Callable[[], Services], settings: Settings, *, notice: str = "") -> int:
    """Run the counter window until the clerk quits; returns the exit code.

    ``notice`` (e.g. that the central password was moved out of the settings file) is
    shown on the login dialog for whoever is at the PC.

    The login dialog is shown at once; ``services_factory`` runs on the worker thread
    meanwhile (SQLAlchemy, migrations, the search index), and the main window is built
    when the person has logged in.
    """
    from app.logs import report_shown
    from app.ui.login import LoginDialog

    app = make_application(settings)
    ops = OpRunner(app)
    pending = PendingServices(settings)
    state: dict[str, object] = {}
    dialog = LoginDialog(pending, ops)  # type: ignore[arg-type]  # PendingServices answers its session calls
    if notice:
        dialog.error_label.setText(notice)

    def build() -> Services:
        # Set on the worker itself: the login job queued behind this one runs on the same
        # thread and must find the services before the GUI thread hears of them.
        services = services_factory()
        pending.built = services
        return services

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        dialog.reject()
        QMessageBox.critical(None, QApplication.translate("Startup", "无法启动"), error_message(exc))
        state["code"] = 1

    ops.run(build, None, failed, label=QApplication.translate("Startup", "正在连接数据"))

    def logged_in() -> None:
        from app.ui.devices_printer_sync import CounterPeripherals
        from app.ui.main_window import MainWindow

        services = pending.built
        if services is not None and dialog.back_office is not None:
            from app.ui.backoffice.window import BackOfficeWindow

            # The back-office PC: the workbench only (no queue keys, evaluator or LED).
            workbench = BackOfficeWindow(services, ops, dialog.back_office)
            state["window"] = workbench
            workbench.showMaximized()
            workbench.activateWindow()
            workbench.refresh()
            return
        if services is None or dialog.session_info is None:
            app.quit()
            return
        window = MainWindow(services, ops)
        state["window"] = window
        state["peripherals"] = CounterPeripherals(window, services, ops)
        window.start_session(dialog.session_info)
        window.restore_geometry()
        window.showMaximized()
        window.activateWindow()  # the F-keys work at once, without a click first
        window.raise_()

    report_shown("login", quit_app=dialog.reject)  # fires from the dialog's own loop, once on screen
    if dialog.exec() != QDialog.DialogCode.Accepted or state.get("code"):
        return int(state.get("code", 0))  # type: ignore[call-overload]  # "code" is only ever an int
    logged_in()
    code = app.exec()
    return int(state.get("code", code))  # type: ignore[call-overload]  # "code" is only ever an int


def run_kiosk(services_factory: Callable[[], Services], settings: Settings) -> int:
    """Run the ticket kiosk (``python -m app kiosk``) full screen until closed."""
    app = make_application(settings)
    ops = OpRunner(app)
    state: dict[str, object] = {}

    def built(services: Services) -> None:
        from app.logs import report_shown
        from app.ui.kiosk import KioskWindow

        window = KioskWindow(services, ops)
        state["window"] = window
        window.showFullScreen()
        report_shown("kiosk")

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QApplication.translate("Startup", "无法启动"), error_message(exc))
        app.quit()

    ops.run(services_factory, built, failed)
    return app.exec()
