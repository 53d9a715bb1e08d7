"""Serve the hall web application with uvicorn: in the foreground (``python -m app
hall-web``) or on a thread beside the demo hall and in the tests."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import uvicorn

from app.services.clock import Clock, system_clock
from app.services.public import HallWebServices, open_hall_web_services
from app.services.public.qr_rating import RATING_DAYS
from app.web.app import create_app
from app.web.safety import Limit


def _config(services: HallWebServices, host: str, port: int, limits: dict[str, Limit] | None) -> uvicorn.Config:
    # uvicorn's own access log prints the client address and the query string (which
    # carries case numbers and 查询码): off; app.web.safety.AccessLog logs instead.
    return uvicorn.Config(
        create_app(services, limits=limits), host=host, port=port, access_log=False, log_level="warning"
    )


def serve(
    store_url: str,
    host: str = "127.0.0.1",
    port: int = 8080,
    limits: dict[str, Limit] | None = None,
    *,
    rating_days: int = RATING_DAYS,
) -> None:
    """Run until interrupted."""
    services = open_hall_web_services(store_url, rating_days=rating_days)
    try:
        uvicorn.Server(_config(services, host, port, limits)).run()
    finally:
        services.close()


@dataclass
class RunningWeb:
    """A hall web service running on a thread; ``url`` is its base address."""

    server: uvicorn.Server
    thread: threading.Thread
    services: HallWebServices
    url: str

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.services.close()


def start_in_thread(
    store_url: str,
    host: str = "127.0.0.1",
    port: int = 0,
    limits: dict[str, Limit] | None = None,
    *,
    clock: Clock = system_clock,
    rating_days: int = RATING_DAYS,
) -> RunningWeb:
    """Start the service on ``host:port`` (0: a free port) and return once it listens.
    ``clock``: the hall's clock (a training room's or a test's manual one)."""
    services = open_hall_web_services(store_url, clock=clock, rating_days=rating_days)
    server = uvicorn.Server(_config(services, host, port, limits))
    thread = threading.Thread(target=server.run, name="hall-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            services.close()
            raise RuntimeError(f"大厅网站未能在 {host}:{port} 启动")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    return RunningWeb(server, thread, services, f"http://{host}:{bound}")
