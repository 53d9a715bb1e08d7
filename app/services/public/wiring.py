"""The hall web service's use cases over one central store, built from its URL."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from app.forms.inputs import HallInfo
from app.services.calendar_service import LiveCalendar
from app.services.clock import Clock, system_clock
from app.services.documents import hall_info
from app.services.guide import GuideService
from app.services.public.case_lookup import CaseLookupService
from app.services.public.qr_rating import RATING_DAYS, QrRatingService
from app.services.public.queue_board import QueueBoardService
from app.services.public.ticket_reminders import TicketReminderService
from app.store.engine import make_engine
from app.store.public_views import public_tables
from app.store.uow import Store

#: Seconds the hall's name, phones and hours are kept between reads (every page shows them).
HALL_INFO_TTL = 30.0


@dataclass
class HallWebServices:
    """Everything the web pages call; one instance per web service process."""

    store: Store
    lookup: CaseLookupService
    rating: QrRatingService
    queue: QueueBoardService
    guide: GuideService
    reminders: TicketReminderService
    _hall: tuple[float, HallInfo] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def hall(self) -> HallInfo:
        """The hall's name, phones, hours and address (every page's header and footer)."""
        with self._lock:
            cached = self._hall
        if cached is not None and time.monotonic() - cached[0] < HALL_INFO_TTL:
            return cached[1]
        with self.store.read() as s:
            info = hall_info(s)
        with self._lock:
            self._hall = (time.monotonic(), info)
        return info

    def close(self) -> None:
        self.store.dispose()


def open_hall_web_services(
    store_url: str,
    *,
    pool_size: int = 5,
    rating_days: int = RATING_DAYS,
    follow_up_days: int = 5,
    clock: Clock = system_clock,
) -> HallWebServices:
    """Connect to the central store at ``store_url`` (PostgreSQL with the web service's
    role, or the one-PC SQLite center) and build the services. Nothing is migrated
    here: the web service's role could not, and need not. ``rating_days``: how long
    after its last step a case can be rated; ``follow_up_days``: the follow-up time
    limit of a bad rating when the hall has not set one."""
    kwargs = {"pool_size": pool_size, "max_overflow": pool_size} if store_url.startswith("postgresql") else {}
    store = Store(make_engine(store_url, **kwargs))
    tables = public_tables(store.dialect)
    calendar = LiveCalendar(store)
    lookup = CaseLookupService(store, tables, calendar)
    queue = QueueBoardService(store, tables, clock=clock)
    services = HallWebServices(
        store=store,
        lookup=lookup,
        rating=QrRatingService(
            store, tables, lookup, calendar, rating_days=rating_days, follow_up_days=follow_up_days, clock=clock
        ),
        queue=queue,
        guide=GuideService(store, None, clock=clock),
        reminders=TicketReminderService(store, tables, queue, clock=clock),
    )
    lookup.use_hall(services.hall)
    return services
