"""前台综合受理 → 后台分类审批 → 统一窗口出件 end to end through the real widgets, on a
real PostgreSQL center with window PCs of their own SQLite, database role and ESC/POS
virtual printer (issue 13's first "Done when").

Window 01 accepts and uploads; the SCJG back office (the workbench on the central
store) signs for the case and asks for 补正; window 01 pulls the request, its 要求补正
dialog comes ticked, the 补正材料通知书 is printed (decoded from the printer's bytes) and
the clock stops; the supplement comes in and the clock restarts; the back office
approves, registers the licence and completes; window 01 folds the result in; window 02,
the output window, hands it over to an agent with a power of attorney and prints the
领取回执; window 01's 我的办件 shows every stage with its working days. Further tests: a
联办件 waits for its late co-department, a 上报件's time is not counted on the hall's
clock, a mail hand-over whose item comes back.

Every PC works through its own PostgreSQL role, as ``admin role create`` leaves them:
the windows through theirs, the SCJG and GAJ workbenches through their departments'
back-office roles (kind ``backoffice``, migration 0012), so the whole flow runs under the
rights the hall gives it (the back office appends its events and changes no window's
row). 企业设立登记 (QYSL, SCJG) promises 5 working days; November
2026 has no holiday: accepted Monday 11-02 it is due 11-09.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, select, update

from app.domain.enums import Role
from app.services.backoffice_admin import set_co_limit
from app.services.backoffice_joint import JointReviewService
from app.services.backoffice_window import adopt_back_office_results
from app.services.calendar_service import load_calendar
from app.services.clock import ManualClock
from app.services.decisions import DecisionService
from app.services.dto import ApplicantInput
from app.services.guide import GuideService
from app.services.handover import HandoverService
from app.services.intake import IntakeService
from app.services.staffing import create_staff
from app.services.stats import StatsService
from app.services.tracking import TrackingService
from app.settings import PrinterSettings, Settings
from app.store.models import Case, CaseEvent, Department, Window
from app.store.uow import Store
from app.sync.events import pull_foreign_events
from app.sync.reference import publish_release
from app.sync.roles import create_role, revoke_role
from app.ui.backoffice.columns import STAGE_COLUMN
from app.ui.backoffice.window import BackOfficeWindow
from app.ui.context import Services
from app.ui.ops import OpRunner
from tests.services.conftest import AGENT_ID, PASSWORD, PERSON_ID
from tests.sync.trust_hall import WindowPC, as_role, trust_hall

pytestmark = pytest.mark.postgres

MON = date(2026, 11, 2)
BO_PASSWORD = "houtai2026"
PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def d(n: int) -> date:
    return date.fromordinal(MON.toordinal() + n)


@dataclass
class Counter:
    """One window PC with its counter window, peripherals and virtual printer."""

    pc: WindowPC
    services: Services
    window: Any
    peripherals: Any
    printer: Any
    printing: Any
    ops: OpRunner

    def tracked(self, number: str) -> Any:
        return self.services.tracking.search(number)[0]


@dataclass
class Hall:
    central: Store
    central_engine: Engine
    bo_clock: ManualClock
    pc: Callable[..., WindowPC]
    counter: Callable[[str], Counter]
    #: The back-office PCs' stores, each through its department's role, by staff number.
    bo_stores: dict[str, Store]

    def on(self, day: date, *counters: Counter) -> None:
        self.bo_clock.set(ManualClock.at_hall_time(day, 10)())
        for c in counters:
            c.pc.clock.set(ManualClock.at_hall_time(day, 9)())

    def workbench(self, qtbot: Any, staff_no: str, services: Services) -> BackOfficeWindow:
        bo = JointReviewService(self.bo_stores[staff_no], self.bo_clock)
        actor = bo.login(staff_no, BO_PASSWORD)
        w = BackOfficeWindow(_with_back_office(services, bo), OpRunner(synchronous=True), actor)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.refresh()
        return w


def _with_back_office(services: Services, bo: JointReviewService) -> Services:
    from dataclasses import replace

    return replace(services, backoffice=bo)


def _counter_services(pc: WindowPC, settings: Settings, printing: Any, events: Any) -> Services:
    """The window PC's services as the composition root wires them, on the PC's clock."""
    local, session, clock = pc.local, pc.session, pc.clock
    calendar = load_calendar(local)
    return Services(
        settings=settings,
        session=session,
        queue=pc.queue,
        guide=GuideService(local, session, clock=clock),
        intake=IntakeService(local, session, calendar, clock=clock),
        decisions=DecisionService(local, session, calendar, settings, clock=clock),
        tracking=TrackingService(local, session, calendar, settings, clock=clock),
        stats=StatsService(local),
        printing=printing,
        print_events=events,
        handover=HandoverService(local, session, calendar, settings, clock=clock, central=Store(pc.role_engine)),
    )


@contextmanager
def hall_of(qtbot: Any, central_engine: Engine, make_local: Any, tmp_path: Path) -> Iterator[Hall]:
    from app.devices.emulators.printer import VirtualPrinter
    from app.services.printing import PrintService
    from app.ui.devices_printer_sync import CounterPeripherals
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.print_jobs import PrintEvents

    stops: list[Callable[[], object]] = []
    with trust_hall(central_engine, make_local) as pc:
        central = Store(central_engine)
        with central.write() as tx:
            tx.session.add(Department(code="GAJ", name="区公安局"))
            tx.session.execute(update(Window).where(Window.code == "02").values(output_window=True))
        for staff_no, name, department in (("5001", "钱审批", "SCJG"), ("5101", "孙公安", "GAJ")):
            create_staff(
                central,
                staff_no=staff_no,
                name=name,
                password=BO_PASSWORD,
                roles=(Role.BACK_OFFICE,),
                department_code=department,
                must_change_password=False,
            )
        publish_release(central_engine, "02号窗口设为出件窗口，后台审批人员")
        bo_stores: dict[str, Store] = {}
        for staff_no, department in (("5001", "SCJG"), ("5101", "GAJ")):
            engine = as_role(central_engine, create_role(central_engine, "backoffice", department))
            stops.append(partial(revoke_role, central_engine, "backoffice", department))
            stops.append(engine.dispose)
            bo_stores[staff_no] = Store(engine)

        def counter(code: str) -> Counter:
            window_pc = pc(code, clock=ManualClock.at_hall_time(MON))
            printer = VirtualPrinter(port=0, out_dir=tmp_path / f"printer{code}").start()
            stops.append(printer.stop)
            printer_settings = PrinterSettings(url=f"tcp://127.0.0.1:{printer.port}", width_mm=80, text_mode="resident")
            events = PrintEvents()
            printing = PrintService(
                printer_settings,
                tmp_path / f"jobs{code}.db",
                on_sent=events.on_sent,
                on_failed=events.on_failed,
                retry_interval=0.3,
            )
            printing.start()
            stops.append(printing.stop)
            settings = Settings(window_code=code, hall_code="510626-LJJK", printer=printer_settings)
            services = _counter_services(window_pc, settings, printing, events)
            ops = OpRunner(synchronous=True)
            window = MainWindow(services, ops)
            peripherals = CounterPeripherals(window, services, ops)
            stops.append(peripherals.stop)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            dialog = LoginDialog(services, ops)
            qtbot.addWidget(dialog)
            dialog.staff_edit.setText(f"{code}01")
            dialog.password_edit.setText(PASSWORD)
            dialog.submit()
            assert dialog.session_info is not None, dialog.error_label.text()
            window.start_session(dialog.session_info)
            return Counter(window_pc, services, window, peripherals, printer, printing, ops)

        try:
            yield Hall(central, central_engine, ManualClock.at_hall_time(MON, 10), pc, counter, bo_stores)
        finally:
            for stop in reversed(stops):
                stop()


@pytest.fixture()
def hall(qtbot, central_engine, make_local, tmp_path) -> Iterator[Hall]:  # type: ignore[no-untyped-def]
    with hall_of(qtbot, central_engine, make_local, tmp_path) as h:
        yield h


def accept_at(counter: Counter, matter: str = "QYSL") -> Any:
    s = counter.services
    case = s.intake.start(matter_code=matter, applicant=PERSON)
    s.intake.mark_all_received(case.id)
    accepted = s.decisions.accept(case.id).case
    counter.pc.sync()
    return accepted


def pull(counter: Counter) -> int:
    """What the window's sync worker does after each round: pull foreign events, fold 后台办结."""
    pulled = pull_foreign_events(counter.pc.local, counter.pc.role_engine)
    adopt_back_office_results(counter.pc.local, counter.pc.window, clock=counter.pc.clock)
    counter.pc.sync()
    return pulled


def key(qtbot: Any, widget: Any, letter: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.AltModifier) -> None:
    """A key press in ``widget``'s window, made the active one first (shortcuts need it)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.focusWidget() or window, getattr(Qt.Key, f"Key_{letter}"), modifier)


def ok(form: Any) -> None:
    form.buttons.button(form.buttons.StandardButton.Ok).click()


def open_in(qtbot: Any, w: BackOfficeWindow, number: str) -> None:
    w.refresh()
    assert w.select_case(number), [x.case_number for x in w.cases.rows()]
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert w.detail is not None and w.detail.line.case_number == number, w.message_label.text()


def my_cases_row(qtbot: Any, counter: Counter, number: str) -> tuple[str, str]:
    """我的办件 (Ctrl+4), searched by the case number: the 阶段 cell and its tooltip."""
    window = counter.window
    key(qtbot, window, "4", Qt.KeyboardModifier.ControlModifier)
    page = window.cases_page
    assert window.tabs.currentWidget() is page
    page.search_edit.setText(number)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    model = page.cases
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("阶段")
    row = model.row_of(next(c.id for c in model.rows() if c.case_number == number))
    index = model.index(row, column)
    page.table.selectRow(row)
    return str(model.data(index)), str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def test_accept_review_supplement_approve_and_hand_over_to_an_agent(qtbot, hall: Hall) -> None:  # type: ignore[no-untyped-def]
    front = hall.counter("01")
    case = accept_at(front)
    number = case.case_number
    assert case.due_date == d(7)
    front.printer.slips.clear()  # the 受理通知书 is not this test's

    hall.on(d(1), front)
    bo = hall.workbench(qtbot, "5001", front.services)
    assert str(hall.bo_stores["5001"].engine.url.username).startswith("cdb_")  # the department's role
    open_in(qtbot, bo, number)
    assert bo.detail.line.owner_window == "01" and bo.detail.line.stage == "受理"
    key(qtbot, bo, "Q")  # 签收
    key(qtbot, bo, "B")  # 要求补正 through the front window
    dialog = bo.dialog
    lines = [dialog.lines[r].name for r in range(len(dialog.lines))]  # type: ignore[union-attr]
    row = lines.index("申请书")
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    dialog.table.item(row, 1).setText("申请书未签字")  # type: ignore[union-attr]
    dialog.note_edit.setText("请窗口通知申请人补签")  # type: ignore[union-attr]
    dialog.accept()  # type: ignore[union-attr]
    assert bo.detail.line.supplement_pending, bo.message_label.text()

    # Window 01 pulls the request: its list says so, its 要求补正 dialog comes ticked, the notice prints.
    assert pull(front) >= 2
    stage, _tip = my_cases_row(qtbot, front, number)
    assert stage == "审查（后台要求补正）"
    page = front.window.cases_page
    seen: dict[str, Any] = {}

    def answer_dialog() -> None:
        modal = QApplication.activeModalWidget()
        table = modal.table  # type: ignore[union-attr]
        seen["ticked"] = [
            (table.item(r, 0).text(), table.item(r, 1).text())
            for r in range(table.rowCount())
            if table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]
        modal.accept()  # type: ignore[union-attr]

    QTimer.singleShot(0, answer_dialog)
    page.action_buttons["request_supplement"].click()
    assert seen["ticked"] == [("申请书", "申请书未签字")]
    (slip,) = front.printer.wait_for_slips(1)
    text = slip.text.replace(" ", "")
    for expected in ("补正材料通知书", number, "刘堃", "申请书未签字"):
        assert expected in text, expected
    assert PERSON_ID not in text
    assert front.tracked(number).clock_status == "暂停计时"

    # Friday 11-06 the supplement comes in: the five days restart the next working day.
    hall.on(d(4), front)
    my_cases_row(qtbot, front, number)
    page.action_buttons["receive_supplement"].click()
    assert front.tracked(number).due_date == d(11), page.message_label.text()
    front.pc.sync()

    hall.on(d(7), front)
    open_in(qtbot, bo, number)
    assert not bo.detail.line.supplement_pending
    key(qtbot, bo, "S")
    bo.dialog.opinion_edit.setPlainText("补正后材料齐全")  # type: ignore[union-attr]
    ok(bo.dialog)
    key(qtbot, bo, "Z")
    bo.dialog.opinion_edit.setText("同意设立")  # type: ignore[union-attr]
    ok(bo.dialog)
    key(qtbot, bo, "R")
    bo.dialog.name_edit.setText("营业执照")  # type: ignore[union-attr]
    bo.dialog.number_edit.setText("91510626MA6X000001")  # type: ignore[union-attr]
    ok(bo.dialog)
    hall.on(d(8), front)
    key(qtbot, bo, "J")
    assert bo.detail.line.stage == "待出件", bo.message_label.text()

    # Window 01 folds the 后台办结 into its own row and shows 待出件.
    pull(front)
    assert front.tracked(number).state == "办结（准予）"
    stage, _tip = my_cases_row(qtbot, front, number)
    assert stage == "待出件"

    # Window 02, the output window: to an agent with a power of attorney; the 领取回执 prints.
    output = hall.counter("02")
    hall.on(d(9), front, output)
    window = output.window
    key(qtbot, window, "6", Qt.KeyboardModifier.ControlModifier)
    hp = window.handover_page
    hp.find_edit.setFocus()
    qtbot.keyClicks(hp.find_edit, number)
    qtbot.keyClick(hp.find_edit, Qt.Key.Key_Return)
    assert hp.case is not None and hp.case.owner_window == "01" and not hp.case.local, hp.message_label.text()
    hp.relation_combo.setFocus()
    qtbot.keyClick(hp.relation_combo, Qt.Key.Key_End)
    assert hp.relation_combo.currentText() == "委托代理人"
    hp.name_edit.setText("周代理")
    qtbot.keyClicks(hp.id_edit, AGENT_ID)
    hp.attorney_edit.setText("授权委托书（原件已核验）")
    key(qtbot, window, "Return", Qt.KeyboardModifier.ControlModifier)
    assert hp.result is not None and hp.result.receipt is not None, hp.message_label.text()
    first, second = output.printer.wait_for_slips(2)
    receipt = first.text.replace(" ", "")
    assert hp.items.rows()[0] == ("证照", "营业执照", "91510626MA6X000001", 1)  # the number the back office registered
    for expected in ("领取回执", number, "周代理", "委托代理人", "营业执照", "91510626MA6X000001"):
        assert expected in receipt, expected
    assert AGENT_ID not in receipt and second.lines[0].startswith("第二联")

    # Window 01's 我的办件: 已送达, and the working days of every stage it went through.
    pull(front)
    stage, tip = my_cases_row(qtbot, front, number)
    assert stage == "已送达"
    assert tip.startswith("受理 1 个工作日 · 审查 ")
    assert [part.split()[0] for part in tip.split(" · ")] == ["受理", "审查", "审批", "待出件", "已送达"]
    with hall.central.read() as s:
        c = s.scalars(select(Case).where(Case.case_number == number)).one()
        events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == c.id).order_by(CaseEvent.at)).all()
        who = [(e.action, e.owner_window) for e in events if e.owner_window != "01"]
    assert who == [
        ("后台签收", "后台SCJG"),
        ("后台要求补正", "后台SCJG"),
        ("审查意见", "后台SCJG"),
        ("审批准予", "后台SCJG"),
        ("登记结果", "后台SCJG"),
        ("后台办结", "后台SCJG"),
        ("送达", "02"),
    ]


def review_pass(qtbot: Any, bo: BackOfficeWindow, number: str) -> None:
    open_in(qtbot, bo, number)
    key(qtbot, bo, "Q")
    key(qtbot, bo, "S")
    bo.dialog.opinion_edit.setPlainText("材料齐全")  # type: ignore[union-attr]
    ok(bo.dialog)
    assert bo.detail.line.stage == "审批", bo.message_label.text()


def approve_and_complete(qtbot: Any, bo: BackOfficeWindow) -> None:
    key(qtbot, bo, "Z")
    ok(bo.dialog)
    key(qtbot, bo, "R")
    bo.dialog.name_edit.setText("营业执照")  # type: ignore[union-attr]
    bo.dialog.number_edit.setText("91510626MA6X000002")  # type: ignore[union-attr]
    ok(bo.dialog)
    key(qtbot, bo, "J")
    assert bo.detail.line.stage == "待出件", bo.message_label.text()


def test_a_joint_case_waits_for_its_late_co_department(qtbot, hall: Hall) -> None:  # type: ignore[no-untyped-def]
    front = hall.counter("01")
    set_co_limit(hall.central, "GAJ", 2)
    number = accept_at(front).case_number
    hall.on(d(1), front)
    lead = hall.workbench(qtbot, "5001", front.services)
    open_in(qtbot, lead, number)
    key(qtbot, lead, "Q")
    key(qtbot, lead, "L")
    lead.dialog.departments_edit.setText("GAJ")  # type: ignore[union-attr]
    ok(lead.dialog)
    assert lead.detail.joint is not None and lead.detail.joint.parties[0].due == d(3)  # 2 working days: 11-05

    # Friday 11-06: GAJ has not answered — the lead's list says who is late, in red; no decision.
    hall.on(d(4), front)
    lead.refresh()
    row = lead.cases.row_of(lead.detail.line.id)
    stage_cell = lead.cases.index(row, STAGE_COLUMN)
    assert lead.cases.data(stage_cell) == "联办（待GAJ答复；GAJ逾期）"
    assert lead.cases.data(stage_cell, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd6d6"
    open_in(qtbot, lead, number)
    assert not lead.buttons["approve"].isEnabled() and not lead.buttons["complete"].isEnabled()
    key(qtbot, lead, "Z")
    assert lead.dialog is None  # Alt+Z does nothing while a co-department is outstanding
    with pytest.raises(Exception, match="联办部门尚未全部答复（GAJ）"):
        lead.services.backoffice.approve(lead.actor, lead.detail.line.id)  # type: ignore[union-attr]
    assert pull(front) >= 2
    assert my_cases_row(qtbot, front, number)[0] == "联办"

    co = hall.workbench(qtbot, "5101", front.services)
    open_in(qtbot, co, number)
    key(qtbot, co, "Y")
    ok(co.dialog)  # 同意
    assert co.detail.joint is not None and co.detail.joint.complete

    open_in(qtbot, lead, number)
    assert lead.detail.line.stage == "审批" and lead.buttons["approve"].isEnabled()
    assert "GAJ 2026-11-05前 同意（孙公安）" in lead.view.flow_label.text()
    approve_and_complete(qtbot, lead)
    pull(front)
    _stage, tip = my_cases_row(qtbot, front, number)
    assert "联办 " in tip and _stage == "待出件"


def test_the_time_with_the_higher_authority_is_not_on_the_hall_clock(qtbot, hall: Hall) -> None:  # type: ignore[no-untyped-def]
    front = hall.counter("01")
    case = accept_at(front)
    number = case.case_number
    assert case.due_date == d(7)
    hall.on(d(1), front)
    bo = hall.workbench(qtbot, "5001", front.services)
    open_in(qtbot, bo, number)
    key(qtbot, bo, "Q")
    key(qtbot, bo, "U")
    bo.dialog.authority_edit.setText("市市场监督管理局")  # type: ignore[union-attr]
    bo.dialog.days_spin.setValue(10)  # type: ignore[union-attr]
    ok(bo.dialog)
    assert bo.detail.line.stage == "上报" and bo.detail.line.higher_due == d(15)  # 10 working days: 11-17
    pull(front)
    before = front.tracked(number)
    assert (before.stage, before.clock_status) == ("上报", "暂停计时")

    # A week later the reply comes: the hall's clock did not run meanwhile.
    hall.on(d(8), front)
    bo.refresh()
    assert bo.cases.data(bo.cases.index(0, STAGE_COLUMN)) == "上报（市市场监督管理局，2026-11-17前）"
    assert front.tracked(number).days_left == before.days_left
    open_in(qtbot, bo, number)
    key(qtbot, bo, "H")
    bo.dialog.reply_edit.setText("同意，按规定办理")  # type: ignore[union-attr]
    ok(bo.dialog)
    assert bo.detail.line.stage == "审查" and bo.detail.forwarding is not None
    pull(front)
    after = front.tracked(number)
    assert after.clock_status == "正常" and after.stage == "审查"
    # 11-03 … 11-10 with the higher authority (6 working days) moved the promised day by as much.
    assert after.due_date == d(15)  # 11-09 + 6 working days: 11-17
    _stage, tip = my_cases_row(qtbot, front, number)
    assert "上报 " in tip


def test_mail_hand_over_at_the_output_window_with_a_returned_item(qtbot, hall: Hall) -> None:  # type: ignore[no-untyped-def]
    front = hall.counter("01")
    number = accept_at(front).case_number
    hall.on(d(1), front)
    bo = hall.workbench(qtbot, "5001", front.services)
    review_pass(qtbot, bo, number)
    approve_and_complete(qtbot, bo)
    pull(front)

    output = hall.counter("02")
    hall.on(d(2), front, output)
    window = output.window
    key(qtbot, window, "6", Qt.KeyboardModifier.ControlModifier)
    hp = window.handover_page
    hp.find_edit.setFocus()
    qtbot.keyClicks(hp.find_edit, number)
    qtbot.keyClick(hp.find_edit, Qt.Key.Key_Return)
    assert hp.case is not None and not hp.case.local, hp.message_label.text()
    hp.forms.setCurrentWidget(hp.mail)
    assert hp.recipient_edit.text() == "刘堃" and hp.mail_phone_edit.text() == "13812345678"
    hp.address_edit.setText("四川省德阳市罗江区示例路8号")
    hp.carrier_edit.setText("中国邮政EMS")
    qtbot.keyClicks(hp.tracking_edit, "1151234567890")
    hp.postage_combo.setCurrentIndex(hp.postage_combo.findData("已预约揽收"))
    key(qtbot, window, "Return", Qt.KeyboardModifier.ControlModifier)
    assert hp.message_label.text() == "已登记邮寄"
    pull(front)
    assert my_cases_row(qtbot, front, number)[0] == "已送达"

    hall.on(d(4), front, output)
    hp.mail_returned("地址不详，邮件退回")
    assert hp.case.ready and "邮件退回" in hp.message_label.text()
    pull(front)
    assert my_cases_row(qtbot, front, number)[0] == "待出件"  # the hand-over is open again
    # Collected at the output window after all, by the applicant in person.
    hp.forms.setCurrentWidget(hp.pickup)
    hp.name_edit.setText("刘堃")
    qtbot.keyClicks(hp.id_edit, PERSON_ID)
    key(qtbot, window, "Return", Qt.KeyboardModifier.ControlModifier)
    assert hp.result is not None and hp.result.receipt is not None, hp.message_label.text()
    slips = output.printer.wait_for_slips(2)
    assert "申请人本人" in slips[0].text and number in slips[0].text.replace(" ", "")
    with hall.central.read() as s:
        c = s.scalars(select(Case).where(Case.case_number == number)).one()
        mail = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == c.id, CaseEvent.action == "送达").order_by(CaseEvent.at)
        ).first()
        actions = [
            e.action
            for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == c.id).order_by(CaseEvent.at, CaseEvent.id))
        ]
        assert mail is not None
        mailed = (mail.owner_window, mail.data)
    assert mailed[0] == "02", mailed
    assert (mailed[1]["address"], mailed[1]["tracking_no"], mailed[1]["postage"]) == (
        "四川省德阳市罗江区示例路8号",
        "1151234567890",
        "已预约揽收",
    )
    assert actions[-3:] == ["送达", "邮件退回", "送达"]
    pull(front)
    assert my_cases_row(qtbot, front, number)[0] == "已送达"
