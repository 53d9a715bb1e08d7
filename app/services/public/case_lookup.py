"""办件进度查询: a case as the applicant may see it, opened with the slip's 查询码.

The number alone opens nothing (it can be guessed); number and code must both match,
compared in constant time, and a wrong pair gets the same answer as an unknown number.
What is shown: the matter, the applicant's masked name, where the case stands and the
dates so far, the promised date (暂定 while it depends on a year without a State
Council notice), what to bring for a 补正, and where the result is collected. The
document number the QR carries (``v``) is checked against the case's documents: a
number this case never had says the slip may be forged; an older document says a
later one replaced it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.domain.case_state import CaseState
from app.domain.enums import DeliveryMethod, DocumentKind, MaterialStatus
from app.domain.lookup_code import codes_match, mask_person_name, normalize_lookup_code
from app.forms.inputs import HallInfo
from app.services.calendar_service import LiveCalendar
from app.services.clock import hall_day
from app.services.documents import hall_info
from app.services.public.errors import LookupRefused
from app.store.models import Window
from app.store.public_views import PublicTables
from app.store.uow import Store

#: What the applicant reads for each state (the clerk's labels are for clerks).
PUBLIC_STAGE = {
    CaseState.DRAFT: "窗口收件中",
    CaseState.ACCEPTED: "已受理，正在审查办理",
    CaseState.NOTIFIED: "已一次性告知，请补齐材料后重新申请",
    CaseState.REFUSED: "不予受理",
    CaseState.FINISHED: "已当场办结",
    CaseState.RETURNED: "已退回",
    CaseState.SUPPLEMENT_REQUESTED: "待补正：请按补正材料通知书补齐材料",
    CaseState.SUSPENDED: "特别程序中（听证、检验、专家评审等，期间不计时）",
    CaseState.DEFICIENCY_ACCEPTED: "已容缺受理，请按承诺补齐材料",
    CaseState.APPLICANT_PAUSED: "因申请人原因暂停",
    CaseState.FORWARDED: "已上报上级机关办理",
    CaseState.COMPLETED_APPROVED: "已办结（准予），请领取办理结果",
    CaseState.COMPLETED_DENIED: "已办结（不予许可）",
    CaseState.DELIVERED: "办理结果已送达",
    CaseState.WITHDRAWN: "已撤回申请",
}
#: States in which the applicant has something to hand in.
_SUPPLEMENT_STATES = (CaseState.SUPPLEMENT_REQUESTED, CaseState.NOTIFIED, CaseState.DEFICIENCY_ACCEPTED)
#: States whose result waits at the window.
_COLLECT_STATES = (CaseState.COMPLETED_APPROVED, CaseState.COMPLETED_DENIED, CaseState.FINISHED)
_PROBLEM = {
    MaterialStatus.MISSING.value: "缺少",
    MaterialStatus.DEFECTIVE.value: "有误",
    MaterialStatus.PENDING.value: "待补正",
    MaterialStatus.DEFERRED.value: "容缺后补",
}


@dataclass(frozen=True)
class Step:
    """One line of the case's history: what happened and on which day."""

    label: str
    day: date


@dataclass(frozen=True)
class MissingMaterial:
    """A material to bring for the 补正: name, what is wrong, what it must be."""

    name: str
    problem: str
    requirement: str


@dataclass(frozen=True)
class SlipCheck:
    """What the document number on the slip says: ``current``, ``superseded``,
    ``forged`` or ``none`` (no number given), with the sentence shown."""

    status: str
    text: str = ""


@dataclass(frozen=True)
class CaseProgress:
    """A case as the public page shows it; no ID number, phone or address is in it."""

    case_id: uuid.UUID
    case_number: str
    lookup_code: str
    matter_name: str
    applicant: str
    kind: str
    state: str
    stage: str
    steps: tuple[Step, ...]
    received_on: date | None
    accepted_on: date | None
    due_date: date | None
    due_provisional: bool
    pending_due: date | None
    missing: tuple[MissingMaterial, ...]
    collect: str
    window: str
    slip: SlipCheck
    #: The applicant's rating of this case (level), if any.
    rated: str | None
    rated_at: datetime | None


class CaseLookupService:
    """Opens a case with its number and 查询码 (see module docstring)."""

    def __init__(self, store: Store, tables: PublicTables, calendar: LiveCalendar) -> None:
        self._store = store
        self._t = tables
        self._calendar = calendar
        self._hall: Callable[[], HallInfo] = self._read_hall

    def use_hall(self, hall: Callable[[], HallInfo]) -> None:
        """Take the hall's address and hours from ``hall`` (the web service's cache)."""
        self._hall = hall

    def _read_hall(self) -> HallInfo:
        with self._store.read() as s:
            return hall_info(s)

    def find(self, case_number: str, code: str) -> Any:
        """The case row (public columns) of ``case_number`` when ``code`` is its 查询码."""
        with self._store.read() as s:
            return self._find(s, case_number, code)

    def _find(self, s: Any, case_number: str, code: str) -> Any:
        number = (case_number or "").strip().upper()
        given = normalize_lookup_code(code)
        c = self._t.cases
        row = s.execute(select(c).where(c.c.case_number == number)).first() if number and len(number) <= 40 else None
        stored = row.lookup_code if row is not None else None
        if not codes_match(given, stored) or row is None:
            raise LookupRefused()
        return row

    def lookup(self, case_number: str, code: str, document_number: str = "") -> CaseProgress:
        """The case's progress, or :class:`LookupRefused` for a wrong number or code."""
        t = self._t
        with self._store.read() as s:
            case = self._find(s, case_number, code)
            events = s.execute(
                select(t.case_events.c.action, t.case_events.c.to_state, t.case_events.c.day)
                .where(t.case_events.c.case_id == case.id)
                .order_by(t.case_events.c.at)
            ).all()
            materials = s.execute(
                select(t.case_materials)
                .where(t.case_materials.c.case_id == case.id)
                .order_by(t.case_materials.c.position)
            ).all()
            documents = s.execute(
                select(t.documents.c.number, t.documents.c.kind, t.documents.c.case_id, t.documents.c.issued_at).where(
                    t.documents.c.case_id == case.id
                )
            ).all()
            given_doc = None
            if document_number:
                given_doc = s.execute(
                    select(t.documents.c.number, t.documents.c.case_id).where(
                        t.documents.c.number == document_number[:48]
                    )
                ).first()
            rating = s.execute(
                select(t.ratings.c.rating, t.ratings.c.rated_at)
                .where(t.ratings.c.case_id == case.id, t.ratings.c.rating != "未评价")
                .order_by(t.ratings.c.rated_at)
            ).first()
            window_name = s.scalar(select(Window.name).where(Window.code == case.owner_window))
        hall = self._hall()
        state = CaseState(case.state)
        provisional = bool(
            case.accepted_on
            and case.due_date
            and self._calendar.current().provisional_between(case.accepted_on, case.due_date)
        )
        window_text = f"{case.owner_window}号窗口" + (f"（{window_name}）" if window_name else "")
        return CaseProgress(
            case_id=case.id,
            case_number=case.case_number,
            lookup_code=case.lookup_code,
            matter_name=case.matter_name,
            applicant=case.org_name or mask_person_name(case.applicant_name),
            kind=case.kind,
            state=state.value,
            stage=PUBLIC_STAGE.get(state, state.value),
            steps=_steps(case, events),
            received_on=case.received_on,
            accepted_on=case.accepted_on,
            due_date=case.due_date,
            due_provisional=provisional,
            pending_due=case.pending_due,
            missing=_missing(state, materials),
            collect=_collect(case, state, window_text, hall.address, hall.hours),
            window=window_text,
            slip=_slip(document_number, given_doc, documents, case.id),
            rated=rating.rating if rating is not None else None,
            rated_at=rating.rated_at if rating is not None else None,
        )


def _steps(case: Any, events: Sequence[Any]) -> tuple[Step, ...]:
    steps: list[Step] = []
    if case.received_on is not None:
        steps.append(Step("窗口收件", case.received_on))
    for action, to_state, day in events:
        label = action if not to_state or to_state == action else f"{action}（{PUBLIC_STAGE.get(to_state, to_state)}）"
        if action in ("收件", "登记"):
            continue
        steps.append(Step(label, day))
    return tuple(steps)


def _missing(state: CaseState, materials: Sequence[Any]) -> tuple[MissingMaterial, ...]:
    if state not in _SUPPLEMENT_STATES:
        return ()
    out = []
    for m in materials:
        problem = _PROBLEM.get(m.status)
        if problem is None:
            continue
        if m.note:
            problem += f"：{m.note}"
        requirement = m.form + (f"，{m.copies}份" if m.copies and m.copies > 1 else "")
        if m.standard:
            requirement += f"，{m.standard}"
        out.append(MissingMaterial(m.name, problem, requirement))
    return tuple(out)


def _collect(case: Any, state: CaseState, window: str, address: str, hours: str) -> str:
    if case.delivery_method == DeliveryMethod.MAIL.value:
        return "办理结果将邮寄送达" + (f"（{case.carrier}）" if case.carrier else "")
    where = f"请凭受理通知书和本人身份证件到{window}领取办理结果"
    if address:
        where += f"，地址：{address}"
    if hours:
        where += f"，{hours}"
    if state in _COLLECT_STATES:
        return where + "。"
    return "办结后" + where + "。"


def _slip(given: str, found: Any, documents: Sequence[Any], case_id: uuid.UUID) -> SlipCheck:
    if not given:
        return SlipCheck("none")
    if found is None or found.case_id != case_id:
        return SlipCheck(
            "forged",
            f"凭证编号“{given[:48]}”不是本办件出具的文书编号：此凭证可能是伪造的或有误，请向窗口核实。",
        )
    latest = max(documents, key=lambda d: d.issued_at)
    if latest.number != given:
        day = hall_day(latest.issued_at)
        return SlipCheck(
            "superseded",
            f"此凭证（编号 {given}）已被后来出具的《{DocumentKind(latest.kind).value}》"
            f"（编号 {latest.number}，{day:%Y年%m月%d日}）取代，以最新文书为准。",
        )
    return SlipCheck("current", f"凭证编号 {given} 为本办件当前有效的文书。")
