"""A :class:`~app.printing.reports.ReportSheet` as an ``.xlsx`` workbook (openpyxl).

Numbers stay numbers (so the hall can sum and chart them in WPS or Excel); rates are
fractions with a percentage format, exactly the values the PDF prints as ``95.0%``.
The first worksheet holds the title and paragraphs followed by every table; a
worksheet per table follows so each can be filtered on its own.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.printing.reports import ReportSheet, ReportTable

_BAD_TITLE_CHARS = re.compile(r"[\\/*?:\[\]]")


def _sheet_title(text: str, used: set[str]) -> str:
    base = _BAD_TITLE_CHARS.sub("", text)[:28] or "表"
    title, n = base, 2
    while title in used:
        title = f"{base[:26]}{n}"
        n += 1
    used.add(title)
    return title


def _write_table(ws: Worksheet, row: int, table: ReportTable) -> int:
    """Write ``table`` starting at ``row``; returns the next free row."""
    ws.cell(row=row, column=1, value=table.caption).font = Font(bold=True)
    row += 1
    for col, header in enumerate(table.headers, start=1):
        c = ws.cell(row=row, column=col, value=header)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    row += 1
    for values in table.rows:
        for col, value in enumerate(values, start=1):
            c = ws.cell(row=row, column=col, value=value)
            if table.headers[col - 1] in table.percent_columns and isinstance(value, (int, float)):
                c.number_format = "0.0%"
            elif isinstance(value, float):
                c.number_format = "0.0"
        row += 1
    return row + 1


def render_report_xlsx(sheet: ReportSheet) -> bytes:
    """The workbook as bytes (write them to a ``.xlsx`` file chosen by the user)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new Workbook has one worksheet, active
    used: set[str] = set()
    ws.title = _sheet_title("通报", used)
    ws.cell(row=1, column=1, value=sheet.title).font = Font(bold=True, size=14)
    row = 2
    if sheet.subtitle:
        ws.cell(row=row, column=1, value=sheet.subtitle)
        row += 1
    for paragraph in sheet.paragraphs:
        ws.cell(row=row, column=1, value=paragraph)
        row += 1
    row += 1
    for table in sheet.tables:
        row = _write_table(ws, row, table)
    ws.column_dimensions["A"].width = 28
    for table in sheet.tables:
        own = wb.create_sheet(_sheet_title(table.caption, used))
        _write_table(own, 1, table)
        own.column_dimensions["A"].width = 28
        for col in range(2, len(table.headers) + 1):
            own.column_dimensions[get_column_letter(col)].width = 11
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
