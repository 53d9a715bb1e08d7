"""保管期限 with the files in an S3 bucket (moto's real S3 server) and the rows in PostgreSQL:
the expired archived case's chunk objects and rows go, the other case's stay, the audit
entry names the hashes; a run killed after removing the objects but before its database
transaction is finished by the next run, with one audit entry."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.cli.common import CLI_ADMIN
from app.domain.case_stage import StageAction
from app.services.clock import HALL_TZ
from app.services.retention import CLEAR_ACTION, RetentionService, set_retention
from app.services.stages import append_case_event
from app.store.blob_files import BlobFiles
from app.store.models import AuditEntry, Blob, Case, CasePage
from app.store.uow import Store
from app.sync.blobs import BlobSender
from app.sync.central import CentralStore
from app.sync.registration import register_device
from app.sync.uploader import Uploader
from tests.sync.clerk import open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres

CHUNK = 4096


def _archive(center: Store, case_id, when: datetime) -> None:  # type: ignore[no-untyped-def]
    with center.write() as tx:
        case = tx.session.get(Case, case_id)
        append_case_event(tx, case, CLI_ADMIN, StageAction.ARCHIVE.value, owner=case.owner_window, now=when)


@pytest.mark.parametrize("killed", [False, True])
def test_expired_files_leave_the_bucket_once(  # type: ignore[no-untyped-def]
    central_engine, make_local, tmp_path, s3_server, killed: bool
) -> None:
    bucket = s3_server.new_bucket()
    backend = s3_server.backend(bucket, s3_server.window_key(bucket, "05"))
    central = CentralStore(central_engine, backend)
    local = make_local("w05")
    register_device(local, central, "05", "HALL")
    files = BlobFiles(tmp_path / "w05.files")
    old, kept = open_case(local, "张三"), open_case(local, "李四")
    old_shas = [attach_page(local, files, old, os.urandom(n), CHUNK) for n in (3 * CHUNK + 5, 100)]
    kept_sha = attach_page(local, files, kept, os.urandom(2 * CHUNK), CHUNK)
    Uploader(local, central, blobs=BlobSender(files, backend)).sync_once()
    assert len(s3_server.objects(bucket)) == 4 + 1 + 2

    center = Store(central_engine)
    later = datetime.now(HALL_TZ) + timedelta(days=1)
    _archive(center, old, later)
    _archive(center, kept, later.replace(year=later.year + 5))
    set_retention(center, CLI_ADMIN, 10)
    today = date(later.year + 11, 1, 4)
    service = RetentionService(center, s3_server.backend(bucket))
    (item,) = service.expired(today)
    assert item.case_id == old and item.pages == 2

    if killed:  # what a run killed between the bucket and the database leaves behind
        for sha, count in zip(old_shas, (4, 1), strict=True):
            s3_server.backend(bucket).delete("05", sha, count)
        assert sorted(k.split("/")[2] for k in s3_server.objects(bucket)) == [kept_sha, kept_sha]
        assert service.expired(today)[0].pages == 2  # the rows are still there: not done yet

    assert service.clear(CLI_ADMIN, service.expired(today)[0], operator="tester") == 2
    remaining = s3_server.objects(bucket)
    assert sorted(remaining) == [f"blobs/05/{kept_sha}/{i:06d}" for i in range(2)]
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(CasePage).where(CasePage.case_id == old)) == 0
        assert list(c.scalars(select(Blob.sha256))) == [kept_sha]
        assert c.scalar(select(func.count()).select_from(Case)) == 2
        audits = list(c.scalars(select(AuditEntry.detail).where(AuditEntry.action == CLEAR_ACTION)))
    assert len(audits) == 1
    assert audits[0]["where"] == "对象存储" and audits[0]["deleted_files"] == sorted(old_shas)
    assert audits[0]["operator"] == "tester"
    # Again: listed as cleared, nothing removed, no second audit entry.
    (again,) = service.expired(today)
    assert again.pages == 0 and service.clear(CLI_ADMIN, again) == 0
    assert s3_server.objects(bucket) == remaining
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == CLEAR_ACTION)) == 1
