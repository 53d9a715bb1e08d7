"""Least privilege, complete (issue 12, findings 2 and 3), on a real PostgreSQL with real
window roles: the hall queue only through functions that check the caller's window, no
password hash for any window role, and ``admin role audit`` clean on a fresh hall and
loud on every hole."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from app.domain.enums import TicketPriority
from app.domain.errors import PermissionDenied
from app.domain.ids import utcnow
from app.services.errors import DecisionNotAllowed
from app.services.queue import KIOSK, QueueService
from app.store.models import ReferenceReleaseRow, Staff, Ticket
from app.store.uow import Store
from app.sync.role_audit import audit_roles
from app.sync.roles import create_role, revoke_role
from tests.services.conftest import DAY, PASSWORD
from tests.sync.trust_hall import as_role, trust_hall

pytestmark = pytest.mark.postgres


def _issue(central_engine, *numbers: str) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    ids = {}
    with central_engine.begin() as c:
        for number in numbers:
            ids[number] = uuid.uuid4()
            c.execute(
                insert(Ticket).values(
                    id=ids[number],
                    hall_day=DAY,
                    number=number,
                    category=number[0],
                    priority="普通",
                    priority_rank=2,
                    status="等候",
                    issued_at=utcnow(),
                )
            )
    return ids


def test_a_window_role_cannot_write_the_queue_and_changes_only_its_own_tickets(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    _issue(central_engine, "A001", "A002", "A003")
    with trust_hall(central_engine, make_local) as pc:
        one, two = pc("01"), pc("02")
        one.session.login("0101", PASSWORD)
        called = one.queue.call_next()
        assert called is not None and called.number == "A001"

        # Finding 2: window 02 closing the hall's waiting tickets with one UPDATE.
        for statement in (
            "UPDATE tickets SET status = '已完成'",
            "DELETE FROM tickets",
            "INSERT INTO tickets (id, hall_day, number, category, priority, priority_rank, status, issued_at,"
            " recall_count, manual, version) VALUES (gen_random_uuid(), '2026-09-29', 'Z9', 'Z', '普通', 2,"
            " '等候', now(), 0, false, 0)",
            "UPDATE counters SET value = 0",
            "TRUNCATE tickets",
        ):
            with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
                c.execute(text(statement))
        # … nor through the functions: not another window's ticket, not in its name.
        with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="不是 02 号窗口正在办理的号"):
            c.execute(
                text("SELECT * FROM cd_ticket_update('02', :id, '{\"status\": \"已完成\"}'::jsonb)"),
                {"id": called.id},
            )
        with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="不能代 01 号窗口"):
            c.execute(text("SELECT * FROM cd_ticket_claim_next('01', ARRAY['A'], '2026-09-29', now(), NULL)"))
        with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="不能代 01 号窗口"):
            c.execute(
                text("SELECT * FROM cd_ticket_update('01', :id, '{\"status\": \"已完成\"}'::jsonb)"),
                {"id": called.id},
            )
        with two.role_engine.connect() as c, pytest.raises(DBAPIError, match="不能修改号票的 staff_id"):
            c.execute(
                text("SELECT * FROM cd_ticket_update('02', :id, '{\"staff_id\": null}'::jsonb)"), {"id": called.id}
            )
        with central_engine.connect() as c:
            assert dict(c.execute(select(Ticket.number, Ticket.status)).all()) == {
                "A001": "已叫号",
                "A002": "等候",
                "A003": "等候",
            }

        # The whole counter flow through the functions, as window roles.
        assert one.queue.recall().recall_count == 1
        moved = one.queue.transfer(to_window="02", note="请到二号窗口")
        assert moved.transferred_to == "02"
        two.session.login("0201", PASSWORD)
        got = two.queue.call_next()
        assert got is not None and got.number == "A001"  # sent to 02, ahead of the rest
        with pytest.raises(PermissionDenied), one.queue._queue_write() as tx:  # 01 no longer holds it
            ticket = tx.session.get(Ticket, called.id)
            one.queue._change(tx, ticket, status="已完成")
        assert two.queue.finish().status.value == "已完成"
        walk_in = one.queue.walk_in()
        assert walk_in.number == "W001" and walk_in.window_code == "01"
        assert one.queue.call_next().number == "A002"  # the walk-in is finished on the way
        assert one.queue.no_show().status.value == "过号"
        with pytest.raises(DecisionNotAllowed, match="01号窗口的过号"):
            two.queue.requeue("A002")
        assert one.queue.requeue("A002").status.value == "等候"
        # Every queue action of 01 is in 01's own audit chain, on its PC.
        with one.local.read() as s:
            from app.store.models import AuditEntry

            actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.chain_seq)).all()
        assert {"ticket_called", "ticket_recalled", "ticket_transferred", "ticket_walk_in", "ticket_requeued"} <= set(
            actions
        )


def test_a_kiosk_role_issues_tickets_and_nothing_else(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    role = create_role(central_engine, "kiosk", "K1")
    engine = as_role(central_engine, role)
    try:
        from app.services.clock import ManualClock
        from app.services.session import SessionService
        from app.settings import Settings

        clock = ManualClock.at_hall_time(DAY)
        kiosk_pc = make_local("kiosk")  # the kiosk PC's own store keeps its audit
        session = SessionService(kiosk_pc, Settings(), clock=clock)
        queue = QueueService(Store(engine), session, local_store=kiosk_pc, clock=clock)
        assert [queue.issue("A").number, queue.issue("A", TicketPriority.GREEN).number] == ["A001", "A002"]
        with engine.connect() as c, pytest.raises(DBAPIError, match="permission denied for function"):
            c.execute(text("SELECT * FROM cd_ticket_claim_next('01', ARRAY['A'], '2026-09-29', now(), NULL)"))
        with engine.connect() as c, pytest.raises(DBAPIError, match="取号机不能叫号"):
            c.execute(
                text("SELECT * FROM cd_ticket_issue('01', 'W', '普通', 2, NULL, '2026-09-29', now(), true, NULL)")
            )
        with engine.connect() as c, pytest.raises(DBAPIError, match="permission denied"):
            c.execute(text("SELECT count(*) FROM cases"))
        assert KIOSK.staff_id is None
    finally:
        engine.dispose()
        revoke_role(central_engine, "kiosk", "K1")


def test_no_window_role_reads_a_password_hash(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        two = pc("02")
        # Finding 3: `select password_hash from staff` as a window role.
        for statement in ("SELECT password_hash FROM staff", "SELECT * FROM staff", "SELECT * FROM window_roles"):
            with two.role_engine.connect() as c, pytest.raises(ProgrammingError, match="permission denied"):
                c.execute(text(statement))
        with two.role_engine.connect() as c:
            assert c.scalar(select(func.count(Staff.name))) == 7  # names, titles: readable
            shipped = set(
                c.execute(text("SELECT s.staff_no FROM cd_my_credentials() c JOIN staff s ON s.id = c.staff_id"))
                .scalars()
                .all()
            )
            # the releases carry no credentials at all
            rows = c.execute(select(ReferenceReleaseRow.row).where(ReferenceReleaseRow.table_name == "staff")).all()
        assert shipped == {"0201", "9001"}  # 02's A-post and the center's administrator
        assert rows and all("password_hash" not in r.row and "locked_until" not in r.row for r in rows)
        # On 02's PC only those two can sign in; window 01's people have no hash there.
        with two.local.read() as s:
            hashed = set(s.scalars(select(Staff.staff_no).where(Staff.password_hash != "")))
        assert hashed == {"0201", "9001"}


def test_role_audit_is_clean_on_a_fresh_hall_and_fails_on_every_hole(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        one = pc("01")
        pc("02")
        create_role(central_engine, "kiosk", "K1")
        try:
            report = audit_roles(central_engine)
            assert report.ok, report.all_problems
            listing = report.text()
            assert "cdw_" in listing and "cdk_" in listing and "结论：通过" in listing
            assert "策略 cd_own（ALL，public） USING (" in listing and "cd_ticket_update" in listing
            assert "SELECT(active, department_id, id, name" in listing  # staff: columns, no hash

            with central_engine.begin() as c:
                c.exec_driver_sql("ALTER TABLE complaints DISABLE ROW LEVEL SECURITY")
                c.exec_driver_sql(f'GRANT UPDATE ON tickets TO "{one.role_engine.url.username}"')
                c.exec_driver_sql(f'GRANT SELECT (password_hash) ON staff TO "{one.role_engine.url.username}"')
                c.exec_driver_sql("CREATE TABLE stray (id int)")
                c.exec_driver_sql(f'GRANT SELECT ON stray TO "{one.role_engine.url.username}"')
                c.exec_driver_sql("GRANT EXECUTE ON FUNCTION cd_staff_may_sign_in(uuid, text, date) TO PUBLIC")
            problems = "\n".join(audit_roles(central_engine).all_problems)
            for expected in (
                "可以访问的表 complaints 没有启用行级安全",
                "表 tickets 的 UPDATE 权限没有对应的行级安全策略",
                "表 tickets 上多出设计之外的权限：UPDATE",
                "可以读取 staff.password_hash",
                "可以访问的表 stray 没有启用行级安全",
                "表 stray 不在“窗口电脑”的设计权限中",
                "设计之外的 SECURITY DEFINER 函数 cd_staff_may_sign_in",
            ):
                assert expected in problems, (expected, problems)
            with central_engine.begin() as c:
                c.exec_driver_sql("ALTER TABLE complaints ENABLE ROW LEVEL SECURITY")
                c.exec_driver_sql("DROP TABLE stray")
                c.exec_driver_sql("REVOKE EXECUTE ON FUNCTION cd_staff_may_sign_in(uuid, text, date) FROM PUBLIC")
            create_role(central_engine, "window", "01")  # a refresh removes the drift
            assert audit_roles(central_engine).ok
        finally:
            revoke_role(central_engine, "kiosk", "K1")


def test_every_table_of_the_schema_has_row_level_security(central_engine) -> None:  # type: ignore[no-untyped-def]
    """A table added later (back office, web service, exchange …) without RLS fails here,
    even before a role is granted anything on it."""
    from app.store.models import Base

    with central_engine.connect() as c:
        rls = dict(
            c.execute(
                text(
                    "SELECT relname, relrowsecurity FROM pg_class JOIN pg_namespace n ON n.oid = relnamespace"
                    " WHERE n.nspname = current_schema() AND relkind = 'r'"
                )
            ).all()
        )
    missing = sorted(t for t in Base.metadata.tables if not rls.get(t))
    assert missing == [], f"tables without row-level security (add them to a migration): {missing}"
