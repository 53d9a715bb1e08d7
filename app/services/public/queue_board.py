"""取号进度 and the 大厅综合屏: the hall queue as the applicant and the hall's TV see it.

A ticket's page shows its state, how many waiting tickets of its category will be
called before it (the order windows call in: priority, time of issue, number), the estimated wait
— the people ahead times today's mean service time in the category, shared by the
windows that call it — and, once called, the window. The board shows the latest calls
(ticket → window). Tickets carry no personal data; they are read from ``web_tickets``.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import FromClause, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import TicketStatus
from app.services.clock import Clock, hall_day, system_clock
from app.services.public.errors import TicketUnknown
from app.store.models import Window
from app.store.public_views import PublicTables
from app.store.uow import Store

#: Minutes per person when nobody of the category has been served yet today.
DEFAULT_SERVICE_MINUTES = 6.0
_CALLED = (TicketStatus.CALLED.value, TicketStatus.SERVING.value)


@dataclass(frozen=True)
class TicketProgress:
    """One ticket as its holder sees it."""

    id: uuid.UUID
    number: str
    day: date
    category: str
    status: str
    #: Waiting tickets of the category called before this one (0 once called).
    ahead: int
    #: Estimated minutes until the call (None once called or finished).
    wait_minutes: int | None
    #: Minutes per person the estimate used, and whether it is today's mean.
    per_person_minutes: float
    measured: bool
    window: str
    window_name: str
    called_at: datetime | None
    issued_at: datetime

    @property
    def waiting(self) -> bool:
        return self.status == TicketStatus.WAITING.value

    @property
    def called(self) -> bool:
        return self.status in _CALLED


@dataclass(frozen=True)
class BoardCall:
    """One line of the board: ticket, window, when, how often recalled."""

    number: str
    window: str
    window_name: str
    called_at: datetime
    status: str
    recalls: int


@dataclass(frozen=True)
class Board:
    """The latest calls, newest first, and how many wait per category."""

    calls: tuple[BoardCall, ...]
    waiting: tuple[tuple[str, int], ...]
    #: Changes whenever a call, recall or finish changes the board (for polling clients).
    signature: str


def count_ahead(s: Session, tickets: FromClause, row: Any) -> int:
    """Waiting tickets of ``row``'s day and category that windows call before it (priority,
    time of issue, number — the order of ``cd_ticket_claim_next``). ``tickets``: the
    ``tickets`` table (the center) or the web role's ``web_tickets``."""
    t = tickets.c
    return int(
        s.scalar(
            select(func.count())
            .select_from(tickets)
            .where(
                t.hall_day == row.hall_day,
                t.status == TicketStatus.WAITING.value,
                t.category == row.category,
                t.transferred_to.is_(None),
                or_(
                    t.priority_rank < row.priority_rank,
                    and_(t.priority_rank == row.priority_rank, t.issued_at < row.issued_at),
                    and_(t.priority_rank == row.priority_rank, t.issued_at == row.issued_at, t.number < row.number),
                ),
            )
        )
        or 0
    )


class QueueBoardService:
    """Ticket progress and the hall board over the central queue."""

    def __init__(self, store: Store, tables: PublicTables, *, clock: Clock = system_clock) -> None:
        self._store = store
        self._t = tables
        self._clock = clock

    def today(self) -> date:
        return hall_day(self._clock())

    def ticket(self, number: str, day: date | None = None) -> TicketProgress:
        """The ticket ``number`` of ``day`` (today by default), or :class:`TicketUnknown`."""
        t = self._t.tickets.c
        day = day or self.today()
        number = (number or "").strip().upper()[:16]
        with self._store.read() as s:
            row = s.execute(select(self._t.tickets).where(t.hall_day == day, t.number == number)).first()
            if row is None:
                raise TicketUnknown(f"{day:%Y年%m月%d日}没有 {number or '（空）'} 号票。请核对号票上的号码和日期。")
            ahead = count_ahead(s, self._t.tickets, row) if row.status == TicketStatus.WAITING.value else 0
            served = s.execute(
                select(t.service_started_at, t.called_at, t.finished_at).where(
                    t.hall_day == day,
                    t.category == row.category,
                    t.status == TicketStatus.DONE.value,
                    t.finished_at.is_not(None),
                )
            ).all()
            windows = s.execute(select(Window.code, Window.name, Window.ticket_categories)).all()
        durations = [
            (f - (started or called)).total_seconds() / 60 for started, called, f in served if (started or called)
        ]
        measured = bool(durations)
        per_person = sum(durations) / len(durations) if measured else DEFAULT_SERVICE_MINUTES
        serving = sum(1 for _c, _n, cats in windows if row.category in (cats or ())) or 1
        wait = math.ceil(ahead * per_person / serving) if row.status == TicketStatus.WAITING.value else None
        names = {code: name for code, name, _cats in windows}
        return TicketProgress(
            id=row.id,
            number=row.number,
            day=day,
            category=row.category,
            status=row.status,
            ahead=ahead,
            wait_minutes=wait,
            per_person_minutes=round(per_person, 1),
            measured=measured,
            window=row.called_by_window or "",
            window_name=names.get(row.called_by_window or "", ""),
            called_at=row.called_at,
            issued_at=row.issued_at,
        )

    def board(self, limit: int = 8) -> Board:
        """Today's latest calls (ticket → window) and the waiting count per category."""
        t = self._t.tickets.c
        day = self.today()
        with self._store.read() as s:
            rows = s.execute(
                select(t.number, t.called_by_window, t.called_at, t.status, t.recall_count)
                .where(t.hall_day == day, t.called_at.is_not(None), t.called_by_window.is_not(None))
                .order_by(t.called_at.desc(), t.number)
                .limit(limit)
            ).all()
            waiting = s.execute(
                select(t.category, func.count())
                .where(t.hall_day == day, t.status == TicketStatus.WAITING.value)
                .group_by(t.category)
                .order_by(t.category)
            ).all()
            names = dict(s.execute(select(Window.code, Window.name)).all())
        calls = tuple(
            BoardCall(
                r.number, r.called_by_window, names.get(r.called_by_window, ""), r.called_at, r.status, r.recall_count
            )
            for r in rows
        )
        signature = "|".join(f"{c.number}@{c.window}:{c.called_at.isoformat()}:{c.recalls}:{c.status}" for c in calls)
        signature += "|" + ",".join(f"{k}{n}" for k, n in waiting)
        return Board(calls, tuple((k, int(n)) for k, n in waiting), signature)
