"""The medium-neutral document model every notice (文书) is built into.

A :class:`Document` says *what* a slip or page carries — title, number, labelled
fields, tables, paragraphs, QR code, signature and seal slots — and nothing about
paper width, fonts or printer commands.  The ESC/POS, PDF and preview renderers in
``app.printing`` all read the same value, so the preview is what prints.

Documents are frozen and serialise to JSON so the print queue can store the exact
document it will print and re-render it later (for instance as a 补打 reprint).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any, Union

from app.domain.enums import DocumentKind


@dataclass(frozen=True)
class Field:
    """One labelled value (``申请人：王堃``); labels line up on paper."""

    label: str
    value: str


@dataclass(frozen=True)
class Table:
    """Rows under column headings, e.g. the material list of a 补正材料通知书."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``emphasis`` marks the sentences that must stand out (bold)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Heading:
    """A short sub-heading inside a document (``一、需补正的材料``)."""

    text: str


@dataclass(frozen=True)
class Qr:
    """A QR code the applicant scans to look up or rate the case."""

    payload: str
    caption: str = ""


@dataclass(frozen=True)
class SignatureSlot:
    """A line the applicant (or clerk) signs by hand, with a date line."""

    label: str


@dataclass(frozen=True)
class SealSlot:
    """Where the issuing organisation's seal goes, with its name and the date."""

    org_name: str
    date: str


@dataclass(frozen=True)
class Rule:
    """A horizontal separator."""


@dataclass(frozen=True)
class BigText:
    """Text printed large and centred: the ticket number on a 取号单."""

    text: str


Block = Union[Field, Table, Paragraph, Heading, Qr, SignatureSlot, SealSlot, Rule, BigText]

_BLOCK_TYPES: dict[str, type] = {
    cls.__name__: cls for cls in (Field, Table, Paragraph, Heading, Qr, SignatureSlot, SealSlot, Rule, BigText)
}


@dataclass(frozen=True)
class ReprintMark:
    """Marks a reprint (补打) with when and by whom, so no copy passes as the original."""

    at: datetime
    by: str

    @property
    def text(self) -> str:
        """The line printed on top of a reprinted document."""
        return f"【补打】{self.at:%Y-%m-%d %H:%M} {self.by}"


@dataclass(frozen=True)
class Document:
    """One official document (文书) as data; see the module docstring for why."""

    kind: DocumentKind
    title: str
    #: 文书编号, e.g. ``京西政服受字〔2026〕第0001号``; empty for a queue ticket.
    number: str
    #: Lines above the title, usually the hall name.
    header: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    #: Lines below everything else: contact and complaint phones, hours.
    footer: tuple[str, ...] = ()
    #: How many copies are printed (容缺受理承诺书: applicant + window archive).
    copies: int = 1
    #: One label per copy (``第一联 申请人留存``); empty when copies are identical.
    copy_labels: tuple[str, ...] = ()
    #: The case this document belongs to, for tracing printed slips back to it.
    case_number: str = ""
    reprint: ReprintMark | None = None

    def as_reprint(self, at: datetime, by: str) -> Document:
        """This document marked as a 补打 copy printed at ``at`` by ``by``."""
        return replace(self, reprint=ReprintMark(at=at, by=by))

    def text_lines(self) -> list[str]:
        """Every human-readable string of the document, in order (for search and tests)."""
        out: list[str] = [*self.header, self.title]
        if self.number:
            out.append(self.number)
        for block in self.blocks:
            if isinstance(block, Field):
                out.append(f"{block.label}：{block.value}")
            elif isinstance(block, Table):
                out.append(" ".join(block.columns))
                out.extend(" ".join(row) for row in block.rows)
            elif isinstance(block, (Paragraph, Heading, BigText)):
                out.append(block.text)
            elif isinstance(block, Qr):
                out.append(block.caption)
            elif isinstance(block, SignatureSlot):
                out.append(block.label)
            elif isinstance(block, SealSlot):
                out.extend((block.org_name, block.date))
        out.extend(self.footer)
        return [line for line in out if line]

    def to_json(self) -> str:
        """Serialise losslessly, so a queued job can be re-rendered after a restart."""
        blocks = [{"type": type(b).__name__, **asdict(b)} for b in self.blocks]
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "title": self.title,
            "number": self.number,
            "header": list(self.header),
            "blocks": blocks,
            "footer": list(self.footer),
            "copies": self.copies,
            "copy_labels": list(self.copy_labels),
            "case_number": self.case_number,
            "reprint": ({"at": self.reprint.at.isoformat(), "by": self.reprint.by} if self.reprint else None),
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Document:
        """Inverse of :meth:`to_json`."""
        data = json.loads(text)
        blocks: list[Block] = []
        for raw in data["blocks"]:
            kind = _BLOCK_TYPES[raw.pop("type")]
            if kind is Table:
                raw = {
                    "columns": tuple(raw["columns"]),
                    "rows": tuple(tuple(r) for r in raw["rows"]),
                }
            blocks.append(kind(**raw))
        reprint = data.get("reprint")
        return cls(
            kind=DocumentKind(data["kind"]),
            title=data["title"],
            number=data["number"],
            header=tuple(data["header"]),
            blocks=tuple(blocks),
            footer=tuple(data["footer"]),
            copies=int(data["copies"]),
            copy_labels=tuple(data["copy_labels"]),
            case_number=data.get("case_number", ""),
            reprint=(ReprintMark(at=datetime.fromisoformat(reprint["at"]), by=reprint["by"]) if reprint else None),
        )


def chinese_date(day: date) -> str:
    """``2026年11月22日`` — the way dates are written on official documents."""
    return f"{day.year}年{day.month}月{day.day}日"


__all__ = [
    "BigText",
    "Block",
    "Document",
    "Field",
    "Heading",
    "Paragraph",
    "Qr",
    "ReprintMark",
    "Rule",
    "SealSlot",
    "SignatureSlot",
    "Table",
    "chinese_date",
]
