"""The hall's exchange with the provincial platform (docs/province.md): collect every 办件
event, rating and finished follow-up of the central store into ``province_items``, push
them in batches through a :class:`~app.exchange.province.adapter.ProvinceAdapter`, keep
what the platform answered, and reconcile each day.

Once and completely:

* an item is written to ``province_items`` (id = the source row's id) before it is sent,
  in one transaction with nothing else; its state changes only *after* the platform's
  answer — so a SIGKILL, a timeout or a lost answer leaves it ``pending`` and it is sent
  again with the same ``event_id``, which the platform keeps once (``duplicate``);
* collection compares ids (no high-water mark): a row that reached the central store late
  is still found;
* a rejected item keeps the platform's reason and stays until an administrator corrects
  and resends it (:func:`resend`); nothing is ever deleted;
* :meth:`ProvinceExchange.reconcile` compares a day's ids per type with the platform's,
  raises the ``province_reconcile`` alarm on any difference and queues again what the
  platform lacks.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.exchange.province.adapter import ProvinceAdapter
from app.exchange.province.format import (
    MAX_BATCH,
    RECONCILE_TYPES,
    HallFacts,
    ProvinceError,
    case_event_item,
    follow_up_item,
    rating_item,
    reconcile_type,
)
from app.services.clock import Clock, hall_day, system_clock
from app.store.models import Alarm, Department, HallSetting, ProvinceItem, ProvinceReconciliation
from app.sync.alarms import PROVINCE_RECONCILE, PROVINCE_REJECTED, raise_alarm

log = logging.getLogger("counterdesk.province")

#: Alarm kinds of the exchange (app/sync/alarms.py names them).
ALARM_RECONCILE: Final = PROVINCE_RECONCILE
ALARM_REJECTED: Final = PROVINCE_REJECTED
#: The hall setting with the departments' 统一社会信用代码 (written when a 实施清单 is approved).
SETTING: Final = "province"

PENDING: Final = "pending"
KEPT: Final = "kept"
REJECTED: Final = "rejected"
STATE_NAMES: Final = {PENDING: "待发送", KEPT: "省平台已接收", REJECTED: "被省平台拒收"}

#: The longest wait between two attempts after failures (seconds).
MAX_BACKOFF: Final = 300.0
_COLLECT_CHUNK: Final = 1000


def backoff_seconds(failures: int, rng: Callable[[], float] = random.random) -> float:
    """1, 2, 4 … 300 s after 1, 2, 3 … failures, jittered by ±25 %."""
    base = min(MAX_BACKOFF, 2.0 ** max(0, failures - 1))
    return float(base * (0.75 + 0.5 * rng()))


def require_postgres(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise ValidationError("省平台交换需要 PostgreSQL 大厅中心库（单机 SQLite 中心请用导出文件报送）")


def hall_facts(conn: Connection) -> HallFacts:
    settings: dict[str, Any] = dict(
        conn.execute(select(HallSetting.key, HallSetting.value).where(HallSetting.key.in_(("hall", SETTING)))).all()
    )
    code = str((settings.get("hall") or {}).get("code") or "")
    credit = dict((settings.get(SETTING) or {}).get("department_credit_codes") or {})
    names = dict(conn.execute(select(Department.code, Department.name)).all())
    return HallFacts(code, credit, names)


def apply_corrections(payload: Mapping[str, Any], corrections: Mapping[str, Any]) -> dict[str, Any]:
    """The payload with ``a.b.c`` keys set (the administrator's corrections)."""
    out: dict[str, Any] = _deep_copy(payload)
    for dotted, value in corrections.items():
        node = out
        *parents, last = dotted.split(".")
        for key in parents:
            child = node.get(key)
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
        node[last] = value
    return out


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy(v) for v in value]
    return value


def history_note(at: datetime, what: str, **data: Any) -> dict[str, Any]:
    return {"at": at.isoformat(), "what": what, **data}


@dataclass
class PassReport:
    """One pass: what was collected, sent, kept, rejected, left unanswered; the last error."""

    collected: int = 0
    sent: int = 0
    kept: int = 0
    rejected: int = 0
    unanswered: int = 0
    error: str | None = None
    retry: bool = True

    @property
    def text(self) -> str:
        words = f"新增 {self.collected} 项，发送 {self.sent} 项，省平台接收 {self.kept} 项，拒收 {self.rejected} 项"
        if self.unanswered:
            words += f"，未应答 {self.unanswered} 项（稍后重发）"
        if self.error:
            words += f"；{self.error}"
        return words


@dataclass
class DayReconciliation:
    day: date
    clean: bool
    report: dict[str, dict[str, Any]] = field(default_factory=dict)
    resent: int = 0

    @property
    def text(self) -> str:
        if self.clean:
            total = sum(r["hall"] for r in self.report.values())
            return f"{self.day.isoformat()} 对账一致：{total} 项"
        return difference_text(self.day, self.report)


def difference_text(day: date, report: Mapping[str, Mapping[str, Any]]) -> str:
    parts = []
    for kind, r in report.items():
        if not r.get("differs"):
            continue
        words = f"{kind} 本地已送达 {r['hall']} 项、省平台 {r['province']} 项"
        if r["missing"]:
            words += f"，省平台缺 {len(r['missing'])} 项（已重新排队发送）"
        if r["extra"]:
            words += f"，省平台多出 {len(r['extra'])} 项本地没有的"
        if r["waiting"]:
            words += f"，{len(r['waiting'])} 项尚未送达"
        if r["rejected"]:
            words += f"，{len(r['rejected'])} 项被拒收待更正"
        if r["province"] != r["province_ids"]:
            words += f"，省平台所报数量 {r['province']} 与其所列编号 {r['province_ids']} 个不符"
        parts.append(words)
    return f"{day.isoformat()} 与省平台对账不一致：" + "；".join(parts)


class ProvinceExchange:
    """The exchange on one central store (the exchange's role, or the owner) and one adapter."""

    def __init__(
        self,
        engine: Engine,
        adapter: ProvinceAdapter,
        *,
        clock: Clock = system_clock,
        batch_size: int = MAX_BATCH,
    ) -> None:
        require_postgres(engine)
        self._engine = engine
        self._adapter = adapter
        self._clock = clock
        self._batch = max(1, min(batch_size, MAX_BATCH))

    # -- collecting ------------------------------------------------------------------------

    def collect(self) -> int:
        """Write every source row not yet in ``province_items`` as a pending item."""
        total = 0
        for view, key, build in (
            ("px_case_events", "event_id", self._case_items),
            ("px_ratings", "rating_id", self._rating_items),
            ("px_follow_ups", "follow_up_id", self._follow_up_items),
        ):
            while True:
                with self._engine.begin() as conn:
                    rows = (
                        conn.execute(
                            text(
                                f"SELECT v.* FROM {view} v WHERE NOT EXISTS "
                                f"(SELECT 1 FROM province_items p WHERE p.event_id = v.{key}) LIMIT :n"
                            ),
                            {"n": _COLLECT_CHUNK},
                        )
                        .mappings()
                        .all()
                    )
                    if not rows:
                        break
                    facts = hall_facts(conn)
                    values = [self._item_row(item, now=self._clock()) for item in build([dict(r) for r in rows], facts)]
                    stmt = pg_insert(ProvinceItem).values(values).on_conflict_do_nothing(index_elements=["event_id"])
                    total += conn.execute(stmt).rowcount or 0
                if len(rows) < _COLLECT_CHUNK:
                    break
        return total

    @staticmethod
    def _case_items(rows: Iterable[Mapping[str, Any]], facts: HallFacts) -> list[dict[str, Any]]:
        return [case_event_item(r, facts) for r in rows]

    @staticmethod
    def _rating_items(rows: Iterable[Mapping[str, Any]], facts: HallFacts) -> list[dict[str, Any]]:
        return [rating_item({**r, "day": hall_day(r["rated_at"])}, facts) for r in rows]

    @staticmethod
    def _follow_up_items(rows: Iterable[Mapping[str, Any]], facts: HallFacts) -> list[dict[str, Any]]:
        return [follow_up_item({**r, "day": hall_day(r["closed_at"])}, facts) for r in rows]

    @staticmethod
    def _item_row(item: dict[str, Any], now: datetime) -> dict[str, Any]:
        return {
            "event_id": uuid.UUID(item["event_id"]),
            "kind": item["type"],
            "rtype": reconcile_type(item),
            "day": date.fromisoformat(item["day"]),
            "case_number": item.get("case_number") or (item.get("case") or {}).get("case_number"),
            "payload": item,
            "revision": 0,
            "state": PENDING,
            "attempts": 0,
            "corrections": {},
            "history": [],
            "created_at": now,
        }

    # -- pushing ---------------------------------------------------------------------------

    def push_pending(self) -> PassReport:
        """Send every pending item once, oldest first, in batches; stop at the first failure."""
        report = PassReport()
        after: tuple[datetime, uuid.UUID] | None = None
        hall_code = self._hall_code()
        while True:
            with Session(self._engine) as session:
                query = select(ProvinceItem).where(ProvinceItem.state == PENDING)
                if after is not None:
                    query = query.where(
                        (ProvinceItem.created_at > after[0])
                        | ((ProvinceItem.created_at == after[0]) & (ProvinceItem.event_id > after[1]))
                    )
                batch = list(
                    session.scalars(query.order_by(ProvinceItem.created_at, ProvinceItem.event_id).limit(self._batch))
                )
                if not batch:
                    return report
                after = (batch[-1].created_at, batch[-1].event_id)
                payloads = [{**apply_corrections(i.payload, i.corrections), "revision": i.revision} for i in batch]
                now = self._clock()
                report.sent += len(batch)
                try:
                    results = self._adapter.push(hall_code, payloads, now)
                except ProvinceError as exc:
                    for item in batch:
                        item.attempts += 1
                        item.last_error = exc.message
                    session.commit()
                    report.error, report.retry = exc.message, exc.retry
                    report.unanswered += len(batch)
                    return report
                newly_rejected = 0
                for item in batch:
                    result = results.get(str(item.event_id))
                    item.attempts += 1
                    item.sent_at = now
                    if result is None:
                        item.last_error = "省平台的应答中没有此项"
                        report.unanswered += 1
                    elif result.kept:
                        item.state, item.kept_at, item.last_error = KEPT, now, None
                        report.kept += 1
                    else:
                        item.state = REJECTED
                        item.reject_code, item.reject_reason = result.code, result.reason
                        note = history_note(now, "省平台拒收", reason=result.reason, code=result.code)
                        item.history = [*item.history, note]
                        report.rejected += 1
                        newly_rejected += 1
                if newly_rejected:
                    raise_alarm(
                        session.connection(),
                        ALARM_REJECTED,
                        f"省平台拒收 {newly_rejected} 项（{batch[0].day.isoformat()} 起），请查看原因、更正后重发",
                        once=True,
                    )
                session.commit()

    def _hall_code(self) -> str:
        with self._engine.connect() as conn:
            return hall_facts(conn).hall_code

    def run_once(self) -> PassReport:
        report = PassReport(collected=self.collect())
        pushed = self.push_pending()
        pushed.collected = report.collected
        return pushed

    # -- reconciling -----------------------------------------------------------------------

    def reconcile(self, day: date) -> DayReconciliation:
        """Compare ``day`` with the platform, per type; alarm and requeue on any difference."""
        answer = self._adapter.reconcile(self._hall_code(), day)
        now = self._clock()
        with Session(self._engine) as session:
            items = list(session.scalars(select(ProvinceItem).where(ProvinceItem.day == day).with_for_update()))
            by_type: dict[str, list[ProvinceItem]] = defaultdict(list)
            for item in items:
                by_type[item.rtype].append(item)
            report: dict[str, dict[str, Any]] = {}
            resent = 0
            kinds = [k for k in RECONCILE_TYPES if k in by_type or k in answer.counts]
            kinds += sorted((by_type.keys() | answer.counts.keys()) - set(kinds))
            for kind in kinds:
                mine = by_type.get(kind, [])
                kept = {str(i.event_id): i for i in mine if i.state == KEPT}
                theirs = answer.ids.get(kind, frozenset())
                missing = sorted(kept.keys() - theirs)
                extra = sorted(theirs - {str(i.event_id) for i in mine})
                waiting = sorted(str(i.event_id) for i in mine if i.state == PENDING)
                rejected = sorted(str(i.event_id) for i in mine if i.state == REJECTED)
                count = answer.counts.get(kind, 0)
                differs = bool(missing or extra or waiting or rejected) or count != len(theirs) or count != len(kept)
                report[kind] = {
                    "hall": len(kept),
                    "province": count,
                    "province_ids": len(theirs),
                    "missing": missing,
                    "extra": extra,
                    "waiting": waiting,
                    "rejected": rejected,
                    "differs": differs,
                }
                for event_id in missing:
                    item = kept[event_id]
                    item.state, item.kept_at = PENDING, None
                    item.history = [*item.history, history_note(now, "对账发现省平台没有此项，重新发送")]
                    resent += 1
            clean = not any(r["differs"] for r in report.values())
            session.add(ProvinceReconciliation(day=day, checked_at=now, clean=clean, report=report, resent=resent))
            result = DayReconciliation(day, clean, report, resent)
            if not clean and not self._alarm_open(session, result.text):
                raise_alarm(session.connection(), ALARM_RECONCILE, result.text, day=day.isoformat(), resent=resent)
            session.commit()
        return result

    @staticmethod
    def _alarm_open(session: Session, detail: str) -> bool:
        """The same difference already awaits the administrator (no pile of equal alarms)."""
        found = session.scalar(
            select(Alarm.id)
            .where(Alarm.kind == ALARM_RECONCILE, Alarm.acknowledged.is_(False), Alarm.detail == detail)
            .limit(1)
        )
        return found is not None

    def days_to_reconcile(self, today: date) -> list[date]:
        """Days before ``today`` with items and no clean reconciliation since their newest item."""
        with self._engine.connect() as conn:
            newest = dict(
                conn.execute(
                    select(ProvinceItem.day, func.max(ProvinceItem.created_at))
                    .where(ProvinceItem.day < today)
                    .group_by(ProvinceItem.day)
                ).all()
            )
            clean = dict(
                conn.execute(
                    select(ProvinceReconciliation.day, func.max(ProvinceReconciliation.checked_at))
                    .where(ProvinceReconciliation.clean.is_(True))
                    .group_by(ProvinceReconciliation.day)
                ).all()
            )
        return sorted(d for d, at in newest.items() if d not in clean or clean[d] < at)

    # -- the service loop ------------------------------------------------------------------

    def run(
        self,
        stop: threading.Event,
        *,
        interval: float = 5.0,
        reconcile_every: float = 3600.0,
        on_pass: Callable[[str], None] | None = None,
    ) -> None:
        """Push every ``interval`` seconds, back off after failures; when the queue is empty
        (nothing was sent in a pass) reconcile the finished days, at most every
        ``reconcile_every`` seconds; until ``stop`` is set."""
        failures = 0
        last_reconcile: datetime | None = None
        while not stop.is_set():
            wait = interval
            try:
                report = self.run_once()
                if report.error:
                    failures += 1
                    wait = backoff_seconds(failures)
                else:
                    failures = 0
                if report.sent or report.error:
                    (on_pass or log.info)(report.text)
                now = self._clock()
                idle = not report.error and report.sent == 0
                if idle and (last_reconcile is None or now - last_reconcile >= timedelta(seconds=reconcile_every)):
                    for day in self.days_to_reconcile(hall_day(now)):
                        (on_pass or log.info)(self.reconcile(day).text)
                    last_reconcile = now
            except ProvinceError as exc:
                failures += 1
                wait = backoff_seconds(failures)
                (on_pass or log.warning)(f"省平台：{exc.message}")
            except OperationalError as exc:  # the central store restarted or is unreachable: later
                failures += 1
                wait = backoff_seconds(failures)
                (on_pass or log.warning)(f"中心库暂时不可用：{exc.orig}")
            stop.wait(wait)


__all__ = [
    "ALARM_RECONCILE",
    "ALARM_REJECTED",
    "STATE_NAMES",
    "DayReconciliation",
    "PassReport",
    "ProvinceExchange",
    "apply_corrections",
    "backoff_seconds",
    "hall_facts",
]
