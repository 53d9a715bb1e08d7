"""DeviceHub: the UI's single door to the window's devices, speaking Qt signals.

Why a bridge: drivers run on their own threads and report through plain callbacks; the
hub re-emits those reports as queued signals on the GUI thread, and every request
method only drops a command into a driver queue, so the GUI thread never waits on a
serial port, a socket or a speech engine.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.devices.announcer import Announcer, choose_backend
from app.devices.config import DeviceConfig, build_driver
from app.devices.drivers.base import DeviceDriver, DriverTiming
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.drivers.idcard import IdCardReaderDriver
from app.devices.drivers.led import LedDriver
from app.devices.messages import (
    Away,
    CardRead,
    CardReadFailed,
    CommandRejected,
    DeviceOffline,
    DeviceOnline,
    LedState,
    RatingFailed,
    RatingPressed,
    RatingTimedOut,
    Welcome,
)

log = logging.getLogger(__name__)

_STATES = {"serving": LedState.SERVING, "paused": LedState.PAUSED, "away": LedState.AWAY}


class DeviceHub(QObject):
    """Owns the drivers (and the announcer) of one window PC."""

    #: the applicant rated: request id, reference (case no./ticket), score 1..5, reasons
    rating_received = Signal(int, str, int, list)
    #: nobody rated in time: request id, reference
    rating_timed_out = Signal(int, str)
    #: the request could not complete (device offline/died): request id, reference, Chinese reason
    rating_failed = Signal(int, str, str)
    #: a device came online or went offline: name, online, Chinese message for the status bar
    device_status_changed = Signal(str, bool, str)
    #: a device refused a command: name, Chinese message
    command_rejected = Signal(str, str)
    #: an ID card was read: the ``IdCardData``, the photo as BMP bytes (or None), why no photo
    card_read = Signal(object, object, str)
    #: an ID card could not be read (no card, bad checksum, lifted mid-read …): Chinese reason
    card_read_failed = Signal(str)

    #: internal: driver thread → GUI thread
    _device_event = Signal(str, object)

    def __init__(
        self,
        configs: Sequence[DeviceConfig] = (),
        parent: QObject | None = None,
        *,
        timing: DriverTiming | None = None,
        announcer: Announcer | None = None,
    ) -> None:
        super().__init__(parent)
        self._drivers: dict[str, DeviceDriver] = {}
        self._status: dict[str, tuple[bool, str]] = {}
        self._announcer = announcer
        self._device_event.connect(self._on_driver_event, Qt.ConnectionType.QueuedConnection)
        for config in configs:
            if config.role == "announcer":
                if self._announcer is None:
                    self._announcer = Announcer(choose_backend(config.protocol))
                continue
            self._drivers[config.name] = build_driver(config, self._sink(config.name), timing)

    def _sink(self, name: str) -> Callable[[object], None]:
        def deliver(event: object) -> None:
            self._device_event.emit(name, event)

        return deliver

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Start every driver thread (connecting happens on those threads)."""
        for driver in self._drivers.values():
            driver.start()

    def stop(self) -> None:
        """Stop drivers and the announcer with bounded waits (application exit)."""
        for driver in self._drivers.values():
            driver.stop()
        if self._announcer is not None:
            self._announcer.stop()

    @property
    def device_names(self) -> list[str]:
        """Configured devices, in settings order."""
        return list(self._drivers)

    @property
    def voice(self) -> str:
        """Name of the speech backend in use (``qt``, ``espeak-ng``), or ``""`` when calls are silent."""
        announcer = self._announcer
        return announcer.backend.name if announcer is not None and announcer.backend is not None else ""

    def status(self, name: str) -> tuple[bool, str]:
        """Last known (online, message) of a device; unknown devices count as offline."""
        return self._status.get(name, (False, "正在连接…"))

    # ------------------------------------------------------------------ requests (never block)

    def show_welcome(
        self,
        window_code: str,
        window_name: str,
        staff_name: str,
        staff_no: str,
        party_member: bool = False,
        photo: bytes | str | os.PathLike[str] | None = None,
    ) -> None:
        """Who serves at this window, on every evaluator (called on login and user switch).

        ``photo`` is image bytes or a file path; a path is read on the driver thread.
        """
        if isinstance(photo, (bytes, bytearray)):
            welcome = Welcome(window_code, window_name, staff_name, staff_no, party_member, bytes(photo))
        else:
            path = os.fspath(photo) if photo is not None else None
            welcome = Welcome(window_code, window_name, staff_name, staff_no, party_member, photo_path=path)
        for driver in self._evaluators():
            driver.show_welcome(welcome)

    def request_rating(self, reference: str, timeout_s: float | None = None) -> int:
        """Ask the applicant to rate ``reference``; the answer arrives as a signal.

        The first configured evaluator asks (a window has one keypad or one tablet).
        Returns the request id, or 0 when no evaluator is configured (then
        ``rating_failed`` follows on the next event-loop turn). Exactly one of
        ``rating_received``, ``rating_timed_out`` or ``rating_failed`` follows per id.
        """
        evaluators = self._evaluators()
        if not evaluators:
            QTimer.singleShot(0, lambda: self.rating_failed.emit(0, reference, "本窗口未配置评价器，未评价"))
            return 0
        return evaluators[0].request_rating(reference, timeout_s)

    def cancel_rating(self, request_id: int) -> None:
        """Withdraw a pending request (ends with ``rating_failed``)."""
        for driver in self._evaluators():
            driver.cancel_rating(request_id)

    def show_window(self, window_no: str, window_name: str, department: str) -> None:
        """Fixed window line of the LED screen."""
        for driver in self._leds():
            driver.show_window(window_no, window_name, department)

    def show_idle(self, window_no: str, window_name: str, department: str) -> None:
        """The LED screen's idle picture: the window line alone (the last call cleared)."""
        for driver in self._leds():
            driver.clear()
            driver.show_window(window_no, window_name, department)

    def show_ticket(self, ticket: str, window_no: str) -> None:
        """The ticket now served, on the LED screen."""
        for driver in self._leds():
            driver.show_ticket(ticket, window_no)

    def show_status(self, state: str, message: str = "", away: Away | None = None) -> None:
        """``serving`` / ``paused`` (暂停服务) / ``away`` (with the away message) on every device."""
        if state not in _STATES:
            raise ValueError(f"未知的窗口状态：{state}")
        return_time = away.expected_return if away is not None else ""
        text = message or {"paused": "暂停服务", "away": away.reason if away else "暂时离开"}.get(state, "")
        for led in self._leds():
            led.show_status(_STATES[state], text, return_time)
        for evaluator in self._evaluators():
            if state == "serving":
                evaluator.resume()
            elif state == "paused" or away is None:
                evaluator.pause(text or "暂停服务")
            else:
                evaluator.away(away)

    def show_text(self, text: str, scroll: bool = True) -> None:
        """Free text on the LED screen (notices)."""
        for driver in self._leds():
            driver.show_text(text, scroll)

    def call(self, ticket: str, window_no: str, recall: bool = False) -> None:
        """A ticket is called or recalled: LED screen and voice together."""
        self.show_ticket(ticket, window_no)
        self.announce(ticket, window_no, recall)

    def announce(self, ticket: str, window_no: str, recall: bool = False) -> None:
        """Voice call “请 A012 号到 5 号窗口办理” (recall repeats it)."""
        if self._announcer is not None:
            self._announcer.announce(ticket, window_no, recall)

    @property
    def has_card_reader(self) -> bool:
        """Whether an ID-card reader is configured on this PC."""
        return bool(self._card_readers())

    def read_card(self) -> None:
        """Read the card on the reader now; ``card_read`` or ``card_read_failed`` follows."""
        readers = self._card_readers()
        if not readers:
            QTimer.singleShot(0, lambda: self.card_read_failed.emit("本窗口未配置身份证阅读器，请手工填写"))
            return
        readers[0].read_now()

    # ------------------------------------------------------------------ events (GUI thread)

    @Slot(str, object)
    def _on_driver_event(self, name: str, event: object) -> None:
        if isinstance(event, RatingPressed):
            self.rating_received.emit(event.request_id, event.reference, event.score, list(event.reasons))
        elif isinstance(event, RatingTimedOut):
            self.rating_timed_out.emit(event.request_id, event.reference)
        elif isinstance(event, RatingFailed):
            self.rating_failed.emit(event.request_id, event.reference, event.reason)
        elif isinstance(event, DeviceOnline):
            self._set_status(name, True, f"{self._role_zh(name)}已连接")
        elif isinstance(event, DeviceOffline):
            self._set_status(name, False, event.reason)
        elif isinstance(event, CommandRejected):
            self.command_rejected.emit(name, event.reason)
        elif isinstance(event, CardRead):
            self.card_read.emit(event.card, event.photo_bmp, event.photo_note)
        elif isinstance(event, CardReadFailed):
            self.card_read_failed.emit(event.reason)

    def _set_status(self, name: str, online: bool, message: str) -> None:
        self._status[name] = (online, message)
        self.device_status_changed.emit(name, online, message)

    def _role_zh(self, name: str) -> str:
        return self._drivers[name].role_zh if name in self._drivers else "设备"

    def _evaluators(self) -> list[EvaluatorDriver]:
        return [d for d in self._drivers.values() if isinstance(d, EvaluatorDriver)]

    def _card_readers(self) -> list[IdCardReaderDriver]:
        return [d for d in self._drivers.values() if isinstance(d, IdCardReaderDriver)]

    def _leds(self) -> list[LedDriver]:
        return [d for d in self._drivers.values() if isinstance(d, LedDriver)]
