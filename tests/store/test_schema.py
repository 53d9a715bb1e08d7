"""The schema migrates on both backends and keeps the promises the sync design needs."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.domain.actor import Actor
from app.domain.ids import uuid7, uuid7_time
from app.store.migrate import current_revision, head_revision, upgrade
from app.store.models import AuditEntry, Case, Department, DeviceRegistration, OutboxEntry


def test_migration_reaches_head_and_is_idempotent(store):
    assert current_revision(store.engine) == head_revision()
    upgrade(store.engine)  # a second run changes nothing and does not fail
    assert current_revision(store.engine) == head_revision()


def test_timestamps_come_back_aware_utc(store):
    beijing = timezone(timedelta(hours=8))
    with store.write() as tx:
        dept = Department(code="SCJG", name="区市场监管局")
        tx.session.add(dept)
        tx.audit("created", "department", dept.id)
    with store.read() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert entry.at.tzinfo is not None
        assert entry.at.utcoffset() == timedelta(0)
        assert abs(entry.at - datetime.now(beijing)) < timedelta(minutes=1)


def test_naive_datetimes_are_refused(store):
    with pytest.raises(Exception, match="naive datetime"), store.write() as tx:
        tx.session.add(AuditEntry(action="x", entity="y", at=datetime(2026, 1, 1)))


def test_uuid7_keys_are_time_ordered():
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 2000
    assert all(u.version == 7 for u in ids)
    assert abs(uuid7_time(ids[0]) - datetime.now(UTC)) < timedelta(seconds=5)


def _register(tx, window="05"):
    tx.session.add(DeviceRegistration(device_id=uuid.uuid4(), window_code=window, hall_code="H", epoch=1))
    tx.session.flush()


def test_outbox_sequence_is_gapless_and_written_with_the_change(store):
    actor = Actor(staff_id=None, staff_no="0501", name="张三", window_code="05", post="A岗")
    with store.write(actor) as tx:
        _register(tx)
    for i in range(3):
        with store.write(actor) as tx:
            dept = Department(code=f"D{i}", name=f"部门{i}")
            tx.session.add(dept)
            tx.emit("department.created", dept)
    # A failed action leaves neither its row nor its outbox entry nor a sequence hole.
    with pytest.raises(IntegrityError), store.write(actor) as tx:
        dept = Department(code="D0", name="重复")
        tx.session.add(dept)
        tx.emit("department.created", dept)
    with store.write(actor) as tx:
        dept = Department(code="D9", name="部门9")
        tx.session.add(dept)
        tx.emit("department.created", dept)
    with store.read() as s:
        seqs = s.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)).all()
        assert seqs == [1, 2, 3, 4]
        assert s.scalar(select(func.count()).select_from(Department)) == 4
        last = s.scalars(select(OutboxEntry).where(OutboxEntry.seq == 4)).one()
        assert last.payload["code"] == "D9" and last.entity == "departments"


def test_case_numbers_are_unique_in_the_store(store):
    with store.write() as tx:
        tx.session.add(
            Case(
                case_number="N1",
                owner_window="05",
                matter_code="M",
                matter_name="m",
                kind="承诺件",
                state="accepted",
                applicant_kind="自然人",
                applicant_name="李〇",
                received_on=date(2026, 11, 2),
            )
        )
    with pytest.raises(IntegrityError), store.write() as tx:
        tx.session.add(
            Case(
                case_number="N1",
                owner_window="06",
                matter_code="M",
                matter_name="m",
                kind="承诺件",
                state="accepted",
                applicant_kind="自然人",
                applicant_name="王五",
            )
        )
