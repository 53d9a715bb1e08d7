"""叫号提醒: on the ticket's 取号进度 page the applicant may leave a mobile number, to be texted
when only N tickets of the category are ahead (the hall setting ``sms.ticket_ahead``,
default :data:`DEFAULT_AHEAD`; 0 offers no reminder).

The ticket machine asks for no phone, so this is where the number is asked. The number is
checked here (a mainland mobile, :func:`app.domain.validators.parse_mobile`) and on
PostgreSQL again by ``cd_web_ticket_reminder`` (migration ``0013``), the web role's only
write besides the rating: one request per ticket, only for today's ticket still waiting.
The web role cannot read the number back (``web_ticket_reminders`` has no phone); the page
shows it masked once, in the answer to the form. The sender files the one ``tkt-<ticket>``
SMS (:mod:`app.services.sms_outbox`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.enums import TicketStatus
from app.domain.validators import mask_phone, parse_mobile
from app.services.clock import Clock, system_clock
from app.services.public.errors import PublicError, TicketUnknown
from app.services.public.queue_board import QueueBoardService, TicketProgress
from app.store.models import HallSetting, Ticket, TicketReminder
from app.store.public_views import PublicTables
from app.store.uow import Store

#: Text when this many tickets (or fewer) are ahead, unless the hall sets ``sms.ticket_ahead``.
DEFAULT_AHEAD = 3
#: The largest threshold a hall may set (the function refuses more).
MAX_AHEAD = 50


class ReminderRefused(PublicError):
    """The reminder cannot be registered for this ticket (nothing was stored)."""

    title = "无法登记短信提醒"
    status = 409


def ticket_ahead_setting(s: Session) -> int:
    """The hall's ``sms.ticket_ahead`` (0: no reminder offered), else :data:`DEFAULT_AHEAD`."""
    row = s.get(HallSetting, "sms")
    value: Any = DEFAULT_AHEAD
    if row is not None and isinstance(row.value, dict):
        value = row.value.get("ticket_ahead", DEFAULT_AHEAD)
    try:
        ahead = int(value)
    except (TypeError, ValueError):
        return DEFAULT_AHEAD
    return max(0, min(ahead, MAX_AHEAD))


@dataclass(frozen=True)
class ReminderStanding:
    """What the ticket page offers: the threshold (0: nothing) and whether one is registered."""

    threshold: int
    registered: bool

    def offered_for(self, ticket: TicketProgress) -> bool:
        """The form is shown: the hall offers it, none is registered, and more are ahead."""
        return self.threshold > 0 and not self.registered and ticket.waiting and ticket.ahead > self.threshold


@dataclass(frozen=True)
class ReminderDone:
    """What the page says after registering: the masked number and the threshold."""

    phone_masked: str
    threshold: int


class TicketReminderService:
    """Registers a 叫号提醒 for a ticket (see module docstring)."""

    def __init__(
        self, store: Store, tables: PublicTables, queue: QueueBoardService, *, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self._t = tables
        self._queue = queue
        self._clock = clock

    def standing(self, ticket: TicketProgress) -> ReminderStanding:
        r = self._t.ticket_reminders.c
        with self._store.read() as s:
            threshold = ticket_ahead_setting(s)
            registered = bool(s.scalar(select(func.count()).where(r.ticket_id == ticket.id)))
        return ReminderStanding(threshold, registered)

    def register(self, number: str, day: date | None, phone_text: str) -> tuple[TicketProgress, ReminderDone]:
        """Record the request; :class:`~app.domain.errors.ValidationError` for a bad number, :class:`ReminderRefused`
        or :class:`TicketUnknown` when the ticket cannot have one. Nothing is stored then."""
        phone = parse_mobile((phone_text or "")[:40], field="phone").text
        ticket = self._queue.ticket(number, day)
        standing = self.standing(ticket)
        if standing.threshold <= 0:
            raise ReminderRefused("本大厅未开通叫号短信提醒，请留意叫号屏和语音提示。")
        if standing.registered:
            raise ReminderRefused(
                f"{ticket.number} 号已登记短信提醒，前面还有 {standing.threshold} 人时发送，不能重复登记。"
                "如需更改号码，请到服务台。"
            )
        if not ticket.waiting:
            raise ReminderRefused(f"{ticket.number} 号的状态为“{ticket.status}”，无需短信提醒。")
        if ticket.ahead <= standing.threshold:
            raise ReminderRefused(
                f"{ticket.number} 号前面只有 {ticket.ahead} 人，即将叫到，请在大厅留意叫号屏，无需短信提醒。"
            )
        now = self._clock()
        with self._store.write() as tx:
            s = tx.session
            if self._store.dialect == "postgresql":
                outcome = s.execute(
                    text("SELECT cd_web_ticket_reminder(:ticket, :day, :phone, :threshold, :now)"),
                    {
                        "ticket": ticket.id,
                        "day": ticket.day,
                        "phone": phone,
                        "threshold": standing.threshold,
                        "now": now,
                    },
                ).scalar_one()
            else:
                outcome = _record_here(s, ticket, phone, standing.threshold, now)
        if outcome == "unknown":
            raise TicketUnknown(f"没有 {ticket.number} 号票。请核对号票上的号码和日期。")
        if outcome == "not_waiting":
            raise ReminderRefused(f"{ticket.number} 号已叫号或已转出，无需短信提醒。")
        if outcome == "already":
            raise ReminderRefused(f"{ticket.number} 号已登记短信提醒，不能重复登记。如需更改号码，请到服务台。")
        return ticket, ReminderDone(mask_phone(phone), standing.threshold)


def _record_here(s: Session, ticket: TicketProgress, phone: str, threshold: int, now: Any) -> str:
    """What ``cd_web_ticket_reminder`` does, on a one-PC SQLite center (one writer)."""
    row = s.get(Ticket, ticket.id)
    if row is None or row.hall_day != ticket.day:
        return "unknown"
    if row.status != TicketStatus.WAITING.value or row.transferred_to is not None:
        return "not_waiting"
    if s.get(TicketReminder, ticket.id) is not None:
        return "already"
    s.add(TicketReminder(ticket_id=ticket.id, hall_day=ticket.day, phone=phone, threshold=threshold, created_at=now))
    return "ok"
