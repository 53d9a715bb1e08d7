"""One case opened in the workbench: applicant, checklist, documents, timeline, stages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.backoffice_dto import BackOfficeCaseDetail
from app.services.clock import HALL_TZ
from app.services.dto import ChecklistLine
from app.ui.backoffice.columns import due_text, stage_text
from app.ui.punctuation import colon, semicolon
from app.ui.values import value_text


def hall_time(at: datetime) -> str:
    """An instant as the hall's clock shows it (Beijing time); stored instants are UTC."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


def _table(columns: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class CaseView(QWidget):
    """The opened case, read-only; :meth:`show_case` with the service's detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header_label = QLabel(self)
        self.header_label.setObjectName("PageTitle")
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.applicant_label = QLabel(self)
        self.applicant_label.setWordWrap(True)
        self.applicant_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flow_label = QLabel(self)
        self.flow_label.setWordWrap(True)
        self.checklist_table = _table(4, self)
        self.documents_table = _table(3, self)
        self.timeline_table = _table(5, self)
        self._boxes = [QGroupBox(self) for _ in range(3)]
        for box, table in zip(
            self._boxes, (self.checklist_table, self.documents_table, self.timeline_table), strict=True
        ):
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header_label)
        layout.addWidget(self.applicant_label)
        layout.addWidget(self.flow_label)
        layout.addWidget(self._boxes[0], 2)
        layout.addWidget(self._boxes[1], 1)
        layout.addWidget(self._boxes[2], 3)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        for box, title in zip(self._boxes, (self.tr("材料清单"), self.tr("文书"), self.tr("办理过程")), strict=True):
            box.setTitle(title)
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("材料"), self.tr("要求"), self.tr("状态"), self.tr("备注")]
        )
        self.documents_table.setHorizontalHeaderLabels([self.tr("文书"), self.tr("编号"), self.tr("出具")])
        self.timeline_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("环节"), self.tr("办理人"), self.tr("办理方"), self.tr("说明")]
        )

    def clear(self) -> None:
        self.header_label.setText(self.tr("未打开办件：在左侧列表选中后按回车打开"))
        self.applicant_label.setText("")
        self.flow_label.setText("")
        for table in (self.checklist_table, self.documents_table, self.timeline_table):
            table.setRowCount(0)

    def _label(self, label: str, value: str) -> str:
        return label + colon() + value

    def show_case(self, detail: BackOfficeCaseDetail) -> None:
        line = detail.line
        gap = self.tr("　")
        left = ""
        if line.days_left is not None:
            left = (
                self.tr("超期%1个工作日").replace("%1", str(-line.days_left))
                if line.days_left < 0
                else self.tr("剩余%1个工作日").replace("%1", str(line.days_left))
            )
        header = [line.case_number or "", line.matter_name, self._label(self.tr("阶段"), stage_text(line))]
        if line.due_date:
            header += [self.tr("承诺办结") + " " + due_text(line), left]
        self.header_label.setText(gap.join(header))
        a = detail.applicant
        parts = [self._label(self.tr("申请人"), a.display_name)]
        if a.org_name:
            parts.append(self._label(self.tr("统一社会信用代码"), a.credit_code))
            if a.legal_rep:
                parts.append(self._label(self.tr("法定代表人"), a.legal_rep))
        if a.id_number:
            parts.append(self._label(self.tr("证件号码"), a.id_number))
        if a.phone:
            parts.append(self._label(self.tr("电话"), a.phone))
        if a.agent_name:
            parts.append(self._label(self.tr("代理人"), f"{a.agent_name} {a.agent_id_number}"))
        parts.append(self._label(self.tr("受理窗口"), line.owner_window))
        self.applicant_label.setText(gap.join(parts))
        self.flow_label.setText(self._flow(detail))
        asked = detail.supplement_asked

        def note(m: ChecklistLine) -> str:
            problem = asked.get(str(m.id), "")
            extra = self._label(self.tr("后台要求补正"), problem) if problem else ""
            return semicolon().join(x for x in (m.note, extra) if x)

        _fill(
            self.checklist_table,
            [
                (m.name, f"{value_text(m.necessity)} {value_text(m.form)}×{m.copies}", value_text(m.status), note(m))
                for m in detail.checklist
            ],
        )
        _fill(
            self.documents_table,
            [(value_text(d.kind), d.number, f"{hall_time(d.issued_at)} {d.owner}") for d in detail.documents],
        )
        _fill(
            self.timeline_table,
            [
                (hall_time(e.at), value_text(e.action), e.staff_name, e.department or e.owner, e.note)
                for e in detail.timeline
            ],
        )

    def _flow(self, detail: BackOfficeCaseDetail) -> str:
        """Working days per stage, the 联办 answers, the 上报, the decision and the result."""
        gap = self.tr("　")
        days = gap.join(
            self.tr("%1 %2个工作日").replace("%1", value_text(s.stage)).replace("%2", str(s.workdays))
            for s in detail.stage_days
        )
        parts = [self._label(self.tr("各阶段用时"), days)]
        joint = detail.joint
        if joint is not None:
            answers = []
            for p in joint.parties:
                state = (
                    self.tr("%1（%2）").replace("%1", value_text(p.answer)).replace("%2", p.staff_name)
                    if p.answer
                    else self.tr("未答复")
                )
                if p.reason:
                    state = self._label(state, p.reason)
                due = p.due.isoformat() if p.due else ""
                answers.append(
                    self.tr("%1 %2前 %3").replace("%1", p.department).replace("%2", due).replace("%3", state)
                )
            parts.append(self._label(self.tr("联办"), semicolon().join(answers)))
        fw = detail.forwarding
        if fw is not None:
            reply = self._label(self.tr("答复"), fw.reply) if fw.replied_on else self.tr("未答复")
            parts.append(
                self._label(
                    self.tr("上报"),
                    self.tr("%1 %2个工作日（%3前）%4")
                    .replace("%1", fw.authority)
                    .replace("%2", str(fw.limit_days))
                    .replace("%3", fw.due.isoformat() if fw.due else "")
                    .replace("%4", reply),
                )
            )
        if detail.line.decision:
            parts.append(self._label(self.tr("审批决定"), value_text(detail.line.decision)))
        if detail.result:
            parts.append(self._label(self.tr("办理结果"), " ".join(v for v in detail.result.values() if v)))
        return "\n".join(parts)
