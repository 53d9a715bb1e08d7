"""CMPP 2.0 frames: the header, each body's field offsets, the authenticators, long-message segments."""

from __future__ import annotations

import hashlib
import struct
from datetime import datetime

import pytest

from app.sms import cmpp


def test_header_is_total_length_command_sequence_big_endian() -> None:
    frame = cmpp.encode(0x01020304, cmpp.ActiveTest())
    assert frame == bytes.fromhex("0000000C 00000008 01020304")
    assert cmpp.encode(7, cmpp.ActiveTestResp()) == bytes.fromhex("0000000D 80000008 00000007 00")


def test_connect_authenticator_is_md5_of_addr_nine_zeros_secret_timestamp() -> None:
    timestamp = cmpp.timestamp_of(datetime(2026, 1, 2, 3, 4, 5))
    assert timestamp == 102030405
    expected = hashlib.md5(b"901234" + bytes(9) + b"s3cret" + b"0102030405").digest()
    auth = cmpp.authenticator_source("901234", "s3cret", timestamp)
    assert auth == expected
    frame = cmpp.encode(1, cmpp.Connect("901234", auth, timestamp))
    assert len(frame) == 39
    assert frame[12:18] == b"901234" and frame[18:34] == expected and frame[34] == 0x20
    assert struct.unpack(">I", frame[35:39]) == (102030405,)
    assert cmpp.decode(frame).body == cmpp.Connect("901234", expected, 102030405)


def test_connect_resp_status_is_one_byte_and_ismg_authenticator() -> None:
    source = bytes(range(16))
    ismg = cmpp.authenticator_ismg(0, source, "s3cret")
    assert ismg == hashlib.md5(b"\x00" + source + b"s3cret").digest()
    frame = cmpp.encode(9, cmpp.ConnectResp(3, ismg))
    assert len(frame) == 30 and frame[12] == 3 and frame[13:29] == ismg
    assert cmpp.decode(frame).body == cmpp.ConnectResp(3, ismg, 0x20)
    assert cmpp.connect_status_text(3) == "认证错"
    assert cmpp.connect_status_text(9) == "其他错误（9）"


def test_submit_fields_sit_at_their_offsets_and_round_trip() -> None:
    content = "您好".encode("utf-16-be")
    submit = cmpp.Submit("901234", "106900001234", ("13800138000",), content, service_id="ZWFW")
    frame = cmpp.encode(2, submit)
    body = frame[12:]
    assert len(frame) == 12 + 117 + 21 + 1 + len(content) + 8
    assert body[:8] == bytes(8) and body[8] == 1 and body[9] == 1  # Msg_Id 0, Pk_total, Pk_number
    assert body[12:22] == b"ZWFW" + bytes(6)
    assert body[22] == 2  # Fee_UserType: the SP pays
    assert body[46] == 8  # Msg_Fmt UCS-2
    assert body[47:53] == b"901234"
    assert body[53:55] == b"01" and body[55:61] == b"000000"
    assert body[95:116] == b"106900001234" + bytes(9)
    assert body[116] == 1 and body[117:138] == b"13800138000" + bytes(10)
    assert body[138] == 4 and body[139:143] == bytes.fromhex("60A8 597D") and body[143:] == bytes(8)
    decoded = cmpp.decode(frame).body
    assert decoded == submit
    assert isinstance(decoded, cmpp.Submit) and decoded.text() == "您好"


def test_submit_resp_and_msg_id_bit_layout() -> None:
    msg_id = cmpp.make_msg_id(datetime(2026, 12, 31, 23, 59, 58), 0x3FFFFF, 0xFFFF)
    assert msg_id >> 60 == 12 and (msg_id >> 55) & 0x1F == 31 and (msg_id >> 50) & 0x1F == 23
    assert (msg_id >> 44) & 0x3F == 59 and (msg_id >> 38) & 0x3F == 58
    assert (msg_id >> 16) & 0x3FFFFF == 0x3FFFFF and msg_id & 0xFFFF == 0xFFFF
    frame = cmpp.encode(5, cmpp.SubmitResp(msg_id, 8))
    assert len(frame) == 21 and frame[12:20] == msg_id.to_bytes(8, "big") and frame[20] == 8
    assert cmpp.decode(frame).body == cmpp.SubmitResp(msg_id, 8)
    assert cmpp.submit_result_text(8) == "流量控制错"
    assert cmpp.msg_id_text(1) == "0000000000000001"


def test_seventy_characters_go_in_one_segment_seventy_one_in_two() -> None:
    assert cmpp.split_text("字" * 70, 1) == [(0, ("字" * 70).encode("utf-16-be"))]
    segments = cmpp.split_text("字" * 71, 0x2A)
    assert [udhi for udhi, _ in segments] == [1, 1]
    assert segments[0][1][:6] == bytes([5, 0, 3, 0x2A, 2, 1]) and len(segments[0][1]) == 6 + 134
    assert segments[1][1] == bytes([5, 0, 3, 0x2A, 2, 2]) + ("字" * 4).encode("utf-16-be")
    assert cmpp.segment_count("字" * 70) == 1 and cmpp.segment_count("字" * 135) == 3


def test_a_surrogate_pair_is_never_cut() -> None:
    text = "字" * 66 + "𠀀" + "字" * 10  # U+20000 lands on units 67–68
    segments = cmpp.split_text(text, 3)
    first = segments[0][1][6:]
    assert len(first) == 66 * 2  # the pair moved whole to the second segment
    joined = b"".join(content[6:] for _, content in segments).decode("utf-16-be")
    assert joined == text


def test_stream_decoder_takes_frames_split_anywhere() -> None:
    stream = (
        cmpp.encode(1, cmpp.ActiveTest()) + cmpp.encode(2, cmpp.SubmitResp(42, 0)) + cmpp.encode(3, cmpp.Terminate())
    )
    for cut in range(1, len(stream)):
        decoder = cmpp.StreamDecoder()
        frames = list(decoder.feed(stream[:cut])) + list(decoder.feed(stream[cut:]))
        assert [f.sequence_id for f in frames] == [1, 2, 3], cut
        assert frames[1].body == cmpp.SubmitResp(42, 0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (bytes.fromhex("00000008 00000008 00000001"), "不合理"),
        (bytes.fromhex("00100000 00000008 00000001"), "不合理"),
        (bytes.fromhex("0000000C 00000003 00000001"), "未知命令 0x00000003"),
        (bytes.fromhex("0000000D 80000004 00000001 00"), "CMPP_SUBMIT_RESP 消息体不足"),
    ],
)
def test_broken_streams_are_refused_with_a_reason(raw: bytes, message: str) -> None:
    with pytest.raises(cmpp.CmppError, match=message):
        list(cmpp.StreamDecoder().feed(raw))


def test_octet_fields_refuse_values_that_do_not_fit() -> None:
    with pytest.raises(ValueError, match="字段超长"):
        cmpp.encode(1, cmpp.Submit("9012345", "1069", ("138",), b""))
