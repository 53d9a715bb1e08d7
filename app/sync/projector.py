"""Apply uploaded rows to the central tables: upsert by owner, never last-writer-wins.

Each outbox payload is a full snapshot of one row a window owns. The projector writes
it over the central copy only when the central copy belongs to the same window (the
``owner_window`` column, or the parent case for case materials); anything else is
rejected with a reason and kept in the rejected list. A row whose parent has not
arrived yet (a batch cut between a case and its materials) is *held* and retried
after later batches. A batch is applied with one multi-row upsert per table; if any
statement fails, the batch is replayed row by row inside savepoints so one bad row
cannot block the rest.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError, ProgrammingError

from app.store.models import Base, TicketAlias
from app.store.uow import PAYLOAD_SCHEMA_VERSION
from app.sync import alarms
from app.sync.blobs import BLOB_ENTITY, BlobCheck, chunks_complete
from app.sync.codec import fill_defaults, row_from_payload
from app.sync.hall_queue import reconcile_manual_ticket
from app.sync.incoming import APPLIED, HELD, REJECTED, IncomingRow, Outcome

#: Payload versions the center accepts: the current one and the one before (upgrades).
ACCEPTED_VERSIONS = frozenset({PAYLOAD_SCHEMA_VERSION, PAYLOAD_SCHEMA_VERSION - 1})

#: Rows that are appended once and never overwritten (centrally they are append-only:
#: a resend of the same id changes nothing).
APPEND_ONLY = frozenset({"audit_log", "status_events", "credential_events"})
#: Projected last within a batch, in this order: an audit row is checked against the
#: login status event of the same batch, a credential event against the person's posts.
_LAST = ("credential_events", "audit_log")

_TABLE_RANK = {
    table.name: (len(Base.metadata.sorted_tables) + _LAST.index(table.name)) if table.name in _LAST else i
    for i, table in enumerate(Base.metadata.sorted_tables)
}


def _owned_tables() -> frozenset[str]:
    return frozenset(t.name for t in Base.metadata.sorted_tables if "owner_window" in t.c)


OWNED_TABLES = _owned_tables()
#: Tables owned through their parent case.
CHILD_OF_CASE = frozenset({"case_materials"})
TICKETS = "tickets"


def _insert_for(conn: Connection) -> Callable[[Any], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


@dataclass
class _Prepared:
    row: IncomingRow
    table: Table
    values: dict[str, Any]


def _normalise(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    values = fill_defaults(table, values)
    return {c.key: values.get(c.key) for c in table.columns}


def _prepare(row: IncomingRow, window_code: str) -> _Prepared | Outcome:
    if row.schema_version not in ACCEPTED_VERSIONS:
        return Outcome(
            REJECTED,
            f"数据版本 {row.schema_version} 不受支持（中心接受 "
            f"{PAYLOAD_SCHEMA_VERSION - 1} 与 {PAYLOAD_SCHEMA_VERSION}），请升级后重放",
        )
    table = Base.metadata.tables.get(row.entity)
    if table is None or not (row.entity in OWNED_TABLES or row.entity in CHILD_OF_CASE or row.entity == TICKETS):
        return Outcome(REJECTED, f"中心不接受窗口上传“{row.entity}”类数据")
    try:
        values = _normalise(table, row_from_payload(table, row.payload))
    except (ValueError, TypeError) as exc:
        return Outcome(REJECTED, f"数据格式错误：{exc}")
    if any(values.get(c.key) is None for c in table.primary_key.columns):
        return Outcome(REJECTED, "数据缺少主键")
    if "owner_window" in table.c and values.get("owner_window") != window_code:
        return Outcome(
            REJECTED, f"此记录属于 {values.get('owner_window')} 号窗口，不能由 {window_code} 号窗口的电脑上传"
        )
    return _Prepared(row, table, values)


def _apply_ticket_aliases(conn: Connection, prepared: list[_Prepared]) -> None:
    local_ids = {p.values["ticket_id"] for p in prepared if p.values.get("ticket_id") is not None}
    if not local_ids:
        return
    aliases = dict(
        conn.execute(
            select(TicketAlias.local_id, TicketAlias.ticket_id).where(TicketAlias.local_id.in_(local_ids))
        ).all()
    )
    for p in prepared:
        ticket_id = p.values.get("ticket_id")
        if ticket_id in aliases:
            p.values["ticket_id"] = aliases[ticket_id]


def _case_owners(conn: Connection, case_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    cases = Base.metadata.tables["cases"]
    if not case_ids:
        return {}
    return dict(conn.execute(select(cases.c.id, cases.c.owner_window).where(cases.c.id.in_(case_ids))).all())


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], window_code: str) -> None:
    """Multi-row upsert (one pipelined ``executemany``). The ``WHERE owner_window``
    guard means a row of another window is never overwritten even if it appeared
    after the ownership check; under RLS such a row cannot even be seen."""
    pk_cols = list(table.primary_key.columns)
    stmt = _insert_for(conn)(table)
    if table.name in APPEND_ONLY:
        if table.name == "credential_events" and conn.dialect.name != "postgresql":
            _append_credentials(conn, table, rows)
            return
        conn.execute(stmt.on_conflict_do_nothing(index_elements=pk_cols), rows)
        return
    set_ = {c.key: stmt.excluded[c.key] for c in table.columns if not c.primary_key}
    where = table.c.owner_window == window_code if "owner_window" in table.c else None
    conn.execute(stmt.on_conflict_do_update(index_elements=pk_cols, set_=set_, where=where), rows)


def _append_credentials(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """A SQLite center folds each new credential event itself (PostgreSQL: a trigger)."""
    from app.store.repositories.credentials import fold_into_staff

    known = set(conn.execute(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))).scalars())
    for row in rows:
        if row["id"] in known:
            continue
        conn.execute(table.insert().values(**{**row, "outcome": fold_into_staff(conn, row)}))


def _foreign_owned(
    conn: Connection, table: Table, keys: list[tuple[Any, ...]], window_code: str
) -> dict[tuple[Any, ...], str]:
    """Keys among ``keys`` whose central row belongs to another window (and which)."""
    if "owner_window" not in table.c or not keys:
        return {}
    (pk,) = table.primary_key.columns
    found = conn.execute(
        select(pk, table.c.owner_window).where(pk.in_([k[0] for k in keys]), table.c.owner_window != window_code)
    ).all()
    return {(row[0],): row[1] for row in found}


def _apply_group(
    conn: Connection,
    table: Table,
    group: list[_Prepared],
    window_code: str,
    outcomes: dict[uuid.UUID, Outcome],
    blob_complete: BlobCheck = chunks_complete,
) -> None:
    pk_names = [c.key for c in table.primary_key.columns]
    # Several snapshots of one row in a batch: the last one (highest seq) wins.
    latest: OrderedDict[tuple[Any, ...], list[_Prepared]] = OrderedDict()
    for p in group:
        key = tuple(p.values[k] for k in pk_names)
        latest.setdefault(key, []).append(p)
    if table.name in CHILD_OF_CASE:
        owners = _case_owners(conn, {ps[-1].values["case_id"] for ps in latest.values()})
        for key in list(latest):
            case_id = latest[key][-1].values["case_id"]
            owner = owners.get(case_id)
            if owner is None:
                for p in latest.pop(key):
                    outcomes[p.row.id] = Outcome(HELD, "所属办件尚未到达中心")
            elif owner != window_code:
                for p in latest.pop(key):
                    outcomes[p.row.id] = Outcome(REJECTED, f"所属办件属于 {owner} 号窗口")
    if table.name == BLOB_ENTITY:
        for key in list(latest):
            v = latest[key][-1].values
            count = int(v["chunk_count"])
            if not blob_complete(conn, v["owner_window"], v["sha256"], count, int(v["size_bytes"])):
                for p in latest.pop(key):
                    outcomes[p.row.id] = Outcome(HELD, "文件尚未完整到达中心")
    for key, owner in _foreign_owned(conn, table, list(latest), window_code).items():
        for p in latest.pop(key):
            outcomes[p.row.id] = Outcome(REJECTED, f"中心已有此记录，属于 {owner} 号窗口，不能覆盖")
    if not latest:
        return
    _upsert(conn, table, [ps[-1].values for ps in latest.values()], window_code)
    for ps in latest.values():
        for p in ps:
            outcomes[p.row.id] = Outcome(APPLIED)


def _project_bulk(
    conn: Connection,
    prepared: list[_Prepared],
    window_code: str,
    outcomes: dict[uuid.UUID, Outcome],
    blob_complete: BlobCheck = chunks_complete,
) -> None:
    groups: OrderedDict[str, list[_Prepared]] = OrderedDict()
    for p in sorted(prepared, key=lambda p: (_TABLE_RANK.get(p.table.name, 0), p.row.seq)):
        groups.setdefault(p.table.name, []).append(p)
    for group in groups.values():
        _apply_group(conn, group[0].table, group, window_code, outcomes, blob_complete)


def _failure_outcome(conn: Connection, exc: Exception, p: _Prepared, device_id: uuid.UUID, window_code: str) -> Outcome:
    text = str(getattr(exc, "orig", exc))
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if code == "23503" or "FOREIGN KEY constraint failed" in text:
        return Outcome(HELD, "引用的记录尚未到达中心")
    if code == "23505" or "UNIQUE constraint failed" in text:
        number = p.values.get("case_number") or p.values.get("number") or p.row.entity_id
        alarms.raise_alarm(
            conn,
            alarms.NUMBER_COLLISION,
            f"{window_code} 号窗口上传的“{p.table.name}”记录编号 {number} 与中心已有记录重复，未覆盖",
            device_id=device_id,
            window_code=window_code,
            row_id=str(p.row.id),
            seq=p.row.seq,
        )
        return Outcome(REJECTED, f"编号 {number} 与中心已有记录重复")
    if "row-level security" in text:
        return Outcome(REJECTED, "此记录属于其他窗口，本窗口无权修改")
    if code == "42501":  # refused by a check of the center (trigger or function): its own words
        return Outcome(REJECTED, text.splitlines()[0])
    return Outcome(REJECTED, f"中心无法保存此记录：{text.splitlines()[0] if text else type(exc).__name__}")


def project_rows(
    conn: Connection,
    rows: list[IncomingRow],
    *,
    device_id: uuid.UUID,
    window_code: str,
    blob_complete: BlobCheck = chunks_complete,
) -> dict[uuid.UUID, Outcome]:
    """Project ``rows`` (device-sequence order) inside the caller's transaction;
    ``blob_complete`` says whether the central store holds a file whole (its backend)."""
    outcomes: dict[uuid.UUID, Outcome] = {}
    prepared: list[_Prepared] = []
    tickets: list[_Prepared] = []
    for row in rows:
        result = _prepare(row, window_code)
        if isinstance(result, Outcome):
            outcomes[row.id] = result
        elif row.entity == TICKETS:
            tickets.append(result)
        else:
            prepared.append(result)
    for p in tickets:
        try:
            with conn.begin_nested():
                outcomes[p.row.id] = reconcile_manual_ticket(
                    conn, p.values, window_code=window_code, device_id=device_id
                )
        except (IntegrityError, ProgrammingError, DataError) as exc:
            outcomes[p.row.id] = _failure_outcome(conn, exc, p, device_id, window_code)
    if not prepared:
        return outcomes
    _apply_ticket_aliases(conn, prepared)
    bulk: dict[uuid.UUID, Outcome] = {}
    try:
        with conn.begin_nested():
            _project_bulk(conn, prepared, window_code, bulk, blob_complete)
        outcomes.update(bulk)
        return outcomes
    except (IntegrityError, ProgrammingError, DataError):
        pass
    for p in sorted(prepared, key=lambda p: (_TABLE_RANK.get(p.table.name, 0), p.row.seq)):
        single: dict[uuid.UUID, Outcome] = {}
        try:
            with conn.begin_nested():
                _apply_group(conn, p.table, [p], window_code, single, blob_complete)
            outcomes.update(single)
        except (IntegrityError, ProgrammingError, DataError) as exc:
            outcomes[p.row.id] = _failure_outcome(conn, exc, p, device_id, window_code)
    return outcomes
