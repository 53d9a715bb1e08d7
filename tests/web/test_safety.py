"""The 查询码 rules, masking, the per-client limits and the access log of the web service."""

from __future__ import annotations

import logging

import pytest

from app.domain.lookup_code import (
    ALPHABET,
    codes_match,
    format_lookup_code,
    is_well_formed,
    mask_person_name,
    new_lookup_code,
    normalize_lookup_code,
)
from app.store.uow import Store
from app.web.safety import Limit, RateLimiter
from app.web.server import start_in_thread
from tests.web.test_sqlite_center import _get


def test_codes_are_random_unambiguous_and_typed_loosely() -> None:
    codes = {new_lookup_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(is_well_formed(c) for c in codes)
    assert not set("01ILOSZB258") & set(ALPHABET)
    code = "K7QXM3RD"
    assert format_lookup_code(code) == "K7QX-M3RD"
    for typed in ("k7qx-m3rd", " K7QX M3RD ", "Ｋ７ＱＸ－Ｍ３ＲＤ", "k7qxm3rd"):
        assert normalize_lookup_code(typed) == code and codes_match(typed, code)
    assert not codes_match("K7QXM3RE", code)
    assert not codes_match("", code) and not codes_match(code, None) and not codes_match(code, "")


@pytest.mark.parametrize(
    ("name", "shown"), [("张明", "张*"), ("刘堃明", "刘*明"), ("欧阳小明", "欧**明"), ("王", "*"), ("", "")]
)
def test_person_names_are_masked(name: str, shown: str) -> None:
    assert mask_person_name(name) == shown


def test_token_buckets_per_client_and_kind() -> None:
    now = [0.0]
    limiter = RateLimiter({"lookup": Limit(burst=3, per_minute=6)}, monotonic=lambda: now[0])
    assert [limiter.allow("lookup", "a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("lookup", "b")  # another phone has its own bucket
    assert limiter.allow("page", "a")  # a kind without a limit
    now[0] += 10  # 6 a minute: one token back after 10 s
    assert limiter.allow("lookup", "a") and not limiter.allow("lookup", "a")


def test_too_many_lookups_get_the_busy_page_and_the_log_holds_no_query(
    lite_hall: Store, sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    web = start_in_thread(sqlite_url, limits={"lookup": Limit(burst=2, per_minute=0.001)})
    try:
        with caplog.at_level(logging.INFO, logger="counterdesk.web.access"):
            statuses = [_get(f"{web.url}/case?c=X20260929-01-E1-0001&k=ABCD-EFGH")[0] for _ in range(3)]
            status, html = _get(f"{web.url}/case?c=X20260929-01-E1-0001&k=ABCD-EFGH")
    finally:
        web.stop()
    assert statuses == [404, 404, 429] and status == 429 and "服务繁忙" in html and "查询过于频繁" in html
    lines = [r.getMessage() for r in caplog.records if r.name == "counterdesk.web.access"]
    assert lines and all(line.startswith("GET /case ") for line in lines)
    assert not any("ABCD" in line or "X2026" in line or "127.0.0.1" in line for line in lines)
