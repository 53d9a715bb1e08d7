"""Reference releases: publish diffs with tombstones, pull incrementally in one local
transaction, never apply an open release, full snapshot after a schema change."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import delete, insert, select, update

from app.store.models import CalendarOverride, Department, Matter, ReferenceRelease, Staff, Window
from app.sync.errors import CentralUnavailable
from app.sync.reference import current_release, list_releases, publish_release, pull_reference

pytestmark = pytest.mark.postgres


def _seed(engine) -> uuid.UUID:  # type: ignore[no-untyped-def]
    matter_id = uuid.uuid4()
    with engine.begin() as c:
        c.execute(insert(Department).values(id=uuid.uuid4(), code="SCJG", name="市场监管局"))
        c.execute(
            insert(Matter).values(
                id=matter_id,
                code="M001",
                name="食品经营许可",
                type="行政许可",
                department_code="SCJG",
                case_kind="承诺件",
                legal_limit_days=20,
                allows_deficiency=False,
                search_text="spjyxk",
            )
        )
        c.execute(
            insert(Window).values(
                id=uuid.uuid4(),
                code="05",
                name="5号窗口",
                kind="综合",
                ticket_categories=["A"],
                devices={},
                active=True,
            )
        )
        c.execute(
            insert(Staff).values(
                id=uuid.uuid4(),
                staff_no="1001",
                name="王芳",
                title="科员",
                party_member=True,
                phone="",
                photo=b"\x89PNG",
                roles=["clerk"],
                password_hash="x",
                must_change_password=False,
                failed_logins=0,
                active=True,
            )
        )
        c.execute(insert(CalendarOverride).values(day=date(2026, 12, 31), is_workday=False, note="调休", source="通知"))
    return matter_id


def test_publish_and_pull_incrementally_with_tombstones(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    matter_id = _seed(central_engine)
    first = publish_release(central_engine, "初始目录")
    assert first is not None and first.release_no == 1 and first.row_count == 5 and first.state == "complete"
    assert publish_release(central_engine) is None  # nothing changed, no release
    local = make_local("w05")
    report = pull_reference(local, central_engine)
    assert report.full_snapshot and report.release_no == 1 and report.rows == 5
    with local.read() as s:
        assert s.scalar(select(Matter.name)) == "食品经营许可"
        assert s.scalar(select(Staff.photo)) == b"\x89PNG"
        assert s.scalar(select(CalendarOverride.day)) == date(2026, 12, 31)

    with central_engine.begin() as c:
        c.execute(update(Matter).where(Matter.id == matter_id).values(name="食品经营许可（新办）"))
        c.execute(delete(CalendarOverride))
    second = publish_release(central_engine, "改名并删除调休")
    assert second is not None and second.row_count == 2
    report = pull_reference(local, central_engine)
    assert not report.full_snapshot and report.applied_releases == (2,)
    assert (report.rows, report.tombstones) == (1, 1)
    with local.read() as s:
        assert s.scalar(select(Matter.name)) == "食品经营许可（新办）"
        assert s.scalar(select(CalendarOverride.day)) is None
    assert current_release(local) == 2
    assert [r.release_no for r in list_releases(central_engine)] == [1, 2]


def test_open_release_is_not_applied_and_blocks_later_ones(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    _seed(central_engine)
    publish_release(central_engine)
    local = make_local("w01")
    pull_reference(local, central_engine)
    with central_engine.begin() as c:  # a publisher half-way through release 2 …
        c.execute(insert(ReferenceRelease).values(release_no=2, state="open", schema_version=1, note="", row_count=0))
        c.execute(update(Window).values(name="5号综合窗口"))
        c.execute(
            insert(ReferenceRelease).values(release_no=3, state="complete", schema_version=1, note="", row_count=0)
        )
    report = pull_reference(local, central_engine)
    assert report.applied_releases == () and report.waiting_for == 2
    assert current_release(local) == 1
    # The next publish abandons the dead open release and carries its changes.
    published = publish_release(central_engine, "续发")
    assert published is not None and published.release_no == 4
    states = {r.release_no: r.state for r in list_releases(central_engine)}
    assert states[2] == "abandoned"
    report = pull_reference(local, central_engine)
    assert report.applied_releases == (3, 4) and current_release(local) == 4
    with local.read() as s:
        assert s.scalar(select(Window.name)) == "5号综合窗口"


def test_schema_change_takes_a_full_snapshot(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    _seed(central_engine)
    publish_release(central_engine)
    local = make_local("w02")
    pull_reference(local, central_engine)
    with local.write() as tx:  # a stale row only this PC has
        tx.session.add(CalendarOverride(day=date(2027, 1, 1), is_workday=False, note="旧", source="旧"))
    with central_engine.begin() as c:
        c.execute(update(Window).values(name="新窗口名"))
    published = publish_release(central_engine)
    with central_engine.begin() as c:
        c.execute(
            update(ReferenceRelease).where(ReferenceRelease.release_no == published.release_no).values(schema_version=2)
        )
    report = pull_reference(local, central_engine)
    assert report.full_snapshot and report.release_no == 2
    with local.read() as s:
        assert s.scalars(select(CalendarOverride.day)).all() == [date(2026, 12, 31)]
        assert s.scalar(select(Window.name)) == "新窗口名"


def test_pull_while_center_is_down_says_so(make_local) -> None:  # type: ignore[no-untyped-def]
    from app.store.engine import make_engine

    dead = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1})
    with pytest.raises(CentralUnavailable, match="无法从中心库取基础数据"):
        pull_reference(make_local("w03"), dead)
