"""Least-privilege window roles: a window role uploads its own work, reads reference data
and the queue, and cannot read or change another window's cases (connects as the role)."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, ProgrammingError

from app.store.engine import make_engine
from app.store.models import Alarm, Case, CentralDevice, Department, RejectedRow, Ticket
from app.sync.central import CentralStore
from app.sync.errors import RoleError
from app.sync.registration import register_device
from app.sync.roles import create_window_role, revoke_window_role, role_name_for, window_roles
from app.sync.uploader import Uploader
from tests.sync.clerk import open_case

pytestmark = pytest.mark.postgres


@pytest.fixture()
def roles(central_engine):  # type: ignore[no-untyped-def]
    made: list[str] = []
    yield made
    for window in made:
        with contextlib.suppress(RoleError):
            revoke_window_role(central_engine, window)


def _as(central_engine, role: str):  # type: ignore[no-untyped-def]
    return make_engine(central_engine.url.set(username=role, password=None).render_as_string(hide_password=False))


def test_window_role_sees_and_changes_only_its_own_cases(central_engine, make_local, roles) -> None:  # type: ignore[no-untyped-def]
    role1 = create_window_role(central_engine, "01", None)
    roles.append("01")
    create_window_role(central_engine, "02", "s3cr'et")
    roles.append("02")
    database = central_engine.url.database
    assert role1 == role_name_for(database, "01") and window_roles(central_engine)[role1] == "01"
    with central_engine.begin() as c:
        c.execute(insert(Department).values(id=uuid.uuid4(), code="D1", name="市场监管局"))
        c.execute(
            insert(Ticket).values(
                id=uuid.uuid4(),
                hall_day=date(2026, 11, 23),
                number="A001",
                category="A",
                priority="普通",
                priority_rank=2,
                status="等候",
            )
        )

    w1 = _as(central_engine, role1)
    try:
        # Window 01's PC registers and uploads through its own role.
        local1, local2 = make_local("one"), make_local("two")
        register_device(local1, CentralStore(w1), "01", "HALL")
        register_device(local2, CentralStore(central_engine), "02", "HALL")
        mine = open_case(local1, "张三")
        theirs = open_case(local2, "李四")
        assert Uploader(local1, CentralStore(w1)).sync_once().acked == 4  # the case's 3 rows + registration audit
        Uploader(local2, CentralStore(central_engine)).sync_once()

        with w1.connect() as c:
            assert c.scalar(select(func.current_user())) == role1
            assert c.scalars(select(Case.id)).all() == [mine]
            assert c.scalars(select(Case.id).where(Case.owner_window == "02")).all() == []
            assert c.scalar(select(func.count()).select_from(Department)) == 1  # reference data: readable
            assert c.scalar(select(Ticket.number)) == "A001"  # the queue: readable
            assert c.execute(update(Case).where(Case.id == theirs).values(state="不予受理")).rowcount == 0
            c.rollback()
        with w1.connect() as c, pytest.raises(ProgrammingError, match="row-level security"):
            c.execute(
                insert(Case).values(
                    id=uuid.uuid4(),
                    owner_window="02",
                    matter_code="M",
                    matter_name="M",
                    kind="即办件",
                    state="x",
                    applicant_kind="个人",
                    applicant_name="冒名",
                )
            )
        with w1.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
            c.execute(insert(Department).values(id=uuid.uuid4(), code="D2", name="x"))
        with w1.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
            c.execute(select(text("role_name")).select_from(text("window_roles")))

        # It cannot re-activate a device or silence its own alarms.
        with w1.connect() as c, pytest.raises(ProgrammingError, match="row-level security"):
            c.execute(update(CentralDevice).values(state="active"))
        with w1.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
            c.execute(update(Alarm).values(acknowledged=True))

        # A tampered window-01 client claiming a window-02 case is rejected, visibly.
        with local1.write() as tx:
            forged = Case(
                id=theirs,
                owner_window="01",
                matter_code="M",
                matter_name="M",
                kind="即办件",
                state="篡改",
                applicant_kind="个人",
                applicant_name="李四",
            )
            tx.session.add(forged)
            tx.emit("case.updated", forged)
        report = Uploader(local1, CentralStore(w1)).sync_once()
        assert report.rejected == 1
        with central_engine.connect() as c:
            assert c.scalar(select(Case.state).where(Case.id == theirs)) == "已受理"
            assert c.scalar(select(RejectedRow.window_code)) == "01"
            assert c.scalar(select(func.count()).select_from(Alarm).where(Alarm.window_code == "01")) >= 1
    finally:
        w1.dispose()


def test_revoked_role_can_no_longer_log_in(central_engine, roles) -> None:  # type: ignore[no-untyped-def]
    role = create_window_role(central_engine, "03", None)
    revoke_window_role(central_engine, "03")
    engine = _as(central_engine, role)
    try:
        with pytest.raises(DBAPIError), engine.connect() as c:
            c.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    with pytest.raises(RoleError):
        revoke_window_role(central_engine, "03")


def test_roles_are_refused_on_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite+pysqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(RoleError, match="SQLite"):
        create_window_role(engine, "01")
