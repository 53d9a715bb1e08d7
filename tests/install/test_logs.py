"""Rotating logs, crash reports and the start-up marker."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import logs
from app.settings import PrinterSettings, Settings
from tests.install.conftest import Dirs

SECRET_URL = "postgresql+psycopg://window05:Geheim!1@db.hall.local:5432/hall"


def crash_files(dirs: Dirs) -> list[str]:
    return sorted(path.read_text(encoding="utf-8") for path in (dirs.log / "crash").glob("crash-*.txt"))


def test_a_worker_thread_crash_is_written_with_version_and_settings_but_no_password(dirs: Dirs) -> None:
    settings = Settings(
        window_code="05", central_url=SECRET_URL, printer=PrinterSettings(url="tcp://192.168.1.50:9100")
    )
    logs.init_logging(dirs.log, settings=settings)

    def work() -> None:
        raise RuntimeError(f"lost connection to {SECRET_URL}")

    worker = threading.Thread(target=work, name="sync-uploader")
    worker.start()
    worker.join()

    [report] = crash_files(dirs)
    assert report.startswith("窗口受理台 崩溃报告")
    assert f"版本：{logs.app_version()}（源码运行）" in report
    assert "问题：线程 sync-uploader：RuntimeError" in report
    assert "window_code = 05" in report
    assert "printer.url = tcp://192.168.1.50:9100" in report
    assert "central_url = postgresql+psycopg://window05:***@db.hall.local:5432/hall" in report
    assert 'raise RuntimeError(f"lost connection to {SECRET_URL}")' in report
    assert "Geheim" not in report
    # the log has the same event, also without the password
    text = (dirs.log / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "线程 sync-uploader 中未处理的异常" in text
    assert "lost connection to postgresql+psycopg://window05:***@db.hall.local" in text
    assert "Geheim" not in text


def test_an_uncaught_exception_on_the_main_thread_writes_a_crash_file(
    dirs: Dirs, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.init_logging(dirs.log)
    try:
        {}["missing"]
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    [report] = crash_files(dirs)
    assert "问题：KeyError: 'missing'" in report
    assert "== 日志末尾 ==" in report
    assert "未处理的异常" in report.split("== 日志末尾 ==")[1]
    assert f"崩溃报告已保存：{dirs.log / 'crash'}" in capsys.readouterr().err


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(dirs: Dirs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 4_000)
    logs.init_logging(dirs.log)
    for i in range(200):
        logging.getLogger("app.test").info("line %03d %s", i, "窗" * 60)
    files = sorted(p.name for p in dirs.log.glob("counterdesk.log*"))
    assert files[0] == "counterdesk.log"
    assert len(files) == 1 + logs.LOG_BACKUPS
    assert all(p.stat().st_size <= 4_000 + 400 for p in dirs.log.glob("counterdesk.log*"))
    assert "line 199" in (dirs.log / "counterdesk.log").read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(dirs: Dirs, qapp: QApplication) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    logs.init_logging(dirs.log)
    logs.install_qt_message_handler()
    try:
        qWarning("窗口屏字体缺失")
    finally:
        qInstallMessageHandler(None)
    text = (dirs.log / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "WARNING" in text and "窗口屏字体缺失" in text


def markers(out: str) -> list[tuple[str, float]]:
    found = []
    for line in out.splitlines():
        if line.startswith(logs.SHOWN_MARKER):
            _, what, seconds = line.split()
            found.append((what, float(seconds)))
    return found


@pytest.mark.parametrize(
    ("wanted", "shown", "quits"),
    [
        ("login", "login", True),
        ("1", "splash", True),
        ("login", "splash", False),
        ("", "login", False),
    ],
)
def test_report_shown_prints_the_marker_and_quits_for_the_named_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    wanted: str,
    shown: str,
    quits: bool,
) -> None:
    # The real quit (QCoreApplication.quit) is exercised by bench/bench_startup.py; here a
    # recorder stands in so the test's own event loop keeps running.
    monkeypatch.setenv(logs.EXIT_AFTER_SHOWN_ENV, wanted)
    window = QLabel("登录")
    qtbot.addWidget(window)
    window.show()
    quit_calls: list[str] = []
    printed: list[tuple[str, float]] = []

    def marker_printed() -> bool:
        printed.extend(markers(capsys.readouterr().out))
        return bool(printed)

    logs.report_shown(shown, quit_app=lambda: quit_calls.append(shown))
    qtbot.waitUntil(marker_printed, timeout=5_000)
    [(what, seconds)] = printed
    assert what == shown and seconds > 0
    assert quit_calls == ([shown] if quits else [])


def test_redact_hides_only_the_password() -> None:
    assert logs.redact("cups://receipt") == "cups://receipt"
    assert (
        logs.redact(f"连接 {SECRET_URL} 失败") == "连接 postgresql+psycopg://window05:***@db.hall.local:5432/hall 失败"
    )


def test_install_uses_the_program_folders(dirs: Dirs, qapp: QApplication) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    try:
        path = logs.install(Settings(window_code="07"))
    finally:
        qInstallMessageHandler(None)
    assert path == dirs.log / logs.LOG_FILE_NAME
    assert logs._state["summary"]["window_code"] == "07"
