"""CDK-EVAL/1: every command in both directions, byte for byte, and malformed payloads."""

from __future__ import annotations

import pytest

from app.devices.codecs.base import Malformed
from app.devices.codecs.evaluator_serial import PHOTO_CHUNK, CdkEvalCodec, Cmd, NakCode
from app.devices.codecs.framing import encode_frame
from app.devices.messages import (
    Ack,
    Away,
    CancelRating,
    DeviceStatus,
    Nak,
    Pause,
    PhotoChunk,
    Ping,
    RatingExpired,
    RatingResult,
    RequestRating,
    Resume,
    Welcome,
)

CASES = [
    # host → evaluator
    (Ping(), 0x10, "aa 55 01 10 01 00 00 4c c0"),
    (
        Welcome("05", "社保", "张三", "0123", True),
        0x13,
        "aa 55 01 13 10 12 00 01 30 35 1f c9 e7 b1 a3 1f d5 c5 c8 fd 1f 30 31 32 33 12 71",
    ),
    (PhotoChunk(0, 2, b"\xff\xd8"), 0x14, "aa 55 01 14 11 06 00 00 00 02 00 ff d8 42 30"),
    (RequestRating(7, "A012", 60), 0x15, "aa 55 01 15 20 08 00 07 00 3c 00 41 30 31 32 22 1f"),
    (CancelRating(7), 0x16, "aa 55 01 16 21 02 00 07 00 b6 b9"),
    (Pause("暂停服务"), 0x17, "aa 55 01 17 30 08 00 d4 dd cd a3 b7 fe ce f1 4d b2"),
    (
        Away("开会", "三楼", "0571-1", "14:30"),
        0x18,
        "aa 55 01 18 31 16 00 bf aa bb e1 1f c8 fd c2 a5 1f 30 35 37 31 2d 31 1f 31 34 3a 33 30 44 1c",
    ),
    (Resume(), 0x19, "aa 55 01 19 32 00 00 bf 53"),
    # evaluator → host
    (Ack(0xA0), 0x11, "aa 55 01 11 06 01 00 a0 ac f9"),
    (Nak(0x20, 3), 0x12, "aa 55 01 12 15 02 00 20 03 5d 08"),
    (DeviceStatus(3, 0, "EV"), 0x1A, "aa 55 01 1a 81 04 00 03 00 45 56 a4 75"),
    (RatingResult(7, 2, ("慢",)), 0x1B, "aa 55 01 1b a0 05 00 07 00 02 c2 fd 44 ab"),
    (RatingResult(7, 5), 0x1C, "aa 55 01 1c a0 03 00 07 00 05 71 64"),
    (RatingExpired(7), 0x1D, "aa 55 01 1d a1 02 00 07 00 b6 1c"),
]


@pytest.mark.parametrize(("message", "seq", "wire"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_encode_is_byte_exact(message: object, seq: int, wire: str) -> None:
    assert CdkEvalCodec(1).encode(message, seq) == bytes.fromhex(wire)


@pytest.mark.parametrize(("message", "seq", "wire"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_decode_gives_back_the_message_and_seq(message: object, seq: int, wire: str) -> None:
    (packet,) = CdkEvalCodec(1).decoder().feed(bytes.fromhex(wire))
    assert packet.message == message
    assert packet.seq == seq
    assert packet.raw == bytes.fromhex(wire)


def test_every_command_byte_has_a_case() -> None:
    covered = {bytes.fromhex(wire)[4] for _, _, wire in CASES}
    assert covered == {int(c) for c in Cmd}


def test_whole_conversation_split_and_merged_with_noise() -> None:
    stream = b"".join(b"\x00\x13" + bytes.fromhex(wire) for _, _, wire in CASES)
    decoder = CdkEvalCodec(1).decoder()
    got = []
    for start in range(0, len(stream), 5):
        got += decoder.feed(stream[start : start + 5])
    assert [p.message for p in got] == [message for message, _, _ in CASES]


def test_welcome_with_photo_expands_into_chunks_that_reassemble() -> None:
    photo = bytes(range(256)) * 5  # 1280 bytes → 3 chunks
    parts = CdkEvalCodec().expand(Welcome("05", "社保", "张三", "0123", False, photo))
    assert isinstance(parts[0], Welcome) and parts[0].photo is None
    chunks = parts[1:]
    assert [c.index for c in chunks] == [0, 1, 2]  # type: ignore[attr-defined]
    assert all(c.count == 3 for c in chunks)  # type: ignore[attr-defined]
    assert len(chunks[0].data) == PHOTO_CHUNK  # type: ignore[attr-defined]
    assert b"".join(c.data for c in chunks) == photo  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("command", "payload", "code"),
    [
        (Cmd.RATE_RESULT, b"\x07\x00\x07", NakCode.BAD_PAYLOAD),  # score 7 does not exist
        (Cmd.RATE_RESULT, b"\x07\x00\x00", NakCode.BAD_PAYLOAD),  # score 0 neither
        (Cmd.RATE_REQUEST, b"\x07\x00", NakCode.BAD_PAYLOAD),  # too short
        (Cmd.WELCOME, b"\x00only\x1ftwo", NakCode.BAD_PAYLOAD),  # 2 of 4 fields
        (Cmd.PAUSE, b"\xff\xff\xff", NakCode.BAD_PAYLOAD),  # not GB18030
        (Cmd.PHOTO, b"\x02\x00\x02\x00", NakCode.BAD_PAYLOAD),  # index ≥ count
        (0x77, b"", NakCode.UNKNOWN_COMMAND),
    ],
)
def test_malformed_payload_becomes_a_nak_reason(command: int, payload: bytes, code: int) -> None:
    (packet,) = CdkEvalCodec().decoder().feed(encode_frame(1, 9, command, payload))
    assert isinstance(packet.message, Malformed)
    assert packet.message.code == code
    assert packet.seq == 9


def test_device_side_decoder_ignores_frames_for_other_bus_addresses() -> None:
    decoder = CdkEvalCodec().decoder(accept_address=2)
    to_one = CdkEvalCodec(1).encode(Resume(), 1)
    to_two = CdkEvalCodec(2).encode(Resume(), 2)
    broadcast = CdkEvalCodec(0xFF).encode(Resume(), 3)
    assert [p.seq for p in decoder.feed(to_one + to_two + broadcast)] == [2, 3]


def test_rating_result_rejects_invented_scores() -> None:
    with pytest.raises(ValueError):
        RatingResult(1, 6)
