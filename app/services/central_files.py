"""The electronic file at the center: the back office (后台审批) and the center open a
case's pages and its PDF from the central store.

Access follows the store's rules: through a window's database role, row-level
security shows only that window's cases and chunks, so another window's file is
simply not found; the center's own account (and, later, back-office roles) sees all.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.ids import utcnow
from app.printing.case_file_pdf import PageImage, render_case_file
from app.services.case_files import PageInfo, _live_pages, _page_info, file_contents
from app.store.blob_files import BlobMissing
from app.store.models import Case
from app.store.uow import Store
from app.sync.blobs import BlobBackend


class CentralCaseFiles:
    """Read-only access to case files in the central store."""

    def __init__(self, central: Store, backend: BlobBackend) -> None:
        self._store = central
        self._backend = backend

    def _case(self, s: Session, case_number: str) -> Case:
        case = s.scalars(select(Case).where(Case.case_number == case_number)).first()
        if case is None:
            raise NotFound(f"中心库中没有办件 {case_number}（或无权查看）")
        return case

    def pages(self, case_number: str) -> list[PageInfo]:
        with self._store.read() as s:
            return [_page_info(p) for p in _live_pages(s, self._case(s, case_number))]

    def page_bytes(self, owner_window: str, sha256: str) -> bytes:
        data = self._backend.read(owner_window, sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobMissing(f"中心库中的材料文件 {sha256[:12]}… 不完整或无权查看")
        return data

    def case_pdf(self, case_number: str) -> bytes:
        with self._store.read() as s:
            case = self._case(s, case_number)
            owner = case.owner_window
            cover, pages = file_contents(s, case, utcnow())
        images = [PageImage(self.page_bytes(owner, sha), name, no) for sha, name, no in pages]
        return render_case_file(cover, images)
