"""Prove delivery: every window outbox row is in the central inbox exactly once.

Used by the fault-injection tests and the long run in ``bench/``, and usable by an
administrator after an incident (``admin sync verify`` can wrap it). It compares each
window store with the center and lists every discrepancy in Chinese:

* an outbox row missing from the inbox, or present under another device/sequence;
* a device whose received sequence is not exactly 1..n, or whose cursor disagrees;
* inbox rows no window store knows (sent by a store not checked, or invented);
* rows received but still waiting to be projected;
* a case number that is missing centrally, present twice, or bound to another case.
"""

from __future__ import annotations

import uuid
from collections import Counter as Tally
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from app.store.models import Case, DeviceCursor, InboxEntry, OutboxEntry
from app.store.uow import Store


@dataclass(frozen=True, slots=True)
class DeliveryCheck:
    """The verdict: no problems means nothing lost, nothing twice, no gaps."""

    problems: tuple[str, ...]
    outbox_rows: int
    inbox_rows: int
    case_numbers: int
    devices: int = 0
    details: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing was lost, doubled or left with a gap."""
        return not self.problems


def verify_delivery(central: Engine, windows: Iterable[Store], *, limit: int = 100) -> DeliveryCheck:
    """Compare window stores with the central store (see module doc)."""
    problems: list[str] = []
    outbox: dict[uuid.UUID, tuple[uuid.UUID, int]] = {}
    per_device: dict[uuid.UUID, list[int]] = {}
    local_cases: dict[str, uuid.UUID] = {}
    for store in windows:
        with store.read() as s:
            for r in s.execute(select(OutboxEntry.id, OutboxEntry.device_id, OutboxEntry.seq)):
                outbox[r.id] = (r.device_id, r.seq)
                per_device.setdefault(r.device_id, []).append(r.seq)
            for number, case_id in s.execute(select(Case.case_number, Case.id)):
                if number:
                    if number in local_cases and local_cases[number] != case_id:
                        problems.append(f"办件编号 {number} 在不同窗口库中被两个办件使用")
                    local_cases[number] = case_id
    with central.connect() as conn:
        inbox = {
            r.id: (r.device_id, r.seq, r.projected)
            for r in conn.execute(select(InboxEntry.id, InboxEntry.device_id, InboxEntry.seq, InboxEntry.projected))
        }
        cursors = {r.device_id: r for r in conn.execute(select(DeviceCursor))}
        central_cases = conn.execute(select(Case.case_number, Case.id)).all()

    row_problems: list[str] = []  # listed after the per-device summary
    for row_id, (device_id, seq) in outbox.items():
        got = inbox.get(row_id)
        if got is None:
            row_problems.append(f"设备 {device_id} 第 {seq} 号记录 {row_id} 不在中心收件箱")
        elif got[:2] != (device_id, seq):
            row_problems.append(
                f"记录 {row_id} 在中心登记为设备 {got[0]} 第 {got[1]} 号，本机为 {device_id} 第 {seq} 号"
            )
        elif not got[2]:
            row_problems.append(f"设备 {device_id} 第 {seq} 号记录已收到但尚未写入中心表")
    for row_id, (device_id, seq, _p) in inbox.items():
        if row_id not in outbox and device_id in per_device:
            row_problems.append(f"中心收件箱有设备 {device_id} 第 {seq} 号记录 {row_id}，窗口库中没有")
    for device_id, seqs in per_device.items():
        local_sorted = sorted(seqs)
        if local_sorted != list(range(1, len(local_sorted) + 1)):
            problems.append(f"设备 {device_id} 本机发件序号不连续")
        received = Tally(seq for (d, seq, _p) in inbox.values() if d == device_id)
        twice = [s for s, n in received.items() if n > 1]
        if twice:
            problems.append(f"设备 {device_id} 的序号 {twice[:5]} 在中心出现多次")
        if sorted(received) != list(range(1, len(received) + 1)):
            problems.append(f"设备 {device_id} 在中心的序号有缺口")
        cursor = cursors.get(device_id)
        if cursor is None:
            problems.append(f"设备 {device_id} 在中心没有游标")
        elif cursor.contiguous_seq != len(local_sorted):
            problems.append(f"设备 {device_id} 中心连续序号为 {cursor.contiguous_seq}，本机共 {len(local_sorted)} 条")
    central_tally = Tally(number for number, _id in central_cases if number)
    central_ids = {number: case_id for number, case_id in central_cases if number}
    for number, case_id in local_cases.items():
        count = central_tally.get(number, 0)
        if count != 1:
            problems.append(f"办件编号 {number} 在中心出现 {count} 次")
        elif central_ids[number] != case_id:
            problems.append(f"办件编号 {number} 在中心属于另一个办件")
    problems.extend(row_problems)
    return DeliveryCheck(
        problems=tuple(problems[:limit])
        + ((f"……另有 {len(problems) - limit} 处问题",) if len(problems) > limit else ()),
        outbox_rows=len(outbox),
        inbox_rows=len(inbox),
        case_numbers=len(local_cases),
        devices=len(per_device),
        details={"problems": len(problems)},
    )
