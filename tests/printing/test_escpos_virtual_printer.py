"""ESC/POS through a real TCP socket into the virtual printer: what the citizen reads.

Text content is checked in resident-font mode (the virtual printer decodes GB18030
text but cannot read bitmaps); raster mode is checked by bitmap size and ink.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageChops

from app.devices.emulators.printer import EscPosDecoder, SlipDone, VirtualPrinter
from app.forms.registry import DOCUMENTS, build_demo
from app.printing.backends import TcpBackend
from app.printing.escpos import EscPosRenderer, render_escpos, resident_encodable
from app.printing.preview import render_preview
from app.printing.profile import PrinterProfile, QrMode, ResidentCharset, TextMode
from tests.printing.conftest import expected_content, expected_qr, squash

RESIDENT = TextMode.RESIDENT


def _send(printer: VirtualPrinter, data: bytes) -> None:
    TcpBackend("127.0.0.1", printer.port).send(data, name="test")


@pytest.mark.parametrize("width", [384, 576])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_resident_text_slip_reads_back(printer: VirtualPrinter, name: str, width: int) -> None:
    document = build_demo(name)
    _send(printer, render_escpos(document, PrinterProfile(width_dots=width, text_mode=RESIDENT)))
    slips = printer.wait_for_slips(document.copies)
    assert len(slips) == document.copies
    for slip in slips:
        assert slip.cut
        assert not slip.images, "GB18030 printer needs no bitmap for these documents"
        text = squash(slip.text)
        for expected in expected_content(name):
            assert squash(expected) in text, expected
        assert "11010519491231002X" not in text
        assert slip.qr_payloads == [expected_qr(name)]
        assert max(len(row.text.encode("gb18030")) * 12 * row.width_mult for row in slip.rows) <= width
    title_rows = [row for row in slips[0].rows if row.text == document.title]
    assert title_rows and title_rows[0].width_mult == 2 and title_rows[0].align == 1 and title_rows[0].bold


def test_pledge_copies_are_labelled(printer: VirtualPrinter) -> None:
    _send(printer, render_escpos(build_demo("deficiency-pledge"), PrinterProfile(text_mode=RESIDENT)))
    first, second = printer.wait_for_slips(2)
    assert first.lines[0] == "第一联 申请人留存"
    assert second.lines[0] == "第二联 窗口存档"


def test_ticket_number_is_printed_four_times_size(printer: VirtualPrinter) -> None:
    _send(printer, render_escpos(build_demo("ticket"), PrinterProfile(width_dots=384, text_mode=RESIDENT)))
    slip = printer.wait_for_slips(1)[0]
    big = [row for row in slip.rows if row.text == "A012"]
    assert big and big[0].width_mult == 4 and big[0].height_mult == 4


@pytest.mark.parametrize("width", [384, 576])
@pytest.mark.parametrize("name", ["acceptance", "refusal", "ticket"])
def test_raster_slip_is_bitmaps_of_paper_width(printer: VirtualPrinter, name: str, width: int) -> None:
    document = build_demo(name)
    _send(printer, render_escpos(document, PrinterProfile(width_dots=width)))
    slip = printer.wait_for_slips(1)[0]
    assert slip.images and all(image.width == width for image in slip.images)
    assert all(line == "" for line in slip.lines), "raster mode sends no text"
    assert slip.qr_payloads == [expected_qr(name)]
    for image in slip.images:
        ink = image.convert("L").histogram()[0]
        assert ink > width * 10, "bitmap carries printed dots"
    assert sum(image.height for image in slip.images) > 24 * 20


def test_gb2312_printer_gets_the_rare_name_as_bitmap(printer: VirtualPrinter) -> None:
    document = build_demo("acceptance")
    profile = PrinterProfile(text_mode=RESIDENT, codepage=ResidentCharset.GB2312)
    _send(printer, render_escpos(document, profile))
    slip = printer.wait_for_slips(1)[0]
    text = squash(slip.text)
    assert "堃" not in text
    assert "受理通知书" in text and "1101**********002X" in text
    assert len(slip.images) >= 2  # the addressee line and the 申请人 line
    assert all(image.width == 576 for image in slip.images)


def test_supplementary_plane_character_falls_back_to_bitmap(printer: VirtualPrinter) -> None:
    assert resident_encodable("王𬌗", ResidentCharset.GB18030) is None
    assert resident_encodable("王堃", ResidentCharset.GB18030) == "王堃".encode("gb18030")
    assert resident_encodable("王堃", ResidentCharset.GB2312) is None
    document = build_demo("acceptance")
    rare = replace(document, header=("李𬌗同志",))
    _send(printer, render_escpos(rare, PrinterProfile(text_mode=RESIDENT)))
    slip = printer.wait_for_slips(1)[0]
    assert slip.order[0][0] == "image"
    assert "受理通知书" in slip.text


def test_preview_is_what_the_raster_printer_prints(printer: VirtualPrinter) -> None:
    document = build_demo("immediate-receipt")
    profile = PrinterProfile(width_dots=384, qr=QrMode.RASTER)
    _send(printer, render_escpos(document, profile))
    slip = printer.wait_for_slips(1)[0]
    assert len(slip.images) == 1 and slip.qr_payloads == []
    printed = slip.images[0].convert("L")
    preview = render_preview(document, profile)
    assert preview.width == printed.width
    top = preview.crop((0, 0, printed.width, printed.height))
    assert ImageChops.difference(top, printed).getbbox() is None


def test_decoder_handles_stream_split_at_every_byte() -> None:
    data = EscPosRenderer(PrinterProfile(text_mode=RESIDENT, width_dots=384)).render(build_demo("ticket"))
    decoder = EscPosDecoder()
    events = []
    for i in range(len(data)):
        events += decoder.feed(data[i : i + 1])
    slips = [event.slip for event in events if isinstance(event, SlipDone)]
    assert len(slips) == 1 and "A012" in slips[0].lines
    assert decoder.unknown == []


def test_virtual_printer_saves_text_and_png(tmp_path) -> None:
    with VirtualPrinter("127.0.0.1", 0, out_dir=tmp_path) as virtual:
        _send(virtual, render_escpos(build_demo("ticket"), PrinterProfile(width_dots=384)))
        virtual.wait_for_slips(1)
    text = (tmp_path / "slip-0001.txt").read_text(encoding="utf-8")
    assert "[QR] https://zwfw.example.gov.cn/q?t=T20261120A012&d=20261120" in text
    png = sorted(tmp_path.glob("slip-0001-img-*.png"))
    assert png and Image.open(png[0]).width == 384
