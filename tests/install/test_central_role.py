"""The setup wizard's store test, run as a window PC's least-privilege PostgreSQL role."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy.engine import make_url

from app.selfcheck import SetupProbes
from app.services.catalog_admin import import_catalog
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.uow import Store
from app.sync.errors import RoleError
from app.sync.roles import create_window_role, revoke_window_role
from app.ui.paths import resources_dir

pytestmark = pytest.mark.postgres


def test_a_window_role_can_test_the_central_store_and_list_the_windows(pg_url: str) -> None:
    # Given a central store set up by the administrator, and a role for window 05
    central = Store(make_engine(pg_url))
    upgrade(central.engine)
    import_catalog(central, (resources_dir() / "catalog" / "demo_catalog.json").read_bytes())
    role = create_window_role(central.engine, "05", "Fenster-05")
    try:
        as_window = make_url(pg_url).set(username=role, password="Fenster-05").render_as_string(hide_password=False)

        # When the wizard on window 05's PC tests that URL
        probe = SetupProbes().test_store(as_window)

        # Then it connects without changing the schema and offers the hall's windows
        assert f"{role}:***@" in probe.detail
        assert probe.detail.endswith(("（已是最新），12 个窗口", "已连接（本窗口角色无权读取结构版本），12 个窗口"))
        assert [window.code for window in probe.windows][:5] == ["01", "02", "03", "04", "05"]
        assert probe.matters == 336
    finally:
        with contextlib.suppress(RoleError):
            revoke_window_role(central.engine, "05")
        central.dispose()
