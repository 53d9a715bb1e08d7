"""SMS notices end to end on SQLite and PostgreSQL: cases accepted, sent for 补正 and decided
through the window's services with the applicant's opt-in; the sender files each notice once
and sends it through the CMPP emulator (real TCP) or the HTTP emulator; what fails is listed
for the center with the phone masked."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.services.sms_outbox import SmsOutbox
from app.services.sms_sender import MAX_ATTEMPTS, SmsSender
from app.sms.emulator_cmpp import CmppEmulator
from app.sms.emulator_http import HttpSmsEmulator
from app.sms.factory import open_gateway
from app.store.models import Case, HallSetting, SmsMessage
from app.store.uow import Store
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import PASSWORD, Desk

ROOT = Path(__file__).resolve().parents[2]
OPTED = replace(PERSON, sms=True)
PHONE = PERSON.phone  # 13812345678


@pytest.fixture()
def cmpp() -> Iterator[CmppEmulator]:
    with CmppEmulator("901234", "demo-secret") as emu:
        yield emu


def _desk(store: Store, day: date) -> Desk:
    desk = desk_on(store, day)
    desk.session.login("0101", PASSWORD)
    return desk


def _accept(desk: Desk, applicant=OPTED, matter: str = "GCXK"):  # type: ignore[no-untyped-def]
    case = desk.intake.start(matter_code=matter, applicant=applicant)
    desk.intake.mark_all_received(case.id)
    return desk.decisions.accept(case.id)


def _sender(store: Store, desk: Desk, url: str, secret: str | None = "demo-secret") -> SmsSender:
    gateway = open_gateway(url, secret, timeout=1.0)
    return SmsSender(store, gateway, SmsOutbox(store, clock=desk.clock), clock=desk.clock)


def _rows(store: Store) -> list[SmsMessage]:
    with store.read() as s:
        rows = list(s.scalars(select(SmsMessage).order_by(SmsMessage.created_at, SmsMessage.id)))
        s.expunge_all()  # kept as read (the read session rolls back)
        return rows


def test_accepted_with_a_provisional_date_is_texted_once(clock_hall: Store, cmpp: CmppEmulator) -> None:
    desk = _desk(clock_hall, date(2026, 12, 21))
    result = _accept(desk)
    with clock_hall.read() as s:
        assert s.get(Case, result.case.id).sms_opt_in is True
    sender = _sender(clock_hall, desk, cmpp.url())
    assert sender.run_once() == {"sent": 1}
    ((phone, text),) = cmpp.messages()
    assert phone == PHONE
    assert text.startswith("【示例政务服务中心】您申请的“建筑工程施工许可”已于2026年12月21日受理")
    assert f"办件号{result.case.case_number}" in text
    assert "承诺办结日期2027年1月19日（暂定，以国务院公布的节假日安排为准）" in text
    # Later rounds find the same event and file nothing more.
    assert sender.run_once() == {} and SmsOutbox(clock_hall, clock=desk.clock).collect() == []
    (row,) = _rows(clock_hall)
    assert (row.id, row.template, row.state, row.attempts) == (f"acc-{result.case.id}", "受理", "已发送", 1)
    assert (row.parts_total, row.parts_done, row.gateway) == (2, 2, "cmpp")  # 71+ characters: two segments
    assert row.gateway_msg_id == ",".join(f"{r.msg_id:016X}" for r in cmpp.submits)
    assert len(cmpp.submits) == 2


def test_no_opt_in_or_no_mobile_no_sms(clock_hall: Store, cmpp: CmppEmulator) -> None:
    desk = _desk(clock_hall, date(2026, 11, 2))
    _accept(desk, PERSON)  # not ticked
    landline = _accept(desk, replace(OPTED, phone="0838-3123456"))
    with clock_hall.read() as s:
        assert s.get(Case, landline.case.id).sms_opt_in is False
    assert _sender(clock_hall, desk, cmpp.url()).run_once() == {}
    assert _rows(clock_hall) == [] and cmpp.submits == []


def test_correction_then_ready_with_the_hall_signature(clock_hall: Store, cmpp: CmppEmulator) -> None:
    with clock_hall.write() as tx:
        tx.session.add(HallSetting(key="sms", value={"signature": "示例县政务服务中心"}))
    desk = _desk(clock_hall, date(2026, 11, 2))
    result = _accept(desk)
    sender = _sender(clock_hall, desk, cmpp.url())
    sender.run_once()
    lines = {line.id: "图纸缺少消防专篇" for line in desk.tracking.checklist(result.case.id) if line.name == "施工图纸"}
    desk.tracking.request_supplement(result.case.id, lines=lines)
    assert sender.run_once() == {"sent": 1}
    correction = cmpp.messages()[-1][1]
    assert correction.startswith("【示例县政务服务中心】您申请的“建筑工程施工许可”")
    assert "需要补正材料：施工图纸。" in correction and "到01号窗口（综合受理一号窗口）补正" in correction
    desk.tracking.receive_supplement(result.case.id)
    desk.tracking.complete(result.case.id, approved=True, result_name="建筑工程施工许可证")
    assert sender.run_once() == {"sent": 1}
    ready = cmpp.messages()[-1][1]
    assert "已办结，请凭受理通知书和本人身份证件到01号窗口（综合受理一号窗口）领取办理结果" in ready
    assert [r.template for r in _rows(clock_hall)] == ["受理", "补正", "待领取"]
    assert len(cmpp.messages()) == 3 and sender.run_once() == {}


def test_exactly_one_submit_per_message_under_injected_disconnects(clock_hall: Store, cmpp: CmppEmulator) -> None:
    """The issue's done-when through the outbox: drops before the login, after the answer,
    before the answer, refusals and a slow answer; every message ends 已发送 or 未确认 and the
    emulator took one SUBMIT per segment."""
    desk = _desk(clock_hall, date(2026, 11, 2))
    phones = [f"1390013{n:04d}" for n in range(6)]
    for phone in phones:
        _accept(desk, replace(OPTED, phone=phone))
    cmpp.plan_connect("drop", "ok", "drop", "ok", "ok", "ok", "ok")
    cmpp.plan_submit("drop_after_resp", "result:8", "ok", "drop_before_resp", "slow:0.2", "drop_after_resp")
    sender = _sender(clock_hall, desk, cmpp.url())
    for _ in range(12):
        sender.run_once()
        desk.clock.advance(minutes=20)  # past every pause
    rows = {r.phone: r for r in _rows(clock_hall)}
    assert sorted(rows) == phones
    assert {r.state for r in rows.values()} <= {"已发送", "未确认"}
    taken = Counter((r.submit.dest_terminal_ids[0], r.submit.pk_number) for r in cmpp.submits if r.taken)
    assert max(taken.values()) == 1, taken  # no segment twice on any phone
    for phone, row in rows.items():
        got = sum(taken[(phone, k)] for k in range(1, row.parts_total + 1))
        assert got == row.parts_total if row.state == "已发送" else 1 <= got <= row.parts_total
    (unconfirmed,) = [r for r in rows.values() if r.state == "未确认"]
    assert unconfirmed.phone == cmpp.submits[3].submit.dest_terminal_ids[0]  # the answer it dropped
    assert "未收到网关应答" in (unconfirmed.last_error or "")
    # The center sees it (phone masked) and decides; a resend is one more submit, on purpose.
    (listed,) = sender.attention()
    assert (
        listed.id == unconfirmed.id and listed.phone_masked == unconfirmed.phone[:3] + "****" + unconfirmed.phone[-4:]
    )
    sender.resend(unconfirmed.id)
    sender.run_once()
    assert sender.attention() == []


def test_a_killed_sender_leaves_nothing_to_resend_by_itself(clock_hall: Store, cmpp: CmppEmulator) -> None:
    desk = _desk(clock_hall, date(2026, 11, 2))
    _accept(desk)
    sender = _sender(clock_hall, desk, cmpp.url())
    SmsOutbox(clock_hall, clock=desk.clock).collect()
    with clock_hall.write() as tx:  # as a sender killed after the write: 发送中 with the segment
        tx.session.execute(update(SmsMessage).values(state="发送中", writing_part=0, sequence_id=2, gateway="cmpp"))
    assert sender.recover() == 1
    (row,) = _rows(clock_hall)
    assert row.state == "未确认" and "未自动重发" in (row.last_error or "")
    assert sender.run_once() == {} and cmpp.submits == []


def test_http_gateway_lost_answer_is_retried_and_delivered_once(
    clock_hall: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.services.sms_sender")
    desk = _desk(clock_hall, date(2026, 11, 2))
    _accept(desk)
    with HttpSmsEmulator(token="tok") as http:
        http.plan("drop_after", "status:503")
        sender = _sender(clock_hall, desk, http.url, "tok")
        assert sender.run_once() == {"retry": 1}
        desk.clock.advance(seconds=6)
        assert sender.run_once() == {"retry": 1}
        assert sender.run_once() == {}  # still pausing
        desk.clock.advance(seconds=16)
        assert sender.run_once() == {"sent": 1}
        assert len(http.requests) == 3 and len(http.delivered) == 1
        (row,) = _rows(clock_hall)
        assert (row.state, row.attempts, row.gateway_msg_id) == ("已发送", 3, http.delivered[0].msg_id)
    assert "138****5678" in caplog.text and PHONE not in caplog.text  # the sender's log masks the phone


def test_a_gateway_that_never_answers_ends_failed_and_listed(clock_hall: Store, tmp_path: Path) -> None:
    desk = _desk(clock_hall, date(2026, 11, 2))
    _accept(desk)
    with HttpSmsEmulator() as gone:
        url = gone.url
    sender = _sender(clock_hall, desk, url)
    for _ in range(MAX_ATTEMPTS + 2):
        sender.run_once()
        desk.clock.advance(minutes=20)
    (row,) = _rows(clock_hall)
    assert row.state == "失败" and row.attempts == MAX_ATTEMPTS
    assert row.last_error.startswith(f"已尝试 {MAX_ATTEMPTS} 次仍未发出")
    url = clock_hall.engine.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "app", "admin", "sms", "list", "--store", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env={
            "CD_CONFIG_DIR": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    )
    assert done.returncode == 0, done.stderr
    assert "失败" in done.stdout and "138****5678" in done.stdout and PHONE not in done.stdout
    assert "共 1 条需要处理的短信（失败、未确认）" in done.stdout
