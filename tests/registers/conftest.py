"""A small hall for the register tests: two departments, three windows, clerks, leads, center staff."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from app.domain.actor import Actor
from app.domain.enums import PostRole, Role
from app.services.clock import ManualClock
from app.store.models import Department, PostAssignment, Staff, Window, WindowDepartment
from app.store.uow import Store


@dataclass(frozen=True)
class Hall:
    """Actors of the seeded hall, by role, and the ids of its rows."""

    clerk01: Actor
    clerk02: Actor
    lead01: Actor
    lead02: Actor
    admin: Actor
    supervisor: Actor
    window_ids: dict[str, uuid.UUID]


def _actor(staff: Staff, window: str | None, post: str | None) -> Actor:
    return Actor(
        staff_id=staff.id,
        staff_no=staff.staff_no,
        name=staff.name,
        window_code=window,
        post=post,
        roles=tuple(staff.roles),
    )


def seed_hall(store: Store) -> Hall:
    """Departments SCJG/RSJ, windows 01 (SCJG), 02 (RSJ), 09 (办不成事), and six people."""
    with store.write() as tx:
        s = tx.session
        scjg = Department(code="SCJG", name="区市场监管局")
        rsj = Department(code="RSJ", name="区人社局")
        s.add_all([scjg, rsj])
        s.flush()
        windows = {
            "01": Window(code="01", name="市场监管综合窗口", kind="分领域综合窗口", ticket_categories=["A"]),
            "02": Window(code="02", name="社保综合窗口", kind="分领域综合窗口", ticket_categories=["B"]),
            "09": Window(code="09", name="办不成事反映窗口", kind="办不成事反映窗口", ticket_categories=[]),
        }
        s.add_all(windows.values())
        s.flush()
        s.add(WindowDepartment(window_id=windows["01"].id, department_id=scjg.id))
        s.add(WindowDepartment(window_id=windows["02"].id, department_id=rsj.id))
        people = {
            "clerk01": Staff(staff_no="S001", name="张敏", department_id=scjg.id, roles=[Role.CLERK.value]),
            "clerk02": Staff(staff_no="S002", name="李强", department_id=rsj.id, roles=[Role.CLERK.value]),
            "lead01": Staff(
                staff_no="S003", name="王芳", department_id=scjg.id, roles=[Role.CLERK.value, Role.LEAD.value]
            ),
            "lead02": Staff(
                staff_no="S004", name="赵磊", department_id=rsj.id, roles=[Role.CLERK.value, Role.LEAD.value]
            ),
            "admin": Staff(staff_no="M001", name="陈静", roles=[Role.ADMIN.value]),
            "supervisor": Staff(staff_no="M002", name="周伟", roles=[Role.SUPERVISOR.value]),
        }
        s.add_all(people.values())
        s.flush()
        s.add(PostAssignment(window_id=windows["01"].id, staff_id=people["clerk01"].id, post=PostRole.A.value))
        s.add(PostAssignment(window_id=windows["02"].id, staff_id=people["clerk02"].id, post=PostRole.A.value))
        s.add(PostAssignment(window_id=windows["01"].id, staff_id=people["lead01"].id, post=PostRole.B.value))
        s.add(PostAssignment(window_id=windows["02"].id, staff_id=people["lead02"].id, post=PostRole.B.value))
        return Hall(
            clerk01=_actor(people["clerk01"], "01", PostRole.A.value),
            clerk02=_actor(people["clerk02"], "02", PostRole.A.value),
            lead01=_actor(people["lead01"], "01", PostRole.B.value),
            lead02=_actor(people["lead02"], "02", PostRole.B.value),
            admin=_actor(people["admin"], None, None),
            supervisor=_actor(people["supervisor"], None, None),
            window_ids={code: w.id for code, w in windows.items()},
        )


@pytest.fixture()
def reg_store(sqlite_store: Store) -> Store:
    """The store the register tests run on; modules that must also pass on PostgreSQL override it."""
    return sqlite_store


@pytest.fixture()
def hall(reg_store: Store) -> Hall:
    return seed_hall(reg_store)


def clock_at(day: date, hour: int = 10, minute: int = 0) -> ManualClock:
    """A clock at hall-local ``hour:minute`` on ``day``."""
    return ManualClock.at_hall_time(day, hour, minute)
