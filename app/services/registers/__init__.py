"""Use cases of the hall's registers: 首问责任, 咨询, 投诉, 办不成事, 帮办代办, 否定备案, 差评回访.

One module per register (its inputs, views and use cases); :class:`RegisterService` is
all of them over one store, as the center's screens and the 登记 menu use them.

These are the rules of PRODUCT.md that are not about a single case. Each method is one
clerk or center action = one :meth:`Store.write` transaction with its audit row and its
outbox row, so the center learns every entry. Deadlines come from
:mod:`app.domain.registers` counted in the hall's calendar (with the administrator's
overrides), so the due date shown here is the one the dashboard checks.

Who may do what (seed 000 and 003): anyone logged in registers first inquiries,
consultations, complaints, 办不成事 reports and 帮办代办 requests; the center
(:data:`CENTER_ROLES`) and window leads handle complaints; the center dispatches
办不成事 reports and reviews 否定备案; a window lead may confirm a refusal only for their
own window.
"""

from __future__ import annotations

from app.services.registers.assists import AssistInput, Assists, AssistView
from app.services.registers.cannot_do import CannotDoInput, CannotDoReports, CannotDoView, Satisfaction
from app.services.registers.common import follow_up_days
from app.services.registers.complaints import (
    COMPLAINT_HANDLERS,
    MAX_EVIDENCE_BYTES,
    WRITTEN_REPLY_KIND,
    Attachment,
    ComplaintInput,
    ComplaintOutcome,
    Complaints,
    ComplaintView,
    ReplyForm,
    complaint_due,
)
from app.services.registers.consultations import Consultations, ConsultationView, ConsultChannel
from app.services.registers.first_inquiries import FirstInquiries, FirstInquiryInput, FirstInquiryView
from app.services.registers.follow_ups import FollowUps, FollowUpStage, FollowUpView
from app.services.registers.negative_filings import (
    REPROCESS_ACTION,
    NegativeFilings,
    NegativeFilingView,
    ReviewDecision,
)
from app.services.registers.open_items import OpenItems, RegisterItem

__all__ = [
    "COMPLAINT_HANDLERS",
    "MAX_EVIDENCE_BYTES",
    "REPROCESS_ACTION",
    "WRITTEN_REPLY_KIND",
    "AssistInput",
    "AssistView",
    "Attachment",
    "CannotDoInput",
    "CannotDoView",
    "ComplaintInput",
    "ComplaintOutcome",
    "ComplaintView",
    "ConsultChannel",
    "ConsultationView",
    "FirstInquiryInput",
    "FirstInquiryView",
    "FollowUpStage",
    "FollowUpView",
    "NegativeFilingView",
    "RegisterItem",
    "RegisterService",
    "ReplyForm",
    "ReviewDecision",
    "Satisfaction",
    "complaint_due",
    "follow_up_days",
]


class RegisterService(
    FirstInquiries,
    Consultations,
    Complaints,
    CannotDoReports,
    Assists,
    NegativeFilings,
    FollowUps,
    OpenItems,
):
    """All register use cases; one instance per store, the clock injectable for tests."""
