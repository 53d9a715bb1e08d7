"""The hall's SMS notices: what triggers one, its Chinese text, and the outbox row it becomes.

Runs centrally (the sender calls :meth:`SmsOutbox.collect` before each round). A notice is
made only for a case whose applicant agreed at intake (``cases.sms_opt_in``) and gave a
mobile number; its id is derived from the event, so however often ``collect`` runs and
however many senders there are, one event makes at most one row:

* ``acc-<case>`` 受理 — accepted with a case number and a promised date (暂定 when the date
  lies in a year whose holidays the State Council has not published yet);
* ``cor-<event>`` 补正 — a 要求补正 (or 补告遗漏材料 / 逾期告知补正) event while the case still waits
  for it: what to bring and by when;
* ``rdy-<case>`` 待领取 — decided (准予 or 不予) and to be collected, not mailed: where;
* ``tkt-<ticket>`` 叫号提醒 — the applicant asked on the ticket's page (the hall web service,
  :mod:`app.services.public.ticket_reminders`) and the ticket, still waiting today, now has
  its threshold of tickets or fewer ahead (windows call centrally: the next round sees it).
  Past days' requests are deleted by :meth:`SmsOutbox.collect`.

Only events of the last :data:`RECENT_DAYS` days count, so switching SMS on does not text
every applicant of last year. The text starts with the hall's signature 【…】: the hall
setting ``sms.signature``, else the hall's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.case_state import CaseState
from app.domain.enums import DeliveryMethod, MaterialStatus, TicketStatus
from app.domain.errors import ValidationError
from app.domain.validators import parse_mobile
from app.services.calendar_service import LiveCalendar
from app.services.clock import Clock, hall_day, system_clock
from app.services.documents import hall_info
from app.services.public.queue_board import count_ahead
from app.sms.cmpp import segment_count
from app.store.models import Case, CaseEvent, CaseMaterial, HallSetting, SmsMessage, Ticket, TicketReminder, Window
from app.store.uow import Store

#: Events older than this many days make no SMS.
RECENT_DAYS = 7
#: At most this many materials are named in a 补正 SMS (the notice on paper has them all).
MAX_MATERIALS = 4


class SmsTemplate(StrEnum):
    ACCEPTED = "受理"
    CORRECTION = "补正"
    READY = "待领取"
    TICKET = "叫号提醒"


class SmsState(StrEnum):
    PENDING = "待发送"
    SENDING = "发送中"
    SENT = "已发送"
    #: Written to the gateway and no answer: it may have arrived; never resent by itself.
    UNCONFIRMED = "未确认"
    FAILED = "失败"
    CANCELLED = "已取消"


#: States the center should look at (admin sms list, the console's list).
ATTENTION_STATES = (SmsState.FAILED, SmsState.UNCONFIRMED)
_OPEN_STATES = frozenset(
    {
        CaseState.ACCEPTED,
        CaseState.DEFICIENCY_ACCEPTED,
        CaseState.SUPPLEMENT_REQUESTED,
        CaseState.SUSPENDED,
        CaseState.APPLICANT_PAUSED,
        CaseState.FORWARDED,
    }
)
_READY_STATES = (CaseState.COMPLETED_APPROVED.value, CaseState.COMPLETED_DENIED.value)
_CORRECTION_ACTIONS = ("要求补正", "补告遗漏材料", "逾期告知补正")
_MISSING = (MaterialStatus.MISSING.value, MaterialStatus.DEFECTIVE.value, MaterialStatus.PENDING.value)


@dataclass(frozen=True)
class Notice:
    """One SMS to make: its id (from the event), template, phone and text."""

    id: str
    template: SmsTemplate
    case_id: uuid.UUID | None
    phone: str
    text: str
    ticket_id: uuid.UUID | None = None


def mobile_of(phone: str | None) -> str | None:
    """The 11-digit mobile number in ``phone``, or ``None`` (a landline gets no SMS)."""
    if not phone:
        return None
    try:
        return parse_mobile(phone).text
    except ValidationError:
        return None


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def accepted_text(signature: str, matter: str, number: str, accepted: date, due: date, provisional: bool) -> str:
    promised = _day(due) + ("（暂定，以国务院公布的节假日安排为准）" if provisional else "")
    return (
        f"【{signature}】您申请的“{matter}”已于{_day(accepted)}受理，办件号{number}，"
        f"承诺办结日期{promised}。扫受理通知书上的二维码可查询进度。"
    )


def correction_text(
    signature: str, matter: str, number: str, materials: Sequence[str], due: date | None, where: str
) -> str:
    named = "、".join(materials[:MAX_MATERIALS])
    if len(materials) > MAX_MATERIALS:
        named += f"等{len(materials)}项"
    by = f"请于{_day(due)}前" if due else "请尽快"
    what = f"需要补正材料：{named}。" if named else "需要补正材料，详见补正材料通知书。"
    return f"【{signature}】您申请的“{matter}”（办件号{number}）{what}{by}到{where}补正。"


def ready_text(signature: str, matter: str, number: str, where: str) -> str:
    return (
        f"【{signature}】您申请的“{matter}”（办件号{number}）已办结，"
        f"请凭受理通知书和本人身份证件到{where}领取办理结果。"
    )


def ticket_text(signature: str, number: str, ahead: int) -> str:
    return (
        f"【{signature}】您的{number}号前面还有{ahead}人，即将叫到，请尽快回到大厅，"
        "留意叫号屏和语音提示。过号请到服务台。"
    )


class SmsOutbox:
    """Finds the notices due on the central store and files each once (see module docstring)."""

    def __init__(self, store: Store, calendar: LiveCalendar | None = None, *, clock: Clock = system_clock) -> None:
        self._store = store
        self._calendar = calendar if calendar is not None else LiveCalendar(store)
        self._clock = clock

    def signature(self, s: Session) -> str:
        setting = s.get(HallSetting, "sms")
        value: dict[str, Any] = dict(setting.value) if setting is not None and isinstance(setting.value, dict) else {}
        signature = str(value.get("signature") or hall_info(s).name).strip("【】 ")
        return signature or "政务服务中心"

    def due_notices(self) -> list[Notice]:
        """Every notice the store's cases call for now (filed or not)."""
        now = self._clock()
        since = hall_day(now) - timedelta(days=RECENT_DAYS)
        with self._store.read() as s:
            signature = self.signature(s)
            where = _Where(s)
            opted = (Case.sms_opt_in.is_(True), Case.phone.is_not(None), Case.case_number.is_not(None))
            notices: list[Notice] = []
            for case in s.scalars(select(Case).where(*opted, Case.accepted_on >= since, Case.due_date.is_not(None))):
                phone, number = mobile_of(case.phone), case.case_number
                if not phone or not number or case.accepted_on is None or case.due_date is None:
                    continue
                if CaseState(case.state) not in _OPEN_STATES:
                    continue
                provisional = self._calendar.current().provisional_between(case.accepted_on, case.due_date)
                text = accepted_text(signature, case.matter_name, number, case.accepted_on, case.due_date, provisional)
                notices.append(Notice(f"acc-{case.id}", SmsTemplate.ACCEPTED, case.id, phone, text))
            corrections = s.execute(
                select(CaseEvent.id, Case)
                .join(Case, Case.id == CaseEvent.case_id)
                .where(
                    *opted,
                    CaseEvent.action.in_(_CORRECTION_ACTIONS),
                    CaseEvent.day >= since,
                    Case.state == CaseState.SUPPLEMENT_REQUESTED.value,
                )
            ).all()
            for event_id, case in corrections:
                phone, number = mobile_of(case.phone), case.case_number
                if not phone or not number:
                    continue
                missing = s.scalars(
                    select(CaseMaterial.name)
                    .where(CaseMaterial.case_id == case.id, CaseMaterial.status.in_(_MISSING))
                    .order_by(CaseMaterial.position)
                ).all()
                text = correction_text(
                    signature, case.matter_name, number, missing, case.pending_due, where.window(case)
                )
                notices.append(Notice(f"cor-{event_id}", SmsTemplate.CORRECTION, case.id, phone, text))
            ready = s.scalars(
                select(Case).where(
                    *opted,
                    Case.state.in_(_READY_STATES),
                    Case.updated_at >= now - timedelta(days=RECENT_DAYS),
                )
            )
            for case in ready:
                phone, number = mobile_of(case.phone), case.case_number
                if not phone or not number or case.delivery_method == DeliveryMethod.MAIL.value:
                    continue
                text = ready_text(signature, case.matter_name, number, where.output(case))
                notices.append(Notice(f"rdy-{case.id}", SmsTemplate.READY, case.id, phone, text))
            notices += self._ticket_notices(s, signature, hall_day(now))
        return notices

    def _ticket_notices(self, s: Session, signature: str, today: date) -> list[Notice]:
        """叫号提醒: today's requests whose ticket still waits with ``threshold`` or fewer ahead."""
        out: list[Notice] = []
        table = Ticket.__table__
        rows = s.execute(
            select(TicketReminder.phone, TicketReminder.threshold, table)
            .join(table, table.c.id == TicketReminder.ticket_id)
            .where(
                TicketReminder.hall_day == today,
                table.c.status == TicketStatus.WAITING.value,
                table.c.transferred_to.is_(None),
            )
        ).all()
        for row in rows:
            phone = mobile_of(row.phone)
            if not phone:
                continue
            ahead = count_ahead(s, table, row)
            if ahead <= row.threshold:
                text = ticket_text(signature, row.number, ahead)
                out.append(Notice(f"tkt-{row.id}", SmsTemplate.TICKET, None, phone, text, ticket_id=row.id))
        return out

    def collect(self) -> list[str]:
        """File the due notices not filed yet; returns the new ids (in filing order)."""
        notices = self.due_notices()
        now = self._clock()
        past = TicketReminder.hall_day < hall_day(now)
        with self._store.read() as s:
            stale = bool(s.scalar(select(func.count()).select_from(TicketReminder).where(past)))
        if not notices and not stale:
            return []
        with self._store.write() as tx:
            s = tx.session
            # The phones of past days' 叫号提醒 requests are kept no longer (the filed SMS keeps its own).
            if stale:
                s.execute(delete(TicketReminder).where(past))
            filed = set(s.scalars(select(SmsMessage.id).where(SmsMessage.id.in_([n.id for n in notices]))))
            new = [n for n in notices if n.id not in filed]
            for n in new:
                s.add(
                    SmsMessage(
                        id=n.id,
                        template=n.template.value,
                        case_id=n.case_id,
                        ticket_id=n.ticket_id,
                        phone=n.phone,
                        text=n.text,
                        state=SmsState.PENDING.value,
                        attempts=0,
                        parts_total=segment_count(n.text),
                        parts_done=0,
                        reference=reference_for(n.id),
                        created_at=now,
                        next_try_at=now,
                        updated_at=now,
                    )
                )
        return [n.id for n in new]


class _Where:
    """Where the applicant goes: the case's window, or the hall's 出件窗口 for a result."""

    def __init__(self, s: Session) -> None:
        self._names = {code: name for code, name in s.execute(select(Window.code, Window.name))}
        outputs = s.scalars(select(Window.code).where(Window.output_window.is_(True)).order_by(Window.code)).all()
        self._output = outputs[0] if outputs else None

    def _label(self, code: str) -> str:
        name = self._names.get(code)
        return f"{code}号窗口" + (f"（{name}）" if name else "")

    def window(self, case: Case) -> str:
        return self._label(case.owner_window)

    def output(self, case: Case) -> str:
        return self._label(self._output or case.owner_window)


def reference_for(message_id: str) -> int:
    """A concatenation reference (0–255) stable for a message id (the same on every try)."""
    return sum(message_id.encode("ascii")) & 0xFF
