"""Screenshots of the hall web service's pages → docs/screenshots/web-*.png, at phone
(390×844) and TV (1920×1080) sizes, in Debian's headless chromium.

Run: ``.venv/bin/python -m tests.web.make_screenshots``. The small hall of
``tests/services`` on a SQLite file, Tuesday 2026-09-29 on a manual clock: a case
accepted at window 01, another asked for a 补正, one rated 非常不满意, eight tickets of
which A001 is called; A008's 叫号提醒 form, a bad number and a good one (masked).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from app.forms.document import Document
from app.services.clock import ManualClock
from app.services.dto import ApplicantInput
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.uow import Store
from app.web.server import start_in_thread
from tests.services.conftest import AGENT_ID, DAY, PASSWORD, PERSON_ID, build_hall, make_desk
from tests.web.conftest import CHROMEDRIVER, CHROMIUM, set_qr_base

OUT = Path(os.environ.get("CD_SCREENSHOT_DIR") or Path(__file__).resolve().parents[2] / "docs" / "screenshots")
SIZES = {"phone": (390, 844), "tv": (1920, 1080)}


def _qr_link(document_json: str) -> str:
    qr = next(b for b in Document.from_json(document_json).blocks if type(b).__name__ == "Qr")
    return qr.payload  # type: ignore[attr-defined]


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="cd-web-shots-"))
    url = f"sqlite+pysqlite:///{tmp / 'center.db'}"
    store = Store(make_engine(url))
    upgrade(store.engine)
    build_hall(store)
    clock = ManualClock.at_hall_time(DAY, 10)
    web = start_in_thread(url, clock=clock)
    set_qr_base(store, web.url)
    desk = make_desk(store, clock=clock)
    desk.session.login("0101", PASSWORD)
    person = ApplicantInput(name="刘堃明", id_number=PERSON_ID, phone="13812345678")
    case = desk.intake.mark_all_received(desk.intake.start(matter_code="QYSL", applicant=person).id)
    accepted = desk.decisions.accept(case.id)
    other = desk.intake.mark_all_received(
        desk.intake.start(
            matter_code="SPJY", applicant=ApplicantInput(name="王五", id_number=AGENT_ID, phone="13900001111")
        ).id
    )
    second = desk.decisions.accept(other.id)
    line = next(x for x in second.case.checklist if x.name == "经营场所平面图")
    desk.tracking.request_supplement(second.case.id, lines={line.id: "未标明功能分区"})
    link = _qr_link(accepted.document.document_json)
    q = parse_qs(urlsplit(link).query)
    number, code = q["c"][0], q["k"][0]
    second_link = _qr_link(second.document.document_json)
    for _ in range(8):
        desk.queue.issue("A")
    desk.queue.call_next()

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=zh-CN"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    pages = [
        ("index", web.url + "/"),
        ("case", link),
        ("case-supplement", second_link),
        ("case-forged", f"{web.url}/q?c={number}&k={code}&v=SL-20260929-01-E1-9999"),
        ("rate", f"{web.url}/rate?c={number}&k={code}"),
        ("ticket-waiting", f"{web.url}/q?t=A003&d={DAY:%Y%m%d}"),
        ("ticket-called", f"{web.url}/ticket?t=A001&d={DAY:%Y%m%d}"),
        ("ticket-remind", f"{web.url}/ticket?t=A008&d={DAY:%Y%m%d}"),
        ("board", f"{web.url}/board"),
        ("guide-search", f"{web.url}/guide?q=qysl"),
        ("guide", f"{web.url}/guide/SPJY"),
        ("error-unknown", f"{web.url}/q?c={number}&k=AAAA-AAAA"),
    ]
    try:
        for size, (w, h) in SIZES.items():
            driver.set_window_size(w, h)
            for name, page in pages:
                driver.get(page)
                time.sleep(0.3)
                driver.save_screenshot(str(OUT / f"web-{name}-{size}.png"))
        driver.set_window_size(*SIZES["phone"])
        driver.get(f"{web.url}/rate?c={number}&k={code}")
        driver.find_element("id", "level1").click()
        driver.find_element("css selector", "input[value='服务态度差']").click()
        driver.find_element("id", "submit").click()
        time.sleep(0.5)
        driver.save_screenshot(str(OUT / "web-rated-phone.png"))
        driver.get(f"{web.url}/rate?c={number}&k={code}")
        driver.save_screenshot(str(OUT / "web-already-rated-phone.png"))
        # 叫号提醒: a bad number, then a good one (shown masked).
        driver.get(f"{web.url}/ticket?t=A008&d={DAY:%Y%m%d}")
        driver.find_element("id", "phone").send_keys("1381234567")
        driver.find_element("id", "remind-submit").click()
        time.sleep(0.3)
        driver.save_screenshot(str(OUT / "web-ticket-remind-error-phone.png"))
        driver.find_element("id", "phone").send_keys("13812345678")
        driver.find_element("id", "remind-submit").click()
        time.sleep(0.3)
        driver.save_screenshot(str(OUT / "web-ticket-remind-done-phone.png"))
    finally:
        driver.quit()
        web.stop()
        store.dispose()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
