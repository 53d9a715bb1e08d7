"""The standard intake by keyboard alone: call → find → card read → five materials →
accept → print → rate. Every key goes to the widget that has the focus (as a clerk's
keyboard does), no mouse event reaches the application, and the keys are counted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain.enums import MaterialStatus
from app.store.models import RatingRecord
from tests.integration.test_counter_peripherals import log_in

MAX_KEYS = 25
_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseWatch(QObject):
    """Counts every mouse event delivered anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE:
            self.events += 1
        return False


class Keyboard:
    """Presses keys on whatever widget has the keyboard focus, and counts them."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.presses = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.presses += 1

    def ime(self, pinyin: str, text: str) -> None:
        """A word typed through the input method: the clerk's keys are the pinyin and the
        Space that picks the first candidate (counted so); the focused widget receives
        the committed text as an input-method event, as from a real IME."""
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
        self.presses += len(pinyin) + 1

    def type(self, text: str) -> None:
        for ch in text:
            target = QApplication.focusWidget()
            assert target is not None
            self.qtbot.keyClicks(target, ch)
            self.presses += 1


def test_standard_intake_by_keyboard_in_at_most_25_keys(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, reader, evaluator, printer = counter.window, counter.reader, counter.evaluator, counter.printer
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    keys = Keyboard(qtbot)
    try:
        keys.press(Qt.Key.Key_F1)  # call
        assert window.ticket is not None and window.ticket.number == "A001"

        keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find
        keys.type("gg")
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return)
        page = window.intake_page
        qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=3000)
        assert page.case.matter_name == "公共场所卫生许可"

        reader.place("王𬌗")  # card read: the applicant's hand, no key
        qtbot.waitUntil(lambda: page.fields["name"].edit.text() == "王𬌗", timeout=5000)
        assert QApplication.focusWidget() is page.fields["phone"].edit
        keys.type("13800138000")
        qtbot.waitUntil(lambda: page.case.applicant.id_number == "330106199003071236", timeout=3000)
        assert QApplication.focusWidget() is page.checklist_view

        for _ in range(5):  # five materials, each photographed by the 高拍仪
            keys.press(Qt.Key.Key_P)
        qtbot.waitUntil(lambda: len(counter.services.case_files.pages(page.case.id)) == 5, timeout=10000)
        qtbot.waitUntil(lambda: not page.case.pending_lines, timeout=5000)
        assert {line.status for line in page.case.checklist} == {MaterialStatus.RECEIVED, MaterialStatus.SHARED}

        keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # to the decision
        assert QApplication.focusWidget() is window.decision_page.buttons["accept"]
        keys.press(Qt.Key.Key_Space)  # 受理
        result = window.decision_page.result
        assert result is not None and result.case.case_number, window.decision_page.error_label.text()
        slips = printer.wait_for_slips(1)  # printed by itself
        assert "受理通知书" in slips[0].text and result.case.case_number in slips[0].text
        assert "电子页数" in slips[0].text  # the notice lists the pages received into the file

        keys.press(Qt.Key.Key_F8)  # finish → the evaluator asks
        assert evaluator.wait_for(lambda: evaluator.pending_reference == result.case.case_number)
        with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
            evaluator.press(5)  # the applicant's finger on the evaluator
    finally:
        QApplication.instance().removeEventFilter(watch)

    assert watch.events == 0
    assert keys.presses <= MAX_KEYS, keys.presses
    with counter.store.read() as s:
        record = s.scalars(select(RatingRecord)).one()
        assert record.rating == "非常满意" and record.reference == result.case.case_number
    print(f"keyboard-only standard intake: {keys.presses} key presses, 0 mouse events")


MAX_KEYS_WITHOUT_READER = 55


def test_standard_intake_by_keyboard_without_the_card_reader_in_at_most_55_keys(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    """No ID card on the reader: the clerk types the name, the ID number and the phone.
    Each key goes to QApplication.focusWidget() (no setFocus, no mouse); the Tab order
    takes the cursor from the name to the ID number, a complete ID number moves on to the
    phone and a complete phone number to the checklist. The name goes through the input
    method: its pinyin keys and the Space that picks it are counted."""
    window, evaluator, printer = counter.window, counter.evaluator, counter.printer
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    keys = Keyboard(qtbot)
    page = window.intake_page
    try:
        keys.press(Qt.Key.Key_F1)  # call
        assert window.ticket is not None and window.ticket.number == "A001"
        keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find
        keys.type("gg")
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=3000)
        assert QApplication.focusWidget() is page.fields["name"].edit

        keys.ime("liming", "李明")
        assert page.fields["name"].edit.text() == "李明"
        keys.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.fields["id_number"].edit
        keys.type("330106199003071236")
        assert QApplication.focusWidget() is page.fields["phone"].edit  # a complete, valid ID moves on
        keys.type("13800138000")
        assert QApplication.focusWidget() is page.checklist_view
        qtbot.waitUntil(lambda: page.case.applicant.id_number == "330106199003071236", timeout=3000)
        assert page.case.applicant.name == "李明" and page.case.applicant.phone == "13800138000"
        assert all(not f.error.text() for f in page.fields.values())

        for _ in range(5):
            keys.press(Qt.Key.Key_P)
        qtbot.waitUntil(lambda: len(counter.services.case_files.pages(page.case.id)) == 5, timeout=10000)
        qtbot.waitUntil(lambda: not page.case.pending_lines, timeout=5000)

        keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is window.decision_page.buttons["accept"]
        keys.press(Qt.Key.Key_Space)  # 受理
        result = window.decision_page.result
        assert result is not None and result.case.case_number, window.decision_page.error_label.text()
        slips = printer.wait_for_slips(1)
        assert "受理通知书" in slips[0].text and "李明" in slips[0].text

        keys.press(Qt.Key.Key_F8)
        assert evaluator.wait_for(lambda: evaluator.pending_reference == result.case.case_number)
        with qtbot.waitSignal(counter.peripherals.rating_recorded, timeout=5000):
            evaluator.press(5)
    finally:
        QApplication.instance().removeEventFilter(watch)

    assert watch.events == 0
    assert keys.presses <= MAX_KEYS_WITHOUT_READER, keys.presses
    print(f"keyboard-only standard intake without the card reader: {keys.presses} key presses, 0 mouse events")
