"""What the center's administrator does with the provincial exchange (``admin province …``):
see the items and their state, the rejected ones with the platform's reason, correct and
resend them, set a department's 统一社会信用代码, read the reconciliations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.validators import parse_credit_code
from app.exchange.province.format import case_event_item, follow_up_item, rating_item
from app.services.clock import Clock, hall_day, system_clock
from app.services.province_exchange import (
    KEPT,
    PENDING,
    REJECTED,
    SETTING,
    STATE_NAMES,
    history_note,
    hall_facts,
    require_postgres,
)
from app.store.models import HallSetting, ProvinceItem, ProvinceReconciliation


@dataclass(frozen=True)
class ItemView:
    event_id: uuid.UUID
    kind: str
    rtype: str
    day: date
    case_number: str | None
    state: str
    state_name: str
    revision: int
    attempts: int
    reason: str | None
    code: str | None
    last_error: str | None
    corrections: dict[str, Any]

    @property
    def line(self) -> str:
        words = f"{self.event_id}  {self.day.isoformat()}  {self.rtype}  {self.case_number or '—'}  {self.state_name}"
        if self.state == REJECTED and self.reason:
            words += f"：{self.reason}"
        elif self.last_error and self.state == PENDING:
            words += f"（上次：{self.last_error}）"
        if self.revision:
            words += f"  第 {self.revision} 次更正"
        return words


def _view(i: ProvinceItem) -> ItemView:
    return ItemView(
        i.event_id,
        i.kind,
        i.rtype,
        i.day,
        i.case_number,
        i.state,
        STATE_NAMES.get(i.state, i.state),
        i.revision,
        i.attempts,
        i.reject_reason,
        i.reject_code,
        i.last_error,
        dict(i.corrections),
    )


def list_items(
    engine: Engine, *, state: str | None = None, day: date | None = None, limit: int = 500
) -> list[ItemView]:
    query = select(ProvinceItem).order_by(ProvinceItem.day, ProvinceItem.created_at).limit(limit)
    if state is not None:
        query = query.where(ProvinceItem.state == state)
    if day is not None:
        query = query.where(ProvinceItem.day == day)
    with Session(engine) as session:
        return [_view(i) for i in session.scalars(query)]


def counts(engine: Engine) -> dict[str, int]:
    """Items per state (all three named, zero included)."""
    with engine.connect() as conn:
        found = dict(conn.execute(select(ProvinceItem.state, func.count()).group_by(ProvinceItem.state)).all())
    return {s: int(found.get(s, 0)) for s in (PENDING, KEPT, REJECTED)}


_SOURCES = {
    "办件": ("px_case_events", "event_id"),
    "评价": ("px_ratings", "rating_id"),
    "整改": ("px_follow_ups", "follow_up_id"),
}


def _parse_corrections(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        key = key.strip()
        if not eq or not key or any(not part for part in key.split(".")):
            raise ValidationError(f"更正“{pair}”格式不对，应为 字段=值，如 case.department_credit_code=11510626…")
        if key in ("event_id", "revision", "type", "day"):
            raise ValidationError(f"字段 {key} 不能更正（省平台以它识别与归类此项）")
        out[key] = value.strip()
    return out


def resend(
    engine: Engine, event_id: uuid.UUID, corrections: list[str] | None = None, *, clock: Clock = system_clock
) -> ItemView:
    """Correct and queue again: the item is rebuilt from its source row with today's hall
    facts (a department's credit code set since is in it), the administrator's ``字段=值``
    corrections are applied on top, the revision goes up (the platform replaces its copy)."""
    require_postgres(engine)
    fixes = _parse_corrections(corrections or [])
    now = clock()
    with Session(engine) as session:
        item = session.get(ProvinceItem, event_id, with_for_update=True)
        if item is None:
            raise NotFound(f"没有编号为 {event_id} 的报送项")
        if item.state == KEPT:
            raise ValidationError("此项省平台已接收，无需重发（如内容有误，请先与省平台核对）")
        view, key = _SOURCES[item.kind]
        row = session.execute(text(f"SELECT * FROM {view} WHERE {key} = :id"), {"id": event_id}).mappings().first()
        if row is not None:
            facts = hall_facts(session.connection())
            data = dict(row)
            if item.kind == "办件":
                item.payload = case_event_item(data, facts)
            elif item.kind == "评价":
                item.payload = rating_item({**data, "day": item.day}, facts)
            else:
                item.payload = follow_up_item({**data, "day": hall_day(data["closed_at"])}, facts)
        item.corrections = {**item.corrections, **fixes}
        item.revision += 1
        item.state = PENDING
        item.history = [*item.history, history_note(now, "更正后重发", corrections=fixes, revision=item.revision)]
        session.commit()
        return _view(item)


def resend_rejected(engine: Engine, *, clock: Clock = system_clock) -> list[ItemView]:
    """Rebuild and queue every rejected item (after the cause was fixed at its source, e.g. a
    department's credit code recorded); each keeps its history and gets a new revision."""
    with engine.connect() as conn:
        ids = list(conn.execute(select(ProvinceItem.event_id).where(ProvinceItem.state == REJECTED)).scalars())
    return [resend(engine, event_id, clock=clock) for event_id in ids]


def set_department_credit_code(engine: Engine, department: str, credit_code: str) -> str:
    """Record a department's 统一社会信用代码 for the items sent from now on."""
    code = parse_credit_code(credit_code)
    with Session(engine) as session:
        row = session.get(HallSetting, SETTING, with_for_update=True)
        value = dict(row.value) if row is not None else {}
        codes = dict(value.get("department_credit_codes") or {})
        codes[department] = code
        value["department_credit_codes"] = codes
        if row is None:
            session.add(HallSetting(key=SETTING, value=value))
        else:
            row.value = value
        session.commit()
    return code


@dataclass(frozen=True)
class ReconciliationView:
    day: date
    checked_at: datetime
    clean: bool
    resent: int
    report: dict[str, Any]


def reconciliations(engine: Engine, limit: int = 30) -> list[ReconciliationView]:
    with Session(engine) as session:
        rows = session.scalars(
            select(ProvinceReconciliation).order_by(ProvinceReconciliation.checked_at.desc()).limit(limit)
        )
        return [ReconciliationView(r.day, r.checked_at, r.clean, r.resent, dict(r.report)) for r in rows]


__all__ = [
    "ItemView",
    "ReconciliationView",
    "counts",
    "list_items",
    "reconciliations",
    "resend",
    "resend_rejected",
    "set_department_credit_code",
]
