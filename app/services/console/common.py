"""What the administrator console's use cases share: who may use it, the views it returns.

Only a 中心管理员 may use it (:class:`PermissionDenied` for everybody else, checked on
every call, not only when the screen opens), and every change writes an audit row in
the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.actor import Actor
from app.domain.enums import Role
from app.domain.errors import PermissionDenied
from app.services.base import CenterService
from app.services.hall import HallHours, require_role

#: Largest staff photo accepted (shown on the evaluator and the LED screen).
MAX_PHOTO_BYTES = 1024 * 1024

#: Length of a generated temporary password.
TEMP_PASSWORD_LENGTH = 10

#: Phone entries the hall publishes (咨询电话, 投诉电话 …).
PHONE_LABELS = ("咨询电话", "投诉电话", "监督电话")


@dataclass(frozen=True)
class MatterSummary:
    code: str
    name: str
    department: str
    case_kind: str
    materials: int


@dataclass(frozen=True)
class DepartmentView:
    code: str
    name: str


@dataclass(frozen=True)
class WindowView:
    code: str
    name: str
    kind: str
    ticket_categories: tuple[str, ...]
    departments: tuple[str, ...]
    devices: Mapping[str, Any]
    active: bool
    #: 出件窗口: finished cases are handed over here.
    output_window: bool = False


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    staff_no: str
    name: str
    department: str
    department_code: str
    title: str
    phone: str
    party_member: bool
    roles: tuple[str, ...]
    locked: bool
    active: bool
    has_photo: bool


@dataclass(frozen=True)
class PostView:
    window: str
    staff_no: str
    name: str
    post: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class SubstituteView:
    window: str
    staff_no: str
    name: str
    day: date
    note: str


@dataclass(frozen=True)
class HallSettingsView:
    code: str
    name: str
    hours: HallHours
    phones: Mapping[str, str]
    follow_up_days: int


@dataclass(frozen=True)
class MatterSaved:
    code: str
    warnings: tuple[str, ...]


def can_open_console(actor: Actor | None) -> bool:
    """Whether ``actor`` may see the console at all (the menu entry is hidden otherwise)."""
    return actor is not None and actor.has_role(Role.ADMIN)


class ConsoleBase(CenterService):
    """The store, the clock and the one rule of the console: a 中心管理员 only."""

    @staticmethod
    def require_admin(actor: Actor, doing: str = "使用管理控制台") -> None:
        require_role(actor, (Role.ADMIN,), doing)


def ensure_console_access(actor: Actor | None) -> Actor:
    """The actor, if they may open the console; :class:`PermissionDenied` with the reason otherwise."""
    if actor is None:
        raise PermissionDenied("请先登录")
    ConsoleBase.require_admin(actor)
    return actor
