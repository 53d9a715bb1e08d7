"""Attendance and AB-post coverage from status events, and the dashboard's case alerts."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from app.domain.actor import Actor
from app.domain.enums import WindowStatus
from app.services.clock import HALL_TZ
from app.services.supervision import SupervisionService
from app.store.models import Case, CentralDevice, DeviceCursor, HallSetting, StatusEvent
from app.store.uow import Store
from tests.registers.conftest import Hall, clock_at


def _ev(store: Store, actor: Actor, kind: str, day: date, hh: int, mm: int, **kw: object) -> None:
    with store.write(actor) as tx:
        tx.session.add(
            StatusEvent(
                owner_window=actor.window_code,
                staff_id=actor.staff_id,
                post=actor.post,
                kind=kind,
                at=clock_at(day, hh, mm)(),
                **kw,
            )
        )


def _hhmm(t: datetime | None) -> str:
    assert t is not None
    return t.astimezone(HALL_TZ).strftime("%H:%M")


def test_attendance_lateness_away_cover_handover_and_gaps(reg_store: Store, hall: Hall) -> None:
    day = date(2026, 10, 10)  # a 调休 Saturday: a working day, so hours apply
    _ev(reg_store, hall.clerk01, "login", day, 9, 7)
    _ev(reg_store, hall.clerk01, "away", day, 10, 0, reason="取材料")
    _ev(reg_store, hall.clerk01, "return", day, 10, 25)
    _ev(reg_store, hall.clerk01, "handover", day, 11, 30, note="下午请假，交B岗", to_staff_id=hall.lead01.staff_id)
    _ev(reg_store, hall.clerk01, "logout", day, 11, 30)
    _ev(reg_store, hall.lead01, "login", day, 13, 20)
    _ev(reg_store, hall.lead01, "logout", day, 17, 0)
    service = SupervisionService(reg_store, clock_at(date(2026, 10, 12)))
    att = service.attendance(hall.admin, day)
    assert att.is_workday
    rows = {r.staff_name: r for r in att.rows}
    a = rows["张敏"]
    assert (a.late_minutes, a.away_minutes, a.away_count, a.early_minutes) == (
        7,
        25,
        1,
        330,
    )  # left at 11:30 for the afternoon
    assert _hhmm(a.sign_out) == "11:30"
    b = rows["王芳"]
    assert b.posts == ("B岗",) and b.late_minutes == 0  # a B-post covering is not late
    assert [(c.staff_name, _hhmm(c.span.start), _hhmm(c.span.end)) for c in att.covers] == [("王芳", "13:20", "17:00")]
    assert [(h.from_name, h.to_name, h.note) for h in att.handovers] == [("张敏", "王芳", "下午请假，交B岗")]
    gaps01 = [(_hhmm(g.span.start), _hhmm(g.span.end)) for g in att.gaps if g.window == "01"]
    assert gaps01 == [("09:00", "09:07"), ("11:30", "12:00"), ("13:00", "13:20")]
    gaps02 = [(_hhmm(g.span.start), _hhmm(g.span.end)) for g in att.gaps if g.window == "02"]
    assert gaps02 == [("09:00", "12:00"), ("13:00", "17:00")]


def test_hours_come_from_hall_settings_and_weekends_are_not_flagged(reg_store: Store, hall: Hall) -> None:
    with reg_store.write() as tx:
        tx.session.add(HallSetting(key="hours", value={"periods": [["08:30", "12:00"], ["14:00", "17:30"]]}))
    service = SupervisionService(reg_store, clock_at(date(2026, 10, 12)))
    _ev(reg_store, hall.clerk01, "login", date(2026, 10, 9), 8, 40)
    assert {r.staff_name: r.late_minutes for r in service.attendance(hall.admin, date(2026, 10, 9)).rows} == {
        "张敏": 10
    }
    assert service.attendance(hall.admin, date(2026, 10, 11)).gaps == ()  # Sunday


def test_dashboard_cases_five_day_risk_and_unstaffed_windows(reg_store: Store, hall: Hall) -> None:
    with reg_store.write() as tx:

        def case(state: str, received: date, due: date | None, window: str = "01") -> None:
            tx.session.add(
                Case(
                    case_number=f"C-{uuid.uuid4().hex[:8]}",
                    owner_window=window,
                    matter_code="M",
                    matter_name="食品经营许可",
                    kind="承诺件",
                    state=state,
                    applicant_kind="自然人",
                    applicant_name="吴刚",
                    received_on=received,
                    due_date=due,
                )
            )

        case("已受理", date(2026, 9, 1), date(2026, 10, 9))  # overdue on 10-12
        case("已受理", date(2026, 9, 20), date(2026, 10, 14))  # 2 working days left
        case("已受理", date(2026, 10, 1), date(2026, 11, 20))  # fine
        case("待补正", date(2026, 9, 1), date(2026, 10, 1))  # clock stopped: not overdue
        case("收件中", date(2026, 9, 30), None, "02")  # §32: 5th working day is 10-13 → approaching
    _ev(reg_store, hall.clerk01, "login", date(2026, 10, 12), 9, 0)
    _ev(reg_store, hall.clerk01, "away", date(2026, 10, 12), 10, 0, reason="开会")
    # The administrator signs in at window 02's PC to look at the dashboard: that does not staff it.
    _ev(reg_store, replace(hall.admin, window_code="02", post=None), "login", date(2026, 10, 12), 10, 5)
    with reg_store.write() as tx:  # window 01's PC last synced 20 minutes ago, 02's two minutes ago
        for code, minute in (("01", 10), ("02", 28)):
            device = uuid.uuid4()
            tx.session.add(CentralDevice(device_id=device, window_code=code, hall_code="H", epoch=1))
            tx.session.add(
                DeviceCursor(
                    device_id=device, window_code=code, epoch=1, last_sync_at=clock_at(date(2026, 10, 12), 10, minute)()
                )
            )
    board = SupervisionService(reg_store, clock_at(date(2026, 10, 12), 10, 30)).dashboard(hall.admin)
    assert [a.due for a in board.overdue_cases] == [date(2026, 10, 9)]
    assert [(a.due, a.days_left) for a in board.near_due_cases] == [(date(2026, 10, 14), 2)]
    assert [(a.window, a.due, a.days_left) for a in board.five_day_risks] == [("02", date(2026, 10, 13), 1)]
    presence = {w.window: w for w in board.windows}
    assert presence["01"].status is WindowStatus.AWAY and presence["01"].staff_name == "张敏"
    assert not presence["01"].unstaffed
    assert presence["02"].status is WindowStatus.OFFLINE and presence["02"].unstaffed
    assert (presence["01"].pc_offline, presence["02"].pc_offline, presence["09"].pc_offline) == (True, False, False)


def test_hall_wide_statistics_are_for_the_center_and_leads_only(reg_store: Store, hall: Hall) -> None:
    import pytest

    from app.domain.errors import PermissionDenied
    from app.services.report_figures import Dimension, Period
    from app.services.reports import ReportService

    reports = ReportService(reg_store, clock_at(date(2026, 10, 12), 10, 0))
    period = Period.month(2026, 10)
    with pytest.raises(PermissionDenied):
        reports.statistics_for(hall.clerk01, period, Dimension.WINDOW)
    assert reports.statistics_for(hall.admin, period, Dimension.WINDOW).period == period
