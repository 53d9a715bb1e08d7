"""An emulator of the provincial platform for the tests, training and the demo.

It answers the three endpoints of docs/protocols/province.md like the real platform: keeps
one item per ``event_id`` (a resend is ``duplicate``; a higher ``revision`` replaces), checks
the signed token when keys are given, rejects items without the department's 统一社会信用代码
or with an 实施编码 missing from its 实施清单, answers the reconciliation from what it keeps,
and serves its 实施清单. Faults are set on :class:`Faults` while it runs: reject chosen
items, time out (no answer, nothing kept), answer late (kept, answer after the client gave
up), answer 503, drop chosen items (answered ``accepted`` but not kept — what the
reconciliation must catch).

``python -m app.exchange.province.emulator --port 8616 --catalog FILE`` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import ssl
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from app.domain.validators import credit_check_char
from app.exchange.province.auth import TokenVerifier
from app.exchange.province.format import (
    CATALOG_FORMAT,
    FORMAT,
    STATUS_ACCEPTED,
    STATUS_DUPLICATE,
    STATUS_REJECTED,
    reconcile_type,
)

MAX_BODY = 16 * 1024 * 1024


@dataclass
class Faults:
    """What the emulator does wrong on purpose (change it while it runs; guarded by ``lock``)."""

    #: event_id → reason: its first version (revision 0) is rejected with that reason.
    reject: dict[str, str] = field(default_factory=dict)
    #: Called with each item: a reason rejects it.
    reject_when: Callable[[Mapping[str, Any]], str | None] | None = None
    #: The next N batches: wait ``hang_seconds`` and close without answer, keeping nothing.
    timeouts: int = 0
    hang_seconds: float = 3.0
    #: The next N batches: kept, answered only after ``late_seconds``.
    late_answers: int = 0
    late_seconds: float = 3.0
    #: The next N batches: HTTP 503, nothing kept.
    unavailable: int = 0
    #: event_ids answered ``accepted`` once but not kept.
    drop: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Received:
    """One item as the platform got it: when, in which batch, with which answer."""

    batch_id: str
    event_id: str
    revision: int
    status: str
    at: datetime


class ProvinceState:
    """What the platform holds; thread-safe."""

    def __init__(self, catalog: bytes | None = None) -> None:
        self.lock = threading.Lock()
        self.kept: dict[str, dict[str, Any]] = {}
        self.log: list[Received] = []
        self.batches = 0
        self.catalog = catalog
        self.faults = Faults()

    def implementation_codes(self) -> frozenset[str] | None:
        if self.catalog is None:
            return None
        try:
            data = json.loads(self.catalog.decode("utf-8"))
            return frozenset(str(m["implementation_code"]) for m in data["matters"])
        except (ValueError, KeyError, TypeError):
            return None

    def _check(self, item: Mapping[str, Any], codes: frozenset[str] | None) -> tuple[str, str] | None:
        with self.faults.lock:
            reason = self.faults.reject.get(str(item.get("event_id")))
            when = self.faults.reject_when
        if reason is not None and not item.get("revision"):
            return "E900", reason
        if when is not None and (r := when(item)):
            return "E901", r
        for key in ("event_id", "type", "day", "hall_code"):
            if not item.get(key):
                return "E100", f"缺少必填项 {key}"
        if item["type"] == "办件":
            case = item.get("case") or {}
            if not case.get("department_credit_code"):
                return "E101", f"实施主体（{case.get('department_code') or '未知部门'}）的统一社会信用代码缺失"
            if codes is not None and case.get("implementation_code") not in codes:
                return "E102", f"实施编码 {case.get('implementation_code')} 不在本省实施清单中"
            if not (case.get("applicant") or {}).get("certificate_number"):
                return "E103", "申请人证件号码缺失"
        elif item["type"] == "评价" and item.get("level") in ("不满意", "非常不满意") and not item.get("bad_reasons"):
            return "E201", "差评须有差评原因"
        return None

    def accept_batch(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        codes = self.implementation_codes()
        now = datetime.now(UTC)
        results = []
        with self.lock:
            self.batches += 1
            for item in envelope["items"]:
                event_id = str(item.get("event_id") or "")
                revision = int(item.get("revision") or 0)
                kept = self.kept.get(event_id)
                problem = self._check(item, codes)
                if kept is not None and revision <= int(kept.get("revision") or 0):
                    status = STATUS_DUPLICATE
                    results.append({"event_id": event_id, "status": status})
                elif problem is not None:
                    status = STATUS_REJECTED
                    results.append({"event_id": event_id, "status": status, "code": problem[0], "reason": problem[1]})
                else:
                    status = STATUS_ACCEPTED
                    with self.faults.lock:
                        dropped = event_id in self.faults.drop
                        self.faults.drop.discard(event_id)
                    if not dropped:
                        self.kept[event_id] = dict(item)
                    results.append({"event_id": event_id, "status": status})
                self.log.append(Received(str(envelope.get("batch_id")), event_id, revision, status, now))
        return {
            "format": FORMAT,
            "batch_id": envelope.get("batch_id"),
            "received_at": now.isoformat(),
            "results": results,
        }

    def day_answer(self, day: str) -> dict[str, Any]:
        by_type: dict[str, list[str]] = defaultdict(list)
        with self.lock:
            for event_id, item in self.kept.items():
                if item.get("day") == day:
                    by_type[reconcile_type(item)].append(event_id)
        return {
            "format": FORMAT,
            "day": day,
            "types": {k: {"count": len(v), "event_ids": sorted(v)} for k, v in sorted(by_type.items())},
        }

    def receipts(self, event_id: str) -> list[Received]:
        with self.lock:
            return [r for r in self.log if r.event_id == event_id]


def _handler(state: ProvinceState, verifier: TokenVerifier | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _send(self, status: int, payload: Any, content_type: str = "application/json; charset=utf-8") -> None:
            body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a late answer): that is the point

        def _body(self) -> bytes | None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(413, {"error": "请求过大"})
                return None
            return self.rfile.read(length) if length else b""

        def _authentic(self, body: bytes) -> bool:
            if verifier is None:
                return True
            reason = verifier.check(self.headers.get("Authorization"), self.command, self.path, body)
            if reason is not None:
                self._send(401, {"error": reason})
                return False
            return True

        def do_GET(self) -> None:
            if not self._authentic(b""):
                return
            if self.path.split("?")[0].endswith("/v1/catalog"):
                if state.catalog is None:
                    self._send(404, {"error": "没有实施清单"})
                else:
                    self._send(200, state.catalog)
                return
            self._send(404, {"error": "没有这个接口"})

        def do_POST(self) -> None:
            body = self._body()
            if body is None or not self._authentic(body):
                return
            try:
                data = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                self._send(400, {"error": "请求不是 UTF-8 JSON"})
                return
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                self._send(400, {"error": f"format 应为 {FORMAT}"})
                return
            path = self.path.split("?")[0]
            if path.endswith("/v1/batches"):
                self._batch(data)
            elif path.endswith("/v1/reconciliation"):
                self._send(200, state.day_answer(str(data.get("day"))))
            else:
                self._send(404, {"error": "没有这个接口"})

        def _batch(self, data: dict[str, Any]) -> None:
            if not isinstance(data.get("items"), list):
                self._send(400, {"error": "缺少 items 列表"})
                return
            faults = state.faults
            with faults.lock:
                hang = faults.timeouts > 0
                late = not hang and faults.late_answers > 0
                down = not hang and not late and faults.unavailable > 0
                if hang:
                    faults.timeouts -= 1
                elif late:
                    faults.late_answers -= 1
                elif down:
                    faults.unavailable -= 1
                hang_s, late_s = faults.hang_seconds, faults.late_seconds
            if hang:
                time.sleep(hang_s)
                self.close_connection = True
                return
            if down:
                self._send(503, {"error": "平台维护中"})
                return
            answer = state.accept_batch(data)
            if late:
                time.sleep(late_s)
            self._send(200, answer)

    return Handler


@dataclass
class RunningProvince:
    """The emulator on a thread; ``url`` is its base address."""

    state: ProvinceState
    server: ThreadingHTTPServer
    thread: threading.Thread
    url: str

    @property
    def faults(self) -> Faults:
        return self.state.faults

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def start_emulator(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    catalog: bytes | None = None,
    keys: Mapping[str, bytes] | None = None,
    state: ProvinceState | None = None,
    server_ssl: ssl.SSLContext | None = None,
) -> RunningProvince:
    """Start on ``host:port`` (0: a free port) on a daemon thread; with ``server_ssl`` it
    speaks HTTPS (and asks for the hall's certificate when the context requires one)."""
    state = state or ProvinceState(catalog)
    verifier = TokenVerifier(keys) if keys else None
    server = ThreadingHTTPServer((host, port), _handler(state, verifier))
    if server_ssl is not None:
        server.socket = server_ssl.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="province-emulator", daemon=True)
    thread.start()
    bound = server.server_address[1]
    return RunningProvince(state, server, thread, f"http://{host}:{bound}")


def government_credit_code(region: str, n: int) -> str:
    """A valid 统一社会信用代码 of a government body (机关, ``11``) in ``region``, numbered ``n``."""
    first17 = f"11{region[:6]:0<6}{n:08d}0"
    return first17 + credit_check_char(first17)


def demo_catalog_list(hall_catalog: Mapping[str, Any], region: str = "510626") -> dict[str, Any]:
    """A 实施清单 made from a ``counterdesk-catalog/1`` document (the demo's and the tests'
    province publishes what the hall already has), with made-up credit codes per department."""
    departments = [
        {"code": d["code"], "name": d["name"], "credit_code": government_credit_code(region, i)}
        for i, d in enumerate(hall_catalog["departments"], start=1)
    ]
    keep = (
        "name",
        "type",
        "case_kind",
        "legal_limit_days",
        "promised_limit_days",
        "basis",
        "conditions",
        "targets",
        "fee",
        "result",
        "allows_deficiency",
        "lead_department",
        "co_departments",
        "special_procedures",
        "situations",
        "materials",
    )
    matters = [
        {"implementation_code": m["code"], "department": m["department"], **{k: m[k] for k in keep if k in m}}
        for m in hall_catalog["matters"]
    ]
    return {
        "format": CATALOG_FORMAT,
        "region": region,
        "version": datetime.now(UTC).strftime("%Y-%m-%d.1"),
        "published_at": datetime.now(UTC).isoformat(),
        "departments": departments,
        "matters": matters,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="province-emulator", description="省一体化政务服务平台模拟器（测试与演示）")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8616)
    parser.add_argument("--catalog", type=Path, help="提供的实施清单文件（JSON）")
    parser.add_argument("--key-id", help="签名密钥编号（与 --key-file 一起：要求签名）")
    parser.add_argument("--key-file", type=Path, help="签名密钥文件")
    args = parser.parse_args(argv)
    keys = {args.key_id: args.key_file.read_bytes().strip()} if args.key_id and args.key_file else None
    running = start_emulator(
        args.host, args.port, catalog=args.catalog.read_bytes() if args.catalog else None, keys=keys
    )
    print(f"省平台模拟器：{running.url}/", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
