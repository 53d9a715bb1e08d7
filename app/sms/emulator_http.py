"""The plain HTTP SMS gateway on a real port, for the tests and the demo (see :mod:`app.sms.http_gateway`).

``POST /sms`` with the JSON message; the ``id`` is the de-duplication key: an id already taken
answers its first ``msg_id`` with ``"duplicate": true`` and is not sent again. Every request is
recorded (:attr:`requests`), the messages taken once each (:attr:`delivered`).

Faults, one per request in order (:meth:`plan`): ``"ok"``, ``"drop_before"`` (close without
reading it into the list), ``"drop_after"`` (take the message, close without an answer),
``"status:N"`` (answer HTTP N, message not taken), ``"slow:S"`` (answer after S seconds).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass(frozen=True)
class Delivered:
    key: str
    phone: str
    text: str
    msg_id: str


class HttpSmsEmulator:
    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, token: str | None = None) -> None:
        self.token = token
        self._lock = threading.Lock()
        self._plan: deque[str] = deque()
        self._delivered: dict[str, Delivered] = {}
        self.requests: list[dict[str, object]] = []
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: a test's output is not an access log."""

            def do_POST(self) -> None:
                emulator._handle(self)

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/sms"

    def start(self) -> HttpSmsEmulator:
        self._thread = threading.Thread(target=self._server.serve_forever, name="http-sms-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> HttpSmsEmulator:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def plan(self, *actions: str) -> None:
        with self._lock:
            self._plan.extend(actions)

    @property
    def delivered(self) -> list[Delivered]:
        with self._lock:
            return list(self._delivered.values())

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            action = self._plan.popleft() if self._plan else "ok"
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length)
        if action == "drop_before":
            handler.close_connection = True
            handler.connection.close()
            return
        if self.token is not None and handler.headers.get("Authorization") != f"Bearer {self.token}":
            self._answer(handler, 401, {"result": 401, "error": "令牌不对"})
            return
        try:
            message = json.loads(raw.decode("utf-8"))
            key, phone, text = str(message["id"]), str(message["phone"]), str(message["text"])
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            self._answer(handler, 400, {"result": 400, "error": "请求格式不对"})
            return
        with self._lock:
            self.requests.append({"id": key, "phone": phone, "text": text, "action": action})
        if action.startswith("status:"):
            code = int(action.partition(":")[2])
            self._answer(handler, code, {"result": code, "error": "模拟网关故障"})
            return
        if not phone.isdigit() or not 5 <= len(phone) <= 21:
            self._answer(handler, 400, {"result": 400, "error": "号码不对"})
            return
        with self._lock:
            first = self._delivered.get(key)
            if first is None:
                first = Delivered(key, phone, text, f"H{len(self._delivered) + 1:08d}")
                self._delivered[key] = first
                duplicate = False
            else:
                duplicate = True
        if action == "drop_after":
            handler.close_connection = True
            handler.connection.close()
            return
        if action.startswith("slow:"):
            time.sleep(float(action.partition(":")[2]))
        self._answer(handler, 200, {"result": 0, "msg_id": first.msg_id, "duplicate": duplicate})

    @staticmethod
    def _answer(handler: BaseHTTPRequestHandler, status: int, body: dict[str, object]) -> None:
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        handler.wfile.write(raw)
