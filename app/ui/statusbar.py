"""The bottom bar: messages, the busy indicator and online/offline lamps.

Device and sync helpers feed the lamps through :meth:`StatusBar.set_indicator`
(printer, evaluator, LED screen, store, central queue …); an unplugged device must
never block the counter, it only turns its lamp red and says so in words.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget
from app.ui.punctuation import colon, comma, paren, semicolon

#: Seconds an ordinary message stays; errors stay until the next message.
MESSAGE_MS = 8000
#: Width kept for the message on the left before the lamps shorten their words.
MESSAGE_ROOM_PX = 360


def short_lamp_text(text: str) -> str:
    """A lamp's words when the bar is narrow: what it is about plus its first word of state
    (打印机：缺纸，请装纸 → 打印机：缺纸); the full words stay in the tooltip."""
    head, sep, rest = text.partition(colon().strip())
    if not sep:
        return text
    opening = paren("x").split("x", 1)[0].strip()
    for stop in {comma().strip(), semicolon().strip(), opening, "("} - {""}:
        rest = rest.split(stop, 1)[0]
    rest = rest.strip()
    # six characters of Chinese say as much as about fourteen letters
    room = 14 if rest.isascii() else 6
    return head + colon() + rest[:room]


class StatusBar(QStatusBar):
    """QStatusBar with named indicator slots and a busy bar for slow work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicators: dict[str, QLabel] = {}
        self._busy = QProgressBar(self)
        self._busy.setRange(0, 0)
        self._busy.setMaximumWidth(120)
        self._busy.setMaximumHeight(14)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self.addPermanentWidget(self._busy)

    def set_indicator(self, name: str, ok: bool, text: str) -> None:
        """Create or update the lamp ``name`` ("printer", "store" …): green ok, red not."""
        label = self._indicators.get(name)
        if label is None:
            label = QLabel(self)
            label.setObjectName("Indicator")
            self._indicators[name] = label
            self.addPermanentWidget(label)
        label.setProperty("full_text", ("● " if ok else "○ ") + text)
        label.setProperty("short_text", ("● " if ok else "○ ") + short_lamp_text(text))
        label.setText(label.property("full_text"))
        label.setToolTip(text)
        label.setProperty("ok", "true" if ok else "false")
        label.style().unpolish(label)
        label.style().polish(label)
        self._fit_lamps()

    def _fit_lamps(self) -> None:
        """Every lamp whole at 1366 px: when the full words do not fit beside the message,
        the lamps say it short (the last lamp was cut off before)."""
        labels = list(self._indicators.values())
        if not labels:
            return
        room = self.width() - MESSAGE_ROOM_PX

        def needed(key: str) -> int:
            return sum(label.fontMetrics().horizontalAdvance(label.property(key)) + 16 for label in labels)

        key = "full_text" if needed("full_text") <= room else "short_text"
        for label in labels:
            label.setText(label.property(key))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lamps()

    def indicator_text(self, name: str) -> str | None:
        """The lamp's words (tests, tooltips); None when the lamp does not exist."""
        label = self._indicators.get(name)
        return None if label is None else str(label.property("full_text"))

    @Slot(str)
    def show_error(self, message: str) -> None:
        """A failure stays visible until something else is said."""
        self.showMessage("⚠ " + message)

    @Slot(str)
    def show_info(self, message: str) -> None:
        self.showMessage(message, MESSAGE_MS)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
