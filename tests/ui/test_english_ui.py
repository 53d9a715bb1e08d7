"""The counter in English: with ``language = "en"`` every text a clerk sees is English.

The login dialog, the counter window (each page, the menus, the status bar) after a ticket
is called and a matter opened, and the center's workspace with the console are walked
widget by widget: labels, buttons, group titles, tab texts, table headers and cells,
choice lists, placeholders, window titles, menus.  Chinese is allowed only where the
text is the hall's data — a matter, a person, a window, a department from the catalog —
and those widgets are named below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from app.settings import load_settings
from app.ui.login import LoginDialog
from app.ui.translations import install_translator
from tests.ui.test_counter_flow import call_and_open_matter, type_applicant
from tests.ui.test_queue_keys import log_in

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

#: Widgets whose text is not the program's but a name in its own language, and why.
NAMED_WIDGETS: dict[str, str] = {
    "language_zh_CN": "视图 → 语言 names each catalogue in its own language (简体中文)",
}


@pytest.fixture()
def english(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The program's start-up language step with ``language = "en"`` in settings.toml."""
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('schema_version = 1\nlanguage = "en"\n', encoding="utf-8")
    monkeypatch.setenv("CD_SETTINGS", str(settings_file))
    assert load_settings().language == "en"
    install_translator(qapp, load_settings().language)
    yield
    install_translator(qapp, "zh_CN")


def _strings_in(value: object, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """Every Chinese string inside a DTO (dataclasses, tuples), except enum members and ``skip`` fields."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        if CJK.search(value):
            yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if f.name not in skip:
                yield from _strings_in(getattr(value, f.name), skip)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings_in(item, skip)


#: Fields of a matter's guide that hold a domain value (translated), not catalog text.
_VALUE_FIELDS = frozenset({"type", "case_kind", "result_kind"})


def hall_data(services, people) -> list[str]:  # type: ignore[no-untyped-def]
    """What the screens may show in Chinese: the catalog's matters, materials, situations,
    departments, bundles and the hall's people and windows — longest first."""
    found: set[str] = set()
    for hit in services.guide.search("", limit=500):
        found.update(_strings_in(services.guide.guide(hit.code), _VALUE_FIELDS))
    for bundle in services.guide.bundles():
        found.update(_strings_in(bundle))
    for info in people:
        found.update(s for s in (info.name, info.window_name) if s)
    if services.center is not None and services.session.current is not None:
        actor = services.session.require_actor()
        found.update(w.name for w in services.center.console.windows(actor))
        found.update(d.name for d in services.center.console.departments(actor))
        found.update(m.name for m in services.center.console.matters(actor))
        for person in services.center.console.staff(actor):
            found.update(_strings_in(person, frozenset({"roles"})))
    return sorted(found, key=len, reverse=True)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything visible in ``root`` and its menus."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow():
            yield where + ":title", w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
            yield where + ":tooltip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield where + ":placeholder", w.placeholderText()
        elif isinstance(w, QTextBrowser | QTextEdit):
            yield where, w.toPlainText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root_index = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root_index)
            for c in range(columns):
                yield where + ":header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(model.rowCount(root_index), 20)):
                for c in range(columns):
                    yield where + ":cell", str(model.index(r, c).data() or "")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from _menu_texts(menu)


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            yield f"menu {menu.title()}:{action.objectName()}", action.text()
            sub = action.menu()
            if isinstance(sub, QMenu) and sub is not menu:
                yield from _menu_texts(sub)


def chinese_left(root: QWidget, data: list[str]) -> list[str]:
    """Each visible text of ``root`` with Chinese left once the hall's data is taken out."""
    left = []
    for where, text in _texts(root):
        if any(part in NAMED_WIDGETS for part in where.split(":")):
            continue
        rest = text
        for value in data:
            rest = rest.replace(value, "")
        if CJK.search(rest):
            left.append(f"{where}: {text!r}")
    return sorted(set(left))


def test_login_dialog_is_english(qtbot, english, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Log in — Counter Desk"
    assert chinese_left(dialog, hall_data(services, [])) == []
    # a refused log-in is told in English too
    dialog.staff_edit.setText("")
    dialog.submit()
    assert dialog.error_label.text() == "Please enter your staff no."


def test_counter_window_is_english_on_every_page(qtbot, english, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    data = hall_data(services, [window.person]) + ["张三"]  # the applicant the test typed
    assert window.windowTitle() == "Counter Desk"
    assert window.key_actions["call_next"].text() == "F1  Call next"
    assert [a.text() for a in window.menuBar().actions()] == ["&Queue", "&Window", "&Registers", "&View"]
    seen_pages = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        seen_pages.append(window.tabs.tabText(i))
        assert chinese_left(window, data) == [], window.tabs.tabText(i)
    assert "Intake" in seen_pages and "My cases" in seen_pages and "Service guide" in seen_pages
    # the hall's data stays as the catalog has it
    assert page.case is not None and "企业设立登记" in page.matter_label.text()


def test_center_workspace_and_console_are_english(qtbot, english, center_services, ops) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    window = MainWindow(center_services, ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    info = log_in(qtbot, window, center_services, ops, staff_no="9001")
    workspace = window.workspace
    assert workspace is not None
    # + the reason an administrator typed for the test hall's substitute (tests/services/conftest.py)
    data = [*hall_data(center_services, [info]), "A岗培训"]
    titles = [workspace.tabText(i) for i in range(workspace.count())]
    assert titles == [
        "E-supervision",
        "Extension approvals",
        "Statistics",
        "Attendance",
        "Registers",
        "Administration console",
    ]
    for i in range(workspace.count()):
        workspace.setCurrentIndex(i)
        qtbot.wait(10)
        assert chinese_left(window, data) == [], (titles[i], chinese_left(window, data))
    console = workspace.console
    assert console is not None
    for i in range(console.tabs.count()):
        console.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        assert chinese_left(window, data) == [], (console.tabs.tabText(i), chinese_left(window, data))


def test_untranslated_text_falls_back_to_chinese(english) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("MainWindow", "呼叫下一位") == "Call next"
    assert QCoreApplication.translate("MainWindow", "一句没有译文的话") == "一句没有译文的话"


@pytest.fixture()
def center_services(hall_store):  # type: ignore[no-untyped-def]
    from app.bootstrap import build_center_services
    from tests.ui.conftest import make_services

    base = make_services(hall_store)[0]
    return replace(base, center=build_center_services(hall_store, base.session.now))


def test_language_menu_switches_at_once_and_keeps_it_in_settings(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('schema_version = 2\nwindow_code = "01"\nidle_lock_minutes = 7\n', encoding="utf-8")
    monkeypatch.setenv("CD_SETTINGS", str(settings_file))
    menu = window.language_menu
    assert list(menu.entries) == ["zh_CN", "en"]
    assert menu.entries["zh_CN"].isChecked()
    try:
        menu.entries["en"].trigger()
        qtbot.waitUntil(lambda: window.key_actions["call_next"].text() == "F1  Call next", timeout=2000)
        assert window.windowTitle() == "Counter Desk"
        assert menu.title() == "&Language" and menu.entries["en"].isChecked()
        kept = load_settings()
        assert (kept.language, kept.window_code, kept.idle_lock_minutes) == ("en", "01", 7)
    finally:
        menu.entries["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.key_actions["call_next"].text() == "F1  呼叫下一位", timeout=2000)
    assert load_settings().language == "zh_CN"
