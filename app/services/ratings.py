"""好差评 at the window: store the evaluator's rating; a bad one opens a follow-up.

Score mapping (5-key evaluators): 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意,
0 or ``None`` 未评价 (with a reason). A bad rating creates a :class:`FollowUp` (回访 →
整改 → 反馈) due ``settings.follow_up_days`` working days later.
"""

from __future__ import annotations

import uuid

from app.domain.calendar import WorkCalendar
from app.domain.enums import Rating
from app.services.clock import Clock, system_clock
from app.services.dto import RatingInfo
from app.services.session import SessionService
from app.settings import Settings
from app.store.uow import Store

SCORE_TO_RATING = {
    5: Rating.VERY_SATISFIED,
    4: Rating.SATISFIED,
    3: Rating.BASIC,
    2: Rating.DISSATISFIED,
    1: Rating.VERY_DISSATISFIED,
    0: Rating.UNRATED,
}


def rating_of(score: int | Rating | None) -> Rating:
    """The rating for an evaluator score (5 best … 1 worst, 0/None 未评价)."""
    raise NotImplementedError


class RatingService:
    """Stores ratings of the person logged in (or the one who served, when given)."""

    def __init__(self, store: Store, session: SessionService, calendar: WorkCalendar, settings: Settings, *,
                 clock: Clock = system_clock) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._settings = settings
        self._clock = clock

    def record(self, score: int | Rating | None, *, case_id: uuid.UUID | None = None,
               ticket_id: uuid.UUID | None = None, reasons: tuple[str, ...] = (),
               source: str = "evaluator", unrated_reason: str | None = None) -> RatingInfo:
        """Store one rating event; bad → follow-up due in ``follow_up_days`` working days."""
        raise NotImplementedError
