"""Where the keyboard focus goes when a screen opens (no widget without it: F-keys need one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QWidget


def first_focusable(container: QWidget) -> QWidget | None:
    """The first visible, enabled widget inside ``container`` that Tab would stop on."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def set_tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (a designed order, not the creation order;
    hidden or disabled ones are skipped by Qt as the clerk presses Tab)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


class OneStopDateEdit(QDateEdit):
    """A date field that is one Tab stop: Qt's date edit moves between year, month and day on
    Tab and lets the focus go only from the last; here Tab leaves the field (←/→ still choose
    the part, ↑/↓ change it, the digits type it)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's parameter name
        return QWidget.focusNextPrevChild(self, next)
