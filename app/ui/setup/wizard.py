"""The first-run setup wizard: store → window → printer → devices → save.

Why a wizard and not a settings file template: the IT person installing a hall PC
should be able to prove each part works *while* configuring it (test connection,
print a test ticket, light the LED screen) and end up with a valid settings file in
the platform's config directory, written only through :func:`app.settings.save_settings`.

The wizard knows no database, printer or serial library: every test goes through the
``probes`` object it is given (``app.selfcheck.SetupProbes`` in the program, the same
code the self-check runs) on the background-op runner, so a slow network never
freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.settings import DeviceSettings, Settings, data_dir, save_settings, settings_path
from app.ui.ops import OpRunner, error_message
from app.ui.punctuation import paren

#: Default PostgreSQL port shown in the form.
POSTGRES_PORT = 5432


class WindowLike(Protocol):
    """A window of the store (``app.selfcheck.WindowChoice``)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...


class StoreProbeLike(Protocol):
    """What a store test returns (``app.selfcheck.StoreProbe``)."""

    @property
    def detail(self) -> str: ...
    @property
    def windows(self) -> Sequence[WindowLike]: ...


class SetupProbesLike(Protocol):
    """The tests the wizard runs; each blocks and raises an error with a Chinese message."""

    def test_store(self, url: str) -> StoreProbeLike: ...

    def test_printer(self, url: str, width_mm: int, text_mode: str) -> str: ...

    def test_device(self, role: str, url: str, protocol: str, address: int) -> str: ...

    def protocols(self, role: str) -> list[tuple[str, str]]: ...


def sqlite_url_for(path: str) -> str:
    """The store URL of an embedded SQLite file."""
    return f"sqlite+pysqlite:///{Path(path).expanduser()}"


def postgres_url_for(host: str, port: int, database: str, user: str, password: str) -> str:
    """A ``postgresql+psycopg`` URL with user and password quoted (``@`` or ``:`` in a password)."""
    credentials = quote(user, safe="")
    if password:
        credentials += ":" + quote(password, safe="")
    return f"postgresql+psycopg://{credentials}@{host}:{port}/{quote(database, safe='')}"


class _TestRow(QWidget):
    """A "test" button with the last result beside it; remembers which values passed."""

    #: Fact: a test finished (``ok``) for the values it was started with.
    tested = Signal(bool)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passed_for: object | None = None
        self.button = QPushButton(label, self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("SetupTestResult")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.result, 1)

    def start(
        self, ops: OpRunner, key: object, work: Callable[[], object], on_success: Callable[[object], str]
    ) -> None:
        """Run ``work`` in the background; ``on_success`` turns its result into the shown text."""
        self.passed_for = None
        self.button.setEnabled(False)
        self.result.setText(self.tr("正在测试……"))
        self.result.setProperty("state", "running")

        def succeeded(result: object) -> None:
            self.button.setEnabled(True)
            self.passed_for = key
            self.result.setText("✔ " + on_success(result))
            self.result.setProperty("state", "ok")
            self.tested.emit(True)

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.result.setText("✘ " + (str(getattr(exc, "message", "")) or error_message(exc)))
            self.result.setProperty("state", "failed")
            self.tested.emit(False)

        ops.run(work, succeeded, failed, label=self.button.text())


class StorePage(QWizardPage):
    """Where cases are kept: the hall's central PostgreSQL, or an SQLite file on this PC."""

    def __init__(self, probes: SetupProbesLike, ops: OpRunner, settings: Settings) -> None:
        super().__init__()
        self._probes = probes
        self._ops = ops
        #: windows found by the last successful test
        self.windows: tuple[WindowLike, ...] = ()
        self.local = QRadioButton(self)
        self.central = QRadioButton(self)
        self._mode = QButtonGroup(self)
        self.sqlite_path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.test = _TestRow("", self)
        self._local_box = QGroupBox(self)
        self._central_box = QGroupBox(self)
        self._local_form = QFormLayout(self._local_box)
        self._central_form = QFormLayout(self._central_box)

        self._mode.addButton(self.local)
        self._mode.addButton(self.central)
        self.port.setRange(1, 65535)
        self.port.setValue(POSTGRES_PORT)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sqlite_path.setText(_sqlite_path_of(settings.store_url) or str(data_dir() / "window.db"))
        if settings.central_url.startswith("postgresql"):
            self.central.setChecked(True)
            self._fill_from_url(settings.central_url)
        else:
            self.local.setChecked(True)

        path_row = QHBoxLayout()
        path_row.addWidget(self.sqlite_path, 1)
        path_row.addWidget(self.browse)
        self._local_form.addRow(self.tr("数据库文件"), path_row)
        self._central_form.addRow(self.tr("服务器"), self.host)
        self._central_form.addRow(self.tr("端口"), self.port)
        self._central_form.addRow(self.tr("数据库名"), self.database)
        self._central_form.addRow(self.tr("用户名（本窗口专用）"), self.user)
        self._central_form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self._local_box)
        layout.addWidget(self.central)
        layout.addWidget(self._central_box)
        layout.addWidget(self.test)
        layout.addStretch(1)

        self._mode.buttonToggled.connect(self._on_mode_button_toggled)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.test.button.clicked.connect(self._on_test_clicked)
        self.test.tested.connect(self._on_test_tested)
        for edit in (self.sqlite_path, self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self.completeChanged)
        self.port.valueChanged.connect(self.completeChanged)
        self.retranslate()
        self._on_mode_button_toggled()

    def retranslate(self) -> None:
        """Set every visible text."""
        self.setTitle(self.tr("数据库"))
        self.setSubTitle(self.tr("大厅有中心服务器时选择中心库；只有一台电脑的乡镇便民服务中心选择本机数据库。"))
        self.local.setText(self.tr("本机数据库（单机，SQLite 文件）"))
        self.central.setText(self.tr("大厅中心库（PostgreSQL）"))
        self.browse.setText(self.tr("浏览……"))
        self.test.button.setText(self.tr("测试连接"))
        self.host.setPlaceholderText("192.168.1.10")
        self.database.setPlaceholderText("counterdesk")
        self.user.setPlaceholderText("window05")

    def url(self) -> str:
        """The store URL the current form describes."""
        if self.local.isChecked():
            return sqlite_url_for(self.sqlite_path.text().strip())
        return postgres_url_for(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def apply_to(self, settings: Settings) -> Settings:
        """``settings`` with this page's choice."""
        if self.local.isChecked():
            return replace(settings, store_url=self.url(), central_url="")
        return replace(settings, central_url=self.url())

    def isComplete(self) -> bool:
        return self.test.passed_for == self.url()

    def _fill_from_url(self, url: str) -> None:
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(url)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or POSTGRES_PORT)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self.password.setText(unquote(parts.password or ""))

    @Slot()
    def _on_mode_button_toggled(self, *_args: Any) -> None:
        self._local_box.setEnabled(self.local.isChecked())
        self._central_box.setEnabled(self.central.isChecked())
        self.completeChanged.emit()

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("数据库文件"),
            self.sqlite_path.text(),
            self.tr("SQLite 数据库 (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)

    @Slot()
    def _on_test_clicked(self) -> None:
        url = self.url()

        def shown(result: object) -> str:
            self.windows = tuple(getattr(result, "windows", ()))
            return str(getattr(result, "detail", ""))

        self.test.start(self._ops, url, lambda: self._probes.test_store(url), shown)

    @Slot(bool)
    def _on_test_tested(self, _ok: bool) -> None:
        self.completeChanged.emit()


def _sqlite_path_of(url: str) -> str:
    prefix = "sqlite+pysqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) else ""


class WindowPage(QWizardPage):
    """Which service window this PC is (the store's list, or typed when the store has none)."""

    def __init__(self, store_page: StorePage, settings: Settings) -> None:
        super().__init__()
        self._store_page = store_page
        self._initial = settings.window_code
        self.window_box = QComboBox(self)
        self.hint = QLabel(self)
        self.window_box.setEditable(True)
        self.hint.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("本机窗口"), self.window_box)
        layout.addRow(self.hint)
        self.window_box.currentTextChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text."""
        self.setTitle(self.tr("窗口"))
        self.setSubTitle(self.tr("选择这台电脑所在的服务窗口；叫号、窗口屏和文书都使用这个窗口号。"))

    def initializePage(self) -> None:
        windows = self._store_page.windows
        self.window_box.clear()
        for window in windows:
            self.window_box.addItem(f"{window.code}  {window.name}", window.code)
        index = self.window_box.findData(self._initial)
        if index >= 0:
            self.window_box.setCurrentIndex(index)
        elif not windows:
            self.window_box.setEditText(self._initial)
        if windows:
            self.hint.setText(self.tr("数据库中有 %n 个窗口。", "", len(windows)))
        else:
            self.hint.setText(self.tr("数据库中还没有窗口（事项目录尚未导入），请直接输入窗口号。"))

    def window_code(self) -> str:
        """The chosen window's code."""
        box = self.window_box
        data = box.currentData()
        if data is not None and box.currentText() == box.itemText(box.currentIndex()):
            return str(data)
        return box.currentText().strip().split()[0] if box.currentText().strip() else ""

    def isComplete(self) -> bool:
        return bool(self.window_code())


class PrinterPage(QWizardPage):
    """The receipt printer: URL, paper width and how Chinese is printed; test print."""

    def __init__(self, probes: SetupProbesLike, ops: OpRunner, settings: Settings) -> None:
        super().__init__()
        self._probes = probes
        self._ops = ops
        self.url = QLineEdit(settings.printer.url, self)
        self.width_box = QComboBox(self)
        self.mode = QComboBox(self)
        self.examples = QLabel(self)
        self.test = _TestRow("", self)
        self.width_box.addItem("80 mm", 80)
        self.width_box.addItem("58 mm", 58)
        self.width_box.setCurrentIndex(max(0, self.width_box.findData(settings.printer.width_mm)))
        self.mode.addItem("", "raster")
        self.mode.addItem("", "resident")
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.printer.text_mode)))
        self.examples.setWordWrap(True)
        self.examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form = QFormLayout(self)
        self._form.addRow(self.tr("打印机地址"), self.url)
        self._form.addRow(self.tr("纸宽"), self.width_box)
        self._form.addRow(self.tr("中文打印方式"), self.mode)
        self._form.addRow(self.examples)
        self._form.addRow(self.test)
        self.test.button.clicked.connect(self._on_test_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text."""
        self.setTitle(self.tr("打印机"))
        self.setSubTitle(self.tr("小票打印机用于排队小票和各类告知书；可以以后再设置（留空）。"))
        self.mode.setItemText(0, self.tr("图像（使用程序自带字体，推荐）"))
        self.mode.setItemText(1, self.tr("打印机自带中文字库（GB18030）"))
        self.test.button.setText(self.tr("打印测试页"))
        self.url.setPlaceholderText("tcp://192.168.1.50:9100")
        self.examples.setText(
            self.tr(
                "地址示例：网络打印机 tcp://192.168.1.50:9100；串口 serial://COM3?baudrate=19200；"
                "USB 设备文件 file:///dev/usb/lp0；Windows 打印机 win32raw://打印机名称；"
                "CUPS 队列 cups://receipt；保存为 PDF pdf:///文件夹"
            )
        )

    def apply_to(self, settings: Settings) -> Settings:
        """``settings`` with this page's printer."""
        printer = replace(
            settings.printer,
            url=self.url.text().strip(),
            width_mm=int(self.width_box.currentData()),
            text_mode=str(self.mode.currentData()),
        )
        return replace(settings, printer=printer)

    @Slot()
    def _on_test_clicked(self) -> None:
        url, width, mode = self.url.text().strip(), int(self.width_box.currentData()), str(self.mode.currentData())
        self.test.start(self._ops, (url, width, mode), lambda: self._probes.test_printer(url, width, mode), str)


class _DeviceBox(QGroupBox):
    """URL, protocol and bus address of one device, with its test."""

    def __init__(
        self, role: str, probes: SetupProbesLike, ops: OpRunner, device: DeviceSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._probes = probes
        self._ops = ops
        self.url = QLineEdit(device.url, self)
        self.protocol = QComboBox(self)
        self.address = QSpinBox(self)
        self.test = _TestRow("", self)
        self._options = dict(device.options)
        for name, title in probes.protocols(role):
            self.protocol.addItem(title + paren(name), name)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(device.protocol)))
        self.address.setRange(1, 254)
        self.address.setValue(device.address)
        form = QGridLayout(self)
        self._labels = [QLabel(self), QLabel(self), QLabel(self)]
        for row, (label, widget) in enumerate(zip(self._labels, (self.url, self.protocol, self.address), strict=True)):
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.addWidget(self.test, 3, 0, 1, 2)
        self.test.button.clicked.connect(self._on_test_clicked)

    def retranslate(self, title: str) -> None:
        """Set every visible text."""
        self.setTitle(title)
        self._labels[0].setText(self.tr("连接地址"))
        self._labels[1].setText(self.tr("协议"))
        self._labels[2].setText(self.tr("总线地址"))
        self.test.button.setText(self.tr("测试"))
        self.url.setPlaceholderText(self.tr("COM3、/dev/ttyUSB0、socket://192.168.1.60:4001 或留空"))

    def settings(self) -> DeviceSettings:
        """This device as settings (empty URL = not installed)."""
        url = self.url.text().strip()
        return DeviceSettings(
            url=url,
            protocol=str(self.protocol.currentData() or "") if url else "",
            address=self.address.value(),
            options=self._options,
        )

    @Slot()
    def _on_test_clicked(self) -> None:
        url, protocol, address = self.url.text().strip(), str(self.protocol.currentData() or ""), self.address.value()
        self.test.start(
            self._ops,
            (url, protocol, address),
            lambda: self._probes.test_device(self.role, url, protocol, address),
            str,
        )


class DevicesPage(QWizardPage):
    """The rating evaluator and the LED window screen (both optional)."""

    def __init__(self, probes: SetupProbesLike, ops: OpRunner, settings: Settings) -> None:
        super().__init__()
        self.evaluator = _DeviceBox("evaluator", probes, ops, settings.evaluator, self)
        self.led = _DeviceBox("led", probes, ops, settings.led, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.evaluator)
        layout.addWidget(self.led)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text."""
        self.setTitle(self.tr("评价器和窗口屏"))
        self.setSubTitle(self.tr("没有的设备留空即可；串口设备请先确认端口号（见安装说明）。"))
        self.evaluator.retranslate(self.tr("评价器"))
        self.led.retranslate(self.tr("LED 窗口屏"))

    def apply_to(self, settings: Settings) -> Settings:
        """``settings`` with these devices."""
        return replace(settings, evaluator=self.evaluator.settings(), led=self.led.settings())


class SummaryPage(QWizardPage):
    """What will be written, and where."""

    def __init__(self, compose: Callable[[], Settings], target: Path) -> None:
        super().__init__()
        self._compose = compose
        self._target = target
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text."""
        self.setTitle(self.tr("完成"))
        self.setSubTitle(self.tr("点击“完成”保存设置。以后可以运行 counterdesk --self-check 检查本机。"))

    def initializePage(self) -> None:
        from app.logs import redact

        settings = self._compose()
        lines = [
            self.tr("设置文件：%1").replace("%1", str(self._target)),
            self.tr("窗口：%1").replace("%1", settings.window_code),
            self.tr("数据库：%1").replace("%1", redact(settings.central_url or settings.resolved_store_url())),
            self.tr("打印机：%1").replace("%1", settings.printer.url or self.tr("未设置")),
            self.tr("评价器：%1").replace("%1", settings.evaluator.url or self.tr("未设置")),
            self.tr("窗口屏：%1").replace("%1", settings.led.url or self.tr("未设置")),
        ]
        self.text.setText("\n".join(lines))


class SetupWizard(QWizard):
    """First-run setup; on *Finish* writes the settings file and emits :attr:`settings_saved`."""

    #: Fact: the settings file was written (its path).
    settings_saved = Signal(Path)

    def __init__(
        self,
        probes: SetupProbesLike,
        settings: Settings | None = None,
        *,
        target: Path | None = None,
        ops: OpRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._initial = settings or Settings()
        self._target = target or settings_path()
        self.ops = ops or OpRunner(self)
        #: the settings written by the last *Finish* (None before)
        self.saved: Settings | None = None
        self.store_page = StorePage(probes, self.ops, self._initial)
        self.window_page = WindowPage(self.store_page, self._initial)
        self.printer_page = PrinterPage(probes, self.ops, self._initial)
        self.devices_page = DevicesPage(probes, self.ops, self._initial)
        self.summary_page = SummaryPage(self.compose, self._target)

        self.setObjectName("SetupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for page in (self.store_page, self.window_page, self.printer_page, self.devices_page, self.summary_page):
            self.addPage(page)
        self.setWindowTitle(self.tr("窗口受理台 首次设置"))

    def compose(self) -> Settings:
        """The settings the pages describe now (the initial ones, changed page by page)."""
        settings = self.store_page.apply_to(self._initial)
        settings = replace(settings, window_code=self.window_page.window_code() or settings.window_code)
        settings = self.printer_page.apply_to(settings)
        return self.devices_page.apply_to(settings)

    def accept(self) -> None:
        settings = self.compose()
        path = save_settings(settings, self._target)
        self.saved = settings
        self.settings_saved.emit(path)
        super().accept()


def run_setup_wizard(
    probes: SetupProbesLike, settings: Settings | None = None, *, target: Path | None = None
) -> Settings | None:
    """Show the wizard modally (the QApplication must exist); the saved settings, or None if cancelled."""
    wizard = SetupWizard(probes, settings, target=target)
    wizard.show()
    from app.logs import report_shown

    report_shown("setup", quit_app=wizard.reject)  # a dialog's own loop ignores app.quit()
    wizard.exec()
    return wizard.saved
