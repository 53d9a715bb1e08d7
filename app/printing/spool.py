"""The persistent print queue: a slip is stored before it is sent, so none is ever lost.

Flow: :meth:`Spooler.submit` renders the document for the window's printer and
writes the job (document JSON *and* the exact bytes) to the :class:`JobStore`;
only then does the spooler thread try to send it.  A jam, an empty roll, an
unplugged cable or a crash leaves the job pending; the thread retries on a timer
and on :meth:`Spooler.retry`, and reports every outcome through callbacks (the
UI adapts them to Qt signals).  Reprints are new jobs rendered with a 补打 mark
and linked to the original, and every job carries its case and document number.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from app.forms.document import Document
from app.printing.backends import ContentType, PrinterBackend, PrinterConfig, open_backend, paper_of
from app.printing.errors import PrinterError, PrintingError
from app.printing.escpos import EscPosRenderer
from app.printing.pdf import PdfRenderer

log = logging.getLogger(__name__)


class JobState(StrEnum):
    """Where a print job stands; the values are what the clerk sees."""

    QUEUED = "等待打印"
    FAILED = "打印失败待重试"
    SENT = "已打印"
    CANCELLED = "已取消"


@dataclass(frozen=True)
class PrintJob:
    """One print job as stored; bytes and document together, so it can be sent or redone."""

    id: str
    printer_url: str
    content_type: ContentType
    payload: bytes
    document_json: str
    kind: str
    title: str
    document_number: str
    case_number: str
    created_at: datetime
    created_by: str
    state: JobState = JobState.QUEUED
    attempts: int = 0
    last_error: str = ""
    sent_at: datetime | None = None
    #: The job this one reprints (补打), if any.
    reprint_of: str | None = None

    @property
    def document(self) -> Document:
        """The document this job prints."""
        return Document.from_json(self.document_json)

    @property
    def is_pending(self) -> bool:
        """Still to be printed (queued or failed, not cancelled)."""
        return self.state in (JobState.QUEUED, JobState.FAILED)


class JobStore(Protocol):
    """Durable job storage; every method commits before it returns."""

    def add(self, job: PrintJob) -> None:
        """Store a new job (durably, before anyone tries to print it)."""
        ...

    def mark_sent(self, job_id: str, at: datetime) -> None:
        """The printer took the job."""
        ...

    def mark_failed(self, job_id: str, reason: str, at: datetime) -> None:
        """A try failed with the Chinese ``reason``; the job stays pending."""
        ...

    def pending(self) -> list[PrintJob]:
        """Queued and failed jobs, oldest first."""
        ...

    def get(self, job_id: str) -> PrintJob | None:
        """One job, or ``None``."""
        ...

    def cancel(self, job_id: str) -> None:
        """Withdraw a pending job (it stays in the history)."""
        ...

    def for_case(self, case_number: str) -> list[PrintJob]:
        """Every job printed or queued for a case, oldest first (traceability)."""
        ...


class JobNotFound(PrintingError):
    """A job id that the queue does not know."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Spooler:
    """Owns the printing thread for one PC; the UI only submits and listens."""

    def __init__(
        self,
        store: JobStore,
        *,
        open_printer: Callable[[str], PrinterBackend] = open_backend,
        retry_interval: float = 10.0,
        on_sent: Callable[[PrintJob], None] | None = None,
        on_failed: Callable[[PrintJob, str], None] | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.store = store
        self._open_printer = open_printer
        self.retry_interval = retry_interval
        self._on_sent = on_sent
        self._on_failed = on_failed
        self._clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: Renderers and reportlab's font state are not shared safely between threads.
        self._render_lock = threading.Lock()
        self._renderers: dict[object, EscPosRenderer | PdfRenderer] = {}

    def render(self, document: Document, printer: PrinterConfig) -> tuple[ContentType, bytes]:
        """The bytes ``printer`` needs for ``document`` (ESC/POS or PDF)."""
        with self._render_lock:
            return self._render(document, printer)

    def _render(self, document: Document, printer: PrinterConfig) -> tuple[ContentType, bytes]:
        backend = self._open_printer(printer.url)
        if backend.content_type is ContentType.PDF:
            paper = paper_of(printer.url, printer.paper)
            key: object = ("pdf", paper, printer.profile.fallback_fonts)
            renderer = self._renderers.get(key)
            if renderer is None:
                renderer = self._renderers[key] = PdfRenderer(paper, printer.profile.fallback_fonts)
            return ContentType.PDF, renderer.render(document)
        renderer = self._renderers.get(printer.profile)
        if renderer is None:
            renderer = self._renderers[printer.profile] = EscPosRenderer(printer.profile)
        return ContentType.ESCPOS, renderer.render(document)

    def submit(self, document: Document, printer: PrinterConfig, by: str, *, reprint_of: str | None = None) -> PrintJob:
        """Render, store durably, then wake the printing thread; returns the stored job."""
        content_type, payload = self.render(document, printer)
        job = PrintJob(
            id=uuid.uuid4().hex,
            printer_url=printer.url,
            content_type=content_type,
            payload=payload,
            document_json=document.to_json(),
            kind=document.kind.value,
            title=document.title,
            document_number=document.number,
            case_number=document.case_number,
            created_at=self._clock(),
            created_by=by,
            reprint_of=reprint_of,
        )
        self.store.add(job)
        self._wake.set()
        return job

    def reprint(self, job_id: str, printer: PrinterConfig, by: str) -> PrintJob:
        """Print a job's document again, marked 补打 with the time and ``by``."""
        original = self.store.get(job_id)
        if original is None:
            raise JobNotFound(f"找不到打印任务 {job_id}")
        document = original.document.as_reprint(self._clock().astimezone(), by)
        return self.submit(document, printer, by, reprint_of=original.id)

    def retry(self) -> None:
        """Try pending jobs now (the clerk pressed 重试 after fixing the printer)."""
        self._wake.set()

    def cancel(self, job_id: str) -> None:
        """Withdraw a pending job."""
        if self.store.get(job_id) is None:
            raise JobNotFound(f"找不到打印任务 {job_id}")
        self.store.cancel(job_id)

    def start(self) -> Spooler:
        """Start the printing thread (it also picks up jobs left from before a crash)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="print-spooler", daemon=True)
            self._thread.start()
        self._wake.set()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread after the job in hand (jobs stay stored)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def run_once(self) -> None:
        """One pass over the pending jobs; a printer that fails is not tried again this pass."""
        with self._lock:
            broken: set[str] = set()
            for job in self.store.pending():
                if self._stop.is_set():
                    return
                if job.printer_url in broken:
                    continue
                current = self.store.get(job.id)
                if current is None or not current.is_pending:
                    continue
                try:
                    self._open_printer(job.printer_url).send(job.payload, name=_job_name(job))
                except PrintingError as exc:
                    broken.add(job.printer_url)
                    self.store.mark_failed(job.id, exc.message, self._clock())
                    failed = self.store.get(job.id) or job
                    self._notify(self._on_failed, failed, exc.message)
                    continue
                self.store.mark_sent(job.id, self._clock())
                self._notify(self._on_sent, self.store.get(job.id) or replace(job, state=JobState.SENT))

    def _notify(self, callback: Callable[..., None] | None, *args: object) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a broken listener must not stop printing
            log.exception("print spooler callback failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once()
            except Exception:  # keep the thread alive; the store still has the jobs
                log.exception("print spooler pass failed")
            self._wake.wait(self.retry_interval)


def _job_name(job: PrintJob) -> str:
    return " ".join(part for part in (job.title, job.document_number, job.id[:8]) if part)


__all__ = ["JobNotFound", "JobState", "JobStore", "PrintJob", "PrinterError", "Spooler"]
