"""The IT person's test page: every document rendered from demo data.

Wired by the command line as
``python -m app admin print-sample --document NAME --format escpos|pdf [--width 58|80] --out FILE``;
``--document list`` lists the names.  With ``printer`` set, the rendered job is
also sent straight to that printer URL (bypassing the queue: it is a test).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from app.domain.errors import NotFound
from app.forms.registry import DOCUMENTS, VARIANTS, build_demo
from app.printing.backends import ContentType, open_backend
from app.printing.errors import PrinterConfigError
from app.printing.escpos import EscPosRenderer
from app.printing.pdf import PaperSize, PdfRenderer
from app.printing.profile import PrinterProfile, TextMode

Format = Literal["escpos", "pdf"]


def sample_bytes(
    document: str, fmt: Format, width: int | None = None, *, text_mode: TextMode = TextMode.RASTER
) -> bytes:
    """Bytes of the demo ``document`` in ``fmt``.

    ``width`` is the paper in mm: ESC/POS 58 or 80 (default 80); PDF 80 gives
    continuous receipt paper, no width gives A4.
    """
    if document not in DOCUMENTS:
        raise NotFound(f"没有名为“{document}”的文书，可用：{'、'.join(DOCUMENTS)}")
    built = build_demo(document)
    if fmt == "escpos":
        profile = PrinterProfile.for_width_mm(width or 80, text_mode=text_mode)
        return EscPosRenderer(profile).render(built)
    if fmt == "pdf":
        paper = PaperSize.RECEIPT_80 if width == 80 else PaperSize.A4
        return PdfRenderer(paper).render(built)
    raise PrinterConfigError(f"不支持的格式：{fmt}（可选 escpos、pdf）")


def print_sample(
    document: str,
    fmt: Format,
    width: int | None,
    out: Path | None,
    *,
    printer: str | None = None,
    text_mode: TextMode = TextMode.RASTER,
) -> list[str]:
    """Render (and optionally print) a sample; returns the lines to show on the console.

    ``document == "list"`` returns the document names with their Chinese titles.
    See :func:`sample_bytes` for ``width``.
    """
    if document == "list":
        return [
            f"{name}\t{build_demo(name).title}" + (f"（{VARIANTS[name]}）" if name in VARIANTS else "")
            for name in DOCUMENTS
        ]
    data = sample_bytes(document, fmt, width, text_mode=text_mode)
    lines: list[str] = []
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        lines.append(f"已生成 {out}（{len(data)} 字节）")
    if printer:
        backend = open_backend(printer)
        expected = ContentType.PDF if fmt == "pdf" else ContentType.ESCPOS
        if backend.content_type is not expected:
            raise PrinterConfigError(f"打印机 {printer} 需要 {backend.content_type.value} 格式，而不是 {fmt}")
        backend.send(data, name=f"测试页 {document}")
        lines.append(f"已发送到打印机 {printer}")
    if not lines:
        lines.append(f"已生成 {len(data)} 字节（未指定 --out 或 --printer）")
    return lines
