"""ID-card reader emulator: the SAM frames over a pty (or TCP), with cards you place and lift.

``python -m app.devices.emulators.idcard --pty /tmp/idcard --place 王𬌗`` serves a reader;
type ``place NAME``, ``remove`` or ``list`` on its standard input. ``--cards FILE`` adds
cards from a JSON list (the fields of :class:`IdCardData` plus ``bad_checksum`` and
``remove_mid_read``). Tests use :class:`IdCardReaderEmulator` headless.

A card behaves like a chip: placed, it answers "find" once (9F); once selected it
stays active and "find" answers 80 until it is lifted and placed again.
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass, fields
from typing import Any
from pathlib import Path

from app.chinese_argparse import ChineseArgumentParser, add_version
from app.devices.codecs.idcard_sam import Cmd, SamCommand, SamDecoder, SamResponse, Sw3, encode_response
from app.devices.codecs.idcard_text import (
    FOREIGN_PR,
    FOREIGN_PR_2023,
    HMT_RESIDENCE,
    PHOTO_LEN,
    IdCardData,
    encode_text,
)
from app.devices.drivers.idcard import read_answer_data
from app.devices.emulators.core import DeviceEmulator

#: the SAM module number an emulated reader reports (12 FF)
SAM_ID = bytes.fromhex("0501" + "00" * 14)


@dataclass(frozen=True)
class EmulatedCard:
    """A card to place on the emulated reader, with the faults it should show."""

    data: IdCardData
    #: every read answer carries a wrong check byte
    bad_checksum: bool = False
    #: the card is lifted after half of the read answer was sent
    remove_mid_read: bool = False

    @property
    def label(self) -> str:
        return self.data.name or self.data.english_name or self.data.card_type


def demo_photo(seed: str) -> bytes:
    """1 024 bytes standing in for a WLT photo (deterministic per card)."""
    base = seed.encode("utf-8") or b"\x00"
    return bytes(base[i % len(base)] ^ (i & 0xFF) for i in range(PHOTO_LEN))


def _card(**values: Any) -> IdCardData:
    data = IdCardData(**values)
    return data.with_photo(demo_photo(data.id_number))


#: cards every emulator knows by name (training, the demo, tests)
DEMO_CARDS: dict[str, EmulatedCard] = {
    "王𬌗": EmulatedCard(
        _card(
            name="王𬌗",
            sex_code="1",
            nation_code="01",
            birth="19900307",
            address="浙江省杭州市西湖区文三路100号",
            id_number="330106199003071236",
            authority="杭州市公安局西湖分局",
            valid_from="20150601",
            valid_to="20350601",
        )
    ),
    "李〇芳": EmulatedCard(
        _card(
            name="李〇芳",
            sex_code="2",
            nation_code="03",
            birth="19491231",
            address="北京市朝阳区建国路1号院2号楼3单元401",
            id_number="11010519491231002X",
            authority="北京市公安局朝阳分局",
            valid_from="20120101",
            valid_to="长期",
        )
    ),
    "过期证": EmulatedCard(
        _card(
            name="张过期",
            sex_code="1",
            nation_code="01",
            birth="19600102",
            address="浙江省杭州市上城区解放路8号",
            id_number="330102196001020313",
            authority="杭州市公安局上城分局",
            valid_from="20040301",
            valid_to="20240301",
        )
    ),
    "外国人": EmulatedCard(
        _card(
            card_type=FOREIGN_PR,
            english_name="SMITH JOHN",
            name="史密斯",
            sex_code="1",
            id_number="USA310086010101",
            nationality="USA",
            birth="19860101",
            valid_from="20200101",
            valid_to="20300101",
            version="01",
            authority="1500",
        )
    ),
    "外国人2023": EmulatedCard(
        _card(
            card_type=FOREIGN_PR_2023,
            name="蒙哥马利·亚历山德拉",
            english_name="MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH",
            sex_code="2",
            renewal_count="00",
            birth="19880214",
            id_number="911826198802140021",
            valid_from="20240105",
            valid_to="20340105",
            nationality="GBR",
        )
    ),
    "港澳台": EmulatedCard(
        _card(
            card_type=HMT_RESIDENCE,
            name="陈港生",
            sex_code="2",
            birth="19950815",
            address="广东省深圳市福田区福华路6号",
            id_number="810000199508150045",
            authority="深圳市公安局",
            valid_from="20210101",
            valid_to="20260101",
            pass_number="H12345678",
            issue_count="01",
        )
    ),
    "校验错误": EmulatedCard(
        _card(
            name="赵校验",
            sex_code="1",
            nation_code="01",
            birth="20000101",
            address="广东省深圳市福田区深南大道1号",
            id_number="440304200001010017",
            authority="深圳市公安局福田分局",
            valid_from="20180101",
            valid_to="20280101",
        ),
        bad_checksum=True,
    ),
    "读卡中移开": EmulatedCard(
        _card(
            name="钱移开",
            sex_code="1",
            nation_code="01",
            birth="19850620",
            address="上海市浦东新区世纪大道100号",
            id_number="310115198506203016",
            authority="上海市公安局浦东分局",
            valid_from="20160101",
            valid_to="20360101",
        ),
        remove_mid_read=True,
    ),
}


class IdCardReaderEmulator(DeviceEmulator):
    """A reader with a SAM module; ``place``/``remove`` are the applicant's hand."""

    model = "SAM-EMU 1.0"

    def __init__(self, cards: dict[str, EmulatedCard] | None = None) -> None:
        super().__init__(codec=None, address=1)  # type: ignore[arg-type]  # SAM frames, decoded in feed(): no codec
        #: cards that can be placed by name
        self.cards: dict[str, EmulatedCard] = dict(DEMO_CARDS if cards is None else cards)
        self._card: EmulatedCard | None = None
        self._active = False
        self._selected = False
        #: every command code received, in order (tests look at them)
        self.commands: list[int] = []

    def _new_decoder(self) -> object:
        return SamDecoder("command")

    # ------------------------------------------------------------------ the applicant's hand

    @property
    def card(self) -> EmulatedCard | None:
        """The card on the reader now."""
        return self._card

    def place(self, card: EmulatedCard | IdCardData | str) -> None:
        """Put a card on the reader (a name from ``cards``, or a card)."""
        if isinstance(card, str):
            card = self.cards[card]
        elif isinstance(card, IdCardData):
            card = EmulatedCard(card)
        with self._cond:
            self._card, self._active, self._selected = card, False, False
            self._cond.notify_all()
        self._changed()

    def remove(self) -> None:
        """Lift the card."""
        with self._cond:
            self._card, self._active, self._selected = None, False, False
            self._cond.notify_all()
        self._changed()

    # ------------------------------------------------------------------ protocol

    def feed(self, data: bytes) -> None:
        if self.silent:
            return
        for command in self._decoder.feed(data):  # type: ignore[attr-defined]  # the SamDecoder of _new_decoder
            assert isinstance(command, SamCommand)
            with self._cond:
                self.commands.append(command.code)
                self.messages_received.append(command)
                self._cond.notify_all()
            self._answer(command)

    def _answer(self, command: SamCommand) -> None:
        code = command.code
        card = self._card
        if code in (Cmd.STATUS, Cmd.RESET):
            self._reply(SamResponse(Sw3.OK))
        elif code == Cmd.SAM_ID:
            self._reply(SamResponse(Sw3.OK, SAM_ID))
        elif code == Cmd.FIND_CARD:
            if card is not None and not self._active:
                self._active = True
                self._reply(SamResponse(Sw3.FOUND, b"\x00" * 4))
            else:
                self._reply(SamResponse(Sw3.FIND_FAILED))
        elif code == Cmd.SELECT_CARD:
            if card is not None:
                self._active = self._selected = True
                self._reply(SamResponse(Sw3.OK, b"\x00" * 8))
            else:
                self._reply(SamResponse(Sw3.SELECT_FAILED))
        elif code in (Cmd.READ_BASE, Cmd.READ_BASE_FP):
            self._read(card)
        else:
            self._reply(SamResponse(Sw3.BAD_COMMAND))

    def _read(self, card: EmulatedCard | None) -> None:
        if card is None or not self._selected:
            self._reply(SamResponse(Sw3.READ_FAILED))
            return
        frame = encode_response(SamResponse(Sw3.OK, read_answer_data(encode_text(card.data), card.data.photo_wlt)))
        if card.bad_checksum:
            frame = frame[:-1] + bytes((frame[-1] ^ 0xFF,))
        if card.remove_mid_read:
            self._raw(frame[: len(frame) // 2])
            self.remove()
            return
        self._raw(frame)
        self._changed()

    def _reply(self, response: SamResponse) -> None:
        self._raw(encode_response(response))

    def _raw(self, data: bytes) -> None:
        endpoint = self._endpoint
        if endpoint is not None:
            endpoint.write(data)

    def power_on_reset(self) -> None:
        self._active = self._selected = False


def load_cards(path: Path) -> dict[str, EmulatedCard]:
    """Cards from a JSON list: ``IdCardData`` fields plus ``bad_checksum``/``remove_mid_read``."""
    allowed = {f.name for f in fields(IdCardData)} - {"photo_wlt"}
    cards: dict[str, EmulatedCard] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        values = {k: str(v) for k, v in item.items() if k in allowed}
        card = EmulatedCard(
            _card(**values), bool(item.get("bad_checksum", False)), bool(item.get("remove_mid_read", False))
        )
        cards[str(item.get("label") or card.label)] = card
    return cards


def main(argv: list[str] | None = None) -> int:
    """Serve a reader on a pty (default) or TCP; place and lift cards from standard input."""
    parser = ChineseArgumentParser(
        prog="python -m app.devices.emulators.idcard", description="身份证阅读器模拟器（SAM 串口协议）"
    )
    add_version(parser, "身份证阅读器模拟器")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--pty", metavar="LINK", nargs="?", const="", help="在伪终端上提供串口（可给出固定的链接路径）")
    where.add_argument("--tcp", metavar="HOST:PORT", help="以 socket:// 地址提供（供 pyserial 连接）")
    parser.add_argument("--cards", type=Path, help="另加的身份证（JSON 列表文件）")
    parser.add_argument("--place", metavar="NAME", help="启动时放在阅读器上的证件（姓名）")
    parser.add_argument("--gui", action="store_true", help="显示窗口，每张证件一个按钮")
    args = parser.parse_args(argv)
    emulator = IdCardReaderEmulator()
    if args.cards:
        emulator.cards.update(load_cards(args.cards))
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        url = emulator.serve_tcp(host or "127.0.0.1", int(port), scheme="socket")
    else:
        url = emulator.serve_pty(args.pty or None)
    if args.place:
        emulator.place(args.place)
    print(f"身份证阅读器模拟器已启动：{url}（可用证件：{'、'.join(emulator.cards)}）", flush=True)
    if args.gui:
        from app.devices.emulators.idcard_gui import run_idcard_window

        try:
            return run_idcard_window(emulator, url)
        finally:
            emulator.stop()
    print("输入 place 名称 放卡，remove 拿走，list 查看，quit 退出", flush=True)
    try:
        for line in sys.stdin:
            word, _, rest = line.strip().partition(" ")
            if word == "place" and rest in emulator.cards:
                emulator.place(rest)
                print(f"已放置：{rest}", flush=True)
            elif word == "remove":
                emulator.remove()
                print("已拿走证件", flush=True)
            elif word == "list":
                print("、".join(emulator.cards), flush=True)
            elif word == "quit":
                break
            elif word:
                print(f"不认识的命令或证件：{line.strip()}", flush=True)
        else:
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
