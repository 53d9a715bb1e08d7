"""From a card read on the ID-card reader to the applicant form: who, which ID, where.

The card's type letter says which kind of ID it is (居民身份证, 港澳台居民居住证,
外国人永久居留身份证 of 2017 or 2023); the name is the Chinese name where the card has one
and a foreigner's English name goes beside it (a foreigner's card may only have the
English name, which is then the name). An expired card is not refused — the clerk is
warned and decides (some matters accept an expired card with a receipt of renewal).
Text from a card is still text from outside: it is normalised (NFC, spaces) and
length-checked here, and the intake service validates it again when it is saved.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from app.devices.codecs.idcard_text import FOREIGN_PR, FOREIGN_PR_2023, HMT_RESIDENCE, RESIDENT, IdCardData
from app.domain.enums import ApplicantKind, IdType
from app.services.dto import ApplicantInput

ID_TYPES: dict[str, IdType] = {
    RESIDENT: IdType.RESIDENT_ID,
    HMT_RESIDENCE: IdType.HMT_RESIDENCE,
    FOREIGN_PR: IdType.FOREIGN_PR,
    FOREIGN_PR_2023: IdType.FOREIGN_PR,
}


@dataclass(frozen=True)
class CardApplicant:
    """What the form takes from a card, and what the clerk must be told about it."""

    applicant: ApplicantInput
    card_type_zh: str
    #: one line for the form: 已读取居民身份证：王𬌗（男，汉族，1990-03-07）
    summary: str
    #: things to check before going on (expired card …)
    warnings: tuple[str, ...] = ()


def _clean(text: str, limit: int) -> str:
    value = " ".join(unicodedata.normalize("NFC", text).split())
    return "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")[:limit]


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def applicant_from_card(card: IdCardData, today: date, *, phone: str = "") -> CardApplicant:
    """The applicant form's values from ``card`` (``phone`` keeps what was typed)."""
    id_type = ID_TYPES.get(card.card_type)
    if id_type is None:
        raise ValueError(f"{card.card_type_zh}的内容不能自动填写")
    english = _clean(card.english_name, 60)
    name = _clean(card.name, 50) or english
    applicant = ApplicantInput(
        kind=ApplicantKind.PERSON,
        name=name,
        id_type=id_type,
        id_number=_clean(card.id_number, 32).replace(" ", "").upper(),
        phone=phone,
        address=_clean(card.address, 200),
        name_en=english if english != name else "",
    )
    details = [card.sex_zh]
    if card.nation_code:
        details.append(
            f"{card.nation_zh}族" if card.nation_zh not in ("其他", "外国血统中国籍人士") else card.nation_zh
        )
    if card.nationality:
        details.append(f"国籍 {card.nationality}")
    if card.birth_date:
        details.append(_day(card.birth_date))
    shown = f"{name} {applicant.name_en}" if applicant.name_en else name
    summary = f"已读取{card.card_type_zh}：{shown}（{'，'.join(d for d in details if d)}）"
    warnings = []
    if card.expired(today):
        warnings.append(f"证件已过有效期（有效期至 {_day(card.valid_to_date)}），请申请人出示有效证件或核实后再办理")
    elif card.valid_to != "长期" and card.valid_to_date is None and card.valid_to:
        warnings.append(f"证件有效期“{card.valid_to}”无法识别，请核对证件")
    return CardApplicant(applicant, card.card_type_zh, summary, tuple(warnings))
