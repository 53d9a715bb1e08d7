"""Connects the counter window's facts to the window devices (LED screen, evaluator, voice).

The window says what happened (a ticket was called, the person or the status
changed); the device hub turns that into bytes on its own threads.  Device status
comes back as lamps in the status bar.  The hub is duck-typed (the methods of
``app.devices.qt_bridge.DeviceHub``), so the window can be shown and tested without
any device.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, Slot

from app.domain.enums import WindowStatus
from app.services.clock import HALL_TZ
from app.services.dto import SessionInfo, TicketInfo, WindowStatusInfo

_STATE_NAMES = {WindowStatus.SERVING: "serving", WindowStatus.PAUSED: "paused", WindowStatus.AWAY: "away"}


class Hub(Protocol):
    """What the link needs of the device hub."""

    def show_welcome(self, window_code: str, window_name: str, staff_name: str, staff_no: str,
                     party_member: bool = False, photo: Any = None) -> None: ...

    def show_window(self, window_no: str, window_name: str, department: str) -> None: ...

    def call(self, ticket: str, window_no: str, recall: bool = False) -> None: ...

    def show_status(self, state: str, message: str = "", away: Any = None) -> None: ...


def _clock_text(instant: datetime | None) -> str:
    return instant.astimezone(HALL_TZ).strftime("%H:%M") if instant is not None else ""


class DeviceLink(QObject):
    """Feeds ``hub`` from ``window``'s signals and ``window``'s lamps from ``hub``."""

    def __init__(self, window: Any, hub: Hub, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.hub = hub
        window.person_changed.connect(self._on_window_person_changed)
        window.ticket_called.connect(self._on_window_ticket_called)
        window.ticket_recalled.connect(self._on_window_ticket_recalled)
        window.status_changed.connect(self._on_window_status_changed)
        status_signal = getattr(hub, "device_status_changed", None)
        if status_signal is not None:
            status_signal.connect(self._on_hub_device_status_changed)

    @Slot(object)
    def _on_window_person_changed(self, info: SessionInfo) -> None:
        self.hub.show_window(info.window_code, info.window_name, info.department)
        self.hub.show_welcome(info.window_code, info.window_name, info.name, info.staff_no,
                              info.party_member, info.photo)
        self.hub.show_status("serving")

    @Slot(object)
    def _on_window_ticket_called(self, ticket: TicketInfo) -> None:
        self.hub.call(ticket.number, self.window.services.settings.window_code, False)

    @Slot(object)
    def _on_window_ticket_recalled(self, ticket: TicketInfo) -> None:
        self.hub.call(ticket.number, self.window.services.settings.window_code, True)

    @Slot(object)
    def _on_window_status_changed(self, status: WindowStatusInfo) -> None:
        state = _STATE_NAMES.get(status.status)
        if state is None:
            return
        away = None
        if status.status is WindowStatus.AWAY and status.away is not None:
            from app.devices.messages import Away

            message = status.away
            away = Away(message.reason, message.whereabouts, message.contact, _clock_text(message.expected_return))
        self.hub.show_status(state, status.pause_reason if state == "paused" else "", away)

    @Slot(str, bool, str)
    def _on_hub_device_status_changed(self, name: str, online: bool, message: str) -> None:
        self.window.set_indicator(name, online, f"{name}：{message}" if message else name)
