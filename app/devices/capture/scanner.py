"""Scanners behind one interface: SANE (``scanimage``) on Linux/UOS/Kylin, WIA on Windows,
and an emulated scanner with test pages.

Device URLs (settings ``scanner.url``): ``sane:`` (the first SANE device), ``sane:DEVICE``
(e.g. ``sane:test`` — SANE's own test backend — or ``sane:genesys:libusb:001:004``),
``wia:`` (the first WIA scanner), ``emulated:`` (test pages). TWAIN-only scanners are
reached through their WIA driver on Windows 10/11; a TWAIN source is not implemented.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Protocol

from PIL import Image

from app.devices.capture.sample_pages import document_page
from app.devices.errors import CaptureError, ConfigError


class Scanner(Protocol):
    """Scans the pages in the feeder (or the one on the glass)."""

    #: what the status line calls it
    title: str

    def scan(self) -> list[Image.Image]:
        """The pages, in order; ``CaptureError`` with a Chinese reason on failure."""
        ...


class SaneScanner:
    """``scanimage`` of sane-utils (one process per scan keeps a hung backend away from us)."""

    def __init__(
        self,
        device: str = "",
        *,
        resolution: int = 200,
        mode: str = "Color",
        adf: bool = False,
        timeout_s: float = 120.0,
        extra: tuple[str, ...] = (),
    ) -> None:
        self.device = device
        self.resolution = resolution
        self.mode = mode
        self.adf = adf
        self.timeout_s = timeout_s
        self.extra = extra
        self.title = f"扫描仪（SANE {device or '默认设备'}）"

    def scan(self) -> list[Image.Image]:
        program = shutil.which("scanimage")
        if program is None:
            raise CaptureError("未安装 SANE 扫描工具（sane-utils 的 scanimage），无法使用扫描仪")
        args = [program, "--format=png", f"--resolution={self.resolution}", f"--mode={self.mode}", *self.extra]
        if self.device:
            args[1:1] = ["-d", self.device]
        with tempfile.TemporaryDirectory() as tmp:
            if self.adf:
                args += ["--source=ADF", f"--batch={tmp}/page%03d.png"]
            try:
                done = subprocess.run(args, capture_output=True, timeout=self.timeout_s, check=False)
            except subprocess.TimeoutExpired:
                raise CaptureError(f"扫描超时（{self.timeout_s:g} 秒），请检查扫描仪") from None
            if done.returncode != 0 and not (self.adf and any(Path(tmp).iterdir())):
                reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
                raise CaptureError(f"扫描失败：{reason[-1] if reason else '扫描仪无响应'}")
            if self.adf:
                return [_load(p.read_bytes()) for p in sorted(Path(tmp).glob("page*.png"))]
            return [_load(done.stdout)]


class WiaScanner:
    """Windows Image Acquisition through pywin32 (every scanner with a Windows driver)."""

    _PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"

    def __init__(self, index: int = 1) -> None:
        self.index = index
        self.title = "扫描仪（WIA）"

    def scan(self) -> list[Image.Image]:
        if sys.platform != "win32":
            raise CaptureError("WIA 扫描只在 Windows 上可用")
        try:
            import win32com.client

            manager = win32com.client.Dispatch("WIA.DeviceManager")
            if manager.DeviceInfos.Count < self.index:
                raise CaptureError("未找到扫描仪（WIA 中没有设备）")
            device = manager.DeviceInfos.Item(self.index).Connect()
            picture = device.Items(1).Transfer(self._PNG)
            data = bytes(picture.FileData.BinaryData)
        except CaptureError:
            raise
        except Exception as exc:  # noqa: BLE001 - COM errors carry the driver's own text
            raise CaptureError(f"扫描失败：{exc}") from exc
        return [_load(data)]


class EmulatedScanner:
    """Delivers test pages (a straight white sheet per page)."""

    def __init__(self, pages: int = 1, title: str = "模拟材料") -> None:
        self.pages = pages
        self.page_title = title
        self.title = "模拟扫描仪"
        #: how many scans were made (tests)
        self.scans = 0

    def scan(self) -> list[Image.Image]:
        self.scans += 1
        return [document_page(self.page_title, n + 1) for n in range(self.pages)]


def _load(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            return img.convert("RGB")
    except Exception as exc:  # noqa: BLE001 - whatever the backend wrote, it is not a picture
        raise CaptureError(f"扫描仪返回的不是图片：{exc}") from exc


def scanner_for(url: str, options: dict[str, object] | None = None) -> Scanner:
    """The scanner a settings URL names."""
    options = dict(options or {})
    scheme, _, rest = url.strip().partition(":")
    scheme = scheme.lower()
    if scheme == "sane":
        return SaneScanner(
            rest,
            resolution=int(str(options.get("resolution", 200))),
            mode=str(options.get("mode", "Color")),
            adf=bool(options.get("adf", False)),
        )
    if scheme == "wia":
        return WiaScanner(int(rest or 1))
    if scheme == "emulated":
        return EmulatedScanner(int(str(options.get("pages", 1))))
    raise ConfigError(f"扫描仪地址无效：{url}（可用 sane:设备、wia:、emulated:）")
