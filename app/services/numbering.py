"""Hall-unique numbers issued locally: case numbers (办件编号) and document numbers (文书编号).

Both are made from the hall code, the hall day, the window, the PC's registration epoch
and a per-window daily counter advanced in the same transaction as the numbered row
(:func:`app.store.repositories.counters.next_value`). Two windows never share a counter,
and a restored or cloned PC gets a new epoch from the center, so numbers are unique
across the hall by construction; the central UNIQUE constraint is only a tripwire.

Case number format (documented, parsed by :func:`parse_case_number`)::

    <hall code>-<yyyymmdd>-<window>-E<epoch>-<nnnn>
    510626-LJJK-20260929-01-E1-0001

The hall code may itself contain ``-``; the other four parts never do, so the number is
parsed from the right. Document numbers use the same parts with the kind's two-letter
code in front of the date and no hall code (documents are printed with the hall name)::

    <kind>-<yyyymmdd>-<window>-E<epoch>-<nnnn>          SL-20260929-01-E1-0001
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DocumentKind
from app.domain.errors import CounterDeskError, ValidationError
from app.store.models import DeviceRegistration, HallSetting
from app.store.repositories.counters import next_value

CASE_NUMBER_MAX = 40

#: Two-letter codes of document kinds in document numbers.
DOCUMENT_CODES = {
    DocumentKind.ACCEPTANCE: "SL",
    DocumentKind.ONE_TIME_NOTICE: "GZ",
    DocumentKind.SUPPLEMENT_NOTICE: "BZ",
    DocumentKind.DEFICIENCY_PLEDGE: "RQ",
    DocumentKind.REFUSAL: "BY",
    DocumentKind.IMMEDIATE_RECEIPT: "JB",
    DocumentKind.COMPLETION: "BJ",
    DocumentKind.RETURN: "TH",
    DocumentKind.EXTENSION_NOTICE: "YQ",
    DocumentKind.DENIAL: "BX",
    DocumentKind.HANDOVER_RECEIPT: "LQ",
    DocumentKind.TICKET: "QH",
}

_TAIL = re.compile(r"^(?P<day>\d{8})-(?P<window>[0-9A-Za-z]+)-E(?P<epoch>\d+)-(?P<seq>\d{4,})$")


@dataclass(frozen=True)
class CaseNumber:
    """The parts of a case number."""

    hall: str
    day: date
    window: str
    epoch: int
    seq: int

    def __str__(self) -> str:
        return format_case_number(self.hall, self.day, self.window, self.epoch, self.seq)


def format_case_number(hall: str, day: date, window: str, epoch: int, seq: int) -> str:
    text = f"{hall}-{day:%Y%m%d}-{window}-E{epoch}-{seq:04d}"
    if len(text) > CASE_NUMBER_MAX:
        raise CounterDeskError(f"办件编号“{text}”超过{CASE_NUMBER_MAX}位，请管理员缩短大厅编码")
    return text


def parse_case_number(text: str) -> CaseNumber:
    """Split a case number into its parts; :class:`ValidationError` if it is not one."""
    parts = text.strip().rsplit("-", 4)
    if len(parts) != 5 or not parts[0]:
        raise ValidationError(f"“{text}”不是有效的办件编号", field="case_number")
    hall, day_text, window, epoch_text, seq_text = parts
    match = _TAIL.match(f"{day_text}-{window}-{epoch_text}-{seq_text}")
    if match is None:
        raise ValidationError(f"“{text}”不是有效的办件编号", field="case_number")
    try:
        day = date(int(day_text[:4]), int(day_text[4:6]), int(day_text[6:]))
    except ValueError:
        raise ValidationError(f"办件编号“{text}”中的日期不存在", field="case_number") from None
    return CaseNumber(hall=hall, day=day, window=window, epoch=int(match["epoch"]), seq=int(match["seq"]))


@dataclass(frozen=True)
class Issuer:
    """Who issues numbers on this PC: hall code, window and registration epoch."""

    hall: str
    window: str
    epoch: int


def issuer(session: Session, window_code: str, settings_hall_code: str = "") -> Issuer:
    """The PC's registration (hall code, epoch) or, unregistered, the settings' hall code and epoch 1."""
    registration = session.scalars(select(DeviceRegistration).limit(1)).first()
    if registration is not None:
        return Issuer(
            hall=registration.hall_code or settings_hall_code or "HALL", window=window_code, epoch=registration.epoch
        )
    hall = settings_hall_code
    if not hall:
        row = session.get(HallSetting, "hall")
        hall = str(row.value.get("code", "")) if row is not None else ""
    return Issuer(hall=hall or "HALL", window=window_code, epoch=1)


def next_case_number(session: Session, who: Issuer, day: date) -> str:
    """Issue the next case number of this window for ``day`` (inside the caller's transaction)."""
    seq = next_value(session, f"case:{who.window}:E{who.epoch}:{day:%Y%m%d}")
    return format_case_number(who.hall, day, who.window, who.epoch, seq)


def next_document_number(session: Session, who: Issuer, kind: DocumentKind, day: date) -> str:
    """Issue the next document number of ``kind`` for this window and day."""
    code = DOCUMENT_CODES[DocumentKind(kind)]
    seq = next_value(session, f"doc:{code}:{who.window}:E{who.epoch}:{day:%Y%m%d}")
    return f"{code}-{day:%Y%m%d}-{who.window}-E{who.epoch}-{seq:04d}"
