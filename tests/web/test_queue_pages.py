"""取号进度 and the 大厅综合屏 in chromium, against the web role on PostgreSQL, while a
window calls through the queue service: the ticket page counts down and names the
window; the board shows a call within 2 s."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.services.conftest import PASSWORD
from tests.web.conftest import WebHall

pytestmark = pytest.mark.postgres


def _state(browser) -> str:  # type: ignore[no-untyped-def]
    return browser.find_element(By.ID, "state").text


def test_the_ticket_page_counts_down_as_the_window_calls(web_hall: WebHall, browser) -> None:  # type: ignore[no-untyped-def]
    q = web_hall.desk.queue
    for _ in range(3):
        q.issue("A")
    q.issue("C")  # another category: never ahead of an A ticket
    web_hall.desk.session.login("0101", PASSWORD)
    # The ticket's QR link (forms/ticket.py) redirects to its page.
    browser.get(f"{web_hall.web.url}/q?t=A003&d={web_hall.desk.clock():%Y%m%d}")
    assert "前面还有 2 人" in _state(browser)
    # Nobody served yet today: 6 minutes a person; windows 01 and 02 both call A: 2 × 6 / 2.
    assert "预计等候约 6 分钟" in _state(browser)
    assert q.call_next().number == "A001"
    WebDriverWait(browser, 8, 0.2).until(lambda b: "前面还有 1 人" in _state(b))
    web_hall.desk.clock.advance(minutes=4)
    assert q.call_next().number == "A002"  # A001 finished after 4 minutes: today's mean
    WebDriverWait(browser, 8, 0.2).until(lambda b: "前面还有 0 人" in _state(b))
    assert q.call_next().number == "A003"
    WebDriverWait(browser, 8, 0.2).until(lambda b: "请到 01号窗口" in _state(b))
    browser.refresh()  # the page as served (no script) says the same
    assert "请到 01号窗口（综合受理一号窗口）办理" in _state(browser)
    browser.get(f"{web_hall.web.url}/ticket?t=A099")
    assert "查询不到此号票" in browser.find_element(By.TAG_NAME, "body").text


def test_the_board_shows_a_call_within_two_seconds(web_hall: WebHall, browser) -> None:  # type: ignore[no-untyped-def]
    q = web_hall.desk.queue
    q.issue("A")
    q.issue("B")
    web_hall.desk.session.login("0101", PASSWORD)
    browser.set_window_size(1920, 1080)
    browser.get(f"{web_hall.web.url}/board")
    assert "暂无叫号" in browser.find_element(By.ID, "latest").text
    assert "A类 1 人" in browser.find_element(By.ID, "waiting").text
    called = q.call_next()
    # The board polls every 0.5 s: the call is on the screen within 2 s.
    WebDriverWait(browser, 2, 0.05).until(lambda b: called.number in b.find_element(By.ID, "latest").text)
    assert "到 01 号窗口" in browser.find_element(By.ID, "latest-window").text
    rows = browser.find_element(By.ID, "calls").text
    assert called.number in rows and "01 号窗口" in rows
    # Readable from 5 m: the latest number is drawn at least 150 px high on 1080 lines.
    height = browser.find_element(By.ID, "latest-number").size["height"]
    assert height >= 150, height
