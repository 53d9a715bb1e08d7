"""Document → PDF (A4 pages or continuous 80 mm receipt paper) with reportlab.

The bundled TrueType font is embedded as a subset, so the PDF prints and archives
the same on any PC and its text stays extractable (``pdftotext`` returns the
characters we wrote).  The QR code is drawn as vector rectangles, so it stays sharp at any
resolution.  Characters the bundled font lacks are drawn from the next font of the chain
(the profile's fallback fonts, then 花園明朝 A/B for CJK Extensions A–F), embedded too; a
character no font has is written as its code point (``〔U+30000〕``), never as an empty box.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import qrcode
from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _rl_ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import paragraph as _rl_paragraph

from app.forms.document import (
    BigText,
    Document,
    Field,
    Heading,
    Paragraph,
    Qr,
    Rule,
    SealSlot,
    SignatureSlot,
    Table,
)
from app.printing.fonts import FontSpec, FontStack

FONT_NAME = "CounterDeskSans"

#: Full-width Chinese punctuation that must not start a line.  reportlab's CJK line
#: breaker only knows the Japanese set (。、」 …) and would put a lone ：or ，at the
#: start of a line; its module-level sets (paragraph and textsplit) are extended once, additively.
_CHINESE_NO_LINE_START = "，：；？！）》」』】〕”’％"
for _module in (_rl_paragraph, _rl_textsplit):
    if not set(_CHINESE_NO_LINE_START) <= set(_module.ALL_CANNOT_START):
        _module.ALL_CANNOT_START += _CHINESE_NO_LINE_START  # type: ignore[attr-defined]  # not in reportlab's stubs


_rl_to_unicode = _rl_ttfonts.makeToUnicodeCMap
_BFCHAR = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.M)


def _utf16(match: re.Match[str]) -> str:
    code = int(match.group(2), 16) - 0x10000
    return f"{match.group(1)} <{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}>"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with supplementary-plane characters (𬌗, CJK Extension B and
    later) written in UTF-16 as the PDF standard wants: reportlab writes the bare code point
    (``<2C317>``), which text extraction and screen readers turn into a wrong character."""
    return _BFCHAR.sub(_utf16, _rl_to_unicode(fontname, subset))


if _rl_ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
    _rl_ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """QR modules (with a 2-module quiet zone), same encoder and error level as the receipts."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QrFlowable(Flowable):
    """A QR code drawn as filled vector rectangles (one per run of dark modules).

    reportlab's own QR widget re-encodes the payload on every measure and draw,
    which made it most of a PDF's render time.
    """

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        self.payload = payload
        self.side = side
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        matrix = qr_matrix(self.payload)
        module = self.side / len(matrix)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        for r, row in enumerate(matrix):
            y = self.side - (r + 1) * module
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                canvas.rect(start * module, y, (c - start) * module, module, stroke=0, fill=1)
        canvas.restoreState()


class PaperSize(StrEnum):
    """A4 pages for the office printer, or a receipt-wide continuous page."""

    A4 = "a4"
    RECEIPT_80 = "receipt80"


class _Fonts:
    """The reportlab names of a font stack's fonts. The main font is registered at once; a
    fallback font (the rare-character fonts are 22 and 31 MB) only when a run needs it."""

    def __init__(self, stack: FontStack) -> None:
        self.stack = stack
        self.main = _registered_name(stack.fonts[0])

    def name(self, index: int) -> str:
        return _registered_name(self.stack.fonts[index])


_registered: dict[FontSpec, str] = {}
_registering = threading.Lock()


def _registered_name(spec: FontSpec) -> str:
    """Register ``spec`` with reportlab once per process (parsing costs ~70 ms, 花園明朝 B ~0.4 s)."""
    with _registering:
        name = _registered.get(spec)
        if name is None:
            name = FONT_NAME if not _registered else f"{FONT_NAME}Fallback{len(_registered)}"
            pdfmetrics.registerFont(TTFont(name, str(spec.path), subfontIndex=spec.index))
            _registered[spec] = name
        return name


def _register(stack: FontStack) -> _Fonts:
    return _Fonts(stack)


class PdfRenderer:
    """Renders Documents to PDF bytes on one paper size."""

    def __init__(self, paper: PaperSize = PaperSize.A4, fallback_fonts: tuple[Path, ...] = ()) -> None:
        self.paper = paper
        self.fonts = _register(FontStack.default(fallback_fonts))
        receipt = paper is PaperSize.RECEIPT_80
        self.page_width = 80 * mm if receipt else A4[0]
        self.margin = 4 * mm if receipt else 18 * mm
        base = 9.5 if receipt else 11
        self.base = base
        font = self.fonts.main
        #: Every style inherits the bundled font, bullets included, so no unembedded base-14 font appears.
        root = ParagraphStyle("root", fontName=font, bulletFontName=font)
        self.styles = {
            "body": ParagraphStyle(
                "body", parent=root, fontName=font, fontSize=base, leading=base * 1.5, wordWrap="CJK"
            ),
            "indent": ParagraphStyle(
                "indent",
                parent=root,
                fontName=font,
                fontSize=base,
                leading=base * 1.5,
                wordWrap="CJK",
                firstLineIndent=base * 2,
            ),
            "header": ParagraphStyle(
                "header",
                parent=root,
                fontName=font,
                fontSize=base,
                leading=base * 1.5,
                alignment=TA_CENTER,
                wordWrap="CJK",
            ),
            "title": ParagraphStyle(
                "title",
                parent=root,
                fontName=font,
                fontSize=base * 1.8,
                leading=base * 2.6,
                alignment=TA_CENTER,
                wordWrap="CJK",
                spaceBefore=base * 0.4,
            ),
            "number": ParagraphStyle(
                "number",
                parent=root,
                fontName=font,
                fontSize=base * 0.95,
                leading=base * 1.6,
                alignment=TA_CENTER,
                wordWrap="CJK",
            ),
            "heading": ParagraphStyle(
                "heading",
                parent=root,
                fontName=font,
                fontSize=base * 1.05,
                leading=base * 1.8,
                wordWrap="CJK",
                spaceBefore=base * 0.4,
            ),
            "cell": ParagraphStyle(
                "cell", parent=root, fontName=font, fontSize=base * 0.9, leading=base * 1.3, wordWrap="CJK"
            ),
            "right": ParagraphStyle(
                "right",
                parent=root,
                fontName=font,
                fontSize=base,
                leading=base * 1.6,
                alignment=TA_RIGHT,
                wordWrap="CJK",
            ),
            "center": ParagraphStyle(
                "center",
                parent=root,
                fontName=font,
                fontSize=base * 0.9,
                leading=base * 1.4,
                alignment=TA_CENTER,
                wordWrap="CJK",
            ),
            "big": ParagraphStyle(
                "big", parent=root, fontName=font, fontSize=base * 5, leading=base * 6, alignment=TA_CENTER
            ),
            "footer": ParagraphStyle(
                "footer",
                parent=root,
                fontName=font,
                fontSize=base * 0.8,
                leading=base * 1.25,
                alignment=TA_LEFT,
                textColor=colors.HexColor("#333333"),
                wordWrap="CJK",
            ),
        }

    @property
    def frame_width(self) -> float:
        """Usable width between the margins, in points."""
        return self.page_width - 2 * self.margin

    def _markup(self, text: str) -> str:
        """Escape ``text`` and switch to a fallback font for characters the main font lacks
        (a character no font has is written as its code point, never as an empty box)."""
        parts = []
        for idx, run in self.fonts.stack.runs(self.fonts.stack.printable(text)):
            piece = escape(run)
            if idx:
                piece = f'<font name="{self.fonts.name(idx)}">{piece}</font>'
            parts.append(piece)
        return "".join(parts)

    def _p(self, text: str, style: str, *, emphasis: bool = False) -> RLParagraph:
        markup = self._markup(text)
        if emphasis:
            markup = f"<u>{markup}</u>"
        return RLParagraph(markup, self.styles[style])

    def story(self, document: Document) -> list[Flowable]:
        """All flowables of all copies, copies separated by page breaks."""
        story: list[Flowable] = []
        for copy in range(max(1, document.copies)):
            if copy:
                story.append(PageBreak())
            label = document.copy_labels[copy] if copy < len(document.copy_labels) else ""
            story += self._copy(document, label)
        return story

    def _copy(self, document: Document, copy_label: str) -> list[Flowable]:
        out: list[Flowable] = []
        if document.reprint is not None:
            out.append(self._p(document.reprint.text, "header", emphasis=True))
        if copy_label:
            out.append(self._p(copy_label, "right"))
        out += [self._p(line, "header") for line in document.header]
        out.append(self._p(document.title, "title"))
        if document.number:
            out.append(self._p(document.number, "number"))
        out.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=6))
        fields: list[Field] = []
        blocks = list(document.blocks)
        skip_next = False
        for i, block in enumerate(blocks):
            if skip_next:
                skip_next = False
                continue
            if isinstance(block, Field):
                fields.append(block)
                continue
            if fields:
                out.append(self._fields(fields))
                fields = []
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, Qr) and isinstance(following, SealSlot) and self.paper is PaperSize.A4:
                out.append(self._qr_beside_seal(block, following))
                skip_next = True
                continue
            out += self._block(block)
        if fields:
            out.append(self._fields(fields))
        if document.footer and self.paper is not PaperSize.A4:
            out.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=6, spaceAfter=4))
            out += [self._p(line, "footer") for line in document.footer]
        return out

    def _block(self, block: object) -> Iterable[Flowable]:
        if isinstance(block, Paragraph):
            plain = block.text.endswith("：") and len(block.text) < 30 or block.text[:1].isdigit()
            yield self._p(block.text, "body" if plain else "indent", emphasis=block.emphasis)
        elif isinstance(block, Heading):
            yield self._p(block.text, "heading")
        elif isinstance(block, Table):
            yield self._table(block)
        elif isinstance(block, Qr):
            yield CondPageBreak(45 * mm)
            yield self._qr(block.payload)
            if block.caption:
                yield self._p(block.caption, "center")
        elif isinstance(block, SignatureSlot):
            yield Spacer(1, self.base)
            yield self._p(f"{block.label}：", "body")
            yield Spacer(1, self.base * 1.5)
            yield self._p("日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日", "right")
        elif isinstance(block, SealSlot):
            yield Spacer(1, self.base * 1.5)
            yield self._p(block.org_name, "right")
            yield self._p(block.date, "right")
        elif isinstance(block, Rule):
            yield HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=4, spaceAfter=4)
        elif isinstance(block, BigText):
            yield self._p(block.text, "big")

    def _qr_beside_seal(self, qr: Qr, seal: SealSlot) -> Flowable:
        """On A4 the QR code sits bottom left and the seal bottom right, as on paper notices."""
        left = [self._qr(qr.payload), self._p(qr.caption, "center")] if qr.caption else [self._qr(qr.payload)]
        right = [Spacer(1, self.base * 3), self._p(seal.org_name, "right"), self._p(seal.date, "right")]
        half = self.frame_width / 2
        table = RLTable([[left, right]], colWidths=[half * 0.8, half * 1.2])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.main),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return KeepTogether([Spacer(1, self.base), table])

    def _fields(self, fields: list[Field]) -> RLTable:
        label_width = self.base * (5.5 if self.paper is PaperSize.RECEIPT_80 else 8)
        rows = [[self._p(f.label + "：", "body"), self._p(f.value, "body")] for f in fields]
        table = RLTable(rows, colWidths=[label_width, self.frame_width - label_width])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.main),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _table(self, table: Table) -> RLTable:
        columns = len(table.columns)
        weights = [1.0 if name == "序号" else 3.0 for name in table.columns]
        total = sum(weights)
        widths = [self.frame_width * w / total for w in weights]
        rows: list[list[RLParagraph | str]] = [[self._p(c, "cell") for c in table.columns]]
        rows += [[self._p(c, "cell") for c in row] + [""] * (columns - len(row)) for row in table.rows]
        rl = RLTable(rows, colWidths=widths, repeatRows=1, spaceBefore=2, spaceAfter=4)
        rl.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.main),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return rl

    def _qr(self, payload: str) -> Flowable:
        return QrFlowable(payload, 28 * mm)

    def render(self, document: Document) -> bytes:
        """PDF bytes of ``document``; receipt paper gets one page per copy, as long as needed."""
        buffer = io.BytesIO()
        title = f"{document.title} {document.number}".strip()
        if self.paper is PaperSize.A4:
            pagesize = A4
        else:
            height = self._receipt_height(document)
            pagesize = (self.page_width, height)
        doc = SimpleDocTemplate(
            buffer,
            pagesize=pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
            subject=document.kind.value,
            creator="Counter Desk",
            initialFontName=self.fonts.main,
            title=title,
            author="窗口受理台 Counter Desk",
        )
        if self.paper is PaperSize.A4 and document.footer:
            footer = document.footer
            doc.bottomMargin = self.margin + self.base * 0.85 * (len(footer) // 2 + len(footer) % 2 + 1)

            def draw_footer(canvas: Canvas, _doc: object) -> None:
                self._draw_a4_footer(canvas, footer)

            doc.build(self.story(document), onFirstPage=draw_footer, onLaterPages=draw_footer)
        else:
            doc.build(self.story(document))
        return buffer.getvalue()

    def _draw_a4_footer(self, canvas: Canvas, footer: tuple[str, ...]) -> None:
        """Contact lines at the foot of every A4 page, two per row, above a thin rule."""
        size = self.base * 0.8
        pairs = ["    ".join(footer[i : i + 2]) for i in range(0, len(footer), 2)]
        top = self.margin + size * 1.3 * len(pairs)
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, top + 2, self.page_width - self.margin, top + 2)
        canvas.setFont(self.fonts.main, size)
        for i, text in enumerate(pairs):
            canvas.drawString(self.margin, top - size * 1.3 * (i + 1), text)
        canvas.restoreState()

    def _receipt_height(self, document: Document) -> float:
        """Height of one copy on continuous paper (all copies are laid out alike)."""
        single = replace(document, copies=1)
        total = 0.0
        for flowable in self.story(single):
            _, height = flowable.wrap(self.frame_width, 100000)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total + 2 * self.margin + 12 * mm


def render_pdf(document: Document, paper: PaperSize = PaperSize.A4) -> bytes:
    """Convenience: PDF bytes of ``document`` on ``paper``."""
    return PdfRenderer(paper).render(document)
