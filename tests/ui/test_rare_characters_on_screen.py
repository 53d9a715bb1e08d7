"""王𬌗 (U+2C317) and 𠀀 (U+20000) on screen: the window's font chain draws them, and a
character no font has (𰀀, U+30000, CJK Extension G) is told to the clerk at intake and on
the decision page, before anything is printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from app.resources import rare_fonts
from app.ui.look import BUNDLED_FAMILY, apply_look
from tests.services.conftest import PERSON_ID
from tests.ui.test_counter_flow import call_and_open_matter, type_text

NAME = "王𬌗𠀀𠀁"
EXT_G = "\U00030000"

pytestmark = pytest.mark.skipif(
    len(rare_fonts()) != 2, reason="the rare-character fonts need Debian's fonts-hanazono (./dev setup installs it)"
)


def _drawn_by(char: str, font: QFont) -> tuple[str, int]:
    """(family, glyph index) Qt's text layout uses for ``char`` in ``font``."""
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert len(runs) == 1
    return runs[0].rawFont().familyName(), runs[0].glyphIndexes()[0]


def test_window_font_draws_rare_characters_from_the_fallback(qapp) -> None:  # type: ignore[no-untyped-def]
    apply_look(qapp)
    font = QApplication.font()
    assert font.families()[:3] == [BUNDLED_FAMILY, "HanaMinA", "HanaMinB"]
    metrics = QFontMetrics(font)
    expected = {"王": BUNDLED_FAMILY, "𬌗": "HanaMinA", "𠀀": "HanaMinA", "𠀁": "HanaMinB"}
    for char, family in expected.items():
        assert metrics.inFontUcs4(ord(char)), char
        drawn, glyph = _drawn_by(char, font)
        assert (drawn, glyph != 0) == (family, True), (char, drawn, glyph)
        assert QRawFont.fromFont(QFont(family)).supportsCharacter(ord(char))
    # The bundled font alone has none of them: without the chain they were boxes.
    assert not QRawFont.fromFont(QFont(BUNDLED_FAMILY)).supportsCharacter(ord("𬌗"))
    # A widget naming the bundled family itself falls back through the same chain.
    assert [f.casefold() for f in QFont.substitutes(BUNDLED_FAMILY)[:2]] == ["hanamina", "hanaminb"]


def test_a_character_in_no_font_is_told_at_intake_and_before_printing(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    name = page.fields["name"]
    name.edit.setFocus()
    type_text(name.edit, "王𬌗")
    assert name.error.text() == ""  # the chain has both: nothing to say
    type_text(name.edit, EXT_G)
    assert "U+30000" in name.error.text() and "手写" in name.error.text()
    qtbot.keyClick(name.edit, Qt.Key.Key_Backspace)
    assert name.error.text() == ""  # gone as soon as it is gone
    type_text(name.edit, EXT_G)
    for key, text in (("id_number", PERSON_ID), ("phone", "13812345678")):
        page.fields[key].edit.setFocus()
        type_text(page.fields[key].edit, text)
    page.save_applicant()
    assert page.form_error.text() == ""
    assert page.case is not None and page.case.applicant.name == f"王𬌗{EXT_G}"
    assert "U+30000" in name.error.text()  # still said after saving: the name is the card's
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    decision = window.decision_page
    assert window.tabs.currentWidget() is decision
    lines = [line for line in decision.problems_label.text().splitlines() if line.startswith("打印提醒")]
    assert len(lines) == 1 and "“𰀀”（U+30000）" in lines[0] and "〔U+30000〕" in lines[0]
    assert "𬌗" not in lines[0]
