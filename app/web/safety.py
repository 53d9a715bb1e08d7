"""Per-client rate limits and the access log of the hall web service.

The limits are token buckets per client address and per kind of request (look-ups,
ratings): a phone can look its case up a few times a minute, a script trying codes is
stopped after a handful of tries. The access log has the time, method, path without
its query (the query carries case numbers and 查询码), status and duration — no
address, no number, no code, nothing personal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS_LOG = logging.getLogger("counterdesk.web.access")


@dataclass(frozen=True)
class Limit:
    """``burst`` requests at once, refilled at ``per_minute`` a minute."""

    burst: int
    per_minute: float


#: Default limits per client and kind of request.
DEFAULT_LIMITS = {
    "lookup": Limit(burst=10, per_minute=10),
    "rate": Limit(burst=5, per_minute=3),
    # 叫号提醒: a typo or two, then one a minute (a script cannot text many numbers).
    "remind": Limit(burst=4, per_minute=1),
    "page": Limit(burst=120, per_minute=600),
}


class RateLimiter:
    """Token buckets keyed by (kind, client); thread-safe, forgets idle clients."""

    def __init__(
        self, limits: dict[str, Limit] | None = None, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._limits = dict(DEFAULT_LIMITS if limits is None else limits)
        self._clock = monotonic
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()
        self._last_sweep = monotonic()

    def allow(self, kind: str, client: str) -> bool:
        """Take one token of ``kind`` for ``client``; False when the bucket is empty."""
        limit = self._limits.get(kind)
        if limit is None:
            return True
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get((kind, client), (float(limit.burst), now))
            tokens = min(float(limit.burst), tokens + (now - at) * limit.per_minute / 60.0)
            allowed = tokens >= 1.0
            self._buckets[(kind, client)] = (tokens - 1.0 if allowed else tokens, now)
            if now - self._last_sweep > 300:
                self._sweep(now)
        return allowed

    def _sweep(self, now: float) -> None:
        self._last_sweep = now
        stale = [key for key, (_t, at) in self._buckets.items() if now - at > 3600]
        for key in stale:
            del self._buckets[key]


class AccessLog:
    """ASGI middleware: one line per request, without query string or client address."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            ms = (time.perf_counter() - started) * 1000
            ACCESS_LOG.info("%s %s %d %.1fms", scope.get("method", ""), _route(scope.get("path", "")), status, ms)


def _route(path: str) -> str:
    """The path as logged: the first segment only past a known page (a ticket or matter
    code in the path is not logged either)."""
    parts = [p for p in path.split("/") if p]
    return "/" + "/".join(parts[:1]) + ("/…" if len(parts) > 1 else "")
