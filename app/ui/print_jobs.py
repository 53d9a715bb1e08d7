"""打印队列: the window's pending and failed print jobs, with 重试 / 取消 / 补打.

Why a dialog: a slip that did not print (paper out, cover open, cable) stays in the
persistent queue and prints by itself once the printer is fixed; the clerk still
needs to see what waits, push it now, drop a job that is no longer wanted, or print
a document again for an applicant who lost it — marked 补打 with the time and who.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.ops import OpRunner, error_message
from app.printing.spool import JobState
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import value_text

#: Column headers, in order.
COLUMNS = (
    QT_TRANSLATE_NOOP("PrintJobsDialog", "文书"),
    QT_TRANSLATE_NOOP("PrintJobsDialog", "文书编号"),
    QT_TRANSLATE_NOOP("PrintJobsDialog", "办件编号"),
    QT_TRANSLATE_NOOP("PrintJobsDialog", "状态"),
    QT_TRANSLATE_NOOP("PrintJobsDialog", "原因"),
)
#: States in which a job is still to be printed (can be cancelled, retried).
_PENDING_STATES = (JobState.QUEUED.value, JobState.FAILED.value)


class PrintEvents(QObject):
    """The print spooler's callbacks as Qt signals.

    The spooler calls :meth:`on_sent`/:meth:`on_failed` on its own thread; emitting a
    signal there delivers it queued to receivers on the GUI thread, so the window never
    touches a widget from the spooler thread.  The composition root creates this on
    the GUI thread and passes its methods to ``PrintService``.
    """

    #: a job reached the printer: PrintJobInfo
    job_sent = Signal(object)
    #: a job could not be printed (kept queued): PrintJobInfo, Chinese reason
    job_failed = Signal(object, str)

    def on_sent(self, info: object) -> None:
        self.job_sent.emit(info)

    def on_failed(self, info: object, reason: str) -> None:
        self.job_failed.emit(info, reason)


class PrintJobsDialog(QDialog):
    """Lists pending jobs (from the print service) and this session's printed ones."""

    #: Fact: a 补打 job was queued (PrintJobInfo).
    reprinted = Signal(object)
    #: Fact: a job was cancelled (its id); it leaves the list.
    cancelled = Signal(str)

    def __init__(
        self,
        printing: Any,
        ops: OpRunner,
        who: Callable[[], str],
        recent: Callable[[], list[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self.ops = ops
        self.who = who
        self.recent = recent
        self.jobs: list[Any] = []
        self.setWindowTitle(self.tr("打印队列"))
        self.resize(760, 360)

        self.hint = QLabel(
            self.tr("未打印的文书会保留在队列中，打印机恢复后自动续打。补打的文书标注“补打”、时间和补打人。"), self
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("重试"), self)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.reprint_button = QPushButton(self.tr("补打"), self)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button, self.reprint_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @Slot()
    def refresh(self) -> None:
        """Reload the queue (on the worker: the job store is a file)."""
        printing = self.printing
        recent = self.recent
        self.ops.run(lambda: _merge(printing.pending(), recent()), self._show, self._on_failed)

    def _show(self, jobs: list[Any]) -> None:
        selected = self.selected_job()
        self.jobs = jobs
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            state = value_text(str(job.state)) + (self.tr("（补打）") if job.reprint else "")
            values = (job.title, job.document_number, job.case_number or "", state, job.error or "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                self.table.setItem(row, column, item)
            if selected is not None and job.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_job(self) -> Any:
        """The job of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.jobs):
            return None
        return self.jobs[rows[0].row()]

    @Slot()
    def retry(self) -> None:
        """Send every waiting job now instead of at the next retry tick."""
        printing = self.printing
        self.ops.run(printing.retry, lambda _r: self._after(self.tr("已重新发送等待中的文书")), self._on_failed)

    @Slot()
    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        printing = self.printing
        self.ops.run(lambda: printing.cancel(job.id), lambda _r: self._on_cancelled(job), self._on_failed)

    def _on_cancelled(self, job: Any) -> None:
        self.cancelled.emit(job.id)
        self._after(self.tr("已取消：%1").replace("%1", job.title))

    @Slot()
    def reprint_selected(self) -> None:
        """补打: a new job marked with the time and who reprinted it."""
        job = self.selected_job()
        if job is None:
            return
        printing = self.printing
        who = self.who()
        self.ops.run(lambda: printing.reprint(job.id, who), self._on_reprinted, self._on_failed)

    def _on_reprinted(self, job: Any) -> None:
        self.reprinted.emit(job)
        self._after(self.tr("已送补打：%1").replace("%1", job.title))

    def _after(self, message: str) -> None:
        self.message.setText(message)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))

    def _update_buttons(self) -> None:
        job = self.selected_job()
        pending = job is not None and str(job.state) in _PENDING_STATES
        self.cancel_button.setEnabled(pending)
        self.reprint_button.setEnabled(job is not None)
        self.retry_button.setEnabled(any(str(j.state) in _PENDING_STATES for j in self.jobs))


def _merge(pending: list[Any], recent: list[Any]) -> list[Any]:
    """Pending jobs first (their state is current), then this session's others, newest first."""
    seen = {job.id for job in pending}
    return list(pending) + [job for job in reversed(recent) if job.id not in seen]
