"""The case's electronic file (电子档案): captured pages, their content-addressed blobs,
the chunks blobs travel in, and the checks behind 共享免提交 and re-used materials.

The bytes of a page live in a file named by its SHA-256 beside the window's store
(``app.store.blob_files``); the center keeps them as chunks in ``blob_chunks`` (or in
an S3-compatible store). Every row is owned by the window that captured it, so the
window's database role reads only its own files (row-level security, migration 0003).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk, window_code

#: namespace of blob ids: uuid5(BLOB_NAMESPACE, f"{owner_window}:{sha256}") — the same
#: bytes captured twice at one window are one blob, at two windows two (ownership)
BLOB_NAMESPACE = uuid.UUID("6f1d7c64-3b0e-4f7e-9a44-0d3c1a5e2b71")


def blob_id(owner_window: str, sha256: str) -> uuid.UUID:
    """The id of a window's blob with these bytes (deterministic, so retries converge)."""
    return uuid.uuid5(BLOB_NAMESPACE, f"{owner_window}:{sha256}")


class Blob(Base):
    """A content-addressed file of a window: what it is and how it is cut for upload."""

    __tablename__ = "blobs"
    __table_args__ = (UniqueConstraint("owner_window", "sha256"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    owner_window: Mapped[str] = window_code()
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(32))
    chunk_size: Mapped[int] = mapped_column(Integer)
    chunk_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = now_column()


class BlobChunk(Base):
    """One chunk of a blob at the center; inserted once (``ON CONFLICT DO NOTHING``)."""

    __tablename__ = "blob_chunks"
    owner_window: Mapped[str] = mapped_column(String(16), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = now_column()


class CasePage(Base):
    """One captured page of a material of a case (in capture order within the material)."""

    __tablename__ = "case_pages"
    __table_args__ = (Index("ix_case_pages_case_line", "case_id", "line_id", "page_no"),)
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: the checklist line (``case_materials.id``) the page belongs to
    line_id: Mapped[uuid.UUID | None]
    material_code: Mapped[str] = mapped_column(String(64))
    material_name: Mapped[str] = mapped_column(String(300))
    page_no: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    #: camera | scanner | reuse
    source: Mapped[str] = mapped_column(String(16))
    #: the earlier page this one re-uses (source = reuse)
    reused_from: Mapped[uuid.UUID | None]
    #: the material's own end of validity when known (a licence's 有效期)
    valid_until: Mapped[date | None]
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    captured_at: Mapped[datetime] = now_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))


class MaterialCheck(Base):
    """What was checked for a material not handed over on paper, and when.

    ``kind`` 共享核验 (共享免提交: which shared source, which record, the result) or 复用
    (an earlier capture of the same applicant re-used, with its capture date).
    """

    __tablename__ = "material_checks"
    id: Mapped[uuid.UUID] = pk()
    owner_window: Mapped[str] = window_code()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    line_id: Mapped[uuid.UUID | None]
    material_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime] = now_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    post: Mapped[str | None] = mapped_column(String(8))
