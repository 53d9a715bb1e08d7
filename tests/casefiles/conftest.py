"""The electronic file at one window: the services hall plus the case-file service."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.services.case_files import CaseFileService
from app.store.blob_files import BlobFiles
from tests.services.conftest import PASSWORD, PERSON_ID, Desk, make_desk  # noqa: F401
from tests.services.conftest import build_hall, lite_hall  # noqa: F401


@dataclass
class FileDesk:
    desk: Desk
    files: CaseFileService


@pytest.fixture()
def file_desk(lite_hall, tmp_path) -> FileDesk:  # type: ignore[no-untyped-def]
    desk = make_desk(lite_hall)
    desk.session.login("0101", PASSWORD)
    service = CaseFileService(lite_hall, desk.session, BlobFiles(tmp_path / "window.files"), clock=desk.clock)
    return FileDesk(desk, service)
