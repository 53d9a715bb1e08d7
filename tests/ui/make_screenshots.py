"""Screenshots of the counter window's main screens from the demo hall → docs/screenshots/.

Run: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.ui.make_screenshots``
(or with ``QT_QPA_PLATFORM=offscreen``).  A fixed day and a manual clock make the
pictures reproducible: the demo hall on Monday 2026-11-23, window 01, clerk 张明 (A岗).
It drives the same widgets the clerk uses (log in, F1, search, intake, accept, 出件), so
the pictures show what the app shows; then the administrator 陈管理 logs in and gets the
center's workspace (its 登记台账 and 管理控制台 tabs), the kiosk issues a ticket, the
emulated devices show their windows, window 01 of the services' test hall works the legal
clock (计时事项, 延时审批, a 暂定 promised day), and a 后台审批人 of that hall opens a case in
the back-office workbench.

``./dev screenshots`` runs it under xvfb (1366×768) with the other producers of
docs/screenshots/ (11, 16, web-*); tests/ui/test_screenshots.py walks the same screens into
memory and fails when one cannot be rendered.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

DAY = date(2026, 11, 23)
OUT = Path(os.environ.get("CD_SCREENSHOT_DIR") or Path(__file__).resolve().parents[2] / "docs" / "screenshots")
MATTER = "LJ21-040"  # 公共场所卫生许可: a full demo guide with the 委托 situation
PERSON_ID = "51062619800101001X"
#: Case numbers of the finished earlier cases (the 出件 screen finds the first).
FINISHED: list[str] = []


def _save(widget: QWidget, name: str) -> Path:
    for _ in range(5):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def save_in_the_programs_look(widget: QWidget, name: str) -> Path:
    """For a picture taken inside a test (``CD_SCREENSHOT_DIR`` set): the program's font
    chain and style sheet, a laid-out window (a lamp's new words are placed only on the next
    layout pass), then the sheet the test had."""
    from app.ui.look import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_look(app)
    try:
        return _save(widget, name)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def _services(root: Path):  # type: ignore[no-untyped-def]
    from app.bootstrap import build_center_services
    from app.services.calendar_service import load_calendar
    from app.services.clock import ManualClock
    from app.services.decisions import DecisionService
    from app.services.demo import seed_demo_hall, seed_demo_tickets
    from app.services.guide import GuideService
    from app.services.handover import HandoverService
    from app.services.intake import IntakeService
    from app.services.queue import QueueService
    from app.services.session import SessionService
    from app.services.stats import StatsService
    from app.services.tracking import TrackingService
    from app.settings import Settings
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store
    from app.ui.context import Services

    store = Store(make_engine(f"sqlite+pysqlite:///{root / 'window.db'}"))
    upgrade(store.engine)
    seed_demo_hall(store, today=DAY)
    clock = ManualClock.at_hall_time(DAY, 9, 2)
    settings = Settings(window_code="01", hall_code="510626-LJJK")
    calendar = load_calendar(store)
    session = SessionService(store, settings, clock=clock)
    services = Services(
        settings=settings,
        session=session,
        queue=QueueService(store, session, clock=clock),
        guide=GuideService(store, session, clock=clock),
        intake=IntakeService(store, session, calendar, clock=clock),
        decisions=DecisionService(store, session, calendar, settings, clock=clock),
        tracking=TrackingService(store, session, calendar, settings, clock=clock),
        stats=StatsService(store),
        center=build_center_services(store, session.now),
        handover=HandoverService(store, session, calendar, settings, clock=clock),
    )
    _earlier_cases(services, clock)
    clock.set(ManualClock.at_hall_time(DAY, 9, 2).now)
    seed_demo_tickets(services.queue)
    return services, clock


def _earlier_cases(services, clock) -> None:  # type: ignore[no-untyped-def]
    """Cases accepted on earlier days, so “my cases” shows a near-due and an overdue line."""
    from app.services.clock import ManualClock
    from app.services.demo import DEMO_PASSWORD
    from app.services.dto import ApplicantInput

    for day, name, id_number in (
        (date(2026, 11, 5), "李建国", "510626197503150018"),
        (date(2026, 11, 11), "陈〇梅", "510626199002200020"),
        (date(2026, 11, 12), "王𬌗", "510626198807070011"),
    ):
        clock.set(ManualClock.at_hall_time(day, 10, 30).now)
        services.session.login("0101", DEMO_PASSWORD)
        case = services.intake.start(matter_code=MATTER)
        services.intake.set_applicant(case.id, ApplicantInput(name=name, id_number=id_number, phone="13800000000"))
        services.intake.mark_all_received(case.id)
        accepted = services.decisions.accept(case.id)
        if name == "王𬌗":  # finished: the licence waits for 出件
            services.tracking.complete(accepted.case.id, approved=True, result_name="公共场所卫生许可证")
            FINISHED.append(accepted.case.case_number or "")
        services.session.logout()


#: Every screen the walk visits, in the order docs/screenshots/README.md lists them.
SCREENS = (
    "01_login",
    "02_main_called_ticket",
    "03_guide",
    "04_intake_checklist",
    "05_decision_preview",
    "06_my_cases",
    "07_today",
    "08_lock_screen",
    "09_kiosk",
    "10_center_workspace",
    "12_my_cases_clock",
    "13_extension_review",
    "14_decision_provisional",
    "15_handover",
    "17_registers",
    "18_console",
    "19_backoffice",
    "20_device_evaluator",
    "21_device_led",
    "22_device_idcard",
)


def picture_facts(widget: QWidget) -> dict[str, object]:
    """Size, colours and the share of the commonest colour of ``widget`` rendered offscreen."""
    for _ in range(5):
        QApplication.processEvents()
    image = widget.grab().toImage().scaled(widget.width() // 4 or 1, widget.height() // 4 or 1)
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    total = image.width() * image.height()
    return {"size": [widget.width(), widget.height()], "colours": len(counts), "top": max(counts.values()) / total}


def main(argv: list[str]) -> int:
    """Write the PNGs (``--check``: render each screen in memory only and print one JSON line)."""
    if "--check" in argv:
        import json

        facts: dict[str, object] = {}
        walk_screens((1366, 768), lambda widget, name: facts.setdefault(name, picture_facts(widget)))
        print(json.dumps(facts, ensure_ascii=False))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    walk_screens((1366, 768), _save)
    return 0


def walk_screens(size: tuple[int, int], visit) -> None:  # type: ignore[no-untyped-def]
    """Drive the demo hall through its main screens in a window of ``size`` (logical
    pixels), calling ``visit(widget, name)`` at each: the screenshots, the layout check."""
    from app.domain.enums import MaterialStatus
    from app.services.demo import DEMO_PASSWORD
    from app.ui.login import LoginDialog
    from app.ui.look import apply_look
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner
    from app.ui.translations import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, "zh_CN")
    apply_look(app)
    _save = visit  # noqa: N806 - each screen goes to the visitor
    with tempfile.TemporaryDirectory() as tmp:
        services, clock = _services(Path(tmp))
        ops = OpRunner(synchronous=True)
        ops.error_reported.connect(lambda message: print("错误：", message))

        login = LoginDialog(services, ops)
        login.staff_edit.setText("0101")
        login.show()
        _save(login, "01_login")
        login.password_edit.setText(DEMO_PASSWORD)
        login.submit()
        assert login.session_info is not None, login.error_label.text()

        window = MainWindow(services, ops)
        window.resize(*size)
        # the lamps a window PC with all its devices shows (the last one was cut at 1366 px)
        for lamp, ok, text in (
            ("printer", True, "打印机：正常"),
            ("评价器", True, "评价器：在线"),
            ("窗口屏", True, "窗口屏：在线"),
            ("身份证阅读器", False, "身份证阅读器：未连接（串口 COM3 无应答）"),
            ("store", True, "中心库：在线，待上传 3 条（最早 2分钟前）"),
            ("rating", True, "已评价：非常满意"),
        ):
            window.set_indicator(lamp, ok, text)
        window.show()
        window.start_session(login.session_info)
        clock.advance(minutes=23)
        window.call_next()
        clock.advance(minutes=2, seconds=14)
        window.strip._refresh_times()
        guide = window.guide_page
        guide.search_edit.setText("ggcs")
        guide.search("ggcs")
        _save(window, "02_main_called_ticket")

        guide.show_matter(MATTER)
        guide.result_view.setCurrentIndex(guide.results.index(0, 0))
        _save(window, "03_guide")

        window._on_guide_page_intake_requested(MATTER)
        intake = window.intake_page
        for key, text in (("name", "王小红"), ("id_number", PERSON_ID), ("phone", "13908381234")):
            intake.fields[key].edit.setText(text)
        intake.save_applicant()
        rows = intake.checklist.rowCount()
        for row in range(rows):
            line = intake.checklist.dto(row)
            if line.status is MaterialStatus.PENDING and line.required:
                intake.mark(row, MaterialStatus.RECEIVED)
        defective = next(r for r in range(1, rows) if not intake.checklist.dto(r).shared)
        intake.mark(defective, MaterialStatus.DEFECTIVE, "复印件不清晰")
        intake.checklist_view.setCurrentIndex(intake.checklist.index(defective, 0))
        _save(window, "04_intake_checklist")

        intake.mark(defective, MaterialStatus.RECEIVED)
        window.tabs.setCurrentWidget(window.decision_page)
        window.decision_page.accept_case()
        _save(window, "05_decision_preview")

        window.finish()
        window.tabs.setCurrentWidget(window.cases_page)
        window.cases_page.refresh()
        if window.cases_page.cases.rowCount():
            window.cases_page.table.selectRow(window.cases_page.cases.rowCount() - 1)
        _save(window, "06_my_cases")

        window.tabs.setCurrentWidget(window.today_page)
        window.today_page.refresh()
        _save(window, "07_today")

        window.tabs.setCurrentWidget(window.handover_page)
        window.handover_page.refresh()
        window.handover_page.find_edit.setText(FINISHED[0])
        window.handover_page.find_case(FINISHED[0])
        _save(window, "15_handover")

        window.lock()
        _save(window, "08_lock_screen")

        services.session.logout()
        window.start_session(services.session.login("9001", DEMO_PASSWORD))
        _save(window, "10_center_workspace")
        workspace = window.workspace
        assert workspace is not None
        workspace.setCurrentWidget(workspace.registers)
        _save(window, "17_registers")
        assert workspace.console is not None
        workspace.setCurrentWidget(workspace.console)
        matters = workspace.console.matters.matter_list
        shown = next(i for i in range(matters.count()) if f"[{MATTER}]" in matters.item(i).text())
        matters.setCurrentRow(shown)  # the matter of the guide in the editor
        _save(window, "18_console")
        window.close()

        from app.ui.kiosk import KioskWindow

        kiosk = KioskWindow(services, ops, categories=[("A", "综合业务"), ("B", "企业开办"), ("C", "社保医保")])
        kiosk.resize(min(1024, size[0]), min(700, size[1]))
        kiosk.show()
        kiosk.green_check.setChecked(True)
        kiosk.issue("A")
        kiosk.green_check.setChecked(True)  # the next applicant is about to press a category
        _save(kiosk, "09_kiosk")
        kiosk.close()

        _devices(_save)
        _clock_screens(Path(tmp), ops, _save, size)
        _backoffice(Path(tmp), ops, _save, size)


def _devices(visit) -> None:  # type: ignore[no-untyped-def]
    """The demo hall's emulated devices, each in its own window as ``./dev demo`` opens them."""
    from app.devices.emulators.demo import start_demo_devices
    from app.devices.emulators.gui import EvaluatorEmulatorWindow, LedEmulatorWindow
    from app.devices.emulators.idcard_gui import IdCardReaderEmulatorWindow

    devices = start_demo_devices()
    try:
        urls = devices.urls
        devices.idcard.place(next(iter(devices.idcard.cards)))
        # What the counter's LED driver sends after F1 (the frames' decoded messages).
        from app.devices.messages import LedTicket, LedWindow

        devices.led.apply(LedWindow("01", "无差别综合窗口（一）", "政务服务中心"))
        devices.led.apply(LedTicket("A003", "01"))
        for widget, name, size in (
            (EvaluatorEmulatorWindow(devices.evaluator, urls["评价器"]), "20_device_evaluator", (640, 360)),
            (LedEmulatorWindow(devices.led, urls["窗口屏"]), "21_device_led", (720, 160)),
            (IdCardReaderEmulatorWindow(devices.idcard, urls["身份证阅读器"]), "22_device_idcard", None),
        ):
            if size:
                widget.resize(*size)
            widget.show()
            visit(widget, name)
            widget.close()
    finally:
        devices.stop()


def _clock_screens(root: Path, ops, visit, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The legal clock at window 01 of the services' test hall (as tests/ui/test_clock_ui.py
    drives it): the 计时事项 menu on four cases accepted 2026-09-29 — one 急事特办, one
    上报 to the higher authority, one extended by 3 working days after the center approved it
    in its 延时审批 tab, one 不予许可 — then a 受理 on 2026-12-28 whose promised day falls in
    2027, a year without a holiday notice: 暂定."""
    from dataclasses import replace

    from app.bootstrap import build_center_services
    from app.domain.enums import MaterialStatus
    from app.services.clock import ManualClock
    from app.services.clock_events import ClockEventService
    from app.services.dto import ApplicantInput
    from app.services.session import SessionService
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store
    from app.ui.admin.extensions import ExtensionReviewPanel
    from app.ui.main_window import MainWindow
    from tests.services.conftest import CALENDAR, LEAD_PASSWORD, PASSWORD, PERSON_ID, build_hall
    from tests.ui.conftest import make_services

    store = Store(make_engine(f"sqlite+pysqlite:///{root / 'clock.db'}"))
    try:
        upgrade(store.engine)
        build_hall(store)
        base, clock = make_services(store)
        assert isinstance(clock, ManualClock)
        services = replace(
            base,
            clock_events=ClockEventService(store, base.session, CALENDAR, base.settings, clock=clock),
            center=build_center_services(store, base.session.now),
        )
        window = MainWindow(services, ops)
        window.resize(*size)
        window.show()
        window.start_session(services.session.login("0101", PASSWORD))

        def accepted():  # type: ignore[no-untyped-def]
            applicant = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
            case = services.intake.start(matter_code="QYSL", applicant=applicant)
            services.intake.mark_all_received(case.id)
            return services.decisions.accept(case.id).case

        urgent, forwarded, extended, denied = (accepted() for _ in range(4))
        cases = window.cases_page
        window.tabs.setCurrentWidget(cases)
        cases.refresh()
        menu = cases.clock_actions
        cases.select_case(urgent.id)
        menu.mark_urgent("申请人需赶赴外地投标")
        cases.select_case(forwarded.id)
        menu.forward("市市场监督管理局", 10)
        cases.select_case(extended.id)
        menu.request_extension(3, "需现场核查")

        admin = SessionService(store, services.settings, clock=clock)
        admin.login("9001", PASSWORD)
        assert services.center is not None
        panel = ExtensionReviewPanel(services.center.extensions, ops, lambda: admin.actor)
        panel.resize(min(900, size[0]), 300)
        panel.show()
        panel.refresh()
        assert panel.table.rowCount() == 1, "no 申请延时 waiting for the center"
        panel.table.selectRow(0)
        visit(panel, "13_extension_review")
        panel.decide(True)
        panel.close()

        cases.refresh()
        cases.select_case(extended.id)
        menu.issue_extension()
        cases.select_case(denied.id)
        menu.deny(["经营场所不符合规划用途"], "《示例条例》第十二条", "0190", LEAD_PASSWORD)
        visit(window, "12_my_cases_clock")

        clock.set(ManualClock.at_hall_time(date(2026, 12, 28), 9, 30).now)
        window._on_guide_page_intake_requested("QYSL")
        intake = window.intake_page
        for key, text in (("name", "刘堃"), ("id_number", PERSON_ID), ("phone", "13812345678")):
            intake.fields[key].edit.setText(text)
        intake.save_applicant()
        for row in range(intake.checklist.rowCount()):
            if intake.checklist.dto(row).status is MaterialStatus.PENDING:
                intake.mark(row, MaterialStatus.RECEIVED)
        window.tabs.setCurrentWidget(window.decision_page)
        window.decision_page.accept_case()
        result = window.decision_page.result
        assert result is not None and result.case.due_provisional, "the 2027 promised day is not 暂定"
        visit(window, "14_decision_provisional")
        window.close()
    finally:
        store.dispose()


def _backoffice(root: Path, ops, visit, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The 后台审批 workbench of the services' test hall: 钱审批 (SCJG) with a 联办件 whose
    co-department is late (open), a 上报件 and a case to sign for."""
    from app.services.backoffice_joint import JointReviewService
    from app.services.stats import StatsService
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store
    from app.ui.backoffice.window import BackOfficeWindow
    from app.ui.context import Services
    from tests.backoffice.test_backoffice_service import BO_PASSWORD, Hall, d
    from tests.services.conftest import build_hall

    store = Store(make_engine(f"sqlite+pysqlite:///{root / 'backoffice.db'}"))
    try:
        upgrade(store.engine)
        build_hall(store)
        hall = Hall(store)
        first = hall.accept()
        second = hall.accept()
        hall.accept()
        hall.on(d(1))
        w = hall.window
        backoffice = JointReviewService(store, hall.clock)
        # One case in 联办 whose co-department (GAJ, 2 working days) is late by Friday, one
        # with the higher authority, one still to sign for.
        actor = backoffice.login("5001", BO_PASSWORD)
        backoffice.take_over(actor, first.id)
        backoffice.review(actor, first.id, conclusion="通过", opinion="材料齐全，拟准予设立")
        backoffice.start_joint(actor, first.id, {"GAJ": 2})
        backoffice.take_over(actor, second.id)
        backoffice.forward(actor, second.id, authority="市市场监督管理局", limit_days=10)
        hall.on(d(4))
        services = Services(
            settings=w.settings,
            session=w.session,
            queue=w.queue,
            guide=w.guide,
            intake=w.intake,
            decisions=w.decisions,
            tracking=w.tracking,
            stats=StatsService(store),
            backoffice=backoffice,
        )
        workbench = BackOfficeWindow(services, ops, backoffice.login("5001", BO_PASSWORD))
        workbench.resize(*size)
        workbench.show()
        workbench.refresh()
        workbench.select_case(first.case_number)
        workbench.open_selected()
        visit(workbench, "19_backoffice")
        workbench.close()
    finally:
        store.dispose()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
