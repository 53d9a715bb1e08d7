"""A hall whose 20-working-day matter and calendar come from the store, so a notice import
reaches the services the way it reaches a window PC (issue 11, the legal clock)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.calendar_service import load_calendar
from app.services.clock import ManualClock
from app.services.decisions import DecisionService
from app.services.dto import ApplicantInput
from app.services.guide import GuideService
from app.services.intake import IntakeService
from app.services.queue import QueueService
from app.services.session import SessionService
from app.services.tracking import TrackingService
from app.settings import Settings
from app.store.uow import Store
from tests.services.conftest import PERSON_ID, Desk, _matter, build_hall

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def add_twenty_day_matter(store: Store) -> None:
    with store.write() as tx:
        tx.session.add(
            _matter(
                "GCXK",
                "建筑工程施工许可",
                promised=20,
                legal=40,
                position=9,
                materials=[{"code": "SQS", "name": "申请书"}, {"code": "TZ", "name": "施工图纸"}],
            )
        )


def desk_on(store: Store, day: date, window: str = "01") -> Desk:
    """Every service of one window PC on ``day`` 09:00, with the store's calendar."""
    clock = ManualClock.at_hall_time(day)
    settings = Settings(window_code=window, hall_code="510626-LJJK")
    session = SessionService(store, settings, clock=clock)
    calendar = load_calendar(store)
    return Desk(
        store=store,
        clock=clock,
        settings=settings,
        session=session,
        queue=QueueService(store, session, clock=clock),
        guide=GuideService(store, session, clock=clock),
        intake=IntakeService(store, session, calendar, clock=clock),
        decisions=DecisionService(store, session, calendar, settings, clock=clock),
        tracking=TrackingService(store, session, calendar, settings, clock=clock),
    )


@pytest.fixture()
def clock_hall(store: Store) -> Store:
    build_hall(store)
    add_twenty_day_matter(store)
    return store
