"""The printable layout of the statistics and the monthly report (月通报): one sheet, rendered
as PDF or ``.xlsx`` with the same figures."""

from __future__ import annotations

from typing import Any

from app.domain.enums import CaseKind
from app.printing.reports import ReportSheet, ReportTable, render_report_pdf
from app.printing.xlsx import render_report_xlsx
from app.services.report_figures import ExportFormat, FigureRow, MonthlyReport, StageFigure, Statistics, percent


def render_sheet(sheet: ReportSheet, fmt: ExportFormat) -> bytes:
    """The sheet as PDF or ``.xlsx`` bytes (same figures in both)."""
    return render_report_pdf(sheet) if ExportFormat(fmt) is ExportFormat.PDF else render_report_xlsx(sheet)


FIGURE_HEADERS = (
    "名称",
    "办结取号",
    "平均等候(分钟)",
    "平均办理(分钟)",
    "办件量",
    "即办件",
    "承诺件",
    "联办件",
    "上报件",
    "受理",
    "办结",
    "一次性告知",
    "不予受理",
    "退回",
    "文书",
    "超期",
    "评价总数",
    "好评",
    "差评",
    "未评价",
    "好评率",
    "未评价占比",
)


def figure_cells(row: FigureRow) -> list[Any]:
    """One table line of a :class:`FigureRow` in the order of :data:`FIGURE_HEADERS` (rates as fractions)."""
    r = row.ratings
    return [
        row.label,
        row.tickets,
        row.avg_wait_min,
        row.avg_service_min,
        row.cases,
        row.kind_count(CaseKind.IMMEDIATE),
        row.kind_count(CaseKind.PROMISED),
        row.kind_count(CaseKind.JOINT),
        row.kind_count(CaseKind.FORWARDED),
        row.accepted,
        row.completed + row.finished_on_spot,
        row.notified,
        row.refused,
        row.returned,
        row.notices,
        row.overdue,
        r.total,
        r.good,
        r.bad,
        r.unrated,
        r.good_rate,
        r.unrated_share,
    ]


ATTENDANCE_HEADERS = ("姓名", "出勤天数", "迟到天数", "迟到分钟", "早退天数", "离开分钟")
COVERAGE_HEADERS = ("窗口", "B岗/顶岗分钟", "交接次数", "空岗分钟")

#: Columns of :data:`FIGURE_HEADERS` that are fractions to print as percentages.
PERCENT_COLUMNS = frozenset({"好评率", "未评价占比"})


STAGE_HEADERS = ("阶段", "期末在办", "本期进入", "本期完成", "平均用时(工作日)", "最长用时(工作日)", "在办最长(工作日)")


def stage_cells(figure: StageFigure) -> list[Any]:
    """One line of the per-stage table in the order of :data:`STAGE_HEADERS`."""
    return [
        figure.stage,
        figure.current,
        figure.entered,
        figure.left,
        figure.avg_workdays,
        figure.longest_workdays,
        figure.longest_open_workdays,
    ]


def statistics_sheet(stats: Statistics, hall: str = "") -> ReportSheet:
    """A statistics breakdown as a printable/exportable sheet (and the per-stage table)."""
    table = ReportTable(
        caption=f"按{stats.dimension}统计",
        headers=FIGURE_HEADERS,
        rows=tuple(tuple(figure_cells(r)) for r in (*stats.rows, stats.total)),
        percent_columns=PERCENT_COLUMNS,
    )
    tables = [table]
    if stats.stages:
        tables.append(
            ReportTable(
                caption="各阶段办件及用时",
                headers=STAGE_HEADERS,
                rows=tuple(tuple(stage_cells(f)) for f in stats.stages),
            )
        )
    return ReportSheet(
        title=f"{hall}业务统计表".strip(), subtitle=f"统计期间：{stats.period.label}", tables=tuple(tables)
    )


def monthly_sheet(report: MonthlyReport) -> ReportSheet:
    """The 月通报 layout: summary sentences, then the window, department and clerk tables and the registers."""
    t, g = report.total, report.registers
    summary = (
        f"{report.period.label}，全中心共办结取号{t.tickets}个，受理办件{t.cases}件，"
        f"其中即办件{t.kind_count(CaseKind.IMMEDIATE)}件、承诺件{t.kind_count(CaseKind.PROMISED)}件；"
        f"超期办件{t.overdue}件。",
        f"收到评价{t.ratings.total}次，好评{t.ratings.good}次，差评{t.ratings.bad}次，"
        f"好评率{percent(t.ratings.good_rate)}，未评价占比{percent(t.ratings.unrated_share)}。",
        f"受理投诉{g.complaints}件（有效{g.complaints_valid}件，超期{g.complaints_overdue}件），"
        f"“办不成事”反映{g.cannot_do}件（受理{g.cannot_do_in_scope}件），帮办代办{g.assists}件，"
        f"差评回访{g.follow_ups}件（超期{g.follow_ups_overdue}件），否定备案{g.negative_filings}件"
        f"（责令重办{g.negative_reprocess}件）。",
    )
    register_table = ReportTable(
        caption="六、制度执行情况",
        headers=("项目", "数量"),
        rows=(
            ("首问责任登记", g.first_inquiries),
            ("咨询登记", g.consultations),
            ("投诉", g.complaints),
            ("其中有效投诉", g.complaints_valid),
            ("投诉已办结", g.complaints_closed),
            ("投诉超期", g.complaints_overdue),
            ("办不成事反映", g.cannot_do),
            ("办不成事受理", g.cannot_do_in_scope),
            ("办不成事回访满意", g.cannot_do_satisfied),
            ("帮办代办", g.assists),
            ("其中特殊群体", g.assists_special),
            ("差评回访", g.follow_ups),
            ("差评回访超期", g.follow_ups_overdue),
            ("否定备案", g.negative_filings),
            ("责令重办", g.negative_reprocess),
        ),
    )

    def table(caption: str, rows: tuple[FigureRow, ...]) -> ReportTable:
        return ReportTable(
            caption=caption,
            headers=FIGURE_HEADERS,
            rows=tuple(tuple(figure_cells(r)) for r in (*rows, report.total)),
            percent_columns=PERCENT_COLUMNS,
        )

    attendance_table = ReportTable(
        caption="四、考勤情况",
        headers=ATTENDANCE_HEADERS,
        rows=tuple(
            (
                f"{a.staff_name}（{a.staff_no}）",
                a.days_present,
                a.late_days,
                a.late_minutes,
                a.early_days,
                a.away_minutes,
            )
            for a in report.attendance
        ),
    )
    coverage_table = ReportTable(
        caption="五、AB岗顶岗与空岗情况",
        headers=COVERAGE_HEADERS,
        rows=tuple(
            (f"{c.window} {c.window_name}".strip(), c.cover_minutes, c.handovers, c.unstaffed_minutes)
            for c in report.coverage
        ),
    )
    return ReportSheet(
        title=f"{report.hall_name}{report.period.label}工作通报",
        subtitle=f"统计期间：{report.period.start.isoformat()} 至 {report.period.end.isoformat()}"
        f"    生成日期：{report.generated_on.isoformat()}",
        paragraphs=summary,
        tables=(
            table("一、各窗口办件及评价情况", report.by_window),
            table("二、各部门办件及评价情况", report.by_department),
            table("三、工作人员办件及评价情况", report.by_clerk),
            attendance_table,
            coverage_table,
            register_table,
        ),
    )
