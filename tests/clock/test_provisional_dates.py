"""Provisional dates wherever a clerk or the center meets them, and a notice import that
moves them, on SQLite and PostgreSQL.

Worked example: accepted Monday 2026-12-21, 20 working days. 2027 has no notice, so
1 January (statutory) is off: 12-22…12-31 are 8 days, 01-04…01-08 five more (13),
01-11…01-15 (18), 01-18 (19), 01-19 (20) → 2027-01-19 暂定. A notice that also gives
2027-01-04 off moves it to 2027-01-20, no longer 暂定.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.actor import SYSTEM
from app.services.calendar_service import RECOMPUTE_ACTION, date_changes, import_notice
from app.services.clock import ManualClock
from app.services.supervision import SupervisionService
from app.store.models import AuditEntry, Case, CaseEvent
from app.store.uow import Store
from tests.clock.conftest import PERSON, desk_on
from tests.services.conftest import PASSWORD

NOTICE_2027 = "# 国务院办公厅关于2027年部分节假日安排的通知（测试）\n2027-01-01 休 元旦\n2027-01-04 休 元旦\n"


def _accept(store: Store, day: date, matter: str = "GCXK"):  # type: ignore[no-untyped-def]
    desk = desk_on(store, day)
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code=matter, applicant=PERSON)
    desk.intake.mark_all_received(case.id)
    return desk, desk.decisions.accept(case.id)


def test_accepted_2026_12_21_is_due_2027_01_19_provisional_everywhere(clock_hall: Store) -> None:
    desk, result = _accept(clock_hall, date(2026, 12, 21))
    assert result.case.due_date == date(2027, 1, 19)
    assert result.case.due_provisional is True
    line = desk.tracking.get(result.case.id)
    assert (line.due_date, line.due_provisional) == (date(2027, 1, 19), True)
    text = result.documents[0].text
    assert "2027年1月19日" in text and "含未公布放假安排的日期，以国务院通知为准" in text
    # A case within 2026 is not provisional, and its notice says nothing of the kind.
    _, early = _accept(clock_hall, date(2026, 11, 2))
    assert early.case.due_date == date(2026, 11, 30) and early.case.due_provisional is False
    assert "以国务院通知为准" not in early.documents[0].text


def test_notice_import_moves_the_date_in_one_transaction_with_audit_and_list(clock_hall: Store) -> None:
    _, moved = _accept(clock_hall, date(2026, 12, 21))
    _, untouched = _accept(clock_hall, date(2026, 11, 2))
    admin_clock = ManualClock.at_hall_time(date(2026, 12, 22), 10)
    result = import_notice(clock_hall, NOTICE_2027, source="2027通知.txt", actor=SYSTEM, clock=admin_clock)
    assert result.notice_years == (2027,)
    assert [(ch.case_number, ch.old_due, ch.new_due, ch.earlier, ch.provisional) for ch in result.date_changes] == [
        (moved.case.case_number, date(2027, 1, 19), date(2027, 1, 20), False, False)
    ]
    with clock_hall.read() as s:
        assert s.get(Case, moved.case.id).due_date == date(2027, 1, 20)
        assert s.get(Case, untouched.case.id).due_date == date(2026, 11, 30)
        events = s.scalars(select(CaseEvent).where(CaseEvent.action == RECOMPUTE_ACTION)).all()
        assert [(e.case_id, e.data["old_due"], e.data["new_due"]) for e in events] == [
            (moved.case.id, "2027-01-19", "2027-01-20")
        ]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "calendar.import")).one()
        assert audit.detail["date_changes"] == [
            {"case": moved.case.case_number, "window": "01", "old": "2027-01-19", "new": "2027-01-20"}
        ]
        # The clerk of window 01 sees it; window 02 has none of its own.
        assert [ch.new_due for ch in date_changes(s, window_code="01")] == [date(2027, 1, 20)]
        assert date_changes(s, window_code="02") == ()
    # The window's services, built on the new calendar, agree and no longer say 暂定.
    line = desk_on(clock_hall, date(2026, 12, 22)).tracking
    line_desk = desk_on(clock_hall, date(2026, 12, 22))
    line_desk.session.login("0101", PASSWORD)
    tracked = line_desk.tracking.get(moved.case.id)
    assert (tracked.due_date, tracked.due_provisional) == (date(2027, 1, 20), False)
    assert line is not None
    # Importing the same notice again changes nothing and lists nothing.
    again = import_notice(clock_hall, NOTICE_2027, source="2027通知.txt", clock=admin_clock)
    assert (again.added, again.changed, again.date_changes) == (0, 0, ())


def test_a_date_moving_earlier_is_flagged(clock_hall: Store) -> None:
    _, case = _accept(clock_hall, date(2026, 12, 21))
    # A notice declaring 2027-01-01 a working day (hypothetical) brings the date forward.
    result = import_notice(clock_hall, "2027-01-01 班 测试\n", clock=ManualClock.at_hall_time(date(2026, 12, 22)))
    (change,) = result.date_changes
    assert (change.old_due, change.new_due, change.earlier) == (date(2027, 1, 19), date(2027, 1, 18), True)


def test_local_adjustments_do_not_end_provisional(clock_hall: Store) -> None:
    _, case = _accept(clock_hall, date(2026, 12, 21))
    result = import_notice(
        clock_hall, "2027-01-04 休 线路改造\n", local=True, clock=ManualClock.at_hall_time(date(2026, 12, 22))
    )
    assert result.notice_years == ()
    (change,) = result.date_changes
    assert (change.new_due, change.provisional) == (date(2027, 1, 20), True)


def test_center_overdue_list_marks_provisional_and_warns_from_1_november(clock_hall: Store) -> None:
    desk, result = _accept(clock_hall, date(2026, 12, 21))
    admin = desk_on(clock_hall, date(2027, 1, 15))
    admin.session.login("9001", PASSWORD)
    board = SupervisionService(clock_hall, ManualClock.at_hall_time(date(2027, 1, 15))).dashboard(admin.session.actor)
    (alert,) = [a for a in board.near_due_cases if a.case_id == result.case.id]
    assert alert.provisional is True and alert.due == date(2027, 1, 19)
    assert board.calendar_warning is not None and "2027年" in board.calendar_warning
    october = SupervisionService(clock_hall, ManualClock.at_hall_time(date(2026, 10, 30)))
    assert october.dashboard(admin.session.actor).calendar_warning is None
    import_notice(clock_hall, NOTICE_2027, clock=ManualClock.at_hall_time(date(2026, 12, 22)))
    after = SupervisionService(clock_hall, ManualClock.at_hall_time(date(2027, 1, 15))).dashboard(admin.session.actor)
    assert after.calendar_warning is None
    (alert,) = [a for a in after.near_due_cases if a.case_id == result.case.id]
    assert (alert.due, alert.provisional) == (date(2027, 1, 20), False)
    assert [ch.new_due for ch in after.date_changes] == [date(2027, 1, 20)]


def test_a_console_override_recomputes_the_open_cases_too(clock_hall: Store) -> None:
    from app.services.console import ConsoleService

    _, case = _accept(clock_hall, date(2026, 11, 2), matter="QYSL")  # due 11-09
    admin = desk_on(clock_hall, date(2026, 11, 3))
    admin.session.login("9001", PASSWORD)
    console = ConsoleService(clock_hall, ManualClock.at_hall_time(date(2026, 11, 3)))
    (change,) = console.set_override(admin.session.actor, date(2026, 11, 5), False, "台风停止办公")
    assert (change.old_due, change.new_due, change.earlier) == (date(2026, 11, 9), date(2026, 11, 10), False)
    (back,) = console.remove_override(admin.session.actor, date(2026, 11, 5))
    assert back.new_due == date(2026, 11, 9)
    with clock_hall.read() as s:
        assert s.get(Case, case.case.id).due_date == date(2026, 11, 9)


def test_a_live_calendar_picks_up_an_import_without_a_restart(clock_hall: Store) -> None:
    from app.services.calendar_service import LiveCalendar

    ticks = [0.0]
    live = LiveCalendar(clock_hall, ttl=30, monotonic=lambda: ticks[0])
    assert live.add_workdays(date(2026, 12, 21), 20) == date(2027, 1, 19) and live.is_provisional_year(2027)
    import_notice(clock_hall, NOTICE_2027, clock=ManualClock.at_hall_time(date(2026, 12, 22)))
    assert live.add_workdays(date(2026, 12, 21), 20) == date(2027, 1, 19)  # re-read at most every 30 s
    ticks[0] = 30.0
    assert live.add_workdays(date(2026, 12, 21), 20) == date(2027, 1, 20)
    assert not live.is_provisional_year(2027)


def test_the_import_reaches_the_outbox_with_the_moved_case_and_its_event(clock_hall: Store) -> None:
    import uuid

    from app.store.models import DeviceRegistration, OutboxEntry

    _, moved = _accept(clock_hall, date(2026, 12, 21))
    with clock_hall.write() as tx:  # from now on this store is a registered PC
        tx.session.add(DeviceRegistration(device_id=uuid.uuid4(), window_code="01", hall_code="510626-LJJK"))
    import_notice(clock_hall, NOTICE_2027, source="2027.txt", clock=ManualClock.at_hall_time(date(2026, 12, 22)))
    with clock_hall.read() as s:
        rows = [
            (r.seq, r.kind, r.entity, r.entity_id, r.payload)
            for r in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]
    kinds = [(kind, entity) for _, kind, entity, _, _ in rows]
    assert ("calendar.override", "calendar_overrides") in kinds
    assert ("hall_setting", "hall_settings") in kinds
    moved_rows = [
        (entity_id, payload["due_date"]) for _, kind, _, entity_id, payload in rows if kind == "case_due_recomputed"
    ]
    assert moved_rows == [(str(moved.case.id), "2027-01-20")]
    (event,) = [payload for _, kind, _, _, payload in rows if kind == "case_event"]
    assert event["action"] == RECOMPUTE_ACTION and event["data"]["new_due"] == "2027-01-20"
    assert [seq for seq, *_ in rows] == list(range(1, len(rows) + 1))  # gapless, one transaction
