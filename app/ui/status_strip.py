"""The strip across the top: who serves at which window, in what state, which ticket.

The clerk and the applicant both glance at it; the wait and service times tick
every second from the ticket's own timestamps, so nothing depends on the clerk
remembering when the applicant arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from app.domain.enums import WindowStatus
from app.ui.values import value_text


def format_duration(seconds: float) -> str:
    """``75`` → ``01:15``; ``3725`` → ``1:02:05`` (minutes:seconds below an hour)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


@dataclass(frozen=True)
class TicketTimes:
    """The current ticket as the strip shows it."""

    number: str
    issued_at: datetime
    called_at: datetime | None = None


_STATE_PROPERTY = {
    WindowStatus.SERVING.value: "serving",
    WindowStatus.PAUSED.value: "paused",
    WindowStatus.AWAY.value: "away",
}


class StatusStrip(QWidget):
    """Window, clerk and post, service status, current ticket, wait and service time."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._ticket: TicketTimes | None = None
        self._now = clock or (lambda: datetime.now(timezone.utc))
        self.setObjectName("StatusStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.window_label = QLabel(self)
        self.clerk_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("StatusStripState")
        self.ticket_label = QLabel(self)
        self.ticket_label.setObjectName("StatusStripTicket")
        self.wait_label = QLabel(self)
        self.service_label = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (self.window_label, self.clerk_label, self.state_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.ticket_label, self.wait_label, self.service_label):
            layout.addWidget(widget)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.clear()

    def set_window(self, code: str, name: str) -> None:
        self.window_label.setText(self.tr("%1号窗口 %2").replace("%1", code).replace("%2", name))

    def set_clerk(self, name: str, post: str) -> None:
        self.clerk_label.setText(
            self.tr("%1（%2）").replace("%1", name).replace("%2", value_text(post)) if name else ""
        )

    def set_state(self, state: str, detail: str = "") -> None:
        """``state`` is the WindowStatus value (服务中/暂停服务/离开); colour follows it."""
        self.state_label.setText(f"{value_text(state)} {detail}".strip())
        self.state_label.setProperty("state", _STATE_PROPERTY.get(state, ""))
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)

    def set_ticket(self, ticket: TicketTimes | None) -> None:
        """Show the ticket being served (None: no ticket) and tick its times."""
        self._ticket = ticket
        if ticket is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()
        self._refresh_times()

    def clear(self) -> None:
        """Forget the person and the ticket (user switch, lock)."""
        self.clerk_label.setText("")
        self.set_state("")
        self.set_ticket(None)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._refresh_times()

    def _refresh_times(self) -> None:
        ticket = self._ticket
        if ticket is None:
            self.ticket_label.setText(self.tr("当前无号"))
            self.wait_label.setText("")
            self.service_label.setText("")
            return
        now = self._now()
        self.ticket_label.setText(self.tr("当前 %1").replace("%1", ticket.number))
        waited_until = ticket.called_at or now
        self.wait_label.setText(
            self.tr("等候 %1").replace("%1", format_duration((waited_until - ticket.issued_at).total_seconds()))
        )
        if ticket.called_at is None:
            self.service_label.setText("")
        else:
            self.service_label.setText(
                self.tr("办理 %1").replace("%1", format_duration((now - ticket.called_at).total_seconds()))
            )
