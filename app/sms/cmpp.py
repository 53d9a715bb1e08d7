"""CMPP 2.0 frames, byte for byte (中国移动通信互联网短信网关接口协议 V2.0; docs/protocols/cmpp.md).

Every frame is a 12-byte header — Total_Length, Command_Id, Sequence_Id, each an unsigned
32-bit big-endian integer, Total_Length counting the header itself — and a body of fixed
fields. Octet strings are left-aligned and padded with NUL bytes on the right; integers are
big-endian. Only what an SP (the hall) sends and receives for mobile-terminated notices is
here: CONNECT, SUBMIT, ACTIVE_TEST, TERMINATE and their responses, each both ways (the
emulator is the other side).

Text goes as Msg_Fmt 8 (UCS-2, big-endian). A message longer than 70 UCS-2 units is cut
into segments of 67 units behind a 6-byte concatenation header (TP_udhi = 1,
``05 00 03 ref total number``); a surrogate pair is never cut.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum

HEADER = struct.Struct(">III")
HEADER_LENGTH = HEADER.size
#: CMPP 2.0 in the Version field (high nibble 2, low nibble 0).
VERSION = 0x20
#: No CMPP 2.0 frame comes near this; a bigger Total_Length is a broken or hostile stream.
MAX_FRAME = 4096
#: UCS-2 code units in one unsegmented message, and per segment behind the 6-byte UDH.
SINGLE_UNITS = 70
SEGMENT_UNITS = 67
MSG_FMT_UCS2 = 8


class Command(IntEnum):
    CONNECT = 0x00000001
    CONNECT_RESP = 0x80000001
    TERMINATE = 0x00000002
    TERMINATE_RESP = 0x80000002
    SUBMIT = 0x00000004
    SUBMIT_RESP = 0x80000004
    ACTIVE_TEST = 0x00000008
    ACTIVE_TEST_RESP = 0x80000008


#: CMPP_CONNECT_RESP Status (2.0: one byte).
CONNECT_STATUS_ZH = {
    0: "正确",
    1: "消息结构错",
    2: "非法源地址",
    3: "认证错",
    4: "版本太高",
}
#: CMPP_SUBMIT_RESP Result.
SUBMIT_RESULT_ZH = {
    0: "正确",
    1: "消息结构错",
    2: "命令字错",
    3: "消息序号重复",
    4: "消息长度错",
    5: "资费代码错",
    6: "超过最大信息长",
    7: "业务代码错",
    8: "流量控制错",
}
#: Results after which the gateway has certainly not taken the message and a later try may pass.
RETRYABLE_RESULTS = frozenset({8})


class CmppError(Exception):
    """A stream that is not CMPP 2.0 (bad length, unknown command, short body)."""


def connect_status_text(status: int) -> str:
    return CONNECT_STATUS_ZH.get(status, f"其他错误（{status}）")


def submit_result_text(result: int) -> str:
    return SUBMIT_RESULT_ZH.get(result, f"其他错误（{result}）")


def octets(value: str | bytes, size: int) -> bytes:
    """An Octet String field: ASCII, left-aligned, NUL-padded to ``size``; too long is an error."""
    raw = value.encode("ascii") if isinstance(value, str) else value
    if len(raw) > size:
        raise ValueError(f"字段超长：{len(raw)} > {size} 字节")
    return raw.ljust(size, b"\0")


def unoctets(raw: bytes) -> str:
    return raw.rstrip(b"\0").decode("ascii", errors="replace")


def timestamp_of(moment: datetime) -> int:
    """The CONNECT Timestamp: MMDDHHMMSS read as a decimal number (``1207165000``)."""
    return int(moment.strftime("%m%d%H%M%S"))


def authenticator_source(source_addr: str, secret: str, timestamp: int) -> bytes:
    """MD5(Source_Addr + 9 zero bytes + shared secret + timestamp as 10 ASCII digits)."""
    text = source_addr.encode("ascii") + b"\0" * 9 + secret.encode("utf-8") + f"{timestamp:010d}".encode("ascii")
    return hashlib.md5(text, usedforsecurity=False).digest()


def authenticator_ismg(status: int, source_auth: bytes, secret: str) -> bytes:
    """The gateway's answer: MD5(Status + AuthenticatorSource + shared secret)."""
    text = bytes([status]) + source_auth + secret.encode("utf-8")
    return hashlib.md5(text, usedforsecurity=False).digest()


# --- frames -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Connect:
    source_addr: str
    authenticator: bytes
    timestamp: int
    version: int = VERSION

    def body(self) -> bytes:
        return octets(self.source_addr, 6) + self.authenticator + struct.pack(">BI", self.version, self.timestamp)

    @classmethod
    def parse(cls, body: bytes) -> Connect:
        _need(body, 27, "CMPP_CONNECT")
        version, timestamp = struct.unpack_from(">BI", body, 22)
        return cls(unoctets(body[:6]), body[6:22], timestamp, version)


@dataclass(frozen=True)
class ConnectResp:
    status: int
    authenticator: bytes = b"\0" * 16
    version: int = VERSION

    def body(self) -> bytes:
        return bytes([self.status]) + self.authenticator + bytes([self.version])

    @classmethod
    def parse(cls, body: bytes) -> ConnectResp:
        _need(body, 18, "CMPP_CONNECT_RESP")
        return cls(body[0], body[1:17], body[17])


@dataclass(frozen=True)
class Submit:
    """CMPP_SUBMIT (2.0), one segment to one or more terminals."""

    msg_src: str
    src_id: str
    dest_terminal_ids: tuple[str, ...]
    content: bytes
    msg_fmt: int = MSG_FMT_UCS2
    tp_udhi: int = 0
    pk_total: int = 1
    pk_number: int = 1
    registered_delivery: int = 0
    msg_level: int = 0
    service_id: str = ""
    fee_user_type: int = 2
    fee_terminal_id: str = ""
    tp_pid: int = 0
    fee_type: str = "01"
    fee_code: str = "000000"
    valid_time: str = ""
    at_time: str = ""
    msg_id: int = 0

    def body(self) -> bytes:
        if not 1 <= len(self.dest_terminal_ids) <= 100:
            raise ValueError("接收号码个数应为 1–100")
        if len(self.content) > 140:
            raise ValueError("短信内容超过 140 字节")
        head = struct.pack(
            ">QBBBB", self.msg_id, self.pk_total, self.pk_number, self.registered_delivery, self.msg_level
        )
        return b"".join(
            [
                head,
                octets(self.service_id, 10),
                bytes([self.fee_user_type]),
                octets(self.fee_terminal_id, 21),
                bytes([self.tp_pid, self.tp_udhi, self.msg_fmt]),
                octets(self.msg_src, 6),
                octets(self.fee_type, 2),
                octets(self.fee_code, 6),
                octets(self.valid_time, 17),
                octets(self.at_time, 17),
                octets(self.src_id, 21),
                bytes([len(self.dest_terminal_ids)]),
                *(octets(d, 21) for d in self.dest_terminal_ids),
                bytes([len(self.content)]),
                self.content,
                b"\0" * 8,
            ]
        )

    @classmethod
    def parse(cls, body: bytes) -> Submit:
        _need(body, 117, "CMPP_SUBMIT")
        msg_id, pk_total, pk_number, registered, level = struct.unpack_from(">QBBBB", body, 0)
        count = body[116]
        at = 117 + 21 * count
        _need(body, at + 1, "CMPP_SUBMIT")
        dests = tuple(unoctets(body[117 + 21 * i : 138 + 21 * i]) for i in range(count))
        length = body[at]
        _need(body, at + 1 + length + 8, "CMPP_SUBMIT")
        return cls(
            msg_src=unoctets(body[47:53]),
            src_id=unoctets(body[95:116]),
            dest_terminal_ids=dests,
            content=body[at + 1 : at + 1 + length],
            msg_fmt=body[46],
            tp_udhi=body[45],
            pk_total=pk_total,
            pk_number=pk_number,
            registered_delivery=registered,
            msg_level=level,
            service_id=unoctets(body[12:22]),
            fee_user_type=body[22],
            fee_terminal_id=unoctets(body[23:44]),
            tp_pid=body[44],
            fee_type=unoctets(body[53:55]),
            fee_code=unoctets(body[55:61]),
            valid_time=unoctets(body[61:78]),
            at_time=unoctets(body[78:95]),
            msg_id=msg_id,
        )

    def text(self) -> str:
        """The segment's text (UCS-2 after the concatenation header when TP_udhi is set)."""
        raw = self.content[self.content[0] + 1 :] if self.tp_udhi and self.content else self.content
        codec = "utf-16-be" if self.msg_fmt == MSG_FMT_UCS2 else "gbk"
        return raw.decode(codec, errors="replace")  # a peer's broken text is shown, never raised

    def concatenation(self) -> tuple[int, int, int] | None:
        """(reference, total, number) from an 8-bit concatenation UDH, or ``None``."""
        c = self.content
        if self.tp_udhi and len(c) >= 6 and c[0] == 5 and c[1] == 0 and c[2] == 3:
            return c[3], c[4], c[5]
        return None


@dataclass(frozen=True)
class SubmitResp:
    msg_id: int
    result: int

    def body(self) -> bytes:
        return struct.pack(">QB", self.msg_id, self.result)

    @classmethod
    def parse(cls, body: bytes) -> SubmitResp:
        _need(body, 9, "CMPP_SUBMIT_RESP")
        msg_id, result = struct.unpack_from(">QB", body, 0)
        return cls(msg_id, result)


@dataclass(frozen=True)
class ActiveTest:
    def body(self) -> bytes:
        return b""

    @classmethod
    def parse(cls, body: bytes) -> ActiveTest:
        return cls()


@dataclass(frozen=True)
class ActiveTestResp:
    reserved: int = 0

    def body(self) -> bytes:
        return bytes([self.reserved])

    @classmethod
    def parse(cls, body: bytes) -> ActiveTestResp:
        _need(body, 1, "CMPP_ACTIVE_TEST_RESP")
        return cls(body[0])


@dataclass(frozen=True)
class Terminate:
    def body(self) -> bytes:
        return b""

    @classmethod
    def parse(cls, body: bytes) -> Terminate:
        return cls()


@dataclass(frozen=True)
class TerminateResp:
    def body(self) -> bytes:
        return b""

    @classmethod
    def parse(cls, body: bytes) -> TerminateResp:
        return cls()


Body = Connect | ConnectResp | Submit | SubmitResp | ActiveTest | ActiveTestResp | Terminate | TerminateResp

COMMAND_OF: dict[type, Command] = {
    Connect: Command.CONNECT,
    ConnectResp: Command.CONNECT_RESP,
    Submit: Command.SUBMIT,
    SubmitResp: Command.SUBMIT_RESP,
    ActiveTest: Command.ACTIVE_TEST,
    ActiveTestResp: Command.ACTIVE_TEST_RESP,
    Terminate: Command.TERMINATE,
    TerminateResp: Command.TERMINATE_RESP,
}
PARSER_OF = {command: kind for kind, command in COMMAND_OF.items()}


@dataclass(frozen=True)
class Frame:
    sequence_id: int
    body: Body

    @property
    def command(self) -> Command:
        return COMMAND_OF[type(self.body)]


def encode(sequence_id: int, body: Body) -> bytes:
    """Header + body: Total_Length, Command_Id, Sequence_Id big-endian, then the fields."""
    payload = body.body()
    return HEADER.pack(HEADER_LENGTH + len(payload), COMMAND_OF[type(body)], sequence_id) + payload


def decode(frame: bytes) -> Frame:
    """One whole frame (exactly Total_Length bytes) → :class:`Frame`."""
    if len(frame) < HEADER_LENGTH:
        raise CmppError("帧头不足 12 字节")
    total, command_id, sequence_id = HEADER.unpack_from(frame, 0)
    if total != len(frame):
        raise CmppError(f"Total_Length {total} 与帧长 {len(frame)} 不符")
    try:
        kind = PARSER_OF[Command(command_id)]
    except ValueError:
        raise CmppError(f"未知命令 0x{command_id:08X}") from None
    body: Body = kind.parse(frame[HEADER_LENGTH:])  # type: ignore[attr-defined]  # every kind has parse
    return Frame(sequence_id, body)


def _need(body: bytes, size: int, name: str) -> None:
    if len(body) < size:
        raise CmppError(f"{name} 消息体不足 {size} 字节（{len(body)}）")


@dataclass
class StreamDecoder:
    """Bytes in as they come off the socket, whole frames out (a frame may span reads)."""

    _buffer: bytearray = field(default_factory=bytearray)

    def feed(self, data: bytes) -> Iterator[Frame]:
        self._buffer += data
        while len(self._buffer) >= HEADER_LENGTH:
            (total,) = struct.unpack_from(">I", self._buffer, 0)
            if total < HEADER_LENGTH or total > MAX_FRAME:
                raise CmppError(f"Total_Length {total} 不合理")
            if len(self._buffer) < total:
                return
            frame = bytes(self._buffer[:total])
            del self._buffer[:total]
            yield decode(frame)


# --- text -----------------------------------------------------------------------------------


def ucs2_units(text: str) -> int:
    return len(text.encode("utf-16-be")) // 2


def split_text(text: str, reference: int) -> list[tuple[int, bytes]]:
    """The Msg_Content of each segment with its TP_udhi: one plain UCS-2 segment up to 70 units,
    else 67-unit segments behind ``05 00 03 reference total number`` (numbers from 1)."""
    raw = text.encode("utf-16-be")
    if len(raw) <= SINGLE_UNITS * 2:
        return [(0, raw)]
    chunks: list[bytes] = []
    at = 0
    while at < len(raw):
        end = min(at + SEGMENT_UNITS * 2, len(raw))
        if end < len(raw) and 0xD8 <= raw[end - 2] <= 0xDB:  # a high surrogate last: keep the pair whole
            end -= 2
        chunks.append(raw[at:end])
        at = end
    if len(chunks) > 255:
        raise ValueError("短信过长")
    total = len(chunks)
    return [(1, bytes([5, 0, 3, reference & 0xFF, total, n + 1]) + chunk) for n, chunk in enumerate(chunks)]


def segment_count(text: str) -> int:
    units = ucs2_units(text)
    return 1 if units <= SINGLE_UNITS else len(split_text(text, 0))


# --- Msg_Id -------------------------------------------------------------------------------


def make_msg_id(moment: datetime, ismg_id: int, sequence: int) -> int:
    """The 64-bit Msg_Id the gateway hands out: month 4 bits, day 5, hour 5, minute 6, second 6,
    gateway code 22 bits, sequence 16 bits."""
    value = moment.month
    for width, part in ((5, moment.day), (5, moment.hour), (6, moment.minute), (6, moment.second)):
        value = (value << width) | part
    return (value << 38) | ((ismg_id & 0x3FFFFF) << 16) | (sequence & 0xFFFF)


def msg_id_text(msg_id: int) -> str:
    """How the hall keeps a Msg_Id: 16 hex digits (the number is a bit field, not a count)."""
    return f"{msg_id:016X}"
