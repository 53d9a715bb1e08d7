"""Statistics per window, clerk, department or matter for a day, a month or a range, with export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner
from app.ui.values import period_text, pydate, qdate, value_combo, value_text

if TYPE_CHECKING:
    from app.services.report_figures import Dimension, Period, Statistics
    from app.services.reports import ReportService


class StatisticsPanel(PanelBase):
    """Choose a range and a breakdown; the table shows the same columns the export writes."""

    def __init__(
        self, reports: ReportService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._reports = reports
        #: The last statistics shown.
        self.data: Statistics | None = None

        today = reports.today()
        self.start_edit = QDateEdit(self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDate(qdate(today.replace(day=1)))
        self.end_edit = QDateEdit(self)
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDate(qdate(today))
        from app.services.report_figures import Dimension

        self.dimension_combo = value_combo(self, list(Dimension))
        self.today_button = QPushButton(tr("今日"), self)
        self.month_button = QPushButton(tr("本月"), self)
        self.query_button = QPushButton(tr("统计"), self)
        self.export_pdf_button = QPushButton(tr("导出 PDF…"), self)
        self.export_xlsx_button = QPushButton(tr("导出 Excel…"), self)
        self.table = QTableWidget(self)
        #: The hall's cases per stage (受理 … 已归档) and the working days the stages took.
        self.stage_table = QTableWidget(self)

        bar = QHBoxLayout()
        for widget in (
            QLabel(tr("从"), self),
            self.start_edit,
            QLabel(tr("至"), self),
            self.end_edit,
            QLabel(tr("按"), self),
            self.dimension_combo,
            self.today_button,
            self.month_button,
            self.query_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_pdf_button)
        bar.addWidget(self.export_xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(tr("各阶段办件及用时（工作日）"), self))
        layout.addWidget(self.stage_table)
        layout.addWidget(self.message)

        self.query_button.clicked.connect(self.refresh)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.month_button.clicked.connect(self._on_month_button_clicked)
        self.export_pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self._on_export_clicked("xlsx"))

    def _period(self) -> Period:
        from app.services.report_figures import Period

        start, end = pydate(self.start_edit.date()), pydate(self.end_edit.date())
        return Period.day(start) if start == end else Period.between(start, end)

    def _dimension(self) -> Dimension:
        from app.services.report_figures import Dimension

        return Dimension(self.dimension_combo.currentData())

    def _on_today_button_clicked(self) -> None:
        today = self._reports.today()
        self.start_edit.setDate(qdate(today))
        self.end_edit.setDate(qdate(today))
        self.refresh()

    def _on_month_button_clicked(self) -> None:
        today = self._reports.today()
        self.start_edit.setDate(qdate(today.replace(day=1)))
        self.end_edit.setDate(qdate(today))
        self.refresh()

    def refresh(self) -> None:
        period, dimension = self._period(), self._dimension()
        self.run(lambda actor: self._reports.statistics_for(actor, period, dimension), self.show_statistics)

    def show_statistics(self, stats: Statistics) -> None:
        from app.printing.reports import format_cell
        from app.services.report_sheets import FIGURE_HEADERS, PERCENT_COLUMNS, STAGE_HEADERS, figure_cells, stage_cells

        self.data = stats
        rows = [
            [format_cell(v, FIGURE_HEADERS[i] in PERCENT_COLUMNS) for i, v in enumerate(figure_cells(r))]
            for r in (*stats.rows, stats.total)
        ]
        if rows:  # the total row's name (合计) is the services' word
            rows[-1][0] = value_text(rows[-1][0])
        fill_table(self.table, [value_text(h) for h in FIGURE_HEADERS], rows)
        self.message.ok(tr("统计期间：%1").replace("%1", period_text(stats.period)))
        stage_rows = [[format_cell(v) for v in stage_cells(f)] for f in stats.stages]
        for row in stage_rows:
            row[0] = value_text(row[0])
        fill_table(self.stage_table, [value_text(h) for h in STAGE_HEADERS], stage_rows)

    def _on_export_clicked(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("导出统计表"), tr("统计表") + f".{fmt}", "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        from app.services.report_figures import ExportFormat

        period, dimension, export = self._period(), self._dimension(), ExportFormat(fmt)
        self.run(
            lambda actor: path.write_bytes(self._reports.export_statistics_for(actor, period, dimension, export)),
            lambda _r: self.message.ok(tr("已导出到%1").replace("%1", str(path))),
        )
