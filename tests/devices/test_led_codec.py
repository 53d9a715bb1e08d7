"""CDK-LED/1: every command both ways, the three encodings, malformed payloads."""

from __future__ import annotations

import pytest

from app.devices.codecs.base import Malformed
from app.devices.codecs.framing import encode_frame
from app.devices.codecs.led_serial import CdkLedCodec, Cmd, NakCode, encoding_of, normalize_encoding
from app.devices.errors import ConfigError
from app.devices.messages import (
    Ack,
    DeviceStatus,
    LedClear,
    LedState,
    LedStatus,
    LedText,
    LedTicket,
    LedWindow,
    Nak,
    Ping,
)

CASES = [
    (Ping(), 0x20, "aa 55 01 20 01 00 00 43 c0"),
    (
        LedWindow("05", "社保", "人社局"),
        0x21,
        "aa 55 01 21 40 0f 00 01 30 35 1f c9 e7 b1 a3 1f c8 cb c9 e7 be d6 d7 1d",
    ),
    (LedTicket("A012", "05"), 0x22, "aa 55 01 22 41 08 00 01 41 30 31 32 1f 30 35 aa 50"),
    (LedStatus(LedState.AWAY, "外出", "14:30"), 0x23, "aa 55 01 23 42 0c 00 02 01 cd e2 b3 f6 1f 31 34 3a 33 30 97 b1"),
    (LedText("欢迎", True, 5), 0x24, "aa 55 01 24 43 07 00 01 05 01 bb b6 d3 ad 87 00"),
    (LedClear(), 0x25, "aa 55 01 25 44 00 00 52 d9"),
    (DeviceStatus(0, 1, "LED"), 0x26, "aa 55 01 26 81 05 00 00 01 4c 45 44 fd 87"),
    (Ack(0x41), 0x22, None),
    (Nak(0x41, NakCode.UNSUPPORTED_ENCODING), 0x22, None),
]


@pytest.mark.parametrize(("message", "seq", "wire"), [c for c in CASES if c[2]], ids=lambda v: type(v).__name__)
def test_encode_is_byte_exact_in_gb2312(message: object, seq: int, wire: str) -> None:
    assert CdkLedCodec(1, "GB2312").encode(message, seq) == bytes.fromhex(wire)


@pytest.mark.parametrize(("message", "seq", "wire"), CASES, ids=lambda v: type(v).__name__)
def test_round_trip_for_every_command(message: object, seq: int, wire: str | None) -> None:
    codec = CdkLedCodec(1, "gb2312")
    data = bytes.fromhex(wire) if wire else codec.encode(message, seq)
    (packet,) = codec.decoder().feed(data)
    assert (packet.message, packet.seq) == (message, seq)


def test_every_command_byte_is_covered() -> None:
    codec = CdkLedCodec(1, "gb2312")
    assert {codec.command_of(message) for message, _, _ in CASES} == {int(c) for c in Cmd}


@pytest.mark.parametrize(
    ("encoding", "code", "text_bytes"),
    [
        ("GB2312", 0x01, "c7 eb"),
        ("gb18030", 0x02, "c7 eb"),
        ("UTF-8", 0x03, "e8 af b7"),
    ],
)
def test_encoding_byte_and_text_follow_the_configured_encoding(encoding: str, code: int, text_bytes: str) -> None:
    frame = CdkLedCodec(1, encoding).encode(LedText("请", False, 1), 1)
    assert frame[7:10] == bytes((0, 1, code))
    assert frame[10:-2] == bytes.fromhex(text_bytes)
    (packet,) = CdkLedCodec(1).decoder(keep_frames=True).feed(frame)
    assert packet.message == LedText("请", False, 1)


def test_characters_outside_gb2312_become_question_marks_not_errors() -> None:
    # 镕 is in GB18030 but not GB2312; an old controller shows "?" instead of failing the call
    frame = CdkLedCodec(1, "gb2312").encode(LedTicket("A012", "朱镕"), 1)
    (packet,) = CdkLedCodec().decoder().feed(frame)
    assert packet.message == LedTicket("A012", "朱?")
    frame18030 = CdkLedCodec(1, "gb18030").encode(LedTicket("A012", "朱镕"), 1)
    (packet,) = CdkLedCodec().decoder().feed(frame18030)
    assert packet.message == LedTicket("A012", "朱镕")


def test_emulator_can_tell_which_encoding_a_frame_used() -> None:
    decoder = CdkLedCodec().decoder(keep_frames=True)
    decoder.feed(CdkLedCodec(1, "utf-8").encode(LedStatus(LedState.PAUSED, "暂停服务"), 1))
    assert encoding_of(decoder.frames[0]) == "utf-8"


@pytest.mark.parametrize(
    ("command", "payload", "code"),
    [
        (Cmd.TICKET, b"\x09A012\x1f05", NakCode.UNSUPPORTED_ENCODING),
        (Cmd.TICKET, b"\x01A012", NakCode.BAD_PAYLOAD),
        (Cmd.STATE, b"\x07\x01x\x1f", NakCode.BAD_PAYLOAD),
        (Cmd.TEXT, b"\x01\x00\x01hi", NakCode.BAD_PAYLOAD),  # speed 0
        (Cmd.CLEAR, b"\x00", NakCode.BAD_PAYLOAD),
        (0x50, b"", NakCode.UNKNOWN_COMMAND),
    ],
)
def test_malformed_frames_are_reported_with_the_nak_code(command: int, payload: bytes, code: int) -> None:
    (packet,) = CdkLedCodec().decoder().feed(encode_frame(1, 4, command, payload))
    assert isinstance(packet.message, Malformed)
    assert packet.message.code == code


def test_unknown_encoding_setting_is_a_config_error_in_chinese() -> None:
    assert normalize_encoding("gb-2312") == "gb2312"
    with pytest.raises(ConfigError, match="窗口屏不支持的文字编码"):
        CdkLedCodec(1, "big5")
