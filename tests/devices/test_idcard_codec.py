"""SAM frames and the card's text block, byte for byte."""

from __future__ import annotations

from datetime import date

import pytest

from app.devices.codecs.idcard_sam import (
    Cmd,
    SamCommand,
    SamDecoder,
    SamResponse,
    Sw3,
    describe_sw3,
    encode_command,
    encode_response,
    xor_check,
)
from app.devices.codecs.idcard_text import (
    FOREIGN_PR,
    FOREIGN_PR_2023,
    HMT_RESIDENCE,
    IdCardData,
    card_type_of,
    decode_text,
    encode_text,
)
from app.devices.emulators.idcard import DEMO_CARDS
from app.devices.errors import ProtocolError


def test_published_command_bytes() -> None:
    assert encode_command(SamCommand.of(Cmd.FIND_CARD)) == bytes.fromhex("aaaaaa96690003200122")
    assert encode_command(SamCommand.of(Cmd.SELECT_CARD)) == bytes.fromhex("aaaaaa96690003200221")
    assert encode_command(SamCommand.of(Cmd.READ_BASE)) == bytes.fromhex("aaaaaa96690003300132")
    assert encode_response(SamResponse(Sw3.FOUND, b"\0" * 4)) == bytes.fromhex(
        "aaaaaa966900080000 9f 00000000 97".replace(" ", "")
    )


def test_check_byte_is_xor_of_length_and_body() -> None:
    frame = encode_response(SamResponse(Sw3.OK, b"\x01\x02\x03"))
    assert frame[5:7] == (7).to_bytes(2, "big")  # SW1 SW2 SW3 + 3 data + CHK
    assert frame[-1] == xor_check(frame[5:-1])


def test_decoder_survives_split_reads_noise_and_a_damaged_frame() -> None:
    good = encode_response(SamResponse(Sw3.OK, b"\x00" * 8))
    found = encode_response(SamResponse(Sw3.FOUND, b"\x00" * 4))
    damaged = found[:-1] + bytes((found[-1] ^ 0x55,))
    stream = b"\x00\xaa\x13" + damaged + good + found
    decoder = SamDecoder("response")
    out = []
    for i in range(0, len(stream), 3):
        out += decoder.feed(stream[i : i + 3])
    assert [r.sw3 for r in out] == [Sw3.OK, Sw3.FOUND]
    assert decoder.rejected >= 1 and decoder.pending == 0


def test_command_decoder_reads_host_frames() -> None:
    decoder = SamDecoder("command")
    (cmd,) = decoder.feed(bytes.fromhex("aaaaaa96690003300132"))
    assert cmd.code == Cmd.READ_BASE


def test_status_bytes_are_told_in_chinese() -> None:
    assert describe_sw3(0x80) == "未放置证件"
    assert "0x7E" in describe_sw3(0x7E)


def test_resident_card_round_trip_with_an_extension_b_name() -> None:
    card = DEMO_CARDS["王𬌗"].data
    block = encode_text(card)
    assert len(block) == 256
    assert block[:6] == "王𬌗".encode("utf-16-le")  # 𬌗 is a surrogate pair
    back = decode_text(block, card.photo_wlt)
    assert back == card
    assert (back.name, back.sex_zh, back.nation_zh, back.birth_date) == ("王𬌗", "男", "汉", date(1990, 3, 7))
    assert back.card_type_zh == "居民身份证" and card_type_of(block) == ""
    assert not back.expired(date(2026, 1, 5)) and back.expired(date(2035, 6, 2))


def test_long_term_validity_never_expires() -> None:
    card = decode_text(encode_text(DEMO_CARDS["李〇芳"].data))
    assert card.valid_to == "长期" and card.valid_to_date is None and not card.expired(date(2099, 1, 1))


def test_foreigner_and_hmt_cards_are_recognised_by_their_type_letter() -> None:
    foreign = decode_text(encode_text(DEMO_CARDS["外国人"].data))
    assert foreign.card_type == FOREIGN_PR and foreign.card_type_zh == "外国人永久居留身份证"
    assert (foreign.english_name, foreign.name, foreign.nationality) == ("SMITH JOHN", "史密斯", "USA")
    hmt_block = encode_text(DEMO_CARDS["港澳台"].data)
    assert hmt_block[248:250] == "J".encode("utf-16-le")
    hmt = decode_text(hmt_block)
    assert hmt.card_type == HMT_RESIDENCE and hmt.pass_number == "H12345678" and hmt.id_number == "810000199508150045"


def test_the_2023_foreigner_card_is_decoded_with_both_names() -> None:
    card = DEMO_CARDS["外国人2023"].data
    block = encode_text(card)
    assert card_type_of(block) == FOREIGN_PR_2023 and block[248:250] == "Y".encode("utf-16-le")
    # resident order: Chinese name first, the 18-digit number where the resident's is
    assert block[:20] == "蒙哥马利·亚历山德拉".encode("utf-16-le")
    assert block[122:158].decode("utf-16-le") == "911826198802140021"
    # the English name's characters 1–35 stand where an address would, 36–46 after the validity
    assert block[52:122].decode("utf-16-le") == "MONTGOMERY-WILLIAMSON ALEXANDRA ELI"
    assert block[220:242].decode("utf-16-le") == "ZABETH     " and block[242:248].decode("utf-16-le") == "GBR"
    back = decode_text(block, card.photo_wlt)
    assert back == card and back.layout_known
    assert (back.name, back.english_name, back.sex_zh, back.nationality, back.birth_date) == (
        "蒙哥马利·亚历山德拉",
        "MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH",
        "女",
        "GBR",
        date(1988, 2, 14),
    )
    assert back.card_type_zh == "外国人永久居留身份证（2023年版）" and not back.expired(date(2026, 12, 7))


def test_a_2023_english_name_longer_than_46_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="english_name"):
        encode_text(IdCardData(card_type=FOREIGN_PR_2023, english_name="A" * 47))
    short = decode_text(encode_text(IdCardData(card_type=FOREIGN_PR_2023, english_name="LI MEI")))
    assert short.english_name == "LI MEI"


def test_unknown_layout_is_recognised_but_not_decoded() -> None:
    card = decode_text(encode_text(IdCardData(card_type="Z")))
    assert card.card_type == "Z" and not card.layout_known and card.card_type_zh == "未知证件类型“Z”"


def test_a_field_too_long_for_its_space_is_refused() -> None:
    with pytest.raises(ValueError, match="name"):
        encode_text(IdCardData(name="很" * 16))


def test_a_broken_block_raises_a_chinese_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="256"):
        decode_text(b"\x00" * 10)
    broken = bytearray(encode_text(DEMO_CARDS["王𬌗"].data))
    broken[0:2] = b"\x00\xd8"  # lone high surrogate
    broken[2:4] = b"A\x00"
    with pytest.raises(ProtocolError, match="name"):
        decode_text(bytes(broken))
