"""The HTTP driver against the HTTP emulator on a real port: the id is the de-duplication key,
so a lost answer is retried and the applicant still gets one text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.sms.emulator_http import HttpSmsEmulator
from app.sms.factory import open_gateway
from app.sms.gateway import Outcome, Outgoing

PHONE = "13800138000"


@pytest.fixture()
def emulator() -> Iterator[HttpSmsEmulator]:
    with HttpSmsEmulator(token="tok-1") as emu:
        yield emu


def _send(url: str, message: Outgoing, token: str | None = "tok-1", timeout: float = 2.0) -> tuple[Outcome, list[str]]:
    acks: list[str] = []
    outcome = open_gateway(url, token, timeout=timeout).send(message, lambda *_: None, lambda n, m: acks.append(m))
    return outcome, acks


def test_one_post_one_text(emulator: HttpSmsEmulator) -> None:
    outcome, acks = _send(emulator.url, Outgoing("acc-1", PHONE, "【城东区政务服务中心】您的办件已受理。"))
    assert outcome == Outcome("sent", 1) and acks == ["H00000001"]
    (delivered,) = emulator.delivered
    assert (delivered.key, delivered.phone, delivered.text) == (
        "acc-1",
        PHONE,
        "【城东区政务服务中心】您的办件已受理。",
    )


@pytest.mark.parametrize("fault", ["drop_after", "drop_before", "status:503", "status:429", "slow:1.5"])
def test_a_lost_or_refused_answer_is_retried_and_sent_once(emulator: HttpSmsEmulator, fault: str) -> None:
    emulator.plan(fault)
    message = Outgoing("ready-7", PHONE, "您的证照已可领取")
    first, _ = _send(emulator.url, message, timeout=0.5)
    assert first.state == "retry" and first.error.startswith("短信网关")
    second, acks = _send(emulator.url, message)
    assert second.state == "sent" and acks == ["H00000001"]
    assert [d.key for d in emulator.delivered] == ["ready-7"]
    if fault in ("drop_after", "slow:1.5"):  # the gateway had taken it: the second POST was a duplicate
        assert len(emulator.requests) == 2


def test_a_refusal_for_good_is_failed_with_the_gateway_words(emulator: HttpSmsEmulator) -> None:
    outcome, _ = _send(emulator.url, Outgoing("k", "12ab", "x"))
    assert outcome.state == "failed" and "号码不对" in outcome.error and "HTTP 400" in outcome.error
    outcome, _ = _send(emulator.url, Outgoing("k", PHONE, "x"), token="wrong")
    assert outcome.state == "failed" and "令牌不对" in outcome.error
    assert emulator.delivered == []


def test_a_gateway_that_is_not_there_is_a_retry() -> None:
    with HttpSmsEmulator() as gone:
        url = gone.url
    outcome, _ = _send(url, Outgoing("k", PHONE, "x"))
    assert outcome.state == "retry" and "无应答" in outcome.error
