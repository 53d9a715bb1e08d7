"""A day's attendance and AB-post coverage: sign-in/out, lateness, away time, cover, handovers, 空岗."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QTableWidget, QVBoxLayout, QWidget

from app.services.clock import HALL_TZ
from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.ops import OpRunner
from app.ui.punctuation import comma, joined
from app.ui.values import pydate, qdate

if TYPE_CHECKING:
    from app.services.attendance import AttendanceDay
    from app.services.supervision import SupervisionService


def _hm(at: datetime | None) -> str:
    if at is None:
        return tr("未签退")
    return at.astimezone(HALL_TZ).strftime("%H:%M")


class AttendancePanel(PanelBase):
    """One day of one hall: who was at which window when, and where nobody was."""

    def __init__(
        self,
        supervision: SupervisionService,
        ops: OpRunner,
        actor: ActorSource,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, actor, parent)
        self._supervision = supervision
        #: The last day shown.
        self.data: AttendanceDay | None = None
        self.day_edit = QDateEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(qdate(today))
        self.info_label = QLabel(self)
        self.rows_table = QTableWidget(self)
        self.covers_table = QTableWidget(self)
        self.handovers_table = QTableWidget(self)
        self.gaps_table = QTableWidget(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("日期"), self))
        bar.addWidget(self.day_edit)
        bar.addWidget(self.info_label, 1)
        grid = QGridLayout()
        for i, (title, table) in enumerate(
            (
                (tr("签到签退"), self.rows_table),
                (tr("B岗/顶岗"), self.covers_table),
                (tr("交接"), self.handovers_table),
                (tr("空岗"), self.gaps_table),
            )
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            grid.addWidget(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())

    def day(self) -> date:
        return pydate(self.day_edit.date())

    def refresh(self) -> None:
        day = self.day()
        self.run(lambda a: self._supervision.attendance(a, day), self.show_day)

    def show_day(self, data: AttendanceDay) -> None:
        self.data = data
        self.info_label.setText(
            (tr("工作日") if data.is_workday else tr("休息日"))
            + "  "
            + tr("办公时间：")
            + comma().join(f"{a:%H:%M}-{b:%H:%M}" for a, b in data.hours.periods)
        )
        fill_table(
            self.rows_table,
            [
                tr("窗口"),
                tr("姓名"),
                tr("岗位"),
                tr("签到"),
                tr("签退"),
                tr("迟到(分)"),
                tr("早退(分)"),
                tr("离开(分)"),
                tr("离开次数"),
            ],
            [
                [
                    r.window,
                    r.staff_name,
                    joined(r.posts),
                    _hm(r.sign_in),
                    _hm(r.sign_out),
                    r.late_minutes,
                    r.early_minutes,
                    r.away_minutes,
                    r.away_count,
                ]
                for r in data.rows
            ],
        )
        fill_table(
            self.covers_table,
            [tr("窗口"), tr("姓名"), tr("岗位"), tr("起"), tr("止")],
            [[c.window, c.staff_name, c.post, _hm(c.span.start), _hm(c.span.end)] for c in data.covers],
        )
        fill_table(
            self.handovers_table,
            [tr("窗口"), tr("时间"), tr("交出"), tr("接手"), tr("交接事项")],
            [[h.window, _hm(h.at), h.from_name, h.to_name, h.note] for h in data.handovers],
        )
        fill_table(
            self.gaps_table,
            [tr("窗口"), tr("起"), tr("止"), tr("分钟")],
            [[g.window, _hm(g.span.start), _hm(g.span.end), g.span.minutes] for g in data.gaps],
        )
