"""叫号提醒 end to end: a number typed on the ticket's 取号进度 page in chromium (web role on
PostgreSQL), windows call, the sender files exactly one SMS and the CMPP emulator takes it;
a bad number gets the Chinese reason and stores nothing; the phone is shown only masked,
never logged, and the web role cannot read it back."""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from selenium.webdriver.common.by import By
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.services.sms_outbox import SmsOutbox
from app.services.sms_sender import SmsSender
from app.sms.emulator_cmpp import CmppEmulator
from app.sms.factory import open_gateway
from app.store.engine import make_engine
from app.store.models import SmsMessage, Ticket, TicketReminder
from app.sync.role_audit import audit_roles
from tests.services.conftest import PASSWORD
from tests.web.conftest import WebHall

pytestmark = pytest.mark.postgres
PHONE = "13812345678"


@pytest.fixture()
def cmpp() -> Iterator[CmppEmulator]:
    with CmppEmulator("901234", "demo-secret") as emu:
        yield emu


def _reminders(web_hall: WebHall) -> int:
    with web_hall.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(TicketReminder)) or 0)


def test_a_number_left_on_the_ticket_page_gets_one_sms_when_three_are_ahead(  # type: ignore[no-untyped-def]
    web_hall: WebHall, browser, cmpp: CmppEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    q, clock = web_hall.desk.queue, web_hall.desk.clock
    for _ in range(5):
        q.issue("A")
    web_hall.desk.session.login("0101", PASSWORD)
    browser.get(f"{web_hall.web.url}/q?t=A005&d={clock():%Y%m%d}")
    assert "前面还有 4 人" in browser.find_element(By.ID, "state").text
    assert "前面还有 3 人时发短信给我" in browser.find_element(By.ID, "remind").text
    # A bad number: the Chinese reason, the form again, nothing stored.
    browser.find_element(By.ID, "phone").send_keys("1381234567")
    browser.find_element(By.ID, "remind-submit").click()
    assert browser.find_element(By.ID, "remind-error").text == "手机号码应为以13–19开头的11位数字"
    assert _reminders(web_hall) == 0
    browser.find_element(By.ID, "phone").send_keys("138 1234 5678")
    browser.find_element(By.ID, "remind-submit").click()
    done = browser.find_element(By.ID, "remind-done").text
    assert "已登记短信提醒：前面还有 3 人时，发短信到 138****5678" in done
    assert PHONE not in browser.page_source
    browser.get(f"{web_hall.web.url}/ticket?t=A005&d={clock():%Y%m%d}")
    assert "本号已登记短信提醒" in browser.find_element(By.ID, "remind-done").text
    assert not browser.find_elements(By.ID, "remind")
    assert _reminders(web_hall) == 1

    sender = SmsSender(
        web_hall.store,
        open_gateway(cmpp.url(), "demo-secret", timeout=1.0),
        SmsOutbox(web_hall.store, clock=clock),
        clock=clock,
    )
    assert sender.run_once() == {}  # 4 ahead: not yet
    assert q.call_next().number == "A001"
    assert sender.run_once() == {"sent": 1}
    assert q.call_next().number == "A002"
    assert sender.run_once() == {}
    ((phone, message),) = cmpp.messages()
    assert phone == PHONE
    assert message == (
        "【示例政务服务中心】您的A005号前面还有3人，即将叫到，请尽快回到大厅，留意叫号屏和语音提示。过号请到服务台。"
    )
    with web_hall.store.read() as s:
        ticket_id = s.scalar(select(Ticket.id).where(Ticket.number == "A005"))
        (row,) = s.scalars(select(SmsMessage)).all()
        assert (row.id, row.template, row.state, row.ticket_id) == (f"tkt-{ticket_id}", "叫号提醒", "已发送", ticket_id)
    assert not [r for r in caplog.records if PHONE in r.getMessage()]

    # The web role reads the request without the phone and cannot read the table.
    engine = make_engine(web_hall.role_url)
    try:
        with engine.connect() as c:
            assert set(c.execute(text("SELECT * FROM web_ticket_reminders")).keys()) == {
                "ticket_id",
                "hall_day",
                "threshold",
                "created_at",
            }
        for forbidden in ("SELECT phone FROM ticket_reminders", "DELETE FROM ticket_reminders"):
            with pytest.raises(DBAPIError), engine.begin() as c:
                c.execute(text(forbidden))
    finally:
        engine.dispose()
    web = next(r for r in audit_roles(web_hall.store.engine).roles if r.role == web_hall.role)
    assert web.problems == (), web.problems


def _post(url: str, phone: str) -> tuple[int, str]:
    data = urllib.parse.urlencode({"phone": phone}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_few_ahead_twice_or_too_often_is_refused_in_chinese_and_stores_nothing(web_hall: WebHall) -> None:
    q, clock = web_hall.desk.queue, web_hall.desk.clock
    for _ in range(5):
        q.issue("A")
    url = f"{web_hall.web.url}/ticket?t=A%s&d={clock():%Y%m%d}"
    status, html = _post(url % "003", PHONE)
    assert status == 409 and "A003 号前面只有 2 人，即将叫到" in html
    assert _reminders(web_hall) == 0
    status, html = _post(url % "005", PHONE)
    assert status == 200 and "138****5678" in html and PHONE not in html
    status, html = _post(url % "005", "13900001111")
    assert status == 409 and "已登记短信提醒" in html
    # The form's limit: a few tries, then 服务繁忙 (4 at once per client).
    status, html = _post(url % "004", "abc")
    assert status == 400 and "手机号码" in html
    status, html = _post(url % "004", PHONE)
    assert status == 429 and "服务繁忙" in html
    assert _reminders(web_hall) == 1
