"""One PDF per case (电子档案): a cover page, then every captured page on its own A4 sheet.

The cover names the case, the matter, the applicant (ID number masked) and every
material with the page numbers of its pages in this PDF, so the back office and the
archive can find a material without paging through. Page images are embedded as
they were stored (JPEG passes through unchanged; PNG is deflated), so ``pdfimages``
lists exactly the captured pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas

from app.printing.fonts import FontStack
from app.printing.pdf import _Fonts, _register


@dataclass(frozen=True)
class CoverMaterial:
    """One material line on the cover: its name, status and how many pages it has."""

    name: str
    status: str
    pages: int


@dataclass(frozen=True)
class CaseFileCover:
    case_number: str
    matter_name: str
    applicant: str
    id_number_masked: str
    window: str
    generated_at: str
    materials: tuple[CoverMaterial, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PageImage:
    """The stored bytes of one page and the material it belongs to."""

    data: bytes
    material_name: str
    page_no: int


def page_ranges(materials: Sequence[CoverMaterial], first_page: int = 2) -> list[str]:
    """``第2–3页`` per material in PDF order (the cover is page 1); ``—`` without pages."""
    out = []
    page = first_page
    for m in materials:
        if m.pages <= 0:
            out.append("—")
            continue
        last = page + m.pages - 1
        out.append(f"第{page}页" if m.pages == 1 else f"第{page}–{last}页")
        page = last + 1
    return out


def render_case_file(cover: CaseFileCover, pages: Sequence[PageImage]) -> bytes:
    """The PDF bytes; pages must be in the order of ``cover.materials``."""
    fonts = _register(FontStack.default())
    font = fonts.main
    buffer = io.BytesIO()
    c = pdf_canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"电子档案 {cover.case_number}")
    c.setAuthor("窗口受理台")
    c.setSubject(cover.matter_name)
    width, height = A4
    _cover(c, cover, fonts, width, height)
    total = len(pages) + 1
    for number, page in enumerate(pages, start=2):
        c.showPage()
        image = ImageReader(io.BytesIO(page.data))
        iw, ih = image.getSize()
        box_w, box_h = width - 24 * mm, height - 36 * mm
        scale = min(box_w / iw, box_h / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(image, (width - dw) / 2, 22 * mm + (box_h - dh) / 2, dw, dh)
        c.setFont(font, 9)
        c.drawString(12 * mm, height - 10 * mm, f"{cover.case_number}  {page.material_name}  第{page.page_no}页")
        c.drawRightString(width - 12 * mm, 10 * mm, f"{number} / {total}")
    c.save()
    return buffer.getvalue()


def _draw_text(c: pdf_canvas.Canvas, fonts: _Fonts, x: float, y: float, text: str, size: float) -> None:
    """``text`` from ``x`` with each run in the first font of the chain that has it (a rare name
    character from 花園明朝, one no font has as its code point)."""
    for idx, run in fonts.stack.runs(fonts.stack.printable(text)):
        name = fonts.name(idx)
        c.setFont(name, size)
        c.drawString(x, y, run)
        x += c.stringWidth(run, name, size)
    c.setFont(fonts.main, size)


def _cover(c: pdf_canvas.Canvas, cover: CaseFileCover, fonts: _Fonts, width: float, height: float) -> None:
    font = fonts.main
    y = height - 30 * mm
    c.setFont(font, 20)
    c.drawCentredString(width / 2, y, "电子档案")
    y -= 16 * mm
    c.setFont(font, 11)
    for label, value in (
        ("办件编号", cover.case_number),
        ("事项", cover.matter_name),
        ("申请人", cover.applicant),
        ("证件号码", cover.id_number_masked),
        ("受理窗口", cover.window),
        ("生成时间", cover.generated_at),
    ):
        _draw_text(c, fonts, 20 * mm, y, f"{label}：{value}", 11)
        y -= 7 * mm
    y -= 4 * mm
    c.setFont(font, 12)
    c.drawString(20 * mm, y, "材料目录")
    y -= 8 * mm
    c.setFont(font, 10)
    c.drawString(20 * mm, y, "序号")
    c.drawString(34 * mm, y, "材料名称")
    c.drawString(130 * mm, y, "状态")
    c.drawString(156 * mm, y, "页码")
    y -= 2 * mm
    c.line(20 * mm, y, width - 20 * mm, y)
    y -= 6 * mm
    for i, (m, pages) in enumerate(zip(cover.materials, page_ranges(cover.materials), strict=True), start=1):
        if y < 20 * mm:
            c.showPage()
            c.setFont(font, 10)
            y = height - 20 * mm
        c.drawString(20 * mm, y, str(i))
        c.drawString(34 * mm, y, m.name[:40])
        c.drawString(130 * mm, y, m.status)
        c.drawString(156 * mm, y, pages)
        y -= 6.5 * mm
