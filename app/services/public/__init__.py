"""The applicant's side of the hall: what the hall web service shows and records.

Use cases over the central store, read through :mod:`app.store.public_views` (the
``web_*`` views of the web service's role on PostgreSQL): the case look-up with the
slip's 查询码 (:mod:`.case_lookup`), the QR rating (:mod:`.qr_rating`), the queue
ticket and the hall board (:mod:`.queue_board`), the guide for the 查询机
(:mod:`.guide_terminal`). :class:`HallWebServices` wires them over one store.
"""

from __future__ import annotations

from app.services.public.errors import LookupRefused, PublicError
from app.services.public.wiring import HallWebServices, open_hall_web_services

__all__ = ["HallWebServices", "LookupRefused", "PublicError", "open_hall_web_services"]
