"""好差评 at the window: store the evaluator's rating; a bad one opens a follow-up.

Score mapping (5-key evaluators): 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意,
0 or ``None`` 未评价 (with a reason). A bad rating creates a :class:`FollowUp` (回访 →
整改 → 反馈) due ``settings.follow_up_days`` working days later.

Only the applicant rates (GB/T 39734 §4.1, 一次一评): a level is accepted only from the
applicant's own channels, :data:`APPLICANT_SOURCES` (the window evaluator, the QR page of
the hall web service). Any other source is refused with :class:`RatingSourceRefused`; a
clerk may only say why a case went unrated (:meth:`RatingService.record_unrated`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.enums import Rating
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.ids import uuid7
from app.domain.registers import bad_rating_deadline
from app.services.base import WindowCaseService
from app.services.clock import hall_day
from app.services.dto import RatingInfo, SessionInfo
from app.services.hall import follow_up_days
from app.store.models import Case, FollowUp, RatingRecord, Ticket

#: The applicant's channels: the window evaluator (评价器) and the QR rating page (二维码评价).
EVALUATOR_SOURCE = "evaluator"
QR_SOURCE = "qr"
APPLICANT_SOURCES = frozenset({EVALUATOR_SOURCE, QR_SOURCE})
#: Source of a clerk's 未评价 note (never a level).
#: Stored reason when the applicant did not press a key on the evaluator in time.
UNRATED_TIMEOUT = "超时未评价"
#: Stored reason when the evaluator did not answer the rating request.
UNRATED_NO_ANSWER = "评价器未响应，未评价"
CLERK_SOURCE = "clerk"


class RatingSourceRefused(PermissionDenied):
    """A rating level from anyone but the applicant (a clerk's keyboard, an import …)."""

    def __init__(self, source: str) -> None:
        super().__init__(
            f"评价只能由服务对象通过窗口评价器或二维码评价页作出（来源“{source}”不是服务对象的评价渠道）；"
            "工作人员只能登记未评价的原因，不能代为评价"
        )
        self.source = source


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
    if score is None:
        return Rating.UNRATED
    if isinstance(score, Rating):
        return score
    if isinstance(score, bool) or score not in SCORE_TO_RATING:
        raise ValidationError(f"评价分值“{score}”无效，应为1至5（0表示未评价）", field="score")
    return SCORE_TO_RATING[score]


def applicant_level(score: int | Rating | None, source: str) -> Rating:
    """The level the applicant gave through ``source``: only the applicant's channels
    (:data:`APPLICANT_SOURCES`) give one, else :class:`RatingSourceRefused`."""
    if source not in APPLICANT_SOURCES:
        raise RatingSourceRefused(source)
    return rating_of(score)


def follow_up_due(session: Session, calendar: WorkCalendar, rated_at: datetime, default_days: int) -> date:
    """When the follow-up of a bad rating given at ``rated_at`` is due: the hall's
    follow-up days (or ``default_days``) in working days after the hall day of it."""
    days = follow_up_days(session, default_days)
    return bad_rating_deadline(hall_day(rated_at), calendar, days).due


class RatingService(WindowCaseService):
    """Stores ratings for the person logged in (the person who served the applicant)."""

    def record(
        self,
        score: int | Rating | None,
        *,
        case_id: uuid.UUID | None = None,
        ticket_id: uuid.UUID | None = None,
        reasons: tuple[str, ...] = (),
        source: str = EVALUATOR_SOURCE,
        unrated_reason: str | None = None,
        served_by: SessionInfo | None = None,
    ) -> RatingInfo:
        """Store one rating event from the applicant; bad → follow-up due in
        ``follow_up_days`` working days.

        ``source`` must be one of :data:`APPLICANT_SOURCES`, else :class:`RatingSourceRefused`
        and nothing is stored. The rating is attributed to ``served_by`` — the person who was
        serving when the rating was requested, since the applicant may answer after a switch
        of user — or else to whoever is logged in at the window (also while the screen is
        locked: the evaluator may answer after the idle lock), in their capacity.
        """
        rating = applicant_level(score, source)
        return self._store_rating(rating, case_id, ticket_id, reasons, source, unrated_reason, served_by)

    def record_unrated(
        self, reason: str, *, case_id: uuid.UUID | None = None, ticket_id: uuid.UUID | None = None
    ) -> RatingInfo:
        """A clerk notes why the applicant did not rate (left, declined, evaluator broken); never a level."""
        if not reason.strip():
            raise ValidationError("请填写未评价的原因", field="unrated_reason")
        if self._session.current is None:
            self._session.require_actor()
        return self._store_rating(Rating.UNRATED, case_id, ticket_id, (), CLERK_SOURCE, reason.strip(), None)

    def _store_rating(
        self,
        rating: Rating,
        case_id: uuid.UUID | None,
        ticket_id: uuid.UUID | None,
        reasons: tuple[str, ...],
        source: str,
        unrated_reason: str | None,
        served_by: SessionInfo | None,
    ) -> RatingInfo:
        info = served_by or self._session.current
        actor = served_by.as_actor() if served_by is not None else self._session.attributed_actor()
        now = self._clock()
        with self._store.write(actor) if actor is not None else self._store.write() as tx:
            s = tx.session
            reference = ""
            if case_id is not None:
                case = s.get(Case, case_id)
                if case is None:
                    raise ValidationError("评价对应的案件不存在", field="case_id")
                reference = case.case_number or str(case.id)
            local_ticket = None
            if ticket_id is not None:
                ticket = s.get(Ticket, ticket_id)
                if ticket is not None:
                    local_ticket = ticket.id
                    reference = reference or ticket.number
            row = RatingRecord(
                id=uuid7(),
                owner_window=self._session.window_code,
                case_id=case_id,
                ticket_id=local_ticket,
                reference=reference or str(ticket_id or ""),
                staff_id=info.staff_id if info else None,
                post=info.post.value if info and info.post else None,
                rating=rating.value,
                reasons=list(reasons),
                source=source,
                unrated_reason=unrated_reason if rating is Rating.UNRATED else None,
                requested_at=now,
                rated_at=None if rating is Rating.UNRATED else now,
            )
            s.add(row)
            tx.emit("rating", row)
            tx.audit("rating.record", "ratings", row.id, rating=rating.value, reference=row.reference)
            due = None
            if rating.is_bad:
                due = follow_up_due(s, self._calendar, now, self._settings.follow_up_days)
                follow = FollowUp(
                    id=uuid7(), owner_window=row.owner_window, rating_id=row.id, due_date=due, created_at=now
                )
                s.add(follow)
                tx.emit("follow_up.opened", follow)
                tx.audit("差评回访立项", "follow_ups", follow.id, rating_id=row.id, due=due)
            return RatingInfo(
                id=row.id,
                rating=rating,
                reasons=tuple(reasons),
                case_id=case_id,
                ticket_id=local_ticket,
                rated_at=row.rated_at,
                follow_up_due=due,
            )
