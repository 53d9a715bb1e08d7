"""docs/protocols/cmpp.md: every frame shown is the codec's bytes for the inputs the text states."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

from app.sms import cmpp

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocols" / "cmpp.md"


def _frames() -> dict[str, bytes]:
    text = DOC.read_text(encoding="utf-8")
    return {name: bytes.fromhex(block) for name, block in re.findall(r"```hex (\w+)\n(.*?)```", text, flags=re.S)}


def test_documented_frames_are_exactly_what_the_codec_sends() -> None:
    frames = _frames()
    ts = 1207165000
    assert cmpp.timestamp_of(datetime(2026, 12, 7, 16, 50, 0)) == ts
    auth = hashlib.md5(b"901234" + bytes(9) + b"demo-secret" + b"1207165000").digest()
    assert auth.hex().upper() in DOC.read_text(encoding="utf-8")
    short = "【城东区政务服务中心】您的办件已受理，办件号HD20261207-03-1-0001。"
    assert len(short) == 43
    msg_id = cmpp.make_msg_id(datetime(2026, 12, 7, 16, 50, 1), 1234, 1)
    assert cmpp.msg_id_text(msg_id) == "C3C3204004D20001"
    expected = {
        "connect": cmpp.encode(1, cmpp.Connect("901234", auth, ts)),
        "connect_resp": cmpp.encode(1, cmpp.ConnectResp(0, hashlib.md5(b"\0" + auth + b"demo-secret").digest())),
        "submit": cmpp.encode(
            2, cmpp.Submit("901234", "106900001234", ("13800138000",), short.encode("utf-16-be"), service_id="ZWFW")
        ),
        "submit_resp": cmpp.encode(2, cmpp.SubmitResp(msg_id, 0)),
        "active_test": cmpp.encode(3, cmpp.ActiveTest()),
        "active_test_resp": cmpp.encode(3, cmpp.ActiveTestResp()),
        "terminate": cmpp.encode(4, cmpp.Terminate()),
        "terminate_resp": cmpp.encode(4, cmpp.TerminateResp()),
    }
    for name, frame in expected.items():
        assert frames[name] == frame, name
    assert frames["connect"][:12] == bytes.fromhex("00000027 00000001 00000001")
    long_one = cmpp.decode(frames["submit_long_1"])
    assert long_one.sequence_id == 5
    body = long_one.body
    assert isinstance(body, cmpp.Submit)
    assert body.concatenation() == (0x2A, 2, 1) and body.pk_total == 2 and body.pk_number == 1
    assert body.dest_terminal_ids == ("13900139000",)
    assert body.text().startswith("【城东区政务服务中心】您申请的事项需要补正材料") and len(body.text()) == 67
    assert cmpp.encode(5, body) == frames["submit_long_1"]
