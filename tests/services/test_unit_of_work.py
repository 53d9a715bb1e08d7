"""Each decision is one transaction: case, materials, event, document, audit and outbox
rows together — or nothing at all when a rule refuses it."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.services.dto import ApplicantInput
from app.services.errors import DecisionNotAllowed
from app.store.models import AuditEntry, Case, CaseEvent, DeviceRegistration, IssuedDocument, OutboxEntry
from tests.services.conftest import PASSWORD, PERSON_ID, Desk

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _count(desk: Desk, model) -> int:  # type: ignore[no-untyped-def]
    with desk.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_registered_pc_numbers_with_its_epoch_and_fills_the_outbox(desk: Desk) -> None:
    with desk.store.write() as tx:
        tx.session.add(DeviceRegistration(device_id=uuid.uuid4(), window_code="01", hall_code="LJJK", epoch=4))
    desk.session.login("0101", PASSWORD)
    case = desk.intake.mark_all_received(desk.intake.start(matter_code="QYSL", applicant=PERSON).id)
    before = _count(desk, OutboxEntry)
    result = desk.decisions.accept(case.id)
    assert result.case.case_number == "LJJK-20260929-01-E4-0001"
    assert result.document.number == "SL-20260929-01-E4-0001"
    with desk.store.read() as s:
        kinds = s.scalars(select(OutboxEntry.kind).where(OutboxEntry.seq > before).order_by(OutboxEntry.seq)).all()
        seqs = s.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)).all()
    # The decision's rows, and its audit rows in the same transaction (they reach the center too).
    assert [k for k in kinds if k != "audit"] == [
        "document_issued",
        "case_accepted",
        *["case_material"] * len(result.case.checklist),
        "case_event",
    ]
    assert "audit" in kinds
    assert seqs == list(range(1, len(seqs) + 1))  # gapless


def test_a_refused_decision_writes_nothing(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    counts = [_count(desk, m) for m in (CaseEvent, IssuedDocument, AuditEntry)]
    with pytest.raises(DecisionNotAllowed):
        desk.decisions.accept(case.id)
    assert [_count(desk, m) for m in (CaseEvent, IssuedDocument, AuditEntry)] == counts
    with desk.store.read() as s:
        row = s.get(Case, case.id)
        assert row is not None and row.state == "收件中" and row.case_number is None
