"""The first-run setup wizard, driven like the IT person would, writing a real settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.devices.emulators.led import LedEmulator
from app.devices.emulators.printer import VirtualPrinter
from app.selfcheck import DEVICE_TEST_TEXT, SetupProbes
from app.services.catalog_admin import import_catalog
from app.settings import Settings, load_settings
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.uow import Store
from app.ui.paths import resources_dir
from app.ui.setup.wizard import SetupWizard, postgres_url_for, sqlite_url_for
from tests.install.conftest import Dirs


@pytest.fixture
def hall_db(tmp_path: Path) -> Path:
    """A township center's store with the demo catalog (12 windows)."""
    path = tmp_path / "township.db"
    store = Store(make_engine(sqlite_url_for(str(path))))
    upgrade(store.engine)
    import_catalog(store, (resources_dir() / "catalog" / "demo_catalog.json").read_bytes())
    store.dispose()
    return path


@pytest.fixture
def led() -> Iterator[LedEmulator]:
    screen = LedEmulator()
    screen.serve_tcp()
    yield screen
    screen.stop()


def click_and_wait(qtbot: QtBot, wizard: SetupWizard, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(wizard.ops.is_idle, timeout=15_000)


def test_the_wizard_tests_each_part_and_writes_the_settings_file(
    qtbot: QtBot, dirs: Dirs, hall_db: Path, led: LedEmulator
) -> None:
    target = dirs.settings_file
    wizard = SetupWizard(SetupProbes(), Settings(), target=target)
    qtbot.addWidget(wizard)
    wizard.show()

    # Store: a local SQLite file; Next stays disabled until the test passed
    store_page = wizard.store_page
    store_page.local.setChecked(True)
    store_page.sqlite_path.setText(str(hall_db))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_and_wait(qtbot, wizard, store_page.test.button)
    assert store_page.test.result.text().startswith("✔ sqlite+pysqlite:///")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()

    # Window: the store's windows are offered
    window_page = wizard.window_page
    assert window_page.window_box.count() == 12
    window_page.window_box.setCurrentIndex(window_page.window_box.findData("05"))
    assert window_page.window_code() == "05"
    wizard.next()

    # Printer: a test ticket comes out of the virtual printer
    with VirtualPrinter("127.0.0.1", 0) as printer:
        printer_page = wizard.printer_page
        printer_page.url.setText(f"tcp://127.0.0.1:{printer.port}")
        printer_page.width_box.setCurrentIndex(printer_page.width_box.findData(58))
        click_and_wait(qtbot, wizard, printer_page.test.button)
        assert printer_page.test.result.text().startswith("✔ ")
        assert printer.wait_for_slips(1)[0].cut
    wizard.next()

    # Devices: the LED screen shows the test text; no evaluator on this PC
    devices = wizard.devices_page
    devices.led.url.setText(led.url)
    devices.led.protocol.setCurrentIndex(devices.led.protocol.findData("cdk-led/1"))
    click_and_wait(qtbot, wizard, devices.led.test.button)
    assert devices.led.test.result.text().startswith("✔ ")
    assert DEVICE_TEST_TEXT in led.displayed_text
    wizard.next()

    summary = wizard.summary_page.text.text()
    assert f"设置文件：{target}" in summary and "窗口：05" in summary
    with qtbot.waitSignal(wizard.settings_saved) as saved:
        wizard.accept()

    # Then the file is where the program looks, and reads back as chosen
    assert saved.args == [target]
    written = load_settings(target)
    assert written.window_code == "05"
    assert written.store_url == f"sqlite+pysqlite:///{hall_db}"
    assert written.central_url == ""
    assert written.printer.url == f"tcp://127.0.0.1:{printer.port}" and written.printer.width_mm == 58
    assert (written.led.url, written.led.protocol) == (led.url, "cdk-led/1")
    assert (written.evaluator.url, written.evaluator.protocol) == ("", "")


def test_a_failed_store_test_says_why_and_editing_after_a_pass_asks_for_a_new_test(
    qtbot: QtBot, dirs: Dirs, hall_db: Path, tmp_path: Path
) -> None:
    wizard = SetupWizard(SetupProbes(), Settings(), target=dirs.settings_file)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.store_page

    page.central.setChecked(True)
    page.host.setText("127.0.0.1")
    page.port.setValue(1)
    page.database.setText("hall")
    page.user.setText("window05")
    page.password.setText("secret")
    click_and_wait(qtbot, wizard, page.test.button)
    assert page.test.result.text().startswith("✘ 无法打开数据库 postgresql+psycopg://window05:***@127.0.0.1:1/hall")
    assert not page.isComplete()

    page.local.setChecked(True)
    page.sqlite_path.setText(str(hall_db))
    click_and_wait(qtbot, wizard, page.test.button)
    assert page.isComplete()
    page.sqlite_path.setText(str(tmp_path / "other.db"))
    assert not page.isComplete()


def test_an_existing_central_url_is_shown_split_into_fields(qtbot: QtBot, dirs: Dirs) -> None:
    url = postgres_url_for("db.hall.local", 5433, "hall", "window05", "p@ss:w/rd")
    wizard = SetupWizard(SetupProbes(), Settings(central_url=url), target=dirs.settings_file)
    qtbot.addWidget(wizard)
    page = wizard.store_page
    assert page.central.isChecked()
    assert (page.host.text(), page.port.value(), page.database.text()) == ("db.hall.local", 5433, "hall")
    assert (page.user.text(), page.password.text()) == ("window05", "p@ss:w/rd")
    assert page.url() == url


def test_postgres_url_quotes_user_and_password() -> None:
    url = make_url(postgres_url_for("db.hall.local", 5432, "hall", "window05", "p@ss:w/rd"))
    assert (url.drivername, url.host, url.port, url.database) == ("postgresql+psycopg", "db.hall.local", 5432, "hall")
    assert (url.username, url.password) == ("window05", "p@ss:w/rd")


def test_cancelling_the_wizard_writes_nothing(qtbot: QtBot, dirs: Dirs) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.setup import run_setup_wizard

    def cancel() -> None:
        [wizard] = [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
        wizard.reject()

    QTimer.singleShot(0, cancel)
    assert run_setup_wizard(SetupProbes(), Settings(window_code="03"), target=dirs.settings_file) is None
    assert not dirs.settings_file.exists()
