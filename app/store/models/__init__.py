"""All tables of Counter Desk, importable from one place (Alembic reads ``Base.metadata``)."""

from app.store.base import Base
from app.store.models.central import (
    Alarm,
    CentralDevice,
    DeviceCursor,
    InboxEntry,
    ReferencePublished,
    ReferenceRelease,
    ReferenceReleaseRow,
    RejectedRow,
    TicketAlias,
    WindowRole,
)
from app.store.models.counter import (
    AuditEntry,
    Case,
    CaseEvent,
    CaseMaterial,
    Counter,
    FollowUp,
    IssuedDocument,
    PrintJob,
    RatingRecord,
    StatusEvent,
    Ticket,
)
from app.store.models.reference import (
    Bundle,
    CalendarOverride,
    Department,
    HallSetting,
    Matter,
    Material,
    PostAssignment,
    Situation,
    Staff,
    Substitution,
    Window,
    WindowDepartment,
)
from app.store.models.registers import (
    AssistRecord,
    CannotDoReport,
    Complaint,
    Consultation,
    FirstInquiry,
    NegativeFiling,
)
from app.store.models.sync import DeviceRegistration, OutboxEntry

__all__ = [
    "Alarm", "CentralDevice", "DeviceCursor", "InboxEntry", "ReferencePublished", "ReferenceRelease",
    "ReferenceReleaseRow", "RejectedRow", "TicketAlias", "WindowRole",
    "AssistRecord", "AuditEntry", "Base", "Bundle", "CalendarOverride", "CannotDoReport", "Case",
    "CaseEvent", "CaseMaterial", "Complaint", "Consultation", "Counter", "Department",
    "DeviceRegistration", "FirstInquiry", "FollowUp", "HallSetting", "IssuedDocument", "Matter",
    "Material", "NegativeFiling", "OutboxEntry", "PostAssignment", "PrintJob", "RatingRecord",
    "Situation", "Staff", "StatusEvent", "Substitution", "Ticket", "Window", "WindowDepartment",
]
