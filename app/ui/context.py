"""What the UI is given to work with: the service objects and the PC's settings.

The composition root (``app.bootstrap``) builds one :class:`Services` and hands it
to :func:`app.ui.main.run_counter`; pages receive it (and the background-op
runner) as constructor arguments and never reach for globals.  Every service is a
named, typed field — there is no bag of extras, and no store: what the UI may do is
what these services offer.  Service types are imported for type checking only, so
importing the UI does not import SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.devices.capture.camera import FrameSource
    from app.devices.capture.scanner import Scanner
    from app.devices.qt_bridge import DeviceHub
    from app.services.backoffice_joint import JointReviewService
    from app.services.case_files import CaseFileService
    from app.services.central_files import CentralCaseFiles
    from app.services.clock_events import ClockEventService, ExtensionReviewService
    from app.services.console import ConsoleService
    from app.services.decisions import DecisionService
    from app.services.guide import GuideService
    from app.services.handover import HandoverService
    from app.services.intake import IntakeService
    from app.services.printing import PrintService
    from app.services.queue import QueueService
    from app.services.ratings import RatingService
    from app.services.registers import RegisterService
    from app.services.reports import ReportService
    from app.services.session import SessionService
    from app.services.stats import StatsService
    from app.services.supervision import SupervisionService
    from app.services.tracking import TrackingService
    from app.services.unprinted import UnprintedDocuments
    from app.settings import Settings
    from app.sync.status import SyncStatus
    from app.ui.print_jobs import PrintEvents


@dataclass(frozen=True)
class CenterServices:
    """The center's use cases (registers, supervision, reports, console), built by the composition root.

    Each service checks the person's role on every call; the window shows their screens
    only to those who may use them.
    """

    registers: RegisterService
    supervision: SupervisionService
    reports: ReportService
    console: ConsoleService
    #: The center's answers to the windows' 申请延时 (optional: older wiring and tests).
    extensions: ExtensionReviewService | None = None


@dataclass(frozen=True)
class Services:
    """The use cases of one window PC, already wired to its stores and devices.

    The optional ones are absent on a PC (or in a test) that has no such part: no
    printer configured, no devices, no central store to sync with, no center screens.
    """

    settings: Settings
    session: SessionService
    queue: QueueService
    guide: GuideService
    intake: IntakeService
    decisions: DecisionService
    tracking: TrackingService
    stats: StatsService
    #: The applicant's ratings from the window evaluator.
    ratings: RatingService | None = None
    #: The clock events of my cases (申请人原因, 上报, 延时, 急事特办, 不予许可 …).
    clock_events: ClockEventService | None = None
    #: The center's services (the 登记 menu and the center's workspace).
    center: CenterServices | None = None
    #: The window's devices (evaluator, LED screen, voice), each on its owner thread.
    devices: DeviceHub | None = None
    #: The persistent print queue of the window printer.
    printing: PrintService | None = None
    #: The print queue's outcomes as Qt signals (made on the GUI thread).
    print_events: PrintEvents | None = None
    #: Reads the uploader's state for the sync lamp (called on the worker thread).
    sync_status: Callable[[], SyncStatus] | None = None
    #: The case's electronic file (captured pages, re-use, 共享核验, the PDF).
    case_files: CaseFileService | None = None
    #: The 高拍仪 (a Qt object of the GUI thread), when one is configured.
    camera: FrameSource | None = None
    #: The scanner, when one is configured (scans on the worker thread).
    scanner: Scanner | None = None
    #: 出件: hand-over at the window or by mail (other windows' cases through the center).
    handover: HandoverService | None = None
    #: This clerk's decisions whose slip never printed (the 补打 strip).
    unprinted: UnprintedDocuments | None = None
    #: 后台审批 on the central store: a 后台审批人 logging in gets the workbench.
    backoffice: JointReviewService | None = None
    #: Case files (pages, the PDF) in the central store, for the workbench.
    central_files: CentralCaseFiles | None = None
