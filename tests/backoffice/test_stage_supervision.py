"""电子监察 and the statistics per stage, on SQLite and PostgreSQL, with cases driven through
the window and back-office services across the 2026 National Day holiday.

The calendar (State Council notice for 2026): 10-01 … 10-07 off, Saturday 10-10 a working
day (调休). 企业设立登记 (QYSL, department SCJG) promises 5 working days: accepted Tuesday
09-29 it is due 09-30, 10-08, 10-09, 10-10, 10-12 → Monday 10-12.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from app.domain.actor import Actor
from app.domain.case_stage import CaseStage, fold_stages
from app.domain.enums import Role
from app.services.backoffice_joint import JointReviewService
from app.services.hall import load_calendar
from app.services.report_figures import Dimension, Period, StageFigure
from app.services.report_sheets import statistics_sheet
from app.services.reports import ReportService
from app.services.stage_figures import stage_figures, stage_spans
from app.services.stages import case_events
from app.services.supervision import SupervisionService
from app.store.models import Case, Department, Matter, Staff
from app.store.uow import Store
from tests.backoffice.test_backoffice_service import BO_PASSWORD, Hall
from tests.registers.conftest import clock_at

TUE = date(2026, 9, 29)
WED = date(2026, 9, 30)
THU_AFTER = date(2026, 10, 8)
FRI_AFTER = date(2026, 10, 9)
TODAY = date(2026, 10, 13)  # Tuesday


@pytest.fixture()
def hall(clock_hall: Store) -> Hall:
    h = Hall(clock_hall)
    h.bo = JointReviewService(clock_hall, h.clock)
    with clock_hall.write() as tx:  # 建筑工程施工许可 decided at the counter: a department without back office
        tx.session.add(Department(code="ZJJ", name="区住建局"))
        tx.session.execute(update(Matter).where(Matter.code == "GCXK").values(department_code="ZJJ"))
    return h


def _drive(hall: Hall) -> dict[str, Case]:
    bo: JointReviewService = hall.bo  # type: ignore[assignment]
    cases = {}
    hall.on(TUE)
    cases["review"] = hall.accept()
    cases["joint"] = hall.accept()
    cases["forward"] = hall.accept()
    assert cases["review"].due_date == date(2026, 10, 12)
    hall.on(WED)
    for key in ("review", "joint", "forward"):
        bo.take_over(hall.actor, cases[key].id)
    bo.start_joint(hall.actor, cases["joint"].id, {"GAJ": 2})  # 09-30 + 2 → 10-09
    bo.forward(hall.actor, cases["forward"].id, authority="市市场监督管理局", limit_days=3)  # → Sat 10-10
    hall.on(FRI_AFTER).bo.review(hall.actor, cases["review"].id, conclusion="通过", opinion="材料齐全")
    hall.on(THU_AFTER)
    cases["fresh"] = hall.accept()  # due 10-09, 10-10, 10-12, 10-13, 10-14 → 10-14
    cases["counter"] = hall.accept("GCXK")  # 20 days: nowhere near due
    return cases


@pytest.fixture()
def center_admin(clock_hall: Store) -> Actor:
    with clock_hall.write() as tx:
        staff = Staff(staff_no="9301", name="陈监察", roles=[Role.SUPERVISOR.value])
        tx.session.add(staff)
        tx.session.flush()
        return Actor(
            staff_id=staff.id, staff_no="9301", name="陈监察", window_code=None, roles=(Role.SUPERVISOR.value,)
        )


def _sorted(rows: list[tuple[str, date, date | None]]) -> list[tuple[str, date, date | None]]:
    order = list(CaseStage)
    return sorted(rows, key=lambda r: (r[1], order.index(CaseStage(r[0]))))


def test_dashboard_shows_stages_days_and_alarms_to_the_responsible_department(hall: Hall, center_admin: Actor) -> None:
    cases = _drive(hall)
    board = SupervisionService(hall.store, clock_at(TODAY, 10)).dashboard(center_admin)
    lines = {x.case_number: x for x in board.stage_lines}
    review = lines[cases["review"].case_number]
    # 受理 09-29→30 (1); 审查 09-30→10-09 over the holiday (10-08, 10-09: 2);
    # 审批 since 10-09 until 10-13 (Sat 10-10 is a working day: 10-10, 10-12, 10-13 = 3).
    assert review.stage_days == (("受理", 1), ("审查", 2), ("审批", 3))
    assert (review.stage, review.stage_since, review.stage_workdays) == ("审批", FRI_AFTER, 3)
    assert (review.responsible, review.responsible_kind) == ("区市场监管局", "后台")
    assert lines[cases["joint"].case_number].stage_days == (("受理", 1), ("审查", 0), ("联办", 5))
    forward = lines[cases["forward"].case_number]
    assert (forward.stage, forward.responsible, forward.clock_status) == ("上报", "市市场监督管理局", "暂停计时")
    assert lines[cases["fresh"].case_number].stage_days == (("受理", 4),)
    counter = lines[cases["counter"].case_number]
    assert (counter.stage, counter.responsible, counter.responsible_kind) == ("受理", "综合受理一号窗口", "窗口")

    overdue = {(a.case_number, a.responsible_code, a.reason): a for a in board.overdue_cases}
    assert set(overdue) == {
        (cases["review"].case_number, "SCJG", "办件超期"),
        (cases["joint"].case_number, "SCJG", "办件超期"),
        (cases["joint"].case_number, "GAJ", "联办答复超期"),
        (cases["forward"].case_number, "市市场监督管理局", "上级机关办理超期"),
    }
    late_review = overdue[(cases["review"].case_number, "SCJG", "办件超期")]
    assert (late_review.due, late_review.days_left, late_review.stage, late_review.window) == (
        date(2026, 10, 12),
        -1,
        "审批",
        "01",
    )
    gaj = overdue[(cases["joint"].case_number, "GAJ", "联办答复超期")]
    # Due Friday 10-09; late Sat 10-10 (调休), Mon 10-12 and Tue 10-13.
    assert (gaj.due, gaj.days_left, gaj.responsible, gaj.responsible_kind) == (FRI_AFTER, -3, "区公安局", "联办部门")
    higher = overdue[(cases["forward"].case_number, "市市场监督管理局", "上级机关办理超期")]
    assert (higher.due, higher.days_left, higher.responsible_kind) == (date(2026, 10, 10), -2, "上级机关")
    # The 上报件's hall clock is stopped: no 办件超期 for it; the fresh case is near due for SCJG.
    assert [(a.case_number, a.responsible_code, a.days_left) for a in board.near_due_cases] == [
        (cases["fresh"].case_number, "SCJG", 1)
    ]
    assert [a.reason for a in board.alerts_for("GAJ")] == ["联办答复超期"]
    assert {a.case_number for a in board.alerts_for("SCJG")} == {
        cases["review"].case_number,
        cases["joint"].case_number,
        cases["fresh"].case_number,
    }
    assert board.alerts_for("01") == ()

    # GAJ answers on 10-13: its alarm goes, the case is back with the lead in 审批.
    gaj_actor = hall.bo.login("5101", BO_PASSWORD)
    hall.on(TODAY).bo.joint_opinion(gaj_actor, cases["joint"].id, answer="同意")  # type: ignore[attr-defined]
    after = SupervisionService(hall.store, clock_at(TODAY, 11)).dashboard(center_admin)
    assert after.alerts_for("GAJ") == ()
    assert {x.case_number: x.stage for x in after.stage_lines}[cases["joint"].case_number] == "审批"


def _expected(store: Store, period: Period, today: date) -> dict[str, StageFigure]:
    """The same figures from the Python fold of every case (what the SQL must agree with)."""
    with store.read() as s:
        calendar = load_calendar(s)
        ids = list(s.scalars(select(Case.id)))
        spans = [span for events in case_events(s, ids).values() for span in fold_stages(events, calendar, today).spans]
    out = {}
    for stage in CaseStage:
        mine = [x for x in spans if x.stage is stage]
        left = [x for x in mine if x.left_on is not None and period.contains(x.left_on)]
        still = [x for x in mine if x.entered_on <= period.end and (x.left_on is None or x.left_on > period.end)]
        took = [calendar.workdays_between(x.entered_on, x.left_on) for x in left if x.left_on is not None]
        end = min(period.end, today)
        out[stage.value] = StageFigure(
            stage=stage.value,
            current=len(still),
            entered=sum(1 for x in mine if period.contains(x.entered_on)),
            left=len(left),
            avg_workdays=round(sum(took) / len(took), 1) if took else None,
            longest_workdays=max(took, default=0),
            longest_open_workdays=max(
                (calendar.workdays_between(x.entered_on, max(end, x.entered_on)) for x in still), default=0
            ),
        )
    return out


def test_statistics_per_stage_are_counted_in_sql_and_agree_with_the_fold(hall: Hall, center_admin: Actor) -> None:
    cases = _drive(hall)
    gaj = hall.bo.login("5101", BO_PASSWORD)
    hall.on(TODAY).bo.joint_opinion(gaj, cases["joint"].id, answer="不同意", reason="消防不合格")  # type: ignore[attr-defined]
    hall.bo.forward_reply(hall.actor, cases["forward"].id, reply="同意")  # type: ignore[attr-defined]
    hall.bo.approve(hall.actor, cases["review"].id)
    hall.bo.record_result(hall.actor, cases["review"].id, name="营业执照", number="91510626MA0000009X")
    hall.bo.complete(hall.actor, cases["review"].id)
    with hall.store.read() as s:
        rows = s.execute(select(stage_spans(s.get_bind().dialect.name))).all()
    by_case: dict[object, list[tuple[str, date, date | None]]] = {}
    for case_id, stage, entered, left in rows:
        by_case.setdefault(case_id, []).append((stage, entered, left))
    # The SQL stays of the joint case: 受理, 审查, 联办 (09-30 → 10-13), back to 审批 on the last answer.
    joint = _sorted(by_case[cases["joint"].id])
    assert [r[0] for r in joint] == ["受理", "审查", "联办", "审批"]
    assert joint[2][1:] == (WED, TODAY) and joint[3][2] is None
    # 上报 and back to 审查 (the stage before it).
    assert [r[0] for r in _sorted(by_case[cases["forward"].id])][-2:] == ["上报", "审查"]

    for period in (Period.month(2026, 10), Period.between(date(2026, 9, 1), FRI_AFTER), Period.day(TODAY)):
        with hall.store.read() as s:
            figures = stage_figures(s, period, load_calendar(s), TODAY)
        assert {f.stage: f for f in figures} == _expected(hall.store, period, TODAY), period.label
    with hall.store.read() as s:
        october = {f.stage: f for f in stage_figures(s, Period.month(2026, 10), load_calendar(s), TODAY)}
    # Three cases left 受理 on 09-30 (September), two were accepted in October and are still there.
    assert (october["受理"].entered, october["受理"].current, october["受理"].left) == (2, 2, 0)
    # 审查 left in October: the reviewed case, 2 working days over the holiday (10-08, 10-09).
    assert october["审查"].longest_workdays == 2
    assert october["审批"].left == 1 and october["审批"].avg_workdays == 3.0  # 10-09 → 10-13
    assert october["待出件"].current == 1

    stats = ReportService(hall.store, clock_at(TODAY, 12)).statistics_for(
        center_admin, Period.month(2026, 10), Dimension.WINDOW
    )
    assert {f.stage: f for f in stats.stages} == october
    sheet = statistics_sheet(stats)
    assert sheet.tables[1].caption == "各阶段办件及用时"
    assert sheet.tables[1].rows[0][:4] == ("受理", 2, 2, 0)


def test_dashboard_and_statistics_screens_show_the_stages(qtbot, hall: Hall, center_admin: Actor) -> None:  # type: ignore[no-untyped-def]
    from app.ui.admin.dashboard import SupervisionDashboard
    from app.ui.admin.statistics import StatisticsPanel
    from app.ui.ops import OpRunner

    cases = _drive(hall)
    clock = clock_at(TODAY, 10)
    ops = OpRunner(synchronous=True)
    widget = SupervisionDashboard(
        SupervisionService(hall.store, clock), ReportService(hall.store, clock), ops, lambda: center_admin
    )
    qtbot.addWidget(widget)
    widget.refresh()
    table = widget.stages_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }
    review = dict(zip(headers, rows[cases["review"].case_number], strict=True))
    assert (review["阶段"], review["本阶段工作日"], review["责任部门"]) == ("审批", "3", "区市场监管局")
    assert review["各阶段用时"] == "受理1 审查2 审批3"
    overdue = widget.overdue_table
    alarms = {
        (overdue.item(r, 0).text(), overdue.item(r, 7).text(), overdue.item(r, 8).text())
        for r in range(overdue.rowCount())
    }
    assert (cases["joint"].case_number, "区公安局", "联办答复超期") in alarms
    assert (cases["forward"].case_number, "市市场监督管理局", "上级机关办理超期") in alarms

    panel = StatisticsPanel(ReportService(hall.store, clock), ops, lambda: center_admin)
    qtbot.addWidget(panel)
    panel.refresh()
    stage_rows = {
        panel.stage_table.item(r, 0).text(): panel.stage_table.item(r, 1).text()
        for r in range(panel.stage_table.rowCount())
    }
    assert (stage_rows["受理"], stage_rows["审批"], stage_rows["联办"], stage_rows["上报"]) == ("2", "1", "1", "1")
