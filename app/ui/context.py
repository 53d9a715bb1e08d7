"""What the UI is given to work with: the service objects and the PC's settings.

The composition root (``app.bootstrap``) builds one :class:`Services` and hands it
to :func:`app.ui.main.run_counter`; pages receive it (and the background-op
runner) as constructor arguments and never reach for globals.  Service types are
imported for type checking only, so importing the UI does not import SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.decisions import DecisionService
    from app.services.guide import GuideService
    from app.services.intake import IntakeService
    from app.services.queue import QueueService
    from app.services.session import SessionService
    from app.services.stats import StatsService
    from app.services.tracking import TrackingService
    from app.settings import Settings


@dataclass(frozen=True)
class Services:
    """The use cases of one window PC, already wired to its stores and devices."""

    settings: Settings
    session: SessionService
    queue: QueueService
    guide: GuideService
    intake: IntakeService
    decisions: DecisionService
    tracking: TrackingService
    stats: StatsService
    #: Optional extras the lead wires later (printing, device hub …), by name.
    extras: dict[str, Any] = field(default_factory=dict)
