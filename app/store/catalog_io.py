"""Catalog ⇄ store: write a parsed :class:`~app.domain.catalog.Catalog` into the tables
and read it back, so ``export(import(x))`` is the canonical dump of ``x``.

An import replaces the hall's catalog as a whole (matters, situations, materials,
bundles); departments and windows are upserted and never deleted here because staff,
posts and cases refer to them. The caller's transaction makes it all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from app.domain import catalog as c
from app.domain.enums import CaseKind, MaterialForm, MatterType, Necessity, Target, WindowKind
from app.domain.ids import uuid7
from app.store.models import (
    Bundle,
    Department,
    HallSetting,
    Material,
    Matter,
    Situation,
    Window,
    WindowDepartment,
)

HALL_KEY = "hall"


@dataclass(frozen=True)
class ImportSummary:
    departments: int
    windows: int
    matters: int
    materials: int
    bundles: int
    removed_matters: int


def known_window_codes(session: Session) -> frozenset[str]:
    return frozenset(session.scalars(select(Window.code)))


def replace_catalog(
    session: Session, catalog: c.Catalog, search_text: Callable[[c.Matter], str] | None = None
) -> ImportSummary:
    """Make the store's catalog exactly ``catalog`` (inside the caller's transaction)."""
    hall = session.get(HallSetting, HALL_KEY)
    value = {"code": catalog.hall.code, "name": catalog.hall.name}
    if hall is None:
        session.add(HallSetting(key=HALL_KEY, value=value))
    else:
        hall.value = value

    departments = {d.code: d for d in session.scalars(select(Department))}
    for dept in catalog.departments:
        row = departments.get(dept.code)
        if row is None:
            row = Department(code=dept.code, name=dept.name)
            session.add(row)
            departments[dept.code] = row
        else:
            row.name = dept.name
    session.flush()

    windows = {w.code: w for w in session.scalars(select(Window))}
    for wdef in catalog.windows:
        window = windows.get(wdef.code)
        if window is None:
            window = Window(code=wdef.code, name=wdef.name, kind=str(wdef.kind), ticket_categories=[])
            session.add(window)
            windows[wdef.code] = window
        else:
            window.name, window.kind = wdef.name, str(wdef.kind)
        session.flush()
        session.execute(delete(WindowDepartment).where(WindowDepartment.window_id == window.id))
        for pos, code in enumerate(wdef.departments):
            session.add(WindowDepartment(window_id=window.id, department_id=departments[code].id, position=pos))

    removed = len(session.scalars(select(Matter.id)).all())
    session.execute(delete(Material))
    session.execute(delete(Situation))
    session.execute(delete(Matter))
    session.execute(delete(Bundle))
    session.flush()
    # Core bulk inserts (executemany / insertmanyvalues): a 10,000-matter catalog is one
    # statement per table instead of 70,000 ORM unit-of-work objects.
    matter_rows: list[dict[str, object]] = []
    situation_rows: list[dict[str, object]] = []
    material_rows: list[dict[str, object]] = []
    for pos, m in enumerate(catalog.matters):
        matter_id = uuid7()
        matter_rows.append(
            dict(
                id=matter_id,
                code=m.code,
                name=m.name,
                type=str(m.type),
                department_code=m.department,
                case_kind=str(m.case_kind),
                legal_limit_days=m.legal_limit_days,
                promised_limit_days=m.promised_limit_days,
                basis=m.basis,
                conditions=m.conditions,
                targets=[str(t) for t in m.targets],
                fee=None
                if m.fee is None
                else {"charged": m.fee.charged, "standard": m.fee.standard, "basis": m.fee.basis},
                result=None if m.result is None else {"name": m.result.name, "kind": m.result.kind},
                location=m.location,
                hours=m.hours,
                consult=m.consult,
                complaint=m.complaint,
                windows=list(m.windows),
                lead_department=m.lead_department,
                co_departments=list(m.co_departments),
                allows_deficiency=m.allows_deficiency,
                special_procedures=list(m.special_procedures),
                keywords=list(m.keywords),
                high_frequency=m.high_frequency,
                ext=m.ext,
                search_text=search_text(m) if search_text else m.name.lower(),
                position=pos,
            )
        )
        situation_rows.extend(
            dict(id=uuid7(), matter_id=matter_id, code=x.code, name=x.name, question=x.question, position=i)
            for i, x in enumerate(m.situations)
        )
        material_rows.extend(
            dict(
                id=uuid7(),
                matter_id=matter_id,
                code=x.code,
                name=x.name,
                necessity=str(x.necessity),
                form=str(x.form),
                copies=x.copies,
                spec=x.spec,
                source=x.source,
                standard=x.standard,
                basis=x.basis,
                shared=x.shared,
                situations=list(x.situations),
                blank_form=x.blank_form,
                sample=x.sample,
                position=i,
            )
            for i, x in enumerate(m.materials)
        )
    for model, rows in ((Matter, matter_rows), (Situation, situation_rows), (Material, material_rows)):
        if rows:
            session.execute(insert(model), rows)
    materials = len(material_rows)
    for pos, b in enumerate(catalog.bundles):
        session.add(Bundle(code=b.code, name=b.name, matters=list(b.matters), position=pos))
    session.flush()
    return ImportSummary(
        len(catalog.departments), len(catalog.windows), len(catalog.matters), materials, len(catalog.bundles), removed
    )


def matter_from_row(row: Matter) -> c.Matter:
    """The domain value of one stored matter (situations and materials loaded)."""
    return c.Matter(
        code=row.code,
        name=row.name,
        type=MatterType(row.type),
        department=row.department_code,
        case_kind=CaseKind(row.case_kind),
        legal_limit_days=row.legal_limit_days,
        promised_limit_days=row.promised_limit_days if row.promised_limit_days is not None else 0,
        basis=row.basis or "",
        conditions=row.conditions or "",
        targets=tuple(Target(t) for t in (row.targets or [])),
        fee=None if row.fee is None else c.Fee(**row.fee),
        result=None if row.result is None else c.Result(**row.result),
        location=row.location or "",
        hours=row.hours or "",
        consult=row.consult or "",
        complaint=row.complaint or "",
        windows=tuple(row.windows or ()),
        lead_department=row.lead_department,
        co_departments=tuple(row.co_departments or ()),
        allows_deficiency=row.allows_deficiency,
        special_procedures=tuple(row.special_procedures or ()),
        situations=tuple(c.Situation(code=s.code, name=s.name, question=s.question or "") for s in row.situations),
        materials=tuple(
            c.Material(
                code=x.code,
                name=x.name,
                necessity=Necessity(x.necessity),
                form=MaterialForm(x.form),
                copies=x.copies or 1,
                spec=x.spec or "",
                source=x.source or "",
                standard=x.standard or "",
                basis=x.basis or "",
                shared=bool(x.shared),
                situations=tuple(x.situations or ()),
                blank_form=x.blank_form or "",
                sample=x.sample or "",
            )
            for x in row.materials
        ),
        keywords=tuple(row.keywords or ()),
        high_frequency=bool(row.high_frequency),
        ext=row.ext or {},
    )


def load_catalog(session: Session) -> c.Catalog:
    """The store's catalog as a domain value (what ``admin catalog export`` writes)."""
    hall = session.get(HallSetting, HALL_KEY)
    hall_value = hall.value if hall else {"code": "", "name": ""}
    departments = session.scalars(select(Department).order_by(Department.code)).all()
    windows = session.scalars(select(Window).options(selectinload(Window.departments)).order_by(Window.code)).all()
    matters = session.scalars(
        select(Matter)
        .options(selectinload(Matter.situations), selectinload(Matter.materials))
        .order_by(Matter.position)
    ).all()
    bundles = session.scalars(select(Bundle).order_by(Bundle.position)).all()
    return c.Catalog(
        hall=c.Hall(code=hall_value["code"], name=hall_value["name"]),
        departments=tuple(c.Department(code=d.code, name=d.name) for d in departments),
        windows=tuple(
            c.WindowDef(
                code=w.code, name=w.name, kind=WindowKind(w.kind), departments=tuple(d.code for d in w.departments)
            )
            for w in windows
        ),
        matters=tuple(matter_from_row(m) for m in matters),
        bundles=tuple(c.Bundle(code=b.code, name=b.name, matters=tuple(b.matters)) for b in bundles),
    )
