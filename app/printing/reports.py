"""Statistics sheets and the monthly report (月通报) as PDF, with the bundled CJK font.

A :class:`ReportSheet` is medium-neutral: a title, a subtitle, paragraphs and tables of
plain values. The services build it from their figures; this module draws it on
landscape A4 and :mod:`app.printing.xlsx` writes the same sheet to a workbook, so the
paper and the spreadsheet always carry the same numbers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.fonts import bundled_font

#: reportlab name of the bundled font as used by reports.
REPORT_FONT = "CounterDeskReport"

Cell = str | int | float | None


@dataclass(frozen=True)
class ReportTable:
    """One captioned table; ``percent_columns`` name headers whose values are fractions (0.95 → 95.0%)."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    percent_columns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ReportSheet:
    """A printable, exportable report: title, subtitle, paragraphs, tables."""

    title: str
    subtitle: str = ""
    paragraphs: tuple[str, ...] = ()
    tables: tuple[ReportTable, ...] = field(default_factory=tuple)


def format_cell(value: Cell, percent: bool = False) -> str:
    """How a value is printed: ``—`` for none, one decimal for fractions of minutes, ``95.0%`` for rates."""
    if value is None:
        return "—"
    if percent and isinstance(value, (int, float)):
        return f"{value * 100:.1f}%"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _font() -> str:
    if REPORT_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REPORT_FONT, str(bundled_font()), subfontIndex=0))
    return REPORT_FONT


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_report_pdf(sheet: ReportSheet) -> bytes:
    """The sheet on landscape A4, tables split across pages with repeated header rows."""
    font = _font()
    title = ParagraphStyle("rtitle", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER, wordWrap="CJK")
    sub = ParagraphStyle("rsub", fontName=font, fontSize=9, leading=13, alignment=TA_CENTER, wordWrap="CJK")
    body = ParagraphStyle("rbody", fontName=font, fontSize=10, leading=16, firstLineIndent=20, wordWrap="CJK")
    caption = ParagraphStyle("rcap", fontName=font, fontSize=11, leading=16, spaceBefore=8, wordWrap="CJK")
    head = ParagraphStyle("rhead", fontName=font, fontSize=6.5, leading=8, alignment=TA_CENTER, wordWrap="CJK")
    cell = ParagraphStyle("rcell", fontName=font, fontSize=7, leading=9, wordWrap="CJK")

    buffer = io.BytesIO()
    page = landscape(A4)
    margin = 12 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=sheet.title,
        author="窗口受理台 Counter Desk",
    )
    story: list[Any] = [Paragraph(_esc(sheet.title), title)]
    if sheet.subtitle:
        story.append(Paragraph(_esc(sheet.subtitle), sub))
    story.append(Spacer(1, 4 * mm))
    story.extend(Paragraph(_esc(p), body) for p in sheet.paragraphs)
    width = page[0] - 2 * margin
    for table in sheet.tables:
        story.append(Paragraph(_esc(table.caption), caption))
        story.append(_table(table, width, head, cell, font))
    doc.build(story)
    return buffer.getvalue()


def _table(table: ReportTable, width: float, head: ParagraphStyle, cell: ParagraphStyle, font: str) -> Table:
    n = len(table.headers)
    if n > 4:
        first = min(110.0, width * 0.3)
        rest = (width - first) / (n - 1)
    else:  # a short list (项目/数量) stays narrow instead of spreading over the page
        first, rest = width * 0.3, width * 0.12
    data: list[list[Any]] = [[Paragraph(_esc(h), head) for h in table.headers]]
    for row in table.rows:
        data.append(
            [
                Paragraph(_esc(format_cell(v, table.headers[i] in table.percent_columns)), cell)
                if i == 0
                else format_cell(v, table.headers[i] in table.percent_columns)
                for i, v in enumerate(row)
            ]
        )
    out = Table(data, colWidths=[first, *([rest] * (n - 1))], repeatRows=1, hAlign="LEFT")
    out.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 1), (-1, -1), 7),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    return out
