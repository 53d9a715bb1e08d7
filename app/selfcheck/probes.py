"""Tests of one store, printer or device, shared by the self-check and the setup wizard.

Each probe blocks, returns the sentence of the result line, and raises
:class:`~app.selfcheck.results.Skipped` (not configured) or a typed error whose Chinese
message says what is wrong.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.errors import CounterDeskError
from app.logs import redact
from app.selfcheck.results import CheckFailed, Skipped, reason_of

if TYPE_CHECKING:
    from app.devices.config import DeviceConfig

#: Text shown on the LED screen and the evaluator while they are tested.
DEVICE_TEST_TEXT = "设备自检"


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
    from app.printing.sample import Format, print_sample

    if not url.strip():
        raise Skipped("未配置")
    backend = open_backend(url)
    fmt: Format = "pdf" if backend.content_type is ContentType.PDF else "escpos"
    try:
        mode = TextMode(text_mode)
    except ValueError as exc:
        raise CheckFailed(f"打印方式无效：{text_mode}") from exc
    print_sample(document, fmt, width_mm if fmt == "escpos" else None, None, printer=url, text_mode=mode)
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
