"""Does every label and button of the main screens fit? Run in its own process per size.

``QT_SCALE_FACTOR=1.5 python -m tests.ui.layout_check 1920 1080`` builds the demo hall's
window at that screen size (in device pixels; the window gets the logical size the scale
leaves), walks the screens a clerk and the center see, and prints one JSON list of what
does not fit: a label whose text is wider than the label, a button narrower than its text,
a widget reaching past the window's edge; and the two things the issue saw cut: the status
bar's lamps (each one's words whole inside the bar, on every screen of the counter window)
and the 电子监察 tables (how many whole rows each shows). tests/ui/test_layouts.py runs it
for 1366×768 and 1920×1080 at 100 % and 150 %.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QSizeGrip, QWidget


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(top: QWidget, screen: str) -> list[str]:
    """What does not fit inside ``top`` as it is shown now."""
    QApplication.processEvents()
    problems = []
    bounds = QRect(0, 0, top.width(), top.height())
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or isinstance(widget, QSizeGrip):
            continue  # (the status bar's size grip is the window frame's corner, not content)
        name = f"{screen}: {type(widget).__name__} {widget.objectName() or ''}".rstrip()
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.textFormat() != widget.textFormat().RichText and "<" not in widget.text():
                metrics = widget.fontMetrics()
                need = max(metrics.horizontalAdvance(line) for line in widget.text().splitlines() or [""])
                if need > widget.contentsRect().width() + 1:
                    problems.append(
                        f"{name} “{widget.text()[:30]}” needs {need} px, has {widget.contentsRect().width()}"
                    )
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint().width()
            if need > widget.width() + 1:
                problems.append(f"{name} “{widget.text()[:30]}” needs {need} px, has {widget.width()}")
        if not _inside_scroll_area(widget, top):
            rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
            if not bounds.contains(rect):
                problems.append(f"{name} “{getattr(widget, 'text', lambda: '')()[:20]}” reaches past the window")
    return problems


def lamps_cut(window: QWidget) -> list[str]:
    """The status-bar lamps of ``window`` whose words are not whole inside the bar."""
    from app.ui.statusbar import StatusBar

    bars = window.findChildren(StatusBar)
    if not bars:
        return []
    bar = bars[0]
    cut = []
    for label in bar._indicators.values():
        rect = QRect(label.mapTo(bar, label.rect().topLeft()), label.size())
        need = label.fontMetrics().horizontalAdvance(label.text())
        if not label.isVisible() or not bar.rect().contains(rect) or label.contentsRect().width() + 1 < need:
            cut.append(f"{label.text()} at {rect.x()}–{rect.right()} of {bar.width()}, needs {need} px")
    return cut


def monitor_rows(window: QWidget) -> dict[str, int]:
    """Whole rows each table of the 电子监察 dashboard in ``window`` has room for."""
    from PySide6.QtWidgets import QGroupBox, QTableWidget

    from app.ui.admin.dashboard import SupervisionDashboard

    rows = {}
    for dashboard in window.findChildren(SupervisionDashboard):
        for box in dashboard.findChildren(QGroupBox):
            for table in box.findChildren(QTableWidget):
                step = table.verticalHeader().defaultSectionSize()
                rows[box.title()] = table.viewport().height() // step
    return rows


def main(argv: list[str]) -> int:
    from tests.ui.make_screenshots import walk_screens

    width, height = int(argv[0]), int(argv[1])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    scale = app.primaryScreen().devicePixelRatio()
    logical = (round(width / scale), round(height / scale))
    problems: list[str] = []
    lamps: dict[str, list[str]] = {}
    monitor: dict[str, int] = {}

    def visit(widget: QWidget, screen: str) -> None:
        if widget.width() > logical[0] or widget.height() > logical[1]:
            problems.append(f"{screen}: the window is {widget.width()}×{widget.height()}, the screen {logical}")
        problems.extend(clipped(widget, screen))
        from app.ui.main_window import MainWindow

        if isinstance(widget, MainWindow):
            lamps[screen] = lamps_cut(widget)
            if screen == "10_center_workspace":
                monitor.update(monitor_rows(widget))

    walk_screens(logical, visit)
    facts = {"scale": scale, "logical": logical, "problems": problems, "lamps_cut": lamps, "monitor_rows": monitor}
    print(json.dumps(facts, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
