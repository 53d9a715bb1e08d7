"""后台分类审批: a department's back office works the cases the front windows accepted.

It lists the department's cases by stage with the working days left, opens one (the
applicant masked unless the person may see full ID numbers, the checklist, the
documents, the timeline) and records each step — 签收, 审查意见, 补正 through the front
window, 审批 准予 / 不予许可 (filed for 否定备案), the result, 办结 — as an appended case
event owned by ``后台<部门编码>`` and attributed to the person. The owning window's rows
(case, checklist, documents) are never written; the window and the center see the steps
as events and fold the stage from them (:mod:`app.domain.case_stage`).

Every action needs the central store: the back office works on it directly, and when it
cannot be reached the action fails as a whole with :class:`CentralStoreUnavailable` (a
Chinese message; nothing written; try again).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, load_only

from app.domain import credentials as cred
from app.domain.actor import Actor
from app.domain.case_stage import (
    REVIEW_CONCLUSIONS,
    REVIEW_PASS,
    OPEN_STAGES,
    CaseStage,
    StageAction,
    StageTimeline,
    fold_stages,
)
from app.domain.calendar import WorkCalendar
from app.domain.case_state import CaseState
from app.domain.enums import Role
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.ids import uuid7
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.validators import mask_id
from app.services import cases as c
from app.services.backoffice_dto import (
    BackOfficeCase,
    BackOfficeCaseDetail,
    CaseDocumentLine,
    StageDays,
    TimelineEntry,
)
from app.services.base import CenterService
from app.services.clock import Clock
from app.services.clock_facts import DENIAL_FILING_KIND
from app.services.dto import ApplicantInfo
from app.services.errors import CentralStoreUnavailable, DecisionNotAllowed, WrongPassword
from app.services.hall import load_calendar
from app.services.passwords import verify_password
from app.services.stages import append_case_event, back_office_owner, case_events
from app.services.tracking import tracked_case
from app.store.models import Case, CaseEvent, IssuedDocument, Matter, NegativeFiling, Staff
from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS
from app.store.repositories import credentials as credential_events
from app.store.uow import Store, WriteTxn

if TYPE_CHECKING:
    from app.services.central_files import CentralCaseFiles

T = TypeVar("T")

#: Roles that may see an applicant's full ID number in the back office.
FULL_ID_ROLES = (Role.FULL_ID,)
#: Days left at which a back-office line shows 即将到期.
NEAR_DAYS = 2

_B = StageAction
_S = CaseStage


@contextmanager
def central(doing: str) -> Iterator[None]:
    """Turn "the central store cannot be reached" into one clear Chinese message."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise CentralStoreUnavailable(
            f"无法连接中心库，{doing}未能完成（未保存任何内容，网络恢复后请重试）" + (f"：{first[0]}" if first else "")
        ) from exc


def require_back_office(actor: Actor) -> str:
    """The actor's department code; refused unless the actor is a 后台审批人 with one."""
    if not actor.has_role(Role.BACK_OFFICE.value):
        raise PermissionDenied(f"{actor.name or '当前用户'}不是后台审批人，不能进行后台审批")
    if not actor.department_code:
        raise PermissionDenied(f"{actor.name}未绑定部门，请中心管理员在工作人员中设置所属部门")
    return actor.department_code


def _required(text: str, what: str, field: str, max_length: int = 1000) -> str:
    value = clean_text(text or "", label=what, field=field, max_length=max_length).strip()
    if not value:
        raise ValidationError(f"请填写{what}", field=field)
    return value


class BackOfficeService(CenterService):
    """The back office of one department, over the central store (``store``)."""

    def __init__(self, store: Store, clock: Clock | None = None, *, near_days: int = NEAR_DAYS) -> None:
        super().__init__(store, clock)
        self._near_days = near_days

    # -- login ---------------------------------------------------------------------------

    def login(self, staff_no: str, password: str) -> Actor:
        """A 后台审批人's login against the center's credentials (five failures lock)."""
        staff_no = ascii_digits(clean_text(staff_no, label="工号", field="staff_no", max_length=32), label="工号")
        now = self._now()
        failed = False
        with central("登录"), self._store.write() as tx:
            staff = tx.session.scalars(
                select(Staff)
                .options(load_only(*(getattr(Staff, c) for c in STAFF_PUBLIC_COLUMNS)))
                .where(Staff.staff_no == staff_no)
            ).first()
            creds = _credentials(tx.session, staff.id) if staff is not None and staff.active else None
            if staff is None or creds is None or not creds.password_hash:
                raise WrongPassword("工号或密码错误")
            if creds.locked_until is not None and creds.locked_until > now:
                raise PermissionDenied("连续输错密码，账户已锁定，请稍后再试或联系中心管理员解锁")
            if not verify_password(creds.password_hash, password):
                credential_events.record(tx, staff.id, cred.LOGIN_FAILED, at=now)
                failed = True
            else:
                if creds.failed_logins:
                    credential_events.record(tx, staff.id, cred.LOGIN_OK, at=now)
                department = staff.department.code if staff.department is not None else None
                actor = Actor(
                    staff_id=staff.id,
                    staff_no=staff.staff_no,
                    name=staff.name,
                    window_code=None,
                    roles=tuple(staff.roles or ()),
                    session_id=uuid7(),
                    department_code=department,
                )
        if failed:
            raise WrongPassword("工号或密码错误")
        require_back_office(actor)
        return actor

    # -- reading -------------------------------------------------------------------------

    def _read(self, doing: str, work: Callable[[Session], T]) -> T:
        with central(doing), self._store.read() as s:
            return work(s)

    def _department_cases(self, s: Session, department: str) -> tuple[list[Case], set[uuid.UUID]]:
        """Accepted cases of the department's matters, and the 联办 cases it co-signs."""
        lead = list(
            s.scalars(
                select(Case)
                .join(Matter, Matter.code == Case.matter_code)
                .where(Matter.department_code == department, Case.accepted_on.is_not(None))
            )
        )
        co_ids = set()
        for event in s.scalars(select(CaseEvent).where(CaseEvent.action == _B.JOINT_START.value)):
            parties = (event.data or {}).get("parties") or ()
            if any(p.get("department") == department for p in parties):
                co_ids.add(event.case_id)
        have = {r.id for r in lead}
        co = [s.get(Case, i) for i in co_ids - have]
        return lead + [r for r in co if r is not None], co_ids - have

    def _line(
        self, case: Case, events: list[CaseEvent], t: StageTimeline, today: date, calendar: WorkCalendar, lead: bool
    ) -> BackOfficeCase:
        tracked = tracked_case(case, events, today, calendar, self._near_days)
        span = t.spans[-1] if t.spans else None
        joint = t.joint
        fw = t.forwarding
        return BackOfficeCase(
            id=case.id,
            case_number=case.case_number,
            matter_name=case.matter_name,
            applicant_name=case.org_name or case.applicant_name,
            id_masked=mask_id(case.id_number or case.credit_code or ""),
            owner_window=case.owner_window,
            state=case.state,
            stage=t.current.value if t.current is not None else (t.ended_by or case.state),
            stage_since=span.entered_on if span is not None else None,
            stage_workdays=span.workdays if span is not None and t.current is not None else 0,
            accepted_on=case.accepted_on,
            due_date=tracked.due_date,
            days_left=tracked.days_left,
            clock_status=tracked.clock_status,
            due_provisional=tracked.due_provisional,
            decision=t.decision or "",
            lead=lead,
            joint_waiting=joint.waiting_for if joint is not None else (),
            joint_late=tuple(p.department for p in joint.late(today)) if joint is not None else (),
            forwarded_to=fw.authority if fw is not None and t.current is _S.FORWARDED else "",
            higher_due=fw.due if fw is not None and t.current is _S.FORWARDED else None,
            supplement_pending=bool(t.supplement_asked) or case.state == CaseState.SUPPLEMENT_REQUESTED.value,
        )

    def cases(
        self, actor: Actor, *, stage: CaseStage | str | None = None, today: date | None = None, open_only: bool = True
    ) -> list[BackOfficeCase]:
        """The department's cases (its matters' and the 联办 it co-signs) with stage and
        working days left, fewest days left first; ``stage`` filters one stage."""
        department = require_back_office(actor)
        day = today or self.today()
        wanted = CaseStage(stage) if stage is not None else None

        def work(s: Session) -> list[BackOfficeCase]:
            calendar = load_calendar(s)
            rows, co = self._department_cases(s, department)
            by_case = case_events(s, [r.id for r in rows])
            lines = []
            for case in rows:
                t = fold_stages(by_case[case.id], calendar, day)
                if open_only and t.current not in OPEN_STAGES:
                    continue
                if wanted is not None and t.current is not wanted:
                    continue
                lines.append(self._line(case, by_case[case.id], t, day, calendar, case.id not in co))
            return lines

        lines = self._read("查询本部门办件", work)
        return sorted(lines, key=lambda x: (x.days_left if x.days_left is not None else 10_000, x.case_number or ""))

    def open(self, actor: Actor, case_id: uuid.UUID, today: date | None = None) -> BackOfficeCaseDetail:
        """One case of the department: applicant (ID masked unless the person may see it),
        checklist, documents, the timeline and the working days per stage."""
        department = require_back_office(actor)
        day = today or self.today()
        full_id = any(actor.has_role(r.value) for r in FULL_ID_ROLES)

        def work(s: Session) -> BackOfficeCaseDetail:
            calendar = load_calendar(s)
            case, lead = self._case_of(s, case_id, department)
            events = case_events(s, [case.id])[case.id]
            t = fold_stages(events, calendar, day)
            applicant = c.applicant_info(case)
            if not full_id:
                applicant = _masked(applicant)
            names = {row.id: row.name for row in s.execute(select(Staff.id, Staff.name))}
            timeline = tuple(
                TimelineEntry(
                    action=e.action,
                    day=e.day,
                    at=e.at,
                    staff_name=str((e.data or {}).get("staff_name") or names.get(e.staff_id, "")),
                    owner=e.owner_window,
                    department=str((e.data or {}).get("department") or ""),
                    note=e.note or "",
                )
                for e in sorted(events, key=lambda e: (e.at, str(e.id)))
            )
            docs = tuple(
                CaseDocumentLine(d.number, d.kind, d.issued_at, d.owner_window)
                for d in s.scalars(
                    select(IssuedDocument).where(IssuedDocument.case_id == case.id).order_by(IssuedDocument.issued_at)
                )
            )
            return BackOfficeCaseDetail(
                line=self._line(case, events, t, day, calendar, lead),
                applicant=applicant,
                checklist=c.checklist_lines(case),
                documents=docs,
                timeline=timeline,
                stage_days=tuple(StageDays(k.value, v) for k, v in t.workdays_by_stage().items()),
                result=dict(t.result),
                joint=t.joint,
                forwarding=t.forwarding,
                supplement_asked=dict(t.supplement_asked),
            )

        return self._read("打开办件", work)

    def case_pdf(self, actor: Actor, case_id: uuid.UUID, files: CentralCaseFiles) -> tuple[str, bytes]:
        """The case's electronic file as a PDF (case number, bytes) from the central store,
        for a case of the actor's department (or one it co-signs)."""
        department = require_back_office(actor)
        number = self._read("打开案卷", lambda s: self._case_of(s, case_id, department)[0].case_number or "")
        with central("打开案卷"):
            return number, files.case_pdf(number)

    def _case_of(self, s: Session, case_id: uuid.UUID, department: str) -> tuple[Case, bool]:
        """The case if it is the department's (lead) or one it co-signs; (case, is_lead)."""
        case = s.get(Case, case_id)
        if case is None or case.accepted_on is None:
            raise NotFound("没有这个办件（或尚未受理）")
        matter = s.scalars(select(Matter).where(Matter.code == case.matter_code)).first()
        if matter is not None and matter.department_code == department:
            return case, True
        for event in s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.action == _B.JOINT_START.value)
        ):
            if any(p.get("department") == department for p in (event.data or {}).get("parties") or ()):
                return case, False
        raise PermissionDenied(f"该办件不属于本部门（{department}），不能办理")

    # -- acting --------------------------------------------------------------------------

    def act(
        self,
        actor: Actor,
        case_id: uuid.UUID,
        doing: str,
        step: Callable[[WriteTxn, Case, StageTimeline, bool, datetime], object],
    ) -> BackOfficeCaseDetail:
        """One back-office step as one central transaction: the case read with its
        events, ``step`` checks and appends, then the case is shown again."""
        department = require_back_office(actor)
        now = self._now()
        with central(doing), self._store.write(actor) as tx:
            case, lead = self._case_of(tx.session, case_id, department)
            calendar = load_calendar(tx.session)
            t = fold_stages(case_events(tx.session, [case.id])[case.id], calendar, self.today())
            if t.current is None:
                raise DecisionNotAllowed(f"该办件已终结（{t.ended_by or case.state}），不能再办理")
            step(tx, case, t, lead, now)
        return self.open(actor, case_id)

    def _append(
        self, tx: WriteTxn, case: Case, action: StageAction | str, now: datetime, note: str = "", **data: Any
    ) -> CaseEvent:
        actor = tx.actor
        return append_case_event(
            tx,
            case,
            actor,
            str(action),
            owner=back_office_owner(actor.department_code or ""),
            now=now,
            note=note,
            **data,
        )

    @staticmethod
    def _need_stage(t: StageTimeline, *stages: CaseStage, doing: str) -> None:
        if t.current not in stages:
            now = t.current.value if t.current is not None else (t.ended_by or "未受理")
            need = "或".join(s.value for s in stages)
            raise DecisionNotAllowed(f"办件当前处于“{now}”阶段，{doing}须在“{need}”阶段进行")

    @staticmethod
    def _need_lead(lead: bool, doing: str) -> None:
        if not lead:
            raise PermissionDenied(f"本部门是该办件的联办部门，只能签署联办意见，不能{doing}")

    @staticmethod
    def _not_waiting(case: Case, t: StageTimeline, doing: str) -> None:
        if case.state == CaseState.SUPPLEMENT_REQUESTED.value or t.supplement_asked:
            raise DecisionNotAllowed(f"办件正在等待申请人补正，补正材料收到后才能{doing}")

    def take_over(self, actor: Actor, case_id: uuid.UUID) -> BackOfficeCaseDetail:
        """后台签收: the department takes the accepted case into 审查."""

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "签收")
            self._need_stage(t, _S.ACCEPTANCE, doing="签收")
            if case.state == CaseState.DEFICIENCY_ACCEPTED.value:
                raise DecisionNotAllowed("容缺受理的办件须待窗口收齐容缺材料后再签收")
            self._append(tx, case, _B.TAKE_OVER, now)

        return self.act(actor, case_id, "签收", step)

    def review(self, actor: Actor, case_id: uuid.UUID, *, conclusion: str, opinion: str) -> BackOfficeCaseDetail:
        """审查意见: 通过 moves the case to 审批; 需补正 / 建议不予许可 keep it in 审查."""
        if conclusion not in REVIEW_CONCLUSIONS:
            raise ValidationError(f"审查结论须为：{'、'.join(REVIEW_CONCLUSIONS)}", field="conclusion")
        text = _required(opinion, "审查意见", "opinion")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "审查")
            self._need_stage(t, _S.REVIEW, doing="审查")
            if conclusion == REVIEW_PASS:
                self._not_waiting(case, t, "审查通过")
            self._append(tx, case, _B.REVIEW_OPINION, now, note=text, conclusion=conclusion)

        return self.act(actor, case_id, "记录审查意见", step)

    def ask_supplement(
        self, actor: Actor, case_id: uuid.UUID, *, lines: Mapping[uuid.UUID, str], note: str = ""
    ) -> BackOfficeCaseDetail:
        """补正 through the front window: the lines (checklist line id → what is wrong) go to
        the owning window, which issues and prints the 补正材料通知书 (the clock stops there
        and restarts when the supplements come in, as at the window)."""
        if not lines:
            raise ValidationError("请选择需要补正的材料并写明要求", field="lines")
        problems = {
            k: clean_text(v or "", label="补正要求", field="lines", max_length=300).strip() for k, v in lines.items()
        }
        if any(not v for v in problems.values()):
            raise ValidationError("每项补正材料都要写明问题和要求", field="lines")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "要求补正")
            self._need_stage(t, _S.REVIEW, _S.APPROVAL, doing="要求补正")
            self._not_waiting(case, t, "再次要求补正")
            ids = {m.id for m in case.materials}
            if any(k not in ids for k in problems):
                raise ValidationError("所选材料不在本案清单中", field="lines")
            self._append(
                tx,
                case,
                _B.ASK_SUPPLEMENT,
                now,
                note=note,
                lines={str(k): v for k, v in problems.items()},
            )

        return self.act(actor, case_id, "要求补正", step)

    def approve(self, actor: Actor, case_id: uuid.UUID, *, opinion: str = "") -> BackOfficeCaseDetail:
        """审批准予 (the result is registered next, then 办结)."""

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._decidable(case, t, lead, "审批")
            self._append(tx, case, _B.DECIDE_APPROVE, now, note=opinion.strip())

        return self.act(actor, case_id, "审批准予", step)

    def deny(
        self, actor: Actor, case_id: uuid.UUID, *, reasons: Sequence[str], legal_basis: str
    ) -> BackOfficeCaseDetail:
        """审批不予许可 with reasons and legal basis, filed for the center's 否定备案 review
        like a window's 不予许可 (the filing is the back office's own row)."""
        clean = [
            clean_text(r, label="理由", field="reasons", max_length=500).strip() for r in reasons if r and r.strip()
        ]
        if not clean:
            raise ValidationError("请写明不予许可的理由", field="reasons")
        basis = _required(legal_basis, "不予许可的法律依据", "legal_basis")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._decidable(case, t, lead, "审批")
            owner = back_office_owner(tx.actor.department_code or "")
            filing = NegativeFiling(
                id=uuid7(),
                owner_window=owner,
                case_id=case.id,
                kind=DENIAL_FILING_KIND,
                reason="；".join(clean),
                legal_basis=basis,
                clerk_id=tx.actor.staff_id,
                lead_id=None,
                filed_at=now,
            )
            tx.session.add(filing)
            tx.emit("negative_filing", filing)
            self._append(
                tx,
                case,
                _B.DECIDE_DENY,
                now,
                note="；".join(clean),
                reasons=clean,
                legal_basis=basis,
                filing=str(filing.id),
            )

        return self.act(actor, case_id, "审批不予许可", step)

    def _decidable(self, case: Case, t: StageTimeline, lead: bool, doing: str) -> None:
        self._need_lead(lead, doing)
        if t.current is _S.JOINT and t.joint is not None and not t.joint.complete:
            raise DecisionNotAllowed(f"联办部门尚未全部答复（{'、'.join(t.joint.waiting_for)}），不能审批")
        self._need_stage(t, _S.APPROVAL, doing=doing)
        self._not_waiting(case, t, doing)
        if t.decision is not None:
            raise DecisionNotAllowed(f"该办件已作出审批决定（{t.decision}）")

    def record_result(
        self, actor: Actor, case_id: uuid.UUID, *, name: str = "", number: str = "", document: str = ""
    ) -> BackOfficeCaseDetail:
        """The result: a 证照 (name and number) or a result document (its title/number)."""
        name = clean_text(name or "", label="证照名称", field="name", max_length=200).strip()
        number = clean_text(number or "", label="证照编号", field="number", max_length=64).strip()
        document = clean_text(document or "", label="结果文书", field="document", max_length=200).strip()
        if not document and not (name and number):
            raise ValidationError("请填写证照名称和编号，或结果文书", field="name")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "登记结果")
            self._need_stage(t, _S.APPROVAL, doing="登记结果")
            if t.decision is None:
                raise DecisionNotAllowed("请先作出审批决定（准予或不予许可），再登记结果")
            self._append(
                tx,
                case,
                _B.RECORD_RESULT,
                now,
                note=" ".join(x for x in (name, number, document) if x),
                name=name or None,
                number=number or None,
                document=document or None,
            )

        return self.act(actor, case_id, "登记结果", step)

    def complete(self, actor: Actor, case_id: uuid.UUID) -> BackOfficeCaseDetail:
        """办结: decided (and, when granted, the result registered) → 待出件 at the output window."""

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "办结")
            self._need_stage(t, _S.APPROVAL, doing="办结")
            if t.decision is None:
                raise DecisionNotAllowed("尚未作出审批决定，不能办结")
            if t.decision == "准予" and not t.result:
                raise DecisionNotAllowed("准予许可的办件须先登记证照或结果文书，再办结")
            self._append(
                tx, case, _B.COMPLETE, now, note=t.decision, decision=t.decision, result=dict(t.result) or None
            )

        return self.act(actor, case_id, "办结", step)


@dataclass(frozen=True)
class _Credentials:
    password_hash: str | None
    failed_logins: int
    locked_until: datetime | None


#: What a back-office PC's role may read of ``staff``.
STAFF_PUBLIC_COLUMNS = tuple(col.key for col in Staff.__table__.columns if col.key not in STAFF_CREDENTIAL_COLUMNS)


def _credentials(s: Session, staff_id: uuid.UUID) -> _Credentials | None:
    """A person's password hash and lockout: on PostgreSQL through ``cd_my_credentials()``
    (a back-office PC's role reads no hash; it gets its department's 后台审批人), on the
    one-PC SQLite center from the row."""
    if s.get_bind().dialect.name == "postgresql":
        row = s.execute(
            text("SELECT password_hash, failed_logins, locked_until FROM cd_my_credentials() WHERE staff_id = :id"),
            {"id": staff_id},
        ).first()
    else:
        row = s.execute(
            select(Staff.password_hash, Staff.failed_logins, Staff.locked_until).where(Staff.id == staff_id)
        ).first()
    if row is None:
        return None
    return _Credentials(row[0], int(row[1] or 0), row[2])


def _masked(applicant: ApplicantInfo) -> ApplicantInfo:
    """The applicant with ID numbers masked (names and phone stay: the case needs them)."""
    return replace(
        applicant,
        id_number=mask_id(applicant.id_number),
        credit_code=applicant.credit_code,
        agent_id_number=mask_id(applicant.agent_id_number),
    )
