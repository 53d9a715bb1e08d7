"""The console's view of the provincial platform: the newest 实施清单 with its difference to
the catalog and its approval (the pull itself is ``admin province catalog pull`` on the
server, which holds the province's key), and the items the platform rejected."""

from __future__ import annotations

import uuid

from app.domain.actor import Actor
from app.domain.errors import NotFound
from app.services.console.common import ConsoleBase
from app.services.province_admin import ItemView, list_items
from app.services.province_catalog import PullView, approve, latest


class ProvinceConsole(ConsoleBase):
    def province_catalog(self, actor: Actor) -> PullView | None:
        """The newest pull with its difference as of now (None: never pulled)."""
        self.require_admin(actor)
        try:
            return latest(self._store)
        except NotFound:
            return None

    def approve_province_catalog(self, actor: Actor, pull_id: uuid.UUID) -> PullView:
        """Import the approved 实施清单 and publish the reference release (approved by ``actor``)."""
        self.require_admin(actor, "批准省平台实施清单")
        return approve(self._store, pull_id, approved_by=actor.name, clock=self._now)

    def province_rejected(self, actor: Actor) -> list[ItemView]:
        self.require_admin(actor)
        return list_items(self._store.engine, state="rejected")
