"""Where an emulator listens: a pseudo-terminal, a TCP port or a WebSocket port.

The emulator's protocol logic only sees ``on_bytes(data)`` and a ``write(data)``
function, so the same device speaks identical bytes over every link.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading
from collections.abc import Callable
from typing import Protocol

ByteSink = Callable[[bytes], None]


class Endpoint(Protocol):
    """A listening link owned by an emulator."""

    #: URL a driver opens to reach the emulator
    url: str

    def write(self, data: bytes) -> None:
        """Send to the connected host (dropped when nobody is connected)."""
        ...

    def close(self) -> None:
        """Tear the link down as an unplugged device would."""
        ...


class PtyEndpoint:
    """A pseudo-terminal pair; the driver opens the slave path as a serial port.

    ``link`` (optional) is a stable symlink to the slave, re-pointed when the emulator is
    restarted, so a driver configured with that path reconnects like a replugged USB adapter.
    """

    def __init__(self, on_bytes: ByteSink, link: str | None = None) -> None:
        import tty  # POSIX only; imported here so TCP/WebSocket emulators also run on Windows

        self._on_bytes = on_bytes
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.slave_path = os.ttyname(self._slave)
        self.link = link
        if link:
            tmp = f"{link}.tmp{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            os.symlink(self.slave_path, tmp)
            os.replace(tmp, link)
        self.url = link or self.slave_path
        self._closed = threading.Event()
        self._write_lock = threading.Lock()
        self._thread = threading.Thread(target=self._pump, name="emulator-pty", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        while not self._closed.is_set():
            try:
                ready, _, _ = select.select([self._master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(self._master, 4096)
            except (OSError, ValueError):
                if self._closed.is_set():
                    return
                continue
            if data:
                self._on_bytes(data)

    def write(self, data: bytes) -> None:
        with self._write_lock:
            if self._closed.is_set():
                return
            view = memoryview(data)
            while view:
                written = os.write(self._master, view)
                view = view[written:]

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        self._thread.join(1.0)
        with self._write_lock:
            for fd in (self._master, self._slave):
                with contextlib.suppress(OSError):
                    os.close(fd)
        if self.link:
            with contextlib.suppress(FileNotFoundError):
                if os.path.islink(self.link) and os.readlink(self.link) == self.slave_path:
                    os.unlink(self.link)


class TcpEndpoint:
    """A TCP server accepting one host at a time (a newer connection replaces the older)."""

    def __init__(self, on_bytes: ByteSink, host: str = "127.0.0.1", port: int = 0, scheme: str = "tcp") -> None:
        self._on_bytes = on_bytes
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind((host, port))
        self._server.listen(2)
        self.host, self.port = self._server.getsockname()[:2]
        self.url = f"{scheme}://{self.host}:{self.port}"
        self._client: socket.socket | None = None
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._pump, name="emulator-tcp", daemon=True)
        self._thread.start()

    @property
    def connected(self) -> bool:
        """Whether a host is connected now."""
        return self._client is not None

    def _pump(self) -> None:
        while not self._closed.is_set():
            watch = [self._server] + ([self._client] if self._client is not None else [])
            try:
                ready, _, _ = select.select(watch, [], [], 0.05)
            except (OSError, ValueError):
                if self._closed.is_set():
                    return
                continue
            for sock in ready:
                if sock is self._server:
                    self._accept()
                else:
                    self._read(sock)

    def _accept(self) -> None:
        try:
            client, _ = self._server.accept()
        except OSError:
            return
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            old, self._client = self._client, client
        if old is not None:
            with contextlib.suppress(OSError):
                old.close()

    def _read(self, sock: socket.socket) -> None:
        try:
            data = sock.recv(4096)
        except OSError:
            data = b""
        if data:
            self._on_bytes(data)
            return
        with self._lock:
            if self._client is sock:
                self._client = None
        with contextlib.suppress(OSError):
            sock.close()

    def write(self, data: bytes) -> None:
        with self._lock:
            client = self._client
            if client is None:
                return
            try:
                client.sendall(data)
            except OSError:
                self._client = None

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        self._thread.join(1.0)
        with self._lock:
            client, self._client = self._client, None
        for sock in (client, self._server):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()


class WebSocketEndpoint:
    """A WebSocket server (tablet evaluator); each text message is handed over as UTF-8 bytes."""

    def __init__(self, on_bytes: ByteSink, host: str = "127.0.0.1", port: int = 0) -> None:
        from websockets.sync.server import ServerConnection, serve

        self._on_bytes = on_bytes
        self._conn: ServerConnection | None = None
        self._lock = threading.Lock()
        self._closed = threading.Event()

        def handler(connection: ServerConnection) -> None:
            with self._lock:
                old, self._conn = self._conn, connection
            if old is not None:
                with contextlib.suppress(Exception):
                    old.close()
            try:
                for message in connection:
                    if self._closed.is_set():
                        break
                    self._on_bytes(message.encode("utf-8") if isinstance(message, str) else bytes(message))
            except Exception:  # noqa: BLE001 - a broken client connection just ends it
                pass
            finally:
                with self._lock:
                    if self._conn is connection:
                        self._conn = None

        self._server = serve(handler, host, port, close_timeout=0.5)
        sock_host, sock_port = self._server.socket.getsockname()[:2]
        self.host, self.port = sock_host, sock_port
        self.url = f"ws://{sock_host}:{sock_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="emulator-ws", daemon=True)
        self._thread.start()

    @property
    def connected(self) -> bool:
        """Whether a host is connected now."""
        return self._conn is not None

    def write(self, data: bytes) -> None:
        with self._lock:
            conn = self._conn
        if conn is None:
            return
        with contextlib.suppress(Exception):
            conn.send(data.decode("utf-8"))

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        self._server.shutdown()
        self._thread.join(2.0)
