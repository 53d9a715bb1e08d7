"""Every clock event of the seeds as one checked, attributed, synced action on a case.

This is the service API the front window's 我的办件 calls, and the one the back office
(审查/审批/联办/上报 as a flow) calls later: each method is one write transaction with the
state transition checked by :mod:`app.domain.case_state`, the case event (the clock folds
from these, :func:`app.services.tracking.case_clock`), the outbox row and the audit entry.

* :meth:`ClockEventService.pause_for_applicant` / :meth:`~ClockEventService.resume_for_applicant`
  — 申请人原因: the days do not count, so the case stays on time (seed 000 §13);
* :meth:`~ClockEventService.request_omitted` — the first notice forgot something: ask for it
  (补正材料通知书); the limit still runs from the first supplements (§8, last sentence);
* :meth:`~ClockEventService.forward` / :meth:`~ClockEventService.forward_returned` — 上报件:
  the window's clock stops while the higher authority works (§9); the authority's own limit
  and its due date are published on the case (:class:`ClockFacts`);
* :meth:`~ClockEventService.request_extension` → the center's
  :meth:`ExtensionReviewService.decide` → :meth:`~ClockEventService.issue_extension` —
  延时办理: asked for with the reason, approved (or not) by the center, then the new date
  is told to the applicant in a 延期办理通知书;
* :meth:`~ClockEventService.mark_urgent` — 急事特办 (seed 000 第三条): listed first, 随到随办;
* :meth:`~ClockEventService.deny` — 不予许可 at completion: reasons, basis, the 复议/诉讼
  rights on the 不予许可决定书, confirmed by the window lead and filed for 否定备案 review
  like a refusal.

The 退回件 limit (3 working days after acceptance) is enforced by
:meth:`app.services.decisions.DecisionService.return_case`; 补办件 are assigned at intake
(:func:`app.services.cases.case_kind_for`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_state import CaseAction
from app.domain.deadlines import MAX_EXTENSION_DAYS
from app.domain.enums import DocumentKind
from app.domain.errors import ValidationError
from app.domain.ids import uuid7
from app.services import cases as c
from app.services import documents
from app.services.base import CenterService
from app.services.clock import hall_day
from app.services.decisions import file_negative, promised_limit
from app.services.dto import DecisionResult, DocumentInfo
from app.services.errors import DecisionNotAllowed
from app.services.hall import CENTER_ROLES, require_role
from app.services.numbering import Issuer
from app.services.clock_facts import (
    CENTER_OWNER,
    DENIAL_FILING_KIND,
    EXTENSION_DECISION_ACTION,
    ClockFacts,
    ExtensionRequest,
    clock_facts,
    with_state,
)
from app.services.tracking import CaseActionService, supplement_notice
from app.store.models import Case, CaseEvent
from app.store.uow import WriteTxn


def _events(session: Session, case_id: uuid.UUID) -> list[CaseEvent]:
    return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)))


def _required(text: str, what: str, field: str) -> str:
    clean = text.strip()
    if not clean:
        raise ValidationError(f"请填写{what}", field=field)
    return clean


class ClockEventService(CaseActionService):
    """The clock events of a case at the window (and, later, in the back office)."""

    def facts(self, case_id: uuid.UUID) -> ClockFacts:
        """Urgent flag, 上报 authority and due date, and the latest 申请延时 of a case of this window."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            return clock_facts(case, _events(s, case.id))

    # -- 申请人原因 ------------------------------------------------------------------------------

    def pause_for_applicant(self, case_id: uuid.UUID, reason: str) -> DecisionResult:
        """申请人原因暂停: the applicant asked for time; from today the days do not count."""
        why = _required(reason, "申请人原因（如申请人申请暂缓、补充现场条件）", "reason")
        return self._run(case_id, CaseAction.APPLICANT_PAUSE, note=why)

    def resume_for_applicant(self, case_id: uuid.UUID) -> DecisionResult:
        """申请人原因恢复: the clock runs again from tomorrow; the promised date moves."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._refresh_due(tx, case, today, CaseAction.APPLICANT_RESUME)
            return []

        return self._run(case_id, CaseAction.APPLICANT_RESUME, body)

    # -- an omission in the first notice ------------------------------------------------------

    def request_omitted(self, case_id: uuid.UUID, lines: Mapping[uuid.UUID, str], note: str = "") -> DecisionResult:
        """补告遗漏材料: the first notice forgot these lines (line id → what is wrong). A 补正材料
        通知书 lists them; the clock keeps running from the first supplements (seed 000 §8)."""
        if not lines or any(not v.strip() for v in lines.values()):
            raise ValidationError("请选择遗漏的材料，并逐项写明问题和要求", field="lines")

        remark = "以上为首次告知时遗漏的内容，办理期限仍自首次补正材料收齐之次日起计算。" + note.strip()

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            return [supplement_notice(tx, case, lines, who, today, now, remark)]

        return self._run(case_id, CaseAction.REQUEST_OMITTED, body, note=note.strip() or "补告遗漏材料")

    # -- 上报件 ----------------------------------------------------------------------------------

    def forward(self, case_id: uuid.UUID, *, authority: str, limit_days: int) -> DecisionResult:
        """上报: forwarded to ``authority``, whose own limit of ``limit_days`` working days is
        published on the case; the window's clock stops until :meth:`forward_returned`."""
        name = _required(authority, "上级机关名称", "authority")
        if limit_days <= 0:
            raise ValidationError("请填写上级机关的办理时限（工作日，大于0）", field="limit_days")
        due = self._calendar.add_workdays(hall_day(self._clock()), limit_days)
        provisional = self._calendar.provisional_between(hall_day(self._clock()), due)
        return self._run(
            case_id,
            CaseAction.FORWARD,
            note=f"上报{name}，上级办理时限{limit_days}个工作日，{due.isoformat()}前办结"
            + ("（暂定）" if provisional else ""),
            authority=name,
            limit_days=limit_days,
            higher_due=due.isoformat(),
        )

    def forward_returned(self, case_id: uuid.UUID, note: str = "") -> DecisionResult:
        """上级办结返回: the higher authority's result is back; the window's clock runs again."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._refresh_due(tx, case, today, CaseAction.FORWARD_RETURNED)
            return []

        return self._run(case_id, CaseAction.FORWARD_RETURNED, body, note=note.strip())

    # -- 延时办理 ----------------------------------------------------------------------------------

    def request_extension(self, case_id: uuid.UUID, *, days: int, reason: str) -> DecisionResult:
        """申请延时: ``days`` more working days for ``reason``; waits for the center's approval."""
        why = _required(reason, "延时理由", "reason")
        if not 1 <= days <= MAX_EXTENSION_DAYS:
            raise ValidationError(f"延长的工作日应为1至{MAX_EXTENSION_DAYS}天", field="days")

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            pending = clock_facts(case, _events(tx.session, case.id)).extension
            if pending is not None and pending.state in ("待审批", "已批准"):
                raise DecisionNotAllowed(f"本案已有延时申请（{pending.state}），不能重复申请")
            return []

        return self._run(case_id, CaseAction.REQUEST_EXTENSION, body, note=why, days=days)

    def issue_extension(self, case_id: uuid.UUID) -> DecisionResult:
        """延时办理: after the center approved, the limit grows by the approved days and the
        applicant gets a 延期办理通知书 with the old and the new date."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            request = clock_facts(case, _events(tx.session, case.id)).extension
            if request is None or request.state != "已批准":
                state = request.state if request is not None else "未申请"
                raise DecisionNotAllowed(f"延时须经中心批准后才能办理（当前：{state}）")
            previous = case.due_date
            case.promised_limit_days = promised_limit(case) + request.days
            self._refresh_due(tx, case, today, CaseAction.EXTEND)
            assert case.accepted_on is not None and case.due_date is not None
            provisional = self._calendar.provisional_between(case.accepted_on, case.due_date)
            return [
                documents.issue(
                    tx,
                    case,
                    DocumentKind.EXTENSION_NOTICE,
                    who,
                    now,
                    lambda number: documents.base_facts(
                        case,
                        document_number=number,
                        today=today,
                        reasons=(request.reason,),
                        previous_due=previous,
                        extension_days=request.days,
                        due_provisional=provisional,
                    ),
                )
            ]

        return self._run(case_id, CaseAction.EXTEND, body, note="延时办理")

    # -- 急事特办 ----------------------------------------------------------------------------------

    def mark_urgent(self, case_id: uuid.UUID, reason: str) -> DecisionResult:
        """急事特办: the case is flagged urgent (listed first, handled at once) with why."""
        return self._run(case_id, CaseAction.MARK_URGENT, note=_required(reason, "急事特办的理由", "reason"))

    # -- 不予许可 at completion ---------------------------------------------------------------------

    def deny(
        self,
        case_id: uuid.UUID,
        *,
        reasons: Sequence[str],
        legal_basis: str,
        lead_staff_no: str,
        lead_password: str,
    ) -> DecisionResult:
        """不予许可: the 不予许可决定书 with reasons, basis and the 复议 (60 days) / 诉讼 (6 months)
        rights, confirmed by the window lead, filed for the center's 否定备案 review."""
        clean = [r.strip() for r in reasons if r and r.strip()]
        if not clean:
            raise ValidationError("请写明不予许可的理由", field="reasons")
        basis = _required(legal_basis, "不予许可的法律依据", "legal_basis")
        actor = self._session.require_window_staff()
        lead = self._session.verify_lead(lead_staff_no, lead_password)

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            case.result_kind = "不予"
            case.result_name = "不予许可"
            document = file_negative(
                tx,
                case,
                CaseAction.DENY,
                DocumentKind.DENIAL,
                who,
                today,
                now,
                actor,
                clean,
                basis,
                lead,
                filing_kind=DENIAL_FILING_KIND,
                completed_on=today,
            )
            return [document]

        return self._run(
            case_id,
            CaseAction.DENY,
            body,
            actor=actor,
            note="；".join(clean),
            lead=lead.staff_no,
            lead_name=lead.name,
        )


class ExtensionReviewService(CenterService):
    """The center's side of 延时办理: the requests waiting, and approving or refusing one.

    The answer is an event the center appends to the window's case (never a rewrite of the
    window's row); the window then issues the 延期办理通知书 itself.
    """

    def pending(self, actor: Actor) -> list[ExtensionRequest]:
        """Every 申请延时 still waiting for the center, oldest first."""
        require_role(actor, CENTER_ROLES, "审批延时")
        with self._store.read() as s:
            ids = set(
                s.scalars(select(CaseEvent.case_id).where(CaseEvent.action == CaseAction.REQUEST_EXTENSION.value))
            )
            out = []
            for case in s.scalars(select(Case).where(Case.id.in_(ids))) if ids else ():
                request = clock_facts(case, _events(s, case.id)).extension
                if request is not None and request.state == "待审批":
                    out.append(request)
            return sorted(out, key=lambda r: (r.requested_on, r.case_number))

    def decide(self, actor: Actor, case_id: uuid.UUID, *, approve: bool, note: str = "") -> ExtensionRequest:
        """Approve or refuse the case's waiting 申请延时 (refusing needs a reason)."""
        require_role(actor, CENTER_ROLES, "审批延时")
        if not approve:
            note = _required(note, "不批准的理由", "note")
        now = self._now()
        with self._store.write(actor) as tx:
            case = tx.session.get(Case, case_id)
            if case is None:
                raise ValidationError("办件不存在", field="case_id")
            request = clock_facts(case, _events(tx.session, case.id)).extension
            if request is None or request.state != "待审批":
                raise DecisionNotAllowed("本案没有待审批的延时申请")
            event = CaseEvent(
                id=uuid7(),
                case_id=case.id,
                owner_window=actor.window_code or CENTER_OWNER,
                action=EXTENSION_DECISION_ACTION,
                from_state=case.state,
                to_state=case.state,
                day=hall_day(now),
                at=now,
                staff_id=actor.staff_id,
                post=actor.post,
                note=note.strip(),
                data={"approved": approve, "days": request.days},
            )
            tx.session.add(event)
            tx.session.flush()
            tx.emit("case_event.appended", event)
            tx.audit("审批延时", "cases", case.id, approved=approve, days=request.days, note=note.strip())
            return with_state(request, "已批准" if approve else "不批准", note.strip())
