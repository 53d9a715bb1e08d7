"""Plain TCP (``tcp://host:port``): Ethernet LED controllers and evaluators behind serial servers."""

from __future__ import annotations

import contextlib
import socket
from urllib.parse import urlsplit

from app.devices.errors import ConfigError, TransportError
from app.devices.transports.base import describe_os_error


def parse_host_port(url: str, scheme: str) -> tuple[str, int]:
    """``tcp://127.0.0.1:7001`` → ``("127.0.0.1", 7001)``; raises ``ConfigError``."""
    parts = urlsplit(url)
    if parts.scheme != scheme or not parts.hostname or parts.port is None:
        raise ConfigError(f"设备地址格式错误：{url}（应为 {scheme}://主机:端口）")
    return parts.hostname, parts.port


class TcpTransport:
    """One client socket; a closed or reset connection becomes ``TransportError``."""

    def __init__(self, url: str, poll_s: float = 0.05, connect_timeout_s: float = 3.0) -> None:
        self.url = url
        self._address = parse_host_port(url, "tcp")
        self._poll = poll_s
        self.poll_s = poll_s
        self._connect_timeout = connect_timeout_s
        self._sock: socket.socket | None = None

    @property
    def is_open(self) -> bool:
        return self._sock is not None

    def open(self) -> None:
        self.close()
        try:
            sock = socket.create_connection(self._address, timeout=self._connect_timeout)
        except OSError as exc:
            raise TransportError(
                f"无法连接 {self.url}：{describe_os_error(exc)}", detail=describe_os_error(exc)
            ) from exc
        sock.settimeout(self._poll)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def read(self) -> bytes:
        sock = self._require()
        try:
            data = sock.recv(4096)
        except (TimeoutError, socket.timeout):
            return b""
        except OSError as exc:
            self.close()
            raise TransportError(
                f"{self.url} 读取失败：{describe_os_error(exc)}", detail=describe_os_error(exc)
            ) from exc
        if not data:
            self.close()
            raise TransportError(f"{self.url} 连接已被设备关闭", detail="连接已被设备关闭")
        return data

    def write(self, data: bytes) -> None:
        sock = self._require()
        try:
            sock.sendall(data)
        except OSError as exc:
            self.close()
            raise TransportError(
                f"{self.url} 写入失败：{describe_os_error(exc)}", detail=describe_os_error(exc)
            ) from exc

    def fileno(self) -> int | None:
        """The socket to ``select`` on (None while closed): the driver wakes on data."""
        return self._sock.fileno() if self._sock is not None else None

    def _require(self) -> socket.socket:
        if self._sock is None:
            raise TransportError(f"{self.url} 未连接")
        return self._sock
