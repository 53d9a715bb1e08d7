"""视图 → 语言: the catalogues found in resources/i18n, switched at once and kept in settings.toml.

Each ``counterdesk_<language>.qm`` shipped is one entry, named in its own language
(中文, English, ئۇيغۇرچە …), so a hall adds a language by adding a catalogue.  Choosing one
installs its translator (the windows retranslate on ``LanguageChange``) and writes the
``language`` key of the settings file for the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.errors import CounterDeskError
from app.settings import save_language
from app.ui.translations import available_languages, install_translator


def language_name(language: str) -> str:
    """A language's name in that language (a catalogue's own word for itself)."""
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


class LanguageMenu(QMenu):
    """One checkable entry per shipped catalogue; the current one checked."""

    #: The language chosen (after the translator is installed and the file written).
    changed = Signal(str)

    def __init__(
        self,
        current: str,
        parent: QWidget | None = None,
        *,
        settings_file: Path | None = None,
        report: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._settings_file = settings_file
        self._report = report
        self._group = QActionGroup(self)
        self.entries: dict[str, QAction] = {}
        for language in available_languages():
            action = QAction(language_name(language), self)
            action.setObjectName(f"language_{language}")
            action.setCheckable(True)
            action.setChecked(language == current)
            action.triggered.connect(lambda _checked=False, lang=language: self.choose(lang))
            self._group.addAction(action)
            self.addAction(action)
            self.entries[language] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("语言(&L)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, language: str) -> None:
        """Switch to ``language`` now and for the next start."""
        app = QCoreApplication.instance()
        if app is not None:
            install_translator(app, language)
        self.entries[language].setChecked(True)
        try:
            save_language(language, self._settings_file)
        except (OSError, CounterDeskError) as exc:
            if self._report is not None:
                self._report(self.tr("语言已切换，但未能写入设置文件：%1").replace("%1", str(exc)))
        self.changed.emit(language)
