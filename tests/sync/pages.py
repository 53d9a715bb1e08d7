"""A minimal capture for the sync tests: a page's file, then one local transaction with
its ``blobs`` and ``case_pages`` rows and their outbox rows (as the case-file service does)."""

from __future__ import annotations

import uuid

from app.domain.ids import utcnow
from app.store.blob_files import BlobFiles
from app.store.models import Blob, CaseMaterial, CasePage
from app.store.models.case_files import blob_id
from app.store.uow import Store
from app.sync.blobs import chunk_count
from app.sync.registration import current_registration


def attach_page(store: Store, files: BlobFiles, case_id: uuid.UUID, data: bytes, chunk_size: int) -> str:
    reg = current_registration(store)
    assert reg is not None
    sha = files.put(data)
    with store.write() as tx:
        s = tx.session
        line = s.query(CaseMaterial).filter(CaseMaterial.case_id == case_id).first()
        bid = blob_id(reg.window_code, sha)
        if s.get(Blob, bid) is None:
            blob = Blob(
                id=bid,
                owner_window=reg.window_code,
                sha256=sha,
                size_bytes=len(data),
                media_type="image/png",
                chunk_size=chunk_size,
                chunk_count=chunk_count(len(data), chunk_size),
            )
            s.add(blob)
            tx.emit("blob", blob)
        page = CasePage(
            owner_window=reg.window_code,
            case_id=case_id,
            line_id=line.id if line else None,
            material_code="m1",
            material_name="身份证",
            page_no=1,
            sha256=sha,
            media_type="image/png",
            width=10,
            height=10,
            size_bytes=len(data),
            source="scanner",
            captured_at=utcnow(),
        )
        s.add(page)
        tx.emit("case_page", page)
    return sha
