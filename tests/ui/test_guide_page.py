"""Finding a matter by pinyin initials and reading its whole guide."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.pages.guide import guide_html
from tests.ui.test_queue_keys import log_in


def test_ctrl_f_then_pinyin_initials_find_the_matter(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.guide_page
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "spjy")
    # The search runs after the debounce pause, not per keystroke.
    qtbot.waitUntil(lambda: [h.code for h in page.results.rows()] == ["SPJY"], timeout=3000)
    assert page.count_label.text() == "找到 1 项"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.result_view.hasFocus()
    assert page.current_guide() is not None and page.current_guide().code == "SPJY"
    assert page.title_label.text() == "食品经营许可"


def test_guide_shows_every_element_and_marks_demo_content(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    page = window.guide_page
    page.show_matter("QYSL")
    assert page.demo_badge.isVisible() and page.demo_badge.text() == "示例"
    text = page.browser.toPlainText()
    for label in (
        "事项编码",
        "事项类型",
        "实施主体",
        "办件类型",
        "法定办结时限",
        "承诺办结时限",
        "设定依据",
        "受理条件",
        "服务对象",
        "收费标准",
        "收费依据",
        "办理结果",
        "办理地点",
        "办理时间",
        "咨询方式",
        "监督投诉方式",
        "受理窗口",
        "容缺受理",
        "特别程序",
        "关键词",
        "情形",
        "申请材料",
    ):
        assert label in text, label
    assert "《示例条例》第十条" in text
    assert "20个工作日" in text and "5个工作日" in text
    assert "委托代理人办理" in text and "是否委托他人代为办理？" in text
    # Materials: all six, with 免提交 and the situation they depend on.
    for name in ("申请书", "法定代表人身份证明", "授权委托书", "代理人身份证", "公司章程", "名称自主申报告知书"):
        assert name in text
    assert "免提交（数据共享）" in text
    assert "须本人签字" in text
    assert "本指南为示例内容" in text


def test_non_demo_guide_has_no_badge(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, services, ops)
    window.guide_page.show_matter("SPJY")
    assert not window.guide_page.demo_badge.isVisible()
    html = guide_html(services.guide.guide("SPJY"))
    assert "本指南为示例内容" not in html and "background:#c62828" not in html
    assert "可容缺" in window.guide_page.browser.toPlainText()
