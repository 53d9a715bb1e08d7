"""PDF output checked with the poppler tools and zbar, as an archive reader would see it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.forms.document import Document
from app.forms.registry import DOCUMENTS, build_demo
from app.printing.pdf import PaperSize, PdfRenderer
from tests.printing.conftest import expected_content, expected_qr, squash

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext", "pdffonts", "pdftoppm", "zbarimg"], capture_output=True).returncode,
    reason="poppler-utils and zbar-tools are needed",
)


def _tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _write(tmp_path: Path, document: Document, paper: PaperSize) -> Path:
    path = tmp_path / f"{paper.value}.pdf"
    path.write_bytes(PdfRenderer(paper).render(document))
    return path


def _fonts(path: Path) -> list[list[str]]:
    lines = _tool("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def _qr_codes(path: Path, tmp_path: Path) -> list[str]:
    prefix = tmp_path / "page"
    _tool("pdftoppm", "-r", "200", "-gray", "-png", str(path), str(prefix))
    found: list[str] = []
    for page in sorted(tmp_path.glob("page*.png")):
        result = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
        found += [line for line in result.stdout.splitlines() if line]
    return found


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_a4_text_font_and_qr(tmp_path: Path, name: str) -> None:
    document = build_demo(name)
    path = _write(tmp_path, document, PaperSize.A4)
    raw = _tool("pdftotext", str(path), "-")
    text = squash(raw)
    for expected in expected_content(name):
        assert squash(expected) in text, expected
    assert "11010519491231002X" not in text
    assert not [line for line in raw.splitlines() if line[:1] in set("，：；。、）》")], "避头点"
    fonts = _fonts(path)
    assert fonts, "the PDF names its fonts"
    for row in fonts:
        assert "WenQuanYiMicroHei" in row[0]
        assert re.match(r"[A-Z]{6}\+", row[0]), "subset prefix"
        assert row[-5:-3] == ["yes", "yes"], f"embedded and subset: {row}"
    codes = _qr_codes(path, tmp_path)
    assert codes == [expected_qr(name)] * document.copies


@pytest.mark.parametrize("name", ["acceptance", "deficiency-pledge", "ticket"])
def test_receipt_width_pdf(tmp_path: Path, name: str) -> None:
    document = build_demo(name)
    path = _write(tmp_path, document, PaperSize.RECEIPT_80)
    info = _tool("pdfinfo", str(path))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width = float(re.search(r"Page size:\s+([\d.]+) x", info).group(1))
    assert pages == document.copies, "one continuous page per copy"
    assert abs(width - 80 / 25.4 * 72) < 0.5
    text = squash(_tool("pdftotext", str(path), "-"))
    for expected in expected_content(name):
        assert squash(expected) in text, expected
    assert expected_qr(name) in _qr_codes(path, tmp_path)


def test_reprint_mark_is_in_the_pdf(tmp_path: Path) -> None:
    from datetime import datetime

    document = build_demo("completion").as_reprint(datetime(2026, 11, 27, 9, 30), "张伟")
    path = _write(tmp_path, document, PaperSize.A4)
    assert "【补打】2026-11-2709:30张伟" in squash(_tool("pdftotext", str(path), "-"))
