"""首问责任登记: the first person asked records the visitor, the request and what was promised."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.errors import ValidationError
from app.domain.registers import RegisterStatus, register_status
from app.services.hall import day_bounds, load_calendar
from app.services.clock import hall_day
from app.services.registers.common import RegisterBase, get_row, required_text, staff_names, window_exists
from app.store.models import FirstInquiry


@dataclass(frozen=True)
class FirstInquiryInput:
    visitor_name: str
    matter: str
    request: str
    visitor_phone: str = ""
    #: Working days promised; ``None`` when answered on the spot or nothing was promised.
    time_limit_days: int | None = None
    #: The window the visitor was guided to when it is not this one.
    guided_to_window: str | None = None


@dataclass(frozen=True)
class FirstInquiryView:
    id: uuid.UUID
    window: str
    staff_name: str
    at: datetime
    visitor_name: str
    matter: str
    request: str
    promised_on: date | None
    completed_on: date | None
    result: str
    guided_to_window: str | None
    status: RegisterStatus | None


class FirstInquiries(RegisterBase):
    """首问责任登记表."""

    def register_first_inquiry(self, actor: Actor, data: FirstInquiryInput) -> FirstInquiryView:
        """首问责任登记: the first person asked records the visitor, the request and what was promised."""
        now = self._now()
        with self._store.write(actor) as tx:
            window_exists(tx.session, data.guided_to_window, "引导窗口")
            if data.time_limit_days is not None and data.time_limit_days < 0:
                raise ValidationError("办结时限不能为负数", field="办结时限")
            cal = load_calendar(tx.session)
            today = hall_day(now)
            promised = (
                None
                if data.time_limit_days is None
                else today
                if data.time_limit_days == 0
                else cal.add_workdays(today, data.time_limit_days)
            )
            row = FirstInquiry(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                post=actor.post,
                at=now,
                visitor_name=required_text(data.visitor_name, "办事人员姓名"),
                visitor_phone=data.visitor_phone or None,
                matter=required_text(data.matter, "办理事项"),
                request=required_text(data.request, "办理要求"),
                time_limit_days=data.time_limit_days,
                promised_on=promised,
                guided_to_window=data.guided_to_window or None,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("首问登记", "first_inquiries", row.id, matter=row.matter, guided_to=row.guided_to_window)
            tx.emit("first_inquiry.registered", row)
            return self._first_view(tx.session, row, today)

    def complete_first_inquiry(self, actor: Actor, inquiry_id: uuid.UUID, result: str) -> FirstInquiryView:
        """注明办结情况 once the request is answered (by this window or the one it was guided to)."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, FirstInquiry, inquiry_id, "首问登记")
            row.result = required_text(result, "办结情况")
            row.completed_on = hall_day(now)
            tx.audit("首问办结", "first_inquiries", row.id, result=row.result)
            tx.emit("first_inquiry.completed", row)
            return self._first_view(tx.session, row, hall_day(now))

    def _first_view(self, session: Session, row: FirstInquiry, today: date) -> FirstInquiryView:
        names = staff_names(session, [row.staff_id])
        status = None if row.promised_on is None else register_status(row.promised_on, today, row.completed_on)
        return FirstInquiryView(
            id=row.id,
            window=row.owner_window,
            staff_name=names.get(row.staff_id, "") if row.staff_id else "",
            at=row.at,
            visitor_name=row.visitor_name,
            matter=row.matter,
            request=row.request,
            promised_on=row.promised_on,
            completed_on=row.completed_on,
            result=row.result or "",
            guided_to_window=row.guided_to_window,
            status=status,
        )

    def first_inquiries(self, start: date, end: date, window: str | None = None) -> list[FirstInquiryView]:
        """首问责任登记表 rows of the hall (or one window) received in ``[start, end]``."""
        today = self.today()
        with self._store.read() as session:
            lo, hi = day_bounds(start, end)
            query = select(FirstInquiry).where(FirstInquiry.at >= lo, FirstInquiry.at < hi).order_by(FirstInquiry.at)
            if window is not None:
                query = query.where(FirstInquiry.owner_window == window)
            rows = list(session.scalars(query))
            return [self._first_view(session, r, today) for r in rows]
