"""The 后台审批人 role is bound to a department: the administrator must say which."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.services.staffing import create_staff
from app.store.models import Department, Staff


def test_back_office_staff_need_a_department_and_keep_it(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    with sqlite_store.write() as tx:
        tx.session.add(Department(code="XZSP", name="区行政审批局"))
    with pytest.raises(ValidationError, match="后台审批人须指定所属部门"):
        create_staff(sqlite_store, staff_no="5001", name="钱审批", password="pw-2026x", roles=(Role.BACK_OFFICE,))
    with sqlite_store.read() as s:
        assert s.scalars(select(Staff).where(Staff.staff_no == "5001")).first() is None
    create_staff(
        sqlite_store,
        staff_no="5001",
        name="钱审批",
        password="pw-2026x",
        roles=(Role.BACK_OFFICE,),
        department_code="XZSP",
    )
    with sqlite_store.read() as s:
        row = s.scalars(select(Staff).where(Staff.staff_no == "5001")).one()
        assert row.roles == ["后台审批人"]
        assert row.department is not None and row.department.code == "XZSP"
