"""What the dashboard lists: every open register entry with a deadline, earliest first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.domain.registers import RegisterStatus, register_status
from app.services.hall import load_calendar
from app.services.registers.common import RegisterBase
from app.services.registers.complaints import complaint_due
from app.store.models import CannotDoReport, Complaint, FirstInquiry, FollowUp


@dataclass(frozen=True)
class RegisterItem:
    """One open register entry with a deadline, as the dashboard lists it."""

    register: str
    id: uuid.UUID
    window: str
    title: str
    due: date
    status: RegisterStatus
    days_left: int = field(default=0)


class OpenItems(RegisterBase):
    """The registers' open entries across kinds (for the supervision dashboard)."""

    def open_items(self, today: date | None = None) -> list[RegisterItem]:
        """Every open complaint, dispatched 办不成事 report, promised 首问 and follow-up, earliest deadline first."""
        today = today or self.today()
        items: list[RegisterItem] = []
        with self._store.read() as session:
            cal = load_calendar(session)

            def left(due: date) -> int:
                return cal.workdays_between(today, due) if due >= today else -max(1, cal.workdays_between(due, today))

            for c in session.scalars(select(Complaint).where(Complaint.closed_at.is_(None))):
                due = complaint_due(c)
                items.append(
                    RegisterItem(
                        "投诉",
                        c.id,
                        c.target_window or c.owner_window,
                        f"{c.name}：{c.request}",
                        due,
                        register_status(due, today),
                        left(due),
                    )
                )
            for r in session.scalars(
                select(CannotDoReport).where(
                    CannotDoReport.closed_at.is_(None),
                    CannotDoReport.due_date.is_not(None),
                    CannotDoReport.feedback_at.is_(None),
                )
            ):
                assert r.due_date is not None
                items.append(
                    RegisterItem(
                        "办不成事",
                        r.id,
                        r.dispatched_to or r.owner_window,
                        f"{r.sheet_number} {r.applicant_name}：{r.matter}",
                        r.due_date,
                        register_status(r.due_date, today),
                        left(r.due_date),
                    )
                )
            for q in session.scalars(
                select(FirstInquiry).where(FirstInquiry.completed_on.is_(None), FirstInquiry.promised_on.is_not(None))
            ):
                assert q.promised_on is not None
                items.append(
                    RegisterItem(
                        "首问",
                        q.id,
                        q.guided_to_window or q.owner_window,
                        f"{q.visitor_name}：{q.matter}",
                        q.promised_on,
                        register_status(q.promised_on, today),
                        left(q.promised_on),
                    )
                )
            for f in session.scalars(select(FollowUp).where(FollowUp.closed_at.is_(None))):
                items.append(
                    RegisterItem(
                        "差评回访",
                        f.id,
                        f.owner_window,
                        f"差评回访（{f.stage}）",
                        f.due_date,
                        register_status(f.due_date, today),
                        left(f.due_date),
                    )
                )
        items.sort(key=lambda i: (i.due, i.register))
        return items
