"""The demo hall's SMS: the CMPP emulator and the sender started beside it print the text of a
case accepted with 短信通知 ticked (phone masked), and stop with the demo."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from app.bootstrap import _start_demo_sms
from app.settings import Settings
from app.store.uow import Store
from tests.clock.conftest import PERSON, add_twenty_day_matter, desk_on
from tests.services.conftest import PASSWORD, build_hall


def test_the_demo_prints_the_accepted_text(sqlite_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    build_hall(sqlite_store)
    add_twenty_day_matter(sqlite_store)
    desk = desk_on(sqlite_store, date.today())
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="GCXK", applicant=replace(PERSON, sms=True))
    desk.intake.mark_all_received(case.id)
    number = desk.decisions.accept(case.id).case.case_number
    stops: list[Callable[[], None]] = []
    _start_demo_sms(Settings(store_url=str(sqlite_store.engine.url)), stops)
    seen = ""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and "短信（模拟网关）" not in seen:
        time.sleep(0.2)
        seen += capsys.readouterr().err
    for stop in stops:
        stop()
    assert "短信通知：模拟 CMPP 网关 127.0.0.1:" in seen
    assert "短信（模拟网关）→ 138****5678：【示例政务服务中心】您申请的“建筑工程施工许可”已于" in seen
    assert f"办件号{number}" in seen and "13812345678" not in seen
