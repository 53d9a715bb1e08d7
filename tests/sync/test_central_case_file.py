"""The center opens a case's electronic file from the central store (service and
``admin casefile``); through another window's role it is not found."""

from __future__ import annotations

import re
import subprocess

import pytest

from app.cli import run_admin
from app.devices.capture.imaging import encode_page
from app.devices.capture.sample_pages import document_page, photo_like
from app.domain.errors import NotFound
from app.services.central_files import CentralCaseFiles
from app.store.blob_files import BlobFiles
from app.store.engine import make_engine
from app.store.uow import Store
from app.sync.blobs import BlobSender, SqlBlobBackend
from app.sync.registration import register_device
from app.sync.roles import create_window_role, revoke_window_role
from app.sync.uploader import Uploader
from tests.sync.clerk import case_numbers, open_case
from tests.sync.pages import attach_page

pytestmark = pytest.mark.postgres


def test_the_center_opens_the_pdf_and_another_windows_role_cannot(  # type: ignore[no-untyped-def]
    central, central_engine, central_url, make_local, tmp_path, capsys
) -> None:
    local = make_local("w03")
    register_device(local, central, "03", "HALL")
    files = BlobFiles(tmp_path / "w03.files")
    case_id = open_case(local)
    for image in (document_page("身份证"), photo_like()):
        attach_page(local, files, case_id, encode_page(image).data, 64 * 1024)
    Uploader(local, central, blobs=BlobSender(files, SqlBlobBackend(central_engine))).sync_once()
    (number,) = case_numbers(local)

    center = CentralCaseFiles(Store(central_engine), SqlBlobBackend(central_engine))
    assert len(center.pages(number)) == 2
    out = tmp_path / "case.pdf"
    assert run_admin(["admin", "casefile", "export", number, "--out", str(out), "--store", central_url]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == 3  # type: ignore[union-attr]
    assert run_admin(["admin", "casefile", "list", number, "--store", central_url]) == 0
    assert "共 2 页" in capsys.readouterr().out

    role = create_window_role(central_engine, "02")
    try:
        as_02 = make_engine(central_engine.url.set(username=role, password=None).render_as_string(hide_password=False))
        with pytest.raises(NotFound, match="无权查看"):
            CentralCaseFiles(Store(as_02), SqlBlobBackend(as_02)).case_pdf(number)
        as_02.dispose()
    finally:
        revoke_window_role(central_engine, "02")
