"""Intake (收件): applicant, situations, the material checklist and its marks — the draft.

Outbox: the draft's case row and events are sent as they change; the checklist lines are
sent with the decision (:func:`app.services.decisions.run_case_action`), because lines
come and go while situations are answered and the center only needs the final list.

A draft is a :class:`Case` in state 收件中 owned by this window and by the person who
started it, so it survives a switch of user and waits for that person (other people at
the window do not see it unless it was handed over, see
:meth:`app.services.session.SessionService.switch_user`).

Checklist rule: a material applies when its ``situations`` list is empty, or when any
of its situations was answered “yes”. For a bundle (一件事) the checklists of its
matters are merged and each material appears once: two materials are the same when
their normalised names and their forms are equal (the first matter's line is kept,
the strictest necessity wins: 必要 > 容缺 > 非必要, and the largest number of copies).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseAction, CaseState, apply
from app.domain.enums import ApplicantKind, IdType, MaterialStatus
from app.domain.errors import NotFound, ValidationError
from app.domain.ids import uuid7
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.validators import (
    parse_credit_code,
    parse_mobile,
    parse_phone,
    parse_foreign_pr_number,
    parse_resident_id,
    validate_latin_name,
    validate_person_name,
)
from app.services import cases as c
from app.services.clock import Clock, hall_day, system_clock
from app.services.dto import ApplicantInput, CaseInfo, DraftSummary
from app.services.errors import ApplicantInvalid, DecisionNotAllowed
from app.services.session import SessionService
from app.store.models import Bundle, Case, CaseEvent, Matter, Staff, Ticket
from app.store.uow import Store, WriteTxn

T = TypeVar("T")


class IntakeService:
    """Creates and edits drafts at this window; every change is one write transaction."""

    def __init__(
        self, store: Store, session: SessionService, calendar: WorkCalendar, *, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._clock = clock

    def _today(self) -> date:
        return hall_day(self._clock())

    def _info(self, tx_session: Session, case: Case) -> CaseInfo:
        tx_session.flush()
        tx_session.refresh(case)
        return c.case_info(tx_session, case, today=self._today(), calendar=self._calendar)

    def _event(
        self,
        tx: WriteTxn,
        case: Case,
        action: str,
        *,
        from_state: str | None = None,
        to_state: str | None = None,
        note: str = "",
        **data: object,
    ) -> CaseEvent:
        actor = tx.actor
        event = CaseEvent(
            id=uuid7(),
            case_id=case.id,
            owner_window=case.owner_window,
            action=action,
            from_state=from_state,
            to_state=to_state,
            day=self._today(),
            at=self._clock(),
            staff_id=actor.staff_id,
            post=actor.post,
            note=note,
            data=dict(data),
        )
        tx.session.add(event)
        return event

    # -- drafts -------------------------------------------------------------------------

    def start(
        self,
        *,
        matter_code: str | None = None,
        bundle_code: str | None = None,
        ticket_id: uuid.UUID | None = None,
        applicant: ApplicantInput | None = None,
    ) -> CaseInfo:
        """Open a draft for a matter or a bundle (一件事); the checklist starts with the
        materials that apply without any situation, all 未核验 (shared ones 共享免提交)."""
        actor = self._session.require_window_staff()
        if bool(matter_code) == bool(bundle_code):
            raise ValidationError("请选择一个事项或一件事", field="matter")
        valid_applicant = self.validate_applicant(applicant) if applicant is not None else None
        with self._store.write(actor) as tx:
            s = tx.session
            if bundle_code:
                bundle = s.scalars(select(Bundle).where(Bundle.code == bundle_code)).first()
                if bundle is None:
                    raise NotFound(f"一件事“{bundle_code}”不存在")
                codes = list(bundle.matters)
                name = bundle.name
            else:
                codes = [str(matter_code)]
                name = ""
            rows = {m.code: m for m in s.scalars(select(Matter).where(Matter.code.in_(codes)))}
            missing = [code for code in codes if code not in rows]
            if missing:
                raise NotFound(f"事项“{'、'.join(missing)}”不存在")
            matters = [rows[code] for code in codes]
            kind = c.catalog_kind(matters)
            legal = [m.legal_limit_days for m in matters if m.legal_limit_days is not None]
            promised = [m.promised_limit_days for m in matters if m.promised_limit_days is not None]
            local_ticket = None
            if ticket_id is not None and s.get(Ticket, ticket_id) is not None:
                local_ticket = ticket_id
            case = Case(
                id=uuid7(),
                owner_window=self._session.window_code,
                matter_code=matters[0].code,
                matter_name=name or matters[0].name,
                bundle_code=bundle_code,
                kind=kind,
                state=CaseState.DRAFT.value,
                ticket_id=local_ticket,
                applicant_kind=ApplicantKind.PERSON.value,
                applicant_name="",
                situations=[],
                legal_limit_days=max(legal) if legal else None,
                promised_limit_days=max(promised) if promised else None,
                visit_no=1,
                created_at=self._clock(),
                updated_at=self._clock(),
                staff_id=actor.staff_id,
                post=actor.post,
            )
            s.add(case)
            for position, resolved in enumerate(c.resolve_checklist(matters, {m.code: set() for m in matters})):
                s.add(c.new_material_row(case, resolved, position))
            if valid_applicant is not None:
                self._store_applicant(s, case, valid_applicant)
            event = self._event(
                tx, case, "收件", to_state=CaseState.DRAFT.value, ticket=str(ticket_id) if ticket_id else None
            )
            tx.emit("case_draft", case)
            tx.emit("case_event", event)
            tx.audit("case.draft", "cases", case.id, matter=case.matter_code, bundle=bundle_code)
            return self._info(s, case)

    def validate_applicant(self, applicant: ApplicantInput) -> ApplicantInput:
        """The normalised applicant, or :class:`ApplicantInvalid` naming every bad field."""
        errors: dict[str, str] = {}
        values: dict[str, str] = {}
        today = self._today()

        def check(field: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
            try:
                return fn(*args, field=field, **kwargs)
            except ValidationError as exc:
                errors[exc.field or field] = exc.message
                return None

        kind = ApplicantKind(applicant.kind)
        if kind is ApplicantKind.PERSON:
            values["name"] = check("name", validate_person_name, applicant.name) or ""
            id_type = IdType(applicant.id_type)
            if id_type in (IdType.RESIDENT_ID, IdType.HMT_RESIDENCE):
                parsed = check("id_number", parse_resident_id, applicant.id_number, today=today)
                values["id_number"] = parsed.number if parsed is not None else ""
            elif id_type is IdType.FOREIGN_PR:
                values["id_number"] = (
                    check("id_number", parse_foreign_pr_number, applicant.id_number, today=today) or ""
                )
            else:
                number = (
                    check(
                        "id_number",
                        lambda text, field: ascii_digits(text, label=f"{id_type.value}号码", field=field),
                        applicant.id_number,
                    )
                    or ""
                )
                number = "".join(number.split()).upper()
                if "id_number" in errors:
                    pass
                elif not number:
                    errors["id_number"] = f"请输入{id_type.value}号码"
                elif len(number) > 32 or not (number.isascii() and number.isalnum()):
                    errors["id_number"] = f"{id_type.value}号码只能由字母和数字组成，最长32位"
                values["id_number"] = number
            values["org_name"] = values["credit_code"] = values["legal_rep"] = ""
        else:
            org = check(
                "org_name",
                lambda text, field: ascii_digits(
                    clean_text(text, label="单位名称", field=field, max_length=200, required=True),
                    label="单位名称",
                    field=field,
                ),
                applicant.org_name,
            )
            values["org_name"] = " ".join((org or "").split())
            values["credit_code"] = check("credit_code", parse_credit_code, applicant.credit_code) or ""
            values["legal_rep"] = check("legal_rep", validate_person_name, applicant.legal_rep) or ""
            values["name"] = values["legal_rep"]
            values["id_number"] = ""
        address = ""
        if kind is ApplicantKind.PERSON:
            cleaned = check(
                "address",
                lambda text, field: ascii_digits(
                    clean_text(text, label="住址", field=field, max_length=200), label="住址", field=field
                ),
                applicant.address,
            )
            address = " ".join((cleaned or "").split())
        values["address"] = address
        name_en = ""
        if kind is ApplicantKind.PERSON and applicant.name_en.strip():
            name_en = check("name_en", validate_latin_name, applicant.name_en) or ""
        values["name_en"] = name_en
        phone = check("phone", parse_phone, applicant.phone)
        values["phone"] = phone.text if phone is not None else ""
        agent_given = any(x.strip() for x in (applicant.agent_name, applicant.agent_id_number, applicant.agent_phone))
        if agent_given:
            values["agent_name"] = check("agent_name", validate_person_name, applicant.agent_name) or ""
            agent_id = check("agent_id_number", parse_resident_id, applicant.agent_id_number, today=today)
            values["agent_id_number"] = agent_id.number if agent_id is not None else ""
            if applicant.agent_phone.strip():
                agent_phone = check("agent_phone", parse_phone, applicant.agent_phone)
                values["agent_phone"] = agent_phone.text if agent_phone is not None else ""
            else:
                values["agent_phone"] = ""
        else:
            values["agent_name"] = values["agent_id_number"] = values["agent_phone"] = ""
        if errors:
            raise ApplicantInvalid(errors)
        return replace(applicant, **cast(dict[str, Any], values))  # every key is a str field

    def _store_applicant(self, s: Session, case: Case, a: ApplicantInput) -> None:
        person = ApplicantKind(a.kind) is ApplicantKind.PERSON
        case.applicant_kind = ApplicantKind(a.kind).value
        case.applicant_name = a.name if person else a.org_name
        case.id_type = IdType(a.id_type).value if person else None
        case.id_number = a.id_number or None
        case.phone = a.phone or None
        case.sms_opt_in = bool(a.sms) and _is_mobile(a.phone)
        case.address = a.address or None
        case.applicant_name_en = a.name_en or None
        case.org_name = a.org_name or None
        case.credit_code = a.credit_code or None
        case.legal_rep = a.legal_rep or None
        case.agent_name = a.agent_name or None
        case.agent_id_number = a.agent_id_number or None
        case.agent_phone = a.agent_phone or None
        case.updated_at = self._clock()
        s.flush()
        case.visit_no = c.visit_number(s, case)
        if case.state == CaseState.DRAFT.value:
            case.kind = c.case_kind_for(s, case, c.case_matters(s, case))

    def set_applicant(self, case_id: uuid.UUID, applicant: ApplicantInput) -> CaseInfo:
        """Validate and store the applicant; :class:`ApplicantInvalid` (nothing saved) lists
        every bad field. Counts the visit number and finds earlier one-time notices.

        When a chosen situation means an agent acts (委托), the agent's name and ID are required.
        """
        actor = self._session.require_window_staff()
        valid = self.validate_applicant(applicant)
        with self._store.write(actor) as tx:
            case = self._draft(tx, case_id)
            matters = c.case_matters(tx.session, case)
            if c.agent_required(case, matters) and not (valid.agent_name and valid.agent_id_number):
                raise ApplicantInvalid(
                    {
                        **({} if valid.agent_name else {"agent_name": "委托办理时请填写代理人姓名"}),
                        **({} if valid.agent_id_number else {"agent_id_number": "委托办理时请填写代理人身份证号码"}),
                    }
                )
            self._store_applicant(tx.session, case, valid)
            tx.emit("case_applicant", case)
            tx.audit("case.applicant", "cases", case.id, visit_no=case.visit_no)
            return self._info(tx.session, case)

    def _draft(self, tx: WriteTxn, case_id: uuid.UUID) -> Case:
        case = c.load_case(tx.session, case_id, tx.actor, window_code=self._session.window_code)
        if case.state != CaseState.DRAFT.value:
            raise DecisionNotAllowed(f"案件已是“{case.state}”，收件内容不能再修改")
        return case

    def answer_situations(self, case_id: uuid.UUID, codes: Sequence[str]) -> CaseInfo:
        """Set the situations answered “yes”; the checklist follows (marks of lines that
        still apply are kept, lines that no longer apply are removed)."""
        actor = self._session.require_window_staff()
        with self._store.write(actor) as tx:
            s = tx.session
            case = self._draft(tx, case_id)
            matters = c.case_matters(s, case)
            case.situations = c.normalise_situations(case, matters, codes)
            resolved = c.resolve_checklist(matters, c.chosen_by_matter(case, matters))
            existing = {(m.matter_code, m.material_code): m for m in case.materials}
            wanted = [(r.matter_code, r.material.code) for r in resolved]
            for key, line in existing.items():
                if key not in wanted:
                    case.materials.remove(line)
            for position, r in enumerate(resolved):
                row = existing.get((r.matter_code, r.material.code))
                if row is None:
                    case.materials.append(c.new_material_row(case, r, position))
                else:
                    row.position = position
                    row.necessity = r.necessity
                    row.copies = r.copies
            case.updated_at = self._clock()
            event = self._event(tx, case, "回答情形", note="、".join(case.situations), situations=list(case.situations))
            tx.emit("case_situations", case)
            tx.emit("case_event", event)
            tx.audit("case.situations", "cases", case.id, situations=list(case.situations))
            return self._info(s, case)

    def mark(self, case_id: uuid.UUID, line_id: uuid.UUID, status: MaterialStatus, note: str = "") -> CaseInfo:
        """Mark one checklist line received / missing / defective (note required) / shared.

        The first material received starts the §32 five-working-day period (``received_on``).
        """
        actor = self._session.require_window_staff()
        status = MaterialStatus(status)
        note = clean_text(note, label="材料说明", field="note", max_length=500, multiline=True)
        if status is MaterialStatus.DEFECTIVE and not note:
            raise ValidationError("标记“有误”时请写明问题，告知书会列出", field="note")
        if status is MaterialStatus.DEFERRED:
            raise ValidationError("“容缺后补”由容缺受理决定设置，不能直接标记", field="status")
        with self._store.write(actor) as tx:
            case = self._draft(tx, case_id)
            row = next((m for m in case.materials if m.id == line_id), None)
            if row is None:
                raise NotFound("清单中没有这项材料")
            if status is MaterialStatus.SHARED and not row.shared:
                raise ValidationError(f"“{row.name}”不能通过数据共享获取，须申请人提交", field="status")
            row.status = status.value
            row.note = note
            if status is MaterialStatus.RECEIVED and case.received_on is None:
                case.received_on = self._today()
            case.updated_at = self._clock()
            tx.audit("case.material", "case_materials", row.id, status=status.value, note=note)
            return self._info(tx.session, case)

    def mark_all_received(self, case_id: uuid.UUID) -> CaseInfo:
        """Mark every line not yet checked as received (shared lines stay shared)."""
        actor = self._session.require_window_staff()
        with self._store.write(actor) as tx:
            case = self._draft(tx, case_id)
            for row in case.materials:
                if row.status == MaterialStatus.PENDING.value:
                    row.status = MaterialStatus.RECEIVED.value
            if case.received_on is None:
                case.received_on = self._today()
            tx.audit("case.material_all", "cases", case.id)
            return self._info(tx.session, case)

    def get(self, case_id: uuid.UUID) -> CaseInfo:
        """A case of this window; another person's draft is refused unless handed over."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            return c.case_info(s, case, today=self._today(), calendar=self._calendar)

    def my_drafts(self) -> list[DraftSummary]:
        """Drafts of the person logged in at this window (newest first)."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            rows = s.execute(
                select(Case, Staff.name)
                .join(Staff, Staff.id == Case.staff_id, isouter=True)
                .where(
                    Case.owner_window == self._session.window_code,
                    Case.state == CaseState.DRAFT.value,
                    Case.staff_id == actor.staff_id,
                )
                .order_by(Case.created_at.desc())
            ).all()
            return [
                DraftSummary(
                    id=case.id,
                    matter_name=case.matter_name,
                    applicant_name=case.org_name or case.applicant_name or "（未填写申请人）",
                    created_at=case.created_at,
                    staff_name=name or "",
                )
                for case, name in rows
            ]

    def discard(self, case_id: uuid.UUID, note: str = "") -> None:
        """Drop a draft the applicant does not pursue (recorded as withdrawn)."""
        actor = self._session.require_window_staff()
        with self._store.write(actor) as tx:
            case = self._draft(tx, case_id)
            new = apply(CaseState(case.state), CaseAction.WITHDRAW)
            event = self._event(
                tx, case, CaseAction.WITHDRAW.value, from_state=case.state, to_state=new.value, note=note
            )
            case.state = new.value
            case.updated_at = self._clock()
            tx.emit("case_withdrawn", case)
            tx.emit("case_event", event)
            tx.audit("case.discard", "cases", case.id, note=note)


def _is_mobile(phone: str) -> bool:
    """SMS notices only go to a mobile number (a landline cannot take them)."""
    if not phone:
        return False
    try:
        parse_mobile(phone)
    except ValidationError:
        return False
    return True
