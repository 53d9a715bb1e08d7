"""A hall for the trust tests: a real PostgreSQL center with the services' hall in it,
window database roles made by ``create_window_role``, and window PCs (own SQLite each)
that register, pull and upload through their role — as ``admin role create`` and a
PC's first start leave them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine

from app.services.clock import ManualClock
from app.services.queue import QueueService
from app.services.session import SessionService
from app.settings import Settings
from app.store.engine import make_engine
from app.store.uow import Store
from app.sync.central import CentralStore
from app.sync.credentials import CredentialSync, pull_credentials
from app.sync.reference import publish_release, pull_reference
from app.sync.registration import register_device
from app.sync.roles import create_role, revoke_role
from app.sync.uploader import Uploader
from tests.services.conftest import DAY, build_hall


def as_role(central_engine: Engine, role: str) -> Engine:
    """An engine that logs in as ``role`` (the server trusts local connections)."""
    return make_engine(central_engine.url.set(username=role, password=None).render_as_string(hide_password=False))


@dataclass
class WindowPC:
    """One window PC: its local store, its role's engine, and the services that matter here."""

    window: str
    local: Store
    role_engine: Engine
    uploader: Uploader
    credentials: CredentialSync
    session: SessionService
    queue: QueueService
    clock: ManualClock

    def sync(self) -> None:
        """What the background worker does in one round."""
        self.uploader.sync_once()
        pull_reference(self.local, self.role_engine)
        self.credentials.pull()


@contextmanager
def trust_hall(central_engine: Engine, make_local: Callable[[str], Store]) -> Iterator[Callable[..., WindowPC]]:
    """The services' hall on the center, published; yields a factory of window PCs."""
    build_hall(Store(central_engine))
    publish_release(central_engine, "开馆")
    made: list[tuple[str, str]] = []
    engines: list[Engine] = []

    def pc(window: str, name: str | None = None, *, clock: ManualClock | None = None) -> WindowPC:
        kind_code = ("window", window)
        if kind_code not in made:
            role = create_role(central_engine, "window", window)
            made.append(kind_code)
        else:
            from app.sync.roles import role_name_for

            role = role_name_for(central_engine.url.database or "", window)
        engine = as_role(central_engine, role)
        engines.append(engine)
        local = make_local(name or f"pc{window}")
        central = CentralStore(engine)
        register_device(local, central, window, "510626-LJJK")
        pull_reference(local, engine)
        pull_credentials(local, engine)
        uploader = Uploader(local, central)
        link = CredentialSync(local, engine, uploader)
        clock = clock or ManualClock.at_hall_time(DAY)
        settings = Settings(window_code=window, hall_code="510626-LJJK")
        session = SessionService(local, settings, clock=clock, credentials=link)
        queue = QueueService(Store(engine), session, local_store=local, clock=clock)
        return WindowPC(window, local, engine, uploader, link, session, queue, clock)

    try:
        yield pc
    finally:
        for engine in engines:
            engine.dispose()
        for kind, code in made:
            revoke_role(central_engine, kind, code)
