"""The ID-card reader over a real pty fills the applicant through the real widgets; its
failures are told in Chinese and the counter goes on; the emulated 高拍仪 and scanner
capture into the case, which the case PDF shows."""

from __future__ import annotations

import re
import subprocess

from PySide6.QtCore import Qt

from app.domain.enums import MaterialStatus
from tests.integration.test_counter_peripherals import log_in

#: 公共场所卫生许可: window 01, five materials without situations (营业执照 by data sharing)
MATTER = "LJ21-040"


def _start_draft(qtbot, counter):  # type: ignore[no-untyped-def]
    """Log in, call A001 and open a draft of :data:`MATTER` for it.

    The call goes through the F1 action itself, not a key sent to the main window: a key
    reaches a window shortcut only while that window is the active one, so a late or lost
    activation under load could drop F1 and ``window.ticket`` was then read as None
    (AttributeError). The keys themselves are what test_keyboard_intake.py proves; here
    the ticket is waited for before it is used."""
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    window = counter.window
    window.key_actions["call_next"].trigger()  # F1 呼叫下一位
    qtbot.waitUntil(lambda: window.ticket is not None, timeout=5000)
    assert window.ticket.number == "A001"
    window.intake_page.start(MATTER, window.ticket.id)
    window.tabs.setCurrentWidget(window.intake_page)
    qtbot.waitUntil(lambda: window.intake_page.case is not None and window.intake_page.isVisible(), timeout=3000)
    return window.intake_page


def test_card_placed_fills_the_form_and_faults_are_told(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = _start_draft(qtbot, counter)
    reader = counter.reader
    reader.place("王𬌗")
    qtbot.waitUntil(lambda: page.fields["name"].edit.text() == "王𬌗", timeout=5000)
    assert page.fields["id_number"].edit.text() == "330106199003071236"
    assert page.fields["address"].edit.text() == "浙江省杭州市西湖区文三路100号"
    assert page.kind_combo.currentText() == "自然人" and page.id_type_combo.currentText() == "居民身份证"
    assert page.card.status_label.text().startswith("已读取居民身份证：王𬌗（男，汉族，1990-03-07）\n")
    assert "未安装身份证照片解码库" in page.card.status_label.text()  # and so no photo is shown
    assert page.card.photo_label.text() == "无照片" and page.card.photo_label.pixmap().isNull()
    assert page.fields["phone"].edit.hasFocus()
    for key in "13800138000":
        qtbot.keyClick(page.fields["phone"].edit, key)
    qtbot.waitUntil(lambda: page.case.applicant.name == "王𬌗", timeout=3000)
    assert page.case.applicant.address == "浙江省杭州市西湖区文三路100号"
    assert page.checklist_view.hasFocus()

    reader.remove()
    reader.place("过期证")
    qtbot.waitUntil(lambda: page.fields["name"].edit.text() == "张过期", timeout=5000)
    assert "证件已过有效期（有效期至 2024-03-01）" in page.card.status_label.text()
    qtbot.waitUntil(lambda: page.case.applicant.name == "张过期", timeout=3000)  # the typed phone was kept → saved

    for card, message in (
        ("校验错误", "读卡数据校验错误，请拿起证件后重新放置"),
        ("读卡中移开", "读卡中断：证件在读取时被移开，请重新放置证件"),
    ):
        reader.remove()
        reader.place(card)
        qtbot.waitUntil(lambda m=message: page.card.status_label.text() == m, timeout=5000)
        assert page.fields["name"].edit.text() == "张过期"  # nothing changed
    reader.remove()
    qtbot.keyClick(page.checklist_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.card.status_label.text().startswith("未检测到证件"), timeout=5000)

    reader.stop()  # unplugged
    window = counter.window
    qtbot.waitUntil(lambda: window.status.indicator_text("身份证阅读器").startswith("○"), timeout=5000)
    assert "身份证阅读器未连接" in window.status.indicator_text("身份证阅读器")
    qtbot.keyClick(page.checklist_view, Qt.Key.Key_1)  # the counter keeps working
    assert page.case.checklist[0].status is MaterialStatus.RECEIVED
    reader.restart()
    qtbot.waitUntil(lambda: window.status.indicator_text("身份证阅读器").startswith("●"), timeout=5000)
    reader.place("港澳台")
    qtbot.waitUntil(lambda: page.fields["name"].edit.text() == "陈港生", timeout=5000)
    assert page.id_type_combo.currentText() == "港澳台居民居住证"


def test_camera_and_scanner_capture_into_the_case_pdf(qtbot, counter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _start_draft(qtbot, counter)
    view = page.checklist_view
    view.setFocus()
    view.setCurrentIndex(page.checklist.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_P)  # 高拍仪, line 1, then line 2 (营业执照, shared) is current
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_S)  # scanner, line 3
    qtbot.waitUntil(
        lambda: page.case.checklist[0].status is page.case.checklist[2].status is MaterialStatus.RECEIVED,
        timeout=5000,
    )
    assert page.case.checklist[1].status is MaterialStatus.SHARED
    files = counter.services.case_files
    pages = files.pages(page.case.id)
    assert [(p.material_name, p.source) for p in pages] == [
        (page.case.checklist[0].name, "camera"),
        (page.case.checklist[2].name, "scanner"),
    ]
    assert page.capture_panel.thumbs.count() == 1
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)  # a second page, same material
    qtbot.waitUntil(lambda: len(files.pages(page.case.id)) == 3, timeout=5000)
    assert view.currentIndex().row() == 2 and page.capture_panel.thumbs.count() == 2
    assert [p.page_no for p in files.pages(page.case.id) if p.line_id == page.case.checklist[2].id] == [1, 2]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # … and out again
    qtbot.waitUntil(lambda: len(files.pages(page.case.id)) == 2, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_R)  # turn the scanned page
    turned = files.pages(page.case.id)[1]
    assert (turned.width, turned.height) == (pages[1].height, pages[1].width)
    pdf = tmp_path / "case.pdf"
    pdf.write_bytes(files.case_pdf(page.case.id))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == 3  # type: ignore[union-attr]
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(listing.strip().splitlines()) - 2 == 2


def test_the_card_photo_is_shown_when_the_vendor_decoder_gave_one(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    from app.devices.emulators.idcard import DEMO_CARDS

    page = _start_draft(qtbot, counter)
    bmp = io.BytesIO()
    Image.new("RGB", (102, 126), (200, 30, 30)).save(bmp, format="BMP")
    counter.hub.card_read.emit(DEMO_CARDS["李〇芳"].data, bmp.getvalue(), "")  # as the hub does with a decoder
    assert page.fields["name"].edit.text() == "李〇芳"
    pixmap = page.card.photo_label.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (102, 126)
    assert "照片" not in page.card.status_label.text()


def test_a_2023_foreigner_card_fills_both_names_and_the_checked_number(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = _start_draft(qtbot, counter)
    name_en = page.fields["name_en"].edit
    assert not name_en.isVisible()  # a resident's form has no English name
    counter.reader.place("外国人2023")
    qtbot.waitUntil(lambda: page.fields["name"].edit.text() == "蒙哥马利·亚历山德拉", timeout=5000)
    assert name_en.isVisible() and name_en.text() == "MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH"
    assert page.id_type_combo.currentText() == "外国人永久居留身份证"
    assert page.fields["id_number"].edit.text() == "911826198802140021"
    assert page.fields["id_number"].error.text() == ""
    assert page.card.status_label.text().startswith("已读取外国人永久居留身份证（2023年版）：蒙哥马利·亚历山德拉")
    for key in "13800138000":
        qtbot.keyClick(page.fields["phone"].edit, key)
    qtbot.waitUntil(lambda: page.case.applicant.name_en == "MONTGOMERY-WILLIAMSON ALEXANDRA ELIZABETH", timeout=3000)
    assert page.case.applicant.id_number == "911826198802140021"
    # one digit typed wrong: the check character says so at once, and nothing is saved
    edit = page.fields["id_number"].edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_2)
    assert page.fields["id_number"].error.text() == "外国人永久居留身份证号码校验码不正确，请逐位核对号码"
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert page.case.applicant.id_number == "911826198802140021"
