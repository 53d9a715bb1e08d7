"""AB-post assignments of a window and day substitutes (顶岗) approved by the center."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PostRole
from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.focus import OneStopDateEdit, set_tab_order
from app.ui.ops import OpRunner
from app.ui.punctuation import paren
from app.ui.values import pydate, qdate, value_combo, value_text

if TYPE_CHECKING:
    from app.services.console import ConsoleService, PostView, StaffView, SubstituteView, WindowView


class PostsPanel(PanelBase):
    """Choose a window, give it an A岗 and B岗s; approve a substitute for a day."""

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console

        self.window_combo = QComboBox(self)
        self.staff_combo = QComboBox(self)
        self.post_combo = value_combo(self, [PostRole.A, PostRole.B])
        self.assign_button = QPushButton(tr("设为该岗位"), self)
        self.remove_button = QPushButton(tr("取消该岗位"), self)
        self.posts_table = QTableWidget(self)
        self.substitute_staff_combo = QComboBox(self)
        self.substitute_date = OneStopDateEdit(self)
        self.substitute_date.setCalendarPopup(True)
        self.substitute_date.setDate(qdate(console.today()))
        self.substitute_note = QLineEdit(self)
        self.substitute_note.setPlaceholderText(tr("事由，如“A岗请假”"))
        self.substitute_button = QPushButton(tr("批准顶岗"), self)
        self.substitutes_table = QTableWidget(self)

        posts_box = QGroupBox(tr("AB岗"), self)
        posts_form = QFormLayout()
        posts_form.addRow(tr("窗口"), self.window_combo)
        posts_form.addRow(tr("工作人员"), self.staff_combo)
        posts_form.addRow(tr("岗位"), self.post_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        posts_layout = QVBoxLayout(posts_box)
        posts_layout.addLayout(posts_form)
        posts_layout.addLayout(buttons)
        posts_layout.addWidget(self.posts_table)
        sub_box = QGroupBox(tr("顶岗（按日批准）"), self)
        sub_form = QFormLayout()
        sub_form.addRow(tr("顶岗人员"), self.substitute_staff_combo)
        sub_form.addRow(tr("日期"), self.substitute_date)
        sub_form.addRow(tr("事由"), self.substitute_note)
        sub_layout = QVBoxLayout(sub_box)
        sub_layout.addLayout(sub_form)
        sub_layout.addWidget(self.substitute_button)
        sub_layout.addWidget(self.substitutes_table)
        layout = QHBoxLayout()
        layout.addWidget(posts_box, 1)
        layout.addWidget(sub_box, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)

        # Tab: the AB岗 form, its buttons and the window's posts; then the 顶岗 form, 批准顶岗
        # and the day's substitutes. Tab leaves the lists instead of moving between cells.
        for table in (self.posts_table, self.substitutes_table):
            table.setTabKeyNavigation(False)
        set_tab_order(
            self.window_combo,
            self.staff_combo,
            self.post_combo,
            self.assign_button,
            self.remove_button,
            self.posts_table,
            self.substitute_staff_combo,
            self.substitute_date,
            self.substitute_note,
            self.substitute_button,
            self.substitutes_table,
        )

        self.window_combo.currentIndexChanged.connect(self._on_window_combo_changed)
        self.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.substitute_button.clicked.connect(self._on_substitute_button_clicked)
        self.substitute_date.dateChanged.connect(lambda _d: self._load_substitutes())

    def refresh(self) -> None:
        self.run(lambda a: (self._console.windows(a), self._console.staff(a)), self._show_choices)

    def _show_choices(self, result: tuple[list[WindowView], list[StaffView]]) -> None:
        windows, staff = result
        self.window_combo.blockSignals(True)
        self.window_combo.clear()
        for w in windows:
            self.window_combo.addItem(f"{w.code} {w.name}", w.code)
        self.window_combo.blockSignals(False)
        for combo in (self.staff_combo, self.substitute_staff_combo):
            combo.clear()
            for s in staff:
                if s.active:
                    combo.addItem(s.name + paren(s.staff_no), s.staff_no)
        self._load_posts()
        self._load_substitutes()

    def select(self, combo: QComboBox, data: str) -> None:
        """Pick the entry whose data is ``data`` (a window code or a staff number)."""
        combo.setCurrentIndex(combo.findData(data))

    def window_code(self) -> str:
        return str(self.window_combo.currentData() or "")

    def _on_window_combo_changed(self, _index: int) -> None:
        self._load_posts()

    def _load_posts(self) -> None:
        code = self.window_code()
        if code:
            self.run(lambda a: self._console.posts(a, code), self._show_posts)

    def _show_posts(self, posts: list[PostView]) -> None:
        fill_table(
            self.posts_table,
            [tr("岗位"), tr("姓名"), tr("工号"), tr("起"), tr("止")],
            [[value_text(p.post), p.name, p.staff_no, p.valid_from or "", p.valid_to or ""] for p in posts],
        )

    def _selected(self) -> tuple[str, str, PostRole]:
        return self.window_code(), str(self.staff_combo.currentData() or ""), PostRole(self.post_combo.currentData())

    def _on_assign_button_clicked(self) -> None:
        window, staff_no, post = self._selected()
        self.run(
            lambda a: self._console.assign_post(a, window, staff_no, post),
            lambda _r: self._load_posts(),
            tr("已设置%1号窗口的%2").replace("%1", window).replace("%2", value_text(post)),
        )

    def _on_remove_button_clicked(self) -> None:
        window, staff_no, post = self._selected()
        self.run(
            lambda a: self._console.remove_post(a, window, staff_no, post), lambda _r: self._load_posts(), tr("已取消")
        )

    def substitute_day(self) -> date:
        return pydate(self.substitute_date.date())

    def _load_substitutes(self) -> None:
        day = self.substitute_day()
        self.run(lambda a: self._console.substitutes(a, day), self._show_substitutes)

    def _show_substitutes(self, rows: list[SubstituteView]) -> None:
        fill_table(
            self.substitutes_table,
            [tr("窗口"), tr("顶岗人员"), tr("工号"), tr("日期"), tr("事由")],
            [[s.window, s.name, s.staff_no, s.day.isoformat(), s.note] for s in rows],
        )

    def _on_substitute_button_clicked(self) -> None:
        window, staff_no = self.window_code(), str(self.substitute_staff_combo.currentData() or "")
        day, note = self.substitute_day(), self.substitute_note.text().strip()

        def done(_r: Any) -> None:
            self._load_substitutes()

        self.run(
            lambda a: self._console.set_substitute(a, window, staff_no, day, note),
            done,
            tr("已批准%1在%2顶岗").replace("%1", staff_no).replace("%2", day.isoformat()),
        )
