"""The owner-thread driver shared by every device role.

Why one thread per device (calibre's DeviceManager, pymodbus' transport × framer): the
device's link, decoder and request state are touched by exactly one thread, so no locks
guard protocol state, and a device that hangs or vanishes can only stall its own thread.
Callers submit commands into a queue and never wait; results leave through ``on_event``,
called on the driver thread (the Qt bridge turns them into queued signals).

Event-driven (issue 16): the owner thread sleeps in ``select`` on the link *and* a wake
socket, so a submitted command reaches the wire at once instead of after the link's read
timeout (a 50 ms poll added 45–50 ms to every call-next). A link without a selectable
handle (pyserial ``socket://``/``loop://``, serial ports on Windows, WebSocket) is polled
as before.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.devices.codecs.base import Codec, Malformed, MessageDecoder
from app.devices.errors import DeviceError, TransportError
from app.devices.messages import (
    Ack,
    CommandRejected,
    DeviceOffline,
    DeviceOnline,
    DeviceStatus,
    Nak,
    Packet,
    Ping,
)
from app.devices.transports.base import Transport

log = logging.getLogger(__name__)

EventSink = Callable[[object], None]

_STOP = object()
#: How long the owner thread sleeps at most when the link cannot be selected on.
DEFAULT_POLL_S = 0.05


@dataclass(frozen=True)
class DriverTiming:
    """Timeouts of one driver; tests shrink them, real halls keep the defaults."""

    #: wait for ACK/STATUS after each frame
    ack_timeout_s: float = 0.6
    #: resend a frame this many times before declaring the device dead
    retries: int = 2
    #: ping when nothing was heard for this long
    heartbeat_s: float = 5.0
    #: first reconnect delay, doubled after each failure up to ``backoff_max_s``
    backoff_initial_s: float = 0.2
    backoff_max_s: float = 10.0


class NoAnswer(DeviceError):
    """The device stayed silent through every retry of a frame."""


class DeviceDriver:
    """Base of role drivers: connection life cycle, command queue, ack/retry, heartbeat.

    Subclasses add role state through the ``_execute``/``_on_packet``/``_on_tick``/
    ``_on_offline``/``_replay`` hooks.
    """

    #: what the status bar calls this kind of device
    role_zh = "设备"

    def __init__(
        self,
        name: str,
        transport: Transport,
        codec: Codec,
        on_event: EventSink,
        timing: DriverTiming | None = None,
    ) -> None:
        self.name = name
        self.transport = transport
        self.codec = codec
        self.timing = timing or DriverTiming()
        self._on_event = on_event
        self._commands: queue.Queue[object] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._decoder: MessageDecoder = codec.decoder()
        self._seq = itertools.count(1)
        self._online: bool | None = None
        self._last_rx = 0.0
        self._offline_reason = ""
        #: last DeviceStatus the device reported (capabilities)
        self.status: DeviceStatus | None = None
        # A byte on this pair wakes the owner thread out of select when a command is queued.
        self._wake_rx, self._wake_tx = socket.socketpair()
        self._wake_rx.setblocking(False)
        self._wake_tx.setblocking(False)

    # ------------------------------------------------------------------ public, any thread

    def start(self) -> None:
        """Start the owner thread (idempotent)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"device-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 3.0) -> None:
        """Ask the owner thread to finish and wait a bounded time; never hangs the caller."""
        self._stop.set()
        self._commands.put(_STOP)
        self._wake()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)

    @property
    def online(self) -> bool:
        """Whether the device answered last time we looked."""
        return bool(self._online)

    @property
    def running(self) -> bool:
        """Whether the owner thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def submit(self, command: object) -> None:
        """Queue a device-level command and wake the owner thread; returns at once."""
        self._commands.put(command)
        self._wake()

    def _wake(self) -> None:
        # Full (a wake is already pending) or closed (stopped): nothing to do.
        with contextlib.suppress(OSError):
            self._wake_tx.send(b"\0")

    # ------------------------------------------------------------------ owner thread

    def _run(self) -> None:
        backoff = self.timing.backoff_initial_s
        try:
            while not self._stop.is_set():
                if not self.transport.is_open:
                    try:
                        self._connect()
                    except Exception as exc:  # noqa: BLE001 - anything at connect time means "not there"
                        if not isinstance(exc, DeviceError):
                            log.exception("device %s: unexpected error while connecting", self.name)
                        self.transport.close()
                        if self._stop.is_set():
                            break
                        self._went_offline(self._offline_text(exc))
                        self._idle_offline(backoff)
                        backoff = min(backoff * 2, self.timing.backoff_max_s)
                        continue
                    backoff = self.timing.backoff_initial_s
                    self._went_online()
                try:
                    self._service_once()
                except (TransportError, NoAnswer) as exc:
                    self.transport.close()
                    if self._stop.is_set():
                        break
                    self._went_offline(self._offline_text(exc))
                except Exception as exc:  # noqa: BLE001 - a driver bug must not kill the device thread
                    log.exception("device %s: unexpected error", self.name)
                    self.transport.close()
                    self._went_offline(f"{self.role_zh}出错（{self.transport.url}）：{exc}")
        finally:
            self.transport.close()
            self._on_stopped()
            self._wake_rx.close()
            self._wake_tx.close()

    def _connect(self) -> None:
        self.transport.open()
        self._decoder = self.codec.decoder()
        reply = self._exchange(Ping())
        if isinstance(reply, DeviceStatus):
            self.status = reply
        self._replay()

    def _service_once(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                break
            if command is _STOP:
                return
            self._execute(command)
        self._receive(self._wait_and_read())
        self._on_tick()
        if time.monotonic() - self._last_rx > self.timing.heartbeat_s:
            reply = self._exchange(Ping())
            if isinstance(reply, DeviceStatus):
                self.status = reply

    def _wait_and_read(self) -> bytes:
        """Bytes from the link, or ``b""`` when a command was queued or the poll interval
        (or the next heartbeat) passed first — without sitting out a read timeout."""
        handle = self._link_handle()
        if handle is None:
            return self.transport.read()
        poll = getattr(self.transport, "poll_s", DEFAULT_POLL_S)
        until_heartbeat = self.timing.heartbeat_s - (time.monotonic() - self._last_rx)
        timeout = max(0.0, min(poll, until_heartbeat))
        try:
            wake = self._wake_rx.fileno()
            ready, _, _ = select.select([handle, wake], [], [], timeout)
        except (OSError, ValueError):  # the link closed under us: let read() report it
            return self.transport.read()
        if wake in ready:
            try:
                while self._wake_rx.recv(512):
                    pass
            except OSError:
                pass
        if handle in ready:
            return self.transport.read()
        return b""

    def _link_handle(self) -> int | None:
        """The link's selectable file descriptor, or None to poll."""
        fileno = getattr(self.transport, "fileno", None)
        if fileno is None:
            return None
        try:
            handle = fileno()
        except (OSError, ValueError, AttributeError):
            return None
        return handle if isinstance(handle, int) and handle >= 0 else None

    def _idle_offline(self, delay_s: float) -> None:
        deadline = time.monotonic() + delay_s
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            try:
                command = self._commands.get(timeout=remaining)
            except queue.Empty:
                return
            if command is _STOP:
                return
            self._execute_offline(command)

    def _receive(self, data: bytes) -> None:
        if not data:
            return
        self._last_rx = time.monotonic()
        for packet in self._decoder.feed(data):
            self._on_packet(packet)

    def _exchange(self, message: object) -> object:
        """Send one wire message and wait for its ACK/NAK/STATUS, handling other traffic meanwhile."""
        for _attempt in range(self.timing.retries + 1):
            seq = next(self._seq) & 0xFF
            self.transport.write(self.codec.encode(message, seq))
            deadline = time.monotonic() + self.timing.ack_timeout_s
            reply: object | None = None
            while reply is None and time.monotonic() < deadline and not self._stop.is_set():
                data = self.transport.read()
                if not data:
                    continue
                self._last_rx = time.monotonic()
                for packet in self._decoder.feed(data):
                    if packet.seq == seq and isinstance(packet.message, (Ack, Nak, DeviceStatus)):
                        reply = packet.message
                    else:
                        self._on_packet(packet)
            if reply is not None:
                return reply
            if self._stop.is_set():
                break
        raise NoAnswer(f"设备无应答（{self.codec.describe(message)}）")

    def _send(self, message: object) -> bool:
        """Send a command (possibly several wire messages); report a NAK as ``CommandRejected``."""
        for part in self.codec.expand(message):
            try:
                reply = self._exchange(part)
            except (ValueError, struct.error, DeviceError) as exc:
                if isinstance(exc, (TransportError, NoAnswer)):
                    raise
                self._emit(CommandRejected(self.codec.describe(part), f"{self.role_zh}命令无法编码：{exc}"))
                return False
            if isinstance(reply, Nak):
                self._emit(
                    CommandRejected(
                        self.codec.describe(part),
                        f"{self.role_zh}拒绝了“{self.codec.describe(part)}”（代码 {reply.code}）",
                    )
                )
                return False
        return True

    def _ack(self, packet: Packet) -> None:
        """Acknowledge a device-originated message with its own sequence number."""
        if isinstance(packet.message, Malformed):
            return
        self.transport.write(self.codec.encode(Ack(self.codec.command_of(packet.message)), packet.seq))

    def _emit(self, event: object) -> None:
        try:
            self._on_event(event)
        except Exception:  # a faulty listener must not kill the device thread
            log.exception("device event listener failed for %s", self.name)

    def _went_online(self) -> None:
        if self._online is not True:
            self._online = True
            self._emit(DeviceOnline(self.status.model if self.status else ""))

    def _went_offline(self, reason: str) -> None:
        self._offline_reason = reason
        self._on_offline(reason)
        if self._online is not False:
            self._online = False
            self._emit(DeviceOffline(reason))

    def _offline_text(self, exc: BaseException) -> str:
        if isinstance(exc, TransportError):
            detail = exc.detail
        elif isinstance(exc, DeviceError):
            detail = exc.message
        else:
            detail = str(exc) or type(exc).__name__
        return f"{self.role_zh}未连接（{self.transport.url}）：{detail}"

    # ------------------------------------------------------------------ hooks

    def _execute(self, command: object) -> None:
        """Carry out a queued command while online."""
        self._send(command)

    def _execute_offline(self, command: object) -> None:
        """A command arrived while the device is unreachable (remember it, or fail it)."""

    def _on_packet(self, packet: Packet) -> None:
        """An unsolicited message from the device."""

    def _on_tick(self) -> None:
        """Called every poll interval while online (timeouts)."""

    def _on_offline(self, reason: str) -> None:
        """The link broke or cannot be opened."""

    def _on_stopped(self) -> None:
        """The owner thread is ending."""

    def _replay(self) -> None:
        """Re-send what the device should be showing after a (re)connect."""
