"""Chinese through Qt Linguist: the shipped catalogue is complete, loads, and retranslates."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.paths import i18n_dir
from app.ui.translations import (
    CATALOG,
    SOURCE_LANGUAGE,
    catalogue_languages,
    enum_values,
    install_translator,
    update_ts,
)

TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None while unfinished)."""
    tree = ET.parse(ts)
    found: dict[tuple[str, str], str | None] = {}
    for ctx in tree.iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") == "unfinished":
                text = None
            else:  # a plural message keeps its forms in <numerusform>
                text = "|".join(f.text or "" for f in t.findall("numerusform")) or t.text or ""
            found[(ctx.findtext("name") or "", m.findtext("source") or "")] = text
    return found


@pytest.mark.parametrize("language", catalogue_languages())
def test_shipped_catalogue_is_up_to_date(tmp_path: Path, language: str) -> None:
    shipped = i18n_dir() / f"{CATALOG}_{language}.ts"
    fresh = tmp_path / shipped.name
    shutil.copyfile(shipped, fresh)
    update_ts(language, target=fresh)
    hint = f"run: python -m app.ui.translations update && python -m app.ui.translations release ({language})"
    assert set(_messages(fresh)) == set(_messages(shipped)), hint
    assert _messages(fresh) == _messages(shipped), hint
    assert (i18n_dir() / f"{CATALOG}_{language}.qm").stat().st_mtime >= shipped.stat().st_mtime - 1


def test_source_language_catalogue_is_identity() -> None:
    messages = _messages(i18n_dir() / f"{CATALOG}_{SOURCE_LANGUAGE}.ts")
    assert len(messages) > 900
    assert {k: v for k, v in messages.items() if v != k[1]} == {}


def test_enum_values_are_messages() -> None:
    messages = _messages(i18n_dir() / f"{CATALOG}_{SOURCE_LANGUAGE}.ts")
    values = enum_values()
    # what the clerk sees of the domain: states, decisions, window status, print jobs
    for shown in ("容缺受理", "不予受理", "服务中", "打印失败待重试", "暂停计时", "已邮寄"):
        assert shown in values
    assert [v for v in values if ("Values", v) not in messages] == []


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
        qtbot.waitUntil(lambda: window.key_actions["call_next"].text() == "F1  Call next", timeout=2000)
        assert window.queue_panel.buttons[0].text() == "F1  Call next"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.key_actions["call_next"].text() == "F1  呼叫下一位", timeout=2000)
