"""The validators under hostile input: a value or a Chinese ValidationError — never an
English traceback — and what they return is clean (ASCII digits where digits are meant,
no control or bidi character)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.input_policy import clean_text, forbidden_character, foreign_digit
from app.domain.validators import (
    mask_id,
    mask_phone,
    parse_credit_code,
    parse_landline,
    parse_mobile,
    parse_phone,
    parse_resident_id,
    validate_person_name,
)
from tests.fuzz.strategies import hostile_text, id_like, mutated, phone_like

CJK = re.compile(r"[\u4e00-\u9fff]")


def _refused_in_chinese(fn: Callable[[str], object], text: str) -> object | None:
    try:
        return fn(text)
    except ValidationError as exc:
        assert exc.message and CJK.search(exc.message), exc.message
        return None


def _clean(value: str) -> None:
    assert forbidden_character(value) is None and foreign_digit(value) is None, repr(value)


@pytest.mark.parametrize("parse", [lambda t: parse_resident_id(t, today=date(2026, 12, 1)).number], ids=["resident_id"])
@given(text=id_like())
def test_resident_ids(parse: Callable[[str], str], text: str) -> None:
    result = _refused_in_chinese(parse, text)
    if result is not None:
        assert re.fullmatch(r"[0-9]{17}[0-9X]", str(result))


@given(text=st.one_of(hostile_text, mutated("91350100M000100Y43")))
def test_credit_codes(text: str) -> None:
    result = _refused_in_chinese(parse_credit_code, text)
    if result is not None:
        assert re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", str(result))


@pytest.mark.parametrize("parse", [parse_phone, parse_mobile, parse_landline], ids=["phone", "mobile", "landline"])
@given(text=phone_like())
def test_phones(parse: Callable[[str], object], text: str) -> None:
    result = _refused_in_chinese(parse, text)
    if result is not None:
        assert re.fullmatch(r"[0-9-]+", result.text)  # type: ignore[attr-defined]


@given(text=st.one_of(hostile_text, mutated("艾力·买买提"), mutated("王𬌗")))
def test_person_names(text: str) -> None:
    result = _refused_in_chinese(validate_person_name, text)
    if result is not None:
        _clean(str(result))
        assert 1 <= len(str(result)) <= 50


@given(text=hostile_text)
def test_free_text_and_masks(text: str) -> None:
    result = _refused_in_chinese(lambda t: clean_text(t, label="备注", multiline=True, max_length=30), text)
    if result is not None:
        assert forbidden_character(str(result), multiline=True) is None and len(str(result)) <= 30
    assert isinstance(mask_id(text), str) and isinstance(mask_phone(text), str)


def test_the_issue_example_is_a_chinese_message_not_a_value_error() -> None:
    with pytest.raises(ValidationError, match="只能使用半角数字0–9，不能含有“᧚”（U\\+19DA）"):
        parse_resident_id("1101051\u19da491231002X")
    for digits in ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "११०१०५१९४९१२३१००२X"):
        with pytest.raises(ValidationError, match="半角数字"):
            parse_resident_id(digits)
    with pytest.raises(ValidationError, match="半角数字"):
        parse_phone("138١٢٣٤٥٦٧٨")
    assert parse_resident_id("１１０１０５１９４９１２３１００２Ｘ").number == "11010519491231002X"  # full-width: typed
