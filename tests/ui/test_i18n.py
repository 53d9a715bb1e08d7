"""Chinese through Qt Linguist: the shipped catalogue is complete, loads, and retranslates."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.paths import i18n_dir
from app.ui.translations import CATALOG, install_translator

TOOLS = Path(sys.executable).parent

COUNTER_WINDOW_MODULES = (
    "dialogs.py",
    "kiosk.py",
    "lock.py",
    "login.py",
    "main.py",
    "main_window.py",
    "queue_actions.py",
    "window_actions.py",
    "queue_panel.py",
    "status_strip.py",
    "statusbar.py",
    "pages/guide.py",
    "pages/intake.py",
    "pages/applicant_form.py",
    "pages/intake_card.py",
    "pages/checklist.py",
    "pages/capture_panel.py",
    "pages/decision.py",
    "pages/cases.py",
    "pages/clock_actions.py",
    "pages/today.py",
)


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_shipped_catalogue_is_up_to_date_and_complete(tmp_path: Path) -> None:
    shipped = i18n_dir() / f"{CATALOG}_zh_CN.ts"
    fresh = tmp_path / "fresh.ts"
    ui = Path(__file__).resolve().parents[2] / "app" / "ui"
    # The counter window's own modules; the rest of app/ui (admin console, peripherals) is
    # refreshed by the same command on its owners' schedule.
    counter_files = [str(ui / name) for name in COUNTER_WINDOW_MODULES]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", *counter_files, "-ts", str(fresh)], check=True)
    missing = {s for s in _sources(fresh) - _sources(shipped) if not s[0].startswith("_") and s[0]}
    assert missing == set(), "run: python -m app.ui.translations update && python -m app.ui.translations release"
    tree = ET.parse(shipped)
    unfinished = [
        m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert (i18n_dir() / f"{CATALOG}_zh_CN.qm").stat().st_mtime >= shipped.stat().st_mtime - 1


def test_translator_is_installed_from_the_qm(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = install_translator(qapp, "zh_CN")
    own = installed[0]
    assert own.translate("MainWindow", "呼叫下一位") == "呼叫下一位"
    assert own.translate("Columns", "材料名称") == "材料名称"
    assert own.translate("MainWindow", "没有这句话") == ""


def test_language_change_retranslates_the_window(qtbot, qapp, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A one-string English catalogue, compiled with the real lrelease.
    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>MainWindow</name><message><source>呼叫下一位</source>"
        "<translation>Call next</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "en.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    try:
        QCoreApplication.installTranslator(translator)
        qtbot.waitUntil(lambda: window.actions["call_next"].text() == "F1  Call next", timeout=2000)
        assert window.queue_panel.buttons[0].text() == "F1  Call next"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.actions["call_next"].text() == "F1  呼叫下一位", timeout=2000)
