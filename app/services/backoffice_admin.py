"""The administrator's side of the back office: co-departments' 联办 limits and who the
back-office staff are (``admin backoffice …``)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.actor import SYSTEM, Actor
from app.domain.enums import Role
from app.domain.errors import NotFound, ValidationError
from app.services.backoffice_joint import CO_LIMITS_KEY, DEFAULT_CO_LIMIT, co_department_limits
from app.services.hall import require_role
from app.store.models import Department, HallSetting, Staff
from app.store.uow import Store


def set_co_limit(store: Store, department: str, days: int, *, actor: Actor = SYSTEM) -> None:
    """A co-department's working days to answer a 联办 (1–60)."""
    if actor is not SYSTEM:
        require_role(actor, (Role.ADMIN,), "设置联办时限")
    if not 1 <= days <= 60:
        raise ValidationError("联办答复时限须为1至60个工作日", field="days")
    with store.write(actor) as tx:
        s = tx.session
        if s.scalars(select(Department.id).where(Department.code == department)).first() is None:
            raise NotFound(f"部门“{department}”不存在")
        row = s.get(HallSetting, CO_LIMITS_KEY)
        value = dict(row.value or {}) if row is not None else {}
        value[department] = days
        if row is None:
            row = HallSetting(key=CO_LIMITS_KEY, value=value)
            s.add(row)
        else:
            row.value = value
        s.flush()
        tx.emit("hall_setting", row, entity_id=CO_LIMITS_KEY)
        tx.audit("联办时限", "hall_settings", CO_LIMITS_KEY, department=department, days=days)


def co_limits(store: Store) -> list[tuple[str, str, int, bool]]:
    """(code, name, days, is the default) for every department."""
    with store.read() as s:
        limits = co_department_limits(s)
        return [
            (d.code, d.name, limits.get(d.code, DEFAULT_CO_LIMIT), d.code not in limits)
            for d in s.scalars(select(Department).order_by(Department.code))
        ]


def back_office_staff(store: Store) -> list[tuple[str, str, str]]:
    """(staff no, name, department) of every active 后台审批人."""
    with store.read() as s:
        rows = s.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.staff_no))
        return [
            (r.staff_no, r.name, r.department.name if r.department is not None else "（未绑定部门）")
            for r in rows
            if Role.BACK_OFFICE.value in (r.roles or ())
        ]
