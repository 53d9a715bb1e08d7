"""Time-ordered identifiers (UUIDv7, RFC 9562) and UTC clocks.

Every row a window creates gets a UUIDv7 key, so keys made offline on different PCs
never collide and sort by creation time (good B-tree locality on the central store).
Python 3.11's :mod:`uuid` has no ``uuid7``, so it is built here from the RFC layout.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_last_counter = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """Return a new UUIDv7; monotonic within this process even within one millisecond.

    Layout: 48-bit Unix milliseconds, version 7, 12-bit counter (rand_a, seeded randomly
    each millisecond and incremented within it), variant, 62 random bits.
    """
    global _last_ms, _last_counter
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            _last_counter += 1
            if _last_counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                ms += 1
                _last_counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            _last_counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms = ms
        counter = _last_counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def uuid7_time(u: uuid.UUID) -> datetime:
    """The creation time embedded in a UUIDv7 (UTC)."""
    return datetime.fromtimestamp((u.int >> 80) / 1000, tz=UTC)


def utcnow() -> datetime:
    """Aware UTC now; the only clock the store writes."""
    return datetime.now(UTC)
