"""The case's electronic file (电子档案) at the window: pages per material, re-use, 共享核验, PDF.

One captured page = the file (content-addressed, written first) + one local
transaction with the ``blobs`` row (new bytes only), the ``case_pages`` row, the
line marked received and their outbox rows. The uploader sends the file's chunks
before the batch announcing it (``app.sync.blobs``).

Re-use: pages of the same applicant (ID number or credit code), same material code,
from an earlier case of this window that was not withdrawn, are offered while still
valid — the material's own ``valid_until`` when known, else ``reuse_days`` (default
180) after capture — with the date they were captured. 共享免提交 records which shared
source was checked, for which record, with what result and when (``material_checks``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.devices.capture.imaging import decode, encode_page, rotate
from app.domain.actor import Actor
from app.domain.case_state import CaseState
from app.domain.enums import MaterialStatus
from app.domain.errors import NotFound, ValidationError
from app.domain.ids import uuid7
from app.domain.validators import mask_id
from app.printing.case_file_pdf import CaseFileCover, CoverMaterial, PageImage, render_case_file
from app.services import cases as c
from app.services.clock import Clock, hall_day, system_clock
from app.services.session import SessionService
from app.store.blob_files import BlobFiles
from app.store.models import Blob, Case, CaseMaterial, CasePage, MaterialCheck
from app.store.models.case_files import blob_id
from app.store.uow import Store, WriteTxn
from app.sync.blobs import DEFAULT_CHUNK_SIZE, chunk_count

MEDIA_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
SOURCES = ("camera", "scanner", "reuse")
#: an earlier capture without its own validity is offered this long
DEFAULT_REUSE_DAYS = 180
#: cases whose materials may be re-used later (a withdrawn draft's pages are not)
_REUSABLE_STATES = {s.value for s in CaseState} - {CaseState.DRAFT.value, CaseState.WITHDRAWN.value}


@dataclass(frozen=True)
class PageInfo:
    """One page of the file as the intake page shows it."""

    id: uuid.UUID
    line_id: uuid.UUID | None
    material_code: str
    material_name: str
    page_no: int
    sha256: str
    media_type: str
    width: int
    height: int
    size_bytes: int
    source: str
    captured_at: datetime


@dataclass(frozen=True)
class ReusableMaterial:
    """Earlier pages of this applicant's same material, offered with their capture date."""

    case_id: uuid.UUID
    case_number: str
    material_name: str
    captured_on: date
    valid_until: date
    page_ids: tuple[uuid.UUID, ...]


def media_type_of(data: bytes) -> str:
    for magic, kind in MEDIA_TYPES.items():
        if data.startswith(magic):
            return kind
    raise ValidationError("材料图片只能是 JPEG 或 PNG", field="image")


def _page_info(p: CasePage) -> PageInfo:
    return PageInfo(
        p.id,
        p.line_id,
        p.material_code,
        p.material_name,
        p.page_no,
        p.sha256,
        p.media_type,
        p.width,
        p.height,
        p.size_bytes,
        p.source,
        p.captured_at,
    )


class CaseFileService:
    """Pages of this window's cases; every change is one write transaction."""

    def __init__(
        self,
        store: Store,
        session: SessionService,
        files: BlobFiles,
        *,
        clock: Clock = system_clock,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        reuse_days: int = DEFAULT_REUSE_DAYS,
    ) -> None:
        self._store = store
        self._session = session
        self.files = files
        self._clock = clock
        self._chunk_size = chunk_size
        self._reuse_days = reuse_days

    def _case(self, tx_session: Session, case_id: uuid.UUID, actor: Actor) -> Case:
        case = c.load_case(tx_session, case_id, actor, window_code=self._session.window_code)
        if case.state == CaseState.WITHDRAWN.value:
            raise ValidationError("案件已撤回，不能再添加材料", field="case")
        return case

    @staticmethod
    def _line(case: Case, line_id: uuid.UUID) -> CaseMaterial:
        line = next((m for m in case.materials if m.id == line_id), None)
        if line is None:
            raise NotFound("清单中没有这项材料")
        return line

    def _mark_received(self, case: Case, line: CaseMaterial, status: MaterialStatus = MaterialStatus.RECEIVED) -> None:
        if (
            line.status in (MaterialStatus.PENDING.value, MaterialStatus.MISSING.value)
            or status is MaterialStatus.SHARED
        ):
            line.status = status.value
        if status is MaterialStatus.RECEIVED and case.received_on is None:
            case.received_on = hall_day(self._clock())
        case.updated_at = self._clock()

    def _add_blob(self, tx: WriteTxn, case: Case, data: bytes, media_type: str) -> str:
        sha = self.files.put(data)
        bid = blob_id(case.owner_window, sha)
        if tx.session.get(Blob, bid) is None:
            blob = Blob(
                id=bid,
                owner_window=case.owner_window,
                sha256=sha,
                size_bytes=len(data),
                media_type=media_type,
                chunk_size=self._chunk_size,
                chunk_count=chunk_count(len(data), self._chunk_size),
                created_at=self._clock(),
            )
            tx.session.add(blob)
            tx.emit("blob", blob)
        return sha

    def _next_page_no(self, s: Session, case_id: uuid.UUID, line_id: uuid.UUID) -> int:
        numbers = s.scalars(
            select(CasePage.page_no).where(
                CasePage.case_id == case_id, CasePage.line_id == line_id, CasePage.removed.is_(False)
            )
        ).all()
        return max(numbers, default=0) + 1

    def _new_page(self, tx: WriteTxn, case: Case, line: CaseMaterial, **facts: object) -> CasePage:
        """The next page of ``line`` (numbered after its live pages), by the person acting."""
        page = CasePage(
            id=uuid7(),
            owner_window=case.owner_window,
            case_id=case.id,
            line_id=line.id,
            material_code=line.material_code,
            material_name=line.name,
            page_no=self._next_page_no(tx.session, case.id, line.id),
            captured_at=self._clock(),
            staff_id=tx.actor.staff_id,
            post=tx.actor.post,
            **facts,
        )
        tx.session.add(page)
        tx.session.flush()
        return page

    # -- capture ---------------------------------------------------------------------

    def add_page(
        self,
        case_id: uuid.UUID,
        line_id: uuid.UUID,
        image: bytes,
        *,
        width: int,
        height: int,
        source: str = "camera",
        valid_until: date | None = None,
    ) -> PageInfo:
        """Add one page to a material; the line is marked received (首次收件 starts §32)."""
        actor = self._session.require_window_staff()
        if source not in SOURCES:
            raise ValidationError(f"未知的采集来源：{source}", field="source")
        media_type = media_type_of(image)
        if width <= 0 or height <= 0:
            raise ValidationError("图片尺寸无效", field="image")
        with self._store.write(actor) as tx:
            case = self._case(tx.session, case_id, actor)
            line = self._line(case, line_id)
            sha = self._add_blob(tx, case, image, media_type)
            page = self._new_page(
                tx,
                case,
                line,
                sha256=sha,
                media_type=media_type,
                width=width,
                height=height,
                size_bytes=len(image),
                source=source,
                valid_until=valid_until,
            )
            self._mark_received(case, line)
            tx.emit("case_page", page)
            tx.audit("case.page", "case_pages", page.id, material=line.material_code, sha256=sha, source=source)
            return _page_info(page)

    def remove_page(self, page_id: uuid.UUID) -> None:
        """Take a page out of the file (kept for the audit, not shown or printed)."""
        actor = self._session.require_window_staff()
        with self._store.write(actor) as tx:
            page = tx.session.get(CasePage, page_id)
            if page is None or page.owner_window != self._session.window_code:
                raise NotFound("本窗口没有这一页材料")
            self._case(tx.session, page.case_id, actor)
            page.removed = True
            tx.emit("case_page", page)
            tx.audit("case.page_removed", "case_pages", page.id)

    def rotate_page(self, page_id: uuid.UUID, quarter_turns: int = 1) -> PageInfo:
        """Turn a page by 90° steps clockwise: new bytes (a new blob), the same page."""
        actor = self._session.require_window_staff()
        original = self.page_bytes(page_id)
        turned = encode_page(rotate(decode(original), quarter_turns))
        with self._store.write(actor) as tx:
            page = tx.session.get(CasePage, page_id)
            assert page is not None
            case = self._case(tx.session, page.case_id, actor)
            page.sha256 = self._add_blob(tx, case, turned.data, turned.media_type)
            page.media_type, page.size_bytes = turned.media_type, len(turned.data)
            page.width, page.height = turned.width, turned.height
            tx.emit("case_page", page)
            tx.audit("case.page_rotated", "case_pages", page.id, quarter_turns=quarter_turns)
            return _page_info(page)

    def pages(self, case_id: uuid.UUID) -> list[PageInfo]:
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            return [_page_info(p) for p in _live_pages(s, case)]

    def page_bytes(self, page_id: uuid.UUID) -> bytes:
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            page = s.get(CasePage, page_id)
            if page is None or page.owner_window != self._session.window_code:
                raise NotFound("本窗口没有这一页材料")
            c.load_case(s, page.case_id, actor, window_code=self._session.window_code)
            sha = page.sha256
        return self.files.get(sha)

    # -- re-use and sharing ------------------------------------------------------------

    def reusable(self, case_id: uuid.UUID, line_id: uuid.UUID) -> list[ReusableMaterial]:
        """This applicant's earlier pages of the same material, still valid, newest first."""
        actor = self._session.require_window_staff()
        today = hall_day(self._clock())
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            line = self._line(case, line_id)
            query = c.same_applicant(select(Case), case)
            if query is None:
                return []
            earlier = {
                e.id: e
                for e in s.scalars(
                    query.where(
                        Case.id != case.id,
                        Case.owner_window == case.owner_window,
                        Case.state.in_(_REUSABLE_STATES),
                    )
                )
            }
            if not earlier:
                return []
            rows = s.scalars(
                select(CasePage)
                .where(
                    CasePage.case_id.in_(earlier),
                    CasePage.material_code == line.material_code,
                    CasePage.removed.is_(False),
                )
                .order_by(CasePage.captured_at.desc(), CasePage.page_no)
            ).all()
            offers: dict[uuid.UUID, list[CasePage]] = {}
            for page in rows:
                offers.setdefault(page.case_id, []).append(page)
            out = []
            for cid, pages in offers.items():
                captured = min(p.captured_at for p in pages)
                valid_until = pages[0].valid_until or (hall_day(captured) + timedelta(days=self._reuse_days))
                if valid_until < today:
                    continue
                out.append(
                    ReusableMaterial(
                        cid,
                        earlier[cid].case_number or "",
                        pages[0].material_name,
                        hall_day(captured),
                        valid_until,
                        tuple(p.id for p in sorted(pages, key=lambda p: p.page_no)),
                    )
                )
            return out

    def reuse(self, case_id: uuid.UUID, line_id: uuid.UUID, offer: ReusableMaterial) -> list[PageInfo]:
        """Add the offered earlier pages to this case's material (same bytes, no new file)."""
        actor = self._session.require_window_staff()
        if offer not in self.reusable(case_id, line_id):
            raise ValidationError("该材料已不能复用（已过期或不属于本申请人）", field="reuse")
        with self._store.write(actor) as tx:
            case = self._case(tx.session, case_id, actor)
            line = self._line(case, line_id)
            added = []
            for earlier_id in offer.page_ids:
                old = tx.session.get(CasePage, earlier_id)
                assert old is not None
                page = self._new_page(
                    tx,
                    case,
                    line,
                    sha256=old.sha256,
                    media_type=old.media_type,
                    width=old.width,
                    height=old.height,
                    size_bytes=old.size_bytes,
                    source="reuse",
                    reused_from=old.id,
                    valid_until=old.valid_until,
                )
                tx.emit("case_page", page)
                added.append(_page_info(page))
            check = self._check(
                tx,
                case,
                line,
                "复用",
                source=f"本窗口办件 {offer.case_number}",
                reference=f"{offer.captured_on.isoformat()} 采集，{len(offer.page_ids)} 页",
                result=f"有效至 {offer.valid_until.isoformat()}",
            )
            self._mark_received(case, line)
            tx.audit("case.reuse", "material_checks", check.id, pages=len(added))
            return added

    def record_shared_check(
        self, case_id: uuid.UUID, line_id: uuid.UUID, *, source: str, reference: str, result: str
    ) -> None:
        """共享免提交: which shared source was checked, for what record, the result, now."""
        actor = self._session.require_window_staff()
        source, reference, result = source.strip(), reference.strip(), result.strip()
        if not source or not result:
            raise ValidationError("请写明核验的共享来源和核验结果", field="source")
        with self._store.write(actor) as tx:
            case = self._case(tx.session, case_id, actor)
            line = self._line(case, line_id)
            if not line.shared:
                raise ValidationError(f"“{line.name}”不能通过数据共享获取，须申请人提交", field="status")
            check = self._check(tx, case, line, "共享核验", source=source, reference=reference, result=result)
            self._mark_received(case, line, MaterialStatus.SHARED)
            tx.audit("case.shared_check", "material_checks", check.id, source=source)

    def checks(self, case_id: uuid.UUID) -> list[MaterialCheck]:
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            rows = s.scalars(
                select(MaterialCheck).where(MaterialCheck.case_id == case.id).order_by(MaterialCheck.checked_at)
            ).all()
            s.expunge_all()
            return list(rows)

    def _check(
        self, tx: WriteTxn, case: Case, line: CaseMaterial, kind: str, *, source: str, reference: str, result: str
    ) -> MaterialCheck:
        actor = tx.actor
        check = MaterialCheck(
            id=uuid7(),
            owner_window=case.owner_window,
            case_id=case.id,
            line_id=line.id,
            material_code=line.material_code,
            kind=kind,
            source=source,
            reference=reference,
            result=result,
            checked_at=self._clock(),
            staff_id=actor.staff_id,
            post=actor.post,
        )
        tx.session.add(check)
        tx.emit("material_check", check)
        return check

    # -- the file as one PDF --------------------------------------------------------------

    def case_pdf(self, case_id: uuid.UUID) -> bytes:
        """The case's electronic file as one PDF (cover + pages), from this PC's files."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            cover, pages = file_contents(s, case, self._clock())
        return render_case_file(cover, [PageImage(self.files.get(sha), name, no) for sha, name, no in pages])


def _live_pages(s: Session, case: Case) -> list[CasePage]:
    """Pages of lines still on the checklist, in checklist order then page order."""
    order = {m.id: m.position for m in case.materials}
    rows = s.scalars(select(CasePage).where(CasePage.case_id == case.id, CasePage.removed.is_(False))).all()
    live = [(order[p.line_id], p) for p in rows if p.line_id is not None and p.line_id in order]
    return [p for _, p in sorted(live, key=lambda item: (item[0], item[1].page_no, item[1].captured_at))]


def file_contents(s: Session, case: Case, now: datetime) -> tuple[CaseFileCover, list[tuple[str, str, int]]]:
    """The cover and (sha256, material, page no) of each page — shared by the window's and
    the center's PDF, which differ only in where the bytes come from."""
    pages = _live_pages(s, case)
    count: dict[uuid.UUID, int] = {}
    for p in pages:
        if p.line_id is not None:  # always: _live_pages keeps only pages of a checklist line
            count[p.line_id] = count.get(p.line_id, 0) + 1
    materials = tuple(
        CoverMaterial(m.name, m.status, count.get(m.id, 0)) for m in sorted(case.materials, key=lambda m: m.position)
    )
    cover = CaseFileCover(
        case_number=case.case_number or "（尚未受理）",
        matter_name=case.matter_name,
        applicant=case.org_name or case.applicant_name or "",
        id_number_masked=mask_id(case.id_number) if case.id_number else (case.credit_code or ""),
        window=f"{case.owner_window} 号窗口",
        generated_at=now.astimezone().strftime("%Y-%m-%d %H:%M"),
        materials=materials,
    )
    return cover, [(p.sha256, p.material_name, p.page_no) for p in pages]
