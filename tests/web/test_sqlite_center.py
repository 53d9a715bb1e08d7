"""The hall web service on a one-PC SQLite center (the demo's store) and as a command."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.services.demo import point_qr_codes_at
from app.store.models import HallSetting
from app.store.uow import Store
from app.web.server import start_in_thread
from tests.services.conftest import PASSWORD, make_desk
from tests.web.conftest import qr_links_of
from tests.web.test_case_lookup import PERSON


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_a_case_of_the_sqlite_center_opens_from_its_qr(lite_hall: Store, sqlite_url: str, tmp_path: Path) -> None:
    web = start_in_thread(sqlite_url)
    try:
        point_qr_codes_at(lite_hall, web.url)
        with lite_hall.read() as s:
            assert s.get(HallSetting, "contacts").value["qr_base_url"] == web.url
        desk = make_desk(lite_hall)
        desk.session.login("0101", PASSWORD)
        case = desk.intake.start(matter_code="SPJY", applicant=PERSON)
        case = desk.intake.mark_all_received(case.id)
        result = desk.decisions.accept(case.id)
        (link,) = qr_links_of(result.document.document_json, tmp_path)
        assert link.startswith(web.url + "/q?")
        status, html = _get(link)
        assert status == 200 and "食品经营许可" in html and "刘*明" in html
        assert PERSON.id_number not in html and PERSON.phone not in html
        code = parse_qs(urlsplit(link).query)["k"][0]
        status, html = _get(f"{web.url}/case?c={result.case.case_number}&k={code[::-1]}")
        assert status == 404 and "查询不到此办件" in html
        status, html = _get(f"{web.url}/no-such-page")
        assert status == 404 and "页面不存在" in html
    finally:
        web.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_python_m_app_hall_web_serves_the_store(lite_hall: Store, sqlite_url: str) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "hall-web", "--store", sqlite_url, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, html = _get(f"http://127.0.0.1:{port}/case")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
        assert status == 200 and "办件进度查询" in html and "示例政务服务中心" in html
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    # The access log names the page, never the query (case numbers, 查询码) or the client.
    assert "GET /case 200" in err and "127.0.0.1" not in err.replace(f"127.0.0.1:{port}", "")
