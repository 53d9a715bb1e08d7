"""This PC's registration with the center: device id, window, hall and epoch.

The epoch is part of every case number the PC issues (the services format numbers
with :func:`current_epoch`), so a reinstalled, restored or cloned PC that the
administrator re-registers can never reissue a number of its earlier life. Re-registering
keeps the outbox: rows not yet acknowledged are renumbered under the new device id in
their original order, so nothing typed at the window is lost.
"""

from __future__ import annotations

import hashlib
import platform
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from app.domain.ids import utcnow
from app.store.models import DeviceRegistration, OutboxEntry
from app.store.uow import Store
from app.sync.central import CentralStore


@dataclass(frozen=True, slots=True)
class RegistrationInfo:
    """This PC's registration as the status bar and the number formatter need it."""

    device_id: uuid.UUID
    window_code: str
    hall_code: str
    epoch: int
    registered_at: datetime
    next_seq: int


def machine_fingerprint() -> str:
    """A weak identity of the hardware (host name and MAC), to notice a copied database."""
    raw = f"{platform.node()}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def current_registration(store: Store) -> RegistrationInfo | None:
    """The registration in ``store`` (None on an unregistered PC or the central store)."""
    with store.read() as session:
        reg = session.scalars(select(DeviceRegistration).limit(1)).first()
        if reg is None:
            return None
        return RegistrationInfo(
            reg.device_id, reg.window_code, reg.hall_code, reg.epoch, reg.registered_at, reg.next_seq
        )


def current_epoch(store: Store) -> int:
    """The epoch to put in case numbers; 1 on a PC that was never registered (a one-PC
    township center writing straight into its own store), as in
    :mod:`app.services.numbering`. The center's first epoch of a window is also 1 and
    the per-epoch counters live on the PC, so registering later repeats no number."""
    reg = current_registration(store)
    return 1 if reg is None else reg.epoch


def register_device(
    local: Store, central: CentralStore, window_code: str, hall_code: str, fingerprint: str | None = None
) -> RegistrationInfo:
    """Register this PC (first install, or after a clone/restore was refused) and store
    the new identity locally in one transaction, carrying pending outbox rows over."""
    with local.read() as session:
        waiting = list(session.scalars(select(OutboxEntry.id).where(OutboxEntry.acked_at.is_(None))))
    # Rows the center already holds (their acknowledgement was lost) are acknowledged
    # now; resending them under the new identity would leave holes in its sequence.
    received = central.already_received(waiting) if waiting else set()
    registration = central.register(
        window_code, hall_code, machine_fingerprint() if fingerprint is None else fingerprint
    )
    with local.write() as tx:
        session = tx.session
        old = session.scalars(select(DeviceRegistration).limit(1)).first()
        if received:
            session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(received)).values(acked_at=utcnow()))
        pending = list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.acked_at.is_(None))
                .order_by(OutboxEntry.device_id, OutboxEntry.seq)
            )
        )
        if old is not None:
            session.execute(delete(DeviceRegistration))
        # Move pending rows out of the way of the unique (device_id, seq) first.
        for i, entry in enumerate(pending, start=1):
            session.execute(
                update(OutboxEntry).where(OutboxEntry.id == entry.id).values(device_id=registration.device_id, seq=-i)
            )
        for i, entry in enumerate(pending, start=1):
            session.execute(update(OutboxEntry).where(OutboxEntry.id == entry.id).values(seq=i))
        session.add(
            DeviceRegistration(
                device_id=registration.device_id,
                window_code=window_code,
                hall_code=hall_code,
                epoch=registration.epoch,
                next_seq=len(pending) + 1,
            )
        )
        tx.audit(
            "device_registered",
            "device_registration",
            registration.device_id,
            window_code=window_code,
            epoch=registration.epoch,
            carried_over=len(pending),
        )
    info = current_registration(local)
    assert info is not None
    return info
