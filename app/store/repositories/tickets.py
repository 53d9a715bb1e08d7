"""Queue ticket queries, including the one atomic claim that calls the next person.

The claim is where two windows race: both press “call next” in the same second and
must get different tickets. On PostgreSQL the candidate row is locked with
``SELECT … FOR UPDATE SKIP LOCKED`` (a competitor skips it and takes the next one) and
updated in the same transaction; on SQLite the caller's write transaction is
``BEGIN IMMEDIATE`` (one writer at a time), so select-then-update cannot interleave.
The UPDATE also re-checks ``status = 等候`` as a second guard.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.domain.enums import TicketStatus
from app.store.models import Ticket

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
    if claimed.rowcount != 1:
        return None
    return session.get(Ticket, ticket_id, populate_existing=True)
