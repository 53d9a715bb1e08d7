"""Upload path against a real PostgreSQL: idempotency, gaps, ownership, versions,
connection loss mid-batch, clones, re-registration and the background retry."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import replace
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import event, func, select

from app.domain.ids import utcnow, uuid7
from app.store.models import (
    Alarm,
    Case,
    CaseMaterial,
    CentralDevice,
    DeviceCursor,
    InboxEntry,
    OutboxEntry,
    RejectedRow,
)
from app.store.uow import PAYLOAD_SCHEMA_VERSION
from app.sync import alarms
from app.sync.central import BatchRequest, CentralStore
from app.sync.errors import CentralUnavailable, DeviceRefused
from app.sync.incoming import IncomingRow
from app.sync.registration import current_epoch, register_device
from app.sync.status import central_overview, sync_status, window_status
from app.sync.uploader import SyncWorker, Uploader
from app.sync.verify import verify_delivery
from tests.sync.clerk import advance_case, case_numbers, open_case

pytestmark = pytest.mark.postgres


def _alarm_kinds(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return list(c.execute(select(Alarm.kind).order_by(Alarm.at)).scalars())


def test_round_trip_projects_every_row_once(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w05")
    assert current_epoch(local) == 1  # unregistered: numbering's default epoch
    reg = register_device(local, central, "05", "HALL", fingerprint="pc-05")
    assert reg.epoch == 1 and current_epoch(local) == 1
    ids = [open_case(local, f"申请人{i}") for i in range(7)]
    advance_case(local, ids[0])
    report = Uploader(local, central, batch_size=4).sync_once()
    # 7 cases × 3 rows, one later snapshot, and the audit row of the registration (seq 1)
    assert (report.sent, report.acked, report.rejected, report.contiguous_seq) == (23, 23, 0, 23)
    assert report.batches == 6  # 4+4+4+4+4+3
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(CaseMaterial)) == 7
        assert c.scalar(select(Case.state).where(Case.id == ids[0])) == "办结"
        assert sorted(c.scalars(select(Case.case_number))) == sorted(case_numbers(local))
        assert c.scalar(select(Case.case_number).where(Case.id == ids[1])) == "HALL20261123-05-1-0002"
    check = verify_delivery(central_engine, [local])
    assert check.ok, check.problems
    assert (check.outbox_rows, check.inbox_rows, check.case_numbers) == (23, 23, 7)


def test_lost_acknowledgement_resend_inserts_nothing(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w01")
    register_device(local, central, "01", "HALL")
    open_case(local)
    uploader = Uploader(local, central)
    rows = uploader._next_batch(_device(local))
    first = uploader.send_batch(rows)  # committed centrally; the answer is "lost": nothing marked
    assert uploader.pending()[0] == 4  # the registration's audit row and the case's 3 rows
    again = uploader.sync_once()
    assert again.acked == 4 and first.received == frozenset(r.id for r in rows)
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(InboxEntry)) == 4
        assert c.scalar(select(func.count()).select_from(Case)) == 1
    assert verify_delivery(central_engine, [local]).ok


def _device(local) -> uuid.UUID:  # type: ignore[no-untyped-def]
    from app.sync.registration import current_registration

    reg = current_registration(local)
    assert reg is not None
    return reg.device_id


def _rows_of(local) -> list[IncomingRow]:  # type: ignore[no-untyped-def]
    with local.read() as s:
        return [
            IncomingRow(r.id, r.seq, r.schema_version, r.kind, r.entity, r.entity_id, r.payload)
            for r in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def _request(local, rows, **kw) -> BatchRequest:  # type: ignore[no-untyped-def]
    from app.sync.registration import current_registration

    reg = current_registration(local)
    return BatchRequest(
        device_id=reg.device_id,
        epoch=reg.epoch,
        window_code=reg.window_code,
        rows=tuple(rows),
        client_sent_at=kw.pop("sent_at", utcnow()),
        **kw,
    )


def test_gap_raises_alarm_and_holds_later_rows_until_filled(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w02")
    register_device(local, central, "02", "HALL")  # seq 1: the registration's audit row
    case_id = open_case(local)  # seq 2-4
    advance_case(local, case_id, "补正")  # seq 5
    advance_case(local, case_id, "办结")  # seq 6
    rows = _rows_of(local)
    central.accept_batch(_request(local, rows[:3]))
    result = central.accept_batch(_request(local, [rows[5]]))  # seq 6 arrives before 4 and 5
    assert result.contiguous_seq == 3 and rows[5].id in result.received
    open_alarms = alarms.list_alarms(central_engine)
    assert [(a.kind, a.kind_name, a.window_code) for a in open_alarms] == [(alarms.GAP, "上传序号缺号", "02")]
    assert "缺少第 4 号记录" in open_alarms[0].detail
    central.accept_batch(_request(local, [rows[5]]))  # the same gap again: still one open alarm
    assert len(alarms.list_alarms(central_engine)) == 1
    alarms.acknowledge(central_engine, open_alarms[0].id)
    assert alarms.list_alarms(central_engine) == []
    assert len(alarms.list_alarms(central_engine, open_only=False)) == 1
    with central_engine.connect() as c:
        assert c.scalar(select(InboxEntry.projected).where(InboxEntry.id == rows[5].id)) is False
    result = central.accept_batch(_request(local, rows[3:5]))
    assert result.contiguous_seq == 6
    with central_engine.connect() as c:
        # Applied in sequence order: the late seq 5 did not overwrite the newer seq 6.
        assert c.scalar(select(Case.state).where(Case.id == case_id)) == "办结"
        assert c.scalar(select(func.count()).select_from(InboxEntry).where(InboxEntry.projected.is_(False))) == 0
    assert verify_delivery(central_engine, [local]).ok


def test_previous_payload_version_accepted_unknown_rejected_and_kept(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w03")
    register_device(local, central, "03", "HALL")
    open_case(local)
    rows = _rows_of(local)  # the registration's audit row, then the case's three
    old_case = rows[1].payload.copy()
    old_case.pop("visit_no")  # a column the previous payload layout did not have
    rows[1] = replace(rows[1], schema_version=PAYLOAD_SCHEMA_VERSION - 1, payload=old_case)
    rows[3] = replace(rows[3], schema_version=PAYLOAD_SCHEMA_VERSION + 5)
    result = central.accept_batch(_request(local, rows))
    assert set(result.rejected) == {rows[3].id}
    assert "数据版本" in result.rejected[rows[3].id]
    with central_engine.connect() as c:
        assert c.scalar(select(Case.visit_no)) == 1
        kept = c.execute(select(RejectedRow)).one()
        assert kept.id == rows[3].id and kept.payload == rows[3].payload and kept.window_code == "03"
    Uploader(local, central).sync_once()  # the resend learns which row was rejected
    status = sync_status(local)
    assert status.pending_count == 0 and status.rejected_count == 1
    overview = central_overview(central_engine)
    assert overview.rejected[0].reason.startswith("数据版本") and overview.windows[0].rejected == 1


def test_row_of_another_window_is_rejected_not_overwritten(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    a, b = make_local("a"), make_local("b")
    register_device(a, central, "01", "HALL")
    register_device(b, central, "02", "HALL")
    case_id = open_case(a, "李四")
    Uploader(a, central).sync_once()
    forged = next(r for r in _rows_of(a) if r.entity == "cases")
    payload = {**forged.payload, "state": "不予受理"}
    tampered = IncomingRow(uuid7(), 1, forged.schema_version, "case.updated", "cases", forged.entity_id, payload)
    result = central.accept_batch(_request(b, [tampered]))
    assert "01 号窗口" in result.rejected[tampered.id]
    payload2 = {**payload, "owner_window": "02"}
    tampered2 = IncomingRow(uuid7(), 2, forged.schema_version, "case.updated", "cases", forged.entity_id, payload2)
    result = central.accept_batch(_request(b, [tampered2]))
    assert tampered2.id in result.rejected
    with central_engine.connect() as c:
        assert c.execute(select(Case.state, Case.owner_window).where(Case.id == case_id)).one() == ("已受理", "01")
        assert c.scalar(select(func.count()).select_from(RejectedRow)) == 2


def test_case_number_collision_is_an_alarm_never_an_overwrite(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    a = make_local("a")
    register_device(a, central, "01", "HALL")
    open_case(a)
    Uploader(a, central).sync_once()
    b = make_local("b")
    register_device(b, central, "01", "HALL")  # a second PC of window 01, epoch 2
    assert current_epoch(b) == 2
    with b.write() as tx:  # a number typed by hand that repeats window 01's first number
        tx.session.add(
            case := Case(
                case_number="HALL20261123-01-1-0001",
                owner_window="01",
                matter_code="M",
                matter_name="M",
                kind="即办件",
                state="办结",
                applicant_kind="个人",
                applicant_name="王五",
            )
        )
        tx.emit("case.accepted", case)
    report = Uploader(b, central).sync_once()
    assert report.rejected == 1
    assert alarms.NUMBER_COLLISION in _alarm_kinds(central_engine)
    with central_engine.connect() as c:
        assert c.scalar(select(Case.applicant_name).where(Case.case_number == "HALL20261123-01-1-0001")) == "张三"


def test_connection_killed_mid_batch_commits_nothing_then_retry_delivers(pg_server, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    central = CentralStore(central_engine)
    local = make_local("w07")
    register_device(local, central, "07", "HALL")
    for i in range(5):
        open_case(local, f"申请人{i}")
    admin_url = central_engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    killed: list[int] = []

    @event.listens_for(central_engine, "before_cursor_execute")
    def _kill_on_inbox_insert(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if not killed and statement.lstrip().upper().startswith("INSERT INTO INBOX"):
            pid = conn.connection.dbapi_connection.info.backend_pid
            with psycopg.connect(admin_url, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(pid)

    uploader = Uploader(local, central, batch_size=100)
    with pytest.raises(CentralUnavailable):
        uploader.sync_once()
    assert killed and uploader.pending()[0] == 16  # the registration's audit row and 5 cases × 3
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Case)) == 0  # the batch's projection rolled back too
    uploader.sync_once()
    assert uploader.pending()[0] == 0
    assert verify_delivery(central_engine, [local]).ok


def test_cloned_database_is_refused_with_an_alarm(central, central_engine, make_local, tmp_path) -> None:  # type: ignore[no-untyped-def]
    original = make_local("orig")
    register_device(original, central, "09", "HALL")
    open_case(original, "甲")
    Uploader(original, central).sync_once()
    clone_path = tmp_path / "clone.db"
    source = sqlite3.connect(original.engine.url.database)  # a copy of the PC's database file
    with sqlite3.connect(clone_path) as target:
        source.backup(target)
    source.close()
    from app.store.engine import make_engine
    from app.store.uow import Store

    clone = Store(make_engine(f"sqlite+pysqlite:///{clone_path}"))
    open_case(original, "乙")  # both continue the same sequence with different rows
    open_case(clone, "丙")
    Uploader(original, central).sync_once()
    with pytest.raises(DeviceRefused, match="克隆"):
        Uploader(clone, central).sync_once()
    assert alarms.CLONE in _alarm_kinds(central_engine)
    with central_engine.connect() as c:
        assert c.scalar(select(CentralDevice.state)) == "refused"
        assert "丙" not in c.scalars(select(Case.applicant_name)).all()
    open_case(original, "丁")
    with pytest.raises(DeviceRefused):  # the identity is burnt until an admin re-registers
        Uploader(original, central).sync_once()
    reg = register_device(original, central, "09", "HALL")
    # the 3 pending rows were carried over, then the new registration's audit row
    assert reg.epoch == 2 and reg.next_seq == 5
    Uploader(original, central).sync_once()
    with central_engine.connect() as c:
        assert "丁" in c.scalars(select(Case.applicant_name)).all()
    overview = central_overview(central_engine)
    assert [w.state for w in overview.windows] == ["已拒收", "正常"]
    clone.dispose()


def test_clock_offset_measured_and_skew_reported(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w04")
    register_device(local, central, "04", "HALL")
    result = central.accept_batch(_request(local, [], sent_at=utcnow() + timedelta(minutes=5)))
    assert 290_000 < result.clock_offset_ms < 310_000
    assert alarms.CLOCK_SKEW in _alarm_kinds(central_engine)
    with central_engine.connect() as c:
        assert c.scalar(select(DeviceCursor.clock_offset_ms)) == result.clock_offset_ms
    status = sync_status(local, clock_offset_ms=result.clock_offset_ms)
    assert any("时钟" in a for a in status.alarms)
    uploader = Uploader(local, central)
    uploader.sync_once()
    assert abs(uploader.clock.offset) < timedelta(seconds=2) and not uploader.clock.skewed


class _FlakyLink:
    """A network that fails the first ``failures`` calls (the center is down)."""

    def __init__(self, central: CentralStore, failures: int) -> None:
        self.central = central
        self.failures = failures
        self.calls = 0

    def accept_batch(self, request: BatchRequest):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.calls <= self.failures:
            raise CentralUnavailable("中心库不可达（测试）")
        return self.central.accept_batch(request)


def test_worker_retries_on_its_timer_without_new_writes(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w06")
    register_device(local, central, "06", "HALL")
    open_case(local)
    link = _FlakyLink(central, failures=3)
    states = []
    done = threading.Event()

    def on_change(state) -> None:  # type: ignore[no-untyped-def]
        states.append(state)
        if state.online:
            done.set()

    worker = SyncWorker(Uploader(local, central=link), interval_s=30, max_backoff_s=0.05, on_change=on_change)
    before = sync_status(local, worker.state)
    assert not before.online and before.pending_count == 4  # the registration's audit row, a case
    assert before.text.startswith("离线") and "待上传 4 条" in before.text
    worker.start()
    try:
        assert done.wait(20), states
    finally:
        worker.stop()
    assert [s.online for s in states[:3]] == [False, False, False] and states[3].online
    assert "不可达" in (states[0].last_error or "")
    assert sync_status(local, worker.state).pending_count == 0
    assert link.calls == 4
    status = window_status(worker)
    assert status.online and status.text == "中心库在线" and status.clock_offset_ms is not None


def test_unregistered_device_is_refused(central, make_local) -> None:  # type: ignore[no-untyped-def]
    register_device(make_local("w08"), central, "08", "HALL")
    forged = BatchRequest(device_id=uuid.uuid4(), epoch=1, window_code="08", rows=(), client_sent_at=utcnow())
    with pytest.raises(DeviceRefused, match="没有本机的登记"):
        central.accept_batch(forged)


def test_reregistration_does_not_resend_rows_the_center_already_has(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    local = make_local("w10")
    register_device(local, central, "10", "HALL")
    open_case(local, "甲")
    uploader = Uploader(local, central)
    uploader.send_batch(uploader._next_batch(_device(local)))  # committed, answer lost
    open_case(local, "乙")  # never sent
    reg = register_device(local, central, "10", "HALL")
    # only 乙's three rows were carried over, then the new registration's audit row
    assert reg.epoch == 2 and reg.next_seq == 5
    Uploader(local, central).sync_once()
    check = verify_delivery(central_engine, [local])
    assert check.ok, check.problems
    assert (check.outbox_rows, check.inbox_rows, check.devices) == (8, 8, 2)
