"""The counter window's queue and status keys (F1–F10) and what their results do on screen.

Part of :class:`app.ui.main_window.MainWindow` (a mixin: the window owns the widgets, this
module the calling, transferring, parking, pausing and their results). Texts are in the
window's translation context ("MainWindow"), as they were before the split.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow

from app.domain.enums import WindowStatus
from app.services.dto import QueueOverview, SessionInfo, TicketInfo, WindowStatusInfo
from app.services.errors import QueueOffline
from app.ui.dialogs import AwayDialog, TransferDialog
from app.ui.ops import OpRunner, error_message
from app.ui.status_strip import StatusStrip, TicketTimes

if TYPE_CHECKING:
    from app.ui.context import Services
    from app.ui.pages.cases import CasesPage
    from app.ui.pages.decision import DecisionPage
    from app.ui.pages.intake import IntakePage
    from app.ui.queue_panel import QueuePanel
    from app.ui.statusbar import StatusBar

    # What the mixin is part of, for the type checker: the main window (its dialogs' parent).
    _Window = QMainWindow
else:
    _Window = object


class QueueActions(_Window):
    """F1 呼叫下一位 … F8 办结叫号, F9 暂停, F10 离开, and the ticket on screen."""

    services: Services
    ops: OpRunner
    person: SessionInfo | None
    ticket: TicketInfo | None
    window_status: WindowStatusInfo | None
    status: StatusBar
    strip: StatusStrip
    queue_panel: QueuePanel
    intake_page: IntakePage
    decision_page: DecisionPage
    cases_page: CasesPage
    ticket_called: SignalInstance
    ticket_recalled: SignalInstance
    ticket_finished: SignalInstance
    status_changed: SignalInstance

    if TYPE_CHECKING:  # provided by the window

        def set_indicator(self, name: str, ok: bool, text: str) -> None: ...
        def focus_search(self) -> None: ...
        def focus_home(self) -> None: ...
        def _show_person(self) -> None: ...
        def _update_actions(self) -> None: ...

    # -- queue actions -------------------------------------------------------------------------

    def call_next(self) -> None:
        queue = self.services.queue
        self.ops.run(queue.call_next, self._on_called_next, self._on_queue_failed)

    def enter_manual_ticket(self) -> None:
        """Offline: the clerk types the number on the applicant's paper ticket."""
        number, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "手工录入票号"),
            QCoreApplication.translate(
                "MainWindow", "叫号服务暂时无法连接。请呼叫群众并录入其手中号票的号码（如A012）："
            ),
        )
        if ok and number.strip():
            queue = self.services.queue
            self.ops.run(lambda: queue.manual_ticket(number), self._on_ticket_taken)

    def _on_queue_failed(self, exc: BaseException) -> None:
        self.status.show_error(error_message(exc))
        if isinstance(exc, QueueOffline):
            self.set_indicator("queue", False, QCoreApplication.translate("MainWindow", "叫号服务离线"))
            self.enter_manual_ticket()

    def recall(self) -> None:
        queue = self.services.queue
        self.ops.run(queue.recall, self._on_recalled)

    def no_show(self) -> None:
        queue = self.services.queue
        self.ops.run(
            queue.no_show, lambda t: self._after_ticket_left(t, QCoreApplication.translate("MainWindow", "%1号已过号"))
        )

    def transfer(self) -> None:
        dialog = TransferDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        queue = self.services.queue
        to_window = dialog.window_edit.text().strip() or None
        to_category = dialog.category_edit.text().strip() or None
        note = dialog.note_edit.text().strip()
        self.ops.run(
            lambda: queue.transfer(to_window=to_window, to_category=to_category, note=note),
            lambda t: self._after_ticket_left(t, QCoreApplication.translate("MainWindow", "%1号已转窗")),
        )

    def park_or_resume(self) -> None:
        queue = self.services.queue
        if self.ticket is not None:
            self.ops.run(
                queue.park, lambda t: self._after_ticket_left(t, QCoreApplication.translate("MainWindow", "%1号已挂起"))
            )
            return
        parked = self.queue_panel.parked_numbers()
        if not parked:
            self.status.show_info(QCoreApplication.translate("MainWindow", "没有挂起的号"))
            return
        number = parked[0]
        if len(parked) > 1:
            number, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("MainWindow", "恢复挂起"),
                QCoreApplication.translate("MainWindow", "恢复哪一个号"),
                parked,
                0,
                False,
            )
            if not ok:
                return
        self.ops.run(lambda: queue.resume(number), self._on_ticket_taken)

    def call_number(self) -> None:
        number, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "指定呼叫"),
            QCoreApplication.translate("MainWindow", "号码（如A012）"),
        )
        if ok and number.strip():
            queue = self.services.queue
            self.ops.run(lambda: queue.call_number(number), self._on_ticket_taken)

    def walk_in(self) -> None:
        queue = self.services.queue
        self.ops.run(queue.walk_in, self._on_ticket_taken)

    def finish(self) -> None:
        queue = self.services.queue
        self.ops.run(queue.finish, self._on_finished)

    # -- status actions --------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        session = self.services.session
        if self.window_status is not None and self.window_status.status is WindowStatus.PAUSED:
            self.ops.run(session.resume_serving, self._on_status)
            return
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "暂停服务"),
            QCoreApplication.translate("MainWindow", "暂停原因（可不填）"),
        )
        if ok:
            self.ops.run(lambda: session.pause(reason.strip()), self._on_status)

    def toggle_away(self) -> None:
        session = self.services.session
        if self.window_status is not None and self.window_status.status is WindowStatus.AWAY:
            self.ops.run(session.come_back, self._on_status)
            return
        dialog = AwayDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            message = dialog.message()
            self.ops.run(lambda: session.go_away(message), self._on_status)

    def refresh_queue(self) -> None:
        queue = self.services.queue
        self.ops.run(queue.overview, self._on_overview, lambda exc: None)

    # -- results --------------------------------------------------------------------------------

    def _on_called_next(self, ticket: TicketInfo | None) -> None:
        self.set_indicator("queue", True, QCoreApplication.translate("MainWindow", "叫号服务在线"))
        if ticket is None:
            self._set_ticket(None)
            self.status.show_info(QCoreApplication.translate("MainWindow", "当前没有等候的群众"))
            self.refresh_queue()
            return
        self._on_ticket_taken(ticket)

    def _on_finished(self, ticket: TicketInfo) -> None:
        """The applicant is done: their intake and decision leave the screen (a draft waits in 我的办件)."""
        self.intake_page.flush()
        self.intake_page.clear()
        self.decision_page.clear()
        self._after_ticket_left(ticket, QCoreApplication.translate("MainWindow", "%1号办理结束"))
        self.cases_page.refresh()
        self.focus_home()  # F8 done: the cursor on F1 呼叫下一位, not lost on a cleared page
        self.ticket_finished.emit(ticket)

    def _on_ticket_taken(self, ticket: TicketInfo) -> None:
        """A new applicant at the counter: the previous one's intake leaves the screen."""
        previous = self.ticket
        if previous is not None and previous.id != ticket.id:
            self.ticket_finished.emit(previous)  # calling the next one finished the previous
        self.intake_page.flush()
        self.intake_page.clear()
        self.decision_page.clear()
        self._set_ticket(ticket)
        self.status.show_info(
            QCoreApplication.translate("MainWindow", "请 %1 号到 %2 号窗口办理")
            .replace("%1", ticket.number)
            .replace("%2", self.services.settings.window_code)
        )
        self.refresh_queue()
        self.focus_search()
        self.ticket_called.emit(ticket)

    def _on_recalled(self, ticket: TicketInfo) -> None:
        self._set_ticket(ticket)
        self.status.show_info(
            QCoreApplication.translate("MainWindow", "已重呼 %1 号（还可重呼 %2 次）")
            .replace("%1", ticket.number)
            .replace("%2", str(ticket.recalls_left))
        )
        self.ticket_recalled.emit(ticket)

    def _after_ticket_left(self, ticket: TicketInfo, message: str) -> None:
        self._set_ticket(None)
        self.status.show_info(message.replace("%1", ticket.number))
        self.refresh_queue()

    def _set_ticket(self, ticket: TicketInfo | None) -> None:
        self.ticket = ticket
        if ticket is None:
            self.strip.set_ticket(None)
        else:
            self.strip.set_ticket(TicketTimes(ticket.number, ticket.issued_at, ticket.called_at))
        self._update_actions()

    def _on_overview(self, overview: QueueOverview) -> None:
        self.queue_panel.set_overview(overview)

    def _on_status(self, status: WindowStatusInfo) -> None:
        self.window_status = status
        self._show_person()
        self._update_actions()
        self.status_changed.emit(status)

    def _on_queue_panel_resume_requested(self, number: str) -> None:
        if self.person is None:
            return
        queue = self.services.queue
        self.ops.run(lambda: queue.resume(number), self._on_ticket_taken)

    def _on_queue_panel_requeue_requested(self, number: str) -> None:
        if self.person is None:
            return
        queue = self.services.queue
        self.ops.run(lambda: queue.requeue(number), self._after_requeue)

    def _after_requeue(self, ticket: TicketInfo) -> None:
        self.status.show_info(QCoreApplication.translate("MainWindow", "%1号已重新排队").replace("%1", ticket.number))
        self.refresh_queue()
