"""今日: the window's figures for the day, as the center's daily check reads them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.dto import DayStats
from app.ui.context import Services
from app.ui.ops import OpRunner
from app.ui.pages.base import Page
from app.ui.status_strip import format_duration
from app.ui.punctuation import comma
from app.ui.values import value_text


class TodayPage(Page):
    """Called, served, no-shows, decisions by kind, average times and ratings of today."""

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        self.stats: DayStats | None = None
        self.day_label = QLabel(self)
        self.day_label.setObjectName("PageTitle")
        self.refresh_button = QPushButton(self)
        self.queue_box = QGroupBox(self)
        self.cases_box = QGroupBox(self)
        self.ratings_box = QGroupBox(self)
        #: Figure key → the label showing its value (tests read them).
        self.values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self._queue_form = QFormLayout(self.queue_box)
        self._cases_form = QFormLayout(self.cases_box)
        self._ratings_form = QFormLayout(self.ratings_box)
        for key in ("called", "served", "no_shows", "avg_wait", "avg_service"):
            self._add(self._queue_form, key)
        for key in ("accepted_total", "accepted_by_kind", "notices", "refusals", "returned", "finished_on_spot"):
            self._add(self._cases_form, key)
        for key in ("ratings_total", "ratings", "bad_ratings"):
            self._add(self._ratings_form, key)
        head = QHBoxLayout()
        head.addWidget(self.day_label, 1)
        head.addWidget(self.refresh_button)
        boxes = QHBoxLayout()
        boxes.addWidget(self.queue_box)
        boxes.addWidget(self.cases_box)
        boxes.addWidget(self.ratings_box)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()
        self.clear()

    def _add(self, form: QFormLayout, key: str) -> None:
        value = QLabel(self)
        caption = QLabel(self)
        self.values[key] = value
        self._captions[key] = caption
        form.addRow(caption, value)

    def title(self) -> str:
        return self.tr("今日")

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("刷新"))
        self.queue_box.setTitle(self.tr("叫号"))
        self.cases_box.setTitle(self.tr("办件"))
        self.ratings_box.setTitle(self.tr("评价"))
        captions = {
            "called": self.tr("叫号"),
            "served": self.tr("服务"),
            "no_shows": self.tr("过号"),
            "avg_wait": self.tr("平均等候"),
            "avg_service": self.tr("平均办理"),
            "accepted_total": self.tr("受理"),
            "accepted_by_kind": self.tr("按办件类型"),
            "notices": self.tr("一次性告知"),
            "refusals": self.tr("不予受理"),
            "returned": self.tr("退回"),
            "finished_on_spot": self.tr("即办办结"),
            "ratings_total": self.tr("评价数"),
            "ratings": self.tr("评价分布"),
            "bad_ratings": self.tr("差评"),
        }
        for key, caption in self._captions.items():
            caption.setText(captions[key])
        self._show()

    def clear(self) -> None:
        self.stats = None
        self._show()

    def refresh(self) -> None:
        session = self.services.session
        stats = self.services.stats
        code = self.services.settings.window_code
        self.ops.run(lambda: stats.today(code, session.today()), self._on_stats)

    def _on_stats(self, stats: DayStats) -> None:
        self.stats = stats
        self._show()

    def _show(self) -> None:
        s = self.stats
        if s is None:
            self.day_label.setText(self.tr("今日数据"))
            for value in self.values.values():
                value.setText("—")
            return
        self.day_label.setText(
            self.tr("%1号窗口 %2 数据").replace("%1", s.window_code).replace("%2", s.day.isoformat())
        )

        def avg(seconds: float | None) -> str:
            return "—" if seconds is None else format_duration(seconds)

        shown = {
            "called": str(s.called),
            "served": str(s.served),
            "no_shows": str(s.no_shows),
            "avg_wait": avg(s.avg_wait_seconds),
            "avg_service": avg(s.avg_service_seconds),
            "accepted_total": str(s.accepted_total),
            "accepted_by_kind": comma().join(f"{value_text(k)} {n}" for k, n in s.accepted_by_kind) or "—",
            "notices": str(s.notices),
            "refusals": str(s.refusals),
            "returned": str(s.returned),
            "finished_on_spot": str(s.finished_on_spot),
            "ratings_total": str(s.ratings_total),
            "ratings": comma().join(f"{value_text(k)} {n}" for k, n in s.ratings) or "—",
            "bad_ratings": str(s.bad_ratings),
        }
        for key, value in self.values.items():
            value.setText(shown[key])
