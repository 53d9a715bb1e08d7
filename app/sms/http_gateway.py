"""The plain HTTP gateway driver: one JSON POST per message (docs/sms.md, "HTTP 网关").

Request (UTF-8 JSON, ``Content-Type: application/json``, ``Idempotency-Key: <id>``, and
``Authorization: Bearer <token>`` when a token is kept)::

    {"id": "acc-…", "phone": "13800138000", "text": "【…】…"}

Answer ``200`` with ``{"result": 0, "msg_id": "…", "duplicate": false}``. The gateway must
treat ``id`` as a de-duplication key: a second POST with an id it has already taken answers
the first ``msg_id`` with ``"duplicate": true`` and sends nothing. So every failure that
leaves the outcome open (no answer, a reset, a time-out, 5xx, 429) is a plain retry.
``4xx`` other than 408/429 is a refusal for good; its ``error`` text is kept.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import urllib.error
import urllib.request

from app.sms.gateway import AfterAck, BeforeWrite, Outcome, Outgoing

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 425, 429})


class HttpGateway:
    kind = "http"

    def __init__(self, url: str, token: str | None = None, *, timeout: float = 10.0) -> None:
        self.url = url
        self._token = token
        self.timeout = timeout

    def send(self, message: Outgoing, before_write: BeforeWrite, after_ack: AfterAck) -> Outcome:
        body = json.dumps({"id": message.key, "phone": message.phone, "text": message.text}, ensure_ascii=False)
        request = urllib.request.Request(self.url, data=body.encode("utf-8"), method="POST")
        request.add_header("Content-Type", "application/json; charset=utf-8")
        request.add_header("Idempotency-Key", message.key)
        if self._token:
            request.add_header("Authorization", f"Bearer {self._token}")
        before_write(0, 0)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = _json(response.read())
        except urllib.error.HTTPError as exc:
            answer = _json(exc.read())
            error = str(answer.get("error") or exc.reason)
            if exc.code >= 500 or exc.code in RETRY_STATUSES:
                return Outcome("retry", 0, f"短信网关暂时不可用（HTTP {exc.code}：{error}）")
            return Outcome("failed", 0, f"短信网关拒收（HTTP {exc.code}：{error}）")
        except (urllib.error.URLError, http.client.HTTPException, OSError, socket.timeout) as exc:
            reason = getattr(exc, "reason", exc)
            return Outcome("retry", 0, f"短信网关无应答（{reason}）")
        if answer.get("result") != 0 or not answer.get("msg_id"):
            return Outcome("failed", 0, f"短信网关拒收：{answer.get('error') or answer}")
        after_ack(0, str(answer["msg_id"]))
        return Outcome("sent", 1)

    def keepalive(self) -> None:
        """Nothing to keep: one request per message."""

    def close(self) -> None:
        """Nothing held open."""


def _json(raw: bytes) -> dict[str, object]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
