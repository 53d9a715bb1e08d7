"""Evaluator (评价器) driver: welcome screen, rating requests, pause and away messages.

Invariant the services layer relies on: every id returned by ``request_rating`` ends in
exactly one of ``RatingPressed``, ``RatingTimedOut`` or ``RatingFailed``. There is no
method that reports a score: only the device can.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from app.devices.codecs.base import Codec
from app.devices.drivers.base import DeviceDriver, DriverTiming, EventSink
from app.devices.messages import (
    DEFAULT_RATING_TIMEOUT_S,
    Away,
    CancelRating,
    CommandRejected,
    DeviceStatus,
    Packet,
    Pause,
    RatingExpired,
    RatingFailed,
    RatingPressed,
    RatingResult,
    RatingTimedOut,
    RequestRating,
    Resume,
    Welcome,
)
from app.devices.transports.base import Transport

#: extra time the host waits after the device's own countdown before declaring a timeout
HOST_GRACE_S = 1.5


@dataclass
class _Pending:
    reference: str
    deadline: float


class EvaluatorDriver(DeviceDriver):
    """One evaluator on one link; thread-safe public methods that never block."""

    role_zh = "评价器"

    def __init__(
        self,
        name: str,
        transport: Transport,
        codec: Codec,
        on_event: EventSink,
        timing: DriverTiming | None = None,
        rating_timeout_s: float = DEFAULT_RATING_TIMEOUT_S,
    ) -> None:
        super().__init__(name, transport, codec, on_event, timing)
        self.rating_timeout_s = rating_timeout_s
        self._ids = itertools.count(1)
        self._id_lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}
        self._welcome: Welcome | None = None
        self._mode: Pause | Away | Resume | None = None

    # ------------------------------------------------------------------ public API

    def show_welcome(self, welcome: Welcome) -> None:
        """Who serves at this window; kept and re-sent after a reconnect."""
        self.submit(welcome)

    def request_rating(self, reference: str, timeout_s: float | None = None) -> int:
        """Ask the applicant to rate ``reference``; returns the request id at once."""
        with self._id_lock:
            request_id = (next(self._ids) - 1) % 0xFFFF + 1
        seconds = self.rating_timeout_s if timeout_s is None else timeout_s
        self.submit(RequestRating(request_id, reference, min(0xFFFF, max(1, math.ceil(seconds)))))
        return request_id

    def cancel_rating(self, request_id: int) -> None:
        """Withdraw a request (ends as ``RatingFailed`` with reason 已取消)."""
        self.submit(CancelRating(request_id))

    def pause(self, message: str = "暂停服务") -> None:
        """Show 暂停服务."""
        self.submit(Pause(message))

    def away(self, away: Away) -> None:
        """Show the away message."""
        self.submit(away)

    def resume(self) -> None:
        """Back to the welcome screen."""
        self.submit(Resume())

    # ------------------------------------------------------------------ hooks (owner thread)

    def _execute(self, command: object) -> None:
        if isinstance(command, RequestRating):
            self._start_request(command)
        elif isinstance(command, CancelRating):
            self._cancel(command.request_id, "评价请求已取消，未评价")
        else:
            self._remember(command)
            self._send(self._with_photo(command))

    def _execute_offline(self, command: object) -> None:
        if isinstance(command, RequestRating):
            self._emit(RatingFailed(command.request_id, command.reference, self._offline_reason or "评价器未连接"))
        elif not isinstance(command, CancelRating):
            self._remember(command)

    def _remember(self, command: object) -> None:
        if isinstance(command, Welcome):
            self._welcome = command
        elif isinstance(command, (Pause, Away, Resume)):
            self._mode = command

    def _with_photo(self, command: object) -> object:
        """Load the photo file if needed; drop the photo for devices that cannot show one."""
        if not isinstance(command, Welcome):
            return command
        if not self._shows_photo():
            return replace(command, photo=None, photo_path=None)
        if command.photo is None and command.photo_path:
            try:
                data = Path(command.photo_path).read_bytes()
            except OSError as exc:
                self._emit(
                    CommandRejected("照片", f"工作人员照片无法读取（{command.photo_path}）：{exc.strerror or exc}")
                )
                data = None
            return replace(command, photo=data, photo_path=None)
        return replace(command, photo_path=None)

    def _shows_photo(self) -> bool:
        return isinstance(self.status, DeviceStatus) and self.status.shows_photo

    def _start_request(self, request: RequestRating) -> None:
        for old_id in list(self._pending):
            self._cancel(old_id, "开始了新的评价请求，上一笔未评价")
        deadline = time.monotonic() + request.timeout_s + HOST_GRACE_S
        self._pending[request.request_id] = _Pending(request.reference, deadline)
        if not self._send(request):
            pending = self._pending.pop(request.request_id, None)
            if pending is not None:
                self._emit(RatingFailed(request.request_id, request.reference, "评价器拒绝了评价请求"))

    def _cancel(self, request_id: int, reason: str) -> None:
        pending = self._pending.pop(request_id, None)
        if pending is None:
            return
        self._emit(RatingFailed(request_id, pending.reference, reason))
        self._send(CancelRating(request_id))

    def _on_packet(self, packet: Packet) -> None:
        message = packet.message
        if isinstance(message, RatingResult):
            self._ack(packet)
            pending = self._pending.pop(message.request_id, None)
            if pending is not None:
                self._emit(RatingPressed(message.request_id, pending.reference, message.score, message.reasons))
        elif isinstance(message, RatingExpired):
            self._ack(packet)
            pending = self._pending.pop(message.request_id, None)
            if pending is not None:
                self._emit(RatingTimedOut(message.request_id, pending.reference))

    def _on_tick(self) -> None:
        now = time.monotonic()
        for request_id, pending in list(self._pending.items()):
            if now >= pending.deadline:
                del self._pending[request_id]
                self._emit(RatingTimedOut(request_id, pending.reference))
                self._send(CancelRating(request_id))

    def _on_offline(self, reason: str) -> None:
        for request_id, pending in list(self._pending.items()):
            del self._pending[request_id]
            self._emit(RatingFailed(request_id, pending.reference, f"评价过程中评价器断开，未评价。{reason}"))

    def _on_stopped(self) -> None:
        for request_id, pending in list(self._pending.items()):
            del self._pending[request_id]
            self._emit(RatingFailed(request_id, pending.reference, "评价器已停止，未评价"))

    def _replay(self) -> None:
        if self._welcome is not None:
            self._send(self._with_photo(self._welcome))
        self._send(self._mode if self._mode is not None else Resume())
