"""The matter guide: search as you type (name, pinyin initials, full pinyin, code,
keywords) and the whole 办事指南 of one matter.

Search runs over an in-memory index loaded once from ``Matter.search_text`` (computed
at catalog import by :func:`build_search_text`) and reloaded when the catalog changes,
so a keystroke costs a scan of short strings in memory instead of a database round
trip; ``bench/bench_search.py`` measures it against SQL ``LIKE`` on 10,000 matters.
This window's matters and the clerk's frequent matters are listed first.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from datetime import timedelta

from pypinyin import Style, lazy_pinyin
from sqlalchemy import String, cast, func, select

from app.domain.catalog import Matter as CatalogMatter
from app.domain.enums import MaterialForm, Necessity
from app.domain.errors import NotFound
from app.services.clock import Clock, system_clock
from app.services.dto import BundleInfo, GuideMaterial, MatterGuide, MatterHit, SituationInfo
from app.services.session import SessionService
from app.store.models import Bundle, Case, Department, Material, Matter
from app.store.uow import Store

#: Separator of the fields of a search text (never typed into a search box).
FIELD_SEP = "\n"


#: How far back the clerk's own cases count for "frequent matters".
FREQUENT_WINDOW = timedelta(days=90)
FREQUENT_TOP = 20

_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff\U00020000-\U0003134f]+")


def _norm(text: str) -> str:
    """Lower-case NFKC text without spaces and punctuation (full-width input folded)."""
    return _KEEP.sub("", unicodedata.normalize("NFKC", text).lower())


def pinyin_forms(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of ``text``: 企业设立登记 → (``qysldj``, ``qiyeshelidengji``).

    Characters without pinyin (digits, Latin letters) are kept as they are in both.
    """
    parts = lazy_pinyin(
        text,
        style=Style.NORMAL,
        errors=lambda chars: [c for c in chars],  # type: ignore[arg-type, return-value]  # pypinyin takes a list (one part per char); its stub says str
    )
    full = _norm("".join(parts))
    initials = _norm("".join(p[:1] if p and p[0].isalpha() and p.isascii() else p for p in parts))
    return initials, full


def build_search_text(name: str, keywords: Iterable[str] | None, code: str) -> str:
    """The lower-case search blob stored in ``Matter.search_text`` at catalog import.

    Fields, separated by :data:`FIELD_SEP`: name, name initials, name full pinyin, code,
    then each keyword with its initials and full pinyin. The catalog importer calls this
    so the window never runs pypinyin over the whole catalog at start-up.
    """
    initials, full = pinyin_forms(name)
    fields = [_norm(name), initials, full, _norm(code)]
    for keyword in keywords or ():
        k_initials, k_full = pinyin_forms(keyword)
        fields.extend((_norm(keyword), k_initials, k_full))
    return FIELD_SEP.join(fields)


def search_text_for(matter: CatalogMatter) -> str:
    """Adapter for the catalog importer: the search text of a :class:`app.domain.catalog.Matter`."""
    return build_search_text(matter.name, matter.keywords, matter.code)


@dataclass(frozen=True, slots=True)
class _Entry:
    code: str
    name: str
    department_code: str
    case_kind: str
    windows: frozenset[str]
    is_demo: bool
    high_frequency: bool
    position: int
    blob: str
    name_n: str
    initials: str
    full: str
    code_n: str


def _entry(row: Sequence[Any]) -> _Entry:  # one row of the select in MatterGuide.refresh
    code, name, department_code, case_kind, windows, ext, high_frequency, position, text = row
    text = str(text or "")
    if FIELD_SEP not in text:  # imported without build_search_text: compute it now
        text = build_search_text(str(name), [], str(code))
    fields = text.split(FIELD_SEP)
    return _Entry(
        code=str(code),
        name=str(name),
        department_code=str(department_code),
        case_kind=str(case_kind),
        windows=frozenset(windows or ()),
        is_demo=bool((ext or {}).get("demo")),
        high_frequency=bool(high_frequency),
        position=int(position or 0),
        blob=text,
        name_n=fields[0],
        initials=fields[1],
        full=fields[2],
        code_n=fields[3],
    )


def _score(entry: _Entry, q: str) -> int | None:
    """Lower is better; ``None`` when the entry does not match ``q``."""
    if q not in entry.blob:
        return None
    if entry.code_n == q:
        return 0
    if entry.name_n.startswith(q) or entry.initials.startswith(q) or entry.code_n.startswith(q):
        return 1
    if entry.full.startswith(q):
        return 2
    if q in entry.name_n:
        return 3
    if q in entry.initials or q in entry.full:
        return 4
    return 5


class GuideService:
    """Finds matters and shows their guides, for the window this PC is bound to."""

    def __init__(self, store: Store, session: SessionService | None, *, clock: Clock = system_clock) -> None:
        """``session`` None: no window and no clerk (the hall web service's 查询机)."""
        self._store = store
        self._session = session
        self._clock = clock
        self._entries: list[_Entry] | None = None
        self._signature: tuple[object, ...] | None = None
        self._checked_at = 0.0
        self._frequent: dict[object, tuple[float, frozenset[str]]] = {}

    # -- index ---------------------------------------------------------------------------

    def _catalog_signature(self) -> tuple[object, ...]:
        """Cheap fingerprint of the catalog: imports re-key every matter, edits change the text."""
        with self._store.read() as s:
            count, last, size = s.execute(
                select(
                    func.count(Matter.id),
                    func.max(cast(Matter.id, String)),
                    func.sum(func.length(Matter.search_text)),
                )
            ).one()
            bundles = s.scalar(select(func.count(Bundle.id)))
        return (int(count or 0), str(last), int(size or 0), int(bundles or 0))

    def refresh(self) -> int:
        """(Re)load the search index from the store; returns the number of matters."""
        with self._store.read() as s:
            rows = s.execute(
                select(
                    Matter.code,
                    Matter.name,
                    Matter.department_code,
                    Matter.case_kind,
                    Matter.windows,
                    Matter.ext,
                    Matter.high_frequency,
                    Matter.position,
                    Matter.search_text,
                ).order_by(Matter.position, Matter.code)
            ).all()
        self._entries = [_entry(row) for row in rows]
        self._signature = self._catalog_signature()
        self._checked_at = time.monotonic()
        return len(self._entries)

    def check_catalog(self, max_age_s: float = 0.0) -> bool:
        """Rebuild the index if the catalog changed since it was built (another program's
        import into this store); True when it did. Called when the guide is shown and after
        a reference pull — never on a keystroke (issue 16: a check cost a keystroke 65 ms)."""
        if self._entries is None:
            self.refresh()
            return True
        if max_age_s and time.monotonic() - self._checked_at < max_age_s:
            return False
        self._checked_at = time.monotonic()
        if self._catalog_signature() != self._signature:
            self.refresh()
            return True
        return False

    def _index(self) -> list[_Entry]:
        # The index is swapped whole by refresh() (one assignment): a search running on
        # another thread meanwhile uses the old one, never half of each.
        entries = self._entries
        if entries is None:
            self.refresh()
            entries = self._entries
        assert entries is not None
        return entries

    def frequent_codes(self) -> frozenset[str]:
        """The logged-in clerk's most used matters (last 90 days), cached for five minutes."""
        info = self._session.current if self._session is not None else None
        if info is None:
            return frozenset()
        cached = self._frequent.get(info.staff_id)
        if cached is not None and time.monotonic() - cached[0] < 300:
            return cached[1]
        since = self._clock() - FREQUENT_WINDOW
        with self._store.read() as s:
            rows = s.execute(
                select(Case.matter_code, func.count())
                .where(Case.staff_id == info.staff_id, Case.created_at >= since)
                .group_by(Case.matter_code)
                .order_by(func.count().desc())
                .limit(FREQUENT_TOP)
            ).all()
        codes = frozenset(code for code, _ in rows)
        self._frequent[info.staff_id] = (time.monotonic(), codes)
        return codes

    def forget_frequent(self) -> None:
        """Drop the cached frequent matters (after a case was created or the user switched)."""
        self._frequent.clear()

    # -- search ---------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 50) -> list[MatterHit]:
        """Matters matching ``text`` by name, pinyin initials, full pinyin, code or keyword.

        Empty text lists this window's and the clerk's frequent matters. Order: this
        window's or frequent matters first, then match quality (exact code, prefix of
        name/initials/code, prefix of pinyin, inside the name, inside the pinyin, keyword),
        then catalog order.
        """
        q = _norm(text)
        window = self._session.window_code if self._session is not None else ""
        frequent = self.frequent_codes()
        scored: list[tuple[int, int, int, _Entry]] = []
        for entry in self._index():
            if q:
                score = _score(entry, q)
                if score is None:
                    continue
            else:
                if window not in entry.windows and entry.code not in frequent:
                    continue
                score = 0
            mine = window in entry.windows or entry.code in frequent
            scored.append((0 if mine else 1, score, entry.position, entry))
        scored.sort(key=lambda t: (t[0], t[1], t[2], t[3].code))
        return [
            MatterHit(
                code=e.code,
                name=e.name,
                department_code=e.department_code,
                case_kind=e.case_kind,
                is_window_matter=window in e.windows,
                is_frequent=e.code in frequent,
                is_demo=e.is_demo,
                high_frequency=e.high_frequency,
            )
            for _, _, _, e in scored[:limit]
        ]

    # -- guide ------------------------------------------------------------------------------

    def guide(self, code: str) -> MatterGuide:
        """Every 办事指南 element of matter ``code`` (CATALOG_FORMAT.md); ``is_demo`` for 示例."""
        with self._store.read() as s:
            matter = s.scalars(select(Matter).where(Matter.code == code)).first()
            if matter is None:
                raise NotFound(f"事项“{code}”不存在")
            department = s.scalars(select(Department).where(Department.code == matter.department_code)).first()
            return matter_guide(matter, department.name if department is not None else matter.department_code)

    def bundles(self) -> list[BundleInfo]:
        """Every 一件事 of the catalog with its matters' names."""
        with self._store.read() as s:
            names = dict(s.execute(select(Matter.code, Matter.name)).all())
            return [
                BundleInfo(
                    code=b.code,
                    name=b.name,
                    matter_codes=tuple(b.matters),
                    matter_names=tuple(names.get(c, c) for c in b.matters),
                )
                for b in s.scalars(select(Bundle).order_by(Bundle.position, Bundle.code))
            ]


def matter_guide(matter: Matter, department_name: str) -> MatterGuide:
    """Map a matter row (with situations and materials loaded) to its guide DTO."""
    fee = matter.fee or {}
    result = matter.result or {}
    ext = dict(matter.ext or {})
    return MatterGuide(
        code=matter.code,
        name=matter.name,
        type=matter.type,
        department_code=matter.department_code,
        department_name=department_name,
        case_kind=matter.case_kind,
        legal_limit_days=matter.legal_limit_days,
        promised_limit_days=matter.promised_limit_days,
        basis=matter.basis,
        conditions=matter.conditions,
        targets=tuple(matter.targets or ()),
        fee_charged=fee.get("charged") if matter.fee is not None else None,
        fee_standard=fee.get("standard"),
        fee_basis=fee.get("basis"),
        result_name=result.get("name"),
        result_kind=result.get("kind"),
        location=matter.location,
        hours=matter.hours,
        consult=matter.consult,
        complaint=matter.complaint,
        windows=tuple(matter.windows or ()),
        lead_department=matter.lead_department,
        co_departments=tuple(matter.co_departments or ()),
        allows_deficiency=bool(matter.allows_deficiency),
        special_procedures=tuple(matter.special_procedures or ()),
        situations=tuple(
            SituationInfo(code=s.code, name=s.name, question=s.question, matter_code=matter.code)
            for s in matter.situations
        ),
        materials=tuple(guide_material(m) for m in matter.materials),
        keywords=tuple(matter.keywords or ()),
        high_frequency=bool(matter.high_frequency),
        is_demo=bool(ext.get("demo")),
        ext=ext,
    )


def guide_material(m: Material) -> GuideMaterial:
    """Map a material row to its guide line."""
    return GuideMaterial(
        code=m.code,
        name=m.name,
        necessity=Necessity(m.necessity),
        form=MaterialForm(m.form),
        copies=m.copies or 1,
        spec=m.spec,
        source=m.source,
        standard=m.standard,
        basis=m.basis,
        shared=bool(m.shared),
        situations=tuple(m.situations or ()),
        blank_form=m.blank_form,
        sample=m.sample,
    )
