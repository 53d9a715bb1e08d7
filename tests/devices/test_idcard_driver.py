"""The reader driver against the emulator over a real pseudo-terminal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.devices.codecs.idcard_sam import Cmd
from app.devices.config import DeviceConfig, build_driver
from app.devices.drivers.idcard import NO_CARD_ZH, IdCardReaderDriver, SamSerialLink
from app.devices.emulators.idcard import IdCardReaderEmulator
from app.devices.messages import CardRead, CardReadFailed, DeviceOffline, DeviceOnline
from app.devices.transports.factory import transport_for_url


@pytest.fixture
def reader() -> Iterator[IdCardReaderEmulator]:
    emulator = IdCardReaderEmulator()
    yield emulator
    emulator.stop()


def _driver(url: str, events, fast, stopping) -> IdCardReaderDriver:  # type: ignore[no-untyped-def]
    link = SamSerialLink(transport_for_url(url, baudrate=115200, poll_s=0.02))
    driver = IdCardReaderDriver("身份证阅读器", link, events, fast, poll_s=0.05, read_timeout_s=0.4)
    stopping(driver)
    driver.start()
    return driver


def test_a_placed_card_is_read_once_per_placement(reader, events, fast, stopping, tmp_path) -> None:
    url = reader.serve_pty(str(tmp_path / "idcard"))
    _driver(url, events, fast, stopping)
    events.next(DeviceOnline)
    reader.place("王𬌗")
    read = events.next(CardRead)
    assert read.card.name == "王𬌗" and read.card.id_number == "330106199003071236"
    assert read.photo_bmp is None and "不显示照片" in read.photo_note
    # still on the reader: the polls find no *new* card, so nothing is read twice
    reader.wait_for(lambda: reader.commands.count(Cmd.FIND_CARD) >= 8)
    assert reader.commands.count(Cmd.READ_BASE) == 1
    reader.remove()
    reader.place("王𬌗")
    assert events.next(CardRead).card.name == "王𬌗"
    assert reader.commands.count(Cmd.READ_BASE) == 2


def test_the_read_key_reads_a_card_already_on_the_reader_and_says_when_there_is_none(
    reader, events, fast, stopping
) -> None:
    driver = _driver(reader.serve_pty(), events, fast, stopping)
    events.next(DeviceOnline)
    driver.read_now()
    assert events.next(CardReadFailed).reason == NO_CARD_ZH
    reader.place("港澳台")
    events.next(CardRead)
    driver.read_now()  # the same card, lying there since
    assert events.next(CardRead).card.card_type_zh == "港澳台居民居住证"


def test_bad_checksum_and_card_lifted_mid_read_are_told_and_the_reader_keeps_working(
    reader, events, fast, stopping
) -> None:
    _driver(reader.serve_pty(), events, fast, stopping)
    events.next(DeviceOnline)
    reader.place("校验错误")
    assert "校验错误" in events.next(CardReadFailed).reason
    assert reader.commands.count(Cmd.READ_BASE) == 2  # one retry on the still-selected card
    reader.remove()
    reader.place("读卡中移开")
    assert events.next(CardReadFailed).reason == "读卡中断：证件在读取时被移开，请重新放置证件"
    reader.place("李〇芳")
    assert events.next(CardRead).card.name == "李〇芳"
    assert not any(isinstance(e, DeviceOffline) for e in events.seen)


def test_unplugged_reader_goes_offline_and_comes_back_on_the_same_path(
    reader, events, fast, stopping, tmp_path
) -> None:
    url = reader.serve_pty(str(tmp_path / "ttyUSB-idcard"))
    driver = _driver(url, events, fast, stopping)
    events.next(DeviceOnline)
    reader.stop()
    offline = events.next(DeviceOffline)
    assert offline.reason.startswith("身份证阅读器未连接")
    driver.read_now()
    assert events.next(CardReadFailed).reason.startswith("身份证阅读器未连接")
    reader.restart()
    events.next(DeviceOnline)
    reader.place("外国人")
    assert events.next(CardRead).card.english_name == "SMITH JOHN"


def test_a_silent_reader_is_offline_not_hung(reader, events, fast, stopping) -> None:
    reader.silent = True
    _driver(reader.serve_pty(), events, fast, stopping)
    assert "无应答" in events.next(DeviceOffline).reason


def test_the_registry_builds_a_serial_reader_from_settings(reader, events, fast, stopping) -> None:
    url = reader.serve_tcp(scheme="socket")
    driver = stopping(build_driver(DeviceConfig("身份证阅读器", "idcard", url, "sam/1"), events, fast))
    driver.start()
    events.next(DeviceOnline)
    reader.place("过期证")
    assert events.next(CardRead).card.valid_to == "20240301"
