"""The hall queue: priority order, recall limit, no-show and re-queue, transfer, park,
walk-in, offline, and the atomic claim under two windows calling at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from app.domain.enums import TicketPriority, TicketStatus
from app.services.errors import DecisionNotAllowed, QueueOffline
from app.services.queue import QueueService
from app.store.engine import make_engine
from app.store.models import Ticket
from app.store.uow import Store
from tests.services.conftest import PASSWORD, Desk, make_desk


def test_issue_numbers_per_category_per_day(desk: Desk) -> None:
    numbers = [desk.queue.issue(c).number for c in ("A", "A", "B", "A")]
    assert numbers == ["A001", "A002", "B001", "A003"]
    desk.clock.advance(days=1)
    assert desk.queue.issue("A").number == "A001"


def test_call_next_green_then_appointment_then_first_come(desk: Desk) -> None:
    q = desk.queue
    q.issue("A")  # A001 normal, first
    q.issue("B", TicketPriority.APPOINTMENT)  # B001 appointment
    q.issue("C", TicketPriority.GREEN)  # C001: not this window's category
    desk.clock.advance(minutes=1)
    q.issue("A", TicketPriority.GREEN)  # A002 green, issued last
    q.issue("A")  # A003
    desk.session.login("0101", PASSWORD)
    desk.clock.advance(minutes=5)
    order = []
    while (ticket := q.call_next()) is not None:
        order.append(ticket.number)
    assert order == ["A002", "B001", "A001", "A003"]


def test_wait_and_service_time(desk: Desk) -> None:
    desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.clock.advance(minutes=7)
    called = desk.queue.call_next()
    assert called is not None and called.wait_seconds == 420 and called.status is TicketStatus.CALLED
    desk.clock.advance(minutes=1)
    desk.queue.start_service()
    desk.clock.advance(minutes=12)
    current = desk.queue.current()
    assert current is not None and current.service_seconds == 720
    done = desk.queue.finish()
    assert done.status is TicketStatus.DONE and done.service_seconds == 720
    assert desk.queue.current() is None


def test_recall_limit_no_show_and_requeue(desk: Desk) -> None:
    desk.queue.issue("A")
    desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.queue.call_next()
    for left in (2, 1, 0):
        assert desk.queue.recall().recalls_left == left
    with pytest.raises(DecisionNotAllowed, match="已达上限"):
        desk.queue.recall()
    assert desk.queue.no_show().status is TicketStatus.NO_SHOW
    assert [t.number for t in desk.queue.overview().no_shows] == ["A001"]
    desk.clock.advance(minutes=3)
    desk.queue.requeue("A001")  # back in line behind those waiting now
    assert desk.queue.call_next().number == "A002"  # type: ignore[union-attr]
    assert desk.queue.call_next().number == "A001"  # type: ignore[union-attr]


def test_transfer_to_another_window_with_note(desk: Desk, lite_hall: Store) -> None:
    desk.queue.issue("B")
    desk.session.login("0101", PASSWORD)
    desk.queue.call_next()
    moved = desk.queue.transfer(to_window="02", note="需办理居住证")
    assert moved.status is TicketStatus.WAITING and moved.transferred_to == "02"
    other = make_desk(lite_hall, window="02", clock=desk.clock)
    other.session.login("0201", PASSWORD)
    got = other.queue.call_next()
    assert got is not None and got.number == "B001" and got.transfer_note == "需办理居住证"
    assert desk.queue.call_next() is None  # window 01 no longer sees it


def test_park_resume_call_number_and_walk_in(desk: Desk) -> None:
    for _ in range(3):
        desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.queue.call_next()
    desk.queue.park()
    assert desk.queue.call_number("A003").number == "A003"
    resumed = desk.queue.resume("A001")
    assert resumed.status is TicketStatus.SERVING
    walk = desk.queue.walk_in()
    assert walk.number == "W001" and walk.status is TicketStatus.SERVING
    with desk.store.read() as s:
        statuses = dict(s.execute(select(Ticket.number, Ticket.status)).all())
    assert statuses == {"A001": "已完成", "A002": "等候", "A003": "已完成", "W001": "办理中"}


def test_offline_queue_raises_queue_offline_and_manual_ticket_is_local(desk: Desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = Store(
        make_engine("postgresql+psycopg://nobody:nothing@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    )
    queue = QueueService(broken, desk.session, local_store=desk.store, clock=desk.clock)
    desk.session.login("0101", PASSWORD)
    with pytest.raises(QueueOffline, match="手工录入"):
        queue.call_next()
    manual = queue.manual_ticket("a012")
    assert manual.number == "A012" and manual.manual
    assert queue.finish().status is TicketStatus.DONE
    with desk.store.read() as s:
        assert s.scalars(select(Ticket.manual).where(Ticket.number == "A012")).one() is True


def _race(store: Store, windows: tuple[str, ...], rounds: int) -> list[str]:
    """Several window PCs press “call next” at the same time until the queue is empty."""
    desks = []
    url = store.engine.url.render_as_string(hide_password=False)
    for code in windows:
        d = make_desk(Store(make_engine(url, pool_size=2, max_overflow=0)), window=code)  # each PC its own engine
        d.session.login({"01": "0101", "02": "0201"}[code], PASSWORD)
        desks.append(d)
    got: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(desks))

    def work(d: Desk) -> None:
        barrier.wait()
        for _ in range(rounds):
            ticket = d.queue.call_next()
            if ticket is None:
                return
            with lock:
                got.append(ticket.number)

    threads = [threading.Thread(target=work, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in desks:
        d.store.dispose()
    return got


def test_two_windows_never_get_the_same_ticket(hall: Store) -> None:
    issuer = make_desk(hall)
    for _ in range(40):
        issuer.queue.issue("A")
    got = _race(hall, ("01", "02"), rounds=100)
    assert len(got) == 40 and len(set(got)) == 40
    with hall.read() as s:
        called = s.scalars(select(Ticket.called_by_window).where(Ticket.status != "等候")).all()
    assert len(called) == 40


def test_no_calling_while_paused_or_away(desk: Desk) -> None:
    from app.services.dto import AwayMessage

    desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.session.pause("午间整理")
    with pytest.raises(DecisionNotAllowed, match="暂停服务"):
        desk.queue.call_next()
    desk.session.go_away(AwayMessage(reason="取件"))
    with pytest.raises(DecisionNotAllowed, match="离开"):
        desk.queue.walk_in()
    desk.session.come_back()
    assert desk.queue.call_next().number == "A001"  # type: ignore[union-attr]
