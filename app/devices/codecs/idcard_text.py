"""The 256-byte text block of an ID card ⇄ :class:`IdCardData` (GA/T 490 layout).

The block is UTF-16 little-endian, each field a fixed number of bytes padded with
spaces. The standard says UCS-2; we decode UTF-16 so that a character outside the
basic plane (an Extension-B name such as 王𬌗) stored as a surrogate pair comes out as
the one character it is, instead of two replacement marks.

Which layout applies is told by the card-type letter at byte 248: a space (resident ID
card, 居民身份证), ``J`` (港澳台居民居住证, the resident layout plus a pass number and
an issue count), ``I`` (the 2017 外国人永久居留身份证, English name first), ``Y`` (the 2023 外国人永久居留身份证,
laid out like the resident card: Chinese name first, the English name split in two parts,
an 18-digit number beginning with 9 and a link to the holder's 2017 number).

A field whose name ends in ``+`` continues the field before it (the 2023 card keeps the
English name's characters 1–35 and 36–46 in two places); decoding joins them and
encoding splits the text again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from app.devices.errors import ProtocolError

TEXT_LEN = 256
PHOTO_LEN = 1024
#: byte offset of the card-type letter (same in every layout)
CARD_TYPE_OFFSET = 248

RESIDENT = ""
FOREIGN_PR = "I"
HMT_RESIDENCE = "J"
FOREIGN_PR_2023 = "Y"

CARD_TYPE_ZH: dict[str, str] = {
    RESIDENT: "居民身份证",
    FOREIGN_PR: "外国人永久居留身份证",
    HMT_RESIDENCE: "港澳台居民居住证",
    FOREIGN_PR_2023: "外国人永久居留身份证（2023年版）",
}

#: (field, bytes) in block order; names starting with "_" are reserved space
_RESIDENT_LAYOUT: tuple[tuple[str, int], ...] = (
    ("name", 30),
    ("sex_code", 2),
    ("nation_code", 4),
    ("birth", 16),
    ("address", 70),
    ("id_number", 36),
    ("authority", 30),
    ("valid_from", 16),
    ("valid_to", 16),
    ("_reserved", 36),
)
_HMT_LAYOUT: tuple[tuple[str, int], ...] = (
    ("name", 30),
    ("sex_code", 2),
    ("_reserved1", 4),
    ("birth", 16),
    ("address", 70),
    ("id_number", 36),
    ("authority", 30),
    ("valid_from", 16),
    ("valid_to", 16),
    ("pass_number", 18),
    ("issue_count", 4),
    ("_reserved2", 6),
    ("card_type", 2),
    ("_reserved3", 6),
)
_FOREIGN_LAYOUT: tuple[tuple[str, int], ...] = (
    ("english_name", 120),
    ("sex_code", 2),
    ("id_number", 30),
    ("nationality", 6),
    ("name", 30),
    ("valid_from", 16),
    ("valid_to", 16),
    ("birth", 16),
    ("version", 4),
    ("authority", 8),
    ("card_type", 2),
    ("_reserved", 6),
)
#: the 2023 card (国家移民管理局, from 2023-12-01): the resident card's order, with the
#: English name where the address is and its overflow after the validity
_FOREIGN_2023_LAYOUT: tuple[tuple[str, int], ...] = (
    ("name", 30),
    ("sex_code", 2),
    ("renewal_count", 4),
    ("birth", 16),
    ("english_name", 70),
    ("id_number", 36),
    ("_reserved1", 30),
    ("valid_from", 16),
    ("valid_to", 16),
    ("english_name+", 22),
    ("nationality", 6),
    ("card_type", 2),
    ("previous_number_link", 6),
)
LAYOUTS: dict[str, tuple[tuple[str, int], ...]] = {
    RESIDENT: _RESIDENT_LAYOUT,
    HMT_RESIDENCE: _HMT_LAYOUT,
    FOREIGN_PR: _FOREIGN_LAYOUT,
    FOREIGN_PR_2023: _FOREIGN_2023_LAYOUT,
}

#: GB/T 3304 nation codes as printed on the card
NATIONS: dict[str, str] = dict(
    zip(
        [f"{n:02d}" for n in range(1, 57)],
        # The 56 names in code order read as one text (SIM905 would make it 56 lines).
        "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "  # noqa: SIM905
        "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
        "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
        strict=True,
    )
) | {"97": "其他", "98": "外国血统中国籍人士"}

SEX_ZH = {"0": "未知", "1": "男", "2": "女", "9": "未说明"}
LONG_TERM = "长期"


@dataclass(frozen=True)
class IdCardData:
    """What a card holds, as text (dates stay ``YYYYMMDD`` strings as on the chip)."""

    card_type: str = RESIDENT
    name: str = ""
    sex_code: str = ""
    nation_code: str = ""
    birth: str = ""
    address: str = ""
    id_number: str = ""
    authority: str = ""
    valid_from: str = ""
    #: ``YYYYMMDD`` or ``长期``
    valid_to: str = ""
    english_name: str = ""
    nationality: str = ""
    pass_number: str = ""
    issue_count: str = ""
    version: str = ""
    #: 换证次数 of the 2023 foreigner card (two digits)
    renewal_count: str = ""
    #: the 2023 foreigner card's link to the holder's earlier (2017) number, 3 characters
    previous_number_link: str = ""
    #: the 1 024-byte WLT photo as read (decoded only by the vendor's library)
    photo_wlt: bytes = field(default=b"", repr=False)

    @property
    def card_type_zh(self) -> str:
        return CARD_TYPE_ZH.get(self.card_type, f"未知证件类型“{self.card_type}”")

    @property
    def sex_zh(self) -> str:
        return SEX_ZH.get(self.sex_code, self.sex_code)

    @property
    def nation_zh(self) -> str:
        return NATIONS.get(self.nation_code, self.nation_code)

    @property
    def valid_to_date(self) -> date | None:
        """Last valid day; ``None`` for 长期 or an unreadable date."""
        return _date(self.valid_to)

    @property
    def birth_date(self) -> date | None:
        return _date(self.birth)

    @property
    def layout_known(self) -> bool:
        """Whether this program decodes the fields of this card type."""
        return self.card_type in LAYOUTS

    def expired(self, today: date) -> bool:
        """True when the validity ended before ``today`` (长期 never expires)."""
        end = self.valid_to_date
        return end is not None and end < today

    def with_photo(self, photo: bytes) -> IdCardData:
        return replace(self, photo_wlt=photo)


def _date(text: str) -> date | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def card_type_of(block: bytes) -> str:
    """The card-type letter of a text block (``""`` for a resident ID card)."""
    letter = block[CARD_TYPE_OFFSET : CARD_TYPE_OFFSET + 2].decode("utf-16-le", errors="replace").strip(" \x00")
    return letter


def decode_text(block: bytes, photo: bytes = b"") -> IdCardData:
    """Parse a text block; ``ProtocolError`` when it is not one."""
    if len(block) != TEXT_LEN:
        raise ProtocolError(f"证件文字信息应为 {TEXT_LEN} 字节，实为 {len(block)} 字节")
    card_type = card_type_of(block)
    layout = LAYOUTS.get(card_type)
    if layout is None:
        return IdCardData(card_type=card_type, photo_wlt=photo)
    raws: dict[str, bytes] = {}
    offset = 0
    for name, size in layout:
        raw = block[offset : offset + size]
        offset += size
        if name.startswith("_"):
            continue
        key = name.rstrip("+")
        raws[key] = raws.get(key, b"") + raw
    values: dict[str, str] = {}
    for name, raw in raws.items():
        try:
            values[name] = raw.decode("utf-16-le").rstrip(" \x00")
        except UnicodeDecodeError as exc:
            raise ProtocolError(f"证件文字信息中的“{name}”无法解码（{exc.reason}）") from exc
    values["card_type"] = card_type
    return IdCardData(**values, photo_wlt=photo)


def encode_text(card: IdCardData) -> bytes:
    """The text block a card with ``card`` would hold (for the emulator and tests).

    ``ValueError`` when a field does not fit its space (15 UTF-16 units for a name).
    """
    layout = LAYOUTS.get(card.card_type)
    if layout is None:
        block = bytearray(" ".encode("utf-16-le") * (TEXT_LEN // 2))
        block[CARD_TYPE_OFFSET : CARD_TYPE_OFFSET + 2] = card.card_type.encode("utf-16-le")
        return bytes(block)
    known = {f.name for f in fields(IdCardData)}
    room: dict[str, int] = {}
    for name, size in layout:
        room[name.rstrip("+")] = room.get(name.rstrip("+"), 0) + size
    padded: dict[str, bytes] = {}
    for name, size in room.items():
        text = getattr(card, name) if name in known and not name.startswith("_") else ""
        raw = str(text).encode("utf-16-le")
        if len(raw) > size:
            raise ValueError(f"字段“{name}”过长：{len(raw)} 字节，上限 {size} 字节")
        padded[name] = raw + " ".encode("utf-16-le") * ((size - len(raw)) // 2)
    out = bytearray()
    for name, size in layout:
        key = name.rstrip("+")
        out += padded[key][:size]
        padded[key] = padded[key][size:]
    assert len(out) == TEXT_LEN
    return bytes(out)
