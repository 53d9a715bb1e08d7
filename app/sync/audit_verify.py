"""Prove the central audit is what the window PCs wrote: recompute every device's chain.

Per device (and the center's own chain, ``device_id`` NULL), in ``chain_seq`` order:

* a row whose fields no longer give its ``row_hash`` was **edited** after it was written;
* a row whose ``prev_hash`` is not the ``row_hash`` of the row before it follows a
  removed or rewritten row;
* a missing position is a **gap** — unless the center refused that row (it is then in
  the rejected list, whose copy continues the chain);
* with a window's own copy (:func:`check_own_audit`), a central row whose hash differs
  from the PC's hash of the same row was rewritten consistently (hash recomputed) — the
  PC is the witness.

Each finding raises an alarm once per device (``audit_tampered`` / ``audit_gap``).
``admin audit verify`` runs :func:`verify_audit_chains`; every window PC checks its own
chain after its uploads (:func:`check_own_audit`, incrementally, all of it at start-up).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from app.domain.audit_chain import GENESIS, HASHED_FIELDS, row_hash
from app.store.engine import WRITE_OPTION
from app.store.models import AuditEntry, CentralDevice, RejectedRow
from app.store.repositories import counters
from app.store.uow import Store
from app.sync import alarms
from app.sync.errors import CentralUnavailable
from app.sync.registration import current_registration

_CHUNK = 5000
_COLUMNS = [AuditEntry.__table__.c[name] for name in (*HASHED_FIELDS, "row_hash")]


@dataclass(frozen=True, slots=True)
class ChainProblem:
    device_id: uuid.UUID | None
    window_code: str | None
    kind: str
    chain_seq: int
    detail: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What a verification found."""

    devices: int
    rows: int
    unchained: int
    problems: tuple[ChainProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = [f"检查了 {self.devices} 条审计链，共 {self.rows} 条记录"]
        if self.unchained:
            lines.append(f"另有 {self.unchained} 条升级前的旧记录未入链")
        lines += [f"✗ {p.detail}" for p in self.problems]
        lines.append("结论：审计链完整" if self.ok else f"结论：发现 {len(self.problems)} 处问题")
        return "\n".join(lines)


def _rows(conn: Connection, device_id: uuid.UUID | None, after: int) -> Iterator[dict[str, Any]]:
    which = AuditEntry.device_id.is_(None) if device_id is None else AuditEntry.device_id == device_id
    last = after
    while True:
        chunk = conn.execute(
            select(*_COLUMNS).where(which, AuditEntry.chain_seq > last).order_by(AuditEntry.chain_seq).limit(_CHUNK)
        ).mappings()
        got = 0
        for row in chunk:
            got += 1
            last = int(row["chain_seq"])
            yield dict(row)
        if got < _CHUNK:
            return


def _refused(conn: Connection, device_id: uuid.UUID | None) -> dict[int, dict[str, Any]]:
    """Audit rows of this device the center refused (a refusal is not a gap)."""
    if device_id is None:
        return {}
    out: dict[int, dict[str, Any]] = {}
    for payload in conn.execute(select(RejectedRow.payload).where(RejectedRow.entity == "audit_log")).scalars():
        if str(payload.get("device_id")) == str(device_id) and payload.get("chain_seq") is not None:
            out[int(payload["chain_seq"])] = payload
    return out


def _check_chain(
    conn: Connection,
    device_id: uuid.UUID | None,
    window: str | None,
    *,
    after: int = 0,
    head: str = GENESIS,
    witness: dict[uuid.UUID, str | None] | None = None,
) -> tuple[int, int, str, list[ChainProblem]]:
    """(rows, last position, last hash, problems) of one chain from ``after``."""
    who = f"{window} 号窗口电脑" if window else ("中心" if device_id is None else "未知电脑")
    refused = _refused(conn, device_id)
    problems: list[ChainProblem] = []
    expected, prev, count = after + 1, head, 0

    def problem(kind: str, seq: int, detail: str) -> None:
        problems.append(ChainProblem(device_id, window, kind, seq, f"{who}审计链第 {seq} 条：{detail}"))

    for row in _rows(conn, device_id, after):
        seq = int(row["chain_seq"])
        while expected < seq:
            if expected in refused:
                prev = str(refused[expected].get("row_hash") or prev)
            else:
                problem(alarms.AUDIT_GAP, expected, "缺失（被删除或尚未到达）")
                prev = ""  # unknown: the next row's link cannot be checked against it
            expected += 1
        count += 1
        if row_hash(row) != row["row_hash"]:
            problem(alarms.AUDIT_TAMPERED, seq, f"内容与其散列不符，已被修改（{row['action']}）")
        elif prev and row["prev_hash"] != prev:
            problem(alarms.AUDIT_TAMPERED, seq, "与前一条不相连，前面的记录被改写或删除")
        if witness is not None and row["id"] in witness and witness[row["id"]] != row["row_hash"]:
            problem(alarms.AUDIT_TAMPERED, seq, "与本机留存的记录不同，中心的记录被改写")
        prev = str(row["row_hash"])
        expected = seq + 1
    return count, expected - 1, prev, problems


def _raise(conn: Connection, problems: list[ChainProblem]) -> None:
    for p in problems:
        alarms.raise_alarm(
            conn, p.kind, p.detail, device_id=p.device_id, window_code=p.window_code, once=True, chain_seq=p.chain_seq
        )


def verify_audit_chains(central: Engine, *, raise_alarms: bool = True) -> ChainReport:
    """Check every chain in the central audit (``admin audit verify``)."""
    with central.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        windows = dict(conn.execute(select(CentralDevice.device_id, CentralDevice.window_code)).all())
        devices = list(
            conn.execute(
                select(AuditEntry.device_id).where(AuditEntry.chain_seq.is_not(None)).group_by(AuditEntry.device_id)
            ).scalars()
        )
        rows = 0
        problems: list[ChainProblem] = []
        for device_id in devices:
            if device_id is None:  # not chained (chain_seq is set only with a device)
                continue
            count, _seq, _hash, found = _check_chain(conn, device_id, windows.get(device_id))
            rows += count
            problems += found
        unchained = len(conn.execute(select(AuditEntry.id).where(AuditEntry.chain_seq.is_(None))).all())
        if raise_alarms:
            _raise(conn, problems)
    return ChainReport(len(devices), rows, unchained, tuple(problems))


def _checkpoint_key(device_id: uuid.UUID) -> str:
    return f"audit:verified:{device_id}"


def check_own_audit(local: Store, central: Engine, *, full: bool = False) -> ChainReport:
    """A window PC checks its own chain at the center against its own copy: from the
    last verified position (``full``: from the start), raising alarms for what it finds."""
    reg = current_registration(local)
    if reg is None:
        return ChainReport(0, 0, 0)
    with local.read() as session:
        after = 0 if full else counters.peek(session, _checkpoint_key(reg.device_id))
        head = GENESIS
        if after:
            head = (
                session.scalar(
                    select(AuditEntry.row_hash).where(
                        AuditEntry.device_id == reg.device_id, AuditEntry.chain_seq == after
                    )
                )
                or GENESIS
            )
        witness = dict(
            session.execute(
                select(AuditEntry.id, AuditEntry.row_hash).where(
                    AuditEntry.device_id == reg.device_id, AuditEntry.chain_seq > after
                )
            ).all()
        )
    try:
        with central.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            count, last, _hash, problems = _check_chain(
                conn, reg.device_id, reg.window_code, after=after, head=head, witness=witness
            )
            _raise(conn, problems)
    except DBAPIError as exc:
        raise CentralUnavailable(f"无法核对中心的审计记录：{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc
    if not problems and last > after:
        with local.write() as tx:
            counters.set_value(tx.session, _checkpoint_key(reg.device_id), last)
    return ChainReport(1, count, 0, tuple(problems))


__all__ = ["ChainProblem", "ChainReport", "check_own_audit", "verify_audit_chains"]
