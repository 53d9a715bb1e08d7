"""Turn JSON payloads (outbox rows, release rows) back into column values.

Payloads are made by :func:`app.store.uow.row_payload` (UUIDs, dates and bytes as
strings); the central projector and the reference puller convert them back using the
target table's column types, so both ends agree without a hand-written schema.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, ColumnDefault, Date, LargeBinary, Table, Uuid

from app.store.base import UTCDateTime
from app.store.uow import to_jsonable


def _convert(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(column_type, UTCDateTime):
        if isinstance(value, datetime):
            return value
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(column_type, Date):
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if isinstance(column_type, LargeBinary):
        return value if isinstance(value, bytes) else base64.b64decode(value)
    if isinstance(column_type, JSON):
        return value
    return value


def row_from_payload(table: Table, payload: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``table`` from a JSON payload; unknown keys are ignored and
    missing columns are left out (their defaults apply on insert)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.key in payload:
            values[column.key] = _convert(column.type, payload[column.key])
    return values


def fill_defaults(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Add scalar/callable column defaults for columns a payload did not carry
    (an older client's payload, schema version N-1)."""
    out = dict(values)
    for column in table.columns:
        if column.key in out or column.default is None:
            continue
        default = column.default
        if not isinstance(default, ColumnDefault):  # a server-side or sequence default: the database fills it
            continue
        if default.is_scalar:
            out[column.key] = default.arg
        elif default.is_callable:
            try:
                out[column.key] = default.arg(None)
            except TypeError:
                out[column.key] = default.arg()
    return out


def primary_key_of(table: Table, values: dict[str, Any]) -> str:
    """A stable text key of a row's primary key (for tombstones and release diffs)."""
    return json.dumps([to_jsonable(values[c.key]) for c in table.primary_key.columns], ensure_ascii=False)


def primary_key_values(table: Table, row_key: str) -> dict[str, Any]:
    """The primary-key column values encoded by :func:`primary_key_of` (for tombstones)."""
    parts = json.loads(row_key)
    return {c.key: _convert(c.type, v) for c, v in zip(table.primary_key.columns, parts, strict=True)}


def row_hash(row: dict[str, Any]) -> str:
    """Content hash of a JSON row, to tell whether a reference row changed."""
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
