"""扫码评价: the applicant rates the case from the slip's QR code, once (一次一评).

Only with the slip's 查询码 (the same constant-time check as the look-up), only the
national five levels, for 不满意/非常不满意 at least one of the 差评 reasons, within
``rating_days`` calendar days of the case's last step. The rating is recorded exactly
like the window evaluator's: bound to the case, its window, the clerk who took it and
their post, source ``qr`` (one of :data:`app.services.ratings.APPLICANT_SOURCES`,
checked by :func:`app.services.ratings.applicant_level`); a bad one opens the follow-up
(回访) due :func:`app.services.ratings.follow_up_due`. A case that already has a level
— from the evaluator or from this page — is not rated again.

On PostgreSQL the row is written by ``cd_web_rate`` (the web role's only write, which
checks the code and the one rating again, under a lock on the case); on a one-PC SQLite
center the same rows are written here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text

from app.devices.messages import BAD_REASONS
from app.domain.enums import Rating
from app.domain.errors import ValidationError
from app.domain.ids import uuid7
from app.services.calendar_service import LiveCalendar
from app.services.clock import Clock, hall_day, system_clock
from app.services.public.case_lookup import CaseLookupService
from app.services.public.errors import AlreadyRated, LookupRefused, RatingClosed
from app.services.ratings import QR_SOURCE, applicant_level, follow_up_due
from app.store.models import FollowUp, RatingRecord
from app.store.public_views import PublicTables
from app.store.uow import Store

#: The five levels, best first, with their scores (as on the evaluator's keys).
LEVELS: tuple[tuple[int, Rating], ...] = (
    (5, Rating.VERY_SATISFIED),
    (4, Rating.SATISFIED),
    (3, Rating.BASIC),
    (2, Rating.DISSATISFIED),
    (1, Rating.VERY_DISSATISFIED),
)
#: 差评 reasons the applicant picks from (the evaluator's list).
REASONS: tuple[str, ...] = BAD_REASONS
#: Days after the case's last step during which it may be rated (default).
RATING_DAYS = 30


@dataclass(frozen=True)
class RatingDone:
    """What the thanks page says: the level, and for a bad one when the hall calls back."""

    case_number: str
    rating: Rating
    reasons: tuple[str, ...]
    follow_up_due: date | None


@dataclass(frozen=True)
class RatingStanding:
    """Whether the case can be rated now, and until when."""

    case_number: str
    matter_name: str
    window: str
    open_until: date


class QrRatingService:
    """Rates a case with its number and 查询码 (see module docstring)."""

    def __init__(
        self,
        store: Store,
        tables: PublicTables,
        lookup: CaseLookupService,
        calendar: LiveCalendar,
        *,
        rating_days: int = RATING_DAYS,
        follow_up_days: int = 5,
        clock: Clock = system_clock,
    ) -> None:
        self._store = store
        self._t = tables
        self._lookup = lookup
        self._calendar = calendar
        self._rating_days = rating_days
        self._follow_up_days = follow_up_days
        self._clock = clock

    def standing(self, case_number: str, code: str) -> RatingStanding:
        """The case may be rated now; else :class:`LookupRefused`, :class:`AlreadyRated`
        or :class:`RatingClosed` (with what the page says)."""
        case = self._lookup.find(case_number, code)
        return self._check(case, self._clock())

    def _check(self, case: Any, now: datetime) -> RatingStanding:
        t = self._t
        with self._store.read() as s:
            rated = s.execute(
                select(t.ratings.c.rating, t.ratings.c.source, t.ratings.c.rated_at)
                .where(t.ratings.c.case_id == case.id, t.ratings.c.rating != Rating.UNRATED.value)
                .order_by(t.ratings.c.rated_at)
            ).first()
            last_event = s.scalar(select(func.max(t.case_events.c.day)).where(t.case_events.c.case_id == case.id))
        if rated is not None:
            channel = "扫码评价" if rated.source == QR_SOURCE else "窗口评价器"
            when = f"{hall_day(rated.rated_at):%Y年%m月%d日}" if rated.rated_at else ""
            raise AlreadyRated(
                f"办件 {case.case_number} 已于{when}通过{channel}评价（{rated.rating}），"
                "每次服务只能评价一次（一次一评）。"
            )
        last = (
            max(d for d in (case.received_on, last_event) if d is not None)
            if (case.received_on or last_event)
            else None
        )
        open_until = (last or hall_day(now)) + timedelta(days=self._rating_days)
        if hall_day(now) > open_until:
            raise RatingClosed(
                f"办件 {case.case_number} 的评价期限已于{open_until:%Y年%m月%d日}截止"
                f"（办理完最后一步后{self._rating_days}日内可评价）。如有意见，请拨打监督投诉电话。"
            )
        return RatingStanding(case.case_number, case.matter_name, f"{case.owner_window}号窗口", open_until)

    def rate(self, case_number: str, code: str, score: int | str, reasons: tuple[str, ...] = ()) -> RatingDone:
        """Record the applicant's rating (see module docstring); nothing is stored on refusal."""
        try:
            level = applicant_level(int(score), QR_SOURCE)
        except (TypeError, ValueError) as exc:
            raise ValidationError("请选择一个评价等级（非常满意至非常不满意）", field="level") from exc
        if level is Rating.UNRATED:
            raise ValidationError("请选择一个评价等级（非常满意至非常不满意）", field="level")
        chosen = tuple(dict.fromkeys(r for r in reasons if r))
        unknown = [r for r in chosen if r not in REASONS]
        if unknown:
            raise ValidationError(f"差评原因“{unknown[0]}”不在可选范围内", field="reasons")
        if level.is_bad and not chosen:
            raise ValidationError("选择“不满意”或“非常不满意”时，请至少勾选一项原因，以便整改。", field="reasons")
        if not level.is_bad:
            chosen = ()
        case = self._lookup.find(case_number, code)
        now = self._clock()
        self._check(case, now)
        rating_id, follow_id = uuid7(), uuid7() if level.is_bad else None
        with self._store.write() as tx:
            s = tx.session
            due = follow_up_due(s, self._calendar.current(), now, self._follow_up_days) if level.is_bad else None
            if self._store.dialect == "postgresql":
                outcome = s.execute(
                    text(
                        "SELECT cd_web_rate(:case, :code, :id, :rating, CAST(:reasons AS text[]), :now, :follow, :due)"
                    ),
                    {
                        "case": case.id,
                        "code": case.lookup_code,
                        "id": rating_id,
                        "rating": level.value,
                        "reasons": list(chosen),
                        "now": now,
                        "follow": follow_id,
                        "due": due,
                    },
                ).scalar_one()
            else:
                outcome = _record_here(s, case, rating_id, level, chosen, now, follow_id, due)
        if outcome == "already":
            self._check(case, now)  # raises AlreadyRated with what the page says
        if outcome != "ok":
            raise LookupRefused()
        return RatingDone(case.case_number, level, chosen, due)


def _record_here(
    s: Any,
    case: Any,
    rating_id: uuid.UUID,
    level: Rating,
    reasons: tuple[str, ...],
    now: datetime,
    follow_id: uuid.UUID | None,
    due: date | None,
) -> str:
    """What ``cd_web_rate`` does, on a one-PC SQLite center (one writer: BEGIN IMMEDIATE)."""
    exists = s.scalar(
        select(func.count())
        .select_from(RatingRecord)
        .where(RatingRecord.case_id == case.id, RatingRecord.rating != Rating.UNRATED.value)
    )
    if exists:
        return "already"
    s.add(
        RatingRecord(
            id=rating_id,
            owner_window=case.owner_window,
            case_id=case.id,
            ticket_id=case.ticket_id,
            reference=case.case_number,
            staff_id=case.staff_id,
            post=case.post,
            rating=level.value,
            reasons=list(reasons),
            source=QR_SOURCE,
            unrated_reason=None,
            requested_at=now,
            rated_at=now,
        )
    )
    if follow_id is not None and due is not None:
        s.flush()
        s.add(FollowUp(id=follow_id, owner_window=case.owner_window, rating_id=rating_id, due_date=due, created_at=now))
    return "ok"
