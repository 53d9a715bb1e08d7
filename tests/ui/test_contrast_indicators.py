"""High contrast (视图 → 高对比度): check boxes and radio buttons seen on black; in the
large-font mode (视图 → 大字体) they grow with the text.

The style's own indicator is a dark frame that vanished on the black ground: an unticked
box looked like plain text and a disabled tick like an enabled one. Checked in pixels inside
the indicator's own rectangle (the style's sub-element), under the real style sheet.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.look import NORMAL_POINT_SIZE, apply_style
from tests.ui.test_focus_and_tab_order import contrast

YELLOW, WHITE, BLACK, GREY = QColor("#ffff00"), QColor("#ffffff"), QColor("#000000"), QColor("#777777")


@pytest.fixture()
def contrast_style(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    apply_style(qapp, high_contrast=True)
    yield
    qapp.setStyleSheet("")
    font = qapp.font()
    font.setPointSize(NORMAL_POINT_SIZE)
    qapp.setFont(font)


def colours(image: QImage, rect: QRect) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    }


def indicator(button: QAbstractButton) -> tuple[QImage, QRect]:
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return button.grab().toImage(), button.style().subElementRect(element, option, button)


def test_check_boxes_and_radio_buttons_are_visible_on_black(qtbot, contrast_style) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    empty, ticked, off, off_ticked = (QCheckBox(t) for t in ("委托代理人办理", "已核验原件", "不可用", "不可用已勾选"))
    ticked.setChecked(True)
    off_ticked.setChecked(True)
    off.setEnabled(False)
    off_ticked.setEnabled(False)
    radio, chosen = QRadioButton("窗口领取"), QRadioButton("邮寄送达")
    chosen.setChecked(True)
    for widget in (empty, ticked, off, off_ticked, radio, chosen):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)

    seen = {}
    for name, widget in {"empty": empty, "ticked": ticked, "off": off, "off ticked": off_ticked}.items():
        image, rect = indicator(widget)
        assert rect.width() >= 16, (name, rect)
        seen[name] = colours(image, rect)
    assert WHITE.name() in seen["empty"] and YELLOW.name() not in seen["empty"]  # the white frame
    assert contrast(WHITE, BLACK) >= 3
    assert {YELLOW.name(), BLACK.name()} <= seen["ticked"]  # yellow box, black tick
    assert WHITE.name() not in seen["off"] and GREY.name() in seen["off"]  # grey frame: not usable
    assert YELLOW.name() not in seen["off ticked"] and GREY.name() in seen["off ticked"]
    image, rect = indicator(radio)
    assert WHITE.name() in colours(image, rect) and YELLOW.name() not in colours(image, rect)
    image, rect = indicator(chosen)
    assert YELLOW.name() in colours(image, rect)


def test_ticks_in_tables_are_visible_on_black(qtbot, contrast_style) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    for row, state in enumerate((Qt.CheckState.Unchecked, Qt.CheckState.Checked)):
        item = QTableWidgetItem("退还原件")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        table.setItem(row, 0, item)
    table.resize(300, 200)
    table.show()
    qtbot.waitExposed(table)
    image = table.viewport().grab().toImage()
    cells = [table.visualItemRect(table.item(row, 0)) for row in range(2)]
    boxes = [QRect(c.left(), c.top(), 30, c.height()) for c in cells]
    assert WHITE.name() in colours(image, boxes[0]) and YELLOW.name() not in colours(image, boxes[0])
    assert YELLOW.name() in colours(image, boxes[1])


@pytest.mark.parametrize("high_contrast", [False, True], ids=["plain", "high contrast"])
def test_large_font_grows_the_indicators_with_the_text(qtbot, qapp, high_contrast: bool) -> None:  # type: ignore[no-untyped-def]
    """视图 → 大字体: the box beside 14 pt text was still the style's 14 px one; it grows to the
    text's height, in lists and tables too, and in high contrast the radio stays round."""
    sizes = {}
    try:
        for large in (False, True):
            apply_style(qapp, large_font=large, high_contrast=high_contrast)
            box, radio = QCheckBox("委托代理人办理"), QRadioButton("邮寄送达")
            table = QTableWidget(1, 1)
            item = QTableWidgetItem("退还原件")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(0, 0, item)
            for widget in (box, radio, table):
                qtbot.addWidget(widget)
                widget.show()
            qtbot.waitExposed(table)
            (_, box_rect), (radio_image, radio_rect) = indicator(box), indicator(radio)
            cell = QStyleOptionViewItem()
            cell.initFrom(table.viewport())
            cell.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            cell.rect = table.visualItemRect(item)
            in_table = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, cell, table)
            sizes[large] = (box_rect.size(), radio_rect.size(), in_table.size(), box.fontMetrics().height())
            if large and high_contrast:  # round: the corners of the radio's box are black, not frame
                corner = radio_image.pixelColor(radio_rect.topLeft() + QPoint(1, 1)).name()
                assert corner != WHITE.name(), corner
    finally:
        qapp.setStyleSheet("")
        font = qapp.font()
        font.setPointSize(NORMAL_POINT_SIZE)
        qapp.setFont(font)
    (box, radio, in_table, text) = sizes[True]
    for size in (box, radio, in_table):
        assert size.width() >= text and size.height() >= text, (sizes, high_contrast)
    assert box.width() > sizes[False][0].width() and radio.width() > sizes[False][1].width()
    assert in_table.width() > sizes[False][2].width()
