"""cdk-eval-ws/1: JSON messages for tablet evaluators over WebSocket (docs/protocols/evaluator-websocket.md).

Modelled on the Login / RateRequest / RateSubmit exchange tablet vendors already use, with
a version field, message ids and explicit acknowledgements so the host driver can treat a
tablet exactly like a serial keypad. The decoder accepts a byte stream (several messages
in one read, one message over several reads, junk in between), so the same codec also
works over a plain TCP line.
"""

from __future__ import annotations

import base64
import binascii
import codecs as _codecs
import json

from app.devices.codecs.base import Malformed
from app.devices.codecs.evaluator_serial import COMMAND_NAMES_ZH, Cmd, NakCode
from app.devices.errors import ProtocolError
from app.devices.messages import (
    Ack,
    Away,
    CancelRating,
    DeviceStatus,
    Nak,
    Packet,
    Pause,
    Ping,
    RatingExpired,
    RatingResult,
    RequestRating,
    Resume,
    Welcome,
)

NAME = "cdk-eval-ws/1"
VERSION = 1
#: the largest message we buffer while waiting for its end
MAX_MESSAGE = 1 << 20

#: JSON ``type`` ⇄ the CDK-EVAL/1 command byte it corresponds to (used in ack/nak ``of``)
TYPE_TO_CMD: dict[str, int] = {
    "ping": Cmd.PING,
    "ack": Cmd.ACK,
    "nak": Cmd.NAK,
    "login": Cmd.WELCOME,
    "rateRequest": Cmd.RATE_REQUEST,
    "rateCancel": Cmd.RATE_CANCEL,
    "pause": Cmd.PAUSE,
    "away": Cmd.AWAY,
    "resume": Cmd.RESUME,
    "status": Cmd.STATUS,
    "rateSubmit": Cmd.RATE_RESULT,
    "rateTimeout": Cmd.RATE_EXPIRED,
}
CMD_TO_TYPE: dict[int, str] = {cmd: name for name, cmd in TYPE_TO_CMD.items()}

CAP_NAMES: dict[str, int] = {"photo": DeviceStatus.CAP_PHOTO, "reasons": DeviceStatus.CAP_REASONS}
STATE_NAMES: tuple[str, ...] = ("idle", "rating", "paused", "away")


def to_json(message: object, msg_id: int) -> dict[str, object]:
    """The JSON object for ``message`` (any direction)."""
    head: dict[str, object] = {"v": VERSION, "id": msg_id}
    match message:
        case Ping():
            body: dict[str, object] = {"type": "ping"}
        case Ack(command=command):
            body = {"type": "ack", "of": CMD_TO_TYPE.get(command, str(command))}
        case Nak(command=command, code=code):
            body = {"type": "nak", "of": CMD_TO_TYPE.get(command, str(command)), "code": code}
        case Welcome():
            body = {
                "type": "login",
                "winNum": message.window_code,
                "winName": message.window_name,
                "userName": message.staff_name,
                "userCode": message.staff_no,
                "partyMember": message.party_member,
                "photo": base64.b64encode(message.photo).decode("ascii") if message.photo else None,
            }
        case RequestRating(request_id=rid, reference=ref, timeout_s=timeout):
            body = {"type": "rateRequest", "rateId": rid, "ref": ref, "timeout": timeout}
        case CancelRating(request_id=rid):
            body = {"type": "rateCancel", "rateId": rid}
        case Pause(message=text):
            body = {"type": "pause", "message": text}
        case Away():
            body = {
                "type": "away",
                "reason": message.reason,
                "whereabouts": message.whereabouts,
                "contact": message.contact,
                "returnAt": message.expected_return,
            }
        case Resume():
            body = {"type": "resume"}
        case DeviceStatus(caps=caps, state=state, model=model):
            names = [name for name, bit in CAP_NAMES.items() if caps & bit]
            state_name = STATE_NAMES[state] if state < len(STATE_NAMES) else str(state)
            body = {"type": "status", "caps": names, "state": state_name, "model": model}
        case RatingResult(request_id=rid, score=score, reasons=reasons):
            body = {"type": "rateSubmit", "rateId": rid, "score": score, "reasons": list(reasons)}
        case RatingExpired(request_id=rid):
            body = {"type": "rateTimeout", "rateId": rid}
        case _:
            raise ProtocolError(f"cdk-eval-ws/1 不支持的消息：{type(message).__name__}")
    return head | body


def _str(obj: dict[str, object], key: str, default: str | None = None) -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"字段 {key} 应为字符串")
    return value


def _int(obj: dict[str, object], key: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"字段 {key} 应为整数")
    return value


def from_json(obj: dict[str, object]) -> object:
    """Message of a decoded JSON object; raises ``ProtocolError`` with a NAK code."""
    kind = obj.get("type")
    try:
        if obj.get("v") != VERSION:
            raise ValueError(f"协议版本应为 {VERSION}，收到 {obj.get('v')!r}")
        return _from_json(kind, obj)
    except (ValueError, TypeError, KeyError, binascii.Error) as exc:
        raise ProtocolError(f"cdk-eval-ws/1 消息格式错误（{kind}）：{exc}", nak_code=NakCode.BAD_PAYLOAD) from exc


def _from_json(kind: object, obj: dict[str, object]) -> object:
    if kind == "ping":
        return Ping()
    if kind == "ack":
        return Ack(TYPE_TO_CMD[_str(obj, "of")])
    if kind == "nak":
        return Nak(TYPE_TO_CMD.get(_str(obj, "of"), 0), _int(obj, "code"))
    if kind == "login":
        photo = obj.get("photo")
        return Welcome(
            _str(obj, "winNum"),
            _str(obj, "winName", ""),
            _str(obj, "userName"),
            _str(obj, "userCode"),
            bool(obj.get("partyMember", False)),
            base64.b64decode(photo, validate=True) if isinstance(photo, str) and photo else None,
        )
    if kind == "rateRequest":
        return RequestRating(_int(obj, "rateId"), _str(obj, "ref"), _int(obj, "timeout"))
    if kind == "rateCancel":
        return CancelRating(_int(obj, "rateId"))
    if kind == "pause":
        return Pause(_str(obj, "message", "暂停服务"))
    if kind == "away":
        return Away(_str(obj, "reason"), _str(obj, "whereabouts"), _str(obj, "contact"), _str(obj, "returnAt"))
    if kind == "resume":
        return Resume()
    if kind == "status":
        caps_list = obj.get("caps", [])
        if not isinstance(caps_list, list):
            raise ValueError("字段 caps 应为数组")
        caps = 0
        for name in caps_list:
            caps |= CAP_NAMES.get(str(name), 0)
        state = _str(obj, "state", "idle")
        return DeviceStatus(caps, STATE_NAMES.index(state) if state in STATE_NAMES else 0, _str(obj, "model", ""))
    if kind == "rateSubmit":
        reasons = obj.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise ValueError("字段 reasons 应为字符串数组")
        return RatingResult(_int(obj, "rateId"), _int(obj, "score"), tuple(reasons))
    if kind == "rateTimeout":
        return RatingExpired(_int(obj, "rateId"))
    raise ProtocolError(f"cdk-eval-ws/1 未知消息类型：{kind!r}", nak_code=NakCode.UNKNOWN_COMMAND)


def _object_end(text: str) -> int | None:
    """Index just past the ``}`` closing the object that starts at ``text[0]``; ``None`` if not there yet."""
    depth = 0
    in_string = False
    escaped = False
    for index, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


class JsonStreamDecoder:
    """Incremental JSON-object decoder: ``feed(bytes) -> list[Packet]``.

    Resynchronises on the next ``{`` after junk or an invalid object, and waits when an
    object is merely incomplete.
    """

    def __init__(self, keep_messages: bool = False) -> None:
        self._utf8 = _codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._text = ""
        self._keep = keep_messages
        #: raw objects received, when ``keep_messages``
        self.objects: list[dict[str, object]] = []
        #: invalid objects dropped
        self.rejected = 0
        #: non-blank characters skipped outside any object
        self.skipped = 0

    def feed(self, data: bytes) -> list[Packet]:
        self._text += self._utf8.decode(data)
        packets: list[Packet] = []
        while True:
            start = self._text.find("{")
            junk = self._text if start < 0 else self._text[:start]
            self.skipped += sum(1 for ch in junk if not ch.isspace())
            if start < 0:
                self._text = ""
                break
            self._text = self._text[start:]
            end = _object_end(self._text)
            if end is None:
                if len(self._text) >= MAX_MESSAGE:
                    self.rejected += 1
                    self._text = self._text[1:]
                    continue
                break
            try:
                obj = json.loads(self._text[:end])
            except json.JSONDecodeError:
                self.rejected += 1
                self._text = self._text[1:]
                continue
            raw = self._text[:end]
            self._text = self._text[end:]
            if not isinstance(obj, dict):
                self.rejected += 1
                continue
            packets.append(self._packet(obj, raw))
        return packets

    def _packet(self, obj: dict[str, object], raw: str) -> Packet:
        if self._keep:
            self.objects.append(obj)
        msg_id = obj.get("id")
        seq = msg_id if isinstance(msg_id, int) and not isinstance(msg_id, bool) else 0
        try:
            message: object = from_json(obj)
        except ProtocolError as exc:
            message = Malformed(TYPE_TO_CMD.get(str(obj.get("type")), 0), exc.nak_code, exc.message)
        return Packet(seq, message, 0, raw.encode("utf-8"))


class EvalWsCodec:
    """cdk-eval-ws/1: one JSON object per WebSocket text message."""

    name = NAME

    def expand(self, message: object) -> list[object]:
        return [message]

    def encode(self, message: object, seq: int) -> bytes:
        return json.dumps(to_json(message, seq), ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def decoder(self, keep_messages: bool = False) -> JsonStreamDecoder:
        return JsonStreamDecoder(keep_messages)

    def describe(self, message: object) -> str:
        kind = str(to_json(message, 0)["type"])
        return COMMAND_NAMES_ZH.get(TYPE_TO_CMD.get(kind, -1), kind)

    def command_of(self, message: object) -> int:
        return TYPE_TO_CMD.get(str(to_json(message, 0)["type"]), 0)
