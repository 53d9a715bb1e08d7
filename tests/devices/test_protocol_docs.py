"""The protocol documents' examples are real: every hex frame and JSON message decodes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.devices.codecs.base import Malformed
from app.devices.codecs.evaluator_serial import CdkEvalCodec
from app.devices.codecs.evaluator_ws import EvalWsCodec
from app.devices.codecs.framing import FrameDecoder
from app.devices.codecs.led_serial import CdkLedCodec, encoding_of

DOCS = Path(__file__).resolve().parents[2] / "docs" / "protocols"


def _blocks(name: str, lang: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize(("doc", "codec"), [("evaluator-serial.md", CdkEvalCodec()), ("led-serial.md", CdkLedCodec())])
def test_every_hex_example_is_one_valid_frame(doc: str, codec: object) -> None:
    blocks = _blocks(doc, "hex")
    assert len(blocks) >= 10
    for block in blocks:
        data = bytes.fromhex(block)
        frames = FrameDecoder().feed(data)
        assert len(frames) == 1 and frames[0].to_bytes() == data, block
        (packet,) = codec.decoder().feed(data)  # type: ignore[attr-defined]
        assert not isinstance(packet.message, Malformed), (block, packet.message)
        if isinstance(codec, CdkLedCodec):
            codec = CdkLedCodec(1, encoding_of(frames[0]) or "gb18030")
        assert codec.encode(packet.message, packet.seq) == data  # type: ignore[attr-defined]


def test_every_json_example_decodes_and_re_encodes_identically() -> None:
    blocks = _blocks("evaluator-websocket.md", "json")
    assert len(blocks) >= 12
    codec = EvalWsCodec()
    for block in blocks:
        (packet,) = codec.decoder().feed(block.encode("utf-8"))
        assert not isinstance(packet.message, Malformed), (block, packet.message)
        if '"error"' not in block:
            assert json.loads(codec.encode(packet.message, packet.seq)) == json.loads(block)


def test_documented_worked_crc_example() -> None:
    text = (DOCS / "evaluator-serial.md").read_text(encoding="utf-8")
    assert "`0xFC49`" in text and "`0x4B37`" in text
