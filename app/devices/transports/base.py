"""The transport contract every driver relies on."""

from __future__ import annotations

import errno
import socket
from typing import Protocol


class Transport(Protocol):
    """A byte link that can be opened again after it breaks.

    ``read`` waits at most its configured poll interval and returns ``b""`` when nothing
    arrived; a broken link raises ``TransportError`` so the owner thread can reconnect.
    """

    #: the URL the transport was made from (shown in Chinese status messages)
    url: str

    def open(self) -> None:
        """Connect/open; raises ``TransportError``."""
        ...

    def close(self) -> None:
        """Release the link; never raises."""
        ...

    def read(self) -> bytes:
        """Bytes available within the poll interval (possibly ``b""``)."""
        ...

    def write(self, data: bytes) -> None:
        """Send all of ``data``; raises ``TransportError``."""
        ...

    @property
    def is_open(self) -> bool:
        """Whether ``open`` succeeded and nothing broke since."""
        ...


def describe_os_error(exc: BaseException) -> str:
    """Short Chinese explanation of a low-level error for the status bar."""
    if isinstance(exc, FileNotFoundError):
        return "找不到该设备（未插入或路径错误）"
    if isinstance(exc, PermissionError):
        return "没有访问该设备的权限"
    if isinstance(exc, ConnectionRefusedError):
        return "连接被拒绝（设备未开机或端口错误）"
    if isinstance(exc, (ConnectionResetError, BrokenPipeError)):
        return "连接被对方断开"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "连接超时"
    if isinstance(exc, socket.gaierror):
        return "无法解析设备地址"
    if isinstance(exc, OSError) and exc.errno == errno.EIO:
        return "设备已断开（输入输出错误）"
    if isinstance(exc, OSError) and exc.errno == errno.EHOSTUNREACH:
        return "网络不可达"
    text = str(exc).strip()
    return text or type(exc).__name__
