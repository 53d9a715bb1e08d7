"""The hall queue at one window: issue, call next by priority, recall, no-show,
transfer, park, walk-in, finish — and manual tickets when the queue is unreachable.

The queue lives in the central store on a hall (PostgreSQL) or in the PC's own store in
a one-PC township center; this service takes that store separately from the local one.
Calling is one atomic claim (:func:`app.store.repositories.tickets.claim_next`), so two
windows never get the same ticket. When the central store cannot be reached every
method raises :class:`~app.services.errors.QueueOffline`; the window then records
manual tickets (``manual=True``) in its local store and keeps working.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.enums import TicketPriority, TicketStatus, WindowStatus
from app.domain.errors import NotFound, ValidationError
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.ids import uuid7
from app.services.clock import Clock, hall_day, system_clock
from app.services.dto import QueueOverview, TicketInfo
from app.services.errors import DecisionNotAllowed, QueueOffline
from app.services.session import SessionService
from app.store.models import Ticket, Window
from app.store.repositories import tickets
from app.store.uow import Store, WriteTxn

PRIORITY_RANK = {TicketPriority.GREEN: 0, TicketPriority.APPOINTMENT: 1, TicketPriority.NORMAL: 2}

#: Ticket category of applicants served without a ticket (walk-ins).
WALK_IN_CATEGORY = "W"

#: Who issues tickets at the kiosk (no person logged in there).
KIOSK = Actor(staff_id=None, staff_no="kiosk", name="取号机", window_code=None)

_ACTIVE = (TicketStatus.CALLED.value, TicketStatus.SERVING.value)

T = TypeVar("T")


def ticket_info(ticket: Ticket, now: datetime, recall_limit: int) -> TicketInfo:
    """A ticket as the window shows it, with wait and service times as of ``now``."""
    wait_end = ticket.called_at or now
    wait = max(0, int((wait_end - ticket.issued_at).total_seconds()))
    service: int | None = None
    start = ticket.service_started_at or ticket.called_at
    if start is not None and ticket.status in (*_ACTIVE, TicketStatus.DONE.value, TicketStatus.PARKED.value):
        end = ticket.finished_at or now
        service = max(0, int((end - start).total_seconds()))
    return TicketInfo(
        id=ticket.id,
        number=ticket.number,
        category=ticket.category,
        priority=TicketPriority(ticket.priority),
        status=TicketStatus(ticket.status),
        issued_at=ticket.issued_at,
        called_at=ticket.called_at,
        service_started_at=ticket.service_started_at,
        finished_at=ticket.finished_at,
        window_code=ticket.called_by_window,
        recall_count=ticket.recall_count,
        recalls_left=max(0, recall_limit - ticket.recall_count),
        manual=ticket.manual,
        wait_seconds=wait,
        service_seconds=service,
        transfer_note=ticket.transfer_note,
        transferred_to=ticket.transferred_to,
        appointment_ref=ticket.appointment_ref,
    )


class QueueService:
    """Queue operations of this PC's window (and ticket issue for the kiosk and tests)."""

    def __init__(
        self,
        queue_store: Store,
        session: SessionService,
        *,
        local_store: Store | None = None,
        clock: Clock = system_clock,
    ) -> None:
        self._queue = queue_store
        self._local = local_store or queue_store
        self._session = session
        self._clock = clock
        self._categories: tuple[str, ...] | None = None
        #: (ticket id, is_local) of the ticket being served at this window.
        self._current: tuple[uuid.UUID, bool] | None = None

    # -- plumbing ---------------------------------------------------------------------

    @property
    def window_code(self) -> str:
        return self._session.window_code

    @property
    def recall_limit(self) -> int:
        return self._session.settings.recall_limit

    def _today(self) -> date:
        return hall_day(self._clock())

    @contextmanager
    def _queue_write(self, actor: Actor | None = None) -> Iterator[_QueueTxn]:
        """A write transaction on the queue store; connection failures become QueueOffline.

        ``actor`` defaults to the person logged in (the kiosk passes :data:`KIOSK`).
        Audit rows belong to this PC's chain: when the queue is the center's, they are
        written to the local store right after the queue's commit.
        """
        actor = actor or self._session.require_window_staff()
        deferred: list[tuple[str, str, object, dict[str, object]]] = []
        try:
            with self._queue.write(actor) as tx:
                yield _QueueTxn(tx, deferred if self._queue is not self._local else None)
        except (OperationalError, DBAPIError) as exc:
            if _is_connection_error(exc, self._queue):
                raise QueueOffline() from exc
            raise
        if deferred:
            with self._local.write(actor) as local:
                for action, entity, entity_id, detail in deferred:
                    local.audit(action, entity, entity_id, **detail)

    def _change(self, tx: _QueueTxn, ticket: Ticket, **changes: object) -> Ticket:
        """Change a ticket this window called (through the queue's function centrally)."""
        return tickets.update_own(tx.session, ticket, window_code=self.window_code, changes=changes)

    def _read(self, fn: Callable[..., T]) -> T:
        try:
            with self._queue.read() as s:
                return fn(s)
        except (OperationalError, DBAPIError) as exc:
            if _is_connection_error(exc, self._queue):
                raise QueueOffline() from exc
            raise

    def categories(self) -> tuple[str, ...]:
        """The ticket categories this window calls (from the window's reference data)."""
        if self._categories is None:
            with self._local.read() as s:
                window = s.scalars(select(Window).where(Window.code == self.window_code)).first()
                if window is None:
                    raise NotFound(f"窗口“{self.window_code}”不存在")
                self._categories = tuple(window.ticket_categories or ())
        return self._categories

    def reload(self) -> None:
        """Forget cached reference data (after a catalog/window update)."""
        self._categories = None

    def _require_serving(self) -> None:
        """Calling is refused while the window is paused or the clerk is away."""
        status = self._session.status().status
        if status is WindowStatus.PAUSED:
            raise DecisionNotAllowed("窗口暂停服务中，请先恢复服务再叫号")
        if status is WindowStatus.AWAY:
            raise DecisionNotAllowed("您已设置离开，请先返回窗口再叫号")

    def _info(self, ticket: Ticket) -> TicketInfo:
        return ticket_info(ticket, self._clock(), self.recall_limit)

    def _current_ticket(self, tx: _QueueTxn) -> Ticket:
        ticket = self._find_current(tx.session)
        if ticket is None:
            raise DecisionNotAllowed("当前没有正在办理的号")
        return ticket

    def _find_current(self, s: Session) -> Ticket | None:
        if self._current is not None and not self._current[1]:
            ticket = s.get(Ticket, self._current[0])
            if ticket is not None and ticket.status in _ACTIVE:
                return ticket
        found = tickets.at_window(s, window_code=self.window_code, day=self._today(), statuses=_ACTIVE)
        found = [t for t in found if not t.manual]
        if found:
            self._current = (found[-1].id, False)
            return found[-1]
        return None

    # -- kiosk ---------------------------------------------------------------------------

    def issue(
        self, category: str, priority: TicketPriority = TicketPriority.NORMAL, *, appointment_ref: str | None = None
    ) -> TicketInfo:
        """Issue a ticket: category letter + 3-digit daily number per category (A001, A002 …)."""
        category = _typed_code(category, "号票类别")
        if not category or len(category) > 4:
            raise ValidationError("号票类别应为1至4位字母或数字", field="category")
        now = self._clock()
        day = hall_day(now)
        with self._queue_write(KIOSK) as tx:
            ticket = tickets.issue(
                tx.session,
                window_code=None,
                category=category,
                priority=priority.value,
                priority_rank=PRIORITY_RANK[priority],
                appointment_ref=appointment_ref,
                day=day,
                now=now,
                serve=False,
                staff_id=None,
            )
            tx.emit("ticket_issued", ticket)
            tx.audit("ticket_issued", "tickets", ticket.id, number=ticket.number)
            return self._info(ticket)

    def people_ahead(self, ticket_id: uuid.UUID) -> int:
        """How many are called before this ticket (printed on the 取号单)."""

        def run(s: Session) -> int:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                raise NotFound("号票不存在")
            return tickets.people_ahead(s, ticket)

        return self._read(run)

    # -- calling -------------------------------------------------------------------------

    def call_next(self) -> TicketInfo | None:
        """Finish the current ticket (if any) and claim the next one by priority.

        Order: 绿色通道, then 预约, then first come, among this window's categories and
        tickets transferred to this window. ``None`` when nobody waits.
        """
        actor = self._session.require_window_staff()
        self._require_serving()
        categories = self.categories()
        now = self._clock()
        with self._queue_write() as tx:
            current = self._find_current(tx.session)
            if current is not None:
                tx.emit("ticket_finished", self._finish_row(tx, current, now))
            ticket = tickets.claim_next(
                tx.session,
                window_code=self.window_code,
                categories=categories,
                day=hall_day(now),
                now=now,
                staff_id=actor.staff_id,
            )
            if ticket is None:
                self._current = None
                return None
            tx.emit("ticket_called", ticket)
            tx.audit("ticket_called", "tickets", ticket.id, number=ticket.number)
            self._current = (ticket.id, False)
            return self._info(ticket)

    def call_number(self, number: str) -> TicketInfo:
        """Call one particular waiting (or re-queued) ticket by its number, e.g. ``A012``."""
        actor = self._session.require_window_staff()
        self._require_serving()
        number = _typed_code(number, "号票号码")
        now = self._clock()
        with self._queue_write() as tx:
            ticket = tickets.find_by_number(tx.session, hall_day(now), number)
            if ticket is None:
                raise NotFound(f"今天没有{number}号")
            if ticket.status != TicketStatus.WAITING.value:
                raise DecisionNotAllowed(f"{number}号当前状态为“{ticket.status}”，不能呼叫")
            current = self._find_current(tx.session)
            if current is not None:
                tx.emit("ticket_finished", self._finish_row(tx, current, now))
            claimed = tickets.claim_one(
                tx.session, ticket_id=ticket.id, window_code=self.window_code, now=now, staff_id=actor.staff_id
            )
            if claimed is None:
                raise DecisionNotAllowed(f"{number}号已被其他窗口呼叫")
            tx.emit("ticket_called", claimed)
            tx.audit("ticket_called", "tickets", claimed.id, number=claimed.number, by_number=True)
            self._current = (claimed.id, False)
            return self._info(claimed)

    def recall(self) -> TicketInfo:
        """重呼 the current ticket, at most ``settings.recall_limit`` times."""
        self._session.require_window_staff()
        with self._queue_write() as tx:
            ticket = self._current_ticket(tx)
            if ticket.recall_count >= self.recall_limit:
                raise DecisionNotAllowed(f"{ticket.number}号已重呼{ticket.recall_count}次，已达上限，可标记过号")
            ticket = self._change(tx, ticket, recall_count=ticket.recall_count + 1)
            tx.emit("ticket_recalled", ticket)
            tx.audit("ticket_recalled", "tickets", ticket.id, count=ticket.recall_count)
            return self._info(ticket)

    def start_service(self) -> TicketInfo:
        """The applicant has arrived: service time starts now."""
        self._session.require_window_staff()
        with self._queue_write() as tx:
            ticket = self._current_ticket(tx)
            if ticket.service_started_at is None:
                ticket = self._change(tx, ticket, service_started_at=self._clock(), status=TicketStatus.SERVING.value)
                tx.emit("ticket_serving", ticket)
            return self._info(ticket)

    def no_show(self) -> TicketInfo:
        """过号: the applicant did not come; the ticket can be re-queued later."""
        self._session.require_window_staff()
        with self._queue_write() as tx:
            ticket = self._change(
                tx, self._current_ticket(tx), status=TicketStatus.NO_SHOW.value, finished_at=self._clock()
            )
            tx.emit("ticket_no_show", ticket)
            tx.audit("ticket_no_show", "tickets", ticket.id, number=ticket.number)
            self._current = None
            return self._info(ticket)

    def requeue(self, number: str) -> TicketInfo:
        """Put a no-show ticket back in line (behind those waiting now)."""
        self._session.require_window_staff()
        number = _typed_code(number, "号票号码")
        now = self._clock()
        with self._queue_write() as tx:
            ticket = tickets.find_by_number(tx.session, hall_day(now), number)
            if ticket is None:
                raise NotFound(f"今天没有{number}号")
            if ticket.status != TicketStatus.NO_SHOW.value:
                raise DecisionNotAllowed(f"{number}号不是过号状态，不能重新排队")
            if ticket.called_by_window != self.window_code:
                raise DecisionNotAllowed(f"{number}号是{ticket.called_by_window}号窗口的过号，请由该窗口重新排队")
            ticket = self._change(
                tx,
                ticket,
                status=TicketStatus.WAITING.value,
                issued_at=now,
                called_at=None,
                called_by_window=None,
                finished_at=None,
                recall_count=0,
            )
            tx.emit("ticket_requeued", ticket)
            tx.audit("ticket_requeued", "tickets", ticket.id, number=number)
            return self._info(ticket)

    def transfer(self, *, to_window: str | None = None, to_category: str | None = None, note: str = "") -> TicketInfo:
        """转窗: send the current applicant to another window or ticket category with a note.

        The ticket keeps its issue time, so the applicant does not queue from the back again.
        """
        self._session.require_window_staff()
        if not to_window and not to_category:
            raise ValidationError("请选择转往的窗口或业务类别", field="to_window")
        note = clean_text(note, label="转窗说明", field="note", max_length=200, multiline=True)
        if not note:
            raise ValidationError("请填写转窗说明", field="note")
        with self._queue_write() as tx:
            ticket = self._current_ticket(tx)
            if to_window:
                if to_window == self.window_code:
                    raise ValidationError("不能转到本窗口", field="to_window")
                exists = self._local_window_exists(to_window)
                if not exists:
                    raise NotFound(f"窗口“{to_window}”不存在")
            changes: dict[str, object] = {
                "status": TicketStatus.WAITING.value,
                "transferred_to": to_window or None,
                "transfer_note": note.strip(),
                "called_at": None,
                "called_by_window": None,
                "service_started_at": None,
                "recall_count": 0,
            }
            if to_category:
                changes["category"] = to_category.strip().upper()
            ticket = self._change(tx, ticket, **changes)
            tx.emit("ticket_transferred", ticket)
            tx.audit(
                "ticket_transferred", "tickets", ticket.id, to_window=to_window, to_category=to_category, note=note
            )
            self._current = None
            return self._info(ticket)

    def _local_window_exists(self, code: str) -> bool:
        with self._local.read() as s:
            return s.scalars(select(Window.id).where(Window.code == code)).first() is not None

    def park(self) -> TicketInfo:
        """挂起: set the current applicant aside (e.g. fetching a document) and serve others."""
        self._session.require_window_staff()
        with self._queue_write() as tx:
            ticket = self._change(tx, self._current_ticket(tx), status=TicketStatus.PARKED.value)
            tx.emit("ticket_parked", ticket)
            tx.audit("ticket_parked", "tickets", ticket.id)
            self._current = None
            return self._info(ticket)

    def resume(self, number: str) -> TicketInfo:
        """Take a parked ticket of this window back; the current one (if any) is finished."""
        self._session.require_window_staff()
        number = _typed_code(number, "号票号码")
        now = self._clock()
        with self._queue_write() as tx:
            ticket = tickets.find_by_number(tx.session, hall_day(now), number)
            if (
                ticket is None
                or ticket.called_by_window != self.window_code
                or ticket.status != TicketStatus.PARKED.value
            ):
                raise NotFound(f"本窗口没有挂起的{number}号")
            current = self._find_current(tx.session)
            if current is not None:
                tx.emit("ticket_finished", self._finish_row(tx, current, now))
            ticket = self._change(tx, ticket, status=TicketStatus.SERVING.value)
            tx.emit("ticket_resumed", ticket)
            tx.audit("ticket_resumed", "tickets", ticket.id)
            self._current = (ticket.id, False)
            return self._info(ticket)

    def walk_in(self) -> TicketInfo:
        """Serve someone without a ticket: a ``W`` ticket is issued and served at once."""
        actor = self._session.require_window_staff()
        self._require_serving()
        now = self._clock()
        day = hall_day(now)
        with self._queue_write() as tx:
            current = self._find_current(tx.session)
            if current is not None:
                tx.emit("ticket_finished", self._finish_row(tx, current, now))
            ticket = tickets.issue(
                tx.session,
                window_code=self.window_code,
                category=WALK_IN_CATEGORY,
                priority=TicketPriority.NORMAL.value,
                priority_rank=2,
                appointment_ref=None,
                day=day,
                now=now,
                serve=True,
                staff_id=actor.staff_id,
            )
            tx.emit("ticket_walk_in", ticket)
            tx.audit("ticket_walk_in", "tickets", ticket.id, number=ticket.number)
            self._current = (ticket.id, False)
            return self._info(ticket)

    def finish(self) -> TicketInfo:
        """The applicant is served: service time stops."""
        self._session.require_window_staff()
        if self._current is not None and self._current[1]:
            return self._finish_manual()
        with self._queue_write() as tx:
            ticket = self._finish_row(tx, self._current_ticket(tx), self._clock())
            tx.emit("ticket_finished", ticket)
            tx.audit("ticket_finished", "tickets", ticket.id)
            self._current = None
            return self._info(ticket)

    def _finish_row(self, tx: _QueueTxn, ticket: Ticket, now: datetime) -> Ticket:
        return self._change(
            tx,
            ticket,
            service_started_at=ticket.service_started_at or ticket.called_at or now,
            status=TicketStatus.DONE.value,
            finished_at=now,
        )

    def current(self) -> TicketInfo | None:
        """The ticket being served at this window, with its wait and service time now."""
        if self._current is not None and self._current[1]:
            with self._local.read() as s:
                row = s.get(Ticket, self._current[0])
                return self._info(row) if row is not None else None
        return self._read(lambda s: (lambda t: self._info(t) if t is not None else None)(self._find_current(s)))

    def overview(self) -> QueueOverview:
        """Waiting counts for this window, and its parked and no-show tickets of today."""
        categories = self.categories()
        day = self._today()

        def run(s: Session) -> QueueOverview:
            counts = tickets.waiting_counts(s, window_code=self.window_code, categories=categories, day=day)
            parked = tickets.at_window(s, window_code=self.window_code, day=day, statuses=[TicketStatus.PARKED.value])
            missed = tickets.at_window(s, window_code=self.window_code, day=day, statuses=[TicketStatus.NO_SHOW.value])
            return QueueOverview(
                waiting_total=sum(counts.values()),
                waiting_by_category=tuple(sorted(counts.items())),
                parked=tuple(self._info(t) for t in parked),
                no_shows=tuple(self._info(t) for t in missed),
            )

        return self._read(run)

    # -- offline ---------------------------------------------------------------------------

    def manual_ticket(self, number: str) -> TicketInfo:
        """Offline: record the ticket number the applicant holds, in the local store.

        The row is ``manual=True`` and is reconciled with the hall queue later.
        """
        actor = self._session.require_window_staff()
        number = _typed_code(number, "号票号码")
        if not number or len(number) > 16:
            raise ValidationError("请输入群众手中的号票号码，如A012", field="number")
        now = self._clock()
        day = hall_day(now)
        category = "".join(ch for ch in number if ch.isalpha()) or "M"
        with self._local.write(actor) as tx:
            existing = tickets.find_by_number(tx.session, day, number)
            if existing is not None:
                raise DecisionNotAllowed(f"{number}号今天已手工登记过")
            ticket = Ticket(
                id=uuid7(),
                hall_day=day,
                number=number,
                category=category,
                priority=TicketPriority.NORMAL.value,
                priority_rank=2,
                status=TicketStatus.SERVING.value,
                issued_at=now,
                called_at=now,
                service_started_at=now,
                called_by_window=self.window_code,
                staff_id=actor.staff_id,
                manual=True,
            )
            tx.session.add(ticket)
            tx.emit("ticket_manual", ticket)
            tx.audit("ticket_manual", "tickets", ticket.id, number=number)
            self._current = (ticket.id, True)
            return self._info(ticket)

    def _finish_manual(self) -> TicketInfo:
        assert self._current is not None
        with self._local.write(self._session.require_window_staff()) as tx:
            ticket = tx.session.get(Ticket, self._current[0])
            if ticket is None:
                raise NotFound("号票不存在")
            now = self._clock()
            ticket.service_started_at = ticket.service_started_at or ticket.called_at or now
            ticket.status = TicketStatus.DONE.value
            ticket.finished_at = now
            ticket.version += 1
            tx.emit("ticket_finished", ticket)
            self._current = None
            return self._info(ticket)


def _typed_code(text: str, label: str) -> str:
    """A ticket number or category as typed (full-width letters and digits accepted):
    ASCII letters and digits only, upper case."""
    value = ascii_digits(clean_text(text, label=label, field="number", max_length=16), label=label).upper()
    if value and not (value.isascii() and value.isalnum()):
        raise ValidationError(f"{label}只能由字母和数字组成，如A012", field="number")
    return value


@dataclass
class _QueueTxn:
    """The queue's write transaction as the queue methods use it: audit rows go to this
    PC's own chain (``deferred``, written after the queue's commit) when the queue is
    the center's."""

    tx: WriteTxn
    deferred: list[tuple[str, str, object, dict[str, object]]] | None

    @property
    def session(self) -> Session:
        return self.tx.session

    def emit(self, kind: str, obj: Ticket) -> None:
        if self.deferred is None:  # the center's queue is the record itself: nothing to upload
            self.tx.emit(kind, obj)

    def audit(self, action: str, entity: str, entity_id: object = None, **detail: object) -> None:
        if self.deferred is None:
            self.tx.audit(action, entity, entity_id, **detail)
        else:
            self.deferred.append((action, entity, entity_id, detail))


def _is_connection_error(exc: DBAPIError, store: Store) -> bool:
    """Whether ``exc`` means the store cannot be reached (not a busy SQLite or a bug)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if store.dialect == "sqlite":
        return "unable to open" in text or "disk i/o" in text
    return isinstance(exc, OperationalError)
