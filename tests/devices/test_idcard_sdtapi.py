"""The sdtapi DLL interface and the vendor photo decoder, through ctypes against real
shared libraries built here from tests/devices/clibs (this machine has no vendor DLL)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.devices.codecs.idcard_text import encode_text
from app.devices.config import DeviceConfig, build_driver
from app.devices.drivers.idcard_sdtapi import SdtApiLink
from app.devices.drivers.wlt_photo import BMP_SIZE, MISSING_ZH, PhotoDecoder
from app.devices.emulators.idcard import DEMO_CARDS
from app.devices.errors import TransportError
from app.devices.messages import CardRead, CardReadFailed, DeviceOffline, DeviceOnline

CLIBS = Path(__file__).parent / "clibs"


def _build(source: str, out: Path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the test library (./dev setup installs gcc)")
    subprocess.run([compiler, "-shared", "-fPIC", "-O1", "-o", str(out), str(CLIBS / source)], check=True)
    return out


@pytest.fixture(scope="module")
def sdtapi(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    return _build("sdtapi_test.c", tmp_path_factory.mktemp("sdt") / "libsdtapi_test.so")


@pytest.fixture(scope="module")
def wlt(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    return _build("wlt_test.c", tmp_path_factory.mktemp("wlt") / "libwlt_test.so")


def _put_card(path: Path, name: str) -> None:
    card = DEMO_CARDS[name].data
    path.write_bytes(encode_text(card) + card.photo_wlt)


def test_card_read_through_the_library_with_the_photo_decoded(
    sdtapi, wlt, tmp_path, monkeypatch, events, fast, stopping
) -> None:
    card_file = tmp_path / "card.bin"
    monkeypatch.setenv("SDT_TEST_CARD", str(card_file))
    config = DeviceConfig(
        "身份证阅读器",
        "idcard",
        "sdtapi:1001",
        "sdtapi",
        options={"library": str(sdtapi), "photo_library": str(wlt)},
    )
    driver = stopping(build_driver(config, events, fast))
    driver.start()
    events.next(DeviceOnline)
    _put_card(card_file, "王𬌗")
    read = events.next(CardRead)
    assert read.card.name == "王𬌗" and read.photo_note == ""
    assert read.photo_bmp[:2] == b"BM" and len(read.photo_bmp) == BMP_SIZE
    assert read.photo_bmp[54:60] == read.card.photo_wlt[:6]  # the pixels came from this card's photo
    card_file.unlink()
    driver.read_now()
    assert "未检测到证件" in events.next(CardReadFailed).reason
    monkeypatch.setenv("SDT_TEST_UNPLUGGED", "1")
    assert events.next(DeviceOffline).reason == "身份证阅读器未连接（sdtapi:1001）：接收阅读器数据超时"
    monkeypatch.delenv("SDT_TEST_UNPLUGGED")
    events.next(DeviceOnline)
    _put_card(card_file, "外国人")
    assert events.next(CardRead).card.card_type_zh == "外国人永久居留身份证"


def test_missing_library_or_bad_port_is_a_clear_chinese_error(sdtapi, tmp_path) -> None:
    with pytest.raises(TransportError, match="找不到阅读器厂商库"):
        SdtApiLink("sdtapi:1001", str(tmp_path / "nope.so")).open()
    with pytest.raises(TransportError, match="端口打开失败"):
        SdtApiLink("sdtapi:1002", str(sdtapi)).open()
    with pytest.raises(TransportError, match="sdtapi:端口号"):
        SdtApiLink("COM3", str(sdtapi))


def test_no_photo_decoder_means_no_photo_and_says_so(tmp_path) -> None:
    assert PhotoDecoder(None).decode(b"\0" * 1024) == (None, MISSING_ZH)
    broken = PhotoDecoder(tmp_path / "libwlt.so")
    assert not broken.available and "无法加载" in broken.note
