"""办事指南查询 for the 查询机: search by name and pinyin with the counter's search, the
full guide with its material list, printable — through the web role on PostgreSQL."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.conftest import WebHall, page_replaced

pytestmark = pytest.mark.postgres


def test_search_by_name_and_pinyin_then_print_the_guide(web_hall: WebHall, browser) -> None:  # type: ignore[no-untyped-def]
    url = web_hall.web.url
    for query in ("企业设立", "qysl", "qiyeshe", "营业执照"):
        browser.get(f"{url}/guide")
        box = browser.find_element(By.ID, "q")
        box.send_keys(query)
        box.submit()
        WebDriverWait(browser, 10).until(page_replaced(box))
        hits = browser.find_element(By.ID, "hits").text
        assert "企业设立登记" in hits, query
    browser.get(f"{url}/guide?q=zzzzzz")
    assert "没有找到" in browser.find_element(By.ID, "none").text

    browser.get(f"{url}/guide?q=spjy")
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "食品经营许可")
    link.click()
    WebDriverWait(browser, 10).until(page_replaced(link))
    assert browser.find_element(By.ID, "name").text == "食品经营许可"
    assert "10个工作日" in browser.find_element(By.ID, "promised").text
    materials = browser.find_element(By.ID, "materials").text
    for line in ("申请书", "从业人员健康证明", "容缺", "经营场所平面图", "标明功能分区"):
        assert line in materials
    assert "可容缺受理" in browser.find_element(By.TAG_NAME, "body").text
    # Printable: in print media the header, the footer and the buttons are left out.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element(By.TAG_NAME, "header").is_displayed()
    assert browser.find_element(By.ID, "materials").is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.get(f"{url}/guide/NO-SUCH")
    assert "没有这个事项" in browser.find_element(By.TAG_NAME, "body").text
