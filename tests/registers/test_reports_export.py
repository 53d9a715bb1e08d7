"""A seeded month: the dashboard, the .xlsx export and the PDF 月通报 carry the same figures."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import ComplaintChannel, Complexity
from app.domain.errors import PermissionDenied
from app.printing.reports import render_report_pdf
from app.printing.xlsx import render_report_xlsx
from app.services.registers import ComplaintInput, RegisterService
from app.services.report_figures import Dimension, Period, percent
from app.services.report_sheets import monthly_sheet, statistics_sheet
from app.services.reports import ReportService
from app.services.supervision import SupervisionService
from app.store.uow import Store
from tests.registers.conftest import Hall, clock_at
from tests.registers.seed_month import seed_month


@pytest.fixture()
def reg_store(store: Store) -> Store:
    """Run this module on SQLite and on a real PostgreSQL."""
    return store


@pytest.fixture()
def month(reg_store: Store, hall: Hall) -> Store:
    seed_month(reg_store, hall)
    registers = RegisterService(reg_store, clock_at(date(2026, 10, 12)))
    for channel in (ComplaintChannel.PHONE, ComplaintChannel.ON_SITE):
        registers.file_complaint(
            hall.clerk01, ComplaintInput("刘洋", channel, "要求道歉", "态度生硬", Complexity.SIMPLE, target_window="01")
        )
    return reg_store


def _rows_by_label(ws) -> dict[str, list]:  # type: ignore[no-untyped-def]
    return {row[0]: list(row) for row in ws.iter_rows(values_only=True) if row and isinstance(row[0], str)}


def test_xlsx_and_pdf_report_match_the_dashboard(month: Store, hall: Hall, tmp_path: Path) -> None:
    clock = clock_at(date(2026, 11, 2))
    dashboard = SupervisionService(month, clock).dashboard(hall.supervisor, Period.month(2026, 10))
    report = ReportService(month, clock).monthly_report(2026, 10)
    assert dashboard.ratings_total.total == report.total.ratings.total > 40
    sheet = monthly_sheet(report)

    wb = load_workbook(io.BytesIO(render_report_xlsx(sheet)))
    windows = _rows_by_label(wb["一、各窗口办件及评价情况"])
    headers = windows["名称"]
    col = {
        h: headers.index(h)
        for h in ("好评", "差评", "未评价", "评价总数", "好评率", "未评价占比", "办件量", "办结取号")
    }
    for line in dashboard.ratings_by_window:
        row = windows[line.label]
        assert row[col["评价总数"]] == line.figures.total
        assert row[col["好评"]] == line.figures.good
        assert row[col["差评"]] == line.figures.bad
        assert row[col["未评价"]] == line.figures.unrated
        assert row[col["好评率"]] == pytest.approx(line.figures.good_rate)
        assert row[col["未评价占比"]] == pytest.approx(line.figures.unrated_share)
    total = windows["合计"]
    assert total[col["好评率"]] == pytest.approx(dashboard.ratings_total.good_rate)
    assert total[col["办件量"]] == report.total.cases and total[col["办结取号"]] == report.total.tickets
    assert wb["一、各窗口办件及评价情况"].cell(row=3, column=col["好评率"] + 1).number_format == "0.0%"
    registers = _rows_by_label(wb["六、制度执行情况"])
    assert registers["投诉"][1] == 2

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report_pdf(sheet))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "2026年10月工作通报" in flat
    assert f"好评率{percent(dashboard.ratings_total.good_rate)}" in flat
    assert f"差评{dashboard.ratings_total.bad}次" in flat
    assert "受理投诉2件" in flat
    for line in dashboard.ratings_by_window:
        window_line = next(ln for ln in text.splitlines() if line.label in ln)
        cells = window_line.split()
        assert percent(line.figures.good_rate) in cells
        assert str(line.figures.bad) in cells and str(line.figures.total) in cells


def test_statistics_by_clerk_department_and_matter_sum_to_the_hall(month: Store) -> None:
    service = ReportService(month, clock_at(date(2026, 11, 2)))
    period = Period.month(2026, 10)
    totals = set()
    for dimension in Dimension:
        stats = service.statistics(period, dimension)
        assert sum(r.cases for r in stats.rows) == stats.total.cases
        assert sum(r.ratings.total for r in stats.rows) == stats.total.ratings.total
        totals.add((stats.total.cases, stats.total.ratings.total, stats.total.overdue))
    assert len(totals) == 1  # every breakdown adds up to the same hall figures
    by_matter = {r.key: r for r in service.statistics(period, Dimension.MATTER).rows}
    assert by_matter["RSJ-001"].kind_count("即办件") == by_matter["RSJ-001"].cases
    assert by_matter["SCJG-001"].overdue > 0  # some approvals came 12 working days after a 10-day due date
    day = service.statistics(Period.day(date(2026, 10, 10)), Dimension.WINDOW)  # the 调休 Saturday was worked
    assert day.total.tickets > 0
    sunday = service.statistics(Period.day(date(2026, 10, 11)), Dimension.WINDOW)
    assert sunday.total.tickets == 0
    wb = load_workbook(io.BytesIO(render_report_xlsx(statistics_sheet(service.statistics(period, Dimension.CLERK)))))
    labels = [row[0] for row in wb["按工作人员统计"].iter_rows(values_only=True)]
    assert "张敏（S001）" in labels and "李强（S002）" in labels


def test_clerk_cannot_open_the_dashboard(month: Store, hall: Hall) -> None:
    with pytest.raises(PermissionDenied):
        SupervisionService(month).dashboard(hall.clerk01)


def test_monthly_report_has_attendance_and_coverage(month: Store, hall: Hall, tmp_path: Path) -> None:
    from app.store.models import StatusEvent

    def ev(actor, kind: str, day: date, hh: int, mm: int, **kw: object) -> None:  # type: ignore[no-untyped-def]
        with month.write(actor) as tx:
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

    ev(hall.clerk01, "login", date(2026, 10, 12), 9, 10)  # 10 minutes late, never logged out
    ev(hall.clerk01, "login", date(2026, 10, 13), 8, 55)
    ev(hall.clerk01, "handover", date(2026, 10, 13), 15, 0, note="去开会", to_staff_id=hall.lead01.staff_id)
    ev(hall.clerk01, "logout", date(2026, 10, 13), 15, 0)
    ev(hall.lead01, "login", date(2026, 10, 13), 15, 0)
    ev(hall.lead01, "logout", date(2026, 10, 13), 17, 0)
    report = ReportService(month, clock_at(date(2026, 11, 2))).monthly_report(2026, 10)
    people = {a.staff_no: a for a in report.attendance}
    assert (
        people["S001"].days_present,
        people["S001"].late_days,
        people["S001"].late_minutes,
        people["S001"].early_days,
    ) == (2, 1, 10, 1)
    assert people["S003"].late_days == 0  # the B-post covering is not late
    cover = {c.window: c for c in report.coverage}
    assert (cover["01"].cover_minutes, cover["01"].handovers) == (120, 1)
    # October 2026 has 18 working days (10-01..07 off; 10-08, 09, the 调休 Saturday 10-10, then
    # four full weeks) of 420 opening minutes each; window 01 was staffed on the 12th from 09:10
    # (10 minutes unstaffed) and all day on the 13th.
    assert cover["01"].unstaffed_minutes == 16 * 420 + 10
    assert cover["02"].unstaffed_minutes == 18 * 420

    wb = load_workbook(io.BytesIO(render_report_xlsx(monthly_sheet(report))))
    rows = _rows_by_label(wb["四、考勤情况"])
    assert rows["张敏（S001）"][1:] == [2, 1, 10, 1, 0]
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=render_report_pdf(monthly_sheet(report)),
        check=True,
        capture_output=True,
    ).stdout.decode()
    assert "四、考勤情况" in text and "五、AB岗顶岗与空岗情况" in text
    line = next(ln for ln in text.splitlines() if "张敏（S001）" in ln and "五" not in ln and len(ln.split()) == 6)
    assert line.split()[1:] == ["2", "1", "10", "1", "0"]
