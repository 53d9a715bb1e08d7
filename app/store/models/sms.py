"""The hall's SMS outbox (central only): one row per notice, keyed by the event that caused it.

The id is derived from the triggering event (``acc-<case>`` accepted, ``cor-<event>`` 补正
needed, ``rdy-<case>`` ready for collection, ``tkt-<ticket>`` ticket nearly up), so one
event can never make two messages. The phone lives here and in the case it came from,
both central; no log line carries it unmasked. See docs/sms.md.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column


class SmsMessage(Base):
    __tablename__ = "sms_outbox"
    __table_args__ = (Index("ix_sms_outbox_state_next", "state", "next_try_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: SmsTemplate value: 受理, 补正, 待领取, 叫号提醒.
    template: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    ticket_id: Mapped[uuid.UUID | None]
    phone: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    #: SmsState value: 待发送, 发送中, 已发送, 未确认, 失败, 已取消.
    state: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    parts_total: Mapped[int] = mapped_column(Integer, default=1)
    parts_done: Mapped[int] = mapped_column(Integer, default=0)
    #: The concatenation reference of a long message, kept for every try.
    reference: Mapped[int] = mapped_column(Integer, default=0)
    #: The segment being written and its frame's Sequence_Id (set before the write).
    writing_part: Mapped[int | None]
    sequence_id: Mapped[int | None] = mapped_column(Integer)
    gateway: Mapped[str | None] = mapped_column(String(8))
    #: The gateway's message ids, one per segment taken, comma-separated.
    gateway_msg_id: Mapped[str | None] = mapped_column(String(400))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_column()
    next_try_at: Mapped[datetime] = now_column()
    sent_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = now_column()


class TicketReminder(Base):
    """An applicant's request, made on the ticket's 取号进度 page, to be texted when only
    ``threshold`` tickets are ahead (叫号提醒). Written by the hall web service through
    ``cd_web_ticket_reminder`` (it cannot read the phone back: no role but the center's
    reads this table); the sender files one ``tkt-<ticket>`` message from it and clears
    the rows of past days."""

    __tablename__ = "ticket_reminders"

    ticket_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hall_day: Mapped[date] = mapped_column(index=True)
    phone: Mapped[str] = mapped_column(String(32))
    #: Text when this many tickets (or fewer) are ahead.
    threshold: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = now_column()
