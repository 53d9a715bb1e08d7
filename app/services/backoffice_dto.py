"""What the back-office workbench shows: a department's cases by stage and one case opened."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.case_stage import Forwarding, JointReview
from app.services.dto import ApplicantInfo, ChecklistLine


@dataclass(frozen=True)
class StageDays:
    """Working days one stage took (several stays added up)."""

    stage: str
    workdays: int


@dataclass(frozen=True)
class BackOfficeCase:
    """One line of a department's list."""

    id: uuid.UUID
    case_number: str | None
    matter_name: str
    applicant_name: str
    id_masked: str
    owner_window: str
    #: The window's state of the case (已受理, 待补正 …).
    state: str
    stage: str
    stage_since: date | None
    stage_workdays: int
    accepted_on: date | None
    due_date: date | None
    days_left: int | None
    clock_status: str
    #: The due day passes dates whose holidays are not yet announced (暂定).
    due_provisional: bool = False
    #: 准予 / 不予许可 once decided, else "".
    decision: str = ""
    #: The department is the matter's (lead) department, not a co-department of a 联办件.
    lead: bool = True
    #: 联办: co-departments that have not answered, and those past their limit.
    joint_waiting: tuple[str, ...] = ()
    joint_late: tuple[str, ...] = ()
    #: 上报: the higher authority and its due day while forwarded.
    forwarded_to: str = ""
    higher_due: date | None = None
    #: The back office asked the front window for 补正 and it has not come back yet.
    supplement_pending: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    """One event of a case's history, with who acted and for whom."""

    action: str
    day: date
    at: datetime
    staff_name: str
    owner: str
    department: str
    note: str


@dataclass(frozen=True)
class CaseDocumentLine:
    number: str
    kind: str
    issued_at: datetime
    owner: str


@dataclass(frozen=True)
class BackOfficeCaseDetail:
    """A case opened in the back office."""

    line: BackOfficeCase
    applicant: ApplicantInfo
    checklist: tuple[ChecklistLine, ...]
    documents: tuple[CaseDocumentLine, ...]
    timeline: tuple[TimelineEntry, ...]
    stage_days: tuple[StageDays, ...]
    result: dict[str, str]
    joint: JointReview | None
    forwarding: Forwarding | None
    #: Checklist line id → problem the back office asked the window to request.
    supplement_asked: dict[str, str]
