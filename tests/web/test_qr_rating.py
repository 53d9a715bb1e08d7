"""扫码评价 in chromium against the web role on PostgreSQL: rate once from the slip's QR,
fail to rate twice or to rate another applicant's case, and find the rating in the
window's figures with its follow-up — recorded like the window evaluator's rating."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from app.domain.registers import bad_rating_deadline
from app.services.dto import ApplicantInput
from app.services.stats import StatsService
from app.store.models import FollowUp, RatingRecord, Staff
from tests.services.conftest import AGENT_ID, CALENDAR, DAY
from tests.web.conftest import WebHall, page_replaced, qr_links_of
from tests.web.test_case_lookup import _accept

pytestmark = pytest.mark.postgres


def _post(url: str, fields: list[tuple[str, str]]) -> tuple[int, str]:
    data = urllib.parse.urlencode(fields).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _ratings(hall: WebHall) -> list[RatingRecord]:
    with hall.store.read() as s:
        rows = list(s.scalars(select(RatingRecord)))
        s.expunge_all()
        return rows


def _submit(browser) -> None:  # type: ignore[no-untyped-def]
    """Press 提交评价 and wait until the next page has replaced the form."""
    button = browser.find_element(By.ID, "submit")
    button.click()
    WebDriverWait(browser, 10).until(page_replaced(button))


def test_rate_once_from_the_qr_then_never_again(web_hall: WebHall, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _accept(web_hall)
    (link,) = qr_links_of(result.document.document_json, tmp_path)
    code = parse_qs(urlsplit(link).query)["k"][0]
    number = result.case.case_number
    web_hall.desk.clock.advance(hours=2)

    browser.get(link)
    rate_button = browser.find_element(By.LINK_TEXT, "评价本次服务")
    rate_button.click()
    WebDriverWait(browser, 10).until(page_replaced(rate_button))
    assert "评价本次服务" in browser.title
    # 非常不满意 without a reason: refused, nothing stored.
    browser.find_element(By.ID, "level1").click()
    _submit(browser)
    assert "请至少勾选一项原因" in browser.find_element(By.ID, "error").text
    assert _ratings(web_hall) == []
    browser.find_element(By.ID, "level1").click()
    browser.find_element(By.CSS_SELECTOR, "input[value='服务态度差']").click()
    _submit(browser)
    thanks = browser.find_element(By.TAG_NAME, "body").text
    assert "感谢您的评价" in thanks and "非常不满意" in thanks and "服务态度差" in thanks
    due = bad_rating_deadline(DAY, CALENDAR, 5).due
    assert f"{due:%Y年%m月%d日}前回访" in thanks

    (rating,) = _ratings(web_hall)
    with web_hall.store.read() as s:
        clerk_id = s.scalar(select(Staff.id).where(Staff.staff_no == "0101"))
        follow = s.execute(select(FollowUp.due_date, FollowUp.stage).where(FollowUp.rating_id == rating.id)).one()
    # Recorded like the evaluator's rating: the case, its window, the clerk and post.
    assert (rating.case_id, rating.owner_window, rating.staff_id, rating.post) == (
        result.case.id,
        "01",
        clerk_id,
        "A岗",
    )
    assert (rating.rating, rating.reasons, rating.source, rating.reference) == (
        "非常不满意",
        ["服务态度差"],
        "qr",
        number,
    )
    assert follow.due_date == due and follow.stage == "待回访"
    figures = StatsService(web_hall.store).today("01", DAY)
    assert figures.ratings == (("非常不满意", 1),) and figures.bad_ratings == 1

    # The case page says it is rated; the form and a second post are refused in Chinese.
    browser.get(link)
    assert "已评价：非常不满意" in browser.find_element(By.TAG_NAME, "body").text
    browser.get(f"{web_hall.web.url}/rate?c={number}&k={code}")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "本次服务已评价" in body and "一次一评" in body
    status, html = _post(f"{web_hall.web.url}/rate", [("c", number), ("k", code), ("level", "5")])
    assert status == 409 and "本次服务已评价" in html
    assert len(_ratings(web_hall)) == 1


def test_another_applicants_case_cannot_be_rated_with_my_code(web_hall: WebHall, tmp_path: Path) -> None:
    mine = _accept(web_hall)
    other_case = web_hall.desk.intake.start(
        matter_code="QYSL", applicant=ApplicantInput(name="王五", id_number=AGENT_ID, phone="13900001111")
    )
    other_case = web_hall.desk.intake.mark_all_received(other_case.id)
    other = web_hall.desk.decisions.accept(other_case.id)
    (link,) = qr_links_of(mine.document.document_json, tmp_path)
    my_code = parse_qs(urlsplit(link).query)["k"][0]
    status, html = _post(
        f"{web_hall.web.url}/rate",
        [("c", other.case.case_number), ("k", my_code), ("level", "1"), ("reason", "服务态度差")],
    )
    assert status == 404 and "查询不到此办件" in html
    status, html = _post(f"{web_hall.web.url}/rate", [("c", mine.case.case_number), ("k", my_code), ("level", "9")])
    assert status == 400 and "评价分值“9”无效" in html
    assert _ratings(web_hall) == []


def test_the_rating_period_closes(web_hall: WebHall, tmp_path: Path) -> None:
    result = _accept(web_hall)
    (link,) = qr_links_of(result.document.document_json, tmp_path)
    code = parse_qs(urlsplit(link).query)["k"][0]
    web_hall.desk.clock.set(web_hall.desk.clock() + timedelta(days=31))
    status, html = _post(f"{web_hall.web.url}/rate", [("c", result.case.case_number), ("k", code), ("level", "5")])
    assert status == 410 and "评价期限已过" in html and "2026年10月29日" in html
    assert _ratings(web_hall) == []
