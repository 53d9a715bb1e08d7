"""Files to the center as idempotent, resumable chunks (the outbox's ``blobs`` rows).

Order for one captured page, and why nothing is lost or doubled:

1. the window writes the file (content-addressed), then in one local transaction the
   ``blobs`` and ``case_pages`` rows and their outbox rows;
2. before the uploader sends a batch holding a ``blobs`` row, :class:`BlobSender` asks
   the center which chunks of that blob it already has and sends only the others, each
   ``INSERT … ON CONFLICT DO NOTHING`` keyed (window, sha256, index) — a process killed
   mid-file resumes at the first missing chunk, and a chunk sent twice is stored once;
3. the batch is accepted; the projector applies the ``blobs`` row only when the
   center's chunks are complete and hash to the blob's SHA-256 (otherwise the row is
   *held* and retried), so a blob row centrally always means the whole file is there.

Backends: :class:`SqlBlobBackend` keeps chunks in ``blob_chunks`` of the central
database (PostgreSQL, or the SQLite file of a one-PC center);
:class:`app.sync.blob_s3.S3BlobBackend` keeps them as objects in an S3-compatible
bucket for halls that outgrow one database (metadata rows stay in the database). The
projector asks the backend whether a file is complete (:meth:`BlobBackend.complete`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from app.store.blob_files import BlobFiles
from app.store.models import BlobChunk
from app.sync.errors import CentralUnavailable

#: the outbox entity that announces a file (its payload is the ``blobs`` row)
BLOB_ENTITY = "blobs"

#: bytes per chunk: small enough that a lost connection costs little, large enough
#: that a 1 MB page is a handful of round trips
DEFAULT_CHUNK_SIZE = 256 * 1024


#: ``(conn, owner_window, sha256, chunk_count, size) -> bool``: is the file centrally whole?
BlobCheck = Callable[[Connection, str, str, int, int], bool]


def chunk_count(size: int, chunk_size: int) -> int:
    return max(1, -(-size // chunk_size))


class BlobBackend(Protocol):
    """Where the center keeps chunks."""

    def present_chunks(self, owner_window: str, sha256: str, count: int) -> set[int]:
        """Indexes (of ``0 … count-1``) of the chunks already stored."""
        ...

    def put_chunk(self, owner_window: str, sha256: str, idx: int, data: bytes) -> None:
        """Store one chunk; storing it again changes nothing."""
        ...

    def read(self, owner_window: str, sha256: str) -> bytes:
        """The whole blob, chunks in order."""
        ...

    def complete(self, conn: Connection, owner_window: str, sha256: str, count: int, size: int) -> bool:
        """Whether exactly the blob is stored (``conn``: the projector's transaction)."""
        ...


def _insert_for(conn: Connection) -> Any:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


class SqlBlobBackend:
    """Chunks in the central database's ``blob_chunks`` (row-level security applies to
    a window's role: it inserts and reads only its own window's chunks)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def present_chunks(self, owner_window: str, sha256: str, count: int = 0) -> set[int]:
        try:
            with self.engine.connect() as conn:
                return set(
                    conn.scalars(
                        select(BlobChunk.idx).where(BlobChunk.owner_window == owner_window, BlobChunk.sha256 == sha256)
                    )
                )
        except DBAPIError as exc:
            raise CentralUnavailable(f"中心库不可用：{exc.orig}") from exc

    def put_chunk(self, owner_window: str, sha256: str, idx: int, data: bytes) -> None:
        try:
            with self.engine.begin() as conn:
                stmt = _insert_for(conn)(BlobChunk.__table__).values(
                    owner_window=owner_window, sha256=sha256, idx=idx, data=data
                )
                conn.execute(stmt.on_conflict_do_nothing())
        except DBAPIError as exc:
            raise CentralUnavailable(f"中心库不可用：{exc.orig}") from exc

    def read(self, owner_window: str, sha256: str) -> bytes:
        with self.engine.connect() as conn:
            return read_chunks(conn, owner_window, sha256)

    def complete(self, conn: Connection, owner_window: str, sha256: str, count: int, size: int) -> bool:
        return chunks_complete(conn, owner_window, sha256, count, size)


def read_chunks(conn: Connection, owner_window: str, sha256: str) -> bytes:
    """A blob assembled from ``blob_chunks`` (empty when this role sees none of it)."""
    parts = conn.scalars(
        select(BlobChunk.data)
        .where(BlobChunk.owner_window == owner_window, BlobChunk.sha256 == sha256)
        .order_by(BlobChunk.idx)
    )
    return b"".join(parts)


def chunks_complete(conn: Connection, owner_window: str, sha256: str, count: int, size: int) -> bool:
    """Whether the center holds exactly the blob: ``count`` chunks, ``size`` bytes, its hash."""
    have, total = conn.execute(
        select(func.count(), func.coalesce(func.sum(func.length(BlobChunk.data)), 0)).where(
            BlobChunk.owner_window == owner_window, BlobChunk.sha256 == sha256
        )
    ).one()
    if int(have) != count or int(total) != size:
        return False
    return hashlib.sha256(read_chunks(conn, owner_window, sha256)).hexdigest() == sha256


class BlobSender:
    """Sends the chunks of local blobs the center does not have yet."""

    def __init__(self, files: BlobFiles, backend: BlobBackend, *, on_chunk: Any = None) -> None:
        self.files = files
        self.backend = backend
        #: called after each chunk stored centrally (progress, the fault tests)
        self.on_chunk = on_chunk

    def ensure(self, payload: dict[str, Any]) -> int:
        """Upload what is missing of the blob described by an outbox ``blobs`` payload;
        returns the number of chunks sent."""
        owner, sha = str(payload["owner_window"]), str(payload["sha256"])
        size, chunk_size = int(payload["size_bytes"]), int(payload["chunk_size"])
        count = chunk_count(size, chunk_size)
        present = self.backend.present_chunks(owner, sha, count)
        sent = 0
        for idx in range(count):
            if idx in present:
                continue
            self.backend.put_chunk(owner, sha, idx, self.files.read_chunk(sha, idx, chunk_size))
            sent += 1
            if self.on_chunk is not None:
                self.on_chunk(sha, idx, count)
        return sent

    def ensure_all(self, payloads: Iterable[dict[str, Any]]) -> int:
        return sum(self.ensure(p) for p in payloads)
