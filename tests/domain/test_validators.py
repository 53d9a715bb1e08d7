"""Validators of ID numbers, credit codes, phones and names, and masking for the public."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.validators import (
    PhoneKind,
    Sex,
    mask_id,
    mask_phone,
    parse_credit_code,
    parse_landline,
    parse_mobile,
    parse_foreign_pr_number,
    parse_phone,
    parse_resident_id,
    validate_latin_name,
    validate_person_name,
)

TODAY = date(2026, 11, 22)


def iso7064_mod11_2(body: str) -> str:
    """Independent check digit: the one making sum(a_i * 2^(18-i)) ≡ 1 (mod 11)."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(body))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def gb32100_check(body: str) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = 0
    weight = 1
    for ch in body:
        total += alphabet.index(ch) * weight
        weight = weight * 3 % 31
    return alphabet[(31 - total % 31) % 31]


def with_check(body: str) -> str:
    return body + iso7064_mod11_2(body)


# -- 居民身份证 ---------------------------------------------------------------------------


def test_standard_example_with_x_check_digit() -> None:
    # The example number of GB 11643-1999 itself.
    assert iso7064_mod11_2("11010519491231002") == "X"
    parsed = parse_resident_id("11010519491231002X", today=TODAY)
    assert parsed.number == "11010519491231002X"
    assert parsed.region_code == "110105"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex is Sex.FEMALE


def test_lowercase_x_spaces_and_full_width_are_normalised() -> None:
    assert parse_resident_id(" 110105 19491231 002x ", today=TODAY).number == "11010519491231002X"
    assert parse_resident_id("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == "11010519491231002X"


def test_male_number() -> None:
    number = with_check("51060319900307123")
    parsed = parse_resident_id(number, today=TODAY)
    assert parsed.sex is Sex.MALE
    assert parsed.birth_date == date(1990, 3, 7)


def test_leap_day_birth() -> None:
    assert parse_resident_id(with_check("44030420000229002"), today=TODAY).birth_date == date(2000, 2, 29)


def test_fifteen_digit_number_is_converted() -> None:
    parsed = parse_resident_id("110105491231002", today=TODAY)
    assert parsed.number == "11010519491231002X"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex is Sex.FEMALE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("110105194912310021", "身份证号码校验码不正确，请逐位核对号码"),
        ("11010519491231003X", "身份证号码校验码不正确，请逐位核对号码"),
        ("1101051949123100", "身份证号码应为18位（或15位旧号码），当前为16位"),
        ("11010519491231002XX", "身份证号码应为18位（或15位旧号码），当前为19位"),
        ("", "请输入身份证号码"),
        ("1101051949123100A2", "身份证号码前17位应为数字，最后一位为数字或X"),
        ("11010549123100A", "15位身份证号码只能由数字组成"),
        (with_check("00010519491231002"), "身份证号码前两位“00”不是有效的省级行政区划代码"),
        (with_check("11010519490230002"), "身份证号码中的出生日期“19490230”不存在"),
        (with_check("11010519491331002"), "身份证号码中的出生日期“19491331”不存在"),
        (with_check("11010520261123002"), "身份证号码中的出生日期 2026-11-23 晚于今天"),
        (with_check("11010518991231002"), "身份证号码中的出生日期 1899-12-31 早于1900年"),
    ],
)
def test_invalid_id_numbers(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_resident_id(text, today=TODAY)
    assert caught.value.message == message
    assert caught.value.field == "身份证号码"


def test_born_today_is_valid() -> None:
    assert parse_resident_id(with_check("11010520261122002"), today=TODAY).birth_date == TODAY


# -- 统一社会信用代码 -------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L", "91440300708461136T"])
def test_known_credit_codes(code: str) -> None:
    assert gb32100_check(code[:17]) == code[17]
    assert parse_credit_code(code) == code


def test_credit_code_normalised_and_other_registering_departments() -> None:
    assert parse_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"
    social = "53110000" + "MJ0000001"
    assert parse_credit_code(social + gb32100_check(social)) == social + gb32100_check(social)
    other = "Y1510600" + "123456789"
    assert parse_credit_code(other + gb32100_check(other)).startswith("Y1")
    lawyers = "31510000" + "4512345XY"
    assert parse_credit_code(lawyers + gb32100_check(lawyers)).startswith("31")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("91350100M000100Y44", "统一社会信用代码校验码不正确，请逐位核对"),
        ("91350100M000100Y4", "统一社会信用代码应为18位，当前为17位"),
        ("91350100M00O100Y43", "统一社会信用代码含有不允许的字符：O（不使用I、O、Z、S、V）"),
        ("9135010IM00S100Y43", "统一社会信用代码含有不允许的字符：I、S（不使用I、O、Z、S、V）"),
        ("96350100M000100Y43", "统一社会信用代码第2位“6”不是该登记管理部门的机构类别代码"),
        ("01350100M000100Y43", "统一社会信用代码第1位“0”不是有效的登记管理部门代码"),
        ("9100A100M000100Y43", "统一社会信用代码第3至8位“00A100”不是有效的行政区划代码"),
        ("91990100M000100Y43", "统一社会信用代码第3至8位“990100”不是有效的行政区划代码"),
        ("  ", "请输入统一社会信用代码"),
    ],
)
def test_invalid_credit_codes(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_credit_code(text)
    assert caught.value.message == message


# -- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "008613812345678",
        "8613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_mobile_variants(text: str) -> None:
    phone = parse_mobile(text)
    assert phone.kind is PhoneKind.MOBILE
    assert phone.text == "13812345678"


@pytest.mark.parametrize("text", ["12812345678", "1381234567", "138123456789", "2381234567a", "+85213812345678"])
def test_invalid_mobiles(text: str) -> None:
    with pytest.raises(ValidationError, match="手机号码应为以13–19开头的11位数字"):
        parse_mobile(text)


@pytest.mark.parametrize(
    ("text", "normalised", "area", "extension"),
    [
        ("010-62345678", "010-62345678", "010", ""),
        ("01062345678", "010-62345678", "010", ""),
        ("(0838)2234567", "0838-2234567", "0838", ""),
        ("（0838）2345678转8001", "0838-2345678-8001", "0838", "8001"),
        ("0838-2345678-8001", "0838-2345678-8001", "0838", "8001"),
        ("010-6234-5678", "010-62345678", "010", ""),
        ("+86-10-6234-5678", "010-62345678", "010", ""),
        ("028 8765 4321 分机 12", "028-87654321-12", "028", "12"),
        ("+86 10 6234 5678", "010-62345678", "010", ""),
        ("0755-23456789 ext. 5", "0755-23456789-5", "0755", "5"),
    ],
)
def test_landlines(text: str, normalised: str, area: str, extension: str) -> None:
    phone = parse_landline(text)
    assert phone.kind is PhoneKind.LANDLINE
    assert (phone.text, phone.area_code, phone.extension) == (normalised, area, extension)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("62345678", "固定电话应带区号，如 010-62345678、0838-2345678"),
        ("010-12345678", "区号 010 后的电话号码应为7至8位且不以0或1开头"),  # 1… are service numbers
        ("0838-0234567", "区号 0838 后的电话号码应为7至8位且不以0或1开头"),
        ("0838-23456", "区号 0838 后的电话号码应为7至8位且不以0或1开头"),
        ("010-123456789", "区号 010 后的电话号码应为7至8位且不以0或1开头"),
        ("0838-2345678转分机", "固定电话只能包含数字、区号分隔符“-”和分机号"),
    ],
)
def test_invalid_landlines(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_landline(text)
    assert caught.value.message == message


def test_parse_phone_takes_either_kind() -> None:
    assert parse_phone("+86 139-0000-1111").kind is PhoneKind.MOBILE
    assert parse_phone("0838-2345678").kind is PhoneKind.LANDLINE
    with pytest.raises(ValidationError) as caught:
        parse_phone("12345")
    assert caught.value.message.startswith("联系电话格式不正确：应为11位手机号码，或带区号的固定电话")


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三", "张三"),
        (" 欧阳娜娜 ", "欧阳娜娜"),
        ("艾力·买买提", "艾力·买买提"),
        ("阿依古丽•吐尔逊", "阿依古丽·吐尔逊"),  # bullet look-alike becomes the middle dot
        ("阿依古丽・吐尔逊", "阿依古丽·吐尔逊"),  # katakana middle dot
        ("王𠮷", "王𠮷"),  # CJK Extension B
        ("李㐀", "李㐀"),  # CJK Extension A
        ("王〇一", "王〇一"),
        ("张 三", "张三"),
        ("John  Smith", "John Smith"),
        ("Jean-Luc O'Neil", "Jean-Luc O'Neil"),
        ("Zoe\u0308 Martin", "Zoë Martin"),  # NFC
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("张" * 50, "张" * 50),
    ],
)
def test_valid_names(text: str, expected: str) -> None:
    assert validate_person_name(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请输入姓名"),
        ("   ", "请输入姓名"),
        ("张3", "姓名不能包含数字"),
        ("John2", "姓名不能包含数字"),
        ("·张三", "姓名中的“·”只能用在两部分之间"),
        ("张三·", "姓名中的“·”只能用在两部分之间"),
        ("艾力··买买提", "姓名中的“·”只能用在两部分之间"),
        ("张三@", "中文姓名中不能含有“@”"),
        ("张三 John", "中文姓名中不能含有“J、h、n、o”"),
        ("John_Smith", "姓名中不能含有“_”"),
        ("-John", "外文姓名应以字母开头"),
        ("Иван", "姓名中不能含有“И、а、в、н”"),
        ("张" * 51, "姓名不能超过50个字符，当前为51个"),
    ],
)
def test_invalid_names(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person_name(text)
    assert caught.value.message == message
    assert caught.value.field == "姓名"


# -- masking -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("51060319900101123X", "5106**********123X"),
        ("510603900101123", "5106*******1123"),
        ("91350100M000100Y43", "9135**********0Y43"),
        ("E12345678", "E1*****78"),
        ("H1234567", "H1****67"),
        ("1234567", "1*****7"),
        ("AB", "**"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked
    assert len(mask_id(number)) == len(number)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("010-62345678", "010-****5678"),
        ("0838-2345678转8001", "0838-***5678"),
        ("12-345", "*2345"),
        ("12-34", "1234"),
    ],
)
def test_mask_phone(text: str, masked: str) -> None:
    assert mask_phone(text) == masked


def test_a_2023_foreigner_number_carries_the_citizen_check_digit() -> None:
    body = "9" + "11" + "826" + "19880214" + "002"  # 9, 受理地, nationality, birth, sequence
    number = body + iso7064_mod11_2(body)
    assert number == "911826198802140021"
    assert parse_foreign_pr_number(" 9118 2619 8802 1400 21 ", today=TODAY) == number
    wrong = body + str((int(number[-1]) + 1) % 10)
    with pytest.raises(ValidationError, match="校验码不正确"):
        parse_foreign_pr_number(wrong, today=TODAY)
    with pytest.raises(ValidationError, match="以9开头"):
        parse_foreign_pr_number("11010519491231002X", today=TODAY)  # a citizen's number is not one
    no_day = "9118261988023000" + "2"
    with pytest.raises(ValidationError, match="不存在"):
        parse_foreign_pr_number(no_day[:17] + iso7064_mod11_2(no_day[:17]), today=TODAY)


def test_a_2017_foreigner_number_is_three_letters_and_twelve_digits() -> None:
    assert parse_foreign_pr_number("usa310086010101") == "USA310086010101"
    with pytest.raises(ValidationError, match="3位字母加12位数字"):
        parse_foreign_pr_number("US1310086010101")
    with pytest.raises(ValidationError, match="当前为10位"):
        parse_foreign_pr_number("9118261988")


def test_an_english_name_takes_latin_letters_only() -> None:
    assert validate_latin_name(" SMITH   JOHN ") == "SMITH JOHN"
    assert validate_latin_name("O'NEIL-SMITH, MARY ANN") == "O'NEIL-SMITH, MARY ANN"
    with pytest.raises(ValidationError, match="不能含有"):
        validate_latin_name("史密斯")
    with pytest.raises(ValidationError, match="60"):
        validate_latin_name("A" * 61)
