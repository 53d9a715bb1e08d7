"""The ID-card reader emulator's window: a button per card to place it, one to lift it.

Used by the demo hall and ``python -m app.devices.emulators.idcard --gui``; it knows the
emulator only through :class:`IdCardReaderView`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class IdCardReaderView(Protocol):
    """A reader emulator as its window sees it (:class:`~app.devices.emulators.idcard.IdCardReaderEmulator`)."""

    on_change: Callable[[], None] | None

    @property
    def cards(self) -> Mapping[str, object]: ...

    @property
    def card(self) -> object | None: ...

    def place(self, card: str) -> None: ...

    def remove(self) -> None: ...


class _Relay(QObject):
    changed = Signal()


class IdCardReaderEmulatorWindow(QWidget):
    """The applicant's hand over the reader: place a card, lift it."""

    def __init__(self, emulator: IdCardReaderView, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emulator = emulator
        self._relay = _Relay()
        self.setWindowTitle(f"身份证阅读器模拟器 — {url}")
        self.state_label = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, name in enumerate(emulator.cards):
            button = QPushButton(f"放上：{name}", self)
            button.clicked.connect(lambda _checked=False, n=name: emulator.place(n))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[name] = button
        self.remove_button = QPushButton("拿走证件", self)
        self.remove_button.clicked.connect(lambda _checked=False: emulator.remove())
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(grid)
        layout.addWidget(self.remove_button)
        self._relay.changed.connect(self._show)
        emulator.on_change = self._relay.changed.emit
        self._show()

    def _show(self) -> None:
        card = self._emulator.card
        label = getattr(card, "label", None)
        self.state_label.setText(f"阅读器上：{label}" if label else "阅读器上没有证件")


def run_idcard_window(emulator: IdCardReaderView, url: str) -> int:
    app = QApplication.instance() or QApplication([])
    window = IdCardReaderEmulatorWindow(emulator, url)
    window.show()
    return app.exec()
