"""A case's whole timeline for the IT person and the auditor (``admin case show``): every
event with who acted, for whom and when, the working days of each stage, the documents,
the 联办 answers and the 上报 — in Chinese, from the store given (normally the center's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.case_stage import fold_stages
from app.domain.errors import NotFound
from app.domain.input_policy import clean_text
from app.services.base import CenterService
from app.services.clock import HALL_TZ
from app.services.hall import load_calendar
from app.services.stages import case_events
from app.store.models import Case, IssuedDocument, Staff


@dataclass(frozen=True)
class CaseTimelineReport:
    case_number: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _who(owner: str) -> str:
    if owner.startswith("后台"):
        return f"{owner[2:]}后台"
    if owner == "中心":
        return "中心"
    return f"{owner}号窗口"


class CaseTimelineService(CenterService):
    def show(self, case_number: str, today: date | None = None) -> CaseTimelineReport:
        number = clean_text(case_number, label="办件编号", field="case_number", max_length=40).strip()
        day = today or self.today()
        with self._store.read() as s:
            case = s.scalars(select(Case).where(Case.case_number == number)).first()
            if case is None:
                raise NotFound(f"没有办件编号为“{number}”的办件")
            calendar = load_calendar(s)
            events = sorted(case_events(s, [case.id])[case.id], key=lambda e: (e.at, str(e.id)))
            t = fold_stages(events, calendar, day)
            names = {row.id: row.name for row in s.execute(select(Staff.id, Staff.name))}
            out = [
                f"办件编号：{case.case_number}",
                f"事项：{case.matter_name}（{case.matter_code}）  申请人：{case.org_name or case.applicant_name}",
                f"受理窗口：{case.owner_window}号窗口  受理日期：{case.accepted_on or '未受理'}  "
                f"承诺办结：{case.due_date or '-'}  窗口状态：{case.state}",
                f"当前阶段：{t.current.value if t.current else (t.ended_by or '未受理')}"
                + (f"  审批决定：{t.decision}" if t.decision else ""),
                "",
                "办理过程：",
            ]
            for e in events:
                who = str((e.data or {}).get("staff_name") or names.get(e.staff_id, "") or "系统")
                at = e.at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")
                note = f"  {e.note}" if e.note else ""
                out.append(f"  {at}  {e.action}  {who}（{_who(e.owner_window)}）{note}")
            out += ["", f"各阶段用时（工作日，截至 {day.isoformat()}）："]
            for span in t.spans:
                until = span.left_on.isoformat() if span.left_on else "至今"
                dept = f"  {span.department}" if span.department else ""
                out.append(
                    f"  {span.stage.value}  {span.entered_on.isoformat()} — {until}  {span.workdays} 个工作日{dept}"
                )
            totals = "，".join(f"{k.value} {v}" for k, v in t.workdays_by_stage().items())
            out.append(f"  合计：{totals or '无'}")
            if t.joint is not None:
                out += ["", f"联办（牵头部门 {t.joint.lead}，{t.joint.started_on.isoformat()} 发起）："]
                for p in t.joint.parties:
                    late = "（逾期）" if p.is_late(day) else ""
                    answer = f"{p.answer} {p.reason}".strip() + f" {p.answered_on}" if p.answer else "未答复"
                    out.append(f"  {p.department}  时限 {p.limit_days} 个工作日，至 {p.due}  {answer}{late}")
            for fw in t.forwardings:
                late = "（逾期）" if fw.is_late(day) else ""
                reply = f"{fw.replied_on} 答复：{fw.reply}" if fw.replied_on else "未答复"
                out.append(
                    f"上报：{fw.authority}  {fw.forwarded_on} 上报，"
                    f"时限 {fw.limit_days} 个工作日至 {fw.due}  {reply}{late}"
                )
            if t.result:
                out.append("办理结果：" + " ".join(t.result.values()))
            docs = list(
                s.scalars(
                    select(IssuedDocument).where(IssuedDocument.case_id == case.id).order_by(IssuedDocument.issued_at)
                )
            )
            out += ["", f"文书（{len(docs)} 份）："]
            for doc in docs:
                at = doc.issued_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")
                out.append(f"  {doc.number}  {doc.kind}  {at}  {_who(doc.owner_window)}")
        return CaseTimelineReport(case_number=number, lines=tuple(out))
