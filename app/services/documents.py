"""Issuing a numbered document (文书) for a case: number, stored facts, text preview.

A case row is mapped to the plain inputs of :mod:`app.forms` (hall, window, clerk,
applicant, matter, facts); the builder makes the medium-neutral Document, whose text
lines are the on-screen preview and whose JSON the printing service renders. The facts
are stored on the :class:`IssuedDocument` row so a reprint is the same document even if
the catalog or the case changes later.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.domain.actor import Actor
from app.domain.enums import CaseKind, DocumentKind, IdType, MaterialForm, MaterialStatus, MatterType
from app.domain.errors import CounterDeskError
from app.domain.ids import uuid7
from app.forms import clock_notices, notices
from app.forms.handover_receipt import build_handover_receipt
from app.forms.document import Document
from app.forms.inputs import (
    ApplicantInfo,
    CaseFacts,
    ClerkInfo,
    HallInfo,
    MaterialLine,
    MatterInfo,
    NoticeInput,
    WindowInfo,
)
from app.services.clock import hall_day
from app.services.dto import DocumentInfo
from app.services.numbering import Issuer, next_document_number
from app.store.models import Case, CaseMaterial, CasePage, Department, HallSetting, IssuedDocument, Matter, Window
from app.store.uow import WriteTxn, to_jsonable

#: The facts key holding the built document's JSON: a 补打 after a crash prints exactly it
#: (app/services/unprinted.py).
PRINTABLE_KEY = "printable"

BUILDERS: dict[DocumentKind, Callable[[NoticeInput], Document]] = {
    DocumentKind.ACCEPTANCE: notices.build_acceptance,
    DocumentKind.ONE_TIME_NOTICE: notices.build_one_time_notice,
    DocumentKind.SUPPLEMENT_NOTICE: notices.build_supplement_notice,
    DocumentKind.DEFICIENCY_PLEDGE: notices.build_deficiency_pledge,
    DocumentKind.REFUSAL: notices.build_refusal,
    DocumentKind.IMMEDIATE_RECEIPT: notices.build_immediate_receipt,
    DocumentKind.COMPLETION: notices.build_completion,
    DocumentKind.RETURN: notices.build_return,
    DocumentKind.EXTENSION_NOTICE: clock_notices.build_extension_notice,
    DocumentKind.DENIAL: clock_notices.build_denial,
    DocumentKind.HANDOVER_RECEIPT: build_handover_receipt,
}


def hall_info(session: Session) -> HallInfo:
    """The hall as printed on documents, from the ``hall`` and ``contacts`` hall settings."""
    hall = session.get(HallSetting, "hall")
    contacts = session.get(HallSetting, "contacts")
    h: dict[str, Any] = dict(hall.value) if hall is not None else {}
    k: dict[str, Any] = dict(contacts.value) if contacts is not None else {}
    merged = {**k, **h}
    return HallInfo(
        name=str(merged.get("name", "政务服务中心")),
        address=str(merged.get("address", "")),
        phone=str(merged.get("phone", "")),
        complaint_phone=str(merged.get("complaint_phone", "12345")),
        hours=str(merged.get("hours", "工作日 9:00–12:00，13:00–17:00")),
        lookup_base_url=str(merged.get("qr_base_url", merged.get("lookup_base_url", ""))),
        seal_org=str(merged.get("seal_org", merged.get("name", ""))),
        review_authority=str(merged.get("review_authority", "")),
        court=str(merged.get("court", "")),
    )


def _limit_text(days: int | None, default: str) -> str:
    if days is None:
        return default
    return "当场办结" if days == 0 else f"{days}个工作日"


def material_line(row: CaseMaterial, pages: int = 0) -> MaterialLine:
    return MaterialLine(
        pages=pages,
        name=row.name,
        status=MaterialStatus(row.status),
        note=row.note or "",
        form=MaterialForm(row.form),
        copies=row.copies or 1,
        required_standard=row.standard or "",
    )


def notice_input(session: Session, case: Case, actor: Actor, facts: CaseFacts) -> NoticeInput:
    """Map ``case`` and what the decision adds (``facts``) to the builders' input."""
    matter = session.scalars(select(Matter).where(Matter.code == case.matter_code)).first()
    department = ""
    if matter is not None:
        dept = session.scalars(select(Department).where(Department.code == matter.department_code)).first()
        department = dept.name if dept is not None else matter.department_code
    window = session.scalars(select(Window).where(Window.code == case.owner_window)).first()
    try:
        matter_type = MatterType(matter.type) if matter is not None else MatterType.LICENSE
    except ValueError:
        matter_type = MatterType.LICENSE
    try:
        kind = CaseKind(case.kind)
    except ValueError:
        kind = CaseKind.PROMISED
    person_name = (case.legal_rep or case.applicant_name) if case.org_name else case.applicant_name
    return NoticeInput(
        hall=hall_info(session),
        window=WindowInfo(code=case.owner_window, name=window.name if window is not None else case.owner_window),
        clerk=ClerkInfo(name=actor.name, staff_no=actor.staff_no),
        applicant=ApplicantInfo(
            name=person_name or "",
            id_type=IdType(case.id_type) if case.id_type else IdType.RESIDENT_ID,
            id_number=case.id_number or "",
            phone=case.phone or "",
            org_name=case.org_name or "",
            credit_code=case.credit_code or "",
            agent_name=case.agent_name or "",
            agent_id_number=case.agent_id_number or "",
        ),
        matter=MatterInfo(
            code=case.matter_code,
            name=case.matter_name,
            legal_limit=_limit_text(case.legal_limit_days, "法律未规定（按20个工作日计）"),
            promised_limit=_limit_text(case.promised_limit_days, "20个工作日"),
            basis=(matter.basis or "") if matter is not None else "",
            department=department,
            case_kind=kind,
            matter_type=matter_type,
        ),
        facts=facts,
    )


def base_facts(
    case: Case, *, document_number: str, today: date, materials: Sequence[CaseMaterial] | None = None, **values: Any
) -> CaseFacts:
    rows = sorted(case.materials if materials is None else materials, key=lambda m: m.position)
    session = object_session(case)
    pages: dict[object, int] = {}
    if session is not None:
        pages = dict(
            session.execute(
                select(CasePage.line_id, func.count())
                .where(CasePage.case_id == case.id, CasePage.removed.is_(False))
                .group_by(CasePage.line_id)
            ).all()
        )
    facts = CaseFacts(
        case_number=case.case_number or "",
        document_number=document_number,
        applied_on=case.received_on or today,
        issued_on=today,
        accepted_on=case.accepted_on,
        due_date=case.due_date,
        materials=tuple(material_line(m, pages.get(m.id, 0)) for m in rows),
        lookup_code=case.lookup_code or "",
    )
    return replace(facts, **values)


def issue(
    tx: WriteTxn,
    case: Case,
    kind: DocumentKind,
    who: Issuer,
    now: datetime,
    facts_of: Callable[[str], CaseFacts],
    *,
    owner_window: str | None = None,
    number: str | None = None,
    record: WriteTxn | None = None,
) -> DocumentInfo:
    """Number, build and store one document for ``case`` inside the decision's transaction.

    For an output window's 领取回执 on another window's case, ``tx`` is the central
    store's transaction: ``owner_window`` is then the issuing window, ``number`` was issued
    on this PC, and ``record`` is this PC's transaction, which takes the audit entry (the
    row itself is already where it lives, so it is not put into the outbox).

    ``facts_of(number)`` gives the facts once the number is known. A builder that cannot
    build (:class:`app.forms.common.IncompleteDocument`) does not stop the decision: the
    facts are stored and the preview says what is missing.
    """
    number = number or next_document_number(tx.session, who, kind, hall_day(now))
    facts = facts_of(number)
    inp = notice_input(tx.session, case, tx.actor, facts)
    try:
        document = BUILDERS[kind](inp)
        text = "\n".join(document.text_lines())
        as_json = document.to_json()
        title = document.title
    except CounterDeskError as exc:
        text = f"{kind.value} {number}\n（文书预览无法生成：{exc.message}）"
        as_json = ""
        title = kind.value
    stored = to_jsonable(asdict(facts))
    stored["applicant"] = to_jsonable(asdict(inp.applicant))
    stored["matter"] = to_jsonable(asdict(inp.matter))
    stored["clerk"] = to_jsonable(asdict(inp.clerk))
    stored["window"] = to_jsonable(asdict(inp.window))
    if as_json:
        stored[PRINTABLE_KEY] = as_json
    row = IssuedDocument(
        id=uuid7(),
        number=number,
        kind=kind.value,
        owner_window=owner_window or case.owner_window,
        case_id=case.id,
        ticket_id=case.ticket_id,
        issued_at=now,
        staff_id=tx.actor.staff_id,
        post=tx.actor.post,
        facts=json.loads(json.dumps(stored, ensure_ascii=False, default=str)),
    )
    tx.session.add(row)
    if record is None:
        tx.emit("document_issued", row)
    (record or tx).audit("document.issue", "documents", row.id, number=number, kind=kind.value, case=str(case.id))
    return DocumentInfo(id=row.id, number=number, kind=kind, title=title, text=text, document_json=as_json)
