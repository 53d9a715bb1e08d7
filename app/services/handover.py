"""统一窗口出件: hand a finished case's result to the applicant, at the window or by mail.

Who may hand over: the window that owns the case (its own store, works offline) and an
output window (出件窗口, a window flag) for any window's case — that one is written to
the central store, because the case is not on this PC. The hand-over never rewrites the
owner's rows (DESIGN.md "ownership instead of conflicts"): it is an appended case event
owned by the acting window, plus the 领取回执 it issued; the owner pulls the event
(:func:`app.sync.events.pull_foreign_events`) and its list folds it
(:func:`app.domain.handover.handover_standing`), and the center sees it at once.

A 送达 by mail records address, carrier, tracking number and postage/booking state; a
returned item (:meth:`HandoverService.mail_returned`) reopens the hand-over.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_stage import StageAction
from app.domain.case_state import CaseAction, CaseState, apply
from app.domain.enums import ApplicantKind, DeliveryMethod, DocumentKind, MaterialForm, MaterialStatus
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.handover import (
    DELIVER_ACTION,
    MAIL_RETURNED_ACTION,
    Handover,
    ItemKind,
    MailDispatch,
    Standing,
    check_receiver_for_case,
    check_signature,
    handover_standing,
)
from app.domain.input_policy import clean_text
from app.domain.validators import mask_id
from app.forms.inputs import HandedItem, HandoverFacts
from app.services import documents
from app.services.base import WindowCaseService
from app.services.clock import hall_day
from app.services.decisions import event_row
from app.services.dto import DocumentInfo
from app.services.numbering import issuer, next_document_number
from app.store.models import Case, CaseEvent, Window
from app.store.uow import Store, WriteTxn
from app.sync.errors import CentralUnavailable

#: The back office's 登记结果 event (app.domain.case_stage.StageAction.RECORD_RESULT).
RECORD_RESULT = StageAction.RECORD_RESULT.value
#: States a case can be handed over from (decided, not in the applicant's hands).
READY_STATES = frozenset({CaseState.COMPLETED_APPROVED, CaseState.COMPLETED_DENIED, CaseState.MAIL_RETURNED})


@dataclass(frozen=True)
class OfferedItem:
    """What the screen proposes to hand over: the result and the originals to return."""

    kind: ItemKind
    name: str
    number: str = ""
    copies: int = 1


@dataclass(frozen=True)
class HandoverCase:
    """A case as the output window sees it (ID numbers masked)."""

    id: uuid.UUID
    case_number: str
    owner_window: str
    matter_name: str
    applicant_name: str
    applicant_is_person: bool
    id_masked: str
    phone: str
    address: str
    agent_name: str
    state: str
    result_name: str
    standing: Standing
    #: The last 送达's data without the signature image (receiver, items, mail …).
    last: Mapping[str, Any]
    #: True when the case is on this PC (this window's own case).
    local: bool
    offered: tuple[OfferedItem, ...]

    @property
    def ready(self) -> bool:
        return self.standing in (Standing.WAITING, Standing.MAIL_RETURNED)


@dataclass(frozen=True)
class _Place:
    """Where a hand-over is written: ``tx`` holds the case, ``record`` is this PC's
    transaction (the same one for this window's own case)."""

    tx: WriteTxn
    record: WriteTxn
    case: Case
    events: list[CaseEvent]
    local: bool


@dataclass(frozen=True)
class HandoverResult:
    """A recorded 送达: the case as it now stands and the 领取回执 to print (None for mail)."""

    case: HandoverCase
    receipt: DocumentInfo | None


def case_number_from(text: str) -> str:
    """The case number typed, or scanned from a slip's QR link (``…/q?c=NUMBER&v=…``)."""
    value = clean_text(text, label="办件编号", field="case_number", max_length=300)
    if "?" in value and "c=" in value:
        numbers = parse_qs(urlsplit(value).query).get("c")
        if numbers:
            value = numbers[0].strip()
    if not value:
        raise ValidationError("请输入或扫描办件编号", field="case_number")
    return value.upper()


def _effective_state(case: Case, events: list[CaseEvent]) -> CaseState:
    """The case's state, or the state a later event appended by another party moved it
    to (an output window's 送达 / 邮件退回; the back office's 后台办结 before the owning
    window folded it), so a case finished elsewhere is ready here too. The back office's
    other events record the state unchanged and say nothing about it."""
    state = CaseState(case.state)
    for event in events:
        if event.owner_window == case.owner_window:
            continue
        if event.action == StageAction.COMPLETE.value and state in (CaseState.ACCEPTED, CaseState.FORWARDED):
            granted = (event.data or {}).get("decision") == "准予"
            state = CaseState.COMPLETED_APPROVED if granted else CaseState.COMPLETED_DENIED
        elif event.to_state and event.to_state != event.from_state:
            try:
                state = CaseState(event.to_state)
            except ValueError:
                continue
    return state


def _public(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "signature_png"}


class HandoverService(WindowCaseService):
    """Find finished cases and record their hand-over (window or mail); see module docstring.

    ``central`` is the hall's central store (None on a PC without one: only this window's
    own cases can then be handed over).
    """

    def __init__(self, *args: Any, central: Store | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._central = central

    # -- reading ---------------------------------------------------------------------------

    def is_output_window(self) -> bool:
        """Whether this PC's window is flagged 出件窗口 (reference data)."""
        with self._store.read() as s:
            flag = s.scalars(select(Window.output_window).where(Window.code == self._session.window_code)).first()
        return bool(flag)

    @property
    def signature_pad(self) -> bool:
        return bool(self._settings.signature_pad)

    def find(self, text: str) -> HandoverCase:
        """The case by its number or the QR link of any of its slips."""
        self._session.require_window_staff()
        number = case_number_from(text)
        with self._store.read() as s:
            case = self._local_case(s, number)
            if case is not None:
                return self._view(case, self._events(s, case), local=True)
        self._require_output_window(number)
        with self._central_session() as s:
            case = s.scalars(select(Case).where(Case.case_number == number)).first()
            if case is None:
                raise NotFound(f"没有办件 {number}，请核对办件编号")
            return self._view(case, self._events(s, case), local=False)

    # -- actions ---------------------------------------------------------------------------

    def hand_over(self, case_number: str, handover: Handover) -> HandoverResult:
        """The receiver takes the result at this window; issues the 领取回执."""
        check_signature(handover.signature, pad_configured=self.signature_pad)
        actor = self._session.require_window_staff()
        window_name = self._window_name()

        def body(at: _Place, case: Case, now: datetime) -> DocumentInfo:
            check_receiver_for_case(
                handover.receiver,
                applicant_id=case.id_number or "",
                applicant_is_person=case.applicant_kind == ApplicantKind.PERSON.value,
                legal_rep=case.legal_rep or "",
            )
            r = handover.receiver
            facts_of = HandoverFacts(
                receiver_name=r.name,
                receiver_id_type=r.id_type,
                receiver_id_number=r.id_number,
                relation=r.relation.value,
                handed_at=now,
                output_window=f"{self._session.window_code} {window_name}",
                items=tuple(HandedItem(i.kind.value, i.name, i.number, i.copies) for i in handover.items),
                signature=handover.signature.mode.value,
                attorney=r.attorney,
            )
            today = hall_day(now)
            who = issuer(at.record.session, self._session.window_code, self._settings.hall_code)
            number = None
            if not at.local:
                # Numbered on this PC under its own key ("…-08C-E1-…"): a window role has no
                # central counters, and the number never repeats one issued for its own cases.
                number = next_document_number(
                    at.record.session, replace(who, window=f"{who.window}C"), DocumentKind.HANDOVER_RECEIPT, today
                )
            return documents.issue(
                at.tx,
                case,
                DocumentKind.HANDOVER_RECEIPT,
                who,
                now,
                lambda number: documents.base_facts(
                    case,
                    document_number=number,
                    today=today,
                    materials=[],
                    result_name=case.result_name or "",
                    completed_on=_completed_on(case),
                    handover=facts_of,
                ),
                owner_window=self._session.window_code,
                number=number,
                record=None if at.local else at.record,
            )

        note = f"窗口领取：{handover.receiver.relation.value}{handover.receiver.name}"
        return self._deliver(case_number, actor, handover.as_data(), note, body, DeliveryMethod.PICKUP)

    def mail(self, case_number: str, dispatch: MailDispatch) -> HandoverResult:
        """The result goes out by mail (address, carrier, tracking number, postage state)."""
        actor = self._session.require_window_staff()
        note = f"邮寄：{dispatch.carrier} {dispatch.tracking_no}（{dispatch.postage.value}）"
        return self._deliver(case_number, actor, dispatch.as_data(), note, None, DeliveryMethod.MAIL, dispatch)

    def mail_returned(self, case_number: str, reason: str) -> HandoverCase:
        """The mailed item came back: the hand-over is open again (the reason is recorded)."""
        actor = self._session.require_window_staff()
        reason = clean_text(reason, label="退回原因", field="reason", max_length=200, form="NFC")
        if not reason:
            raise ValidationError("请填写邮件退回的原因（如查无此人、地址不详、拒收）", field="reason")
        number = case_number_from(case_number)
        with self._writing(number, actor) as at:
            standing = handover_standing((e.action, e.data) for e in at.events)
            if standing.standing is not Standing.MAILED:
                raise ValidationError(f"办件 {number} 没有待投递的邮件，不能登记邮件退回", field="case_number")
            data = {"tracking_no": standing.last.get("tracking_no", ""), "reason": reason}
            self._append(at, actor, MAIL_RETURNED_ACTION, reason, data)
            at.record.audit("case.mail_returned", "cases", at.case.id, case_number=number, reason=reason)
            return self._view(at.case, self._events(at.tx.session, at.case), local=at.local)

    # -- the common frame ------------------------------------------------------------------

    def _deliver(
        self,
        case_number: str,
        actor: Actor,
        data: dict[str, Any],
        note: str,
        body: Any,
        method: DeliveryMethod,
        dispatch: MailDispatch | None = None,
    ) -> HandoverResult:
        number = case_number_from(case_number)
        with self._writing(number, actor) as at:
            case = at.case
            state = _effective_state(case, at.events)
            standing = handover_standing((e.action, e.data) for e in at.events)
            if standing.standing in (Standing.HANDED_OVER, Standing.MAILED):
                raise ValidationError(f"办件 {number} 已送达（{standing.standing.value}），不能重复出件")
            if state not in READY_STATES:
                raise ValidationError(f"办件 {number} 尚未办结（当前“{state.value}”），不能出件")
            receipt: DocumentInfo | None = None
            if body is not None:
                receipt = body(at, case, self._clock())
                data = {**data, "documents": [receipt.number]}
            if at.local:
                case.delivery_method = method.value
                case.carrier = dispatch.carrier if dispatch else None
                case.tracking_no = dispatch.tracking_no if dispatch else None
            self._append(at, actor, DELIVER_ACTION, note, data)
            at.record.audit(
                "case.deliver",
                "cases",
                case.id,
                case_number=number,
                method=method.value,
                owner_window=case.owner_window,
                documents=[receipt.number] if receipt else [],
            )
            view = self._view(case, self._events(at.tx.session, case), local=at.local)
        return HandoverResult(view, receipt)

    def _append(self, at: _Place, actor: Actor, action: str, note: str, data: dict[str, Any]) -> None:
        """The case event: on this window's own case with the state transition and the
        outbox; on another window's case only the event, owned by this window."""
        case, now = at.case, self._clock()
        before = CaseState(case.state)
        if at.local:
            after = apply(before, CaseAction(action))
        else:  # the owner's row is not touched; the event says where the case went
            after = CaseState.DELIVERED if action == DELIVER_ACTION else CaseState.MAIL_RETURNED
        event = event_row(
            case, actor, action, hall_day(now), now, from_state=before.value, to_state=after.value, note=note, **data
        )
        if at.local:
            case.state = after.value
            case.updated_at = now
        else:
            event.owner_window = self._session.window_code
        at.tx.session.add(event)
        at.tx.session.flush()
        if at.local:
            at.tx.emit(f"case_{'deliver' if action == DELIVER_ACTION else 'mail_returned'}", case)
            at.tx.emit("case_event", event)

    @contextmanager
    def _writing(self, number: str, actor: Actor) -> Iterator[_Place]:
        """The write transaction on the store that holds the case: this PC's for its own
        case; else (an output window) the central store's, inside this PC's own
        transaction, which takes the receipt number and the audit entry and commits only
        after the center did — an unreachable center leaves nothing half-written."""
        with self._store.read() as s:
            local = self._local_case(s, number) is not None
        if local:
            with self._store.write(actor) as tx:
                case = self._local_case(tx.session, number)
                assert case is not None
                yield _Place(tx, tx, case, self._events(tx.session, case), True)
            return
        self._require_output_window(number)
        assert self._central is not None
        with self._store.write(actor) as record:
            try:
                with self._central.write(actor) as tx:
                    case = tx.session.scalars(select(Case).where(Case.case_number == number)).first()
                    if case is None:
                        raise NotFound(f"没有办件 {number}，请核对办件编号")
                    yield _Place(tx, record, case, self._events(tx.session, case), False)
            except DBAPIError as exc:
                raise CentralUnavailable(_unreachable(exc)) from exc

    @contextmanager
    def _central_session(self) -> Iterator[Session]:
        assert self._central is not None
        try:
            with self._central.read() as s:
                yield s
        except DBAPIError as exc:
            raise CentralUnavailable(_unreachable(exc)) from exc

    def _require_output_window(self, number: str) -> None:
        if not self.is_output_window():
            raise PermissionDenied(
                f"办件 {number} 不是本窗口受理的：本窗口不是出件窗口，只能送达本窗口的办件（请到出件窗口办理）"
            )
        if self._central is None:
            raise CentralUnavailable("本机未连接中心库：其他窗口受理的办件须连接中心库后才能出件")

    def _local_case(self, s: Session, number: str) -> Case | None:
        return s.scalars(
            select(Case).where(Case.case_number == number, Case.owner_window == self._session.window_code)
        ).first()

    @staticmethod
    def _events(s: Session, case: Case) -> list[CaseEvent]:
        return list(
            s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at, CaseEvent.id))
        )

    def _window_name(self) -> str:
        with self._store.read() as s:
            name = s.scalars(select(Window.name).where(Window.code == self._session.window_code)).first()
        return name or ""

    @staticmethod
    def _view(case: Case, events: list[CaseEvent], *, local: bool) -> HandoverCase:
        standing = handover_standing((e.action, e.data) for e in events)
        offered = []
        if case.result_name:
            # The number the back office registered with the 证照 (登记结果), when it did.
            registered = [
                e.data for e in events if e.action == RECORD_RESULT and (e.data or {}).get("name") == case.result_name
            ]
            number = str(registered[-1].get("number") or "") if registered else ""
            offered.append(OfferedItem(ItemKind.LICENCE, case.result_name, number))
        offered += [
            OfferedItem(ItemKind.ORIGINAL, m.name, "", m.copies or 1)
            for m in sorted(case.materials, key=lambda m: m.position)
            if m.form == MaterialForm.ORIGINAL.value and m.status == MaterialStatus.RECEIVED.value
        ]
        return HandoverCase(
            id=case.id,
            case_number=case.case_number or "",
            owner_window=case.owner_window,
            matter_name=case.matter_name,
            applicant_name=case.org_name or case.applicant_name,
            applicant_is_person=case.applicant_kind == ApplicantKind.PERSON.value,
            id_masked=mask_id(case.id_number or case.credit_code or ""),
            phone=case.phone or "",
            address=case.address or "",
            agent_name=case.agent_name or "",
            state=_effective_state(case, events).value,
            result_name=case.result_name or "",
            standing=standing.standing,
            last=_public(standing.last),
            local=local,
            offered=tuple(offered),
        )


def _completed_on(case: Case) -> date | None:
    for event in sorted(case.events, key=lambda e: e.at, reverse=True):
        if event.to_state in (CaseState.COMPLETED_APPROVED.value, CaseState.COMPLETED_DENIED.value):
            return event.day
    return None


def _unreachable(exc: DBAPIError) -> str:
    first = str(getattr(exc, "orig", exc)).splitlines()[0] if str(getattr(exc, "orig", exc)) else ""
    return f"无法连接中心库，出件未登记（可稍后重试）：其他窗口受理的办件须连接中心库才能出件。{first}"
