"""Benchmark of the electronic file: capture-to-thumbnail and blob upload throughput.

Prints, each next to a raw baseline measured in the same run:

1. capture → stored page → thumbnail, per page: an emulated 高拍仪 frame (1600×1200, a
   page askew on a desk) is cropped and straightened, encoded by content, written as a
   file and recorded with its outbox rows (``CaseFileService.add_page``, SQLite), then
   thumbnailed — against Pillow alone saving the same frame as JPEG and thumbnailing it;
2. upload of the pages' blobs to a private PostgreSQL database through the outbox
   (``Uploader`` + ``BlobSender``: chunk look-up, one ``INSERT … ON CONFLICT DO NOTHING``
   per chunk, then the batch and its completeness check) — against raw psycopg
   ``COPY`` and ``executemany`` ``INSERT`` of the same chunks into a plain table;
3. the same upload with the chunks going to an S3 bucket (moto's standalone server on
   loopback, IAM enforced; the window's own key; metadata rows still to PostgreSQL) —
   against raw boto3 ``put_object`` of the same chunks into the same server.

    .venv/bin/python bench/bench_case_files.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402

from app.devices.capture.imaging import crop_and_deskew, encode_page, thumbnail  # noqa: E402
from app.devices.capture.sample_pages import document_page, on_desk  # noqa: E402
from app.services.case_files import CaseFileService  # noqa: E402
from app.store.blob_files import BlobFiles  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.uow import Store  # noqa: E402
from app.sync.blobs import BlobSender, SqlBlobBackend  # noqa: E402
from app.sync.central import CentralStore  # noqa: E402
from app.sync.registration import register_device  # noqa: E402
from app.sync.uploader import Uploader  # noqa: E402
from tests.services.conftest import PASSWORD, build_hall, make_desk  # noqa: E402
from tests.support.postgres import find_server  # noqa: E402
from tests.sync.clerk import open_case  # noqa: E402
from tests.sync.pages import attach_page  # noqa: E402

CHUNK = 256 * 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_capture(pages: int, root: Path) -> None:
    store = Store(make_engine(f"sqlite+pysqlite:///{root / 'window.db'}"))
    upgrade(store.engine)
    build_hall(store)
    desk = make_desk(store)
    desk.session.login("0101", PASSWORD)
    files = CaseFileService(store, desk.session, BlobFiles(root / "window.files"), clock=desk.clock)
    case = desk.intake.start(matter_code="QYSL")
    line = case.checklist[0]
    frames = [on_desk(document_page("申请书", n + 1), 2.0 + (n % 5)) for n in range(pages)]
    ours: list[float] = []
    raw: list[float] = []
    for frame in frames:
        t0 = time.perf_counter()
        page = encode_page(crop_and_deskew(frame))
        info = files.add_page(case.id, line.id, page.data, width=page.width, height=page.height)
        thumbnail(files.page_bytes(info.id))
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        out = io.BytesIO()
        frame.save(out, format="JPEG", quality=85)
        thumbnail(out.getvalue())
        raw.append(time.perf_counter() - t0)
    a, b = statistics.median(ours) * 1000, statistics.median(raw) * 1000
    print(f"capture → stored page → thumbnail, {pages} frames 1600×1200:")
    print(
        f"  Counter Desk (crop + deskew + encode + file + row + outbox + thumbnail): "
        f"p50 {a:.0f} ms, p95 {_pct(ours, 0.95) * 1000:.0f} ms per page"
    )
    print(f"  raw Pillow (JPEG + thumbnail of the same frame): p50 {b:.0f} ms  (×{a / b:.1f})")
    store.dispose()


def bench_upload(server, blobs: int, size: int, root: Path) -> None:  # type: ignore[no-untyped-def]
    name = server.create_database("cd_bench_files")
    try:
        url = server.sqlalchemy_url(name)
        engine = make_engine(url)
        upgrade(engine)
        local = Store(make_engine(f"sqlite+pysqlite:///{root / 'upload.db'}"))
        upgrade(local.engine)
        central = CentralStore(engine)
        register_device(local, central, "07", "HALL")
        files = BlobFiles(root / "upload.files")
        payloads = [os.urandom(size) for _ in range(blobs)]
        case_id = open_case(local)
        for data in payloads:
            attach_page(local, files, case_id, data, CHUNK)
        total_mb = blobs * size / 1e6
        t0 = time.perf_counter()
        Uploader(local, central, blobs=BlobSender(files, SqlBlobBackend(engine))).sync_once()
        ours = time.perf_counter() - t0

        chunks = [
            (i, j, data[j * CHUNK : (j + 1) * CHUNK])
            for i, data in enumerate(payloads)
            for j in range(-(-len(data) // CHUNK))
        ]
        conninfo = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("CREATE TABLE raw_copy (blob int, idx int, data bytea, PRIMARY KEY (blob, idx))")
            conn.execute("CREATE TABLE raw_insert (blob int, idx int, data bytea, PRIMARY KEY (blob, idx))")
            t0 = time.perf_counter()
            with conn.cursor() as cur, cur.copy("COPY raw_copy (blob, idx, data) FROM STDIN") as copy:
                for row in chunks:
                    copy.write_row(row)
            copy_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany("INSERT INTO raw_insert (blob, idx, data) VALUES (%s, %s, %s)", chunks)
            insert_s = time.perf_counter() - t0
        print(
            f"blob upload, {blobs} files × {size // 1024} KiB = {total_mb:.1f} MB in {len(chunks)} chunks of 256 KiB:"
        )
        print(f"  Counter Desk (outbox + BlobSender + completeness check): {total_mb / ours:.1f} MB/s")
        print(
            f"  raw psycopg COPY: {total_mb / copy_s:.1f} MB/s (×{ours / copy_s:.1f}),"
            f" executemany INSERT: {total_mb / insert_s:.1f} MB/s (×{ours / insert_s:.1f})"
        )
        local.dispose()
        engine.dispose()
    finally:
        server.drop_database(name)


def bench_upload_s3(server, blobs: int, size: int, root: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.s3_server import S3Server

    s3 = S3Server.start()
    name = server.create_database("cd_bench_s3")
    try:
        engine = make_engine(server.sqlalchemy_url(name))
        upgrade(engine)
        bucket = s3.new_bucket()
        backend = s3.backend(bucket, s3.window_key(bucket, "07"))
        local = Store(make_engine(f"sqlite+pysqlite:///{root / 'upload-s3.db'}"))
        upgrade(local.engine)
        central = CentralStore(engine, backend)
        register_device(local, central, "07", "HALL")
        files = BlobFiles(root / "upload-s3.files")
        payloads = [os.urandom(size) for _ in range(blobs)]
        case_id = open_case(local)
        for data in payloads:
            attach_page(local, files, case_id, data, CHUNK)
        total_mb = blobs * size / 1e6
        t0 = time.perf_counter()
        Uploader(local, central, blobs=BlobSender(files, backend)).sync_once()
        ours = time.perf_counter() - t0
        raw = s3.boto3()
        raw_bucket = s3.new_bucket()
        t0 = time.perf_counter()
        for i, data in enumerate(payloads):
            for j in range(-(-len(data) // CHUNK)):
                raw.put_object(Bucket=raw_bucket, Key=f"raw/{i}/{j:06d}", Body=data[j * CHUNK : (j + 1) * CHUNK])
        raw_s = time.perf_counter() - t0
        print(f"blob upload to S3 (moto server on loopback), {blobs} files × {size // 1024} KiB = {total_mb:.1f} MB:")
        print(f"  Counter Desk (outbox + probes + minio PUTs + completeness re-read): {total_mb / ours:.1f} MB/s")
        print(f"  raw boto3 put_object of the same chunks: {total_mb / raw_s:.1f} MB/s (×{ours / raw_s:.1f})")
        local.dispose()
        engine.dispose()
    finally:
        server.drop_database(name)
        s3.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bench_capture(8 if args.quick else 30, root)
        server, why = find_server()
        if server is None:
            print(f"blob upload: skipped, no PostgreSQL ({why})")
            return
        bench_upload(server, 8 if args.quick else 40, 512 * 1024, root)
        bench_upload_s3(server, 8 if args.quick else 40, 512 * 1024, root)
        server.stop()


if __name__ == "__main__":
    main()
