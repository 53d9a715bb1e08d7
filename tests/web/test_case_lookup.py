"""办件进度查询 end to end: a case accepted through the services on PostgreSQL, its
受理通知书 rendered to PDF, the QR read back with zbarimg, the link opened in Debian's
headless chromium against uvicorn serving through the web service's own role."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.domain.lookup_code import ALPHABET, format_lookup_code
from app.services.dto import ApplicantInput
from app.store.engine import make_engine
from app.sync.role_audit import audit_roles
from tests.services.conftest import PASSWORD, PERSON_ID
from tests.web.conftest import WebHall, page_replaced, pdf_text, qr_links_of

pytestmark = pytest.mark.postgres

PHONE = "13812345678"
PERSON = ApplicantInput(name="刘堃明", id_number=PERSON_ID, phone=PHONE)


def _accept(hall: WebHall):  # type: ignore[no-untyped-def]
    hall.desk.session.login("0101", PASSWORD)
    case = hall.desk.intake.start(matter_code="QYSL", applicant=PERSON)
    case = hall.desk.intake.mark_all_received(case.id)
    return hall.desk.decisions.accept(case.id)


def _page(browser, url: str) -> str:  # type: ignore[no-untyped-def]
    browser.get(url)
    return browser.find_element(By.TAG_NAME, "body").text


def test_the_qr_of_the_printed_notice_opens_the_case_in_chromium(web_hall: WebHall, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _accept(web_hall)
    number = result.case.case_number
    notice = result.document
    printed = pdf_text(notice.document_json, tmp_path)
    (link,) = qr_links_of(notice.document_json, tmp_path)
    query = parse_qs(urlsplit(link).query)
    code = query["k"][0]
    assert link.startswith(web_hall.web.url + "/q?")
    assert query["c"] == [number] and query["v"] == [notice.number]
    assert len(code) == 8 and set(code) <= set(ALPHABET)
    assert code not in number and format_lookup_code(code) in printed.replace(" ", "")

    body = _page(browser, link)
    assert "办件进度" in body and number in body
    assert "企业设立登记" in body
    assert "刘*明" in body and "刘堃明" not in body
    assert "已受理，正在审查办理" in body
    assert "2026年09月29日" in body  # received and accepted
    assert "承诺办结" in body and "2026年10月12日" in body
    assert "综合受理一号窗口" in body and "领取办理结果" in body
    html = browser.page_source
    for secret in (PERSON_ID, PERSON_ID[-8:], PHONE, PHONE[-4:] + "<"):
        assert secret not in html

    # Typed in by hand on the form, lower case and without the dash: the same case.
    browser.get(web_hall.web.url + "/case")
    browser.find_element(By.ID, "c").send_keys(number)
    browser.find_element(By.ID, "k").send_keys(code.lower()[:4] + " " + code.lower()[4:])
    button = browser.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    WebDriverWait(browser, 10).until(page_replaced(button))
    assert browser.find_element(By.ID, "matter").text == "企业设立登记"

    # A wrong code and a guessed number get the same refusal; nothing about the case.
    wrong = code[:-1] + ("3" if code[-1] != "3" else "4")
    for c, k in ((number, wrong), (number[:-1] + "9", code)):
        body = _page(browser, f"{web_hall.web.url}/q?c={c}&k={k}")
        assert "查询不到此办件" in body and "企业设立登记" not in body

    # A document number this case never had: the slip may be forged.
    body = _page(browser, f"{web_hall.web.url}/q?c={number}&k={code}&v=SL-20260929-01-E1-9999")
    assert "可能是伪造" in body and "企业设立登记" in body


def test_a_supplement_shows_what_to_bring_and_the_first_slip_is_superseded(
    web_hall: WebHall, browser, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    result = _accept(web_hall)
    (first_link,) = qr_links_of(result.document.document_json, tmp_path)
    line = next(x for x in result.case.checklist if x.name == "申请书")
    web_hall.desk.clock.advance(days=1)
    request = web_hall.desk.tracking.request_supplement(result.case.id, lines={line.id: "缺法定代表人签字"})
    body = _page(browser, first_link)
    assert "待补正" in body
    assert "申请书" in body and "缺法定代表人签字" in body
    assert "已被后来出具的《补正材料通知书》" in body and request.document.number in body
    (second_link,) = qr_links_of(request.document.document_json, tmp_path / "..")
    assert parse_qs(urlsplit(second_link).query)["k"] == parse_qs(urlsplit(first_link).query)["k"]
    body = _page(browser, second_link)
    assert "已被后来出具" not in body and "缺法定代表人签字" in body


def test_the_web_role_reads_only_the_public_views(web_hall: WebHall) -> None:
    _accept(web_hall)
    engine = make_engine(web_hall.role_url)
    try:
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM web_cases")).scalar_one() == 1
            columns = set(c.execute(text("SELECT * FROM web_cases")).keys())
            assert not columns & {"id_number", "phone", "address", "agent_id_number", "agent_phone"}
        for forbidden in (
            "SELECT id_number FROM cases",
            "SELECT * FROM tickets",
            "SELECT facts FROM documents",
            "SELECT password_hash FROM staff",
            "UPDATE web_cases SET state = '已送达'",
            "INSERT INTO ratings (id) VALUES (gen_random_uuid())",
        ):
            with pytest.raises(DBAPIError), engine.begin() as c:
                c.execute(text(forbidden))
    finally:
        engine.dispose()
    report = audit_roles(web_hall.store.engine)
    web = next(r for r in report.roles if r.role == web_hall.role)
    assert web.problems == (), web.problems
