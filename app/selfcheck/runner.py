"""The self-check's items in order, each printed as soon as it is known."""

from __future__ import annotations

import functools
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.selfcheck.display import WindowFactory, choose_platform, open_windows, probe_platform
from app.selfcheck.probes import DEVICE_TEST_TEXT, device_config, probe_device, probe_printer, probe_store
from app.selfcheck.results import CheckFailed, CheckResult, Skipped, Status, reason_of
from app.selfcheck.voice import probe_voice

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from app.settings import Settings
    from app.store.uow import Store


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
class Context:
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
        ctx = Context(self.options, _default_settings(), work_dir)
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

    def _store_url(self, ctx: Context) -> str:
        if ctx.options.store_url:
            return ctx.options.store_url
        if ctx.options.demo:
            return f"sqlite+pysqlite:///{ctx.work_dir / 'selfcheck.db'}"
        return ctx.settings.resolved_store_url()

    def _check_stores(self, ctx: Context) -> None:
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

    def _check_catalog(self, ctx: Context) -> None:
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

    def _check_documents(self, ctx: Context) -> None:
        try:
            from app.forms.registry import DOCUMENTS
        except Exception as exc:  # noqa: BLE001
            self._record(CheckResult("文书", Status.FAIL, reason_of(exc)))
            return
        for name in DOCUMENTS:
            self.item(f"文书 {name}", functools.partial(_render_document, name, ctx.settings))

    # -- windows -----------------------------------------------------------------------

    def _check_ui(self, ctx: Context) -> None:
        platform_name = choose_platform()
        usable: list[str] = []

        def display() -> str:
            if not ctx.options.probe_platform:
                usable.append(platform_name)
                raise Skipped(f"未单独检测（使用 {platform_name}）")
            failures: list[str] = []
            for candidate in dict.fromkeys([platform_name, "offscreen"]):
                ok, reason = probe_platform(candidate)
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
            return open_windows(usable[0], ctx.settings, ctx.store_url, ctx.options.windows)

        self.item("窗口", windows)

    # -- printer and devices -----------------------------------------------------------

    def _check_printer(self, ctx: Context) -> None:
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

    def _check_devices(self, ctx: Context) -> None:
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
                    functools.partial(
                        probe_device,
                        config,
                        timeout_s=ctx.options.device_timeout_s,
                        confirm=shown if emulator is not None else None,
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


def _check_settings(ctx: Context) -> str:
    from app.settings import load_settings, settings_path

    path = ctx.options.settings_path or settings_path()
    ctx.settings = load_settings(path)
    if ctx.options.demo:
        return f"{path}（示例模式：使用临时数据库和模拟设备）"
    if not path.exists():
        return f"{path} 不存在，使用默认设置（可运行首次设置向导）"
    return f"{path}：窗口 {ctx.settings.window_code}"


def _check_outbox(ctx: Context) -> str:
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
