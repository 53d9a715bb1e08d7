"""Per-printer settings: paper width, how Chinese is sent, cutter and QR support."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.printing.errors import PrinterConfigError


class TextMode(StrEnum):
    """How Chinese text reaches the paper."""

    #: Rendered with the bundled font into bitmaps (GS v 0): looks the same on every printer.
    RASTER = "raster"
    #: Sent as GB18030 bytes in the printer's Chinese mode (FS & … FS .): small and fast,
    #: relies on the printer's resident font; lines it cannot encode fall back to raster.
    RESIDENT = "resident"


class QrMode(StrEnum):
    """Whether the printer draws QR codes itself (GS ( k) or gets a bitmap."""

    NATIVE = "native"
    RASTER = "raster"


class ResidentCharset(StrEnum):
    """What the printer's resident Chinese font covers; decides the raster fallback."""

    GB2312 = "gb2312"
    GBK = "gbk"
    GB18030 = "gb18030"


#: Paper width in dots at 203 dpi.
WIDTH_58MM = 384
WIDTH_80MM = 576


@dataclass(frozen=True)
class PrinterProfile:
    """How to drive one receipt printer model; stored per window in settings."""

    width_dots: int = WIDTH_80MM
    text_mode: TextMode = TextMode.RASTER
    #: Repertoire of the resident font (only used in resident mode).
    codepage: ResidentCharset = ResidentCharset.GB18030
    cut: bool = True
    qr: QrMode = QrMode.NATIVE
    #: QR module size in dots (GS ( k function 167), 1–16.
    qr_module: int = 6
    #: Base text size in dots for raster mode; 24 matches the printers' 24-dot fonts.
    font_px: int = 24
    #: Extra TrueType fonts tried for characters the bundled font lacks.
    fallback_fonts: tuple[Path, ...] = field(default=())
    #: Blank lines fed before the cut so the last line clears the cutter.
    feed_before_cut: int = 4

    @classmethod
    def for_width_mm(cls, width_mm: int, **options: Any) -> PrinterProfile:  # other fields of the profile
        """Profile for a 58 mm or 80 mm printer."""
        dots = {58: WIDTH_58MM, 80: WIDTH_80MM}.get(width_mm)
        if dots is None:
            raise PrinterConfigError(f"不支持的纸宽 {width_mm} mm（可选 58 或 80）")
        return cls(width_dots=dots, **options)
