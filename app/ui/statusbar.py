"""The bottom bar: messages, the busy indicator and online/offline lamps.

Device and sync helpers feed the lamps through :meth:`StatusBar.set_indicator`
(printer, evaluator, LED screen, store, central queue …); an unplugged device must
never block the counter, it only turns its lamp red and says so in words.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

#: Seconds an ordinary message stays; errors stay until the next message.
MESSAGE_MS = 8000


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
        label.setText(("● " if ok else "○ ") + text)
        label.setToolTip(text)
        label.setProperty("ok", "true" if ok else "false")
        label.style().unpolish(label)
        label.style().polish(label)

    def indicator_text(self, name: str) -> str | None:
        """The lamp's words (tests, tooltips); None when the lamp does not exist."""
        label = self._indicators.get(name)
        return None if label is None else label.text()

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
