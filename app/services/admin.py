"""Administrator use cases the demo seeder and the admin command line share:
create staff, assign A/B posts, approve a day substitute (顶岗)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from app.domain.actor import SYSTEM, Actor
from app.domain.enums import PostRole
from app.store.uow import Store


def create_staff(store: Store, *, staff_no: str, name: str, password: str, roles: Iterable[str] = ("窗口工作人员",),
                 department_code: str | None = None, title: str = "", phone: str = "", party_member: bool = False,
                 must_change_password: bool = True, actor: Actor = SYSTEM) -> uuid.UUID:
    """Create a person who may log in (password hashed with Argon2id); returns the staff id."""
    raise NotImplementedError


def set_password(store: Store, staff_no: str, password: str, *, must_change: bool = True,
                 actor: Actor = SYSTEM) -> None:
    """Reset a password (and unlock the account); the person changes it at next login."""
    raise NotImplementedError


def assign_post(store: Store, *, window_code: str, staff_no: str, post: PostRole,
                valid_from: date | None = None, valid_to: date | None = None, actor: Actor = SYSTEM) -> uuid.UUID:
    """Make ``staff_no`` the A岗 or a B岗 of ``window_code`` (a window has one A岗 at a time)."""
    raise NotImplementedError


def approve_substitute(store: Store, *, window_code: str, staff_no: str, day: date, note: str = "",
                       approved_by: str | None = None, actor: Actor = SYSTEM) -> uuid.UUID:
    """Approve ``staff_no`` as the substitute (顶岗) of ``window_code`` on ``day``."""
    raise NotImplementedError
