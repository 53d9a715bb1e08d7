"""pytest-qt: the administrator's console adds a matter with materials, assigns A/B posts and a
substitute for today, and the window's login honours the substitute; a clerk cannot open it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import MaterialForm, Necessity, PostRole
from app.services.clock import ManualClock
from app.services.console import ConsoleService
from app.services.session import SessionService
from app.services.stats import StatsService
from app.settings import Settings
from app.store.uow import Store
from app.ui.admin.common import actor_source
from app.ui.admin.console import AdminConsole
from app.ui.context import Services
from app.ui.login import LoginDialog
from app.ui.ops import OpRunner
from tests.registers.conftest import Hall, clock_at
from tests.registers.test_console_service import CATALOG
from tests.services.conftest import make_desk

TODAY = date(2026, 10, 10)


@pytest.fixture()
def ops(qapp) -> OpRunner:  # type: ignore[no-untyped-def]
    return OpRunner(synchronous=True)


@pytest.fixture()
def console(reg_store: Store, hall: Hall) -> ConsoleService:
    service = ConsoleService(reg_store, clock_at(TODAY))
    service.import_catalog(hall.admin, CATALOG)
    return service


def test_a_clerk_sees_only_the_refusal(qtbot, console: ConsoleService, ops: OpRunner, hall: Hall) -> None:  # type: ignore[no-untyped-def]
    widget = AdminConsole(console, ops, lambda: hall.clerk01)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.opened and widget.denied_label.isVisible() and not widget.tabs.isVisible()
    assert "中心管理员" in widget.denied_label.text()


def test_console_matter_posts_and_substitute_honoured_at_login(
    qtbot,
    console: ConsoleService,
    ops: OpRunner,  # type: ignore[no-untyped-def]
    hall: Hall,
    reg_store: Store,
    tmp_path: Path,
) -> None:
    widget = AdminConsole(console, ops, lambda: hall.admin)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.opened

    # -- a new matter with two materials, the second only for an agent
    editor = widget.matters
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.code_edit, "RSJ-020")
    editor.name_edit.setText("就业失业登记")  # QTest types Latin-1 only; an IME would commit this
    editor.type_combo.setCurrentText("公共服务")
    editor.department_combo.setCurrentIndex(editor.department_combo.findData("RSJ"))
    editor.kind_combo.setCurrentText("即办件")
    editor.situations_edit.setPlainText("agent|委托代理人办理|是否委托他人办理？")
    qtbot.mouseClick(editor.add_material_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_material_button, Qt.MouseButton.LeftButton)
    editor.set_material(0, code="ID", name="居民身份证")
    editor.set_material(
        1, code="POA", name="授权委托书", necessity=Necessity.REQUIRED, form=MaterialForm.ORIGINAL, situations="agent"
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in editor.message.text(), editor.message.text()
    stored = console.matter(hall.admin, "RSJ-020")
    assert [(m["code"], m["situations"]) for m in stored["materials"]] == [("ID", []), ("POA", ["agent"])]
    assert stored["case_kind"] == "即办件" and stored["department"] == "RSJ"
    assert editor.matter_list.count() == 2

    # a broken edit is refused with the catalog's message and changes nothing
    editor.set_material(1, code="ID", name="授权委托书")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "ID" in editor.message.text() and "已保存" not in editor.message.text()
    assert len(console.matter(hall.admin, "RSJ-020")["materials"]) == 2

    # -- a new person, A/B posts of window 02, and a substitute for today
    staff = widget.staff
    qtbot.keyClicks(staff.staff_no_edit, "S010")
    staff.name_edit.setText("钱多多")
    qtbot.mouseClick(staff.create_button, Qt.MouseButton.LeftButton)
    found = re.search(r"临时密码：(\w+)", staff.message.text())
    assert found, staff.message.text()
    password = found.group(1)

    posts = widget.posts
    posts.refresh()
    posts.select(posts.window_combo, "02")
    posts.select(posts.staff_combo, "S002")
    posts.post_combo.setCurrentText(PostRole.A.value)
    qtbot.mouseClick(posts.assign_button, Qt.MouseButton.LeftButton)
    posts.select(posts.staff_combo, "S004")
    posts.post_combo.setCurrentText(PostRole.B.value)
    qtbot.mouseClick(posts.assign_button, Qt.MouseButton.LeftButton)
    table = posts.posts_table
    assert [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())] == [
        ("A岗", "S002"),
        ("B岗", "S004"),
    ]

    window02 = SessionService(reg_store, Settings(window_code="02"), clock=clock_at(TODAY, 8, 55))
    with pytest.raises(Exception, match="顶岗"):
        window02.login("S010", password)
    assert posts.substitute_day() == TODAY
    posts.select(posts.substitute_staff_combo, "S010")
    posts.substitute_note.setText("李强请假")
    qtbot.mouseClick(posts.substitute_button, Qt.MouseButton.LeftButton)
    assert "已批准" in posts.message.text(), posts.message.text()
    assert posts.substitutes_table.rowCount() == 1 and posts.substitutes_table.item(0, 1).text() == "钱多多"

    # the counter's own login dialog at window 02's PC now lets the substitute in
    desk = make_desk(reg_store, "02", clock=ManualClock.at_hall_time(TODAY, 9))
    services = Services(
        settings=desk.settings,
        session=desk.session,
        queue=desk.queue,
        guide=desk.guide,
        intake=desk.intake,
        decisions=desk.decisions,
        tracking=desk.tracking,
        stats=StatsService(reg_store),
    )
    login = LoginDialog(services, ops)
    qtbot.addWidget(login)
    qtbot.keyClicks(login.staff_edit, "S010")
    qtbot.keyClicks(login.password_edit, password)
    login.submit()
    assert login.change_dialog is not None, login.error_label.text()  # first login: new password first
    change = login.change_dialog
    qtbot.keyClicks(change.old_edit, password)
    qtbot.keyClicks(change.new_edit, "Subst1tute9")
    qtbot.keyClicks(change.repeat_edit, "Subst1tute9")
    change.buttons.accepted.emit()
    assert login.session_info is not None, change.error_label.text()
    assert login.session_info.post is PostRole.SUBSTITUTE and login.session_info.name == "钱多多"
    assert desk.session.actor.post == PostRole.SUBSTITUTE.value

    # -- the catalog goes out as a file that the format accepts back
    out = tmp_path / "catalog.json"
    widget.export_file(out)
    assert "RSJ-020" in out.read_text(encoding="utf-8")
    widget.import_file(out)
    assert "已导入2个事项" in widget.message.text()


def test_hall_settings_and_calendar_from_the_console(
    qtbot,
    console: ConsoleService,
    ops: OpRunner,  # type: ignore[no-untyped-def]
    hall: Hall,
    tmp_path: Path,
) -> None:
    widget = AdminConsole(console, ops, lambda: hall.admin)
    qtbot.addWidget(widget)
    panel = widget.settings
    panel.hours_edit.setText("08:30-12:00,14:00-17:30")
    panel.phone_edits["投诉电话"].setText("0838-7654321")
    qtbot.mouseClick(panel.save_hall_button, Qt.MouseButton.LeftButton)
    assert "已保存" in panel.message.text(), panel.message.text()
    assert console.hall_settings(hall.admin).hours.describe() == "08:30-12:00，14:00-17:30"
    panel.hours_edit.setText("17:00-09:00")
    qtbot.mouseClick(panel.save_hall_button, Qt.MouseButton.LeftButton)
    assert "结束时间应晚于开始时间" in panel.message.text()
    panel.override_note.setText("台风停止办公")
    qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
    assert panel.overrides_table.rowCount() == 1 and panel.overrides_table.item(0, 1).text() == "休息"
    notice = tmp_path / "2027.txt"
    notice.write_text("2027-10-01..2027-10-07 休 国庆节\n2027-10-09 班 国庆节调休\n", encoding="utf-8")
    panel.import_notice_file(notice)
    assert "新增8天" in panel.message.text(), panel.message.text()
    assert panel.overrides_table.rowCount() == 9
    notice.write_text("2027-13-01 休 错误\n", encoding="utf-8")
    panel.import_notice_file(notice)
    assert "第1行" in panel.message.text() and panel.overrides_table.rowCount() == 9


def test_the_console_follows_the_session(
    qtbot,
    console: ConsoleService,
    ops: OpRunner,
    hall: Hall,  # type: ignore[no-untyped-def]
    reg_store: Store,
) -> None:
    password = console.create_staff(hall.admin, "M009", "孔管理员", roles=["中心管理员"])
    session = SessionService(reg_store, Settings(window_code="01"), clock=clock_at(TODAY, 9))
    source = actor_source(session)
    assert source() is None
    session.login("M009", password)
    assert source() is None  # first login: the password must be changed before acting
    session.change_password(password, "NewPassw0rd")
    current = source()
    assert current is not None and current.name == "孔管理员"
    widget = AdminConsole(console, ops, source)
    qtbot.addWidget(widget)
    assert widget.opened
    session.lock()
    widget.matters.refresh()
    assert "请先登录" in widget.matters.message.text()
