"""Printer backends against real sockets, files and a stand-in ``lp`` command."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import time
from pathlib import Path

import pytest

from app.devices.emulators.printer import VirtualPrinter, status_byte
from app.forms.registry import build_demo
from app.printing.backends import (
    CupsBackend,
    FileBackend,
    PdfFolderBackend,
    PrinterConfig,
    SerialBackend,
    TcpBackend,
    Win32RawBackend,
    check_status,
    open_backend,
)
from app.printing.errors import CoverOpen, PaperOut, PrinterConfigError, PrinterOffline, PrinterUnreachable
from app.printing.escpos import render_escpos
from app.printing.profile import PrinterProfile, ResidentCharset, TextMode

TICKET = render_escpos(build_demo("ticket"), PrinterProfile(width_dots=384, text_mode=TextMode.RESIDENT))


def test_urls_choose_backends() -> None:
    tcp = open_backend("tcp://192.168.1.50")
    assert isinstance(tcp, TcpBackend) and (tcp.host, tcp.port) == ("192.168.1.50", 9100)
    serial = open_backend("serial:///dev/ttyUSB0?baudrate=19200")
    assert isinstance(serial, SerialBackend) and serial.port == "/dev/ttyUSB0"
    assert serial.baudrate == 19200
    assert open_backend("serial://COM3").port == "COM3"  # type: ignore[attr-defined]
    assert open_backend("file:///dev/usb/lp0").path == Path("/dev/usb/lp0")  # type: ignore[attr-defined]
    assert open_backend("win32raw://EPSON%20TM-T82").printer_name == "EPSON TM-T82"  # type: ignore[attr-defined]
    assert open_backend("cups://receipt?host=10.0.0.2").server == "10.0.0.2"  # type: ignore[attr-defined]
    assert isinstance(open_backend("pdf:///srv/archive"), PdfFolderBackend)
    with pytest.raises(PrinterConfigError, match="无法识别的打印机地址"):
        open_backend("lpt://1")


@pytest.mark.parametrize(
    ("paper_out", "cover_open", "error", "message"),
    [
        (True, False, PaperOut, "打印机缺纸，请装纸后点击重试"),
        (False, True, CoverOpen, "打印机纸仓盖未关好，请合上后点击重试"),
    ],
)
def test_status_bytes_become_chinese_errors(paper_out: bool, cover_open: bool, error: type, message: str) -> None:
    def exchange(request: bytes) -> int:
        return status_byte(request[2], paper_out=paper_out, cover_open=cover_open)

    with pytest.raises(error) as raised:
        check_status(exchange)
    assert str(raised.value) == message


def test_status_offline_and_silent_printers() -> None:
    with pytest.raises(PrinterOffline):
        check_status(lambda request: 0x12 | 0x08 if request[2] == 1 else 0x12)
    assert check_status(lambda request: 0x12) is True
    assert check_status(lambda request: None) is False  # no status support: print anyway


def test_tcp_paper_out_is_reported_before_sending(printer: VirtualPrinter) -> None:
    printer.set_paper_out(True)
    with pytest.raises(PaperOut):
        TcpBackend("127.0.0.1", printer.port).send(TICKET, name="t")
    assert printer.slips == [] and printer.discarded == 0
    printer.set_paper_out(False)
    TcpBackend("127.0.0.1", printer.port).send(TICKET, name="t")
    assert "A012" in printer.wait_for_slips(1)[0].lines


def test_control_file_simulates_paper_out(tmp_path: Path) -> None:
    with VirtualPrinter("127.0.0.1", 0, out_dir=tmp_path) as virtual:
        (tmp_path / "PAPER_OUT").touch()
        with pytest.raises(PaperOut):
            open_backend(f"tcp://127.0.0.1:{virtual.port}").send(TICKET, name="t")
        (tmp_path / "PAPER_OUT").unlink()
        open_backend(f"tcp://127.0.0.1:{virtual.port}").send(TICKET, name="t")
        assert len(virtual.wait_for_slips(1)) == 1


def test_unreachable_printer_says_so_in_chinese() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PrinterUnreachable) as raised:
        TcpBackend("127.0.0.1", port, timeout=1).send(TICKET, name="t")
    assert f"无法连接打印机 127.0.0.1:{port}" in str(raised.value)


def test_serial_backend_through_pyserial_url(printer: VirtualPrinter) -> None:
    backend = open_backend(f"serial:socket://127.0.0.1:{printer.port}")
    backend.send(TICKET, name="t")
    assert "A012" in printer.wait_for_slips(1)[0].lines
    assert printer.status_queries == 4


def test_file_backend_appends_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    FileBackend(device).send(TICKET, name="t")
    assert device.read_bytes() == TICKET


def test_pdf_folder_backend_writes_named_file(tmp_path: Path) -> None:
    PdfFolderBackend(tmp_path / "archive").send(b"%PDF-1.4 test", name="受理通知书 西政服受字〔2026〕第0003号")
    (saved,) = (tmp_path / "archive").iterdir()
    assert saved.name == "受理通知书 西政服受字〔2026〕第0003号.pdf"
    assert saved.read_bytes() == b"%PDF-1.4 test"


def test_cups_backend_calls_lp_raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "lp.log"
    script = tmp_path / "lp"
    script.write_text(f'#!/bin/sh\necho "$@" > {log}\ncat > {tmp_path}/lp.data\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    CupsBackend("receipt").send(TICKET, name="取号单")
    assert log.read_text().split() == ["-d", "receipt", "-o", "raw", "-t", "取号单"]
    assert (tmp_path / "lp.data").read_bytes() == TICKET


def test_win32raw_outside_windows_is_a_config_error() -> None:
    with pytest.raises(PrinterConfigError, match="只能在 Windows 上使用"):
        Win32RawBackend("EPSON").send(TICKET, name="t")


def test_cutter_jam_keeps_printer_offline_with_reason(printer: VirtualPrinter) -> None:
    printer.set_cutter_jam(True)
    with pytest.raises(PrinterOffline) as raised:
        TcpBackend("127.0.0.1", printer.port).send(TICKET, name="t")
    assert "切刀卡纸" in str(raised.value) and "重试" in str(raised.value)
    assert printer.slips == []


def test_cover_open_on_the_virtual_printer(printer: VirtualPrinter) -> None:
    printer.set_cover_open(True)
    with pytest.raises(CoverOpen):
        TcpBackend("127.0.0.1", printer.port).send(TICKET, name="t")


@pytest.mark.skipif(shutil.which("socat") is None, reason="socat is needed for a real pty")
def test_serial_backend_over_a_real_pty(printer: VirtualPrinter, tmp_path: Path) -> None:
    link = tmp_path / "ttyV0"
    bridge = subprocess.Popen(["socat", f"pty,raw,echo=0,link={link}", f"tcp:127.0.0.1:{printer.port}"])
    try:
        deadline = time.monotonic() + 5
        while not link.exists():
            assert time.monotonic() < deadline, "socat did not create the pty"
            time.sleep(0.02)
        open_backend(f"serial://{link}?baudrate=115200").send(TICKET, name="t")
        assert "A012" in printer.wait_for_slips(1)[0].lines
        assert printer.status_queries == 4, "status was asked through the pty"
    finally:
        bridge.terminate()
        bridge.wait(timeout=5)


def test_printer_config_from_setting_values() -> None:
    config = PrinterConfig.from_values("tcp://10.0.0.9", width_mm=58, text_mode="resident", codepage="gb2312")
    assert config.profile.width_dots == 384
    assert config.profile.text_mode is TextMode.RESIDENT
    assert config.profile.codepage is ResidentCharset.GB2312
    with pytest.raises(PrinterConfigError, match="打印机设置无效"):
        PrinterConfig.from_values("tcp://10.0.0.9", text_mode="bitmap")
    with pytest.raises(PrinterConfigError, match="不支持的纸宽 76 mm"):
        PrinterConfig.from_values("tcp://10.0.0.9", width_mm=76)
