"""Composition root: settings → stores → services → printer and devices → windows.

Nothing imports this module; ``python -m app`` calls :func:`main`. The heavy parts
(SQLAlchemy, migrations, the catalog index, reportlab) are built by
:func:`wire_window` on a worker thread while the start-up window is already shown.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.settings import (
    Settings,
    cache_dir,
    config_dir,
    data_dir,
    load_settings,
    log_dir,
    migrate_central_password,
    settings_path,
)

if TYPE_CHECKING:
    from app.devices.capture.camera import FrameSource
    from app.devices.capture.scanner import Scanner
    from app.devices.qt_bridge import DeviceHub
    from app.services.printing import PrintService
    from app.store.uow import Store
    from app.sync.status import SyncStatus
    from app.sync.uploader import SyncWorker
    from app.ui.context import CenterServices, Services
    from app.ui.print_jobs import PrintEvents


def _protect_files(settings: Settings) -> None:
    """Store, spool, captured pages, logs, settings: the user's alone (app/private_files.py)."""
    from app.private_files import sqlite_files, tighten

    store = settings.resolved_store_url()
    tighten([config_dir(), settings_path(), data_dir(), log_dir(), cache_dir(), *sqlite_files(store)])


def _prepare_environment() -> None:
    """Process-wide set-up that must precede the heavy imports: the log and crash hooks."""
    from app.private_files import restrict_umask

    restrict_umask()  # before the first file is created: store, spool, logs are the user's alone
    try:
        from app.logs import install as install_logging
    except ImportError:
        return
    install_logging()


@dataclass(frozen=True)
class WindowPC:
    """What :func:`wire_window` built: the UI's services and the uploader the caller starts."""

    services: Services
    sync: SyncWorker | None


def wire_window(
    settings: Settings,
    *,
    devices: DeviceHub | None = None,
    printing: PrintService | None = None,
    print_events: PrintEvents | None = None,
    camera: FrameSource | None = None,
    demo: bool = False,
    sync: bool = True,
    hall_web_url: str = "",
    demo_day: bool = False,
) -> WindowPC:
    """The stores, every service of this window PC (the center's included) and, with a
    central store configured, its uploader (not started). ``demo_day``: a new demo store
    opens with a hall day (``./dev demo``). ``sync=False`` for the kiosk:
    it only issues tickets into the center's queue and uploads nothing."""
    from app.services.calendar_service import LiveCalendar
    from app.services.case_files import CaseFileService
    from app.services.clock_events import ClockEventService
    from app.services.decisions import DecisionService
    from app.services.guide import GuideService
    from app.services.intake import IntakeService
    from app.services.queue import QueueService
    from app.services.ratings import RatingService
    from app.services.session import SessionService
    from app.services.stats import StatsService
    from app.services.backoffice_joint import JointReviewService
    from app.services.handover import HandoverService
    from app.services.tracking import TrackingService
    from app.services.unprinted import UnprintedDocuments
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.statistics import refresh_if_stale
    from app.store.uow import Store
    from app.ui.context import Services

    store = Store(make_engine(settings.resolved_store_url()))
    upgrade(store.engine)
    refresh_if_stale(store.engine)  # the planner's statistics, when missing or stale
    if demo:
        from app.domain.ids import utcnow
        from app.services.clock import hall_day
        from app.services.demo import seed_demo_hall
        from app.services.demo_day import open_demo_hall

        if demo_day:  # ./dev demo: a new demo store opens with a hall day (admin demo-data)
            filled = open_demo_hall(store, today=hall_day(utcnow()))
            if filled is not None:
                print(filled.text(), file=sys.stderr)
        else:
            seed_demo_hall(store, today=hall_day(utcnow()))
    if demo and hall_web_url:
        from app.services.demo import point_qr_codes_at

        point_qr_codes_at(store, hall_web_url)
    queue_store = store
    if settings.central_url:
        queue_store = Store(make_engine(settings.central_url))
    # Re-read every 30 s: a notice imported at the console or pulled from the center applies at once.
    calendar = LiveCalendar(store)
    session = SessionService(store, settings)
    files = _blob_files(settings)
    guide = GuideService(store, session)
    worker = (
        _sync_worker(settings, store, queue_store, files, on_reference=guide.refresh)
        if settings.central_url and sync
        else None
    )
    if worker is not None:
        from app.sync.credentials import CredentialSync

        # Logins take the center's credentials first and send failures at once: the
        # lockout counts across the hall while the center is reachable.
        session.attach_credentials(CredentialSync(store, queue_store.engine, worker.uploader))
    services = Services(
        settings=settings,
        session=session,
        queue=QueueService(queue_store, session, local_store=store),
        guide=guide,
        intake=IntakeService(store, session, calendar),
        decisions=DecisionService(store, session, calendar, settings),
        tracking=TrackingService(store, session, calendar, settings),
        stats=StatsService(store, queue_store=queue_store),
        ratings=RatingService(store, session, calendar, settings),
        clock_events=ClockEventService(store, session, calendar, settings),
        center=build_center_services(store, session.now),
        devices=devices,
        printing=printing,
        print_events=print_events,
        sync_status=_sync_status_reader(worker) if worker is not None else None,
        case_files=CaseFileService(store, session, files),
        camera=camera,
        scanner=_scanner(settings),
        handover=HandoverService(
            store, session, calendar, settings, central=queue_store if settings.central_url else None
        ),
        unprinted=UnprintedDocuments(store, session, printing),
        backoffice=JointReviewService(queue_store),
        central_files=_central_files(settings, queue_store) if settings.central_url else None,
    )
    services.guide.search("")  # build the search index now, not on the first keystroke
    if demo:
        from app.services.demo import seed_demo_tickets

        seed_demo_tickets(services.queue)
    return WindowPC(services, worker)


def build_center_services(store: Store, clock: Callable[[], datetime] | None = None) -> CenterServices:
    """The center's services over ``store`` (this PC's, synced with the center's)."""
    from app.services.clock_events import ExtensionReviewService
    from app.services.console import ConsoleService
    from app.services.registers import RegisterService
    from app.services.reports import ReportService
    from app.services.supervision import SupervisionService
    from app.ui.context import CenterServices

    return CenterServices(
        registers=RegisterService(store, clock),
        supervision=SupervisionService(store, clock),
        reports=ReportService(store, clock),
        console=ConsoleService(store, clock),
        extensions=ExtensionReviewService(store, clock),
    )


def _central_files(settings: Settings, central: Any) -> Any:
    """The center's case files for the back-office workbench (pages and the PDF)."""
    from app.services.central_files import CentralCaseFiles
    from app.sync.blob_s3 import backend_for

    return CentralCaseFiles(central, backend_for(settings.blob_store, central.engine, settings_path().parent))


def _blob_files(settings: Settings) -> Any:
    """The captured pages' directory beside this PC's store (``window.files``)."""
    from app.store.blob_files import BlobFiles, files_root_for

    return BlobFiles(files_root_for(settings.resolved_store_url(), data_dir() / "files"))


def _scanner(settings: Settings) -> Scanner | None:
    from app.devices.capture.scanner import scanner_for

    url = settings.capture.scanner
    return scanner_for(url, settings.capture.scanner_options) if url else None


def make_camera(settings: Settings) -> FrameSource | None:
    """The 高拍仪 of this PC, made on the GUI thread (Qt Multimedia objects live there)."""
    url = settings.capture.camera.strip()
    if not url:
        return None
    from app.devices.capture.camera import EmulatedCamera, QtCamera

    if url == "emulated":
        return EmulatedCamera()
    scheme, _, name = url.partition(":")
    if scheme != "uvc":
        raise ValueError(f"高拍仪地址无效：{url}（可用 uvc、uvc:名称、emulated）")
    return QtCamera(name)


def _sync_worker(
    settings: Settings,
    store: Store,
    central_store: Store,
    files: Any = None,
    *,
    on_reference: Callable[[], object] | None = None,
) -> SyncWorker:
    """The background uploader of this window PC (not started; :func:`main` starts it).

    A PC that was never registered registers now, before the clerk's first action:
    an unregistered store writes no outbox rows, so work done before registering would
    never reach the center. If the center cannot be reached for that, the counter does
    not start (the clerk is told why) rather than work unsynced. A PC the center
    refused (clone, restore) is not re-registered here — that is an administrator's
    decision. The newest complete reference release and this window's credentials are
    pulled now (so a new PC has its staff, catalog and passwords before the first login)
    and again after each upload, with the events others appended to this window's
    cases; after each upload the PC also checks its audit chain at the center against
    its own copy (all of it on the first round).
    """
    from app.sync.audit_verify import check_own_audit
    from app.sync.blob_s3 import backend_for
    from app.sync.blobs import BlobSender
    from app.sync.central import CentralStore
    from app.sync.credentials import pull_credentials
    from app.sync.errors import NotRegistered
    from app.sync.events import pull_foreign_events
    from app.sync.reference import pull_reference
    from app.sync.registration import current_registration, register_device
    from app.sync.uploader import SyncWorker, Uploader

    blobs = backend_for(settings.blob_store, central_store.engine, settings_path().parent)
    central = CentralStore(central_store.engine, blobs)
    files = files if files is not None else _blob_files(settings)
    if current_registration(store) is None:
        try:
            register_device(store, central, settings.window_code, settings.hall_code)
        except Exception as exc:
            raise NotRegistered(
                f"本机尚未在中心库登记，现在也无法连接中心库（{getattr(exc, 'message', exc)}）。"
                "首次使用需要连接中心库一次：请检查网络和设置中的中心库地址后重新启动。"
            ) from exc
    try:  # reference data (staff, windows, catalog) before the first login; offline: keep the last release
        pull_reference(store, central.engine)
        pull_credentials(store, central.engine)
    except Exception:  # the worker retries after each upload and the lamp shows offline
        logging.getLogger(__name__).warning(
            "reference pull at start-up failed; working on the last release", exc_info=True
        )
    uploader = Uploader(store, central, blobs=BlobSender(files, blobs))
    audit_rounds = [0]

    def credentials() -> None:
        with uploader.lock:  # never a state read before this PC's own upload committed
            pull_credentials(store, central.engine)

    def foreign_events() -> None:
        # Events others appended to this window's cases; a 后台办结 among them is folded
        # into the window's own case row (the owner writes its rows, issue 13).
        if pull_foreign_events(store, central.engine):
            from app.services.backoffice_window import adopt_back_office_results

            adopt_back_office_results(store, settings.window_code)

    def audit() -> None:
        check_own_audit(store, central.engine, full=audit_rounds[0] == 0)
        audit_rounds[0] += 1

    def reference() -> None:
        report = pull_reference(store, central.engine)
        if report.applied_releases and on_reference is not None:
            on_reference()  # e.g. the search index, rebuilt here, off the clerk's keystrokes

    return SyncWorker(
        uploader,
        also=(
            reference,
            credentials,
            foreign_events,
            audit,
        ),
    )


def _sync_status_reader(worker: SyncWorker) -> Callable[[], SyncStatus]:
    """A callable for the status bar's sync lamp (run on the UI's worker thread)."""
    from app.sync.status import window_status

    return lambda: window_status(worker)


def _demo_settings(base: Settings, root: Path) -> tuple[Settings, list[Callable[[], None]]]:
    """The demo hall: its own SQLite, window 01, emulated printer, evaluator and LED."""
    from app.devices.emulators.printer import VirtualPrinter

    stops: list[Callable[[], None]] = []
    printer = VirtualPrinter(port=0, out_dir=root / "printer")
    printer.start()
    stops.append(printer.stop)
    settings = replace(
        base,
        store_url=f"sqlite+pysqlite:///{root / 'window.db'}",
        central_url="",
        window_code="01",
        demo_devices=True,
        printer=replace(base.printer, url=f"tcp://127.0.0.1:{printer.port}"),
        capture=replace(base.capture, camera="emulated", scanner="emulated:"),
    )
    return settings, stops


#: Where the demo's hall web service listens (the next free port when this one is taken).
DEMO_HALL_WEB_PORT = 8615


def _start_demo_hall_web(settings: Settings, stops: list[Callable[[], None]]) -> str:
    """The hall web service beside the demo hall, on the demo's SQLite store; its address
    goes into the demo's QR codes. Returns "" (and says why) when it cannot start."""
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.web.server import start_in_thread

    engine = make_engine(settings.resolved_store_url())
    upgrade(engine)  # the web service reads the store the counter is about to open
    engine.dispose()
    for port in (DEMO_HALL_WEB_PORT, 0):
        try:
            web = start_in_thread(settings.resolved_store_url(), port=port)
        except (OSError, RuntimeError):
            continue
        stops.append(web.stop)
        print(f"大厅网站（扫码查询、评价）：{web.url}/", file=sys.stderr)
        return web.url
    print("大厅网站未能启动：二维码暂时无法查询", file=sys.stderr)
    return ""


def _start_demo_sms(settings: Settings, stops: list[Callable[[], None]]) -> None:
    """The CMPP gateway emulator and the SMS sender beside the demo hall: a case accepted with
    短信通知 ticked prints its text here. Says why and goes on when it cannot start."""
    import threading

    from app.domain.validators import mask_phone
    from app.services.sms_sender import SmsSender
    from app.sms.emulator_cmpp import CmppEmulator
    from app.sms.factory import open_gateway
    from app.store.engine import make_engine
    from app.store.uow import Store

    def show(phone: str, text: str) -> None:
        print(f"短信（模拟网关）→ {mask_phone(phone)}：{text}", file=sys.stderr)

    try:
        emulator = CmppEmulator(on_message=show).start()
    except OSError as exc:
        print(f"短信模拟网关未能启动：{exc}", file=sys.stderr)
        return
    store = Store(make_engine(settings.resolved_store_url()))
    sender = SmsSender(store, open_gateway(emulator.url(), emulator.secret))
    stop = threading.Event()
    thread = threading.Thread(target=sender.run_forever, args=(stop, 3.0), name="demo-sms-sender", daemon=True)
    thread.start()

    def end() -> None:
        stop.set()
        thread.join(5)
        emulator.stop()
        store.dispose()

    stops.append(end)
    print(f"短信通知：模拟 CMPP 网关 {emulator.host}:{emulator.port}，发送程序每 3 秒一轮", file=sys.stderr)


def _device_configs(settings: Settings) -> list[Any]:
    from app.devices.config import DeviceConfig

    configs = []
    for name, role, dev in (
        ("评价器", "evaluator", settings.evaluator),
        ("窗口屏", "led", settings.led),
        ("身份证阅读器", "idcard", settings.idcard),
    ):
        if dev.url and dev.protocol:
            configs.append(DeviceConfig(name, role, dev.url, dev.protocol, dev.address, dict(dev.options)))
    return configs


def _self_check_windows() -> dict[str, Any]:
    """The windows the self-check opens offscreen on its own (already migrated) store."""

    def services_for(settings: Settings, store_url: str) -> Any:
        return wire_window(replace(settings, store_url=store_url, central_url="")).services

    def login(settings: Settings, store_url: str) -> Any:
        from app.ui.login import LoginDialog
        from app.ui.ops import OpRunner

        return LoginDialog(services_for(settings, store_url), OpRunner(None, synchronous=True))

    def main_window(settings: Settings, store_url: str) -> Any:
        from app.ui.main_window import MainWindow
        from app.ui.ops import OpRunner

        return MainWindow(services_for(settings, store_url), OpRunner(None, synchronous=True))

    return {"登录窗口": login, "主窗口": main_window}


def main(argv: list[str]) -> int:
    """``python -m app [demo|kiosk] …``; ``--self-check`` runs the installation check."""
    if "--self-check" in argv:
        from app.selfcheck import main as self_check

        return self_check([a for a in argv if a != "--self-check"], windows=_self_check_windows())
    from app.launch_args import parse

    launch = parse(argv)  # --help and --version end here, before anything needs a display
    mode = launch.mode
    _prepare_environment()
    try:
        notice = migrate_central_password()
        settings = load_settings()
    except Exception as exc:  # noqa: BLE001 - shown to the person, then exit
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    if notice:
        logging.getLogger(__name__).warning("%s", notice)
        print(notice, file=sys.stderr)
    _protect_files(settings)
    try:
        from app.logs import install as install_logging

        install_logging(settings)  # again, so crash reports quote this PC's settings
    except ImportError:
        pass
    first_run = mode == "counter" and (launch.setup or not settings_path().exists())
    stops: list[Callable[[], None]] = []
    demo = mode == "demo"
    hall_web_url = ""
    if demo:
        settings, stops = _demo_settings(settings, data_dir() / "demo")
        hall_web_url = _start_demo_hall_web(settings, stops)
        _start_demo_sms(settings, stops)

    from app.ui.main import make_application, run_counter, run_kiosk

    app = make_application(settings)
    if first_run:
        from app.selfcheck import SetupProbes
        from app.ui.setup import run_setup_wizard

        saved = run_setup_wizard(SetupProbes(), settings)
        if saved is None:
            return 0
        settings = saved
    device_configs = _device_configs(settings)
    #: Emulator windows of the demo hall: kept referenced while the counter runs.
    emulator_windows: list[Any] = []
    if demo:
        from app.devices.emulators.demo import start_demo_devices
        from app.devices.emulators.gui import EvaluatorEmulatorWindow, LedEmulatorWindow
        from app.devices.emulators.idcard_gui import IdCardReaderEmulatorWindow

        devices = start_demo_devices(with_voice=True)
        stops.append(devices.stop)
        device_configs = devices.configs
        urls = devices.urls
        emulator_windows += [
            EvaluatorEmulatorWindow(devices.evaluator, urls["评价器"]),
            LedEmulatorWindow(devices.led, urls["窗口屏"]),
            IdCardReaderEmulatorWindow(devices.idcard, urls["身份证阅读器"]),
        ]
        for w in emulator_windows:
            w.show()
    hub: DeviceHub | None = None
    print_events: PrintEvents | None = None
    camera = make_camera(settings) if mode != "kiosk" else None
    if mode != "kiosk":
        from app.devices.qt_bridge import DeviceHub
        from app.ui.print_jobs import PrintEvents

        print_events = PrintEvents()  # on the GUI thread; the spooler thread only emits
        hub = DeviceHub(device_configs)
        hub.start()
        stops.append(hub.stop)

    def factory() -> Services:
        from app.services.printing import PrintService

        printing = None
        if settings.printer.url and print_events is not None:
            jobs = (
                Path(settings.resolved_store_url().split("///", 1)[-1]).with_name("print_jobs.db")
                if settings.resolved_store_url().startswith("sqlite")
                else data_dir() / "print_jobs.db"
            )
            printing = PrintService(
                settings.printer, jobs, on_sent=print_events.on_sent, on_failed=print_events.on_failed
            )
            printing.start()
            stops.append(printing.stop)
        pc = wire_window(
            settings,
            devices=hub,
            printing=printing,
            print_events=print_events,
            camera=camera,
            demo=demo,
            sync=mode != "kiosk",
            hall_web_url=hall_web_url,
            demo_day=demo,
        )
        if pc.sync is not None:
            pc.sync.start()
            stops.append(pc.sync.stop)
        return pc.services

    try:
        if mode == "kiosk":
            return run_kiosk(factory, settings)
        return run_counter(factory, settings, notice=notice or "")
    finally:
        for stop in reversed(stops):
            try:
                stop()
            except Exception:  # noqa: BLE001 - shutting down: one stop failing must not skip the others
                logging.getLogger(__name__).exception("stopping %r failed", stop)
        del app
