"""The offset between this PC's clock and the center's, measured on every sync.

Deadlines and case times must not depend on a PC whose clock drifted or was set by
hand, so the services can ask for :meth:`ClockOffset.corrected_now`. The offset is
estimated from one round trip (server time minus the midpoint of send and receive),
which is accurate to half the round trip — milliseconds on a hall LAN.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from app.domain.ids import utcnow

#: Beyond this the PC is reported (status bar and central alarm).
SKEW_LIMIT = timedelta(minutes=2)


class ClockOffset:
    """Thread-safe holder of the latest measured offset (server minus local)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self._measured_at: datetime | None = None

    def record(self, local_sent: datetime, server_time: datetime, local_received: datetime) -> timedelta:
        """Store the offset measured by one round trip and return it."""
        midpoint = local_sent + (local_received - local_sent) / 2
        offset = server_time - midpoint
        with self._lock:
            self._offset = offset
            self._measured_at = local_received
        return offset

    @property
    def offset(self) -> timedelta:
        """Server clock minus this PC's clock (zero before the first sync)."""
        with self._lock:
            return self._offset

    @property
    def measured_at(self) -> datetime | None:
        """When the offset was last measured (None: never, the offset is a guess of 0)."""
        with self._lock:
            return self._measured_at

    @property
    def skewed(self) -> bool:
        """True when the PC's clock is off by more than two minutes."""
        return abs(self.offset) > SKEW_LIMIT

    def corrected_now(self) -> datetime:
        """The center's idea of now, computed from this PC's clock and the last offset."""
        return utcnow() + self.offset
