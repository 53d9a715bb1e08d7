"""The center administrator's console: catalog, departments, windows, staff, AB posts, day
substitutes, calendar overrides and hall settings.

Only a 中心管理员 may use it (:class:`PermissionDenied` for everybody else, checked on
every call, not only when the screen opens), and every change writes an audit row in
the same transaction. A matter edited here passes the same ``counterdesk-catalog/1``
checks as an imported file, because it is checked as part of the whole catalog before
anything is stored. Staff, posts and substitutes reuse :mod:`app.services.staffing`, the
functions the admin command line and the demo seeder use, so the console and the
command line cannot disagree about who may log in where.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain import catalog as c
from app.domain.actor import Actor
from app.domain.calendar import Override
from app.domain.enums import PostRole, Role, WindowKind
from app.domain.errors import CatalogError, NotFound, PermissionDenied, ValidationError
from app.exchange.catalog_file import catalog_to_dict, matter_to_dict, parse_catalog
from app.services import staffing
from app.services.base import CenterService
from app.services.calendar_service import NoticeImport, import_notice
from app.services.catalog_admin import CatalogImportResult, export_catalog, import_catalog
from app.services.hall import (
    FOLLOW_UP_DAYS_KEY,
    HALL_KEY,
    HOURS_KEY,
    PHONES_KEY,
    HallHours,
    load_hours,
    parse_hours,
    require_role,
)
from app.store.catalog_io import known_window_codes, load_catalog
from app.store.models import (
    CalendarOverride,
    Department,
    HallSetting,
    Material,
    Matter,
    PostAssignment,
    Situation,
    Staff,
    Substitution,
    Window,
    WindowDepartment,
)

#: Largest staff photo accepted (shown on the evaluator and the LED screen).
MAX_PHOTO_BYTES = 1024 * 1024

#: Length of a generated temporary password.
TEMP_PASSWORD_LENGTH = 10

#: Phone entries the hall publishes (咨询电话, 投诉电话 …).
PHONE_LABELS = ("咨询电话", "投诉电话", "监督电话")


@dataclass(frozen=True)
class MatterSummary:
    code: str
    name: str
    department: str
    case_kind: str
    materials: int


@dataclass(frozen=True)
class DepartmentView:
    code: str
    name: str


@dataclass(frozen=True)
class WindowView:
    code: str
    name: str
    kind: str
    ticket_categories: tuple[str, ...]
    departments: tuple[str, ...]
    devices: Mapping[str, Any]
    active: bool


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    staff_no: str
    name: str
    department: str
    department_code: str
    title: str
    phone: str
    party_member: bool
    roles: tuple[str, ...]
    locked: bool
    active: bool
    has_photo: bool


@dataclass(frozen=True)
class PostView:
    window: str
    staff_no: str
    name: str
    post: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class SubstituteView:
    window: str
    staff_no: str
    name: str
    day: date
    note: str


@dataclass(frozen=True)
class HallSettingsView:
    code: str
    name: str
    hours: HallHours
    phones: Mapping[str, str]
    follow_up_days: int


@dataclass(frozen=True)
class MatterSaved:
    code: str
    warnings: tuple[str, ...]


def can_open_console(actor: Actor | None) -> bool:
    """Whether ``actor`` may see the console at all (the menu entry is hidden otherwise)."""
    return actor is not None and actor.has_role(Role.ADMIN)


def _photo_kind(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    raise ValidationError("照片须为 PNG 或 JPEG 图片", field="照片")


class ConsoleService(CenterService):
    """Administrator use cases; every method checks the role first and audits its change."""

    @staticmethod
    def require_admin(actor: Actor, doing: str = "使用管理控制台") -> None:
        require_role(actor, (Role.ADMIN,), doing)

    # -- catalog ---------------------------------------------------------------------------

    def import_catalog(self, actor: Actor, data: bytes | str, source: str = "") -> CatalogImportResult:
        """Replace the catalog from a ``counterdesk-catalog/1`` file (all-or-nothing)."""
        self.require_admin(actor, "导入事项目录")
        return import_catalog(self._store, data, actor, source)

    def export_catalog(self, actor: Actor) -> str:
        self.require_admin(actor, "导出事项目录")
        return export_catalog(self._store)

    def matters(self, actor: Actor) -> list[MatterSummary]:
        self.require_admin(actor)
        with self._store.read() as session:
            catalog = load_catalog(session)
        return [
            MatterSummary(m.code, m.name, m.department, str(m.case_kind), len(m.materials)) for m in catalog.matters
        ]

    def matter(self, actor: Actor, code: str) -> dict[str, Any]:
        """One matter in the catalog file's layout (what the editor shows and sends back)."""
        self.require_admin(actor)
        with self._store.read() as session:
            found = load_catalog(session).find_matter(code)
        if found is None:
            raise NotFound(f"事项“{code}”不存在")
        return matter_to_dict(found)

    def save_matter(self, actor: Actor, matter: Mapping[str, Any], replaces: str | None = None) -> MatterSaved:
        """Add a matter or replace ``replaces`` with it, after checking the whole catalog with it in place.

        A broken matter raises :class:`CatalogError` naming the field, and nothing changes.
        Only this matter's rows are written (updated in place, lines matched by code), so
        the reference release that follows carries this matter and nothing else.
        """
        self.require_admin(actor, "编辑事项")
        code = str(matter.get("code", "")).strip()
        with self._store.write(actor) as tx:
            catalog, warnings = self._checked(tx.session, lambda ms: self._put(ms, dict(matter), replaces))
            parsed = catalog.find_matter(code)
            assert parsed is not None
            _store_matter(tx.session, parsed, replaces)
            tx.audit("matter.save", "matters", code, replaces=replaces, materials=len(parsed.materials))
            tx.emit("catalog.matter_saved", entity="matters", entity_id=code, payload={"code": code})
        return MatterSaved(code, tuple(warnings))

    def delete_matter(self, actor: Actor, code: str) -> None:
        """Remove a matter (refused while a bundle still names it: the catalog check says which)."""
        self.require_admin(actor, "删除事项")
        with self._store.write(actor) as tx:

            def drop(matters: list[dict[str, Any]]) -> list[dict[str, Any]]:
                kept = [m for m in matters if m["code"] != code]
                if len(kept) == len(matters):
                    raise NotFound(f"事项“{code}”不存在")
                return kept

            self._checked(tx.session, drop)
            row = tx.session.scalars(select(Matter).where(Matter.code == code)).one()
            tx.session.delete(row)
            tx.audit("matter.delete", "matters", code)
            tx.emit("catalog.matter_deleted", entity="matters", entity_id=code, payload={"code": code})

    @staticmethod
    def _put(matters: list[dict[str, Any]], matter: dict[str, Any], replaces: str | None) -> list[dict[str, Any]]:
        target = replaces or matter.get("code")
        out, placed = [], False
        for m in matters:
            if m["code"] == target:
                if replaces is None:
                    raise CatalogError(f"事项编码“{target}”已存在，请改用“编辑”", matter=str(target), field="code")
                out.append(matter)
                placed = True
            else:
                out.append(m)
        if replaces is not None and not placed:
            raise NotFound(f"事项“{replaces}”不存在")
        if not placed:
            out.append(matter)
        return out

    @staticmethod
    def _checked(session: Session, change: Any) -> tuple[c.Catalog, list[str]]:
        data = catalog_to_dict(load_catalog(session))
        data["matters"] = change(data["matters"])
        return parse_catalog(json.dumps(data, ensure_ascii=False), known_windows=known_window_codes(session))

    # -- departments and windows ----------------------------------------------------------------

    def departments(self, actor: Actor) -> list[DepartmentView]:
        self.require_admin(actor)
        with self._store.read() as session:
            return [
                DepartmentView(d.code, d.name) for d in session.scalars(select(Department).order_by(Department.code))
            ]

    def save_department(self, actor: Actor, code: str, name: str) -> DepartmentView:
        self.require_admin(actor, "维护部门")
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise ValidationError("请填写部门编码和名称", field="部门")
        with self._store.write(actor) as tx:
            row = tx.session.scalars(select(Department).where(Department.code == code)).first()
            if row is None:
                row = Department(code=code, name=name)
                tx.session.add(row)
            row.name = name
            tx.session.flush()
            tx.audit("department.save", "departments", row.id, code=code, name=name)
            tx.emit("reference.department", row)
            return DepartmentView(code, name)

    def windows(self, actor: Actor) -> list[WindowView]:
        self.require_admin(actor)
        with self._store.read() as session:
            return [self._window_view(w) for w in session.scalars(select(Window).order_by(Window.code))]

    @staticmethod
    def _window_view(w: Window) -> WindowView:
        return WindowView(
            w.code,
            w.name,
            w.kind,
            tuple(w.ticket_categories or ()),
            tuple(d.code for d in w.departments),
            dict(w.devices or {}),
            w.active,
        )

    def save_window(
        self,
        actor: Actor,
        code: str,
        name: str,
        kind: WindowKind,
        ticket_categories: Sequence[str],
        departments: Sequence[str],
        devices: Mapping[str, Any] | None = None,
        active: bool = True,
    ) -> WindowView:
        """Create or change a window: its kind, the ticket categories it calls, its departments and devices."""
        self.require_admin(actor, "维护窗口")
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise ValidationError("请填写窗口编号和名称", field="窗口")
        kind = WindowKind(kind)
        categories = [t.strip().upper() for t in ticket_categories if t.strip()]
        bad = [t for t in categories if not (t.isascii() and t.isalpha() and len(t) == 1)]
        if bad:
            raise ValidationError(f"取号类别应为单个英文字母：{'、'.join(bad)}", field="取号类别")
        with self._store.write(actor) as tx:
            dept_rows = []
            for dcode in departments:
                dept = tx.session.scalars(select(Department).where(Department.code == dcode)).first()
                if dept is None:
                    raise NotFound(f"部门“{dcode}”不存在")
                dept_rows.append(dept)
            row = tx.session.scalars(select(Window).where(Window.code == code)).first()
            if row is None:
                row = Window(code=code, name=name, kind=str(kind))
                tx.session.add(row)
            row.name, row.kind, row.ticket_categories, row.active = name, str(kind), categories, active
            if devices is not None:
                row.devices = dict(devices)
            tx.session.flush()
            tx.session.execute(delete(WindowDepartment).where(WindowDepartment.window_id == row.id))
            for pos, dept in enumerate(dept_rows):
                tx.session.add(WindowDepartment(window_id=row.id, department_id=dept.id, position=pos))
            tx.session.flush()
            tx.session.expire(row, ["departments"])
            tx.audit(
                "window.save",
                "windows",
                row.id,
                code=code,
                kind=str(kind),
                categories=categories,
                departments=list(departments),
                active=active,
            )
            tx.emit("reference.window", row)
            return self._window_view(row)

    # -- staff ----------------------------------------------------------------------------

    def staff(self, actor: Actor) -> list[StaffView]:
        self.require_admin(actor)
        now = self._now()
        with self._store.read() as session:
            return [
                StaffView(
                    s.id,
                    s.staff_no,
                    s.name,
                    s.department.name if s.department else "",
                    s.department.code if s.department else "",
                    s.title or "",
                    s.phone or "",
                    s.party_member,
                    tuple(s.roles or ()),
                    s.locked_until is not None and s.locked_until > now,
                    s.active,
                    s.photo is not None,
                )
                for s in session.scalars(select(Staff).order_by(Staff.staff_no))
            ]

    def create_staff(
        self,
        actor: Actor,
        staff_no: str,
        name: str,
        roles: Iterable[str] = (Role.CLERK,),
        department_code: str | None = None,
        title: str = "",
        phone: str = "",
        party_member: bool = False,
    ) -> str:
        """Create a person with a temporary password (returned once, to hand over; changed at first login)."""
        self.require_admin(actor, "新增工作人员")
        password = staffing.temporary_password(TEMP_PASSWORD_LENGTH)
        staffing.create_staff(
            self._store,
            staff_no=staff_no,
            name=name,
            password=password,
            roles=roles,
            department_code=department_code,
            title=title,
            phone=phone,
            party_member=party_member,
            actor=actor,
        )
        return password

    def update_staff(
        self,
        actor: Actor,
        staff_no: str,
        *,
        name: str,
        title: str,
        phone: str,
        party_member: bool,
        department_code: str | None,
        active: bool,
    ) -> None:
        """Change the public fields shown on screens (name, title, party membership) and the department."""
        self.require_admin(actor, "修改工作人员")
        if not name.strip():
            raise ValidationError("请填写姓名", field="姓名")
        with self._store.write(actor) as tx:
            row = staffing.staff_by_no(tx.session, staff_no)
            dept_id = None
            if department_code:
                dept = tx.session.scalars(select(Department).where(Department.code == department_code)).first()
                if dept is None:
                    raise NotFound(f"部门“{department_code}”不存在")
                dept_id = dept.id
            row.name, row.title, row.phone = name.strip(), title.strip(), phone.strip()
            row.party_member, row.department_id, row.active = party_member, dept_id, active
            tx.audit("staff.update", "staff", row.id, staff_no=staff_no, active=active)
            tx.emit("reference.staff", row)

    def set_roles(self, actor: Actor, staff_no: str, roles: Iterable[str]) -> tuple[str, ...]:
        self.require_admin(actor, "设置角色")
        values = tuple(str(Role(r)) for r in roles)
        if not values:
            raise ValidationError("至少保留一个角色", field="角色")
        with self._store.write(actor) as tx:
            row = staffing.staff_by_no(tx.session, staff_no)
            if row.id == actor.staff_id and Role.ADMIN.value not in values:
                raise ValidationError("不能取消自己的中心管理员角色", field="角色")
            before = list(row.roles or [])
            row.roles = list(values)
            tx.audit("staff.roles", "staff", row.id, before=before, after=list(values))
            tx.emit("reference.staff", row)
        return values

    def set_photo(self, actor: Actor, staff_no: str, data: bytes) -> None:
        """The photo shown on the evaluator and the window screen (PNG or JPEG, at most 1 MB)."""
        self.require_admin(actor, "设置照片")
        kind = _photo_kind(data)
        if len(data) > MAX_PHOTO_BYTES:
            raise ValidationError("照片不能超过1MB，请压缩后再上传", field="照片")
        with self._store.write(actor) as tx:
            row = staffing.staff_by_no(tx.session, staff_no)
            row.photo = data
            tx.audit("staff.photo", "staff", row.id, format=kind, size=len(data))
            tx.emit("reference.staff", row)

    def reset_password(self, actor: Actor, staff_no: str) -> str:
        """A new temporary password (returned once); it also unlocks the account."""
        self.require_admin(actor, "重置密码")
        password = staffing.temporary_password(TEMP_PASSWORD_LENGTH)
        staffing.set_password(self._store, staff_no, password, must_change=True, actor=actor)
        return password

    def unlock(self, actor: Actor, staff_no: str) -> None:
        """Lift a lockout after too many wrong passwords."""
        self.require_admin(actor, "解锁账号")
        with self._store.write(actor) as tx:
            row = staffing.staff_by_no(tx.session, staff_no)
            row.failed_logins = 0
            row.locked_until = None
            tx.audit("staff.unlock", "staff", row.id)
            tx.emit("reference.staff", row)

    # -- AB posts and substitutes -----------------------------------------------------------------

    def posts(self, actor: Actor, window_code: str | None = None) -> list[PostView]:
        self.require_admin(actor)
        with self._store.read() as session:
            query = (
                select(PostAssignment, Window.code, Staff.staff_no, Staff.name)
                .join(Window, Window.id == PostAssignment.window_id)
                .join(Staff, Staff.id == PostAssignment.staff_id)
                .order_by(Window.code, PostAssignment.post, Staff.staff_no)
            )
            if window_code:
                query = query.where(Window.code == window_code)
            return [
                PostView(code, no, name, p.post, p.valid_from, p.valid_to)
                for p, code, no, name in session.execute(query)
            ]

    def assign_post(
        self,
        actor: Actor,
        window_code: str,
        staff_no: str,
        post: PostRole,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> None:
        """Make someone the A岗 or a B岗 of a window (a new A岗 replaces the old one)."""
        self.require_admin(actor, "设置AB岗")
        staffing.assign_post(
            self._store,
            window_code=window_code,
            staff_no=staff_no,
            post=post,
            valid_from=valid_from,
            valid_to=valid_to,
            actor=actor,
        )

    def remove_post(self, actor: Actor, window_code: str, staff_no: str, post: PostRole) -> None:
        self.require_admin(actor, "取消AB岗")
        with self._store.write(actor) as tx:
            window, person = (
                staffing.window_by_code(tx.session, window_code),
                staffing.staff_by_no(tx.session, staff_no),
            )
            row = tx.session.scalars(
                select(PostAssignment).where(
                    PostAssignment.window_id == window.id,
                    PostAssignment.staff_id == person.id,
                    PostAssignment.post == str(PostRole(post)),
                )
            ).first()
            if row is None:
                raise NotFound(f"{person.name}不是{window_code}号窗口的{post}")
            tx.session.delete(row)
            tx.audit("post.remove", "post_assignments", row.id, window=window_code, staff_no=staff_no, post=str(post))

    def substitutes(self, actor: Actor, day: date) -> list[SubstituteView]:
        self.require_admin(actor)
        with self._store.read() as session:
            rows = session.execute(
                select(Substitution, Window.code, Staff.staff_no, Staff.name)
                .join(Window, Window.id == Substitution.window_id)
                .join(Staff, Staff.id == Substitution.staff_id)
                .where(Substitution.day == day)
                .order_by(Window.code)
            )
            return [SubstituteView(code, no, name, s.day, s.note) for s, code, no, name in rows]

    def set_substitute(self, actor: Actor, window_code: str, staff_no: str, day: date, note: str = "") -> None:
        """Approve a day substitute (顶岗) for one window and one day; the login honours it that day."""
        self.require_admin(actor, "批准顶岗")
        if day < self.today():
            raise ValidationError("不能为已过去的日期批准顶岗", field="日期")
        staffing.approve_substitute(
            self._store, window_code=window_code, staff_no=staff_no, day=day, note=note, actor=actor
        )

    def remove_substitute(self, actor: Actor, window_code: str, staff_no: str, day: date) -> None:
        self.require_admin(actor, "撤销顶岗")
        with self._store.write(actor) as tx:
            window, person = (
                staffing.window_by_code(tx.session, window_code),
                staffing.staff_by_no(tx.session, staff_no),
            )
            row = tx.session.scalars(
                select(Substitution).where(
                    Substitution.window_id == window.id, Substitution.staff_id == person.id, Substitution.day == day
                )
            ).first()
            if row is None:
                raise NotFound(f"{person.name}在{day.isoformat()}没有{window_code}号窗口的顶岗批准")
            tx.session.delete(row)
            tx.audit("substitute.remove", "substitutions", row.id, window=window_code, staff_no=staff_no, day=day)

    # -- calendar ----------------------------------------------------------------------------------

    def overrides(self, actor: Actor) -> list[Override]:
        self.require_admin(actor)
        with self._store.read() as session:
            return [
                Override(r.day, r.is_workday, r.note)
                for r in session.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
            ]

    def set_override(self, actor: Actor, day: date, is_workday: bool, note: str) -> None:
        """Declare one day a working day or a day off (台风停止办公, next year's 调休 …)."""
        self.require_admin(actor, "调整工作日历")
        note = note.strip()
        if not note:
            raise ValidationError("请写明调整原因（如“2027年国庆节调休”）", field="说明")
        with self._store.write(actor) as tx:
            row = tx.session.get(CalendarOverride, day)
            if row is None:
                row = CalendarOverride(day=day, is_workday=is_workday, note=note, source="管理控制台")
                tx.session.add(row)
            row.is_workday, row.note = is_workday, note
            tx.session.flush()
            tx.audit("calendar.override", "calendar_overrides", day.isoformat(), is_workday=is_workday, note=note)
            tx.emit("calendar.override", row, entity_id=day.isoformat())

    def remove_override(self, actor: Actor, day: date) -> None:
        self.require_admin(actor, "调整工作日历")
        with self._store.write(actor) as tx:
            row = tx.session.get(CalendarOverride, day)
            if row is None:
                raise NotFound(f"{day.isoformat()}没有人工调整")
            tx.session.delete(row)
            tx.audit("calendar.override_removed", "calendar_overrides", day.isoformat())

    def import_notice(self, actor: Actor, text: str, source: str = "") -> NoticeImport:
        """Import the State Council's holiday notice typed in the notice format."""
        self.require_admin(actor, "导入节假日安排")
        return import_notice(self._store, text, source, actor)

    # -- hall settings --------------------------------------------------------------------------------

    def hall_settings(self, actor: Actor) -> HallSettingsView:
        self.require_admin(actor)
        with self._store.read() as session:
            hall = session.get(HallSetting, HALL_KEY)
            phones = session.get(HallSetting, PHONES_KEY)
            follow = session.get(HallSetting, FOLLOW_UP_DAYS_KEY)
            value = hall.value if hall else {}
            return HallSettingsView(
                code=str(value.get("code", "")),
                name=str(value.get("name", "")),
                hours=load_hours(session),
                phones=dict(phones.value) if phones else {},
                follow_up_days=int(follow.value.get("days", 5)) if follow else 5,
            )

    def save_hall_settings(
        self,
        actor: Actor,
        *,
        name: str,
        periods: Sequence[Sequence[str]],
        phones: Mapping[str, str],
        follow_up_days: int,
    ) -> HallSettingsView:
        """Hall name, opening hours (attendance and gaps are measured against them), public phones."""
        self.require_admin(actor, "修改大厅设置")
        hours = parse_hours(periods)
        if not name.strip():
            raise ValidationError("请填写大厅名称", field="大厅名称")
        if not 0 <= follow_up_days <= 30:
            raise ValidationError("差评回访时限应在0至30个工作日之间", field="回访时限")
        clean_phones = {k.strip(): v.strip() for k, v in phones.items() if k.strip() and v.strip()}
        with self._store.write(actor) as tx:

            def put(key: str, value: dict[str, Any]) -> None:
                row = tx.session.get(HallSetting, key)
                if row is None:
                    tx.session.add(HallSetting(key=key, value=value))
                else:
                    row.value = value
                tx.session.flush()
                tx.emit("reference.hall_setting", tx.session.get(HallSetting, key), entity_id=key)

            hall = tx.session.get(HallSetting, HALL_KEY)
            put(HALL_KEY, {**(hall.value if hall else {"code": ""}), "name": name.strip()})
            put(HOURS_KEY, hours.to_setting())
            put(PHONES_KEY, clean_phones)
            put(FOLLOW_UP_DAYS_KEY, {"days": follow_up_days})
            tx.audit(
                "hall.settings",
                "hall_settings",
                None,
                name=name.strip(),
                hours=hours.describe(),
                phones=clean_phones,
                follow_up_days=follow_up_days,
            )
        return self.hall_settings(actor)


def _store_matter(session: Session, m: c.Matter, replaces: str | None) -> None:
    """Write one checked matter into its row (new rows go last); situations and materials matched by code."""
    row = session.scalars(select(Matter).where(Matter.code == (replaces or m.code))).first()
    if row is None:
        last = session.scalar(select(func.max(Matter.position)))
        row = Matter(code=m.code, position=(last or 0) + 1)
        session.add(row)
    search = _search_text()
    row.code, row.name, row.type, row.department_code = m.code, m.name, str(m.type), m.department
    row.case_kind, row.legal_limit_days, row.promised_limit_days = (
        str(m.case_kind),
        m.legal_limit_days,
        m.promised_limit_days,
    )
    row.basis, row.conditions, row.targets = m.basis, m.conditions, [str(t) for t in m.targets]
    row.fee = None if m.fee is None else {"charged": m.fee.charged, "standard": m.fee.standard, "basis": m.fee.basis}
    row.result = None if m.result is None else {"name": m.result.name, "kind": m.result.kind}
    row.location, row.hours, row.consult, row.complaint = m.location, m.hours, m.consult, m.complaint
    row.windows, row.lead_department, row.co_departments = list(m.windows), m.lead_department, list(m.co_departments)
    row.allows_deficiency, row.special_procedures = m.allows_deficiency, list(m.special_procedures)
    row.keywords, row.high_frequency, row.ext = list(m.keywords), m.high_frequency, m.ext
    row.search_text = search(m) if search else m.name.lower()

    situations = {s.code: s for s in row.situations}
    row.situations = [situations.get(x.code) or Situation(code=x.code) for x in m.situations]
    for pos, (target, x) in enumerate(zip(row.situations, m.situations, strict=True)):
        target.name, target.question, target.position = x.name, x.question, pos
    materials = {x.code: x for x in row.materials}
    row.materials = [materials.get(x.code) or Material(code=x.code) for x in m.materials]
    for pos, (target, x) in enumerate(zip(row.materials, m.materials, strict=True)):
        target.name, target.necessity, target.form, target.copies = x.name, str(x.necessity), str(x.form), x.copies
        target.spec, target.source, target.standard, target.basis = x.spec, x.source, x.standard, x.basis
        target.shared, target.situations = x.shared, list(x.situations)
        target.blank_form, target.sample, target.position = x.blank_form, x.sample, pos
    session.flush()


def _search_text() -> Any:
    """The guide's search blob builder, when the guide service is installed (pinyin initials …)."""
    try:
        from app.services.guide import build_search_text
    except ImportError:
        return None
    return lambda m: build_search_text(m.name, m.keywords, m.code)


def ensure_console_access(actor: Actor | None) -> Actor:
    """The actor, if they may open the console; :class:`PermissionDenied` with the reason otherwise."""
    if actor is None:
        raise PermissionDenied("请先登录")
    ConsoleService.require_admin(actor)
    return actor
