"""Printer backends chosen by a URL-like setting, and the DLE EOT status query.

==========================================  ==========================================
``tcp://192.168.1.50:9100``                 network receipt printer (raw port 9100)
``serial:///dev/ttyUSB0?baudrate=19200``    serial printer (pyserial; ``serial://COM3``)
``file:///dev/usb/lp0``                     USB/parallel line device, or any file
``win32raw://EPSON TM-T82``                 Windows spooler, RAW datatype (pywin32)
``cups://receipt``                          CUPS queue, ``lp -d receipt -o raw``
``pdf:///srv/archive?paper=a4``             save PDFs into a folder (A4 or ``receipt80``)
==========================================  ==========================================

Backends that can talk back (TCP, serial) ask the printer for its status with
``DLE EOT`` before sending and raise :class:`~app.printing.errors.PaperOut`,
:class:`~app.printing.errors.CoverOpen` or
:class:`~app.printing.errors.PrinterOffline`, so the job stays in the queue with
a sentence the clerk understands.  A printer that does not answer within the
timeout is assumed not to support status queries and is printed to anyway
(add ``?status=0`` to skip the query altogether).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from app.printing.errors import (
    CoverOpen,
    PaperOut,
    PrinterConfigError,
    PrinterOffline,
    PrinterUnreachable,
)
from app.printing.pdf import PaperSize
from app.printing.profile import PrinterProfile, QrMode, ResidentCharset, TextMode

if TYPE_CHECKING:  # pyserial is imported only where a serial printer is used
    from serial import Serial


class ContentType(StrEnum):
    """What a backend wants to receive."""

    ESCPOS = "escpos"
    PDF = "pdf"


#: ``DLE EOT n`` — real-time status transmission.
DLE_EOT = b"\x10\x04"


def _valid_status(byte: int) -> bool:
    """Status bytes have bit 0 and 7 clear and bits 1 and 4 set (0xx1xx10)."""
    return byte & 0x93 == 0x12


def check_status(exchange: Callable[[bytes], int | None]) -> bool:
    """Ask ``DLE EOT`` 1–4 through ``exchange`` and raise on a problem.

    ``exchange(request)`` sends the request and returns the answer byte or ``None``
    after a timeout.  Returns ``False`` when the printer does not answer (no status
    support), ``True`` when it answered and is ready.
    """
    answers: dict[int, int] = {}
    for n in (1, 2, 3, 4):
        byte = exchange(DLE_EOT + bytes([n]))
        if byte is None or not _valid_status(byte):
            if n == 1:
                return False
            continue
        answers[n] = byte
    offline_cause = answers.get(2, 0x12)
    paper_sensor = answers.get(4, 0x12)
    if offline_cause & 0x20 or paper_sensor & 0x60 == 0x60:
        raise PaperOut()
    if offline_cause & 0x04:
        raise CoverOpen()
    error_cause = answers.get(3, 0x12)
    if error_cause & 0x08:
        raise PrinterOffline("切刀卡纸")
    if error_cause & 0x20:
        raise PrinterOffline("不可自动恢复的故障，请关机后重新开机")
    if error_cause & 0x40:
        raise PrinterOffline("打印头过热或电压异常，稍后会自动恢复")
    if offline_cause & 0x40:
        raise PrinterOffline("打印机报告错误")
    if answers.get(1, 0x12) & 0x08:
        raise PrinterOffline()
    return True


class PrinterBackend(Protocol):
    """Sends one finished job; raises a PrinterError subclass when it cannot."""

    content_type: ContentType

    def send(self, data: bytes, *, name: str) -> None:
        """Deliver ``data`` (one complete job); ``name`` is the job title for spoolers/files."""
        ...


@dataclass(frozen=True)
class PrinterConfig:
    """One window's printer: where it is and how to drive it."""

    url: str
    profile: PrinterProfile = field(default_factory=PrinterProfile)
    #: Paper for ``pdf://`` targets.
    paper: PaperSize = PaperSize.A4

    @classmethod
    def from_values(
        cls,
        url: str,
        width_mm: int = 80,
        text_mode: str = "raster",
        cut: bool = True,
        codepage: str = "gb18030",
        qr: str = "native",
        fallback_fonts: tuple[str, ...] = (),
    ) -> PrinterConfig:
        """Build from plain setting values (``PrinterConfig.from_values(**asdict(settings.printer))``)."""
        try:
            profile = PrinterProfile.for_width_mm(
                width_mm,
                text_mode=TextMode(text_mode),
                cut=cut,
                codepage=ResidentCharset(codepage),
                qr=QrMode(qr),
                fallback_fonts=tuple(Path(p) for p in fallback_fonts),
            )
        except ValueError as exc:
            raise PrinterConfigError(f"打印机设置无效：{exc}") from exc
        return cls(url=url, profile=profile)


def _params(query: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(query).items()}


def _flag(params: dict[str, str], name: str, default: bool) -> bool:
    value = params.get(name)
    if value is None:
        return default
    return value.lower() not in ("0", "false", "no", "off")


class TcpBackend:
    """Raw TCP (JetDirect/port 9100) printer, with status query."""

    content_type = ContentType.ESCPOS

    def __init__(self, host: str, port: int, *, timeout: float = 3.0, status: bool = True) -> None:
        self.host, self.port, self.timeout, self.status = host, port, timeout, status

    def send(self, data: bytes, *, name: str) -> None:
        target = f"{self.host}:{self.port}"
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterUnreachable(target, _reason(exc)) from exc
        with sock:
            try:
                if self.status:
                    check_status(lambda request: _tcp_exchange(sock, request))
                sock.settimeout(max(self.timeout, 10.0))
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
                _drain(sock)
            except (PaperOut, CoverOpen, PrinterOffline):
                raise
            except OSError as exc:
                raise PrinterUnreachable(target, _reason(exc)) from exc


def _tcp_exchange(sock: socket.socket, request: bytes) -> int | None:
    sock.settimeout(1.0)
    sock.sendall(request)
    try:
        answer = sock.recv(1)
    except (TimeoutError, socket.timeout):
        return None
    return answer[0] if answer else None


def _drain(sock: socket.socket) -> None:
    """Wait until the printer closed its side, so the data was read before we report success."""
    sock.settimeout(2.0)
    try:
        while sock.recv(1024):
            pass
    except (TimeoutError, socket.timeout, OSError):
        pass


def _reason(exc: OSError) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "连接被拒绝"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "连接超时"
    return exc.strerror or type(exc).__name__


class SerialBackend:
    """Serial printer through pyserial's ``serial_for_url`` (COM3, /dev/ttyUSB0, loop:// …)."""

    content_type = ContentType.ESCPOS

    def __init__(self, port: str, options: dict[str, str]) -> None:
        self.port = port
        self.status = _flag(options, "status", True)
        self.baudrate = int(options.get("baudrate", "9600"))
        self.rtscts = _flag(options, "rtscts", False)
        self.xonxoff = _flag(options, "xonxoff", False)

    def send(self, data: bytes, *, name: str) -> None:
        import serial  # pyserial is only needed on PCs with a serial printer

        try:
            link = serial.serial_for_url(
                self.port,
                baudrate=self.baudrate,
                rtscts=self.rtscts,
                xonxoff=self.xonxoff,
                timeout=1.0,
                write_timeout=20.0,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PrinterUnreachable(self.port, str(exc)) from exc
        with link:
            try:
                if self.status:
                    check_status(lambda request: _serial_exchange(link, request))
                link.write(data)
                link.flush()
            except serial.SerialTimeoutException as exc:
                raise PrinterOffline("串口写入超时") from exc
            except (serial.SerialException, OSError) as exc:
                raise PrinterUnreachable(self.port, str(exc)) from exc


def _serial_exchange(link: Serial, request: bytes) -> int | None:
    link.reset_input_buffer()
    link.write(request)
    answer = link.read(1)
    return answer[0] if answer else None


class FileBackend:
    """A device file (``/dev/usb/lp0``, ``LPT1``) or plain file; no status read-back."""

    content_type = ContentType.ESCPOS

    def __init__(self, path: Path) -> None:
        self.path = path

    def send(self, data: bytes, *, name: str) -> None:
        try:
            with open(self.path, "ab") as handle:
                handle.write(data)
                handle.flush()
        except OSError as exc:
            raise PrinterUnreachable(str(self.path), exc.strerror or str(exc)) from exc


class Win32RawBackend:
    """A Windows printer queue fed with the RAW datatype (the driver does not touch the bytes)."""

    content_type = ContentType.ESCPOS

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name

    def send(self, data: bytes, *, name: str) -> None:
        if sys.platform != "win32":
            raise PrinterConfigError("win32raw:// 打印机只能在 Windows 上使用")
        try:
            import win32print
        except ImportError as exc:
            raise PrinterConfigError("此电脑缺少 pywin32 组件，无法使用 Windows 打印队列") from exc
        try:
            handle = win32print.OpenPrinter(self.printer_name)
        except Exception as exc:  # pywin32 raises pywintypes.error(winerror, funcname, strerror)
            raise PrinterUnreachable(self.printer_name, getattr(exc, "strerror", None) or str(exc)) from exc
        try:
            win32print.StartDocPrinter(handle, 1, (name, None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        except Exception as exc:
            raise PrinterOffline(str(exc)) from exc
        finally:
            win32print.ClosePrinter(handle)


class CupsBackend:
    """A CUPS queue fed through ``lp -o raw`` (Linux, UOS, Kylin)."""

    content_type = ContentType.ESCPOS

    def __init__(self, queue: str, server: str | None = None) -> None:
        self.queue, self.server = queue, server

    def send(self, data: bytes, *, name: str) -> None:
        command = ["lp", "-d", self.queue, "-o", "raw", "-t", name]
        if self.server:
            command[1:1] = ["-h", self.server]
        try:
            result = subprocess.run(command, input=data, capture_output=True, timeout=30, check=False)
        except FileNotFoundError as exc:
            raise PrinterConfigError("此电脑没有安装 CUPS 打印命令 lp") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrinterUnreachable(self.queue, "打印服务无响应") from exc
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", errors="replace").strip()
            raise PrinterUnreachable(self.queue, message or f"lp 退出码 {result.returncode}")


class PdfFolderBackend:
    """Saves each job as a PDF file in a folder (archive, or a printer's hot folder)."""

    content_type = ContentType.PDF

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, data: bytes, *, name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            safe = "".join(ch if ch not in '\\/:*?"<>|' else "_" for ch in name) or "document"
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".part")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.folder / f"{safe}.pdf")
        except OSError as exc:
            raise PrinterUnreachable(str(self.folder), exc.strerror or str(exc)) from exc


def open_backend(url: str, *, timeout: float = 3.0) -> PrinterBackend:
    """The backend for a printer URL (see the module docstring for the forms)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    params = _params(parts.query)
    if scheme == "tcp":
        if not parts.hostname:
            raise PrinterConfigError(f"打印机地址缺少主机名：{url}")
        return TcpBackend(parts.hostname, parts.port or 9100, timeout=timeout, status=_flag(params, "status", True))
    if scheme == "serial":
        port = unquote(parts.netloc + parts.path) if parts.netloc else unquote(parts.path)
        if not port:
            raise PrinterConfigError(f"串口打印机地址缺少端口：{url}")
        return SerialBackend(port, params)
    if scheme == "file":
        return FileBackend(Path(unquote(parts.path)))
    if scheme == "win32raw":
        return Win32RawBackend(unquote(parts.netloc + parts.path))
    if scheme == "cups":
        return CupsBackend(unquote(parts.netloc + parts.path), params.get("host"))
    if scheme == "pdf":
        return PdfFolderBackend(Path(unquote(parts.path)))
    raise PrinterConfigError(
        f"无法识别的打印机地址：{url}（支持 tcp://、serial://、file://、win32raw://、cups://、pdf://）"
    )


def paper_of(url: str, default: PaperSize = PaperSize.A4) -> PaperSize:
    """The ``paper=`` option of a ``pdf://`` URL."""
    value = _params(urlsplit(url).query).get("paper")
    try:
        return PaperSize(value) if value else default
    except ValueError as exc:
        raise PrinterConfigError(f"纸张参数无效：{value}（可选 a4、receipt80）") from exc
