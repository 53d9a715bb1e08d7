"""Login at a shared window PC: who may log in, in which capacity, lockout, lock, switch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain.enums import PostRole, WindowStatus
from app.domain.errors import PermissionDenied, ValidationError
from app.services.dto import AwayMessage
from app.services.errors import AccountLocked, PasswordChangeRequired, WindowLocked, WrongPassword
from app.store.models import AuditEntry, StatusEvent
from tests.services.conftest import PASSWORD, Desk, make_desk


def test_capacities_a_b_substitute_admin(desk: Desk) -> None:
    assert desk.session.login("0101", PASSWORD).post is PostRole.A
    desk.session.logout()
    assert desk.session.login("0102", PASSWORD).post is PostRole.B
    desk.session.logout()
    assert desk.session.login("0103", PASSWORD).post is PostRole.SUBSTITUTE
    desk.session.logout()
    admin = desk.session.login("9001", PASSWORD)
    assert admin.post is None and admin.capacity == "管理员"
    desk.session.logout()
    with pytest.raises(PermissionDenied, match="不是.*A岗、B岗或今日批准的顶岗人员"):
        desk.session.login("0201", PASSWORD)


def test_substitute_only_on_the_approved_day(desk: Desk) -> None:
    desk.clock.advance(days=1)
    with pytest.raises(PermissionDenied):
        desk.session.login("0103", PASSWORD)


def test_five_wrong_passwords_lock_for_fifteen_minutes(desk: Desk) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassword) as info:
            desk.session.login("0101", "wrong-pass1")
        assert info.value.attempts_left == left
    with pytest.raises(AccountLocked) as locked:
        desk.session.login("0101", "wrong-pass1")
    assert locked.value.until == desk.clock() + timedelta(minutes=15)
    assert "09:15" in locked.value.message  # 09:00 Beijing time + 15 minutes
    # Even the right password is refused while locked.
    desk.clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        desk.session.login("0101", PASSWORD)
    desk.clock.advance(minutes=1, seconds=1)
    assert desk.session.login("0101", PASSWORD).name == "张明"


def test_unknown_staff_number_says_nothing_more(desk: Desk) -> None:
    with pytest.raises(WrongPassword, match="^工号或密码错误$"):
        desk.session.login("7777", PASSWORD)


def test_first_login_requires_password_change(desk: Desk) -> None:
    info = desk.session.login("0202", "initial1")
    assert info.must_change_password
    with pytest.raises(PasswordChangeRequired):
        desk.queue.call_next()
    with pytest.raises(ValidationError):
        desk.session.change_password("initial1", "short")
    desk.session.change_password("initial1", "newpass2026")
    desk.session.logout()
    assert not desk.session.login("0202", "newpass2026").must_change_password


def test_lock_and_unlock_by_the_same_person(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    desk.session.lock()
    with pytest.raises(WindowLocked):
        desk.session.require_actor()
    with pytest.raises(WrongPassword):
        desk.session.unlock(LEAD := "not-it-1")
    desk.session.unlock(PASSWORD)
    assert desk.session.require_actor().staff_no == "0101"
    del LEAD


def test_status_and_away_message_are_recorded(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    desk.clock.advance(minutes=30)
    desk.session.pause("整理材料")
    assert desk.session.status().status is WindowStatus.PAUSED
    desk.clock.advance(minutes=5)
    away = desk.session.go_away(AwayMessage(reason="参加培训", whereabouts="三楼会议室", contact="8001"))
    assert away.away is not None and away.away.whereabouts == "三楼会议室"
    desk.clock.advance(minutes=40)
    back = desk.session.come_back()
    assert back.status is WindowStatus.SERVING and back.away is None
    kinds = [e.kind for e in desk.session.attendance()]
    assert kinds == ["login", "pause", "away", "return"]
    with desk.store.read() as s:
        away_row = s.scalars(select(StatusEvent).where(StatusEvent.kind == "away")).one()
        assert away_row.reason == "参加培训" and away_row.post == "A岗"


def test_switch_user_attributes_actions_to_the_next_person(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    desk.session.switch_user("0102", PASSWORD)
    actor = desk.session.require_actor()
    assert actor.staff_no == "0102" and actor.post == "B岗"
    desk.session.pause()
    with desk.store.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "status_pause")).one()
        assert row.post == "B岗"


def test_other_window_pc_rejects_window_01_staff(lite_hall) -> None:  # type: ignore[no-untyped-def]
    other = make_desk(lite_hall, window="02")
    with pytest.raises(PermissionDenied):
        other.session.login("0101", PASSWORD)


def test_administrator_may_not_serve_at_the_window(desk: Desk) -> None:
    desk.queue.issue("A")
    desk.session.login("9001", PASSWORD)
    with pytest.raises(PermissionDenied, match="管理员"):
        desk.queue.call_next()
    with pytest.raises(PermissionDenied, match="管理员"):
        desk.intake.start(matter_code="QYSL")
