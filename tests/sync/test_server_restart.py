"""A central PostgreSQL that crashes and restarts in the middle of a batch (a private
throwaway cluster, ``pg_ctl restart -m immediate``): the batch is not committed, the
window keeps its rows, and the next attempt delivers them exactly once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select

from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import Case
from app.sync.central import CentralStore
from app.sync.errors import CentralUnavailable
from app.sync.registration import register_device
from app.sync.uploader import Uploader
from app.sync.verify import verify_delivery
from tests.support.postgres import PgServer, _throwaway_cluster
from tests.sync.clerk import open_case
from tests.sync.fault_harness import private_restart

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def private_server() -> Iterator[PgServer]:
    server = _throwaway_cluster()
    if server is None:
        pytest.skip("需要 initdb/pg_ctl 建立私有 PostgreSQL 集群才能测试服务器重启")
    yield server
    server.stop()


def test_crash_restart_mid_batch_loses_and_doubles_nothing(private_server, make_local) -> None:  # type: ignore[no-untyped-def]
    name = private_server.create_database()
    engine = make_engine(private_server.sqlalchemy_url(name))
    upgrade(engine)
    central = CentralStore(engine)
    local = make_local("w01")
    register_device(local, central, "01", "HALL")
    for i in range(4):
        open_case(local, f"申请人{i}")
    restart = private_restart(private_server)
    restarted: list[bool] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _crash(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if not restarted and statement.lstrip().upper().startswith("INSERT INTO CASES"):
            restarted.append(True)
            restart()  # the server dies with this batch's transaction open, and comes back

    uploader = Uploader(local, central, batch_size=50)
    with pytest.raises(CentralUnavailable):
        uploader.sync_once()
    assert restarted and uploader.pending()[0] == 13  # 4 cases × 3 rows and the registration's audit row
    with engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Case)) == 0
    uploader.sync_once()
    check = verify_delivery(engine, [local])
    assert check.ok, check.problems
    assert (check.inbox_rows, check.case_numbers) == (13, 4)
    engine.dispose()
    private_server.drop_database(name)
