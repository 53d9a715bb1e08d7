"""The CDK frame: CRC-16/MODBUS, exact layout, and a decoder that survives a noisy line."""

from __future__ import annotations

import pytest

from app.devices.codecs.framing import Frame, FrameDecoder, crc16_modbus, encode_frame, join_fields, split_fields

PING = bytes.fromhex("aa 55 01 10 01 00 00 4c c0")
TICKET = bytes.fromhex("aa 55 01 22 41 08 00 01 41 30 31 32 1f 30 35 aa 50")


def test_crc16_modbus_matches_the_published_check_value() -> None:
    assert crc16_modbus(b"123456789") == 0x4B37
    assert crc16_modbus(b"") == 0xFFFF


def test_ping_frame_worked_example_from_the_protocol_document() -> None:
    # body 01 10 01 00 00 → CRC 0xC04C, sent low byte first
    assert crc16_modbus(bytes.fromhex("01 10 01 00 00")) == 0xC04C
    assert encode_frame(1, 0x10, 0x01) == PING


def test_frame_round_trip_keeps_every_field() -> None:
    frame = Frame(0x05, 0xFE, 0x41, b"\x01A012\x1f05")
    assert FrameDecoder().feed(frame.to_bytes()) == [frame]


def test_frame_rejects_out_of_range_fields() -> None:
    with pytest.raises(ValueError):
        Frame(256, 0, 1)
    with pytest.raises(ValueError):
        Frame(1, 0, 1, b"x" * 1025)


def test_split_reads_byte_by_byte_yield_the_frame_once_complete() -> None:
    decoder = FrameDecoder()
    got: list[Frame] = []
    for index in range(len(TICKET)):
        got += decoder.feed(TICKET[index : index + 1])
        if index < len(TICKET) - 1:
            assert got == []
    assert [f.payload for f in got] == [b"\x01A012\x1f05"]
    assert decoder.pending == 0


def test_merged_reads_yield_every_frame_in_order() -> None:
    frames = FrameDecoder().feed(PING + TICKET + PING)
    assert [f.command for f in frames] == [0x01, 0x41, 0x01]


def test_garbage_between_frames_is_skipped_and_counted() -> None:
    decoder = FrameDecoder()
    frames = decoder.feed(b"\x00\xff noise \xaa" + PING + b"\x55\xaa\x13" + TICKET + b"tail")
    assert [f.command for f in frames] == [0x01, 0x41]
    assert decoder.rejected == 0
    assert decoder.skipped > 0


def test_bad_checksum_drops_only_that_frame() -> None:
    corrupted = bytearray(TICKET)
    corrupted[9] ^= 0x01  # flip a bit inside the payload
    decoder = FrameDecoder()
    frames = decoder.feed(bytes(corrupted) + PING)
    assert [f.command for f in frames] == [0x01]
    assert decoder.rejected == 1


def test_frame_hidden_inside_a_corrupted_frame_is_found() -> None:
    # a header whose claimed length swallows the real frame that follows
    fake = bytes.fromhex("aa 55 01 00 41 0a 00")
    frames = FrameDecoder().feed(fake + PING + b"\x00" * 8)
    assert [f.command for f in frames] == [0x01]


def test_impossible_length_resynchronises_immediately() -> None:
    decoder = FrameDecoder()
    frames = decoder.feed(bytes.fromhex("aa 55 01 00 41 ff ff") + PING)
    assert [f.command for f in frames] == [0x01]
    assert decoder.rejected == 1


def test_trailing_header_byte_is_kept_for_the_next_read() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(b"junk" + PING[:1]) == []
    assert decoder.feed(PING[1:]) == [Frame(1, 0x10, 0x01)]


def test_text_fields_round_trip_and_refuse_the_separator() -> None:
    payload = join_fields(("05", "社保窗口", ""), "gb18030")
    assert payload == b"05\x1f\xc9\xe7\xb1\xa3\xb4\xb0\xbf\xda\x1f"
    assert split_fields(payload, "gb18030") == ["05", "社保窗口", ""]
    with pytest.raises(ValueError):
        join_fields(("a\x1fb",), "gb18030")
