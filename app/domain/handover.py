"""统一窗口出件: the rules of handing a case's result to the applicant.

A finished case's result (证照, documents, returned originals) reaches the applicant at
an output window (出件窗口) or by mail. What the hall must be able to show later is who
took it (the applicant or an agent — name, checked ID number, relation, and for an agent
the power of attorney), what exactly was handed over (itemised), when, and how it was
signed for (on the signature pad when the PC has one, else on the printed 领取回执,
recorded as such). Mail records the address, carrier, tracking number and the postage /
booking state; a returned mail item reopens the hand-over.

Each step is an appended case event whose ``data`` is :meth:`Handover.as_data` or
:meth:`MailDispatch.as_data`; :func:`handover_standing` folds a case's events back into
where the hand-over stands. Pure rules: no database, no Qt.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain.enums import IdType
from app.domain.errors import ValidationError
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.validators import mask_id, parse_resident_id, validate_person_name

#: Event action of a hand-over at the window and of a mail dispatch (the case's 送达).
DELIVER_ACTION = "送达"
#: Event action of a mail item that came back undelivered: the hand-over is open again.
MAIL_RETURNED_ACTION = "邮件退回"
#: Event data key telling the two kinds of 送达 apart.
METHOD_KEY = "method"


class ReceiverRelation(StrEnum):
    """Who takes the result, as the 领取回执 says it."""

    SELF = "申请人本人"
    LEGAL_REP = "法定代表人"
    AGENT = "委托代理人"

    @property
    def is_agent(self) -> bool:
        return self is ReceiverRelation.AGENT


class ItemKind(StrEnum):
    """What is handed over, one line each on the receipt."""

    LICENCE = "证照"
    DOCUMENT = "文书"
    ORIGINAL = "退还原件"


class SignatureMode(StrEnum):
    """How the receiver signed for it."""

    PAD = "签名板签名"
    PAPER = "纸质回执签字"


class PostageState(StrEnum):
    """Who pays the post and whether the pick-up by the carrier is booked."""

    PREPAID = "已付邮费"
    COLLECT = "到付"
    FREE = "免费寄递"
    BOOKED = "已预约揽收"
    NOT_BOOKED = "待预约揽收"


class Standing(StrEnum):
    """Where a finished case's hand-over stands."""

    WAITING = "待出件"
    HANDED_OVER = "已领取"
    MAILED = "已邮寄"
    MAIL_RETURNED = "邮件退回"


@dataclass(frozen=True)
class Receiver:
    """The person who takes the result; ``id_number`` is validated and normalised."""

    name: str
    id_type: IdType
    id_number: str
    relation: ReceiverRelation
    #: The power of attorney (授权委托书) seen, e.g. its date or number; required for an agent.
    attorney: str = ""
    phone: str = ""

    @property
    def id_masked(self) -> str:
        return mask_id(self.id_number)


@dataclass(frozen=True)
class Item:
    """One thing handed over: kind, name, its number (证照编号) and how many."""

    kind: ItemKind
    name: str
    number: str = ""
    copies: int = 1


@dataclass(frozen=True)
class Signature:
    """How it was signed for; a pad signature carries the PNG and its SHA-256."""

    mode: SignatureMode
    png: bytes = b""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.png).hexdigest() if self.png else ""


_ID_OTHER = re.compile(r"^[0-9A-Z]{5,20}$")


def parse_receiver(
    *,
    name: str,
    id_number: str,
    relation: ReceiverRelation | str,
    id_type: IdType | str = IdType.RESIDENT_ID,
    attorney: str = "",
    phone: str = "",
    today: date | None = None,
) -> Receiver:
    """The receiver, checked: the name and ID number by the intake's validators, and an
    agent only with the power of attorney (委托代理人 without one is refused)."""
    relation = ReceiverRelation(relation)
    id_type = IdType(id_type)
    clean_name = validate_person_name(name, field="receiver_name")
    if id_type in (IdType.RESIDENT_ID, IdType.HMT_RESIDENCE):
        number = parse_resident_id(id_number, today=today, field="receiver_id").number
    else:
        text = ascii_digits(clean_text(id_number, label="证件号码", field="receiver_id"), label="证件号码")
        number = "".join(text.split()).upper()
        if not _ID_OTHER.match(number):
            raise ValidationError(f"{id_type.value}号码应为5–20位字母或数字", field="receiver_id")
    attorney = clean_text(attorney, label="授权委托书", field="attorney", max_length=100, form="NFC")
    if relation.is_agent and not attorney:
        raise ValidationError("委托代理人领取须出示申请人签署的授权委托书，请核验后登记委托书", field="attorney")
    phone = ascii_digits(clean_text(phone, label="联系电话", field="receiver_phone", max_length=32), label="联系电话")
    return Receiver(clean_name, id_type, number, relation, attorney, phone.replace(" ", ""))


def check_receiver_for_case(
    receiver: Receiver, *, applicant_id: str, applicant_is_person: bool, legal_rep: str = ""
) -> None:
    """The receiver fits the case: 本人 must carry the applicant's own ID number; an
    organisation's result goes to its legal representative or to an agent."""
    if receiver.relation is ReceiverRelation.SELF:
        if not applicant_is_person:
            raise ValidationError("单位申请的办件由法定代表人或委托代理人领取", field="relation")
        if applicant_id and receiver.id_number != applicant_id.upper():
            raise ValidationError(
                "领取人证件号码与申请人不一致：他人代领须按委托代理人登记并出示授权委托书", field="receiver_id"
            )
    elif receiver.relation is ReceiverRelation.LEGAL_REP:
        if applicant_is_person:
            raise ValidationError("自然人申请的办件由申请人本人或委托代理人领取", field="relation")
        if legal_rep and receiver.name != legal_rep:
            raise ValidationError(
                f"领取人不是登记的法定代表人（{legal_rep}）：请按委托代理人登记并出示授权委托书", field="receiver_name"
            )


def parse_items(rows: Iterable[tuple[ItemKind | str, str, str, int]]) -> tuple[Item, ...]:
    """The itemised list (kind, name, number, copies): at least one line; a 证照 needs its number."""
    items: list[Item] = []
    for i, (kind, name, number, copies) in enumerate(rows, start=1):
        kind = ItemKind(kind)
        name = clean_text(name, label=f"第{i}项名称", field="items", max_length=100, form="NFC")
        if not name:
            raise ValidationError(f"第{i}项未填写名称", field="items")
        number = clean_text(number, label=f"第{i}项编号", field="items", max_length=64).upper()
        if kind is ItemKind.LICENCE and not number:
            raise ValidationError(f"证照“{name}”须登记证照编号", field="items")
        if not 1 <= int(copies) <= 99:
            raise ValidationError(f"第{i}项份数应为1–99", field="items")
        items.append(Item(kind, name, number, int(copies)))
    if not items:
        raise ValidationError("请逐项登记交付的证照、文书或退还的原件", field="items")
    return tuple(items)


def check_signature(signature: Signature, *, pad_configured: bool) -> None:
    """A pad signature only where a pad is configured, and then with the drawn PNG."""
    if signature.mode is SignatureMode.PAD:
        if not pad_configured:
            raise ValidationError("本机未配置签名板：请打印领取回执由领取人纸质签字", field="signature")
        if not signature.png.startswith(b"\x89PNG"):
            raise ValidationError("领取人尚未在签名板上签名", field="signature")


@dataclass(frozen=True)
class Handover:
    """A window hand-over: to whom, what, and how it was signed for."""

    receiver: Receiver
    items: tuple[Item, ...]
    signature: Signature

    def as_data(self) -> dict[str, Any]:
        """The event's data (the signature PNG in base64 beside its SHA-256)."""
        r = self.receiver
        data: dict[str, Any] = {
            METHOD_KEY: "窗口领取",
            "receiver": {
                "name": r.name,
                "id_type": r.id_type.value,
                "id_number": r.id_number,
                "relation": r.relation.value,
                "attorney": r.attorney,
                "phone": r.phone,
            },
            "items": [
                {"kind": i.kind.value, "name": i.name, "number": i.number, "copies": i.copies} for i in self.items
            ],
            "signature": self.signature.mode.value,
        }
        if self.signature.png:
            data["signature_sha256"] = self.signature.sha256
            data["signature_png"] = base64.b64encode(self.signature.png).decode("ascii")
        return data


@dataclass(frozen=True)
class MailDispatch:
    """A mail 送达: where to, by whom, the tracking number and the postage/booking state."""

    recipient: str
    phone: str
    address: str
    carrier: str
    tracking_no: str
    postage: PostageState
    items: tuple[Item, ...]

    def as_data(self) -> dict[str, Any]:
        return {
            METHOD_KEY: "邮寄",
            "recipient": self.recipient,
            "phone": self.phone,
            "address": self.address,
            "carrier": self.carrier,
            "tracking_no": self.tracking_no,
            "postage": self.postage.value,
            "items": [
                {"kind": i.kind.value, "name": i.name, "number": i.number, "copies": i.copies} for i in self.items
            ],
        }


_TRACKING = re.compile(r"^[0-9A-Z]{8,30}$")


def parse_mail(
    *,
    recipient: str,
    phone: str,
    address: str,
    carrier: str,
    tracking_no: str,
    postage: PostageState | str,
    items: Sequence[Item],
) -> MailDispatch:
    """A mail dispatch, checked: recipient, phone, a full address, carrier, tracking number."""
    recipient = validate_person_name(recipient, field="recipient")
    phone = ascii_digits(clean_text(phone, label="收件人电话", field="phone", max_length=32), label="收件人电话")
    phone = re.sub(r"[\s\-]", "", phone)
    if not re.fullmatch(r"[0-9]{7,12}", phone):
        raise ValidationError("收件人电话应为7–12位数字", field="phone")
    address = clean_text(address, label="邮寄地址", field="address", max_length=200, form="NFC")
    if len(address) < 6:
        raise ValidationError("请填写完整的邮寄地址（省市区、街道门牌）", field="address")
    carrier = clean_text(carrier, label="快递公司", field="carrier", max_length=50, form="NFC")
    if not carrier:
        raise ValidationError("请填写快递公司（如中国邮政EMS）", field="carrier")
    tracking = ascii_digits(clean_text(tracking_no, label="运单号", field="tracking_no"), label="运单号")
    tracking = "".join(tracking.split()).upper()
    if not _TRACKING.match(tracking):
        raise ValidationError("运单号应为8–30位字母或数字", field="tracking_no")
    if not items:
        raise ValidationError("请逐项登记寄出的证照、文书或退还的原件", field="items")
    return MailDispatch(recipient, phone, address, carrier, tracking, PostageState(postage), tuple(items))


@dataclass(frozen=True)
class HandoverStanding:
    """A case's hand-over folded from its events: where it stands and the last 送达."""

    standing: Standing
    #: The data of the last 送达 event (empty while waiting).
    last: Mapping[str, Any]
    #: How many mail items came back.
    returned: int = 0


def handover_standing(events: Iterable[tuple[str, Mapping[str, Any]]]) -> HandoverStanding:
    """Fold (action, data) pairs in time order: the last 送达 wins unless a 邮件退回 came after."""
    standing, last, returned = Standing.WAITING, {}, 0
    for action, data in events:
        if action == DELIVER_ACTION:
            last = dict(data or {})
            standing = Standing.MAILED if last.get(METHOD_KEY) == "邮寄" else Standing.HANDED_OVER
        elif action == MAIL_RETURNED_ACTION:
            standing, returned = Standing.MAIL_RETURNED, returned + 1
    return HandoverStanding(standing, last, returned)
