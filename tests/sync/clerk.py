"""A minimal clerk for the sync tests: each action is one local transaction writing
domain rows and their outbox rows, numbered like the counter numbers cases."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from app.domain.ids import utcnow
from app.store.models import Case, CaseEvent, CaseMaterial
from app.store.repositories import counters
from app.store.uow import Store
from app.sync.registration import current_epoch, current_registration


def case_number(store_session, window: str, epoch: int, day: date) -> str:  # type: ignore[no-untyped-def]
    """Hall + date + window + epoch + per-window daily counter, in the caller's transaction."""
    seq = counters.next_value(store_session, f"case:{window}:{epoch}:{day.isoformat()}")
    return f"HALL{day:%Y%m%d}-{window}-{epoch}-{seq:04d}"


def open_case(store: Store, applicant: str = "张三", day: date | None = None) -> uuid.UUID:
    """受理: a case with a number and one material, and the acceptance event."""
    reg = current_registration(store)
    assert reg is not None
    day = day or date(2026, 11, 23)
    with store.write() as tx:
        s = tx.session
        case = Case(
            case_number=case_number(s, reg.window_code, current_epoch(store), day),
            owner_window=reg.window_code,
            matter_code="M001",
            matter_name="食品经营许可",
            kind="承诺件",
            state="已受理",
            applicant_kind="个人",
            applicant_name=applicant,
            received_on=day,
            accepted_on=day,
        )
        s.add(case)
        tx.emit("case.accepted", case)
        material = CaseMaterial(
            case_id=case.id,
            matter_code="M001",
            material_code="m1",
            name="身份证",
            necessity="必要",
            form="原件",
            status="已收",
        )
        s.add(material)
        tx.emit("case.material", material)
        event = CaseEvent(
            case_id=case.id, owner_window=reg.window_code, action="受理", to_state="已受理", day=day, at=utcnow()
        )
        s.add(event)
        tx.emit("case.event", event)
        return case.id


def advance_case(store: Store, case_id: uuid.UUID, state: str = "办结") -> None:
    """A later change of the same case (a new snapshot of the row)."""
    with store.write() as tx:
        case = tx.session.get(Case, case_id)
        assert case is not None
        case.state = state
        case.updated_at = utcnow()
        tx.emit("case.updated", case)


def case_numbers(store: Store) -> list[str]:
    with store.read() as s:
        return [n for n in s.scalars(select(Case.case_number)) if n]
