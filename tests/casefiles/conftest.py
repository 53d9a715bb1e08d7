"""The electronic file at one window: the services hall plus the case-file service."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.services.case_files import CaseFileService
from app.store.blob_files import BlobFiles
from tests.services.conftest import PASSWORD, Desk, build_hall, make_desk


@dataclass
class FileDesk:
    desk: Desk
    files: CaseFileService


@pytest.fixture()
def file_desk(sqlite_store, tmp_path) -> FileDesk:  # type: ignore[no-untyped-def]
    build_hall(sqlite_store)
    desk = make_desk(sqlite_store)
    desk.session.login("0101", PASSWORD)
    service = CaseFileService(sqlite_store, desk.session, BlobFiles(tmp_path / "window.files"), clock=desk.clock)
    return FileDesk(desk, service)
