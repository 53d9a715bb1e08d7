"""The workbench's list: a department's cases by stage, fewest working days left first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.deadlines import ClockStatus

from app.services.backoffice_dto import BackOfficeCase
from app.ui.models import Column, DtoTableModel
from app.ui.pages.case_columns import NEAR_DUE_COLOUR, OVERDUE_COLOUR, PAUSED_COLOUR
from app.ui.punctuation import joined, paren, semicolon
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import value_text

#: Days left at which a line turns yellow (the service's 即将到期).
NEAR_DAYS = 2


def line_colour(case: BackOfficeCase) -> str | None:
    """Red when overdue or a co-department is late, yellow near due, grey while paused."""
    if (case.days_left is not None and case.days_left < 0) or case.joint_late:
        return OVERDUE_COLOUR
    if case.days_left is not None and case.days_left <= NEAR_DAYS:
        return NEAR_DUE_COLOUR
    if case.clock_status == ClockStatus.STOPPED:
        return PAUSED_COLOUR
    return None


def days_left_text(case: BackOfficeCase) -> str:
    if case.days_left is None:
        return ""
    if case.days_left < 0:
        return QCoreApplication.translate("BackOffice", "超期%1天").replace("%1", str(-case.days_left))
    return str(case.days_left)


def due_text(case: BackOfficeCase) -> str:
    if case.due_date is None:
        return ""
    day = case.due_date.isoformat()
    return QCoreApplication.translate("BackOffice", "%1 暂定").replace("%1", day) if case.due_provisional else day


def stage_text(case: BackOfficeCase) -> str:
    """The stage and what it waits for: 补正, the late co-departments, the higher authority."""
    notes = []
    if case.supplement_pending:
        notes.append(QCoreApplication.translate("BackOffice", "待补正"))
    if case.joint_waiting:
        notes.append(QCoreApplication.translate("BackOffice", "待%1答复").replace("%1", joined(case.joint_waiting)))
    if case.joint_late:
        notes.append(QCoreApplication.translate("BackOffice", "%1逾期").replace("%1", joined(case.joint_late)))
    if case.forwarded_to:
        notes.append(
            QCoreApplication.translate("BackOffice", "%1，%2前")
            .replace("%1", case.forwarded_to)
            .replace("%2", case.higher_due.isoformat())
            if case.higher_due
            else case.forwarded_to
        )
    if not case.lead:
        notes.append(QCoreApplication.translate("BackOffice", "本部门联办"))
    return value_text(case.stage) + (paren(semicolon().join(notes)) if notes else "")


COLUMNS: tuple[Column[BackOfficeCase], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "受理编号"), lambda c: c.case_number or "", background=line_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "剩余工作日"),
        lambda c: c.days_left,
        display=days_left_text,
        background=line_colour,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "承诺办结"), lambda c: c.due_date, display=due_text, background=line_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "阶段"),
        lambda c: c.stage,
        display=stage_text,
        tooltip=stage_text,
        background=line_colour,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "事项"), lambda c: c.matter_name, background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "申请人"), lambda c: c.applicant_name, background=line_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "受理窗口"), lambda c: c.owner_window, background=line_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "本阶段工作日"),
        lambda c: c.stage_workdays,
        background=line_colour,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "计时"),
        lambda c: c.clock_status,
        display=lambda c: value_text(c.clock_status),
        background=line_colour,
    ),
)

#: The 阶段 column (tests and the stage text).
STAGE_COLUMN = 3


def cases_model(parent: object = None) -> DtoTableModel[BackOfficeCase]:
    return DtoTableModel(COLUMNS, key=lambda c: c.id, parent=parent)
