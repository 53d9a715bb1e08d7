"""The console's staff: accounts, roles, photos, password resets and unlocking."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.enums import Role
from app.domain.errors import NotFound, ValidationError
from app.services import staffing
from app.services.console.common import MAX_PHOTO_BYTES, TEMP_PASSWORD_LENGTH, ConsoleBase, StaffView
from app.store.models import Department, Staff


def _photo_kind(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    raise ValidationError("照片须为 PNG 或 JPEG 图片", field="照片")


class StaffConsole(ConsoleBase):
    """The administrator console's staff."""

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
        staffing.unlock_staff(self._store, staff_no, actor=actor)
