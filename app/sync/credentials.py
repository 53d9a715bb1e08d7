"""Credentials between a window PC and the center: the center is authoritative.

Up: every password change, reset, failed or good login and unlock is a
``credential_events`` row in the outbox; the center folds it in its own order.
Down: :func:`pull_credentials` takes the center's credential columns of the people who
may sign in at this window (``cd_my_credentials()`` on PostgreSQL — a window role
cannot read ``staff.password_hash``) — except for a person whose own events from this
PC have not reached the center yet: those keep this PC's state until they are
uploaded, so nothing can undo a change the center has not heard of. People no longer
shipped to this window lose their hash on this PC.

:class:`CredentialSync` is what the login uses while the center is reachable: refresh
one person before checking a password, push the events right after, so five wrong
guesses lock the account hall-wide rather than per PC. Uploads and pulls share one
lock, so a pull never applies a state read before this PC's own upload.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select, text, update
from sqlalchemy.exc import DBAPIError

from app.store.models import OutboxEntry, Staff
from app.store.uow import Store
from app.sync.errors import CentralUnavailable
from app.sync.uploader import Uploader


@dataclass(frozen=True, slots=True)
class CredentialPull:
    """What one pull changed on this PC."""

    updated: int
    cleared: int
    kept_pending: int


def _central_rows(conn: Connection, staff_no: str | None) -> list[Any]:
    if conn.dialect.name == "postgresql":
        sql = "SELECT c.* FROM cd_my_credentials() c"
        if staff_no is not None:
            sql += " JOIN staff s ON s.id = c.staff_id WHERE s.staff_no = :no"
        return list(conn.execute(text(sql), {"no": staff_no}).mappings())
    query = select(
        Staff.id.label("staff_id"),
        Staff.password_hash,
        Staff.must_change_password,
        Staff.failed_logins,
        Staff.locked_until,
        Staff.password_version,
    )
    if staff_no is not None:
        query = query.where(Staff.staff_no == staff_no)
    return list(conn.execute(query).mappings())


def _pending_staff(store_session: Any) -> set[uuid.UUID]:
    rows = store_session.scalars(
        select(OutboxEntry.payload).where(OutboxEntry.entity == "credential_events", OutboxEntry.acked_at.is_(None))
    )
    return {uuid.UUID(str(p["staff_id"])) for p in rows}


def pull_credentials(local: Store, central: Engine, *, staff_no: str | None = None) -> CredentialPull:
    """Bring this PC's credential columns to the center's (see the module doc)."""
    try:
        with central.connect() as conn:
            rows = _central_rows(conn, staff_no)
    except DBAPIError as exc:
        raise CentralUnavailable(f"无法从中心库取登录凭据：{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc
    shipped = {row["staff_id"]: row for row in rows}
    updated = cleared = kept = 0
    with local.write() as tx:
        pending = _pending_staff(tx.session)
        query = select(Staff)
        if staff_no is not None:
            query = query.where(Staff.staff_no == staff_no)
        for staff in tx.session.scalars(query):
            if staff.id in pending:
                kept += 1
                continue
            row = shipped.get(staff.id)
            if row is None:
                if staff_no is None and staff.password_hash:
                    staff.password_hash = ""
                    cleared += 1
                continue
            values = {
                "password_hash": row["password_hash"] or "",
                "must_change_password": bool(row["must_change_password"]),
                "failed_logins": int(row["failed_logins"] or 0),
                "locked_until": row["locked_until"],
                "password_version": int(row["password_version"] or 0),
            }
            if any(getattr(staff, k) != v for k, v in values.items()):
                tx.session.execute(update(Staff).where(Staff.id == staff.id).values(**values))
                updated += 1
    return CredentialPull(updated, cleared, kept)


class CredentialSync:
    """The login's link to the center (:class:`app.services.session.CredentialLink`)."""

    def __init__(self, local: Store, central: Engine, uploader: Uploader) -> None:
        self.local = local
        self.central = central
        self.uploader = uploader

    def refresh(self, staff_no: str) -> None:
        with self.uploader.lock:
            pull_credentials(self.local, self.central, staff_no=staff_no)

    def push(self) -> None:
        self.uploader.sync_once()

    def pull(self) -> CredentialPull:
        """Every person of this window (the worker runs it after each upload)."""
        with self.uploader.lock:
            return pull_credentials(self.local, self.central)


__all__ = ["CredentialPull", "CredentialSync", "pull_credentials"]
