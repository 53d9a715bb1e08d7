"""SIGKILL in the middle of a file, 20 times (8 times with the chunks in an S3 bucket):
afterwards every blob is at the center exactly once, whole, with the same SHA-256, and
every outbox row arrived once."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.store.blob_files import BlobFiles
from app.store.models import Blob, BlobChunk, CasePage
from app.sync.blob_s3 import SECRET_ENV
from app.sync.central import CentralStore
from app.sync.registration import register_device
from app.sync.verify import verify_delivery
from tests.sync.clerk import open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 4096
KILLS = 20
KILLS_S3 = 8


def _client(
    local: Path, files: Path, central_url: str, s3: list[str] | None, env: dict[str, str]
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.blob_fault_client",
            "--local",
            str(local),
            "--files",
            str(files),
            "--central",
            central_url,
            *(["--s3", *s3] if s3 else []),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_killed_mid_file_twenty_times_every_blob_arrives_once_and_whole(
    central, central_url, central_engine, make_local, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    originals = _kill_and_finish(central, central_url, central_engine, make_local, tmp_path, KILLS, None, {})
    with central_engine.connect() as c:
        rows = c.execute(select(Blob.sha256, Blob.size_bytes, Blob.chunk_count)).all()
        assert sorted(r.sha256 for r in rows) == sorted(originals)
        for sha, size, count in rows:
            parts = c.scalars(select(BlobChunk.data).where(BlobChunk.sha256 == sha).order_by(BlobChunk.idx)).all()
            assert len(parts) == count
            data = b"".join(parts)
            assert len(data) == size and hashlib.sha256(data).hexdigest() == sha and data == originals[sha]


def test_killed_mid_file_with_chunks_in_a_bucket_every_blob_arrives_once_and_whole(
    central_url, central_engine, make_local, tmp_path, s3_server
) -> None:  # type: ignore[no-untyped-def]
    bucket = s3_server.new_bucket()
    key = s3_server.window_key(bucket, "07")
    central = CentralStore(central_engine, s3_server.backend(bucket))
    env = {**os.environ, SECRET_ENV: key[1]}
    s3 = [s3_server.endpoint, bucket, key[0]]
    originals = _kill_and_finish(central, central_url, central_engine, make_local, tmp_path, KILLS_S3, s3, env)
    objects = s3_server.objects(bucket)
    with central_engine.connect() as c:
        rows = c.execute(select(Blob.sha256, Blob.size_bytes, Blob.chunk_count)).all()
        assert sorted(r.sha256 for r in rows) == sorted(originals)
        assert c.scalar(select(func.count()).select_from(BlobChunk)) == 0
    assert len(objects) == sum(count for _, _, count in rows)  # every chunk once, nothing else
    for sha, size, count in rows:
        keys = sorted(k for k in objects if k.startswith(f"blobs/07/{sha}/"))
        assert keys == [f"blobs/07/{sha}/{i:06d}" for i in range(count)]
        data = b"".join(objects[k] for k in keys)
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha and data == originals[sha]


def _kill_and_finish(  # type: ignore[no-untyped-def]
    central, central_url, central_engine, make_local, tmp_path, kills: int, s3: list[str] | None, env
) -> dict[str, bytes]:
    """Pages at window 07, ``kills`` SIGKILLs mid-upload, then a run to the end; returns the files."""
    env = env or dict(os.environ)
    local = make_local("w07")
    register_device(local, central, "07", "HALL")
    files = BlobFiles(tmp_path / "w07.files")
    rng = random.Random(14)
    originals: dict[str, bytes] = {}
    for i in range(6):
        case_id = open_case(local, f"申请人{i}")
        for _ in range(2):
            data = os.urandom(rng.randint(5, 9) * CHUNK + rng.randint(0, CHUNK - 1))
            originals[attach_page(local, files, case_id, data, CHUNK)] = data
    local_path = Path(local.engine.url.database or "")
    mid_file_kills = 0
    for _ in range(kills):
        proc = _client(local_path, files.root, central_url, s3, env)
        assert proc.stdout is not None
        wanted = rng.randint(1, 3)
        seen = 0
        line = ""
        for line in proc.stdout:
            if line.startswith("chunk"):
                seen += 1
                if seen >= wanted:
                    break
        if line.startswith("chunk"):
            idx, count = map(int, line.split()[2].split("/"))
            mid_file_kills += idx + 1 < count
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert mid_file_kills >= kills // 2, "the kills should land in the middle of files"
    final = _client(local_path, files.root, central_url, s3, env)
    out, _ = final.communicate(timeout=120)
    assert final.returncode == 0 and out.strip().endswith("done")
    with central_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(CasePage)) == len(originals)
    check = verify_delivery(central_engine, [local])
    # 6 cases × 3 rows, a blob row and a page row per file, and the registration's audit row
    assert check.problems == () and check.outbox_rows == check.inbox_rows == 6 * 3 + 2 * len(originals) + 1
    return originals
