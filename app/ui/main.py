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
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.ui.context import Services
from app.ui.i18n import apply_look, install_translator
from app.ui.ops import OpRunner, error_message

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
    app.setApplicationDisplayName("窗口受理台")
    app.setOrganizationName("CounterDesk")
    install_translator(app, settings.language)
    apply_look(app, large_font=settings.large_font)
    return app


def _starting_label() -> QLabel:
    label = QLabel(QApplication.translate("Startup", "窗口受理台正在启动，请稍候……"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWindowFlag(Qt.WindowType.SplashScreen)
    label.setMinimumSize(420, 120)
    return label


def run_counter(services_factory: Callable[[], Services], settings: Settings) -> int:
    """Run the counter window until the clerk quits; returns the exit code.

    ``services_factory`` is called once, off the GUI thread.
    """
    app = make_application(settings)
    ops = OpRunner(app)
    splash = _starting_label()
    splash.show()
    state: dict[str, object] = {}

    def built(services: Services) -> None:
        from app.ui.login import LoginDialog
        from app.ui.main_window import MainWindow

        splash.close()
        window = MainWindow(services, ops)
        state["window"] = window
        from app.ui.peripherals import CounterPeripherals

        state["peripherals"] = CounterPeripherals(window, services, ops)
        dialog = LoginDialog(services, ops)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session_info is None:
            app.quit()
            state["code"] = 0
            return
        window.start_session(dialog.session_info)
        window.restore_geometry()
        window.showMaximized()

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        splash.close()
        QMessageBox.critical(None, QApplication.translate("Startup", "无法启动"), error_message(exc))
        state["code"] = 1
        app.quit()

    ops.run(services_factory, built, failed, label=QApplication.translate("Startup", "正在连接数据"))
    code = app.exec()
    return int(state.get("code", code))  # type: ignore[call-overload]


def run_kiosk(services_factory: Callable[[], Services], settings: Settings) -> int:
    """Run the ticket kiosk (``python -m app kiosk``) full screen until closed."""
    app = make_application(settings)
    ops = OpRunner(app)
    state: dict[str, object] = {}

    def built(services: Services) -> None:
        from app.ui.kiosk import KioskWindow

        window = KioskWindow(services, ops)
        state["window"] = window
        window.showFullScreen()

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QApplication.translate("Startup", "无法启动"), error_message(exc))
        app.quit()

    ops.run(services_factory, built, failed)
    return app.exec()
