"""The hall's one SMS sender: files due notices, sends them through the gateway, keeps their state.

Each message's life, committed at every step so a killed sender knows where it stopped:
待发送 → (before the first byte of a segment leaves: 发送中, the segment and its Sequence_Id)
→ 已发送 with the gateway's msg ids. A try the gateway certainly did not take goes back to
待发送 with a growing pause (:data:`BACKOFF`), and to 失败 after :data:`MAX_ATTEMPTS`; a
refusal for good is 失败 at once; a segment written without an answer over CMPP is 未确认 and
is never resent by the sender (docs/sms.md: CMPP has no idempotency key). At start, a row
left in 发送中 by a killed sender becomes 未确认 for CMPP and 待发送 for the HTTP gateway
(which takes the message id as its de-duplication key). 失败 and 未确认 are what the center
sees (:meth:`SmsSender.attention`); ``admin sms resend`` puts one back to 待发送 by hand.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.domain.validators import mask_phone
from app.services.clock import Clock, system_clock
from app.services.sms_outbox import ATTENTION_STATES, SmsOutbox, SmsState
from app.sms.gateway import Gateway, Outcome, Outgoing
from app.store.models import SmsMessage
from app.store.uow import Store

log = logging.getLogger(__name__)

#: Seconds to wait before the next try, by tries so far (the last one repeats).
BACKOFF = (5, 15, 60, 300, 900)
MAX_ATTEMPTS = 8
#: Messages taken per round.
BATCH = 50


@dataclass(frozen=True)
class SmsRow:
    """A message as the center's list shows it (the phone masked)."""

    id: str
    template: str
    phone_masked: str
    text: str
    state: str
    attempts: int
    parts: str
    gateway_msg_id: str
    last_error: str
    created_at: datetime
    updated_at: datetime


def _row(m: SmsMessage) -> SmsRow:
    return SmsRow(
        id=m.id,
        template=m.template,
        phone_masked=mask_phone(m.phone),
        text=m.text,
        state=m.state,
        attempts=m.attempts,
        parts=f"{m.parts_done}/{m.parts_total}",
        gateway_msg_id=m.gateway_msg_id or "",
        last_error=m.last_error or "",
        created_at=m.created_at,
        updated_at=m.updated_at,
    )


class SmsSender:
    def __init__(
        self, store: Store, gateway: Gateway | None, outbox: SmsOutbox | None = None, *, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self._gateway = gateway
        self._outbox = outbox if outbox is not None else SmsOutbox(store, clock=clock)
        self._clock = clock

    # --- the center's view ------------------------------------------------------------------

    def messages(self, states: Sequence[str] = (), limit: int = 200) -> list[SmsRow]:
        with self._store.read() as s:
            query = select(SmsMessage).order_by(SmsMessage.created_at.desc()).limit(limit)
            if states:
                query = query.where(SmsMessage.state.in_(list(states)))
            return [_row(m) for m in s.scalars(query)]

    def attention(self, limit: int = 200) -> list[SmsRow]:
        """失败 and 未确认 messages, newest first: what the center must follow up by phone or resend."""
        return self.messages([s.value for s in ATTENTION_STATES], limit)

    def resend(self, message_id: str) -> SmsRow:
        """Put a 失败 / 未确认 message back to 待发送 (the IT person's decision: it may arrive twice)."""
        now = self._clock()
        with self._store.write() as tx:
            m = tx.session.get(SmsMessage, message_id)
            if m is None:
                raise LookupError(f"没有编号为 {message_id} 的短信")
            if m.state not in (SmsState.FAILED.value, SmsState.UNCONFIRMED.value, SmsState.CANCELLED.value):
                raise ValueError(f"短信 {message_id} 状态为“{m.state}”，只有失败、未确认或已取消的短信可以重发")
            if m.state == SmsState.UNCONFIRMED.value and m.writing_part is not None:
                m.parts_done = min(m.parts_done, m.writing_part)
            m.state, m.next_try_at, m.updated_at, m.attempts = SmsState.PENDING.value, now, now, 0
            m.writing_part = None
            tx.audit("短信重发", "sms_outbox", None, message=message_id)
            return _row(m)

    def cancel(self, message_id: str) -> SmsRow:
        now = self._clock()
        with self._store.write() as tx:
            m = tx.session.get(SmsMessage, message_id)
            if m is None:
                raise LookupError(f"没有编号为 {message_id} 的短信")
            if m.state in (SmsState.SENT.value, SmsState.SENDING.value):
                raise ValueError(f"短信 {message_id} 状态为“{m.state}”，不能取消")
            m.state, m.updated_at = SmsState.CANCELLED.value, now
            tx.audit("短信取消", "sms_outbox", None, message=message_id)
            return _row(m)

    # --- sending ----------------------------------------------------------------------------

    def recover(self) -> int:
        """Rows a killed sender left in 发送中: 未确认 over CMPP, back to 待发送 over HTTP."""
        now = self._clock()
        with self._store.write() as tx:
            stuck = tx.session.scalars(select(SmsMessage).where(SmsMessage.state == SmsState.SENDING.value)).all()
            for m in stuck:
                if m.gateway == "http":
                    m.state, m.next_try_at = SmsState.PENDING.value, now
                else:
                    m.state = SmsState.UNCONFIRMED.value
                    m.last_error = "发送程序在提交短信后中断，网关可能已收下：未自动重发，请核实"
                m.updated_at = now
            return len(stuck)

    def run_once(self) -> dict[str, int]:
        """File new notices, send what is due; the count of each outcome."""
        if self._gateway is None:
            raise RuntimeError("no gateway")
        self._outbox.collect()
        now = self._clock()
        with self._store.read() as s:
            due = s.scalars(
                select(SmsMessage.id)
                .where(SmsMessage.state == SmsState.PENDING.value, SmsMessage.next_try_at <= now)
                .order_by(SmsMessage.created_at, SmsMessage.id)
                .limit(BATCH)
            ).all()
        counts: dict[str, int] = {}
        for message_id in due:
            outcome = self._send_one(message_id)
            if outcome is not None:
                counts[outcome.state] = counts.get(outcome.state, 0) + 1
        if not due:
            self._gateway.keepalive()
        return counts

    def _send_one(self, message_id: str) -> Outcome | None:
        assert self._gateway is not None
        gateway = self._gateway
        with self._store.read() as s:
            m = s.get(SmsMessage, message_id)
            if m is None or m.state != SmsState.PENDING.value:
                return None
            message = Outgoing(m.id, m.phone, m.text, m.parts_done, m.reference)
            masked = mask_phone(m.phone)
        claimed = [False]

        def before_write(part: int, sequence_id: int) -> None:
            now = self._clock()
            values = {
                "state": SmsState.SENDING.value,
                "writing_part": part,
                "sequence_id": sequence_id,
                "gateway": gateway.kind,
                "updated_at": now,
            }
            where = [SmsMessage.id == message_id]
            if not claimed[0]:
                where.append(SmsMessage.state == SmsState.PENDING.value)
                values["attempts"] = SmsMessage.attempts + 1
            with self._store.write() as tx:
                result = tx.session.execute(update(SmsMessage).where(*where).values(**values))
                done = getattr(result, "rowcount", 0)
            if not done:
                raise _Taken(message_id)
            claimed[0] = True

        def after_ack(part: int, msg_id: str) -> None:
            with self._store.write() as tx:
                m = tx.session.get(SmsMessage, message_id)
                assert m is not None
                m.parts_done = part + 1
                m.writing_part = None
                m.gateway_msg_id = ",".join(x for x in (m.gateway_msg_id, msg_id) if x)
                m.updated_at = self._clock()

        try:
            outcome = gateway.send(message, before_write, after_ack)
        except _Taken:
            return None  # another sender claimed it first
        self._finish(message_id, outcome, counted=claimed[0])
        log.info("短信 %s → %s：%s %s", message_id, masked, outcome.state, outcome.error)
        return outcome

    def _finish(self, message_id: str, outcome: Outcome, *, counted: bool) -> None:
        now = self._clock()
        with self._store.write() as tx:
            m = tx.session.get(SmsMessage, message_id)
            assert m is not None
            if not counted:
                m.attempts += 1  # nothing was written (no link): the try still counts
            m.parts_done = outcome.parts_done
            m.updated_at = now
            m.last_error = outcome.error or None
            if outcome.state == "sent":
                m.state, m.sent_at, m.writing_part = SmsState.SENT.value, now, None
            elif outcome.state == "unconfirmed":
                m.state = SmsState.UNCONFIRMED.value
            elif outcome.state == "failed":
                m.state, m.writing_part = SmsState.FAILED.value, None
            else:
                m.writing_part = None
                if m.attempts >= MAX_ATTEMPTS:
                    m.state = SmsState.FAILED.value
                    m.last_error = f"已尝试 {m.attempts} 次仍未发出：{outcome.error}"
                else:
                    m.state = SmsState.PENDING.value
                    pause = BACKOFF[min(m.attempts, len(BACKOFF)) - 1]
                    m.next_try_at = now + timedelta(seconds=pause)

    def run_forever(self, stop: threading.Event, interval: float = 5.0) -> None:
        """Rounds every ``interval`` seconds until ``stop`` is set; a failed round is logged and retried."""
        self.recover()
        try:
            while not stop.is_set():
                try:
                    self.run_once()
                except Exception:  # noqa: BLE001 - a lost store connection must not end the sender
                    log.exception("短信发送轮次失败，稍后重试")
                stop.wait(interval)
        finally:
            if self._gateway is not None:
                self._gateway.close()


class _Taken(Exception):
    """The message was no longer 待发送 when this sender came to write it."""
