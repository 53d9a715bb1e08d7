"""docs/protocols/idcard-sam.md: every frame and the text block are real."""

from __future__ import annotations

import re
from pathlib import Path

from app.devices.codecs.idcard_sam import SamDecoder, encode_command, encode_response
from app.devices.codecs.idcard_text import decode_text, encode_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocols" / "idcard-sam.md"


def _blocks(lang: str) -> list[bytes]:
    text = DOC.read_text(encoding="utf-8")
    return [bytes.fromhex(b) for b in re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)]


def test_every_frame_example_is_one_frame_that_re_encodes_identically() -> None:
    frames = _blocks("sam")
    assert len(frames) >= 12
    for data in frames:
        direction = "command" if len(data) == 10 and data[7] in (0x11, 0x12, 0x20, 0x30) else "response"
        decoder = SamDecoder(direction)
        (frame,) = decoder.feed(data)
        assert decoder.rejected == 0 and decoder.pending == 0
        again = encode_command(frame) if direction == "command" else encode_response(frame)  # type: ignore[arg-type]
        assert again == data, data.hex(" ")


def test_the_documented_text_block_is_the_card_the_text_describes() -> None:
    (block,) = _blocks("textblock")
    card = decode_text(block)
    text = DOC.read_text(encoding="utf-8")
    for value in (card.name, card.address, card.id_number, card.authority):
        assert value in text
    assert (card.name, card.sex_zh, card.nation_zh, card.birth, card.valid_to) == (
        "王𬌗",
        "男",
        "汉",
        "19900307",
        "20350601",
    )
    assert encode_text(card) == block


def test_the_documented_2023_foreigner_block_is_the_demo_card() -> None:
    from app.devices.emulators.idcard import DEMO_CARDS

    (block,) = _blocks("textblock-y")
    card = decode_text(block)
    text = DOC.read_text(encoding="utf-8")
    for value in (card.name, card.english_name, card.id_number):
        assert value in text
    assert card == DEMO_CARDS["外国人2023"].data.with_photo(b"")
    assert encode_text(card) == block
