"""The center's 电子监察 dashboard shows the exchange's alarm and its rejected and late items
(and nothing while the exchange has nothing to say)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from app.services.province_exchange import ALARM_RECONCILE
from app.services.reports import ReportService
from app.services.supervision import SupervisionService
from app.store.models import ProvinceItem
from app.store.uow import Store
from app.sync.alarms import raise_alarm
from app.ui.admin.dashboard import SupervisionDashboard
from app.ui.ops import OpRunner
from tests.registers.conftest import clock_at, seed_hall


@pytest.fixture()
def ops(qapp) -> OpRunner:  # type: ignore[no-untyped-def]  # pytest-qt's fixture is untyped
    return OpRunner(synchronous=True)


def _item(state: str, hours_old: float, now: datetime) -> ProvinceItem:
    return ProvinceItem(
        event_id=uuid.uuid4(),
        kind="办件",
        rtype="办件:受理",
        day=date(2026, 11, 2),
        payload={},
        state=state,
        reject_reason="实施编码 X 不在本省实施清单中" if state == "rejected" else None,
        created_at=now - timedelta(hours=hours_old),
    )


def test_the_dashboard_shows_the_exchange_lines(qtbot, sqlite_store: Store, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]  # qtbot
    reg_store = sqlite_store
    hall = seed_hall(reg_store)
    clock = clock_at(date(2026, 11, 2))

    def widget() -> SupervisionDashboard:
        w = SupervisionDashboard(
            SupervisionService(reg_store, clock), ReportService(reg_store, clock), ops, lambda: hall.supervisor
        )
        qtbot.addWidget(w)
        w.refresh()
        return w

    assert widget().province_label.isHidden()
    with reg_store.write() as tx:
        now = clock()
        items = [_item("rejected", 0, now), _item("rejected", 0, now), _item("pending", 3, now), _item("kept", 5, now)]
        tx.session.add_all([*items, _item("pending", 0.5, now)])
        raise_alarm(tx.session.connection(), ALARM_RECONCILE, "2026-11-02 与省平台对账不一致：办件:受理 省平台缺 1 项")
    shown = widget()
    assert not shown.province_label.isHidden()
    assert shown.province_label.text().splitlines() == [
        "省平台：2026-11-02 与省平台对账不一致：办件:受理 省平台缺 1 项",
        "省平台拒收 2 项，尚未更正重发（admin province rejected）",
        "1 项超过 1 小时仍未送达省平台（请检查交换服务与网络）",
    ]
