"""A Windows PC's receipt printer queue, COM ports and folders, with Windows faked at its boundary only.

* ``win32raw://`` goes through pywin32's ``win32print`` (a fake spooler keeps the RAW job);
  the bytes are the program's real ESC/POS, decoded back into the slip.
* ``COM3`` is a port *name*: the program must hand it to pyserial unchanged (pyserial
  opens ``\\\\.\\COM3`` on Windows).  Here a real pseudo-terminal is linked under that
  name in the working folder, so the same name reaches a real serial device.
* The folders are what platformdirs' Windows implementation gives for ``%LOCALAPPDATA%``:
  the table in docs/install.md.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.windows import Windows

from app import settings as program_settings
from app.devices.emulators.printer import EscPosDecoder, SlipDone
from app.printing.backends import open_backend
from app.selfcheck import CheckFailed, DEVICE_TEST_TEXT, probe_device, probe_printer, device_config
from app.printing.errors import PrinterConfigError, PrinterUnreachable
from tests.install.windows_fakes import Spooler, fake_windows


def test_the_self_checks_test_ticket_reaches_the_windows_queue_as_raw_escpos(monkeypatch: pytest.MonkeyPatch) -> None:
    spooler = Spooler({"EPSON TM-T82", "Microsoft Print to PDF"})
    fake_windows(monkeypatch, {"win32print": spooler.module()})

    detail = probe_printer("win32raw://EPSON TM-T82", 80, "raster")

    assert detail == "win32raw://EPSON TM-T82：已打印测试页（ESC/POS，80 毫米）"
    [job] = spooler.jobs
    assert (job.printer, job.datatype, job.pages, job.ended) == ("EPSON TM-T82", "RAW", 1, True)
    assert spooler.closed == 1
    slips = [event.slip for event in EscPosDecoder().feed(job.data) if isinstance(event, SlipDone)]
    assert len(slips) == 1 and slips[0].cut and slips[0].order


def test_a_wrong_queue_name_says_so_in_chinese_and_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    spooler = Spooler({"EPSON TM-T82"})
    fake_windows(monkeypatch, {"win32print": spooler.module()})
    with pytest.raises(PrinterUnreachable) as raised:
        open_backend("win32raw://EPSON TM-T88").send(b"\x1b@", name="t")
    assert str(raised.value).startswith("无法连接打印机 EPSON TM-T88：打印机名无效。")
    assert spooler.jobs == []


def test_without_pywin32_the_queue_is_refused_with_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_windows(monkeypatch)
    with pytest.raises(PrinterConfigError, match="此电脑缺少 pywin32 组件"):
        open_backend("win32raw://EPSON TM-T82").send(b"\x1b@", name="t")


def test_com_port_names_reach_pyserial_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the printer URL forms the install guide gives for COM ports
    assert open_backend("serial://COM3?baudrate=19200").port == "COM3"  # type: ignore[attr-defined]
    assert open_backend("serial://COM12").port == "COM12"  # type: ignore[attr-defined]

    # A LED window screen on "COM3": the wizard's test shows the test text on the real device behind that name
    from app.devices.emulators.led import LedEmulator

    led = LedEmulator()
    led.serve_pty(str(tmp_path / "COM3"))
    monkeypatch.chdir(tmp_path)
    try:
        detail = probe_device(
            device_config("led", "COM3", "cdk-led/1", options={"encoding": "gb18030"}),
            timeout_s=5,
            confirm=lambda: DEVICE_TEST_TEXT in led.displayed_text,
        )
    finally:
        led.stop()
    assert detail.startswith("COM3：已连接") and detail.endswith(f"已显示“{DEVICE_TEST_TEXT}”")


def test_a_com_port_that_is_not_there_is_a_failed_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CheckFailed) as failed:
        probe_device(device_config("led", "COM7", "cdk-led/1"), timeout_s=3)
    assert "窗口屏未连接（COM7）" in failed.value.message


def test_windows_folders_are_the_ones_the_install_guide_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows answers "where is LOCALAPPDATA" (platformdirs' documented override stands in for the shell API)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\clerk\AppData\Local")
    for name in ("CD_CONFIG_DIR", "CD_DATA_DIR", "CD_LOG_DIR", "CD_CACHE_DIR", "CD_SETTINGS"):
        monkeypatch.delenv(name, raising=False)
    fake_windows(monkeypatch)
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)  # what platformdirs picks on Windows

    def windows(path: Path) -> PureWindowsPath:
        return PureWindowsPath(str(path))

    home = PureWindowsPath(r"C:\Users\clerk\AppData\Local\CounterDesk")
    assert windows(program_settings.settings_path()) == home / "settings.toml"
    assert windows(program_settings.data_dir()) == home
    assert windows(program_settings.log_dir()) == home / "Logs"
    assert windows(program_settings.cache_dir()) == home / "Cache"

    # CD_* still move them (a PC whose system disk is restored every night)
    monkeypatch.setenv("CD_DATA_DIR", r"D:\CounterDeskData")
    assert windows(program_settings.data_dir()) == PureWindowsPath(r"D:\CounterDeskData")
