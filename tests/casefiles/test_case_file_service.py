"""Capture into a case: emulated camera and scanner, the real SANE test backend, the
case PDF read back with poppler, bad input changes nothing, re-use and 共享核验."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.devices.capture.imaging import crop_and_deskew, encode_page, find_page
from app.devices.capture.sample_pages import document_page, on_desk, photo_like
from app.devices.capture.scanner import EmulatedScanner, scanner_for
from app.domain.enums import MaterialStatus
from app.domain.errors import ValidationError
from app.services.dto import ApplicantInput
from app.store.models import CasePage, MaterialCheck, OutboxEntry
from tests.services.conftest import PERSON_ID

PERSON = ApplicantInput(name="王𬌗", id_number=PERSON_ID, phone="13812345678")


def _draft(fd, applicant: ApplicantInput = PERSON):  # type: ignore[no-untyped-def]
    case = fd.desk.intake.start(matter_code="QYSL")
    return fd.desk.intake.set_applicant(case.id, applicant)


def _line(case, name):  # type: ignore[no-untyped-def]
    return next(line for line in case.checklist if line.name == name)


def _capture(fd, case, line_name: str, image) -> None:  # type: ignore[no-untyped-def]
    page = encode_page(crop_and_deskew(image))
    fd.files.add_page(case.id, _line(case, line_name).id, page.data, width=page.width, height=page.height)


def _pdf_facts(pdf: bytes, tmp_path) -> tuple[int, list[str], str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    images = [line.split()[8] for line in listing.splitlines()[2:] if line.strip()]
    text = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, images, text


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (./dev setup) needed")
def test_captured_pages_mark_the_material_and_make_one_pdf(file_desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fd = file_desk
    case = _draft(fd)
    _capture(fd, case, "申请书", on_desk(document_page("申请书", 1), 5.0))
    _capture(fd, case, "申请书", on_desk(document_page("申请书", 2), -3.0))
    scanner = EmulatedScanner(pages=2, title="法定代表人身份证明")
    for image in scanner.scan():
        _capture(fd, case, "法定代表人身份证明", image)
    _capture(fd, case, "公司章程", photo_like())
    case = fd.desk.intake.get(case.id)
    assert _line(case, "申请书").status is MaterialStatus.RECEIVED
    assert _line(case, "法定代表人身份证明").status is MaterialStatus.RECEIVED
    assert case.received_on == fd.desk.clock().date()
    pages = fd.files.pages(case.id)
    assert [(p.material_name, p.page_no) for p in pages] == [
        ("申请书", 1),
        ("申请书", 2),
        ("法定代表人身份证明", 1),
        ("法定代表人身份证明", 2),
        ("公司章程", 1),
    ]
    assert [p.media_type for p in pages] == ["image/png"] * 4 + ["image/jpeg"]  # text pages PNG, the photo JPEG
    for p in pages:
        assert fd.files.files.path(p.sha256).is_file()
        assert fd.files.page_bytes(p.id)[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0"[:4])
    pdf_pages, images, text = _pdf_facts(fd.files.case_pdf(case.id), tmp_path)
    assert pdf_pages == len(pages) + 1  # the cover, then one sheet per captured page
    assert len(images) == len(pages) and images.count("jpeg") == 1
    assert "电子档案" in text and "企业设立登记" in text
    assert "申请书" in text and "第2–3页" in text and "第4–5页" in text and "第6页" in text
    assert "1101**********002X" in text and PERSON_ID not in text


def test_bad_input_gets_a_chinese_message_and_changes_nothing(file_desk) -> None:  # type: ignore[no-untyped-def]
    fd = file_desk
    case = _draft(fd)
    with fd.desk.store.read() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    with pytest.raises(ValidationError, match="JPEG 或 PNG"):
        fd.files.add_page(case.id, _line(case, "申请书").id, b"GIF89a...", width=10, height=10)
    with fd.desk.store.read() as s:
        assert s.scalar(select(func.count()).select_from(CasePage)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before
    assert _line(fd.desk.intake.get(case.id), "申请书").status is MaterialStatus.PENDING


def test_the_real_sane_test_backend_scans_into_the_case(file_desk) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("scanimage") is None:
        pytest.skip("sane-utils not installed (./dev setup installs it)")
    fd = file_desk
    case = _draft(fd)
    (image,) = scanner_for("sane:test", {"resolution": 75}).scan()
    assert find_page(image) == (0.0, False)  # a scan has no desk around it
    _capture(fd, case, "公司章程", image)
    (page,) = fd.files.pages(case.id)
    assert page.width == image.width and page.source == "camera"


def test_earlier_materials_are_offered_with_their_capture_date_until_they_expire(file_desk) -> None:  # type: ignore[no-untyped-def]
    fd = file_desk
    first = _draft(fd)
    _capture(fd, first, "申请书", document_page("申请书"))
    first = fd.desk.intake.mark_all_received(first.id)
    accepted = fd.desk.decisions.accept(first.id).case
    captured_on = fd.desk.clock().date()
    fd.desk.clock.advance(days=30)
    second = _draft(fd)
    (offer,) = fd.files.reusable(second.id, _line(second, "申请书").id)
    assert offer.case_number == accepted.case_number and offer.captured_on == captured_on
    assert offer.valid_until == captured_on + timedelta(days=180)
    assert fd.files.reusable(second.id, _line(second, "公司章程").id) == []  # never captured
    other = _draft(fd, ApplicantInput(name="李四", id_number="110101199003074514", phone="13812345678"))
    assert fd.files.reusable(other.id, _line(other, "申请书").id) == []  # another applicant
    added = fd.files.reuse(second.id, _line(second, "申请书").id, offer)
    assert [p.source for p in added] == ["reuse"]
    assert added[0].sha256 == fd.files.pages(first.id)[0].sha256  # same bytes, no new file
    assert _line(fd.desk.intake.get(second.id), "申请书").status is MaterialStatus.RECEIVED
    (check,) = fd.files.checks(second.id)
    assert check.kind == "复用" and captured_on.isoformat() in check.reference
    fd.desk.clock.advance(days=200)
    third = _draft(fd)
    assert fd.files.reusable(third.id, _line(third, "申请书").id) == []  # older than 180 days


def test_shared_material_records_what_was_checked_and_when(file_desk) -> None:  # type: ignore[no-untyped-def]
    fd = file_desk
    case = _draft(fd)
    line = _line(case, "名称自主申报告知书")
    fd.files.record_shared_check(
        case.id, line.id, source="省电子证照库", reference="名称申报 330106-2026-0001", result="有效，与申请一致"
    )
    with fd.desk.store.read() as s:
        check = s.scalars(select(MaterialCheck)).one()
        assert (check.kind, check.source, check.result) == ("共享核验", "省电子证照库", "有效，与申请一致")
        assert check.checked_at == fd.desk.clock() and check.staff_id is not None
    with pytest.raises(ValidationError, match="须申请人提交"):
        fd.files.record_shared_check(case.id, _line(case, "申请书").id, source="x", reference="", result="y")
    with pytest.raises(ValidationError, match="共享来源"):
        fd.files.record_shared_check(case.id, line.id, source=" ", reference="", result="")
