"""The audit hash chain: one SHA-256 per audit row over its fields and its predecessor.

A window PC chains its audit rows (``chain_seq`` 1, 2, 3 … per device, each row's
``prev_hash`` the ``row_hash`` of the one before). The center recomputes the chain:
a missing position is a gap, a row whose fields no longer give its hash was edited,
a row whose ``prev_hash`` is not its predecessor's hash means rows were removed or
rewritten. The canonical text is fixed here so both ends compute the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

#: ``prev_hash`` of the first row of a chain.
GENESIS = "0" * 64

#: The fields covered by the hash, in this order.
HASHED_FIELDS = (
    "id",
    "device_id",
    "chain_seq",
    "prev_hash",
    "at",
    "owner_window",
    "staff_id",
    "session_id",
    "post",
    "action",
    "entity",
    "entity_id",
    "detail",
)


def _canonical(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def canonical_text(fields: Mapping[str, Any]) -> str:
    """The exact text hashed for a row (JSON, sorted keys, no spaces, UTF-8)."""
    body = {name: _canonical(fields.get(name)) for name in HASHED_FIELDS}
    if isinstance(body["id"], str):
        body["id"] = str(uuid.UUID(body["id"]))
    for key in ("device_id", "staff_id", "session_id"):
        if isinstance(body[key], str):
            body[key] = str(uuid.UUID(body[key]))
    if isinstance(body["at"], str):
        body["at"] = _canonical(datetime.fromisoformat(body["at"]))
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of :func:`canonical_text`."""
    return hashlib.sha256(canonical_text(fields).encode("utf-8")).hexdigest()
