"""The 补打 strip in the main window: a slip that failed is offered to the clerk who decided
(not to the next clerk), Alt+B prints it marked 补打, and it prints once."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.printing.spool_sqlite import SqliteJobStore
from app.ui.look import apply_look
from app.services.dto import ApplicantInput
from tests.integration.test_counter_peripherals import MATTER, log_in


def _decide(counter):  # type: ignore[no-untyped-def]
    services = counter.services
    case = services.intake.start(matter_code=MATTER)
    services.intake.set_applicant(
        case.id, ApplicantInput(name="陈〇梅", id_number="510626199002200020", phone="13800000000")
    )
    services.intake.mark_all_received(case.id)
    return services.decisions.accept(case.id)


def test_a_failed_slip_is_offered_to_its_clerk_and_alt_b_prints_it_once(qtbot, counter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    strip = counter.peripherals.unprinted_strip
    assert strip is not None and not strip.isVisible()
    log_in(qtbot, counter, "0101")
    counter.printer.set_paper_out(True)
    result = _decide(counter)
    counter.peripherals.print_result(result)
    qtbot.waitUntil(strip.isVisible, timeout=10_000)
    [line] = [strip.list.item(i).text() for i in range(strip.list.count())]
    assert result.document.number in line and result.case.case_number in line and "陈〇梅" in line
    assert "打印失败" in line
    assert "1 份文书已签发但没有打印出来" in strip.title.text()
    # In the program's look the strip takes more height from the F-key panel than it can
    # spare at 1366×740: the panel scrolls, its buttons are not squeezed over one another.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_look(app)
    try:
        panel = counter.window.queue_panel
        qtbot.waitUntil(lambda: panel.height() >= panel.minimumSizeHint().height(), timeout=2000)
        buttons = [b for b in panel.buttons if b.isVisible()]
        for upper, lower in zip(buttons, buttons[1:], strict=False):
            assert upper.geometry().bottom() < lower.geometry().top(), (upper.text(), lower.text())
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
    if os.environ.get("CD_SCREENSHOT_DIR"):  # ./dev screenshots
        from tests.ui.make_screenshots import save_in_the_programs_look

        save_in_the_programs_look(counter.window, "16_unprinted_strip")

    # the next clerk at this window does not see 0101's slip
    counter.services.session.logout()
    counter.window.clear_all()
    assert not strip.isVisible()
    log_in(qtbot, counter, "0102")
    assert not strip.isVisible() and strip.documents == []
    counter.services.session.logout()
    counter.window.clear_all()

    # back to 0101: offered again; Alt+B while the paper is still out queues the 补打 and
    # withdraws the failed original, so a fresh roll prints one slip, marked 补打
    log_in(qtbot, counter, "0101")
    assert strip.isVisible() and len(strip.documents) == 1
    qtbot.keyClick(counter.window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert strip.message.text() == ""
    jobs = SqliteJobStore(tmp_path / "print_jobs.db").for_case(result.case.case_number)
    assert [str(j.state) for j in jobs if j.reprint_of is None] == ["已取消"]
    counter.printer.set_paper_out(False)
    counter.printing.retry()
    [slip] = counter.printer.wait_for_slips(1)
    assert "【补打】" in slip.text and "张明（0101）" in slip.text and result.document.number in slip.text
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=10_000)
    counter.printing.retry()
    qtbot.wait(800)
    assert len(counter.printer.slips) == 1
