"""The provincial exchange's lines for the center's dashboard (电子监察): open exchange
alarms (a reconciliation that did not match, rejections), items the platform rejected and
items waiting too long. Kept apart from :mod:`app.services.supervision`, which only asks
:func:`province_warnings` for its lines."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from app.store.models import Alarm, ProvinceItem

#: A pending item older than this is shown as late.
LATE_AFTER: Final = timedelta(hours=1)


def province_warnings(session: Session, now: datetime) -> tuple[str, ...]:
    """Chinese lines, most urgent first; empty when the exchange has nothing to say (or the
    store has no exchange, e.g. an old one-PC center)."""
    if not inspect(session.connection()).has_table(ProvinceItem.__tablename__):
        return ()
    lines = [
        f"省平台：{a.detail}"
        for a in session.scalars(
            select(Alarm)
            .where(Alarm.kind.like("province%"), Alarm.acknowledged.is_(False))
            .order_by(Alarm.at.desc())
            .limit(5)
        )
    ]
    rejected = session.scalar(select(func.count()).where(ProvinceItem.state == "rejected")) or 0
    if rejected:
        lines.append(f"省平台拒收 {rejected} 项，尚未更正重发（admin province rejected）")
    late = (
        session.scalar(
            select(func.count()).where(ProvinceItem.state == "pending", ProvinceItem.created_at < now - LATE_AFTER)
        )
        or 0
    )
    if late:
        lines.append(f"{late} 项超过 1 小时仍未送达省平台（请检查交换服务与网络）")
    return tuple(lines)


__all__ = ["province_warnings"]
