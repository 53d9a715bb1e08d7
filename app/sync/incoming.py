"""An uploaded outbox row as the center receives it, and what the center did with it.

Shared by the projector (ordinary rows), the hall queue's reconciliation (tickets typed
in by hand while offline) and the uploader, so that none of them imports another for
these values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

#: The row was written to the central tables.
APPLIED = "applied"
#: The row waits for its parent (a later batch) and is retried.
HELD = "held"
#: The row was refused; the reason is kept and shown, the row is never dropped.
REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class IncomingRow:
    """One uploaded outbox row."""

    id: uuid.UUID
    seq: int
    schema_version: int
    kind: str
    entity: str
    entity_id: str | None
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the projector did with one row (``reason`` is Chinese, for rejections)."""

    status: str
    reason: str = ""
