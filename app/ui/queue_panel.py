"""The left column: how many wait, and one button per queue action with its F-key.

The buttons are views of the main window's actions (the actions own the shortcut,
the text and the enabled state), so a key, a menu entry and a button can never
disagree about what they do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.services.dto import QueueOverview


class QueuePanel(QWidget):
    """Waiting count, parked and no-show tickets, and the F-key buttons."""

    #: Request: take this parked ticket back (double-click).
    resume_requested = Signal(str)
    #: Request: put this no-show ticket back in line (double-click).
    requeue_requested = Signal(str)

    def __init__(self, actions: Sequence[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QueuePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.buttons: list[QToolButton] = []
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("QueueWaiting")
        self.waiting_label.setWordWrap(True)
        self.parked_label = QLabel(self)
        self.parked_list = QListWidget(self)
        self.parked_list.setMaximumHeight(60)
        self.no_show_label = QLabel(self)
        self.no_show_list = QListWidget(self)
        self.no_show_list.setMaximumHeight(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.waiting_label)
        for action in actions:
            if action is None:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.HLine)
                layout.addWidget(line)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addWidget(self.parked_label)
        layout.addWidget(self.parked_list)
        layout.addWidget(self.no_show_label)
        layout.addWidget(self.no_show_list)
        layout.addStretch(1)
        self.setFixedWidth(190)
        self.parked_list.itemDoubleClicked.connect(lambda item: self.resume_requested.emit(item.text()))
        self.no_show_list.itemDoubleClicked.connect(lambda item: self.requeue_requested.emit(item.text()))
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.parked_label.setText(self.tr("挂起（F5或双击恢复）"))
        self.no_show_label.setText(self.tr("过号（双击重新排队）"))

    def set_overview(self, overview: QueueOverview) -> None:
        """Show the waiting counts and this window's parked and no-show tickets."""
        by_category = "  ".join(f"{c}:{n}" for c, n in overview.waiting_by_category)
        self.waiting_label.setText(
            self.tr("等候 %1 人").replace("%1", str(overview.waiting_total))
            + (f"\n{by_category}" if by_category else "")
        )
        self.parked_list.clear()
        self.parked_list.addItems([t.number for t in overview.parked])
        self.no_show_list.clear()
        self.no_show_list.addItems([t.number for t in overview.no_shows])

    def parked_numbers(self) -> list[str]:
        return [self.parked_list.item(i).text() for i in range(self.parked_list.count())]

    def clear(self) -> None:
        self.waiting_label.setText(self.tr("等候 — 人"))
        self.parked_list.clear()
        self.no_show_list.clear()


def scrolling_queue_panel(panel: QueuePanel, parent: QWidget) -> QScrollArea:
    """The queue panel in a vertical scroll area of its own width plus the scroll bar: when the
    window is short of its height (a 补打 strip above at 1366×768) its F-key buttons scroll
    instead of being squeezed over the 挂起 list."""
    scroll = QScrollArea(parent)
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFixedWidth(panel.width() + scroll.verticalScrollBar().sizeHint().width())
    return scroll
