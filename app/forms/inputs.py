"""Plain input values the document builders read.

The services layer maps database rows (case, applicant, matter, window, clerk,
settings) to these; builders never see a database row, so they stay pure and can
be fed demo data for the test page and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import CaseKind, IdType, MaterialForm, MaterialStatus, MatterType


@dataclass(frozen=True)
class HallInfo:
    """The issuing hall as printed in headers, footers and seal slots."""

    name: str
    address: str
    phone: str
    complaint_phone: str
    hours: str
    #: Base of the look-up/rating link in the QR code, e.g. ``https://zwfw.example.gov.cn``.
    lookup_base_url: str
    #: The organisation whose seal goes on notices (often the hall's operator).
    seal_org: str = ""
    #: Where a 行政复议 application goes (named on a 不予受理通知书).
    review_authority: str = ""
    #: The people's court where a 行政诉讼 can be filed.
    court: str = ""


@dataclass(frozen=True)
class WindowInfo:
    """The window that serves the applicant."""

    code: str
    name: str


@dataclass(frozen=True)
class ClerkInfo:
    """The person logged in at the window (A-post, B-post or substitute)."""

    name: str
    staff_no: str


@dataclass(frozen=True)
class ApplicantInfo:
    """The applicant as registered; ID numbers are masked by the builders."""

    name: str
    id_type: IdType
    id_number: str
    phone: str
    #: For a legal person or other organisation; ``name`` is then the legal representative.
    org_name: str = ""
    credit_code: str = ""
    agent_name: str = ""
    agent_id_number: str = ""

    @property
    def display_name(self) -> str:
        """The addressee: the organisation when there is one, else the person."""
        return self.org_name or self.name


@dataclass(frozen=True)
class MatterInfo:
    """The matter (事项) from the catalog."""

    code: str
    name: str
    #: 法定办结时限 as printed, e.g. ``20个工作日``.
    legal_limit: str
    #: 承诺办结时限 as printed, e.g. ``5个工作日``.
    promised_limit: str
    #: 设定依据 (the law naming the matter).
    basis: str
    department: str
    case_kind: CaseKind = CaseKind.PROMISED
    #: Decides which law the acceptance wording cites (行政许可法 only for licences).
    matter_type: MatterType = MatterType.LICENSE


@dataclass(frozen=True)
class MaterialLine:
    """One line of the material checklist as the clerk marked it."""

    name: str
    status: MaterialStatus
    note: str = ""
    form: MaterialForm = MaterialForm.ORIGINAL
    copies: int = 1
    #: What the material must look like (审查标准), printed when it is missing or defective.
    required_standard: str = ""
    #: Pages of it in the case's electronic file (电子档案), 0 when none were captured.
    pages: int = 0


@dataclass(frozen=True)
class HandedItem:
    """One line of a 领取回执: 证照 / 文书 / 退还原件, its name, number and copies."""

    kind: str
    name: str
    number: str = ""
    copies: int = 1


@dataclass(frozen=True)
class HandoverFacts:
    """What a 领取回执 states: who took what, when, where, and how it was signed for."""

    receiver_name: str
    #: Printed masked, like every ID number on paper.
    receiver_id_type: IdType
    receiver_id_number: str
    relation: str
    handed_at: datetime
    #: The output window, e.g. ``08 统一出件窗口``.
    output_window: str
    items: tuple[HandedItem, ...]
    #: 签名板签名 or 纸质回执签字.
    signature: str
    #: The power of attorney seen for an agent.
    attorney: str = ""


@dataclass(frozen=True)
class CaseFacts:
    """What happened in this case, as far as the document needs to tell it."""

    case_number: str
    document_number: str
    #: When the application was received (提出申请之日).
    applied_on: date
    #: When the document is issued (usually today).
    issued_on: date
    accepted_on: date | None = None
    due_date: date | None = None
    materials: tuple[MaterialLine, ...] = ()
    #: 不予受理/退回 reasons, one sentence each.
    reasons: tuple[str, ...] = ()
    #: Articles the decision rests on.
    legal_basis: tuple[str, ...] = ()
    #: 容缺: the materials still to be handed in and the deadline for them.
    pending_materials: tuple[MaterialLine, ...] = ()
    pending_due: date | None = None
    #: Name of the result (证照/批文) for receipts and completion notices.
    result_name: str = ""
    completed_on: date | None = None
    #: How the result reaches the applicant: 窗口领取 or 邮寄 plus tracking number.
    delivery: str = ""
    #: Special procedures that stop the clock (听证、检验…), printed on the 受理通知书.
    special_procedures: tuple[str, ...] = ()
    #: Free remark printed at the end, e.g. where to pick up the result.
    remark: str = ""
    #: The due date depends on a day of a year without a State Council notice (暂定).
    due_provisional: bool = False
    #: 行政许可法 §32: no notice went out within 5 working days of receipt, so the
    #: application counts as accepted on ``applied_on`` (视为受理).
    deemed_accepted: bool = False
    #: 延期办理: the promised date before the extension, and the working days added.
    previous_due: date | None = None
    extension_days: int = 0
    #: 领取回执: the hand-over it records.
    handover: HandoverFacts | None = None
    #: 查询码 of the case (:mod:`app.domain.lookup_code`): printed beside the case number
    #: and carried by the QR code, it opens the case on the hall web service.
    lookup_code: str = ""


@dataclass(frozen=True)
class NoticeInput:
    """Everything a case notice builder needs, in one value."""

    hall: HallInfo
    window: WindowInfo
    clerk: ClerkInfo
    applicant: ApplicantInfo
    matter: MatterInfo
    facts: CaseFacts


@dataclass(frozen=True)
class TicketInput:
    """What the kiosk knows when it prints a 取号单."""

    hall: HallInfo
    ticket_number: str
    #: The business category chosen at the kiosk (e.g. ``不动产登记``).
    category: str
    people_ahead: int
    issued_at: datetime
    #: Windows that serve the category, e.g. ``5、6号窗口``.
    windows_hint: str = ""
    priority_label: str = ""
    #: Hall case or ticket id used for look-up/rating through the QR code.
    lookup_code: str = ""
    notes: tuple[str, ...] = field(default=())
