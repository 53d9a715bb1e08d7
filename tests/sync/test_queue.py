"""The hall queue under contention (the services' atomic claim), offline detection, and
the reconciliation of tickets typed in by hand while the queue was unreachable."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, select

from app.domain.ids import utcnow, uuid7
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import Alarm, Ticket, TicketAlias
from app.store.repositories.tickets import claim_next
from app.store.uow import Store
from app.sync.central import make_central_engine
from app.sync.hall_queue import is_online
from app.sync.registration import register_device
from app.sync.uploader import Uploader

DAY = date(2026, 11, 23)


def _issue(engine, count: int) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    start = utcnow() - timedelta(hours=1)
    rows = []
    for i in range(count):
        category = "AB"[i % 2]
        priority, rank = ("绿色通道", 0) if i % 17 == 0 else ("普通", 2)
        rows.append(
            {
                "id": uuid7(),
                "hall_day": DAY,
                "number": f"{category}{i:03d}",
                "category": category,
                "priority": priority,
                "priority_rank": rank,
                "status": "等候",
                "issued_at": start + timedelta(seconds=i),
                "recall_count": 0,
                "manual": False,
                "version": 0,
            }
        )
    with engine.begin() as c:
        c.execute(insert(Ticket), rows)
    return [r["id"] for r in rows]


def _race(store: Store, clients: int) -> list[tuple[uuid.UUID, str]]:
    """``clients`` windows press "call next" as fast as they can until the queue is empty."""
    claimed: list[tuple[uuid.UUID, str]] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)
    errors: list[BaseException] = []

    def window(n: int) -> None:
        code = f"{n:02d}"
        try:
            barrier.wait()
            while True:
                with store.write() as tx:
                    ticket = claim_next(tx.session, window_code=code, categories=["A", "B"], day=DAY, now=utcnow())
                    if ticket is None:
                        return
                    got = (ticket.id, code)
                with lock:
                    claimed.append(got)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:3]
    return claimed


@pytest.mark.postgres
def test_fifty_windows_never_get_the_same_ticket(central_url: str) -> None:
    engine = make_engine(central_url, pool_size=50, max_overflow=0)
    try:
        issued = _issue(engine, 600)
        claimed = _race(Store(engine), 50)
        ids = [ticket_id for ticket_id, _w in claimed]
        assert len(ids) == len(set(ids)), "a ticket was called twice"
        assert set(ids) == set(issued), "a ticket was never called"
        assert len({w for _t, w in claimed}) > 1
        with engine.connect() as c:
            central = dict(c.execute(select(Ticket.id, Ticket.called_by_window)).all())
            assert c.scalar(select(func.count()).where(Ticket.status == "等候")) == 0
        assert all(central[t] == w for t, w in claimed)
    finally:
        engine.dispose()


def test_one_pc_center_on_sqlite_claims_exclusively(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite+pysqlite:///{tmp_path / 'center.db'}")
    upgrade(engine)
    try:
        issued = _issue(engine, 120)
        claimed = _race(Store(engine), 8)
        ids = [t for t, _w in claimed]
        assert sorted(ids) == sorted(issued) and len(ids) == len(set(ids))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_manual_tickets_are_matched_or_created_centrally(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    _issue(central_engine, 6)  # A000 B001 A002 B003 A004 B005 waiting
    with central_engine.begin() as c:
        taken = c.execute(select(Ticket.id).where(Ticket.number == "A002")).scalar_one()
        c.execute(
            Ticket.__table__.update()
            .where(Ticket.id == taken)
            .values(status="已叫号", called_by_window="02", called_at=utcnow())
        )
    local = make_local("w05")
    register_device(local, central, "05", "HALL")
    now = utcnow()
    with local.write() as tx:  # what QueueService.manual_ticket records while offline
        for number in ("A004", "A002", "C900"):
            t = Ticket(
                id=uuid7(),
                hall_day=DAY,
                number=number,
                category=number[0],
                priority="普通",
                priority_rank=2,
                status="办理中",
                issued_at=now,
                called_at=now,
                service_started_at=now,
                called_by_window="05",
                manual=True,
            )
            tx.session.add(t)
            tx.emit("ticket_manual", t)
    with local.write() as tx:
        t = tx.session.scalars(select(Ticket).where(Ticket.number == "A004")).one()
        t.status, t.finished_at = "已完成", utcnow()
        tx.emit("ticket_finished", t)
    report = Uploader(local, central).sync_once()
    # 4 tickets and the audit row of the registration; A002 was served elsewhere
    assert (report.acked, report.rejected) == (4, 1)
    with central_engine.connect() as c:
        rows = {r.number: r for r in c.execute(select(Ticket))}
        assert rows["A004"].status == "已完成" and rows["A004"].called_by_window == "05" and rows["A004"].manual
        assert rows["C900"].status == "办理中" and rows["C900"].manual
        assert rows["A002"].called_by_window == "02"  # served elsewhere: not overwritten
        assert c.scalar(select(func.count()).select_from(TicketAlias)) == 1
        assert "A002" in c.scalar(select(Alarm.detail).where(Alarm.kind == "ticket_conflict"))
        assert Counter(r.number for r in rows.values())["A004"] == 1


@pytest.mark.postgres
def test_is_online_tells_reachable_from_unreachable(central_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_central_engine(central_url, window_code="05")
    try:
        assert is_online(engine)
        with engine.connect() as c:
            assert c.exec_driver_sql("SHOW application_name").scalar() == "counterdesk-05"
    finally:
        engine.dispose()
    dead = make_central_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_timeout_s=1)
    assert not is_online(dead)
