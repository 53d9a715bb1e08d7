"""The console's departments and windows (kind, ticket categories, departments served)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select

from app.domain.actor import Actor
from app.domain.enums import WindowKind
from app.domain.errors import NotFound, ValidationError
from app.services.console.common import ConsoleBase, DepartmentView, WindowView
from app.store.models import Department, Window, WindowDepartment


class OrganisationConsole(ConsoleBase):
    """The administrator console's departments and windows (kind, ticket categories, departments served).."""

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
            bool(w.output_window),
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
        output_window: bool | None = None,
    ) -> WindowView:
        """Create or change a window: its kind, the ticket categories it calls, its departments
        and devices, and whether it is an output window (出件窗口; ``None`` keeps it)."""
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
            if output_window is not None:
                row.output_window = output_window
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
                output_window=bool(row.output_window),
            )
            tx.emit("reference.window", row)
            return self._window_view(row)
