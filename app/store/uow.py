"""The unit of work: one clerk action = one local transaction with its outbox row.

Services open ``store.write(actor)``; inside, they change rows and call
:meth:`WriteTxn.emit` for what the center must learn and :meth:`WriteTxn.audit` for
the audit log. Commit happens once when the ``with`` block ends without error;
repositories never commit.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, inspect, select, text, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from app.domain.actor import SYSTEM, Actor
from app.domain.audit_chain import GENESIS, HASHED_FIELDS, row_hash
from app.domain.ids import utcnow, uuid7
from app.store.engine import WRITE_OPTION
from app.store.input_guard import install as install_input_guard
from app.store.models import AuditEntry, Base, DeviceRegistration, OutboxEntry
from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS

#: Version of the outbox payload layout; the center accepts this and the previous one.
PAYLOAD_SCHEMA_VERSION = 1


def to_jsonable(value: Any) -> Any:
    """Make a column value JSON-safe (UUID, dates, bytes) for outbox payloads."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def row_payload(obj: Base) -> dict[str, Any]:
    """A full snapshot of a mapped row's columns, for an upsert-by-owner projection.

    A staff row never carries its credentials (they travel as credential events)."""
    mapper = inspect(obj).mapper
    withheld = STAFF_CREDENTIAL_COLUMNS if obj.__tablename__ == "staff" else ()
    return {attr.key: to_jsonable(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in withheld}


@dataclass
class WriteTxn:
    """An open write transaction; ``session`` is the SQLAlchemy session inside it."""

    session: Session
    actor: Actor
    emitted: list[OutboxEntry] = field(default_factory=list)
    #: (chain position, hash) of the last audit row of this device's chain, once read.
    _audit_head: tuple[int, str] | None = None
    _registration: list[DeviceRegistration | None] = field(default_factory=list)
    #: The outbox sequence the next row of this transaction takes (None: none emitted yet).
    _next_seq: int | None = None

    def registration(self) -> DeviceRegistration | None:
        """This PC's registration (None on the center or an unregistered PC), read once."""
        if not self._registration:
            self._registration.append(self.session.scalars(select(DeviceRegistration).limit(1)).first())
        return self._registration[0]

    def emit(
        self,
        kind: str,
        obj: Base | None = None,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        payload: dict[str, Any] | None = None,
    ) -> OutboxEntry | None:
        """Append an outbox row in this transaction (no-op when the PC is not registered,
        e.g. a one-PC township center writing straight into its only store)."""
        registration = self.registration()
        if registration is None:
            return None
        if obj is not None:
            self.session.flush()
            entity = entity or obj.__tablename__
            entity_id = entity_id or str(getattr(obj, "id", ""))
            payload = payload if payload is not None else row_payload(obj)
        # Gapless: the sequence is advanced in the same transaction as the rows; the
        # registration row is written once, when the transaction ends (:meth:`finish`).
        seq = self._next_seq if self._next_seq is not None else registration.next_seq
        self._next_seq = seq + 1
        entry = OutboxEntry(
            device_id=registration.device_id,
            seq=seq,
            schema_version=PAYLOAD_SCHEMA_VERSION,
            kind=kind,
            entity=entity or "",
            entity_id=entity_id,
            payload=to_jsonable(payload or {}),
        )
        self.session.add(entry)
        self.emitted.append(entry)
        return entry

    def finish(self) -> None:
        """Write the advanced outbox sequence (one UPDATE for all the rows emitted);
        called by :meth:`Store.write` before it commits."""
        registration = self._registration[0] if self._registration else None
        if registration is None or self._next_seq is None:
            return
        self.session.execute(
            update(DeviceRegistration)
            .where(DeviceRegistration.device_id == registration.device_id)
            .values(next_seq=self._next_seq)
            .execution_options(synchronize_session=False)
        )
        set_committed_value(registration, "next_seq", self._next_seq)
        self._next_seq = None

    def audit(self, action: str, entity: str, entity_id: Any = None, **detail: Any) -> AuditEntry:
        """Record who did what in which capacity (every change is audited).

        The row joins this PC's hash chain (:mod:`app.domain.audit_chain`) and goes to
        the center through the outbox like any other row; the center keeps it
        append-only and checks the person against the login session.
        """
        registration = self.registration()
        device_id = registration.device_id if registration is not None else None
        seq, prev = self._chain_head(device_id)
        entry = AuditEntry(
            id=uuid7(),
            at=utcnow(),
            owner_window=self.actor.window_code or (registration.window_code if registration is not None else None),
            staff_id=self.actor.staff_id,
            session_id=self.actor.session_id,
            post=self.actor.post,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=to_jsonable(detail),
            device_id=device_id,
            chain_seq=seq + 1,
            prev_hash=prev,
        )
        entry.row_hash = row_hash({name: getattr(entry, name) for name in HASHED_FIELDS})
        self._audit_head = (seq + 1, entry.row_hash)
        self.session.add(entry)
        self.emit("audit", entry)
        return entry

    def _chain_head(self, device_id: uuid.UUID | None) -> tuple[int, str]:
        if self._audit_head is not None:
            return self._audit_head
        if device_id is None and self.session.get_bind().dialect.name == "postgresql":
            # The center's own chain: two administrators' commands must not interleave.
            self.session.execute(text("SELECT pg_advisory_xact_lock(hashtext('cd-audit-center'))"))
        which = AuditEntry.device_id.is_(None) if device_id is None else AuditEntry.device_id == device_id
        last = self.session.execute(
            select(AuditEntry.chain_seq, AuditEntry.row_hash)
            .where(which, AuditEntry.chain_seq.is_not(None))
            .order_by(AuditEntry.chain_seq.desc())
            .limit(1)
        ).first()
        if last is None:
            return 0, GENESIS
        return int(last.chain_seq), str(last.row_hash)


class Store:
    """The local (or central) database behind the services: sessions and transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        install_input_guard(self._write)  # nothing breaking the input policy is ever flushed

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; changes made in it are rolled back."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, actor: Actor = SYSTEM) -> Iterator[WriteTxn]:
        """One transaction (``BEGIN IMMEDIATE`` on SQLite) that commits on success."""
        with self._write() as session, session.begin():
            tx = WriteTxn(session=session, actor=actor)
            yield tx
            tx.finish()

    def dispose(self) -> None:
        self.engine.dispose()
