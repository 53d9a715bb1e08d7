"""我的办件's table: the columns of a tracked case, the clock's colours and words, and the
fields the store sorts by.

Colours follow the clock (yellow near due, red overdue, grey when the clock is stopped) and
the words say the same, so colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.deadlines import ClockStatus, ExtensionState
from app.services.dto import TrackedCase
from app.ui.models import Column
from app.ui.paged_model import PagedTableModel
from app.ui.punctuation import paren, semicolon
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import value_text

NEAR_DUE_COLOUR = "#fff3c4"
OVERDUE_COLOUR = "#ffd6d6"
PAUSED_COLOUR = "#e8e8e8"


def clock_colour(case: TrackedCase) -> str | None:
    """Row background for the case's clock status."""
    if case.is_overdue:
        return OVERDUE_COLOUR
    if case.is_near_due:
        return NEAR_DUE_COLOUR
    if case.clock_status == ClockStatus.STOPPED:
        return PAUSED_COLOUR
    return None


def _stage_tooltip(case: TrackedCase) -> str:
    """Working days per stage so far, e.g. 受理 1 个工作日 · 审查 3 个工作日."""
    return " · ".join(
        QCoreApplication.translate("CasesPage", "%1 %2 个工作日")
        .replace("%1", value_text(stage))
        .replace("%2", str(days))
        for stage, days in case.stage_days
    )


def _days_left(case: TrackedCase) -> str:
    if case.days_left is None:
        return ""
    if case.days_left < 0:
        return QCoreApplication.translate("CasesPage", "超期%1天").replace("%1", str(-case.days_left))
    return str(case.days_left)


def _due_text(case: TrackedCase) -> str:
    if case.due_date is None:
        return ""
    return case.due_date.isoformat() + (
        QCoreApplication.translate("CasesPage", " 暂定") if case.due_provisional else ""
    )


def _due_tooltip(case: TrackedCase) -> str:
    if case.due_provisional:
        return QCoreApplication.translate("CasesPage", "含未公布放假安排的日期，以国务院通知为准")
    return ""


def _clock_text(case: TrackedCase) -> str:
    notes = []
    if case.five_day is not None and case.five_day.deemed_accepted:
        notes.append(QCoreApplication.translate("CasesPage", "逾期视为受理"))
    if case.higher_due is not None:
        notes.append(
            QCoreApplication.translate("CasesPage", "上报%1，%2前")
            .replace("%1", case.higher_authority)
            .replace("%2", case.higher_due.isoformat())
        )
    if case.extension_state in (ExtensionState.PENDING, ExtensionState.APPROVED):
        notes.append(QCoreApplication.translate("CasesPage", "延时%1").replace("%1", value_text(case.extension_state)))
    text = value_text(case.clock_status) + (paren(semicolon().join(notes)) if notes else "")
    return (QCoreApplication.translate("CasesPage", "【急】") if case.urgent else "") + text


CASE_COLUMNS: tuple[Column[TrackedCase], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "受理编号"), lambda c: c.case_number or "", background=clock_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "事项"),
        lambda c: c.matter_name,
        tooltip=lambda c: c.matter_name,
        background=clock_colour,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "申请人"), lambda c: c.applicant_name, background=clock_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "证件号码"), lambda c: c.id_masked, background=clock_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "状态"),
        lambda c: c.state,
        display=lambda c: value_text(c.state),
        background=clock_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "受理日期"),
        lambda c: c.accepted_on,
        display=lambda c: c.accepted_on.isoformat() if c.accepted_on else "",
        background=clock_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "承诺办结"),
        lambda c: c.due_date,
        display=_due_text,
        tooltip=_due_tooltip,
        background=clock_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "剩余工作日"),
        lambda c: c.days_left,
        display=_days_left,
        background=clock_colour,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "计时"), lambda c: c.clock_status, display=_clock_text, background=clock_colour
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "阶段"),
        lambda c: c.stage,
        display=lambda c: (
            value_text(c.stage)
            + (QCoreApplication.translate("CasesPage", "（后台要求补正）") if c.supplement_asked else "")
        ),
        tooltip=_stage_tooltip,
        background=clock_colour,
    ),
)


#: Column → the field the store sorts by (columns not listed: the default order).
SORT_FIELDS = {
    0: "case_number",
    1: "matter_name",
    2: "applicant_name",
    4: "state",
    5: "accepted_on",
    6: "due_date",
    7: "due_date",
}


def cases_model(parent: QWidget | None = None) -> PagedTableModel[TrackedCase]:
    return PagedTableModel(CASE_COLUMNS, key=lambda c: c.id, parent=parent)
