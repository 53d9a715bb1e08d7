"""The program's look: the bundled CJK font chain, the base font size and the style sheet.

The bundled font and the rare-character fonts are registered with :class:`QFontDatabase`
so Chinese renders the same on a fresh Windows, UOS or Kylin PC as on the developer's
machine: WenQuanYi Micro Hei first, then 花園明朝 A and B for the characters it lacks (CJK
Extension A, Extensions B–F: 王𬌗 shows as 王𬌗, not 王□) — the same chain the printouts use.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QPushButton

from app.resources import rare_fonts
from app.ui.paths import font_path, qss_path

#: Base point size, and the size used with the accessible large-font option.
NORMAL_POINT_SIZE = 10
LARGE_POINT_SIZE = 14
#: Family of the bundled font, preferred before any system fallback.
BUNDLED_FAMILY = "WenQuanYi Micro Hei"
#: System CJK families tried after the chain, on PCs where a font of the chain is missing.
SYSTEM_FALLBACKS = ("Microsoft YaHei", "Noto Sans CJK SC")


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


_chain: list[str] = []


def load_rare_fonts() -> list[str]:
    """Register the rare-character fonts found (app.resources.rare_fonts); their families, in
    chain order. Registering reads only the font's tables, not its 30 MB of outlines."""
    families: list[str] = []
    for path in rare_fonts():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def font_chain() -> list[str]:
    """The families of the screen font in fallback order: the bundled font, the rare-character
    fonts, then the system's CJK fonts (Qt draws each character with the first that has it).
    The files are registered once per process."""
    if _chain:
        return list(_chain)
    bundled = load_bundled_font()
    chain = [bundled] if bundled else []
    chain += [f for f in (BUNDLED_FAMILY, *load_rare_fonts(), *SYSTEM_FALLBACKS) if f not in chain]
    # A widget that names the bundled family itself (a style sheet, a QFont("WenQuanYi Micro
    # Hei")) falls back through the same chain.
    QFont.insertSubstitutions(BUNDLED_FAMILY, [f for f in chain if f != BUNDLED_FAMILY])
    _chain.extend(chain)
    return chain


def style_sheet(*, large_font: bool = False, high_contrast: bool = False) -> str:
    """The program's style sheet: the base (with its focus ring), then the high-contrast
    sheet and the large-font sheet when those options are on (and the few rules the two
    need together)."""
    names = ["counterdesk.qss"]
    if high_contrast:
        names.append("counterdesk-contrast.qss")
    if large_font:
        names.append("counterdesk-large.qss")
    if large_font and high_contrast:
        names.append("counterdesk-contrast-large.qss")
    text = "\n".join(qss_path(n).read_text(encoding="utf-8") for n in names if qss_path(n).exists())
    # ``url(@qss/…)``: an image beside the sheets (Qt resolves a relative url from the working folder).
    return text.replace("url(@qss/", f"url({qss_path().parent.as_posix()}/")


def apply_style(app: QApplication, *, large_font: bool = False, high_contrast: bool = False) -> None:
    """Base point size and the style sheet for the options chosen (also when toggled)."""
    font = QFont(app.font())
    font.setPointSize(LARGE_POINT_SIZE if large_font else NORMAL_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet(large_font=large_font, high_contrast=high_contrast))


def apply_look(app: QApplication, *, large_font: bool = False, high_contrast: bool = False) -> None:
    """Base font (the CJK chain, large option for poor eyesight) and the style sheet."""
    font = QFont(app.font())
    font.setFamilies(font_chain())
    app.setFont(font)
    apply_style(app, large_font=large_font, high_contrast=high_contrast)


def mark_primary(button: QPushButton, primary: bool = True) -> None:
    """The page's default button: filled blue, bold (``primary`` in the style sheet)."""
    if bool(button.property("primary")) == primary:
        return
    button.setProperty("primary", primary)
    button.style().unpolish(button)
    button.style().polish(button)
