"""Protocol half shared by device emulators: decode host bytes, answer, record, notify."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.devices.codecs.base import Codec, Malformed
from app.devices.codecs.framing import BROADCAST
from app.devices.emulators.endpoints import Endpoint, PtyEndpoint, TcpEndpoint, WebSocketEndpoint
from app.devices.messages import Ack, DeviceStatus, Nak, Packet, Ping

#: a device re-sends an unacknowledged message after this long …
RETRANSMIT_S = 1.0
#: … at most this many times
RETRANSMIT_TRIES = 3


@dataclass(frozen=True)
class _Unacked:
    message: object
    sent_at: float
    tries: int


class DeviceEmulator:
    """Base of the evaluator and LED emulators.

    Headless by design (tests, the demo hall, training); the Qt windows only watch it via
    ``on_change``. ``stop()`` behaves like pulling the plug, ``restart()`` like plugging
    it back in on the same port or device path.
    """

    #: capability bits reported in DeviceStatus
    caps = 0
    model = "CDK-EMU"

    def __init__(self, codec: Codec, address: int = 1) -> None:
        self.codec = codec
        self.address = address
        self._decoder = self._new_decoder()
        self._cond = threading.Condition()
        self._seq = itertools.count(1)
        self._endpoint: Endpoint | None = None
        self._endpoint_factory: Callable[[], Endpoint] | None = None
        #: every message decoded from the host, in order
        self.messages_received: list[object] = []
        #: every message this device sent, in order
        self.messages_sent: list[object] = []
        self._unacked: dict[int, _Unacked] = {}
        #: when True the device ignores everything (a hung controller)
        self.silent = False
        #: called (on an emulator thread) after every change of what is displayed
        self.on_change: Callable[[], None] | None = None

    # ------------------------------------------------------------------ endpoints

    @property
    def url(self) -> str:
        """URL a driver opens to reach this device."""
        if self._endpoint is None:
            raise RuntimeError("模拟器尚未开始监听")
        return self._endpoint.url

    def serve_pty(self, link: str | None = None) -> str:
        """Listen on a fresh pseudo-terminal; returns the path to open as a serial URL."""
        return self._serve(lambda: PtyEndpoint(self.feed, link))

    def serve_tcp(self, host: str = "127.0.0.1", port: int = 0, scheme: str = "tcp") -> str:
        """Listen on TCP; ``scheme="socket"`` gives a pyserial ``socket://`` URL instead."""
        endpoint = TcpEndpoint(self.feed, host, port, scheme)
        bound_port = endpoint.port
        self._endpoint_factory = lambda: TcpEndpoint(self.feed, host, bound_port, scheme)
        self._endpoint = endpoint
        return endpoint.url

    def serve_websocket(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen as a WebSocket server (tablet evaluators)."""
        endpoint = WebSocketEndpoint(self.feed, host, port)
        bound_port = endpoint.port
        self._endpoint_factory = lambda: WebSocketEndpoint(self.feed, host, bound_port)
        self._endpoint = endpoint
        return endpoint.url

    def _serve(self, factory: Callable[[], Endpoint]) -> str:
        self._endpoint_factory = factory
        self._endpoint = factory()
        return self._endpoint.url

    def stop(self) -> None:
        """Pull the plug: close the link at once."""
        endpoint, self._endpoint = self._endpoint, None
        if endpoint is not None:
            endpoint.close()

    def restart(self) -> str:
        """Plug back in on the same path/port; returns the URL (a pty without link gets a new path)."""
        if self._endpoint_factory is None:
            raise RuntimeError("模拟器从未启动，无法重启")
        self.stop()
        self._decoder = self._new_decoder()
        with self._cond:
            self.power_on_reset()
        last_error: OSError | None = None
        for _ in range(50):
            try:
                self._endpoint = self._endpoint_factory()
                return self._endpoint.url
            except OSError as exc:  # port still held for a moment by the old socket
                last_error = exc
                time.sleep(0.05)
        raise RuntimeError(f"模拟器无法重新监听：{last_error}")

    # ------------------------------------------------------------------ protocol

    def _new_decoder(self) -> object:
        return self.codec.decoder()

    @property
    def frames_received(self) -> list[object]:
        """Checked frames (serial) or JSON objects (WebSocket) received since the last (re)start."""
        decoder = self._decoder
        frames = getattr(decoder, "frames", None)
        return list(frames if frames is not None else getattr(decoder, "objects", []))

    def feed(self, data: bytes) -> None:
        """Bytes from the host (called by the endpoint thread)."""
        if self.silent:
            return
        for packet in self._decoder.feed(data):  # type: ignore[attr-defined]  # the codec's decoder: all feed()
            self._handle_packet(packet)

    def _handle_packet(self, packet: Packet) -> None:
        message = packet.message
        with self._cond:
            self.messages_received.append(message)
        # frames to the broadcast address are obeyed but never answered (bus collisions)
        reply = packet.address != BROADCAST
        if isinstance(message, Malformed):
            if reply:
                self._write(Nak(message.command, message.code), packet.seq)
        elif isinstance(message, Ping):
            if reply:
                self._write(DeviceStatus(self.caps, self.screen_state(), self.model), packet.seq)
        elif isinstance(message, (Ack, Nak)):
            with self._cond:
                self._unacked.pop(packet.seq, None)
                self._cond.notify_all()
        else:
            if reply:
                self._write(Ack(self.codec.command_of(message)), packet.seq)
            with self._cond:
                self.apply(message)
                self._cond.notify_all()
            self._changed()

    def _write(self, message: object, seq: int) -> None:
        endpoint = self._endpoint
        if endpoint is not None:
            endpoint.write(self.codec.encode(message, seq))

    def send(self, message: object) -> None:
        """Send a device-originated message with the device's own sequence number.

        It is re-sent every ``RETRANSMIT_S`` until the host acknowledges it, at most
        ``RETRANSMIT_TRIES`` times, as the protocol documents require of a device.
        """
        seq = next(self._seq) & 0xFF
        with self._cond:
            self.messages_sent.append(message)
            self._unacked[seq] = _Unacked(message, time.monotonic(), 0)
            self._cond.notify_all()
        self._write(message, seq)

    @property
    def unacknowledged(self) -> list[object]:
        """Device messages the host has not acknowledged yet."""
        with self._cond:
            return [entry.message for entry in self._unacked.values()]

    def retransmit_due(self) -> None:
        """Re-send unacknowledged messages whose time has come (called by the device's timer)."""
        now = time.monotonic()
        due: list[tuple[int, object]] = []
        with self._cond:
            for seq, entry in list(self._unacked.items()):
                if now - entry.sent_at < RETRANSMIT_S:
                    continue
                if entry.tries >= RETRANSMIT_TRIES:
                    del self._unacked[seq]
                    continue
                self._unacked[seq] = _Unacked(entry.message, now, entry.tries + 1)
                due.append((seq, entry.message))
        for seq, message in due:
            self._write(message, seq)

    def _changed(self) -> None:
        callback = self.on_change
        if callback is not None:
            callback()

    def wait_for(self, predicate: Callable[[], bool], timeout_s: float = 3.0) -> bool:
        """Block until ``predicate()`` holds (checked after every received message)."""
        with self._cond:
            return self._cond.wait_for(predicate, timeout_s)

    # ------------------------------------------------------------------ subclass hooks

    def apply(self, message: object) -> None:
        """Update the screen for a host command (called with the lock held)."""

    def power_on_reset(self) -> None:
        """Forget what was displayed, as a device does when it is switched off and on."""

    def screen_state(self) -> int:
        """State byte for DeviceStatus."""
        return 0
