"""差评回访整改: every bad rating is followed up (回访), put right (整改) and answered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.enums import Rating
from app.domain.errors import ValidationError
from app.domain.registers import RegisterStatus, bad_rating_deadline, register_status
from app.services.hall import load_calendar
from app.services.clock import hall_day
from app.services.registers.common import RegisterBase, follow_up_days, get_row, required_text, staff_names
from app.store.models import FollowUp, RatingRecord


class FollowUpStage(StrEnum):
    PENDING = "待回访"
    VISITED = "已回访"
    RECTIFIED = "已整改"
    DONE = "已反馈"


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    window: str
    rating_id: uuid.UUID
    rating: str
    staff_name: str
    due: date
    stage: str
    closed_on: date | None
    status: RegisterStatus


def follow_up_view(row: FollowUp, rating: RatingRecord, staff_name: str, today: date) -> FollowUpView:
    closed = hall_day(row.closed_at) if row.closed_at else None
    return FollowUpView(
        id=row.id,
        window=row.owner_window,
        rating_id=row.rating_id,
        rating=rating.rating,
        staff_name=staff_name,
        due=row.due_date,
        stage=row.stage,
        closed_on=closed,
        status=register_status(row.due_date, today, closed),
    )


class FollowUps(RegisterBase):
    """差评回访整改."""

    def open_follow_up(self, actor: Actor, rating_id: uuid.UUID) -> FollowUpView:
        """Open the 回访/整改 of a bad rating (idempotent), due in the hall's follow-up period."""
        now = self._now()
        with self._store.write(actor) as tx:
            rating = get_row(tx.session, RatingRecord, rating_id, "评价")
            if not Rating(rating.rating).is_bad:
                raise ValidationError(f"“{rating.rating}”不是差评，无需回访整改")
            row = tx.session.scalars(select(FollowUp).where(FollowUp.rating_id == rating_id)).first()
            if row is None:
                rated_on = hall_day(rating.rated_at or rating.requested_at)
                deadline = bad_rating_deadline(rated_on, load_calendar(tx.session), follow_up_days(tx.session))
                row = FollowUp(
                    owner_window=rating.owner_window,
                    rating_id=rating_id,
                    due_date=deadline.due,
                    stage=str(FollowUpStage.PENDING),
                    created_at=now,
                )
                tx.session.add(row)
                tx.session.flush()
                tx.audit("差评回访立项", "follow_ups", row.id, rating_id=rating_id, due=deadline.due)
                tx.emit("follow_up.opened", row)
            return self._follow_view(tx.session, row, hall_day(now))

    def advance_follow_up(self, actor: Actor, follow_up_id: uuid.UUID, stage: FollowUpStage, note: str) -> FollowUpView:
        """Record 回访 → 整改 → 反馈 in order; the feedback closes it."""
        order = [FollowUpStage.PENDING, FollowUpStage.VISITED, FollowUpStage.RECTIFIED, FollowUpStage.DONE]
        now = self._now()
        stage = FollowUpStage(stage)
        with self._store.write(actor) as tx:
            row = get_row(tx.session, FollowUp, follow_up_id, "差评回访")
            current = FollowUpStage(row.stage)
            if order.index(stage) != order.index(current) + 1:
                raise ValidationError(
                    f"回访整改当前为“{current}”，下一步应为“{order[min(order.index(current) + 1, 3)]}”"
                )
            text = required_text(note, str(stage))
            if stage is FollowUpStage.VISITED:
                row.visit_note = text
            elif stage is FollowUpStage.RECTIFIED:
                row.rectify_note = text
            else:
                row.feedback = text
                row.closed_at = now
            row.stage = str(stage)
            row.handled_by = actor.staff_id
            tx.audit("差评" + str(stage), "follow_ups", row.id)
            tx.emit("follow_up.updated", row)
            return self._follow_view(tx.session, row, hall_day(now))

    def _follow_view(self, session: Session, row: FollowUp, today: date) -> FollowUpView:
        rating = session.get(RatingRecord, row.rating_id)
        assert rating is not None
        names = staff_names(session, [rating.staff_id])
        return follow_up_view(row, rating, names.get(rating.staff_id, "") if rating.staff_id else "", today)

    def follow_ups(self, open_only: bool = False) -> list[FollowUpView]:
        today = self.today()
        with self._store.read() as session:
            query = select(FollowUp).order_by(FollowUp.due_date)
            if open_only:
                query = query.where(FollowUp.closed_at.is_(None))
            return [self._follow_view(session, r, today) for r in session.scalars(query)]
