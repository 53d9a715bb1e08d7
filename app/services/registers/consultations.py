"""咨询登记: questions at the window or on the phone, with the one-time information given."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select

from app.domain.actor import Actor
from app.services.hall import day_bounds
from app.services.registers.common import RegisterBase, required_text
from app.store.models import Consultation


class ConsultChannel(StrEnum):
    """How a consultation came in (咨询登记)."""

    VISIT = "来访"
    PHONE = "电话"
    LETTER = "信函"


@dataclass(frozen=True)
class ConsultationView:
    id: uuid.UUID
    window: str
    at: datetime
    channel: str
    visitor_name: str
    question: str
    answer: str


class Consultations(RegisterBase):
    """咨询登记."""

    def register_consultation(
        self,
        actor: Actor,
        channel: ConsultChannel,
        question: str,
        answer: str,
        visitor_name: str = "",
        visitor_phone: str = "",
        matter_code: str | None = None,
    ) -> ConsultationView:
        """咨询登记 with the one-time information (一次性告知) given."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = Consultation(
                owner_window=self._window_of(actor),
                staff_id=actor.staff_id,
                at=now,
                channel=str(ConsultChannel(channel)),
                visitor_name=visitor_name.strip() or None,
                visitor_phone=visitor_phone.strip() or None,
                matter_code=matter_code or None,
                question=required_text(question, "咨询内容"),
                answer=required_text(answer, "一次性告知内容"),
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("咨询登记", "consultations", row.id, channel=row.channel)
            tx.emit("consultation.registered", row)
            return ConsultationView(
                row.id, row.owner_window, row.at, row.channel, row.visitor_name or "", row.question, row.answer
            )

    def consultations(self, start: date, end: date, window: str | None = None) -> list[ConsultationView]:
        """咨询登记 rows received in ``[start, end]``."""
        with self._store.read() as session:
            lo, hi = day_bounds(start, end)
            query = select(Consultation).where(Consultation.at >= lo, Consultation.at < hi).order_by(Consultation.at)
            if window is not None:
                query = query.where(Consultation.owner_window == window)
            return [
                ConsultationView(r.id, r.owner_window, r.at, r.channel, r.visitor_name or "", r.question, r.answer)
                for r in session.scalars(query)
            ]
