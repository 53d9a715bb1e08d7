"""LED driver ⇄ LED emulator over a real pty and a real TCP socket."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.devices.codecs.framing import encode_frame
from app.devices.codecs.led_serial import CdkLedCodec
from app.devices.config import DeviceConfig, build_driver
from app.devices.drivers.base import DriverTiming
from app.devices.drivers.led import LedDriver
from app.devices.emulators.led import LedEmulator
from app.devices.messages import DeviceOffline, DeviceOnline, LedState, LedTicket
from app.devices.transports.factory import transport_for_url


def _serve(emulator: LedEmulator, link: str, tmp_path: Path) -> str:
    if link == "pty":
        return emulator.serve_pty(str(tmp_path / "led"))
    return emulator.serve_tcp()


@pytest.mark.parametrize("link", ["pty", "tcp"])
def test_show_ticket_reaches_the_screen_as_the_exact_frame(link, tmp_path, led_emulator, events, fast, stopping):
    url = _serve(led_emulator, link, tmp_path)
    driver = stopping(LedDriver("窗口屏", transport_for_url(url), CdkLedCodec(1, "gb18030"), events, fast))
    driver.start()
    events.next(DeviceOnline)

    driver.show_ticket("A012", "05")

    assert led_emulator.wait_for(lambda: led_emulator.screen.ticket is not None)
    frame = led_emulator.frames_received[-1]
    # AA 55 | addr 01 | seq | cmd 41 | len 08 00 | enc 02 (GB18030) "A012" 1F "05" | CRC
    assert frame.to_bytes() == encode_frame(1, frame.seq, 0x41, b"\x02A012\x1f05")
    assert frame.to_bytes()[4:15] == bytes.fromhex("41 08 00 02 41 30 31 32 1f 30 35")
    assert led_emulator.screen.ticket == LedTicket("A012", "05")
    assert "请 A012 号到 05 号窗口办理" in led_emulator.displayed_text


def test_window_status_and_text_in_gb2312_over_tcp(led_emulator, events, fast, stopping):
    url = led_emulator.serve_tcp()
    config = DeviceConfig("窗口屏", "led", url, "cdk-led/1", options={"encoding": "GB2312"})
    driver = stopping(build_driver(config, events, fast))
    driver.start()
    events.next(DeviceOnline)

    driver.show_window("05", "社保医保综合窗口", "人力资源和社会保障局")
    driver.show_status(LedState.AWAY, "外出办事", "14:30")
    driver.show_text("本窗口办理社保卡补换、参保登记等业务，请提前准备身份证原件。", scroll=True, speed=3)

    assert led_emulator.wait_for(lambda: led_emulator.screen.text is not None)
    assert led_emulator.last_encoding == "gb2312"
    assert led_emulator.lines == [
        "05 号窗口  社保医保综合窗口  人力资源和社会保障局",
        "外出办事，预计 14:30 返回",
        "本窗口办理社保卡补换、参保登记等业务，请提前准备身份证原件。",
    ]
    status_frame = next(f for f in led_emulator.frames_received if f.command == 0x42)
    assert status_frame.payload == b"\x02\x01" + "外出办事".encode("gb2312") + b"\x1f14:30"


def test_screen_is_restored_after_the_controller_restarts(tmp_path, led_emulator, events, fast, stopping):
    url = led_emulator.serve_pty(str(tmp_path / "led"))
    driver = stopping(LedDriver("窗口屏", transport_for_url(url), CdkLedCodec(), events, fast))
    driver.start()
    events.next(DeviceOnline)
    driver.show_window("05", "社保窗口", "人社局")
    driver.show_ticket("A012", "05")
    assert led_emulator.wait_for(lambda: led_emulator.screen.ticket is not None)

    led_emulator.stop()
    offline = events.next(DeviceOffline)
    assert offline.reason.startswith(f"窗口屏未连接（{url}）：")
    driver.show_ticket("A013", "05")  # called while the screen is unplugged: kept, not lost

    led_emulator.restart()
    events.next(DeviceOnline)
    assert led_emulator.wait_for(lambda: led_emulator.screen.ticket == LedTicket("A013", "05"))
    assert led_emulator.screen.window is not None and led_emulator.screen.window.window_name == "社保窗口"


#: A read timeout no call may wait for: a driver that polls the link would sit in read()
#: this long before it looked at its command queue again.
SLOW_POLL_S = 30.0


@pytest.mark.parametrize("link", ["pty", "tcp"])
def test_a_command_reaches_the_wire_without_waiting_for_the_read_timeout(
    link, tmp_path, led_emulator, events, stopping
):
    url = _serve(led_emulator, link, tmp_path)
    timing = DriverTiming(ack_timeout_s=2.0, retries=1, heartbeat_s=120.0, backoff_initial_s=0.05, backoff_max_s=0.3)
    transport = transport_for_url(url, poll_s=SLOW_POLL_S)
    driver = stopping(LedDriver("窗口屏", transport, CdkLedCodec(), events, timing))
    driver.start()
    events.next(DeviceOnline)
    assert transport.fileno() is not None  # a pty and a socket are selected on, not polled
    before = len(led_emulator.frames_received)  # the connect ping

    driver.show_ticket("A012", "05")
    driver.show_ticket("A013", "05")

    # Both calls are on the screen long before one read timeout of the link has passed:
    # the owner thread was woken by the command, not by the timeout.
    assert led_emulator.wait_for(lambda: led_emulator.screen.ticket == LedTicket("A013", "05"), timeout_s=10)
    after = led_emulator.frames_received[before:]
    assert [f.command for f in after] == [0x41, 0x41]  # nothing else first (no ping, no replay)
    assert [f.payload[1:5] for f in after] == [b"A012", b"A013"]  # in the order they were called


def test_stop_returns_at_once_even_with_a_long_read_timeout(led_emulator, events, stopping):
    url = led_emulator.serve_tcp()
    driver = LedDriver("窗口屏", transport_for_url(url, poll_s=SLOW_POLL_S), CdkLedCodec(), events)
    driver.start()
    events.next(DeviceOnline)
    driver.stop(timeout_s=10)
    assert not driver.running  # woken out of select by stop(), not left in a 30 s read
