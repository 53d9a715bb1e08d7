"""How credential events change a person's credentials — the same rule everywhere.

Every store (a window's SQLite, a SQLite center, and — in PL/pgSQL, migration
``0003`` — the PostgreSQL center) folds :class:`CredentialFact` values into the
person's :class:`CredentialState` in the order it receives them. The center's order
is the hall's order: a password change made against an older password version than
the center holds (an administrator reset it meanwhile) loses and is reported as a
conflict; failed logins from every PC add up, so the lockout counts hall-wide.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

#: Wrong passwords in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

#: The person set a new password (also the first-login change).
PASSWORD_CHANGED = "password_changed"
#: An administrator set a password (the person must change it at the next login).
PASSWORD_RESET = "password_reset"
LOGIN_FAILED = "login_failed"
#: A good login after failed ones (the failure count starts again).
LOGIN_OK = "login_ok"
#: An administrator lifted a lockout.
UNLOCKED = "unlocked"

KINDS = frozenset({PASSWORD_CHANGED, PASSWORD_RESET, LOGIN_FAILED, LOGIN_OK, UNLOCKED})

#: Outcomes recorded on the event where it was folded.
APPLIED = "applied"
LOCKED = "locked"
CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class CredentialState:
    """The credential columns of one staff row."""

    password_hash: str
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None
    password_version: int


@dataclass(frozen=True, slots=True)
class CredentialFact:
    """The parts of a credential event the fold reads."""

    kind: str
    at: datetime
    password_hash: str | None = None
    must_change: bool | None = None
    base_version: int | None = None


def fold(state: CredentialState, fact: CredentialFact) -> tuple[CredentialState, str]:
    """The state after ``fact``, and the outcome to record on the event."""
    if fact.kind == PASSWORD_CHANGED:
        if fact.base_version != state.password_version or not fact.password_hash:
            return state, CONFLICT
        return (
            replace(
                state,
                password_hash=fact.password_hash,
                must_change_password=False,
                password_version=state.password_version + 1,
            ),
            APPLIED,
        )
    if fact.kind == PASSWORD_RESET:
        if not fact.password_hash:
            return state, CONFLICT
        return (
            CredentialState(
                password_hash=fact.password_hash,
                must_change_password=True if fact.must_change is None else fact.must_change,
                failed_logins=0,
                locked_until=None,
                password_version=state.password_version + 1,
            ),
            APPLIED,
        )
    if fact.kind == LOGIN_FAILED:
        failed = state.failed_logins + 1
        if failed >= MAX_FAILED_LOGINS:
            until = fact.at + LOCKOUT
            if state.locked_until is not None and state.locked_until > until:
                until = state.locked_until
            return replace(state, failed_logins=0, locked_until=until), LOCKED
        return replace(state, failed_logins=failed), APPLIED
    if fact.kind == LOGIN_OK:
        return replace(state, failed_logins=0), APPLIED
    if fact.kind == UNLOCKED:
        return replace(state, failed_logins=0, locked_until=None), APPLIED
    raise ValueError(f"unknown credential event kind {fact.kind!r}")
