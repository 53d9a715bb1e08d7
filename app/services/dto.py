"""Immutable values the services hand to the UI (and take from it).

The UI never sees an ORM row: every screen is built from these frozen dataclasses,
so a switch of user or a background refresh can never leave a half-updated object on
screen, and the widgets cannot change data behind the services' back. Enum-typed
fields carry the Chinese label as their value (``StrEnum``), ready to display.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain import decision_rules
from app.domain.actor import Actor
from app.domain.enums import (
    ApplicantKind,
    DeliveryMethod,
    DocumentKind,
    IdType,
    MaterialForm,
    MaterialStatus,
    Necessity,
    PostRole,
    Rating,
    TicketPriority,
    TicketStatus,
    WindowStatus,
)

# -- session ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in at this PC's window, and in which capacity.

    ``post`` is A岗/B岗/顶岗 for window staff; ``None`` for an administrator who logged in
    only to administer. ``must_change_password`` means the UI must ask for a new password
    before anything else (the service refuses other actions until it is changed).
    """

    staff_id: uuid.UUID
    staff_no: str
    name: str
    title: str
    department: str
    party_member: bool
    window_code: str
    window_name: str
    post: PostRole | None
    roles: tuple[str, ...]
    must_change_password: bool
    logged_in_at: datetime
    photo: bytes | None = None
    #: This login session (its ``login`` status event and every audit row carry it).
    session_id: uuid.UUID | None = None

    @property
    def is_admin(self) -> bool:
        return "中心管理员" in self.roles

    @property
    def capacity(self) -> str:
        """What the status bar shows: ``A岗``, ``B岗``, ``顶岗`` or ``管理员``."""
        return self.post.value if self.post is not None else "管理员"

    def as_actor(self) -> Actor:
        """This person as the actor every action of theirs is attributed to."""
        return Actor(
            staff_id=self.staff_id,
            staff_no=self.staff_no,
            name=self.name,
            window_code=self.window_code,
            post=self.post.value if self.post is not None else None,
            roles=self.roles,
            session_id=self.session_id,
        )


@dataclass(frozen=True)
class AwayMessage:
    """去向留言: shown on the evaluator and the LED screen while the clerk is away."""

    reason: str
    whereabouts: str = ""
    contact: str = ""
    expected_return: datetime | None = None


@dataclass(frozen=True)
class WindowStatusInfo:
    """The window's status as the screens show it (serving / paused / away / nobody)."""

    status: WindowStatus
    since: datetime | None
    staff_name: str = ""
    post: PostRole | None = None
    away: AwayMessage | None = None
    pause_reason: str = ""


@dataclass(frozen=True)
class StatusEventInfo:
    """One attendance line: login, logout, lock, pause, away, return, handover …"""

    kind: str
    at: datetime
    staff_name: str
    post: str | None
    note: str = ""


# -- queue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketInfo:
    """A queue ticket as the window sees it; times are measured when the value is made.

    ``wait_seconds`` runs from issue to call (or to now while waiting); ``service_seconds``
    from the start of service to finish (or to now while serving).
    """

    id: uuid.UUID
    number: str
    category: str
    priority: TicketPriority
    status: TicketStatus
    issued_at: datetime
    called_at: datetime | None
    service_started_at: datetime | None
    finished_at: datetime | None
    window_code: str | None
    recall_count: int
    recalls_left: int
    manual: bool
    wait_seconds: int
    service_seconds: int | None
    transfer_note: str | None = None
    transferred_to: str | None = None
    appointment_ref: str | None = None


@dataclass(frozen=True)
class QueueOverview:
    """How many people wait for this window, by category and in total."""

    waiting_total: int
    waiting_by_category: tuple[tuple[str, int], ...]
    parked: tuple[TicketInfo, ...]
    no_shows: tuple[TicketInfo, ...]


# -- guide ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterHit:
    """One line of the search-as-you-type list."""

    code: str
    name: str
    department_code: str
    case_kind: str
    is_window_matter: bool
    is_frequent: bool
    is_demo: bool
    high_frequency: bool = False


@dataclass(frozen=True)
class BundleInfo:
    """一件事: several matters handled with one checklist."""

    code: str
    name: str
    matter_codes: tuple[str, ...]
    matter_names: tuple[str, ...]


@dataclass(frozen=True)
class SituationInfo:
    code: str
    name: str
    question: str | None
    matter_code: str = ""


@dataclass(frozen=True)
class GuideMaterial:
    """One line of a guide's 材料目录, every CATALOG_FORMAT.md element."""

    code: str
    name: str
    necessity: Necessity
    form: MaterialForm
    copies: int
    spec: str | None
    source: str | None
    standard: str | None
    basis: str | None
    shared: bool
    situations: tuple[str, ...]
    blank_form: str | None
    sample: str | None

    @property
    def deficiency_ok(self) -> bool:
        return self.necessity is Necessity.DEFICIENCY_OK


@dataclass(frozen=True)
class MatterGuide:
    """The whole 办事指南 of a matter; ``is_demo`` marks 示例 content (``ext.demo``)."""

    code: str
    name: str
    type: str
    department_code: str
    department_name: str
    case_kind: str
    legal_limit_days: int | None
    promised_limit_days: int | None
    basis: str | None
    conditions: str | None
    targets: tuple[str, ...]
    fee_charged: bool | None
    fee_standard: str | None
    fee_basis: str | None
    result_name: str | None
    result_kind: str | None
    location: str | None
    hours: str | None
    consult: str | None
    complaint: str | None
    windows: tuple[str, ...]
    lead_department: str | None
    co_departments: tuple[str, ...]
    allows_deficiency: bool
    special_procedures: tuple[str, ...]
    situations: tuple[SituationInfo, ...]
    materials: tuple[GuideMaterial, ...]
    keywords: tuple[str, ...]
    high_frequency: bool
    is_demo: bool
    ext: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


# -- intake -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicantInput:
    """What the clerk typed about the applicant (validated by the intake service).

    Natural person: ``name``, ``id_type``, ``id_number``, ``phone``.
    Legal person / other organisation: ``org_name``, ``credit_code``, ``legal_rep`` (and
    ``name`` may repeat the legal representative), ``phone``.
    Agent (when a situation of kind 委托 is answered): ``agent_name``, ``agent_id_number``,
    ``agent_phone``.
    """

    kind: ApplicantKind = ApplicantKind.PERSON
    name: str = ""
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""
    phone: str = ""
    org_name: str = ""
    credit_code: str = ""
    legal_rep: str = ""
    agent_name: str = ""
    agent_id_number: str = ""
    agent_phone: str = ""
    #: 住址 (from the ID card, or typed; optional)
    address: str = ""
    #: a foreigner's English name (from the card, or typed; optional)
    name_en: str = ""
    #: the applicant agreed to SMS notices to ``phone`` (kept only with a mobile number)
    sms: bool = False


@dataclass(frozen=True)
class ApplicantInfo:
    """The applicant of a case as shown on screen; ``id_masked`` for public views."""

    kind: ApplicantKind
    name: str
    id_type: IdType | None
    id_number: str
    id_masked: str
    phone: str
    org_name: str
    credit_code: str
    legal_rep: str
    agent_name: str
    agent_id_number: str
    agent_phone: str
    address: str = ""
    name_en: str = ""
    sms: bool = False

    @property
    def display_name(self) -> str:
        return self.org_name or self.name


@dataclass(frozen=True)
class ChecklistLine:
    """One material the applicant must (or may) bring, as the clerk marked it.

    ``required`` is False for 非必要 materials; ``deficiency_ok`` marks 容缺-eligible lines;
    ``shared`` lines are obtained by data sharing (免提交) and need no paper.
    ``matter_codes`` lists every matter of a bundle that asks for this material.
    """

    id: uuid.UUID
    matter_code: str
    material_code: str
    name: str
    necessity: Necessity
    form: MaterialForm
    copies: int
    shared: bool
    standard: str | None
    status: MaterialStatus
    note: str
    matter_codes: tuple[str, ...] = ()

    @property
    def required(self) -> bool:
        return decision_rules.is_required(self)

    @property
    def deficiency_ok(self) -> bool:
        return self.necessity is Necessity.DEFICIENCY_OK

    @property
    def is_problem(self) -> bool:
        """Missing or defective: goes on a one-time notice."""
        return decision_rules.is_problem(self)


@dataclass(frozen=True)
class EarlierNotice:
    """A one-time notice given to the same applicant for the same matter before."""

    document_number: str
    kind: DocumentKind
    issued_at: datetime
    case_id: uuid.UUID
    lines: tuple[str, ...]


@dataclass(frozen=True)
class FiveDayInfo:
    """行政许可法 §32 standing of a draft: deadline for a notice and whether it has passed."""

    state: str
    deadline: date
    days_left: int
    #: The deadline depends on a provisional calendar day (暂定).
    provisional: bool = False

    @property
    def deemed_accepted(self) -> bool:
        return self.state == "逾期视为受理"


@dataclass(frozen=True)
class CaseInfo:
    """A case (draft or beyond) with everything the intake and decision screens show."""

    id: uuid.UUID
    case_number: str | None
    state: str
    kind: str
    matter_code: str
    matter_name: str
    matter_codes: tuple[str, ...]
    bundle_code: str | None
    allows_deficiency: bool
    applicant: ApplicantInfo
    situations: tuple[SituationInfo, ...]
    chosen_situations: tuple[str, ...]
    checklist: tuple[ChecklistLine, ...]
    received_on: date | None
    accepted_on: date | None
    due_date: date | None
    pending_due: date | None
    visit_no: int
    earlier_notices: tuple[EarlierNotice, ...]
    owner_window: str
    staff_id: uuid.UUID | None
    post: str | None
    allowed_actions: tuple[str, ...]
    five_day: FiveDayInfo | None
    ticket_id: uuid.UUID | None = None
    result_kind: str | None = None
    result_name: str | None = None
    is_demo: bool = False
    #: The promised date depends on a provisional calendar day: shown as 暂定 (issue 11).
    due_provisional: bool = False

    @property
    def problems(self) -> tuple[ChecklistLine, ...]:
        return tuple(line for line in self.checklist if line.is_problem)

    @property
    def pending_lines(self) -> tuple[ChecklistLine, ...]:
        """Required lines neither received nor shared (what blocks 受理)."""
        return tuple(decision_rules.outstanding(self.checklist))


@dataclass(frozen=True)
class DraftSummary:
    """A draft waiting at this window (for the current person, or handed over)."""

    id: uuid.UUID
    matter_name: str
    applicant_name: str
    created_at: datetime
    staff_name: str


# -- decisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusalGround:
    """A ground for 不予受理 the clerk may pick, with its legal basis."""

    code: str
    text: str
    basis: str


@dataclass(frozen=True)
class DocumentInfo:
    """A numbered document issued for a case; ``text`` is the preview until printing lands.

    ``document_json`` is :meth:`app.forms.document.Document.to_json` of the built document
    (empty when the builder could not build it), so the printing service can render it.
    """

    id: uuid.UUID
    number: str
    kind: DocumentKind
    title: str
    text: str
    document_json: str = ""


@dataclass(frozen=True)
class DecisionResult:
    """What a decision produced: the case as it now stands and the documents to print."""

    case: CaseInfo
    documents: tuple[DocumentInfo, ...]

    @property
    def document(self) -> DocumentInfo:
        """The main document (the first one)."""
        return self.documents[0]


# -- tracking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TrackedCase:
    """One line of "my cases": the clock as of the given day.

    ``clock_status`` is one of 正常 / 即将到期 / 已超期 / 暂停计时 (or 收件中 for drafts,
    with ``five_day`` telling whether §32 makes it deemed accepted).
    """

    id: uuid.UUID
    case_number: str | None
    state: str
    matter_name: str
    applicant_name: str
    id_masked: str
    accepted_on: date | None
    due_date: date | None
    days_left: int | None
    clock_status: str
    pending_due: date | None
    five_day: FiveDayInfo | None
    allowed_actions: tuple[str, ...]
    staff_id: uuid.UUID | None = None
    post: str | None = None
    #: The due date depends on a provisional calendar day: shown as 暂定 (issue 11).
    due_provisional: bool = False
    #: 急事特办 (listed first).
    urgent: bool = False
    #: 上报件: the higher authority and, while forwarded, the date it is due there.
    higher_authority: str = ""
    higher_due: date | None = None
    #: The latest 申请延时: 待审批 / 已批准 / 不批准 / 已告知 ("" when none).
    extension_state: str = ""
    #: Where the case is in the hall's flow (受理 / 审查 / … / 已归档, "" before acceptance)
    #: and the working days each stage took so far, in stage order (issue 13).
    stage: str = ""
    stage_days: tuple[tuple[str, int], ...] = ()
    #: The back office asked for 补正 (checklist line id → problem); the window issues the notice.
    supplement_asked: tuple[tuple[str, str], ...] = ()

    @property
    def is_overdue(self) -> bool:
        return self.clock_status == "已超期"

    @property
    def is_near_due(self) -> bool:
        return self.clock_status == "即将到期"


@dataclass(frozen=True)
class CaseEventInfo:
    action: str
    from_state: str | None
    to_state: str | None
    day: date
    at: datetime
    note: str
    post: str | None


# -- ratings and figures ----------------------------------------------------------------


@dataclass(frozen=True)
class RatingInfo:
    id: uuid.UUID
    rating: Rating
    reasons: tuple[str, ...]
    case_id: uuid.UUID | None
    ticket_id: uuid.UUID | None
    rated_at: datetime | None
    follow_up_due: date | None


@dataclass(frozen=True)
class DayStats:
    """The window's figures for one day (the center's daily check)."""

    window_code: str
    day: date
    called: int
    served: int
    no_shows: int
    accepted_by_kind: tuple[tuple[str, int], ...]
    accepted_total: int
    notices: int
    refusals: int
    returned: int
    finished_on_spot: int
    avg_wait_seconds: float | None
    avg_service_seconds: float | None
    ratings: tuple[tuple[str, int], ...]
    ratings_total: int
    bad_ratings: int


__all__ = [
    "ApplicantInfo",
    "ApplicantInput",
    "AwayMessage",
    "BundleInfo",
    "CaseEventInfo",
    "CaseInfo",
    "ChecklistLine",
    "DayStats",
    "DecisionResult",
    "DeliveryMethod",
    "DocumentInfo",
    "DraftSummary",
    "EarlierNotice",
    "FiveDayInfo",
    "GuideMaterial",
    "MatterGuide",
    "MatterHit",
    "QueueOverview",
    "RatingInfo",
    "RefusalGround",
    "SessionInfo",
    "SituationInfo",
    "StatusEventInfo",
    "TicketInfo",
    "TrackedCase",
    "WindowStatusInfo",
]
