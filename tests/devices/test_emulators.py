"""Emulators: the applicant's window, the scrolling LED strip, bus rules, the demo hall."""

from __future__ import annotations

import socket
import time

from PySide6.QtCore import Qt

from app.devices.codecs.evaluator_serial import CdkEvalCodec
from app.devices.codecs.framing import FrameDecoder, encode_frame
from app.devices.config import build_driver
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.emulators.demo import start_demo_devices
from app.devices.emulators.gui import EvaluatorEmulatorWindow, LedEmulatorWindow
from app.devices.messages import (
    DeviceOnline,
    LedText,
    LedTicket,
    LedWindow,
    Pause,
    RatingPressed,
)
from app.devices.transports.factory import transport_for_url


def test_applicant_clicks_dissatisfied_with_a_reason_in_the_window(qtbot, evaluator_emulator, events, fast, stopping):
    url = evaluator_emulator.serve_tcp()
    window = EvaluatorEmulatorWindow(evaluator_emulator, url)
    qtbot.addWidget(window)
    driver = stopping(EvaluatorDriver("评价器", transport_for_url(url), CdkEvalCodec(), events, fast))
    driver.start()
    events.next(DeviceOnline)
    assert not window._buttons[2].isEnabled()  # nothing to rate yet

    request_id = driver.request_rating("A012")
    qtbot.waitUntil(lambda: window._buttons[2].isEnabled(), timeout=3000)
    assert "业务编号：A012" in window._text.text()
    # every rating is whole on its key, never broken as 非常 / 不满意 across lines
    window.show()
    qtbot.waitExposed(window)
    assert "非常不满意" not in window._text.text()
    for score, button in window._buttons.items():
        label = button.text()
        assert button.fontMetrics().horizontalAdvance(label) <= button.contentsRect().width(), (score, label)
    window._reasons[0].setChecked(True)
    qtbot.mouseClick(window._buttons[2], Qt.MouseButton.LeftButton)

    assert events.next(RatingPressed) == RatingPressed(request_id, "A012", 2, ("等候时间长",))
    qtbot.waitUntil(lambda: not window._buttons[2].isEnabled(), timeout=3000)


def test_led_window_scrolls_long_text(qtbot, led_emulator):
    led_emulator.apply(LedWindow("05", "社保窗口", "人社局"))
    led_emulator.apply(LedTicket("A012", "05"))
    long_text = "本窗口办理社保卡补换、参保登记等业务，请提前准备身份证原件。"
    led_emulator.apply(LedText(long_text))
    window = LedEmulatorWindow(led_emulator, "test")
    qtbot.addWidget(window)
    window.refresh()
    first = window.scrolling_line
    assert len(first) == LedEmulatorWindow.WIDTH and long_text.startswith(first)
    qtbot.waitUntil(lambda: window.scrolling_line != first, timeout=3000)
    assert window.scrolling_line in (long_text + "　　　") * 2
    assert "请 A012 号到 05 号窗口办理" in window._fixed.text()


def test_broadcast_is_obeyed_without_an_answer_and_garbage_is_refused(evaluator_emulator):
    host, port = evaluator_emulator.serve_tcp().removeprefix("tcp://").split(":")
    with socket.create_connection((host, int(port)), timeout=2) as sock:
        sock.settimeout(0.3)
        sock.sendall(CdkEvalCodec(0xFF).encode(Pause("暂停服务"), 1))
        assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.mode == "paused")
        # a well-formed frame with a payload the device cannot read gets NAK 03
        sock.sendall(encode_frame(1, 2, 0x20, b"\x01"))  # RATE_REQUEST with a 1-byte payload
        reply = b""
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and len(FrameDecoder().feed(reply)) < 1:
            try:
                reply += sock.recv(100)
            except TimeoutError:
                continue
    frames = FrameDecoder().feed(reply)
    assert [(f.seq, f.command, f.payload) for f in frames] == [(2, 0x15, b"\x20\x03")]


def test_demo_devices_are_reachable_through_their_configs(events, fast, stopping):
    demo = start_demo_devices()
    try:
        assert {c.protocol for c in demo.configs} == {"cdk-eval/1", "cdk-eval-ws/1", "cdk-led/1", "sam/1"}
        for config in demo.configs:
            driver = stopping(build_driver(config, events, fast))
            driver.start()
            events.next(DeviceOnline)
        assert set(demo.urls) == {"评价器", "平板评价器", "窗口屏", "身份证阅读器"}
    finally:
        demo.stop()
