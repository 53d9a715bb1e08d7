"""What sync looks like to people: the window's status bar and the administrator's view.

Plain frozen DTOs, so the UI shows them without knowing about SQLAlchemy: the status
bar says online/offline, how many rows wait and for how long, when the last sync was
and which alarms concern this PC; the admin overview lists every window's last sync,
lag, open alarms and rejected rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from app.domain.ids import utcnow
from app.store.models import Alarm, CentralDevice, DeviceCursor, InboxEntry, OutboxEntry, RejectedRow
from app.store.uow import Store
from app.sync.alarms import KIND_NAMES
from app.sync.clock import SKEW_LIMIT
from app.sync.uploader import SyncWorker, WorkerState


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The status bar's sync section."""

    online: bool
    pending_count: int
    oldest_pending_age_s: int | None
    last_sync_at: datetime | None
    alarms: tuple[str, ...]
    rejected_count: int
    clock_offset_ms: int | None
    release_no: int

    @property
    def text(self) -> str:
        """One line for the status bar (Chinese)."""
        head = "中心库在线" if self.online else "离线（本机照常办理，恢复后自动上传）"
        if self.pending_count:
            age = self.oldest_pending_age_s or 0
            head += f"；待上传 {self.pending_count} 条，最早 {_duration(age)}前"
        if self.alarms:
            head += "；" + "；".join(self.alarms)
        return head


@dataclass(frozen=True, slots=True)
class RejectedInfo:
    """A row the center refused, as the admin view lists it."""

    id: uuid.UUID
    window_code: str
    seq: int
    entity: str
    entity_id: str | None
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class WindowSyncInfo:
    """One window PC in the admin overview."""

    window_code: str
    device_id: uuid.UUID
    epoch: int
    state: str
    last_sync_at: datetime | None
    lag_s: int | None
    contiguous_seq: int
    received_seq: int
    held: int
    clock_offset_ms: int | None
    open_alarms: int
    rejected: int


@dataclass(frozen=True, slots=True)
class CentralOverview:
    """The administrator's sync page."""

    windows: tuple[WindowSyncInfo, ...]
    open_alarms: int
    rejected: tuple[RejectedInfo, ...]
    inbox_rows: int


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} 秒"
    if seconds < 3600:
        return f"{seconds // 60} 分钟"
    return f"{seconds // 3600} 小时 {seconds % 3600 // 60} 分钟"


def sync_status(
    local: Store, worker: WorkerState | None = None, *, clock_offset_ms: int | None = None, release_no: int = 0
) -> SyncStatus:
    """Status of this PC from its own store and the background worker's last state."""
    with local.read() as session:
        count, oldest = session.execute(
            select(func.count(), func.min(OutboxEntry.created_at)).where(OutboxEntry.acked_at.is_(None))
        ).one()
        rejected = session.scalar(select(func.count()).where(OutboxEntry.rejected_reason.is_not(None))) or 0
    messages: list[str] = []
    if worker is not None and worker.refused:
        messages.append(worker.refused)
    if rejected:
        messages.append(f"{rejected} 条记录被中心拒收，请联系管理员")
    if clock_offset_ms is not None and abs(clock_offset_ms) > SKEW_LIMIT.total_seconds() * 1000:
        messages.append(f"本机时钟与中心相差 {abs(clock_offset_ms) // 1000} 秒，请校准时间")
    age = int((utcnow() - oldest).total_seconds()) if oldest is not None else None
    return SyncStatus(
        online=bool(worker and worker.online),
        pending_count=int(count),
        oldest_pending_age_s=age,
        last_sync_at=worker.last_sync_at if worker else None,
        alarms=tuple(messages),
        rejected_count=int(rejected),
        clock_offset_ms=clock_offset_ms,
        release_no=release_no,
    )


def window_status(worker: SyncWorker) -> SyncStatus:
    """The status bar's sync section for a running :class:`SyncWorker`."""
    from app.sync.reference import current_release

    uploader = worker.uploader
    offset = uploader.clock.offset if uploader.clock.measured_at is not None else None
    return sync_status(
        uploader.local,
        worker.state,
        clock_offset_ms=None if offset is None else int(offset.total_seconds() * 1000),
        release_no=current_release(uploader.local),
    )


def central_overview(central: Engine, *, rejected_limit: int = 200) -> CentralOverview:
    """Every window PC's sync state, open alarms and unresolved rejected rows."""
    now = utcnow()
    with central.connect() as conn:
        devices = conn.execute(
            select(
                CentralDevice,
                DeviceCursor.last_sync_at,
                DeviceCursor.contiguous_seq,
                DeviceCursor.max_seq,
                DeviceCursor.held,
                DeviceCursor.clock_offset_ms,
                DeviceCursor.pending_at_last_sync,
            )
            .join(DeviceCursor, DeviceCursor.device_id == CentralDevice.device_id)
            .order_by(CentralDevice.window_code, CentralDevice.epoch)
        ).all()
        alarm_counts = dict(
            conn.execute(
                select(Alarm.device_id, func.count()).where(Alarm.acknowledged.is_(False)).group_by(Alarm.device_id)
            ).all()
        )
        rejected_counts = dict(
            conn.execute(
                select(RejectedRow.device_id, func.count())
                .where(RejectedRow.resolved.is_(False))
                .group_by(RejectedRow.device_id)
            ).all()
        )
        rejected = conn.execute(
            select(RejectedRow)
            .where(RejectedRow.resolved.is_(False))
            .order_by(RejectedRow.at.desc())
            .limit(rejected_limit)
        ).all()
        open_alarms = conn.execute(
            select(func.count()).select_from(Alarm).where(Alarm.acknowledged.is_(False))
        ).scalar_one()
        inbox_rows = conn.execute(select(func.count()).select_from(InboxEntry)).scalar_one()
    windows = []
    for d in devices:
        lag = None
        if d.last_sync_at is not None:
            lag = int((now - d.last_sync_at).total_seconds()) + int(d.pending_at_last_sync or 0)
        windows.append(
            WindowSyncInfo(
                window_code=d.window_code,
                device_id=d.device_id,
                epoch=d.epoch,
                state="已拒收" if d.state == "refused" else "正常",
                last_sync_at=d.last_sync_at,
                lag_s=lag,
                contiguous_seq=d.contiguous_seq,
                received_seq=d.max_seq,
                held=d.held,
                clock_offset_ms=d.clock_offset_ms,
                open_alarms=int(alarm_counts.get(d.device_id, 0)),
                rejected=int(rejected_counts.get(d.device_id, 0)),
            )
        )
    return CentralOverview(
        windows=tuple(windows),
        open_alarms=int(open_alarms),
        rejected=tuple(
            RejectedInfo(r.id, r.window_code, r.seq, r.entity, r.entity_id, r.reason, r.at) for r in rejected
        ),
        inbox_rows=int(inbox_rows),
    )


__all__ = [
    "KIND_NAMES",
    "CentralOverview",
    "RejectedInfo",
    "SyncStatus",
    "WindowSyncInfo",
    "central_overview",
    "sync_status",
    "window_status",
]
