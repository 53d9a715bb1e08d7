"""Logging in on the shared window PC: login, first-login password change, switch user.

The dialog shows which window the PC is bound to, so a clerk never works at the
wrong window by mistake.  Every check (password, lockout after five wrong tries,
who may log in at this window) is the session service's; the dialog only shows
its Chinese answer inline and keeps the staff number so a retry is one field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.domain.errors import PermissionDenied
from app.services.dto import SessionInfo
from app.services.errors import AccountLocked, WrongPassword
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message


def _log_in(services: Services, staff_no: str, password: str) -> SessionInfo | Actor:
    """The window's login; a person who may not staff this window but is a 后台审批人
    (the password was right) logs in to the back-office workbench on the central store."""
    try:
        return services.session.login(staff_no, password)
    except PermissionDenied as refused:
        backoffice = services.backoffice
        if backoffice is None:
            raise
        try:
            return backoffice.login(staff_no, password)
        except PermissionDenied:
            raise refused from None


class ChangePasswordDialog(QDialog):
    """First login (or on request): old password, new password twice."""

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        #: The session after the change (set when accepted).
        self.session_info: SessionInfo | None = None
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.old_edit = QLineEdit(self)
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self), QLabel(self), QLabel(self)]
        self._form = QFormLayout()
        for label, edit in zip(self._labels, (self.old_edit, self.new_edit, self.repeat_edit), strict=True):
            self._form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addLayout(self._form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("修改密码"))
        self.hint_label.setText(self.tr("首次登录或密码已重置，请设置新密码后再开始办理。"))
        for label, text in zip(
            self._labels, (self.tr("原密码"), self.tr("新密码"), self.tr("再次输入新密码")), strict=True
        ):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("两次输入的新密码不一致"))
            return
        old, new = self.old_edit.text(), self.new_edit.text()
        services = self.services
        self.ops.run(lambda: services.session.change_password(old, new), self._on_changed, self._on_failed)

    def _on_changed(self, info: SessionInfo) -> None:
        self.session_info = info
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_message(exc))


class LoginDialog(QDialog):
    """Staff number + password for this PC's window; also used to switch user.

    In *switch* mode the previous person may hand their unfinished intakes over with
    a note (交接); without it their drafts wait for them.
    """

    #: Fact: someone logged in (or took over the window).
    logged_in = Signal(object)

    def __init__(
        self,
        services: Services,
        ops: OpRunner,
        *,
        switching: bool = False,
        window_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.switching = switching
        #: Shown next to the window code (the window's name once someone has logged in there).
        self.window_name = window_name
        #: The session after a successful login.
        self.session_info: SessionInfo | None = None
        #: A 后台审批人 logged in (against the central store): the workbench opens, not the counter.
        self.back_office: Actor | None = None
        #: Open while a first-login password change is asked for.
        self.change_dialog: ChangePasswordDialog | None = None
        self.window_label = QLabel(self)
        self.window_label.setObjectName("PageTitle")
        self.staff_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.handover_check = QCheckBox(self)
        self.handover_edit = QPlainTextEdit(self)
        self.handover_edit.setMaximumHeight(70)
        self.handover_edit.setEnabled(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self), QLabel(self)]
        self._form = QFormLayout()
        self._form.addRow(self._labels[0], self.staff_edit)
        self._form.addRow(self._labels[1], self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.window_label)
        layout.addLayout(self._form)
        layout.addWidget(self.handover_check)
        layout.addWidget(self.handover_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.handover_check.setVisible(switching)
        self.handover_edit.setVisible(switching)
        self.setMinimumWidth(420)
        self.handover_check.toggled.connect(self.handover_edit.setEnabled)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # Enter after the staff number only moves to the password: the dialog's default
        # button must not also fire (it said 请输入密码 while the clerk typed correctly).
        self.staff_edit.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.staff_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.staff_edit.text().strip():
                self.password_edit.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("切换用户") if self.switching else self.tr("登录 — 窗口受理台"))
        code = self.services.settings.window_code
        text = self.tr("本机窗口：%1号窗口").replace("%1", code)
        if self.window_name:
            text += f" {self.window_name}"
        self.window_label.setText(text)
        for label, label_text in zip(self._labels, (self.tr("工号"), self.tr("密码")), strict=True):
            label.setText(label_text)
        self.staff_edit.setPlaceholderText(self.tr("请输入工号"))
        self.handover_check.setText(self.tr("交接：把上一位人员未完成的收件交给新登录人员"))
        self.handover_edit.setPlaceholderText(self.tr("交接说明（必填：交接了什么、需注意什么）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def submit(self) -> None:
        """Try the typed staff number and password (the OK button and Enter)."""
        self._on_buttons_accepted()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        staff_no = self.staff_edit.text().strip()
        password = self.password_edit.text()
        if not staff_no:
            self.error_label.setText(self.tr("请输入工号"))
            self.staff_edit.setFocus()
            return
        if not password:
            self.error_label.setText(self.tr("请输入密码"))
            self.password_edit.setFocus()
            return
        note: str | None = None
        if self.switching and self.handover_check.isChecked():
            note = self.handover_edit.toPlainText().strip()
            if not note:
                self.error_label.setText(self.tr("勾选交接时请填写交接说明"))
                self.handover_edit.setFocus()
                return
        # The session service is looked up on the worker: at start-up the login dialog is
        # shown before the services are built, and the worker runs jobs in order.
        services = self.services
        self.buttons.setEnabled(False)
        if self.switching:
            self.ops.run(
                lambda: services.session.switch_user(staff_no, password, handover_note=note),
                self._on_logged_in,
                self._on_failed,
            )
        else:
            self.ops.run(lambda: _log_in(services, staff_no, password), self._on_logged_in, self._on_failed)

    def _on_logged_in(self, info: SessionInfo | Actor) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        if isinstance(info, Actor):
            self.back_office = info
            self.accept()
            return
        if info.must_change_password:
            self.change_dialog = ChangePasswordDialog(self.services, self.ops, self)
            self.change_dialog.finished.connect(self._on_change_dialog_finished)
            self.change_dialog.open()
            return
        self._done(info)

    @Slot(int)
    def _on_change_dialog_finished(self, result: int) -> None:
        dialog = self.change_dialog
        self.change_dialog = None
        if result != QDialog.DialogCode.Accepted or dialog is None or dialog.session_info is None:
            self.error_label.setText(self.tr("必须修改密码后才能办理业务"))
            if not self.switching:
                services = self.services
                self.ops.run(lambda: services.session.logout())
            return
        self._done(dialog.session_info)

    def _done(self, info: SessionInfo) -> None:
        self.session_info = info
        self.logged_in.emit(info)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(exc, AccountLocked):
            self.error_label.setText(exc.message)
            self.staff_edit.selectAll()
            return
        if isinstance(exc, WrongPassword):
            self.error_label.setText(exc.message)
            return
        self.error_label.setText(error_message(exc))
