"""The small hall of ``tests/services`` with the 20-working-day matter of ``tests/clock``."""

from __future__ import annotations

import pytest

from app.store.uow import Store
from tests.clock.conftest import add_twenty_day_matter
from tests.services.conftest import build_hall


@pytest.fixture()
def clock_hall(store: Store) -> Store:
    build_hall(store)
    add_twenty_day_matter(store)
    return store
