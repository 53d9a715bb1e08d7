"""Checks of what a clerk types about an applicant, with the Chinese message shown at the field.

Each ``parse_*``/``validate_*`` function returns the normalised value to store, or raises
:class:`~app.domain.errors.ValidationError` naming the field. Input goes through the input
policy first (:mod:`app.domain.input_policy`): NFKC (except names, which are NFC), so
full-width digits and letters from a Chinese input method are accepted as typed; control
and bidi characters refused; and digits only ASCII 0–9 — an Arabic-Indic or U+19DA digit
gets a Chinese message, it never reaches ``int()`` and is never stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.input_policy import ascii_digits, clean_text

# -- 居民身份证号码 (GB 11643-1999) ---------------------------------------------------------

#: First two digits of a citizen ID number: province-level divisions (GB/T 2260) plus
#: 71/81/82 (台湾/香港/澳门) and 83 (港澳台居民居住证 of Taiwan residents).
PROVINCE_CODES: frozenset[str] = frozenset(
    {
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    }
)  # fmt: skip

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)


class Sex(StrEnum):
    MALE = "男"
    FEMALE = "女"


@dataclass(frozen=True)
class ResidentId:
    """A valid citizen ID number and what it encodes."""

    number: str
    region_code: str
    birth_date: date
    sex: Sex


def id_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits (``X`` stands for 10)."""
    total = sum(int(ch) * w for ch, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


#: Longest text a code or number field takes before it is looked at (a paste of a page).
_CODE_INPUT_MAX = 64


def _compact(text: str, *, label: str, field: str) -> str:
    """The policy (no control/bidi characters, ASCII digits only), then spaces and dashes out."""
    value = clean_text(text, label=label, field=field, max_length=_CODE_INPUT_MAX)
    return re.sub(r"[\s\-]", "", ascii_digits(value, label=label, field=field))


def parse_resident_id(text: str, *, today: date | None = None, field: str = "身份证号码") -> ResidentId:
    """Validate a 居民身份证号码 and return it normalised to 18 characters with upper-case ``X``.

    15-digit numbers (issued before 1999) are converted: century ``19`` inserted into the
    birth date and the check digit computed. The birth date must exist, be from 1900 on and
    not after ``today`` (default: the system date).
    """
    number = _compact(text, label="身份证号码", field=field).upper()
    if not number:
        raise ValidationError("请输入身份证号码", field=field)
    if len(number) == 15:
        if not number.isdigit():
            raise ValidationError("15位身份证号码只能由数字组成", field=field)
        body = number[:6] + "19" + number[6:]
        number = body + id_check_digit(body)
    elif len(number) == 18:
        if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
            raise ValidationError("身份证号码前17位应为数字，最后一位为数字或X", field=field)
        if id_check_digit(number[:17]) != number[17]:
            raise ValidationError("身份证号码校验码不正确，请逐位核对号码", field=field)
    else:
        raise ValidationError(f"身份证号码应为18位（或15位旧号码），当前为{len(number)}位", field=field)
    if number[:2] not in PROVINCE_CODES:
        raise ValidationError(f"身份证号码前两位“{number[:2]}”不是有效的省级行政区划代码", field=field)
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(f"身份证号码中的出生日期“{number[6:14]}”不存在", field=field) from None
    reference = today or date.today()
    if birth > reference:
        raise ValidationError(f"身份证号码中的出生日期 {birth.isoformat()} 晚于今天", field=field)
    if birth < _EARLIEST_BIRTH:
        raise ValidationError(f"身份证号码中的出生日期 {birth.isoformat()} 早于1900年", field=field)
    sex = Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE
    return ResidentId(number=number, region_code=number[:6], birth_date=birth, sex=sex)


# -- 外国人永久居留身份证号码 ----------------------------------------------------------------

#: the first digit of a 2023 foreigner card number (公民身份号码 begin with 1–8)
FOREIGN_PR_2023_LEAD = "9"


def parse_foreign_pr_number(text: str, *, today: date | None = None, field: str = "证件号码") -> str:
    """Validate a 外国人永久居留身份证号码 and return it normalised (upper case, no spaces).

    2023 card (from 2023-12-01): 18 characters, ``9`` first, then 16 digits and the
    ISO 7064 MOD 11-2 check character of 公民身份号码 (``X`` for 10); characters 7–14 are
    the holder's birth date, like a citizen's number. 2017 card: 15 characters, the
    nationality's three Latin letters and 12 digits; its check rule is not published, so
    only its shape is checked.
    """
    number = _compact(text, label="外国人永久居留身份证号码", field=field).upper()
    if not number:
        raise ValidationError("请输入外国人永久居留身份证号码", field=field)
    if len(number) == 18:
        if number[0] != FOREIGN_PR_2023_LEAD:
            raise ValidationError("2023年版外国人永久居留身份证号码以9开头，请核对号码或证件类型", field=field)
        if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
            raise ValidationError("外国人永久居留身份证号码前17位应为数字，最后一位为数字或X", field=field)
        if id_check_digit(number[:17]) != number[17]:
            raise ValidationError("外国人永久居留身份证号码校验码不正确，请逐位核对号码", field=field)
        try:
            birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        except ValueError:
            raise ValidationError(f"证件号码中的出生日期“{number[6:14]}”不存在", field=field) from None
        if birth > (today or date.today()) or birth < _EARLIEST_BIRTH:
            raise ValidationError(f"证件号码中的出生日期 {birth.isoformat()} 不可能", field=field)
        return number
    if len(number) == 15:
        if not (number[:3].isascii() and number[:3].isalpha() and number[3:].isdigit()):
            raise ValidationError("2017年版外国人永久居留身份证号码应为3位字母加12位数字", field=field)
        return number
    raise ValidationError(
        f"外国人永久居留身份证号码应为18位（2023年版，以9开头）或15位（2017年版），当前为{len(number)}位",
        field=field,
    )


# -- 统一社会信用代码 (GB 32100-2015) ---------------------------------------------------------

#: The 31 characters of a credit code: digits and capitals without I, O, Z, S, V.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

#: 登记管理部门代码 → 机构类别代码 as fixed by GB 32100-2015 itself. Later assignments to other
#: registering departments (司法行政, 宗教, 工会, 农业农村 …) are listed differently by
#: different sources, so for those only the alphabet and the check character are enforced.
CREDIT_ORGANIZATION_TYPES: dict[str, frozenset[str]] = {
    "1": frozenset("1239"),  # 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
    "5": frozenset("1239"),  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "9": frozenset("123"),  # 工商（市场监管）: 企业, 个体工商户, 农民专业合作社
    "Y": frozenset("1"),  # 其他
}


def credit_check_char(first17: str) -> str:
    """GB 32100 MOD 31 check character of the first 17 characters."""
    total = sum(CREDIT_ALPHABET.index(ch) * w for ch, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def parse_credit_code(text: str, *, field: str = "统一社会信用代码") -> str:
    """Validate a 统一社会信用代码 and return it in upper case without spaces.

    Checked: length, alphabet, the registering-department and organisation-type pair
    (where GB 32100 fixes it, see :data:`CREDIT_ORGANIZATION_TYPES`),
    digits-only division code whose first two digits are a province code (or ``10`` for
    national bodies), and the MOD 31 check character. The GB 11714 check of the embedded
    organisation code is not enforced: codes given to 个体工商户 do not always satisfy it.
    """
    code = _compact(text, label="统一社会信用代码", field=field).upper()
    if not code:
        raise ValidationError("请输入统一社会信用代码", field=field)
    if len(code) != 18:
        raise ValidationError(f"统一社会信用代码应为18位，当前为{len(code)}位", field=field)
    bad = sorted({ch for ch in code if ch not in CREDIT_ALPHABET})
    if bad:
        shown = "、".join(bad)
        raise ValidationError(f"统一社会信用代码含有不允许的字符：{shown}（不使用I、O、Z、S、V）", field=field)
    types = CREDIT_ORGANIZATION_TYPES.get(code[0])
    if code[0] == "0":
        raise ValidationError("统一社会信用代码第1位“0”不是有效的登记管理部门代码", field=field)
    if types is not None and code[1] not in types:
        raise ValidationError(f"统一社会信用代码第2位“{code[1]}”不是该登记管理部门的机构类别代码", field=field)
    division = code[2:8]
    if not division.isdigit() or (division[:2] not in PROVINCE_CODES and division[:2] != "10"):
        raise ValidationError(f"统一社会信用代码第3至8位“{division}”不是有效的行政区划代码", field=field)
    if credit_check_char(code[:17]) != code[17]:
        raise ValidationError("统一社会信用代码校验码不正确，请逐位核对", field=field)
    return code


# -- telephone numbers ------------------------------------------------------------------------


class PhoneKind(StrEnum):
    MOBILE = "手机"
    LANDLINE = "固定电话"


@dataclass(frozen=True)
class PhoneNumber:
    """A normalised phone number: ``text`` is how it is stored and printed."""

    kind: PhoneKind
    text: str
    area_code: str = ""
    local: str = ""
    extension: str = ""


_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|86(?=1\d{10}$))", re.ASCII)
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_TWO_DIGIT_AREAS = frozenset({"10", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"})


def parse_mobile(text: str, *, field: str = "手机号码") -> PhoneNumber:
    """Validate a mainland mobile number (``1[3-9]`` + 9 digits); ``+86``, spaces and dashes are allowed."""
    digits = _compact(text, label="手机号码", field=field).replace("(", "").replace(")", "")
    digits = _COUNTRY_PREFIX.sub("", digits)
    if not digits:
        raise ValidationError("请输入手机号码", field=field)
    if not _MOBILE.match(digits):
        raise ValidationError("手机号码应为以13–19开头的11位数字", field=field)
    return PhoneNumber(kind=PhoneKind.MOBILE, text=digits, local=digits)


def parse_landline(text: str, *, field: str = "联系电话") -> PhoneNumber:
    """Validate a fixed-line number with area code, e.g. ``010-62345678`` or ``(0838)2234567转8001``.

    Area codes are ``010`` and ``020``–``029`` (three digits) or ``0`` + three digits; the
    local number has 7–8 digits and does not start with 0 or 1. An extension may follow
    after ``转``, ``分机``, ``ext``, ``#`` or a dash behind a complete local number
    (``010-6234-5678`` is a grouped local number, not an extension). Stored as ``0838-2234567-8001``.
    """
    raw = ascii_digits(
        clean_text(text, label="联系电话", field=field, max_length=_CODE_INPUT_MAX), label="联系电话", field=field
    )
    if not raw:
        raise ValidationError("请输入联系电话", field=field)
    compact = re.sub(r"[\s()（）]", "", raw)
    compact = re.sub(r"^(?:\+86|0086)-?", "0", compact)
    extension = ""
    parts = compact.split("-")
    if (len(parts) == 3 and len(parts[1]) >= 7) or (len(parts) == 2 and len(parts[0]) >= 10):
        extension = parts.pop()
        compact = "-".join(parts)
    else:
        match = re.search(r"(?:转|分机|ext\.?|x|#)(\d{1,6})$", compact, re.IGNORECASE | re.ASCII)
        if match:
            extension = match.group(1)
            compact = compact[: match.start()]
    if extension and not re.fullmatch(r"\d{1,6}", extension, re.ASCII):
        raise ValidationError("分机号只能是1至6位数字", field=field)
    digits = compact.replace("-", "")
    if not (digits.isascii() and digits.isdigit()):
        raise ValidationError("固定电话只能包含数字、区号分隔符“-”和分机号", field=field)
    if not digits.startswith("0"):
        raise ValidationError("固定电话应带区号，如 010-62345678、0838-2345678", field=field)
    area_len = 3 if digits[1:3] in _TWO_DIGIT_AREAS else 4
    area, local = digits[:area_len], digits[area_len:]
    if not 7 <= len(local) <= 8 or local[0] in "01":
        raise ValidationError(f"区号 {area} 后的电话号码应为7至8位且不以0或1开头", field=field)
    text_out = f"{area}-{local}" + (f"-{extension}" if extension else "")
    return PhoneNumber(kind=PhoneKind.LANDLINE, text=text_out, area_code=area, local=local, extension=extension)


def parse_phone(text: str, *, field: str = "联系电话") -> PhoneNumber:
    """A mobile or a fixed-line number, whichever ``text`` is; the message covers both."""
    ascii_digits(clean_text(text, label=field, max_length=_CODE_INPUT_MAX), label=field)  # its own message first
    try:
        return parse_mobile(text, field=field)
    except ValidationError:
        pass
    try:
        return parse_landline(text, field=field)
    except ValidationError as error:
        if not unicodedata.normalize("NFKC", text).strip():
            raise
        raise ValidationError(
            f"联系电话格式不正确：应为11位手机号码，或带区号的固定电话（{error.message}）", field=field
        ) from None


# -- person names ------------------------------------------------------------------------------

#: The separator of transliterated names (艾力·买买提); look-alikes are turned into it.
NAME_DOT = "\u00b7"
_DOT_LOOKALIKES = "\u2022\u2027\u30fb\uff65\u2219\u22c5\u0387\u318d"
_MAX_NAME = 50


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= cp <= 0x4DBF  # Extension A
        or 0x20000 <= cp <= 0x323AF  # Extensions B–H
        or 0xF900 <= cp <= 0xFAFF  # Compatibility Ideographs
        or 0x2F800 <= cp <= 0x2FA1F  # Compatibility Supplement
        or cp == 0x3007  # 〇
    )


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def validate_person_name(text: str, *, field: str = "姓名") -> str:
    """Validate and normalise (NFC) a person's name: Chinese, with ``·``, or Latin letters.

    Chinese names: Han characters including the rare ones of Extensions A–H, ``〇`` and
    ``·`` between parts (look-alike dots are replaced by ``·``). Latin names: letters with
    single spaces, hyphens, apostrophes and full stops. No digits, 1–50 characters.
    """
    name = clean_text(text, label="姓名", field=field, max_length=_CODE_INPUT_MAX, form="NFC")
    name = re.sub(r"\s+", " ", name)
    if not name:
        raise ValidationError("请输入姓名", field=field)
    if any(ch.isdigit() for ch in name):
        raise ValidationError("姓名不能包含数字", field=field)
    if any(_is_han(ch) for ch in name):
        name = name.translate({ord(dot): NAME_DOT for dot in _DOT_LOOKALIKES}).replace(" ", "")
        bad = sorted({ch for ch in name if not (_is_han(ch) or ch == NAME_DOT)})
        if bad:
            shown = "、".join(bad)
            raise ValidationError(f"中文姓名中不能含有“{shown}”", field=field)
        if name.startswith(NAME_DOT) or name.endswith(NAME_DOT) or NAME_DOT * 2 in name:
            raise ValidationError("姓名中的“·”只能用在两部分之间", field=field)
    else:
        bad = sorted({ch for ch in name if not (_is_latin_letter(ch) or ch in " -'.")})
        if bad:
            shown = "、".join(bad)
            raise ValidationError(f"姓名中不能含有“{shown}”", field=field)
        if not _is_latin_letter(name[0]):
            raise ValidationError("外文姓名应以字母开头", field=field)
    if len(name) > _MAX_NAME:
        raise ValidationError(f"姓名不能超过{_MAX_NAME}个字符，当前为{len(name)}个", field=field)
    return name


# -- masking for the public ----------------------------------------------------------------------


def mask_id(number: str) -> str:
    """Hide the middle of an ID number on anything the public sees; the length is kept.

    * 15 characters or more (居民身份证, 居住证, credit codes): first 4 and last 4 kept —
      ``5106**********123X``;
    * 8–14 (passports, 港澳/台湾通行证): first 2 and last 2 kept — ``E1*****78``;
    * 3–7: first and last kept; 1–2: everything hidden.
    Spaces are removed first; an empty string stays empty.
    """
    compact = re.sub(r"\s", "", number)
    n = len(compact)
    keep = 4 if n >= 15 else 2 if n >= 8 else 1 if n >= 3 else 0
    if keep == 0:
        return "*" * n
    return compact[:keep] + "*" * (n - 2 * keep) + compact[-keep:]


def mask_phone(text: str) -> str:
    """Hide the middle of a phone number: ``138****5678``; landlines keep area code and last 4: ``010-****5678``.

    Extensions are dropped. Text that is not a phone number keeps only its last 4 digits.
    """
    try:
        mobile = parse_mobile(text)
        return mobile.text[:3] + "****" + mobile.text[-4:]
    except ValidationError:
        pass
    try:
        landline = parse_landline(text)
        local = landline.local
        return f"{landline.area_code}-" + "*" * (len(local) - 4) + local[-4:]
    except ValidationError:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text))
        return "*" * max(0, len(digits) - 4) + digits[-4:]


#: Longest English name a foreigner's card holds (46 on the 2023 card, 60 on the 2017 card).
_MAX_LATIN_NAME = 60


def validate_latin_name(text: str, *, field: str = "英文姓名") -> str:
    """An English (Latin-letter) name as on a foreigner's card: letters, single spaces,
    ``-``, ``'``, ``.`` and ``,``; upper case kept as typed; 1–60 characters."""
    name = clean_text(text, label="英文姓名", field=field, max_length=_CODE_INPUT_MAX + 16, form="NFC")
    name = re.sub(r"\s+", " ", name)
    if not name:
        raise ValidationError("请输入英文姓名", field=field)
    bad = sorted({ch for ch in name if not (_is_latin_letter(ch) or ch in " -'.,")})
    if bad:
        raise ValidationError(f"英文姓名中不能含有“{'、'.join(bad)}”", field=field)
    if not _is_latin_letter(name[0]):
        raise ValidationError("英文姓名应以字母开头", field=field)
    if len(name) > _MAX_LATIN_NAME:
        raise ValidationError(f"英文姓名不能超过{_MAX_LATIN_NAME}个字符，当前为{len(name)}个", field=field)
    return name
