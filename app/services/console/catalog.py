"""The console's catalog: import, export, and editing one matter checked within the whole catalog."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import catalog as c
from app.domain.actor import Actor
from app.domain.errors import CatalogError, NotFound
from app.exchange.catalog_file import catalog_to_dict, matter_to_dict, parse_catalog
from app.services.catalog_admin import CatalogImportResult, default_search_text, export_catalog, import_catalog
from app.services.console.common import ConsoleBase, MatterSaved, MatterSummary
from app.store.catalog_io import known_window_codes, load_catalog
from app.store.models import Material, Matter, Situation


def _store_matter(session: Session, m: c.Matter, replaces: str | None) -> None:
    """Write one checked matter into its row (new rows go last); situations and materials matched by code."""
    row = session.scalars(select(Matter).where(Matter.code == (replaces or m.code))).first()
    if row is None:
        last = session.scalar(select(func.max(Matter.position)))
        row = Matter(code=m.code, position=(last or 0) + 1)
        session.add(row)
    search = default_search_text()
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
    for pos, (line, given) in enumerate(zip(row.materials, m.materials, strict=True)):
        line.name, line.necessity, line.form, line.copies = (
            given.name,
            str(given.necessity),
            str(given.form),
            given.copies,
        )
        line.spec, line.source, line.standard, line.basis = given.spec, given.source, given.standard, given.basis
        line.shared, line.situations = given.shared, list(given.situations)
        line.blank_form, line.sample, line.position = given.blank_form, given.sample, pos
    session.flush()


class CatalogConsole(ConsoleBase):
    """The administrator console's catalog."""

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
