"""Alarms on the central store: raised by sync, listed and acknowledged by an administrator.

An alarm is a row, not a log line, so the admin view can show it until a person has
looked at it. Repeated causes (a gap that stays open, a clock that stays wrong) do not
pile up: :func:`raise_alarm` with ``once=True`` keeps one open alarm per kind and device.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from app.domain.ids import utcnow, uuid7
from app.store.models import Alarm
from app.store.uow import to_jsonable

#: Alarm kinds (the admin view groups by them).
GAP = "sequence_gap"
CLONE = "clone_detected"
STALE_EPOCH = "stale_epoch"
CLOCK_SKEW = "clock_skew"
NUMBER_COLLISION = "number_collision"
REJECTED = "row_rejected"
TICKET_CONFLICT = "ticket_conflict"
FINGERPRINT = "fingerprint_changed"
AUDIT_TAMPERED = "audit_tampered"
AUDIT_GAP = "audit_gap"
CREDENTIAL_CONFLICT = "credential_conflict"
#: Raised by the provincial exchange (app/services/province_exchange.py).
PROVINCE_RECONCILE = "province_reconcile"
PROVINCE_REJECTED = "province_rejected"

KIND_NAMES = {
    GAP: "上传序号缺号",
    CLONE: "疑似克隆的窗口数据库",
    STALE_EPOCH: "已作废的登记批次仍在上传",
    CLOCK_SKEW: "电脑时钟偏差超过 2 分钟",
    NUMBER_COLLISION: "编号重复",
    REJECTED: "数据被中心拒收",
    TICKET_CONFLICT: "手工号与中心队列冲突",
    FINGERPRINT: "设备指纹改变",
    AUDIT_TAMPERED: "审计记录被改动",
    AUDIT_GAP: "审计记录缺失",
    CREDENTIAL_CONFLICT: "密码修改与中心冲突",
    PROVINCE_RECONCILE: "与省平台对账不一致",
    PROVINCE_REJECTED: "省平台拒收",
}


@dataclass(frozen=True, slots=True)
class AlarmInfo:
    """One alarm as the admin view shows it."""

    id: uuid.UUID
    kind: str
    kind_name: str
    window_code: str | None
    device_id: uuid.UUID | None
    detail: str
    at: datetime
    acknowledged: bool


def raise_alarm(
    conn: Connection,
    kind: str,
    detail: str,
    *,
    device_id: uuid.UUID | None = None,
    window_code: str | None = None,
    once: bool = False,
    **data: Any,
) -> bool:
    """Record an alarm in the caller's transaction; with ``once`` skip it when an open
    alarm of the same kind for the same device already exists. True when recorded."""
    if once:
        existing = conn.execute(
            select(Alarm.id)
            .where(Alarm.kind == kind, Alarm.device_id == device_id, Alarm.acknowledged.is_(False))
            .limit(1)
        ).first()
        if existing is not None:
            return False
    conn.execute(
        insert(Alarm).values(
            id=uuid7(),
            kind=kind,
            device_id=device_id,
            window_code=window_code,
            detail=detail,
            data=to_jsonable(data),
            at=utcnow(),
            acknowledged=False,
        )
    )
    return True


def list_alarms(engine: Engine, *, open_only: bool = True, window_code: str | None = None) -> list[AlarmInfo]:
    """Alarms, newest first (open ones only by default)."""
    query = select(Alarm).order_by(Alarm.at.desc())
    if open_only:
        query = query.where(Alarm.acknowledged.is_(False))
    if window_code is not None:
        query = query.where(Alarm.window_code == window_code)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        AlarmInfo(
            id=r.id,
            kind=r.kind,
            kind_name=KIND_NAMES.get(r.kind, r.kind),
            window_code=r.window_code,
            device_id=r.device_id,
            detail=r.detail,
            at=r.at,
            acknowledged=r.acknowledged,
        )
        for r in rows
    ]


def acknowledge(engine: Engine, alarm_id: uuid.UUID) -> None:
    """Mark an alarm as seen by an administrator (it stays in the list of all alarms)."""
    with engine.begin() as conn:
        conn.execute(update(Alarm).where(Alarm.id == alarm_id).values(acknowledged=True, acknowledged_at=utcnow()))
