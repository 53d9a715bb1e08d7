"""王𬌗 (U+2C317) and 𠀀 (U+20000) on paper: the font chain in ESC/POS raster and in the PDF.

The chain is WenQuanYi Micro Hei, then 花園明朝 A (Extension A and the common Extension B
characters), then 花園明朝 B (Extensions B–F); 𠀁 (U+20001) is only in 花園明朝 B. The
raster bytes go through a real TCP socket into the virtual printer, are decoded back to a
bitmap, and each character's cell is compared with the fallback font's own drawing of it and
with the empty box (.notdef) the bundled font alone would print. 𰀀 (U+30000, Extension G)
is in no font: it is printed as its code point, never as a box.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from app.devices.emulators.printer import VirtualPrinter
from app.forms.document import Document, DocumentKind, Paragraph
from app.printing.backends import TcpBackend
from app.printing.escpos import EscPosRenderer
from app.printing.fonts import FontSpec, FontStack, bundled_font, missing_glyphs, pil_font, read_cmap
from app.printing.pdf import PaperSize, PdfRenderer
from app.printing.profile import PrinterProfile
from app.printing.raster import LINE_FACTOR
from app.resources import rare_fonts

NAME = "王𬌗𠀀𠀁"
EXT_G = "\U00030000"

pytestmark = pytest.mark.skipif(
    len(rare_fonts()) != 2, reason="the rare-character fonts need Debian's fonts-hanazono (./dev setup installs it)"
)


def _document(text: str) -> Document:
    return Document(kind=DocumentKind.ACCEPTANCE, title="", number="", blocks=(Paragraph(text),))


def test_chain_order_and_coverage() -> None:
    stack = FontStack.default()
    assert [spec.path.name for spec in stack.fonts] == ["wqy-microhei.ttc", "HanaMinA.ttf", "HanaMinB.ttf"]
    assert [stack.font_for(ch) for ch in NAME] == [0, 1, 1, 2]
    assert missing_glyphs(NAME) == set()
    assert missing_glyphs("䶮") == set()  # Extension A, from 花園明朝 A
    assert missing_glyphs(f"李{EXT_G}") == {EXT_G}
    assert stack.printable(f"李{EXT_G}") == "李〔U+30000〕"


def test_cmap_reader_agrees_with_reportlab() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    for path in (bundled_font(), rare_fonts()[0]):
        theirs = TTFontFile(str(path)).charToGlyph
        assert read_cmap(path.read_bytes()) == {code for code, glyph in theirs.items() if glyph}


def _cell(image: Image.Image, x: int, width: int) -> Image.Image:
    return image.convert("L").crop((x, 0, x + width, image.height))


def _alone(char: str, spec: FontSpec, size: int, height: int) -> Image.Image:
    """``char`` drawn by ``spec`` as the painter would, at the start of a line."""
    canvas = Image.new("1", (size * 2, height), 1)
    ImageDraw.Draw(canvas).text((0, (height - size) // 2), char, font=pil_font(spec, size), fill=0)
    return canvas.convert("L").crop((0, 0, size, height))


def _differing(a: Image.Image, b: Image.Image) -> int:
    diff = ImageChops.difference(a, b)
    return diff.width * diff.height - diff.histogram()[0]


def test_escpos_raster_draws_each_character_from_the_first_font_that_has_it(printer: VirtualPrinter) -> None:
    profile = PrinterProfile()  # 80 mm, raster text, 24-dot font
    data = EscPosRenderer(profile).render(_document(NAME))
    TcpBackend("127.0.0.1", printer.port).send(data, name="rare")
    slip = printer.wait_for_slips(1)[0]
    size, height = profile.font_px, round(profile.font_px * LINE_FACTOR)
    strip = slip.images[0]  # the (empty) title line, the rule, then the name's line
    line = strip.crop((0, strip.height - height, strip.width, strip.height))
    stack = FontStack.default()
    inked = line.convert("L").point(lambda v: 255 - v).getbbox()
    assert inked is not None
    # Where the line starts: the ink of 王 begins as far in as 王 drawn alone at x = 0.
    wang = _alone("王", stack.fonts[0], size, height).point(lambda v: 255 - v).getbbox()
    assert wang is not None
    start = inked[0] - wang[0]
    for i, char in enumerate(NAME[1:], start=1):
        printed = _cell(line, start + size * i, size)
        fallback = _alone(char, stack.fonts[stack.font_for(char)], size, height)
        tofu = _alone(char, stack.fonts[0], size, height)  # the bundled font's .notdef box
        ink = printed.histogram()[0]
        assert ink > 20, f"{char} printed no dots"
        assert _differing(printed, fallback) <= size * height // 20, f"{char} is not the fallback font's glyph"
        assert _differing(printed, tofu) > size * height // 10, f"{char} printed as the empty box"


def test_escpos_character_in_no_font_is_printed_as_its_code(printer: VirtualPrinter) -> None:
    profile = PrinterProfile()
    renderer = EscPosRenderer(profile)
    TcpBackend("127.0.0.1", printer.port).send(renderer.render(_document(f"李{EXT_G}")), name="ext-g")
    TcpBackend("127.0.0.1", printer.port).send(renderer.render(_document("李〔U+30000〕")), name="code")
    rare, code = printer.wait_for_slips(2)
    assert ImageChops.difference(rare.images[0].convert("L"), code.images[0].convert("L")).getbbox() is None


def _pdf(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "rare.pdf"
    path.write_bytes(PdfRenderer(PaperSize.A4).render(_document(text)))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    words = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return fonts, words


def test_pdf_embeds_the_fallback_fonts_and_keeps_the_characters(tmp_path: Path) -> None:
    fonts, words = _pdf(tmp_path, NAME)
    assert NAME in words
    for family in ("WenQuanYiMicroHei", "HanaMinA", "HanaMinB"):
        rows = [row.split() for row in fonts.splitlines() if f"+{family}" in row]
        assert rows, (family, fonts)
        assert rows[0][-5:-3] == ["yes", "yes"], (family, fonts)  # emb, sub


def test_pdf_without_rare_characters_carries_only_the_bundled_font(tmp_path: Path) -> None:
    fonts, _ = _pdf(tmp_path, "王小明")
    assert "HanaMin" not in fonts


def test_pdf_character_in_no_font_is_written_as_its_code(tmp_path: Path) -> None:
    _, words = _pdf(tmp_path, f"李{EXT_G}")
    assert "李〔U+30000〕" in words and EXT_G not in words
