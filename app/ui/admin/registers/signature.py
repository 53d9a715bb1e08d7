"""The signature pad on which an applicant signs for documents handed over (帮办代办 移交)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    pass


class SignaturePad(QWidget):
    """Where the applicant signs for documents handed over (mouse, pen tablet or touch)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 100)
        self._image = QImage(320, 100, QImage.Format.Format_RGB32)
        self._image.fill(Qt.GlobalColor.white)
        self._last: QPoint | None = None
        self._strokes = 0

    def clear(self) -> None:
        self._image.fill(Qt.GlobalColor.white)
        self._strokes = 0
        self.update()

    def is_empty(self) -> bool:
        return self._strokes == 0

    def draw_line(self, a: QPoint, b: QPoint) -> None:
        """Add one stroke segment (also what mouse moves call)."""
        painter = QPainter(self._image)
        painter.setPen(QPen(Qt.GlobalColor.black, 2))
        painter.drawLine(a, b)
        painter.end()
        self._strokes += 1
        self.update()

    def png(self) -> bytes:
        """The signature as PNG bytes (empty when nobody signed)."""
        if self.is_empty():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes only str here
        return bytes(data.data())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._last = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._last is not None:
            self.draw_line(self._last, point)
        self._last = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.end()
