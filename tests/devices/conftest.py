"""Shared fixtures: short driver timings, event collection, emulators that are always stopped."""

from __future__ import annotations

import os
import queue
import time
from collections.abc import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.devices.drivers.base import DriverTiming  # noqa: E402
from app.devices.emulators.evaluator import EvaluatorEmulator  # noqa: E402
from app.devices.emulators.led import LedEmulator  # noqa: E402

#: fast enough for tests, slow enough not to flap on a busy 2-core CI machine
FAST = DriverTiming(ack_timeout_s=0.4, retries=1, heartbeat_s=0.5, backoff_initial_s=0.05, backoff_max_s=0.3)


class Events:
    """Thread-safe sink for driver events with typed waiting."""

    def __init__(self) -> None:
        self._queue: queue.Queue[object] = queue.Queue()
        self.seen: list[object] = []

    def __call__(self, event: object) -> None:
        self._queue.put(event)

    def next(self, kind: type, timeout_s: float = 5.0) -> object:
        """The next event of ``kind`` (others are kept in ``seen``)."""
        deadline = time.monotonic() + timeout_s
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {kind.__name__} within {timeout_s}s; saw {self.seen!r}")
            try:
                event = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(event)
            if isinstance(event, kind):
                return event

    def drain(self) -> list[object]:
        """Everything queued right now."""
        items: list[object] = []
        while True:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                self.seen.extend(items)
                return items


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def fast() -> DriverTiming:
    return FAST


@pytest.fixture
def evaluator_emulator() -> Iterator[EvaluatorEmulator]:
    emulator = EvaluatorEmulator()
    yield emulator
    emulator.close()


@pytest.fixture
def tablet_emulator() -> Iterator[EvaluatorEmulator]:
    emulator = EvaluatorEmulator.tablet()
    yield emulator
    emulator.close()


@pytest.fixture
def led_emulator() -> Iterator[LedEmulator]:
    emulator = LedEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture
def stopping() -> Iterator[Callable[[object], object]]:
    """Register drivers to stop at teardown even when the test fails."""
    started: list[object] = []

    def register(driver: object) -> object:
        started.append(driver)
        return driver

    yield register
    for driver in started:
        driver.stop()  # type: ignore[attr-defined]
