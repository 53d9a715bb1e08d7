"""Small Qt windows over the headless emulators (training room, demo hall, manual testing).

The windows know the emulators only by what they show and press (the protocols below),
so the emulators' own command lines can open them (``--gui``) without a circle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.errors import DeviceError
from app.devices.messages import BAD_REASONS, SCORE_LABELS


class EvaluatorScreenView(Protocol):
    """What the evaluator shows: its mode (blank, welcome, rating …) and the clerk's photo."""

    @property
    def mode(self) -> str: ...

    @property
    def photo(self) -> bytes | None: ...


class EvaluatorEmulatorView(Protocol):
    """An evaluator emulator as its window sees it (:class:`~app.devices.emulators.evaluator.EvaluatorEmulator`)."""

    on_change: Callable[[], None] | None

    @property
    def screen(self) -> EvaluatorScreenView: ...

    @property
    def displayed_text(self) -> str: ...

    def press(self, score: int, reasons: tuple[str, ...] = ()) -> None: ...


class LedEmulatorView(Protocol):
    """A window-screen emulator as its window sees it (:class:`~app.devices.emulators.led.LedEmulator`)."""

    on_change: Callable[[], None] | None

    @property
    def lines(self) -> list[str]: ...


class _ChangeRelay(QObject):
    """Carries the emulator thread's ``on_change`` onto the GUI thread."""

    changed = Signal()


class EvaluatorEmulatorWindow(QWidget):
    """What the applicant sees and presses: the welcome card, the request, five keys."""

    def __init__(self, emulator: EvaluatorEmulatorView, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emulator = emulator
        self._relay = _ChangeRelay()
        self.setWindowTitle(f"评价器模拟器 — {url}")

        self._photo = QLabel()
        self._photo.setFixedSize(96, 128)
        self._photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setFont(QFont(self._text.font().family(), 14))
        self._buttons: dict[int, QPushButton] = {}
        for score in sorted(SCORE_LABELS, reverse=True):
            self._buttons[score] = QPushButton(f"{SCORE_LABELS[score]}（{score}）")
        self._reasons = [QCheckBox(reason) for reason in BAD_REASONS]
        self._message = QLabel()

        top = QHBoxLayout()
        top.addWidget(self._photo)
        top.addWidget(self._text, 1)
        keys = QHBoxLayout()
        for button in self._buttons.values():
            keys.addWidget(button)
        reasons = QGridLayout()
        for index, box in enumerate(self._reasons):
            reasons.addWidget(box, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(keys)
        layout.addWidget(QLabel("不满意原因（选“不满意”或“非常不满意”时一并提交）："))
        layout.addLayout(reasons)
        layout.addWidget(self._message)

        for score, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, s=score: self._on_key_clicked(s))
        self._relay.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        emulator.on_change = self._relay.changed.emit
        self.refresh()

    def _on_key_clicked(self, score: int) -> None:
        reasons = tuple(box.text() for box in self._reasons if box.isChecked()) if score <= 2 else ()
        try:
            self._emulator.press(score, reasons)
        except DeviceError as exc:
            self._message.setText(str(exc))
            return
        self._message.setText(f"已提交：{SCORE_LABELS[score]}")
        for box in self._reasons:
            box.setChecked(False)

    def refresh(self) -> None:
        """Redraw from the emulator's screen."""
        screen = self._emulator.screen
        rating = screen.mode == "rating"
        text = self._emulator.displayed_text or "（等待主机）"
        if rating:  # the five keys are the buttons below; as one wrapped line they broke as 非常 / 不满意
            text = "\n".join(text.splitlines()[:2])
        self._text.setText(text)
        for button in self._buttons.values():
            button.setEnabled(rating)
        for box in self._reasons:
            box.setEnabled(rating)
        pixmap = QPixmap()
        if screen.photo and pixmap.loadFromData(screen.photo):
            self._photo.setPixmap(pixmap.scaled(self._photo.size(), Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self._photo.setText("（无照片）")


class LedEmulatorWindow(QWidget):
    """A dark strip with red characters; the last line scrolls when it is too long."""

    #: characters that fit on the strip before the text scrolls
    WIDTH = 24

    def __init__(self, emulator: LedEmulatorView, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emulator = emulator
        self._relay = _ChangeRelay()
        self._offset = 0
        self.setWindowTitle(f"窗口屏模拟器 — {url}")
        self.setStyleSheet("background:#111; color:#ff3b30;")
        self._fixed = QLabel()
        self._scroll = QLabel()
        for label in (self._fixed, self._scroll):
            label.setFont(QFont("monospace", 20))
        self._timer = QTimer(self)
        self._timer.setInterval(250)

        layout = QVBoxLayout(self)
        layout.addWidget(self._fixed)
        layout.addWidget(self._scroll)

        self._timer.timeout.connect(self._on_timer_timeout)
        self._relay.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        emulator.on_change = self._relay.changed.emit
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Redraw the fixed lines; the scrolling line follows on the timer."""
        lines = self._emulator.lines or ["（等待主机）"]
        self._fixed.setText("\n".join(lines[:-1]) if len(lines) > 1 else "")
        self._offset = 0
        self._on_timer_timeout()

    @property
    def scrolling_line(self) -> str:
        """The visible part of the last line now."""
        return self._scroll.text()

    def _on_timer_timeout(self) -> None:
        lines = self._emulator.lines or ["（等待主机）"]
        last = lines[-1]
        if len(last) <= self.WIDTH:
            self._scroll.setText(last)
            return
        loop = last + "　　　"
        start = self._offset % len(loop)
        self._scroll.setText((loop + loop)[start : start + self.WIDTH])
        self._offset += 1


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv)


def run_evaluator_window(emulator: EvaluatorEmulatorView, url: str) -> int:
    """Show the evaluator window until it is closed."""
    app = _app()
    window = EvaluatorEmulatorWindow(emulator, url)
    window.resize(640, 360)
    window.show()
    return app.exec()


def run_led_window(emulator: LedEmulatorView, url: str) -> int:
    """Show the LED strip until it is closed."""
    app = _app()
    window = LedEmulatorWindow(emulator, url)
    window.resize(720, 160)
    window.show()
    return app.exec()
