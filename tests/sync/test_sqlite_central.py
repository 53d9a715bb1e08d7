"""The same upload path with a SQLite central store (a one-PC township center, or a
hall testing without PostgreSQL): BEGIN IMMEDIATE and savepoints instead of row locks."""

from __future__ import annotations

from sqlalchemy import func, select

from app.store.models import Alarm, Case, InboxEntry
from app.sync.central import CentralStore
from app.sync.registration import register_device
from app.sync.uploader import Uploader
from app.sync.verify import verify_delivery
from tests.sync.clerk import open_case


def test_sqlite_center_receives_once_and_rejects_a_collision(make_local) -> None:  # type: ignore[no-untyped-def]
    center = make_local("center")
    central = CentralStore(center.engine)
    a, b = make_local("a"), make_local("b")
    register_device(a, central, "01", "TOWN")
    register_device(b, central, "01", "TOWN")  # second PC of the same window: epoch 2
    for name in ("甲", "乙"):
        open_case(a, name)
    open_case(b, "丙")
    with b.write() as tx:  # make b's case repeat a's first number
        case = tx.session.scalars(select(Case)).one()
        case.case_number = "HALL20261123-01-1-0001"
        tx.emit("case.updated", case)
    uploader = Uploader(a, central, batch_size=2)
    uploader.send_batch(uploader._next_batch(uploader_device(a)))  # answer lost
    uploader.sync_once()
    report = Uploader(b, central).sync_once()
    assert report.rejected == 1
    with center.read() as s:
        assert s.scalar(select(func.count()).select_from(InboxEntry)) == 12  # with both registrations' audit rows
        assert s.scalar(select(Case.applicant_name).where(Case.case_number == "HALL20261123-01-1-0001")) == "甲"
        assert s.scalar(select(Alarm.kind).where(Alarm.kind == "number_collision")) == "number_collision"
    assert verify_delivery(center.engine, [a]).ok


def uploader_device(store):  # type: ignore[no-untyped-def]
    from app.sync.registration import current_registration

    return current_registration(store).device_id
