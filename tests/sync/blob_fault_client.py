"""A window process for the blob fault test: uploads its outbox and files, printing one
line per chunk stored centrally, so the test can SIGKILL it in the middle of a file.

``python -m tests.sync.blob_fault_client --local W.db --files DIR --central URL``
exits 0 once everything was acknowledged. With ``--s3 ENDPOINT BUCKET ACCESS_KEY`` (the
secret in ``CD_BLOB_SECRET_KEY``) the chunks go to that bucket instead of the database.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--local", required=True)
    parser.add_argument("--files", required=True)
    parser.add_argument("--central", required=True)
    parser.add_argument("--pause-ms", type=float, default=20.0)
    parser.add_argument("--s3", nargs=3, metavar=("ENDPOINT", "BUCKET", "ACCESS_KEY"))
    args = parser.parse_args(argv)

    from pathlib import Path

    from app.store.blob_files import BlobFiles
    from app.store.engine import make_engine
    from app.store.uow import Store
    from app.sync.blob_s3 import S3BlobBackend, S3Config, make_client, read_secret
    from app.sync.blobs import BlobBackend, BlobSender, SqlBlobBackend
    from app.sync.central import CentralStore
    from app.sync.uploader import Uploader

    local = Store(make_engine(f"sqlite+pysqlite:///{args.local}"))
    engine = make_engine(args.central)

    def on_chunk(sha: str, idx: int, count: int) -> None:
        print(f"chunk {sha[:8]} {idx}/{count}", flush=True)
        time.sleep(args.pause_ms / 1000)

    backend: BlobBackend = SqlBlobBackend(engine)
    if args.s3:
        endpoint, bucket, access_key = args.s3
        config = S3Config(endpoint=endpoint, bucket=bucket, access_key=access_key)
        backend = S3BlobBackend(make_client(config, read_secret("")), bucket)
    sender = BlobSender(BlobFiles(Path(args.files)), backend, on_chunk=on_chunk)
    Uploader(local, CentralStore(engine, backend), batch_size=3, blobs=sender).sync_once()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
