"""SIGKILL in the middle of a file, 20 times: afterwards every blob is at the center
exactly once, whole, with the same SHA-256, and every outbox row arrived once."""

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
from app.sync.registration import register_device
from app.sync.verify import verify_delivery
from tests.sync.clerk import open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 4096
KILLS = 20


def _client(local: Path, files: Path, central_url: str) -> subprocess.Popen[str]:
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
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_killed_mid_file_twenty_times_every_blob_arrives_once_and_whole(
    central, central_url, central_engine, make_local, tmp_path
) -> None:  # type: ignore[no-untyped-def]
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
    for _ in range(KILLS):
        proc = _client(local_path, files.root, central_url)
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
    assert mid_file_kills >= KILLS // 2, "the kills should land in the middle of files"
    final = _client(local_path, files.root, central_url)
    out, _ = final.communicate(timeout=120)
    assert final.returncode == 0 and out.strip().endswith("done")
    with central_engine.connect() as c:
        rows = c.execute(select(Blob.sha256, Blob.size_bytes, Blob.chunk_count)).all()
        assert sorted(r.sha256 for r in rows) == sorted(originals)
        for sha, size, count in rows:
            parts = c.scalars(select(BlobChunk.data).where(BlobChunk.sha256 == sha).order_by(BlobChunk.idx)).all()
            assert len(parts) == count
            data = b"".join(parts)
            assert len(data) == size and hashlib.sha256(data).hexdigest() == sha and data == originals[sha]
        assert c.scalar(select(func.count()).select_from(CasePage)) == len(originals)
    check = verify_delivery(central_engine, [local])
    # 6 cases × 3 rows, a blob row and a page row per file, and the registration's audit row
    assert check.problems == () and check.outbox_rows == check.inbox_rows == 6 * 3 + 2 * len(originals) + 1
