"""What intake, decisions and tracking share about a case: loading it with the
window's access rules, resolving the checklist from the catalog, and the CaseInfo DTO.

Situation identifiers: for a single matter a chosen situation is stored by its code
(``WT``); for a bundle (一件事) as ``"<matter code>/<situation code>"`` because two
matters of a bundle may use the same code. :attr:`CaseInfo.situations` carries exactly
these identifiers in ``SituationInfo.code``, so the UI passes back what it was given.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseState, allowed_actions
from app.domain.deadlines import five_day_rule
from app.domain.enums import (
    ApplicantKind,
    CaseKind,
    DocumentKind,
    IdType,
    MaterialForm,
    MaterialStatus,
    Necessity,
)
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.ids import uuid7
from app.domain.validators import mask_id
from app.services.dto import (
    ApplicantInfo,
    CaseInfo,
    ChecklistLine,
    EarlierNotice,
    FiveDayInfo,
    SituationInfo,
)
from app.store.models import Bundle, Case, CaseMaterial, IssuedDocument, Material, Matter, Staff

#: the columns of a query narrowed by :func:`same_applicant`
_Row = TypeVarTuple("_Row")

#: Documents that tell the applicant what is missing (shown again on the next visit).
NOTICE_KINDS = (DocumentKind.ONE_TIME_NOTICE.value, DocumentKind.SUPPLEMENT_NOTICE.value)

#: Words in a situation's name or question that mean an agent acts for the applicant.
AGENT_WORDS = ("委托", "代理", "代办")

_NECESSITY_RANK = {Necessity.REQUIRED.value: 0, Necessity.DEFICIENCY_OK.value: 1, Necessity.OPTIONAL.value: 2}
_PUNCT = re.compile(r"[\s\u3000（）()《》〈〉“”\"'、，,。.:：;；·\-—_/]+")


def material_key(name: str, form: str) -> tuple[str, str]:
    """Two materials of a bundle are the same when name (NFKC, without spaces and
    punctuation) and form are equal, e.g. “申请人身份证明（复印件）” twice."""
    return (_PUNCT.sub("", unicodedata.normalize("NFKC", name)).lower(), form)


@dataclass(frozen=True)
class Resolved:
    """One checklist line resolved from the catalog (first matter's material + merged data)."""

    matter_code: str
    material: Material
    necessity: str
    copies: int
    matter_codes: tuple[str, ...]


def case_matters(session: Session, case: Case) -> list[Matter]:
    """The matters of a case in order (one, or those of its bundle).

    Read once per session: a clerk action asks for them several times (rules, numbering,
    the notice, the answer) and the catalog does not change under an open transaction."""
    key = ("case_matters", case.matter_code, case.bundle_code)
    cached = session.info.get(key)
    if cached is not None:
        return list(cached)
    if case.bundle_code:
        bundle = session.scalars(select(Bundle).where(Bundle.code == case.bundle_code)).first()
        codes = list(bundle.matters) if bundle is not None else [case.matter_code]
    else:
        codes = [case.matter_code]
    rows = {m.code: m for m in session.scalars(select(Matter).where(Matter.code.in_(codes)))}
    missing = [c for c in codes if c not in rows]
    if missing:
        raise NotFound(f"事项“{'、'.join(missing)}”不在事项目录中")
    matters = [rows[c] for c in codes]
    session.info[key] = tuple(matters)
    return matters


def chosen_by_matter(case: Case, matters: Sequence[Matter]) -> dict[str, set[str]]:
    """Chosen situation codes per matter code, from the case's stored identifiers."""
    out: dict[str, set[str]] = {m.code: set() for m in matters}
    for ident in case.situations or ():
        if "/" in ident and case.bundle_code:
            matter_code, _, code = ident.partition("/")
            out.setdefault(matter_code, set()).add(code)
        else:
            for m in matters:
                out[m.code].add(ident)
    return out


def situation_infos(case: Case, matters: Sequence[Matter]) -> tuple[SituationInfo, ...]:
    bundle = bool(case.bundle_code)
    return tuple(
        SituationInfo(
            code=f"{m.code}/{s.code}" if bundle else s.code, name=s.name, question=s.question, matter_code=m.code
        )
        for m in matters
        for s in m.situations
    )


def normalise_situations(case: Case, matters: Sequence[Matter], codes: Iterable[str]) -> list[str]:
    """Check and normalise the identifiers the clerk chose; unknown ones are an error."""
    valid = {s.code for s in situation_infos(case, matters)}
    plain: dict[str, list[str]] = {}
    for m in matters:
        for s in m.situations:
            plain.setdefault(s.code, []).append(f"{m.code}/{s.code}")
    out: list[str] = []
    for code in codes:
        if code in valid:
            out.append(code)
        elif case.bundle_code and code in plain:
            out.extend(plain[code])
        else:
            raise ValidationError(f"情形“{code}”不属于本事项", field="situations")
    return list(dict.fromkeys(out))


def resolve_checklist(matters: Sequence[Matter], chosen: dict[str, set[str]]) -> list[Resolved]:
    """The materials that apply, merged across the matters of a bundle (see module doc)."""
    merged: dict[tuple[str, str], Resolved] = {}
    for matter in matters:
        answers = chosen.get(matter.code, set())
        for material in matter.materials:
            conditions = material.situations or []
            if conditions and not answers.intersection(conditions):
                continue
            key = material_key(material.name, material.form)
            previous = merged.get(key)
            if previous is None:
                merged[key] = Resolved(matter.code, material, material.necessity, material.copies or 1, (matter.code,))
                continue
            necessity = min(previous.necessity, material.necessity, key=lambda n: _NECESSITY_RANK.get(n, 9))
            merged[key] = Resolved(
                previous.matter_code,
                previous.material,
                necessity,
                max(previous.copies, material.copies or 1),
                previous.matter_codes + ((matter.code,) if matter.code not in previous.matter_codes else ()),
            )
    return list(merged.values())


def agent_required(case: Case, matters: Sequence[Matter]) -> bool:
    """Whether a chosen situation means an agent (委托代理人) acts for the applicant."""
    chosen = chosen_by_matter(case, matters)
    for m in matters:
        for s in m.situations:
            if s.code in chosen.get(m.code, set()) and any(
                w in (s.name or "") or w in (s.question or "") for w in AGENT_WORDS
            ):
                return True
    return False


def load_case(session: Session, case_id: uuid.UUID, actor: Actor, *, window_code: str) -> Case:
    """The case if it belongs to this window; a draft only for the person who owns it."""
    case = session.get(Case, case_id)
    if case is None or case.owner_window != window_code:
        raise NotFound("本窗口没有这个案件")
    if case.state == CaseState.DRAFT.value and case.staff_id is not None and case.staff_id != actor.staff_id:
        owner = session.get(Staff, case.staff_id)
        who = owner.name if owner is not None else "其他工作人员"
        raise PermissionDenied(f"这份收件草稿属于{who}，未经交接不能查看")
    return case


def identity_of(case: Case) -> tuple[str, str] | None:
    """How the same applicant is recognised on a later visit: credit code or ID number."""
    if case.credit_code:
        return ("credit", case.credit_code)
    if case.id_number:
        return ("id", case.id_number)
    return None


def same_applicant(query: Select[*_Row], case: Case) -> Select[*_Row] | None:
    """``query`` narrowed to the same applicant as ``case`` (None when the case has no identity)."""
    ident = identity_of(case)
    if ident is None:
        return None
    kind, value = ident
    return query.where(Case.credit_code == value) if kind == "credit" else query.where(Case.id_number == value)


def earlier_notices(session: Session, case: Case) -> tuple[EarlierNotice, ...]:
    """One-time/supplement notices given to this applicant for this matter before."""
    query = same_applicant(
        select(IssuedDocument, Case.id)
        .join(Case, Case.id == IssuedDocument.case_id)
        .where(Case.matter_code == case.matter_code, Case.id != case.id, IssuedDocument.kind.in_(NOTICE_KINDS)),
        case,
    )
    if query is None:
        return ()
    rows = session.execute(query.order_by(IssuedDocument.issued_at)).all()
    return tuple(
        EarlierNotice(
            document_number=doc.number,
            kind=DocumentKind(doc.kind),
            issued_at=doc.issued_at,
            case_id=case_id,
            lines=tuple(
                _notice_line(line)
                for line in (doc.facts or {}).get("materials", [])
                if line.get("status") in (MaterialStatus.MISSING.value, MaterialStatus.DEFECTIVE.value)
            ),
        )
        for doc, case_id in rows
    )


def _notice_line(line: dict[str, str]) -> str:
    note = line.get("note") or line.get("required_standard") or ""
    return f"{line.get('name', '')}（{line.get('status', '')}）" + (f"：{note}" if note else "")


def visit_number(session: Session, case: Case) -> int:
    """最多跑一次: how many times this applicant has come for this matter, this visit included."""
    query = same_applicant(
        select(func.count()).select_from(Case).where(Case.matter_code == case.matter_code, Case.id != case.id), case
    )
    return 1 if query is None else int(session.scalar(query) or 0) + 1


def catalog_kind(matters: Sequence[Matter]) -> str:
    """The case kind the catalog gives: 即办件 when every matter is one, the common kind, else 承诺件."""
    kinds = {m.case_kind for m in matters}
    if kinds == {CaseKind.IMMEDIATE.value}:
        return CaseKind.IMMEDIATE.value
    return matters[0].case_kind if len(kinds) == 1 else CaseKind.PROMISED.value


#: Earlier outcomes after which the applicant's next submission of the matter is a 补办件.
_RESUBMIT_AFTER = (CaseState.NOTIFIED.value, CaseState.RETURNED.value)


def case_kind_for(session: Session, case: Case, matters: Sequence[Matter]) -> str:
    """补办件 on a return visit that completes an earlier 一次性告知 or 退回 of the same matter
    for the same applicant (seed 003: its limit runs from the day the materials are complete,
    i.e. from this case's own acceptance); otherwise the catalog's kind. An 即办件 stays one."""
    base = catalog_kind(matters)
    if base == CaseKind.IMMEDIATE.value:
        return base
    query = same_applicant(
        select(Case.id).where(
            Case.matter_code == case.matter_code, Case.id != case.id, Case.state.in_(_RESUBMIT_AFTER)
        ),
        case,
    )
    if query is not None and session.scalars(query.limit(1)).first() is not None:
        return CaseKind.RESUBMITTED.value
    return base


def applicant_info(case: Case) -> ApplicantInfo:
    return ApplicantInfo(
        kind=ApplicantKind(case.applicant_kind) if case.applicant_kind else ApplicantKind.PERSON,
        name=case.applicant_name or "",
        id_type=IdType(case.id_type) if case.id_type else None,
        id_number=case.id_number or "",
        id_masked=mask_id(case.id_number or case.credit_code or ""),
        phone=case.phone or "",
        org_name=case.org_name or "",
        credit_code=case.credit_code or "",
        legal_rep=case.legal_rep or "",
        agent_name=case.agent_name or "",
        agent_id_number=case.agent_id_number or "",
        agent_phone=case.agent_phone or "",
        address=case.address or "",
        name_en=case.applicant_name_en or "",
        sms=bool(case.sms_opt_in),
    )


def checklist_lines(case: Case, matters: Sequence[Matter] | None = None) -> tuple[ChecklistLine, ...]:
    codes: dict[tuple[str, str], tuple[str, ...]] = {}
    if matters is not None and case.bundle_code:
        for r in resolve_checklist(matters, chosen_by_matter(case, matters)):
            codes[(r.matter_code, r.material.code)] = r.matter_codes
    return tuple(
        ChecklistLine(
            id=m.id,
            matter_code=m.matter_code,
            material_code=m.material_code,
            name=m.name,
            necessity=Necessity(m.necessity),
            form=MaterialForm(m.form),
            copies=m.copies,
            shared=m.shared,
            standard=m.standard,
            status=MaterialStatus(m.status),
            note=m.note or "",
            matter_codes=codes.get((m.matter_code, m.material_code), (m.matter_code,)),
        )
        for m in sorted(case.materials, key=lambda m: m.position)
    )


def five_day_info(case: Case, today: date, calendar: WorkCalendar) -> FiveDayInfo | None:
    """§32 standing of a draft whose materials were received (None otherwise)."""
    if case.state != CaseState.DRAFT.value or case.received_on is None:
        return None
    status = five_day_rule(case.received_on, today, calendar)
    return FiveDayInfo(
        state=status.state.value, deadline=status.deadline, days_left=status.days_left, provisional=status.provisional
    )


def due_is_provisional(case: Case, calendar: WorkCalendar) -> bool:
    """Whether the stored promised date depends on a provisional calendar day (暂定)."""
    if case.accepted_on is None or case.due_date is None:
        return False
    return calendar.provisional_between(case.accepted_on, case.due_date)


def case_info(session: Session, case: Case, *, today: date, calendar: WorkCalendar) -> CaseInfo:
    """The full CaseInfo of ``case`` (matters, situations, checklist, earlier notices)."""
    try:
        matters = case_matters(session, case)
    except NotFound:
        matters = []
    state = CaseState(case.state)
    return CaseInfo(
        id=case.id,
        case_number=case.case_number,
        state=case.state,
        kind=case.kind,
        matter_code=case.matter_code,
        matter_name=case.matter_name,
        matter_codes=tuple(m.code for m in matters) or (case.matter_code,),
        bundle_code=case.bundle_code,
        allows_deficiency=bool(matters) and all(m.allows_deficiency for m in matters),
        applicant=applicant_info(case),
        situations=situation_infos(case, matters),
        chosen_situations=tuple(case.situations or ()),
        checklist=checklist_lines(case, matters),
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        due_date=case.due_date,
        pending_due=case.pending_due,
        visit_no=case.visit_no,
        earlier_notices=earlier_notices(session, case),
        owner_window=case.owner_window,
        staff_id=case.staff_id,
        post=case.post,
        allowed_actions=tuple(a.value for a in allowed_actions(state)),
        five_day=five_day_info(case, today, calendar),
        ticket_id=case.ticket_id,
        result_kind=case.result_kind,
        result_name=case.result_name,
        is_demo=any(bool((m.ext or {}).get("demo")) for m in matters),
        due_provisional=due_is_provisional(case, calendar),
    )


def new_material_row(case: Case, r: Resolved, position: int) -> CaseMaterial:
    m = r.material
    return CaseMaterial(
        id=uuid7(),
        case_id=case.id,
        matter_code=r.matter_code,
        material_code=m.code,
        name=m.name,
        necessity=r.necessity,
        form=m.form,
        copies=r.copies,
        shared=bool(m.shared),
        standard=m.standard,
        status=(MaterialStatus.SHARED if m.shared else MaterialStatus.PENDING).value,
        note="",
        position=position,
    )
