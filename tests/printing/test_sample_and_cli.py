"""The IT person's test page and the virtual printer's command line."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.devices.emulators.printer import EscPosDecoder, SlipDone
from app.domain.errors import NotFound
from app.forms.registry import DOCUMENTS
from app.printing.fonts import missing_glyphs
from app.printing.sample import print_sample

ROOT = Path(__file__).resolve().parents[2]


def test_list_names_every_document() -> None:
    lines = print_sample("list", "escpos", None, None)
    assert [line.split("\t")[0] for line in lines] == list(DOCUMENTS)
    assert "acceptance\t受理通知书" in lines


def test_sample_escpos_58mm_file(tmp_path: Path) -> None:
    out = tmp_path / "ticket.bin"
    (message,) = print_sample("ticket", "escpos", 58, out)
    assert str(out) in message
    events = EscPosDecoder().feed(out.read_bytes())
    (slip,) = [event.slip for event in events if isinstance(event, SlipDone)]
    assert slip.images and {image.width for image in slip.images} == {384}


def test_sample_pdf_is_a4_without_width(tmp_path: Path) -> None:
    out = tmp_path / "refusal.pdf"
    print_sample("refusal", "pdf", None, out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info


def test_unknown_document_lists_choices() -> None:
    with pytest.raises(NotFound, match="可用：acceptance"):
        print_sample("licence", "pdf", None, None)


def test_missing_glyphs_reports_what_the_font_cannot_draw() -> None:
    assert missing_glyphs("王堃〇") == set()
    assert missing_glyphs("李\U00030000") == {"\U00030000"}  # CJK Extension G: in no font of the chain


def test_virtual_printer_command_line(tmp_path: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "app.devices.emulators.printer", "--port", "0", "--out", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        banner = server.stdout.readline()
        assert banner.startswith("虚拟打印机已启动：tcp://127.0.0.1:")
        url = banner.split("：", 1)[1].strip()
        print_sample("ticket", "escpos", 80, None, printer=url)
        for _ in range(100):
            if (tmp_path / "slip-0001.txt").exists():
                break
            time.sleep(0.05)
        assert "[QR] https://zwfw.example.gov.cn/q?t=T20261120A012" in (tmp_path / "slip-0001.txt").read_text("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=5)
