"""The counter window on a real SQLite store with the services' small test hall.

The hall (windows 01–03, staff in every capacity, 企业设立登记 with an agent
situation, 食品经营许可 allowing 容缺, a 即办件) comes from the services' own test
builders, so the UI is driven against the same data the service tests check.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.stats import StatsService
from app.store.uow import Store
from app.ui.context import Services
from app.ui.ops import OpRunner
from tests.services.conftest import PASSWORD, build_hall, make_desk


def make_services(store: Store, window: str = "01") -> tuple[Services, object]:
    """Services of one window PC plus the manual clock they share."""
    from app.services.handover import HandoverService
    from tests.services.conftest import CALENDAR

    desk = make_desk(store, window)
    services = Services(
        settings=desk.settings,
        session=desk.session,
        queue=desk.queue,
        guide=desk.guide,
        intake=desk.intake,
        decisions=desk.decisions,
        tracking=desk.tracking,
        stats=StatsService(store),
        handover=HandoverService(store, desk.session, CALENDAR, desk.settings, clock=desk.clock),
    )
    return services, desk.clock


@pytest.fixture(scope="session")
def hall_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated test hall as an SQLite file, built once (password hashing is slow)."""
    from app.store.engine import make_engine
    from app.store.migrate import upgrade

    path = tmp_path_factory.mktemp("hall") / "template.db"
    engine = make_engine(f"sqlite+pysqlite:///{path}")
    upgrade(engine)
    store = Store(engine)
    build_hall(store)
    store.dispose()
    return path


@pytest.fixture()
def hall_store(hall_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the test hall for one test, on a real SQLite file."""
    from app.store.engine import make_engine

    path = tmp_path / "window.db"
    shutil.copyfile(hall_template, path)
    store = Store(make_engine(f"sqlite+pysqlite:///{path}"))
    yield store
    store.dispose()


@pytest.fixture()
def services(hall_store: Store) -> Services:
    return make_services(hall_store)[0]


@pytest.fixture()
def ops(qapp) -> Iterator[OpRunner]:  # type: ignore[no-untyped-def]
    """Synchronous runner: callbacks fire before the key press returns."""
    runner = OpRunner(synchronous=True)
    yield runner
    runner.deleteLater()


@pytest.fixture()
def window(qtbot, services: Services, ops: OpRunner):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    w = MainWindow(services, ops)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def issue(services: Services, category: str = "A", **kw):  # type: ignore[no-untyped-def]
    return services.queue.issue(category, **kw)


__all__ = ["PASSWORD", "issue", "make_services"]
