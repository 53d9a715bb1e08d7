"""The center's side of sync: device registration and the one-transaction batch accept.

:meth:`CentralStore.accept_batch` is the heart of "nothing lost, nothing twice". In one
central transaction it locks the device's registry row (so two uploads of one device
serialise), refuses a cloned or stale device, inserts the batch into the inbox with
``INSERT … ON CONFLICT (id) DO NOTHING`` (a batch resent after a lost acknowledgement
inserts nothing new), projects the new rows into the central tables, advances the
device's contiguous sequence, and records the clock offset. The client marks its
outbox rows acknowledged only after this returns, i.e. after the commit.

Rows beyond a gap in a device's sequence are kept in the inbox but not projected until
the gap closes, so a late row can never overwrite a newer snapshot; the gap raises an
alarm. A sequence number arriving again with a *different* outbox id means two
databases share one device identity (a cloned or restored PC): the device is refused
from then on and an alarm raised; an administrator re-registers the genuine PC, which
gets a new epoch (and so new case numbers).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from app.domain.ids import utcnow, uuid7
from app.store.engine import WRITE_OPTION
from app.store.models import CentralDevice, DeviceCursor, InboxEntry, RejectedRow
from app.sync import alarms
from app.sync.errors import CentralUnavailable, DeviceRefused
from app.sync.incoming import HELD, REJECTED, IncomingRow, Outcome
from app.sync.blobs import BlobBackend, chunks_complete
from app.sync.projector import project_rows

#: A PC clock further off than this is reported (deadlines use corrected time anyway).
CLOCK_SKEW_LIMIT_MS = 120_000


@dataclass(frozen=True, slots=True)
class Registration:
    """What the center hands a newly registered PC."""

    device_id: uuid.UUID
    window_code: str
    hall_code: str
    epoch: int


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """One upload: the device, its epoch, and outbox rows in sequence order."""

    device_id: uuid.UUID
    epoch: int
    window_code: str
    rows: tuple[IncomingRow, ...]
    client_sent_at: datetime
    fingerprint: str = ""
    oldest_pending_s: int = 0


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The center's answer, valid only because it is returned after the commit."""

    received: frozenset[uuid.UUID]
    rejected: dict[uuid.UUID, str] = field(default_factory=dict)
    contiguous_seq: int = 0
    server_time: datetime = field(default_factory=utcnow)
    clock_offset_ms: int = 0


def make_central_engine(url: str, *, window_code: str | None = None, connect_timeout_s: int = 3) -> Engine:
    """The engine a window PC (or the admin) uses for the central store: a short connect
    timeout, so an unplugged LAN makes the counter say "offline" within seconds instead
    of hanging for the operating system's TCP timeout; the window in
    ``application_name`` so the server's activity view shows who is connected."""
    from sqlalchemy.engine import make_url

    from app.store.engine import make_engine

    if make_url(url).get_backend_name() != "postgresql":
        return make_engine(url)
    name = f"counterdesk-{window_code}" if window_code else "counterdesk"
    return make_engine(
        url, connect_args={"connect_timeout": connect_timeout_s, "application_name": name}, pool_size=2, max_overflow=2
    )


def _insert_for(conn: Connection) -> Callable[[Any], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


def server_now(conn: Connection) -> datetime:
    """The central clock (the database server's, on PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        now: datetime = conn.execute(text("SELECT clock_timestamp()")).scalar_one()
        return now
    return utcnow()


class CentralStore:
    """Sync operations on the central database (PostgreSQL, or SQLite in tests/township)."""

    def __init__(self, engine: Engine, blobs: BlobBackend | None = None) -> None:
        """``blobs``: where this center keeps file chunks (default: ``blob_chunks``)."""
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE_OPTION: True})
        self._blob_complete = blobs.complete if blobs is not None else chunks_complete

    # -- connectivity -------------------------------------------------------------------
    def now(self) -> datetime:
        """Server time (raises :class:`CentralUnavailable` when unreachable)."""
        try:
            with self.engine.connect() as conn:
                return server_now(conn)
        except DBAPIError as exc:
            raise CentralUnavailable(f"无法连接中心库：{_first_line(exc)}") from exc

    # -- registration -------------------------------------------------------------------
    def register(self, window_code: str, hall_code: str, fingerprint: str = "") -> Registration:
        """Register a PC for ``window_code``: a new device id and the window's next epoch."""
        try:
            with self._writer.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # Serialise epoch allocation per window (two PCs registering at once).
                    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:w))"), {"w": f"cd-epoch:{window_code}"})
                top = conn.execute(
                    select(func.max(CentralDevice.epoch)).where(CentralDevice.window_code == window_code)
                ).scalar()
                epoch = int(top or 0) + 1
                device_id = uuid7()
                conn.execute(
                    insert(CentralDevice).values(
                        device_id=device_id,
                        window_code=window_code,
                        hall_code=hall_code,
                        epoch=epoch,
                        fingerprint=fingerprint,
                        state="active",
                        registered_at=utcnow(),
                    )
                )
                conn.execute(
                    insert(DeviceCursor).values(
                        device_id=device_id,
                        window_code=window_code,
                        epoch=epoch,
                        contiguous_seq=0,
                        max_seq=0,
                        pending_at_last_sync=0,
                    )
                )
        except DBAPIError as exc:
            raise CentralUnavailable(f"无法在中心库登记本机：{_first_line(exc)}") from exc
        return Registration(device_id, window_code, hall_code, epoch)

    def already_received(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these outbox ids the inbox already holds (under any device of the
        caller's window) — so re-registration does not resend them under new numbers."""
        found: set[uuid.UUID] = set()
        try:
            with self.engine.connect() as conn:
                for start in range(0, len(ids), 1000):
                    chunk = list(ids[start : start + 1000])
                    found.update(conn.execute(select(InboxEntry.id).where(InboxEntry.id.in_(chunk))).scalars())
        except DBAPIError as exc:
            raise CentralUnavailable(f"无法查询中心收件箱：{_first_line(exc)}") from exc
        return found

    def refuse_device(self, device_id: uuid.UUID, kind: str, reason: str) -> None:
        """Stop accepting a device's uploads and raise an alarm (own transaction)."""
        with self._writer.begin() as conn:
            device = conn.execute(select(CentralDevice).where(CentralDevice.device_id == device_id)).first()
            window = device.window_code if device else None
            conn.execute(
                update(CentralDevice)
                .where(CentralDevice.device_id == device_id)
                .values(state="refused", refused_reason=reason)
            )
            alarms.raise_alarm(conn, kind, reason, device_id=device_id, window_code=window, once=True)

    # -- upload -------------------------------------------------------------------------
    def accept_batch(self, request: BatchRequest) -> BatchResult:
        """Receive a batch in one transaction (see module doc); idempotent."""
        try:
            with self._writer.begin() as conn:
                return self._accept(conn, request)
        except _Refusal as refusal:
            self.refuse_device(request.device_id, refusal.kind, refusal.reason)
            raise DeviceRefused(refusal.reason) from None
        except DBAPIError as exc:
            raise CentralUnavailable(f"上传中断：{_first_line(exc)}") from exc

    def _accept(self, conn: Connection, req: BatchRequest) -> BatchResult:
        lock = select(CentralDevice).where(CentralDevice.device_id == req.device_id)
        if conn.dialect.name == "postgresql":
            lock = lock.with_for_update()
        device = conn.execute(lock).first()
        if device is None:
            raise DeviceRefused("中心库中没有本机的登记，请管理员重新登记本机")
        if device.state != "active":
            raise DeviceRefused(f"中心已拒收本机上传：{device.refused_reason or '设备已停用'}；请联系管理员重新登记")
        if device.epoch != req.epoch or device.window_code != req.window_code:
            raise _Refusal(
                alarms.STALE_EPOCH,
                f"{req.window_code} 号窗口的电脑以第 {req.epoch} 批登记上传，中心登记为 "
                f"{device.window_code} 号窗口第 {device.epoch} 批；可能是恢复的旧备份",
            )
        if req.fingerprint and device.fingerprint and req.fingerprint != device.fingerprint:
            alarms.raise_alarm(
                conn,
                alarms.FINGERPRINT,
                f"{device.window_code} 号窗口的登记在另一台电脑上使用（指纹不同）",
                device_id=device.device_id,
                window_code=device.window_code,
                once=True,
                fingerprint=req.fingerprint,
            )
        cursor = conn.execute(select(DeviceCursor).where(DeviceCursor.device_id == req.device_id)).one()
        rows = sorted(req.rows, key=lambda r: r.seq)
        now = server_now(conn)
        offset_ms = int((req.client_sent_at - now).total_seconds() * 1000)

        seen: dict[int, uuid.UUID] = {}
        if rows:
            seen = dict(
                conn.execute(
                    select(InboxEntry.seq, InboxEntry.id).where(
                        InboxEntry.device_id == req.device_id, InboxEntry.seq.between(rows[0].seq, rows[-1].seq)
                    )
                ).all()
            )
        for row in rows:
            if row.seq in seen and seen[row.seq] != row.id:
                raise _Refusal(
                    alarms.CLONE,
                    f"{device.window_code} 号窗口的电脑（第 {device.epoch} 批登记）上传的第 {row.seq} 号"
                    "记录与中心已收到的不同：两份数据库在使用同一登记（克隆或恢复的备份）。"
                    "已拒收该登记的上传，请管理员核实后重新登记。",
                )
        new_rows = [r for r in rows if r.seq not in seen]
        dup_ids = [r.id for r in rows if r.seq in seen]

        contiguous = cursor.contiguous_seq
        in_order = bool(new_rows) and all(r.seq == contiguous + 1 + i for i, r in enumerate(new_rows))
        outcomes: dict[uuid.UUID, Outcome] = {}
        if in_order:
            outcomes = project_rows(
                conn,
                new_rows,
                device_id=device.device_id,
                window_code=device.window_code,
                blob_complete=self._blob_complete,
            )
            self._insert_inbox(conn, req.device_id, new_rows, outcomes, now)
            contiguous = new_rows[-1].seq
        elif new_rows:
            self._insert_inbox(conn, req.device_id, new_rows, {}, now)
            contiguous = self._contiguous_after(conn, req.device_id, contiguous)
        held_now = sum(1 for o in outcomes.values() if o.status == HELD)
        beyond = cursor.max_seq > contiguous  # rows after a gap that this batch may have closed
        if in_order and beyond:
            contiguous = self._contiguous_after(conn, req.device_id, contiguous)
        if (not in_order and new_rows) or beyond or cursor.held > 0:
            outcomes.update(self._project_pending(conn, device, contiguous))
            held_now = self._count_held(conn, req.device_id, contiguous)
        max_seq = max([cursor.max_seq, *(r.seq for r in rows)])
        if max_seq > contiguous:
            alarms.raise_alarm(
                conn,
                alarms.GAP,
                f"{device.window_code} 号窗口的电脑上传缺少第 {contiguous + 1} 号记录（已收到至第 {max_seq} 号）",
                device_id=device.device_id,
                window_code=device.window_code,
                once=True,
                contiguous=contiguous,
                max_seq=max_seq,
            )
        if abs(offset_ms) > CLOCK_SKEW_LIMIT_MS:
            alarms.raise_alarm(
                conn,
                alarms.CLOCK_SKEW,
                f"{device.window_code} 号窗口电脑的时钟与中心相差 {offset_ms / 1000:+.0f} 秒",
                device_id=device.device_id,
                window_code=device.window_code,
                once=True,
                offset_ms=offset_ms,
            )
        conn.execute(
            update(DeviceCursor)
            .where(DeviceCursor.device_id == req.device_id)
            .values(
                contiguous_seq=contiguous,
                max_seq=max_seq,
                last_sync_at=now,
                clock_offset_ms=offset_ms,
                pending_at_last_sync=req.oldest_pending_s,
                held=held_now,
            )
        )
        rejected = {rid: o.reason for rid, o in outcomes.items() if o.status == REJECTED}
        self._record_rejections(conn, device, rows, rejected, now)
        if dup_ids:
            rejected.update(
                conn.execute(select(RejectedRow.id, RejectedRow.reason).where(RejectedRow.id.in_(dup_ids))).all()
            )
        batch_ids = {r.id for r in rows}
        return BatchResult(
            received=frozenset(batch_ids),
            rejected={k: v for k, v in rejected.items() if k in batch_ids},
            contiguous_seq=contiguous,
            server_time=now,
            clock_offset_ms=offset_ms,
        )

    def _insert_inbox(
        self,
        conn: Connection,
        device_id: uuid.UUID,
        rows: Sequence[IncomingRow],
        outcomes: dict[uuid.UUID, Outcome],
        now: datetime,
    ) -> None:
        stmt = _insert_for(conn)(InboxEntry).on_conflict_do_nothing(index_elements=["id"])
        conn.execute(
            stmt,
            [
                {
                    "id": r.id,
                    "device_id": device_id,
                    "seq": r.seq,
                    "schema_version": r.schema_version,
                    "kind": r.kind,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "payload": r.payload,
                    "received_at": now,
                    "projected": r.id in outcomes and outcomes[r.id].status != HELD,
                }
                for r in rows
            ],
        )

    def _contiguous_after(self, conn: Connection, device_id: uuid.UUID, contiguous: int) -> int:
        seqs = conn.execute(
            select(InboxEntry.seq)
            .where(InboxEntry.device_id == device_id, InboxEntry.seq > contiguous)
            .order_by(InboxEntry.seq)
        ).scalars()
        for seq in seqs:
            if seq != contiguous + 1:
                break
            contiguous = seq
        return contiguous

    def _project_pending(
        self, conn: Connection, device: Row[CentralDevice], contiguous: int
    ) -> dict[uuid.UUID, Outcome]:
        pending = conn.execute(
            select(InboxEntry)
            .where(
                InboxEntry.device_id == device.device_id, InboxEntry.projected.is_(False), InboxEntry.seq <= contiguous
            )
            .order_by(InboxEntry.seq)
        ).all()
        if not pending:
            return {}
        rows = [IncomingRow(p.id, p.seq, p.schema_version, p.kind, p.entity, p.entity_id, p.payload) for p in pending]
        outcomes = project_rows(
            conn, rows, device_id=device.device_id, window_code=device.window_code, blob_complete=self._blob_complete
        )
        done = [rid for rid, o in outcomes.items() if o.status != HELD]
        if done:
            conn.execute(update(InboxEntry).where(InboxEntry.id.in_(done)).values(projected=True))
        return outcomes

    def _count_held(self, conn: Connection, device_id: uuid.UUID, contiguous: int) -> int:
        return int(
            conn.execute(
                select(func.count())
                .select_from(InboxEntry)
                .where(InboxEntry.device_id == device_id, InboxEntry.projected.is_(False), InboxEntry.seq <= contiguous)
            ).scalar_one()
        )

    def _record_rejections(
        self,
        conn: Connection,
        device: Row[CentralDevice],
        rows: Sequence[IncomingRow],
        rejected: dict[uuid.UUID, str],
        now: datetime,
    ) -> None:
        if not rejected:
            return
        by_id = {r.id: r for r in rows}
        pending_ids = [rid for rid in rejected if rid not in by_id]
        if pending_ids:
            for p in conn.execute(select(InboxEntry).where(InboxEntry.id.in_(pending_ids))).all():
                by_id[p.id] = IncomingRow(p.id, p.seq, p.schema_version, p.kind, p.entity, p.entity_id, p.payload)
        stmt = _insert_for(conn)(RejectedRow).on_conflict_do_nothing(index_elements=["id"])
        conn.execute(
            stmt,
            [
                {
                    "id": rid,
                    "device_id": device.device_id,
                    "window_code": device.window_code,
                    "seq": by_id[rid].seq,
                    "entity": by_id[rid].entity,
                    "entity_id": by_id[rid].entity_id,
                    "reason": reason,
                    "payload": by_id[rid].payload,
                    "at": now,
                    "resolved": False,
                }
                for rid, reason in rejected.items()
            ],
        )
        alarms.raise_alarm(
            conn,
            alarms.REJECTED,
            f"{device.window_code} 号窗口有 {len(rejected)} 条记录被中心拒收，请在管理界面查看",
            device_id=device.device_id,
            window_code=device.window_code,
            once=True,
        )


class _Refusal(Exception):
    """Internal: roll the batch back, then refuse the device in a transaction of its own."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text_.strip().splitlines()[0]


__all__ = ["BatchRequest", "BatchResult", "CentralStore", "Registration", "make_central_engine", "server_now"]
