"""Two windows and a back-office PC in one hall, each through its own PostgreSQL role
(issue 13): window 01 accepts a case and uploads it; the 区市场监管局's back-office PC
(role kind ``backoffice``) logs in with the center's credentials, signs for, reviews and
approves it — appended events owned by 后台SCJG — but can UPDATE or DELETE none of the
window's rows and cannot append an event in the window's name or one that changes the
case's state; window 01 cannot record a back-office decision itself; window 02 and
another department's back office do not see the case; window 01 pulls the back office's
events; ``admin role audit`` is clean with the back-office role in it.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.domain.enums import Role
from app.services.backoffice import BackOfficeService
from app.services.clock import ManualClock
from app.services.decisions import DecisionService
from app.services.dto import ApplicantInput
from app.services.errors import WrongPassword
from app.services.intake import IntakeService
from app.services.staffing import create_staff
from app.settings import Settings
from app.store.models import Case, CaseEvent, Department, NegativeFiling
from app.store.uow import Store
from app.sync.events import pull_foreign_events
from app.sync.reference import publish_release
from app.sync.role_audit import audit_roles
from app.sync.roles import create_role, revoke_role
from tests.services.conftest import CALENDAR, DAY, PASSWORD, PERSON_ID
from tests.sync.trust_hall import as_role, trust_hall

pytestmark = pytest.mark.postgres

BO_PASSWORD = "houtai2026"
PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _accept_at_01(pc01) -> uuid.UUID:  # type: ignore[no-untyped-def]
    settings = Settings(window_code="01", hall_code="510626-LJJK")
    intake = IntakeService(pc01.local, pc01.session, CALENDAR, clock=pc01.clock)
    decisions = DecisionService(pc01.local, pc01.session, CALENDAR, settings, clock=pc01.clock)
    pc01.session.login("0101", PASSWORD)
    case = intake.mark_all_received(intake.start(matter_code="QYSL", applicant=PERSON).id)
    accepted = decisions.accept(case.id).case
    pc01.sync()
    return accepted.id


def _refused(engine, sql: str, params: dict[str, object], match: str) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as c, pytest.raises(DBAPIError, match=match):
        c.execute(text(sql), params)
        c.commit()


def test_two_windows_and_a_back_office_pc_each_with_its_own_role(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    central = Store(central_engine)
    with trust_hall(central_engine, make_local) as pc:
        with central.write() as tx:
            tx.session.add(Department(code="GAJ", name="区公安局"))
        for staff_no, name, department in (("5001", "钱审批", "SCJG"), ("5101", "孙公安", "GAJ")):
            create_staff(
                central,
                staff_no=staff_no,
                name=name,
                password=BO_PASSWORD,
                roles=(Role.BACK_OFFICE,),
                department_code=department,
                must_change_password=False,
            )
        publish_release(central_engine, "后台审批人")
        pc01, pc02 = pc("01"), pc("02")
        case_id = _accept_at_01(pc01)
        bo_role = create_role(central_engine, "backoffice", "SCJG")
        other_role = create_role(central_engine, "backoffice", "GAJ")
        bo_engine, other_engine = as_role(central_engine, bo_role), as_role(central_engine, other_role)
        try:
            assert bo_role.startswith("cdb_")
            clock = ManualClock.at_hall_time(DAY, 10)
            bo = BackOfficeService(Store(bo_engine), clock)
            with pytest.raises(WrongPassword):
                bo.login("5001", "wrong-one")  # counted through the role's login event
            with pytest.raises(WrongPassword):
                bo.login("5101", BO_PASSWORD)  # another department's person: no hash for this PC
            actor = bo.login("5001", BO_PASSWORD)
            assert [x.case_number for x in bo.cases(actor, today=DAY)] != []
            bo.take_over(actor, case_id)
            clock.advance(hours=1)
            bo.review(actor, case_id, conclusion="通过", opinion="材料齐全")
            clock.advance(hours=1)
            detail = bo.approve(actor, case_id, opinion="同意")
            assert detail.line.stage == "审批" and detail.line.decision == "准予"
            assert detail.applicant.id_number == "1101**********002X"
            with central.read() as s:
                events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.at)).all()
                assert [(e.action, e.owner_window) for e in events if e.owner_window.startswith("后台")] == [
                    ("后台签收", "后台SCJG"),
                    ("审查意见", "后台SCJG"),
                    ("审批准予", "后台SCJG"),
                ]
                row = s.get(Case, case_id)
                assert row is not None and row.state == "已受理"  # the window's row is untouched
                failed = s.execute(
                    text("SELECT count(*) FROM credential_events WHERE kind = 'login_failed' AND owner_window IS NULL")
                ).scalar_one()
                assert failed == 1

            # The back office changes none of the window's rows, and appends only as itself.
            ids = {"id": case_id}
            _refused(bo_engine, "UPDATE cases SET state = '办结（准予）' WHERE id = :id", ids, "permission denied")
            _refused(bo_engine, "DELETE FROM cases WHERE id = :id", ids, "permission denied")
            _refused(bo_engine, "UPDATE case_events SET note = 'x' WHERE case_id = :id", ids, "permission denied")
            _refused(bo_engine, "DELETE FROM case_events WHERE case_id = :id", ids, "permission denied")
            _refused(
                bo_engine, "UPDATE case_materials SET status = '有误' WHERE case_id = :id", ids, "permission denied"
            )
            _refused(bo_engine, "DELETE FROM documents WHERE case_id = :id", ids, "permission denied")
            append = (
                "INSERT INTO case_events (id, case_id, owner_window, action, from_state, to_state, day, at, note,"
                " data) VALUES (gen_random_uuid(), :id, :owner, '后台办结', '已受理', :to, current_date, now(), '',"
                " '{}')"
            )
            _refused(bo_engine, append, {**ids, "owner": "01", "to": "已受理"}, "row-level security")
            _refused(bo_engine, append, {**ids, "owner": "后台SCJG", "to": "办结（准予）"}, "row-level security")
            _refused(bo_engine, append, {**ids, "owner": "后台GAJ", "to": "已受理"}, "row-level security")
            _refused(
                bo_engine,
                "INSERT INTO negative_filings (id, owner_window, case_id, kind, reason, legal_basis, review_state,"
                " filed_at) VALUES (gen_random_uuid(), '01', :id, '不予许可', 'x', 'y', '待审查', now())",
                ids,
                "row-level security|violates",
            )
            # A window cannot approve: the back office's decisions are not its events to write.
            _refused(
                pc01.role_engine,
                append.replace("'后台办结'", "'审批准予'"),
                {**ids, "owner": "01", "to": "已受理"},
                "窗口不能登记后台审批的“审批准予”",
            )
            # Window 02 and the 公安局's back office do not see window 01's case or its events.
            for engine in (pc02.role_engine, other_engine):
                with engine.connect() as c:
                    assert c.execute(text("SELECT count(*) FROM cases WHERE id = :id"), ids).scalar_one() == 0
                    assert (
                        c.execute(text("SELECT count(*) FROM case_events WHERE case_id = :id"), ids).scalar_one() == 0
                    )
                    assert (
                        c.execute(text("SELECT count(*) FROM case_materials WHERE case_id = :id"), ids).scalar_one()
                        == 0
                    )
                    assert c.execute(text("SELECT count(*) FROM documents WHERE case_id = :id"), ids).scalar_one() == 0
            with bo_engine.connect() as c:
                assert c.execute(text("SELECT count(*) FROM documents WHERE case_id = :id"), ids).scalar_one() == 1
                assert c.execute(text("SELECT count(*) FROM negative_filings")).scalar_one() == 0
            with pc02.role_engine.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
                c.execute(text("SELECT password_hash FROM staff"))

            # Window 01 gets the back office's events.
            pc01.sync()
            assert pull_foreign_events(pc01.local, pc01.role_engine) == 3
            with pc01.local.read() as s:
                assert s.scalars(select(NegativeFiling)).all() == []
            report = audit_roles(central_engine)
            assert report.ok, report.all_problems
            assert bo_role in report.text()
        finally:
            bo_engine.dispose()
            other_engine.dispose()
            revoke_role(central_engine, "backoffice", "SCJG")
            revoke_role(central_engine, "backoffice", "GAJ")
