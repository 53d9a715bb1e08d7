"""The counter window's devices (evaluator, LED screen, voice), printer and sync lamp.

Why one wiring object: the window only states facts (a person logged in, a ticket
was called or finished, a decision was taken, the status changed); the devices,
the print queue and the uploader each live on their own threads.  This object turns
the facts into device commands, print jobs and rating records, and turns what comes
back (device status, print outcomes, ratings, sync state) into status-bar lamps and
words the clerk can act on.  Everything it needs is a field of :class:`Services`
(``devices``, ``printing``, ``print_events``, ``ratings``, ``sync_status``); a window
without one of them simply has no such lamp.

Ratings are the applicant's: the clerk sees "等待评价…" while the evaluator asks and
the stored result only after it is stored; there is no way to enter one here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.domain.enums import WindowStatus
from app.services.clock import HALL_TZ
from app.services.dto import CaseInfo, DecisionResult, SessionInfo, TicketInfo, WindowStatusInfo
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message
from app.ui.unprinted_strip import UnprintedStrip
from app.services.ratings import UNRATED_NO_ANSWER, UNRATED_TIMEOUT
from app.ui.punctuation import colon, joined, paren, semicolon

#: Window status → the state name the device hub understands.
DEVICE_STATES = {WindowStatus.SERVING: "serving", WindowStatus.PAUSED: "paused", WindowStatus.AWAY: "away"}
#: Status-bar lamp names owned by this module (device lamps use the device's own name).
PRINTER_LAMP = "printer"
SYNC_LAMP = "sync"
RATING_LAMP = "rating"
#: How often the sync lamp is refreshed from the uploader's state.
SYNC_REFRESH_MS = 3000


@dataclass(frozen=True)
class PendingRating:
    """A rating request the evaluator is showing: what it rates and who served."""

    reference: str
    ticket_id: uuid.UUID | None
    case_id: uuid.UUID | None
    served_by: SessionInfo | None


def clock_text(instant: datetime | None) -> str:
    """ "15:30" in hall time, as the away message shows the expected return."""
    return instant.astimezone(HALL_TZ).strftime("%H:%M") if instant is not None else ""


def job_label(job: Any) -> str:
    """ "受理通知书（330106…）" — how a print job is named in the status bar."""
    title = getattr(job, "title", "") or QCoreApplication.translate("CounterPeripherals", "文书")
    number = getattr(job, "document_number", "")
    return title + paren(number) if number else title


def age_text(seconds: int) -> str:
    """ "40 秒" / "12 分钟" / "3 小时" — how old the oldest waiting upload is."""
    if seconds < 60:
        return QCoreApplication.translate("CounterPeripherals", "%1 秒").replace("%1", str(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("CounterPeripherals", "%1 分钟").replace("%1", str(seconds // 60))
    return QCoreApplication.translate("CounterPeripherals", "%1 小时").replace("%1", str(seconds // 3600))


def sync_lamp_text(status: Any) -> str:
    """The sync lamp in few words (the status bar of a 1366-pixel PC holds several lamps):
    online/offline, uploads waiting and the age of the oldest, then any alarm in full."""
    if status.online:
        text = QCoreApplication.translate("CounterPeripherals", "中心库：在线")
    else:
        text = QCoreApplication.translate("CounterPeripherals", "中心库：离线")
    if status.pending_count:
        text += QCoreApplication.translate("CounterPeripherals", "，待上传 %1 条").replace(
            "%1", str(status.pending_count)
        )
        if status.oldest_pending_age_s is not None:
            text += QCoreApplication.translate("CounterPeripherals", "（最早 %1前）").replace(
                "%1", age_text(int(status.oldest_pending_age_s))
            )
    if status.alarms:
        text += semicolon() + semicolon().join(status.alarms)
    return text


class CounterPeripherals(QObject):
    """Connects one :class:`~app.ui.main_window.MainWindow` to its devices, printer and sync."""

    #: Fact: a rating was stored (RatingInfo) — tests and the today page may follow it.
    rating_recorded = Signal(object)

    def __init__(self, window: Any, services: Services, ops: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.services = services
        self.ops = ops
        self.hub = services.devices
        self.printing = services.printing
        self.ratings = services.ratings
        self.sync_status = services.sync_status
        #: Open rating requests by the hub's request id.
        self.pending_ratings: dict[int, PendingRating] = {}
        #: Ticket id → the case decided for it (the rating is bound to its case number).
        self._case_of_ticket: dict[uuid.UUID, CaseInfo] = {}
        #: Jobs sent or submitted this session, newest last (the print-jobs dialog offers 补打).
        self.recent_jobs: dict[str, Any] = {}
        self.jobs_dialog: Any = None
        #: The status last sent to the devices (state, message, away).
        self._device_status: tuple[str, str, Any] | None = None

        window.person_changed.connect(self._on_window_person_changed)
        window.person_left.connect(self._on_window_person_left)
        window.ticket_called.connect(self._on_window_ticket_called)
        window.ticket_recalled.connect(self._on_window_ticket_recalled)
        window.status_changed.connect(self._on_window_status_changed)
        window.ticket_finished.connect(self._on_window_ticket_finished)
        window.decision_page.decided.connect(self._on_decision_page_decided)
        window.handover_page.receipt_issued.connect(self._on_handover_page_receipt_issued)
        window.cases_page.documents_issued.connect(self.print_result)

        if self.hub is not None:
            self.hub.device_status_changed.connect(self._on_hub_device_status_changed)
            self.hub.rating_received.connect(self._on_hub_rating_received)
            self.hub.rating_timed_out.connect(self._on_hub_rating_timed_out)
            self.hub.rating_failed.connect(self._on_hub_rating_failed)
            for name in self.hub.device_names:
                online, message = self.hub.status(name)
                self._show_device(name, online, message or self.tr("正在连接…"))

        events = services.print_events
        if events is not None:
            events.job_sent.connect(self._on_print_job_sent)
            events.job_failed.connect(self._on_print_job_failed)
        if self.printing is not None:
            self.window.set_indicator(PRINTER_LAMP, True, self.tr("打印机：就绪"))
            self._add_print_menu()
        #: The 补打 strip for this clerk's decisions whose slip never printed (none without a printer).
        self.unprinted_strip: UnprintedStrip | None = None
        if services.unprinted is not None and services.unprinted.available:
            self.unprinted_strip = UnprintedStrip(services.unprinted, ops, window)
            window.add_banner(self.unprinted_strip)
            self.unprinted_strip.reprinted.connect(self._on_unprinted_strip_reprinted)
            window.person_changed.connect(self._on_window_person_changed_check_unprinted)
            if window.person is not None:
                self.unprinted_strip.start()

        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_REFRESH_MS)
        self.sync_timer.timeout.connect(self.refresh_sync)
        if self.sync_status is not None:
            self.window.set_indicator(SYNC_LAMP, False, self.tr("中心库：正在连接…"))
            self.sync_timer.start()
            QTimer.singleShot(0, self.refresh_sync)

    # -- person and status ---------------------------------------------------------------------

    @Slot(object)
    def _on_window_person_changed_check_unprinted(self, info: SessionInfo) -> None:
        if self.unprinted_strip is not None:
            self.unprinted_strip.start()

    @Slot(object)
    def _on_unprinted_strip_reprinted(self, job: Any) -> None:
        self._on_submitted([job])

    @Slot(object)
    def _on_window_person_changed(self, info: SessionInfo) -> None:
        """Welcome on the evaluator and the window line on the LED for the person serving."""
        if self.hub is None:
            return
        self.hub.show_window(self.services.settings.window_code, info.window_name, info.department)
        self.hub.show_welcome(
            self.services.settings.window_code,
            info.window_name,
            info.name,
            info.staff_no,
            info.party_member,
            info.photo,
        )
        status = self.window.window_status
        if status is not None:
            self._on_window_status_changed(status)
        else:
            self._show_status("serving", "", None)

    @Slot()
    def _on_window_person_left(self) -> None:
        """Nobody serves: the LED shows the window line only, the evaluator 暂停服务 (unless
        it is still asking the applicant about the person who left: that rating stays)."""
        if self.hub is None:
            return
        self._show_idle_led()
        if not self.pending_ratings:
            self._show_status("paused", self.tr("暂停服务"), None)

    def _show_idle_led(self) -> None:
        if self.hub is None:
            return
        info = self.window.person or self.services.session.current
        code = self.services.settings.window_code
        self.hub.show_idle(code, info.window_name if info else "", info.department if info else "")

    @Slot(object)
    def _on_window_status_changed(self, status: WindowStatusInfo) -> None:
        """暂停服务 / away message (reason, whereabouts, contact, return) / serving again."""
        state = DEVICE_STATES.get(status.status)
        if self.hub is None or state is None:
            return
        away: Any = None
        if status.status is WindowStatus.AWAY and status.away is not None:
            from app.devices.messages import Away

            left = status.away
            away = Away(left.reason, left.whereabouts, left.contact, clock_text(left.expected_return))
        message = ""
        if state == "paused" and status.pause_reason:
            message = self.tr("暂停服务（%1）").replace("%1", status.pause_reason)
        self._show_status(state, message, away)

    def _show_status(self, state: str, message: str, away: Any) -> None:
        """Send the status only when it changed: "serving" again would also wipe a rating
        request the evaluator is showing (a switch of user must not cancel the applicant's
        rating of the previous person)."""
        if self.hub is None or self._device_status == (state, message, away):
            return
        self._device_status = (state, message, away)
        self.hub.show_status(state, message, away)

    # -- calling --------------------------------------------------------------------------------

    @Slot(object)
    def _on_window_ticket_called(self, ticket: TicketInfo) -> None:
        if self.hub is not None:
            self.hub.call(ticket.number, self.services.settings.window_code, False)

    @Slot(object)
    def _on_window_ticket_recalled(self, ticket: TicketInfo) -> None:
        if self.hub is not None:
            self.hub.call(ticket.number, self.services.settings.window_code, True)

    # -- ratings --------------------------------------------------------------------------------

    @Slot(object)
    def _on_window_ticket_finished(self, ticket: TicketInfo) -> None:
        """Service ended: the evaluator asks the applicant, bound to the case number if any."""
        if self.hub is None:
            return
        self._show_idle_led()  # the applicant has left the counter: the call leaves the LED
        if self.ratings is None:
            return
        case = self._case_of_ticket.pop(ticket.id, None)
        reference = (case.case_number if case is not None else None) or ticket.number
        served_by = self.window.person or self.services.session.current
        timeout = float(self.services.settings.rating_timeout_s)
        request_id = self.hub.request_rating(reference, timeout)
        self.pending_ratings[request_id] = PendingRating(reference, ticket.id, case.id if case else None, served_by)
        self.window.set_indicator(RATING_LAMP, True, self.tr("等待评价…"))

    @Slot(int, str, int, list)
    def _on_hub_rating_received(self, request_id: int, _reference: str, score: int, reasons: list) -> None:
        self._record(request_id, score, tuple(str(r) for r in reasons), None)

    @Slot(int, str)
    def _on_hub_rating_timed_out(self, request_id: int, _reference: str) -> None:
        self._record(request_id, None, (), UNRATED_TIMEOUT)

    @Slot(int, str, str)
    def _on_hub_rating_failed(self, request_id: int, _reference: str, reason: str) -> None:
        self._record(request_id, None, (), reason or UNRATED_NO_ANSWER)

    def _record(self, request_id: int, score: int | None, reasons: tuple[str, ...], unrated_reason: str | None) -> None:
        pending = self.pending_ratings.pop(request_id, None)
        if pending is None or self.ratings is None:
            return
        ratings = self.ratings

        def store() -> Any:
            return ratings.record(
                score,
                case_id=pending.case_id,
                ticket_id=pending.ticket_id,
                reasons=reasons,
                unrated_reason=unrated_reason,
                served_by=pending.served_by,
            )

        self.ops.run(store, lambda info: self._on_rating_stored(info, unrated_reason), self._on_rating_not_stored)

    def _on_rating_stored(self, info: Any, unrated_reason: str | None) -> None:
        if unrated_reason is not None:
            self.window.set_indicator(RATING_LAMP, True, self.tr("未评价：%1").replace("%1", unrated_reason))
        else:
            rating = getattr(getattr(info, "rating", None), "value", "")
            self.window.set_indicator(RATING_LAMP, True, self.tr("已评价：%1").replace("%1", rating))
        self.rating_recorded.emit(info)

    def _on_rating_not_stored(self, exc: BaseException) -> None:
        self.window.set_indicator(RATING_LAMP, False, self.tr("评价未能保存"))
        self.window.status.show_error(self.tr("评价未能保存：%1").replace("%1", error_message(exc)))

    # -- printing -------------------------------------------------------------------------------

    @Slot(object)
    def _on_decision_page_decided(self, result: DecisionResult) -> None:
        """Remember the case for the rating, and print every document of the decision."""
        # The applicant at the counter now is the one who will rate (a returning applicant
        # with a new ticket rates the earlier case decided today); else the case's own ticket.
        ticket_id = self.window.ticket.id if self.window.ticket is not None else result.case.ticket_id
        if ticket_id is not None and result.case.case_number:
            self._case_of_ticket[ticket_id] = result.case
        self.print_result(result)

    @Slot(object)
    def _on_handover_page_receipt_issued(self, receipt: Any) -> None:
        """Print the 领取回执 of a hand-over (two copies when signed on paper)."""
        self.print_documents([receipt.document_json] if receipt.document_json else [])

    def print_result(self, result: DecisionResult) -> None:
        """Queue the decision's documents on the window printer (stored before sent)."""
        self.print_documents([d.document_json for d in result.documents if d.document_json])

    def print_documents(self, documents: list[str]) -> None:
        """Queue documents (their JSON) on the window printer (stored before sent)."""
        printing = self.printing
        if printing is None or not documents:
            return
        who = self._who()

        def submit() -> list[Any]:
            return [printing.print_document(payload, who) for payload in documents]

        self.ops.run(submit, self._on_submitted, self._on_submit_failed)

    def _who(self) -> str:
        person = self.window.person or self.services.session.current
        return person.name + paren(person.staff_no) if person is not None else ""

    def _on_submitted(self, jobs: list[Any]) -> None:
        for job in jobs:
            self.recent_jobs[job.id] = job
        self.window.status.show_info(self.tr("已送打印：%1").replace("%1", joined(job_label(j) for j in jobs)))
        self._refresh_jobs_dialog()

    def _on_submit_failed(self, exc: BaseException) -> None:
        message = error_message(exc)
        self.window.set_indicator(PRINTER_LAMP, False, self.tr("打印机：%1").replace("%1", message))
        self.window.status.show_error(self.tr("文书未能送打印：%1").replace("%1", message))

    @Slot(object)
    def _on_print_job_sent(self, job: Any) -> None:
        self.recent_jobs[job.id] = job
        if self.unprinted_strip is not None and self.unprinted_strip.isVisible():
            self.unprinted_strip.check()
        self.window.set_indicator(PRINTER_LAMP, True, self.tr("打印机：正常"))
        self.window.status.show_info(self.tr("已打印：%1").replace("%1", job_label(job)))
        self._refresh_jobs_dialog()

    @Slot(object, str)
    def _on_print_job_failed(self, job: Any, reason: str) -> None:
        self.recent_jobs[job.id] = job
        if self.unprinted_strip is not None:
            self.unprinted_strip.check()
        self.window.set_indicator(PRINTER_LAMP, False, self.tr("打印机：%1").replace("%1", reason))
        self.window.status.show_error(
            self.tr("%1 未打印：%2。文书已保留在打印队列，排除故障后自动续打（打印 → 打印队列 可重试）")
            .replace("%1", job_label(job))
            .replace("%2", reason)
        )
        self._refresh_jobs_dialog()

    def _add_print_menu(self) -> None:
        menu = QMenu(self.tr("打印(&P)"), self.window)
        action = QAction(self.tr("打印队列…"), self.window)
        action.triggered.connect(self.show_print_jobs)
        menu.addAction(action)
        self.print_menu = menu
        self.print_jobs_action = action
        self.window.menuBar().addMenu(menu)

    @Slot()
    def show_print_jobs(self) -> None:
        """打印 → 打印队列: pending and failed jobs with 重试/取消/补打."""
        from app.ui.print_jobs import PrintJobsDialog

        if self.jobs_dialog is None:
            self.jobs_dialog = PrintJobsDialog(
                self.printing, self.ops, self._who, lambda: list(self.recent_jobs.values()), self.window
            )
            self.jobs_dialog.reprinted.connect(self._on_jobs_dialog_reprinted)
            self.jobs_dialog.cancelled.connect(lambda job_id: self.recent_jobs.pop(job_id, None))
        self.jobs_dialog.refresh()
        self.jobs_dialog.show()
        self.jobs_dialog.raise_()

    @Slot(object)
    def _on_jobs_dialog_reprinted(self, job: Any) -> None:
        self.recent_jobs[job.id] = job
        self.window.status.show_info(self.tr("已送补打：%1").replace("%1", job_label(job)))

    def _refresh_jobs_dialog(self) -> None:
        if self.jobs_dialog is not None and self.jobs_dialog.isVisible():
            self.jobs_dialog.refresh()

    # -- device and sync lamps -------------------------------------------------------------------

    @Slot(str, bool, str)
    def _on_hub_device_status_changed(self, name: str, online: bool, message: str) -> None:
        self._show_device(name, online, message)

    def _show_device(self, name: str, online: bool, message: str) -> None:
        """Green "评价器：在线", or red with the device's own words for what is wrong."""
        text = self.tr("在线") if online else (message or self.tr("未连接"))
        self.window.set_indicator(name, online, f"{name}{colon()}{text}")

    @Slot()
    def refresh_sync(self) -> None:
        """Ask the uploader's state off the GUI thread; the lamp follows."""
        if self.sync_status is not None:
            self.ops.run(self.sync_status, self._on_sync_status, self._on_sync_status_failed)

    def _on_sync_status(self, status: Any) -> None:
        self.window.set_indicator(SYNC_LAMP, bool(status.online) and not status.alarms, sync_lamp_text(status))

    def _on_sync_status_failed(self, exc: BaseException) -> None:
        self.window.set_indicator(SYNC_LAMP, False, self.tr("同步状态未知：%1").replace("%1", error_message(exc)))

    def stop(self) -> None:
        """Stop the refresh timer (the window is closing)."""
        self.sync_timer.stop()
