"""Characters the bundled font lacks: fallback fonts in bitmaps and PDFs."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import ImageChops

from app.forms.registry import DOCUMENTS, build_demo, demo_facts
from app.printing.fonts import FontStack, bundled_font, missing_glyphs
from app.printing.pdf import PaperSize, PdfRenderer
from app.printing.raster import RasterPainter
from app.printing.slip import TextLine

DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
needs_droid = pytest.mark.skipif(not DROID.exists(), reason="fonts-droid-fallback not installed")


def test_bundled_font_is_shipped_with_licence() -> None:
    assert bundled_font().stat().st_size > 4_000_000
    licence = (bundled_font().parent / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "WenQuanYi" in licence
    hanazono = (bundled_font().parent / "LICENSE-hanazono.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in hanazono and "GlyphWiki Project" in hanazono


@needs_droid
def test_hall_fallback_font_is_tried_before_the_rare_character_fonts() -> None:
    assert FontStack.default((DROID,)).font_for("䶮") == 1  # the hall's choice, then 花園明朝
    assert missing_glyphs("王䶮", FontStack.default((DROID,))) == set()
    plain = RasterPainter(384, 24, FontStack.default()).text_line(TextLine("䶮"))
    with_fallback = RasterPainter(384, 24, FontStack.default((DROID,))).text_line(TextLine("䶮"))
    assert ImageChops.difference(plain.convert("L"), with_fallback.convert("L")).getbbox() is not None


@needs_droid
def test_fallback_font_is_embedded_in_pdf(tmp_path: Path) -> None:
    inp = demo_facts("acceptance")
    inp = replace(inp, applicant=replace(inp.applicant, name="王䶮"))
    path = tmp_path / "a.pdf"
    path.write_bytes(PdfRenderer(PaperSize.A4, (DROID,)).render(DOCUMENTS["acceptance"](inp)))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "王䶮" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    droid = [line for line in fonts.splitlines() if "DroidSansFallback" in line]
    assert droid and droid[0].split()[-5:-3] == ["yes", "yes"]


def test_demo_name_needs_no_fallback() -> None:
    assert missing_glyphs("\n".join(build_demo("acceptance").text_lines())) == set()
