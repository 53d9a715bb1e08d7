"""Record a credential event and fold it into the person's staff row, in the caller's
transaction: the only way the program changes a password, a failure count or a lock.

On SQLite (a window PC, a township center) the fold runs here, in Python
(:func:`app.domain.credentials.fold`); on PostgreSQL the ``cd_credential_fold``
trigger runs the same rule inside the INSERT, so a window role never writes ``staff``.
The event goes to the center through the outbox; the center folds it again, in the
hall's order, and is authoritative.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy import inspect as sa_inspect

from app.domain.credentials import APPLIED, CredentialFact, CredentialState, fold
from app.domain.ids import utcnow, uuid7
from app.store.models import CredentialEvent, Staff
from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS
from app.store.uow import WriteTxn

_STATE_COLUMNS = (
    Staff.password_hash,
    Staff.must_change_password,
    Staff.failed_logins,
    Staff.locked_until,
    Staff.password_version,
)


def fold_into_staff(conn: Connection, event: Mapping[str, Any]) -> str:
    """Fold one event (column values of ``credential_events``) into its staff row on a
    store without the PostgreSQL trigger; returns the outcome."""
    row = conn.execute(select(*_STATE_COLUMNS).where(Staff.id == event["staff_id"])).first()
    if row is None:
        return APPLIED  # the foreign key refuses the event
    state = CredentialState(
        password_hash=row.password_hash or "",
        must_change_password=bool(row.must_change_password),
        failed_logins=int(row.failed_logins or 0),
        locked_until=row.locked_until,
        password_version=int(row.password_version or 0),
    )
    fact = CredentialFact(
        kind=event["kind"],
        at=event["at"],
        password_hash=event.get("password_hash"),
        must_change=event.get("must_change"),
        base_version=event.get("base_version"),
    )
    new, outcome = fold(state, fact)
    if new != state:
        conn.execute(
            update(Staff)
            .where(Staff.id == event["staff_id"])
            .values(
                password_hash=new.password_hash,
                must_change_password=new.must_change_password,
                failed_logins=new.failed_logins,
                locked_until=new.locked_until,
                password_version=new.password_version,
            )
        )
    return outcome


def record(
    tx: WriteTxn,
    staff_id: uuid.UUID,
    kind: str,
    *,
    at: datetime | None = None,
    password_hash: str | None = None,
    must_change: bool | None = None,
    base_version: int | None = None,
) -> CredentialEvent:
    """Append a credential event for ``staff_id`` (by ``tx.actor``), fold it here, and
    queue it for the center. Loaded :class:`Staff` objects are refreshed."""
    registration = tx.registration()
    event = CredentialEvent(
        id=uuid7(),
        owner_window=tx.actor.window_code or (registration.window_code if registration is not None else None),
        staff_id=staff_id,
        kind=kind,
        password_hash=password_hash,
        must_change=must_change,
        base_version=base_version,
        at=at or utcnow(),
        actor_staff_id=tx.actor.staff_id,
        session_id=tx.actor.session_id,
        outcome=APPLIED,
    )
    session = tx.session
    session.flush()
    if session.get_bind().dialect.name != "postgresql":
        event.outcome = fold_into_staff(
            session.connection(),
            {"staff_id": staff_id, "kind": kind, "at": event.at, "password_hash": password_hash,
             "must_change": must_change, "base_version": base_version},
        )  # fmt: skip
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.refresh(event)  # the trigger set the outcome
    # A Staff already loaded gets its credentials again (only those: a back-office PC's
    # role reads the public columns and loaded only them).
    staff = session.identity_map.get(session.identity_key(Staff, staff_id))
    if isinstance(staff, Staff):
        loaded = [k for k in STAFF_CREDENTIAL_COLUMNS if k in sa_inspect(staff).dict]
        if loaded:
            session.refresh(staff, loaded)
    tx.emit("credential", event)
    return event
