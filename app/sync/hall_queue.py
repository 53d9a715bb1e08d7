"""The hall queue seen from sync: is it reachable, and reconciling manual tickets.

Calling is done by :func:`app.store.repositories.tickets.claim_next` directly on the
central store while it is reachable. When it is not, the counter records tickets typed
in by hand (``manual=True``) in its local store; they travel through the outbox like
any other row, and :func:`reconcile_manual_ticket` matches each one centrally by hall
day and number: the waiting central ticket is taken over, or the ticket is created
if the central queue never issued it. A number another window already served is not
overwritten: the row is rejected and an alarm raised.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from app.domain.enums import TicketStatus
from app.store.models import Ticket, TicketAlias
from app.store.uow import to_jsonable
from app.sync import alarms
from app.sync.incoming import APPLIED, REJECTED, Outcome

#: Fields a window may set on a ticket it served (the rest belong to the queue).
_WINDOW_FIELDS = (
    "status",
    "called_at",
    "called_by_window",
    "staff_id",
    "service_started_at",
    "finished_at",
    "recall_count",
    "transfer_note",
    "transferred_to",
)


def is_online(central: Engine, timeout_s: float = 2.0) -> bool:
    """True when the central store answers a trivial query within about ``timeout_s``."""
    try:
        with central.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}"))
            conn.execute(text("SELECT 1"))
        return True
    except DBAPIError:
        return False


def _served_elsewhere(ticket: Any, window_code: str) -> bool:
    return ticket.called_by_window not in (None, window_code) and ticket.status != TicketStatus.WAITING.value


def reconcile_manual_ticket(
    conn: Connection, values: dict[str, Any], *, window_code: str, device_id: uuid.UUID | None = None
) -> Outcome:
    """Match an uploaded ticket of ``window_code`` with the central queue (caller's
    transaction): update it, take over the waiting ticket of the same number, or create it.

    On PostgreSQL the function ``cd_ticket_reconcile`` does it (a window role cannot
    write the queue itself; the function checks the caller's window)."""
    if conn.dialect.name == "postgresql":
        detail = conn.execute(
            text("SELECT cd_ticket_reconcile(:w, CAST(:v AS jsonb), :d)"),
            {"w": window_code, "v": json.dumps(to_jsonable(values), ensure_ascii=False), "d": device_id},
        ).scalar()
        return Outcome(APPLIED) if detail is None else Outcome(REJECTED, str(detail))
    local_id = values["id"]
    changes = {k: values.get(k) for k in _WINDOW_FIELDS}
    target = conn.execute(
        select(Ticket.id, Ticket.status, Ticket.called_by_window).where(Ticket.id == local_id)
    ).first()
    if target is None:
        alias = conn.execute(select(TicketAlias.ticket_id).where(TicketAlias.local_id == local_id)).scalar()
        if alias is not None:
            target = conn.execute(
                select(Ticket.id, Ticket.status, Ticket.called_by_window).where(Ticket.id == alias)
            ).first()
    if target is None:
        target = conn.execute(
            select(Ticket.id, Ticket.status, Ticket.called_by_window)
            .where(Ticket.hall_day == values["hall_day"], Ticket.number == values["number"])
            .with_for_update()
        ).first()
        if target is not None and not _served_elsewhere(target, window_code):
            conn.execute(insert(TicketAlias).values(local_id=local_id, ticket_id=target.id))
    if target is None:
        conn.execute(insert(Ticket).values(**{**values, "manual": True}))
        return Outcome(APPLIED)
    if _served_elsewhere(target, window_code):
        detail = (
            f"{window_code} 号窗口离线时手工登记的 {values['hall_day']} {values['number']} 号，"
            f"中心队列中已由 {target.called_by_window} 号窗口叫号"
        )
        alarms.raise_alarm(
            conn, alarms.TICKET_CONFLICT, detail, device_id=device_id, window_code=window_code, number=values["number"]
        )
        return Outcome(REJECTED, detail)
    conn.execute(
        update(Ticket).where(Ticket.id == target.id).values(**changes, manual=True, version=Ticket.version + 1)
    )
    return Outcome(APPLIED)
