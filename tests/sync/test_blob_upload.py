"""Files through the outbox against a real PostgreSQL: chunks first, then the batch;
resume after a partial upload; a blob row centrally only when its bytes are whole;
a window's role reads only its own files."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import func, select

from app.store.blob_files import BlobFiles
from app.store.engine import make_engine
from app.store.models import Blob, BlobChunk, CasePage, InboxEntry
from app.sync.blobs import BlobSender, SqlBlobBackend, chunks_complete
from app.sync.central import CentralStore
from app.sync.registration import register_device
from app.sync.roles import create_window_role, revoke_window_role
from app.sync.uploader import Uploader
from tests.sync.clerk import open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres

CHUNK = 4096


def _window(make_local, central, tmp_path, code: str):  # type: ignore[no-untyped-def]
    local = make_local(f"w{code}")
    register_device(local, central, code, "HALL")
    return local, BlobFiles(tmp_path / f"w{code}.files")


def test_pages_travel_as_chunks_before_their_rows_and_arrive_whole(central, central_engine, make_local, tmp_path):  # type: ignore[no-untyped-def]
    local, files = _window(make_local, central, tmp_path, "05")
    case_id = open_case(local)
    payloads = [os.urandom(3 * CHUNK + 123), os.urandom(CHUNK), os.urandom(10)]
    shas = [attach_page(local, files, case_id, data, CHUNK) for data in payloads]
    attach_page(local, files, case_id, payloads[0], CHUNK)  # the same bytes again: one blob
    sent: list[tuple[str, int]] = []
    sender = BlobSender(files, SqlBlobBackend(central_engine), on_chunk=lambda sha, idx, n: sent.append((sha, idx)))
    report = Uploader(local, central, blobs=sender).sync_once()
    assert report.rejected == 0 and report.acked == report.sent
    assert len(sent) == 4 + 1 + 1
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Blob)) == 3
        assert c.scalar(select(func.count()).select_from(CasePage)) == 4
        for sha, data in zip(shas, payloads, strict=True):
            got = b"".join(c.scalars(select(BlobChunk.data).where(BlobChunk.sha256 == sha).order_by(BlobChunk.idx)))
            assert hashlib.sha256(got).hexdigest() == sha and got == data
            assert chunks_complete(c, "05", sha, -(-len(data) // CHUNK), len(data))
    assert Uploader(local, central, blobs=sender).sync_once().sent == 0  # nothing twice
    assert len(sent) == 6


def test_a_partial_upload_resumes_at_the_first_missing_chunk(central, central_engine, make_local, tmp_path):  # type: ignore[no-untyped-def]
    local, files = _window(make_local, central, tmp_path, "05")
    case_id = open_case(local)
    data = os.urandom(5 * CHUNK)
    sha = attach_page(local, files, case_id, data, CHUNK)
    backend = SqlBlobBackend(central_engine)
    for idx in (0, 1, 3):  # an earlier run died after these
        backend.put_chunk("05", sha, idx, data[idx * CHUNK : (idx + 1) * CHUNK])
    sent: list[int] = []
    Uploader(local, central, blobs=BlobSender(files, backend, on_chunk=lambda s, i, n: sent.append(i))).sync_once()
    assert sent == [2, 4]
    assert backend.read("05", sha) == data


def test_a_blob_row_without_its_bytes_is_held_not_applied(central, central_engine, make_local, tmp_path):  # type: ignore[no-untyped-def]
    local, files = _window(make_local, central, tmp_path, "05")
    case_id = open_case(local)
    data = os.urandom(2 * CHUNK)
    sha = attach_page(local, files, case_id, data, CHUNK)
    Uploader(local, central).sync_once()  # an uploader that does not send files
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Blob)) == 0
        held = c.scalar(select(func.count()).select_from(InboxEntry).where(InboxEntry.projected.is_(False)))
        assert held >= 1
    BlobSender(files, SqlBlobBackend(central_engine)).ensure(
        {"owner_window": "05", "sha256": sha, "size_bytes": len(data), "chunk_size": CHUNK}
    )
    open_case(local, "李四")  # the next batch retries what was held
    Uploader(local, central).sync_once()
    with central_engine.connect() as c:
        assert c.scalar(select(Blob.sha256)) == sha


def test_a_window_role_cannot_read_another_windows_files(central, central_engine, make_local, tmp_path):  # type: ignore[no-untyped-def]
    roles = [create_window_role(central_engine, w) for w in ("01", "02")]
    try:
        as_01, as_02 = (
            make_engine(central_engine.url.set(username=r, password=None).render_as_string(hide_password=False))
            for r in roles
        )
        local, files = _window(make_local, CentralStore(as_01), tmp_path, "01")
        case_id = open_case(local)
        data = os.urandom(CHUNK + 1)
        sha = attach_page(local, files, case_id, data, CHUNK)
        Uploader(local, CentralStore(as_01), blobs=BlobSender(files, SqlBlobBackend(as_01))).sync_once()
        assert SqlBlobBackend(as_01).read("01", sha) == data
        assert SqlBlobBackend(as_02).read("01", sha) == b""
        assert SqlBlobBackend(as_02).present_chunks("01", sha) == set()
        with as_02.connect() as c:
            assert c.scalar(select(func.count()).select_from(CasePage)) == 0
            assert c.scalar(select(func.count()).select_from(Blob)) == 0
        with pytest.raises(Exception, match="row-level security"):
            SqlBlobBackend(as_02).put_chunk("01", "0" * 64, 0, b"forged")
        as_01.dispose()
        as_02.dispose()
    finally:
        for w in ("01", "02"):
            revoke_window_role(central_engine, w)
