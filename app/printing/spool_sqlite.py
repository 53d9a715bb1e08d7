"""The print queue stored in a local SQLite file (WAL, ``synchronous=FULL``).

A job row is committed and synced to disk before :meth:`SqliteJobStore.add`
returns, so killing the program right after submitting still leaves the job to
be printed on the next start.  Kept apart from the central SQLAlchemy models so
printing works even when the case database is unreachable.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from app.printing.backends import ContentType
from app.printing.spool import JobState, PrintJob

_SCHEMA = """
CREATE TABLE IF NOT EXISTS print_job (
    id TEXT PRIMARY KEY,
    printer_url TEXT NOT NULL,
    content_type TEXT NOT NULL,
    payload BLOB NOT NULL,
    document_json TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    document_number TEXT NOT NULL,
    case_number TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_try_at TEXT,
    sent_at TEXT,
    reprint_of TEXT REFERENCES print_job(id),
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_print_job_state ON print_job(state, seq);
CREATE INDEX IF NOT EXISTS ix_print_job_case ON print_job(case_number);
"""

_COLUMNS = (
    "id, printer_url, content_type, payload, document_json, kind, title, document_number, "
    "case_number, created_at, created_by, state, attempts, last_error, sent_at, reprint_of"
)


class SqliteJobStore:
    """:class:`~app.printing.spool.JobStore` over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection (jobs stay in the file)."""
        with self._lock:
            self._db.close()

    def _write(self, sql: str, params: tuple[object, ...]) -> int:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, params)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return cursor.rowcount

    def add(self, job: PrintJob) -> None:
        """Insert the job; committed with a full sync before returning."""
        self._write(
            f"INSERT INTO print_job ({_COLUMNS}, seq) VALUES ({', '.join('?' * 16)}, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM print_job))",
            (
                job.id,
                job.printer_url,
                job.content_type.value,
                job.payload,
                job.document_json,
                job.kind,
                job.title,
                job.document_number,
                job.case_number,
                job.created_at.isoformat(),
                job.created_by,
                job.state.value,
                job.attempts,
                job.last_error,
                job.sent_at.isoformat() if job.sent_at else None,
                job.reprint_of,
            ),
        )

    def mark_sent(self, job_id: str, at: datetime) -> None:
        """Record success."""
        self._write(
            "UPDATE print_job SET state = ?, sent_at = ?, last_try_at = ?, attempts = attempts + 1, "
            "last_error = '' WHERE id = ?",
            (JobState.SENT.value, at.isoformat(), at.isoformat(), job_id),
        )

    def mark_failed(self, job_id: str, reason: str, at: datetime) -> None:
        """Record a failed try; the job stays pending unless it was cancelled meanwhile."""
        self._write(
            "UPDATE print_job SET state = CASE WHEN state = ? THEN state ELSE ? END, last_error = ?, "
            "last_try_at = ?, attempts = attempts + 1 WHERE id = ?",
            (JobState.CANCELLED.value, JobState.FAILED.value, reason, at.isoformat(), job_id),
        )

    def cancel(self, job_id: str) -> None:
        """Cancel if still pending; printed jobs stay printed."""
        self._write(
            "UPDATE print_job SET state = ? WHERE id = ? AND state IN (?, ?)",
            (JobState.CANCELLED.value, job_id, JobState.QUEUED.value, JobState.FAILED.value),
        )

    def _select(self, where: str, params: tuple[object, ...]) -> list[PrintJob]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM print_job WHERE {where} ORDER BY seq", params).fetchall()
        return [_job(row) for row in rows]

    def pending(self) -> list[PrintJob]:
        """Queued and failed jobs in submission order."""
        return self._select("state IN (?, ?)", (JobState.QUEUED.value, JobState.FAILED.value))

    def get(self, job_id: str) -> PrintJob | None:
        """One job by id."""
        found = self._select("id = ?", (job_id,))
        return found[0] if found else None

    def for_case(self, case_number: str) -> list[PrintJob]:
        """All jobs of one case, including reprints and cancelled ones."""
        return self._select("case_number = ?", (case_number,))


def _blob(value: object) -> bytes:
    """A BLOB column's value (sqlite3 gives bytes; a memoryview is accepted as well)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    raise TypeError(f"print job payload is {type(value).__name__}, not a BLOB")


def _job(row: tuple[object, ...]) -> PrintJob:
    (
        id_,
        url,
        ctype,
        payload,
        doc,
        kind,
        title,
        number,
        case,
        created,
        by,
        state,
        attempts,
        error,
        sent,
        of,
    ) = row
    return PrintJob(
        id=str(id_),
        printer_url=str(url),
        content_type=ContentType(str(ctype)),
        payload=_blob(payload),
        document_json=str(doc),
        kind=str(kind),
        title=str(title),
        document_number=str(number),
        case_number=str(case),
        created_at=datetime.fromisoformat(str(created)),
        created_by=str(by),
        state=JobState(str(state)),
        attempts=int(str(attempts)),
        last_error=str(error),
        sent_at=datetime.fromisoformat(str(sent)) if sent else None,
        reprint_of=str(of) if of else None,
    )
