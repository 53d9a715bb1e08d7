"""Lock after inactivity, and the screen that hides everything until the same person returns.

Idle time is measured from the clerk's own input (keys, mouse, wheel, touch) seen by
an application-wide event filter, so a ticking clock or a background refresh never
keeps the window unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.dto import SessionInfo
from app.ui.context import Services
from app.ui.look import mark_primary
from app.ui.ops import OpRunner, error_message

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when no input arrived for ``timeout_ms``; any input re-arms it."""

    #: Fact: nobody touched keyboard or mouse for the configured time.
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *, check_ms: int = 1000) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._fired = False
        self._enabled = timeout_ms > 0
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_ms, max(50, timeout_ms // 2)) if timeout_ms > 0 else check_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        if self._enabled:
            self._timer.start()

    def set_enabled(self, enabled: bool) -> None:
        """Disarm while locked or logged out; re-arming counts from now."""
        self._enabled = enabled and self.timeout_ms > 0
        self.touch()
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def touch(self) -> None:
        """Count input as of now."""
        self._elapsed.restart()
        self._fired = False

    def idle_ms(self) -> int:
        return int(self._elapsed.elapsed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._enabled and not self._fired and self._elapsed.elapsed() >= self.timeout_ms:
            self._fired = True
            self.idle.emit()


class LockScreen(QWidget):
    """Covers the work area; only the person logged in can unlock, others switch user."""

    #: Fact: the same person unlocked with their password.
    unlocked = Signal(object)
    #: Request: someone else wants to take over the window.
    switch_requested = Signal()

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("PageTitle")
        self.who_label = QLabel(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaximumWidth(260)
        self.unlock_button = QPushButton(self)
        self.switch_button = QPushButton(self)
        mark_primary(self.unlock_button)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color:#ffd0d0")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password_edit)
        row.addWidget(self.unlock_button)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title_label, self.who_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addWidget(self.error_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.switch_button.clicked.connect(self.switch_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("窗口已锁定"))
        self.unlock_button.setText(self.tr("解锁"))
        self.switch_button.setText(self.tr("切换用户"))
        self.password_edit.setPlaceholderText(self.tr("本人密码"))
        self.show_person(self.services.session.current)

    def show_person(self, info: SessionInfo | None) -> None:
        self.error_label.setText("")
        self.password_edit.clear()
        if info is None:
            self.who_label.setText("")
        else:
            self.who_label.setText(
                self.tr("%1（%2）离开时锁定，请本人输入密码解锁").replace("%1", info.name).replace("%2", info.capacity)
            )

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        session = self.services.session
        self.ops.run(
            lambda: session.unlock(password),
            self.unlocked.emit,
            lambda exc: self.error_label.setText(error_message(exc)),
        )
