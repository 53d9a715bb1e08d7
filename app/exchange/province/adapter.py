"""The adapter interface of the provincial platform and its default: JSON over HTTPS
(docs/protocols/province.md). A province with another interface gets another class with
the same three methods; the exchange service knows only :class:`ProvinceAdapter`."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final, Protocol

from app.exchange.province.auth import Credentials
from app.exchange.province.format import (
    FORMAT,
    ItemResult,
    ProvinceDay,
    ProvinceError,
    batch,
    parse_batch_answer,
    parse_reconciliation,
)

#: Seconds to wait for the platform's answer before the batch counts as unanswered.
DEFAULT_TIMEOUT: Final = 15.0
#: Largest answer read (a 实施清单 of a province's county is a few MB).
MAX_ANSWER_BYTES: Final = 64 * 1024 * 1024


class ProvinceAdapter(Protocol):
    """What the exchange needs from a provincial platform."""

    def push(self, hall_code: str, items: Sequence[Mapping[str, Any]], now: datetime) -> dict[str, ItemResult]:
        """Send the items; their results by ``event_id`` (absent: not answered, send again).
        Raises :class:`ProvinceError` when nothing is known of the batch."""
        ...

    def reconcile(self, hall_code: str, day: date) -> ProvinceDay: ...

    def fetch_catalog(self) -> bytes:
        """The 实施清单 file as the platform serves it (checked by the caller)."""
        ...


class JsonHttpsAdapter:
    """The default adapter: ``POST /v1/batches``, ``POST /v1/reconciliation``, ``GET /v1/catalog``."""

    def __init__(self, base_url: str, credentials: Credentials | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ProvinceError(f"省平台地址“{base_url}”无效，应为 https://主机[:端口]/路径", retry=False)
        self._base = base_url.rstrip("/")
        self._prefix = parsed.path.rstrip("/")
        self._credentials = credentials or Credentials()
        self._timeout = timeout
        self._context = self._credentials.ssl_context() if parsed.scheme == "https" else None

    def _request(self, method: str, path: str, payload: Any = None) -> bytes:
        body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(self._base + path, data=body if payload is not None else None, method=method)
        req.add_header("Accept", "application/json")
        if payload is not None:
            req.add_header("Content-Type", "application/json; charset=utf-8")
        auth = self._credentials.authorization(method, self._prefix + path, body)
        if auth is not None:
            req.add_header("Authorization", auth)
        try:
            with urllib.request.urlopen(req, timeout=self._timeout, context=self._context) as resp:
                return bytes(resp.read(MAX_ANSWER_BYTES + 1))[:MAX_ANSWER_BYTES]
        except urllib.error.HTTPError as exc:
            detail = _error_text(exc)
            retry = exc.code not in (400, 401, 403, 404)
            raise ProvinceError(f"省平台返回 HTTP {exc.code}：{detail}", retry=retry, status=exc.code) from None
        except (TimeoutError, socket.timeout):
            raise ProvinceError(f"省平台 {self._timeout:g} 秒内没有应答") from None
        except urllib.error.URLError as exc:
            raise ProvinceError(f"连不上省平台：{exc.reason}") from None
        except (ConnectionError, OSError) as exc:
            raise ProvinceError(f"与省平台的连接中断：{exc}") from None

    def _json(self, method: str, path: str, payload: Any = None) -> Any:
        raw = self._request(method, path, payload)
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ProvinceError("省平台的应答不是 UTF-8 JSON") from None

    def push(self, hall_code: str, items: Sequence[Mapping[str, Any]], now: datetime) -> dict[str, ItemResult]:
        envelope = batch(hall_code, items, now)
        answer = self._json("POST", "/v1/batches", envelope)
        return parse_batch_answer(answer, (str(i["event_id"]) for i in items))

    def reconcile(self, hall_code: str, day: date) -> ProvinceDay:
        answer = self._json(
            "POST", "/v1/reconciliation", {"format": FORMAT, "hall_code": hall_code, "day": day.isoformat()}
        )
        return parse_reconciliation(answer, day)

    def fetch_catalog(self) -> bytes:
        return self._request("GET", "/v1/catalog")


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read(4096)
        data = json.loads(raw.decode("utf-8"))
        if isinstance(data, dict) and data.get("error"):
            return str(data["error"])
        return raw.decode("utf-8", "replace")[:200]
    except (OSError, ValueError):
        return str(exc.reason)


__all__ = ["DEFAULT_TIMEOUT", "JsonHttpsAdapter", "ProvinceAdapter"]
