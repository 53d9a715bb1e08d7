"""ID-card reader (二代身份证阅读器) driver: find → select → read, on the reader's owner thread.

Two links speak to a reader, and the driver does not care which:

* :class:`SamSerialLink` — the SAM frames over a serial port (USB-serial adapter, a pty
  emulator, ``socket://``), see docs/protocols/idcard-sam.md;
* :class:`app.devices.drivers.idcard_sdtapi.SdtApiLink` — the vendors' common
  ``sdtapi`` library (Windows DLL / Linux .so) through ctypes.

A card placed on the reader answers "find" with 9F once; after it was read it stays
selected and answers 80 until it is lifted and placed again, so one placement gives one
read. The read key (:class:`ReadCard`) reads the card still lying on the reader.
Results leave as :class:`CardRead` / :class:`CardReadFailed` events; an unplugged or
silent reader goes offline (status bar) and is reconnected by the base driver.
"""

from __future__ import annotations

import queue
import time
from typing import Protocol

from app.devices.codecs.idcard_sam import (
    Cmd,
    SamCommand,
    SamDecoder,
    SamResponse,
    Sw3,
    describe_sw3,
    encode_command,
)
from app.devices.codecs.idcard_text import TEXT_LEN, decode_text
from app.devices.drivers.base import DeviceDriver, DriverTiming, EventSink, NoAnswer
from app.devices.drivers.wlt_photo import PhotoDecoder
from app.devices.errors import DeviceError, ProtocolError
from app.devices.messages import CardRead, CardReadFailed, ReadCard
from app.devices.transports.base import Transport

#: how often the reader is asked whether a card was placed
POLL_S = 0.3
#: a full text + photo answer is 1 295 bytes: at 9600 baud that is 1.35 s
READ_TIMEOUT_S = 3.0

NO_CARD_ZH = "未检测到证件：请把证件放在阅读器上（已读过的证件请拿起后重新放置）"


class ReadInterrupted(DeviceError):
    """The answer stopped half-way (the card was lifted during the read)."""


class BadFrame(DeviceError):
    """The reader's answer failed its check byte."""


class ReaderLink(Protocol):
    """One command → one answer with a reader; raises ``TransportError``/``NoAnswer``."""

    url: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    @property
    def is_open(self) -> bool: ...

    def command(self, command: Cmd, timeout_s: float) -> SamResponse: ...


class SamSerialLink:
    """SAM frames over a byte transport (pyserial URL)."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.url = transport.url
        self._decoder = SamDecoder("response")

    @property
    def is_open(self) -> bool:
        return self.transport.is_open

    def open(self) -> None:
        self.transport.open()
        self._decoder = SamDecoder("response")

    def close(self) -> None:
        self.transport.close()

    def command(self, command: Cmd, timeout_s: float) -> SamResponse:
        self._decoder.reset()
        rejected = self._decoder.rejected
        self.transport.write(encode_command(SamCommand.of(command)))
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            data = self.transport.read()
            if not data:
                continue
            answers = [a for a in self._decoder.feed(data) if isinstance(a, SamResponse)]
            if answers:
                return answers[-1]
            if self._decoder.rejected > rejected and not self._decoder.pending:
                raise BadFrame("读卡数据校验错误")
        if self._decoder.rejected > rejected:
            raise BadFrame("读卡数据校验错误")
        if self._decoder.pending:
            pending = self._decoder.pending
            self._decoder.reset()
            raise ReadInterrupted(f"读卡中断（只收到 {pending} 字节）")
        raise NoAnswer(f"阅读器无应答（{_COMMAND_ZH.get(command, hex(command))}）")


_COMMAND_ZH = {
    Cmd.STATUS: "状态检测",
    Cmd.SAM_ID: "读SAM编号",
    Cmd.FIND_CARD: "找卡",
    Cmd.SELECT_CARD: "选卡",
    Cmd.READ_BASE: "读基本信息",
}


class _SamCodecInfo:
    """What the base driver asks of a codec; the SAM exchange itself lives in the link."""

    name = "sam/1"

    def decoder(self) -> SamDecoder:
        return SamDecoder("response")

    def describe(self, message: object) -> str:
        return next((zh for cmd, zh in _COMMAND_ZH.items() if cmd == message), "阅读器命令")

    def expand(self, message: object) -> list[object]:
        return [message]

    def encode(self, message: object, seq: int) -> bytes:
        raise ProtocolError("身份证阅读器命令不走通用帧")

    def command_of(self, message: object) -> int:
        return 0


def parse_read_answer(data: bytes) -> tuple[bytes, bytes]:
    """Split the data of a 30 01 answer: text length(2) photo length(2) text photo."""
    if len(data) < 4:
        raise ProtocolError("读卡应答过短")
    text_len = int.from_bytes(data[0:2], "big")
    photo_len = int.from_bytes(data[2:4], "big")
    if text_len != TEXT_LEN or len(data) < 4 + text_len + photo_len:
        raise ProtocolError(f"读卡应答长度不符（文字 {text_len}，照片 {photo_len}，共 {len(data)} 字节）")
    text = data[4 : 4 + text_len]
    photo = data[4 + text_len : 4 + text_len + photo_len]
    return text, photo


def read_answer_data(text: bytes, photo: bytes) -> bytes:
    """The data part of a 30 01 answer (the emulator and the sdtapi link build it)."""
    return len(text).to_bytes(2, "big") + len(photo).to_bytes(2, "big") + text + photo


class IdCardReaderDriver(DeviceDriver):
    """Polls the reader for a placed card and reads it; the read key reads on demand."""

    role_zh = "身份证阅读器"

    def __init__(
        self,
        name: str,
        link: ReaderLink,
        on_event: EventSink,
        timing: DriverTiming | None = None,
        *,
        photo_decoder: PhotoDecoder | None = None,
        poll_s: float = POLL_S,
        read_timeout_s: float = READ_TIMEOUT_S,
    ) -> None:
        # The link stands where the base driver keeps its transport (open, close, is_open); the
        # SAM exchange goes through link.command, not through the codec's frames.
        super().__init__(name, link, _SamCodecInfo(), on_event, timing)  # type: ignore[arg-type]  # see above
        self.link = link
        self.photo_decoder = photo_decoder or PhotoDecoder(None)
        self.poll_s = poll_s
        self.read_timeout_s = read_timeout_s
        self._next_poll = 0.0

    def read_now(self) -> None:
        """Read the card on the reader (the clerk's key); the answer comes as an event."""
        self.submit(ReadCard())

    # ------------------------------------------------------------------ hooks (owner thread)

    def _connect(self) -> None:
        self.link.open()
        answer = self.link.command(Cmd.STATUS, self.timing.ack_timeout_s)
        if answer.sw3 != Sw3.OK:
            raise DeviceError(describe_sw3(answer.sw3))
        self._next_poll = 0.0

    def _service_once(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                break
            if isinstance(command, ReadCard):
                self._read(on_demand=True)
                self._next_poll = time.monotonic() + self.poll_s
        now = time.monotonic()
        if now < self._next_poll:
            time.sleep(min(0.05, self._next_poll - now))
            return
        self._next_poll = now + self.poll_s
        self._read(on_demand=False)

    def _execute_offline(self, command: object) -> None:
        if isinstance(command, ReadCard):
            self._emit(CardReadFailed(self._offline_reason or "身份证阅读器未连接"))

    def _read(self, *, on_demand: bool) -> None:
        """Find → select → read; failures of a placed card become ``CardReadFailed``."""
        try:
            found = self.link.command(Cmd.FIND_CARD, self.timing.ack_timeout_s)
        except (BadFrame, ReadInterrupted):
            return  # line noise on a poll: ask again next time
        if found.sw3 != Sw3.FOUND and not on_demand:
            return  # nothing new on the reader
        try:
            selected = self.link.command(Cmd.SELECT_CARD, self.timing.ack_timeout_s)
            if selected.sw3 != Sw3.OK:
                no_card = found.sw3 != Sw3.FOUND
                self._emit(CardReadFailed(NO_CARD_ZH if no_card else f"读卡失败：{describe_sw3(selected.sw3)}"))
                return
            answer = self._read_base()
            if answer is None:
                return
            text, photo = parse_read_answer(answer.data)
            card = decode_text(text, photo)
        except ReadInterrupted:
            self._emit(CardReadFailed("读卡中断：证件在读取时被移开，请重新放置证件"))
            return
        except BadFrame:
            self._emit(CardReadFailed("读卡数据校验错误，请拿起证件后重新放置"))
            return
        except ProtocolError as exc:
            self._emit(CardReadFailed(f"证件信息无法识别：{exc.message}"))
            return
        if not card.layout_known:
            self._emit(CardReadFailed(f"已识别为{card.card_type_zh}，本程序尚不能解析其内容，请手工填写"))
            return
        bmp, note = self.photo_decoder.decode(card.photo_wlt)
        self._emit(CardRead(card, bmp, note))

    def _read_base(self) -> SamResponse | None:
        """30 01 with one retry after a damaged answer (the card is still selected)."""
        for attempt in range(2):
            try:
                answer = self.link.command(Cmd.READ_BASE, self.read_timeout_s)
            except BadFrame:
                if attempt:
                    raise
                continue
            if answer.sw3 != Sw3.OK:
                self._emit(CardReadFailed(f"读卡失败：{describe_sw3(answer.sw3)}"))
                return None
            return answer
        return None
