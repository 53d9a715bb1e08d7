"""电子监察 dashboard: what the center follows across the hall, refreshed every minute,
plus the monthly report (月通报) exported to PDF or ``.xlsx``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner
from app.ui.values import period_text, value_text

if TYPE_CHECKING:
    from app.services.reports import ReportService
    from app.services.date_changes import DateChange
    from app.services.stage_alerts import CaseAlert, StageLine
    from app.services.supervision import Dashboard, RatingLine, SupervisionService

#: Rows every dashboard table shows at least (the page scrolls rather than squash them).
MIN_ROWS = 5


def table_height_for(table: QTableWidget, rows: int) -> int:
    """The height that shows the header, ``rows`` rows of ``table`` whole and the horizontal
    scroll bar its wide columns bring (it took the fifth row at 1366 px)."""
    header = table.horizontalHeader().sizeHint().height()
    scroll_bar = table.horizontalScrollBar().sizeHint().height()
    return header + rows * table.verticalHeader().defaultSectionSize() + scroll_bar + 2 * table.frameWidth() + 2


#: How often the dashboard reloads itself.
REFRESH_MS = 60_000
#: Background of a promised date that a calendar import moved earlier.
EARLIER_COLOUR = "#ffd6d6"


def _due(day: date, provisional: bool) -> str:
    return day.isoformat() + " " + tr("暂定") if provisional else day.isoformat()


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _alert_rows(alerts: tuple[CaseAlert, ...]) -> list[list[object]]:
    return [
        [
            a.case_number,
            a.window,
            a.matter,
            a.applicant,
            _due(a.due, a.provisional),
            a.days_left,
            value_text(a.stage),
            a.responsible,
            value_text(a.reason),
        ]
        for a in alerts
    ]


def _stage_days(line: StageLine) -> str:
    return " ".join(f"{value_text(stage)}{days}" for stage, days in line.stage_days)


def _stage_rows(lines: tuple[StageLine, ...]) -> list[list[object]]:
    return [
        [
            line.case_number,
            line.window,
            line.matter,
            value_text(line.stage),
            line.stage_workdays,
            line.responsible,
            _stage_days(line),
            line.due.isoformat() if line.due else "",
            "" if line.days_left is None else line.days_left,
        ]
        for line in lines
    ]


def _change_rows(changes: tuple[DateChange, ...]) -> list[list[object]]:
    return [
        [
            ch.case_number,
            ch.window,
            ch.matter_name,
            ch.old_due.isoformat() if ch.old_due else "",
            _due(ch.new_due, ch.provisional),
            tr("提前") if ch.earlier else tr("推后"),
        ]
        for ch in changes
    ]


def _rating_rows(lines: tuple[RatingLine, ...]) -> list[list[object]]:
    return [
        [
            line.label,
            line.figures.total,
            line.figures.good,
            line.figures.bad,
            line.figures.unrated,
            _percent(line.figures.good_rate),
            _percent(line.figures.unrated_share),
        ]
        for line in lines
    ]


class SupervisionDashboard(PanelBase):
    """Tables of alerts and ratings; the month chooser drives the ratings and the report export."""

    def __init__(
        self,
        supervision: SupervisionService,
        reports: ReportService,
        ops: OpRunner,
        actor: ActorSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, actor, parent)
        self._supervision = supervision
        self._reports = reports
        #: The last data shown (tests and the status bar read it).
        self.data: Dashboard | None = None

        today = reports.today()
        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat(tr("yyyy年M月"))
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        self.refresh_button = QPushButton(tr("刷新"), self)
        self.export_pdf_button = QPushButton(tr("导出月通报 PDF…"), self)
        self.export_xlsx_button = QPushButton(tr("导出月通报 Excel…"), self)
        self.summary_label = QLabel(self)
        #: From 1 November until next year's holiday notice is imported.
        self.calendar_warning_label = QLabel(self)
        self.calendar_warning_label.setObjectName("InlineError")
        self.calendar_warning_label.setWordWrap(True)
        self.calendar_warning_label.hide()
        # The provincial exchange: reconciliation differences, rejected and late items.
        self.province_label = QLabel(self)
        self.province_label.setObjectName("InlineError")
        self.province_label.setWordWrap(True)
        self.province_label.hide()
        self.date_changes_table = QTableWidget(self)
        self.overdue_table = QTableWidget(self)
        #: Every accepted case on its way: stage, who has it, working days per stage.
        self.stages_table = QTableWidget(self)
        self.near_table = QTableWidget(self)
        self.five_day_table = QTableWidget(self)
        self.registers_table = QTableWidget(self)
        self.windows_table = QTableWidget(self)
        self.window_ratings_table = QTableWidget(self)
        self.clerk_ratings_table = QTableWidget(self)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("评价统计月份"), self))
        bar.addWidget(self.month_edit)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.export_pdf_button)
        bar.addWidget(self.export_xlsx_button)
        grid = QGridLayout()
        boxes = (
            (tr("超期办件"), self.overdue_table),
            (tr("即将到期办件"), self.near_table),
            (tr("在办件阶段及各阶段用时（工作日）"), self.stages_table),
            (tr("补正告知5日风险（行政许可法第32条）"), self.five_day_table),
            (tr("投诉、办不成事、差评回访（按期限）"), self.registers_table),
            (tr("窗口在岗情况"), self.windows_table),
            (tr("各窗口好差评"), self.window_ratings_table),
            (tr("工作人员好差评"), self.clerk_ratings_table),
            (tr("导入放假通知后期限变化（红色：提前）"), self.date_changes_table),
        )
        # Eight tables do not fit a 768-pixel screen at a readable height (they showed 2½
        # rows each): every table keeps at least MIN_ROWS rows and the grid scrolls instead.
        self._tables: list[QTableWidget] = []
        tables_area = QWidget(self)
        tables_area.setLayout(grid)
        for i, (title, table) in enumerate(boxes):
            box = QGroupBox(title, tables_area)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            self._tables.append(table)
            grid.addWidget(box, i // 2, i % 2)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(tables_area)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.calendar_warning_label)
        layout.addWidget(self.province_label)
        layout.addWidget(self.summary_label)
        self._keep_rows_whole()
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh)
        self.month_edit.dateChanged.connect(lambda _d: self.refresh())
        self.export_pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self._on_export_clicked("xlsx"))
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def _keep_rows_whole(self) -> None:
        """Every table tall enough for MIN_ROWS whole rows in the look it has now: the rows
        grow once the style sheet is applied (30 px, not 25) and with the large font."""
        for table in self._tables:
            table.setMinimumHeight(table_height_for(table, MIN_ROWS))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_rows_whole()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_rows_whole()

    def month(self) -> tuple[int, int]:
        d = self.month_edit.date()
        return d.year(), d.month()

    def refresh(self) -> None:
        from app.services.report_figures import Period

        year, month = self.month()
        period = Period.month(year, month)
        self.run(lambda a: self._supervision.dashboard(a, period), self.show_dashboard)

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        alert_headers = [
            tr("办件编号"),
            tr("窗口"),
            tr("事项"),
            tr("申请人"),
            tr("期限"),
            tr("剩余工作日"),
            tr("阶段"),
            tr("责任部门"),
            tr("告警"),
        ]
        fill_table(self.overdue_table, alert_headers, _alert_rows(data.overdue_cases))
        fill_table(self.near_table, alert_headers, _alert_rows(data.near_due_cases))
        fill_table(self.five_day_table, alert_headers, _alert_rows(data.five_day_risks))
        fill_table(
            self.stages_table,
            [
                tr("办件编号"),
                tr("窗口"),
                tr("事项"),
                tr("阶段"),
                tr("本阶段工作日"),
                tr("责任部门"),
                tr("各阶段用时"),
                tr("期限"),
                tr("剩余工作日"),
            ],
            _stage_rows(data.stage_lines),
        )
        fill_table(
            self.date_changes_table,
            [tr("办件编号"), tr("窗口"), tr("事项"), tr("原期限"), tr("新期限"), tr("变化")],
            _change_rows(data.date_changes),
        )
        for row, change in enumerate(data.date_changes):
            if change.earlier:
                for col in range(self.date_changes_table.columnCount()):
                    item = self.date_changes_table.item(row, col)
                    if item is not None:
                        item.setBackground(QBrush(QColor(EARLIER_COLOUR)))
        self.calendar_warning_label.setText(data.calendar_warning or "")
        self.calendar_warning_label.setVisible(bool(data.calendar_warning))
        self.province_label.setText("\n".join(data.province_warnings))
        self.province_label.setVisible(bool(data.province_warnings))
        fill_table(
            self.registers_table,
            [tr("类别"), tr("窗口/承办"), tr("内容"), tr("期限"), tr("状态"), tr("剩余工作日")],
            [
                [value_text(i.register), i.window, i.title, i.due.isoformat(), value_text(i.status), i.days_left]
                for i in data.registers
            ],
        )
        fill_table(
            self.windows_table,
            [tr("窗口"), tr("名称"), tr("状态"), tr("在岗人员"), tr("空岗"), tr("网络")],
            [
                [
                    w.window,
                    w.name,
                    value_text(w.status),
                    w.staff_name,
                    tr("空岗") if w.unstaffed else "",
                    tr("断网") if w.pc_offline else "",
                ]
                for w in data.windows
            ],
        )
        rating_headers = [
            tr("名称"),
            tr("评价总数"),
            tr("好评"),
            tr("差评"),
            tr("未评价"),
            tr("好评率"),
            tr("未评价占比"),
        ]
        fill_table(self.window_ratings_table, rating_headers, _rating_rows(data.ratings_by_window))
        fill_table(self.clerk_ratings_table, rating_headers, _rating_rows(data.ratings_by_clerk))
        t = data.ratings_total
        unstaffed = sum(w.unstaffed for w in data.windows)
        self.summary_label.setText(
            tr("超期%1件，即将到期%2件，5日风险%3件，待办登记%4件，空岗窗口%5个；%6好评率%7，差评%8次")
            .replace("%1", str(len(data.overdue_cases)))
            .replace("%2", str(len(data.near_due_cases)))
            .replace("%3", str(len(data.five_day_risks)))
            .replace("%4", str(len(data.registers)))
            .replace("%5", str(unstaffed))
            .replace("%6", period_text(data.period))
            .replace("%7", _percent(t.good_rate))
            .replace("%8", str(t.bad))
        )

    def _on_export_clicked(self, fmt: str) -> None:
        year, month = self.month()
        suffix = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        name = tr("月通报-%1.%2").replace("%1", f"{year}-{month:02d}").replace("%2", fmt)
        path, _ = QFileDialog.getSaveFileName(self, tr("导出月通报"), name, suffix)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Render the month's report off the GUI thread and write it to ``path``."""
        from app.services.report_figures import ExportFormat

        year, month = self.month()
        export = ExportFormat(fmt)
        self.run(
            lambda a: path.write_bytes(self._reports.export_monthly_for(a, year, month, export)),
            None,
            tr("已导出到%1").replace("%1", str(path)),
        )
