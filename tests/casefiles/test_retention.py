"""保管期限 on SQLite and PostgreSQL: archived cases whose period has passed lose their
pages and file bytes at the center (``admin casefile retention``), the case record stays,
every cleared case has its audit entry, a dry run and a second run change nothing, and
cases that are not archived, not expired or kept 永久 are not touched.

The store is a one-PC center: the window captures through the case-file service, the
chunks are put in ``blob_chunks`` as the uploader would (:class:`SqlBlobBackend`).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import run_admin
from app.cli.common import CLI_ADMIN
from app.devices.capture.imaging import encode_page
from app.devices.capture.sample_pages import document_page, photo_like
from app.domain.case_stage import StageAction
from app.domain.errors import ValidationError
from app.services.case_files import CaseFileService
from app.services.clock import HALL_TZ, ManualClock
from app.services.retention import CLEAR_ACTION, PERMANENT, RetentionService, set_retention
from app.services.stages import append_case_event
from app.store.blob_files import BlobFiles
from app.store.models import AuditEntry, Blob, BlobChunk, Case, CaseEvent, CasePage
from app.store.uow import Store
from app.sync.blobs import SqlBlobBackend, chunk_count
from tests.services.conftest import PASSWORD, build_hall, make_desk

TODAY = date(2026, 12, 7)
SHARED = encode_page(document_page("营业执照", 1)).data


def _case(desk, files: CaseFileService, images: list[bytes], accepted: date, matter: str = "QYSL"):  # type: ignore[no-untyped-def]
    desk.clock.set(ManualClock.at_hall_time(accepted)())
    case = desk.intake.start(matter_code=matter)
    from tests.clock.conftest import PERSON

    case = desk.intake.set_applicant(case.id, PERSON)
    line = case.checklist[0]
    for data in images:
        files.add_page(case.id, line.id, data, width=100, height=100)
    desk.intake.mark_all_received(case.id)
    return desk.decisions.accept(case.id).case


def _archive(store: Store, case_id, day: date, who: str = "赵档案") -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    with store.write() as tx:
        case = tx.session.get(Case, case_id)
        append_case_event(
            tx,
            case,
            replace(CLI_ADMIN, name=who),
            StageAction.ARCHIVE.value,
            owner=case.owner_window,
            now=datetime(day.year, day.month, day.day, 15, tzinfo=HALL_TZ),
            note="案卷归档",
        )


def _upload_chunks(store: Store) -> None:
    """What the uploader puts at the center: every blob's chunks in blob_chunks."""
    backend = SqlBlobBackend(store.engine)
    files = BlobFiles(_upload_chunks.root)  # type: ignore[attr-defined]
    with store.read() as s:
        blobs = s.execute(select(Blob.owner_window, Blob.sha256, Blob.size_bytes, Blob.chunk_size)).all()
    for owner, sha, size, chunk in blobs:
        data = files.get(sha)
        for i in range(chunk_count(size, chunk)):
            backend.put_chunk(owner, sha, i, data[i * chunk : (i + 1) * chunk])


@pytest.fixture()
def hall(store: Store, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CD_SETTINGS", str(tmp_path / "settings.toml"))
    build_hall(store)
    desk = make_desk(store)
    desk.session.login("0101", PASSWORD)
    root = tmp_path / "window.files"
    files = CaseFileService(store, desk.session, BlobFiles(root), clock=desk.clock)
    _upload_chunks.root = root  # type: ignore[attr-defined]
    cases = {
        "old": _case(desk, files, [SHARED, encode_page(photo_like()).data], date(2016, 2, 15)),
        # the same 营业执照 bytes: one file for both
        "recent": _case(desk, files, [SHARED], date(2020, 5, 11)),
        "open": _case(desk, files, [encode_page(document_page("申请书", 2)).data], date(2015, 3, 2)),
        "forever": _case(desk, files, [encode_page(document_page("申请书", 3)).data], date(2012, 3, 5), "SPJY"),
    }
    _upload_chunks(store)
    _archive(store, cases["old"].id, date(2016, 3, 1))  # 10 years: ended 2026-03-01
    _archive(store, cases["recent"].id, date(2020, 6, 1))  # ends 2030-06-01
    _archive(store, cases["forever"].id, date(2012, 6, 4))  # SPJY: 永久
    return store, cases


def _counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {
            "pages": s.scalar(select(func.count()).select_from(CasePage)) or 0,
            "blobs": s.scalar(select(func.count()).select_from(Blob)) or 0,
            "chunks": s.scalar(select(func.count()).select_from(BlobChunk)) or 0,
            "cases": s.scalar(select(func.count()).select_from(Case)) or 0,
            "events": s.scalar(select(func.count()).select_from(CaseEvent)) or 0,
            "audit": s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == CLEAR_ACTION))
            or 0,
        }


def test_retention_clears_exactly_the_expired_archived_files(hall, store_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    store, cases = hall
    service = RetentionService(store, SqlBlobBackend(store.engine))
    with pytest.raises(ValidationError, match="尚未设置保管期限"):
        service.expired(TODAY)
    assert run_admin(["admin", "casefile", "retention-period", "--years", "十年", "--store", store_url]) != 0
    assert "保管期限“十年”无效" in capsys.readouterr().err
    assert run_admin(["admin", "casefile", "retention-period", "--years", "10", "--store", store_url]) == 0
    set_retention(store, CLI_ADMIN, PERMANENT, matter="SPJY")
    assert run_admin(["admin", "casefile", "retention-period", "--store", store_url]) == 0
    out = capsys.readouterr().out
    assert "本厅默认保管期限：10年" in out and "事项 SPJY：永久" in out

    before = _counts(store)
    assert before["pages"] == 5 and before["blobs"] == 4
    assert (
        run_admin(["admin", "casefile", "retention", "--dry-run", "--today", "2026-12-07", "--store", store_url]) == 0
    )
    out = capsys.readouterr().out
    number = cases["old"].case_number
    assert (
        f"{number}\t企业设立登记" in out and "2016-03-01 归档（赵档案）\t保管10年\t2026-03-01 期满\t2 页待清除" in out
    )
    assert cases["recent"].case_number not in out and cases["forever"].case_number not in out
    assert "保管期满的已归档办件 1 件，其中 1 件的材料待清除（试运行，未删除任何内容）" in out
    assert _counts(store) == before
    with pytest.raises(SystemExit):
        run_admin(["admin", "casefile", "retention", "--apply", "--today", "2026-13-01", "--store", store_url])
    assert "日期“2026-13-01”格式不对" in capsys.readouterr().err
    assert _counts(store) == before
    # On the last day of the period nothing has passed yet.
    assert service.expired(date(2026, 3, 1)) == []

    with store.read() as s:
        old_shas = list(s.scalars(select(CasePage.sha256).where(CasePage.case_id == cases["old"].id)))
    own = {sha for sha in old_shas if sha != Blob_sha(SHARED)}
    assert run_admin(["admin", "casefile", "retention", "--apply", "--today", "2026-12-07", "--store", store_url]) == 0
    out = capsys.readouterr().out
    assert f"已清除办件 {number} 的电子档案 2 页" in out and "清除完成：1 件办件，共 2 页" in out
    after = _counts(store)
    assert after["pages"] == 3 and after["blobs"] == 3  # the shared 营业执照 stays for the 2020 case
    assert (after["cases"], after["events"]) == (before["cases"], before["events"])
    assert after["audit"] == 1
    with store.read() as s:
        assert s.get(Case, cases["old"].id) is not None
        assert s.scalars(select(BlobChunk).where(BlobChunk.sha256.in_(own))).first() is None
        assert s.scalars(select(BlobChunk).where(BlobChunk.sha256 == Blob_sha(SHARED))).first() is not None
        recent = s.execute(
            select(CasePage.owner_window, CasePage.sha256).where(CasePage.case_id == cases["recent"].id)
        ).all()
        assert [sha for _o, sha in recent] == [Blob_sha(SHARED)]
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == CLEAR_ACTION)).one()
    assert detail["case_number"] == number and detail["archived_on"] == "2016-03-01"
    assert detail["retention"] == "10年" and detail["archived_by"] == "赵档案" and detail["operator"]
    assert sorted(p["sha256"] for p in detail["pages"]) == sorted(old_shas)
    assert detail["deleted_files"] == sorted(own) and detail["kept_files_still_used"] == [Blob_sha(SHARED)]
    # The center's file of the 2020 case still opens whole.
    assert SqlBlobBackend(store.engine).read(recent[0][0], recent[0][1]) == SHARED

    # A second run: the case is listed as cleared, nothing more removed or audited.
    assert run_admin(["admin", "casefile", "retention", "--apply", "--today", "2026-12-07", "--store", store_url]) == 0
    out = capsys.readouterr().out
    assert "已清除\n" in out and "清除完成：0 件办件，共 0 页" in out
    assert _counts(store) == after


def Blob_sha(data: bytes) -> str:  # noqa: N802 - reads like the column it names
    import hashlib

    return hashlib.sha256(data).hexdigest()
