"""Start the demo hall's devices in-process and say where they listen."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from app.devices.config import DeviceConfig
from app.devices.emulators.evaluator import EvaluatorEmulator
from app.devices.emulators.idcard import IdCardReaderEmulator
from app.devices.emulators.led import LedEmulator


@dataclass
class DemoDevices:
    """Running emulators plus the ``DeviceConfig`` list that reaches them."""

    evaluator: EvaluatorEmulator
    tablet: EvaluatorEmulator
    led: LedEmulator
    idcard: IdCardReaderEmulator
    configs: list[DeviceConfig] = field(default_factory=list)

    @property
    def urls(self) -> dict[str, str]:
        """Device name → URL (for logs and the settings dialog)."""
        return {config.name: config.url for config in self.configs}

    def stop(self) -> None:
        """Stop every emulator."""
        self.evaluator.close()
        self.tablet.close()
        self.led.stop()
        self.idcard.stop()


def start_demo_devices(use_pty: bool = False, host: str = "127.0.0.1", with_voice: bool = False) -> DemoDevices:
    """Start a keypad evaluator, a tablet evaluator, an LED screen and an ID-card reader.

    TCP by default (works on Windows); ``use_pty`` serves the keypad and the LED on
    pseudo-terminals instead (POSIX only), exercising the serial code path.
    """
    evaluator = EvaluatorEmulator()
    tablet = EvaluatorEmulator.tablet()
    led = LedEmulator()
    idcard = IdCardReaderEmulator()
    if use_pty and os.name == "posix":
        evaluator_url = evaluator.serve_pty()
        led_url = led.serve_pty()
        idcard_url = idcard.serve_pty()
    else:
        evaluator_url = evaluator.serve_tcp(host)
        led_url = led.serve_tcp(host)
        idcard_url = idcard.serve_tcp(host, scheme="socket")
    tablet_url = tablet.serve_websocket(host)
    configs = [
        DeviceConfig("评价器", "evaluator", evaluator_url, "cdk-eval/1"),
        DeviceConfig("平板评价器", "evaluator", tablet_url, "cdk-eval-ws/1"),
        DeviceConfig("窗口屏", "led", led_url, "cdk-led/1", options={"encoding": "gb18030"}),
        DeviceConfig("身份证阅读器", "idcard", idcard_url, "sam/1"),
    ]
    if with_voice:
        configs.append(DeviceConfig("语音播报", "announcer", "", "auto"))
    return DemoDevices(evaluator, tablet, led, idcard, configs)
