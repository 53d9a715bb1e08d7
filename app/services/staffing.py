"""The hall's staff and their posts: create staff, set passwords, assign A/B posts, approve a
day substitute (顶岗) — the rules the administrator console, the admin command line and the
demo seeder share (formerly ``services/admin.py``)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import credentials
from app.domain.actor import SYSTEM, Actor
from app.domain.enums import PostRole, Role
from app.domain.errors import NotFound, ValidationError
from app.domain.ids import uuid7
from app.services.passwords import hash_password
from app.store.models import Department, PostAssignment, Staff, Substitution, Window
from app.store.repositories import credentials as credential_events
from app.store.uow import Store


def staff_by_no(session: Session, staff_no: str) -> Staff:
    """The staff row of ``staff_no``; NotFound with the number in Chinese otherwise."""
    staff = session.scalars(select(Staff).where(Staff.staff_no == staff_no)).first()
    if staff is None:
        raise NotFound(f"工号“{staff_no}”不存在")
    return staff


def window_by_code(session: Session, code: str) -> Window:
    """The window row of ``code``; NotFound with the code in Chinese otherwise."""
    window = session.scalars(select(Window).where(Window.code == code)).first()
    if window is None:
        raise NotFound(f"窗口“{code}”不存在")
    return window


def temporary_password(length: int = 10) -> str:
    """A random password with letters and digits (no look-alikes l/1/O/0) that the
    person must change at next login, so the administrator never knows one in use."""
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        text = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text):
            return text


def create_staff(
    store: Store,
    *,
    staff_no: str,
    name: str,
    password: str,
    roles: Iterable[str] = (Role.CLERK,),
    department_code: str | None = None,
    title: str = "",
    phone: str = "",
    party_member: bool = False,
    must_change_password: bool = True,
    actor: Actor = SYSTEM,
) -> uuid.UUID:
    """Create a person who may log in (password hashed with Argon2id); returns the staff id.

    ``must_change_password`` (default) makes the first login ask for a new password, so
    the administrator never knows a password in use.
    """
    staff_no = staff_no.strip()
    if not staff_no:
        raise ValidationError("请填写工号", field="staff_no")
    if not name.strip():
        raise ValidationError("请填写姓名", field="name")
    if not password:
        raise ValidationError("请设置初始密码", field="password")
    known = {r.value for r in Role}
    role_values = [str(r) for r in roles]
    bad = [r for r in role_values if r not in known]
    if bad:
        raise ValidationError(f"未知的角色：{'、'.join(bad)}", field="roles")
    if Role.BACK_OFFICE.value in role_values and not department_code:
        raise ValidationError("后台审批人须指定所属部门（--department 部门编码）", field="department")
    with store.write(actor) as tx:
        if tx.session.scalars(select(Staff.id).where(Staff.staff_no == staff_no)).first() is not None:
            raise ValidationError(f"工号“{staff_no}”已存在", field="staff_no")
        department_id = None
        if department_code:
            department = tx.session.scalars(select(Department).where(Department.code == department_code)).first()
            if department is None:
                raise NotFound(f"部门“{department_code}”不存在")
            department_id = department.id
        staff = Staff(
            id=uuid7(),
            staff_no=staff_no,
            name=name.strip(),
            roles=role_values,
            department_id=department_id,
            title=title,
            phone=phone,
            party_member=party_member,
            password_hash=hash_password(password),
            must_change_password=must_change_password,
            failed_logins=0,
        )
        tx.session.add(staff)
        tx.audit("staff.create", "staff", staff.id, staff_no=staff_no, roles=role_values)
        return staff.id


def set_password(
    store: Store, staff_no: str, password: str, *, must_change: bool = True, actor: Actor = SYSTEM
) -> None:
    """Reset a password (and unlock the account); the person changes it at next login.

    Recorded as a credential event, so it reaches the center (where it is authoritative:
    a change made elsewhere on the older password loses) and no release undoes it.
    """
    if not password:
        raise ValidationError("请设置密码", field="password")
    with store.write(actor) as tx:
        staff = staff_by_no(tx.session, staff_no)
        credential_events.record(
            tx, staff.id, credentials.PASSWORD_RESET, password_hash=hash_password(password), must_change=must_change
        )
        tx.audit("staff.password_reset", "staff", staff.id)


def unlock_staff(store: Store, staff_no: str, *, actor: Actor = SYSTEM) -> None:
    """Lift a lockout after too many wrong passwords (a credential event, like a reset)."""
    with store.write(actor) as tx:
        staff = staff_by_no(tx.session, staff_no)
        credential_events.record(tx, staff.id, credentials.UNLOCKED)
        tx.audit("staff.unlock", "staff", staff.id)


def assign_post(
    store: Store,
    *,
    window_code: str,
    staff_no: str,
    post: PostRole,
    valid_from: date | None = None,
    valid_to: date | None = None,
    actor: Actor = SYSTEM,
) -> uuid.UUID:
    """Make ``staff_no`` the A岗 or a B岗 of ``window_code``.

    A window has one A岗 at a time: a new A岗 assignment ends the previous one's validity
    the day before ``valid_from`` (or replaces it when no date is given).
    """
    post = PostRole(post)
    if post is PostRole.SUBSTITUTE:
        raise ValidationError("顶岗请使用“批准顶岗”，按日批准", field="post")
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("结束日期早于开始日期", field="valid_to")
    with store.write(actor) as tx:
        window = window_by_code(tx.session, window_code)
        staff = staff_by_no(tx.session, staff_no)
        existing = tx.session.scalars(
            select(PostAssignment).where(
                PostAssignment.window_id == window.id,
                PostAssignment.staff_id == staff.id,
                PostAssignment.post == post.value,
            )
        ).first()
        if post is PostRole.A:
            for other in tx.session.scalars(
                select(PostAssignment).where(
                    PostAssignment.window_id == window.id,
                    PostAssignment.post == PostRole.A.value,
                    PostAssignment.staff_id != staff.id,
                )
            ):
                if valid_from is None:
                    tx.session.delete(other)
                else:
                    other.valid_to = date.fromordinal(valid_from.toordinal() - 1)
        if existing is None:
            existing = PostAssignment(id=uuid7(), window_id=window.id, staff_id=staff.id, post=post.value)
            tx.session.add(existing)
        existing.valid_from = valid_from
        existing.valid_to = valid_to
        tx.audit(
            "post.assign",
            "post_assignments",
            existing.id,
            window=window_code,
            staff_no=staff_no,
            post=post.value,
            valid_from=valid_from,
            valid_to=valid_to,
        )
        return existing.id


def approve_substitute(
    store: Store,
    *,
    window_code: str,
    staff_no: str,
    day: date,
    note: str = "",
    approved_by: str | None = None,
    actor: Actor = SYSTEM,
    today: date | None = None,
) -> uuid.UUID:
    """Approve ``staff_no`` as the substitute (顶岗) of ``window_code`` on ``day`` (idempotent).

    With ``today`` (the console and the command line pass it) a day already past is refused:
    a substitute approved afterwards would rewrite who was allowed to staff the window.
    """
    if today is not None and day < today:
        raise ValidationError("不能为已过去的日期批准顶岗", field="日期")
    with store.write(actor) as tx:
        window = window_by_code(tx.session, window_code)
        staff = staff_by_no(tx.session, staff_no)
        approver = staff_by_no(tx.session, approved_by).id if approved_by else actor.staff_id
        row = tx.session.scalars(
            select(Substitution).where(
                Substitution.window_id == window.id, Substitution.staff_id == staff.id, Substitution.day == day
            )
        ).first()
        if row is None:
            row = Substitution(id=uuid7(), window_id=window.id, staff_id=staff.id, day=day)
            tx.session.add(row)
        row.note = note
        row.approved_by = approver
        tx.audit("substitute.approve", "substitutions", row.id, window=window_code, staff_no=staff_no, day=day)
        return row.id
