"""The program's look: the bundled CJK font, the base font size and the style sheet.

The bundled font is registered with :class:`QFontDatabase` so Chinese renders the same
on a fresh Windows, UOS or Kylin PC as on the developer's machine.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.ui.paths import font_path, qss_path

#: Base point size, and the size used with the accessible large-font option.
NORMAL_POINT_SIZE = 10
LARGE_POINT_SIZE = 14
#: Family of the bundled font, preferred before any system fallback.
BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def load_bundled_font() -> str | None:
    """Register the bundled WQY Micro Hei; returns its family name (None if missing)."""
    path = font_path()
    if not path.exists():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_look(app: QApplication, *, large_font: bool = False) -> None:
    """Base font (bundled CJK first, large option for poor eyesight) and the style sheet."""
    family = load_bundled_font()
    font = QFont(app.font())
    if family:
        font.setFamilies([family, BUNDLED_FAMILY, "Microsoft YaHei", "Noto Sans CJK SC"])
    font.setPointSize(LARGE_POINT_SIZE if large_font else NORMAL_POINT_SIZE)
    app.setFont(font)
    sheet = qss_path()
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
