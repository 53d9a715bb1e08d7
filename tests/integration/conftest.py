"""A whole counter window PC on the real store with its real peripherals, emulated.

The evaluator listens on TCP, the LED screen and the ID-card reader on pseudo-terminals
(the serial code path), the 高拍仪 and the scanner are the emulated ones, the receipt printer
is the ESC/POS VirtualPrinter on TCP in resident-text mode (so the slip decodes to text).
The store is the demo hall seeded for today's hall day (Beijing time).  Only the device timings are shortened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.devices.drivers.base import DriverTiming

#: Short device timeouts: a dead evaluator is noticed within a second, reconnects fast.
FAST = DriverTiming(ack_timeout_s=0.4, retries=1, heartbeat_s=0.5, backoff_initial_s=0.05, backoff_max_s=0.3)


@dataclass
class Counter:
    """Everything one test needs to drive and to observe."""

    window: Any
    services: Any
    peripherals: Any
    store: Any
    hub: Any
    printing: Any
    printer: Any
    evaluator: Any
    led: Any
    calendar: Any
    ops: Any
    reader: Any = None
    camera: Any = None


def build_services(store: Any, settings: Any, queue_store: Any = None, **parts: Any) -> Any:
    """The window PC's services as the composition root wires them (ratings included)."""
    from app.services.calendar_service import load_calendar
    from app.services.decisions import DecisionService
    from app.services.guide import GuideService
    from app.services.intake import IntakeService
    from app.services.queue import QueueService
    from app.services.ratings import RatingService
    from app.services.session import SessionService
    from app.services.stats import StatsService
    from app.services.tracking import TrackingService
    from app.ui.context import Services

    calendar = load_calendar(store)
    session = SessionService(store, settings)
    from app.services.handover import HandoverService

    parts.setdefault("handover", HandoverService(store, session, calendar, settings))
    return Services(
        settings=settings,
        session=session,
        queue=QueueService(queue_store or store, session, local_store=store),
        guide=GuideService(store, session),
        intake=IntakeService(store, session, calendar),
        decisions=DecisionService(store, session, calendar, settings),
        tracking=TrackingService(store, session, calendar, settings),
        stats=StatsService(store),
        ratings=RatingService(store, session, calendar, settings),
        **parts,
    )


@pytest.fixture()
def counter(request, qtbot, sqlite_store, tmp_path: Path) -> Iterator[Counter]:  # type: ignore[no-untyped-def]
    from app.devices.capture.camera import EmulatedCamera
    from app.devices.capture.scanner import EmulatedScanner
    from app.devices.config import DeviceConfig
    from app.devices.emulators.evaluator import EvaluatorEmulator
    from app.devices.emulators.idcard import IdCardReaderEmulator
    from app.devices.emulators.led import LedEmulator
    from app.devices.emulators.printer import VirtualPrinter
    from app.devices.qt_bridge import DeviceHub
    from app.domain.ids import utcnow
    from app.services.calendar_service import load_calendar
    from app.services.case_files import CaseFileService
    from app.services.clock import hall_day
    from app.services.demo import DEMO_WINDOW, seed_demo_hall
    from app.services.printing import PrintService
    from app.settings import PrinterSettings, Settings
    from app.ui.devices_printer_sync import CounterPeripherals
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner
    from app.ui.print_jobs import PrintEvents

    store = sqlite_store
    seed_demo_hall(store, today=hall_day(utcnow()))
    printer = VirtualPrinter(port=0, out_dir=tmp_path / "printer").start()
    evaluator = EvaluatorEmulator()
    led = LedEmulator()
    reader = IdCardReaderEmulator()
    configs = [
        DeviceConfig("评价器", "evaluator", evaluator.serve_tcp(), "cdk-eval/1"),
        DeviceConfig("窗口屏", "led", led.serve_pty(), "cdk-led/1", options={"encoding": "gb18030"}),
        DeviceConfig("身份证阅读器", "idcard", reader.serve_pty(str(tmp_path / "ttyUSB-idcard")), "sam/1"),
    ]
    hub = DeviceHub(configs, timing=FAST)
    hub.start()
    printer_settings = PrinterSettings(url=f"tcp://127.0.0.1:{printer.port}", width_mm=80, text_mode="resident")
    settings = Settings(
        window_code=DEMO_WINDOW,
        store_url=str(store.engine.url),
        printer=printer_settings,
        rating_timeout_s=getattr(request, "param", 30),
    )
    events = PrintEvents()
    printing = PrintService(
        printer_settings,
        tmp_path / "print_jobs.db",
        on_sent=events.on_sent,
        on_failed=events.on_failed,
        retry_interval=0.3,
    )
    printing.start()
    calendar = load_calendar(store)
    from app.store.blob_files import BlobFiles

    camera = EmulatedCamera(fps=2)
    services = build_services(
        store,
        settings,
        devices=hub,
        printing=printing,
        print_events=events,
        camera=camera,
        scanner=EmulatedScanner(),
        case_files=None,
    )
    services = replace(
        services, case_files=CaseFileService(store, services.session, BlobFiles(tmp_path / "window.files"))
    )
    from app.services.unprinted import UnprintedDocuments

    services = replace(services, unprinted=UnprintedDocuments(store, services.session, printing))
    ops = OpRunner(synchronous=True)
    window = MainWindow(services, ops)
    peripherals = CounterPeripherals(window, services, ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: hub.status("评价器")[0] and hub.status("窗口屏")[0] and hub.status("身份证阅读器")[0], timeout=5000
    )
    yield Counter(
        window, services, peripherals, store, hub, printing, printer, evaluator, led, calendar, ops, reader, camera
    )
    peripherals.stop()
    hub.stop()
    printing.stop()
    evaluator.close()
    led.stop()
    reader.stop()
    camera.stop()
    printer.stop()
