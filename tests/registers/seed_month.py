"""A deterministic month of activity at windows 01 and 02 (tickets, cases, notices, ratings, registers)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.domain.calendar import WorkCalendar
from app.domain.enums import Rating
from app.store.models import Case, CaseEvent, IssuedDocument, Matter, RatingRecord, Ticket
from app.store.uow import Store
from tests.registers.conftest import Hall, clock_at

_RATINGS = (
    [Rating.VERY_SATISFIED] * 6
    + [Rating.SATISFIED] * 3
    + [Rating.BASIC, Rating.DISSATISFIED, Rating.VERY_DISSATISFIED, Rating.UNRATED]
)


def seed_month(store: Store, hall: Hall, year: int = 2026, month: int = 10) -> None:
    """Every working day of the month: a few finished tickets, cases and ratings per window."""
    rng = random.Random(20261031)
    cal = WorkCalendar()
    with store.write() as tx:
        s = tx.session
        s.add(
            Matter(
                code="SCJG-001",
                name="食品经营许可",
                type="行政许可",
                department_code="SCJG",
                case_kind="承诺件",
                legal_limit_days=20,
                promised_limit_days=10,
            )
        )
        s.add(
            Matter(
                code="RSJ-001",
                name="社会保障卡补领",
                type="公共服务",
                department_code="RSJ",
                case_kind="即办件",
                promised_limit_days=0,
            )
        )
        s.flush()
        day = date(year, month, 1)
        n = 0
        while day.month == month:
            if cal.is_workday(day):
                for window, actor, matter, kind in (
                    ("01", hall.clerk01, "SCJG-001", "承诺件"),
                    ("02", hall.clerk02, "RSJ-001", "即办件"),
                ):
                    for _ in range(rng.randint(1, 3)):
                        n += 1
                        issued = clock_at(day, rng.randint(9, 15), rng.randint(0, 59))()
                        called = issued + timedelta(minutes=rng.randint(1, 30))
                        done = called + timedelta(minutes=rng.randint(3, 20))
                        ticket = Ticket(
                            hall_day=day,
                            number=f"{window}{n:04d}",
                            category="A",
                            priority="普通",
                            status="已完成",
                            issued_at=issued,
                            called_at=called,
                            called_by_window=window,
                            staff_id=actor.staff_id,
                            service_started_at=called,
                            finished_at=done,
                        )
                        s.add(ticket)
                        s.flush()
                        accepted = kind == "承诺件"
                        state = rng.choice(["已受理", "办结（准予）", "不予受理"]) if accepted else "即办办结"
                        case = Case(
                            case_number=f"C{n:05d}",
                            owner_window=window,
                            matter_code=matter,
                            matter_name="食品经营许可" if accepted else "社会保障卡补领",
                            kind=kind,
                            state=state,
                            applicant_kind="自然人",
                            applicant_name="申请人",
                            received_on=day,
                            accepted_on=day if accepted else None,
                            due_date=cal.add_workdays(day, 10) if accepted else None,
                            staff_id=actor.staff_id,
                            ticket_id=ticket.id,
                            created_at=issued,
                        )
                        s.add(case)
                        s.flush()
                        if state == "办结（准予）":
                            finished = cal.add_workdays(day, rng.choice([5, 12]))
                            s.add(
                                CaseEvent(
                                    case_id=case.id,
                                    owner_window=window,
                                    action="准予",
                                    from_state="已受理",
                                    to_state="办结（准予）",
                                    day=finished,
                                    at=clock_at(finished, 16)(),
                                )
                            )
                        s.add(
                            IssuedDocument(
                                number=f"D{n:05d}",
                                kind="受理通知书" if accepted else "即办件办结回执",
                                owner_window=window,
                                case_id=case.id,
                                issued_at=done,
                                staff_id=actor.staff_id,
                            )
                        )
                        rating = rng.choice(_RATINGS)
                        s.add(
                            RatingRecord(
                                owner_window=window,
                                case_id=case.id,
                                ticket_id=ticket.id,
                                reference=f"R{n}",
                                staff_id=actor.staff_id,
                                rating=rating.value,
                                requested_at=done,
                                rated_at=None if rating is Rating.UNRATED else done + timedelta(seconds=20),
                            )
                        )
            day += timedelta(days=1)
