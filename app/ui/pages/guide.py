"""事项指南: search as you type, then read every element of the matter's guide.

Typing is debounced (the query runs on the worker after a short pause) and the
results are DTOs in a list model; the guide itself is rendered as HTML so it reads
like the printed 办事指南 the applicant knows, with 示例 content marked in red.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import BundleInfo, MatterGuide, MatterHit
from app.ui.context import Services
from app.ui.focus import set_tab_order
from app.ui.look import mark_primary
from app.ui.models import DtoListModel, DtoRole
from app.ui.ops import OpRunner
from app.ui.pages.base import Page
from app.ui.punctuation import colon, joined, paren
from app.ui.values import value_text

#: Pause after the last keystroke before searching (ms).
SEARCH_DEBOUNCE_MS = 150
#: The pause after a keystroke when the previous search took under FAST_QUERY_MS: one frame.
FAST_DEBOUNCE_MS = 16
FAST_QUERY_MS = 16.0


def hit_text(hit: MatterHit) -> str:
    """One line of the result list: name, then markers the clerk scans for."""
    marks = []
    if hit.is_window_matter:
        marks.append(QCoreApplication.translate("GuidePage", "本窗口"))
    if hit.is_frequent:
        marks.append(QCoreApplication.translate("GuidePage", "常办"))
    if hit.is_demo:
        marks.append(QCoreApplication.translate("GuidePage", "示例"))
    suffix = "  " + QCoreApplication.translate("GuidePage", "〔%1〕").replace("%1", "·".join(marks)) if marks else ""
    return f"{hit.name}{suffix}"


def _row(label: str, value: str | None) -> str:
    shown = (
        html.escape(value)
        if value
        else "<span style='color:#888'>"
        + html.escape(QCoreApplication.translate("GuidePage", "（未设定）"))
        + "</span>"
    )
    return (
        "<tr><td style='white-space:nowrap;color:#1f4e79;padding-right:12px;vertical-align:top'>"
        f"{html.escape(label)}</td><td>{shown}</td></tr>"
    )


def _join(values: Iterable[str]) -> str:
    return joined(v for v in values if v)


def _days(days: int | None) -> str | None:
    if days is None:
        return None
    if days == 0:
        return QCoreApplication.translate("GuidePage", "即时办结")
    return QCoreApplication.translate("GuidePage", "%1个工作日").replace("%1", str(days))


def guide_html(guide: MatterGuide, window_names: dict[str, str] | None = None) -> str:
    """The whole guide as HTML: every CATALOG_FORMAT.md element, 示例 badge included."""
    names = window_names or {}
    parts: list[str] = []
    badge = (
        " <span style='background:#c62828;color:white;font-weight:bold'>&nbsp;"
        + html.escape(QCoreApplication.translate("GuidePage", "示例"))
        + "&nbsp;</span>"
        if guide.is_demo
        else ""
    )
    parts.append(f"<h2>{html.escape(guide.name)}{badge}</h2>")
    if guide.is_demo:
        parts.append(
            "<p style='color:#c62828'>"
            + html.escape(
                QCoreApplication.translate("GuidePage", "本指南为示例内容，正式使用前请以中心发布的办事指南为准。")
            )
            + "</p>"
        )
    fee: str | None
    if guide.fee_charged is None:
        fee = None
    elif guide.fee_charged:
        fee = QCoreApplication.translate("GuidePage", "收费") + (
            colon() + guide.fee_standard if guide.fee_standard else ""
        )
    else:
        fee = QCoreApplication.translate("GuidePage", "不收费")
    result = ((guide.result_name or "") + (paren(value_text(guide.result_kind)) if guide.result_kind else "")) or None
    windows = (
        _join(
            QCoreApplication.translate("GuidePage", "%1号窗口 %2")
            .replace("%1", c)
            .replace("%2", names.get(c, ""))
            .strip()
            for c in guide.windows
        )
        or None
    )
    rows = [
        (QCoreApplication.translate("GuidePage", "事项编码"), guide.code),
        (QCoreApplication.translate("GuidePage", "事项类型"), value_text(guide.type)),
        (QCoreApplication.translate("GuidePage", "实施主体"), guide.department_name + paren(guide.department_code)),
        (QCoreApplication.translate("GuidePage", "办件类型"), value_text(guide.case_kind)),
        (QCoreApplication.translate("GuidePage", "法定办结时限"), _days(guide.legal_limit_days)),
        (QCoreApplication.translate("GuidePage", "承诺办结时限"), _days(guide.promised_limit_days)),
        (QCoreApplication.translate("GuidePage", "设定依据"), guide.basis),
        (QCoreApplication.translate("GuidePage", "受理条件"), guide.conditions),
        (QCoreApplication.translate("GuidePage", "服务对象"), _join(guide.targets) or None),
        (QCoreApplication.translate("GuidePage", "收费标准"), fee),
        (QCoreApplication.translate("GuidePage", "收费依据"), guide.fee_basis),
        (QCoreApplication.translate("GuidePage", "办理结果"), result),
        (QCoreApplication.translate("GuidePage", "办理地点"), guide.location),
        (QCoreApplication.translate("GuidePage", "办理时间"), guide.hours),
        (QCoreApplication.translate("GuidePage", "咨询方式"), guide.consult),
        (QCoreApplication.translate("GuidePage", "监督投诉方式"), guide.complaint),
        (QCoreApplication.translate("GuidePage", "受理窗口"), windows),
        (QCoreApplication.translate("GuidePage", "牵头部门"), guide.lead_department),
        (QCoreApplication.translate("GuidePage", "协办部门"), _join(guide.co_departments) or None),
        (
            QCoreApplication.translate("GuidePage", "容缺受理"),
            QCoreApplication.translate("GuidePage", "可容缺受理")
            if guide.allows_deficiency
            else QCoreApplication.translate("GuidePage", "不适用容缺受理"),
        ),
        (QCoreApplication.translate("GuidePage", "特别程序（不计时）"), _join(guide.special_procedures) or None),
        (QCoreApplication.translate("GuidePage", "关键词"), _join(guide.keywords) or None),
        (
            QCoreApplication.translate("GuidePage", "高频事项"),
            QCoreApplication.translate("GuidePage", "是")
            if guide.high_frequency
            else QCoreApplication.translate("GuidePage", "否"),
        ),
    ]
    parts.append("<table cellspacing='2'>" + "".join(_row(label, value) for label, value in rows) + "</table>")
    if guide.situations:
        parts.append("<h3>" + html.escape(QCoreApplication.translate("GuidePage", "情形")) + "</h3><ul>")
        for s in guide.situations:
            question = f" — {html.escape(s.question)}" if s.question else ""
            parts.append(f"<li><b>{html.escape(s.name)}</b>{html.escape(paren(s.code))}{question}</li>")
        parts.append("</ul>")
    situation_names = {s.code: s.name for s in guide.situations}
    parts.append(
        "<h3>"
        + html.escape(QCoreApplication.translate("GuidePage", "申请材料") + paren(str(len(guide.materials))))
        + "</h3>"
    )
    if not guide.materials:
        parts.append("<p>" + html.escape(QCoreApplication.translate("GuidePage", "无需提交材料")) + "</p>")
    for i, m in enumerate(guide.materials, 1):
        labels = [
            value_text(m.necessity),
            value_text(m.form),
            QCoreApplication.translate("GuidePage", "%1份").replace("%1", str(m.copies)),
        ]
        if m.deficiency_ok:
            labels.append(QCoreApplication.translate("GuidePage", "可容缺"))
        if m.shared:
            labels.append(QCoreApplication.translate("GuidePage", "免提交（数据共享）"))
        detail = [
            (QCoreApplication.translate("GuidePage", "材料编码"), m.code),
            (
                QCoreApplication.translate("GuidePage", "适用情形"),
                _join(situation_names.get(c, c) for c in m.situations)
                or QCoreApplication.translate("GuidePage", "所有情形"),
            ),
            (QCoreApplication.translate("GuidePage", "规格"), m.spec),
            (QCoreApplication.translate("GuidePage", "来源渠道"), m.source),
            (QCoreApplication.translate("GuidePage", "受理标准"), m.standard),
            (QCoreApplication.translate("GuidePage", "提供依据"), m.basis),
            (QCoreApplication.translate("GuidePage", "空白表格"), m.blank_form),
            (QCoreApplication.translate("GuidePage", "示例样表"), m.sample),
        ]
        parts.append(
            f"<p style='margin-bottom:0'><b>{i}. {html.escape(m.name)}</b> "
            "<span style='color:#555'>"
            + html.escape(QCoreApplication.translate("GuidePage", "［%1］").replace("%1", " · ".join(labels)))
            + "</span></p>"
        )
        parts.append("<table style='margin-left:18px'>" + "".join(_row(a, b) for a, b in detail) + "</table>")
    extra = {k: v for k, v in guide.ext.items() if k != "demo"}
    if extra:
        parts.append("<h3>" + html.escape(QCoreApplication.translate("GuidePage", "其他信息")) + "</h3><table>")
        parts.append("".join(_row(str(k), str(v)) for k, v in sorted(extra.items())))
        parts.append("</table>")
    return "".join(parts)


class GuidePage(Page):
    """Find a matter and read its guide; Enter or the button starts the intake."""

    #: Request: start an intake for this matter code.
    intake_requested = Signal(str)
    #: Request: start an intake for this 一件事 (bundle code).
    bundle_intake_requested = Signal(str)

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        self._guide: MatterGuide | None = None
        self._query_serial = 0
        self.results = DtoListModel(hit_text, key=lambda h: h.code, tooltip=lambda h: f"{h.code} · {h.case_kind}")
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.result_view = QListView(self)
        self.result_view.setModel(self.results)
        self.result_view.setUniformItemSizes(True)
        self.count_label = QLabel(self)
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("DemoBadge")
        self.demo_badge.hide()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("PageTitle")
        self.title_label.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.start_button = QPushButton(self)
        self.start_button.setEnabled(False)
        mark_primary(self.start_button)
        self.bundle_combo = QComboBox(self)
        self.bundle_button = QPushButton(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.result_view, 1)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.bundle_combo, 1)
        bundle_row.addWidget(self.bundle_button)
        left_layout.addLayout(bundle_row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.demo_badge)
        head.addWidget(self.start_button)
        right_layout.addLayout(head)
        right_layout.addWidget(self.browser, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.search_edit.textEdited.connect(self._on_search_edit_text_edited)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.result_view.selectionModel().currentChanged.connect(self._on_result_view_current_changed)
        self.result_view.activated.connect(self._on_result_view_activated)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.bundle_button.clicked.connect(self._on_bundle_button_clicked)
        # Tab: search → hits → 开始收件 (the page's default) → the guide text (arrows scroll it) →
        # the bundle of matters and its button.
        set_tab_order(
            self.search_edit, self.result_view, self.start_button, self.browser, self.bundle_combo, self.bundle_button
        )
        self.retranslate()

    # -- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("事项指南")

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("输入事项名称、拼音首字母、全拼、编码或关键词（Ctrl+F）"))
        self.start_button.setText(self.tr("开始收件"))
        self.bundle_button.setText(self.tr("一件事收件"))
        self.bundle_combo.setToolTip(self.tr("“一件事”：多个事项一次收件，材料只收一次"))
        self.demo_badge.setText(self.tr("示例"))
        self.results.retranslate()
        self._show_count()
        if self._guide is not None:
            self._show_guide(self._guide)
        else:
            self.title_label.setText(self.tr("请在左侧选择事项"))

    def clear(self) -> None:
        self._debounce.stop()
        self._query_serial += 1
        self.search_edit.clear()
        self.results.clear()
        self._guide = None
        self.browser.clear()
        self.demo_badge.hide()
        self.start_button.setEnabled(False)
        self.title_label.setText(self.tr("请在左侧选择事项"))
        self._show_count()

    def refresh(self) -> None:
        """The guide is shown: check the catalog once (never on a keystroke), then search."""
        guide_service = self.services.guide
        self.ops.run(lambda: guide_service.check_catalog(max_age_s=30.0), None, lambda _exc: None)
        self.search(self.search_edit.text())
        if not self.bundle_combo.count():
            self.ops.run(guide_service.bundles, self._on_bundles, lambda _exc: None)

    # -- API ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Run the search now (the debounce calls this after typing stops)."""
        self._query_serial += 1
        serial = self._query_serial
        guide_service = self.services.guide

        def timed() -> tuple[float, list[MatterHit]]:
            started = time.perf_counter()
            hits = guide_service.search(text)
            return time.perf_counter() - started, hits

        self.ops.run(timed, lambda result: self._on_hits(serial, result[1], result[0]))

    def show_matter(self, code: str) -> None:
        """Load and show the guide of ``code``."""
        guide_service = self.services.guide
        self.ops.run(lambda: guide_service.guide(code), self._show_guide)

    def current_guide(self) -> MatterGuide | None:
        return self._guide

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edit_text_edited(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self.search(self.search_edit.text())

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.search(self.search_edit.text())
        if self.results.rowCount():
            self.result_view.setFocus()
            if not self.result_view.currentIndex().isValid():
                self.result_view.setCurrentIndex(self.results.index(0, 0))

    @Slot(QModelIndex, QModelIndex)
    def _on_result_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            hit = current.data(DtoRole)
            if self._guide is None or self._guide.code != hit.code:
                self.show_matter(hit.code)

    @Slot(QModelIndex)
    def _on_result_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.intake_requested.emit(index.data(DtoRole).code)

    @Slot()
    def _on_start_button_clicked(self) -> None:
        if self._guide is not None:
            self.intake_requested.emit(self._guide.code)

    @Slot()
    def _on_bundle_button_clicked(self) -> None:
        code = self.bundle_combo.currentData()
        if code:
            self.bundle_intake_requested.emit(code)

    def _on_bundles(self, bundles: list[BundleInfo]) -> None:
        self.bundle_combo.clear()
        for bundle in bundles:
            self.bundle_combo.addItem(bundle.name, bundle.code)
            self.bundle_combo.setItemData(
                self.bundle_combo.count() - 1, joined(bundle.matter_names), Qt.ItemDataRole.ToolTipRole
            )
        self.bundle_button.setEnabled(bool(bundles))

    def _on_hits(self, serial: int, hits: list[MatterHit], seconds: float = 0.0) -> None:
        # Adaptive debounce: when a search is quicker than a frame, the next keystroke's
        # search waits one frame at most; a slow one keeps the full pause while typing.
        self._debounce.setInterval(FAST_DEBOUNCE_MS if seconds * 1000 < FAST_QUERY_MS else SEARCH_DEBOUNCE_MS)
        if serial != self._query_serial:
            return
        self.results.set_rows(hits)
        self._show_count()

    def _show_count(self) -> None:
        n = self.results.rowCount()
        text = self.search_edit.text().strip()
        if not text:
            self.count_label.setText(self.tr("本窗口及常办事项 %1 项").replace("%1", str(n)))
        else:
            self.count_label.setText(self.tr("找到 %1 项").replace("%1", str(n)))

    def _show_guide(self, guide: MatterGuide) -> None:
        self._guide = guide
        self.title_label.setText(guide.name)
        self.demo_badge.setVisible(guide.is_demo)
        self.start_button.setEnabled(True)
        self.browser.setHtml(guide_html(guide))
