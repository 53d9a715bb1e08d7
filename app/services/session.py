"""Who works at this PC's window: login, lock, switch user, status and attendance.

The PC is bound to one window (``settings.window_code``). A person may log in there as
the window's A-post, one of its B-posts (post assignments valid today) or a substitute
the administrator approved for today (顶岗); a center administrator may log in to
administer. Every other service asks this one for the :class:`~app.domain.actor.Actor`
of the person logged in, so every action records who did it and in which capacity.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import credentials as cred
from app.domain.actor import Actor
from app.domain.enums import PostRole, Role, WindowStatus
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.ids import uuid7
from app.services.clock import HALL_TZ, Clock, hall_day, system_clock
from app.services.dto import AwayMessage, SessionInfo, StatusEventInfo, WindowStatusInfo
from app.services.errors import (
    AccountLocked,
    NotLoggedIn,
    PasswordChangeRequired,
    WindowLocked,
    WrongPassword,
)
from app.services.passwords import check_new_password, hash_password, verify_password
from app.settings import Settings
from app.store.models import Case, PostAssignment, Staff, StatusEvent, Substitution, Window
from app.store.repositories import credentials as credential_events
from app.store.uow import Store

#: Wrong passwords in a row that lock an account, and for how long (hall-wide).
MAX_FAILED_LOGINS = cred.MAX_FAILED_LOGINS
LOCKOUT = cred.LOCKOUT

log = logging.getLogger(__name__)


class CredentialLink(Protocol):
    """The center, as the login needs it while it is reachable (app/sync/credentials.py).

    Both calls may fail when the center is unreachable; the login then works on this
    PC's own credential state and the events reach the center later.
    """

    def refresh(self, staff_no: str) -> None:
        """Take the center's current credentials of ``staff_no`` (hall-wide lockout)."""
        ...

    def push(self) -> None:
        """Upload this PC's credential events now."""
        ...


#: ``StatusEvent.kind`` values written by this service.
EV_LOGIN = "login"
EV_LOGOUT = "logout"
EV_LOCK = "lock"
EV_UNLOCK = "unlock"
EV_SERVING = "serving"
EV_PAUSE = "pause"
EV_AWAY = "away"
EV_RETURN = "return"
EV_HANDOVER = "handover"
EV_PASSWORD = "password"

_STATUS_KINDS = (EV_LOGIN, EV_LOGOUT, EV_SERVING, EV_PAUSE, EV_AWAY, EV_RETURN)
_STATUS_OF = {
    EV_LOGIN: WindowStatus.SERVING,
    EV_SERVING: WindowStatus.SERVING,
    EV_RETURN: WindowStatus.SERVING,
    EV_PAUSE: WindowStatus.PAUSED,
    EV_AWAY: WindowStatus.AWAY,
    EV_LOGOUT: WindowStatus.OFFLINE,
}


def post_for(session: Session, window: Window, staff: Staff, day: date) -> PostRole | None:
    """The capacity ``staff`` may work in at ``window`` on ``day`` (A岗 beats B岗 beats 顶岗)."""
    rows = session.scalars(
        select(PostAssignment.post).where(
            PostAssignment.window_id == window.id,
            PostAssignment.staff_id == staff.id,
            or_(PostAssignment.valid_from.is_(None), PostAssignment.valid_from <= day),
            or_(PostAssignment.valid_to.is_(None), PostAssignment.valid_to >= day),
        )
    ).all()
    posts = set(rows)
    if PostRole.A.value in posts:
        return PostRole.A
    if PostRole.B.value in posts:
        return PostRole.B
    substitute = session.scalars(
        select(Substitution.id).where(
            Substitution.window_id == window.id, Substitution.staff_id == staff.id, Substitution.day == day
        )
    ).first()
    return PostRole.SUBSTITUTE if substitute is not None else None


def _fmt_until(instant: datetime) -> str:
    return instant.astimezone(HALL_TZ).strftime("%H:%M")


class SessionService:
    """The login session of this PC's window (one person at a time).

    The session itself lives in memory (it ends with the program); what matters for
    attendance and audit — logins, locks, switches, status changes — is written as
    :class:`StatusEvent` rows with times.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        clock: Clock = system_clock,
        credentials: CredentialLink | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._clock = clock
        self._credentials = credentials
        self._current: SessionInfo | None = None
        self._locked = False
        self._status = WindowStatusInfo(status=WindowStatus.OFFLINE, since=None)

    # -- state -----------------------------------------------------------------------

    @property
    def window_code(self) -> str:
        return self._settings.window_code

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes of inactivity after which the UI calls :meth:`lock` (settings)."""
        return self._settings.idle_lock_minutes

    @property
    def current(self) -> SessionInfo | None:
        """The person logged in (also while the window is locked), or ``None``."""
        return self._current

    @property
    def is_locked(self) -> bool:
        return self._locked

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The hall's calendar day now."""
        return hall_day(self._clock())

    @property
    def actor(self) -> Actor:
        """The actor of the next action; raises when nobody may act right now."""
        return self.require_actor()

    def require_actor(self) -> Actor:
        """:class:`NotLoggedIn`, :class:`WindowLocked` or :class:`PasswordChangeRequired` when
        no action may be taken, else the logged-in person as an :class:`Actor`."""
        info = self._current
        if info is None:
            raise NotLoggedIn()
        if self._locked:
            raise WindowLocked()
        if info.must_change_password:
            raise PasswordChangeRequired()
        return info.as_actor()

    def attributed_actor(self) -> Actor | None:
        """The person logged in even while the screen is locked or a password change is
        pending — for events a device reports on their behalf (an evaluator's rating)."""
        return self._current.as_actor() if self._current is not None else None

    def require_window_staff(self) -> Actor:
        """Like :meth:`require_actor`, but only for A岗/B岗/顶岗: an administrator logged in
        to administer may not call tickets or take decisions at the window."""
        actor = self.require_actor()
        if actor.post is None:
            raise PermissionDenied("以管理员身份登录只能进行管理操作，不能叫号或办理业务")
        return actor

    def attach_credentials(self, link: CredentialLink | None) -> None:
        """Use the center for credentials (set by the composition root once sync runs)."""
        self._credentials = link

    def _with_center(self, call: str, *args: str) -> None:
        """``refresh``/``push`` on the center if there is one; offline is not an error."""
        if self._credentials is None:
            return
        try:
            getattr(self._credentials, call)(*args)
        except Exception:  # noqa: BLE001 - offline or refused: the local state stands, sync retries
            log.info("credential %s with the center failed; working on this PC's state", call, exc_info=True)

    # -- login -------------------------------------------------------------------------

    def _check_credentials(self, staff_no: str, password: str) -> Staff:
        """Verify ``staff_no``/``password``, counting failures and locking after five.

        Online, the center's state of the person is taken first and every failure is
        sent at once, so the five tries count across the hall, not per PC. Failure
        bookkeeping is committed even though the login fails (a credential event in the
        outbox), so neither a restart nor a reference release resets the counter.
        """
        staff_no = ascii_digits(clean_text(staff_no, label="工号", field="staff_no", max_length=32), label="工号")
        self._with_center("refresh", staff_no)
        now = self._clock()
        failure: Exception | None = None
        recorded = False
        with self._store.write() as tx:
            staff = tx.session.scalars(select(Staff).where(Staff.staff_no == staff_no)).first()
            if staff is None or not staff.active or not staff.password_hash:
                # No hash on this PC: not someone who may sign in here (nothing to count).
                raise WrongPassword("工号或密码错误")
            if staff.locked_until is not None and staff.locked_until > now:
                raise AccountLocked(
                    f"连续输错密码{MAX_FAILED_LOGINS}次，账户已锁定，请于{_fmt_until(staff.locked_until)}后再试",
                    until=staff.locked_until,
                )
            if not verify_password(staff.password_hash, password):
                credential_events.record(tx, staff.id, cred.LOGIN_FAILED, at=now)
                recorded = True
                if staff.locked_until is not None and staff.locked_until > now:
                    failure = AccountLocked(
                        f"连续输错密码{MAX_FAILED_LOGINS}次，账户已锁定，请于{_fmt_until(staff.locked_until)}后再试",
                        until=staff.locked_until,
                    )
                else:
                    left = MAX_FAILED_LOGINS - staff.failed_logins
                    failure = WrongPassword(f"工号或密码错误，再错{left}次账户将被锁定15分钟", attempts_left=left)
                tx.audit("login_failed", "staff", staff.id, staff_no=staff_no, window=self.window_code)
            elif staff.failed_logins:
                credential_events.record(tx, staff.id, cred.LOGIN_OK, at=now)
                recorded = True
        if recorded:
            self._with_center("push")
        if failure is not None:
            raise failure
        return staff

    def _session_for(self, staff: Staff) -> SessionInfo:
        with self._store.read() as session:
            window = session.scalars(select(Window).where(Window.code == self.window_code)).first()
            if window is None:
                raise NotFound(f"本机绑定的窗口“{self.window_code}”不存在，请联系中心管理员")
            staff = session.get(Staff, staff.id) or staff
            post = post_for(session, window, staff, self.today())
            roles = tuple(staff.roles or ())
            # The center's people (administrator, 电子监察) may sign in at any PC to work
            # in the center workspace; they do not staff the window.
            if post is None and not {Role.ADMIN.value, Role.SUPERVISOR.value} & set(roles):
                raise PermissionDenied(
                    f"{staff.name}不是{window.name}（{window.code}号窗口）的A岗、B岗或今日批准的顶岗人员，不能在本窗口登录"
                )
            return SessionInfo(
                staff_id=staff.id,
                staff_no=staff.staff_no,
                name=staff.name,
                title=staff.title or "",
                department=staff.department.name if staff.department is not None else "",
                party_member=bool(staff.party_member),
                window_code=window.code,
                window_name=window.name,
                post=post,
                roles=roles,
                must_change_password=bool(staff.must_change_password),
                logged_in_at=self._clock(),
                photo=staff.photo,
                session_id=uuid7(),
            )

    def login(self, staff_no: str, password: str) -> SessionInfo:
        """Log a person in at this window; use :meth:`switch_user` when someone is logged in."""
        if self._current is not None:
            raise PermissionDenied(f"{self._current.name}尚未退出，请使用“切换用户”")
        staff = self._check_credentials(staff_no, password)
        info = self._session_for(staff)
        self._record(info, EV_LOGIN, note=f"以{info.capacity}身份登录")
        self._current = info
        self._locked = False
        self._status = WindowStatusInfo(
            status=WindowStatus.SERVING, since=self._clock(), staff_name=info.name, post=info.post
        )
        return info

    def change_password(self, old_password: str, new_password: str) -> SessionInfo:
        """Set a new password for the person logged in (required on first login)."""
        info = self._current
        if info is None:
            raise NotLoggedIn()
        if self._locked:
            raise WindowLocked()
        check_new_password(new_password, staff_no=info.staff_no, old_password=old_password)
        with self._store.write(info.as_actor()) as tx:
            staff = tx.session.get(Staff, info.staff_id)
            if staff is None or not verify_password(staff.password_hash, old_password):
                raise WrongPassword("原密码错误")
            event = credential_events.record(
                tx,
                staff.id,
                cred.PASSWORD_CHANGED,
                at=self._clock(),
                password_hash=hash_password(new_password),
                base_version=staff.password_version,
            )
            tx.audit("password_changed", "staff", staff.id, first_login=info.must_change_password, event=event.id)
        self._with_center("push")
        self._current = replace(info, must_change_password=False)
        return self._current

    def logout(self) -> None:
        """End the session; the person's drafts wait for them at this window."""
        info = self._current
        if info is None:
            return
        self._record(info, EV_LOGOUT)
        self._current = None
        self._locked = False
        self._status = WindowStatusInfo(status=WindowStatus.OFFLINE, since=self._clock())

    # -- lock and switch -----------------------------------------------------------------

    def lock(self) -> None:
        """Lock the window (idle timeout or the clerk leaving); screens must hide all data."""
        info = self._current
        if info is None or self._locked:
            return
        self._record(info, EV_LOCK)
        self._locked = True

    def unlock(self, password: str) -> SessionInfo:
        """Unlock by the same person with their password (counts toward the lockout)."""
        info = self._current
        if info is None:
            raise NotLoggedIn()
        if not self._locked:
            return info
        self._check_credentials(info.staff_no, password)
        self._record(info, EV_UNLOCK)
        self._locked = False
        return info

    def switch_user(self, staff_no: str, password: str, *, handover_note: str | None = None) -> SessionInfo:
        """Hand the window to another person.

        Without ``handover_note`` the previous person's drafts stay theirs and are not
        shown to the next person. With a note, a 交接 (handover) event is recorded and
        the previous person's drafts at this window are reassigned to the next person.
        """
        previous = self._current
        staff = self._check_credentials(staff_no, password)
        info = self._session_for(staff)
        if previous is not None and previous.staff_id == info.staff_id:
            self._locked = False
            return previous
        note = clean_text(handover_note, label="交接说明", field="handover_note", max_length=500, multiline=True)
        if previous is not None:
            # The previous person's handover and logout are theirs, and go to the
            # center like every other event; handed-over drafts are uploaded with
            # their new owner.
            with self._store.write(previous.as_actor()) as tx:
                if note:
                    handover = self._event(previous, EV_HANDOVER, note=note, to_staff_id=info.staff_id)
                    tx.session.add(handover)
                    tx.emit("status_event", handover)
                    drafts = tx.session.scalars(
                        select(Case).where(
                            Case.owner_window == previous.window_code,
                            Case.staff_id == previous.staff_id,
                            Case.state == "收件中",
                        )
                    ).all()
                    for case in drafts:
                        case.staff_id = info.staff_id
                        case.post = info.post.value if info.post else None
                        case.updated_at = self._clock()
                        tx.emit("case.handed_over", case)
                    tx.audit(
                        "handover", "staff", previous.staff_id, to=str(info.staff_id), note=note, drafts=len(drafts)
                    )
                logout = self._event(previous, EV_LOGOUT, note="切换用户")
                tx.session.add(logout)
                tx.emit("status_event", logout)
                tx.audit(f"status_{EV_LOGOUT}", "status_events", logout.id, switch=True)
        self._record(info, EV_LOGIN, note=f"切换用户，以{info.capacity}身份登录")
        self._current = info
        self._locked = False
        self._status = WindowStatusInfo(
            status=WindowStatus.SERVING, since=self._clock(), staff_name=info.name, post=info.post
        )
        return info

    # -- status -------------------------------------------------------------------------

    def status(self) -> WindowStatusInfo:
        """Serving / paused / away (with the away message) / nobody logged in."""
        return self._status

    def pause(self, reason: str = "") -> WindowStatusInfo:
        """暂停服务: the window stops calling; the screens say so."""
        info = self._require_person()
        reason = clean_text(reason, label="暂停原因", field="reason", max_length=100)
        self._record(info, EV_PAUSE, reason=reason or None)
        self._status = WindowStatusInfo(
            status=WindowStatus.PAUSED,
            since=self._clock(),
            staff_name=info.name,
            post=info.post,
            pause_reason=reason,
        )
        return self._status

    def resume_serving(self) -> WindowStatusInfo:
        """Back to serving after a pause or an away period (clears the away message)."""
        info = self._require_person()
        kind = EV_RETURN if self._status.status is WindowStatus.AWAY else EV_SERVING
        self._record(info, kind)
        self._status = WindowStatusInfo(
            status=WindowStatus.SERVING, since=self._clock(), staff_name=info.name, post=info.post
        )
        return self._status

    def go_away(self, message: AwayMessage) -> WindowStatusInfo:
        """去向留言: the clerk leaves the window; reason is required, the rest helps the applicant."""
        info = self._require_person()
        message = replace(
            message,
            reason=clean_text(message.reason, label="离开原因", field="reason", max_length=100),
            whereabouts=clean_text(message.whereabouts, label="去向", field="whereabouts", max_length=100),
            contact=ascii_digits(
                clean_text(message.contact, label="联系方式", field="contact", max_length=64), label="联系方式"
            ),
        )
        if not message.reason:
            raise ValidationError("请填写离开原因", field="reason")
        self._record(
            info,
            EV_AWAY,
            reason=message.reason,
            whereabouts=message.whereabouts or None,
            contact=message.contact or None,
            expected_return=message.expected_return,
        )
        self._status = WindowStatusInfo(
            status=WindowStatus.AWAY, since=self._clock(), staff_name=info.name, post=info.post, away=message
        )
        return self._status

    def come_back(self) -> WindowStatusInfo:
        """Return to the window: the away message is cleared."""
        return self.resume_serving()

    def attendance(self, day: date | None = None) -> list[StatusEventInfo]:
        """This window's status events of ``day`` (default today), oldest first."""
        day = day or self.today()
        start = datetime(day.year, day.month, day.day, tzinfo=HALL_TZ)
        with self._store.read() as session:
            rows = session.execute(
                select(StatusEvent, Staff.name)
                .join(Staff, Staff.id == StatusEvent.staff_id, isouter=True)
                .where(
                    StatusEvent.owner_window == self.window_code,
                    StatusEvent.at >= start,
                    StatusEvent.at < start + timedelta(days=1),
                )
                .order_by(StatusEvent.at, StatusEvent.id)
            ).all()
            return [
                StatusEventInfo(
                    kind=ev.kind, at=ev.at, staff_name=name or "", post=ev.post, note=ev.note or ev.reason or ""
                )
                for ev, name in rows
            ]

    # -- confirmation by another person ------------------------------------------------------

    def verify_lead(self, staff_no: str, password: str) -> Actor:
        """The window lead (首席代表) confirming a decision with their own password.

        The lead must hold the 首席代表 role and be assigned to this window (any post) or
        be a center administrator; wrong passwords count toward the lead's own lockout.
        """
        staff = self._check_credentials(staff_no, password)
        roles = tuple(staff.roles or ())
        if Role.LEAD.value not in roles:
            raise PermissionDenied(f"{staff.name}不是首席代表，不能确认此决定")
        with self._store.read() as session:
            window = session.scalars(select(Window).where(Window.code == self.window_code)).first()
            assigned = (
                window is not None
                and session.scalars(
                    select(PostAssignment.id).where(
                        PostAssignment.window_id == window.id, PostAssignment.staff_id == staff.id
                    )
                ).first()
                is not None
            )
            same_department = (
                window is not None
                and staff.department_id is not None
                and staff.department_id in {d.id for d in window.departments}
            )
        if not (assigned or same_department):
            raise PermissionDenied(f"{staff.name}不是本窗口的首席代表，不能确认此决定")
        return Actor(
            staff_id=staff.id,
            staff_no=staff.staff_no,
            name=staff.name,
            window_code=self.window_code,
            post=None,
            roles=roles,
        )

    # -- helpers ---------------------------------------------------------------------------

    def _require_person(self) -> SessionInfo:
        self.require_actor()
        assert self._current is not None
        return self._current

    def _event(self, info: SessionInfo, kind: str, **values: object) -> StatusEvent:
        return StatusEvent(
            id=uuid7(),
            owner_window=info.window_code,
            staff_id=info.staff_id,
            post=info.post.value if info.post is not None else None,
            kind=kind,
            at=self._clock(),
            session_id=info.session_id,
            **values,
        )

    def _record(self, info: SessionInfo, kind: str, **values: object) -> None:
        with self._store.write(info.as_actor()) as tx:
            event = self._event(info, kind, **values)
            tx.session.add(event)
            tx.emit("status_event", event)
            tx.audit(f"status_{kind}", "status_events", event.id)
