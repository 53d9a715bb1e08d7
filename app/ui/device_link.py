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
        window.ticket_finished.connect(self._on_window_ticket_finished)
        #: Open rating requests: request id → ticket id.
        self.pending_ratings: dict[int, Any] = {}
        for name, slot in (("device_status_changed", self._on_hub_device_status_changed),
                           ("rating_received", self._on_hub_rating_received),
                           ("rating_timed_out", self._on_hub_rating_timed_out),
                           ("rating_failed", self._on_hub_rating_failed)):
            signal = getattr(hub, name, None)
            if signal is not None:
                signal.connect(slot)

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

    @Slot(object)
    def _on_window_ticket_finished(self, ticket: TicketInfo) -> None:
        """Ask the applicant to rate the service they just had (好差评)."""
        request = getattr(self.hub, "request_rating", None)
        if request is None or self._ratings() is None:
            return
        request_id = request(ticket.number)
        self.pending_ratings[request_id] = ticket.id

    @Slot(int, str, int, list)
    def _on_hub_rating_received(self, request_id: int, _reference: str, score: int, reasons: list) -> None:
        self._record(request_id, score=score, reasons=tuple(str(r) for r in reasons))

    @Slot(int, str)
    def _on_hub_rating_timed_out(self, request_id: int, _reference: str) -> None:
        self._record(request_id, score=None, unrated_reason="超时未评价")

    @Slot(int, str, str)
    def _on_hub_rating_failed(self, request_id: int, _reference: str, why: str) -> None:
        self._record(request_id, score=None, unrated_reason=why or "评价器未响应")

    def _ratings(self) -> Any:
        return self.window.services.extras.get("ratings")

    def _record(self, request_id: int, *, score: int | None, reasons: tuple[str, ...] = (),
                unrated_reason: str | None = None) -> None:
        ticket_id = self.pending_ratings.pop(request_id, None)
        ratings = self._ratings()
        if ticket_id is None or ratings is None:
            return
        self.window.ops.run(
            lambda: ratings.record(score, ticket_id=ticket_id, reasons=reasons, unrated_reason=unrated_reason),
            lambda info: self.window.status.show_info(
                self.tr("评价已记录：%1").replace("%1", info.rating.value)),
        )

    @Slot(str, bool, str)
    def _on_hub_device_status_changed(self, name: str, online: bool, message: str) -> None:
        self.window.set_indicator(name, online, f"{name}：{message}" if message else name)
