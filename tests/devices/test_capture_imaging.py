"""Page clean-up, encoding by content, and the scanners' interface (SANE for real)."""

from __future__ import annotations

import shutil

import pytest

from app.devices.capture.imaging import (
    crop_and_deskew,
    decode,
    encode_page,
    find_page,
    is_text_page,
    rotate,
    thumbnail,
)
from app.devices.capture.sample_pages import PAGE_SIZE, document_page, on_desk, photo_like
from app.devices.capture.scanner import EmulatedScanner, SaneScanner, scanner_for
from app.devices.errors import CaptureError, ConfigError


@pytest.mark.parametrize("angle", [-9.0, -3.2, 0.0, 4.0, 7.5])
def test_a_page_askew_on_the_desk_is_found_straightened_and_cut(angle: float) -> None:
    frame = on_desk(document_page("营业执照"), angle)
    found, on_desk_ = find_page(frame)
    assert on_desk_ and abs(found + angle) <= 0.3
    page = crop_and_deskew(frame)
    ratio = PAGE_SIZE[1] / PAGE_SIZE[0]
    assert abs(page.height / page.width - ratio) < 0.03  # the sheet's own proportions
    assert page.width < frame.width * 0.5
    corners = [page.getpixel(p) for p in ((2, 2), (page.width - 3, 2), (2, page.height - 3))]
    assert all(min(c) > 200 for c in corners), corners  # paper, not desk, in the corners


def test_a_scan_is_left_as_it_is() -> None:
    scan = document_page("身份证复印件")
    assert find_page(scan) == (0.0, False)
    assert crop_and_deskew(scan) is scan


def test_encoding_follows_the_content() -> None:
    text = encode_page(document_page("申请书"))
    assert text.media_type == "image/png" and text.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert decode(text.data).mode == "P" and len(text.data) < 120_000  # 16 grey levels
    seal = encode_page(document_page("证明", seal=True))
    assert seal.media_type == "image/jpeg"  # the red seal needs colour
    assert encode_page(photo_like()).media_type == "image/jpeg"
    assert not is_text_page(photo_like())


def test_rotate_and_thumbnail() -> None:
    page = document_page("申请书")
    turned = rotate(page, 1)
    assert turned.size == (page.height, page.width)
    assert rotate(page, 4) is page
    small = decode(thumbnail(encode_page(page).data, 100))
    assert max(small.size) == 100


def test_scanner_urls_and_failures() -> None:
    assert isinstance(scanner_for("emulated:", {"pages": 3}), EmulatedScanner)
    assert len(scanner_for("emulated:", {"pages": 3}).scan()) == 3
    assert isinstance(scanner_for("sane:test"), SaneScanner)
    with pytest.raises(ConfigError, match="扫描仪地址无效"):
        scanner_for("twain:1")
    if shutil.which("scanimage") is None:
        pytest.skip("sane-utils not installed")
    with pytest.raises(CaptureError, match="扫描失败"):
        SaneScanner("nosuchbackend:0", timeout_s=20).scan()
    (image,) = SaneScanner("test", resolution=50).scan()  # SANE's own test backend
    assert image.mode == "RGB" and image.width > 100
