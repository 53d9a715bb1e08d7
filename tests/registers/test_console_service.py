"""The administrator's console service: role gate, matter editing with the catalog checks, posts,
substitutes honoured at login, staff maintenance, calendar overrides and hall settings — all audited."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import PostRole, Role, WindowKind
from app.domain.errors import CatalogError, PermissionDenied, ValidationError
from app.services.console import ConsoleService, can_open_console
from app.services.errors import AccountLocked
from app.services.registers import ComplaintInput, RegisterService
from app.services.session import SessionService
from app.services.supervision import SupervisionService
from app.settings import Settings
from app.store.models import AuditEntry, Material, Matter, StatusEvent
from app.store.uow import Store
from tests.registers.conftest import Hall, clock_at

CATALOG = """{"format": "counterdesk-catalog/1", "hall": {"code": "510626-LJJK", "name": "罗江经开区政务服务中心"},
 "departments": [{"code": "SCJG", "name": "区市场监管局"}, {"code": "RSJ", "name": "区人社局"}],
 "matters": [{"code": "SCJG-001", "name": "食品经营许可", "type": "行政许可", "department": "SCJG",
   "case_kind": "承诺件", "legal_limit_days": 20, "promised_limit_days": 10,
   "materials": [{"code": "M1", "name": "食品经营许可申请书", "necessity": "必要", "form": "原件"}]}]}"""

NEW_MATTER = {
    "code": "RSJ-010",
    "name": "失业保险金申领",
    "type": "行政给付",
    "department": "RSJ",
    "case_kind": "承诺件",
    "legal_limit_days": 10,
    "promised_limit_days": 5,
    "windows": ["02"],
    "situations": [{"code": "agent", "name": "委托代理人办理", "question": "是否委托他人代办？"}],
    "materials": [
        {"code": "ID", "name": "居民身份证", "necessity": "必要", "form": "原件"},
        {"code": "POA", "name": "授权委托书", "necessity": "必要", "form": "原件", "situations": ["agent"]},
    ],
}


@pytest.fixture()
def reg_store(store: Store) -> Store:
    """Run this module on SQLite and on a real PostgreSQL."""
    return store


@pytest.fixture()
def console(reg_store: Store, hall: Hall) -> ConsoleService:
    service = ConsoleService(reg_store, clock_at(date(2026, 10, 10)))
    service.import_catalog(hall.admin, CATALOG)
    return service


def test_only_administrators_may_use_the_console(console: ConsoleService, hall: Hall) -> None:
    assert can_open_console(hall.admin) and not can_open_console(hall.clerk01) and not can_open_console(hall.lead01)
    for actor in (hall.clerk01, hall.lead01, hall.supervisor):
        with pytest.raises(PermissionDenied, match="中心管理员"):
            console.matters(actor)
        with pytest.raises(PermissionDenied):
            console.assign_post(actor, "01", "S002", PostRole.B)
        with pytest.raises(PermissionDenied):
            console.reset_password(actor, "S001")


def test_add_and_edit_a_matter_with_materials(console: ConsoleService, hall: Hall, reg_store: Store) -> None:
    saved = console.save_matter(hall.admin, NEW_MATTER)
    assert saved.code == "RSJ-010" and saved.warnings == ()
    stored = console.matter(hall.admin, "RSJ-010")
    assert [m["name"] for m in stored["materials"]] == ["居民身份证", "授权委托书"]
    assert stored["materials"][1]["situations"] == ["agent"]
    assert {m.code for m in console.matters(hall.admin)} == {"SCJG-001", "RSJ-010"}

    broken = copy.deepcopy(NEW_MATTER)
    broken["materials"][0]["necessity"] = "容缺"  # 容缺 only where allows_deficiency is true
    with pytest.raises(CatalogError, match="RSJ-010"):
        console.save_matter(hall.admin, broken, replaces="RSJ-010")
    with pytest.raises(CatalogError, match="已存在"):
        console.save_matter(hall.admin, NEW_MATTER)
    with reg_store.read() as s:
        ids_before = {m.code: m.id for m in s.scalars(select(Matter))}
        material_before = s.scalars(select(Material.id).where(Material.code == "POA")).one()
    edited = copy.deepcopy(NEW_MATTER)
    edited["promised_limit_days"] = 8
    edited["materials"][0]["name"] = "居民身份证（原件）"
    warned = console.save_matter(hall.admin, edited, replaces="RSJ-010")
    with reg_store.read() as s:  # rows are updated in place: the reference release carries one matter
        assert {m.code: m.id for m in s.scalars(select(Matter))} == ids_before
        assert s.scalars(select(Material.id).where(Material.code == "POA")).one() == material_before
    assert any("50%" in w for w in warned.warnings)  # 8 of 10 legal days: warned, not blocked
    assert console.matter(hall.admin, "RSJ-010")["promised_limit_days"] == 8
    assert console.matter(hall.admin, "RSJ-010")["materials"][0]["name"] == "居民身份证（原件）"
    console.delete_matter(hall.admin, "SCJG-001")
    assert [m.code for m in console.matters(hall.admin)] == ["RSJ-010"]
    with reg_store.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "matters"))]
    assert actions == ["matter.save", "matter.save", "matter.delete"]


def test_ab_posts_and_a_substitute_for_today_are_honoured_at_login(
    console: ConsoleService, hall: Hall, reg_store: Store
) -> None:
    clock = clock_at(date(2026, 10, 10), 8, 50)
    password = console.create_staff(hall.admin, "S010", "钱多多", department_code="RSJ", title="科员")
    console.assign_post(hall.admin, "02", "S002", PostRole.A)
    console.assign_post(hall.admin, "02", "S004", PostRole.B)
    assert [(p.staff_no, p.post) for p in console.posts(hall.admin, "02")] == [("S002", "A岗"), ("S004", "B岗")]

    window02 = SessionService(reg_store, Settings(window_code="02"), clock=clock)
    with pytest.raises(PermissionDenied, match="顶岗"):
        window02.login("S010", password)
    console.set_substitute(hall.admin, "02", "S010", date(2026, 10, 10), "李强请假")
    assert [(s.window, s.name) for s in console.substitutes(hall.admin, date(2026, 10, 10))] == [("02", "钱多多")]
    info = window02.login("S010", password)
    assert info.post is PostRole.SUBSTITUTE and info.window_code == "02"
    window02.logout()
    tomorrow = SessionService(reg_store, Settings(window_code="02"), clock=clock_at(date(2026, 10, 12)))
    with pytest.raises(PermissionDenied):
        tomorrow.login("S010", password)
    with pytest.raises(ValidationError, match="已过去"):
        console.set_substitute(hall.admin, "02", "S010", date(2026, 10, 9))


def test_staff_roles_photo_reset_and_unlock(console: ConsoleService, hall: Hall, reg_store: Store) -> None:
    with pytest.raises(ValidationError, match="PNG"):
        console.set_photo(hall.admin, "S001", b"GIF89a....")
    console.set_photo(hall.admin, "S001", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    console.set_roles(hall.admin, "S001", [Role.CLERK, Role.LEAD])
    with pytest.raises(ValidationError, match="自己"):
        console.set_roles(hall.admin, "M001", [Role.CLERK])
    clock = clock_at(date(2026, 10, 10), 9)
    window01 = SessionService(reg_store, Settings(window_code="01"), clock=clock)
    password = console.reset_password(hall.admin, "S001")
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            window01.login("S001", "wrong-password1")
    with pytest.raises(AccountLocked):
        window01.login("S001", password)
    console.unlock(hall.admin, "S001")
    assert window01.login("S001", password).must_change_password
    view = {s.staff_no: s for s in console.staff(hall.admin)}["S001"]
    assert view.has_photo and view.roles == ("窗口工作人员", "首席代表") and not view.locked
    with reg_store.read() as s:
        actions = {a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "staff"))}
    assert {"staff.photo", "staff.roles", "staff.password_reset", "staff.unlock"} <= actions


def test_windows_calendar_override_and_hall_hours_change_the_rules(
    console: ConsoleService, hall: Hall, reg_store: Store
) -> None:
    view = console.save_window(
        hall.admin,
        "03",
        "综合受理窗口",
        WindowKind.GENERAL,
        ["c", "A"],
        ["SCJG", "RSJ"],
        devices={"led": "socket://10.0.0.3:4001"},
    )
    assert view.ticket_categories == ("C", "A") and view.departments == ("SCJG", "RSJ")
    with pytest.raises(ValidationError, match="字母"):
        console.save_window(hall.admin, "03", "综合受理窗口", WindowKind.GENERAL, ["AB"], [])

    # a typhoon closes the hall on Friday 2026-10-09: a phone complaint of 10-08 is then due on 10-10
    registers = RegisterService(reg_store, clock_at(date(2026, 10, 8)))
    assert registers.file_complaint(hall.clerk01, ComplaintInput("刘洋", "电话", "r", "f", "简单")).due == date(
        2026, 10, 9
    )
    with pytest.raises(ValidationError, match="原因"):
        console.set_override(hall.admin, date(2026, 10, 9), False, "")
    console.set_override(hall.admin, date(2026, 10, 9), False, "台风停止办公")
    assert registers.file_complaint(hall.clerk01, ComplaintInput("刘洋", "电话", "r", "f", "简单")).due == date(
        2026, 10, 10
    )

    with pytest.raises(ValidationError, match="重叠"):
        console.save_hall_settings(
            hall.admin, name="中心", periods=[["09:00", "12:30"], ["12:00", "17:00"]], phones={}, follow_up_days=5
        )
    settings = console.save_hall_settings(
        hall.admin,
        name="罗江经开区政务服务中心",
        periods=[["08:30", "12:00"], ["14:00", "17:30"]],
        phones={"咨询电话": "0838-1234567", "投诉电话": "0838-7654321"},
        follow_up_days=3,
    )
    assert settings.hours.describe() == "08:30-12:00，14:00-17:30" and settings.follow_up_days == 3
    with reg_store.write() as tx:  # 08:45 is 15 minutes late against the new 08:30 opening
        tx.session.add(
            StatusEvent(
                owner_window="01",
                staff_id=hall.clerk01.staff_id,
                post="A岗",
                kind="login",
                at=clock_at(date(2026, 10, 12), 8, 45)(),
            )
        )
    att = SupervisionService(reg_store, clock_at(date(2026, 10, 13))).attendance(hall.admin, date(2026, 10, 12))
    assert att.rows[0].late_minutes == 15
