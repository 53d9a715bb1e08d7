"""Screenshot of the intake page after an ID card was placed on the reader and three
materials were photographed with the (emulated) 高拍仪 → docs/screenshots/11_intake_card_capture.png.

Run: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.ui.make_capture_screenshot``.
The reader is the emulator on a pseudo-terminal, the card 王𬌗, the keys go to the widgets.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(os.environ.get("CD_SCREENSHOT_DIR") or Path(__file__).resolve().parents[2] / "docs" / "screenshots") / (
    "11_intake_card_capture.png"
)


def _settle(app: QApplication, seconds: float, until=lambda: False) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = QApplication(sys.argv)
    from app.bootstrap import wire_window
    from app.devices.capture.camera import EmulatedCamera
    from app.devices.capture.scanner import EmulatedScanner
    from app.devices.config import DeviceConfig
    from app.devices.emulators.idcard import IdCardReaderEmulator
    from app.devices.qt_bridge import DeviceHub
    from app.services.demo import DEMO_PASSWORD
    from app.settings import Settings
    from app.ui.look import apply_look
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner
    from app.ui.translations import install_translator

    install_translator(app, "zh_CN")
    apply_look(app)
    root = Path(tempfile.mkdtemp())
    reader = IdCardReaderEmulator()
    hub = DeviceHub([DeviceConfig("身份证阅读器", "idcard", reader.serve_pty(), "sam/1")])
    hub.start()
    camera = EmulatedCamera()
    settings = Settings(window_code="01", hall_code="510626-LJJK", store_url=f"sqlite+pysqlite:///{root / 'w.db'}")
    services = replace(wire_window(settings, devices=hub, camera=camera, demo=True).services, scanner=EmulatedScanner())
    window = MainWindow(services, OpRunner(synchronous=True))
    window.resize(1366, 740)
    window.show()
    window.start_session(services.session.login("0101", DEMO_PASSWORD))
    _settle(app, 0.5)
    page = window.intake_page
    page.start("LJ21-040")
    window.tabs.setCurrentWidget(page)
    reader.place("王𬌗")
    _settle(app, 5, lambda: page.fields["name"].edit.text() == "王𬌗")
    for key in "13800138000":
        QTest.keyClick(page.fields["phone"].edit, key)
    for _ in range(3):
        QTest.keyClick(page.checklist_view, Qt.Key.Key_P)
        _settle(app, 0.6)
    page.checklist_view.setCurrentIndex(page.checklist.index(0, 0))
    _settle(app, 1.0)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT))
    print(OUT)
    camera.stop()
    hub.stop()
    reader.stop()
    window.close()
    window.deleteLater()
    _settle(app, 0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
