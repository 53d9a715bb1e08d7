"""What the register use cases share: the base service, input checks, row look-ups, stamps.

The registers are the rules of PRODUCT.md that are not about a single case (seed 000 and
003). Each use case is one clerk or center action = one :meth:`Store.write` transaction
with its audit row and its outbox row, so the center learns every entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.errors import NotFound, ValidationError
from app.domain.registers import BAD_RATING_FOLLOWUP_DAYS
from app.services.base import CenterService
from app.services.hall import follow_up_days as hall_follow_up_days
from app.store.models import Staff, Window


def required_text(text: str, label: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(f"请填写{label}", field=label)
    return value


def window_exists(session: Session, code: str | None, label: str) -> None:
    if code and session.scalars(select(Window.id).where(Window.code == code)).first() is None:
        raise ValidationError(f"{label}“{code}”不存在", field=label)


def get_row(session: Session, model: type[Any], ident: uuid.UUID, what: str) -> Any:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(f"找不到该{what}记录")
    return row


def staff_names(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {sid: name for sid, name in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))}


def stamp(now: datetime, actor: Actor) -> dict[str, Any]:
    return {"at": now.isoformat(), "by": actor.name, "staff_id": str(actor.staff_id) if actor.staff_id else None}


def follow_up_days(session: Session) -> int:
    """The hall's period for following up a bad rating (see :func:`app.services.hall.follow_up_days`)."""
    return hall_follow_up_days(session, BAD_RATING_FOLLOWUP_DAYS)


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class RegisterBase(CenterService):
    """The store, the clock, and where an entry is filed: the actor's window, or the center."""

    def _window_of(self, actor: Actor) -> str:
        return actor.window_code or "CENTER"
