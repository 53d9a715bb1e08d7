"""The workbench's list: a department's cases by stage, fewest working days left first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.backoffice_dto import BackOfficeCase
from app.ui.models import Column, DtoTableModel
from app.ui.pages.cases import NEAR_DUE_COLOUR, OVERDUE_COLOUR, PAUSED_COLOUR

#: Days left at which a line turns yellow (the service's 即将到期).
NEAR_DAYS = 2


def line_colour(case: BackOfficeCase) -> str | None:
    """Red when overdue or a co-department is late, yellow near due, grey while paused."""
    if (case.days_left is not None and case.days_left < 0) or case.joint_late:
        return OVERDUE_COLOUR
    if case.days_left is not None and case.days_left <= NEAR_DAYS:
        return NEAR_DUE_COLOUR
    if case.clock_status == "暂停计时":
        return PAUSED_COLOUR
    return None


def days_left_text(case: BackOfficeCase) -> str:
    if case.days_left is None:
        return ""
    if case.days_left < 0:
        return f"超期{-case.days_left}天"
    return str(case.days_left)


def due_text(case: BackOfficeCase) -> str:
    if case.due_date is None:
        return ""
    return case.due_date.isoformat() + (" 暂定" if case.due_provisional else "")


def stage_text(case: BackOfficeCase) -> str:
    """The stage and what it waits for: 补正, the late co-departments, the higher authority."""
    notes = []
    if case.supplement_pending:
        notes.append("待补正")
    if case.joint_waiting:
        notes.append("待" + "、".join(case.joint_waiting) + "答复")
    if case.joint_late:
        notes.append("、".join(case.joint_late) + "逾期")
    if case.forwarded_to:
        due = f"，{case.higher_due.isoformat()}前" if case.higher_due else ""
        notes.append(f"{case.forwarded_to}{due}")
    if not case.lead:
        notes.append("本部门联办")
    return case.stage + (f"（{'；'.join(notes)}）" if notes else "")


COLUMNS: tuple[Column[BackOfficeCase], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "受理编号"), lambda c: c.case_number or "", background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "阶段"), lambda c: c.stage, display=stage_text, background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "事项"), lambda c: c.matter_name, background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "申请人"), lambda c: c.applicant_name, background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "受理窗口"), lambda c: c.owner_window, background=line_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "本阶段工作日"),
        lambda c: c.stage_workdays,
        background=line_colour,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "承诺办结"), lambda c: c.due_date, display=due_text, background=line_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "剩余工作日"),
        lambda c: c.days_left,
        display=days_left_text,
        background=line_colour,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "计时"), lambda c: c.clock_status, background=line_colour),
)


def cases_model(parent: object = None) -> DtoTableModel[BackOfficeCase]:
    return DtoTableModel(COLUMNS, key=lambda c: c.id, parent=parent)
