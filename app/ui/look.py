"""The program's look: the bundled CJK font, the base font size and the style sheet.

The bundled font is registered with :class:`QFontDatabase` so Chinese renders the same
on a fresh Windows, UOS or Kylin PC as on the developer's machine.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QPushButton

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


def style_sheet(*, large_font: bool = False, high_contrast: bool = False) -> str:
    """The program's style sheet: the base (with its focus ring), then the high-contrast
    sheet and the large-font sheet when those options are on."""
    names = ["counterdesk.qss"]
    if high_contrast:
        names.append("counterdesk-contrast.qss")
    if large_font:
        names.append("counterdesk-large.qss")
    return "\n".join(qss_path(n).read_text(encoding="utf-8") for n in names if qss_path(n).exists())


def apply_style(app: QApplication, *, large_font: bool = False, high_contrast: bool = False) -> None:
    """Base point size and the style sheet for the options chosen (also when toggled)."""
    font = QFont(app.font())
    font.setPointSize(LARGE_POINT_SIZE if large_font else NORMAL_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet(large_font=large_font, high_contrast=high_contrast))


def apply_look(app: QApplication, *, large_font: bool = False, high_contrast: bool = False) -> None:
    """Base font (bundled CJK first, large option for poor eyesight) and the style sheet."""
    family = load_bundled_font()
    font = QFont(app.font())
    if family:
        font.setFamilies([family, BUNDLED_FAMILY, "Microsoft YaHei", "Noto Sans CJK SC"])
    app.setFont(font)
    apply_style(app, large_font=large_font, high_contrast=high_contrast)


def mark_primary(button: QPushButton, primary: bool = True) -> None:
    """The page's default button: filled blue, bold (``primary`` in the style sheet)."""
    if bool(button.property("primary")) == primary:
        return
    button.setProperty("primary", primary)
    button.style().unpolish(button)
    button.style().polish(button)
