"""Logging in on the shared PC, through the real dialog and a real SQLite store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.login import LoginDialog
from tests.services.conftest import PASSWORD


def _type_and_submit(qtbot, dialog: LoginDialog, staff_no: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.staff_edit.clear()
    qtbot.keyClicks(dialog.staff_edit, staff_no)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_a_post_logs_in_at_the_bound_window(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    # Given the login dialog of the PC bound to window 01
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "01号窗口" in dialog.window_label.text()
    # When the A-post types number and password and presses Enter
    with qtbot.waitSignal(dialog.logged_in) as blocker:
        _type_and_submit(qtbot, dialog, "0101", PASSWORD)
    # Then the session is the A-post's at window 01
    info = blocker.args[0]
    assert (info.name, info.capacity, info.window_code) == ("张明", "A岗", "01")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_five_wrong_passwords_lock_the_account_and_the_dialog_says_so(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    messages = []
    for _ in range(5):
        _type_and_submit(qtbot, dialog, "0101", "wrong-password")
        messages.append(dialog.error_label.text())
    assert messages[0] == "工号或密码错误，再错4次账户将被锁定15分钟"
    assert messages[3] == "工号或密码错误，再错1次账户将被锁定15分钟"
    assert messages[4].startswith("连续输错密码5次，账户已锁定，请于")
    # Even the right password is refused while the account is locked.
    _type_and_submit(qtbot, dialog, "0101", PASSWORD)
    assert dialog.error_label.text().startswith("连续输错密码5次，账户已锁定")
    assert services.session.current is None
    assert dialog.isVisible()


def test_someone_not_posted_at_this_window_is_refused(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, "0201", PASSWORD)
    assert "不能在本窗口登录" in dialog.error_label.text()
    assert services.session.current is None


def test_first_login_requires_a_new_password_before_working(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, "0202", "initial1")
    change = dialog.change_dialog
    assert change is not None and change.isVisible()
    assert dialog.session_info is None
    qtbot.keyClicks(change.old_edit, "initial1")
    qtbot.keyClicks(change.new_edit, "Counter2026new")
    qtbot.keyClicks(change.repeat_edit, "Counter2026new")
    with qtbot.waitSignal(dialog.logged_in) as blocker:
        change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0].must_change_password is False
    assert blocker.args[0].capacity == "B岗"


def test_mismatched_new_passwords_are_caught_in_the_dialog(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, "0202", "initial1")
    change = dialog.change_dialog
    qtbot.keyClicks(change.old_edit, "initial1")
    qtbot.keyClicks(change.new_edit, "Counter2026new")
    qtbot.keyClicks(change.repeat_edit, "Counter2026neu")
    change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert change.error_label.text() == "两次输入的新密码不一致"
    assert services.session.current.must_change_password is True
