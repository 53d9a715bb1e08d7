"""Today's figures of a window, as the center's daily check needs them.

Queue figures come from the queue store (tickets this window called), decision figures
from the case events of the day (so a 受理 counted today is counted once, whatever
happens to the case later), ratings from the rating records of the day.
"""

from __future__ import annotations

from collections import Counter as Tally
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.domain.case_state import CaseAction
from app.domain.enums import DocumentKind, Rating, TicketStatus
from app.services.clock import HALL_TZ
from app.services.dto import DayStats
from app.store.models import Case, CaseEvent, IssuedDocument, RatingRecord, Ticket
from app.store.uow import Store

_ACCEPTING = (CaseAction.ACCEPT.value, CaseAction.ACCEPT_WITH_DEFICIENCY.value, CaseAction.FINISH.value)
_NOTICE_DOCS = (DocumentKind.ONE_TIME_NOTICE.value, DocumentKind.SUPPLEMENT_NOTICE.value)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, tzinfo=HALL_TZ)
    return start, start + timedelta(days=1)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


class StatsService:
    """Counts from the queue store (tickets) and the local store (cases, documents, ratings)."""

    def __init__(self, store: Store, *, queue_store: Store | None = None) -> None:
        self._store = store
        self._queue = queue_store or store

    def today(self, window_code: str, day: date) -> DayStats:
        """Called, served, no-shows, accepted by kind, notices, refusals, average wait and
        service time (seconds), ratings of ``window_code`` on ``day`` (hall time)."""
        start, end = _day_bounds(day)
        with self._queue.read() as s:
            tickets = s.execute(
                select(
                    Ticket.status, Ticket.issued_at, Ticket.called_at, Ticket.service_started_at, Ticket.finished_at
                ).where(Ticket.hall_day == day, Ticket.called_by_window == window_code)
            ).all()
        called = [t for t in tickets if t.called_at is not None]
        served = [t for t in called if t.status == TicketStatus.DONE.value]
        waits = [(t.called_at - t.issued_at).total_seconds() for t in called]
        services = [
            (t.finished_at - (t.service_started_at or t.called_at)).total_seconds()
            for t in served
            if t.finished_at is not None
        ]
        with self._store.read() as s:
            # Counted in SQL over the (window, day) indexes: never the window's whole history.
            events = s.execute(
                select(CaseEvent.action, Case.kind, func.count())
                .join(Case, Case.id == CaseEvent.case_id)
                .where(CaseEvent.owner_window == window_code, CaseEvent.day == day)
                .group_by(CaseEvent.action, Case.kind)
            ).all()
            notices = s.scalar(
                select(func.count())
                .select_from(IssuedDocument)
                .where(
                    IssuedDocument.owner_window == window_code,
                    IssuedDocument.issued_at >= start,
                    IssuedDocument.issued_at < end,
                    IssuedDocument.kind.in_(_NOTICE_DOCS),
                )
            )
            ratings = s.execute(
                select(RatingRecord.rating, func.count())
                .where(
                    RatingRecord.owner_window == window_code,
                    RatingRecord.requested_at >= start,
                    RatingRecord.requested_at < end,
                )
                .group_by(RatingRecord.rating)
            ).all()
        actions: Tally[str] = Tally()
        accepted: Tally[str] = Tally()
        for action, kind, n in events:
            actions[action] += n
            if action in _ACCEPTING:
                accepted[kind] += n
        rating_tally = Tally(dict(ratings))
        order = [r.value for r in Rating]
        return DayStats(
            window_code=window_code,
            day=day,
            called=len(called),
            served=len(served),
            no_shows=sum(1 for t in called if t.status == TicketStatus.NO_SHOW.value),
            accepted_by_kind=tuple(sorted(accepted.items())),
            accepted_total=sum(accepted.values()),
            notices=int(notices or 0),
            refusals=actions[CaseAction.REFUSE.value],
            returned=actions[CaseAction.RETURN.value],
            finished_on_spot=actions[CaseAction.FINISH.value],
            avg_wait_seconds=_mean(waits),
            avg_service_seconds=_mean(services),
            ratings=tuple((r, rating_tally[r]) for r in order if rating_tally[r]),
            ratings_total=sum(rating_tally.values()),
            bad_ratings=sum(n for r, n in rating_tally.items() if Rating(r).is_bad),
        )
