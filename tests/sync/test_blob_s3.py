"""Files to an S3-compatible bucket (a real S3 HTTP server: moto's, IAM enforced) while
their rows stay in PostgreSQL: chunks content-addressed and sent once, a blob row only
when the bucket holds the file whole, a window's key refused another window's files,
the center's PDF read from the bucket, and the settings' secret file kept private."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.devices.capture.imaging import encode_page
from app.devices.capture.sample_pages import document_page, photo_like
from app.domain.errors import NotFound
from app.services.central_files import CentralCaseFiles
from app.store.blob_files import BlobFiles
from app.store.engine import make_engine
from app.store.models import Blob, BlobChunk, CasePage, InboxEntry
from app.store.uow import Store
from app.sync.blob_s3 import SECRET_ENV, S3BlobBackend, backend_for, read_secret
from app.sync.blobs import BlobSender, SqlBlobBackend
from app.sync.central import CentralStore
from app.sync.errors import CentralUnavailable
from app.sync.registration import register_device
from app.sync.roles import create_window_role, revoke_window_role
from app.sync.uploader import Uploader
from tests.sync.clerk import case_numbers, open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres

CHUNK = 4096


def _window(make_local, central_engine, s3_server, bucket, tmp_path, code: str):  # type: ignore[no-untyped-def]
    """A window PC using the bucket with its own key, and the center that checks it."""
    backend = s3_server.backend(bucket, s3_server.window_key(bucket, code))
    central = CentralStore(central_engine, backend)
    local = make_local(f"w{code}")
    register_device(local, central, code, "HALL")
    return local, BlobFiles(tmp_path / f"w{code}.files"), central, backend


def test_pages_go_to_the_bucket_once_and_their_rows_to_the_database(  # type: ignore[no-untyped-def]
    central_engine, make_local, tmp_path, s3_server
) -> None:
    bucket = s3_server.new_bucket()
    local, files, central, backend = _window(make_local, central_engine, s3_server, bucket, tmp_path, "05")
    case_id = open_case(local)
    payloads = [os.urandom(3 * CHUNK + 123), os.urandom(CHUNK), os.urandom(10)]
    shas = [attach_page(local, files, case_id, data, CHUNK) for data in payloads]
    attach_page(local, files, case_id, payloads[0], CHUNK)  # the same bytes again: one file
    sent: list[tuple[str, int]] = []
    sender = BlobSender(files, backend, on_chunk=lambda sha, idx, n: sent.append((sha, idx)))
    report = Uploader(local, central, blobs=sender).sync_once()
    assert report.rejected == 0 and report.acked == report.sent
    assert len(sent) == 4 + 1 + 1
    objects = s3_server.objects(bucket)
    assert sorted(objects) == sorted(f"blobs/05/{sha}/{i:06d}" for sha, i in sent)
    for sha, data in zip(shas, payloads, strict=True):
        got = b"".join(v for k, v in sorted(objects.items()) if k.startswith(f"blobs/05/{sha}/"))
        assert got == data and hashlib.sha256(got).hexdigest() == sha
        assert backend.read("05", sha) == data
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Blob)) == 3
        assert c.scalar(select(func.count()).select_from(CasePage)) == 4
        assert c.scalar(select(func.count()).select_from(BlobChunk)) == 0  # no bytes in the database
    assert Uploader(local, central, blobs=sender).sync_once().sent == 0  # nothing twice
    assert len(sent) == 6


def test_a_partial_upload_resumes_and_a_row_waits_for_its_whole_file(  # type: ignore[no-untyped-def]
    central_engine, make_local, tmp_path, s3_server
) -> None:
    bucket = s3_server.new_bucket()
    local, files, central, backend = _window(make_local, central_engine, s3_server, bucket, tmp_path, "06")
    case_id = open_case(local)
    data = os.urandom(5 * CHUNK)
    sha = attach_page(local, files, case_id, data, CHUNK)
    for idx in (0, 1, 3):  # an earlier run died after these
        backend.put_chunk("06", sha, idx, data[idx * CHUNK : (idx + 1) * CHUNK])
    assert backend.present_chunks("06", sha, 5) == {0, 1, 3}
    Uploader(local, central).sync_once()  # an uploader that does not send files
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Blob)) == 0  # held: the bucket lacks 2 and 4
        assert c.scalar(select(func.count()).select_from(InboxEntry).where(InboxEntry.projected.is_(False))) >= 1
    sent: list[int] = []
    BlobSender(files, backend, on_chunk=lambda s, i, n: sent.append(i)).ensure(
        {"owner_window": "06", "sha256": sha, "size_bytes": len(data), "chunk_size": CHUNK}
    )
    assert sent == [2, 4]  # only what was missing
    open_case(local, "李四")  # the next batch retries what was held
    Uploader(local, central).sync_once()
    with central_engine.connect() as c:
        assert c.scalar(select(Blob.sha256)) == sha
    assert backend.read("06", sha) == data


def test_a_window_key_cannot_read_or_write_another_windows_files_and_the_center_opens_the_pdf(  # type: ignore[no-untyped-def]
    central_engine, central_url, make_local, tmp_path, s3_server
) -> None:
    bucket = s3_server.new_bucket()
    local, files, central, backend = _window(make_local, central_engine, s3_server, bucket, tmp_path, "03")
    case_id = open_case(local)
    shas = [
        attach_page(local, files, case_id, encode_page(image).data, 64 * 1024)
        for image in (document_page("身份证"), photo_like())
    ]
    Uploader(local, central, blobs=BlobSender(files, backend)).sync_once()
    (number,) = case_numbers(local)

    other = s3_server.backend(bucket, s3_server.window_key(bucket, "02"))
    with pytest.raises(CentralUnavailable, match="对象存储拒绝了本机的读取"):
        other.read("03", shas[0])
    with pytest.raises(CentralUnavailable, match="对象存储拒绝了本机的读取"):
        other.present_chunks("03", shas[0], 1)
    with pytest.raises(CentralUnavailable, match="对象存储拒绝了本机的写入"):
        other.put_chunk("03", shas[0], 0, b"forged")
    assert backend.read("03", shas[0]) == files.get(shas[0])  # untouched

    center = CentralCaseFiles(Store(central_engine), s3_server.backend(bucket))
    out = tmp_path / "case.pdf"
    out.write_bytes(center.case_pdf(number))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) == 3  # type: ignore[union-attr]
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()[2:]) >= 2

    role = create_window_role(central_engine, "02")
    try:
        as_02 = make_engine(central_engine.url.set(username=role, password=None).render_as_string(hide_password=False))
        with pytest.raises(NotFound, match="无权查看"):
            CentralCaseFiles(Store(as_02), other).case_pdf(number)
        as_02.dispose()
    finally:
        revoke_window_role(central_engine, "02")


def test_files_stored_before_the_switch_are_read_from_the_database(  # type: ignore[no-untyped-def]
    central_engine, s3_server
) -> None:
    bucket = s3_server.new_bucket()
    database = SqlBlobBackend(central_engine)
    data = os.urandom(CHUNK + 7)
    sha = hashlib.sha256(data).hexdigest()
    database.put_chunk("04", sha, 0, data[:CHUNK])
    database.put_chunk("04", sha, 1, data[CHUNK:])
    backend = s3_server.backend(bucket, fallback=database)
    assert backend.read("04", sha) == data
    with central_engine.connect() as c:
        assert backend.complete(c, "04", sha, 2, len(data))
        assert not S3BlobBackend(backend.client, bucket).complete(c, "04", sha, 2, len(data))


@dataclass(frozen=True)
class _Group:
    kind: str = "s3"
    endpoint: str = ""
    bucket: str = ""
    region: str = "us-east-1"
    access_key: str = ""
    secret_key_file: str = ""
    prefix: str = "blobs/"


def test_settings_build_the_backend_and_keep_the_secret_private(  # type: ignore[no-untyped-def]
    central_engine, s3_server, tmp_path, monkeypatch
) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    bucket = s3_server.new_bucket()
    key = s3_server.window_key(bucket, "07")
    secret = tmp_path / "blob.secret"
    secret.write_text(key[1] + "\n", encoding="utf-8")
    secret.chmod(0o644)
    group = _Group(endpoint=s3_server.endpoint, bucket=bucket, access_key=key[0], secret_key_file=str(secret))
    with pytest.raises(CentralUnavailable, match="权限为 0644.*chmod 600"):
        backend_for(group, central_engine)
    secret.chmod(0o600)
    backend = backend_for(group, central_engine)
    assert isinstance(backend, S3BlobBackend) and read_secret(str(secret)) == key[1]
    backend.put_chunk("07", "a" * 64, 0, b"page")
    assert backend.read("07", "a" * 64) == b"page"
    assert isinstance(backend_for(_Group(kind=""), central_engine), SqlBlobBackend)
    with pytest.raises(CentralUnavailable, match="缺少 blob_store.endpoint、blob_store.bucket"):
        backend_for(_Group(access_key="x"), central_engine)
    with pytest.raises(CentralUnavailable, match="未知的对象存储类型“ftp”"):
        backend_for(_Group(kind="ftp"), central_engine)
    monkeypatch.setenv(SECRET_ENV, "from-env")
    assert read_secret("") == "from-env"


def test_admin_blobstore_secret_keeps_the_key_like_the_central_password(  # type: ignore[no-untyped-def]
    central_engine, s3_server, tmp_path, monkeypatch, capsys
) -> None:
    import io
    import stat

    import tomli_w

    from app.cli import run_admin
    from app.settings import load_settings

    monkeypatch.delenv(SECRET_ENV, raising=False)
    bucket = s3_server.new_bucket()
    key = s3_server.window_key(bucket, "08")
    settings = tmp_path / "settings.toml"
    group = {"kind": "s3", "endpoint": s3_server.endpoint, "bucket": bucket, "access_key": key[0]}
    settings.write_text(tomli_w.dumps({"schema_version": 2, "blob_store": group}), encoding="utf-8")
    with pytest.raises(CentralUnavailable, match="admin blobstore secret"):
        backend_for(load_settings(settings).blob_store, central_engine, tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(key[1] + "\n"))
    assert run_admin(["admin", "blobstore", "secret", "--settings", str(settings)]) == 0
    assert "仅本用户可读的文件" in capsys.readouterr().out  # the suite's keyring is the failing one
    kept = tmp_path / "central-password.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and key[1] not in settings.read_text(encoding="utf-8")
    backend = backend_for(load_settings(settings).blob_store, central_engine, tmp_path)
    backend.put_chunk("08", "b" * 64, 0, b"kept")
    assert backend.read("08", "b" * 64) == b"kept"
    assert run_admin(["admin", "blobstore", "show", "--settings", str(settings)]) == 0
    shown = capsys.readouterr().out
    assert "密钥：已保存" in shown and key[1] not in shown
