"""The sync lamp at the counter follows the background uploader the composition root
starts when ``central_url`` is set: online with nothing pending once the window PC has
registered and uploaded, offline (with the local work still counted) when the center
cannot be reached.  The center here is a migrated SQLite file (a township center)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import _sync_status_reader, _sync_worker
from app.domain.ids import utcnow
from app.services.clock import hall_day
from app.services.demo import DEMO_PASSWORD, DEMO_WINDOW, seed_demo_hall
from app.settings import Settings
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import InboxEntry, OutboxEntry
from app.store.uow import Store
from app.sync.central import CentralStore
from app.sync.credentials import pull_credentials
from app.sync.errors import NotRegistered
from app.sync.reference import publish_release, pull_reference
from app.sync.registration import current_registration, register_device
from app.ui.devices_printer_sync import CounterPeripherals
from app.ui.main_window import MainWindow
from app.ui.ops import OpRunner
from tests.integration.conftest import build_services


def publish_demo_hall(center_url: str) -> Store:
    """The center: the demo hall's reference data, published as release 1."""
    center = Store(make_engine(center_url))
    upgrade(center.engine)
    seed_demo_hall(center, today=hall_day(utcnow()))
    publish_release(center.engine, "示范大厅")
    return center


def window_with_sync(qtbot, store: Store, center_url: str):  # type: ignore[no-untyped-def]
    settings = Settings(
        window_code=DEMO_WINDOW, hall_code="510626-LJJK", store_url=str(store.engine.url), central_url=center_url
    )
    center = Store(make_engine(center_url))
    worker = _sync_worker(settings, store, center)
    services = build_services(store, settings, queue_store=center, sync_status=_sync_status_reader(worker))
    ops = OpRunner()
    window = MainWindow(services, ops)
    qtbot.addWidget(window)
    peripherals = CounterPeripherals(window, services, ops)
    return window, peripherals, worker, center, ops


def clerk_works(window, store: Store) -> int:  # type: ignore[no-untyped-def]
    """Log in, pause and resume (attendance rows for the center); returns rows waiting."""
    services = window.services
    services.session.login("0101", DEMO_PASSWORD)
    services.session.pause("系统维护")
    services.session.resume_serving()
    return waiting_rows(store)


def waiting_rows(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))))


def lamp(window) -> str:  # type: ignore[no-untyped-def]
    return window.status.indicator_text("sync") or ""


def test_lamp_turns_green_after_the_uploader_registered_and_drained_the_outbox(
    qtbot, sqlite_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    center_url = f"sqlite+pysqlite:///{tmp_path / 'center.db'}"
    publish_demo_hall(center_url)
    window, peripherals, worker, center, ops = window_with_sync(qtbot, sqlite_store, center_url)
    try:
        assert lamp(window) == "○ 中心库：正在连接…"
        assert peripherals.sync_timer.isActive()
        assert clerk_works(window, sqlite_store) > 0
        worker.start()
        peripherals.sync_timer.setInterval(100)
        qtbot.waitUntil(lambda: lamp(window) == "● 中心库：在线", timeout=10000)
        assert current_registration(sqlite_store) is not None
        qtbot.waitUntil(lambda: waiting_rows(sqlite_store) == 0, timeout=10000)
        with sqlite_store.read() as s:
            local_rows = s.scalar(select(func.count()).select_from(OutboxEntry))
        with center.read() as s:
            assert s.scalar(select(func.count()).select_from(InboxEntry)) == local_rows > 0
        assert lamp(window) == "● 中心库：在线"
    finally:
        peripherals.stop()
        worker.stop()
        ops.wait_idle()
        center.dispose()


def test_lamp_says_offline_and_how_much_waits_when_the_center_is_unreachable(
    qtbot, sqlite_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first_center = publish_demo_hall(f"sqlite+pysqlite:///{tmp_path / 'center.db'}")
    register_device(sqlite_store, CentralStore(first_center.engine), DEMO_WINDOW, "510626-LJJK")
    pull_reference(sqlite_store, first_center.engine)
    pull_credentials(sqlite_store, first_center.engine)  # releases carry no passwords
    # Registered once; now the center's address leads nowhere (LAN down).
    unreachable = f"sqlite+pysqlite:///{tmp_path / 'no-such-dir' / 'center.db'}"
    window, peripherals, worker, center, ops = window_with_sync(qtbot, sqlite_store, unreachable)
    try:
        waiting = clerk_works(window, sqlite_store)
        assert waiting > 0
        worker.start()
        qtbot.waitUntil(lambda: worker.state.last_error is not None, timeout=10000)
        peripherals.refresh_sync()
        qtbot.waitUntil(lambda: lamp(window).startswith("○ 中心库：离线"), timeout=5000)
        assert re.fullmatch(rf"○ 中心库：离线，待上传 {waiting} 条（最早 \d+ 秒前）", lamp(window)), lamp(window)
    finally:
        peripherals.stop()
        worker.stop()
        ops.wait_idle()
        center.dispose()


def test_a_never_registered_pc_does_not_start_unsynced_when_the_center_is_unreachable(
    sqlite_store, tmp_path: Path
) -> None:
    seed_demo_hall(sqlite_store, today=hall_day(utcnow()))
    settings = Settings(window_code=DEMO_WINDOW, hall_code="510626-LJJK", central_url="x")
    center = Store(make_engine(f"sqlite+pysqlite:///{tmp_path / 'no-such-dir' / 'center.db'}"))
    with pytest.raises(NotRegistered, match="本机尚未在中心库登记，现在也无法连接中心库"):
        _sync_worker(settings, sqlite_store, center)
    assert current_registration(sqlite_store) is None


def test_lamp_words_for_pending_age_and_alarms() -> None:
    from app.sync.status import SyncStatus
    from app.ui.devices_printer_sync import sync_lamp_text

    def status(online: bool, pending: int, age: int | None, alarms: tuple[str, ...] = ()) -> SyncStatus:
        return SyncStatus(
            online=online,
            pending_count=pending,
            oldest_pending_age_s=age,
            last_sync_at=None,
            alarms=alarms,
            rejected_count=0,
            clock_offset_ms=None,
            release_no=1,
        )

    assert sync_lamp_text(status(True, 0, None)) == "中心库：在线"
    assert sync_lamp_text(status(True, 2, 59)) == "中心库：在线，待上传 2 条（最早 59 秒前）"
    assert sync_lamp_text(status(False, 40, 2 * 3600 + 5)) == "中心库：离线，待上传 40 条（最早 2 小时前）"
    refused = "本机数据库疑似被复制，中心已拒收，请联系管理员"
    assert sync_lamp_text(status(True, 3, 600, (refused,))) == f"中心库：在线，待上传 3 条（最早 10 分钟前）；{refused}"
