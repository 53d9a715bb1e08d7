"""Content-addressed files beside a window's store: ``<root>/ab/abcdef….<ext>``.

A page's bytes are written here *before* the transaction that records the page, with
write-to-temporary, fsync and rename, so a crash leaves either no file or the whole
file; a file without a row (the transaction failed) is harmless, because the name is
the content's SHA-256 and the next capture of the same bytes reuses it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from app.domain.errors import CounterDeskError

_SHA = re.compile(r"^[0-9a-f]{64}$")


class BlobMissing(CounterDeskError):
    """A file the database refers to is not (or no longer correctly) on disk."""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_root_for(store_url: str, fallback: Path) -> Path:
    """``…/window.db`` → ``…/window.files``; a non-SQLite store uses ``fallback``."""
    if store_url.startswith("sqlite") and "///" in store_url:
        path = Path(store_url.split("///", 1)[1].split("?", 1)[0])
        if str(path) not in ("", ":memory:"):
            return path.with_name(path.stem + ".files")
    return fallback


class BlobFiles:
    """The local content-addressed directory of one window PC."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if not _SHA.match(sha256):
            raise ValueError(f"不是有效的 SHA-256：{sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` (idempotent); returns its SHA-256."""
        sha = sha256_of(data)
        target = self.path(sha)
        if target.is_file() and target.stat().st_size == len(data):
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{sha}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        return sha

    def get(self, sha256: str) -> bytes:
        """The bytes, checked against their name; ``BlobMissing`` otherwise."""
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(f"材料文件 {sha256[:12]}… 不在本机（{self.root}）") from None
        if sha256_of(data) != sha256:
            raise BlobMissing(f"材料文件 {sha256[:12]}… 已损坏（内容与校验值不符）")
        return data

    def read_chunk(self, sha256: str, index: int, chunk_size: int) -> bytes:
        """One chunk for upload (read without loading the whole file)."""
        try:
            with open(self.path(sha256), "rb") as fh:
                fh.seek(index * chunk_size)
                return fh.read(chunk_size)
        except FileNotFoundError:
            raise BlobMissing(f"材料文件 {sha256[:12]}… 不在本机（{self.root}）") from None
