"""The CDK frame shared by CDK-EVAL/1 and CDK-LED/1 (RS-232/RS-485, TCP).

Layout (see docs/protocols/evaluator-serial.md)::

    AA 55 | ADDR | SEQ | CMD | LEN_lo LEN_hi | PAYLOAD (LEN bytes) | CRC_lo CRC_hi

CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF) over ADDR..PAYLOAD, sent low byte
first. The decoder is incremental so that split reads, merged reads, line noise between
frames and corrupted frames never lose the following good frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.devices.codecs.base import Malformed
from app.devices.errors import ProtocolError
from app.devices.messages import Packet

HEADER = b"\xaa\x55"
#: bytes before the payload: header(2) addr seq cmd len(2)
PREFIX_LEN = 7
#: largest payload a device must accept
MAX_PAYLOAD = 1024
BROADCAST = 0xFF
#: field separator inside text payloads (ASCII unit separator, never part of a GB18030 or UTF-8 character)
FIELD_SEP = b"\x1f"


def crc16_modbus(data: bytes) -> int:
    """CRC-16/MODBUS of ``data``; chosen because every RS-485 vendor already implements it."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


@dataclass(frozen=True)
class Frame:
    """One checked frame; ``to_bytes()`` reproduces the wire bytes exactly."""

    address: int
    seq: int
    command: int
    payload: bytes = b""

    def __post_init__(self) -> None:
        for name in ("address", "seq", "command"):
            value = getattr(self, name)
            if not 0 <= value <= 0xFF:
                raise ValueError(f"帧字段 {name} 超出 0..255：{value}")
        if len(self.payload) > MAX_PAYLOAD:
            raise ValueError(f"帧数据过长：{len(self.payload)} 字节（上限 {MAX_PAYLOAD}）")

    def to_bytes(self) -> bytes:
        """Encode with header, length and CRC."""
        body = bytes((self.address, self.seq, self.command)) + len(self.payload).to_bytes(2, "little") + self.payload
        return HEADER + body + crc16_modbus(body).to_bytes(2, "little")


def encode_frame(address: int, seq: int, command: int, payload: bytes = b"") -> bytes:
    """Shorthand for ``Frame(...).to_bytes()``."""
    return Frame(address, seq, command, payload).to_bytes()


class FrameDecoder:
    """Incremental frame parser: ``feed(bytes) -> list[Frame]``.

    Why a byte-at-a-time resync: a serial line delivers arbitrary chunks and noise; after a
    CRC failure the true next frame may start inside the damaged one, so we drop one byte
    and search for the header again instead of skipping the claimed length.
    """

    def __init__(self, max_payload: int = MAX_PAYLOAD) -> None:
        self._buf = bytearray()
        self._max_payload = max_payload
        #: frames dropped for a bad checksum or an impossible length
        self.rejected = 0
        #: bytes skipped while hunting for a header
        self.skipped = 0

    def feed(self, data: bytes) -> list[Frame]:
        """Add ``data`` and return every complete, checked frame now available."""
        self._buf += data
        frames: list[Frame] = []
        buf = self._buf
        while True:
            start = buf.find(HEADER)
            if start < 0:
                keep = 1 if buf[-1:] == HEADER[:1] else 0
                self.skipped += len(buf) - keep
                del buf[: len(buf) - keep]
                break
            if start:
                self.skipped += start
                del buf[:start]
            if len(buf) < PREFIX_LEN:
                break
            length = int.from_bytes(buf[5:7], "little")
            if length > self._max_payload:
                self.rejected += 1
                del buf[:1]
                continue
            total = PREFIX_LEN + length + 2
            if len(buf) < total:
                break
            body = bytes(buf[2 : PREFIX_LEN + length])
            crc = int.from_bytes(buf[PREFIX_LEN + length : total], "little")
            if crc != crc16_modbus(body):
                self.rejected += 1
                del buf[:1]
                continue
            frames.append(Frame(body[0], body[1], body[2], body[5:]))
            del buf[:total]
        return frames

    @property
    def pending(self) -> int:
        """Bytes held while waiting for the rest of a frame."""
        return len(self._buf)


def split_fields(payload: bytes, encoding: str) -> list[str]:
    """Decode a text payload of ``FIELD_SEP``-separated fields."""
    if not payload:
        return []
    return [part.decode(encoding) for part in payload.split(FIELD_SEP)]


def join_fields(fields: list[str] | tuple[str, ...], encoding: str, errors: str = "strict") -> bytes:
    """Encode text fields, rejecting a separator inside a field (it would shift every field)."""
    for text in fields:
        if "\x1f" in text:
            raise ValueError("文本字段中不能包含 0x1F 分隔符")
    return FIELD_SEP.join(text.encode(encoding, errors) for text in fields)


class FramedMessageDecoder:
    """``FrameDecoder`` + a payload table: bytes in, ``Packet`` (message or ``Malformed``) out."""

    def __init__(
        self,
        decode: Callable[[int, bytes], object],
        accept_address: int | None = None,
        keep_frames: bool = False,
    ) -> None:
        self._frames = FrameDecoder()
        self._decode = decode
        self._accept = accept_address
        self._keep = keep_frames
        #: every checked frame in arrival order, when ``keep_frames`` (emulators show them to tests)
        self.frames: list[Frame] = []

    @property
    def rejected(self) -> int:
        """Frames dropped for a bad checksum."""
        return self._frames.rejected

    def feed(self, data: bytes) -> list[Packet]:
        packets: list[Packet] = []
        for frame in self._frames.feed(data):
            if self._accept is not None and frame.address not in (self._accept, 0xFF):
                continue
            if self._keep:
                self.frames.append(frame)
            try:
                message: object = self._decode(frame.command, frame.payload)
            except ProtocolError as exc:
                message = Malformed(frame.command, exc.nak_code, exc.message)
            packets.append(Packet(frame.seq, message, frame.address, frame.to_bytes()))
        return packets


def expect_length(payload: bytes, size: int) -> None:
    """A command's fixed payload size; ValueError (→ NAK "bad payload") otherwise."""
    if len(payload) != size:
        raise ValueError(f"数据长度应为 {size}，实为 {len(payload)}")
