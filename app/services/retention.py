"""保管期限: how long an archived case's electronic file is kept at the center, and clearing
the files whose period has passed.

The period is a hall setting (``hall_settings`` key :data:`RETENTION_KEY`): a default for
every matter and optional per-matter overrides, in whole years, ``0`` meaning 永久 (kept
for ever). The catalog exchange format has no such field, so the catalog is untouched.

A case counts as archived when its stage is 已归档 (:mod:`app.domain.case_stage`: the
appended 归档 event, with who and when); its period runs from that day. Clearing
removes the case's pages (``case_pages``) and the bytes of files no other case still
uses (``blob_chunks`` in the database and/or the objects in the bucket, ``blobs``); the
case, its events, checklist and documents stay. Each case is cleared in one database
transaction that also writes its audit entry (who, when, what, the hashes); bucket
objects are removed just before it, which is harmless to repeat. So a run killed midway
leaves each case either untouched (the next run clears it) or cleared with its audit
entry, and a second run finds nothing more to do.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_stage import CaseStage, StageAction, fold_stages
from app.domain.errors import NotFound, ValidationError
from app.services.clock import Clock, hall_day, system_clock
from app.services.hall import load_calendar
from app.services.stages import case_events
from app.store.models import Blob, BlobChunk, Case, CaseEvent, CasePage, HallSetting, Matter
from app.store.uow import Store
from app.sync.blob_s3 import S3BlobBackend
from app.sync.blobs import BlobBackend

#: ``hall_settings`` key: ``{"default_years": int | None, "matters": {code: years}}``.
RETENTION_KEY = "retention_periods"
#: Years meaning 永久 (never cleared).
PERMANENT = 0
MAX_YEARS = 100
#: The audit action of one cleared case.
CLEAR_ACTION = "档案保管期满清除"


@dataclass(frozen=True)
class RetentionRule:
    """The hall's default period and the per-matter overrides (years; 0 = 永久)."""

    default_years: int | None = None
    matters: Mapping[str, int] | None = None

    def years_for(self, matter_code: str) -> int | None:
        override = (self.matters or {}).get(matter_code)
        return override if override is not None else self.default_years


def period_text(years: int | None) -> str:
    if years is None:
        return "未设置"
    return "永久" if years == PERMANENT else f"{years}年"


def retention_rule(session: Session) -> RetentionRule:
    row = session.get(HallSetting, RETENTION_KEY)
    value = (row.value or {}) if row is not None else {}
    default = value.get("default_years")
    return RetentionRule(
        default_years=int(default) if default is not None else None,
        matters={str(k): int(v) for k, v in (value.get("matters") or {}).items()},
    )


def _years(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
        raise ValidationError(f"保管期限须为1至{MAX_YEARS}年，或“永久”", field="years")
    return value


def set_retention(store: Store, actor: Actor, years: int | None, *, matter: str | None = None) -> RetentionRule:
    """Set the hall default (``matter`` None) or one matter's override; ``years`` None
    removes the override (or the default). Audited."""
    if years is not None:
        years = _years(years)
    with store.write(actor) as tx:
        s = tx.session
        if matter is not None and s.scalars(select(Matter.code).where(Matter.code == matter)).first() is None:
            raise NotFound(f"没有事项“{matter}”")
        rule = retention_rule(s)
        matters = dict(rule.matters or {})
        default = rule.default_years
        if matter is None:
            default = years
        elif years is None:
            matters.pop(matter, None)
        else:
            matters[matter] = years
        value = {"default_years": default, "matters": matters}
        row = s.get(HallSetting, RETENTION_KEY)
        if row is None:
            s.add(HallSetting(key=RETENTION_KEY, value=value))
        else:
            row.value = value
        tx.audit("retention.set", "hall_settings", None, matter=matter or "", years=years)
        return RetentionRule(default, matters)


def expires_on(archived_on: date, years: int) -> date:
    """The last day of the period: the same day ``years`` later (28 February for 29 February)."""
    try:
        return archived_on.replace(year=archived_on.year + years)
    except ValueError:
        return archived_on.replace(year=archived_on.year + years, day=28)


@dataclass(frozen=True)
class ExpiredCase:
    """An archived case whose period has passed, and what of its file is still stored."""

    case_id: uuid.UUID
    case_number: str
    matter_code: str
    matter_name: str
    owner_window: str
    archived_on: date
    archived_by: str
    years: int
    expires_on: date
    #: Pages still stored; 0 once cleared.
    pages: int


class RetentionService:
    """Lists and clears expired case files in the central store (``backend``: where the bytes are)."""

    def __init__(self, central: Store, backend: BlobBackend, clock: Clock = system_clock) -> None:
        self._store = central
        self._backend = backend
        self._clock = clock

    def expired(self, today: date | None = None) -> list[ExpiredCase]:
        """Archived cases whose period ended before ``today`` (default: the hall's today)."""
        day = today or hall_day(self._clock())
        with self._store.read() as s:
            rule = retention_rule(s)
            if rule.default_years is None and not rule.matters:
                raise ValidationError(
                    "尚未设置保管期限：请先用 admin casefile retention-period --years N 设置本厅默认保管期限",
                    field="years",
                )
            calendar = load_calendar(s)
            ids = list(
                s.scalars(select(CaseEvent.case_id).where(CaseEvent.action == StageAction.ARCHIVE.value).distinct())
            )
            events = case_events(s, ids)
            out = []
            for case in s.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.case_number)):
                years = rule.years_for(case.matter_code)
                if years is None or years == PERMANENT:
                    continue
                timeline = fold_stages(events[case.id], calendar, day)
                span = timeline.current_span
                if timeline.current is not CaseStage.ARCHIVED or span is None:
                    continue
                end = expires_on(span.entered_on, years)
                if day <= end:
                    continue
                archive = max((e for e in events[case.id] if e.action == StageAction.ARCHIVE.value), key=lambda e: e.at)
                pages = len(list(s.scalars(select(CasePage.id).where(CasePage.case_id == case.id))))
                out.append(
                    ExpiredCase(
                        case_id=case.id,
                        case_number=case.case_number or "（未编号）",
                        matter_code=case.matter_code,
                        matter_name=case.matter_name,
                        owner_window=case.owner_window,
                        archived_on=span.entered_on,
                        archived_by=str((archive.data or {}).get("staff_name") or ""),
                        years=years,
                        expires_on=end,
                        pages=pages,
                    )
                )
            return out

    def clear(self, actor: Actor, item: ExpiredCase, *, operator: str = "") -> int:
        """Clear one expired case's file (see the module); returns the pages removed (0: already done)."""
        with self._store.read() as s:
            pages = list(s.scalars(select(CasePage).where(CasePage.case_id == item.case_id)))
            doomed = self._unshared(s, item.case_id, pages)
            counts = {
                (b.owner_window, b.sha256): b.chunk_count
                for b in s.scalars(select(Blob).where(Blob.sha256.in_([sha for _w, sha in doomed])))
            }
        if not pages:
            return 0
        if isinstance(self._backend, S3BlobBackend):
            for owner, sha in sorted(doomed):
                self._backend.delete(owner, sha, counts.get((owner, sha), 0))
        with self._store.write(actor) as tx:
            s = tx.session
            pages = list(s.scalars(select(CasePage).where(CasePage.case_id == item.case_id)))
            if not pages:  # another run cleared it meanwhile
                return 0
            doomed = self._unshared(s, item.case_id, pages)
            for owner, sha in sorted(doomed):
                s.execute(delete(BlobChunk).where(BlobChunk.owner_window == owner, BlobChunk.sha256 == sha))
                s.execute(delete(Blob).where(Blob.owner_window == owner, Blob.sha256 == sha))
            s.execute(delete(CasePage).where(CasePage.case_id == item.case_id))
            kept = sorted({p.sha256 for p in pages} - {sha for _o, sha in doomed})
            tx.audit(
                CLEAR_ACTION,
                "cases",
                item.case_id,
                case_number=item.case_number,
                matter=item.matter_code,
                archived_on=item.archived_on.isoformat(),
                archived_by=item.archived_by,
                retention=period_text(item.years),
                expired_after=item.expires_on.isoformat(),
                operator=operator,
                where="对象存储" if isinstance(self._backend, S3BlobBackend) else "中心库",
                pages=[
                    {"material": p.material_name, "page_no": p.page_no, "sha256": p.sha256, "bytes": p.size_bytes}
                    for p in sorted(pages, key=lambda p: (p.material_code, p.page_no))
                ],
                deleted_files=sorted(sha for _o, sha in doomed),
                kept_files_still_used=kept,
            )
            return len(pages)

    @staticmethod
    def _unshared(s: Session, case_id: uuid.UUID, pages: list[CasePage]) -> set[tuple[str, str]]:
        """(window, sha256) of the case's files that no page of another case uses."""
        files = {(p.owner_window, p.sha256) for p in pages}
        if not files:
            return set()
        used = set(
            s.execute(
                select(CasePage.owner_window, CasePage.sha256).where(
                    CasePage.case_id != case_id, CasePage.sha256.in_([sha for _o, sha in files])
                )
            ).all()
        )
        return {f for f in files if tuple(f) not in {tuple(u) for u in used}}
