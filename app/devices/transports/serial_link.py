"""Serial ports and anything pyserial reaches by URL (COM3, /dev/ttyUSB0, socket://, loop://, rfc2217://)."""

from __future__ import annotations

import contextlib

import serial

from app.devices.errors import TransportError
from app.devices.transports.base import describe_os_error

try:  # POSIX: tcdrain/tcflush on a vanished pty or USB adapter raise termios.error, not OSError
    from termios import error as _TermiosError
except ImportError:  # Windows
    _TermiosError = OSError  # type: ignore[misc, assignment]  # no termios on Windows: its error is an OSError

#: what a read or write on a port that went away can raise
_PORT_ERRORS = (
    serial.SerialException,
    serial.SerialTimeoutException,
    OSError,
    _TermiosError,
    TypeError,
    AttributeError,
)


class SerialTransport:
    """pyserial ``serial_for_url`` behind the ``Transport`` contract."""

    def __init__(self, url: str, baudrate: int = 9600, poll_s: float = 0.05) -> None:
        self.url = url
        self._baudrate = baudrate
        self._poll = poll_s
        self.poll_s = poll_s
        self._port: serial.Serial | None = None

    @property
    def is_open(self) -> bool:
        return self._port is not None and self._port.is_open

    def open(self) -> None:
        self.close()
        try:
            self._port = serial.serial_for_url(self.url, baudrate=self._baudrate, timeout=self._poll, write_timeout=2.0)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise TransportError(f"无法打开串口 {self.url}：{_explain(exc)}", detail=_explain(exc)) from exc

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def read(self) -> bytes:
        port = self._require()
        try:
            data = port.read(1)
            waiting = port.in_waiting if data else 0
            if waiting:
                data += port.read(waiting)
            return bytes(data)
        except _PORT_ERRORS as exc:
            self.close()
            raise TransportError(f"串口 {self.url} 读取失败：{_explain(exc)}", detail=_explain(exc)) from exc

    def write(self, data: bytes) -> None:
        port = self._require()
        try:
            port.write(data)
            port.flush()
        except _PORT_ERRORS as exc:
            self.close()
            raise TransportError(f"串口 {self.url} 写入失败：{_explain(exc)}", detail=_explain(exc)) from exc

    def fileno(self) -> int | None:
        """The port's descriptor to ``select`` on — POSIX serial ports and ptys only;
        None for pyserial's URL handlers and Windows ports (those are polled)."""
        port = self._port
        if port is None or type(port).__name__ != "Serial" or not type(port).__module__.endswith("serialposix"):
            return None
        try:
            return int(port.fileno())
        except (OSError, ValueError, AttributeError, serial.SerialException):
            return None

    def _require(self) -> serial.Serial:
        if self._port is None:
            raise TransportError(f"串口 {self.url} 未打开")
        return self._port


def _explain(exc: BaseException) -> str:
    if isinstance(exc, _TermiosError) and not isinstance(exc, OSError):
        code = exc.args[0] if exc.args else None
        return "设备已断开（输入输出错误）" if code == 5 else f"串口错误：{exc}"
    if isinstance(exc, serial.SerialException):
        inner = exc.__context__ or exc.__cause__
        if isinstance(inner, OSError):
            return describe_os_error(inner)
        errno_value = getattr(exc, "errno", None)
        if errno_value == 2:
            return "找不到该设备（未插入或路径错误）"
        text = str(exc)
        if "returned no data" in text:
            return "设备已断开（无数据）"
        # pyserial on Windows wraps the Win32 error into the message text only
        if "FileNotFoundError" in text or "WinError 2" in text:
            return "找不到该设备（未插入或路径错误）"
        if "PermissionError" in text or "WinError 5" in text or "Access is denied" in text:
            return "串口被其他程序占用或没有访问权限"
        if "WinError 31" in text or "WinError 22" in text:
            return "设备已断开"
    return describe_os_error(exc)
