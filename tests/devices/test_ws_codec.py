"""cdk-eval-ws/1: JSON for every message both ways, and a stream decoder that survives splits and junk."""

from __future__ import annotations

import json

import pytest

from app.devices.codecs.base import Malformed
from app.devices.codecs.evaluator_ws import EvalWsCodec
from app.devices.messages import (
    Ack,
    Away,
    CancelRating,
    DeviceStatus,
    Nak,
    Pause,
    Ping,
    RatingExpired,
    RatingResult,
    RequestRating,
    Resume,
    Welcome,
)

CASES = [
    (Ping(), '{"v":1,"id":1,"type":"ping"}'),
    (
        Welcome("05", "社保窗口", "张三", "0123", True, b"\x89PNG"),
        '{"v":1,"id":2,"type":"login","winNum":"05","winName":"社保窗口","userName":"张三","userCode":"0123",'
        '"partyMember":true,"photo":"iVBORw=="}',
    ),
    (
        Welcome("05", "社保窗口", "张三", "0123"),
        '{"v":1,"id":3,"type":"login","winNum":"05","winName":"社保窗口","userName":"张三","userCode":"0123",'
        '"partyMember":false,"photo":null}',
    ),
    (
        RequestRating(12, "330100-20260105-05-0007", 60),
        '{"v":1,"id":4,"type":"rateRequest","rateId":12,"ref":"330100-20260105-05-0007","timeout":60}',
    ),
    (CancelRating(12), '{"v":1,"id":5,"type":"rateCancel","rateId":12}'),
    (Pause("暂停服务"), '{"v":1,"id":6,"type":"pause","message":"暂停服务"}'),
    (
        Away("开会", "三楼会议室", "0571-88000000", "14:30"),
        '{"v":1,"id":7,"type":"away","reason":"开会","whereabouts":"三楼会议室","contact":"0571-88000000","returnAt":"14:30"}',
    ),
    (Resume(), '{"v":1,"id":8,"type":"resume"}'),
    (Ack(0xA0), '{"v":1,"id":9,"type":"ack","of":"rateSubmit"}'),
    (Nak(0x20, 3), '{"v":1,"id":10,"type":"nak","of":"rateRequest","code":3}'),
    (
        DeviceStatus(3, 1, "TAB-1"),
        '{"v":1,"id":11,"type":"status","caps":["photo","reasons"],"state":"rating","model":"TAB-1"}',
    ),
    (
        RatingResult(12, 2, ("等候时间长", "办事效率低")),
        '{"v":1,"id":12,"type":"rateSubmit","rateId":12,"score":2,"reasons":["等候时间长","办事效率低"]}',
    ),
    (RatingExpired(12), '{"v":1,"id":13,"type":"rateTimeout","rateId":12}'),
]


@pytest.mark.parametrize(("message", "text"), CASES, ids=lambda v: type(v).__name__)
def test_encode_is_exact_json(message: object, text: str) -> None:
    seq = json.loads(text)["id"]
    assert EvalWsCodec().encode(message, seq) == text.encode("utf-8")


@pytest.mark.parametrize(("message", "text"), CASES, ids=lambda v: type(v).__name__)
def test_decode_gives_back_message_and_id(message: object, text: str) -> None:
    (packet,) = EvalWsCodec().decoder().feed(text.encode("utf-8"))
    assert packet.message == message
    assert packet.seq == json.loads(text)["id"]


def test_stream_decoder_handles_split_merged_and_junk() -> None:
    stream = "".join(f"garbage\n{text}\r\n" for _, text in CASES).encode("utf-8")
    decoder = EvalWsCodec().decoder()
    got = []
    for start in range(0, len(stream), 7):  # 7-byte reads also split UTF-8 characters
        got += decoder.feed(stream[start : start + 7])
    assert [p.message for p in got] == [message for message, _ in CASES]
    assert decoder.rejected == 0
    assert decoder.skipped == len("garbage") * len(CASES)


def test_invalid_object_is_skipped_and_the_next_one_decoded() -> None:
    decoder = EvalWsCodec().decoder()
    got = decoder.feed(b'{"v":1,"id":1,"type":nonsense}{"v":1,"id":2,"type":"resume"}')
    assert [p.message for p in got] == [Resume()]
    assert decoder.rejected == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"v":2,"id":1,"type":"resume"}', 3),  # wrong version
        ('{"v":1,"id":1,"type":"rateSubmit","rateId":1,"score":0}', 3),
        ('{"v":1,"id":1,"type":"rateSubmit","rateId":"x","score":2}', 3),
        ('{"v":1,"id":1,"type":"teleport"}', 2),
    ],
)
def test_bad_messages_become_malformed_with_a_code(text: str, code: int) -> None:
    (packet,) = EvalWsCodec().decoder().feed(text.encode("utf-8"))
    assert isinstance(packet.message, Malformed)
    assert packet.message.code == code
