"""The card photo: 1 024 bytes of WLT, which only the vendor's licensed library decodes.

We do not ship a decoder (the format is not public). When the hall's reader came with
one, its path goes into the reader's settings (``photo_library``) and is loaded here
through ctypes; without it the photo is not shown and the intake form says why.

Two vendor entry points are understood:

* ``int unpack(char *wlt, char *bmp, int save)`` (Linux ``libwlt.so`` and most newer
  DLLs): 1 024 bytes in, a 102×126 24-bit BMP with header (38 862 bytes) out, 1 = success;
* ``int GetBmp(char *wlt_file, int port)`` (older Windows ``WltRS.dll``): reads a ``.wlt``
  file and writes the ``.bmp`` beside it, 1 = success.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from pathlib import Path

#: 54-byte header + 126 rows of 102 pixels × 3 bytes, rows padded to 4 bytes (308)
BMP_SIZE = 54 + 126 * 308
MISSING_ZH = "未安装身份证照片解码库（读卡器厂商提供的 libwlt.so / WltRS.dll），不显示照片"


class PhotoDecoder:
    """Loads the vendor's WLT decoder once; ``decode`` never raises."""

    def __init__(self, library: str | os.PathLike[str] | None) -> None:
        self.path = os.fspath(library) if library else ""
        self._lib: ctypes.CDLL | None = None
        self._entry = ""
        #: why there is no photo ("" when the decoder is loaded)
        self.note = MISSING_ZH
        if not self.path:
            return
        try:
            windows = sys.platform == "win32" and not self.path.endswith(".so")
            loader = ctypes.WinDLL if windows else ctypes.CDLL  # type: ignore[attr-defined]  # typeshed: WinDLL on Windows only
            lib = loader(self.path)
        except OSError as exc:
            self.note = f"身份证照片解码库无法加载（{self.path}）：{exc}，不显示照片"
            return
        for entry in ("unpack", "GetBmp"):
            if hasattr(lib, entry):
                self._lib, self._entry, self.note = lib, entry, ""
                return
        self.note = f"身份证照片解码库（{self.path}）中没有 unpack 或 GetBmp 函数，不显示照片"

    @property
    def available(self) -> bool:
        return self._lib is not None

    def decode(self, wlt: bytes) -> tuple[bytes | None, str]:
        """``(bmp, "")`` or ``(None, reason)``."""
        if self._lib is None:
            return None, self.note
        if len(wlt) != 1024:
            return None, f"证件照片数据长度异常（{len(wlt)} 字节），不显示照片"
        try:
            bmp = self._unpack(wlt) if self._entry == "unpack" else self._get_bmp(wlt)
        except OSError as exc:
            return None, f"身份证照片解码失败：{exc}"
        if bmp is None or not bmp.startswith(b"BM"):
            return None, "身份证照片解码失败（解码库返回错误），不显示照片"
        return bmp, ""

    def _unpack(self, wlt: bytes) -> bytes | None:
        assert self._lib is not None
        src = ctypes.create_string_buffer(wlt, len(wlt))
        dst = ctypes.create_string_buffer(BMP_SIZE + 1024)
        result = self._lib.unpack(src, dst, 0)
        return dst.raw[:BMP_SIZE] if result == 1 else None

    def _get_bmp(self, wlt: bytes) -> bytes | None:
        assert self._lib is not None
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "zp.wlt"
            source.write_bytes(wlt)
            result = self._lib.GetBmp(str(source).encode("mbcs" if sys.platform == "win32" else "utf-8"), 2)
            target = source.with_suffix(".bmp")
            if result != 1 or not target.exists():
                return None
            return target.read_bytes()
