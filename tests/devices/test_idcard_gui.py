"""The reader emulator's window places and lifts the cards (the demo's applicant's hand)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.devices.emulators.idcard import IdCardReaderEmulator
from app.devices.emulators.idcard_gui import IdCardReaderEmulatorWindow


def test_buttons_place_and_lift_cards(qtbot) -> None:  # type: ignore[no-untyped-def]
    emulator = IdCardReaderEmulator()
    window = IdCardReaderEmulatorWindow(emulator, "socket://127.0.0.1:0")
    qtbot.addWidget(window)
    assert set(window.buttons) == set(emulator.cards)
    qtbot.mouseClick(window.buttons["港澳台"], Qt.MouseButton.LeftButton)
    assert emulator.card is not None and emulator.card.data.name == "陈港生"
    qtbot.waitUntil(lambda: window.state_label.text() == "阅读器上：陈港生", timeout=2000)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert emulator.card is None
    qtbot.waitUntil(lambda: window.state_label.text() == "阅读器上没有证件", timeout=2000)
