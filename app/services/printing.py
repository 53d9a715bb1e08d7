"""Printing for the counter: issued documents go to this window's printer through the
persistent spooler (stored before sent; a jam or a crash never loses a slip).

The UI calls :meth:`PrintService.print_document` with the ``document_json`` of a
:class:`~app.services.dto.DocumentInfo`; results come back through the callbacks the
composition root connects (on the spooler's thread — the UI marshals them).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.errors import CounterDeskError
from app.forms.document import Document
from app.printing.backends import PrinterConfig
from app.printing.spool import PrintJob, Spooler
from app.printing.spool_sqlite import SqliteJobStore
from app.settings import PrinterSettings


class NoPrinter(CounterDeskError):
    """This window has no printer configured."""


@dataclass(frozen=True)
class PrintJobInfo:
    """A print job as the status bar and the job list show it."""

    id: str
    title: str
    document_number: str
    case_number: str | None
    state: str
    error: str | None
    reprint: bool

    @classmethod
    def of(cls, job: PrintJob) -> PrintJobInfo:
        return cls(
            job.id,
            job.title,
            job.document_number,
            job.case_number,
            str(job.state),
            job.last_error or None,
            job.reprint_of is not None or _marked_reprint(job.document_json),
        )


def _marked_reprint(document_json: str) -> bool:
    """A 补打 of a document that had no job before (a crash before the print) links no job."""
    try:
        return json.loads(document_json).get("reprint") is not None
    except (ValueError, AttributeError):
        return False


class PrintService:
    """Submit, reprint, retry and cancel print jobs of one window PC."""

    def __init__(
        self,
        settings: PrinterSettings,
        jobs_path: Path,
        *,
        on_sent: Callable[[PrintJobInfo], None] | None = None,
        on_failed: Callable[[PrintJobInfo, str], None] | None = None,
        retry_interval: float = 10.0,
    ) -> None:
        self._config = PrinterConfig.from_values(**asdict(settings)) if settings.url else None
        self._spooler = Spooler(
            SqliteJobStore(jobs_path),
            retry_interval=retry_interval,
            on_sent=(lambda job: on_sent(PrintJobInfo.of(job))) if on_sent else None,
            on_failed=(lambda job, why: on_failed(PrintJobInfo.of(job), why)) if on_failed else None,
        )

    @property
    def printer_url(self) -> str:
        return self._config.url if self._config else ""

    def start(self) -> None:
        """Start the printing thread; jobs left from before a crash are sent first."""
        self._spooler.start()

    def stop(self) -> None:
        self._spooler.stop()

    def _require_printer(self) -> PrinterConfig:
        if self._config is None:
            raise NoPrinter("本窗口未配置打印机，请在设置中填写打印机地址")
        return self._config

    def print_document(self, document_json: str, by: str) -> PrintJobInfo:
        """Queue one issued document (stored durably before anything is sent)."""
        if not document_json:
            raise CounterDeskError("该文书没有可打印的内容")
        job = self._spooler.submit(Document.from_json(document_json), self._require_printer(), by)
        return PrintJobInfo.of(job)

    def reprint(self, job_id: str, by: str) -> PrintJobInfo:
        """Print a job again, marked 补打 with the time and who reprinted it."""
        return PrintJobInfo.of(self._spooler.reprint(job_id, self._require_printer(), by))

    def reprint_document(self, document_json: str, by: str, *, replaces: list[str]) -> PrintJobInfo:
        """Print a stored document again marked 补打; the failed jobs it ``replaces`` are withdrawn first."""
        printer = self._require_printer()
        for job_id in replaces:
            self._spooler.cancel(job_id)
        document = Document.from_json(document_json).as_reprint(datetime.now(UTC).astimezone(), by)
        job = self._spooler.submit(document, printer, by, reprint_of=replaces[-1] if replaces else None)
        return PrintJobInfo.of(job)

    def jobs_for_case(self, case_number: str) -> list[PrintJobInfo]:
        """Every job of a case in this PC's spool (printed, pending, cancelled, reprints)."""
        return [PrintJobInfo.of(job) for job in self._spooler.store.for_case(case_number)]

    def retry(self) -> None:
        self._spooler.retry()

    def cancel(self, job_id: str) -> None:
        self._spooler.cancel(job_id)

    def pending(self) -> list[PrintJobInfo]:
        return [PrintJobInfo.of(job) for job in self._spooler.store.pending()]
