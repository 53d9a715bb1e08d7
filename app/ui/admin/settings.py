"""Working-day calendar overrides and the hall's settings (name, opening hours, public phones)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.calendar_service import read_notice_file
from app.ui.admin.common import ActorSource, PanelBase, fill_table, split_items, tr
from app.ui.focus import OneStopDateEdit, set_tab_order
from app.ui.ops import OpRunner
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import pydate, qdate

if TYPE_CHECKING:
    from app.domain.calendar import Override
    from app.services.console import ConsoleService, HallSettingsView

PHONE_LABELS = (QT_TRANSLATE_NOOP("", "咨询电话"), QT_TRANSLATE_NOOP("", "投诉电话"), QT_TRANSLATE_NOOP("", "监督电话"))


class SettingsPanel(PanelBase):
    """Left: the calendar overrides; right: the hall's settings."""

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console

        self.override_date = OneStopDateEdit(self)
        self.override_date.setCalendarPopup(True)
        today = console.today()
        self.override_date.setDate(qdate(today))
        self.workday_check = QCheckBox(tr("上班"), self)
        self.override_note = QLineEdit(self)
        self.override_note.setPlaceholderText(tr("原因，如“台风停止办公”"))
        self.override_button = QPushButton(tr("保存调整"), self)
        self.remove_override_button = QPushButton(tr("撤销该日调整"), self)
        self.notice_button = QPushButton(tr("导入节假日安排…"), self)
        self.overrides_table = QTableWidget(self)
        self.hall_name_edit = QLineEdit(self)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setPlaceholderText("09:00-12:00,13:00-17:00")
        self.phone_edits = {label: QLineEdit(self) for label in PHONE_LABELS}
        self.follow_up_spin = QSpinBox(self)
        self.follow_up_spin.setRange(0, 30)
        self.save_hall_button = QPushButton(tr("保存大厅设置"), self)

        cal_box = QGroupBox(tr("工作日历调整"), self)
        cal_form = QFormLayout()
        cal_form.addRow(tr("日期"), self.override_date)
        cal_form.addRow("", self.workday_check)
        cal_form.addRow(tr("原因"), self.override_note)
        cal_buttons = QHBoxLayout()
        cal_buttons.addWidget(self.override_button)
        cal_buttons.addWidget(self.remove_override_button)
        cal_buttons.addWidget(self.notice_button)
        cal_layout = QVBoxLayout(cal_box)
        cal_layout.addLayout(cal_form)
        cal_layout.addLayout(cal_buttons)
        cal_layout.addWidget(self.overrides_table)
        hall_box = QGroupBox(tr("大厅设置"), self)
        hall_form = QFormLayout(hall_box)
        hall_form.addRow(tr("大厅名称"), self.hall_name_edit)
        hall_form.addRow(tr("办公时间"), self.hours_edit)
        for label, edit in self.phone_edits.items():
            hall_form.addRow(tr(label), edit)
        hall_form.addRow(tr("差评回访时限（工作日）"), self.follow_up_spin)
        hall_form.addRow("", self.save_hall_button)
        row = QHBoxLayout()
        row.addWidget(cal_box, 1)
        row.addWidget(hall_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)

        # Tab: the day, 上班, the reason, the three calendar buttons and the overrides' list
        # (which Tab leaves instead of moving between cells); then the hall's settings top to
        # bottom and 保存大厅设置.
        self.overrides_table.setTabKeyNavigation(False)
        set_tab_order(
            self.override_date,
            self.workday_check,
            self.override_note,
            self.override_button,
            self.remove_override_button,
            self.notice_button,
            self.overrides_table,
            self.hall_name_edit,
            self.hours_edit,
            *self.phone_edits.values(),
            self.follow_up_spin,
            self.save_hall_button,
        )

        self.override_button.clicked.connect(self._on_override_button_clicked)
        self.remove_override_button.clicked.connect(self._on_remove_override_button_clicked)
        self.save_hall_button.clicked.connect(self._on_save_hall_button_clicked)
        self.notice_button.clicked.connect(self._on_notice_button_clicked)

    def refresh(self) -> None:
        self.run(self._console.overrides, self._show_overrides)
        self.run(self._console.hall_settings, self._show_hall)

    def _show_overrides(self, rows: list[Override]) -> None:
        fill_table(
            self.overrides_table,
            [tr("日期"), tr("上班/休息"), tr("原因")],
            [[o.day.isoformat(), tr("上班") if o.is_workday else tr("休息"), o.note] for o in rows],
        )

    def _show_hall(self, view: HallSettingsView) -> None:
        self.hall_name_edit.setText(view.name)
        self.hours_edit.setText(",".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in view.hours.periods))
        for label, edit in self.phone_edits.items():
            edit.setText(view.phones.get(label, ""))
        self.follow_up_spin.setValue(view.follow_up_days)

    def _day(self) -> date:
        return pydate(self.override_date.date())

    def _show_changes(self, done: str, changes: tuple[Any, ...]) -> None:
        """Say what the calendar change did to the open cases (earlier dates first of all)."""
        earlier = sum(1 for ch in changes if ch.earlier)
        text = done
        if changes:
            text += tr("；%1个在办案件的承诺办结日期已重新计算").replace("%1", str(len(changes)))
            if earlier:
                text += tr("，其中%1个提前（见电子监察“导入放假通知后期限变化”）").replace("%1", str(earlier))
        self.message.ok(text)
        self.refresh()

    def _on_override_button_clicked(self) -> None:
        day, workday, note = self._day(), self.workday_check.isChecked(), self.override_note.text()
        self.run(
            lambda a: self._console.set_override(a, day, workday, note),
            lambda changes: self._show_changes(tr("工作日历已调整"), changes),
        )

    def _on_remove_override_button_clicked(self) -> None:
        day = self._day()
        self.run(
            lambda a: self._console.remove_override(a, day),
            lambda changes: self._show_changes(tr("已撤销"), changes),
        )

    def _on_notice_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择节假日安排文件"), "", tr("文本文件 (*.txt)"))
        if path:
            self.import_notice_file(Path(path))

    def import_notice_file(self, path: Path) -> None:
        """Import a holiday notice typed in the notice format (docs/calendar-format.md); all or nothing."""
        self.run(
            lambda a: self._console.import_notice(a, read_notice_file(path), path.name),
            lambda r: self._show_changes(
                tr("已导入：新增%1天，修改%2天").replace("%1", str(r.added)).replace("%2", str(r.changed)),
                r.date_changes,
            ),
        )

    def _on_save_hall_button_clicked(self) -> None:
        periods = [p.split("-") for p in split_items(self.hours_edit.text())]
        phones = {label: edit.text() for label, edit in self.phone_edits.items()}
        name, days = self.hall_name_edit.text(), self.follow_up_spin.value()
        self.run(
            lambda a: self._console.save_hall_settings(
                a, name=name, periods=periods, phones=phones, follow_up_days=days
            ),
            self._show_hall,
            tr("大厅设置已保存"),
        )
