"""Today's figures of a window, as the center's daily check needs them."""

from __future__ import annotations

from datetime import date

from app.services.dto import DayStats
from app.store.uow import Store


class StatsService:
    """Counts from the queue store (tickets) and the local store (cases, documents, ratings)."""

    def __init__(self, store: Store, *, queue_store: Store | None = None) -> None:
        self._store = store
        self._queue = queue_store or store

    def today(self, window_code: str, day: date) -> DayStats:
        """Called, served, no-shows, accepted by kind, notices, refusals, average wait and
        service time, ratings of ``window_code`` on ``day`` (hall time)."""
        raise NotImplementedError
