"""否定备案: refusals and returns filed with the center, confirmed by the window lead and
reviewed by the center (确认 or 责令重办, which reaches the window as a case event)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.services.hall import CENTER_ROLES, require_role
from app.services.clock import hall_day
from app.services.registers.common import RegisterBase, get_row, required_text
from app.store.models import Case, CaseEvent, NegativeFiling

#: Case event the center's order to re-process a refusal appends to the case.
REPROCESS_ACTION = "责令重新办理"


class ReviewDecision(StrEnum):
    """The center's decision on a 否定备案."""

    PENDING = "待审查"
    CONFIRMED = "确认"
    REPROCESS = "责令重办"


@dataclass(frozen=True)
class NegativeFilingView:
    id: uuid.UUID
    window: str
    case_id: uuid.UUID
    case_number: str | None
    kind: str
    reason: str
    lead_confirmed: bool
    review_state: str
    review_note: str


class NegativeFilings(RegisterBase):
    """否定备案."""

    def file_negative(
        self, actor: Actor, case_id: uuid.UUID, kind: str, reason: str, legal_basis: str = ""
    ) -> NegativeFilingView:
        """File a refusal or return with the center (one filing per case and kind)."""
        now = self._now()
        with self._store.write(actor) as tx:
            case = get_row(tx.session, Case, case_id, "办件")
            existing = tx.session.scalars(
                select(NegativeFiling).where(NegativeFiling.case_id == case_id, NegativeFiling.kind == kind)
            ).first()
            if existing is not None:
                return self._filing_view(tx.session, existing)
            row = NegativeFiling(
                owner_window=case.owner_window,
                case_id=case_id,
                kind=required_text(kind, "备案类型"),
                reason=required_text(reason, "否定理由"),
                legal_basis=legal_basis,
                clerk_id=actor.staff_id,
                filed_at=now,
                review_state=str(ReviewDecision.PENDING),
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("否定备案", "negative_filings", row.id, case_id=case_id, kind=kind)
            tx.emit("negative_filing.filed", row)
            return self._filing_view(tx.session, row)

    def lead_confirm_refusal(self, actor: Actor, filing_id: uuid.UUID) -> NegativeFilingView:
        """The window lead (首席代表) signs off a refusal of **their own** window before the center reviews it."""
        with self._store.write(actor) as tx:
            row = get_row(tx.session, NegativeFiling, filing_id, "否定备案")
            if not actor.has_role(Role.LEAD):
                raise PermissionDenied("只有首席代表可以确认本窗口的不予受理")
            if actor.window_code != row.owner_window:
                raise PermissionDenied(f"首席代表只能确认本窗口的不予受理，该备案属于{row.owner_window}号窗口")
            if row.review_state != ReviewDecision.PENDING:
                raise ValidationError("中心已审查该备案，不能再确认")
            row.lead_id = actor.staff_id
            tx.audit("首席代表确认否定", "negative_filings", row.id)
            tx.emit("negative_filing.lead_confirmed", row)
            return self._filing_view(tx.session, row)

    def review_negative(
        self, actor: Actor, filing_id: uuid.UUID, decision: ReviewDecision, note: str = ""
    ) -> NegativeFilingView:
        """The center confirms the refusal or orders re-processing; the order reaches the window as a case event."""
        require_role(actor, CENTER_ROLES, "审查否定备案")
        decision = ReviewDecision(decision)
        if decision is ReviewDecision.PENDING:
            raise ValidationError("请选择“确认”或“责令重办”", field="审查结论")
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, NegativeFiling, filing_id, "否定备案")
            if row.review_state != ReviewDecision.PENDING:
                raise ValidationError(f"该备案已审查（{row.review_state}）")
            if decision is ReviewDecision.REPROCESS:
                note = required_text(note, "责令重办的理由")
            row.review_state = str(decision)
            row.reviewed_by = actor.staff_id
            row.reviewed_at = now
            row.review_note = note
            if decision is ReviewDecision.REPROCESS:
                case = get_row(tx.session, Case, row.case_id, "办件")
                event = CaseEvent(
                    case_id=case.id,
                    owner_window=case.owner_window,
                    action=REPROCESS_ACTION,
                    from_state=case.state,
                    to_state=None,
                    day=hall_day(now),
                    at=now,
                    staff_id=actor.staff_id,
                    post=actor.post,
                    note=note,
                    data={"filing_id": str(row.id), "kind": row.kind},
                )
                tx.session.add(event)
                tx.session.flush()
                tx.emit("case_event.appended", event)
            tx.audit("审查否定备案", "negative_filings", row.id, decision=str(decision), note=note)
            tx.emit("negative_filing.reviewed", row)
            return self._filing_view(tx.session, row)

    def _filing_view(self, session: Session, row: NegativeFiling) -> NegativeFilingView:
        number = session.scalars(select(Case.case_number).where(Case.id == row.case_id)).first()
        return NegativeFilingView(
            row.id,
            row.owner_window,
            row.case_id,
            number,
            row.kind,
            row.reason,
            row.lead_id is not None,
            row.review_state,
            row.review_note or "",
        )

    def negative_filings(self, pending_only: bool = False) -> list[NegativeFilingView]:
        with self._store.read() as session:
            query = select(NegativeFiling).order_by(NegativeFiling.filed_at)
            if pending_only:
                query = query.where(NegativeFiling.review_state == str(ReviewDecision.PENDING))
            return [self._filing_view(session, r) for r in session.scalars(query)]
