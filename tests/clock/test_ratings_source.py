"""Only the applicant rates (GB/T 39734 §4.1): a clerk's keyboard is refused with a typed
error and nothing is stored; a clerk may record why a case went unrated, never a level."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.enums import Rating
from app.services.ratings import RatingService, RatingSourceRefused
from app.store.models import RatingRecord
from app.store.uow import Store
from tests.services.conftest import CALENDAR, PASSWORD, make_desk


def test_a_clerk_cannot_record_a_level_but_may_say_why_unrated(clock_hall: Store) -> None:
    hall = clock_hall
    desk = make_desk(hall)
    desk.session.login("0101", PASSWORD)
    ratings = RatingService(hall, desk.session, CALENDAR, desk.settings, clock=desk.clock)
    with pytest.raises(RatingSourceRefused, match="只能由服务对象"):
        ratings.record(5, source="clerk-keyboard")
    with pytest.raises(RatingSourceRefused):
        ratings.record(None, source="clerk")
    with hall.read() as s:
        assert s.scalar(select(func.count()).select_from(RatingRecord)) == 0
    assert ratings.record(5).rating is Rating.VERY_SATISFIED  # the evaluator (default source)
    assert ratings.record(4, source="qr").rating is Rating.SATISFIED
    unrated = ratings.record_unrated("申请人急于离开，未评价")
    assert unrated.rating is Rating.UNRATED
    with hall.read() as s:
        rows = s.scalars(select(RatingRecord).order_by(RatingRecord.requested_at, RatingRecord.id)).all()
        assert [(r.source, r.rating, r.unrated_reason) for r in rows] == [
            ("evaluator", "非常满意", None),
            ("qr", "满意", None),
            ("clerk", "未评价", "申请人急于离开，未评价"),
        ]
