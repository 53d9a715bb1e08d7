"""A window process for the blob fault test: uploads its outbox and files, printing one
line per chunk stored centrally, so the test can SIGKILL it in the middle of a file.

``python -m tests.sync.blob_fault_client --local W.db --files DIR --central URL``
exits 0 once everything was acknowledged.
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
    args = parser.parse_args(argv)

    from pathlib import Path

    from app.store.blob_files import BlobFiles
    from app.store.engine import make_engine
    from app.store.uow import Store
    from app.sync.blobs import BlobSender, SqlBlobBackend
    from app.sync.central import CentralStore
    from app.sync.uploader import Uploader

    local = Store(make_engine(f"sqlite+pysqlite:///{args.local}"))
    engine = make_engine(args.central)

    def on_chunk(sha: str, idx: int, count: int) -> None:
        print(f"chunk {sha[:8]} {idx}/{count}", flush=True)
        time.sleep(args.pause_ms / 1000)

    sender = BlobSender(BlobFiles(Path(args.files)), SqlBlobBackend(engine), on_chunk=on_chunk)
    Uploader(local, CentralStore(engine), batch_size=3, blobs=sender).sync_once()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
