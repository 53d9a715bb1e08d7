"""A catalogue in a right-to-left script mirrors the windows without code (docs/i18n.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.translations import install_translator


def test_uyghur_turns_the_layout_right_to_left_and_chinese_back(qapp: QApplication) -> None:
    try:
        install_translator(qapp, "ug")  # no counterdesk_ug.qm shipped: only the direction changes
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        install_translator(qapp, "bo")  # Tibetan is written left to right
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        install_translator(qapp, "ug")
        install_translator(qapp, "zh_CN")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        install_translator(qapp, "zh_CN")
