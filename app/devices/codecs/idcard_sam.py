"""The SAM frame of second-generation ID-card readers (二代身份证阅读器), over UART/USB-serial.

Layout (docs/protocols/idcard-sam.md)::

    host → reader:  AA AA AA 96 69 | LEN_hi LEN_lo | CMD  PARA      | DATA | CHK
    reader → host:  AA AA AA 96 69 | LEN_hi LEN_lo | SW1 SW2 SW3    | DATA | CHK

``LEN`` (big-endian) counts every byte after itself, the check byte included; ``CHK`` is
the XOR of the two length bytes and every byte up to it. Both directions share the
preamble, so one incremental decoder serves the host (parsing answers) and the emulator
(parsing commands); which one it produces is chosen at construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
#: preamble + two length bytes
PREFIX_LEN = 7
#: the longest answer a reader sends is text + photo + fingerprints (2 321 bytes in all)
MAX_LEN = 4096


class Cmd(IntEnum):
    """(CMD << 8) | PARA of the commands we use."""

    RESET = 0x10FF
    STATUS = 0x11FF
    SAM_ID = 0x12FF
    FIND_CARD = 0x2001
    SELECT_CARD = 0x2002
    READ_BASE = 0x3001
    READ_BASE_FP = 0x3010


class Sw3(IntEnum):
    """The reader's own status byte (SW3) in an answer."""

    OK = 0x90
    NO_CONTENT = 0x91
    FOUND = 0x9F
    BAD_CHECKSUM = 0x10
    BAD_LENGTH = 0x11
    BAD_COMMAND = 0x21
    UNKNOWN_ERROR = 0x24
    CARD_AUTH_FAILED = 0x31
    READER_AUTH_FAILED = 0x32
    VERIFY_FAILED = 0x33
    WRONG_CARD = 0x40
    READ_FAILED = 0x41
    RANDOM_FAILED = 0x47
    SELF_TEST_FAILED = 0x60
    NOT_AUTHORISED = 0x66
    FIND_FAILED = 0x80
    SELECT_FAILED = 0x81


#: what the clerk reads for each status (the status bar / the intake form's line)
SW3_ZH: dict[int, str] = {
    Sw3.OK: "操作成功",
    Sw3.NO_CONTENT: "证件中无此项内容",
    Sw3.FOUND: "找到证件",
    Sw3.BAD_CHECKSUM: "阅读器收到的命令校验和错误",
    Sw3.BAD_LENGTH: "阅读器收到的命令长度错误",
    Sw3.BAD_COMMAND: "阅读器不认识该命令",
    Sw3.UNKNOWN_ERROR: "阅读器内部错误",
    Sw3.CARD_AUTH_FAILED: "证件对阅读器认证失败",
    Sw3.READER_AUTH_FAILED: "阅读器对证件认证失败（可能不是真证件）",
    Sw3.VERIFY_FAILED: "证件信息验证错误",
    Sw3.WRONG_CARD: "不是可读的证件",
    Sw3.READ_FAILED: "读证件失败（证件被移开或放置不稳）",
    Sw3.RANDOM_FAILED: "取随机数失败",
    Sw3.SELF_TEST_FAILED: "阅读器自检失败",
    Sw3.NOT_AUTHORISED: "阅读器未经授权，无法使用",
    Sw3.FIND_FAILED: "未放置证件",
    Sw3.SELECT_FAILED: "选取证件失败（证件被移开或放置不稳）",
}


def describe_sw3(sw3: int) -> str:
    """Chinese text of a status byte (unknown ones are shown in hex)."""
    return SW3_ZH.get(sw3, f"阅读器返回未知状态 0x{sw3:02X}")


def xor_check(data: bytes) -> int:
    """XOR of every byte (the frame's check byte over LEN..DATA)."""
    value = 0
    for byte in data:
        value ^= byte
    return value


@dataclass(frozen=True)
class SamCommand:
    """A host command: CMD, PARA and optional data."""

    cmd: int
    para: int
    data: bytes = b""

    @classmethod
    def of(cls, command: Cmd, data: bytes = b"") -> SamCommand:
        return cls(int(command) >> 8, int(command) & 0xFF, data)

    @property
    def code(self) -> int:
        """``(cmd << 8) | para``, comparable with :class:`Cmd`."""
        return (self.cmd << 8) | self.para

    def body(self) -> bytes:
        return bytes((self.cmd, self.para)) + self.data


@dataclass(frozen=True)
class SamResponse:
    """A reader answer: SW1 SW2 (the card's APDU status), SW3 (the reader's) and data."""

    sw3: int
    data: bytes = b""
    sw1: int = 0
    sw2: int = 0

    @property
    def ok(self) -> bool:
        return self.sw3 in (Sw3.OK, Sw3.FOUND)

    def body(self) -> bytes:
        return bytes((self.sw1, self.sw2, self.sw3)) + self.data


def encode_frame(body: bytes) -> bytes:
    """Preamble, big-endian length (body + check byte) and the XOR check."""
    length = len(body) + 1
    if length > MAX_LEN:
        raise ValueError(f"帧过长：{length} 字节（上限 {MAX_LEN}）")
    head = length.to_bytes(2, "big")
    return PREAMBLE + head + body + bytes((xor_check(head + body),))


def encode_command(command: SamCommand) -> bytes:
    """Wire bytes of a host command, e.g. find card → ``aa aa aa 96 69 00 03 20 01 22``."""
    return encode_frame(command.body())


def encode_response(response: SamResponse) -> bytes:
    """Wire bytes of a reader answer."""
    return encode_frame(response.body())


class SamDecoder:
    """Incremental parser: ``feed(bytes) -> list[SamCommand | SamResponse]``.

    ``direction="response"`` (the host side) parses answers, ``"command"`` (a reader or
    its emulator) parses commands. After a check failure the true next frame may start
    inside the damaged one, so one byte is dropped and the preamble searched again.
    """

    def __init__(self, direction: str = "response") -> None:
        if direction not in ("response", "command"):
            raise ValueError(direction)
        self._responses = direction == "response"
        self._buf = bytearray()
        #: frames dropped for a wrong check byte or an impossible length
        self.rejected = 0

    @property
    def pending(self) -> int:
        """Bytes held while waiting for the rest of a frame."""
        return len(self._buf)

    def reset(self) -> None:
        """Forget a half-received frame (after a timeout: the rest will never come)."""
        self._buf.clear()

    def feed(self, data: bytes) -> list[SamCommand | SamResponse]:
        self._buf += data
        out: list[SamCommand | SamResponse] = []
        buf = self._buf
        minimum = 4 if self._responses else 3
        while True:
            start = buf.find(PREAMBLE)
            if start < 0:
                # keep a tail that may be the start of a preamble split across reads
                keep = next(
                    (n for n in range(min(len(PREAMBLE) - 1, len(buf)), 0, -1) if PREAMBLE.startswith(buf[-n:])), 0
                )
                del buf[: len(buf) - keep]
                break
            if start:
                del buf[:start]
            if len(buf) < PREFIX_LEN:
                break
            length = int.from_bytes(buf[5:7], "big")
            if length < minimum or length > MAX_LEN:
                self.rejected += 1
                del buf[:1]
                continue
            total = PREFIX_LEN + length
            if len(buf) < total:
                break
            checked = bytes(buf[5 : total - 1])
            if xor_check(checked) != buf[total - 1]:
                self.rejected += 1
                del buf[:1]
                continue
            body = checked[2:]
            if self._responses:
                out.append(SamResponse(body[2], body[3:], body[0], body[1]))
            else:
                out.append(SamCommand(body[0], body[1], body[2:]))
            del buf[:total]
        return out
