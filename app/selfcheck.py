"""``counterdesk --self-check``: what the hall's IT person runs after installing.

Why it exists: a PC that "starts" is not a PC that works.  The check walks the same
paths a clerk's day does — settings, store and its migrations, the catalog, every
official document rendered to ESC/POS and PDF, the windows, the printer and each
device — and prints one line per item with the reason in Chinese::

    [通过] 数据库 sqlite+pysqlite:///…/window.db：结构版本 0002（已是最新）
    [失败] 打印机 tcp://192.168.1.50:9100：无法连接打印机 …：连接被拒绝 …

Exit status 0 only when no item failed (items not configured are ``[跳过]``).

``--demo`` checks a throw-away store in a temporary folder (the demo catalog is
imported when it is empty), the virtual receipt printer and the emulated devices,
so the same command proves a fresh build works before any hall settings exist.
It runs headless: without a display it uses Qt's ``offscreen`` platform, and the
display platform itself is probed in a child process first because a missing
system library (``libxcb-cursor0``) makes Qt abort the process it loads in.

The probe functions (:func:`probe_store`, :func:`probe_printer`,
:func:`probe_device`) are also what the first-run setup wizard's "test" buttons
call, through :class:`SetupProbes`.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import CounterDeskError
from app.logs import redact

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from app.devices.config import DeviceConfig
    from app.settings import Settings
    from app.store.uow import Store

#: The argument ``app/__main__.py`` routes here (it may be passed on or stripped).
FLAG = "--self-check"
#: Internal: the child process that only tries to start the Qt platform.
PLATFORM_PROBE_FLAG = "--platform-probe"
#: Text shown on the LED screen and the evaluator while they are tested.
DEVICE_TEST_TEXT = "设备自检"


class Status(Enum):
    """Outcome of one item."""

    PASS = "通过"
    FAIL = "失败"
    SKIP = "跳过"


class Skipped(CounterDeskError):
    """An item that is not configured on this PC (reported as ``[跳过]``, not a failure)."""


class CheckFailed(CounterDeskError):
    """An item ran and found a problem; the message says what and how to fix it."""


@dataclass(frozen=True)
class CheckResult:
    """One printed line: item name, outcome and the reason (Chinese)."""

    item: str
    status: Status
    detail: str

    @property
    def ok(self) -> bool:
        """True unless the item failed."""
        return self.status is not Status.FAIL

    def line(self) -> str:
        """``[通过] 数据库 …`` as printed on the console."""
        return f"[{self.status.value}] {self.item} {self.detail}".rstrip()


def reason_of(exc: BaseException) -> str:
    """The Chinese sentence of a typed error, or the exception type and text for anything else."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, subprocess.TimeoutExpired):
        return "超时"
    text = str(exc).strip()
    return f"{type(exc).__name__}：{text}" if text else type(exc).__name__


# ---------------------------------------------------------------------- probes (shared with the wizard)


@dataclass(frozen=True)
class WindowChoice:
    """A window the store knows (for the wizard's drop-down)."""

    code: str
    name: str


@dataclass(frozen=True)
class StoreProbe:
    """What opening a store found."""

    #: redacted URL and schema revision, for the result line
    detail: str
    revision: str | None
    head: str | None
    matters: int
    windows: tuple[WindowChoice, ...]


def probe_store(url: str, *, migrate: bool) -> StoreProbe:
    """Open the store at ``url``; with ``migrate`` bring its schema to the newest version.

    Without ``migrate`` (a central PostgreSQL seen from a window PC, whose role may not
    change the schema) an out-of-date schema is an error telling the IT person which
    command to run on the server.
    """
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from app.store.engine import make_engine
    from app.store.migrate import current_revision, head_revision, upgrade
    from app.store.models import Matter, Window

    shown = redact(url)
    try:
        engine = make_engine(url)
    except CounterDeskError:
        raise
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise CheckFailed(f"数据库地址无效：{shown}（{reason_of(exc)}）") from exc
    try:
        if migrate:
            upgrade(engine)
        head = head_revision()
        try:
            revision = current_revision(engine)
        except SQLAlchemyError as exc:
            if migrate or "permission denied" not in str(exc):
                raise
            revision = None  # a window role may not read alembic_version; the admin checks it
            readable = False
        else:
            readable = True
        if readable and revision != head:
            raise CheckFailed(
                f"{shown}：数据库结构版本为 {revision or '空'}，程序需要 {head}。"
                "请在服务器上运行 counterdesk admin init --store <地址> 升级"
            )
        with engine.connect() as connection:
            matters = int(connection.scalar(select(func.count()).select_from(Matter)) or 0)
            rows = connection.execute(
                select(Window.code, Window.name).where(Window.active.is_(True)).order_by(Window.code)
            ).all()
    except CounterDeskError:
        raise
    except SQLAlchemyError as exc:
        raise CheckFailed(f"无法打开数据库 {shown}：{_db_reason(exc)}") from exc
    finally:
        engine.dispose()
    windows = tuple(WindowChoice(code, name) for code, name in rows)
    version = f"结构版本 {revision}（已是最新）" if readable else "已连接（本窗口角色无权读取结构版本）"
    return StoreProbe(f"{shown}：{version}，{len(windows)} 个窗口", revision, head, matters, windows)


def _db_reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    first = text[0] if text else type(original).__name__
    if "password authentication failed" in first:
        return "用户名或密码错误"
    if "Connection refused" in first or "connection refused" in first:
        return "连接被拒绝（服务器未启动或端口不对）"
    if "does not exist" in first and "database" in first:
        return f"数据库不存在（{first}）"
    if "unable to open database file" in first:
        return "无法创建或打开数据库文件（目录不存在或没有写权限）"
    return first


def probe_printer(url: str, width_mm: int = 80, text_mode: str = "raster", document: str = "ticket") -> str:
    """Print the demo ``document`` (a queue ticket: short) on the printer at ``url``."""
    from app.printing.backends import ContentType, open_backend
    from app.printing.profile import TextMode
    from app.printing.sample import print_sample

    if not url.strip():
        raise Skipped("未配置")
    backend = open_backend(url)
    fmt = "pdf" if backend.content_type is ContentType.PDF else "escpos"
    try:
        mode = TextMode(text_mode)
    except ValueError as exc:
        raise CheckFailed(f"打印方式无效：{text_mode}") from exc
    print_sample(document, fmt, width_mm if fmt == "escpos" else None, None, printer=url, text_mode=mode)  # type: ignore[arg-type]
    return f"{redact(url)}：已打印测试页（{fmt.upper() if fmt == 'pdf' else 'ESC/POS'}，{width_mm} 毫米）"


def device_config(
    role: str, url: str, protocol: str, address: int = 1, options: dict[str, object] | None = None, name: str = ""
) -> DeviceConfig:
    """A :class:`~app.devices.config.DeviceConfig` from settings-like values (raises on bad values)."""
    from types import MappingProxyType

    from app.devices.config import ROLE_NAMES_ZH, DeviceConfig

    return DeviceConfig(
        name or ROLE_NAMES_ZH.get(role, role), role, url, protocol, address, MappingProxyType(dict(options or {}))
    )


def probe_device(config: DeviceConfig, *, timeout_s: float = 5.0, confirm: Callable[[], bool] | None = None) -> str:
    """Connect to one device, show :data:`DEVICE_TEST_TEXT` on it, and disconnect.

    ``confirm`` (emulators only) says whether the text really arrived on the screen;
    for a real device the command counts as delivered when no rejection or
    disconnect is reported within the driver's acknowledgement window.
    """
    from app.devices.config import build_driver
    from app.devices.drivers.evaluator import EvaluatorDriver
    from app.devices.drivers.idcard import IdCardReaderDriver
    from app.devices.drivers.led import LedDriver
    from app.devices.messages import CommandRejected, DeviceOffline, DeviceOnline

    events: queue.Queue[object] = queue.Queue()
    driver = build_driver(config, events.put)
    driver.start()
    try:
        deadline = time.monotonic() + timeout_s
        first = _next_event(events, deadline, (DeviceOnline, DeviceOffline))
        if first is None:
            raise CheckFailed(f"{config.url}：{timeout_s:g} 秒内没有应答")
        if isinstance(first, DeviceOffline):
            raise CheckFailed(first.reason)
        if isinstance(driver, IdCardReaderDriver):
            return f"{config.url}：已连接，SAM 模块自检正常（放卡读卡请在收件页试）"
        if isinstance(driver, LedDriver):
            driver.show_text(DEVICE_TEST_TEXT, scroll=False)
        elif isinstance(driver, EvaluatorDriver):
            driver.pause(DEVICE_TEST_TEXT)
        settle = driver.timing.ack_timeout_s * (driver.timing.retries + 1) + 0.2
        settle_deadline = min(deadline, time.monotonic() + settle)
        while time.monotonic() < settle_deadline:
            if confirm is not None and confirm():
                break
            problem = _next_event(
                events, min(settle_deadline, time.monotonic() + 0.05), (CommandRejected, DeviceOffline)
            )
            if isinstance(problem, CommandRejected):
                raise CheckFailed(problem.reason)
            if isinstance(problem, DeviceOffline):
                raise CheckFailed(problem.reason)
        if confirm is not None and not confirm():
            raise CheckFailed(f"{config.url}：设备已连接，但屏幕上没有出现“{DEVICE_TEST_TEXT}”")
        if isinstance(driver, EvaluatorDriver):
            driver.resume()
        model = driver.status.model if driver.status is not None else ""
        return f"{config.url}：已连接{f'（{model}）' if model else ''}，已显示“{DEVICE_TEST_TEXT}”"
    finally:
        driver.stop()


def _next_event(events: queue.Queue[object], deadline: float, kinds: tuple[type, ...]) -> object | None:
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            return None
        if isinstance(event, kinds):
            return event


def probe_voice(announcer: str, work_dir: Path) -> str:
    """Which voice calls tickets; espeak-ng must really render a Chinese call into a WAV."""
    from app.devices.announcer import EspeakBackend, announcement_text, choose_backend

    if announcer == "off":
        raise Skipped("设置为不播报")
    backend = choose_backend(announcer)
    if backend is None:
        raise CheckFailed(
            "没有可用的中文语音，叫号将只显示不播报：Linux 请安装 espeak-ng，"
            "Windows 请在“设置 → 时间和语言 → 语音”中添加中文语音"
        )
    sentence = announcement_text("A012", "05")
    if isinstance(backend, EspeakBackend):
        wav = work_dir / "voice-check.wav"
        backend.render_wav("A012", "05", str(wav))
        size = wav.stat().st_size if wav.exists() else 0
        if size < 1000:
            raise CheckFailed(f"espeak-ng 没有生成语音（{size} 字节）")
        return f"espeak-ng（{backend.voice}）：试读“{sentence}”成功"
    return f"{getattr(backend, 'name', '系统语音')}：有中文语音"


def device_protocols(role: str) -> list[tuple[str, str]]:
    """``(protocol name, Chinese title)`` of every registered protocol for ``role``."""
    from app.devices.config import PROTOCOLS

    return [(entry.name, entry.title_zh) for entry in PROTOCOLS.values() if entry.role == role]


class SetupProbes:
    """The first-run wizard's tests, kept outside ``app.ui`` (which may not touch the store).

    Each method blocks; the wizard runs it through its background-op runner and shows
    the returned sentence, or the Chinese message of the raised error.
    """

    def test_store(self, url: str) -> StoreProbe:
        """Open (and for an embedded SQLite file, create and migrate) the store."""
        return probe_store(url, migrate=url.startswith("sqlite"))

    def test_printer(self, url: str, width_mm: int, text_mode: str) -> str:
        """Print a test ticket."""
        return probe_printer(url, width_mm, text_mode)

    def test_device(self, role: str, url: str, protocol: str, address: int) -> str:
        """Connect to a device and show the test text on it."""
        return probe_device(device_config(role, url, protocol, address))

    def protocols(self, role: str) -> list[tuple[str, str]]:
        """Protocols the wizard offers for ``role``."""
        return device_protocols(role)


# ---------------------------------------------------------------------- the runner


#: Builds one window for the "窗口" item from the settings and the (migrated, catalog-
#: loaded) store URL the self-check uses; the composition root passes the login dialog
#: and the main window this way, so this module never imports it.
WindowFactory = Callable[["Settings", str], Any]


@dataclass
class Options:
    """Command-line options of the self-check."""

    demo: bool = False
    store_url: str | None = None
    settings_path: Path | None = None
    device_timeout_s: float = 5.0
    #: skip the child-process platform probe (tests that already run offscreen)
    probe_platform: bool = True
    #: extra windows to construct, show and close: title → factory
    windows: Mapping[str, WindowFactory] = field(default_factory=dict)


@dataclass
class _Context:
    options: Options
    settings: Settings
    work_dir: Path
    store: Store | None = None
    store_url: str = ""
    cleanups: list[Callable[[], None]] = field(default_factory=list)


class SelfCheck:
    """Runs the items in order, printing each line as soon as it is known.

    Later items still run after an earlier failure where they can (a broken printer
    must not hide a broken LED screen); items that need a failed one are reported as
    failed with the reason "depends on …".
    """

    def __init__(self, options: Options, out: Callable[[str], None] = print) -> None:
        self.options = options
        self._out = out
        self.results: list[CheckResult] = []

    def _record(self, result: CheckResult) -> CheckResult:
        self.results.append(result)
        self._out(result.line())
        return result

    def item(self, name: str, fn: Callable[[], str]) -> CheckResult:
        """Run one item: ``fn`` returns the detail, or raises :class:`Skipped` / any error."""
        try:
            detail = fn()
        except Skipped as exc:
            return self._record(CheckResult(name, Status.SKIP, exc.message))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a line, never a traceback
            return self._record(CheckResult(name, Status.FAIL, reason_of(exc)))
        return self._record(CheckResult(name, Status.PASS, detail))

    @property
    def passed(self) -> bool:
        """True when no item failed."""
        return all(result.ok for result in self.results)

    def run(self) -> list[CheckResult]:
        """Run every item; returns the results (also kept in :attr:`results`)."""
        work_dir = Path(tempfile.mkdtemp(prefix="counterdesk-selfcheck-"))
        ctx = _Context(self.options, _default_settings(), work_dir)
        try:
            self.item("程序文件", check_files)
            self.item("设置文件", lambda: _check_settings(ctx))
            self._check_stores(ctx)
            self._check_catalog(ctx)
            self.item("待上传数据", lambda: _check_outbox(ctx))
            self._check_documents(ctx)
            self._check_ui(ctx)
            self.item("语音播报", lambda: probe_voice(ctx.settings.announcer, ctx.work_dir))
            self._check_printer(ctx)
            self._check_devices(ctx)
        finally:
            for cleanup in reversed(ctx.cleanups):
                try:
                    cleanup()
                except Exception:
                    log.warning("自检清理失败", exc_info=True)
            shutil.rmtree(work_dir, ignore_errors=True)
        return self.results

    # -- stores and catalog ------------------------------------------------------------

    def _store_url(self, ctx: _Context) -> str:
        if ctx.options.store_url:
            return ctx.options.store_url
        if ctx.options.demo:
            return f"sqlite+pysqlite:///{ctx.work_dir / 'selfcheck.db'}"
        return ctx.settings.resolved_store_url()

    def _check_stores(self, ctx: _Context) -> None:
        url = self._store_url(ctx)

        def local() -> str:
            from app.store.engine import make_engine
            from app.store.uow import Store

            probe = probe_store(url, migrate=True)
            store = Store(make_engine(url))
            ctx.store, ctx.store_url = store, url
            ctx.cleanups.append(store.dispose)
            return probe.detail

        self.item("数据库", local)

        def central() -> str:
            if ctx.options.demo or ctx.options.store_url or not ctx.settings.central_url:
                raise Skipped("未配置中心库（单机模式）")
            return probe_store(ctx.settings.central_url, migrate=False).detail

        self.item("中心数据库", central)

    def _check_catalog(self, ctx: _Context) -> None:
        def catalog() -> str:
            from app.store.catalog_io import load_catalog

            if ctx.store is None:
                raise CheckFailed("数据库未能打开，无法读取事项目录")
            with ctx.store.read() as session:
                loaded = load_catalog(session)
            imported = ""
            if not loaded.matters and ctx.options.demo:
                from app.services.catalog_admin import import_catalog

                import_catalog(ctx.store, _demo_catalog_path().read_bytes(), source="自检")
                with ctx.store.read() as session:
                    loaded = load_catalog(session)
                imported = "（已导入示例目录）"
            if not loaded.matters:
                raise CheckFailed("事项目录为空：请用 counterdesk admin catalog import <文件> 导入，或等待中心库同步")
            name = loaded.hall.name or loaded.hall.code or "未命名大厅"
            return (
                f"{name}：{len(loaded.matters)} 个事项，{len(loaded.windows)} 个窗口，"
                f"{len(loaded.departments)} 个部门{imported}"
            )

        self.item("事项目录", catalog)

    # -- documents ---------------------------------------------------------------------

    def _check_documents(self, ctx: _Context) -> None:
        try:
            from app.forms.registry import DOCUMENTS
        except Exception as exc:  # noqa: BLE001
            self._record(CheckResult("文书", Status.FAIL, reason_of(exc)))
            return
        for name in DOCUMENTS:
            self.item(f"文书 {name}", lambda name=name: _render_document(name, ctx.settings))  # type: ignore[misc]

    # -- windows -----------------------------------------------------------------------

    def _check_ui(self, ctx: _Context) -> None:
        platform_name = _choose_platform()
        usable: list[str] = []

        def display() -> str:
            if not ctx.options.probe_platform:
                usable.append(platform_name)
                raise Skipped(f"未单独检测（使用 {platform_name}）")
            failures = []
            for candidate in dict.fromkeys([platform_name, "offscreen"]):
                ok, reason = _probe_platform(candidate)
                if ok:
                    usable.append(candidate)
                    if failures:
                        raise CheckFailed("；".join(failures) + f"（窗口检查改用 {candidate}）")
                    return f"Qt 平台 {candidate} 可用"
                failures.append(f"Qt 平台 {candidate} 无法启动：{reason}")
            raise CheckFailed("；".join(failures))

        self.item("图形界面", display)

        def windows() -> str:
            if not usable:
                raise CheckFailed("图形界面无法启动，未能打开窗口")
            return _open_windows(usable[0], ctx)

        self.item("窗口", windows)

    # -- printer and devices -----------------------------------------------------------

    def _check_printer(self, ctx: _Context) -> None:
        settings = ctx.settings

        def printer() -> str:
            if not ctx.options.demo:
                return probe_printer(settings.printer.url, settings.printer.width_mm, settings.printer.text_mode)
            from app.devices.emulators.printer import VirtualPrinter

            virtual = VirtualPrinter("127.0.0.1", 0).start()
            ctx.cleanups.append(virtual.stop)
            url = f"tcp://127.0.0.1:{virtual.port}"
            detail = probe_printer(url, settings.printer.width_mm, settings.printer.text_mode)
            slips = virtual.wait_for_slips(1, timeout=ctx.options.device_timeout_s)
            if not slips[0].cut or not slips[0].order:
                raise CheckFailed(f"{url}：虚拟打印机收到的测试页不完整")
            return f"{detail}，虚拟打印机已收到并切纸"

        self.item("打印机", printer)

    def _check_devices(self, ctx: _Context) -> None:
        if ctx.options.demo:
            try:
                from app.devices.emulators.demo import start_demo_devices

                demo = start_demo_devices()
            except Exception as exc:  # noqa: BLE001
                self._record(CheckResult("设备模拟器", Status.FAIL, reason_of(exc)))
                return
            ctx.cleanups.append(demo.stop)
            emulators = {"cdk-eval/1": demo.evaluator, "cdk-eval-ws/1": demo.tablet, "cdk-led/1": demo.led}
            for config in demo.configs:
                emulator = emulators.get(config.protocol)

                def shown(emulator: Any = emulator) -> bool:
                    return DEVICE_TEST_TEXT in emulator.displayed_text

                self.item(
                    f"设备 {config.name}",
                    lambda config=config, shown=shown if emulator is not None else None: probe_device(  # type: ignore[misc]
                        config, timeout_s=ctx.options.device_timeout_s, confirm=shown
                    ),
                )
            return
        for role, device in (
            ("evaluator", ctx.settings.evaluator),
            ("led", ctx.settings.led),
            ("idcard", ctx.settings.idcard),
        ):
            title = {"evaluator": "评价器", "led": "窗口屏", "idcard": "身份证阅读器"}[role]

            def check(role: str = role, device: Any = device) -> str:
                if not device.url:
                    raise Skipped("未配置")
                config = device_config(role, device.url, device.protocol, device.address, device.options)
                return probe_device(config, timeout_s=ctx.options.device_timeout_s)

            self.item(f"设备 {title}", check)


# ---------------------------------------------------------------------- item bodies


def _default_settings() -> Settings:
    from app.settings import Settings

    return Settings()


def _check_settings(ctx: _Context) -> str:
    from app.settings import load_settings, settings_path

    path = ctx.options.settings_path or settings_path()
    ctx.settings = load_settings(path)
    if ctx.options.demo:
        return f"{path}（示例模式：使用临时数据库和模拟设备）"
    if not path.exists():
        return f"{path} 不存在，使用默认设置（可运行首次设置向导）"
    return f"{path}：窗口 {ctx.settings.window_code}"


def _check_outbox(ctx: _Context) -> str:
    """How much of this PC's work has not reached the center yet (checked before upgrades)."""
    from app.sync.status import sync_status

    if ctx.store is None:
        raise CheckFailed("数据库未能打开，无法统计待上传数据")
    status = sync_status(ctx.store)
    if status.rejected_count:
        raise CheckFailed(f"{status.rejected_count} 条记录被中心拒收，请在管理界面处理（数据仍保留在本机）")
    if not status.pending_count:
        return "没有等待上传的记录"
    minutes = (status.oldest_pending_age_s or 0) // 60
    return f"{status.pending_count} 条记录等待上传（最早 {minutes} 分钟前）；升级或换机前请先联网上传，切勿删除数据目录"


def _resources() -> Path:
    from app.ui.paths import resources_dir

    return resources_dir()


def _demo_catalog_path() -> Path:
    return _resources() / "catalog" / "demo_catalog.json"


def required_files() -> list[Path]:
    """Files the program cannot work without (checked first, so a bad install says so)."""
    from app.store.migrate import migrations_dir

    base = _resources()
    db = migrations_dir()
    return [
        base / "fonts" / "wqy-microhei.ttc",
        base / "catalog" / "demo_catalog.json",
        base / "qss" / "counterdesk.qss",
        db / "env.py",
        db / "script.py.mako",
    ]


def check_files() -> str:
    from app.logs import app_version

    missing = [str(path) for path in required_files() if not path.exists()]
    if missing:
        raise CheckFailed("缺少程序文件：" + "、".join(missing) + "。请重新安装")
    from app.store.migrate import migrations_dir

    versions = sorted((migrations_dir() / "versions").glob("*.py"))
    if not versions:
        raise CheckFailed(f"缺少数据库升级脚本：{migrations_dir() / 'versions'}。请重新安装")
    kind = "打包版" if getattr(sys, "frozen", False) else "源码运行"
    return f"版本 {app_version()}（{kind}），资源齐全，{len(versions)} 个数据库升级脚本"


def _render_document(name: str, settings: Settings) -> str:
    from app.devices.emulators.printer import EscPosDecoder, SlipDone
    from app.forms.registry import build_demo
    from app.printing.profile import TextMode
    from app.printing.sample import sample_bytes

    title = build_demo(name).title
    width = settings.printer.width_mm if settings.printer.width_mm in (58, 80) else 80
    try:
        mode = TextMode(settings.printer.text_mode)
    except ValueError:
        mode = TextMode.RASTER
    escpos = sample_bytes(name, "escpos", width, text_mode=mode)
    slips = [event for event in EscPosDecoder().feed(escpos) if isinstance(event, SlipDone)]
    if not slips or not slips[0].slip.order:
        raise CheckFailed(f"{title}：ESC/POS 输出不完整（{len(escpos)} 字节，没有切纸命令或内容）")
    pdf = sample_bytes(name, "pdf", None)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise CheckFailed(f"{title}：PDF 输出不完整（{len(pdf)} 字节）")
    return f"{title}：ESC/POS {width} 毫米 {len(escpos) // 1024 + 1} KB，PDF {len(pdf) // 1024 + 1} KB"


def has_display() -> bool:
    """Whether a graphical session is reachable (Windows and macOS always have one)."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _choose_platform() -> str:
    forced = os.environ.get("QT_QPA_PLATFORM", "")
    if forced:
        return forced
    if not has_display():
        return "offscreen"
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb" if os.environ.get("DISPLAY") else "wayland")


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, PLATFORM_PROBE_FLAG]
    return [sys.executable, "-m", "app.selfcheck", PLATFORM_PROBE_FLAG]


def _probe_platform(platform_name: str) -> tuple[bool, str]:
    """Start a QGuiApplication on ``platform_name`` in a child process (Qt aborts on failure)."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform_name)
    env.pop("QT_DEBUG_PLUGINS", None)
    try:
        done = subprocess.run(
            _probe_command(), env=env, capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, reason_of(exc)
    if done.returncode == 0:
        return True, ""
    text = done.stderr.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    hint = ""
    if "xcb-cursor" in text or "libxcb" in text:
        hint = "（请安装 libxcb-cursor0 等系统库，见 docs/install.md）"
    interesting = [line for line in lines if "plugin" in line.lower() or "qt." in line.lower()] or lines[-2:]
    return False, ("；".join(interesting[:2]) or f"退出码 {done.returncode}") + hint


def _platform_probe_main() -> int:
    """Child-process body of :func:`_probe_platform`."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    return 0 if app.platformName() else 1


def _setup_wizard(settings: Settings, _store_url: str) -> Any:
    from app.ui.setup.wizard import SetupWizard

    return SetupWizard(SetupProbes(), settings)


def _open_windows(platform_name: str, ctx: _Context) -> str:
    """Construct, show and close every known window on ``platform_name``."""
    os.environ.setdefault("QT_QPA_PLATFORM", platform_name)
    from PySide6.QtWidgets import QApplication

    from app.ui.look import apply_look
    from app.ui.translations import install_translator

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", platform_name])
    install_translator(app, ctx.settings.language)
    apply_look(app, large_font=ctx.settings.large_font)  # type: ignore[arg-type]
    factories: dict[str, WindowFactory] = {"首次设置向导": _setup_wizard, **ctx.options.windows}
    shown: list[str] = []
    for title, factory in factories.items():
        try:
            widget = factory(ctx.settings, ctx.store_url)
            widget.show()
            app.processEvents()
            if not widget.isVisible():
                raise CheckFailed(f"{title} 未能显示")
            widget.close()
            widget.deleteLater()
            app.processEvents()
        except CounterDeskError:
            raise
        except Exception as exc:
            raise CheckFailed(f"{title} 无法打开：{reason_of(exc)}") from exc
        shown.append(title)
    return f"已在 {app.platformName()} 上打开并关闭：{'、'.join(shown)}"


# ---------------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    """``counterdesk --self-check`` options."""
    from app.cli import ChineseArgumentParser

    parser = ChineseArgumentParser(prog="counterdesk --self-check", description="窗口受理台 安装自检")
    parser.add_argument(
        "--demo", action="store_true", help="用临时数据库、示例目录、虚拟打印机和模拟设备检查（不动本机数据）"
    )
    parser.add_argument("--store", metavar="URL", help="检查这个数据库（默认：设置中的本机数据库）")
    parser.add_argument(
        "--settings", metavar="PATH", type=Path, help="设置文件（默认：本机配置目录中的 settings.toml）"
    )
    parser.add_argument("--device-timeout", metavar="秒", type=float, default=5.0, help="等待每个设备应答的秒数")
    return parser


def main(argv: Sequence[str] | None = None, *, windows: Mapping[str, WindowFactory] | None = None) -> int:
    """Entry point of ``counterdesk --self-check [--demo] [--store URL] [--settings PATH]``.

    ``argv`` may start with ``--self-check`` or not.  ``windows`` adds windows (login,
    main window) for the "窗口" item.  Prints one line per item and a summary; returns
    0 when nothing failed, 1 otherwise.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == FLAG:
        args = args[1:]
    if args and args[0] == PLATFORM_PROBE_FLAG:
        return _platform_probe_main()
    _reconfigure_console()
    options = build_parser().parse_args(args)
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _prepare_logging()
    transcript: list[str] = []

    def say(line: str) -> None:
        transcript.append(line)
        print(line, flush=True)

    say("窗口受理台 安装自检" + ("（示例模式）" if options.demo else ""))
    check = SelfCheck(
        Options(
            demo=options.demo,
            store_url=options.store,
            settings_path=options.settings,
            device_timeout_s=options.device_timeout,
            windows=dict(windows or {}),
        ),
        out=say,
    )
    results = check.run()
    failed = [result for result in results if not result.ok]
    if failed:
        say(f"自检未通过：{len(failed)} 项失败，共 {len(results)} 项。")
    else:
        say(f"自检通过：共 {len(results)} 项。")
    saved = save_transcript(transcript)
    if saved is not None:
        print(f"结果已保存：{saved}", flush=True)
    return 1 if failed else 0


#: File in the log directory with the last self-check's lines (windowed builds print nothing).
TRANSCRIPT_NAME = "selfcheck.txt"


def save_transcript(lines: Sequence[str]) -> Path | None:
    """Keep the last run's lines in the log folder, so the IT person can send them; None if unwritable."""
    from datetime import datetime

    from app.logs import app_version
    from app.settings import log_dir

    path = log_dir() / TRANSCRIPT_NAME
    header = [
        f"时间：{datetime.now().isoformat(timespec='seconds')}",
        f"版本：{app_version()}{'（打包版）' if getattr(sys, 'frozen', False) else '（源码运行）'}",
        f"程序：{sys.executable}",
        "",
    ]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([*header, *lines, ""]), encoding="utf-8")
    except OSError:
        return None
    return path


def _reconfigure_console() -> None:
    """Chinese output on a Windows console that is not UTF-8 must not crash the check."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (OSError, ValueError):
                pass


def _prepare_logging() -> None:
    from app import settings as s
    from app.logs import init_logging

    try:
        init_logging(s.log_dir())
    except OSError:
        pass


def results_text(results: Iterable[CheckResult]) -> str:
    """All result lines, one per line (what a crash report or the wizard may quote)."""
    return "\n".join(result.line() for result in results)


if __name__ == "__main__":
    raise SystemExit(main())
