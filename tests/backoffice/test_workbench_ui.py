"""The 后台审批 workbench through its real widgets on a real SQLite store: a 后台审批人
logging in gets the workbench (no queue keys), the list shows the department's cases by
stage with working days left, Enter opens one, and each step is recorded by the keyboard
with the person's name; an unreachable central store leaves nothing half-written.

企业设立登记 (QYSL, SCJG, 5 working days) accepted Monday 2026-11-02 is due 11-09.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget
from sqlalchemy import func, select

from app.domain.enums import Role
from app.services.backoffice_joint import JointReviewService
from app.services.stats import StatsService
from app.store.engine import make_engine
from app.store.models import Case, CaseEvent, NegativeFiling
from app.store.uow import Store
from app.ui.backoffice.columns import STAGE_COLUMN
from app.ui.backoffice.window import BackOfficeWindow
from app.ui.context import Services
from app.ui.ops import OpRunner
from tests.backoffice.test_backoffice_service import BO_PASSWORD, Hall, d
from tests.clock.conftest import add_twenty_day_matter
from tests.services.conftest import PASSWORD, build_hall

pytestmark = pytest.mark.usefixtures("qapp")


def services_for(hall: Hall, backoffice: JointReviewService) -> Services:
    w = hall.window
    return Services(
        settings=w.settings,
        session=w.session,
        queue=w.queue,
        guide=w.guide,
        intake=w.intake,
        decisions=w.decisions,
        tracking=w.tracking,
        stats=StatsService(hall.store),
        backoffice=backoffice,
    )


@pytest.fixture()
def hall(sqlite_store: Store) -> Hall:
    build_hall(sqlite_store)
    add_twenty_day_matter(sqlite_store)
    return Hall(sqlite_store)


@pytest.fixture()
def ops() -> Iterator[OpRunner]:
    runner = OpRunner(synchronous=True)
    yield runner
    runner.deleteLater()


def workbench(qtbot: Any, hall: Hall, ops: OpRunner, staff_no: str = "5001") -> BackOfficeWindow:
    bo = JointReviewService(hall.store, hall.clock)
    actor = bo.login(staff_no, BO_PASSWORD)
    w = BackOfficeWindow(services_for(hall, bo), ops, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.refresh()
    return w


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def open_first(qtbot: Any, w: BackOfficeWindow, number: str) -> None:
    assert w.select_case(number), [x.case_number for x in w.cases.rows()]
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert w.detail is not None and w.detail.line.case_number == number, w.message_label.text()


def key(qtbot: Any, w: BackOfficeWindow, sequence: str) -> None:
    """Press an Alt+letter shortcut where the focus is."""
    letter = getattr(Qt.Key, f"Key_{sequence[-1]}")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.keyClick(w.focusWidget() or w, letter, Qt.KeyboardModifier.AltModifier)


def submit(qtbot: Any, w: BackOfficeWindow) -> None:
    dialog = w.dialog
    assert dialog is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # type: ignore[attr-defined]


def test_login_gets_the_workbench_not_the_counter(qtbot, hall: Hall, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]
    from app.ui.login import LoginDialog

    bo = JointReviewService(hall.store, hall.clock)
    hall.window.session.logout()
    dialog = LoginDialog(services_for(hall, bo), ops)
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText("5001")
    dialog.password_edit.setText(BO_PASSWORD)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert dialog.session_info is None and dialog.back_office is not None
    assert (dialog.back_office.name, dialog.back_office.department_code) == ("钱审批", "SCJG")
    # A clerk of window 01 still logs in at the counter.
    clerk = LoginDialog(services_for(hall, bo), ops)
    qtbot.addWidget(clerk)
    clerk.staff_edit.setText("0101")
    clerk.password_edit.setText(PASSWORD)
    clerk.submit()
    assert clerk.back_office is None and clerk.session_info is not None and clerk.session_info.window_code == "01"


def test_lists_by_stage_opens_with_enter_and_records_each_step(qtbot, hall: Hall, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]
    first = hall.accept()
    second = hall.accept()
    hall.on(d(1))
    w = workbench(qtbot, hall, ops)
    rows = {x.case_number: (x.stage, x.days_left) for x in w.cases.rows()}
    assert rows == {first.case_number: ("受理", 4), second.case_number: ("受理", 4)}
    assert "钱审批" in w.title_label.text() and "SCJG" in w.title_label.text()
    assert not any(b.isEnabled() for b in w.buttons.values())  # nothing opened yet
    # F1 is a queue key at the counter: here it does nothing (no queue, no ticket called).
    qtbot.keyClick(w.table, Qt.Key.Key_F1)
    assert w.detail is None and w.dialog is None

    open_first(qtbot, w, first.case_number)
    assert w.view.applicant_label.text().count("1101**********002X") == 1  # masked
    assert "申请书" in cells(w.view.checklist_table, 0)
    assert cells(w.view.documents_table, 0) == ["受理通知书"]
    assert cells(w.view.timeline_table, 1) == ["收件", "受理"]
    assert w.buttons["take_over"].isEnabled() and not w.buttons["approve"].isEnabled()

    key(qtbot, w, "Alt+Q")  # 签收
    assert w.detail.line.stage == "审查"
    assert w.message_label.text() == "已记录：签收（钱审批）"
    # The hall's clock (Beijing time), not the stored UTC instant: 签收 Tuesday 10:00.
    assert [cells(w.view.timeline_table, c)[-1] for c in range(4)] == ["2026-11-03 10:00", "后台签收", "钱审批", "SCJG"]
    # The stage filter: 审查 shows the first case only, 受理 the second.
    w.set_stage_filter("审查")
    assert [x.case_number for x in w.cases.rows()] == [first.case_number]
    w.set_stage_filter("受理")
    assert [x.case_number for x in w.cases.rows()] == [second.case_number]

    key(qtbot, w, "Alt+S")  # 审查意见: the opinion is required — refused, the form stays
    form = w.dialog
    assert isinstance(form, QDialog) and form.isVisible()
    submit(qtbot, w)
    assert form.error_label.text() == "请填写审查意见" and form.isVisible()  # type: ignore[attr-defined]
    form.opinion_edit.setPlainText("材料齐全，符合条件")  # type: ignore[attr-defined]
    submit(qtbot, w)
    assert w.dialog is None and w.detail.line.stage == "审批"

    key(qtbot, w, "Alt+Z")  # 准予
    w.dialog.opinion_edit.setText("同意设立")  # type: ignore[union-attr]
    submit(qtbot, w)
    assert w.detail.line.decision == "准予"
    assert not w.buttons["approve"].isEnabled() and w.buttons["result"].isEnabled()
    key(qtbot, w, "Alt+R")  # 登记结果
    w.dialog.name_edit.setText("营业执照")  # type: ignore[union-attr]
    w.dialog.number_edit.setText("91510626MA0000001X")  # type: ignore[union-attr]
    submit(qtbot, w)
    key(qtbot, w, "Alt+J")  # 办结
    assert w.detail.line.stage == "待出件", w.message_label.text()
    assert "营业执照 91510626MA0000001X" in w.view.flow_label.text()
    assert first.case_number not in [x.case_number for x in w.cases.rows()]  # the open list
    w.set_stage_filter("待出件")
    assert [x.case_number for x in w.cases.rows()] == [first.case_number]

    with hall.store.read() as s:
        events = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == first.id, CaseEvent.owner_window == "后台SCJG")
        ).all()
        assert [e.action for e in sorted(events, key=lambda e: e.at)] == [
            "后台签收",
            "审查意见",
            "审批准予",
            "登记结果",
            "后台办结",
        ]
        assert {e.data["staff_name"] for e in events} == {"钱审批"}
        assert s.get(Case, first.id).state == "已受理"  # the window's row is the window's
    assert cells(w.view.timeline_table, 2)[-1] == "钱审批"


def test_supplement_with_the_window_dialog_and_a_denial(qtbot, hall: Hall, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]
    case = hall.accept()
    w = workbench(qtbot, hall, ops)
    open_first(qtbot, w, case.case_number)
    key(qtbot, w, "Alt+Q")
    key(qtbot, w, "Alt+B")  # 要求补正: the window's dialog with the checklist lines
    dialog = w.dialog
    table = dialog.table  # type: ignore[union-attr]
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index("申请书")
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    table.item(row, 1).setText("申请书未签字")
    dialog.accept()  # type: ignore[union-attr]
    assert w.detail.line.supplement_pending and w.detail.supplement_asked
    assert "后台要求补正：申请书未签字" in cells(w.view.checklist_table, 3)
    assert not w.buttons["supplement"].isEnabled()
    # The owning window issues the notice; the supplement comes in; the case is decided.
    mine = hall.window.tracking.get(case.id, d(0))
    asked = {type(case.id)(k): v for k, v in mine.supplement_asked}
    hall.window.tracking.request_supplement(case.id, lines=asked, note="后台要求补正")
    hall.on(d(1)).window.tracking.receive_supplement(case.id)
    w.open_case(case.id)
    assert not w.detail.line.supplement_pending
    key(qtbot, w, "Alt+S")
    w.dialog.opinion_edit.setPlainText("经营场所不符合要求")  # type: ignore[union-attr]
    submit(qtbot, w)
    key(qtbot, w, "Alt+N")  # 不予许可 needs reasons and the legal basis
    form = w.dialog
    form.reasons_edit.setPlainText("经营场所不符合要求")  # type: ignore[union-attr]
    submit(qtbot, w)
    assert "法律依据" in form.error_label.text()  # type: ignore[union-attr]
    form.basis_edit.setText("《示例条例》第十二条")  # type: ignore[union-attr]
    submit(qtbot, w)
    assert w.detail.line.decision == "不予许可"
    key(qtbot, w, "Alt+J")
    assert w.detail.line.stage == "待出件"
    with hall.store.read() as s:
        filing = s.scalars(select(NegativeFiling).where(NegativeFiling.case_id == case.id)).one()
        assert (filing.owner_window, filing.legal_basis) == ("后台SCJG", "《示例条例》第十二条")


def test_joint_sign_off_and_forwarding(qtbot, hall: Hall, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]
    case = hall.accept()
    w = workbench(qtbot, hall, ops)
    open_first(qtbot, w, case.case_number)
    key(qtbot, w, "Alt+Q")
    key(qtbot, w, "Alt+L")  # 发起联办 to GAJ
    w.dialog.departments_edit.setText("gaj")  # type: ignore[union-attr]
    submit(qtbot, w)
    assert w.detail.line.stage == "联办" and w.detail.line.joint_waiting == ("GAJ",)
    assert "GAJ" in w.view.flow_label.text() and "未答复" in w.view.flow_label.text()
    assert not w.buttons["approve"].isEnabled() and not w.buttons["joint_opinion"].isEnabled()

    co = workbench(qtbot, hall, ops, "5101")  # the co-department's workbench
    rows = co.cases.rows()
    assert [(x.case_number, x.lead) for x in rows] == [(case.case_number, False)]
    assert "本部门联办" in co.cases.data(co.cases.index(0, STAGE_COLUMN))
    open_first(qtbot, co, case.case_number)
    assert co.buttons["joint_opinion"].isEnabled() and not co.buttons["take_over"].isEnabled()
    key(qtbot, co, "Alt+Y")
    co.dialog.answer_combo.setCurrentIndex(1)  # type: ignore[union-attr]
    submit(qtbot, co)
    assert "不同意须写明理由" in co.dialog.error_label.text()  # type: ignore[union-attr]
    co.dialog.reason_edit.setText("消防条件不符")  # type: ignore[union-attr]
    submit(qtbot, co)
    assert co.detail.joint is not None and co.detail.joint.complete

    w.open_case(case.id)
    assert w.detail.line.stage == "审批"
    assert "不同意（孙公安）：消防条件不符" in w.view.flow_label.text()
    key(qtbot, w, "Alt+U")  # 上报
    w.dialog.authority_edit.setText("市市场监督管理局")  # type: ignore[union-attr]
    w.dialog.days_spin.setValue(10)  # type: ignore[union-attr]
    submit(qtbot, w)
    assert w.detail.line.stage == "上报" and w.detail.line.forwarded_to == "市市场监督管理局"
    assert w.detail.line.clock_status == "暂停计时"
    key(qtbot, w, "Alt+H")
    w.dialog.reply_edit.setText("同意按规定办理")  # type: ignore[union-attr]
    submit(qtbot, w)
    assert w.detail.line.stage == "审批" and "答复：同意按规定办理" in w.view.flow_label.text()


def test_unreachable_central_store_is_said_and_the_step_can_be_retried(qtbot, hall: Hall, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]
    case = hall.accept()
    w = workbench(qtbot, hall, ops)
    open_first(qtbot, w, case.case_number)
    key(qtbot, w, "Alt+Q")

    def count() -> int:
        with hall.store.read() as s:
            return int(s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == case.id)))

    before = count()
    online = w.services.backoffice
    offline = Store(make_engine("postgresql+psycopg://nobody:x@127.0.0.1:9/none?connect_timeout=1"))
    w.services = services_for(hall, JointReviewService(offline, hall.clock))
    key(qtbot, w, "Alt+S")
    form = w.dialog
    form.opinion_edit.setPlainText("材料齐全")  # type: ignore[union-attr]
    submit(qtbot, w)
    expected = "无法连接中心库，记录审查意见未能完成（未保存任何内容，网络恢复后请重试）"
    assert w.message_label.text().startswith(expected)
    assert form.isVisible() and form.error_label.text().startswith(expected)  # type: ignore[union-attr]
    assert form.opinion_edit.toPlainText() == "材料齐全"  # type: ignore[union-attr]
    assert count() == before
    # The network is back: the same form, OK again.
    assert online is not None
    w.services = services_for(hall, online)
    submit(qtbot, w)
    assert w.dialog is None and w.detail.line.stage == "审批"
    assert count() == before + 1
    offline.dispose()
    assert date(2026, 11, 2) == hall.window.tracking.get(case.id, d(0)).accepted_on


def test_full_id_role_and_the_case_pdf_from_the_central_store(qtbot, hall: Hall, ops: OpRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from app.services.central_files import CentralCaseFiles
    from app.services.staffing import create_staff
    from app.sync.blobs import SqlBlobBackend
    from tests.services.conftest import PERSON_ID

    case = hall.accept()
    create_staff(
        hall.store,
        staff_no="5002",
        name="李科长",
        password=BO_PASSWORD,
        roles=(Role.BACK_OFFICE, Role.FULL_ID),
        department_code="SCJG",
        must_change_password=False,
    )
    w = workbench(qtbot, hall, ops, "5002")
    assert not w.pdf_button.isEnabled()
    open_first(qtbot, w, case.case_number)
    assert f"证件号码：{PERSON_ID}" in w.view.applicant_label.text()  # 查看完整证件号码
    # No central case files on this PC: said so, nothing opened.
    key(qtbot, w, "Alt+P")
    assert w.message_label.text() == "本机未连接中心案卷库，不能打开案卷" and w.last_pdf is None

    opened: list[Path] = []
    w.services = replace(w.services, central_files=CentralCaseFiles(hall.store, SqlBlobBackend(hall.store.engine)))
    w.open_file = opened.append
    w.open_case(case.id)
    assert w.pdf_button.isEnabled()
    key(qtbot, w, "Alt+P")
    assert opened == [w.last_pdf] and w.last_pdf is not None, w.message_label.text()
    assert w.last_pdf.read_bytes().startswith(b"%PDF")
    assert oct(w.last_pdf.stat().st_mode & 0o777) == "0o600"
    text = subprocess.run(["pdftotext", str(w.last_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert case.case_number in text.replace(" ", "") and "企业设立登记" in text
    assert w.message_label.text() == f"已打开案卷：{case.case_number}"
    folder = w.last_pdf.parent
    w.close()
    assert not folder.exists()  # the applicant's file does not stay on the back-office PC
