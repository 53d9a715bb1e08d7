"""CDK-LED/1: the reference serial/TCP protocol of LED window screens (docs/protocols/led-serial.md).

Same frame as CDK-EVAL/1; every text command carries an encoding byte, because cheap LED
controllers often only have a GB2312 font while newer ones take GB18030 or UTF-8.
"""

from __future__ import annotations

from enum import IntEnum

from app.devices.codecs.framing import Frame, FramedMessageDecoder, expect_length, join_fields, split_fields
from app.devices.errors import ConfigError, ProtocolError
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

NAME = "cdk-led/1"


class Cmd(IntEnum):
    """Command bytes of CDK-LED/1."""

    PING = 0x01
    ACK = 0x06
    NAK = 0x15
    WINDOW = 0x40
    TICKET = 0x41
    STATE = 0x42
    TEXT = 0x43
    CLEAR = 0x44
    STATUS = 0x81


class NakCode(IntEnum):
    """Why a frame was refused."""

    BAD_CHECKSUM = 0x01
    UNKNOWN_COMMAND = 0x02
    BAD_PAYLOAD = 0x03
    BUSY = 0x04
    UNSUPPORTED_ENCODING = 0x06


#: encoding byte ⇄ Python codec name
ENCODINGS: dict[int, str] = {0x01: "gb2312", 0x02: "gb18030", 0x03: "utf-8"}
ENCODING_CODES: dict[str, int] = {name: code for code, name in ENCODINGS.items()}

COMMAND_NAMES_ZH: dict[int, str] = {
    Cmd.PING: "心跳",
    Cmd.ACK: "确认",
    Cmd.NAK: "否认",
    Cmd.WINDOW: "窗口信息",
    Cmd.TICKET: "当前号码",
    Cmd.STATE: "服务状态",
    Cmd.TEXT: "滚动文字",
    Cmd.CLEAR: "清屏",
    Cmd.STATUS: "设备状态",
}

#: message type → command byte
COMMAND_OF_TYPE: dict[type, int] = {
    Ping: Cmd.PING,
    Ack: Cmd.ACK,
    Nak: Cmd.NAK,
    LedWindow: Cmd.WINDOW,
    LedTicket: Cmd.TICKET,
    LedStatus: Cmd.STATE,
    LedText: Cmd.TEXT,
    LedClear: Cmd.CLEAR,
    DeviceStatus: Cmd.STATUS,
}


def normalize_encoding(name: str) -> str:
    """Accept ``GB2312``/``gb-2312``/``GB18030``/``utf8`` spellings from settings files."""
    key = name.strip().lower().replace("-", "").replace("_", "")
    table = {"gb2312": "gb2312", "gb18030": "gb18030", "utf8": "utf-8"}
    if key not in table:
        raise ConfigError(f"窗口屏不支持的文字编码：{name}（可选 GB2312、GB18030、UTF-8）")
    return table[key]


def encode_payload(message: object, encoding: str = "gb18030") -> tuple[int, bytes]:
    """Command byte and payload; characters the encoding lacks become ``?`` rather than failing."""
    enc = bytes((ENCODING_CODES[encoding],))

    def text(fields: tuple[str, ...]) -> bytes:
        return enc + join_fields(fields, encoding, errors="replace")

    match message:
        case Ping():
            return Cmd.PING, b""
        case Ack(command=command):
            return Cmd.ACK, bytes((command,))
        case Nak(command=command, code=code):
            return Cmd.NAK, bytes((command, code))
        case LedWindow(window_no=no, window_name=name, department=dept):
            return Cmd.WINDOW, text((no, name, dept))
        case LedTicket(ticket=ticket, window_no=no):
            return Cmd.TICKET, text((ticket, no))
        case LedStatus(state=state, message=msg, return_time=ret):
            return Cmd.STATE, bytes((int(state),)) + text((msg, ret))
        case LedText(text=body, scroll=scroll, speed=speed):
            if not 1 <= speed <= 9:
                raise ProtocolError(f"滚动速度必须是 1 到 9：{speed}")
            return Cmd.TEXT, bytes((1 if scroll else 0, speed)) + text((body,))
        case LedClear():
            return Cmd.CLEAR, b""
        case DeviceStatus(caps=caps, state=state, model=model):
            return Cmd.STATUS, bytes((caps, state)) + model.encode("ascii", "replace")
    raise ProtocolError(f"CDK-LED/1 不支持的消息：{type(message).__name__}")


def _fields(payload: bytes, count: int, what: str) -> list[str]:
    if not payload:
        raise ValueError("缺少编码字节")
    if payload[0] not in ENCODINGS:
        raise ProtocolError(f"CDK-LED/1 未知的文字编码 0x{payload[0]:02X}", nak_code=NakCode.UNSUPPORTED_ENCODING)
    fields = split_fields(payload[1:], ENCODINGS[payload[0]]) or [""]
    if len(fields) != count:
        raise ValueError(f"{what}应有 {count} 个字段，实有 {len(fields)} 个")
    return fields


def decode_payload(command: int, payload: bytes) -> object:
    """Message carried by a checked frame; raises ``ProtocolError`` carrying the NAK code."""
    try:
        return _decode(command, payload)
    except ProtocolError:
        raise
    except (UnicodeDecodeError, ValueError, IndexError) as exc:
        raise ProtocolError(
            f"CDK-LED/1 数据格式错误（命令 0x{command:02X}）：{exc}", nak_code=NakCode.BAD_PAYLOAD
        ) from exc


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
    if command == Cmd.WINDOW:
        return LedWindow(*_fields(payload, 3, "窗口信息"))
    if command == Cmd.TICKET:
        return LedTicket(*_fields(payload, 2, "当前号码"))
    if command == Cmd.STATE:
        if not payload:
            raise ValueError("缺少状态字节")
        message, return_time = _fields(payload[1:], 2, "服务状态")
        return LedStatus(LedState(payload[0]), message, return_time)
    if command == Cmd.TEXT:
        if len(payload) < 3:
            raise ValueError("滚动文字数据过短")
        if payload[0] not in (0, 1) or not 1 <= payload[1] <= 9:
            raise ValueError(f"显示方式 {payload[0]} 或速度 {payload[1]} 无效")
        (body,) = _fields(payload[2:], 1, "滚动文字")
        return LedText(body, bool(payload[0]), payload[1])
    if command == Cmd.CLEAR:
        expect_length(payload, 0)
        return LedClear()
    if command == Cmd.STATUS:
        if len(payload) < 2:
            raise ValueError("设备状态数据过短")
        return DeviceStatus(payload[0], payload[1], payload[2:].decode("ascii", "replace"))
    raise ProtocolError(f"CDK-LED/1 未知命令 0x{command:02X}", nak_code=NakCode.UNKNOWN_COMMAND)


#: where the encoding byte sits in each text command
_TEXT_OFFSET: dict[int, int] = {Cmd.WINDOW: 0, Cmd.TICKET: 0, Cmd.STATE: 1, Cmd.TEXT: 2}


def encoding_of(frame: Frame) -> str | None:
    """Text encoding named inside a text frame (the emulator shows it), else ``None``."""
    offset = _TEXT_OFFSET.get(frame.command)
    if offset is None or len(frame.payload) <= offset:
        return None
    return ENCODINGS.get(frame.payload[offset])


class CdkLedCodec:
    """CDK-LED/1 for one bus address and one text encoding."""

    name = NAME

    def __init__(self, address: int = 1, encoding: str = "gb18030") -> None:
        #: RS-485 address of the screen
        self.address = address
        #: Python codec name: gb2312, gb18030 or utf-8
        self.encoding = normalize_encoding(encoding)

    def expand(self, message: object) -> list[object]:
        return [message]

    def encode(self, message: object, seq: int) -> bytes:
        command, payload = encode_payload(message, self.encoding)
        return Frame(self.address, seq & 0xFF, command, payload).to_bytes()

    def decoder(self, accept_address: int | None = None, keep_frames: bool = False) -> FramedMessageDecoder:
        return FramedMessageDecoder(decode_payload, accept_address, keep_frames)

    def describe(self, message: object) -> str:
        command = COMMAND_OF_TYPE.get(type(message))
        return COMMAND_NAMES_ZH.get(command, type(message).__name__) if command is not None else type(message).__name__

    def command_of(self, message: object) -> int:
        return int(COMMAND_OF_TYPE[type(message)])
