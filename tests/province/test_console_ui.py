"""pytest-qt: the console's 省平台 tab shows the pulled 实施清单's difference, approving it
publishes the release (the matter changes, the button goes grey), and the rejected items
are listed with the province's reason."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.actor import Actor
from app.domain.enums import Role
from app.exchange.province.adapter import JsonHttpsAdapter
from app.exchange.province.auth import Credentials
from app.exchange.province.emulator import demo_catalog_list, start_emulator
from app.services.catalog_admin import export_catalog
from app.services.clock import ManualClock
from app.services.console import ConsoleService
from app.services.province_catalog import pull
from app.store.models import Matter, ProvinceItem
from app.store.uow import Store
from app.sync.reference import list_releases
from app.ui.admin.console import AdminConsole
from app.ui.ops import OpRunner
from tests.province.conftest import KEY_ID, SECRET
from tests.services.conftest import build_hall

ADMIN = Actor(staff_id=None, staff_no="9001", name="陈管理", window_code=None, post=None, roles=(Role.ADMIN,))


@pytest.fixture()
def ops(qapp) -> OpRunner:  # type: ignore[no-untyped-def]  # pytest-qt's fixture is untyped
    return OpRunner(synchronous=True)


def test_the_console_approves_the_province_list(qtbot, sqlite_store: Store, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]  # qtbot
    store = sqlite_store
    build_hall(store)
    listing = demo_catalog_list(json.loads(export_catalog(store)))
    next(m for m in listing["matters"] if m["implementation_code"] == "QYSL")["promised_limit_days"] = 3
    province = start_emulator(catalog=json.dumps(listing, ensure_ascii=False).encode(), keys={KEY_ID: SECRET})
    try:
        pulled = pull(store, JsonHttpsAdapter(province.url, Credentials(key_id=KEY_ID, secret=SECRET)))
    finally:
        province.stop()
    with store.write() as tx:
        tx.session.add(
            ProvinceItem(
                event_id=uuid.uuid4(),
                kind="评价",
                rtype="评价",
                day=date(2026, 11, 2),
                case_number="510626-LJJK-20261102-01-1-0002",
                payload={},
                state="rejected",
                reject_reason="差评须有差评原因",
            )
        )
    widget = AdminConsole(ConsoleService(store, ManualClock.at_hall_time(date(2026, 11, 3))), ops, lambda: ADMIN)
    qtbot.addWidget(widget)
    panel = widget.province
    assert panel.pull is not None and panel.pull.id == pulled.id
    assert "待审核" in panel.pull_label.text()
    lines = [panel.diff_list.item(i).text() for i in range(panel.diff_list.count())]
    assert lines == ["事项 QYSL 承诺办结时限：5 → 3"]
    assert panel.rejected_table.rowCount() == 1
    assert panel.rejected_table.item(0, 4).text() == "差评须有差评原因"
    releases = len(list_releases(store.engine))

    assert panel.approve_button.isEnabled()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert len(list_releases(store.engine)) == releases + 1
    assert "已发布：参考数据第" in panel.message.text()
    assert "陈管理 批准" in list_releases(store.engine)[-1].note
    with store.read() as s:
        assert s.query(Matter).filter_by(code="QYSL").one().promised_limit_days == 3
    assert "已发布" in panel.pull_label.text() and not panel.approve_button.isEnabled()
