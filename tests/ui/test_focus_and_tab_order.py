"""Focus a clerk sees from a metre away, the default button of a page, the designed Tab order.

The focus ring is checked in pixels: each kind of focusable widget is grabbed with and
without the keyboard focus under the real style sheet (normal, large font, high contrast);
the focused one has a ring of the focus colour at least 3 px (5 px with large fonts) thick
on every side, with at least 3:1 contrast against the window behind it (WCAG 1.4.11), and
the unfocused one has none. The Tab order is walked with real Tab key presses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.login import LoginDialog
from app.ui.look import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, apply_style, mark_primary
from tests.ui.test_counter_flow import call_and_open_matter

#: (option name, large_font, high_contrast, focus colour, ring thickness in px)
STYLES = [
    ("normal", False, False, QColor("#d35400"), 3),
    ("large", True, False, QColor("#d35400"), 5),
    ("contrast", False, True, QColor("#ffff00"), 3),
]


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def near(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def ring_pixels(image: QImage, thickness: int) -> list[QColor]:
    """The pixels 0 … thickness-1 in from each side, at the middle of that side."""
    w, h = image.width(), image.height()
    points = []
    for d in range(thickness):
        points += [(d, h // 2), (w - 1 - d, h // 2), (w // 2, d), (w // 2, h - 1 - d)]
    return [image.pixelColor(x, y) for x, y in points]


@pytest.fixture()
def styled(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    qapp.setStyleSheet("")
    font = qapp.font()
    font.setPointSize(NORMAL_POINT_SIZE)
    qapp.setFont(font)


@pytest.mark.parametrize(("name", "large", "high_contrast", "colour", "thickness"), STYLES, ids=[s[0] for s in STYLES])
def test_every_focusable_widget_shows_a_thick_focus_ring(  # type: ignore[no-untyped-def]
    qtbot, qapp, styled, name, large, high_contrast, colour, thickness
) -> None:
    apply_style(qapp, large_font=large, high_contrast=high_contrast)
    assert qapp.font().pointSize() == (LARGE_POINT_SIZE if large else NORMAL_POINT_SIZE)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    button, primary, edit, combo, check = (
        QPushButton("一次性告知"),
        QPushButton("受理"),
        QLineEdit("330106"),
        QComboBox(),
        QCheckBox("委托代理人办理"),
    )
    mark_primary(primary)
    combo.addItems(["居民身份证", "港澳居民来往内地通行证"])
    rows = QListView()
    rows.setModel(QStringListModel(["申请书", "身份证明"], rows))
    rows.setCurrentIndex(rows.model().index(0, 0))
    widgets = {"button": button, "default button": primary, "field": edit, "combo": combo, "check": check, "rows": rows}
    for widget in widgets.values():
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(widget)
    host.resize(420, 420)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)
    behind = host.palette().color(host.backgroundRole())
    assert contrast(colour, behind) >= 3.0, (name, colour.name(), behind.name())

    other = {"button": primary}  # where the focus goes to grab a widget without it
    for label, widget in widgets.items():
        (other.get(label, button)).setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus(), timeout=1000)
        without = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=1000)
        focused = widget.grab().toImage()
        ring = ring_pixels(focused, thickness)
        assert all(near(p, colour) for p in ring), (name, label, {p.name() for p in ring})
        assert not any(near(p, colour) for p in ring_pixels(without, 1)), (name, label)


def test_the_default_button_is_filled_and_bold(qtbot, qapp, styled) -> None:  # type: ignore[no-untyped-def]
    apply_style(qapp)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    plain, primary = QPushButton("不予受理"), QPushButton("受理")
    mark_primary(primary)
    layout.addWidget(plain)
    layout.addWidget(primary)
    host.show()
    qtbot.waitExposed(host)
    plain_image, primary_image = plain.grab().toImage(), primary.grab().toImage()
    centre = lambda img: img.pixelColor(6, img.height() // 2)  # noqa: E731 - inside the frame, left of the text
    assert centre(primary_image).name() == "#1f4e79"
    assert contrast(centre(primary_image), centre(plain_image)) > 4.5
    assert primary.font().bold() or primary.fontInfo().bold()


def test_decision_page_marks_its_default_as_primary(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    page.request_decision()
    decision = window.decision_page
    chosen = [name for name, b in decision.buttons.items() if b.property("primary")]
    assert len(chosen) == 1 and decision.buttons[chosen[0]].hasFocus()
    assert chosen[0] in ("accept", "notify")


def tab_walk(qtbot, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets the focus visits on ``presses`` Tab keys sent to the focused widget."""
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_login_tab_order_and_enter_after_the_staff_number(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.staff_edit, timeout=3000)
    ok, cancel = dialog.buttons.buttons()[0], dialog.buttons.buttons()[1]
    walk = tab_walk(qtbot, dialog.staff_edit, 3)
    assert walk[0] is dialog.password_edit and {walk[1], walk[2]} == {ok, cancel}
    # back to the staff number: Enter there moves on and says nothing false
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.staff_edit
    qtbot.keyClicks(dialog.staff_edit, "0101")
    qtbot.keyClick(dialog.staff_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.error_label.text() == "" and dialog.isVisible() and services.session.current is None


def test_switch_user_enter_after_the_staff_number_moves_to_the_password(qtbot, services, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(services, ops, switching=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.staff_edit, timeout=3000)
    qtbot.keyClicks(dialog.staff_edit, "0102")
    qtbot.keyClick(dialog.staff_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.error_label.text() == ""


def test_intake_tab_order_follows_the_form_then_the_checklist_then_decide(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is page.fields["name"].edit  # a new draft starts at the name
    expected = [page.fields["id_number"].edit, page.fields["phone"].edit, page.fields["address"].edit]
    expected += [box for box in page._situation_boxes.values()]
    expected += [page.checklist_view, page.note_edit, page.all_received_button, page.decide_button]
    walk = tab_walk(qtbot, page.fields["name"].edit, len(expected))
    assert walk == expected, [(type(w).__name__, w.objectName(), getattr(w, "text", lambda: "")()) for w in walk]


def test_after_login_the_keyboard_is_on_f1(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_queue_keys import log_in

    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    f1 = window.queue_panel.buttons[0]
    assert "F1" in f1.text() and QApplication.focusWidget() is f1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space on F1 calls the next
    assert window.ticket is not None and window.ticket.number == "A001"
    assert QApplication.focusWidget() is window.guide_page.search_edit


def test_focus_after_lock_decision_and_finish(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    """The keyboard always has a place: the field the clerk was in after unlocking; the
    notice (not a decision button) after a decision; F1 呼叫下一位 after F8."""
    from tests.ui.test_counter_flow import PASSWORD, type_applicant

    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    page.fields["phone"].edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.fields["phone"].edit, timeout=1000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)  # lock
    assert QApplication.focusWidget() is window.lock_screen.password_edit
    qtbot.keyClicks(window.lock_screen.password_edit, PASSWORD)
    qtbot.keyClick(window.lock_screen.password_edit, Qt.Key.Key_Return)
    assert window.root.currentIndex() == 0
    assert QApplication.focusWidget() is page.fields["phone"].edit

    page._on_all_received_button_clicked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    decision = window.decision_page
    button = QApplication.focusWidget()
    assert button in decision.buttons.values()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert decision.result is not None, decision.error_label.text()
    focused = QApplication.focusWidget()
    assert focused not in decision.buttons.values()
    assert decision.previews.isAncestorOf(focused)

    qtbot.keyClick(focused, Qt.Key.Key_F8)  # 办结叫号
    assert window.ticket is None
    assert QApplication.focusWidget() is window.queue_panel.buttons[0]
