"""Rotating logs, crash reports the IT person can send, and the start-up "shown" marker.

Why a module of its own, called first by the composition root: a hall PC has nobody
watching a console, so every uncaught exception (main thread, worker threads, Qt's own
fatal messages) must end up in a file with enough context to act on — program
version, platform, and the PC's settings without passwords — and the log must not
grow without bound on a PC that runs for years.

This module imports nothing heavy (no Qt at import time, no SQLAlchemy, no printer
libraries) so it can run before the login window is built.

Environment variables read here:

``CD_EXIT_AFTER_SHOWN=login`` (or ``=1`` for the first window of any kind)
    :func:`report_shown` quits the program as soon as that window has been painted
    (``bench/bench_startup.py`` measures cold start this way).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import asdict, is_dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

#: File name of the rotating log inside ``settings.log_dir()``.
LOG_FILE_NAME = "counterdesk.log"
#: Rotate at this size, keep this many old files (≈ 10 MB of history).
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
#: Sub-folder of the log directory holding one file per crash.
CRASH_DIR_NAME = "crash"
#: How many lines of the current log a crash report quotes.
CRASH_LOG_TAIL_LINES = 80
#: Printed on stdout (and logged) once the first window is on screen.
SHOWN_MARKER = "COUNTERDESK-SHOWN"
EXIT_AFTER_SHOWN_ENV = "CD_EXIT_AFTER_SHOWN"

_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-zA-Z][\w+.-]*://[^:/@\s]*:)(?P<secret>[^@\s]*)@")
_SECRET_KEYS = ("password", "passwd", "secret", "token", "key")

_state: dict[str, Any] = {"log_dir": None, "summary": {}, "started": time.monotonic()}


def redact(text: str) -> str:
    """``postgresql+psycopg://clerk:s3cret@db/hall`` → ``postgresql+psycopg://clerk:***@db/hall``."""
    return _PASSWORD_IN_URL.sub(lambda m: f"{m.group('head')}***@", text)


#: An 18-character resident ID (17 digits and a digit or X), a 15-digit old-style ID, a mobile
#: number, a landline with its area code — each not part of a longer run of digits.
_PERSONAL = re.compile(
    r"(?P<id>(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?![\dXx]))"
    r"|(?P<phone>(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d))"
)


def mask_personal(text: str) -> str:
    """Every ID number and phone number in ``text`` masked as the public sees them
    (``1101**********002X``, ``138****5678``), and every database password hidden."""
    from app.domain.validators import mask_id, mask_phone

    def one(match: re.Match[str]) -> str:
        if match.group("id"):
            return mask_id(match.group("id").upper())
        return mask_phone(match.group("phone"))

    return _PERSONAL.sub(one, redact(text))


class PersonalDataFilter(logging.Filter):
    """The one filter on every handler of the program: no applicant's ID or phone in a log line.

    Masks the formatted message, the exception text (a database error quotes the bound
    parameters of the failed statement: ``[parameters: ('11010519491231002X', …)]``) and the
    stack; the record is changed in place, so every handler after this one sees the masked
    form too.
    """

    _exceptions = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: keep what there is
            message = str(record.msg)
        record.msg, record.args = mask_personal(message), None
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = self._exceptions.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """A formatter whose output never contains a password from a database URL."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def settings_summary(settings: object) -> dict[str, str]:
    """Flatten a settings dataclass into ``key: value`` lines with every secret hidden.

    Passwords inside URLs are masked and any key that looks like a secret is dropped to
    ``***`` so a crash file can be e-mailed without leaking the central store's role.
    """
    raw: Mapping[str, Any] = asdict(settings) if is_dataclass(settings) and not isinstance(settings, type) else {}
    flat: dict[str, str] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for key, inner in value.items():
                walk(f"{prefix}{key}.", inner)
            return
        name = prefix.rstrip(".")
        if any(word in name.rsplit(".", 1)[-1].lower() for word in _SECRET_KEYS) and value:
            flat[name] = "***"
        else:
            flat[name] = redact(str(value))

    for key, value in raw.items():
        walk(f"{key}.", value)
    return flat


def app_version() -> str:
    """The installed program version (package metadata; ``pyproject.toml`` in a checkout)."""
    from importlib import metadata

    try:
        return metadata.version("counterdesk")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        import tomllib

        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "未知"


def init_logging(
    log_dir: Path,
    *,
    settings: object | None = None,
    level: int = logging.INFO,
    console: bool = False,
) -> Path:
    """Set up the rotating log and the crash hooks; returns the log file.

    Call it first thing in start-up (before Qt or the store are imported).
    Calling it again (e.g. after the setup wizard wrote new settings) only refreshes
    the settings summary quoted in crash reports.
    """
    if settings is not None:
        _state["summary"] = settings_summary(settings)
    from app.private_files import private_dir, private_file

    # The program's umask (app/private_files.py) makes the rotations private too.
    private_dir(log_dir)
    path = private_file(log_dir / LOG_FILE_NAME)
    root = logging.getLogger()
    if _state["log_dir"] != log_dir:
        for handler in list(root.handlers):
            if getattr(handler, "_counterdesk", False):
                root.removeHandler(handler)
                handler.close()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
        handler.addFilter(PersonalDataFilter())
        handler._counterdesk = True  # type: ignore[attr-defined]  # our mark: a second setup replaces only ours
        root.addHandler(handler)
        if console:
            stream = logging.StreamHandler()
            stream.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
            stream.addFilter(PersonalDataFilter())
            stream._counterdesk = True  # type: ignore[attr-defined]  # our mark, as above
            root.addHandler(stream)
        _state["log_dir"] = log_dir
    root.setLevel(level)
    install_crash_hooks()
    log.info("窗口受理台 %s 启动（Python %s，%s）", app_version(), platform.python_version(), platform.platform())
    return path


def install(settings: object | None = None, *, console: bool = False) -> Path:
    """Start-up entry for the composition root: logs, crash hooks, Qt messages.

    Uses the folders of :mod:`app.settings` (``CD_LOG_DIR``/``CD_CACHE_DIR`` override
    them).  Call it first thing in start-up; call it again with the loaded
    settings so crash reports quote them.  Returns the log file.
    """
    from app import settings as places

    path = init_logging(places.log_dir(), settings=settings, console=console)
    with contextlib.suppress(ImportError):
        install_qt_message_handler()
    return path


def crash_dir() -> Path:
    """Where crash reports go (inside the log directory, or a temp folder before init)."""
    base = _state["log_dir"]
    if base is None:
        import tempfile

        base = Path(tempfile.gettempdir()) / "CounterDesk"
    return Path(base) / CRASH_DIR_NAME


def _qt_version() -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return "未加载"
    return f"Qt {qtcore.qVersion()}，PySide6 {getattr(sys.modules.get('PySide6'), '__version__', '?')}"


def _log_tail(lines: int) -> list[str]:
    base = _state["log_dir"]
    if base is None:
        return []
    try:
        with open(Path(base) / LOG_FILE_NAME, encoding="utf-8", errors="replace") as handle:
            return handle.read().splitlines()[-lines:]
    except OSError:
        return []


def write_crash_report(title: str, details: str) -> Path:
    """Write one crash file and return its path; never raises (a crash must not crash).

    The file carries the program version, platform, whether the build is frozen, the
    settings summary (no passwords), ``details`` (usually a traceback) and the tail of
    the current log.
    """
    now = _dt.datetime.now()
    folder = crash_dir()
    path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    body = [
        "窗口受理台 崩溃报告（请将此文件发给信息管理员）",
        f"时间：{now.isoformat(timespec='seconds')}",
        f"版本：{app_version()}{'（打包版）' if getattr(sys, 'frozen', False) else '（源码运行）'}",
        f"系统：{platform.platform()}；Python {platform.python_version()}；{_qt_version()}",
        f"程序：{sys.executable}",
        f"问题：{mask_personal(title)}",
        "",
        "== 设置（已隐去密码） ==",
        *(f"{key} = {value}" for key, value in sorted(_state["summary"].items())),
        "",
        "== 详细信息 ==",
        mask_personal(details.rstrip()),
        "",
        "== 日志末尾 ==",
        *(mask_personal(line) for line in _log_tail(CRASH_LOG_TAIL_LINES)),
        "",
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        counter = 1
        while path.exists():
            path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}-{counter}.txt"
            counter += 1
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(body))
    except OSError:
        log.exception("无法写入崩溃报告 %s", path)
    return path


def _format(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("未处理的异常", exc_info=(exc_type, exc, tb))
    path = write_crash_report(f"{exc_type.__name__}: {exc}", _format(exc_type, exc, tb))
    print(f"程序出错，崩溃报告已保存：{path}", file=sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    log.critical("线程 %s 中未处理的异常", name, exc_info=(args.exc_type, exc, args.exc_traceback))
    path = write_crash_report(
        f"线程 {name}：{args.exc_type.__name__}: {exc}", _format(args.exc_type, exc, args.exc_traceback)
    )
    print(f"后台线程出错，崩溃报告已保存：{path}", file=sys.stderr)


def install_crash_hooks() -> None:
    """Route uncaught exceptions of every thread into the log and a crash file."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def install_qt_message_handler() -> None:
    """Send Qt's own messages to the log; a Qt fatal message also writes a crash file.

    Call once PySide6 is importable (before or after the QApplication exists).
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        category = getattr(context, "category", "") or "default"
        qt_log.log(levels.get(kind, logging.WARNING), "[%s] %s", category, message)
        if kind == QtMsgType.QtFatalMsg:
            where = f"{getattr(context, 'file', '')}:{getattr(context, 'line', '')} {getattr(context, 'function', '')}"
            write_crash_report(f"Qt 致命错误：{message}", f"{message}\n位置：{where}\n")

    qInstallMessageHandler(handler)


def seconds_since_start() -> float:
    """Seconds since this module was imported (≈ since the process started)."""
    return time.monotonic() - _state["started"]


def report_shown(what: str, quit_app: Callable[[], None] | None = None) -> None:
    """Record that the first window (``what``, e.g. ``"login"``) is on screen.

    Call right after ``window.show()`` (before ``dialog.exec()`` for a dialog).  Once
    the event loop has painted it, prints ``COUNTERDESK-SHOWN <what> <seconds>`` on
    stdout and logs it; when ``CD_EXIT_AFTER_SHOWN`` names ``what`` (or is ``1``) it
    then quits the application (``quit_app`` or ``QCoreApplication.quit``, which also
    ends a dialog's nested loop): that is how the start-up benchmark measures cold start.
    """
    from PySide6.QtCore import QCoreApplication, QTimer

    def emit() -> None:
        elapsed = seconds_since_start()
        log.info("%s %s %.3f", SHOWN_MARKER, what, elapsed)
        with contextlib.suppress(OSError, ValueError, AttributeError):
            print(f"{SHOWN_MARKER} {what} {elapsed:.3f}", flush=True)
        wanted = os.environ.get(EXIT_AFTER_SHOWN_ENV, "")
        if wanted == what or wanted == "1":
            (quit_app or QCoreApplication.quit)()

    QTimer.singleShot(0, emit)
