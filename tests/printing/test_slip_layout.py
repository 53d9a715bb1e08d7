"""Line breaking on receipts: punctuation, numbers, hanging indents, paper width."""

from __future__ import annotations

import pytest

from app.forms.registry import DOCUMENTS, build_demo
from app.printing.escpos import EscPosRenderer
from app.printing.profile import PrinterProfile, TextMode
from app.printing.slip import TextLine, cell_width, wrap


def test_closing_punctuation_never_starts_a_line() -> None:
    assert wrap("一二三四五六七八九十一二三四五六。", 384, cell_width) == ["一二三四五六七八九十一二三四五", "六。"]


def test_numbers_move_whole_to_the_next_line() -> None:
    assert wrap("证件号码：居民身份证 1101**********002X", 384, cell_width) == [
        "证件号码：居民身份证",
        "1101**********002X",
    ]


def test_hanging_indent_on_continuation_lines() -> None:
    lines = wrap("　　补正要求：原件，标明设备设施位置，比例尺1:100", 384, cell_width, hang="　　　　")
    assert lines == ["　　补正要求：原件，标明设备设施", "　　　　位置，比例尺1:100"]


@pytest.mark.parametrize("mode", list(TextMode))
@pytest.mark.parametrize("width", [384, 576])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_line_fits_the_paper(name: str, width: int, mode: TextMode) -> None:
    renderer = EscPosRenderer(PrinterProfile(width_dots=width, text_mode=mode))
    document = build_demo(name)
    lines = [item for item in renderer.items(document) if isinstance(item, TextLine)]
    assert all(renderer.measure(line.text, line.scale) <= width for line in lines)
    joined = "".join(line.text for line in lines).replace("\u3000", "").replace(" ", "")
    assert document.title in joined
    assert name == "ticket" or "1101**********002X" in joined
