"""The CMPP driver against the CMPP emulator over real TCP: login, segments, keepalive, and no
second SUBMIT for a message under injected disconnects."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from app.sms.cmpp_gateway import CmppGateway
from app.sms.emulator_cmpp import CmppEmulator
from app.sms.factory import open_gateway
from app.sms.gateway import GatewayConfigError, Outcome, Outgoing, parse_address

PHONE = "13800138000"


@pytest.fixture()
def emulator() -> Iterator[CmppEmulator]:
    with CmppEmulator("901234", "demo-secret") as emu:
        yield emu


def _gateway(emu: CmppEmulator, secret: str = "demo-secret", **kwargs: float) -> CmppGateway:
    gateway = open_gateway(emu.url(), secret, timeout=kwargs.pop("timeout", 2.0))
    assert isinstance(gateway, CmppGateway)
    for name, value in kwargs.items():
        setattr(gateway, name, value)
    return gateway


@dataclass
class Record:
    """What the outbox keeps of one message between tries."""

    message: Outgoing
    state: str = "待发送"
    tries: int = 0
    writes: list[tuple[int, int]] = field(default_factory=list)
    msg_ids: list[str] = field(default_factory=list)


def _try(gateway: CmppGateway, record: Record) -> Outcome:
    record.tries += 1
    outcome = gateway.send(
        record.message, lambda n, seq: record.writes.append((n, seq)), lambda n, m: record.msg_ids.append(m)
    )
    record.message = Outgoing(
        record.message.key, record.message.phone, record.message.text, outcome.parts_done, record.message.reference
    )
    record.state = {"sent": "已发送", "unconfirmed": "未确认", "failed": "失败"}.get(outcome.state, "待发送")
    return outcome


def test_login_submit_and_terminate(emulator: CmppEmulator) -> None:
    gateway = _gateway(emulator)
    record = Record(Outgoing("acc-1", PHONE, "【城东区政务服务中心】您的办件已受理。"))
    assert _try(gateway, record) == Outcome("sent", 1)
    gateway.close()
    (received,) = emulator.submits
    assert received.submit.dest_terminal_ids == (PHONE,) and received.submit.src_id == "106900001234"
    assert received.submit.msg_src == "901234" and received.submit.service_id == "ZWFW"
    assert received.submit.text() == "【城东区政务服务中心】您的办件已受理。"
    assert record.msg_ids == [f"{received.msg_id:016X}"] and record.writes == [(0, 2)]  # seq 1 was the CONNECT
    assert emulator.logins == 1


def test_a_wrong_secret_is_refused_with_the_gateway_status(emulator: CmppEmulator) -> None:
    outcome = _gateway(emulator, "not-the-secret").send(Outgoing("k", PHONE, "x"), lambda *_: None, lambda *_: None)
    assert outcome.state == "retry" and "认证错" in outcome.error
    assert emulator.submits == []


def test_a_gateway_that_does_not_know_the_secret_gets_no_number() -> None:
    # It says Status 0 but signs with another secret: not the hall's gateway.
    with CmppEmulator("901234", "other-secret") as impostor:
        impostor.plan_connect("status:0")
        gateway = open_gateway(impostor.url(), "demo-secret", timeout=2.0)
        outcome = gateway.send(Outgoing("k", PHONE, "x"), lambda *_: None, lambda *_: None)
        assert outcome.state == "retry" and "认证码不对" in outcome.error
        assert impostor.submits == []


def test_long_message_goes_in_segments_of_one_concatenation(emulator: CmppEmulator) -> None:
    text = "【城东区政务服务中心】" + "您申请的营业执照变更登记已办结，请携带受理通知书到一楼出件窗口领取。" * 4
    gateway = _gateway(emulator)
    record = Record(Outgoing("ready-1", PHONE, text, reference=0x11))
    assert _try(gateway, record).state == "sent"
    submits = [r.submit for r in emulator.submits]
    assert len(submits) == 3 == len(record.msg_ids)
    assert [s.concatenation() for s in submits] == [(0x11, 3, 1), (0x11, 3, 2), (0x11, 3, 3)]
    assert [(s.pk_total, s.pk_number, s.tp_udhi) for s in submits] == [(3, 1, 1), (3, 2, 1), (3, 3, 1)]
    assert emulator.messages() == [(PHONE, text)]


def test_a_long_message_cut_off_midway_sends_only_the_rest(emulator: CmppEmulator) -> None:
    text = "补" * 150  # 3 segments
    emulator.plan_submit("ok", "result:8")  # flow control on segment 2: not taken
    gateway = _gateway(emulator)
    record = Record(Outgoing("cor-1", PHONE, text, reference=9))
    assert _try(gateway, record) == Outcome("retry", 1, "短信网关拒收：流量控制错")
    assert _try(gateway, record).state == "sent"
    taken = [r.submit.pk_number for r in emulator.submits if r.taken]
    assert taken == [1, 2, 3]
    assert emulator.messages() == [(PHONE, text)]


def test_no_answer_means_unconfirmed_and_never_a_second_submit(emulator: CmppEmulator) -> None:
    emulator.plan_submit("slow:1.5")
    gateway = _gateway(emulator, timeout=0.5)
    record = Record(Outgoing("acc-2", PHONE, "受理"))
    outcome = _try(gateway, record)
    assert outcome.state == "unconfirmed" and "未收到网关应答" in outcome.error
    time.sleep(1.2)  # the late answer arrives on a closed connection
    assert _try(gateway, Record(Outgoing("acc-3", PHONE, "下一条"))).state == "sent"
    assert [r.submit.text() for r in emulator.submits] == ["受理", "下一条"]


def test_keepalive_sends_active_test_and_finds_a_dead_link(emulator: CmppEmulator) -> None:
    gateway = _gateway(emulator, idle_probe=0.0)
    assert _try(gateway, Record(Outgoing("a", PHONE, "一"))).state == "sent"
    time.sleep(0.05)
    gateway.keepalive()
    assert emulator.active_tests >= 1
    emulator.plan_submit("drop_after_resp")
    assert _try(gateway, Record(Outgoing("b", PHONE, "二"))).state == "sent"
    assert _try(gateway, Record(Outgoing("c", PHONE, "三"))).state == "sent"  # logs in again first
    assert emulator.logins == 2
    assert [r.submit.text() for r in emulator.submits] == ["一", "二", "三"]


def test_exactly_one_submit_per_message_under_injected_disconnects(emulator: CmppEmulator) -> None:
    """The issue's done-when, at the driver: every fault the emulator can inject, in one run."""
    emulator.plan_connect("drop", "ok", "status:8", "ok", "drop", "drop", "ok", "ok", "ok", "ok")
    emulator.plan_submit(
        "ok", "drop_after_resp", "result:8", "ok", "drop_before_resp", "slow:0.2", "drop_after_resp",
        "ok", "result:8", "drop_after_resp", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok",
    )  # fmt: skip
    gateway = _gateway(emulator, timeout=1.0)
    texts = {f"m{n:02d}": ("字" * 80 if n % 4 == 0 else f"第{n}条通知") for n in range(12)}
    records = [
        Record(Outgoing(key, f"1390013{n:04d}", text, reference=n)) for n, (key, text) in enumerate(texts.items())
    ]
    for _ in range(10):
        for record in records:
            if record.state == "待发送":
                _try(gateway, record)
    gateway.close()
    assert all(r.state in ("已发送", "未确认") for r in records), [(r.message.key, r.state) for r in records]
    taken = Counter((r.submit.dest_terminal_ids[0], r.submit.pk_number) for r in emulator.submits if r.taken)
    assert max(taken.values()) == 1  # never two texts on one phone
    for n, record in enumerate(records):
        segments = 2 if n % 4 == 0 else 1
        got = sum(taken[(record.message.phone, k)] for k in range(1, segments + 1))
        if record.state == "已发送":
            assert got == segments, record.message.key
        else:
            assert 1 <= got <= segments, record.message.key  # taken, its answer lost
        if record.state == "已发送":
            assert (record.message.phone, texts[record.message.key]) in emulator.messages()
    unconfirmed = [r.message.phone for r in records if r.state == "未确认"]
    dropped = emulator.submits[4]  # the fifth SUBMIT read: "drop_before_resp"
    assert dropped.taken and dropped.msg_id is None
    assert unconfirmed == [dropped.submit.dest_terminal_ids[0]]
    assert emulator.connections >= 6


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("cmpp://12345@127.0.0.1:7890?src=1069", "6 位数字"),
        ("cmpp://901234@127.0.0.1:7890?src=abc", "接入号"),
        ("smpp://901234@127.0.0.1", "cmpp:// 或 http://"),
    ],
)
def test_bad_gateway_addresses_are_explained(url: str, message: str) -> None:
    with pytest.raises(GatewayConfigError, match=message):
        parse_address(url)


def test_the_secret_never_stays_in_the_kept_address() -> None:
    address = parse_address("cmpp://901234:topsecret@gw.example:7891?src=106900001234")
    assert address.inline_secret == "topsecret" and "topsecret" not in address.url
    assert (address.host, address.port, address.src_id) == ("gw.example", 7891, "106900001234")
