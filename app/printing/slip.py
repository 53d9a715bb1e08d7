"""Receipt layout: a Document flattened into lines that fit a paper width.

Both receipt encodings (raster and resident-font ESC/POS) and the preview lay out
through here, so line breaks are decided once per text mode and the preview shows
exactly the lines the printer gets.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Union

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


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class TextLine:
    """One printed line; ``scale`` multiplies both width and height."""

    text: str
    scale: int = 1
    bold: bool = False
    align: Align = Align.LEFT


@dataclass(frozen=True)
class QrCode:
    """A QR code centred on the paper."""

    payload: str


@dataclass(frozen=True)
class RuleLine:
    """A thin horizontal line across the paper."""


@dataclass(frozen=True)
class Feed:
    """Blank space of ``lines`` text lines."""

    lines: int = 1


@dataclass(frozen=True)
class Cut:
    """End of one slip (one copy): feed and cut."""


SlipItem = Union[TextLine, QrCode, RuleLine, Feed, Cut]

#: ``measure(text, scale)`` → width in dots.
Measure = Callable[[str, int], float]

#: Characters that must not begin a line (Chinese line-breaking rule, 避头点).
_NO_LINE_START = set("，。、；：？！）》」』】〕”’,.;:?!)%")
_PARAGRAPH_INDENT = "\u3000\u3000"


def cell_width(text: str, scale: int = 1) -> float:
    """Width in dots in a printer's 12×24 resident font: wide characters take two cells."""
    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return cells * 12 * scale


def _tokens(text: str) -> list[str]:
    """Hanzi and punctuation one by one; runs of Latin letters, digits and ``*`` stay whole."""
    tokens: list[str] = []
    for ch in text:
        word_char = ord(ch) < 0x80 and not ch.isspace()
        if word_char and tokens and tokens[-1] and ord(tokens[-1][-1]) < 0x80 and not tokens[-1][-1].isspace():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def wrap(text: str, width: float, measure: Measure, scale: int = 1, hang: str = "") -> list[str]:
    """Break ``text`` into lines no wider than ``width``.

    ID numbers, case numbers and phone numbers are not split when they fit on a
    line of their own, closing punctuation never starts a line (避头点), and
    continuation lines start with ``hang`` (hanging indent for list items).
    """
    lines: list[str] = []

    def width_of(value: str) -> float:
        return sum(measure(c, scale) for c in value)

    hang_width = width_of(hang)
    current = ""
    used = 0.0

    def new_line(carry: str) -> None:
        nonlocal current, used
        current = hang + carry
        used = hang_width + width_of(carry)

    for token in _tokens(text):
        if token == "\n":
            lines.append(current)
            new_line("")
            continue
        advance = width_of(token)
        if used + advance <= width:
            current += token
            used += advance
            continue
        if len(token) > 1 and advance > width - hang_width:
            for ch in token:
                step = measure(ch, scale)
                if current.strip() and used + step > width:
                    lines.append(current)
                    new_line("")
                current += ch
                used += step
            continue
        last = _tokens(current)[-1] if current else ""
        head = current[: -len(last)] if last else current
        if token in _NO_LINE_START and last and head.strip():
            lines.append(head.rstrip(" "))
            new_line(last + token)
        else:
            lines.append(current.rstrip(" "))
            new_line(token)
    if current.strip() or not lines:
        lines.append(current)
    return lines


def layout(document: Document, width: int, measure: Measure) -> list[SlipItem]:
    """All copies of ``document`` as slip items, each copy ending in :class:`Cut`."""
    items: list[SlipItem] = []
    copies = max(1, document.copies)
    for copy in range(copies):
        label = document.copy_labels[copy] if copy < len(document.copy_labels) else ""
        items += _one_copy(document, width, measure, label)
        items.append(Cut())
    return items


def _one_copy(document: Document, width: int, measure: Measure, copy_label: str) -> list[SlipItem]:
    out: list[SlipItem] = []

    def text(value: str, *, scale: int = 1, bold: bool = False, align: Align = Align.LEFT, hang: str = "") -> None:
        for line in wrap(value, width, measure, scale, hang):
            out.append(TextLine(line, scale, bold, align))

    if document.reprint is not None:
        text(document.reprint.text, bold=True, align=Align.CENTER)
    if copy_label:
        text(copy_label, align=Align.RIGHT)
    for line in document.header:
        text(line, align=Align.CENTER)
    text(document.title, scale=2, bold=True, align=Align.CENTER)
    if document.number:
        text(document.number, align=Align.CENTER)
    out.append(RuleLine())
    for block in document.blocks:
        if isinstance(block, Field):
            text(f"{block.label}：{block.value}")
        elif isinstance(block, Paragraph):
            indent = "" if block.text.endswith("：") and len(block.text) < 30 else _PARAGRAPH_INDENT
            if block.text[:1].isdigit():
                indent = ""
            text(indent + block.text, bold=block.emphasis)
        elif isinstance(block, Heading):
            text(block.text, bold=True)
        elif isinstance(block, Table):
            _table(block, text)
        elif isinstance(block, Qr):
            out.append(QrCode(block.payload))
            if block.caption:
                text(block.caption, align=Align.CENTER)
        elif isinstance(block, SignatureSlot):
            out.append(Feed(1))
            text(f"{block.label}：")
            out.append(Feed(1))
            text("日期：      年    月    日", align=Align.RIGHT)
        elif isinstance(block, SealSlot):
            out.append(Feed(1))
            text(block.org_name, align=Align.RIGHT)
            text(block.date, align=Align.RIGHT)
        elif isinstance(block, Rule):
            out.append(RuleLine())
        elif isinstance(block, BigText):
            text(block.text, scale=4, bold=True, align=Align.CENTER)
    if document.footer:
        out.append(RuleLine())
        for line in document.footer:
            text(line)
    return out


def _table(table: Table, text: Callable[..., None]) -> None:
    """A table on a receipt: one numbered line per row, other columns indented below."""
    numbered = bool(table.columns) and table.columns[0] == "序号"
    for row in table.rows:
        cells = list(row)
        cols = list(table.columns)
        if numbered and len(cells) > 1:
            first = f"{cells[0]}. {cells[1]}"
            rest = zip(cols[2:], cells[2:], strict=False)  # a short row prints the cells it has
        else:
            first = cells[0] if cells else ""
            rest = zip(cols[1:], cells[1:], strict=False)
        text(first, hang=_PARAGRAPH_INDENT)
        for col, value in rest:
            if value:
                text(f"{_PARAGRAPH_INDENT}{col}：{value}", hang=_PARAGRAPH_INDENT * 2)
