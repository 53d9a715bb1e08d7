"""联办件 / 并联审批 and 上报件, the back office's steps beyond its own department.

联办: the lead department (the matter's) sends the case to its co-departments at once;
each answers 同意 / 不同意 (a 不同意 needs its reasons) within its own limit (working days,
the administrator's co-department limits, default :data:`DEFAULT_CO_LIMIT`); the lead sees
who is late and cannot decide until every co-department has answered.

上报: the case is forwarded to a named higher authority with that authority's own limit;
the 上报 event stops the hall's clock (it is a clock event, :mod:`app.domain.deadlines`)
and 上级办结返回 with the reply starts it again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.case_stage import DISAGREE, JOINT_ANSWERS, CaseStage, StageAction, StageTimeline
from app.domain.case_state import CaseAction
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.input_policy import clean_text
from app.services.backoffice import BackOfficeService, _required
from app.services.backoffice_dto import BackOfficeCaseDetail
from app.store.models import Case, Department, HallSetting, Matter
from app.store.uow import WriteTxn

#: Working days a co-department has to answer when the administrator set no limit.
DEFAULT_CO_LIMIT = 5
#: ``hall_settings`` key: {department code: working days} for 联办 answers.
CO_LIMITS_KEY = "co_department_limits"
_MAX_LIMIT = 60

_S = CaseStage
_B = StageAction


def co_department_limits(session: Session) -> dict[str, int]:
    row = session.get(HallSetting, CO_LIMITS_KEY)
    return {str(k): int(v) for k, v in ((row.value or {}) if row is not None else {}).items()}


def _limit(days: int, what: str) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= _MAX_LIMIT:
        raise ValidationError(f"{what}须为1至{_MAX_LIMIT}个工作日", field="limit_days")
    return days


class JointReviewService(BackOfficeService):
    """联办 and 上报 for the department of the person acting (see the module)."""

    def start_joint(
        self, actor: Actor, case_id: uuid.UUID, departments: Sequence[str] | Mapping[str, int] | None = None
    ) -> BackOfficeCaseDetail:
        """发起联办: to ``departments`` (code → limit, or codes with the administrator's limits;
        default the matter's co-departments of the catalog)."""

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "发起联办")
            self._need_stage(t, _S.REVIEW, _S.APPROVAL, doing="发起联办")
            self._not_waiting(case, t, "发起联办")
            if t.joint is not None:
                raise ValidationError("该办件已发起过联办", field="departments")
            s = tx.session
            limits = co_department_limits(s)
            if departments is None:
                matter = s.scalars(select(Matter).where(Matter.code == case.matter_code)).first()
                chosen: dict[str, int] = {
                    code: limits.get(code, DEFAULT_CO_LIMIT)
                    for code in ((matter.co_departments or ()) if matter else ())
                }
            elif isinstance(departments, Mapping):
                chosen = {str(k): _limit(v, "联办时限") for k, v in departments.items()}
            else:
                chosen = {str(code): limits.get(str(code), DEFAULT_CO_LIMIT) for code in departments}
            chosen.pop(tx.actor.department_code or "", None)
            if not chosen:
                raise ValidationError("请选择联办部门（本事项在目录中没有配置联办部门）", field="departments")
            known = set(s.scalars(select(Department.code).where(Department.code.in_(list(chosen)))))
            unknown = [code for code in chosen if code not in known]
            if unknown:
                raise ValidationError(f"部门不存在：{'、'.join(unknown)}", field="departments")
            self._append(
                tx,
                case,
                _B.JOINT_START,
                now,
                note="联办部门：" + "、".join(chosen),
                parties=[{"department": k, "limit_days": v} for k, v in chosen.items()],
            )

        return self.act(actor, case_id, "发起联办", step)

    def joint_opinion(self, actor: Actor, case_id: uuid.UUID, *, answer: str, reason: str = "") -> BackOfficeCaseDetail:
        """联办意见 of the actor's (co-)department: 同意, or 不同意 with its reasons."""
        if answer not in JOINT_ANSWERS:
            raise ValidationError(f"联办意见须为：{'、'.join(JOINT_ANSWERS)}", field="answer")
        text = clean_text(reason or "", label="理由", field="reason", max_length=1000).strip()
        if answer == DISAGREE and not text:
            raise ValidationError("不同意须写明理由", field="reason")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            department = tx.actor.department_code or ""
            if t.joint is None or department not in {p.department for p in t.joint.parties}:
                raise PermissionDenied(f"本部门（{department}）不是该办件的联办部门")
            if department not in t.joint.waiting_for:
                raise ValidationError("本部门已签署过联办意见", field="answer")
            if t.current is not _S.JOINT:
                raise PermissionDenied("该办件不在联办阶段")
            self._append(tx, case, _B.JOINT_OPINION, now, note=f"{answer} {text}".strip(), answer=answer, reason=text)

        return self.act(actor, case_id, "签署联办意见", step)

    def forward(self, actor: Actor, case_id: uuid.UUID, *, authority: str, limit_days: int) -> BackOfficeCaseDetail:
        """上报 to ``authority`` with its own limit; the hall's clock stops meanwhile."""
        name = _required(authority, "上级机关名称", "authority", 200)
        days = _limit(limit_days, "上级机关办理时限")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "上报")
            self._need_stage(t, _S.REVIEW, _S.APPROVAL, doing="上报")
            self._not_waiting(case, t, "上报")
            self._append(tx, case, CaseAction.FORWARD.value, now, note=name, authority=name, limit_days=days)

        return self.act(actor, case_id, "上报", step)

    def forward_reply(self, actor: Actor, case_id: uuid.UUID, *, reply: str) -> BackOfficeCaseDetail:
        """上级办结返回: the higher authority's reply; the hall's clock runs again."""
        text = _required(reply, "上级机关答复", "reply")

        def step(tx: WriteTxn, case: Case, t: StageTimeline, lead: bool, now: datetime) -> None:
            self._need_lead(lead, "登记上级答复")
            self._need_stage(t, _S.FORWARDED, doing="登记上级答复")
            self._append(tx, case, CaseAction.FORWARD_RETURNED.value, now, note=text, reply=text)

        return self.act(actor, case_id, "登记上级答复", step)
