"""The clerk's main path through the real widgets over a real SQLite store.

Given the services' test hall (window 01, 2026-09-29 09:00 Beijing time), the
A-post logs in, calls a ticket with F1, finds 企业设立登记 by its pinyin initials,
answers the agent situation, marks the materials from the keyboard and decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QTextBrowser, QWidget

from app.domain.enums import MaterialStatus
from app.ui.pages.checklist import CHECKLIST_COLUMNS
from tests.services.conftest import AGENT_ID, LEAD_PASSWORD, PASSWORD, PERSON_ID
from tests.ui.test_queue_keys import log_in


def call_and_open_matter(qtbot, window, services, ops, initials: str, code: str, staff_no: str = "0101"):  # type: ignore[no-untyped-def]
    """Log in, F1, Ctrl+F, type the initials, Enter twice: the intake of ``code`` is open."""
    services.queue.issue("A")
    log_in(qtbot, window, services, ops, staff_no)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    guide = window.guide_page
    qtbot.keyClicks(guide.search_edit, initials)
    qtbot.waitUntil(lambda: bool(guide.results.rows()) and guide.results.rows()[0].code == code, timeout=3000)
    qtbot.keyClick(guide.search_edit, Qt.Key.Key_Return)
    assert guide.result_view.hasFocus()
    qtbot.keyClick(guide.result_view, Qt.Key.Key_Return)
    page = window.intake_page
    assert window.tabs.currentWidget() is page
    assert page.case is not None and page.case.matter_code == code
    assert page.case.ticket_id == window.ticket.id
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, Chinese included (QTest's keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_applicant(qtbot, page, name: str = "张三", id_number: str = PERSON_ID, phone: str = "13812345678") -> None:  # type: ignore[no-untyped-def]
    for key, text in (("name", name), ("id_number", id_number), ("phone", phone)):
        edit = page.fields[key].edit
        edit.setFocus()
        type_text(edit, text)
        assert page.fields[key].error.text() == "", page.fields[key].error.text()
    page.save_applicant()
    assert page.form_error.text() == ""


def press_on_line(qtbot, page, row: int, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    view = page.checklist_view
    view.setCurrentIndex(page.checklist.index(row, 0))
    qtbot.keyClick(view, key)


def row_of(page, name: str) -> int:  # type: ignore[no-untyped-def]
    return [line.name for line in page.checklist.rows()].index(name)


def test_id_number_is_checked_as_typed(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    edit = page.fields["id_number"].edit
    qtbot.keyClicks(edit, PERSON_ID[:-1] + "1")
    assert page.fields["id_number"].error.text() == "身份证号码校验码不正确，请逐位核对号码"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "X")
    assert page.fields["id_number"].error.text() == ""
    qtbot.keyClicks(page.fields["phone"].edit, "1381234")
    assert page.fields["phone"].error.text() == ""  # still typing: nothing said yet
    qtbot.keyClick(page.fields["phone"].edit, Qt.Key.Key_Return)  # left (Enter) with 7 digits
    assert "手机号码" in page.fields["phone"].error.text() or "电话" in page.fields["phone"].error.text()
    qtbot.keyClicks(page.fields["phone"].edit, "5678")
    assert page.fields["phone"].error.text() == ""  # fixed: the message goes at once


def test_the_form_speaks_only_of_fields_the_clerk_has_left(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    """Name typed and left: the draft cannot be saved yet (no ID, no phone), but nothing is
    said about the fields not reached; a short ID left says so, and the line goes when the
    ID is right; 去决定 with the phone still empty says 请输入联系电话."""
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    name, id_number, phone = (page.fields[k] for k in ("name", "id_number", "phone"))
    type_text(name.edit, "张三")
    qtbot.keyClick(name.edit, Qt.Key.Key_Return)
    assert [f.error.text() for f in page.fields.values() if f.error.text()] == []
    assert page.form_error.text() == ""
    qtbot.keyClicks(id_number.edit, PERSON_ID[:10])
    assert id_number.error.text() == ""
    qtbot.keyClick(id_number.edit, Qt.Key.Key_Return)
    assert id_number.error.text() != "" and phone.error.text() == ""
    assert "另有" not in page.form_error.text()
    qtbot.keyClicks(id_number.edit, PERSON_ID[10:])
    assert id_number.error.text() == "" and page.form_error.text() == ""
    qtbot.keyClick(id_number.edit, Qt.Key.Key_Return)
    assert phone.error.text() == "" and page.form_error.text() == ""
    page.request_decision()  # Ctrl+D: now the phone is asked for
    assert phone.error.text() == "请输入联系电话", phone.error.text()
    assert page.form_error.text() == "请输入联系电话"
    qtbot.keyClicks(phone.edit, "13812345678")
    assert phone.error.text() == "" and page.form_error.text() == ""


def test_accept_gives_case_number_and_promised_date(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    # Answer the situation “委托代理人办理”: the agent's documents join the checklist.
    assert [line.name for line in page.checklist.rows()] == [
        "申请书",
        "法定代表人身份证明",
        "公司章程",
        "名称自主申报告知书",
    ]
    page.set_situation("WT", True)
    assert [line.name for line in page.checklist.rows()] == [
        "申请书",
        "法定代表人身份证明",
        "授权委托书",
        "代理人身份证",
        "公司章程",
        "名称自主申报告知书",
    ]
    assert page.fields["agent_name"].edit.isVisible()
    type_text(page.fields["agent_name"].edit, "李四")
    qtbot.keyClicks(page.fields["agent_id_number"].edit, AGENT_ID)
    page.save_applicant()
    # Space marks received and moves down; the shared line is already 共享免提交.
    page.checklist_view.setFocus()
    page.checklist_view.setCurrentIndex(page.checklist.index(0, 0))
    for _ in range(4):
        qtbot.keyClick(page.checklist_view, Qt.Key.Key_Space)
    statuses = [line.status for line in page.checklist.rows()]
    assert statuses == [MaterialStatus.RECEIVED] * 4 + [MaterialStatus.PENDING, MaterialStatus.SHARED]
    assert page.checklist.data(page.checklist.index(5, 4)) == "免提交"
    # Ctrl+D → the decision page; accept.
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    decision = window.decision_page
    assert window.tabs.currentWidget() is decision
    assert "必要材料已齐全" in decision.problems_label.text()
    qtbot.mouseClick(decision.buttons["accept"], Qt.MouseButton.LeftButton)
    case = decision.result.case
    assert case.state == "已受理"
    assert case.case_number == "510626-LJJK-20260929-01-E1-0001"
    # 5 working days counted from the day after acceptance, over the National Day holiday
    # (10-01…10-07 off, Saturday 10-10 a make-up working day): 09-30, 10-08, 10-09, 10-10, 10-12.
    assert case.due_date == date(2026, 10, 12)
    outcome = decision.outcome_label.text()
    assert "办件编号：510626-LJJK-20260929-01-E1-0001" in outcome
    assert "承诺办结日期：2026-10-12" in outcome
    assert decision.result.documents[0].title == "受理通知书"
    assert decision.previews.count() == len(decision.result.documents)
    assert "510626-LJJK-20260929-01-E1-0001" in decision.previews.widget(0).text_edit.toPlainText()
    assert not decision.buttons["accept"].isEnabled()


def test_one_time_notice_lists_exactly_the_missing_and_defective(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    press_on_line(qtbot, page, row_of(page, "申请书"), Qt.Key.Key_1)
    # 3 without a note asks for the note; with it, the line is 有误 with that note.
    press_on_line(qtbot, page, row_of(page, "法定代表人身份证明"), Qt.Key.Key_3)
    assert page.note_edit.hasFocus()
    assert page.checklist.rows()[1].status is MaterialStatus.PENDING
    type_text(page.note_edit, "未签字")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    press_on_line(qtbot, page, row_of(page, "公司章程"), Qt.Key.Key_2)
    lines = {line.name: (line.status, line.note) for line in page.checklist.rows()}
    assert lines["法定代表人身份证明"] == (MaterialStatus.DEFECTIVE, "未签字")
    assert lines["公司章程"][0] is MaterialStatus.MISSING
    decision = window.decision_page
    assert "法定代表人身份证明（有误：未签字）" in decision.problems_label.text()
    qtbot.mouseClick(decision.buttons["notify"], Qt.MouseButton.LeftButton)
    assert decision.error_label.text() == ""
    text = decision.result.documents[0].text
    listed = text.split("需补正的材料", 1)[1].split("以上为", 1)[0]
    assert "法定代表人身份证明" in listed and "未签字" in listed and "公司章程" in listed
    assert "申请书" not in listed and "名称自主申报告知书" not in listed
    assert decision.result.case.state == "已一次性告知"


def test_deficiency_acceptance_is_refused_when_the_matter_does_not_allow_it(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    decision = window.decision_page
    assert not decision.buttons["accept_with_deficiency"].isEnabled()
    assert decision.buttons["accept_with_deficiency"].toolTip() == "本事项不适用容缺受理"
    decision.accept_with_deficiency()
    assert decision.error_label.text() == "本事项不适用容缺受理"
    assert services.intake.get(page.case.id).state == "收件中"


def test_deficiency_acceptance_where_allowed_sets_the_due_date(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "spjy", "SPJY")
    type_applicant(qtbot, page)
    press_on_line(qtbot, page, row_of(page, "申请书"), Qt.Key.Key_1)
    press_on_line(qtbot, page, row_of(page, "经营场所平面图"), Qt.Key.Key_1)
    press_on_line(qtbot, page, row_of(page, "从业人员健康证明"), Qt.Key.Key_2)
    assert page.checklist.data(page.checklist.index(row_of(page, "从业人员健康证明"), 4)) == "可容缺"
    decision = window.decision_page
    assert decision.buttons["accept_with_deficiency"].isEnabled()
    qtbot.mouseClick(decision.buttons["accept_with_deficiency"], Qt.MouseButton.LeftButton)
    case = decision.result.case
    assert case.state == "容缺受理"
    assert case.pending_due is not None and case.pending_due <= case.due_date
    assert f"容缺材料补齐期限：{case.pending_due.isoformat()}" in decision.outcome_label.text()


def test_refusal_needs_the_window_lead_password(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page)
    decision = window.decision_page
    qtbot.mouseClick(decision.buttons["refuse"], Qt.MouseButton.LeftButton)
    dialog = decision.refusal_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ground_boxes[1].setChecked(True)
    assert "第三十二条" in dialog.basis_edit.text()
    # Without the lead the dialog does not even let go.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error_label.text() == "不予受理须由首席代表输入工号和密码确认"
    # The clerk's own password is not a lead's confirmation.
    qtbot.keyClicks(dialog.lead_edit, "0101")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "不是首席代表" in decision.error_label.text()
    assert services.intake.get(page.case.id).state == "收件中"
    # The lead confirms.
    qtbot.mouseClick(decision.buttons["refuse"], Qt.MouseButton.LeftButton)
    dialog = decision.refusal_dialog
    dialog.ground_boxes[1].setChecked(True)
    qtbot.keyClicks(dialog.lead_edit, "0190")
    qtbot.keyClicks(dialog.password_edit, LEAD_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert decision.error_label.text() == ""
    assert decision.result.case.state == "不予受理"
    assert decision.result.documents[0].title == "不予受理通知书"


def _visible_texts(root: QWidget) -> str:
    parts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def test_switch_user_leaves_nothing_of_the_applicant_and_b_post_acts_next(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page, name="欧阳娜娜")
    assert "欧阳娜娜" in _visible_texts(window)
    # F12: the screen is cleared before the next person even types a password.
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible() and dialog.switching
    assert "欧阳娜娜" not in _visible_texts(window)
    assert page.case is None and page.checklist.rowCount() == 0
    assert window.decision_page.case is None and window.strip.clerk_label.text() == ""
    qtbot.keyClicks(dialog.staff_edit, "0102")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert window.login_dialog is None
    assert window.strip.clerk_label.text() == "李〇芳（B岗）"
    # the keyboard is on F1 呼叫下一位 for the B-post, as after a login (F1 works at once)
    f1 = window.queue_panel.buttons[0]
    assert "F1" in f1.text() and QApplication.focusWidget() is f1
    texts = _visible_texts(window)
    assert "欧阳娜娜" not in texts and PERSON_ID not in texts and "1101**********002X" not in texts
    assert all(row.applicant_name != "欧阳娜娜" for row in window.cases_page.cases.rows())
    # The next action is the B-post's.
    services.queue.issue("A")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    window.guide_page.intake_requested.emit("SPJY")
    case = window.intake_page.case
    assert case.post == "B岗"
    assert case.staff_id == services.session.current.staff_id


def test_idle_time_locks_and_only_the_same_person_unlocks(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page, name="欧阳娜娜")
    window.idle_watcher.timeout_ms = 150
    window.idle_watcher.set_enabled(True)
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=5000)
    assert services.session.is_locked
    assert window.root.currentWidget() is window.lock_screen
    assert "张明（A岗）" in window.lock_screen.who_label.text()
    assert not window.key_actions["call_next"].isEnabled()
    lock = window.lock_screen
    qtbot.keyClicks(lock.password_edit, "not-my-password")
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert "密码错误" in lock.error_label.text()
    assert window.root.currentIndex() == 1
    qtbot.keyClicks(lock.password_edit, PASSWORD)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert window.root.currentIndex() == 0
    assert not services.session.is_locked
    # Same person: the draft is still there.
    assert page.fields["name"].edit.text() == "欧阳娜娜"


def test_bundle_intake_merges_the_checklists_each_material_once(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_page
    assert guide.bundle_combo.currentText() == "开办餐馆一件事"
    assert guide.bundle_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == "企业设立登记、食品经营许可"
    qtbot.mouseClick(guide.bundle_button, Qt.MouseButton.LeftButton)
    page = window.intake_page
    assert page.case.bundle_code == "KBCT"
    names = [line.name for line in page.checklist.rows()]
    assert names.count("申请书") == 1
    assert {"法定代表人身份证明", "从业人员健康证明", "经营场所平面图"} <= set(names)
    assert "（QYSL、SPJY）" in page.matter_label.text()


def _switch(qtbot, window, staff_no: str, note: str | None = None) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = window.login_dialog
    qtbot.keyClicks(dialog.staff_edit, staff_no)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    if note is not None:
        dialog.handover_check.setChecked(True)
        type_text(dialog.handover_edit, note)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert window.login_dialog is None, dialog.error_label.text()


def test_an_unfinished_intake_waits_for_its_clerk_or_is_handed_over(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    type_applicant(qtbot, page, name="欧阳娜娜")
    draft_id = page.case.id
    # Switched without a handover: the B-post does not see the draft.
    _switch(qtbot, window, "0102")
    window.tabs.setCurrentWidget(window.cases_page)
    assert all(row.id != draft_id for row in window.cases_page.cases.rows())
    # Back to the A-post: the draft waits in “my cases”; a double-click continues it.
    _switch(qtbot, window, "0101")
    window.tabs.setCurrentWidget(window.cases_page)
    row = window.cases_page.cases.row_of(draft_id)
    assert row >= 0 and window.cases_page.cases.dto(row).state == "收件中"
    window.cases_page.table.doubleClicked.emit(window.cases_page.cases.index(row, 0))
    assert window.tabs.currentWidget() is window.intake_page
    assert page.fields["name"].edit.text() == "欧阳娜娜"
    # Handed over with a note: now the B-post has it.
    _switch(qtbot, window, "0102", note="王先生去复印身份证，回来后继续受理")
    window.tabs.setCurrentWidget(window.cases_page)
    assert window.cases_page.cases.row_of(draft_id) >= 0
    assert "欧阳娜娜" not in _visible_texts(window.intake_page)


def test_checklist_rows_keep_their_height_while_the_form_is_typed(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    page = call_and_open_matter(qtbot, window, services, ops, "qysl", "QYSL")
    view = page.checklist_view
    window.resize(1366, 768)
    qtbot.wait(50)
    rows = range(page.checklist.rowCount())
    before = [view.rowHeight(r) for r in rows]
    assert len(set(before)) == 1 and before[0] == view.row_height() < 3 * view.fontMetrics().height()
    type_applicant(qtbot, page)
    page.mark(1, MaterialStatus.DEFECTIVE, "复印件不清晰，公章模糊，法定代表人签字处空白，需重新提交加盖公章的复印件")
    window.resize(1000, 700)
    qtbot.wait(50)
    assert [view.rowHeight(r) for r in rows] == before
    assert "需重新提交" in page.checklist.index(1, len(CHECKLIST_COLUMNS) - 1).data(Qt.ItemDataRole.ToolTipRole)
