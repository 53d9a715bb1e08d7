"""CDK-EVAL/1: the reference serial protocol of keypad evaluators (docs/protocols/evaluator-serial.md).

Every message type maps to one command byte; the same table serves the host (driver)
and the device (emulator or a vendor's firmware), which is what makes byte-exact
round-trip tests possible.
"""

from __future__ import annotations

import struct
from dataclasses import replace
from enum import IntEnum

from app.devices.codecs.framing import Frame, FramedMessageDecoder, expect_length, join_fields, split_fields
from app.devices.errors import ProtocolError
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

NAME = "cdk-eval/1"
ENCODING = "gb18030"
#: photo bytes per PHOTO frame
PHOTO_CHUNK = 512


class Cmd(IntEnum):
    """Command bytes of CDK-EVAL/1."""

    PING = 0x01
    ACK = 0x06
    WELCOME = 0x10
    PHOTO = 0x11
    NAK = 0x15
    RATE_REQUEST = 0x20
    RATE_CANCEL = 0x21
    PAUSE = 0x30
    AWAY = 0x31
    RESUME = 0x32
    STATUS = 0x81
    RATE_RESULT = 0xA0
    RATE_EXPIRED = 0xA1


class NakCode(IntEnum):
    """Why a frame was refused."""

    BAD_CHECKSUM = 0x01
    UNKNOWN_COMMAND = 0x02
    BAD_PAYLOAD = 0x03
    BUSY = 0x04
    NO_SUCH_REQUEST = 0x05


COMMAND_NAMES_ZH: dict[int, str] = {
    Cmd.PING: "心跳",
    Cmd.ACK: "确认",
    Cmd.WELCOME: "欢迎信息",
    Cmd.PHOTO: "照片",
    Cmd.NAK: "否认",
    Cmd.RATE_REQUEST: "评价请求",
    Cmd.RATE_CANCEL: "取消评价",
    Cmd.PAUSE: "暂停服务",
    Cmd.AWAY: "去向留言",
    Cmd.RESUME: "恢复服务",
    Cmd.STATUS: "设备状态",
    Cmd.RATE_RESULT: "评价结果",
    Cmd.RATE_EXPIRED: "评价超时",
}

#: message type → command byte (ACK/NAK refer to commands without re-encoding the message)
COMMAND_OF_TYPE: dict[type, int] = {
    Ping: Cmd.PING,
    Ack: Cmd.ACK,
    Nak: Cmd.NAK,
    Welcome: Cmd.WELCOME,
    PhotoChunk: Cmd.PHOTO,
    RequestRating: Cmd.RATE_REQUEST,
    CancelRating: Cmd.RATE_CANCEL,
    Pause: Cmd.PAUSE,
    Away: Cmd.AWAY,
    Resume: Cmd.RESUME,
    DeviceStatus: Cmd.STATUS,
    RatingResult: Cmd.RATE_RESULT,
    RatingExpired: Cmd.RATE_EXPIRED,
}


def _text(payload: bytes) -> str:
    return payload.decode(ENCODING)


def encode_payload(message: object) -> tuple[int, bytes]:
    """Command byte and payload of ``message`` (any direction)."""
    match message:
        case Ping():
            return Cmd.PING, b""
        case Ack(command=command):
            return Cmd.ACK, bytes((command,))
        case Nak(command=command, code=code):
            return Cmd.NAK, bytes((command, code))
        case Welcome():
            flags = 0x01 if message.party_member else 0x00
            fields = (message.window_code, message.window_name, message.staff_name, message.staff_no)
            return Cmd.WELCOME, bytes((flags,)) + join_fields(fields, ENCODING)
        case PhotoChunk(index=index, count=count, data=data):
            return Cmd.PHOTO, struct.pack("<HH", index, count) + data
        case RequestRating(request_id=rid, reference=ref, timeout_s=timeout):
            return Cmd.RATE_REQUEST, struct.pack("<HH", rid, timeout) + ref.encode(ENCODING)
        case CancelRating(request_id=rid):
            return Cmd.RATE_CANCEL, struct.pack("<H", rid)
        case Pause(message=text):
            return Cmd.PAUSE, text.encode(ENCODING)
        case Away():
            fields = (message.reason, message.whereabouts, message.contact, message.expected_return)
            return Cmd.AWAY, join_fields(fields, ENCODING)
        case Resume():
            return Cmd.RESUME, b""
        case DeviceStatus(caps=caps, state=state, model=model):
            return Cmd.STATUS, bytes((caps, state)) + model.encode(ENCODING)
        case RatingResult(request_id=rid, score=score, reasons=reasons):
            return Cmd.RATE_RESULT, struct.pack("<HB", rid, score) + join_fields(reasons, ENCODING)
        case RatingExpired(request_id=rid):
            return Cmd.RATE_EXPIRED, struct.pack("<H", rid)
    raise ProtocolError(f"CDK-EVAL/1 不支持的消息：{type(message).__name__}")


def decode_payload(command: int, payload: bytes) -> object:
    """Message carried by a checked frame; raises ``ProtocolError`` with a NAK code attached."""
    try:
        return _decode(command, payload)
    except (struct.error, UnicodeDecodeError, ValueError, IndexError) as exc:
        raise ProtocolError(
            f"CDK-EVAL/1 数据格式错误（命令 0x{command:02X}）：{exc}", nak_code=NakCode.BAD_PAYLOAD
        ) from exc


def _need(payload: bytes, size: int) -> None:
    if len(payload) < size:
        raise ValueError(f"数据长度 {len(payload)} 小于 {size}")


def _decode(command: int, payload: bytes) -> object:
    if command == Cmd.PING:
        expect_length(payload, 0)
        return Ping()
    if command == Cmd.ACK:
        expect_length(payload, 1)
        return Ack(payload[0])
    if command == Cmd.NAK:
        expect_length(payload, 2)
        return Nak(payload[0], payload[1])
    if command == Cmd.WELCOME:
        _need(payload, 1)
        fields = split_fields(payload[1:], ENCODING)
        if len(fields) != 4:
            raise ValueError(f"欢迎信息应有 4 个字段，实有 {len(fields)} 个")
        window_code, window_name, staff_name, staff_no = fields
        return Welcome(window_code, window_name, staff_name, staff_no, party_member=bool(payload[0] & 0x01))
    if command == Cmd.PHOTO:
        _need(payload, 4)
        index, count = struct.unpack_from("<HH", payload)
        if index >= count:
            raise ValueError(f"照片分片序号 {index} 不小于总数 {count}")
        return PhotoChunk(index, count, payload[4:])
    if command == Cmd.RATE_REQUEST:
        _need(payload, 5)
        rid, timeout = struct.unpack_from("<HH", payload)
        return RequestRating(rid, _text(payload[4:]), timeout)
    if command == Cmd.RATE_CANCEL:
        expect_length(payload, 2)
        return CancelRating(struct.unpack("<H", payload)[0])
    if command == Cmd.PAUSE:
        return Pause(_text(payload))
    if command == Cmd.AWAY:
        fields = split_fields(payload, ENCODING)
        if len(fields) != 4:
            raise ValueError(f"去向留言应有 4 个字段，实有 {len(fields)} 个")
        return Away(*fields)
    if command == Cmd.RESUME:
        expect_length(payload, 0)
        return Resume()
    if command == Cmd.STATUS:
        _need(payload, 2)
        return DeviceStatus(payload[0], payload[1], _text(payload[2:]))
    if command == Cmd.RATE_RESULT:
        _need(payload, 3)
        rid, score = struct.unpack_from("<HB", payload)
        return RatingResult(rid, score, tuple(split_fields(payload[3:], ENCODING)))
    if command == Cmd.RATE_EXPIRED:
        expect_length(payload, 2)
        return RatingExpired(struct.unpack("<H", payload)[0])
    raise ProtocolError(f"CDK-EVAL/1 未知命令 0x{command:02X}", nak_code=NakCode.UNKNOWN_COMMAND)


class CdkEvalCodec:
    """CDK-EVAL/1 for one bus address."""

    name = NAME

    def __init__(self, address: int = 1) -> None:
        #: RS-485 address of the evaluator (1..254, 0xFF = broadcast)
        self.address = address

    def expand(self, message: object) -> list[object]:
        """Welcome with a photo becomes WELCOME plus PHOTO chunks."""
        if isinstance(message, Welcome) and message.photo:
            photo = message.photo
            count = (len(photo) + PHOTO_CHUNK - 1) // PHOTO_CHUNK
            chunks: list[object] = [
                PhotoChunk(i, count, photo[i * PHOTO_CHUNK : (i + 1) * PHOTO_CHUNK]) for i in range(count)
            ]
            return [replace(message, photo=None, photo_path=None), *chunks]
        return [message]

    def encode(self, message: object, seq: int) -> bytes:
        command, payload = encode_payload(message)
        return Frame(self.address, seq & 0xFF, command, payload).to_bytes()

    def decoder(self, accept_address: int | None = None, keep_frames: bool = False) -> FramedMessageDecoder:
        return FramedMessageDecoder(decode_payload, accept_address, keep_frames)

    def describe(self, message: object) -> str:
        command = COMMAND_OF_TYPE.get(type(message))
        return COMMAND_NAMES_ZH.get(command, type(message).__name__) if command is not None else type(message).__name__

    def command_of(self, message: object) -> int:
        return int(COMMAND_OF_TYPE[type(message)])
