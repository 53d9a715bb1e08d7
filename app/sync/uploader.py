"""The outbox uploader of a window PC and the background thread that drives it.

Order of events for one batch, and why:
1. read the oldest unacknowledged outbox rows of this device, in sequence order;
2. send them to the center, which inserts/projects/advances in ONE transaction;
3. only after that call returned (the center committed) mark them acknowledged locally.
A crash or a lost answer between 2 and 3 just resends the batch; the center's inbox
ignores ids it already has. Acknowledging before step 2 committed would lose rows
(the negative control in the tests does exactly that and is caught).

The :class:`SyncWorker` thread retries on a timer with exponential backoff, not only
when a clerk writes something, so a window that went quiet still catches up.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select, update

from app.domain.ids import utcnow
from app.store.models import OutboxEntry
from app.store.uow import Store
from app.sync.blobs import BLOB_ENTITY, BlobSender
from app.sync.central import BatchRequest, BatchResult
from app.sync.clock import ClockOffset
from app.sync.errors import CentralUnavailable, DeviceRefused, NotRegistered, SyncError
from app.sync.incoming import IncomingRow
from app.sync.registration import current_registration


class CentralLink(Protocol):
    """What the uploader needs from the center (a :class:`CentralStore`, or a faulty
    network in the fault-injection tests)."""

    def accept_batch(self, request: BatchRequest) -> BatchResult:
        """Commit the batch centrally, then answer (see :meth:`CentralStore.accept_batch`)."""
        ...


@dataclass(frozen=True, slots=True)
class UploadReport:
    """What one :meth:`Uploader.sync_once` did."""

    batches: int
    sent: int
    acked: int
    rejected: int
    contiguous_seq: int
    clock_offset_ms: int


class Uploader:
    """Sends this PC's outbox to the center, batch by batch, in sequence order."""

    def __init__(
        self,
        local: Store,
        central: CentralLink,
        *,
        batch_size: int = 200,
        fingerprint: str = "",
        clock: ClockOffset | None = None,
        blobs: BlobSender | None = None,
    ) -> None:
        """``blobs`` sends the chunks of files before the batch that announces them
        (``blobs`` outbox rows); without it such rows wait at the center, held."""
        self.local = local
        self.central = central
        self.blobs = blobs
        self.batch_size = batch_size
        self.fingerprint = fingerprint
        self.clock = clock or ClockOffset()
        #: Held by every upload and by pulls that must not read the center before this
        #: PC's own upload committed (credentials): one of them at a time.
        self.lock = threading.RLock()

    def pending(self) -> tuple[int, datetime | None]:
        """Unacknowledged rows and the creation time of the oldest of them."""
        with self.local.read() as session:
            count, oldest = session.execute(
                select(func.count(), func.min(OutboxEntry.created_at)).where(OutboxEntry.acked_at.is_(None))
            ).one()
        return int(count), oldest

    def _next_batch(self, device_id: uuid.UUID) -> list[IncomingRow]:
        with self.local.read() as session:
            rows = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.device_id == device_id, OutboxEntry.acked_at.is_(None))
                .order_by(OutboxEntry.seq)
                .limit(self.batch_size)
            ).all()
            return [IncomingRow(r.id, r.seq, r.schema_version, r.kind, r.entity, r.entity_id, r.payload) for r in rows]

    def _mark(self, result: BatchResult) -> tuple[int, int]:
        """Record the center's answer locally (after the central commit, never before)."""
        now = utcnow()
        accepted = [rid for rid in result.received if rid not in result.rejected]
        with self.local.write() as tx:
            if accepted:
                tx.session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.id.in_(accepted), OutboxEntry.acked_at.is_(None))
                    .values(acked_at=now)
                )
            for rid, reason in result.rejected.items():
                tx.session.execute(
                    update(OutboxEntry).where(OutboxEntry.id == rid).values(acked_at=now, rejected_reason=reason)
                )
        return len(accepted), len(result.rejected)

    def send_batch(self, rows: list[IncomingRow], oldest_pending_s: int = 0) -> BatchResult:
        """One round trip: the center commits the batch and answers (clock measured too)."""
        reg = current_registration(self.local)
        if reg is None:
            raise NotRegistered("本机尚未在中心登记，无法上传。请管理员执行登记。")
        sent_at = utcnow()
        result = self.central.accept_batch(
            BatchRequest(
                device_id=reg.device_id,
                epoch=reg.epoch,
                window_code=reg.window_code,
                rows=tuple(rows),
                client_sent_at=sent_at,
                fingerprint=self.fingerprint,
                oldest_pending_s=oldest_pending_s,
            )
        )
        self.clock.record(sent_at, result.server_time, utcnow())
        return result

    def sync_once(self, max_batches: int | None = None) -> UploadReport:
        """Upload until the outbox is empty (or ``max_batches``); raises
        :class:`CentralUnavailable` or :class:`DeviceRefused` on failure."""
        with self.lock:
            return self._sync(max_batches)

    def _sync(self, max_batches: int | None) -> UploadReport:
        reg = current_registration(self.local)
        if reg is None:
            raise NotRegistered("本机尚未在中心登记，无法上传。请管理员执行登记。")
        batches = sent = acked = rejected = 0
        contiguous = 0
        offset_ms = 0
        while max_batches is None or batches < max_batches:
            rows = self._next_batch(reg.device_id)
            _count, oldest = self.pending()
            age = int((utcnow() - oldest).total_seconds()) if oldest else 0
            if self.blobs is not None:
                self.blobs.ensure_all(r.payload for r in rows if r.entity == BLOB_ENTITY)
            result = self.send_batch(rows, age)
            good, bad = self._mark(result)
            batches += 1
            sent += len(rows)
            acked += good
            rejected += bad
            contiguous = result.contiguous_seq
            offset_ms = result.clock_offset_ms
            if len(rows) < self.batch_size:
                break
        return UploadReport(batches, sent, acked, rejected, contiguous, offset_ms)


@dataclass(frozen=True, slots=True)
class WorkerState:
    """What the background uploader last saw (read by the status bar)."""

    online: bool
    last_sync_at: datetime | None
    last_error: str | None
    refused: str | None
    next_attempt_in_s: float


class SyncWorker:
    """Background thread: upload now, then every ``interval_s``; after a failure wait
    1, 2, 4 … up to ``max_backoff_s`` seconds (with jitter) and try again."""

    def __init__(
        self,
        uploader: Uploader,
        *,
        interval_s: float = 5.0,
        max_backoff_s: float = 60.0,
        on_change: Callable[[WorkerState], None] | None = None,
        also: tuple[Callable[[], object], ...] = (),
    ) -> None:
        """``also``: pulls to run after each successful upload (reference releases,
        foreign case events); a failure there counts as being offline."""
        self.uploader = uploader
        self.also = also
        self.interval_s = interval_s
        self.max_backoff_s = max_backoff_s
        self.on_change = on_change
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._state = WorkerState(online=False, last_sync_at=None, last_error=None, refused=None, next_attempt_in_s=0.0)
        self._failures = 0
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> WorkerState:
        """The last state, safe to read from the UI thread."""
        with self._lock:
            return self._state

    def start(self) -> None:
        """Start the background thread (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="counterdesk-sync", daemon=True)
            self._thread.start()

    def trigger(self) -> None:
        """Upload soon (a clerk action just wrote to the outbox)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current attempt (at shutdown or before re-registration)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _set(self, **changes: Any) -> None:  # fields of SyncState
        with self._lock:
            self._state = replace(self._state, **changes)
            state = self._state
        if self.on_change is not None:
            self.on_change(state)

    def run_once(self) -> float:
        """One attempt; returns the delay before the next one."""
        try:
            self.uploader.sync_once()
            for pull in self.also:
                pull()
        except DeviceRefused as exc:
            self._failures += 1
            delay = self.max_backoff_s
            self._set(online=True, refused=exc.message, last_error=exc.message, next_attempt_in_s=delay)
            return delay
        except (CentralUnavailable, SyncError) as exc:
            self._failures += 1
            delay = min(self.max_backoff_s, 2.0 ** min(self._failures - 1, 10)) * random.uniform(0.8, 1.2)
            self._set(online=False, last_error=exc.message, next_attempt_in_s=delay)
            return delay
        except Exception as exc:  # noqa: BLE001 - the thread must survive any failure and retry
            self._failures += 1
            delay = self.max_backoff_s
            self._set(last_error=f"上传出错：{exc}", next_attempt_in_s=delay)
            return delay
        self._failures = 0
        self._set(online=True, last_sync_at=utcnow(), last_error=None, refused=None, next_attempt_in_s=self.interval_s)
        return self.interval_s

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self.run_once()
            self._wake.wait(delay)
            self._wake.clear()
