"""Issue 5's acceptance at the counter: real widgets, real store, emulated devices on
real TCP sockets and a pty, the ESC/POS virtual printer.

The clerk's keys go through the window (F1, F8, Ctrl+D); the intake is filled through
the services (typing an applicant is covered by the UI tests); every assertion is on
what a device received or what the store holds.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.devices.codecs.framing import crc16_modbus
from app.devices.messages import LedState, LedTicket
from app.domain.enums import Rating
from app.services.demo import DEMO_PASSWORD
from app.services.dto import ApplicantInput
from app.store.models import FollowUp, RatingRecord, Staff
from app.ui.login import LoginDialog

#: A 承诺件 of the demo catalog that window 01 handles.
MATTER = "LJ21-001"
LED_TICKET_COMMAND = 0x41
GB18030 = 0x02


def log_in(qtbot, counter, staff_no: str = "0101"):  # type: ignore[no-untyped-def]
    """Log in through the login dialog, as at the counter."""
    dialog = LoginDialog(counter.services, counter.ops)
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText(staff_no)
    dialog.password_edit.setText(DEMO_PASSWORD)
    dialog.submit()
    assert dialog.session_info is not None, dialog.error_label.text()
    counter.window.start_session(dialog.session_info)
    counter.window.activateWindow()
    qtbot.waitUntil(counter.window.isActiveWindow, timeout=3000)
    return dialog.session_info


def press(qtbot, counter, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(counter.window, key, modifier)


def ticket_frames(led) -> list:  # type: ignore[no-untyped-def]
    return [f for f in led.frames_received if f.command == LED_TICKET_COMMAND]


def expected_ticket_frame(seq: int, ticket: str, window_no: str) -> bytes:
    """CDK-LED/1 TICKET frame as docs/ specify it, built by hand: AA 55, addr, seq, cmd,
    length (LE), encoding byte + fields separated by 0x1F, CRC-16/MODBUS (LE)."""
    payload = bytes((GB18030,)) + ticket.encode("gb18030") + b"\x1f" + window_no.encode("gb18030")
    body = bytes((1, seq, LED_TICKET_COMMAND)) + len(payload).to_bytes(2, "little") + payload
    return b"\xaa\x55" + body + crc16_modbus(body).to_bytes(2, "little")


def accept_case_for_current_ticket(qtbot, counter):  # type: ignore[no-untyped-def]
    """Intake through the services, the decision through the window (Ctrl+D, 受理)."""
    window = counter.window
    intake = counter.services.intake
    case = intake.start(
        matter_code=MATTER,
        ticket_id=window.ticket.id,
        applicant=ApplicantInput(name="王𬌗", id_number="510626199001011236", phone="13800138000"),
    )
    intake.mark_all_received(case.id)
    window.intake_page.open_case(case.id)
    press(qtbot, counter, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.decision_page
    qtbot.mouseClick(window.decision_page.buttons["accept"], Qt.MouseButton.LeftButton)
    result = window.decision_page.result
    assert result is not None and result.case.case_number, window.decision_page.error_label.text()
    return result.case


def nth_workday_after(calendar, day: date, n: int) -> date:  # type: ignore[no-untyped-def]
    while n:
        day += timedelta(days=1)
        if calendar.is_workday(day):
            n -= 1
    return day


def test_login_call_accept_print_finish_and_a_bad_rating(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, evaluator, led, printer = counter.window, counter.evaluator, counter.led, counter.printer
    counter.services.queue.issue("A")

    person = log_in(qtbot, counter)
    assert evaluator.wait_for(lambda: evaluator.screen.welcome is not None)
    welcome = evaluator.screen.welcome
    assert (welcome.window_code, welcome.staff_name, welcome.staff_no, welcome.party_member) == (
        "01",
        "张明",
        "0101",
        True,
    )
    assert welcome.window_name == person.window_name
    assert evaluator.screen.mode == "welcome"

    press(qtbot, counter, Qt.Key.Key_F1)
    assert window.ticket.number == "A001"
    assert led.wait_for(lambda: led.screen.ticket == LedTicket("A001", "01"))
    frame = ticket_frames(led)[-1]
    assert frame.to_bytes() == expected_ticket_frame(frame.seq, "A001", "01")

    case = accept_case_for_current_ticket(qtbot, counter)
    slips = printer.wait_for_slips(1)
    notice = slips[0].text
    assert "受理通知书" in notice and case.case_number in notice
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("已打印：受理通知书"), timeout=5000)
    assert window.status.indicator_text("printer") == "● 打印机：正常"

    # F8: service ends → the evaluator asks about the case (not the ticket).
    press(qtbot, counter, Qt.Key.Key_F8)
    assert evaluator.wait_for(lambda: evaluator.pending_reference is not None)
    assert evaluator.pending_reference == case.case_number
    assert evaluator.screen.mode == "rating"
    assert window.status.indicator_text("rating") == "● 等待评价…"

    with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
        evaluator.press(2, ("等候时间长",))
    assert window.status.indicator_text("rating") == "● 已评价：不满意"

    with counter.store.read() as s:
        record = s.scalars(select(RatingRecord)).one()
        staff = s.get(Staff, record.staff_id)
        follow_up = s.scalars(select(FollowUp).where(FollowUp.rating_id == record.id)).one()
        assert record.rating == Rating.DISSATISFIED.value == "不满意"
        assert record.case_id == case.id and record.reference == case.case_number
        assert staff.staff_no == "0101" and record.post == "A岗"
        assert record.owner_window == "01"
        assert record.reasons == ["等候时间长"]
        rated_on, due = record.rated_at, follow_up.due_date
    from app.services.clock import hall_day

    assert due == nth_workday_after(counter.calendar, hall_day(rated_on), counter.services.settings.follow_up_days)


def test_rating_belongs_to_whoever_served_even_after_a_switch(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.services.queue.issue("A")
    log_in(qtbot, counter, "0101")
    press(qtbot, counter, Qt.Key.Key_F1)
    press(qtbot, counter, Qt.Key.Key_F8)
    evaluator = counter.evaluator
    assert evaluator.wait_for(lambda: evaluator.pending_reference == "A001")
    # The B-post takes over the window while the applicant is still deciding.
    counter.services.session.switch_user("0102", DEMO_PASSWORD)
    counter.window.start_session(counter.services.session.current)
    assert evaluator.wait_for(
        lambda: evaluator.screen.welcome.staff_no == "0102" if evaluator.screen.welcome else False
    )
    qtbot.wait(300)  # anything the switch sent after the welcome has arrived by now
    assert evaluator.screen.mode == "rating" and evaluator.pending_reference == "A001"
    with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
        evaluator.press(5)
    with counter.store.read() as s:
        record = s.scalars(select(RatingRecord)).one()
        assert s.get(Staff, record.staff_id).staff_no == "0101"
        assert record.rating == "非常满意" and record.reference == "A001" and record.post == "A岗"


def test_dead_evaluator_is_unrated_with_reason_and_the_counter_keeps_calling(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, evaluator, led = counter.window, counter.evaluator, counter.led
    for _ in range(2):
        counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    press(qtbot, counter, Qt.Key.Key_F8)
    assert evaluator.wait_for(lambda: evaluator.pending_reference == "A001")

    with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
        evaluator.stop()
    with counter.store.read() as s:
        record = s.scalars(select(RatingRecord)).one()
        assert record.rating == "未评价" and record.rated_at is None
        assert "未评价" in record.unrated_reason and record.reference == "A001"
        assert s.scalars(select(FollowUp)).first() is None
    qtbot.waitUntil(lambda: window.status.indicator_text("评价器").startswith("○"), timeout=5000)
    assert window.status.indicator_text("评价器").startswith("○ 评价器：评价器未连接")
    assert window.status.indicator_text("rating").startswith("● 未评价：")

    press(qtbot, counter, Qt.Key.Key_F1)
    assert window.ticket.number == "A002"
    assert led.wait_for(lambda: led.screen.ticket == LedTicket("A002", "01"))

    evaluator.restart()
    qtbot.waitUntil(lambda: window.status.indicator_text("评价器") == "● 评价器：在线", timeout=5000)


def test_pause_and_away_reach_both_devices(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.domain.enums import WindowStatus
    from app.services.clock import HALL_TZ
    from app.services.dto import AwayMessage

    evaluator, led, window = counter.evaluator, counter.led, counter.window
    log_in(qtbot, counter)
    session = counter.services.session
    window._on_status(session.pause("系统维护"))
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "paused")
    assert led.wait_for(lambda: led.screen.status is not None and led.screen.status.state == LedState.PAUSED)
    assert "暂停服务（系统维护）" in led.displayed_text
    assert evaluator.displayed_text == "暂停服务（系统维护）"

    back = datetime.now(HALL_TZ).replace(hour=15, minute=30, second=0, microsecond=0)
    window._on_status(session.resume_serving())
    away = session.go_away(
        AwayMessage(reason="参加培训", whereabouts="三楼培训室", contact="0838-3123456", expected_return=back)
    )
    assert away.status is WindowStatus.AWAY
    window._on_status(away)
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "away")
    assert evaluator.screen.away.whereabouts == "三楼培训室" and evaluator.screen.away.expected_return == "15:30"
    assert led.wait_for(lambda: "参加培训，预计 15:30 返回" in led.displayed_text)
    assert "联系电话：0838-3123456" in evaluator.displayed_text

    window._on_status(session.come_back())
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "welcome")
    assert led.wait_for(lambda: led.screen.status.state == LedState.SERVING)


def test_paper_out_keeps_the_job_says_why_and_prints_when_fixed(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, printer = counter.window, counter.printer
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    printer.set_paper_out(True)
    case = accept_case_for_current_ticket(qtbot, counter)

    qtbot.waitUntil(lambda: (window.status.indicator_text("printer") or "").startswith("○"), timeout=5000)
    assert "缺纸" in window.status.indicator_text("printer")
    assert "缺纸" in window.statusBar().currentMessage()
    assert "受理通知书" in window.statusBar().currentMessage()
    pending = counter.printing.pending()
    assert [job.case_number for job in pending] == [case.case_number]
    assert "缺纸" in pending[0].error
    assert printer.slips == []

    counter.peripherals.show_print_jobs()
    dialog = counter.peripherals.jobs_dialog
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert rows[0][0] == "受理通知书" and rows[0][2] == case.case_number
    assert rows[0][3] == "打印失败待重试" and "缺纸" in rows[0][4]

    printer.set_paper_out(False)
    slips = printer.wait_for_slips(1)
    assert case.case_number in slips[0].text
    qtbot.waitUntil(lambda: window.status.indicator_text("printer").startswith("●"), timeout=5000)
    assert counter.printing.pending() == []

    # 补打 from the dialog: marked, with who reprinted it.
    dialog.refresh()
    dialog.table.selectRow(0)
    assert dialog.selected_job().state == "已打印"
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    slips = printer.wait_for_slips(2)
    assert "补打" in slips[1].text and "张明" in slips[1].text and case.case_number in slips[1].text
    dialog.close()


@pytest.mark.parametrize("counter", [1], indirect=True)  # rating_timeout_s = 1
def test_nobody_rates_in_time_is_recorded_unrated(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    press(qtbot, counter, Qt.Key.Key_F8)
    assert counter.evaluator.wait_for(lambda: counter.evaluator.pending_reference == "A001")
    with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
        pass
    with counter.store.read() as s:
        record = s.scalars(select(RatingRecord)).one()
        assert (record.rating, record.unrated_reason, record.reference) == ("未评价", "超时未评价", "A001")
    assert counter.window.status.indicator_text("rating") == "● 未评价：超时未评价"


def test_a_cancelled_job_never_prints_and_the_menu_opens_the_queue(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, printer = counter.window, counter.printer
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    printer.set_paper_out(True)
    case = accept_case_for_current_ticket(qtbot, counter)
    qtbot.waitUntil(lambda: (window.status.indicator_text("printer") or "").startswith("○"), timeout=5000)

    menu = counter.peripherals.print_menu
    assert menu.title() == "打印(&P)" and menu in [a.menu() for a in window.menuBar().actions()]
    assert [a.text() for a in menu.actions()] == ["打印队列…"]
    menu.actions()[0].trigger()
    dialog = counter.peripherals.jobs_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == case.case_number
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "已取消：受理通知书"
    assert dialog.table.rowCount() == 0 and counter.printing.pending() == []

    printer.set_paper_out(False)
    printer_slips_after = printer.slips
    qtbot.wait(800)  # longer than the spooler's retry interval in these tests
    assert printer.slips == printer_slips_after == []
    dialog.close()


def test_led_and_evaluator_return_to_the_idle_screen_after_f8_and_when_the_clerk_leaves(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    """F8: the call leaves the LED (the window line stays) and, once rated, the evaluator
    shows the clerk's welcome again; a switch of user leaves no clerk's call or welcome."""
    window, evaluator, led = counter.window, counter.evaluator, counter.led
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    assert led.wait_for(lambda: led.screen.ticket == LedTicket("A001", "01"))
    press(qtbot, counter, Qt.Key.Key_F8)
    assert led.wait_for(lambda: led.screen.ticket is None and led.screen.window is not None)
    assert led.lines[0].startswith("01 号窗口") and not any("A001" in line for line in led.lines)
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "rating")
    with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
        evaluator.press(5)
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "welcome")
    assert evaluator.screen.welcome.staff_no == "0101"

    counter.services.queue.issue("A")
    press(qtbot, counter, Qt.Key.Key_F1)
    assert led.wait_for(lambda: led.screen.ticket == LedTicket("A002", "01"))
    window.switch_user()  # 张明 leaves the window; the login dialog waits for the next person
    assert led.wait_for(lambda: led.screen.ticket is None and led.screen.window is not None)
    assert evaluator.wait_for(lambda: evaluator.screen.mode == "paused")
    assert "暂停服务" in evaluator.displayed_text
    window.login_dialog.reject()
