"""A hall day on a real PostgreSQL, made with the real services (window 01 and the SCJG back
office, as tests/backoffice does), the exchange's own role, and the province emulator.

The day (Monday 2026-11-02, steps of the back office on the following days):

* case A 企业设立登记: 受理, 后台签收, 审查意见 通过, 审批准予, 登记结果, 后台办结; rated 满意;
* case B 食品经营许可: 受理; rated 不满意 (等候时间长), its follow-up visited, rectified, answered;
* case C 企业设立登记: 不予受理 (confirmed by the 首席代表).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.enums import Role
from app.exchange.province.emulator import RunningProvince, government_credit_code, start_emulator
from app.services.backoffice import BackOfficeService
from app.services.clock import ManualClock
from app.services.ratings import RatingService
from app.services.registers import RegisterService
from app.services.staffing import create_staff
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import FollowUp
from app.store.uow import Store
from app.sync.roles import EXCHANGE, create_role, revoke_role
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import CALENDAR, LEAD_PASSWORD, PASSWORD, build_hall

MON = date(2026, 11, 2)
KEY_ID = "510626-LJJK-1"
SECRET = b"a-shared-secret-of-the-hall-2026"
SCJG_CREDIT = government_credit_code("510626", 20)


def d(n: int) -> date:
    return date.fromordinal(MON.toordinal() + n)


@dataclass
class SeededDay:
    store: Store
    case_a: uuid.UUID
    case_b: uuid.UUID
    case_c: uuid.UUID
    rating_good: uuid.UUID
    rating_bad: uuid.UUID
    follow_up: uuid.UUID


def seed_day(store: Store) -> SeededDay:
    build_hall(store)
    create_staff(
        store,
        staff_no="5001",
        name="钱审批",
        password="houtai2026",
        roles=(Role.BACK_OFFICE,),
        department_code="SCJG",
        must_change_password=False,
    )
    window = desk_on(store, MON)
    window.session.login("0101", PASSWORD)

    def accept(matter: str) -> uuid.UUID:
        case = window.intake.start(matter_code=matter, applicant=PERSON)
        window.intake.mark_all_received(case.id)
        return window.decisions.accept(case.id).case.id

    case_a = accept("QYSL")
    case_b = accept("SPJY")
    c = window.intake.start(matter_code="QYSL", applicant=PERSON)
    window.decisions.refuse(
        c.id,
        reasons=["不属于本机关职权范围"],
        legal_basis="《中华人民共和国行政许可法》第三十二条",
        lead_staff_no="0190",
        lead_password=LEAD_PASSWORD,
    )
    ratings = RatingService(store, window.session, CALENDAR, window.settings, clock=window.clock)
    good = ratings.record(4, case_id=case_a)
    bad = ratings.record(2, case_id=case_b, reasons=("等候时间长",))

    clock = ManualClock.at_hall_time(MON, 10)
    bo = BackOfficeService(store, clock)
    actor = bo.login("5001", "houtai2026")
    for n, step in enumerate(
        (
            lambda: bo.take_over(actor, case_a),
            lambda: bo.review(actor, case_a, conclusion="通过", opinion="材料齐全"),
            lambda: bo.approve(actor, case_a, opinion="同意"),
            lambda: bo.record_result(actor, case_a, name="营业执照", number="91510626MA0000001X"),
            lambda: bo.complete(actor, case_a),
        ),
        start=1,
    ):
        clock.set(ManualClock.at_hall_time(d(n), 10)())
        step()
    with store.read() as s:
        follow_id = s.scalars(select(FollowUp.id).where(FollowUp.rating_id == bad.id)).one()
    lead = Actor(staff_id=None, staff_no="9001", name="陈管理", window_code=None, post=None, roles=(Role.ADMIN,))
    registers = RegisterService(store, ManualClock.at_hall_time(d(1), 11))
    registers.advance_follow_up(lead, follow_id, "已回访", "电话回访，申请人反映排队久")
    registers.advance_follow_up(lead, follow_id, "已整改", "高峰时段增开窗口")
    registers.advance_follow_up(lead, follow_id, "已反馈", "已告知申请人整改情况，申请人表示认可")
    return SeededDay(store, case_a, case_b, c.id, good.id, bad.id, follow_id)


@pytest.fixture()
def seeded(pg_url: str) -> Iterator[SeededDay]:
    store = Store(make_engine(pg_url))
    upgrade(store.engine)
    try:
        yield seed_day(store)
    finally:
        store.dispose()


@pytest.fixture()
def exchange_role(seeded: SeededDay) -> Iterator[str]:
    """The exchange's role URL (``admin role create prov --kind exchange``)."""
    engine = seeded.store.engine
    role = create_role(engine, EXCHANGE.name, "prov")
    try:
        yield engine.url.set(username=role, password=None).render_as_string(hide_password=False)
    finally:
        revoke_role(engine, EXCHANGE.name, "prov")


@pytest.fixture()
def province() -> Iterator[RunningProvince]:
    running = start_emulator(keys={KEY_ID: SECRET})
    try:
        yield running
    finally:
        running.stop()
