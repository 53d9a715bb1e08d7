"""Queue ticket queries, including the one atomic claim that calls the next person.

The claim is where two windows race: both press “call next” in the same second and
must get different tickets. On PostgreSQL the candidate row is locked with
``SELECT … FOR UPDATE SKIP LOCKED`` (a competitor skips it and takes the next one) and
updated in the same transaction; on SQLite the caller's write transaction is
``BEGIN IMMEDIATE`` (one writer at a time), so select-then-update cannot interleave.
The UPDATE also re-checks ``status = 等候`` as a second guard.

On PostgreSQL every change goes through a SECURITY DEFINER function
(``cd_ticket_claim_next``, ``cd_ticket_claim_one``, ``cd_ticket_update``,
``cd_ticket_issue``, migration 0003): a window's database role cannot write the queue
itself, and the functions check that a window only claims waiting tickets and only
changes tickets it called. On SQLite (one-PC township center) the same changes are
plain ORM updates in the caller's ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, func, or_, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.enums import TicketStatus
from app.domain.errors import PermissionDenied
from app.store.models import Ticket
from app.store.uow import to_jsonable

WAITING = TicketStatus.WAITING.value


def _waiting_for(window_code: str, categories: Sequence[str], day: date) -> ColumnElement[bool]:
    """Tickets this window may call: its categories (not sent elsewhere) or sent to it."""
    return and_(
        Ticket.hall_day == day,
        Ticket.status == WAITING,
        or_(
            and_(Ticket.category.in_(list(categories)), Ticket.transferred_to.is_(None)),
            Ticket.transferred_to == window_code,
        ),
    )


def claim_next(
    session: Session,
    *,
    window_code: str,
    categories: Sequence[str],
    day: date,
    now: datetime,
    staff_id: object = None,
) -> Ticket | None:
    """Atomically take the next waiting ticket for ``window_code`` and mark it called.

    Order: priority rank (绿色通道 0, 预约 1, 普通 2), then issue time, then number.
    Returns ``None`` when nobody waits. Must run inside a write transaction.
    """
    if _is_pg(session):
        return _call(
            session,
            "SELECT * FROM cd_ticket_claim_next(:w, CAST(:cats AS text[]), :day, :now, :staff)",
            w=window_code,
            cats=list(categories),
            day=day,
            now=now,
            staff=staff_id,
        )
    candidate = (
        select(Ticket.id)
        .where(_waiting_for(window_code, categories, day))
        .order_by(Ticket.priority_rank, Ticket.issued_at, Ticket.number)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Concurrent windows skip the row another window is claiming instead of queueing on it.
        candidate = candidate.with_for_update(skip_locked=True)
    # One round trip: pick and mark in a single UPDATE … WHERE id = (SELECT …) RETURNING.
    claim = (
        update(Ticket)
        .where(Ticket.id == candidate.scalar_subquery(), Ticket.status == WAITING)
        .values(
            status=TicketStatus.CALLED.value,
            called_at=now,
            called_by_window=window_code,
            staff_id=staff_id,
            recall_count=0,
            version=Ticket.version + 1,
        )
        .returning(Ticket)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    for _attempt in range(5):
        ticket = session.execute(claim).scalars().first()
        if ticket is not None:
            return ticket
        # Nobody waits — or every waiting row was locked by windows claiming at this very
        # moment (one of them may yet roll back): look once more before saying "nobody".
        anyone = select(Ticket.id).where(_waiting_for(window_code, categories, day)).limit(1)
        if session.execute(anyone).first() is None:
            return None
    return None


def waiting_counts(session: Session, *, window_code: str, categories: Sequence[str], day: date) -> dict[str, int]:
    """Waiting tickets for this window by category."""
    rows = session.execute(
        select(Ticket.category, func.count())
        .where(_waiting_for(window_code, categories, day))
        .group_by(Ticket.category)
    ).all()
    return {category: int(count) for category, count in rows}


def people_ahead(session: Session, ticket: Ticket) -> int:
    """How many waiting tickets of the same category will be called before ``ticket``."""
    return int(
        session.scalar(
            select(func.count()).where(
                Ticket.hall_day == ticket.hall_day,
                Ticket.status == WAITING,
                Ticket.category == ticket.category,
                or_(
                    Ticket.priority_rank < ticket.priority_rank,
                    and_(Ticket.priority_rank == ticket.priority_rank, Ticket.issued_at < ticket.issued_at),
                ),
            )
        )
        or 0
    )


def find_by_number(session: Session, day: date, number: str) -> Ticket | None:
    return session.scalars(select(Ticket).where(Ticket.hall_day == day, Ticket.number == number)).first()


def at_window(session: Session, *, window_code: str, day: date, statuses: Sequence[str]) -> list[Ticket]:
    """This window's tickets of ``day`` in the given statuses, oldest call first."""
    return list(
        session.scalars(
            select(Ticket)
            .where(Ticket.hall_day == day, Ticket.called_by_window == window_code, Ticket.status.in_(list(statuses)))
            .order_by(Ticket.called_at, Ticket.number)
        )
    )


def claim_one(
    session: Session, *, ticket_id: object, window_code: str, now: datetime, staff_id: object = None
) -> Ticket | None:
    """Claim one named ticket if it is still waiting (calling a specific number)."""
    if _is_pg(session):
        return _call(
            session,
            "SELECT * FROM cd_ticket_claim_one(:w, :id, :now, :staff)",
            w=window_code,
            id=ticket_id,
            now=now,
            staff=staff_id,
        )
    claimed = session.execute(
        update(Ticket)
        .where(Ticket.id == ticket_id, Ticket.status == WAITING)
        .values(
            status=TicketStatus.CALLED.value,
            called_at=now,
            called_by_window=window_code,
            staff_id=staff_id,
            recall_count=0,
            version=Ticket.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if cast("CursorResult[Any]", claimed).rowcount != 1:  # an UPDATE: a cursor result
        return None
    return session.get(Ticket, ticket_id, populate_existing=True)


#: Columns a window may change on a ticket it called (the function checks the same).
WINDOW_COLUMNS = frozenset(
    {
        "status",
        "service_started_at",
        "finished_at",
        "recall_count",
        "transfer_note",
        "transferred_to",
        "category",
        "issued_at",
        "called_at",
        "called_by_window",
    }
)


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _call(session: Session, sql: str, **params: Any) -> Ticket | None:
    statement = select(Ticket).from_statement(text(sql)).execution_options(populate_existing=True)
    return session.scalars(statement, params).first()


def update_own(session: Session, ticket: Ticket, *, window_code: str, changes: Mapping[str, Any]) -> Ticket:
    """Change a ticket ``window_code`` called (recall, start, no-show, requeue, transfer,
    park, resume, finish); returning it waiting releases it from the window."""
    unknown = set(changes) - WINDOW_COLUMNS
    if unknown:
        raise ValueError(f"not a window's ticket column: {sorted(unknown)}")
    if _is_pg(session):
        try:
            updated = _call(
                session,
                "SELECT * FROM cd_ticket_update(:w, :id, CAST(:changes AS jsonb))",
                w=window_code,
                id=ticket.id,
                changes=json.dumps(to_jsonable(dict(changes)), ensure_ascii=False),
            )
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # the queue's own check said no
                raise PermissionDenied(f"{ticket.number}号不是本窗口正在办理的号") from exc
            raise
        if updated is None:
            raise PermissionDenied(f"{ticket.number}号不是本窗口正在办理的号")
        return updated
    if ticket.called_by_window != window_code or ticket.status == WAITING:
        raise PermissionDenied(f"{ticket.number}号不是本窗口正在办理的号")
    for key, value in changes.items():
        setattr(ticket, key, value)
    if ticket.status == WAITING:
        ticket.called_by_window = None
    ticket.version += 1
    return ticket


def issue(
    session: Session,
    *,
    window_code: str | None,
    category: str,
    priority: str,
    priority_rank: int,
    appointment_ref: str | None,
    day: date,
    now: datetime,
    serve: bool,
    staff_id: uuid.UUID | None,
) -> Ticket:
    """A new ticket: waiting (the kiosk), or served at once by ``window_code`` (a walk-in).
    Number: category + 3-digit daily number per category (A001 …)."""
    if _is_pg(session):
        ticket = _call(
            session,
            "SELECT * FROM cd_ticket_issue(:w, :cat, :prio, :rank, :appt, :day, :now, :serve, :staff)",
            w=window_code,
            cat=category,
            prio=priority,
            rank=priority_rank,
            appt=appointment_ref,
            day=day,
            now=now,
            serve=serve,
            staff=staff_id,
        )
        assert ticket is not None
        return ticket
    from app.domain.ids import uuid7
    from app.store.repositories import counters

    number = counters.next_value(session, f"ticket:{day.isoformat()}:{category}")
    ticket = Ticket(
        id=uuid7(),
        hall_day=day,
        number=f"{category}{number:03d}",
        category=category,
        priority=priority,
        priority_rank=priority_rank,
        status=TicketStatus.SERVING.value if serve else WAITING,
        appointment_ref=appointment_ref,
        issued_at=now,
        called_at=now if serve else None,
        service_started_at=now if serve else None,
        called_by_window=window_code if serve else None,
        staff_id=staff_id if serve else None,
    )
    session.add(ticket)
    session.flush()
    return ticket
