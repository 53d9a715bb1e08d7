"""Device layer figures: codec throughput and call/rating round trips over a pty and TCP.

Run: ``.venv/bin/python -m bench.bench_devices`` (or ``python bench/bench_devices.py``).
Prints figures; asserts nothing (speed is not a test).
"""

from __future__ import annotations

import os
import queue
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.devices.codecs.evaluator_serial import CdkEvalCodec  # noqa: E402
from app.devices.codecs.evaluator_ws import EvalWsCodec  # noqa: E402
from app.devices.codecs.led_serial import CdkLedCodec  # noqa: E402
from app.devices.drivers.base import DriverTiming  # noqa: E402
from app.devices.drivers.evaluator import EvaluatorDriver  # noqa: E402
from app.devices.drivers.led import LedDriver  # noqa: E402
from app.devices.emulators.evaluator import EvaluatorEmulator  # noqa: E402
from app.devices.emulators.led import LedEmulator  # noqa: E402
from app.devices.messages import DeviceOnline, LedTicket, RatingPressed, RatingResult, Welcome  # noqa: E402
from app.devices.transports.factory import transport_for_url  # noqa: E402


def codec_throughput() -> None:
    """Frames per second through encode + a decoder fed in 7-byte pieces (a slow serial line)."""
    messages = [
        Welcome("05", "社保医保综合窗口", "张三", "0123", True),
        RatingResult(7, 2, ("等候时间长",)),
        LedTicket("A012", "05"),
    ]
    for name, codec in (("CDK-EVAL/1", CdkEvalCodec()), ("CDK-LED/1", CdkLedCodec()), ("cdk-eval-ws/1", EvalWsCodec())):
        usable = [m for m in messages if _encodable(codec, m)]
        stream = b"".join(codec.encode(m, i & 0xFF) for i, m in enumerate(usable * 2000))
        started = time.perf_counter()
        decoder = codec.decoder()
        count = 0
        for start in range(0, len(stream), 7):
            count += len(decoder.feed(stream[start : start + 7]))
        elapsed = time.perf_counter() - started
        print(
            f"{name:14} decode {count / elapsed:10.0f} frames/s  ({len(stream) / elapsed / 1e6:.2f} MB/s, 7-byte reads)"
        )


def _encodable(codec: object, message: object) -> bool:
    try:
        codec.encode(message, 0)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - message type belongs to another protocol
        return False
    return True


def round_trips(kind: str, rounds: int = 50) -> None:
    """Ticket call → LED emulator shows it; rating request → press → RatingPressed on the host."""
    timing = DriverTiming(heartbeat_s=60)
    tmp = tempfile.mkdtemp()
    led, evaluator = LedEmulator(), EvaluatorEmulator()
    if kind == "pty":
        led_url, eval_url = led.serve_pty(os.path.join(tmp, "led")), evaluator.serve_pty(os.path.join(tmp, "eval"))
    else:
        led_url, eval_url = led.serve_tcp(), evaluator.serve_tcp()
    events: queue.Queue[object] = queue.Queue()
    led_driver = LedDriver("led", transport_for_url(led_url), CdkLedCodec(), events.put, timing)
    eval_driver = EvaluatorDriver("eval", transport_for_url(eval_url), CdkEvalCodec(), events.put, timing)
    led_driver.start()
    eval_driver.start()
    online = 0
    while online < 2:
        online += isinstance(events.get(timeout=5), DeviceOnline)
    calls, ratings = [], []
    for n in range(rounds):
        ticket = f"A{n:03d}"
        started = time.perf_counter()
        led_driver.show_ticket(ticket, "05")
        led.wait_for(lambda t=ticket: led.screen.ticket is not None and led.screen.ticket.ticket == t, 5)
        calls.append(time.perf_counter() - started)

        started = time.perf_counter()
        eval_driver.request_rating(ticket)
        evaluator.wait_for(lambda t=ticket: evaluator.pending_reference == t, 5)
        evaluator.press(5)
        while not isinstance(events.get(timeout=5), RatingPressed):
            pass
        ratings.append(time.perf_counter() - started)
    for driver in (led_driver, eval_driver):
        driver.stop()
    led.stop()
    evaluator.close()
    print(
        f"{kind:4} call→LED shows ticket: median {statistics.median(calls) * 1000:6.1f} ms, "
        f"max {max(calls) * 1000:6.1f} ms"
    )
    print(
        f"{kind:4} request→press→RatingPressed: median {statistics.median(ratings) * 1000:6.1f} ms, "
        f"max {max(ratings) * 1000:6.1f} ms"
    )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="20 round trips per link")
    rounds = 20 if parser.parse_args().quick else 50
    codec_throughput()
    round_trips("pty", rounds)
    round_trips("tcp", rounds)
