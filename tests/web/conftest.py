"""The hall web service on a real PostgreSQL (its own role) and in Debian's chromium.

``web_hall`` is the small hall of ``tests/services`` on a fresh database, the web
service's role created with ``admin role create --kind web``, the service running on
uvicorn on a free port through that role, and the hall's QR base pointing at it.
``browser`` is headless chromium driven through chromium-driver (Selenium), both from
Debian: no browser is downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.remote.webelement import WebElement

from app.forms.document import Document
from app.printing.pdf import PaperSize, PdfRenderer
from app.services.clock import ManualClock
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import HallSetting
from app.store.uow import Store
from app.sync.roles import WEB, create_role, revoke_role
from app.web.server import RunningWeb, start_in_thread
from tests.services.conftest import DAY, Desk, build_hall, lite_hall, make_desk

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@dataclass
class WebHall:
    """A hall on PostgreSQL with the web service running through its own role."""

    store: Store
    desk: Desk
    web: RunningWeb
    role: str
    role_url: str


def set_qr_base(store: Store, base: str) -> None:
    with store.write() as tx:
        row = tx.session.get(HallSetting, "contacts")
        assert row is not None
        row.value = {**row.value, "qr_base_url": base}


@pytest.fixture()
def web_hall(pg_url: str) -> Iterator[WebHall]:
    store = Store(make_engine(pg_url))
    upgrade(store.engine)
    build_hall(store)
    role = create_role(store.engine, WEB.name, "hall")
    role_url = store.engine.url.set(username=role, password=None).render_as_string(hide_password=False)
    clock = ManualClock.at_hall_time(DAY)
    web = start_in_thread(role_url, clock=clock)
    set_qr_base(store, web.url)
    try:
        yield WebHall(store=store, desk=make_desk(store, clock=clock), web=web, role=role, role_url=role_url)
    finally:
        web.stop()
        revoke_role(store.engine, WEB.name, "hall")
        store.dispose()


def qr_links_of(document_json: str, tmp_path: Path) -> list[str]:
    """Render the document to an A4 PDF and read its QR codes back with zbarimg."""
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(PdfRenderer(PaperSize.A4).render(Document.from_json(document_json)))
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found: list[str] = []
    for page in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=False)
        found += [line for line in out.stdout.splitlines() if line]
    return found


def pdf_text(document_json: str, tmp_path: Path) -> str:
    pdf = tmp_path / "text.pdf"
    pdf.write_bytes(PdfRenderer(PaperSize.A4).render(Document.from_json(document_json)))
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture()
def browser() -> Iterator[object]:
    """Headless Debian chromium at phone size (390×844), through chromium-driver."""
    if not (Path(CHROMIUM).exists() and shutil.which(CHROMEDRIVER)):
        pytest.skip("Debian's chromium and chromium-driver are needed (./dev setup installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"):
        options.add_argument(arg)
    options.add_argument("--window-size=390,844")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


__all__ = ["WebHall", "lite_hall", "pdf_text", "qr_links_of", "set_qr_base"]


def page_replaced(element: WebElement) -> Callable[[object], bool]:
    """A wait condition: the page holding ``element`` has been replaced by the next one.

    Selenium's ``staleness_of`` knows only StaleElementReferenceException; while the old
    document is being torn down chromedriver may answer "Node with given id does not belong
    to the document" instead, which means the same thing."""

    def replaced(_driver: object) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
        return False

    return replaced
