"""Credential events: password changes and resets, failed and good logins, unlocks.

The center is authoritative for credentials. A window never ships a staff row; it
appends an event (through its outbox like any other row), and each store folds the
events into ``staff``'s credential columns in the order it receives them
(:func:`app.domain.credentials.fold`; on PostgreSQL a trigger does the same). A
release of reference data never carries credentials, so it cannot restore an old
password or clear a lockout.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, now_column, pk

#: The credential columns of ``staff``: never in a release, never readable by a window
#: role (the center ships them through ``cd_my_credentials()`` only).
STAFF_CREDENTIAL_COLUMNS = (
    "password_hash",
    "must_change_password",
    "failed_logins",
    "locked_until",
    "password_version",
)


class CredentialEvent(Base):
    """One fact about a person's credentials, appended by the window (or the center)."""

    __tablename__ = "credential_events"
    id: Mapped[uuid.UUID] = pk()
    #: The window that recorded it (None: recorded on the center itself).
    owner_window: Mapped[str | None] = mapped_column(String(16), index=True)
    #: Whose credentials.
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    #: A kind of :mod:`app.domain.credentials` (password_changed, login_failed …).
    kind: Mapped[str] = mapped_column(String(20))
    #: The new Argon2id hash (password kinds only).
    password_hash: Mapped[str | None] = mapped_column(String(200))
    #: For a reset: whether the person must change it at the next login.
    must_change: Mapped[bool | None] = mapped_column(Boolean)
    #: The ``staff.password_version`` the change was made against (conflict check).
    base_version: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = now_column()
    #: Who did it (the person themself, or the administrator for a reset or unlock).
    actor_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    session_id: Mapped[uuid.UUID | None]
    #: What folding it did where it was folded: applied, locked, conflict.
    outcome: Mapped[str] = mapped_column(String(16), default="applied")
