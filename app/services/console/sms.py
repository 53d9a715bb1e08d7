"""The console's view of the SMS notices: the messages that failed or whose delivery is not
confirmed (phones masked), and the center's decision to queue one again."""

from __future__ import annotations

from app.domain.actor import Actor
from app.domain.errors import NotFound, ValidationError
from app.services.console.common import ConsoleBase
from app.services.sms_sender import SmsRow, SmsSender


class SmsConsole(ConsoleBase):
    def sms_attention(self, actor: Actor) -> list[SmsRow]:
        """失败 and 未确认 messages, newest first."""
        self.require_admin(actor)
        return SmsSender(self._store, None).attention()

    def sms_resend(self, actor: Actor, message_id: str) -> SmsRow:
        """Queue a 失败 / 未确认 message again (it may reach the phone twice: the center decided)."""
        self.require_admin(actor, "重发短信")
        try:
            return SmsSender(self._store, None).resend(message_id)
        except LookupError as exc:
            raise NotFound(str(exc.args[0])) from None
        except ValueError as exc:
            raise ValidationError(str(exc.args[0])) from None
