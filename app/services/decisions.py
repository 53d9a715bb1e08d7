"""The decisions at the window (受理, 一次性告知, 容缺受理, 不予受理, 即办办结, 退回).

Each decision is one write transaction: the case's state and dates, its materials, a
case event, a numbered :class:`IssuedDocument` holding the facts it printed, the audit
entry and the outbox row. The document text is built with :mod:`app.forms` so the
clerk sees a preview until the printing issue prints it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from app.domain import decision_rules as rules
from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseAction, CaseState, apply
from app.domain.deadlines import (
    CaseClock,
    ClockEvent,
    ClockEventKind,
    FiveDayState,
    RETURN_LIMIT_DAYS,
    FiveDayStatus,
    effective_legal_limit,
    five_day_rule,
)
from app.domain.enums import CaseKind, DocumentKind, MaterialStatus
from app.domain.ids import uuid7
from app.domain.lookup_code import new_lookup_code
from app.forms.inputs import CaseFacts
from app.services import cases as c
from app.services import documents
from app.services.backoffice_window import check_window_action
from app.services.base import WindowCaseService
from app.services.clock import Clock, hall_day
from app.services.dto import DecisionResult, DocumentInfo, RefusalGround
from app.services.errors import DecisionNotAllowed, LateNoticeNeedsConfirmation
from app.services.numbering import Issuer, issuer, next_case_number
from app.services.session import SessionService
from app.settings import Settings
from app.store.models import Case, CaseEvent, NegativeFiling
from app.store.uow import Store, WriteTxn

#: 不予受理 grounds the clerk may pick (行政许可法 §32 and related articles); or free text.
REFUSAL_GROUNDS: tuple[RefusalGround, ...] = (
    RefusalGround(
        code="not-required",
        text="申请事项依法不需要取得行政许可",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（一）项",
    ),
    RefusalGround(
        code="not-competent",
        text="申请事项依法不属于本行政机关职权范围，请向有关行政机关申请",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    ),
    RefusalGround(
        code="not-qualified",
        text="申请人不具备法定的申请资格",
        basis="《中华人民共和国行政许可法》第三十二条",
    ),
    RefusalGround(
        code="false-material",
        text="申请人隐瞒有关情况或者提供虚假材料，依法不予受理",
        basis="《中华人民共和国行政许可法》第七十八条",
    ),
    RefusalGround(
        code="no-supplement",
        text="申请人逾期未按一次性告知书补正全部材料",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（四）项",
    ),
)


def promised_limit(case: Case) -> int:
    """The limit the promised date is counted with: promised, else legal, else 20; 即办件 0."""
    try:
        kind = CaseKind(case.kind)
    except ValueError:
        kind = CaseKind.PROMISED
    if kind is CaseKind.IMMEDIATE:
        return 0
    if case.promised_limit_days is not None:
        return case.promised_limit_days
    return effective_legal_limit(case.legal_limit_days, kind)


def event_row(
    case: Case,
    actor: Actor,
    action: str,
    day: date,
    at: datetime,
    *,
    from_state: str | None,
    to_state: str | None,
    note: str = "",
    **data: object,
) -> CaseEvent:
    """A case event attributed to ``actor`` (who and in which capacity)."""
    return CaseEvent(
        id=uuid7(),
        case_id=case.id,
        owner_window=case.owner_window,
        action=action,
        from_state=from_state,
        to_state=to_state,
        day=day,
        at=at,
        staff_id=actor.staff_id,
        post=actor.post,
        note=note,
        data={k: v for k, v in data.items() if v is not None},
    )


#: What a case action does inside its transaction; returns the documents it issued.
CaseBody = Callable[[WriteTxn, Case, date, datetime, Issuer], list[DocumentInfo]]


def run_case_action(
    store: Store,
    session: SessionService,
    calendar: WorkCalendar,
    settings: Settings,
    clock: Clock,
    case_id: uuid.UUID,
    action: CaseAction,
    body: Callable[[WriteTxn, Case, date, datetime, Issuer], list[DocumentInfo]],
    *,
    actor: Actor | None = None,
    note: str = "",
    **data: object,
) -> DecisionResult:
    """One case action as one write transaction: state transition (checked by the domain
    state machine), ``body`` (rule checks, fields, documents), the case event attributed
    to the actor, outbox row and audit entry."""
    actor = actor or session.require_window_staff()
    now = clock()
    today = hall_day(now)
    with store.write(actor) as tx:
        s = tx.session
        case = c.load_case(s, case_id, actor, window_code=session.window_code)
        check_window_action(list(case.events), action)
        before = CaseState(case.state)
        after = apply(before, action)
        who = issuer(s, case.owner_window, settings.hall_code)
        docs = body(tx, case, today, now, who)
        case.state = after.value
        case.updated_at = now
        event = event_row(
            case,
            actor,
            action.value,
            today,
            now,
            from_state=before.value,
            to_state=after.value,
            note=note,
            documents=[d.number for d in docs] or None,
            **data,
        )
        s.add(event)
        s.flush()
        tx.emit(f"case_{_slug(action)}", case)
        # The checklist travels with every decision (drafts' marks are local until then).
        for material in case.materials:
            tx.emit("case_material", material)
        tx.emit("case_event", event)
        tx.audit(
            f"case.{_slug(action)}",
            "cases",
            case.id,
            case_number=case.case_number,
            documents=[d.number for d in docs],
            **data,
        )
        s.refresh(case)
        info = c.case_info(s, case, today=today, calendar=calendar)
    return DecisionResult(case=info, documents=tuple(docs))


class DecisionService(WindowCaseService):
    """Takes the window's decisions on drafts; every rule is checked here, not in the UI."""

    @staticmethod
    def refusal_grounds() -> tuple[RefusalGround, ...]:
        """The §32 (and related) grounds to choose from; free text is allowed too."""
        return REFUSAL_GROUNDS

    # -- the common frame ---------------------------------------------------------------

    def _decide(
        self,
        case_id: uuid.UUID,
        action: CaseAction,
        body: Callable[[WriteTxn, Case, date, datetime, Issuer], list[DocumentInfo]],
        *,
        actor: Actor | None = None,
        note: str = "",
        **data: object,
    ) -> DecisionResult:
        return run_case_action(
            self._store,
            self._session,
            self._calendar,
            self._settings,
            self._clock,
            case_id,
            action,
            body,
            actor=actor,
            note=note,
            **data,
        )

    def _require_applicant(self, tx: WriteTxn, case: Case) -> None:
        rules.require_applicant(
            named=bool(case.applicant_name or case.org_name),
            identified=c.identity_of(case) is not None,
            agent_required=c.agent_required(case, c.case_matters(tx.session, case)),
            agent_registered=bool(case.agent_name and case.agent_id_number),
        )

    def _number(self, tx: WriteTxn, case: Case, who: Issuer, today: date) -> None:
        if case.case_number is None:
            case.case_number = next_case_number(tx.session, who, today)
        if not case.lookup_code:
            case.lookup_code = new_lookup_code()
        if case.received_on is None:
            case.received_on = today

    def _acceptance_day(self, case: Case, today: date) -> tuple[date, bool]:
        """The day the case counts as accepted: today, or — §32 deemed acceptance — the
        day the materials were received when no notice went out within 5 working days."""
        if case.received_on is not None:
            status = five_day_rule(case.received_on, today, self._calendar)
            if status.state is FiveDayState.DEEMED_ACCEPTED:
                return case.received_on, True
        return today, False

    def _due(self, case: Case, accepted_on: date) -> date:
        clock = CaseClock(self._calendar, [ClockEvent(ClockEventKind.ACCEPTED, accepted_on)])
        due = clock.due_date(promised_limit(case))
        assert due is not None
        return due

    # -- decisions ------------------------------------------------------------------------

    def accept(self, case_id: uuid.UUID) -> DecisionResult:
        """受理: every required material received or shared → case number, promised date,
        受理通知书. A draft past the §32 five-day point counts as accepted on the day the
        materials were received (and its promised date is counted from that day)."""
        deemed: list[bool] = []

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._require_applicant(tx, case)
            rules.require_acceptable(case.materials)
            self._number(tx, case, who, today)
            accepted_on, was_deemed = self._acceptance_day(case, today)
            deemed.append(was_deemed)
            case.accepted_on = accepted_on
            case.due_date = self._due(case, accepted_on)
            provisional = self._calendar.provisional_between(accepted_on, case.due_date)
            matters = c.case_matters(tx.session, case)
            procedures = tuple(p for m in matters for p in (m.special_procedures or ()))
            result = next(((m.result or {}).get("name") for m in matters if (m.result or {}).get("name")), "")
            return [
                documents.issue(
                    tx,
                    case,
                    DocumentKind.ACCEPTANCE,
                    who,
                    now,
                    lambda number: documents.base_facts(
                        case,
                        document_number=number,
                        today=today,
                        special_procedures=procedures,
                        result_name=result or "",
                        deemed_accepted=was_deemed,
                        due_provisional=provisional,
                    ),
                )
            ]

        return self._decide(case_id, CaseAction.ACCEPT, body)

    def late_notice_standing(self, case_id: uuid.UUID) -> FiveDayStatus | None:
        """Where the draft stands against §32 today (None before its materials were received)."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            if case.received_on is None:
                return None
            return five_day_rule(case.received_on, hall_day(self._clock()), self._calendar)

    def notify(self, case_id: uuid.UUID, *, confirm_late: bool = False) -> DecisionResult:
        """一次性告知: every missing and defective material with what is required, at once.

        Every required material must have been checked first (none 未核验), so the notice
        is complete; it is a 补正材料通知书 when the window kept some materials, else an
        一次性告知书.

        行政许可法 §32: later than 5 working days after the materials were received the
        application is already deemed accepted on the day of receipt. Such a notice needs
        ``confirm_late=True`` (else :class:`LateNoticeNeedsConfirmation` says why), records
        the deemed acceptance (case number, acceptance day = receipt day, 待补正 with the
        days counted so far kept) and says so on the notice.
        """
        if not confirm_late:
            standing = self.late_notice_standing(case_id)
            if standing is not None and standing.state is FiveDayState.DEEMED_ACCEPTED:
                raise LateNoticeNeedsConfirmation(
                    f"收到材料已超过5个工作日（告知期限为{standing.deadline:%Y-%m-%d}），"
                    "依《行政许可法》第三十二条本申请已视为自收到材料之日起受理。"
                    "确认仍要出具补正通知书吗？确认后将登记视为受理，并在通知书上注明。",
                    deadline=standing.deadline,
                    received_on=self._received_on(case_id),
                )
        late: list[bool] = []

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._require_applicant(tx, case)
            checked = rules.notice_lines(case.materials)
            self._number(tx, case, who, today)
            accepted_on, was_deemed = self._acceptance_day(case, today)
            confirmed = bool(late and late[0])
            if was_deemed and not confirmed:
                # The five days ran out between the check and this transaction.
                raise LateNoticeNeedsConfirmation(
                    "收到材料已超过5个工作日，请确认逾期出具补正通知书", deadline=None, received_on=case.received_on
                )
            if confirmed and not was_deemed:
                raise DecisionNotAllowed("收到材料未超过5个工作日，请按一般一次性告知办理")
            kept = any(m.status == MaterialStatus.RECEIVED.value for m in checked)
            kind = DocumentKind.SUPPLEMENT_NOTICE if kept else DocumentKind.ONE_TIME_NOTICE
            if was_deemed:
                case.accepted_on = accepted_on
                case.due_date = self._due(case, accepted_on)
            return [
                documents.issue(
                    tx,
                    case,
                    kind,
                    who,
                    now,
                    lambda number: documents.base_facts(
                        case, document_number=number, today=today, materials=checked, deemed_accepted=was_deemed
                    ),
                )
            ]

        if confirm_late:
            standing = self.late_notice_standing(case_id)
            late.append(standing is not None and standing.state is FiveDayState.DEEMED_ACCEPTED)
        if late and late[0]:
            return self._decide(
                case_id, CaseAction.NOTIFY_LATE, body, note="逾期告知补正，视为受理", deemed_accepted=True
            )
        return self._decide(case_id, CaseAction.NOTIFY, body)

    def _received_on(self, case_id: uuid.UUID) -> date | None:
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            return c.load_case(s, case_id, actor, window_code=self._session.window_code).received_on

    def accept_with_deficiency(self, case_id: uuid.UUID, pending_due: date | None = None) -> DecisionResult:
        """容缺受理: only when the matter allows it and only 容缺 materials are pending; the due
        date of the pending materials is at most the promised date (default: that date).
        Issues the 容缺受理承诺书 and the 受理通知书."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            matters = c.case_matters(tx.session, case)
            rules.require_deficiency_allowed(case.matter_name, [bool(m.allows_deficiency) for m in matters])
            self._require_applicant(tx, case)
            pending = rules.deferrable(case.materials)
            self._number(tx, case, who, today)
            accepted_on, was_deemed = self._acceptance_day(case, today)
            case.accepted_on = accepted_on
            case.due_date = self._due(case, accepted_on)
            provisional = self._calendar.provisional_between(accepted_on, case.due_date)
            due = pending_due or case.due_date
            rules.check_pending_due(due, case.due_date, today)
            case.pending_due = due
            for m in pending:
                m.status = MaterialStatus.DEFERRED.value
            deferred = tuple(documents.material_line(m) for m in pending)

            def facts(number: str) -> CaseFacts:
                return documents.base_facts(
                    case,
                    document_number=number,
                    today=today,
                    pending_materials=deferred,
                    pending_due=due,
                    deemed_accepted=was_deemed,
                    due_provisional=provisional,
                )

            pledge = documents.issue(tx, case, DocumentKind.DEFICIENCY_PLEDGE, who, now, facts)
            acceptance = documents.issue(tx, case, DocumentKind.ACCEPTANCE, who, now, facts)
            return [acceptance, pledge]

        return self._decide(case_id, CaseAction.ACCEPT_WITH_DEFICIENCY, body)

    def refuse(
        self, case_id: uuid.UUID, *, reasons: Sequence[str], legal_basis: str, lead_staff_no: str, lead_password: str
    ) -> DecisionResult:
        """不予受理: reasons (grounds of :data:`REFUSAL_GROUNDS` or free text) and legal basis,
        confirmed by the window's 首席代表 with their password; files a 否定备案."""
        clean = rules.clean_reasons(reasons, "请选择或填写不予受理的理由")
        rules.require_legal_basis(legal_basis)
        actor = self._session.require_window_staff()
        lead = self._session.verify_lead(lead_staff_no, lead_password)

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._number(tx, case, who, today)
            return [
                file_negative(
                    tx, case, CaseAction.REFUSE, DocumentKind.REFUSAL, who, today, now, actor, clean, legal_basis, lead
                )
            ]

        return self._decide(
            case_id,
            CaseAction.REFUSE,
            body,
            actor=actor,
            note="；".join(clean),
            lead=lead.staff_no,
            lead_name=lead.name,
        )

    def finish_immediately(self, case_id: uuid.UUID, *, result_name: str = "") -> DecisionResult:
        """即办件 finished on the spot (即办件办结回执); only for 即办件 with materials complete."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            rules.require_immediate(case.kind, case.matter_name)
            self._require_applicant(tx, case)
            rules.require_complete(case.materials)
            self._number(tx, case, who, today)
            case.accepted_on = today
            case.due_date = today
            case.result_kind = "准予"
            case.result_name = result_name or None
            return [
                documents.issue(
                    tx,
                    case,
                    DocumentKind.IMMEDIATE_RECEIPT,
                    who,
                    now,
                    lambda number: documents.base_facts(
                        case, document_number=number, today=today, result_name=result_name, completed_on=today
                    ),
                )
            ]

        return self._decide(case_id, CaseAction.FINISH, body)

    def return_case(self, case_id: uuid.UUID, *, reasons: Sequence[str], legal_basis: str = "") -> DecisionResult:
        """退回: the application goes back to the applicant (退回通知书); filed as 否定备案.

        Possible for a draft, for a case waiting for supplements that never came, for a
        容缺 case whose pledge was broken (the state machine decides), and — 退回件 — for an
        accepted case found not to qualify, within :data:`RETURN_LIMIT_DAYS` working days of
        its acceptance (seed 003); later the case must be decided (准予 or 不予许可).
        """
        clean = rules.clean_reasons(reasons, "请填写退回理由")
        actor = self._session.require_window_staff()

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            if case.state == CaseState.ACCEPTED.value and case.accepted_on is not None:
                last = self._calendar.add_workdays(case.accepted_on, RETURN_LIMIT_DAYS)
                if today > last:
                    raise DecisionNotAllowed(
                        f"退回件应在受理后{RETURN_LIMIT_DAYS}个工作日内（{last:%Y-%m-%d}前）退回，已超过期限；"
                        "请按审查结果作出准予或不予许可决定"
                    )
            self._number(tx, case, who, today)
            return [
                file_negative(
                    tx, case, CaseAction.RETURN, DocumentKind.RETURN, who, today, now, actor, clean, legal_basis
                )
            ]

        return self._decide(case_id, CaseAction.RETURN, body, actor=actor, note="；".join(clean))


def file_negative(
    tx: WriteTxn,
    case: Case,
    action: CaseAction,
    kind: DocumentKind,
    who: Issuer,
    today: date,
    now: datetime,
    clerk: Actor,
    reasons: list[str],
    legal_basis: str,
    lead: Actor | None = None,
    *,
    filing_kind: str | None = None,
    **facts: Any,  # keyword facts of documents.base_facts (e.g. decision_day)
) -> DocumentInfo:
    """不予受理, 退回 and 不予许可: the 否定备案 (reasons, legal basis, clerk, confirming lead;
    ``filing_kind`` defaults to the action) and the numbered notice that states the same
    reasons and basis (``facts`` adds to what it prints, e.g. the decision day)."""
    filing = NegativeFiling(
        id=uuid7(),
        owner_window=case.owner_window,
        case_id=case.id,
        kind=filing_kind or action.value,
        reason="；".join(reasons),
        legal_basis=legal_basis.strip(),
        clerk_id=clerk.staff_id,
        lead_id=lead.staff_id if lead is not None else None,
        filed_at=now,
    )
    tx.session.add(filing)
    tx.emit("negative_filing", filing)
    return documents.issue(
        tx,
        case,
        kind,
        who,
        now,
        lambda number: documents.base_facts(
            case,
            document_number=number,
            today=today,
            reasons=tuple(reasons),
            legal_basis=tuple(p.strip() for p in legal_basis.split("；") if p.strip()),
            **facts,
        ),
    )


def _slug(action: CaseAction) -> str:
    return {
        CaseAction.ACCEPT: "accepted",
        CaseAction.NOTIFY: "notified",
        CaseAction.REFUSE: "refused",
        CaseAction.FINISH: "finished",
        CaseAction.RETURN: "returned",
        CaseAction.ACCEPT_WITH_DEFICIENCY: "deficiency_accepted",
        CaseAction.NOTIFY_LATE: "notified_late",
    }.get(action, action.name.lower())
