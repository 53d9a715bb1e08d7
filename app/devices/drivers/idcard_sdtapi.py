"""The vendors' common reader library (``sdtapi.dll`` on Windows, ``libsdtapi.so`` on Linux).

Most readers sold in China ship this interface beside their own tools; it hides the
USB (HID) link that the SAM frames travel over on USB-only readers, so a hall whose
reader has no serial port still works. We call it through ctypes:

==============================  ==================================================
``SDT_OpenPort(port)``            0x90 = opened (1..16 serial COM, 1001..1016 USB)
``SDT_ClosePort(port)``
``SDT_GetSAMStatus(port, 0)``     0x90 = the SAM answers
``SDT_StartFindIDCard(port, buf, 0)``  0x9F found / 0x80 no (new) card
``SDT_SelectIDCard(port, buf, 0)``     0x90 / 0x81
``SDT_ReadBaseMsg(port, text, &n, photo, &m, 0)``  0x90 with 256 + 1024 bytes
==============================  ==================================================

The return values are the SAM's SW3 bytes, so the driver's logic is the same as over
the serial link. Values 1..5 are the library's own link errors (port not open, receive
timeout, transfer error, port unusable) and count as an unplugged reader.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

from app.devices.codecs.idcard_sam import Cmd, SamResponse, Sw3
from app.devices.drivers.idcard import read_answer_data
from app.devices.errors import TransportError

#: library return values that mean the link itself failed
_LINK_ERRORS = {
    0x01: "端口打开失败或端口号不合法",
    0x02: "接收阅读器数据超时",
    0x03: "数据传输错误",
    0x05: "该端口不可用",
}


def default_library() -> str:
    return "sdtapi.dll" if sys.platform == "win32" else "libsdtapi.so"


def parse_url(url: str) -> int:
    """``sdtapi:1001`` → port 1001 (1001 = first USB reader, 1..16 = COM1..COM16)."""
    scheme, _, rest = url.partition(":")
    if scheme.lower() != "sdtapi" or not rest.strip("/").isdigit():
        raise TransportError(f"阅读器地址应为 sdtapi:端口号（如 sdtapi:1001），而不是“{url}”")
    return int(rest.strip("/"))


class SdtApiLink:
    """A :class:`~app.devices.drivers.idcard.ReaderLink` over the sdtapi library."""

    def __init__(self, url: str, library: str | None = None) -> None:
        self.url = url
        self.port = parse_url(url)
        self.library = library or default_library()
        self._lib: ctypes.CDLL | None = None
        self._open = False

    @property
    def is_open(self) -> bool:
        return self._open

    def _load(self) -> ctypes.CDLL:
        if self._lib is None:
            # typeshed has WinDLL on Windows only; the branch is taken only there
            loader = ctypes.WinDLL if sys.platform == "win32" else ctypes.CDLL  # type: ignore[attr-defined]  # see above
            try:
                lib = loader(self.library)
            except OSError as exc:
                raise TransportError(
                    f"找不到阅读器厂商库 {self.library}：{exc}", detail=f"找不到阅读器厂商库 {self.library}"
                ) from exc
            c_int, c_buf = ctypes.c_int, ctypes.c_char_p
            c_uint_p = ctypes.POINTER(ctypes.c_uint)
            signatures = {
                "SDT_OpenPort": [c_int],
                "SDT_ClosePort": [c_int],
                "SDT_GetSAMStatus": [c_int, c_int],
                "SDT_StartFindIDCard": [c_int, c_buf, c_int],
                "SDT_SelectIDCard": [c_int, c_buf, c_int],
                "SDT_ReadBaseMsg": [c_int, c_buf, c_uint_p, c_buf, c_uint_p, c_int],
            }
            for name, args in signatures.items():
                try:
                    function = getattr(lib, name)
                except AttributeError as exc:
                    raise TransportError(f"阅读器厂商库 {self.library} 缺少函数 {name}") from exc
                function.argtypes = args
                function.restype = c_int
            self._lib = lib
        return self._lib

    def open(self) -> None:
        lib = self._load()
        result = lib.SDT_OpenPort(self.port)
        if result != Sw3.OK:
            detail = _LINK_ERRORS.get(result, f"返回 0x{result & 0xFF:02X}")
            raise TransportError(f"无法打开身份证阅读器（端口 {self.port}）：{detail}", detail=detail)
        self._open = True

    def close(self) -> None:
        if self._open and self._lib is not None:
            self._open = False
            with contextlib.suppress(OSError):
                self._lib.SDT_ClosePort(self.port)

    def command(self, command: Cmd, timeout_s: float) -> SamResponse:
        """One library call (its own timeout applies; ``timeout_s`` is the serial link's)."""
        if not self._open:
            raise TransportError("身份证阅读器端口未打开")
        lib = self._load()
        data = b""
        if command is Cmd.STATUS:
            result = lib.SDT_GetSAMStatus(self.port, 0)
        elif command in (Cmd.FIND_CARD, Cmd.SELECT_CARD):
            buffer = ctypes.create_string_buffer(16)
            call = lib.SDT_StartFindIDCard if command is Cmd.FIND_CARD else lib.SDT_SelectIDCard
            result = call(self.port, buffer, 0)
        elif command is Cmd.READ_BASE:
            text, photo = ctypes.create_string_buffer(512), ctypes.create_string_buffer(2048)
            text_len, photo_len = ctypes.c_uint(0), ctypes.c_uint(0)
            result = lib.SDT_ReadBaseMsg(self.port, text, ctypes.byref(text_len), photo, ctypes.byref(photo_len), 0)
            if result == Sw3.OK:
                data = read_answer_data(text.raw[: text_len.value], photo.raw[: photo_len.value])
        else:
            raise TransportError(f"sdtapi 接口不支持命令 0x{int(command):04X}")
        if result in _LINK_ERRORS:
            self._open = False
            raise TransportError(f"身份证阅读器通信失败：{_LINK_ERRORS[result]}", detail=_LINK_ERRORS[result])
        return SamResponse(result & 0xFF, data)
