"""An audit that reaches the center and cannot be rewritten (issue 12, findings 4 and 5),
on a real PostgreSQL with real window roles."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.domain.ids import utcnow, uuid7
from app.services.intake import IntakeService
from app.store.models import Alarm, AuditEntry, Case, OutboxEntry, RejectedRow, StatusEvent
from app.sync.audit_verify import check_own_audit, verify_audit_chains
from app.services.dto import ApplicantInput
from tests.services.conftest import CALENDAR, PASSWORD, PERSON_ID
from tests.sync.trust_hall import trust_hall

pytestmark = pytest.mark.postgres

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _central_audit(central_engine, window: str) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with central_engine.connect() as c:
        return [
            (r.chain_seq, r.action)
            for r in c.execute(
                select(AuditEntry.chain_seq, AuditEntry.action)
                .where(AuditEntry.owner_window == window)
                .order_by(AuditEntry.chain_seq)
            )
        ]


def test_every_audit_row_reaches_the_center_in_one_unbroken_chain(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        one = pc("01")
        one.session.login("0101", PASSWORD)
        one.session.pause("开会")
        one.session.resume_serving()
        intake = IntakeService(one.local, one.session, CALENDAR, clock=one.clock)
        intake.start(matter_code="QYSL", applicant=PERSON)
        one.session.lock()
        one.sync()
        with one.local.read() as s:
            local = [(r.chain_seq, r.action) for r in s.scalars(select(AuditEntry).order_by(AuditEntry.chain_seq))]
            pending = s.scalar(select(func.count()).where(OutboxEntry.acked_at.is_(None)))
        # Finding 4: 191 local audit rows, 0 uploaded. Now every one is there, in order.
        assert len(local) >= 6 and pending == 0
        assert _central_audit(central_engine, "01") == local
        report = verify_audit_chains(central_engine)  # the PC's chain and the center's own
        assert report.ok and report.devices == 2, report.text()
        own = check_own_audit(one.local, one.role_engine, full=True)
        assert own.ok and own.rows == len(local)


def test_a_window_role_can_neither_edit_nor_forge_the_audit(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        one, two = pc("01"), pc("02")
        two.session.login("0201", PASSWORD)
        two.sync()
        one.session.login("0101", PASSWORD)
        one.sync()
        with central_engine.connect() as c:
            zhang = c.scalar(text("SELECT id FROM staff WHERE staff_no = '0101'"))
            sun_session = c.scalar(select(StatusEvent.session_id).where(StatusEvent.owner_window == "02"))
        for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"):
            with one.role_engine.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
                c.execute(text(statement))
        # Finding 4: window 02 writing a row in the name of window 01's clerk.
        forged = {
            "id": uuid7(),
            "at": utcnow(),
            "owner_window": "02",
            "staff_id": zhang,
            "session_id": sun_session,
            "action": "case.refused",
            "entity": "cases",
            "detail": "{}",
        }
        with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="审计记录署名与登录会话不符"):
            c.execute(
                text(
                    "INSERT INTO audit_log (id, at, owner_window, staff_id, session_id, action, entity, detail)"
                    " VALUES (:id, :at, :owner_window, :staff_id, :session_id, :action, :entity, :detail)"
                ),
                forged,
            )
        # … and the same forgery through 02's own outbox is refused and kept visible.
        with two.local.write() as tx:
            tx.session.add(
                fake := AuditEntry(
                    **{**forged, "id": uuid.uuid4(), "detail": {}}, device_id=None, chain_seq=None, prev_hash=None
                )
            )
            tx.emit("audit", fake)
        report = two.uploader.sync_once()
        assert report.rejected == 1
        with central_engine.connect() as c:
            kept = c.execute(select(RejectedRow.reason, RejectedRow.window_code)).one()
            assert "署名与登录会话不符" in kept.reason and kept.window_code == "02"
            forged_rows = select(func.count()).where(AuditEntry.owner_window == "02", AuditEntry.staff_id == zhang)
            assert c.scalar(forged_rows) == 0


def test_an_edited_or_removed_central_audit_row_is_detected_and_alarmed(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        one = pc("01")
        one.session.login("0101", PASSWORD)
        one.session.pause("开会")
        one.session.resume_serving()
        one.session.logout()
        one.sync()
        assert verify_audit_chains(central_engine).ok
        # The append-only trigger stops even the owner; a superuser must switch it off.
        with central_engine.connect() as c, pytest.raises(DBAPIError, match="只能追加"):
            c.execute(text("UPDATE audit_log SET action = 'x' WHERE chain_seq = 3 AND owner_window = '01'"))
        with central_engine.begin() as c:
            c.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER cd_append_only")
            c.exec_driver_sql(
                """UPDATE audit_log SET detail = '{"note": "改过"}' WHERE chain_seq = 3 AND owner_window = '01'"""
            )
        report = verify_audit_chains(central_engine)
        assert not report.ok
        assert "审计链第 3 条：内容与其散列不符，已被修改" in report.text()
        # A consistent rewrite (hash recomputed too) is caught by the PC's own copy.
        from app.domain.audit_chain import row_hash

        with central_engine.begin() as c:
            row = dict(
                c.execute(
                    select(AuditEntry.__table__).where(AuditEntry.chain_seq == 3, AuditEntry.owner_window == "01")
                )
                .mappings()
                .one()
            )
            c.execute(AuditEntry.__table__.update().where(AuditEntry.chain_seq == 3).values(row_hash=row_hash(row)))
        own = check_own_audit(one.local, one.role_engine, full=True)
        assert any("与本机留存的记录不同" in p.detail for p in own.problems)
        with central_engine.begin() as c:
            c.exec_driver_sql("DELETE FROM audit_log WHERE chain_seq = 2 AND owner_window = '01'")
        assert "审计链第 2 条：缺失" in verify_audit_chains(central_engine).text()
        with central_engine.connect() as c:
            kinds = set(c.scalars(select(Alarm.kind)))
        assert {"audit_tampered", "audit_gap"} <= kinds


def test_switch_user_sends_the_logout_and_the_handover_with_the_new_owner(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        one = pc("01")
        one.session.login("0101", PASSWORD)
        intake = IntakeService(one.local, one.session, CALENDAR, clock=one.clock)
        draft = intake.start(matter_code="QYSL", applicant=PERSON)
        one.sync()
        # Finding 5: F12 to the B-post with a handover note.
        one.session.switch_user("0102", PASSWORD, handover_note="下午的件交给李〇芳")
        one.sync()
        with central_engine.connect() as c:
            staff = dict(c.execute(text("SELECT staff_no, id FROM staff")).all())
            kinds = [
                (r.kind, r.staff_id)
                for r in c.execute(
                    select(StatusEvent.kind, StatusEvent.staff_id).order_by(StatusEvent.at, StatusEvent.kind)
                )
            ]
            owner = c.execute(select(Case.staff_id, Case.post).where(Case.id == draft.id)).one()
            handover_audit = c.scalar(
                select(AuditEntry.staff_id).where(AuditEntry.action == "handover", AuditEntry.owner_window == "01")
            )
        assert ("logout", staff["0101"]) in kinds and ("handover", staff["0101"]) in kinds
        assert ("login", staff["0102"]) in kinds
        assert owner == (staff["0102"], "B岗")  # the handed-over draft's new owner, centrally
        assert handover_audit == staff["0101"]  # attributed to the person who handed over
