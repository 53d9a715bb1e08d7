"""``counterdesk-province/1``: items, batches, answers, reconciliation (docs/protocols/province.md).

Pure data: a row of the central store's exchange views (a mapping) becomes an item; an
answer of the platform becomes :class:`ItemResult` values, checked so a malformed answer is a
Chinese :class:`ProvinceError`, never a silently lost item.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

FORMAT: Final = "counterdesk-province/1"
CATALOG_FORMAT: Final = "province-implementation-list/1"
MAX_BATCH: Final = 200

TYPE_CASE: Final = "办件"
TYPE_RATING: Final = "评价"
TYPE_FOLLOW_UP: Final = "整改"

EV_ACCEPT: Final = "受理"
EV_STEP: Final = "办理环节"
EV_COMPLETE: Final = "办结"
EV_DELIVER: Final = "送达"
EV_REFUSE: Final = "不予受理"
CASE_EVENTS: Final = (EV_ACCEPT, EV_STEP, EV_COMPLETE, EV_DELIVER, EV_REFUSE)

#: The reconciliation types, in the order reports list them.
RECONCILE_TYPES: Final = (*(f"{TYPE_CASE}:{e}" for e in CASE_EVENTS), TYPE_RATING, TYPE_FOLLOW_UP)

_EVENT_OF_ACTION: Final = {
    "受理": EV_ACCEPT,
    "容缺受理": EV_ACCEPT,
    "不予受理": EV_REFUSE,
    "后台办结": EV_COMPLETE,
    "准予": EV_COMPLETE,
    "不予": EV_COMPLETE,
    "即办办结": EV_COMPLETE,
    "出件": EV_DELIVER,
    "送达": EV_DELIVER,
}

#: The stage a back-office step belongs to (the stage it enters or works in).
_STAGE_OF_ACTION: Final = {
    "后台签收": "审查",
    "审查意见": "审查",
    "后台要求补正": "审查",
    "审批准予": "审批",
    "审批不予许可": "审批",
    "登记结果": "审批",
    "发起联办": "联办",
    "联办意见": "联办",
    "上报": "上报",
    "上级办结返回": "审批",
    "邮件退回": "待出件",
    "归档": "已归档",
}

LEVEL_SCORES: Final = {"非常满意": 5, "满意": 4, "基本满意": 3, "不满意": 2, "非常不满意": 1}
_CHANNELS: Final = {"evaluator": "评价器", "qr": "扫码", "pad": "评价器", "clerk": "窗口"}

STATUS_ACCEPTED: Final = "accepted"
STATUS_DUPLICATE: Final = "duplicate"
STATUS_REJECTED: Final = "rejected"
_STATUSES: Final = (STATUS_ACCEPTED, STATUS_DUPLICATE, STATUS_REJECTED)


class ProvinceError(Exception):
    """The platform could not be reached or answered something unusable (Chinese message)."""

    def __init__(self, message: str, *, retry: bool = True, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: False when sending the same again cannot help (the envelope was refused, 400/401).
        self.retry = retry
        self.status = status


def case_event_of(action: str) -> str:
    """The national event of a hall case event (every action maps; unknown ones are 办理环节)."""
    return _EVENT_OF_ACTION.get(action, EV_STEP)


def reconcile_type(item: Mapping[str, Any]) -> str:
    """``办件:受理`` … ``评价``, ``整改``: the type an item is counted under."""
    if item["type"] == TYPE_CASE:
        return f"{TYPE_CASE}:{item['event']}"
    return str(item["type"])


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _case_kind(kind: str | None) -> str:
    return "即办" if kind == "即办件" else "承诺"


def _certificate(row: Mapping[str, Any]) -> dict[str, str]:
    if row.get("applicant_kind") in (None, "自然人"):
        return {
            "type": "自然人",
            "name": row.get("applicant_name") or "",
            "certificate_type": row.get("id_type") or "居民身份证",
            "certificate_number": row.get("id_number") or "",
        }
    return {
        "type": row["applicant_kind"],
        "name": row.get("org_name") or row.get("applicant_name") or "",
        "certificate_type": "统一社会信用代码",
        "certificate_number": row.get("credit_code") or "",
    }


@dataclass(frozen=True, slots=True)
class HallFacts:
    """What every item says about the hall: its code and its departments' 统一社会信用代码."""

    hall_code: str
    department_credit_codes: Mapping[str, str]
    department_names: Mapping[str, str]


def _case(row: Mapping[str, Any], hall: HallFacts) -> dict[str, Any]:
    dept = row.get("department_code") or ""
    return {
        "case_number": row["case_number"],
        "implementation_code": row["matter_code"],
        "matter_name": row["matter_name"],
        "department_code": dept,
        "department_name": hall.department_names.get(dept, ""),
        "department_credit_code": hall.department_credit_codes.get(dept, ""),
        "kind": _case_kind(row.get("case_kind")),
        "promised_days": row.get("promised_limit_days"),
        "legal_days": row.get("legal_limit_days"),
        "received_on": _iso(row.get("received_on")),
        "accepted_on": _iso(row.get("accepted_on")),
        "due_date": _iso(row.get("due_date")),
        "applicant": _certificate(row),
    }


def case_event_item(row: Mapping[str, Any], hall: HallFacts) -> dict[str, Any]:
    """One ``办件`` item from a row of ``px_case_events``."""
    action = str(row["action"])
    event = case_event_of(action)
    data: Mapping[str, Any] = row.get("data") or {}
    said = (data.get(k) for k in ("opinion", "conclusion", "reason", "reply"))
    opinion = str(next((s for s in said if s), None) or row.get("note") or "")
    item: dict[str, Any] = {
        "event_id": str(row["event_id"]),
        "revision": 0,
        "type": TYPE_CASE,
        "event": event,
        "action": action,
        "day": _iso(row["day"]),
        "occurred_at": _iso(row["at"]),
        "hall_code": hall.hall_code,
        "window_no": row.get("event_window") or row.get("owner_window") or "",
        "staff_no": row.get("staff_no") or "",
        "opinion": opinion,
        "case": _case(row, hall),
    }
    if event == EV_STEP:
        item["stage"] = _STAGE_OF_ACTION.get(action, "受理")
    elif event == EV_COMPLETE:
        item["outcome"] = {"准予": "准予", "不予": "不予", "即办办结": "即办办结"}.get(
            action, str(data.get("outcome") or "准予")
        )
        if row.get("result_name"):
            item["result_name"] = row["result_name"]
    elif event == EV_DELIVER:
        item["outcome"] = {
            "method": str(data.get("method") or row.get("delivery_method") or "窗口领取"),
            "to": str(data.get("receiver") or data.get("to") or ""),
        }
    elif event == EV_REFUSE:
        item["outcome"] = opinion
    return item


def rating_item(row: Mapping[str, Any], hall: HallFacts) -> dict[str, Any]:
    """One ``评价`` item from a row of ``px_ratings`` (a rating with a level)."""
    level = str(row["rating"])
    dept = row.get("department_code") or ""
    rated_at = row.get("rated_at") or row["requested_at"]
    return {
        "event_id": str(row["rating_id"]),
        "revision": 0,
        "type": TYPE_RATING,
        "day": _iso(row["day"]),
        "occurred_at": _iso(rated_at),
        "hall_code": hall.hall_code,
        "window_no": row.get("owner_window") or "",
        "staff_no": row.get("staff_no") or "",
        "case_number": row.get("case_number") or "",
        "implementation_code": row.get("matter_code") or "",
        "department_credit_code": hall.department_credit_codes.get(dept, "") if dept else "",
        "level": level,
        "score": LEVEL_SCORES.get(level),
        "bad_reasons": list(row.get("reasons") or []),
        "channel": _CHANNELS.get(str(row.get("source")), str(row.get("source") or "")),
        "service_time": _iso(row["requested_at"]),
        "rated_at": _iso(rated_at),
    }


def follow_up_item(row: Mapping[str, Any], hall: HallFacts) -> dict[str, Any]:
    """One ``整改`` item from a row of ``px_follow_ups`` (a closed follow-up)."""
    closed: datetime = row["closed_at"]
    day = row["day"]
    return {
        "event_id": str(row["follow_up_id"]),
        "revision": 0,
        "type": TYPE_FOLLOW_UP,
        "day": _iso(day),
        "occurred_at": _iso(closed),
        "hall_code": hall.hall_code,
        "window_no": row.get("owner_window") or "",
        "staff_no": row.get("staff_no") or "",
        "rating_event_id": str(row["rating_id"]),
        "case_number": row.get("case_number") or "",
        "due_date": _iso(row["due_date"]),
        "visit_note": row.get("visit_note") or "",
        "rectify_note": row.get("rectify_note") or "",
        "feedback": row.get("feedback") or "",
        "outcome": row.get("stage") or "",
        "closed_at": _iso(closed),
        "on_time": day <= row["due_date"],
    }


def batch(hall_code: str, items: Iterable[Mapping[str, Any]], now: datetime) -> dict[str, Any]:
    """The envelope of one push (a fresh ``batch_id`` every time)."""
    body = list(items)
    if len(body) > MAX_BATCH:
        raise ValueError(f"一批最多 {MAX_BATCH} 项")
    return {
        "format": FORMAT,
        "batch_id": str(uuid.uuid4()),
        "hall_code": hall_code,
        "sent_at": now.isoformat(),
        "items": body,
    }


@dataclass(frozen=True, slots=True)
class ItemResult:
    event_id: str
    status: str
    code: str = ""
    reason: str = ""

    @property
    def kept(self) -> bool:
        return self.status in (STATUS_ACCEPTED, STATUS_DUPLICATE)


def parse_batch_answer(answer: Any, sent_ids: Iterable[str]) -> dict[str, ItemResult]:
    """The results of the sent items by ``event_id``; items the answer does not name are
    absent (the caller sends them again). A malformed answer raises :class:`ProvinceError`."""
    if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
        raise ProvinceError("省平台的应答格式不对：缺少 results 列表")
    sent = set(sent_ids)
    out: dict[str, ItemResult] = {}
    for r in answer["results"]:
        if not isinstance(r, dict) or not isinstance(r.get("event_id"), str):
            raise ProvinceError("省平台的应答格式不对：results 中有一项没有 event_id")
        status = r.get("status")
        if status not in _STATUSES:
            raise ProvinceError(f"省平台的应答格式不对：状态“{status}”无效")
        if r["event_id"] not in sent:
            continue  # not ours: ignore rather than mark something we did not send
        reason = str(r.get("reason") or "")
        if status == STATUS_REJECTED and not reason:
            reason = "省平台拒收，未说明原因"
        out[r["event_id"]] = ItemResult(r["event_id"], status, str(r.get("code") or ""), reason)
    return out


@dataclass(frozen=True, slots=True)
class ProvinceDay:
    """What the platform keeps for one day: ids (and its stated count) per type."""

    day: date
    counts: Mapping[str, int]
    ids: Mapping[str, frozenset[str]]


def parse_reconciliation(answer: Any, day: date) -> ProvinceDay:
    if not isinstance(answer, dict) or not isinstance(answer.get("types"), dict):
        raise ProvinceError("省平台的对账应答格式不对：缺少 types")
    if answer.get("day") != day.isoformat():
        raise ProvinceError(f"省平台的对账应答是 {answer.get('day')} 的，所问的是 {day.isoformat()}")
    counts: dict[str, int] = {}
    ids: dict[str, frozenset[str]] = {}
    for kind, entry in answer["types"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("event_ids"), list):
            raise ProvinceError(f"省平台的对账应答格式不对：{kind} 缺少 event_ids")
        count = entry.get("count")
        if not isinstance(count, int) or isinstance(count, bool):
            raise ProvinceError(f"省平台的对账应答格式不对：{kind} 的 count 不是整数")
        counts[str(kind)] = count
        ids[str(kind)] = frozenset(str(i) for i in entry["event_ids"])
    return ProvinceDay(day, counts, ids)


__all__ = [
    "CASE_EVENTS",
    "CATALOG_FORMAT",
    "FORMAT",
    "MAX_BATCH",
    "RECONCILE_TYPES",
    "HallFacts",
    "ItemResult",
    "ProvinceDay",
    "ProvinceError",
    "batch",
    "case_event_item",
    "case_event_of",
    "follow_up_item",
    "parse_batch_answer",
    "parse_reconciliation",
    "rating_item",
    "reconcile_type",
]
