"""Typed errors of the use cases, each carrying the Chinese sentence the clerk sees.

They subclass the shared :mod:`app.domain.errors` types so a screen that only knows
``CounterDeskError`` still shows the message, while screens that care (the login
dialog, the queue panel) can react to the specific type.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.errors import CounterDeskError, PermissionDenied, ValidationError
from app.domain.errors import DecisionNotAllowed as DecisionNotAllowed  # a rule of app.domain.decision_rules


class NotLoggedIn(PermissionDenied):
    """Nobody is logged in (or the window is locked) and the action needs a person."""

    def __init__(self, message: str = "请先登录") -> None:
        super().__init__(message)


class WrongPassword(PermissionDenied):
    """Staff number or password wrong; ``attempts_left`` before the account locks."""

    def __init__(self, message: str, *, attempts_left: int | None = None) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left


class AccountLocked(PermissionDenied):
    """Too many wrong passwords; ``until`` is when the account opens again (UTC)."""

    def __init__(self, message: str, *, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class PasswordChangeRequired(PermissionDenied):
    """The person must set a new password before working (first login)."""

    def __init__(self, message: str = "首次登录，请先修改密码") -> None:
        super().__init__(message)


class WindowLocked(PermissionDenied):
    """The window is locked after inactivity; only the same person may unlock it."""

    def __init__(self, message: str = "窗口已锁定，请输入密码解锁") -> None:
        super().__init__(message)


class QueueOffline(CounterDeskError):
    """The hall queue (central store) cannot be reached: switch to manual ticket entry."""

    def __init__(self, message: str = "无法连接大厅叫号服务，请改为手工录入票号继续办理") -> None:
        super().__init__(message)


class CentralStoreUnavailable(CounterDeskError):
    """A back-office or output action needs the central store, which cannot be reached;
    nothing was written and the action can be retried."""

    def __init__(self, message: str = "无法连接中心库，操作未能完成（未保存任何内容，网络恢复后请重试）") -> None:
        super().__init__(message)


class QueueEmpty(CounterDeskError):
    """Nobody waits in this window's ticket categories."""

    def __init__(self, message: str = "当前没有等候的群众") -> None:
        super().__init__(message)


class ApplicantInvalid(ValidationError):
    """Several applicant fields fail; ``errors`` maps field name → Chinese message.

    ``field`` and ``message`` are those of the first problem, so a plain handler still
    shows something useful; the intake form marks every field of ``errors``.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        first_field, first_message = next(iter(errors.items()))
        summary = first_message if len(errors) == 1 else f"{first_message}（另有{len(errors) - 1}处需修改）"
        super().__init__(summary, field=first_field)
        self.errors = dict(errors)


class LateNoticeNeedsConfirmation(DecisionNotAllowed):
    """行政许可法 §32: a 补正/一次性告知 notice issued after the five working days must be
    confirmed explicitly, because the application is then deemed accepted on receipt."""

    def __init__(self, message: str, *, deadline: object, received_on: object) -> None:
        super().__init__(message)
        self.deadline = deadline
        self.received_on = received_on


class LeadConfirmationRequired(PermissionDenied):
    """A refusal needs the window lead (首席代表) to confirm with their password."""
