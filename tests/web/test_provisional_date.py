"""办件进度查询 shows a promised date that runs into a year without a State Council holiday
notice as 暂定, in Debian's chromium from the printed notice's QR, and a date within a
published year without it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.clock.conftest import PERSON, add_twenty_day_matter, desk_on
from tests.services.conftest import PASSWORD
from tests.web.conftest import WebHall, qr_links_of

pytestmark = pytest.mark.postgres


def _accepted_link(hall: WebHall, day: date, tmp_path: Path) -> tuple[str, object]:
    desk = desk_on(hall.store, day)
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="GCXK", applicant=PERSON)
    desk.intake.mark_all_received(case.id)
    result = desk.decisions.accept(case.id)
    folder = tmp_path / str(day)
    folder.mkdir()
    (link,) = qr_links_of(result.document.document_json, folder)
    return link, result


def test_the_progress_page_marks_a_provisional_promised_date(web_hall: WebHall, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_twenty_day_matter(web_hall.store)
    # Accepted 2026-12-21, 20 working days: 2027-01-19, counted over 2027's unpublished holidays.
    link, result = _accepted_link(web_hall, date(2026, 12, 21), tmp_path)
    assert result.case.due_date == date(2027, 1, 19) and result.case.due_provisional  # type: ignore[attr-defined]
    browser.get(link)
    due = browser.find_element(By.ID, "due").text
    assert "2027年01月19日" in due and "暂定" in due
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "承诺办结日期所跨年度的法定节假日安排尚未公布，日期为暂定，公布后可能调整。" in body

    # Within 2026 (published): the same page says nothing of the kind.
    link, result = _accepted_link(web_hall, date(2026, 11, 2), tmp_path)
    browser.get(link)
    due = browser.find_element(By.ID, "due").text
    assert "2026年11月30日" in due and "暂定" not in due
    assert "暂定" not in browser.find_element(By.TAG_NAME, "body").text
